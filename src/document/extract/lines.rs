//! The short lines inside the article's container that are not its text: bylines, datelines,
//! photo credits, editor and source lines, copyright lines, comment counts, lines of links
//! ("Read more: ...", tags, a breadcrumb), teaser cards, and the boxes that hold only these.
//!
//! Found by shape, not by any site's words: a line is a *unit* (a block with no block inside,
//! or an inline element alone on its line between breaks) of at most [`SHORT_CHARS`]
//! characters, and it is judged by what is left of it once the dates and times, the labels of
//! bylines and credits (`By`, `Theo`, `记者`, `Ảnh:`, `Photo:` ... a short list per language,
//! the vocabulary of the genre), the page's own metadata (its authors and site name) and the
//! connecting words are taken out. A line that is nothing but those is metadata, not text to
//! translate; it stays in the document's metadata. A line of names with no label is a byline
//! only at the edges of the article (before its first paragraph or after its last). Headlines
//! and figure captions with words of their own are never taken.

use super::{
    tokens, Extraction, Info, Place, BLOCK, EXCLUDED, HAS_H1, IN_CAPTION, IS_H1, IS_HEADING, IS_P,
    PAGE, SKIP,
};
use crate::document::html::tree::{Node, NodeRef, Tree};
use crate::document::Metadata;
use regex::Regex;
use std::sync::LazyLock;

/// Longest unit judged, in characters without whitespace: metadata lines are short.
const SHORT_CHARS: u32 = 200;
/// A unit at least this long is a paragraph of the article: what the edges are measured by.
const LONG_CHARS: u32 = 60;
/// Most words of names left in a byline once its labels are out.
const NAME_WORDS: usize = 8;
/// A unit of more words than this (or CJK characters) is a sentence, not a meta line.
const MANY_WORDS: usize = 16;
const MANY_CJK: usize = 48;
/// Most text left in a box of chrome for it to go whole: its label.
const LABEL_CHARS: u32 = 25;
/// Most CJK characters left in a labelled line (a name, a site, an edition).
const CJK_REST: usize = 24;

/// Dates and times as news sites write them: ISO, day-first and month-first numbers, Chinese
/// `年月日`, English month names, Vietnamese `ngày ... tháng`, clock times.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?",
        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}",
        r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]",
        r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?",
        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?",
        r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?(?:\s+\d{4})?",
        r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?",
    ))
    .expect("a valid date pattern")
});

/// Lower case, without Unicode's tables for ASCII text (most of the lines compared).
fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    }
}

/// A letter or a digit, with the ranges news text is mostly made of (ASCII, the Latin letters
/// Vietnamese is written in, CJK ideographs) told without Unicode's tables.
fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x1e00..=0x1eff | 0x4e00..=0x9fff => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether a text holds a date or a time. Every form has digits, so a text without any (most
/// lines) is answered without running the pattern.
fn has_date(text: &str) -> bool {
    text.chars().any(char::is_numeric) && DATE.is_match(text)
}

/// The text with its dates and times replaced by spaces.
fn without_dates(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_numeric) {
        DATE.replace_all(text, " ")
    } else {
        text.into()
    }
}

/// Words that go with a date or a byline and say nothing themselves: the labels of the genre
/// (updated, published, by, source, editor ...), weekdays, time zones, in the three languages.
/// Matched as whole words (Latin) or as substrings (CJK), lower case.
const LABEL_WORDS: &[&str] = &[
    // English
    "by",
    "and",
    "with",
    "updated",
    "update",
    "published",
    "posted",
    "on",
    "at",
    "last",
    "modified",
    "first",
    "gmt",
    "utc",
    "bst",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "ict",
    "hkt",
    "ist",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "reporting",
    "writing",
    "editing",
    "edited",
    "written",
    "additional",
    "compiled",
    "source",
    "sources",
    "staff",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "editors",
    "contributor",
    "in",
    "read",
    "min",
    "mins",
    "minute",
    "minutes",
    "time",
    // Vietnamese
    "theo",
    "cập",
    "nhật",
    "đăng",
    "lúc",
    "ngày",
    "thứ",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "chủ",
    "nhật",
    "nguồn",
    "tác",
    "giả",
    "bài",
    "và",
    "ảnh",
    "phóng",
    "viên",
    "pv",
    "ctv",
    "biên",
    "tập",
    "thực",
    "hiện",
    "nhóm",
    "gmt+7",
    "sáng",
    "chiều",
    "tối",
    "trưa",
];
/// The labels of Chinese bylines, editor and source lines: they open a byline, and they are
/// taken out of what is left of a line.
const CJK_BYLINE_LABELS: &[&str] = &[
    "本报记者",
    "本网记者",
    "特约记者",
    "新华社记者",
    "记者",
    "通讯员",
    "作者",
    "责任编辑",
    "责编",
    "编辑",
    "审核",
    "校对",
    "编审",
    "监制",
    "来源",
    "稿源",
    "本文来源",
    "原标题",
    "纠错",
    "文/",
    "文／",
];
/// The other CJK words of a date or a credit line, taken out of what is left of it.
const CJK_WORDS: &[&str] = &[
    "更新时间",
    "发布时间",
    "发布",
    "时间",
    "日期",
    "北京时间",
    "星期",
    "周",
    "上午",
    "下午",
    "报道",
    "文",
    "图",
    "摄",
    "第",
    "版",
];

