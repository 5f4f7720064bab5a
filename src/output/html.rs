//! The reading page: one self-contained HTML file per document, the source beside (or above)
//! its translations, sentence by sentence.
//!
//! The page never touches the network: its style sheet and script are inline, and its
//! Content-Security-Policy allows exactly those two (by hash) and nothing else, so even a
//! translation that slipped markup past the escaping could neither run nor load anything.
//! Every string from the article, the glossary or an API is escaped here; the script reads
//! what it needs from data attributes and a JSON block, and builds its tooltips with DOM
//! calls, never with HTML strings.

use super::{layout, Context};
use crate::aligned::{Aligned, Cell, Origin, Row};
use crate::document::BlockKind;
use crate::glossary::{TermHit, Violation};
use crate::lang::Lang;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt::Write as _;

const STYLE: &str = include_str!("reading.css");
const SCRIPT: &str = include_str!("reading.js");

/// Text made safe for HTML, both between tags and inside a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    crate::text::escape_controls(&out).into_owned()
}

/// JSON that can sit inside a `<script type="application/json">` element: no `<` can close
/// the element nor open a comment, whatever the strings hold.
fn script_json(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The CSP source that allows exactly this inline element content: `'sha256-…'`.
fn csp_hash(content: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(content.as_bytes())))
}

/// Standard base64 with padding, which CSP hashes are written in.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// What the header says about the translations of a document.
struct Counts {
    segments: usize,
    failed: usize,
    /// Translations that break the glossary, and source segments with a deprecated form.
    violations: usize,
    reviewed: usize,
    pseudo: bool,
}

impl Counts {
    /// Adds the rows of one part.
    fn add(&mut self, doc: &Aligned) {
        let cells = || doc.rows.iter().flat_map(|r| r.targets.values());
        self.segments += doc.rows.len();
        self.failed += cells().filter(|c| c.origin == Origin::Failed).count();
        self.violations += cells().filter(|c| !c.terms.is_empty()).count()
            + doc.rows.iter().filter(|r| !r.flags.is_empty()).count();
        self.reviewed += cells().filter(|c| c.origin == Origin::Reviewed).count();
        self.pseudo |= layout::any_pseudo(doc);
    }
}

/// The glossary terms marked on the page, whose forms go into the page's data.
type Terms = BTreeSet<String>;

/// The reading page of one document.
pub fn render(doc: &Aligned, ctx: &Context) -> String {
    super::stream::render(&mut Page::new(*ctx), doc)
}

/// The reading page, part by part: its header counts failures and names providers, so it is
/// written once every block is; the terms' forms close the page.
pub(super) struct Page<'a> {
    ctx: Context<'a>,
    terms: Terms,
    counts: Counts,
    providers: Vec<String>,
    /// Lines left out listed so far (each part lists its own, spooled apart).
    dropped: usize,
    /// The last block seen, which the next part may go on with.
    open: Option<OpenBlock>,
}

impl<'a> Page<'a> {
    pub(super) fn new(ctx: Context<'a>) -> Self {
        Page {
            ctx,
            terms: Terms::new(),
            counts: Counts {
                segments: 0,
                failed: 0,
                violations: 0,
                reviewed: 0,
                pseudo: false,
            },
            providers: Vec::new(),
            dropped: 0,
            open: None,
        }
    }
}

