//! What a page says about its article: headline, date, authors, site, canonical address,
//! declared language and standfirst, read from JSON-LD, OpenGraph, `<meta>`, microdata,
//! `<link rel="canonical">`, `<html lang>` and `<title>`.
//!
//! Sources are tried in order of trust and the first one that gives a field wins: JSON-LD
//! (what publishers write for search engines, and check), then OpenGraph and `article:` tags,
//! then plain `<meta name>`, then `itemprop` microdata, then the document's own elements.
//! Every value is a page's text: whitespace-collapsed and cut to a bounded length, never
//! trusted as markup by a writer. A JSON-LD block that is too long or does not parse is
//! skipped; it never stops the reading.

use super::html::tree::{NodeRef, Tree};
use crate::lang::Lang;
use serde::Serialize;
use serde_json::Value;

/// A JSON-LD block longer than this is skipped: real article blocks are a few kilobytes, and
/// parsing is linear but a page could carry megabytes of product catalogue.
const MAX_JSON_LD_BYTES: usize = 256 * 1024;
/// At most this many JSON-LD blocks are read from one page.
const MAX_JSON_LD_BLOCKS: usize = 16;
/// Longest value kept, in characters: a headline or a description, not an article.
const MAX_VALUE_CHARS: usize = 1_000;
/// Most authors kept.
const MAX_AUTHORS: usize = 16;

/// The article's metadata as the page declares it. Every field is optional: most pages give
/// some, plain text gives none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The date of publication as the page writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The same date as ISO 8601 (`2024-05-01`, or with its time as written), when it reads as
    /// one without guessing the order of day and month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_iso: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// Language tags as declared (`vi-VN`, `zh_CN`), in order of trust, each once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub declared_langs: Vec<String>,
    /// The standfirst or description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The headline is only the page's `<title>`, the least trusted source: a site's section
    /// name as often as the article's headline.
    #[serde(skip)]
    pub headline_from_title: bool,
}

impl Metadata {
    pub fn is_empty(&self) -> bool {
        *self == Metadata::default()
    }

    /// The first declared language that is one of bitext's, with the tag that declared it;
    /// tags of other languages (or of Traditional Chinese) say nothing about ours.
    pub fn declared_lang(&self) -> Option<(Lang, &str)> {
        self.declared_langs
            .iter()
            .find_map(|tag| tag.parse::<Lang>().ok().map(|l| (l, tag.as_str())))
    }

    /// Sets each empty field from `other`.
    fn fill_from(&mut self, other: Metadata) {
        fn or<T>(mine: &mut Option<T>, theirs: Option<T>) {
            if mine.is_none() {
                *mine = theirs;
            }
        }
        or(&mut self.headline, other.headline);
        if self.published.is_none() {
            self.published = other.published;
            self.published_iso = other.published_iso;
        }
        if self.authors.is_empty() {
            self.authors = other.authors;
        }
        or(&mut self.site_name, other.site_name);
        or(&mut self.canonical_url, other.canonical_url);
        for tag in other.declared_langs {
            // Pages put other things where a language goes (a `Content-Language` of
            // `utf-8`): only what is shaped like a language tag declares one.
            if is_language_tag(&tag) && !self.declared_langs.contains(&tag) {
                self.declared_langs.push(tag);
            }
        }
        or(&mut self.description, other.description);
    }

    fn set_published(&mut self, value: Option<String>) {
        if let Some(date) = value {
            self.published_iso = iso_date(&date);
            self.published = Some(date);
        }
    }

    fn add_author(&mut self, name: Option<String>) {
        if let Some(name) = name {
            if self.authors.len() < MAX_AUTHORS && !self.authors.contains(&name) {
                self.authors.push(name);
            }
        }
    }
}

/// The elements metadata are read from, found in one pass over the page.
#[derive(Default)]
struct Found<'t> {
    html: Option<NodeRef<'t>>,
    body: Option<NodeRef<'t>>,
    title: Option<NodeRef<'t>>,
    h1s: Vec<NodeRef<'t>>,
    scripts: Vec<NodeRef<'t>>,
    metas: Vec<NodeRef<'t>>,
    links: Vec<NodeRef<'t>>,
    items: Vec<NodeRef<'t>>,
}

