//! The short lines inside the article's container that are not its text: bylines, datelines,
//! photo credits, editor and source lines, copyright lines, comment counts, lines of links
//! ("Read more: ...", tags, a breadcrumb), teaser cards, author bios, page furniture (gallery
//! counters, labels the page repeats, labels over a list of links or after the story's last
//! sentence), lines of the page's interface ("4 min read", "Chia sẻ bài viết"), sign-up boxes,
//! and the boxes that hold only these.
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
    tokens, Extraction, Info, Looked, Place, BLOCK, EXCLUDED, HAS_H1, HAS_IMG, IN_CAPTION, IS_H1,
    IS_HEADING, IS_P, PAGE, SKIP,
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
/// `年月日`, English month names, Vietnamese `ngày ... tháng`, clock times, times ago.
///
/// Word boundaries are ASCII ones (`(?-u:\b)`): the words and digits they bound are ASCII,
/// and a Unicode boundary keeps the regex crate's DFA from running on any line with a letter
/// outside ASCII (every Vietnamese and Chinese line), which then went through the slower
/// backtracking engines (5% of the time to read a page in a profile).
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?",
        r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}",
        r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]",
        r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?",
        r"|(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?",
        r"|(?-u:\b)\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?(?:\s+\d{4})?",
        r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?",
    ))
    .expect("a valid date pattern")
});

/// Times relative to now, as live blogs and feeds give them ("7 min ago", "5 phút trước",
/// "10分钟前"): a pattern of their own, run only on a line with one of [`AGO`] in it, so that
/// the dates' pattern, run on every line with digits, stays as fast as it was.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago(?-u:\b)",
        r"|(?-u:\b)\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần)\s+trước",
        r"|\d{1,3}\s*(?:秒|分钟|小时|天|周)前",
    ))
    .expect("a valid relative time pattern")
});
/// What every relative time has.
const AGO: &[&str] = &["ago", "trước", "前"];

fn has_ago(text: &str) -> bool {
    AGO.iter().any(|a| text.contains(a))
}

/// Lower case, without Unicode's tables for ASCII text (most of the lines compared).
fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Σ is lowered by its place in a word (σ or ς) in `str::to_lowercase` only.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    // Character by character, without the case tables for ASCII and for the CJK blocks that
    // have no case (a Chinese line is nearly all of them): what `str::to_lowercase` gives.
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_caseless_cjk(c) {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The CJK blocks (radicals, punctuation, kana, ideographs) and full-width punctuation before
/// the full-width letters: no character of them has a lower case.
fn is_caseless_cjk(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ff00}'..='\u{ff20}')
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

/// How many letters and digits ([`is_alnum`]) a text has; an ASCII text (most of a page's, and
/// many of a Vietnamese page's words) is counted by its bytes.
fn alnum_count(text: &str) -> u32 {
    let n = if text.is_ascii() {
        text.bytes().filter(u8::is_ascii_alphanumeric).count()
    } else {
        text.chars().filter(|&c| is_alnum(c)).count()
    };
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether a text holds a date or a time. Every form has digits, so a text without any (most
/// lines) is answered without running the pattern.
fn has_date(text: &str) -> bool {
    text.chars().any(char::is_numeric)
        && (DATE.is_match(text) || (has_ago(text) && RELATIVE.is_match(text)))
}

/// The text with its dates and times replaced by spaces.
fn without_dates(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_numeric) {
        let text = DATE.replace_all(text, " ");
        if has_ago(&text) {
            RELATIVE.replace_all(&text, " ").into_owned().into()
        } else {
            text
        }
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
    // A count of views beside the date ("1,204 views", "1.204 lượt xem")
    "views",
    "view",
    "lượt",
    "xem",
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
    "contributing:",
    "reporting from",
    "with assistance from",
    "additional reporting by",
    "with files from",
    "source:",
    "sources:",
    "theo ",
    "tác giả",
    "viết bởi",
    "đăng bởi",
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
    "credit...",
    "credit…",
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
    "数据来源",
    "资料来源",
    "provided by",
    "courtesy of",
    "submitted by",
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

/// What Chinese sites say of reprinting, in a notice of their rights (matched anywhere).
const REPRINT_NOTICES: &[&str] = &[
    "未经授权",
    "禁止转载",
    "不得转载",
    "转载请注明",
    "版权归",
    "书面授权",
    "获得授权",
];

/// A site's disclaimer that what it carries is not its view (`本网站所刊载信息，不代表…观点`,
/// `仅代表作者本人观点`): said of the page, not of the story.
fn is_disclaimer(text: &str) -> bool {
    let Some(at) = text.find("代表") else {
        return false;
    };
    let rest = &text[at..];
    text.chars().count() <= DISCLAIMER_CHARS
        && (rest.contains("观点") || rest.contains("立场"))
        && (text.contains("本网")
            || text.contains("本站")
            || text.contains("本文")
            || text.contains("作者"))
}

/// Longest disclaimer line, in characters.
const DISCLAIMER_CHARS: usize = 120;

/// What opens a line of links to the previous and next stories.
const PREV_NEXT_OPENERS: &[&str] = &[
    "上一篇",
    "下一篇",
    "previous article",
    "next article",
    "previous story",
    "next story",
    "bài trước",
    "bài sau",
    "tin trước",
    "tin sau",
];

/// Labels of a comment section: from one of them as a line of its own to the end of the
/// article, what follows is readers' comments.
const COMMENT_LABELS: &[&str] = &[
    "网友评论",
    "评论",
    "读者评论",
    "跟帖",
    "热门评论",
    "最新评论",
    "comments",
    "reader comments",
    "bình luận",
    "ý kiến bạn đọc",
    "bạn đọc bình luận",
];

/// Whether a line is a web address, alone or after a short label or a number:
/// `https://…`, `[2] https://…`, `Source URL: https://…`, `本文网址：http://…`.
fn is_address_line(text: &str) -> bool {
    let text = text.trim();
    // Most lines hold no address: told by one search for its marks.
    let bytes = text.as_bytes();
    if text.len() > 300
        || (memchr::memmem::find(bytes, b"://").is_none()
            && memchr::memmem::find(bytes, b"www.").is_none())
    {
        return false;
    }
    let Some(at) = text
        .find("http://")
        .or_else(|| text.find("https://"))
        .or_else(|| text.find("www."))
    else {
        return false;
    };
    let (label, address) = text.split_at(at);
    if address.split_whitespace().nth(1).is_some() {
        return false;
    }
    let label = label.trim().trim_end_matches([':', '：']).trim();
    let numbered = label
        .trim_matches(['[', ']', '(', ')', '.'])
        .bytes()
        .all(|b| b.is_ascii_digit());
    numbered || (label.chars().count() <= 16 && !label.contains(['.', '!', '?', '。']))
}

/// Words of a comment count (`142 comments`, `评论(142)`).
const COMMENT_WORDS: &[&str] = &["comment", "comments", "bình luận", "评论", "条评论", "跟帖"];

/// Words of a page's other counters, of views and votes (`1,204 views`, `Lượt xem: 2.157`,
/// `点击数：3861`, `已有4218人参与投票`), matched with the number and punctuation taken out.
const COUNT_WORDS: &[&str] = &[
    "views",
    "view",
    "reads",
    "votes",
    "lượt xem",
    "lượt đọc",
    "lượt bình chọn",
    "lượt thích",
    "số lượt truy cập",
    "lượt truy cập",
    "点击数",
    "点击",
    "阅读",
    "阅读数",
    "浏览",
    "浏览量",
    "次",
    "次阅读",
    "次浏览",
    "人参与",
    "人参与投票",
    "已有人参与投票",
    "访问量",
    // Likes beside a story on an app's share page ("赞 2368", "1,204 likes").
    "likes",
    "赞",
    "点赞",
];

/// A counter of views or votes, alone: nothing of the story.
fn is_view_count(bare: &str) -> bool {
    count_words(bare, &[':', '：', '.', ',']).is_some_and(|words| {
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        COUNT_WORDS.contains(&words.as_str())
    })
}

/// The block before the article's body whose text is the page's declared description (its
/// `og:description`, JSON-LD or `<meta name=description>`) is the standfirst, whatever its
/// container's class says (a WordPress theme's `elementor-widget-theme-post-excerpt`:
/// `widget`) and even where the climb to the body left it out: a page describes its own
/// story, never another's. A description cut short (`…`) matches the start of the block.
fn standfirst_of_description(ex: &mut Extraction, html: &Tree<'_>, meta: &Metadata) {
    let Some(description) = meta.description.as_deref() else {
        return;
    };
    let wanted = comparable(description.trim_end_matches(['…', '.']));
    let wanted_chars = wanted.chars().count();
    if wanted_chars < LONG_CHARS as usize {
        return;
    }
    // Up to the end of the part of the article that holds the most (the body, not the
    // headline added to it).
    let Some(body) = (0..ex.nodes.len())
        .filter(|&i| ex.nodes[i].place == Place::Article)
        .max_by_key(|&i| ex.nodes[i].text)
    else {
        return;
    };
    let mut found = None;
    // Where the parts of the article end, to tell what is inside one in a single pass.
    let mut article_end = 0;
    for i in 0..ex.nodes[body].end {
        let n = &ex.nodes[i];
        if n.place == Place::Article {
            article_end = article_end.max(n.end);
        }
        // Visible characters (letters, digits, punctuation) against the description's letters
        // and digits: the block has at least as many, and not many more.
        let chars = n.text as usize;
        if n.flags & (SKIP | BLOCK) != BLOCK || chars < wanted_chars || chars > wanted_chars * 2 {
            continue;
        }
        // Inside the article, only a block that was left out is looked at.
        if n.reason.is_none() && i < article_end {
            continue;
        }
        // Left out by a tag, a role or as hidden: not to be taken back.
        if n.flags & EXCLUDED != 0 && n.flags & (super::WORDS_EXCLUDED | super::WORDS_CHAIN) == 0 {
            continue;
        }
        let Some(node) = html.get(ex.ids[i]) else {
            continue;
        };
        if begins_with_comparable(node, &wanted) {
            found = Some(i);
            break;
        }
    }
    let Some(i) = found else {
        return;
    };
    // Its own evidence and that of what holds it, up to the article's path, is void.
    let mut up = i;
    while up != usize::MAX && ex.nodes[up].place == Place::Outside {
        let n = &mut ex.nodes[up];
        // Class words, strong or weak.
        if n.flags & super::WORDS_EXCLUDED != 0 || n.flags & EXCLUDED == 0 {
            n.reason = None;
            n.flags &= !(super::EXCLUDED | super::WORDS_EXCLUDED);
        }
        up = n.parent;
    }
    ex.nodes[i].reason = None;
    ex.nodes[i].flags &= !(super::EXCLUDED | super::WORDS_EXCLUDED);
    super::rederive_exclusion(&mut ex.nodes);
    if super::inside_chosen(&ex.nodes, i) {
        return;
    }
    ex.nodes[i].place = Place::Article;
    let mut up = ex.nodes[i].parent;
    while up != usize::MAX && ex.nodes[up].place == Place::Outside {
        ex.nodes[up].place = Place::Path;
        up = ex.nodes[up].parent;
    }
}

/// Whether an element's text, letters and digits only and in lower case, begins with
/// `wanted` and goes on for at most a fifth as much again: read only as far as it matches.
fn begins_with_comparable(node: NodeRef<'_>, wanted: &str) -> bool {
    let mut want = wanted.chars();
    let mut extra = 0usize;
    let most_extra = wanted.chars().count() / 5;
    for piece in node.texts() {
        for c in piece
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
        {
            match want.next() {
                Some(w) if w == c => {}
                Some(_) => return false,
                None => {
                    extra += 1;
                    if extra > most_extra {
                        return false;
                    }
                }
            }
        }
    }
    want.next().is_none()
}

/// Most characters of a credit set apart inside a caption.
const CAPTION_CREDIT_CHARS: usize = 80;

/// The credit a caption carries in an element of its own after its text (`<figcaption>Workers
/// at the site. <span>Photograph: Jane Doe</span></figcaption>`, `… <small>Kim Tran for
/// Capital</small>`), or as all it holds in a `<small>` or `<cite>`: who took the photo, which
/// the reader's caption does not need translated. The element is known by what it says: a
/// credit's opener, names joined by a slash, or, in `small` and `cite`, names alone.
fn caption_credits(ex: &mut Extraction, html: &Tree<'_>, units: &[Unit], out: &[bool]) {
    let mut found = Vec::new();
    for (k, u) in units.iter().enumerate() {
        let n = &ex.nodes[u.node];
        if out[k] || n.flags & IN_CAPTION == 0 || u.text.is_empty() {
            continue;
        }
        let Some(root) = html.get(ex.ids[u.node]) else {
            continue;
        };
        // The caption's last element with text, and whether text comes before it.
        let last = root
            .children()
            .filter(|c| match c.value() {
                Node::Element(_) => true,
                Node::Text(t) => !t.trim().is_empty(),
                Node::Document => false,
            })
            .last();
        let Some(last) = last else {
            continue;
        };
        let Node::Element(e) = last.value() else {
            continue;
        };
        let Some(&index) = ex.index.get(last.id() as usize) else {
            continue;
        };
        let text: String = last.texts().collect::<String>();
        let text = text.trim();
        if index == u32::MAX || text.is_empty() || text.chars().count() > CAPTION_CREDIT_CHARS {
            continue;
        }
        let child = index as usize;
        if ex.nodes[child].flags & BLOCK != 0 && child != u.node {
            continue;
        }
        let whole = comparable(text) == comparable(&u.text);
        let before = u.text.trim().strip_suffix(text).unwrap_or("").trim_end();
        // Text before the credit ends a sentence or a piece (`… Monday.`, `… Monday |`).
        let set_apart =
            before.ends_with(['.', '!', '?', '。', '！', '？', '|', '/', '—', '–', '-']);
        let lower = lowercase(text);
        let opened = opener_lowered(text, &lower, CREDIT_OPENERS).is_some();
        let slashed = text.contains('/')
            && text
                .split('/')
                .all(|p| looks_like_names(p.trim()) || p.trim().chars().all(|c| c.is_uppercase()));
        let small = matches!(e.name(), "small" | "cite");
        // `(Kim Tran for The Ledger)`: in brackets, the name for the publication is the
        // credit whatever element holds it.
        let inner = text.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
        let bracketed = inner.is_some_and(names_for_names);
        let named = small && (looks_like_names(text) || names_for_names(text)) || bracketed;
        let credit = opened || slashed || named;
        let alone = small || slashed || bracketed;
        // Alone in its element, a credit goes whole; after the caption's text, it must be
        // set apart from it or say it is one.
        let goes = if whole {
            alone
        } else {
            alone || set_apart || opened
        };
        if credit && goes {
            found.push(if whole { u.node } else { child });
        }
    }
    // A `small` or `cite` of names anywhere in a caption (below its paragraph, beside it).
    let mut ui = Vec::new();
    for i in 0..ex.nodes.len() {
        let n = &ex.nodes[i];
        if n.flags & IN_CAPTION == 0 || n.reason.is_some() || n.text == 0 {
            continue;
        }
        let Some(node) = html.get(ex.ids[i]) else {
            continue;
        };
        let Node::Element(e) = node.value() else {
            continue;
        };
        if !matches!(e.name(), "a" | "button" | "small" | "cite") {
            continue;
        }
        let text: String = node.texts().collect();
        let text = text.trim();
        // A caption's button or link to the interface ("Buy Now", "Share").
        if matches!(e.name(), "a" | "button") && is_ui_line(text) {
            ui.push(i);
            continue;
        }
        if !matches!(e.name(), "small" | "cite") {
            continue;
        }
        if text.chars().count() <= CAPTION_CREDIT_CHARS
            && (looks_like_names(text) || names_for_names(text))
            && super::inside_chosen(&ex.nodes, i)
        {
            found.push(i);
        }
    }
    for i in found {
        if ex.nodes[i].reason.is_none() {
            leave_out(ex, i, "photo credit");
        }
    }
    for i in ui {
        if ex.nodes[i].reason.is_none() {
            leave_out(ex, i, "page chrome");
        }
    }
}

/// `Kim Tran for Capital`: a photographer's name for the publication.
fn names_for_names(text: &str) -> bool {
    // The publication may be one word (`Capital`), which alone is too weak to be a name.
    let titled = |b: &str| {
        let words: Vec<&str> = b.split_whitespace().collect();
        (1..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
            })
    };
    text.split_once(" for ")
        .is_some_and(|(a, b)| looks_like_names(a) && titled(b))
}

/// A line of market data: a price and its change as a signed percentage, beside a few words
/// at most (`VN-Index 1.263,78 +5,12 (+0,41%)`, `412.50 GBp +13.30 +3.33%`). Prose writes a
/// change in words (`rose 0.4%`), and a table gives each figure a cell of its own; a list
/// item (`Rice: 3.2m tonnes (+12.5%)` may be the article's) needs the change in points as well.
fn is_market_quote(text: &str, item: bool) -> bool {
    let mut signed = 0;
    let mut signed_percent = 0;
    let mut figures = 0;
    let mut words = 0;
    for token in text.split_whitespace() {
        let t = token.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '（' | '）'));
        let unsigned = t.trim_start_matches(['+', '-', '−', '▲', '▼']);
        if unsigned.starts_with(|c: char| c.is_ascii_digit()) {
            figures += 1;
            if unsigned.len() < t.len() {
                signed += 1;
                signed_percent += u32::from(unsigned.ends_with('%'));
            }
        } else if t.chars().any(char::is_alphabetic) {
            words += 1;
        }
        if words > MARKET_QUOTE_WORDS {
            return false;
        }
    }
    // A stop inside a figure (`1.263,78`) ends nothing; one closing the line ends a sentence.
    let stopped = text.trim_end().ends_with(['.', '!', '?', '。', '！', '？']);
    signed_percent >= 1 && figures >= 2 && (!item || signed >= 2) && !stopped
}

/// Most words beside the figures of a line of market data (a company's name, a volume label).
const MARKET_QUOTE_WORDS: u32 = 10;

/// A unit of the article judged by its text.
struct Unit {
    node: usize,
    text: String,
    /// Letters and digits of its text, and those inside links.
    alnum: u32,
    link_alnum: u32,
    /// A table cell or a list item: data, where a name is a name, not a byline.
    item: bool,
    /// Its text with each short link or button (a control: `A+`, `Print`, `大`) as [`CONTROL`],
    /// if it has any.
    controls: Option<String>,
}

/// What stands for a control in [`Unit::controls`].
const CONTROL: char = '\u{1}';
/// Most letters and digits of a link or button that is a control, not a title.
const CONTROL_ALNUM: u32 = 12;

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
    standfirst_of_description(ex, html, meta);
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
    caption_credits(ex, html, &units, &out);
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
        } else if edge
            && n.flags & (IS_HEADING | HAS_H1 | IN_CAPTION) == 0
            && !units[k].item
            && is_role_line(&units[k].text, n)
        {
            // The byline's second line, at the story's edge like the names.
            found.push(units[k].node);
        }
    }
    for i in found {
        leave_out(ex, i, "byline");
    }
    for (k, u) in units.iter().enumerate() {
        if out[k] || gone(ex, u) {
            continue;
        }
        let n = &ex.nodes[u.node];
        if n.flags & (IS_HEADING | HAS_H1 | IN_CAPTION) != 0 || u.item {
            continue;
        }
        if is_follow_line(&u.text, n) {
            leave_out(ex, u.node, "share/social");
        }
    }
    form_boxes(ex, html, &units);
    furniture(ex, html, &units);
    boxes_of_chrome(ex);
    // The bios are looked for from the story's end once the furniture after it is gone (a
    // "Read next" list below the author cards hid them).
    let kept: Vec<usize> = kept.into_iter().filter(|&k| !gone(ex, &units[k])).collect();
    author_bios(ex, &units, &kept, meta);
    contact_lines(ex, &units);
    comment_sections(ex, &units);
    headings_of_lists(ex, &units);
}