impl super::stream::Parts for Page<'_> {
    fn late_head(&self) -> bool {
        true
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        self.counts.add(doc);
        for name in layout::providers(doc) {
            if !self.providers.contains(&name) {
                self.providers.push(name);
            }
        }
        let langs = layout::languages(doc);
        let mut article = String::new();
        for row in &doc.rows {
            if let Some(open) = self.open.take_if(|open| open.block != row.block) {
                article.push_str(&open.render(&self.ctx));
            }
            let open = self
                .open
                .get_or_insert_with(|| OpenBlock::new(row, langs.clone()));
            open.push(row, doc, &self.ctx, &mut self.terms);
        }
        article.into_bytes()
    }

    fn end_rows(&mut self) -> Vec<u8> {
        self.open
            .take()
            .map(|open| open.render(&self.ctx).into_bytes())
            .unwrap_or_default()
    }

    fn aside(&mut self, part: &Aligned) -> Vec<u8> {
        self.dropped += part.dropped.len();
        dropped_lines(&part.dropped).into_bytes()
    }

    fn around_aside(&mut self) -> (Vec<u8>, Vec<u8>) {
        let mut before = String::from("</main>\n");
        if self.dropped == 0 {
            return (before.into_bytes(), Vec::new());
        }
        let _ = write!(
            before,
            "<details class=\"dropped\"><summary>{} line(s) of the source left out of the text</summary><ul>",
            self.dropped
        );
        (before.into_bytes(), b"</ul></details>\n".to_vec())
    }

    fn finish(&mut self, doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        let langs = layout::languages(doc);
        let mut body = String::new();
        body.push_str(&header(doc, &langs, &self.counts, &self.providers));
        body.push_str(&legend());
        let _ = writeln!(
            body,
            "<main id=\"text\" data-source=\"{}\">",
            doc.lang.code()
        );
        body.push_str("<div class=\"block colhead\" aria-hidden=\"true\">");
        for &lang in &langs {
            let role = if lang == doc.lang {
                "source"
            } else {
                "translation"
            };
            let _ = write!(
                body,
                "<div class=\"cell\" data-lang=\"{}\">{} <small>{role}</small></div>",
                lang.code(),
                lang.name()
            );
        }
        body.push_str("</div>\n");

        let csp = format!(
            "default-src 'none'; style-src {}; script-src {}; img-src 'none'; font-src 'none'; \
             connect-src 'none'; base-uri 'none'; form-action 'none'",
            csp_hash(STYLE),
            csp_hash(SCRIPT)
        );
        let mut page = String::with_capacity(body.len() + STYLE.len() + 1024);
        let _ = write!(
            page,
            "<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <meta name=\"generator\" content=\"bitext\">\n\
             <title>{} · bitext</title>\n<style>{STYLE}</style>\n</head>\n\
             <body data-layout=\"columns\">\n<div class=\"page\">\n{body}",
            escape(doc.title())
        );

        // After the lines left out (see `around_aside`).
        let mut tail = String::new();
        tail.push_str(&format!(
            "<script type=\"application/json\" id=\"terms\">{}</script>\n",
            script_json(&terms_data(&self.terms, &self.ctx))
        ));
        let _ = write!(
            tail,
            "</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
        );
        (page.into_bytes(), tail.into_bytes())
    }
}

fn header(doc: &Aligned, langs: &[Lang], counts: &Counts, providers: &[String]) -> String {
    let mut out = String::from("<header class=\"top\">\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(doc.title()));
    let byline = layout::byline(doc);
    if !byline.is_empty() {
        out.push_str("<p class=\"about byline\">");
        for part in &byline {
            let _ = write!(out, "<span>{}</span>", escape(part));
        }
        out.push_str("</p>\n");
    }
    let targets: Vec<&str> = doc.targets.iter().map(|l| l.name()).collect();
    let _ = write!(
        out,
        "<p class=\"about\"><span>{} → {}</span> <span>{} segments</span>",
        doc.lang.name(),
        if targets.is_empty() {
            "no translation".to_string()
        } else {
            targets.join(", ")
        },
        counts.segments
    );
    if !providers.is_empty() {
        let _ = write!(
            out,
            " <span>translated by {}</span>",
            escape(&providers.join(", "))
        );
    }
    let _ = writeln!(
        out,
        " <span>from <code>{}</code></span></p>",
        escape(&doc.source_path)
    );
    let mut notices = Vec::new();
    if counts.pseudo {
        notices.push(
            "<strong>Pseudo output.</strong> The <code>pseudo</code> provider marks text with \
             its target language and puts in glossary terms: it does not translate."
                .to_string(),
        );
    }
    if counts.failed > 0 {
        notices.push(format!(
            "<strong>{} translation(s) missing:</strong> marked <span class=\"seg o-failed\">not translated</span> below.",
            counts.failed
        ));
    }
    if counts.violations > 0 {
        notices.push(format!(
            "<strong>{} glossary problem(s):</strong> underlined <span class=\"viol\">like this</span>; point at the sentence for details.",
            counts.violations
        ));
    }
    if counts.reviewed > 0 {
        notices.push(format!(
            "{} translation(s) reviewed by a person: marked <span class=\"seg o-reviewed\">like this</span>.",
            counts.reviewed
        ));
    }
    for notice in notices {
        let _ = writeln!(out, "<p class=\"notice\">{notice}</p>");
    }
    out.push_str(
        "<nav class=\"controls\" aria-label=\"Reading options\">\n\
         <div class=\"group layout\" role=\"group\" aria-label=\"Layout\">\
         <button type=\"button\" data-set-layout=\"columns\" aria-pressed=\"true\">Side by side</button>\
         <button type=\"button\" data-set-layout=\"interleaved\" aria-pressed=\"false\">Interleaved</button></div>\n\
         <div class=\"group langs\" role=\"group\" aria-label=\"Languages shown\">",
    );
    for &lang in langs {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" checked data-show=\"{}\"> {}</label>",
            lang.code(),
            lang.name()
        );
    }
    out.push_str(
        "</div>\n<button type=\"button\" class=\"theme\" data-theme-toggle>Theme: auto</button>\n</nav>\n</header>\n",
    );
    out
}