/// Most microdata properties read from one page.
const MAX_ITEMS: usize = 2_000;
/// Most `<meta>` and `<link>` elements read from one page.
const MAX_METAS: usize = 4_000;

impl<'t> Found<'t> {
    fn of(tree: &'t Tree<'_>) -> Self {
        let mut found = Found {
            html: tree.html(),
            ..Found::default()
        };
        for node in tree.nodes() {
            let Some(e) = node.element() else { continue };
            match e.name() {
                "body" if found.body.is_none() => found.body = Some(node),
                "title" if found.title.is_none() => found.title = Some(node),
                "h1" if found.h1s.len() < 4 => found.h1s.push(node),
                "script"
                    if found.scripts.len() < MAX_JSON_LD_BLOCKS * 16
                        && e.attr("type").is_some_and(|t| {
                            t.trim().eq_ignore_ascii_case("application/ld+json")
                        }) =>
                {
                    found.scripts.push(node)
                }
                "meta" if found.metas.len() < MAX_METAS && e.attr("content").is_some() => {
                    found.metas.push(node)
                }
                "link"
                    if found.links.len() < MAX_METAS
                        && e.attr("rel").is_some()
                        && e.attr("href").is_some() =>
                {
                    found.links.push(node)
                }
                _ => {}
            }
            if found.items.len() < MAX_ITEMS && e.attr("itemprop").is_some() {
                found.items.push(node);
            }
        }
        found
    }
}

/// The texts below a node, joined.
fn text_below(node: NodeRef<'_>) -> String {
    node.texts().collect()
}

/// Everything the page declares, from the most trusted source down.
pub(super) fn from_html(tree: &Tree<'_>) -> Metadata {
    let found = Found::of(tree);
    let html = &found;
    let mut meta = json_ld(html);
    meta.declared_langs.retain(|tag| is_language_tag(tag));
    meta.fill_from(open_graph(html));
    meta.fill_from(named_meta(html));
    meta.fill_from(microdata(html));
    let trusted_headline = meta.headline.is_some();
    meta.fill_from(document_elements(html));
    meta.headline_from_title = !trusted_headline && meta.headline.is_some();
    if let Some(site) = meta.site_name.clone() {
        meta.headline = meta.headline.map(|h| strip_site_suffix(&h, &site));
    }
    // Without a site name to strip, a title that is the page's own `h1` plus a separated
    // suffix (`Headline | Site`) is that h1.
    if let Some(headline) = &meta.headline {
        let shorter = html.h1s.iter().find_map(|h| {
            let text = clean(&h.texts().take(256).collect::<String>())?;
            let rest = headline.strip_prefix(text.as_str())?;
            SEPARATORS
                .iter()
                .any(|sep| rest.starts_with(sep))
                .then_some(text)
        });
        if let Some(text) = shorter {
            meta.headline = Some(text);
        }
    }
    if meta.headline_from_title {
        meta.headline = meta.headline.map(|h| strip_suffix_off_page(html, h));
    }
    meta
}

/// How much of the body's text is read to find a title's headline on the page.
const BODY_TEXT_BYTES: usize = 256 * 1024;

/// A `<title>` of `Headline | Site` whose headline is written on the page (in a `<b>`, a
/// `<font>`, a table cell: older pages have no `h1`) while the whole title is not: the part
/// before the last separator is the headline; or, on portals that put their name first
/// (`Site - Headline`), the part after the first. The page's text is read up to a bound.
fn strip_suffix_off_page(html: &Found<'_>, title: String) -> String {
    // Every cut at a separator, the longest headline first: the first written on the page
    // is the one (a hyphen inside the headline, `Covid-19 …`, cuts a head the page lacks).
    let mut heads: Vec<&str> = SEPARATORS
        .iter()
        .filter_map(|sep| title.rsplit_once(sep).map(|(head, _)| head))
        .chain(
            SEPARATORS
                .iter()
                .filter_map(|sep| title.split_once(sep).map(|(_, tail)| tail)),
        )
        .map(str::trim)
        .filter(|head| head.chars().count() >= 8)
        .collect();
    if heads.is_empty() {
        return title;
    }
    heads.sort_by_key(|head| std::cmp::Reverse(head.len()));
    let Some(body) = html.body else {
        return title;
    };
    let mut text = String::new();
    for piece in body.texts() {
        for word in piece.split_whitespace() {
            text.push_str(word);
            text.push(' ');
        }
        if text.len() > BODY_TEXT_BYTES {
            break;
        }
    }
    if text.contains(title.as_str()) {
        return title;
    }
    match heads.into_iter().find(|head| text.contains(head)) {
        Some(head) => head.to_string(),
        None => title,
    }
}