/// What opens a byline or an editor/source line.
const BYLINE_OPENERS: &[&str] = &[
    "by ",
    "reporting by",
    "written by",
    "words by",
    "story by",
    "edited by",
    "editing by",
    "compiled by",
    "posted by",
    "source:",
    "sources:",
    "theo ",
    "tác giả",
    "bài:",
    "bài và ảnh",
    "phóng viên",
    "nhóm phóng viên",
    "biên tập",
    "nguồn:",
    "nguồn ",
];

/// What separates the pieces of a meta line.
const SEPARATORS: [char; 5] = ['|', '·', '•', '—', '／'];

/// What opens a photo credit.
const CREDIT_OPENERS: &[&str] = &[
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "photograph:",
    "photography:",
    "image:",
    "image source",
    "images:",
    "picture:",
    "pictures:",
    "credit:",
    "illustration:",
    "graphic:",
    "ảnh:",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "ảnh tư liệu",
    "nguồn ảnh",
    "đồ họa:",
    "图片来源",
    "图源",
    "图/",
    "图／",
    "摄影",
    "资料图",
    "图片：",
];

/// What opens a copyright line.
const COPYRIGHT_OPENERS: &[&str] = &[
    "©",
    "(c) ",
    "copyright",
    "bản quyền",
    "版权",
    "all rights reserved",
];

/// Words of a comment count (`142 comments`, `评论(142)`).
const COMMENT_WORDS: &[&str] = &["comment", "comments", "bình luận", "评论", "条评论", "跟帖"];

/// A unit of the article judged by its text.
struct Unit {
    node: usize,
    text: String,
    /// Letters and digits of its text, and those inside links.
    alnum: u32,
    link_alnum: u32,
    /// A table cell or a list item: data, where a name is a name, not a byline.
    item: bool,
}

/// Class and id words of the elements that hold a byline, a date or a credit.
/// These name nothing else: an element of them up to [`META_BOX_CHARS`] goes.
const META_CLASSES: &[(&str, &str)] = &[
    ("byline", "byline"),
    ("dateline", "dateline"),
    ("timestamp", "dateline"),
];
/// These also name parts of content (`quote-author`, `data-source`): only a short element
/// holding no paragraph goes.
const META_WEAK: &[(&str, &str)] = &[
    ("author", "byline"),
    ("publish", "dateline"),
    ("credit", "photo credit"),
];
/// The same, as whole words only.
const META_EXACT: &[(&str, &str)] = &[
    ("meta", "byline"),
    ("date", "dateline"),
    ("time", "dateline"),
    ("datetime", "dateline"),
    ("source", "byline"),
];
/// Longest element left out on its class alone: an author box, not a column.
const META_BOX_CHARS: u32 = 400;
/// Longest element left out on a weaker class word: a byline, not a paragraph.
const META_LINE_CHARS: u32 = 100;

pub(super) fn classify(ex: &mut Extraction, html: &Tree<'_>, meta: &Metadata) {
    let names = Names::of(meta);
    let headline = meta.headline.as_deref().map(comparable);
    by_class(ex, html);
    let units = units(ex, html);
    // First what a line is whatever its place; then, with those gone, the lines of names at
    // the edges of what is left.
    let mut out = vec![false; units.len()];
    for (k, u) in units.iter().enumerate() {
        let n = &ex.nodes[u.node];
        if let Some(reason) = judge(n, u, &names) {
            out[k] = true;
            leave_out(ex, u.node, reason);
        }
    }
    teasers(ex, &units, &out);
    let gone = |ex: &Extraction, u: &Unit| {
        ex.nodes[u.node].reason.is_some() || !ex.in_article(u.node) || dropped_above(ex, u.node)
    };
    let kept: Vec<usize> = (0..units.len())
        .filter(|&k| !out[k] && !gone(ex, &units[k]))
        .collect();
    let long = |k: usize| ex.nodes[units[k].node].text >= LONG_CHARS;
    let first = kept.iter().position(|&k| long(k));
    let last = kept.iter().rposition(|&k| long(k));
    let mut found = Vec::new();
    for (at, &k) in kept.iter().enumerate() {
        let edge = first.is_none_or(|f| at < f) || last.is_none_or(|l| at > l);
        let n = &ex.nodes[units[k].node];
        if edge
            && n.text <= SHORT_CHARS
            && n.flags & (IS_HEADING | HAS_H1 | IN_CAPTION) == 0
            && n.link == 0
            && !units[k].item
            && looks_like_names(&units[k].text)
            // A short headline in Title Case in a `div` is the headline, not a name.
            && headline.as_deref() != Some(comparable(&units[k].text).as_str())
        {
            found.push(units[k].node);
        }
    }
    for i in found {
        leave_out(ex, i, "byline");
    }
    boxes_of_chrome(ex);
    headings_of_lists(ex, &units);
}