/// "To contact the reporter: … at jane@…", "Have a story? Email news@…": lines that tell how
/// to reach the newsroom, with an e-mail address, before the story's first paragraph or after
/// its last (once the furniture and bios after it are gone; a long contact line is no
/// paragraph of the story).
fn contact_lines(ex: &mut Extraction, units: &[Unit]) {
    let kept: Vec<usize> = (0..units.len()).filter(|&k| !gone(ex, &units[k])).collect();
    let story = |k: usize| ex.nodes[units[k].node].text >= LONG_CHARS && !has_email(&units[k].text);
    let (Some(first), Some(last)) = (
        kept.iter().position(|&k| story(k)),
        kept.iter().rposition(|&k| story(k)),
    ) else {
        return;
    };
    let found: Vec<usize> = kept
        .iter()
        .enumerate()
        .filter(|&(at, &k)| {
            let n = &ex.nodes[units[k].node];
            (at < first || at > last)
                && n.flags & (IS_HEADING | HAS_H1 | IN_CAPTION) == 0
                && n.text <= CONTACT_LINE_CHARS
                && has_email(&units[k].text)
        })
        .map(|(_, &k)| units[k].node)
        .collect();
    for i in found {
        leave_out(ex, i, "page chrome");
    }
}

/// Whether a unit is no longer the article's: left out, below what was, or outside it. One
/// walk up to the part of the article it is in.
fn gone(ex: &Extraction, u: &Unit) -> bool {
    let n = &ex.nodes[u.node];
    if n.reason.is_some() {
        return true;
    }
    if n.place == Place::Article {
        return false;
    }
    let mut up = n.parent;
    for _ in 0..256 {
        if up == usize::MAX {
            return true;
        }
        let p = &ex.nodes[up];
        if p.reason.is_some() && p.flags & super::HOLDS_BODY == 0 {
            return true;
        }
        if p.place == Place::Article {
            return false;
        }
        up = p.parent;
    }
    true
}

/// Why a unit was left out: its own reason or that of the nearest element above it that has
/// one, up to the part of the article.
fn left_out_as(ex: &Extraction, i: usize) -> Option<&'static str> {
    let mut at = i;
    for _ in 0..256 {
        let n = &ex.nodes[at];
        if n.reason.is_some() && n.flags & super::HOLDS_BODY == 0 {
            return n.reason;
        }
        if n.place == Place::Article || n.parent == usize::MAX {
            return None;
        }
        at = n.parent;
    }
    None
}

/// Most letters of a gallery counter besides its numbers ("Ảnh 2/6", "第2张/共6张").
const COUNTER_LETTERS: usize = 6;

/// A photo counter: two numbers with a slash or "of" between them and a word at most
/// ("3 / 12", "Photo 3 of 12", "Ảnh 2/6", "第2张/共6张", "(2/6)").
fn is_counter(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 24 {
        return false;
    }
    let lower = lowercase(text);
    let (mut numbers, mut letters, mut in_number, mut slash) = (0, 0, false, false);
    for word in lower.split_whitespace() {
        slash |= word == "of";
        for c in word.chars() {
            if c.is_ascii_digit() {
                numbers += usize::from(!in_number);
                in_number = true;
                continue;
            }
            in_number = false;
            if c == '/' || c == '／' {
                slash = true;
            } else if is_alnum(c) {
                letters += 1;
            }
        }
        in_number = false;
    }
    numbers == 2 && slash && letters <= COUNTER_LETTERS + 2 * usize::from(lower.contains(" of "))
}