fn legend() -> String {
    "<details class=\"legend\"><summary>Legend</summary><ul>\
     <li>Point at, tap or tab to a sentence: <span class=\"seg hl\">its translations</span> light up in every column.</li>\
     <li><mark class=\"term\">Glossary term</mark>: point at it or tap it for its forms in every language.</li>\
     <li><span class=\"viol\">Wavy underline</span>: the glossary is not followed (a term missing or a deprecated form); details on the sentence.</li>\
     <li><span class=\"seg o-failed\">not translated</span>: the provider gave no translation; the error is on the placeholder.</li>\
     <li><span class=\"seg o-reviewed\">Reviewed</span>: a reviewer's translation.</li>\
     <li><span class=\"seg o-tm\">From the memory</span>: a human translation from the imported translation memory.</li>\
     <li><span class=\"seg o-pseudo\">Dotted underline</span>: pseudo output, not a translation.</li>\
     <li><span class=\"seg o-copy\">Grey</span>: nothing to translate; copied from the source.</li>\
     </ul></details>\n"
        .to_string()
}

/// The lines left out of the text, as items of the page's closing list, so that a reader can
/// see nothing vanished.
fn dropped_lines(dropped: &[crate::document::Dropped]) -> String {
    let mut out = String::new();
    for d in dropped {
        let _ = write!(
            out,
            "<li>line {}: {} <code>{}</code></li>",
            d.line,
            escape(&d.reason),
            escape(&d.text)
        );
    }
    out
}

/// The forms of every term on the page, for the script's tooltips.
fn terms_data(ids: &BTreeSet<String>, ctx: &Context) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for id in ids {
        let Some(term) = ctx.glossary.term(id) else {
            continue;
        };
        let forms: Vec<serde_json::Value> = term
            .forms
            .iter()
            .filter(|(_, f)| !f.preferred.is_empty() || !f.variants.is_empty())
            .map(|(lang, f)| {
                json!({
                    "lang": lang.code(),
                    "name": lang.name(),
                    "preferred": f.preferred,
                    "variants": f.variants,
                    "deprecated": f.deprecated,
                })
            })
            .collect();
        map.insert(
            id.clone(),
            json!({ "kind": term.kind, "note": term.note, "status": term.status, "forms": forms }),
        );
    }
    serde_json::Value::Object(map)
}

/// One segment in one language, as the page shows it.
struct Shown<'a> {
    text: Option<&'a str>,
    hits: Vec<TermHit>,
    classes: Vec<&'static str>,
    notes: Vec<String>,
}

fn shown_source(row: &Row) -> Shown<'_> {
    let mut classes = vec!["src"];
    let notes: Vec<String> = row
        .flags
        .iter()
        .map(|v| match &v.found {
            Some(found) => format!(
                "The source uses “{found}”, a deprecated form of “{}”.",
                v.expected
            ),
            None => format!("Glossary: “{}” expected.", v.expected),
        })
        .collect();
    if !notes.is_empty() {
        classes.push("viol");
    }
    Shown {
        text: Some(&row.source),
        hits: row.hits.clone(),
        classes,
        notes,
    }
}