/// A short heading ("More on this story", "Tin cùng chuyên mục") right before a list that was
/// left out as related links is that list's label, and goes with it.
fn headings_of_lists(ex: &mut Extraction, units: &[Unit]) {
    let mut found = Vec::new();
    for u in units {
        let n = &ex.nodes[u.node];
        if n.flags & IS_HEADING == 0
            || n.flags & IS_H1 != 0
            || n.reason.is_some()
            || n.text > LABEL_CHARS
            || n.parent == usize::MAX
        {
            continue;
        }
        // The next element: the one that starts where the heading's subtree ends, if it is a
        // sibling (same parent).
        let next = n.end;
        let sibling = next < ex.nodes.len() && ex.nodes[next].parent == n.parent;
        if sibling && ex.nodes[next].reason == Some("related links") {
            found.push(u.node);
        }
    }
    for i in found {
        leave_out(ex, i, "related links");
    }
}

/// Whether something above the element (up to the part of the article) is left out.
fn dropped_above(ex: &Extraction, i: usize) -> bool {
    let mut up = ex.nodes[i].parent;
    for _ in 0..256 {
        if up == usize::MAX {
            return false;
        }
        let n = &ex.nodes[up];
        if n.reason.is_some() && n.flags & super::HOLDS_BODY == 0 {
            return true;
        }
        if n.place == Place::Article {
            return false;
        }
        up = n.parent;
    }
    false
}