/// What separates a headline from the site's name in a title: spaced marks, and the unspaced
/// ones older and Chinese sites join them with (`标题_新浪网`, `Tiêu đề-Báo Mẫu`), taken only
/// when the page writes the headline before it.
const SEPARATORS: [&str; 14] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", "--", "-", "_", "|", "｜", "丨", "—",
];

/// Shaped like a BCP 47 language tag (or a POSIX locale, `vi_VN`): a primary subtag of
/// two or three letters, then subtags of two to eight letters or digits.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split(['-', '_']);
    subtags
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && subtags
            .all(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whitespace collapsed, entities that escaped a CMS decoded, tags a CMS left in (`<em>`)
/// removed, cut to [`MAX_VALUE_CHARS`]; `None` when nothing is left.
fn clean(raw: &str) -> Option<String> {
    let decoded = strip_tags(&crate::text::decode_entities(raw));
    let mut out = String::new();
    // Counted as it grows: counting the whole value after each word made a long value (an
    // article's description or body in JSON-LD) cost its length squared.
    let mut count = 0;
    for (n, word) in decoded.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
            count += 1;
        }
        out.push_str(word);
        count += word.chars().count();
        if count > MAX_VALUE_CHARS {
            out = out.chars().take(MAX_VALUE_CHARS).collect();
            out.push('…');
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The text without anything shaped like a tag (`<b>`, `</em>`, `<br/>`): a `<` followed by a
/// letter or `/` up to the next `>`. A lone `<` (`a < b`) stays.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let tag_like = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        match after.find('>').filter(|_| tag_like) {
            Some(end) => {
                // A space, which the collapsing of whitespace absorbs where there was one.
                out.push(' ');
                rest = &after[end + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

// ---- JSON-LD ----

/// The schema.org types whose object describes the article itself.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    matches!(
        t,
        "NewsArticle"
            | "Article"
            | "ReportageNewsArticle"
            | "AnalysisNewsArticle"
            | "OpinionNewsArticle"
            | "BackgroundNewsArticle"
            | "ReviewNewsArticle"
            | "BlogPosting"
            | "LiveBlogPosting"
            | "SocialMediaPosting"
            | "Report"
            | "ScholarlyArticle"
            | "TechArticle"
    )
}

fn types(object: &serde_json::Map<String, Value>) -> Vec<&str> {
    match object.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Every object of a JSON-LD value: the value itself, array items and `@graph` members,
/// to a bounded depth.
fn objects<'v>(value: &'v Value, depth: usize, out: &mut Vec<&'v serde_json::Map<String, Value>>) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| objects(v, depth + 1, out)),
        Value::Object(map) => {
            out.push(map);
            if let Some(graph) = map.get("@graph") {
                objects(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn json_ld(html: &Found<'_>) -> Metadata {
    let mut values = Vec::new();
    for script in &html.scripts {
        if values.len() == MAX_JSON_LD_BLOCKS {
            break;
        }
        let mut text = String::new();
        for piece in script.texts() {
            text.push_str(piece);
            if text.len() > MAX_JSON_LD_BYTES {
                break;
            }
        }
        if text.len() > MAX_JSON_LD_BYTES {
            continue;
        }
        // Malformed blocks are common (a trailing comma, a CMS's template left unfilled): the
        // page's other metadata still stand.
        if let Ok(value) = serde_json::from_str::<Value>(text.trim()) {
            values.push(value);
        }
    }
    let mut all = Vec::new();
    for value in &values {
        objects(value, 0, &mut all);
    }
    let by_id = |id: &str| {
        all.iter()
            .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
            .copied()
    };
    let mut meta = Metadata::default();
    let Some(article) = all
        .iter()
        .find(|o| types(o).into_iter().any(is_article_type))
    else {
        meta.site_name = all
            .iter()
            .find(|o| types(o).contains(&"WebSite"))
            .and_then(|o| text_of(o.get("name")));
        return meta;
    };
    meta.headline = text_of(article.get("headline")).or_else(|| text_of(article.get("name")));
    meta.set_published(
        text_of(article.get("datePublished")).or_else(|| text_of(article.get("dateCreated"))),
    );
    let name_of = |v: &Value| -> Option<String> {
        match v {
            Value::Object(o) => text_of(o.get("name")).or_else(|| {
                let id = o.get("@id")?.as_str()?;
                text_of(by_id(id)?.get("name"))
            }),
            other => text_of(Some(other)),
        }
    };
    match article.get("author") {
        Some(Value::Array(authors)) => authors.iter().for_each(|a| meta.add_author(name_of(a))),
        Some(author) => meta.add_author(name_of(author)),
        None => {}
    }
    meta.site_name = article
        .get("publisher")
        .and_then(|p| match p {
            Value::Array(ps) => ps.first().and_then(name_of),
            p => name_of(p),
        })
        .or_else(|| {
            all.iter()
                .find(|o| types(o).contains(&"WebSite"))
                .and_then(|o| text_of(o.get("name")))
        });
    meta.canonical_url = article
        .get("mainEntityOfPage")
        .and_then(|m| match m {
            Value::Object(o) => text_of(o.get("@id")).or_else(|| text_of(o.get("url"))),
            other => text_of(Some(other)),
        })
        .or_else(|| text_of(article.get("url")))
        .filter(|u| u.starts_with("http"));
    if let Some(lang) = article.get("inLanguage").and_then(|l| match l {
        Value::Object(o) => text_of(o.get("alternateName")).or_else(|| text_of(o.get("name"))),
        other => text_of(Some(other)),
    }) {
        meta.declared_langs.push(lang);
    }
    meta.description = text_of(article.get("description"));
    meta
}

/// A JSON-LD value as text: a string, a number, or the first string of an array.
fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => clean(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => items.iter().find_map(|v| text_of(Some(v))),
        _ => None,
    }
}

// ---- <meta>, microdata and the document's own elements ----

/// `<meta property|name=KEY content=...>` pairs in document order, keys lowercased.
fn meta_pairs(html: &Found<'_>) -> Vec<(String, String)> {
    html.metas
        .iter()
        .filter_map(|m| {
            let e = m.element()?;
            let key = e
                .attr("property")
                .or_else(|| e.attr("name"))
                .or_else(|| e.attr("itemprop"))
                .or_else(|| e.attr("http-equiv"))?;
            Some((
                key.trim().to_ascii_lowercase(),
                e.attr("content")?.to_string(),
            ))
        })
        .collect()
}

fn first(pairs: &[(String, String)], keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        pairs
            .iter()
            .filter(|(key, _)| key == k)
            .find_map(|(_, v)| clean(v))
    })
}

/// An author given as a profile address says who, not what to print.
fn is_address(value: &str) -> bool {
    value.starts_with("http://") || value.starts_with("https://") || value.starts_with('/')
}

fn open_graph(html: &Found<'_>) -> Metadata {
    let pairs = meta_pairs(html);
    let mut meta = Metadata {
        headline: first(&pairs, &["og:title", "twitter:title"]),
        site_name: first(&pairs, &["og:site_name"]),
        canonical_url: first(&pairs, &["og:url"]),
        description: first(&pairs, &["og:description", "twitter:description"]),
        ..Metadata::default()
    };
    meta.set_published(first(
        &pairs,
        &["article:published_time", "og:published_time"],
    ));
    for (key, value) in &pairs {
        if key == "article:author" && !is_address(value) {
            meta.add_author(clean(value));
        }
    }
    meta.declared_langs.extend(first(&pairs, &["og:locale"]));
    meta
}

fn named_meta(html: &Found<'_>) -> Metadata {
    let pairs = meta_pairs(html);
    let mut meta = Metadata {
        description: first(&pairs, &["description", "dc.description"]),
        ..Metadata::default()
    };
    meta.set_published(first(
        &pairs,
        &[
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
        ],
    ));
    for (key, value) in &pairs {
        if matches!(key.as_str(), "author" | "dc.creator") && !is_address(value) {
            meta.add_author(clean(value));
        }
    }
    meta.declared_langs.extend(first(
        &pairs,
        &["content-language", "language", "dc.language"],
    ));
    meta
}

/// The text a microdata property gives: `content`, `datetime`, then the element's text.
fn item_value(e: NodeRef<'_>) -> Option<String> {
    let v = e.element()?;
    v.attr("content")
        .or_else(|| v.attr("datetime"))
        .and_then(clean)
        .or_else(|| clean(&e.texts().take(64).collect::<String>()))
}

fn microdata(html: &Found<'_>) -> Metadata {
    let mut meta = Metadata::default();
    let is_name = |n: &NodeRef<'_>| {
        n.element()
            .and_then(|e| e.attr("itemprop"))
            .is_some_and(|p| p.split_whitespace().any(|p| p == "name"))
    };
    for &e in &html.items {
        let Some(prop) = e.element().and_then(|e| e.attr("itemprop")) else {
            continue;
        };
        for prop in prop.split_whitespace() {
            match prop {
                "headline" if meta.headline.is_none() => meta.headline = item_value(e),
                "datePublished" if meta.published.is_none() => meta.set_published(item_value(e)),
                "author" | "creator" => {
                    // A Person item names itself in a nested `name`; a plain element is the name.
                    let named = e.descendants().skip(1).find(is_name).and_then(item_value);
                    meta.add_author(named.or_else(|| item_value(e)));
                }
                "inLanguage" => meta.declared_langs.extend(item_value(e)),
                _ => {}
            }
        }
    }
    meta
}

fn document_elements(html: &Found<'_>) -> Metadata {
    let mut meta = Metadata::default();
    let lang = html.html.and_then(|h| h.element()?.attr("lang"));
    if let Some(lang) = lang.and_then(clean) {
        meta.declared_langs.push(lang);
    }
    meta.canonical_url = html
        .links
        .iter()
        .filter_map(|l| l.element())
        .find(|l| {
            l.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| clean(l.attr("href")?));
    meta.headline = html.title.and_then(|t| clean(&text_below(t)));
    meta
}

/// A title without the site's name after a separator (`Headline | Site`, `Headline - Site`),
/// when what follows the last separator is the site's name.
fn strip_site_suffix(title: &str, site: &str) -> String {
    let norm = |s: &str| s.trim().to_lowercase();
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if norm(tail) == norm(site) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

// ---- dates ----

/// The date as ISO 8601 when it is written in an order that needs no guessing: ISO itself
/// (`2024-05-01`, `2024-05-01T08:30:00+07:00`, `2024/05/01 08:30`) or the Chinese
/// `2024年5月1日`. Day-first and month-first numeric dates (`01/05/2024`) are ambiguous
/// between sites and are left as written.
pub fn iso_date(text: &str) -> Option<String> {
    let t = text.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let valid = |y: u32, m: u32, d: u32| {
        (1000..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    // Year first, separated by '-', '/' or '.'.
    let head: String = t.chars().take(10).collect();
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    if let [y, m, d] = parts[..] {
        if y.len() == 4 && digits(y) && digits(m) && digits(d) && m.len() <= 2 && d.len() <= 2 {
            let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
            if !valid(y, m, d) {
                return None;
            }
            let date = format!("{y:04}-{m:02}-{d:02}");
            // An ISO time after the date is kept as written; anything else is dropped.
            let rest = &t[head.len()..];
            let time_ok = rest.len() >= 6
                && rest.starts_with('T')
                && rest[1..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b":.+-Z".contains(&b));
            return Some(
                if time_ok && parts.iter().all(|p| p.len() >= 2) && head.contains('-') {
                    format!("{date}{rest}")
                } else {
                    date
                },
            );
        }
    }
    // 2024年5月1日
    let (y, rest) = t.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    let (y, m, d) = (y.trim(), m.trim(), d.trim());
    if y.len() == 4 && digits(y) && digits(m) && digits(d) {
        let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Metadata {
        from_html(&super::super::html::tree::parse(html).tree)
    }

    #[test]
    fn json_ld_news_article_wins_over_open_graph() {
        let m = meta(
            r#"<html lang="vi"><head><title>Tiêu đề | Báo Mẫu</title>
            <meta property="og:title" content="Tiêu đề OG">
            <meta property="og:locale" content="vi_VN">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Phụ nữ ASEAN &amp; Trung Quốc","datePublished":"2025-07-16T09:30:00+07:00",
              "author":[{"@type":"Person","name":"Nguyễn Văn A"},{"@type":"Person","name":"Trần B"}],
              "publisher":{"@type":"Organization","name":"Báo Mẫu"},
              "mainEntityOfPage":{"@id":"https://bao.example/a.html"},"inLanguage":"vi-VN",
              "description":"  Tóm   tắt. "}</script></head><body></body></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Phụ nữ ASEAN & Trung Quốc"));
        assert_eq!(m.published.as_deref(), Some("2025-07-16T09:30:00+07:00"));
        assert_eq!(
            m.published_iso.as_deref(),
            Some("2025-07-16T09:30:00+07:00")
        );
        assert_eq!(m.authors, ["Nguyễn Văn A", "Trần B"]);
        assert_eq!(m.site_name.as_deref(), Some("Báo Mẫu"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://bao.example/a.html")
        );
        assert_eq!(m.declared_langs, ["vi-VN", "vi_VN", "vi"]);
        assert_eq!(m.description.as_deref(), Some("Tóm tắt."));
        assert_eq!(m.declared_lang(), Some((Lang::Vi, "vi-VN")));
    }

    #[test]
    fn graph_arrays_of_types_and_references() {
        let m = meta(
            r##"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Site Name"},
              {"@type":"Person","@id":"#p1","name":"Li Ming"},
              {"@type":["Article","NewsArticle"],"headline":"上海妇联举办研讨会","author":{"@id":"#p1"},
               "datePublished":"2024-03-05","inLanguage":"zh-CN"}]}</script>"##,
        );
        assert_eq!(m.headline.as_deref(), Some("上海妇联举办研讨会"));
        assert_eq!(m.authors, ["Li Ming"]);
        assert_eq!(m.site_name.as_deref(), Some("Site Name"));
        assert_eq!(m.published_iso.as_deref(), Some("2024-03-05"));
        assert_eq!(m.declared_lang(), Some((Lang::Zh, "zh-CN")));
    }

    #[test]
    fn open_graph_only_and_title_suffix() {
        let m = meta(
            r#"<html lang="en-US"><head><title>Women NGOs meet - The Daily</title>
            <meta property="og:site_name" content="The Daily">
            <meta property="article:published_time" content="2023-01-19">
            <meta property="article:author" content="https://daily.example/staff/x">
            <meta name="author" content="Jane Roe">
            <meta name="description" content="A session was held.">
            <link rel="canonical" href="https://daily.example/ngo"></head></html>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Women NGOs meet"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
        assert_eq!(m.authors, ["Jane Roe"]);
        assert_eq!(m.published_iso.as_deref(), Some("2023-01-19"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://daily.example/ngo")
        );
        assert_eq!(m.description.as_deref(), Some("A session was held."));
        assert_eq!(m.declared_lang(), Some((Lang::En, "en-US")));
        // Without a site name, a title that is the h1 and a suffix is the h1.
        let m = meta("<title>Women meet | Daily</title><h1>Women meet</h1>");
        assert_eq!(m.headline.as_deref(), Some("Women meet"));
        // Without a site name or an h1, a title whose head is written on the page is that head.
        let m = meta("<title>Cầu mới thông xe | Báo Mẫu</title><body><b>Cầu mới thông xe</b><br>Đoạn.</body>");
        assert_eq!(m.headline.as_deref(), Some("Cầu mới thông xe"));
        let m = meta("<title>Cầu mới thông xe | Báo Mẫu</title><body><p>Cầu mới thông xe | Báo Mẫu</p></body>");
        assert_eq!(m.headline.as_deref(), Some("Cầu mới thông xe | Báo Mẫu"));
        // A title whose suffix is not the site's name is kept whole.
        let m = meta("<title>Hà Nội - Huế</title><meta property=og:site_name content=Báo>");
        assert_eq!(m.headline.as_deref(), Some("Hà Nội - Huế"));
        // Unspaced separators of older and Chinese sites, taken when the page writes the
        // head; a hyphen inside the headline is no separator when the page has it whole.
        let m = meta("<title>Làng chài đổi đời nhờ rong-Biển Xanh</title><body><b>Làng chài đổi đời nhờ rong</b></body>");
        assert_eq!(m.headline.as_deref(), Some("Làng chài đổi đời nhờ rong"));
        let m = meta("<title>长江中游出现明显秋汛_江城新闻网</title><body><font>长江中游出现明显秋汛</font></body>");
        assert_eq!(m.headline.as_deref(), Some("长江中游出现明显秋汛"));
        let m = meta("<title>Covid-19 cases rise again | Daily</title><body><b>Covid-19 cases rise again</b></body>");
        assert_eq!(m.headline.as_deref(), Some("Covid-19 cases rise again"));
        // A portal that puts its name first: the part after the separator is on the page.
        let m = meta("<title>Cổng thông tin xã Mẫu - Đường mới về bản</title><body><td>Đường mới về bản</td></body>");
        assert_eq!(m.headline.as_deref(), Some("Đường mới về bản"));
    }

    #[test]
    fn nothing_declared_is_empty() {
        assert!(meta("<p>Chỉ có chữ.</p>").is_empty());
        assert!(meta("").is_empty());
    }

    #[test]
    fn malformed_and_oversized_json_ld_are_skipped() {
        let big = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Big","x":"{}"}}</script>"#,
            "a".repeat(MAX_JSON_LD_BYTES)
        );
        let html = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Broken",}}</script>{big}
            <script type="APPLICATION/LD+JSON">[{{"@type":"BlogPosting","headline":"Good"}}]</script>
            <script type="application/ld+json">{}</script>"#,
            "[".repeat(10_000)
        );
        let m = meta(&html);
        assert_eq!(m.headline.as_deref(), Some("Good"));
    }

    #[test]
    fn microdata_names_author_and_date() {
        let m = meta(
            r#"<article itemscope itemtype="https://schema.org/NewsArticle">
            <h1 itemprop="headline">Tiêu đề bài</h1>
            <time itemprop="datePublished" datetime="2025-07-16">16/7/2025</time>
            <span itemprop="author" itemscope><span itemprop="name">Hồng Mai</span></span></article>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Tiêu đề bài"));
        assert_eq!(m.published_iso.as_deref(), Some("2025-07-16"));
        assert_eq!(m.authors, ["Hồng Mai"]);
    }

    #[test]
    fn a_declared_language_must_look_like_a_language_tag() {
        let m = meta(
            r#"<html lang="zh-Hans-CN"><meta http-equiv="Content-Language" content="utf-8"><meta property="og:locale" content="zh_CN"></html>"#,
        );
        assert_eq!(m.declared_langs, ["zh_CN", "zh-Hans-CN"]);
        assert!(is_language_tag("en-US") && is_language_tag("vi"));
        assert!(!is_language_tag("utf-8") && !is_language_tag("text/html") && !is_language_tag(""));
    }

    #[test]
    fn declarations_outside_our_languages_are_ignored() {
        let m = meta(r#"<html lang="fr"><meta property="og:locale" content="zh_TW"></html>"#);
        assert_eq!(m.declared_langs, ["zh_TW", "fr"]);
        assert_eq!(m.declared_lang(), None);
    }

    #[test]
    fn dates_without_guessing() {
        assert_eq!(iso_date("2024-5-1").as_deref(), Some("2024-05-01"));
        assert_eq!(iso_date("2024/05/01 08:30").as_deref(), Some("2024-05-01"));
        assert_eq!(
            iso_date("2024-05-01T08:30:00Z").as_deref(),
            Some("2024-05-01T08:30:00Z")
        );
        assert_eq!(
            iso_date("2024年5月1日 10:00").as_deref(),
            Some("2024-05-01")
        );
        assert_eq!(iso_date("01/05/2024"), None);
        assert_eq!(iso_date("2024-13-01"), None);
        assert_eq!(iso_date("Thứ Hai"), None);
    }

    #[test]
    fn entities_decoded_once_more_and_values_bounded() {
        assert_eq!(
            clean("It&#8217;s &amp; &#x4E2D; &bogus; &").as_deref(),
            Some("It’s & 中 &bogus; &")
        );
        assert_eq!(
            clean("<em>Hà Nội</em> &lt;b&gt;mở&lt;/b&gt; a < b").as_deref(),
            Some("Hà Nội mở a < b")
        );
        let long = "chữ ".repeat(2_000);
        let v = clean(&long).unwrap();
        assert_eq!(v.chars().count(), MAX_VALUE_CHARS + 1);
    }
}