/// The furniture of a page left in the article's text once the lines are judged one by one:
/// gallery counters; short labels (no sentence, no heading of the article) that the page
/// repeats ("Advertisement" between paragraphs, "7 min ago · Key event" over live updates);
/// a label right before a list of links left out ("READ ALSO", "More on these topics"); and
/// the labels after the story's last sentence ("Advertisement", "Follow"). A label between two
/// lines of chrome is not enough: a subheading sits between a photo credit and a "Read more"
/// line as often as "Pinned post" sits between a toggle and a time.
fn furniture(ex: &mut Extraction, html: &Tree<'_>, units: &[Unit]) {
    // Code is short lines without sentences too ("[provider]"), and the article's.
    let code = |ex: &Extraction, i: usize| {
        html.get(ex.ids[i]).is_some_and(|x| {
            matches!(x.value(), Node::Element(e)
                if matches!(e.name(), "pre" | "code" | "kbd" | "samp"))
        })
    };
    let labels = |ex: &Extraction, left: &[bool]| -> Vec<bool> {
        (0..units.len())
            .map(|k| {
                let i = units[k].node;
                !left[k] && is_label(&units[k], &ex.nodes[i]) && !code(ex, i)
            })
            .collect()
    };
    // First what a line is by itself or by its twins, then what it is by its neighbours, with
    // the first gone (the links under a label, the lines after the story's end).
    let left: Vec<bool> = units.iter().map(|u| gone(ex, u)).collect();
    let label = labels(ex, &left);
    // Each label's text without its dates, in letters and digits: what repeats.
    let keys: Vec<Option<String>> = (0..units.len())
        .map(|k| {
            let colon = units[k].text.trim_end().ends_with([':', '：']);
            let heading = ex.nodes[units[k].node].flags & IS_HEADING != 0;
            (label[k] && !colon && !heading)
                .then(|| comparable(&without_dates(&units[k].text)))
                .filter(|key| !key.is_empty())
        })
        .collect();
    let mut counts: super::FastMap<&str, u32> = super::FastMap::default();
    for key in keys.iter().flatten() {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let mut found = Vec::new();
    for (k, u) in units.iter().enumerate() {
        let n = &ex.nodes[u.node];
        if !left[k] && !u.item && n.text <= 24 && n.flags & IN_CAPTION == 0 && is_counter(&u.text) {
            found.push((k, "gallery counter"));
        } else if keys[k]
            .as_deref()
            .is_some_and(|key| counts.get(key).is_some_and(|&n| n >= 2))
        {
            found.push((k, furniture_reason(u)));
        }
    }
    // What went is a short line with no other unit inside: the others stay as they were.
    let mut left = left;
    for (k, reason) in found.drain(..) {
        leave_out(ex, units[k].node, reason);
        left[k] = true;
    }
    let label = labels(ex, &left);
    let story_end = (0..units.len()).rposition(|k| {
        !left[k] && (ex.nodes[units[k].node].text >= LONG_CHARS || has_sentence_end(&units[k].text))
    });
    for (k, u) in units.iter().enumerate() {
        if !label[k] {
            continue;
        }
        // A short line right under an image is its caption, whatever is around it.
        if under_image(ex, units, k) {
            continue;
        }
        let over_links = units
            .get(k + 1)
            .is_some_and(|next| labels_links(ex, u, next));
        // A heading after the last sentence may head an update or a part with no text yet.
        let heading = ex.nodes[u.node].flags & IS_HEADING != 0;
        // Inside the last unit of the story is not after it: a bold subheading of a body of
        // `<br>`-separated text is a unit of its own within the body's.
        let after_end = !heading
            && story_end.is_some_and(|end| {
                let last = units[end].node;
                k > end && !(last < u.node && u.node < ex.nodes[last].end)
            });
        if over_links {
            found.push((k, "related links"));
        } else if after_end {
            found.push((k, furniture_reason(u)));
        }
    }
    for (k, reason) in found {
        leave_out(ex, units[k].node, reason);
    }
}

/// The labels of a list of other stories, in lower case: the genre's words for "read more".
const READ_MORE_LABELS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "related stories",
    "related articles",
    "more on this story",
    "xem thêm",
    "đọc thêm",
    "tin liên quan",
    "bài liên quan",
    "tin cùng chuyên mục",
    "延伸阅读",
    "相关阅读",
    "相关新闻",
    "推荐阅读",
    "相关链接",
];

/// Whether label `u` heads the link line or list `next` (left out as related links) and
/// nothing else: a subheading over an inline link heads the paragraphs after it too, so the
/// label must say what it labels (one of [`READ_MORE_LABELS`], or written in capitals, as
/// such labels are and subheadings are not), or share a box with the links, or head a list.
fn labels_links(ex: &Extraction, u: &Unit, next: &Unit) -> bool {
    if left_out_as(ex, next.node) != Some("related links") {
        return false;
    }
    // A link line with a label of its own ("Read more: ...") has no need of one above.
    if next.link_alnum * 10 < next.alnum * 9 {
        return false;
    }
    let lower = lowercase(u.text.trim().trim_end_matches([':', '：']));
    let says = READ_MORE_LABELS.contains(&lower.as_str());
    let mut letters = u.text.chars().filter(|c| c.is_alphabetic()).peekable();
    let capitals = letters.peek().is_some() && letters.all(char::is_uppercase);
    says || capitals || next.item || same_box(ex, u.node, next.node)
}

/// Whether the nearest element around both `a` and `b` (b after a) is a box inside the article,
/// not the article's own part.
fn same_box(ex: &Extraction, a: usize, b: usize) -> bool {
    let mut up = ex.nodes[a].parent;
    for _ in 0..8 {
        if up == usize::MAX {
            return false;
        }
        let n = &ex.nodes[up];
        if b < n.end {
            return n.place == Place::Outside && n.flags & super::HOLDS_BODY == 0;
        }
        up = n.parent;
    }
    false
}

/// Whether an image stands in unit `k` or between it and the unit before it.
fn under_image(ex: &Extraction, units: &[Unit], k: usize) -> bool {
    let i = units[k].node;
    if ex.nodes[i].flags & HAS_IMG != 0 {
        return true;
    }
    let Some(prev) = k.checked_sub(1).map(|j| units[j].node) else {
        return false;
    };
    // The elements after the previous unit's subtree that are not above this one.
    let from = ex.nodes[prev].end.max(prev + 1);
    (from..i).any(|j| ex.nodes[j].flags & HAS_IMG != 0 && ex.nodes[j].end <= i)
}

/// The reason a label of furniture goes: a time is a dateline, anything else chrome.
fn furniture_reason(u: &Unit) -> &'static str {
    if has_date(&u.text) {
        "dateline"
    } else {
        "page chrome"
    }
}

/// Most characters of the text beside a form in its box for the box to go with it: a heading
/// and a sentence ("Sign up to get the day's top stories ...").
const FORM_BOX_CHARS: u32 = 300;

/// A box in the article around a form or a text field, with a heading and a sentence at most
/// beside it: a newsletter sign-up, a poll, a search (no paragraph of a story holds a field);
/// and a box of one line that is no sentence and a button or a short link ("Get our daily
/// newsletter" over "Sign up"): a call to act, not a subheading, which heads paragraphs.
fn form_boxes(ex: &mut Extraction, html: &Tree<'_>, units: &[Unit]) {
    let mut found = Vec::new();
    // The elements inside the parts of the article, scripts and hidden ones skipped.
    let mut i = 0;
    while i < ex.nodes.len() {
        let end = ex.nodes[i].end.max(i + 1);
        if ex.nodes[i].place != Place::Article {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < end {
            if ex.nodes[j].flags & (SKIP | EXCLUDED) != 0 {
                j = ex.nodes[j].end.max(j + 1);
                continue;
            }
            // Only forms, fields, buttons and short links are looked at further.
            let n = &ex.nodes[j];
            let short_link = n.flags & super::IS_A != 0 && n.text > 0 && n.text <= CONTROL_ALNUM;
            if n.flags & super::IS_CONTROL != 0 || short_link {
                found.extend(box_of_control(ex, html, units, j));
            }
            j += 1;
        }
        i = end;
    }
    for i in found {
        if ex.nodes[i].reason.is_none() {
            leave_out(ex, i, "form");
        }
    }
}

/// The box that goes with element `i`, if `i` is a field or a control in a box of
/// [`form_boxes`].
fn box_of_control(ex: &Extraction, html: &Tree<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let Some(Node::Element(e)) = html.get(ex.ids[i]).map(|x| x.value()) else {
        return None;
    };
    let field = matches!(e.name(), "form" | "input" | "textarea" | "select");
    let control = match e.name() {
        "button" => true,
        "a" => ex.nodes[i].text > 0 && ex.nodes[i].text <= CONTROL_ALNUM,
        _ => false,
    };
    if !(field || control) {
        return None;
    }
    let control_end = ex.nodes[i].end.max(i + 1);
    // Up from the field to the first box with text of its own beside the field.
    let mut up = ex.nodes[i].parent;
    for _ in 0..3 {
        if up == usize::MAX {
            return None;
        }
        let n = &ex.nodes[up];
        // A box larger than any that could go is no sign-up box, nor is any box above it.
        let most = FORM_BOX_CHARS.max(META_LINE_CHARS) + LABEL_CHARS + ex.nodes[i].text;
        if n.place != Place::Outside
            || n.flags & (super::HOLDS_BODY | HAS_H1) != 0
            || n.reason.is_some()
            || n.text > most
        {
            return None;
        }
        let start = units.partition_point(|u| u.node < up);
        let end = units.partition_point(|u| u.node < n.end);
        // Four are enough to say no.
        let beside: Vec<&Unit> = units[start..end]
            .iter()
            .filter(|u| !(i..control_end).contains(&u.node) && !gone(ex, u))
            .take(4)
            .collect();
        if beside.is_empty() {
            up = n.parent;
            continue;
        }
        // A button or link is beside the lines, not inside one ("Read the <a>report</a>.");
        // a field may be inside one (a label and its checkbox).
        let inside_a_line = control
            && e.name() == "a"
            && beside
                .iter()
                .any(|u| (u.node..ex.nodes[u.node].end).contains(&i));
        let sentences = beside.iter().filter(|u| has_sentence_end(&u.text)).count();
        let chars: u32 = beside.iter().map(|u| ex.nodes[u.node].text).sum();
        // A heading, a sentence and the fine print under the field ("By signing up you agree
        // to our terms.") at most.
        let form_box = field && sentences <= 2 && chars <= FORM_BOX_CHARS && beside.len() <= 3;
        // A question with buttons to answer it ("Was this article useful? Yes No") asks the
        // reader, as a poll does: it is no sentence of the story.
        let asks = beside.len() == 1 && {
            let u = beside[0];
            let said = u.controls.as_deref().map(without_controls);
            said.as_deref()
                .unwrap_or(&u.text)
                .trim_end()
                .ends_with(['?', '？'])
        };
        // What the box holds besides its line: labels of its own, and the controls' text
        // (a row of reaction buttons is long, and says nothing).
        let mut controls = 0u32;
        let mut c = up + 1;
        while c < n.end {
            let cn = &ex.nodes[c];
            if cn.flags & super::IS_CONTROL != 0 {
                controls = controls.saturating_add(cn.text);
                c = cn.end.max(c + 1);
            } else {
                c += 1;
            }
        }
        let call_to_act = control
            && beside.len() == 1
            && (sentences == 0 || asks)
            && chars <= META_LINE_CHARS
            && n.text.saturating_sub(chars).saturating_sub(controls) <= LABEL_CHARS;
        return (!inside_a_line && (form_box || call_to_act)).then_some(up);
    }
    None
}

/// Longest author bio, in characters without whitespace.
const BIO_CHARS: u32 = 400;
/// Most characters between the author's name and the word of the trade that starts after it.
const BIO_TRADE_AFTER: usize = 48;
/// Words of a journalist's trade, one of which an author bio has (matched in lower case, Latin
/// ones as whole words: `correspondent`, `phóng viên`, `记者`).
const TRADE_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "writer",
    "columnist",
    "photographer",
    "producer",
    // What the author does, said of a name at a bio's start ("Jane Doe covers climate").
    "covers",
    "writes",
    "reports",
    "phóng viên",
    "biên tập viên",
    "nhà báo",
    "cộng tác viên",
    "bình luận viên",
    "记者",
    "编辑",
    "撰稿人",
    "专栏作家",
    "摄影师",
    "主持人",
];