/// Short elements inside the article whose own class or id names a byline, a date or a credit
/// (`div.byline`, `span.author`, `p.dateline`, `div.author-card`).
fn by_class(ex: &mut Extraction, html: &Tree<'_>) {
    let mut found = Vec::new();
    for i in 0..ex.nodes.len() {
        let n = &ex.nodes[i];
        if n.text == 0
            || n.text > META_BOX_CHARS
            || n.reason.is_some()
            || n.flags & (EXCLUDED | SKIP | HAS_H1 | PAGE) != 0
            || n.place == Place::Path
            || !ex.in_article(i)
        {
            continue;
        }
        let Some(Node::Element(e)) = html.get(ex.ids[i]).map(|n| n.value()) else {
            continue;
        };
        let tokens = tokens(&e);
        let prefix = |words: &[(&str, &'static str)]| {
            tokens.iter().find_map(|t| {
                words
                    .iter()
                    .find(|(w, _)| t.starts_with(w))
                    .map(|(_, r)| *r)
            })
        };
        let line = n.text <= META_LINE_CHARS && n.score == 0.0;
        let reason = prefix(META_CLASSES).or_else(|| {
            let weak = prefix(META_WEAK).or_else(|| {
                tokens
                    .iter()
                    .find_map(|t| META_EXACT.iter().find(|(w, _)| t == w).map(|(_, r)| *r))
            });
            weak.filter(|_| line)
        });
        if let Some(reason) = reason {
            found.push((i, reason));
        }
    }
    for (i, reason) in found {
        leave_out(ex, i, reason);
    }
}

/// Teaser cards inside the article: an item whose title is a link (a linked heading, or a
/// link line) with at most a summary under it, repeated beside items of its own shape.
fn teasers(ex: &mut Extraction, units: &[Unit], out: &[bool]) {
    // How many children of each shape every element has: counted once, so that a page of a
    // hundred thousand link lines in one container costs one pass, not a pass per line.
    let mut shapes: super::FastMap<(usize, u32), u32> = super::FastMap::default();
    for n in &ex.nodes {
        if n.parent != usize::MAX && n.shape != 0 {
            *shapes.entry((n.parent, n.shape)).or_default() += 1;
        }
    }
    let mut found = Vec::new();
    for (k, u) in units.iter().enumerate() {
        let n = &ex.nodes[u.node];
        if !out[k] || n.reason != Some("related links") {
            continue;
        }
        // The nearest container a few levels up with a sibling of the same shape.
        let mut up = n.parent;
        for _ in 0..3 {
            if up == usize::MAX || ex.nodes[up].place != Place::Outside {
                break;
            }
            let item = &ex.nodes[up];
            if item.text > n.text.saturating_add(400) {
                break;
            }
            let twin = item.shape != 0
                && shapes
                    .get(&(item.parent, item.shape))
                    .is_some_and(|&n| n >= 2);
            if twin {
                found.push(up);
                break;
            }
            up = item.parent;
        }
    }
    for i in found {
        if ex.nodes[i].reason.is_none() {
            leave_out(ex, i, "related links");
        }
    }
}

/// Takes element `i` out of the article with its reason.
fn leave_out(ex: &mut Extraction, i: usize, reason: &'static str) {
    let n = &mut ex.nodes[i];
    n.reason = Some(reason);
    if n.place == Place::Article {
        // A part of the article that is only a byline (a header beside the body) goes too.
        n.place = Place::Outside;
    }
}

/// Why a unit is not the article's text, if it is not.
fn judge(n: &Info, u: &Unit, names: &Names) -> Option<&'static str> {
    let in_caption = n.flags & IN_CAPTION != 0;
    if n.flags & (IS_H1 | HAS_H1) != 0 {
        return None;
    }
    if n.text > SHORT_CHARS {
        // A long run of links in the article's container: a column of headlines.
        let list = n.flags & (IS_P | IN_CAPTION) == 0 && n.link * 10 >= n.text * 6;
        return list.then_some("related links");
    }
    let text = u.text.trim();
    if text.is_empty() {
        return None;
    }
    let lower = lowercase(text);
    // All links, the separators aside: a breadcrumb, a section label, a "Read more" or tags
    // line, a teaser's title.
    if u.link_alnum > 0 && u.link_alnum * 10 >= u.alnum * 9 && !in_caption {
        return Some("related links");
    }
    // A label and its links ("Read more: <a>..</a>", "Tags: <a>..</a> <a>..</a>").
    if u.link_alnum * 10 >= u.alnum * 6 && !in_caption && label_then_links(&lower) {
        return Some("related links");
    }
    let bare = strip_brackets(text);
    let bare_lower = lowercase(bare);
    if COPYRIGHT_OPENERS.iter().any(|o| bare_lower.starts_with(o))
        || lower.contains("all rights reserved")
    {
        return Some("copyright");
    }
    // A sentence of many words is the article's: no byline, date or credit is that long.
    if text.split_whitespace().nth(MANY_WORDS).is_some()
        || text.chars().filter(|&c| is_cjk(c)).nth(MANY_CJK).is_some()
    {
        return None;
    }
    if is_comment_count(&bare_lower) {
        return Some("comments");
    }
    if let Some(rest) = opener(bare, CREDIT_OPENERS) {
        if short_rest(rest, names) {
            return Some("photo credit");
        }
    }
    // "新华社记者 林善传 摄": a CJK credit closes with 摄.
    if let Some(rest) = bare.strip_suffix('摄') {
        if rest.chars().any(is_cjk) && short_rest(rest, names) {
            return Some("photo credit");
        }
    }
    if in_caption {
        return None;
    }
    // A date in a table cell or a list item is data (a schedule), not the article's date.
    if !u.item && has_date(text) && short_rest(text, names) {
        return Some("dateline");
    }
    // "2 March 2024 | Karen Wong | 142 comments": pieces between separators, each of them
    // a date, the page's names or a comment count.
    if !u.item && text.contains(SEPARATORS) {
        let pieces: Vec<&str> = text
            .split(SEPARATORS)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let meta_piece = |p: &&str| {
            let lower = lowercase(p);
            is_comment_count(&lower)
                || (has_date(p) && short_rest(p, names))
                || (!names.is_empty() && matches_names(&lower, names))
                || opener(p, BYLINE_OPENERS).is_some_and(|rest| short_rest(rest, names))
        };
        if pieces.len() >= 2 && pieces.iter().any(|p| has_date(p)) && pieces.iter().all(meta_piece)
        {
            return Some("dateline");
        }
    }
    if let Some(rest) = opener(bare, BYLINE_OPENERS).or_else(|| opener(bare, CJK_BYLINE_LABELS)) {
        if short_rest(rest, names) {
            return Some("byline");
        }
    }
    // The page's own authors, alone on a line.
    if !names.is_empty() && matches_names(&lower, names) {
        return Some("byline");
    }
    None
}

/// The text after the first of `openers` (lower case) that opens `text` in any case.
fn opener<'t>(text: &'t str, openers: &[&str]) -> Option<&'t str> {
    // The line's first characters in lower case, once: openers are a few words long.
    const LONGEST: usize = 16;
    let head: String = text
        .chars()
        .take(LONGEST)
        .flat_map(char::to_lowercase)
        .collect();
    openers.iter().find_map(|o| {
        if !head.starts_with(o) {
            return None;
        }
        // Where the opener ends in the line as written (lower case may differ in length).
        let n = o.chars().count();
        let end = text.char_indices().nth(n).map_or(text.len(), |(b, _)| b);
        let rest = &text[end..];
        // A Latin label ends at a word's end: "by" opens "by Lan", not "byways".
        let latin = o.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
        (!latin || rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
            .then_some(rest)
    })
}

/// `(…)`, `【…】`, `[…]` around a whole line are taken off.
fn strip_brackets(text: &str) -> &str {
    let t = text.trim();
    let t = t.trim_start_matches(['(', '（', '【', '[', '〔']);
    t.trim_end_matches([')', '）', '】', ']', '〕']).trim()
}