fn shown_target<'a>(cell: Option<&'a Cell>, lang: Lang, ctx: &Context) -> Shown<'a> {
    let Some(cell) = cell.filter(|c| c.origin != Origin::Failed && c.text.is_some()) else {
        let error = cell.and_then(|c| c.error.as_deref()).unwrap_or("no answer");
        return Shown {
            text: None,
            hits: Vec::new(),
            classes: vec!["o-failed"],
            notes: vec![format!("Not translated: {error}")],
        };
    };
    let text = cell.text.as_deref().unwrap_or_default();
    let mut classes = vec![match cell.origin {
        Origin::Api => "o-api",
        Origin::Cache => "o-cache",
        Origin::Pseudo => "o-pseudo",
        Origin::Copy => "o-copy",
        Origin::Failed => "o-failed",
        Origin::Reviewed => "o-reviewed",
        Origin::Memory => "o-tm",
    }];
    if cell.origin != Origin::Pseudo && layout::is_pseudo(cell) {
        classes.push("o-pseudo");
    }
    let mut notes: Vec<String> = cell.terms.iter().map(violation_note).collect();
    if !notes.is_empty() {
        classes.push("viol");
    }
    match cell.origin {
        Origin::Reviewed => notes.push("Reviewed: a reviewer's translation.".into()),
        Origin::Memory => notes.push("From the translation memory: a human translation.".into()),
        Origin::Copy => notes.push("Copied from the source: nothing to translate.".into()),
        _ => {}
    }
    if let Some(via) = cell.via {
        notes.push(format!("Translated through {}.", via.name()));
    }
    Shown {
        text: Some(text),
        hits: ctx.glossary.find(lang, text),
        classes,
        notes,
    }
}

fn violation_note(v: &Violation) -> String {
    match &v.found {
        Some(found) => format!(
            "Glossary: “{found}” is a deprecated form; use “{}”.",
            v.expected
        ),
        None => format!("Glossary: “{}” is missing.", v.expected),
    }
}

/// The opening and closing tags of a block's text in one language.
fn block_tags(kind: BlockKind) -> (&'static str, &'static str) {
    match kind {
        BlockKind::Heading => ("<h2>", "</h2>"),
        BlockKind::Paragraph => ("<p>", "</p>"),
        BlockKind::ListItem => ("<ul><li>", "</li></ul>"),
        BlockKind::Caption => ("<p class=\"caption\">", "</p>"),
        BlockKind::Speaker => ("<p class=\"speaker\">", "</p>"),
        BlockKind::Metadata => ("<p class=\"meta\">", "</p>"),
        BlockKind::Quote => ("<blockquote><p>", "</p></blockquote>"),
        BlockKind::TableCell => ("<p class=\"table-cell\">", "</p>"),
        BlockKind::Code => ("<pre><code>", "</code></pre>"),
    }
}

/// A block's section, gathered a row at a time: a block may be cut between two parts of a
/// run (a paragraph larger than a part), so the page keeps the block open across parts and
/// holds what each language's cell has so far, never the rows themselves.
struct OpenBlock {
    block: usize,
    kind: BlockKind,
    /// Each language's cell so far, and the text of its last segment (what the next
    /// sentence's gap depends on).
    cells: Vec<(String, String)>,
    rows: usize,
    langs: Vec<Lang>,
}

impl OpenBlock {
    fn new(first: &Row, langs: Vec<Lang>) -> Self {
        OpenBlock {
            block: first.block,
            kind: first.kind,
            cells: langs
                .iter()
                .map(|_| (String::new(), String::new()))
                .collect(),
            rows: 0,
            langs,
        }
    }

    fn push(&mut self, row: &Row, doc: &Aligned, ctx: &Context, terms: &mut Terms) {
        let kind = self.kind;
        for (&lang, (out, before)) in self.langs.iter().zip(&mut self.cells) {
            let shown = if lang == doc.lang {
                shown_source(row)
            } else {
                shown_target(row.targets.get(&lang), lang, ctx)
            };
            if self.rows > 0 {
                out.push_str(if kind == BlockKind::Code {
                    "\n"
                } else {
                    layout::sentence_gap(before)
                });
            }
            let label = kind == BlockKind::Speaker
                && self.rows == 0
                && layout::is_speaker_label(&row.source);
            before.clear();
            before.push_str(shown.text.unwrap_or("not translated"));
            out.push_str(&segment(&row.id, shown, label, terms));
        }
        self.rows += 1;
    }