/// The article's last lines that are its author's bio ("Jane Doe is a senior correspondent
/// ...", "Phóng viên Lan Chi phụ trách ...", "王明，本网资深记者 ..."): a paragraph that names
/// one of the page's authors (a person's name: two words or more, or two to four CJK
/// characters) in its first words and says what the author does, after the story's end.
fn author_bios(ex: &mut Extraction, units: &[Unit], kept: &[usize], meta: &Metadata) {
    let site = meta.site_name.as_deref().map(lowercase);
    // Each person of a joint byline ("Sarah Chen and Tom Becker").
    let authors: Vec<String> = meta
        .authors
        .iter()
        .flat_map(|a| {
            lowercase(a)
                .replace(" and ", ",")
                .replace(" và ", ",")
                .split([',', '、', ';', '&', '，', '和', ':', '：'])
                .map(|p| {
                    // The name without a label the site signs with ("记者王晓明", "By Jane Doe").
                    let p = p.trim();
                    let p = opener(p, CJK_BYLINE_LABELS).unwrap_or(p);
                    opener(p, BYLINE_OPENERS).unwrap_or(p).trim().to_string()
                })
                .collect::<Vec<_>>()
        })
        .filter(|a| {
            let cjk = a.chars().filter(|&c| is_cjk(c)).count();
            let person =
                (2..=4).contains(&cjk) || (cjk == 0 && a.split_whitespace().nth(1).is_some());
            person && a.chars().count() <= 60 && site.as_deref() != Some(a.as_str())
        })
        .collect();
    if authors.is_empty() {
        return;
    }
    // From the end, over headings and short lines with no sentence in them (a list's label,
    // "Share"), up to the first line that is no bio; two bios at most (co-authors). A short
    // last paragraph stops the walk like a long one: above the story's end, a paragraph that
    // names its reporter ("记者王晓明获悉 ...") is the story's.
    let mut bios = 0;
    for &k in kept.iter().rev() {
        let (u, n) = (&units[k], &ex.nodes[units[k].node]);
        // Headings, and links to other stories (a list below the author cards), are
        // walked over: neither is the story's text.
        if n.flags & (IS_HEADING | HAS_H1) != 0 || 2 * n.link >= n.text {
            continue;
        }
        if bios < 2 && is_bio(u, n, &authors) {
            leave_out(ex, u.node, "byline");
            bios += 1;
            continue;
        }
        if n.text >= LONG_CHARS || has_sentence_end(&u.text) {
            return;
        }
    }
}

/// Most characters of a byline's line of role and desk ("Environment correspondent, NFB").
const ROLE_LINE_CHARS: u32 = 48;

/// A byline's second line: the author's role and desk, short, no sentence, with a word of the
/// trade ("Environment correspondent, NFB Northfield", "NFB中文记者").
fn is_role_line(text: &str, n: &Info) -> bool {
    if n.text > ROLE_LINE_CHARS || n.link > 0 || has_sentence_end(text) {
        return false;
    }
    let lower = lowercase(text);
    let trade = TRADE_WORDS
        .iter()
        .filter(|w| !matches!(**w, "covers" | "writes" | "reports"))
        .any(|w| find_word(&lower, w).is_some());
    // The role is most of it: the rest is a desk's name, capitalised, or CJK.
    trade
        && text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                TRADE_WORDS.contains(&w) || LABEL_WORDS.contains(&w)
            })
}

/// Social networks, named in a line that asks the reader to follow the site on them.
const NETWORKS: &[&str] = &[
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "telegram",
    "twitter",
    "linkedin",
    "threads",
    "whatsapp",
    "zalo",
    "weibo",
    "wechat",
    "微博",
    "微信",
    "抖音",
    "快手",
    "视频号",
];

/// What a site says asking to be followed.
const FOLLOW_WORDS: &[&str] = &["follow", "theo dõi", "关注"];

/// A trail of sections, linked or not: `当前位置：首页 > 产经 > 正文`, `Home › News › World`:
/// three pieces or more between `>`, `›` or `»`, each a few words.
fn is_breadcrumb(text: &str, linked: bool) -> bool {
    // Most lines hold none of the marks: told by one search of the bytes (`>`, `/`, and the
    // last bytes of `›` and `»`, which other characters end with too).
    let marks = memchr::memchr3(b'>', 0xBA, 0xBB, text.as_bytes()).is_some()
        && text.contains(['>', '›', '»']);
    // Slashes separate a trail only between spaces and in a line of links (`News / World /
    // Asia`); `km/h` and `and/or` are prose.
    let slashes = linked && text.contains(" / ");
    if !(marks || slashes) || text.chars().count() > BREADCRUMB_CHARS {
        return false;
    }
    // A run of marks is one separator (`首页 >> 新闻 >> 健康`).
    let pieces: Vec<&str> = if marks {
        text.split(['>', '›', '»'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        text.split(" / ").map(str::trim).collect()
    };
    let short = |p: &&str| {
        !p.is_empty() && p.chars().count() <= 16 && !p.contains(['.', '。', '!', '?', '！', '？'])
    };
    // A trail of links may end in the page's own title, not linked and as long as it is.
    let links = pieces.len().saturating_sub(usize::from(linked));
    pieces.len() >= 3 && pieces[..links].iter().skip(1).all(short)
}

/// How a site opens a line addressed to its readers, selling them something (lower case).
const READER_APPEALS: &[&str] = &[
    "mời quý độc giả",
    "kính mời quý độc giả",
    "mời bạn đọc",
    "mời độc giả",
    "欢迎订阅",
    "欢迎关注",
    "敬请关注",
];

/// Longest reader appeal, in characters.
const APPEAL_CHARS: usize = 300;

/// Longest line of a label and another story's title, in characters.
const RELATED_LINE_CHARS: usize = 140;

/// A line of Chinese staff labels, each after at most a short outlet name and followed by a
/// name of a few characters (`每经记者：陈一鸣 每经编辑：何小桃`).
fn is_staff_line(bare: &str) -> bool {
    const STAFF: &[&str] = &["记者", "编辑", "责编", "校对", "审核", "摄影", "通讯员"];
    if bare.chars().count() > CJK_REPORTER_CHARS || !bare.contains(['：', ':']) {
        return false;
    }
    let mut pieces = bare
        .split([' ', '\u{3000}', '|', '｜'])
        .filter(|p| !p.is_empty())
        .peekable();
    pieces.peek().is_some()
        && pieces.all(|piece| {
            piece.split_once(['：', ':']).is_some_and(|(label, name)| {
                let outlet = STAFF.iter().find_map(|s| label.strip_suffix(s));
                outlet.is_some_and(|o| o.chars().count() <= 6 && o.chars().all(is_cjk))
                    && (1..=8).contains(&name.chars().count())
                    && !name.contains(['，', '。', '、'])
            })
        })
}

/// Longest reporter line ending in 报道, in characters.
const CJK_REPORTER_CHARS: usize = 32;

/// Longest breadcrumb line, in characters.
const BREADCRUMB_CHARS: usize = 120;

/// Longest line of links to the previous and next stories, in characters.
const PREV_NEXT_CHARS: usize = 160;

/// A comment section inside the article's container: a line that is one of
/// [`COMMENT_LABELS`] (a count or a note in brackets after it allowed: `网友评论：（只显示最新10
/// 条…）`), in the last two fifths of the article's text, and everything after it.
fn comment_sections(ex: &mut Extraction, units: &[Unit]) {
    let kept: Vec<usize> = (0..units.len()).filter(|&k| !gone(ex, &units[k])).collect();
    let total: u64 = kept
        .iter()
        .map(|&k| u64::from(ex.nodes[units[k].node].text))
        .sum();
    let mut before = 0u64;
    for (at, &k) in kept.iter().enumerate() {
        let u = &units[k];
        let n = &ex.nodes[u.node];
        if before * 5 >= total * 3
            && n.text <= LABEL_CHARS * 2
            && !u.item
            && is_comment_label(&u.text)
        {
            let rest: Vec<usize> = kept[at..].iter().map(|&k| units[k].node).collect();
            for i in rest {
                leave_out(ex, i, "comments");
            }
            return;
        }
        before += u64::from(n.text);
    }
}

/// `网友评论`, `Comments (12)`, `Bình luận:`: a comment section's label and nothing else.
fn is_comment_label(text: &str) -> bool {
    let lower = lowercase(text.trim());
    // The label, then a colon, a count or a bracketed note at most.
    let head = lower
        .split(['：', ':', '(', '（', '['])
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    COMMENT_LABELS.contains(&head.trim())
}

/// Most characters of a line that tells how to reach the newsroom or the reporter.
const CONTACT_LINE_CHARS: u32 = 240;

/// Whether a text holds an e-mail address: a word, `@`, and a domain with a dot.
fn has_email(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let before = text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        let domain: String = text[at + 1..]
            .chars()
            .take_while(|&c| c.is_alphanumeric() || matches!(c, '.' | '-'))
            .collect();
        let domain = domain.trim_end_matches('.');
        before && domain.contains('.') && !domain.starts_with('.')
    })
}

/// Most characters of a follow-us line.
const FOLLOW_LINE_CHARS: u32 = 200;

/// "Follow NFB on Facebook, X and Instagram", "Mời quý vị theo dõi … trên Facebook, YouTube và
/// TikTok", "欢迎关注…的微信公众号、微博": a call to follow and two networks or more.
fn is_follow_line(text: &str, n: &Info) -> bool {
    // Told by a call to follow before anything is lowered: most lines have none. The
    // searchers are made once; making one a line was most of the cost.
    static CALLS: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        LazyLock::new(|| ["ollow", "heo dõi", "关注"].map(memchr::memmem::Finder::new));
    if n.text > FOLLOW_LINE_CHARS || !CALLS.iter().any(|f| f.find(text.as_bytes()).is_some()) {
        return false;
    }
    let lower = lowercase(text);
    FOLLOW_WORDS.iter().any(|w| find_word(&lower, w).is_some())
        && NETWORKS
            .iter()
            .filter(|w| find_word(&lower, w).is_some())
            .nth(1)
            .is_some()
}

/// Whether a unit is an author's bio: a paragraph of a few sentences that names one of
/// `authors` in its first words with a word of the trade next to the name.
fn is_bio(u: &Unit, n: &Info, authors: &[String]) -> bool {
    if n.text > BIO_CHARS || n.flags & IN_CAPTION != 0 || u.item || !has_sentence_end(&u.text) {
        return false;
    }
    let lower = lowercase(&u.text);
    // The name in the first words, and the trade next to it: before it ("Phóng viên Lan
    // Chi ...") or a few words after it ("... is a senior correspondent", "，本网资深记者").
    authors.iter().any(|a| {
        let Some(at) = lower.find(a.as_str()) else {
            return false;
        };
        if lower[..at].chars().count() > 16 {
            return false;
        }
        let (before, after) = lower.split_at(at + a.len());
        TRADE_WORDS.iter().any(|w| {
            find_word(before, w).is_some()
                || find_word(after, w)
                    .is_some_and(|b| after[..b].chars().count() <= BIO_TRADE_AFTER)
        })
    })
}