/// The page's own names: its authors and its site, lower case.
#[derive(Default)]
struct Names {
    /// Words of the Latin-script names.
    words: Vec<String>,
    /// Whole names, longest first (CJK names are matched as substrings).
    whole: Vec<String>,
}

impl Names {
    fn of(meta: &Metadata) -> Names {
        let mut names = Names::default();
        for name in meta.authors.iter().chain(meta.site_name.iter()) {
            let name = name.trim().to_lowercase();
            if !(2..=80).contains(&name.chars().count()) {
                continue;
            }
            for word in name.split(|c: char| !c.is_alphanumeric()) {
                if !word.is_empty() && !word.chars().any(is_cjk) {
                    names.words.push(word.to_string());
                }
            }
            for part in name.split([',', '、', ';', '&', '，']) {
                let part = part.trim();
                if part.chars().count() >= 2 {
                    names.whole.push(part.to_string());
                }
            }
            names.whole.push(name);
        }
        names.whole.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.whole.dedup();
        names
    }

    fn is_empty(&self) -> bool {
        self.whole.is_empty()
    }
}

/// Whether what is left of a line once its label is out is only names, dates, labels and the
/// site: a few capitalised words (each a name's) or a few CJK characters, and no sentence.
fn short_rest(rest: &str, names: &Names) -> bool {
    let rest = without_dates(rest);
    // A sentence has its punctuation; a byline has none but commas between names.
    if rest.contains(['。', '！', '？', '；', '，', '!', '?']) {
        return false;
    }
    let mut cjk = 0usize;
    let mut words = 0usize;
    for piece in rest.split(|c: char| !(is_alnum(c) || c == '.' || c == '+')) {
        let piece = piece.trim_matches('.');
        if piece.is_empty() {
            continue;
        }
        if piece.chars().any(is_cjk) {
            let mut left = piece.to_string();
            let labels = CJK_BYLINE_LABELS.iter().chain(CJK_WORDS).copied();
            for name in names.whole.iter().map(String::as_str).chain(labels) {
                if left.contains(name) {
                    left = left.replace(name, "");
                }
            }
            cjk += left.chars().filter(|&c| is_cjk(c)).count();
            continue;
        }
        let lower = lowercase(piece);
        if piece.chars().all(|c| c.is_ascii_digit() || c == '+')
            || LABEL_WORDS.contains(&lower.as_str())
            || names.words.contains(&lower)
        {
            continue;
        }
        // A word in lower case that is no label is a sentence's ("Theo kế hoạch, ...").
        if !piece.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        words += 1;
    }
    words <= NAME_WORDS && cjk <= CJK_REST
}

/// Whether a line is the page's authors and nothing but labels and dates.
fn matches_names(lower: &str, names: &Names) -> bool {
    let mut rest = lower.to_string();
    let mut any = false;
    for name in &names.whole {
        if rest.contains(name.as_str()) {
            any = true;
            rest = rest.replace(name.as_str(), " ");
        }
    }
    any && short_rest(&rest, &Names::default())
        && without_dates(&rest)
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| {
                w.is_empty() || w.chars().all(|c| c.is_ascii_digit()) || LABEL_WORDS.contains(&w)
            })
}

/// Letters and digits only, lower case: text compared for sameness.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One to five capitalised words and nothing else: a name, or two joined by "and".
fn looks_like_names(text: &str) -> bool {
    let text = strip_brackets(text.trim());
    if text.chars().count() > 50 || text.chars().any(|c| c.is_ascii_digit() || is_cjk(c)) {
        return false;
    }
    if text.contains(['.', ',', ':', ';', '!', '?', '"', '“']) && !initials_only(text) {
        return false;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !matches!(*w, "and" | "và" | "&"))
        .collect();
    // One word is a name only in capitals, as agencies sign (TTXVN, AFP).
    let one_ok = words.len() != 1 || words[0].chars().all(|c| !c.is_lowercase());
    (1..=5).contains(&words.len())
        && one_ok
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Periods only after single capitals ("J. K. Lee").
fn initials_only(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        !w.contains(['.', ',', ':', ';', '!', '?', '"', '“'])
            || (w.ends_with('.') && w.chars().count() == 2)
    })
}

/// "Read more: …", "Tags: …", "相关阅读：…": a label ending in a colon.
fn label_then_links(lower: &str) -> bool {
    lower
        .split_once([':', '：'])
        .is_some_and(|(label, _)| label.chars().count() <= 24)
}

/// "142 comments", "Comments (142)", "评论(142)", "142 bình luận".
fn is_comment_count(bare: &str) -> bool {
    let words: String = bare
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')' | '（' | '）' | '[' | ']'))
        .collect();
    let words = words.trim();
    bare.chars().any(|c| c.is_ascii_digit()) && COMMENT_WORDS.contains(&words)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// The units of the article, in document order, with their text when they are short.