    fn render(self, ctx: &Context) -> String {
        let mut out = format!(
            "<section class=\"block k-{}\" data-block=\"{}\">",
            self.kind.as_str(),
            self.block
        );
        let (open, close) = block_tags(self.kind);
        for (&lang, (cell, _)) in self.langs.iter().zip(&self.cells) {
            let _ = write!(
                out,
                "<div class=\"cell\" data-lang=\"{}\" lang=\"{}\">{open}{cell}{close}</div>",
                lang.code(),
                escape(ctx.tag(lang))
            );
        }
        out.push_str("</section>\n");
        out
    }
}

/// A segment's element: its id (shared with its counterparts in the other columns), its
/// marks, and its text with the glossary terms highlighted.
fn segment(id: &str, shown: Shown, speaker_label: bool, terms: &mut Terms) -> String {
    let mut classes = vec!["seg"];
    classes.extend(&shown.classes);
    if speaker_label {
        classes.push("who");
    }
    let mut out = format!(
        "<span class=\"{}\" data-seg=\"{}\" tabindex=\"0\"",
        classes.join(" "),
        escape(id)
    );
    if !shown.notes.is_empty() {
        let _ = write!(out, " data-note=\"{}\"", escape(&shown.notes.join("\n")));
    }
    out.push('>');
    match shown.text {
        Some(text) => out.push_str(&highlight(text, &shown.hits, terms)),
        None => out.push_str("not translated"),
    }
    out.push_str("</span>");
    out
}