/// Where `word` first stands in `text` as a word of its own: a Latin word not inside a longer
/// one ("reporter", not "reporters"); CJK words anywhere.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let latin = word.chars().all(|c| !is_cjk(c));
    let mut from = 0;
    while let Some(at) = text[from..].find(word).map(|b| from + b) {
        let end = at + word.len();
        let edge_before = !text[..at].chars().next_back().is_some_and(is_alnum);
        let edge_after = !text[end..].chars().next().is_some_and(is_alnum);
        if !latin || (edge_before && edge_after) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Whether a text has a sentence's end in it (a period after more than an initial, `!`, `?`,
/// `。`).
fn has_sentence_end(text: &str) -> bool {
    text.contains(['!', '?', '。', '！', '？', '；'])
        || (text.contains('.') && !initials_only(text))
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
        let tokens = tokens(&Looked::of(&e));
        let prefix = |words: &[(&str, &'static str)]| {
            tokens.iter().find_map(|t| {
                words
                    .iter()
                    .find(|(w, _)| t.starts_with(w))
                    .map(|(_, r)| *r)
            })
        };
        // A line: no paragraph inside (its own loose text may be long enough to score), and
        // no sentence in it.
        let line = n.text <= META_LINE_CHARS && (n.score == 0.0 || is_line(ex, html, i));
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

/// Most characters of a lone teaser card's summary: a sentence or two, not a paragraph run.
const SUMMARY_CHARS: u32 = 300;

/// Whether element `i` is one line of loose text: no block inside it (looked at up to a
/// bound) and no sentence's end in its text.
fn is_line(ex: &Extraction, html: &Tree<'_>, i: usize) -> bool {
    let end = ex.nodes[i].end.max(i + 1);
    if end - i > 64 || ex.nodes[i + 1..end].iter().any(|n| n.flags & BLOCK != 0) {
        return false;
    }
    let Some(node) = html.get(ex.ids[i]) else {
        return false;
    };
    let mut sentence = false;
    super::depth_first(node, |step| {
        if let super::Step::Open(x) = step {
            if let Node::Text(t) = x.value() {
                sentence |= has_sentence_end(t.trim_end());
            }
        }
        !sentence
    });
    !sentence
}

/// Teaser cards inside the article: an item whose title is a link (a linked heading, or a
/// link line) with at most a summary under it, repeated beside items of its own shape, or a
/// card alone between the paragraphs (a "rich link" to one other story) whose title is its
/// first line, with at most two short unlinked lines under it and nothing else.
fn teasers(ex: &mut Extraction, units: &[Unit], out: &[bool]) {
    // A teaser's title has words: a link of a number or a mark alone (a footnote's `1`
    // back to its anchor, `↑`) titles nothing.
    let candidate = |k: usize, u: &Unit| {
        out[k]
            && ex.nodes[u.node].reason == Some("related links")
            && u.text
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(1)
                .is_some()
    };
    // The elements whose children's shapes are asked for below: those holding the three
    // elements above each link line. Marked first, so that only their children are counted.
    let mut asked = vec![false; ex.nodes.len()];
    let mut any = false;
    for (k, u) in units.iter().enumerate() {
        if !candidate(k, u) {
            continue;
        }
        let mut up = ex.nodes[u.node].parent;
        for _ in 0..3 {
            if up == usize::MAX {
                break;
            }
            let holder = ex.nodes[up].parent;
            if holder != usize::MAX {
                asked[holder] = true;
                any = true;
            }
            up = holder;
        }
    }
    if !any {
        return;
    }
    // How many children of each shape those elements have: counted once, so that a page of a
    // hundred thousand link lines in one container costs one pass, not a pass per line.
    let mut shapes: super::FastMap<(usize, u32), u32> = super::FastMap::default();
    for n in &ex.nodes {
        if n.parent != usize::MAX && n.shape != 0 && asked[n.parent] {
            *shapes.entry((n.parent, n.shape)).or_default() += 1;
        }
    }
    let mut found = Vec::new();
    for (k, u) in units.iter().enumerate() {
        if !candidate(k, u) {
            continue;
        }
        let n = &ex.nodes[u.node];
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
            if twin || lone_card(ex, units, out, k, up) {
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

/// Whether `item`, an element around the title unit `units[k]` (left out as a link line), is a
/// teaser card on its own: the title is the card's first unit (a kicker aside) and what follows
/// it in the card is one or two short lines with no links, no heading and no caption of their own, one of
/// them at most a sentence (the summary).
/// An article's paragraph does not sit in one box under a line that is all links.
fn lone_card(ex: &Extraction, units: &[Unit], out: &[bool], k: usize, item: usize) -> bool {
    let n = &ex.nodes[item];
    if n.flags & (IS_P | IN_CAPTION | HAS_H1) != 0 || n.flags & BLOCK == 0 {
        return false;
    }
    // A title that ends in a colon labels what follows ("Read more:"), it is no card's title.
    let title = units[k].text.trim_end();
    if title.ends_with([':', '：']) {
        return false;
    }
    // The units inside the card, in document order (units are sorted by node).
    let start = units.partition_point(|u| u.node < item);
    let end = units.partition_point(|u| u.node < n.end);
    if start > k || end <= k + 1 || end - k > 3 {
        return false;
    }
    // Above the title, a kicker at most: the section's or the topic's name ("Climate").
    let mut kicker = 0u32;
    if start + 1 == k {
        let s = &ex.nodes[units[start].node];
        if out[start] || s.link > 0 || !is_label(&units[start], s) {
            return false;
        }
        kicker = s.text;
    } else if start != k {
        return false;
    }
    // One of them at most a sentence (the summary); the other a kicker or a date line.
    let (mut summary, mut sentences) = (0u32, 0);
    for (j, u) in units.iter().enumerate().take(end).skip(k + 1) {
        let s = &ex.nodes[u.node];
        if out[j] || s.link > 0 || s.flags & (IS_HEADING | IN_CAPTION) != 0 || u.item {
            return false;
        }
        sentences += usize::from(has_sentence_end(&u.text));
        summary = summary.saturating_add(s.text);
    }
    if sentences > 1 {
        return false;
    }
    // Nothing in the card but its title, summary and a label (an image has no text; a kicker
    // beside an image is no line of its own).
    let title_chars = ex.nodes[units[k].node].text;
    let rest = n.text.saturating_sub(title_chars.saturating_add(summary));
    summary <= SUMMARY_CHARS && rest <= kicker.max(LABEL_CHARS)
}

/// Whether a unit is a short label: a few words with no sentence in them, no heading of the
/// article's, no caption, table cell or list item (data, where short lines are the rule).
fn is_label(u: &Unit, n: &Info) -> bool {
    n.text <= LABEL_CHARS
        && n.flags & (IS_H1 | HAS_H1 | IN_CAPTION) == 0
        && !u.item
        // Dates have their dots ("10.30", "2.5.2024"): a sentence is looked for without them.
        && !(has_sentence_end(&u.text) && has_sentence_end(&without_dates(&u.text)))
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
    // "Related video: …", "Xem thêm: …": another story's title under a label that says so,
    // linked or not (a player's title is a button).
    if !in_caption && text.chars().count() <= RELATED_LINE_CHARS {
        if let Some((label, _)) = lower.split_once([':', '：']) {
            let label = label.trim();
            let related_what = label
                .strip_prefix("related ")
                .is_some_and(|what| what.split_whitespace().count() <= 2);
            if related_what || READ_MORE_LABELS.contains(&label) {
                return Some("related links");
            }
        }
    }
    let bare = strip_brackets(text);
    // Lower case leaves brackets and spaces as they are: the bare line's lower case is cut
    // from the line's, not made again.
    let bare_lower = strip_brackets(&lower);
    if COPYRIGHT_OPENERS.iter().any(|o| bare_lower.starts_with(o))
        || lower.contains("all rights reserved")
        || (text.contains(['转', '授', '版']) && REPRINT_NOTICES.iter().any(|p| lower.contains(p)))
        || (text.contains('代') && is_disclaimer(text))
    {
        return Some("copyright");
    }
    if opener_lowered(bare, bare_lower, PREV_NEXT_OPENERS).is_some()
        && text.chars().count() <= PREV_NEXT_CHARS
    {
        return Some("related links");
    }
    if is_breadcrumb(text, u.link_alnum > 0) {
        return Some("navigation");
    }
    // A web address alone, or after a number or a label: a print view's "Source URL:" and
    // its list of links, "本文网址：…". Nothing in it is to be translated.
    if is_address_line(bare) {
        return Some("page chrome");
    }
    // "Mời quý độc giả đón đọc …", "欢迎订阅 …": the site addressing its readers to sell them
    // an issue, an app or a subscription, a sentence long as it is.
    if opener_lowered(bare, bare_lower, READER_APPEALS).is_some()
        && text.chars().count() <= APPEAL_CHARS
    {
        return Some("advert");
    }
    // A sentence of many words is the article's: no byline, date or credit is that long.
    if crate::text::words(text).nth(MANY_WORDS).is_some()
        || text.chars().filter(|&c| is_cjk(c)).nth(MANY_CJK).is_some()
    {
        return None;
    }
    if is_comment_count(bare_lower) {
        return Some("comments");
    }
    if is_view_count(bare_lower) {
        return Some("page chrome");
    }
    if is_market_quote(text, u.item) {
        return Some("page chrome");
    }
    if let Some(rest) = opener_lowered(bare, bare_lower, CREDIT_OPENERS) {
        if short_rest(rest, names) {
            return Some("photo credit");
        }
    }
    // "新华社记者 林善传 摄", "西山区融媒体中心供图": a CJK credit closes with 摄 or 供图.
    if let Some(rest) = bare
        .strip_suffix('摄')
        .or_else(|| bare.strip_suffix("供图"))
    {
        if rest.chars().any(is_cjk) && short_rest(rest, names) {
            return Some("photo credit");
        }
    }
    if in_caption {
        return None;
    }
    // The line without its controls (font size, print, save) and their labels: the date line
    // of a page's tool row is judged by what it says, and a row of tools alone says nothing.
    let tooled = u.controls.as_deref().map(without_controls);
    if tooled.as_deref().is_some_and(|t| !t.chars().any(is_alnum)) {
        return Some("share/social");
    }
    let text = tooled.as_deref().unwrap_or(text);
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
                || is_view_count(&lower)
                || (has_date(p) && short_rest(p, names))
                || (!names.is_empty() && matches_names(&lower, names))
                || opener_lowered(p, &lower, BYLINE_OPENERS)
                    .is_some_and(|rest| short_rest(rest, names))
        };
        if pieces.len() >= 2 && pieces.iter().any(|p| has_date(p)) && pieces.iter().all(meta_piece)
        {
            return Some("dateline");
        }
    }
    if let Some(rest) = opener_lowered(bare, bare_lower, BYLINE_OPENERS)
        .or_else(|| opener_lowered(bare, bare_lower, CJK_BYLINE_LABELS))
    {
        if short_rest(rest, names) {
            return Some("byline");
        }
    }
    // "每经记者：陈一鸣 每经编辑：何小桃", "新京报记者：王晨　校对：李立": staff labels after the
    // outlet's short name, each with a name, and nothing else on the line.
    if is_staff_line(bare) {
        return Some("byline");
    }
    // "本报记者 张三 北京报道", "21世纪经济报道记者 吴晓晨 上海报道": the reporter and where
    // they filed from, after the outlet's name; a sentence has a mark of its own.
    if let Some(head) = bare.strip_suffix("报道") {
        if head.contains("记者")
            && bare.chars().count() <= CJK_REPORTER_CHARS
            && !has_sentence_end(bare)
            && !bare.contains(['，', '、', '；'])
        {
            return Some("byline");
        }
    }
    // The page's own authors, alone on a line.
    if !names.is_empty() && matches_names(&lower, names) {
        return Some("byline");
    }
    if is_ui_line(text) {
        return Some("page chrome");
    }
    None
}

/// Longest line of the page's own interface judged by its words, in characters.
const UI_LINE_CHARS: usize = 80;

/// Words of a page's interface, one of which an interface line has: adverts, sharing,
/// listening, reading on, signing up (lower case; Latin ones whole words).
const UI_WORDS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "promoted",
    "share",
    "print",
    "email",
    "listen",
    "scroll",
    "continue",
    "continues",
    "reading",
    "read",
    "subscribe",
    "sign",
    "download",
    // A photo's reprint button ("Buy Now").
    "buy",
    "follow",
    // "End of article", "end of story": a site's mark after the body.
    "end",
    "save",
    "bookmark",
    "copy",
    "comment",
    "comments",
    // A player's fallback: "This video can not be played", "Please enable JavaScript".
    "javascript",
    "browser",
    "enable",
    "play",
    "played",
    "loading",
];
/// Words that go with them and say nothing of a story: "this", "article", "below", "min".
const UI_FILLER: &[&str] = &[
    "this", "the", "to", "with", "below", "above", "after", "content", "article", "story", "min",
    "mins", "minute", "minutes", "more", "now", "our", "on", "in", "of", "for", "up", "your",
    "here", "full", "and", "a", "an", "us", "it", "free", "audio", "page", "link", "app",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "zalo",
    // Vietnamese syllables that go with the phrases below
    "bài", "viết", "nội", "dung", "phút", "này", "để", "và", "của", "các", "tin", "trang", "ngay",
    "tại", "đây", "xuống", "qua", "tiếp", "tục", "video", "you", "need", "can", "not", "cannot",
    "be", "is", "does", "please", "sorry", "support",
];
/// Phrases of a page's interface in Vietnamese and Chinese (matched as substrings, lower case).
const UI_PHRASES: &[&str] = &[
    "quảng cáo",
    "tài trợ",
    "chia sẻ",
    "nghe bài",
    "đọc",
    "xem tiếp",
    "xem thêm",
    "theo dõi",
    "đăng ký",
    "tải ứng dụng",
    "bình luận",
    "sao chép",
    "liên kết",
    "in bài",
    "gửi bài",
    "lưu bài",
    "cuộn",
    "liên quan",
    "广告",
    "推广",
    "赞助",
    "分享到",
    "分享",
    "打印",
    "收藏",
    "阅读时长",
    "阅读全文",
    "继续阅读",
    "展开全文",
    "阅读",
    "扫一扫",
    "朋友圈",
    "微信",
    "微博",
    "关注",
    "订阅",
    "下载",
    "客户端",
    "点击",
    "查看",
    "听新闻",
    "评论",
    "完",
];
/// Chinese words that go with them: "约3分钟", "更多", "全文", "本文".
const UI_CJK_FILLER: &[&str] = &["约", "分钟", "更多", "全文", "本文", "文章", "我们", "官方"];

/// The syllables of the Vietnamese [`UI_PHRASES`] and the characters of the Chinese ones and
/// of [`UI_CJK_FILLER`]: what an interface line's words are made of.
static UI_PIECES: LazyLock<(Vec<String>, Vec<char>)> = LazyLock::new(|| {
    let mut syllables = Vec::new();
    let mut cjk = Vec::new();
    for piece in UI_PHRASES.iter().chain(UI_CJK_FILLER) {
        if piece.chars().any(is_cjk) {
            cjk.extend(piece.chars().filter(|&c| is_cjk(c)));
        } else {
            syllables.extend(piece.split_whitespace().map(str::to_string));
        }
    }
    cjk.sort_unstable();
    cjk.dedup();
    (syllables, cjk)
});

/// Whether a short line is the page's interface and nothing else: "Story continues below
/// advertisement", "Listen to this article", "4 min read", "Chia sẻ bài viết", "Đọc 5 phút",
/// "阅读时长约3分钟", "扫一扫，分享到朋友圈", "（完）". Every word is one of the interface's
/// or goes with them, and one at least is ([`UI_WORDS`], [`UI_PHRASES`]); a subheading that
/// shares a word with them ("Share prices fall") has words of its own.
fn is_ui_line(text: &str) -> bool {
    // One stop at its end is allowed ("… enable JavaScript in your browser."): every word must
    // be the interface's all the same.
    let bare = strip_brackets(text)
        .trim_end()
        .trim_end_matches(['.', '。']);
    // Four bytes a character at the most: most lines are told by their length alone.
    if bare.len() > 4 * UI_LINE_CHARS
        || bare.chars().count() > UI_LINE_CHARS
        || has_sentence_end(bare)
    {
        return false;
    }
    // Most lines have a word no interface line has: told word by word, before any phrase is
    // looked for.
    let (syllables, cjk) = &*UI_PIECES;
    for word in bare.split(|c: char| !is_alnum(c)).filter(|w| !w.is_empty()) {
        if word.chars().any(is_cjk) {
            if word
                .chars()
                .any(|c| is_cjk(c) && cjk.binary_search(&c).is_err())
            {
                return false;
            }
            continue;
        }
        let word = lowercase(word);
        let known = word.chars().all(|c| c.is_ascii_digit())
            || UI_WORDS.contains(&word.as_str())
            || UI_FILLER.contains(&word.as_str())
            || syllables.contains(&word);
        if !known {
            return false;
        }
    }
    let mut rest = lowercase(bare);
    let mut strong = false;
    for phrase in UI_PHRASES {
        if rest.contains(phrase) {
            strong = true;
            rest = rest.replace(phrase, " ");
        }
    }
    for filler in UI_CJK_FILLER {
        if rest.contains(filler) {
            rest = rest.replace(filler, " ");
        }
    }
    for word in rest.split(|c: char| !is_alnum(c)).filter(|w| !w.is_empty()) {
        if UI_WORDS.contains(&word) {
            strong = true;
        } else if !(word.chars().all(|c| c.is_ascii_digit()) || UI_FILLER.contains(&word)) {
            return false;
        }
    }
    strong
}

/// A line with its controls ([`CONTROL`]) taken out, and the label of each run of them: the
/// few words before a colon that only controls follow ("Cỡ chữ: A+ A-", "【字号：大 中 小】").
fn without_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.find([':', '：']) {
        let colon = rest[c..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[c + colon..];
        if !after.trim_start().starts_with(CONTROL) {
            out.push_str(&rest[..c + colon]);
            rest = after;
            continue;
        }
        // The label: back from the colon over at most three words of letters.
        let before = &rest[..c];
        let (mut start, mut words, mut chars) = (c, 0, 0);
        for (b, ch) in before.char_indices().rev() {
            chars += 1;
            if chars > 24 {
                break;
            }
            if ch.is_alphabetic() {
                start = b;
            } else if ch == ' ' && start < c {
                words += 1;
                if words == 3 {
                    break;
                }
            } else if ch != ' ' {
                break;
            }
        }
        out.push_str(&rest[..start]);
        rest = after;
    }
    out.push_str(rest);
    out.replace(CONTROL, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
    opener_lowered(text, &head, openers)
}

/// [`opener`] for a line whose lower case (or at least its first words') is at hand already.
fn opener_lowered<'t>(text: &'t str, head: &str, openers: &[&str]) -> Option<&'t str> {
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

/// `(…)`, `【…】`, `[…]` around a whole line are taken off, and a dash before it (`— With
/// assistance from …`).
fn strip_brackets(text: &str) -> &str {
    let t = text.trim();
    let t = t.trim_start_matches(['—', '–']).trim_start();
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
        // A number, whatever its separators (`1.204`, `2,157`): a count beside the date.
        if piece
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '.' | ','))
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
    count_words(bare, &[]).is_some_and(|words| COMMENT_WORDS.contains(&words.trim()))
}

/// The words of a short line that has a number, with the digits, brackets and `also` taken
/// out: what a counter says it counts (`142 comments` -> ` comments`). `None` for a line too
/// long to be a counter or without a digit, told before anything is copied.
fn count_words(bare: &str, also: &[char]) -> Option<String> {
    if bare.len() > 80 || !bare.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(
        bare.chars()
            .filter(|c| {
                !c.is_ascii_digit()
                    && !matches!(c, '(' | ')' | '（' | '）' | '[' | ']')
                    && !also.contains(c)
            })
            .collect(),
    )
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
                let item = html.get(ex.ids[j]).is_some_and(|x| match x.value() {
                    Node::Element(e) if matches!(e.name(), "li" | "dt" | "dd") => true,
                    Node::Element(e) if matches!(e.name(), "td" | "th") => !layout_cell(x),
                    _ => false,
                });
                let mut unit = Unit {
                    node: j,
                    text: String::new(),
                    alnum: 0,
                    link_alnum: 0,
                    item,
                    controls: None,
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

/// Whether a table cell is the page's layout, not data: the only cell of its row (old
/// portals lay out the headline, the byline and the source each in a row of its own).
fn layout_cell(cell: NodeRef<'_>) -> bool {
    let Some(row) = cell.parent() else {
        return false;
    };
    row.children()
        .filter(|c| c.element().is_some_and(|e| matches!(e.name(), "td" | "th")))
        .take(2)
        .count()
        == 1
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
    // Controls open (links and buttons, nested), where the outermost one's text starts in
    // `out` and its letters so far, and the spans of the short ones.
    let mut depth = 0u32;
    let mut control = (0usize, 0u32);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // Whether the walk goes into an element: not into scripts or what was left out. Asked
    // again when it closes, since every element is closed whether it was gone into or not.
    let opened = |node: NodeRef<'_>| {
        let k = ex
            .index
            .get(node.id() as usize)
            .copied()
            .unwrap_or(u32::MAX);
        k == u32::MAX || k as usize == i || ex.nodes[k as usize].flags & (SKIP | EXCLUDED) == 0
    };
    // Asked of an element gone into (opened), on the way in and out.
    let is_control =
        |node: NodeRef<'_>, name: &str| matches!(name, "a" | "button") && node.id() != ex.ids[i];
    super::depth_first(root, |step| match step {
        super::Step::Open(node) => match node.value() {
            Node::Text(t) => {
                out.push_str(t);
                let n = alnum_count(t);
                alnum += n;
                if links > 0 {
                    link_alnum += n;
                }
                if depth > 0 {
                    control.1 += n;
                }
                false
            }
            Node::Element(e) => {
                let open = opened(node);
                if open && e.name() == "a" {
                    links += 1;
                }
                if open && is_control(node, e.name()) {
                    if depth == 0 {
                        control = (out.len(), 0);
                    }
                    depth += 1;
                }
                open
            }
            _ => false,
        },
        super::Step::Close(node) => {
            if let Node::Element(e) = node.value() {
                match e.name() {
                    "br" => out.push(' '),
                    "a" if opened(node) => links = links.saturating_sub(1),
                    _ => {}
                }
                if depth > 0 && is_control(node, e.name()) && opened(node) {
                    depth -= 1;
                    if depth == 0 && control.1 <= CONTROL_ALNUM {
                        spans.push((control.0, out.len()));
                    }
                }
            }
            false
        }
    });
    if !spans.is_empty() {
        let mut with = String::with_capacity(out.len());
        let mut at = 0;
        for (start, end) in spans {
            with.push_str(&out[at..start]);
            with.push(' ');
            with.push(CONTROL);
            with.push(' ');
            at = end;
        }
        with.push_str(&out[at..]);
        unit.controls = Some(crate::text::collapse_whitespace(&with));
    }
    unit.text = crate::text::collapse_whitespace(&out);
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
            && inside_article(&ex.nodes, i)
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
pub(super) fn inside_article(nodes: &[Info], i: usize) -> bool {
    let mut up = nodes[i].parent;
    for _ in 0..256 {
        if up == usize::MAX {
            return false;
        }
        if nodes[up].place == Place::Article {
            return true;
        }
        up = nodes[up].parent;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::document::{html, Cleaner};

    /// The quick lower case is `str::to_lowercase`: for every character (the caseless CJK
    /// blocks have no lower case), among others and in the texts whose words decide it (Σ).
    #[test]
    fn lowercase_is_str_to_lowercase() {
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            if super::is_caseless_cjk(c) {
                assert_eq!(c.to_lowercase().to_string(), c.to_string(), "{c:?}");
            }
            let text = format!("Ab{c}Ă");
            assert_eq!(super::lowercase(&text), text.to_lowercase(), "{c:?}");
        }
        for text in ["ΟΔΟΣ ΟΔΟΣ", "Hà NỘI İstanbul", "北京ＡＢＣ，ǅ", "ẞ Ω"] {
            assert_eq!(super::lowercase(text), text.to_lowercase(), "{text}");
        }
    }

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

    /// A paragraph of a Chinese story.
    const ZH_PARAGRAPH: &str =
        "县应急管理局在凌晨两点发出警报，全县居民在三分钟内陆续走出家门，前往附近的避难场所集合，\
        志愿者在路口引导人群，医护人员在场所门口待命，整个过程持续了大约四十分钟。";
    const EN_BODY: &str =
        "<p>The river rose by two metres overnight, flooding the lower town, and the \
        council opened three schools as shelters for the families who had to leave.</p>\
        <p>By the end of the day, the water had begun to fall, officials said, though more rain \
        is forecast for the weekend across the whole of the province.</p>";

    #[test]
    fn the_columns_beside_a_table_laid_body_and_a_heading_named_header() {
        let page = format!(
            "<html><body><table><tr><td colspan=3><b>UBND HUYỆN MẪU</b></td></tr><tr>\
             <td><a href=/a>Trang chủ</a> <a href=/b>Tin tức</a></td>\
             <td><table><tr><td><b>Floods close the lower town</b></td></tr><tr><td>{EN_BODY}\
             <h2 class=section-header>What comes next</h2>{EN_BODY}</td></tr></table></td>\
             <td>Visitors online: 14 guests</td></tr></table></body></html>"
        );
        let (kept, _) = read(&page);
        assert!(kept.contains("What comes next"), "{kept}");
        assert!(kept.contains("Floods close the lower town"), "{kept}");
        assert!(!kept.contains("Visitors online"), "{kept}");
        assert!(!kept.contains("UBND"), "{kept}");
    }

    #[test]
    fn caption_credits_contact_lines_and_sign_up_fine_print_go() {
        let page = format!(
            "<html><body><article><h1>Floods close the lower town</h1>\
             <figure><img src=a.jpg><figcaption><span>Boats on the main street on Monday.</span> \
             <span>Photograph: Ann Lee</span></figcaption></figure>\
             <figure><img src=b.jpg><figcaption><p>The school used as a shelter.</p>\
             <small>Tom Hart for Daily</small></figcaption></figure>{EN_BODY}\
             <div><p><b>The Morning Brief</b></p><p>The day's top stories in your inbox at 7am.</p>\
             <form><input type=email><button>Sign up</button></form>\
             <p><small>By signing up you agree to our terms.</small></p></div>{EN_BODY}\
             <p>— With assistance from Mark Potter</p>\
             <p>To contact the reporter on this story: Jane Doe in Hanoi at jdoe@daily.example.com</p>\
             </article></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(
            kept.contains("Boats on the main street on Monday."),
            "{kept}"
        );
        assert!(kept.contains("The school used as a shelter."), "{kept}");
        for gone in [
            "Photograph: Ann Lee",
            "Tom Hart for Daily",
            "The Morning Brief",
            "terms",
            "With assistance",
            "jdoe@",
        ] {
            assert!(!kept.contains(gone), "{gone} kept: {kept}");
        }
        assert_eq!(
            reason_of(&dropped, "Photograph: Ann Lee"),
            Some("photo credit")
        );
        assert_eq!(
            reason_of(&dropped, "To contact the reporter"),
            Some("page chrome")
        );
    }

    #[test]
    fn slashed_trails_related_labels_end_marks_appeals_and_bracketed_credits_go() {
        let page = format!(
            "<html><body><article>\
             <div><a href=/>News</a> / <a href=/b>Business News</a> / <a href=/c>India Business</a> / \
             <span>Floods close the lower town and the schools open as shelters</span></div>\
             <h1>Floods close the lower town and the schools open as shelters</h1>\
             <figure><img src=a.jpg><figcaption><span>(Kim Tran for The Ledger)</span></figcaption></figure>\
             {EN_BODY}<div><span>Related video:</span> <span>Why do rivers flood?</span><button>Play</button></div>\
             {EN_BODY}<div class=donation-appeal><h3>Support our journalism</h3>\
             <p>Our mission is to report without fear or favour, and every reader helps us do it.</p></div>\
             <p>Sign-off of the story, with the km/h and and/or of prose kept: winds of 90 km/h and/or rain.</p>\
             <div>end of article</div></article></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(kept.contains("Floods close the lower town"), "{kept}");
        assert!(kept.contains("winds of 90 km/h and/or rain"), "{kept}");
        for gone in [
            "Business News",
            "Kim Tran",
            "Related video",
            "Support our journalism",
            "every reader helps",
            "end of article",
        ] {
            assert!(!kept.contains(gone), "{gone} kept: {kept}");
        }
        assert_eq!(reason_of(&dropped, "India Business"), Some("navigation"));
        assert_eq!(reason_of(&dropped, "Kim Tran"), Some("photo credit"));
        assert_eq!(reason_of(&dropped, "Related video"), Some("related links"));
        let zh = format!("<p>{ZH_PARAGRAPH}</p>");
        let page = format!(
            "<html><body><div><h1>凌晨两点的警报</h1><p>21世纪经济报道记者 吴晓晨 北京报道</p>{zh}\
             <p>记者在现场看到，人群秩序井然，北京报道</p>{zh}{zh}</div></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert_eq!(reason_of(&dropped, "吴晓晨"), Some("byline"));
        assert!(super::is_staff_line("每经记者：陈一鸣 每经编辑：何小桃"));
        assert!(super::is_staff_line("校对：施鋆"));
        assert!(!super::is_staff_line(
            "记者：今年订单增长了两成，企业信心回升"
        ));
        // A sentence with marks of its own is the story's, whatever it ends in.
        assert!(kept.contains("人群秩序井然"), "{kept}");
        let page = format!(
            "<html><body><div><p>您当前的位置 ：中青在线 >> 新闻 >> 健康</p><h1>凌晨两点的警报</h1>{zh}{zh}{zh}\
             <p>欢迎订阅本报电子版，每天清晨把当天的报纸送到您的手机上，全年只需九十九元。</p></div></body></html>"
        );
        let (_, dropped) = read(&page);
        assert_eq!(reason_of(&dropped, "中青在线"), Some("navigation"));
        assert_eq!(reason_of(&dropped, "欢迎订阅"), Some("advert"));
        let vi = "<p>Cơn mưa lớn kéo dài từ chiều đến tối khiến nhiều tuyến phố ở trung tâm thành phố ngập sâu, \
                  giao thông ùn tắc kéo dài, nhiều người phải dắt xe qua những đoạn nước ngập đến đầu gối.</p>";
        let page = format!(
            "<html><body><article><h1>Mưa lớn gây ngập nhiều tuyến phố</h1>{vi}{vi}{vi}\
             <p>Mời quý độc giả đón đọc báo in số ra ngày 12/8 với nhiều bài viết chuyên sâu về đô thị.</p>\
             </article></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert_eq!(reason_of(&dropped, "Mời quý độc giả"), Some("advert"));
        assert!(kept.contains("Cơn mưa lớn"), "{kept}");
    }

    #[test]
    fn caption_buttons_ai_summaries_most_read_lists_likes_and_reprint_requests_go() {
        let page = format!(
            "<html><body><article><h1>Floods close the lower town</h1>\
             <div class=ai-summary><div>Summary by AI</div><ul><li>The river rose two metres.</li>\
             <li>Water levels peaked at noon.</li></ul></div>\
             <figure><img src=a.jpg><figcaption><p>Boats on the main street on Monday.</p>\
             <span>Ann Lee/Herald</span> <a class=buy-now href=/buy>Buy Now</a></figcaption></figure>\
             {EN_BODY}{EN_BODY}<p>With files from The Morning Desk</p></article>\
             <div class=m-hot><h2>Most read</h2><ol><li>Prices rise again in the capital region</li>\
             <li>New bridge opens to traffic after ten years</li></ol></div></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(
            kept.contains("Boats on the main street on Monday."),
            "{kept}"
        );
        for gone in [
            "Buy Now",
            "Summary by AI",
            "peaked at noon",
            "With files from",
            "Prices rise",
        ] {
            assert!(
                !kept.to_lowercase().contains(&gone.to_lowercase()),
                "{gone} kept: {kept}"
            );
        }
        assert_eq!(reason_of(&dropped, "Buy Now"), Some("page chrome"));
        let zh = format!("<p>{ZH_PARAGRAPH}</p>");
        let page = format!(
            "<html><body><div><h1>凌晨两点的警报</h1>{zh}<p>西山区融媒体中心供图</p>{zh}{zh}\
             <p>赞 2368</p><p>如需获得授权请联系本报版权部。</p></div></body></html>"
        );
        let (_, dropped) = read(&page);
        assert_eq!(reason_of(&dropped, "供图"), Some("photo credit"));
        assert!(reason_of(&dropped, "赞 2368").is_some(), "{dropped:?}");
        assert_eq!(reason_of(&dropped, "获得授权"), Some("copyright"));
    }

    #[test]
    fn bold_subheadings_inside_a_br_body_are_the_storys() {
        let p = ZH_PARAGRAPH;
        let page = format!(
            "<html><body><div><h1>凌晨两点的警报</h1></div><div class=txt>\n{p}<br><br>\
             <strong>演练是最好的准备</strong><br><br>{p}<br><br><strong>家长要做好这几件事</strong>\
             <br><br>{p}<br><br>\n</div><div><p>责任编辑：黄明</p></div></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(kept.contains("演练是最好的准备"), "{kept} {dropped:?}");
        assert!(kept.contains("家长要做好这几件事"), "{kept} {dropped:?}");
    }

    #[test]
    fn breadcrumbs_disclaimers_prev_next_and_a_comment_section_in_the_container_go() {
        let zh = format!("<p>{ZH_PARAGRAPH}</p>");
        let page = format!(
            "<html><body><div><p>当前位置：首页 > 社会 > 正文</p><h1>凌晨两点的警报</h1>{zh}{zh}{zh}\
             <p>数据来源：县应急管理局</p>\
             <p>本网站所刊载信息，不代表本网观点。刊用本网站稿件，务经书面授权。</p>\
             <p>上一篇：<a href=/a>我县召开安全生产工作会议</a> 下一篇：<a href=/b>县里开展防汛物资检查</a></p>\
             <p>网友评论：（只显示最新10条）</p><p>云岭居民</p>\
             <p>那天晚上我也下楼了，确实慢，楼道里全是杂物，希望以后多搞几次这样的演练。</p>\
             </div></body></html>"
        );
        let (kept, _) = read(&page);
        assert!(kept.contains("凌晨两点的警报"), "{kept}");
        assert!(kept.contains("志愿者在路口引导人群"), "{kept}");
        for gone in [
            "当前位置",
            "数据来源",
            "不代表本网观点",
            "上一篇",
            "网友评论",
            "云岭居民",
            "楼道里全是杂物",
        ] {
            assert!(!kept.contains(gone), "{gone} kept: {kept}");
        }
    }

    #[test]
    fn market_data_lines_go_and_a_list_item_with_a_change_stays() {
        let page = format!(
            "<html><body><article><h1>Shares rise on export hopes</h1>{EN_BODY}\
             <div class=box><span>ACME</span> <span>412.50 GBp</span> <span>+13.30 +3.33%</span></div>\
             <ul><li>Rice: 3.2 million tonnes (+12.5%)</li><li>Coffee: 1.1 million tonnes</li></ul>\
             <ul><li>VN-Index 1.263,78 +5,12 (+0,41%)</li><li>HNX-Index 238,40 -0,35 (-0,15%)</li></ul>\
             </article></body></html>"
        );
        assert_read(
            &page,
            &[
                "Rice: 3.2 million tonnes (+12.5%)",
                "Coffee: 1.1 million tonnes",
            ],
            &[
                ("ACME 412.50 GBp +13.30 +3.33%", "page chrome"),
                ("VN-Index 1.263,78", "page chrome"),
            ],
        );
    }

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

    #[test]
    fn a_lone_teaser_card_between_paragraphs_goes_and_a_linked_line_over_a_paragraph_stays() {
        let page = format!(
            "<html><body><article><h1>Floods close the lower town</h1>{EN_BODY}\
             <div class=w><div><a href=/k/1><strong>Rain returns to the north as a second \
             storm forms</strong></a></div><p>Forecasters expect the heaviest falls on Sunday.\
             </p></div>\
             <div class=v><div><a href=/k/2>The council's full statement</a></div>\
             <p>The council said it would keep the three schools open as shelters until the \
             water has gone down, and that it would pay for the families' meals in the \
             meantime.</p><p>Volunteers from the next town brought boats and dry clothes to the \
             schools, and a field kitchen was set up in the yard of the largest one.</p></div>\
             {EN_BODY}</article></body></html>"
        );
        assert_read(
            &page,
            &[
                "The council said it would keep",
                "Volunteers from the next town",
            ],
            &[
                ("Rain returns to the north", "related links"),
                ("Forecasters expect the heaviest falls", "related links"),
            ],
        );
    }

    #[test]
    fn a_date_line_with_font_size_and_print_controls_goes_in_each_language() {
        for (meta, tools) in [
            (
                "Published 9 May 2024",
                "Font: <a href=#>A+</a> <a href=#>A-</a> <a href=#>Print</a>",
            ),
            (
                "Thứ năm, 9/5/2024, 10:45 (GMT+7)",
                "Cỡ chữ: <a href=#>A+</a> <a href=#>A-</a> <button>In</button>",
            ),
            (
                "2024年05月09日 10:45",
                "【字号：<a href=#>大</a> <a href=#>中</a> <a href=#>小</a>】 <a href=#>打印</a>",
            ),
        ] {
            let page = format!(
                "<html><body><article><h1>Floods close the lower town</h1>\
                 <div class=m>{meta} <span class=t>{tools}</span></div>{EN_BODY}\
                 <p>Read the <a href=/r>full report</a> on the council's site.</p>\
                 </article></body></html>"
            );
            assert_read(
                &page,
                &["Read the full report on the council's site."],
                &[(meta, "dateline")],
            );
        }
    }

    #[test]
    fn an_author_bio_after_the_story_goes_and_a_paragraph_naming_the_reporter_stays() {
        for (author, opening, bio) in [
            (
                "Jane Doe",
                "Jane Doe, our correspondent in the north, saw the river rise overnight.",
                "Jane Doe is a senior correspondent covering the region. She joined in 2015.",
            ),
            (
                "Jane Doe",
                "The river rose by two metres overnight in the lower town.",
                "Jane Doe covers climate and the environment for the paper. Follow her on X.",
            ),
            (
                "Lan Chi",
                "Phóng viên Lan Chi ghi nhận nước sông dâng cao trong đêm.",
                "Phóng viên Lan Chi phụ trách mảng đời sống xã hội, gia nhập tòa soạn từ năm 2015.",
            ),
            (
                "记者王晓明",
                "记者王晓明从铁路部门获悉，大桥将于年内通车。",
                "王晓明，本网资深记者，长期关注民生与社会新闻。",
            ),
        ] {
            let page = format!(
                "<html><head><meta name=author content='{author}'></head><body><article>\
                 <h1>Floods close the lower town</h1><p>{opening}</p>{EN_BODY}<p>{bio}</p>\
                 <h3>Share</h3></article></body></html>"
            );
            assert_read(&page, &[opening], &[(bio, "byline")]);
        }
        // A story whose last paragraph names its reporter keeps it: no bio is that.
        let page = "<html><head><meta name=author content='Jane Doe'></head><body><article>\
             <h1>Floods close the lower town</h1><p>The river rose by two metres overnight, \
             flooding the lower town, and the council opened three schools as shelters.</p>\
             <p>Jane Doe told the council meeting that the reporters' room had flooded too.</p>\
             </article></body></html>";
        assert_read(page, &["Jane Doe told the council meeting"], &[]);
    }

    #[test]
    fn repeated_labels_counters_and_labels_over_links_go_and_the_articles_short_lines_stay() {
        for (ad, counter, read_also, speaker) in [
            ("Advertisement", "Photo 2 of 6", "READ ALSO", "Jane Doe:"),
            ("Quảng cáo", "Ảnh 2/6", "ĐỌC THÊM", "Bà Lan:"),
            ("广告", "第2张/共6张", "延伸阅读", "王明："),
        ] {
            let page = format!(
                "<html><body><article><h1>Floods close the lower town</h1>{EN_BODY}\
                 <div class=s><span>{ad}</span><div></div></div>\
                 <figure><img src=a.jpg><figcaption>Boats in the flooded street.</figcaption>\
                 </figure><div class=g>{counter}</div>\
                 <div><b>What comes next</b></div>{EN_BODY}\
                 <p><b>{speaker}</b></p><p>We have never seen the water rise this fast.</p>\
                 <p><b>{speaker}</b></p><p>The council must build the dyke this year.</p>\
                 <div class=s><span>{ad}</span><div></div></div>\
                 <p><strong>{read_also}</strong></p><p><a href=/r>Rain returns to the north as \
                 a second storm forms</a></p>{EN_BODY}\
                 <table><tr><th>Town</th><th>Score</th></tr><tr><td>Hoi An</td><td>3/5</td></tr>\
                 </table><ul><li>Shelters</li><li>Boats</li></ul></article></body></html>"
            );
            let (kept, dropped) = read(&page);
            for text in [
                "What comes next",
                speaker,
                "3/5",
                "Shelters",
                "Boats in the flooded",
            ] {
                assert!(kept.contains(text), "{text} lost: {kept}\n{dropped:?}");
            }
            assert!(!kept.contains(ad), "{ad} kept: {kept}");
            assert_eq!(reason_of(&dropped, counter), Some("gallery counter"));
            assert_eq!(reason_of(&dropped, read_also), Some("related links"));
        }
    }

    #[test]
    fn live_update_furniture_goes_and_the_updates_stay() {
        for (ago, badge) in [
            ("{n} min ago", "Key event"),
            ("{n} phút trước", "Diễn biến chính"),
            ("{n}分钟前", "重要"),
        ] {
            let posts: String = (1..=3)
                .map(|n| {
                    let when = ago.replace("{n}", &(n * 7).to_string());
                    format!(
                        "<div class=u><div class=m><span>{when}</span> <span>{badge}</span></div>\
                         <h3>Update number {n} from the river</h3><p>The water rose again in \
                         the lower town overnight, and the council opened school number {n}.</p>\
                         </div>"
                    )
                })
                .collect();
            let page = format!(
                "<html><body><div class=feed><h1>Floods close the lower town</h1>{posts}\
                 </div></body></html>"
            );
            let (kept, _) = read(&page);
            assert!(!kept.contains(badge), "{badge} kept: {kept}");
            for n in 1..=3 {
                assert!(kept.contains(&format!("Update number {n}")), "{kept}");
                assert!(kept.contains(&format!("school number {n}.")), "{kept}");
            }
        }
    }

    #[test]
    fn a_newsletter_box_with_a_field_goes_and_a_form_beside_the_paragraphs_leaves_them() {
        let page = format!(
            "<html><body><article><h1>Floods close the lower town</h1>{EN_BODY}\
             <div class=n><h3>The Morning Briefing</h3><p>Sign up to get the day's top stories \
             in your inbox every weekday morning.</p><form action=/nl><input type=email>\
             <button>Sign up</button></form></div>{EN_BODY}\
             <form action=/poll><input type=radio> Yes</form></article></body></html>"
        );
        let (kept, dropped) = read(&page);
        assert!(!kept.contains("The Morning Briefing"), "{kept}");
        assert!(!kept.contains("Sign up to get"), "{kept}");
        assert_eq!(reason_of(&dropped, "The Morning Briefing"), Some("form"));
        assert_eq!(kept.matches("By the end of the day").count(), 2, "{kept}");
    }

    #[test]
    fn a_teaser_card_with_a_kicker_and_an_image_goes() {
        let page = format!(
            "<html><body><article><h1>Floods close the lower town</h1>{EN_BODY}\
             <div class=c><a href=/c><img src=c.jpg></a><span class=k>Climate</span>\
             <h3><a href=/c>Deep-sea mining could harm life we barely know</a></h3>\
             <p>Biologists warn we know almost nothing about the life on the sea bed.</p></div>\
             {EN_BODY}</article></body></html>"
        );
        let (kept, _) = read(&page);
        assert!(!kept.contains("Climate"), "{kept}");
        assert!(!kept.contains("Biologists warn"), "{kept}");
        assert_eq!(kept.matches("By the end of the day").count(), 2, "{kept}");
    }

    #[test]
    fn a_subheading_between_a_credit_and_a_link_line_stays_and_a_sign_up_box_goes() {
        for (sub, credit, read_more) in [
            ("Fares", "Photo: AFP", "Read more:"),
            ("Hồ sơ cần chuẩn bị", "Ảnh: TTXVN", "Xem thêm:"),
            ("票价", "图片来源：视觉中国", "相关阅读："),
        ] {
            let page = format!(
                "<html><body><article><h1>Floods close the lower town</h1>{EN_BODY}\
                 <p><img src=a.jpg></p><p>Boats in the flooded street.</p><p><em>{credit}</em></p>\
                 <p><strong>{sub}</strong></p><p>{read_more} <a href=/r>Rain returns to the \
                 north as a second storm forms</a></p>{EN_BODY}\
                 <p><strong>{sub} again</strong></p><p><a href=/s>How the town rebuilt its \
                 harbour after the last typhoon</a></p>{EN_BODY}\
                 <div class=box><h3>Get our daily newsletter with the top stories</h3>\
                 <a class=btn href=/nl>Sign up</a></div>{EN_BODY}</article></body></html>"
            );
            let (kept, dropped) = read(&page);
            assert!(
                kept.lines().any(|l| l == sub),
                "{sub} lost: {kept}\n{dropped:?}"
            );
            assert!(
                kept.contains(&format!("{sub} again")),
                "{kept}\n{dropped:?}"
            );
            assert!(!kept.contains("Get our daily newsletter"), "{kept}");
            assert_eq!(
                reason_of(&dropped, "Get our daily newsletter"),
                Some("form")
            );
        }
    }

    #[test]
    fn interface_lines_are_told_from_subheadings_and_no_gold_line_is_one() {
        use super::is_ui_line;
        for line in [
            "Story continues below advertisement",
            "Listen to this article",
            "4 min read",
            "Continue reading",
            "Share this article",
            "Sponsored",
            "Chia sẻ bài viết",
            "Đọc 5 phút",
            "Quảng cáo",
            "阅读时长约3分钟",
            "扫一扫，分享到朋友圈",
            "（完）",
            "分享到：",
        ] {
            assert!(is_ui_line(line), "{line}");
        }
        for line in [
            "Share prices fall",
            "Follow the money",
            "Read the full report.",
            "Đọc sách cùng con",
            "Chia sẻ kinh nghiệm nuôi con",
            "分享经济快速发展",
            "完成全年目标",
        ] {
            assert!(!is_ui_line(line), "{line}");
        }
        // No line of any article of the test pages is taken for one.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
        let mut lines = 0;
        for lang in ["en", "vi", "zh"] {
            for entry in std::fs::read_dir(dir.join(lang)).expect("tests/pages") {
                let path = entry.expect("entry").path();
                if path.to_string_lossy().ends_with(".gold.txt") {
                    for line in std::fs::read_to_string(&path).expect("gold").lines() {
                        assert!(!is_ui_line(line), "{}: {line}", path.display());
                        lines += 1;
                    }
                }
            }
        }
        assert!(lines > 500, "{lines} gold lines");
    }
}