fn units(ex: &Extraction, html: &Tree<'_>) -> Vec<Unit> {
    let nodes = &ex.nodes;
    // Which elements have a block inside: children after parents, so one backward pass.
    let mut has_block = vec![false; nodes.len()];
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent;
        if p != usize::MAX && (nodes[i].flags & BLOCK != 0 || has_block[i]) {
            has_block[p] = true;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < nodes.len() {
        if nodes[i].place != Place::Article {
            i += 1;
            continue;
        }
        // The subtree of a part of the article.
        let end = nodes[i].end.max(i + 1);
        let mut j = i;
        while j < end {
            let n = &nodes[j];
            // Left out already (what holds the body is not, whatever its class said).
            let left_out = n.reason.is_some() && n.flags & super::HOLDS_BODY == 0;
            if n.flags & (SKIP | EXCLUDED) != 0 || (left_out && j != i) {
                j = n.end.max(j + 1);
                continue;
            }
            let leaf_block = n.flags & BLOCK != 0 && !has_block[j];
            let line = n.flags & BLOCK == 0 && alone(ex, html, j);
            if n.text > 0 && (leaf_block || line) {
                let item = html.get(ex.ids[j]).is_some_and(|x| {
                    matches!(x.value(), Node::Element(e)
                        if matches!(e.name(), "td" | "th" | "li" | "dt" | "dd"))
                });
                let mut unit = Unit {
                    node: j,
                    text: String::new(),
                    alnum: 0,
                    link_alnum: 0,
                    item,
                };
                if n.text <= SHORT_CHARS {
                    text_of(ex, html, &mut unit);
                    out.push(unit);
                    j = n.end.max(j + 1);
                    continue;
                }
                // A long block of text between line breaks: its lines alone (a dateline on
                // top, a source in italics below) are units too.
                out.push(unit);
            }
            j += 1;
        }
        i = end;
    }
    out
}

/// Whether an inline element stands alone on its line: between the start or end of its block,
/// line breaks and blocks, with no text of the line beside it.
fn alone(ex: &Extraction, html: &Tree<'_>, i: usize) -> bool {
    let n = &ex.nodes[i];
    if n.text > SHORT_CHARS || n.parent == usize::MAX || ex.nodes[n.parent].flags & BLOCK == 0 {
        return false;
    }
    let Some(node) = html.get(ex.ids[i]) else {
        return false;
    };
    if matches!(node.value(), Node::Element(e) if e.name() == "br") {
        return false;
    }
    let breaks = |sibling: Option<NodeRef<'_>>, forward: bool| {
        let mut s = sibling;
        while let Some(x) = s {
            match x.value() {
                Node::Text(t) if t.trim().is_empty() => {}
                Node::Element(e) => {
                    return e.name() == "br" || super::super::html::is_block_level(e.name());
                }
                _ => return false,
            }
            s = if forward {
                x.next_sibling()
            } else {
                x.prev_sibling()
            };
        }
        true
    };
    breaks(node.prev_sibling(), false) && breaks(node.next_sibling(), true)
}

/// The visible text of a short unit, scripts and left-out parts skipped, and how much of it is
/// letters and digits, inside links and in all.
fn text_of(ex: &Extraction, html: &Tree<'_>, unit: &mut Unit) {
    let i = unit.node;
    let Some(root) = html.get(ex.ids[i]) else {
        return;
    };
    let mut out = String::new();
    // Inside a link already (a heading in an `<a>`): all its text is the link's.
    let in_link = usize::from(ex.nodes[i].flags & super::IN_LINK != 0);
    let (mut alnum, mut link_alnum, mut links) = (0u32, 0u32, in_link);
    super::depth_first(root, |step| match step {
        super::Step::Open(node) => match node.value() {
            Node::Text(t) => {
                out.push_str(t);
                let n = t.chars().filter(|&c| is_alnum(c)).count() as u32;
                alnum += n;
                if links > 0 {
                    link_alnum += n;
                }
                false
            }
            Node::Element(e) => {
                let k = ex
                    .index
                    .get(node.id() as usize)
                    .copied()
                    .unwrap_or(u32::MAX);
                let open = k == u32::MAX
                    || k as usize == i
                    || ex.nodes[k as usize].flags & (SKIP | EXCLUDED) == 0;
                if open && e.name() == "a" {
                    links += 1;
                }
                open
            }
            _ => false,
        },
        super::Step::Close(node) => {
            if let Node::Element(e) = node.value() {
                match e.name() {
                    "br" => out.push(' '),
                    "a" => links = links.saturating_sub(1),
                    _ => {}
                }
            }
            false
        }
    });
    unit.text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    unit.alnum = alnum;
    unit.link_alnum = link_alnum;
}