/// The text with each glossary hit in a `<mark>`; hits that overlap an earlier one or do not
/// fall on character boundaries of this text are left unmarked rather than trusted.
fn highlight(text: &str, hits: &[TermHit], terms: &mut Terms) -> String {
    let mut hits: Vec<&TermHit> = hits.iter().collect();
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for hit in hits {
        if hit.start < last || hit.start >= hit.end {
            continue;
        }
        let (Some(before), Some(surface)) =
            (text.get(last..hit.start), text.get(hit.start..hit.end))
        else {
            continue;
        };
        out.push_str(&escape(before));
        let _ = write!(
            out,
            "<mark class=\"term\" data-term=\"{}\" tabindex=\"0\">{}</mark>",
            escape(&hit.term),
            escape(surface)
        );
        terms.insert(hit.term.to_string());
        last = hit.end;
    }
    out.push_str(&escape(text.get(last..).unwrap_or_default()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Forms, Glossary, Term};
    use crate::output::layout::test_rows::{aligned, cell, failed, row};
    use std::collections::BTreeMap;

    const PAYLOAD: &str =
        "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">\"' &amp;";

    fn glossary() -> Glossary {
        let forms = |p: &str, v: &[&str]| Forms {
            preferred: p.into(),
            variants: v.iter().map(|s| s.to_string()).collect(),
            deprecated: vec!["</script><script>alert(3)</script>".into()],
        };
        let mut all = BTreeMap::new();
        all.insert(Lang::Vi, forms("Hội LHPN", &["Hội Phụ nữ"]));
        all.insert(Lang::En, forms("Women's Union", &["<b>WU</b>"]));
        Glossary::from_terms(vec![Term {
            id: "wu\"><script>".into(),
            kind: "organisations".into(),
            forms: all,
            status: "approved".into(),
            note: "<!-- note --> </script>".into(),
            case: None,
            file: "x.tsv".into(),
            line: 2,
        }])
        .expect("glossary")
    }

    fn page(rows: Vec<Row>, glossary: &Glossary) -> String {
        let ctx = Context {
            glossary,
            zh_tag: "zh-CN",
            scratch: None,
        };
        let mut doc = aligned(Lang::Vi, &[Lang::En], rows);
        doc.doc = format!("doc{PAYLOAD}");
        doc.source_path = format!("in/{PAYLOAD}.txt");
        render(&doc, &ctx)
    }

    /// The page's own markup: everything but the inline style sheet and script.
    fn markup(page: &str) -> String {
        page.replace(SCRIPT, "").replace(STYLE, "")
    }

    #[test]
    fn no_markup_from_the_data_survives() {
        let glossary = glossary();
        let failed = failed(PAYLOAD);
        let mut with_hit = row(
            "b1.s1",
            BlockKind::Paragraph,
            &format!("Hội LHPN {PAYLOAD}"),
            Some(cell(&format!("Women's Union {PAYLOAD}"))),
        );
        with_hit.hits = glossary.find(Lang::Vi, &with_hit.source);
        assert_eq!(with_hit.hits.len(), 1);
        let mut flagged = cell(PAYLOAD);
        flagged.terms = vec![Violation {
            id: "x".into(),
            expected: PAYLOAD.into(),
            found: Some(PAYLOAD.into()),
        }];
        let rows = vec![
            with_hit,
            row(
                &format!("b2.s1{PAYLOAD}"),
                BlockKind::Heading,
                PAYLOAD,
                Some(failed),
            ),
            row("b3.s1", BlockKind::Caption, "x", Some(flagged)),
        ];
        let html = page(rows, &glossary);
        let markup = markup(&html);
        // Two scripts: the data block and the page's own; no other element from the data.
        assert_eq!(markup.matches("<script").count(), 2, "{markup}");
        assert_eq!(markup.matches("</script>").count(), 2, "{markup}");
        assert!(!markup.contains("<img"), "{markup}");
        assert!(!markup.contains("<b>"), "{markup}");
        assert!(!markup.contains("<!--"), "{markup}");
        assert!(markup.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"));
        // The term's forms are in the JSON block, with `<` unable to end it.
        assert!(markup.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(3)"));
        let data_start = markup
            .find("<script type=\"application/json\" id=\"terms\">")
            .expect("data");
        let data = &markup[data_start..];
        let json =
            &data[data.find('>').expect("tag end") + 1..data.find("</script>").expect("end")];
        let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
        assert_eq!(
            value["wu\"><script>"]["forms"][1]["variants"][0],
            "<b>WU</b>"
        );
        // Both terms marked: in the source (from its hits) and in the translation (found).
        assert_eq!(
            markup.matches("<mark class=\"term\" data-term").count(),
            2,
            "{markup}"
        );
        assert!(markup.contains("data-term=\"wu&quot;&gt;&lt;script&gt;\""));
    }

    #[test]
    fn the_policy_allows_the_inline_style_and_script_and_nothing_else() {
        let html = page(vec![], &Glossary::empty());
        let csp_start = html
            .find("Content-Security-Policy\" content=\"")
            .expect("csp");
        let csp = &html[csp_start..];
        let csp = &csp[..csp.find("\">").expect("end")];
        assert!(csp.contains("default-src 'none'"));
        assert!(csp.contains(&csp_hash(SCRIPT)));
        assert!(csp.contains(&csp_hash(STYLE)));
        assert!(!csp.contains("unsafe"));
        assert!(html.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(html.contains(&format!("<style>{STYLE}</style>")));
        // Nothing on the page points outside it.
        let html = html.replace(&escape(PAYLOAD), "");
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src="));
    }

    #[test]
    fn every_column_holds_every_segment_and_failures_are_placeholders() {
        let glossary = Glossary::empty();
        let failed = failed("HTTP 503");
        let mut reviewed = cell("Two.");
        reviewed.origin = Origin::Reviewed;
        let rows = vec![
            row("b1.s1", BlockKind::Paragraph, "Một.", Some(failed)),
            row("b1.s2", BlockKind::Paragraph, "Hai.", Some(reviewed)),
        ];
        let html = page(rows, &glossary);
        assert_eq!(html.matches("data-seg=\"b1.s1\"").count(), 2);
        assert_eq!(html.matches("data-seg=\"b1.s2\"").count(), 2);
        assert!(html.contains(
            "<span class=\"seg o-failed\" data-seg=\"b1.s1\" tabindex=\"0\" data-note=\"Not translated: HTTP 503\">not translated</span>"
        ));
        assert!(html.contains("class=\"seg o-reviewed\" data-seg=\"b1.s2\""));
        assert!(html.contains("<p class=\"notice\"><strong>1 translation(s) missing"));
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // The example of the CSP specification.
        assert_eq!(
            csp_hash("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }
}