/// A box inside the article that holds only what was left out and a label (the heading of a
/// related list, "Share this:") goes as a whole, with the label.
fn boxes_of_chrome(ex: &mut Extraction) {
    let len = ex.nodes.len();
    // Characters left out below each element, and the first reason among them.
    let mut gone = vec![0u32; len];
    let mut why: Vec<Option<&'static str>> = vec![None; len];
    let mut i = 0;
    while i < len {
        let n = &ex.nodes[i];
        let out = n.flags & SKIP == 0
            && n.flags & super::HOLDS_BODY == 0
            && (n.reason.is_some() || n.flags & EXCLUDED != 0);
        if !out {
            i += 1;
            continue;
        }
        // Counted once, for its whole subtree.
        let (size, reason) = (n.text, n.reason.unwrap_or("related links"));
        let mut up = n.parent;
        // Near containers only: a box is a few levels around its items.
        for _ in 0..8 {
            if up == usize::MAX {
                break;
            }
            gone[up] = gone[up].saturating_add(size);
            why[up].get_or_insert(reason);
            if ex.nodes[up].place == Place::Article {
                break;
            }
            up = ex.nodes[up].parent;
        }
        i = n.end.max(i + 1);
    }
    let mut i = 0;
    while i < len {
        let n = &ex.nodes[i];
        let kept = n.text.saturating_sub(gone[i]);
        // What is left is a label ("Related stories", "Share this:"), not a paragraph.
        let chrome = gone[i] >= 40 && kept <= LABEL_CHARS && kept * 3 <= gone[i];
        if n.place == Place::Outside
            && chrome
            && n.reason.is_none()
            && n.flags & (EXCLUDED | SKIP | HAS_H1) == 0
            && inside_article(ex, i)
        {
            let end = n.end.max(i + 1);
            ex.nodes[i].reason = why[i];
            i = end;
            continue;
        }
        i += 1;
    }
}

/// Whether an element is below a part of the article.
fn inside_article(ex: &Extraction, i: usize) -> bool {
    let mut up = ex.nodes[i].parent;
    for _ in 0..256 {
        if up == usize::MAX {
            return false;
        }
        if ex.nodes[up].place == Place::Article {
            return true;
        }
        up = ex.nodes[up].parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::document::{html, Cleaner};

    /// The page's kept text, a block a line, and what was left out with its reason.
    fn read(page: &str) -> (String, Vec<(String, String)>) {
        let (blocks, dropped, _) = html::parse(page, &Cleaner::default());
        let kept: Vec<String> = blocks.into_iter().map(|b| b.text).collect();
        let dropped = dropped.into_iter().map(|d| (d.reason, d.text)).collect();
        (kept.join("\n"), dropped)
    }

    fn reason_of<'a>(dropped: &'a [(String, String)], text: &str) -> Option<&'a str> {
        dropped
            .iter()
            .find(|(_, t)| t.contains(text))
            .map(|(r, _)| r.as_str())
    }

    /// Each text is kept; each (text, reason) is not, and is reported with that reason.
    fn assert_read(page: &str, kept_texts: &[&str], left_out: &[(&str, &str)]) {
        let (kept, dropped) = read(page);
        for text in kept_texts {
            assert!(kept.contains(text), "{text} lost: {kept}\n{dropped:?}");
        }
        for (text, reason) in left_out {
            assert!(!kept.contains(text), "{text} kept: {kept}");
            assert_eq!(
                reason_of(&dropped, text),
                Some(*reason),
                "{text}: {dropped:?}"
            );
        }
    }

    const EN_BODY: &str =
        "<p>The river rose by two metres overnight, flooding the lower town, and the \
        council opened three schools as shelters for the families who had to leave.</p>\
        <p>By the end of the day, the water had begun to fall, officials said, though more rain \
        is forecast for the weekend across the whole of the province.</p>";

    #[test]
    fn english_bylines_datelines_and_chrome_lines_are_left_out_and_sentences_kept() {
        let page = format!(
            "<html><head><meta name=author content='Jane Doe'></head><body><article>\
             <h1>Floods close the lower town</h1><div class=x>By Jane Doe</div>\
             <p>Updated 10:45 GMT, 9 May 2024</p>{EN_BODY}\
             <p>Read more: <a href=/a>Rain returns to the north as a second storm forms</a></p>\
             <p>Reporting by Jane Doe; Editing by Mark Potter</p>\
             <p>© 2024 The Daily. All rights reserved.</p><p><a href=#c>142 comments</a></p>\
             <p>Jane Doe</p></article></body></html>"
        );
        assert_read(
            &page,
            &[
                "Floods close the lower town",
                "By the end of the day, the water",
            ],
            &[
                ("By Jane Doe", "byline"),
                ("Updated 10:45 GMT", "dateline"),
                ("Read more:", "related links"),
                ("Reporting by Jane Doe", "byline"),
                ("© 2024 The Daily", "copyright"),
            ],
        );
        let (kept, _) = read(&page);
        assert!(!kept.contains("142 comments"), "{kept}");
        assert!(!kept.lines().any(|l| l == "Jane Doe"), "{kept}");
    }

    #[test]
    fn vietnamese_credits_and_signatures_go_and_captions_cells_and_sentences_stay() {
        let page = "<html><body><div class=noidung><h1>Cầu mới thông xe</h1>\
             <p>Thứ hai, 2/9/2024, 08:00 (GMT+7)</p>\
             <p>Cây cầu dài hơn 1,7 km nối quận Long Biên với trung tâm Hà Nội chính thức thông \
             xe sáng nay, sớm hơn kế hoạch hai tháng, theo chủ đầu tư.</p>\
             <figure><img src=a.jpg><figcaption>Người dân qua cầu sáng 2/9. Ảnh: Ngọc Thành\
             </figcaption></figure><p><em>Ảnh: TTXVN</em></p>\
             <p>Theo kế hoạch, cầu sẽ thông xe vào tháng 9.</p>\
             <table><tr><th>Quốc gia</th><th>Số xe</th></tr><tr><td>Việt Nam</td><td>12</td></tr>\
             </table>\
             <p>Sở Giao thông Vận tải cho biết sẽ điều chỉnh một số tuyến xe buýt đi qua cầu mới \
             từ tuần sau, đồng thời lắp thêm đèn tín hiệu tại các nút giao.</p>\
             <p style='text-align:right'><strong>Võ Hải</strong></p><p>Theo TTXVN</p>\
             </div></body></html>";
        assert_read(
            page,
            &[
                "Người dân qua cầu sáng 2/9. Ảnh: Ngọc Thành",
                "Theo kế hoạch, cầu sẽ thông xe vào tháng 9.",
                "Việt Nam",
            ],
            &[
                ("Thứ hai, 2/9/2024", "dateline"),
                ("Ảnh: TTXVN", "photo credit"),
                ("Võ Hải", "byline"),
                ("Theo TTXVN", "byline"),
            ],
        );
    }

    #[test]
    fn chinese_editor_source_and_credit_lines_go_and_the_reporters_sentence_stays() {
        let page = "<html><body><div class=con><h1>春节后用工需求旺盛</h1>\
             <p>2024年03月08日 12:05 来源：新华网</p>\
             <p>春节假期结束后，沿海多地制造业企业陆续复工，用工需求明显回升，不少企业打出了涨薪、\
             包食宿等招聘条件，吸引求职者。</p>\
             <figure><img src=a.jpg><figcaption>学生们在新图书馆里阅读。人民网 李红摄</figcaption>\
             </figure><p style='text-align:center'>新华社记者 林善传 摄</p>\
             <p>记者了解到，今年订单增长了两成。</p>\
             <p>专家表示，随着产业升级加快，企业对熟练技工和数字化人才的需求将持续增加，劳动者也应\
             主动提升技能。</p>\
             <p>（记者 李红）</p><p>责任编辑：张三</p></div></body></html>";
        assert_read(
            page,
            &[
                "学生们在新图书馆里阅读。人民网 李红摄",
                "记者了解到，今年订单增长了两成。",
            ],
            &[
                ("来源：新华网", "dateline"),
                ("新华社记者 林善传 摄", "photo credit"),
                ("（记者 李红）", "byline"),
                ("责任编辑：张三", "byline"),
            ],
        );
    }

    #[test]
    fn a_meta_line_of_pieces_and_the_heading_of_a_related_list_go() {
        let page = format!(
            "<html><head><meta name=author content='Jane Doe'></head><body><article>\
             <h1>Floods close the lower town</h1>\
             <div class=info>2 March 2024 | Jane Doe | <a href=#c>142 comments</a></div>\
             {EN_BODY}<p>Officials | residents | volunteers worked through the night.</p>\
             <h3>More on this story</h3><ul><li><a href=/1>Rain returns to the north as a second \
             storm forms</a></li><li><a href=/2>How the town rebuilt its harbour after the last \
             typhoon</a></li></ul></article></body></html>"
        );
        assert_read(
            &page,
            &["Officials | residents | volunteers worked through the night."],
            &[
                ("2 March 2024 | Jane Doe", "dateline"),
                ("More on this story", "related links"),
                ("Rain returns to the north", "related links"),
            ],
        );
    }

    #[test]
    fn teaser_cards_inside_the_article_go_with_their_heading() {
        let items: String = (0..3)
            .map(|i| {
                format!(
                    "<li class=item><a href=/n/{i}><h3>Another story number {i} about the \
                     weather</h3></a><p>A summary sentence of the other story, number {i}.</p></li>"
                )
            })
            .collect();
        let page = format!(
            "<html><body><section><h1>Floods close the lower town</h1>{EN_BODY}\
             <div class=box><h2>Related stories</h2><ul>{items}</ul></div></section></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(kept.contains("By the end of the day"), "{kept}");
        assert!(
            !kept.contains("Another story") && !kept.contains("A summary sentence"),
            "{kept}"
        );
        assert!(!kept.contains("Related stories"), "{kept}");
        assert_eq!(
            reason_of(&dropped, "Another story number 0"),
            Some("related links")
        );
    }
}
