//! Cleaning rules for scraped pages: whole-line patterns with the reason reported, and the
//! removal of HTML tag remnants left inside plain text.

use super::{Dropped, ReadError};
use regex::Regex;
use serde::{Deserialize, Serialize};

/// A user-defined cleaning rule: a line that matches `pattern` as a whole is dropped with `reason`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DropRule {
    pub pattern: String,
    pub reason: String,
}

/// The rules every workspace starts with; each is a whole-line pattern and the reason reported.
pub const DEFAULT_DROP_RULES: &[(&str, &str)] = &[
    (
        r"(?i)^\S+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|avif)$",
        "image file name",
    ),
    (r"(?i)^fontSize\s*:.*$", "page chrome"),
    (r"\d{1,4}", "page number"),
    (
        r"(?i)^(?:xem thêm|xem tiếp|tin liên quan|chia sẻ|in bài(?: viết)?|see more|read more|related articles?|share(?: this)?|print(?: this)?|back to top|返回顶部|分享|打印|更多)\s*[:.»>]*$",
        "page chrome",
    ),
];

/// Tag remnants left in scraped text (`< br />`, `< /div>`): only well-known HTML tag names, so
/// that text such as `a <b> c` in an equation is not mistaken for markup.
const TAG_REMNANT: &str = r"(?i)<\s*/?\s*(?:div|br|p|span|a|b|i|u|em|strong|img|figure|figcaption|section|article|header|footer|nav|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6]|font|center|hr|sup|sub|blockquote|iframe|script|style)\b[^<>]*>";

static INLINE_TAG: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"(?i)^<\s*/?\s*(?:a|b|i|u|em|strong|span|font|sup|sub)\b").expect("valid pattern")
});

/// Dot leaders of a table of contents (`About Me........5`, with the page number).
const DOT_LEADER: &str = r"\.{5,}(?:\s*\d{1,4}(?:[-–]\d{1,4})?\s*$)?";

/// A symbol repeated this often in a row is decoration (`//////////`, `==========`).
const DECORATION_RUN: usize = 10;

/// Compiled cleaning rules. Every document read gets a clone: the rules sit behind an `Arc`,
/// because a cloned `Regex` starts a pool of search caches of its own, and building those
/// again for each of a batch's short articles cost more than reading them.
#[derive(Clone, Debug)]
pub struct Cleaner {
    rules: std::sync::Arc<Rules>,
    /// Read an HTML page whole instead of its main content only (`--whole-page`).
    whole_page: bool,
}

#[derive(Debug)]
struct Rules {
    line_rules: Vec<(Regex, String)>,
    tag_remnant: Regex,
    dot_leader: Regex,
}

impl Cleaner {
    /// The default rules followed by the workspace's own.
    pub fn new(extra: &[DropRule]) -> Result<Self, ReadError> {
        let defaults = DEFAULT_DROP_RULES
            .iter()
            .map(|(p, r)| (p.to_string(), r.to_string()));
        let extra = extra.iter().map(|r| (r.pattern.clone(), r.reason.clone()));
        let mut line_rules = Vec::new();
        for (index, (pattern, reason)) in defaults.chain(extra).enumerate() {
            // Anchored, because a rule judges a whole line.
            let anchored = format!("^(?:{pattern})$");
            let regex = Regex::new(&anchored).map_err(|e| ReadError::BadRule {
                index: index + 1,
                pattern: pattern.clone(),
                message: e.to_string(),
            })?;
            line_rules.push((regex, reason));
        }
        Ok(Cleaner {
            rules: std::sync::Arc::new(Rules {
                line_rules,
                tag_remnant: Regex::new(TAG_REMNANT).expect("built-in pattern is valid"),
                dot_leader: Regex::new(DOT_LEADER).expect("built-in pattern is valid"),
            }),
            whole_page: false,
        })
    }

    /// Whether HTML pages are read whole (only scripts, forms and the like left out) rather
    /// than cut down to their main content; cutting is the default.
    pub fn with_whole_page(mut self, whole_page: bool) -> Self {
        self.whole_page = whole_page;
        self
    }

    pub fn whole_page(&self) -> bool {
        self.whole_page
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(&[]).expect("built-in rules compile")
    }
}

impl Cleaner {
    /// The reason a whole line is dropped, if a rule matches it.
    pub fn line_rule(&self, line: &str) -> Option<&str> {
        self.rules
            .line_rules
            .iter()
            .find(|(re, _)| re.is_match(line))
            .map(|(_, reason)| reason.as_str())
    }

    /// Removes dot leaders (with the page number after them) and decorative runs of one
    /// symbol from a line, recording them.
    pub fn strip_fillers(&self, line: &str, line_no: usize, dropped: &mut Vec<Dropped>) -> String {
        let line = if line.contains(".....") {
            self.remove(&self.rules.dot_leader, "dot leader", line, line_no, dropped)
        } else {
            line.to_string()
        };
        let mut out = String::new();
        let mut rest = line.as_str();
        while let Some((start, len)) = decoration_run(rest) {
            out.push_str(&rest[..start]);
            out.push(' ');
            dropped.push(Dropped::new(
                line_no,
                "decoration",
                rest[start..start + len].to_string(),
            ));
            rest = &rest[start + len..];
        }
        if out.is_empty() {
            return line;
        }
        out.push_str(rest);
        crate::text::collapse_whitespace(&out)
    }

    fn remove(
        &self,
        pattern: &Regex,
        reason: &str,
        line: &str,
        line_no: usize,
        dropped: &mut Vec<Dropped>,
    ) -> String {
        let mut kept = String::with_capacity(line.len());
        let mut last = 0;
        for m in pattern.find_iter(line) {
            kept.push_str(&line[last..m.start()]);
            // Inline markup sits inside words and sentences (`<em>It is</em>!`); anything
            // else separated what stood on either side of it.
            if !INLINE_TAG.is_match(m.as_str()) {
                kept.push(' ');
            }
            last = m.end();
            dropped.push(Dropped::new(line_no, reason, m.as_str().trim().to_string()));
        }
        kept.push_str(&line[last..]);
        // Removing a piece can leave doubled or trailing spaces behind.
        crate::text::collapse_whitespace(&kept)
    }

    /// Removes tag remnants from a line, recording each removed piece.
    pub fn strip_tag_remnants(
        &self,
        line: &str,
        line_no: usize,
        dropped: &mut Vec<Dropped>,
    ) -> String {
        if !line.contains('<') {
            return line.to_string();
        }
        self.remove(
            &self.rules.tag_remnant,
            "markup remnant",
            line,
            line_no,
            dropped,
        )
    }
}

/// The first run of one repeated symbol long enough to be decoration: (byte start, length).
fn decoration_run(text: &str) -> Option<(usize, usize)> {
    let mut run_start = 0;
    let mut run_char = None;
    let mut count = 0;
    for (i, c) in text.char_indices() {
        if Some(c) == run_char {
            count += 1;
        } else {
            if count >= DECORATION_RUN {
                return Some((run_start, i - run_start));
            }
            // Cheap tests first: the Unicode tables of `is_alphanumeric` are slow on Han.
            let symbol = !(c.is_ascii_alphanumeric()
                || c == '.'
                || c.is_whitespace()
                || crate::lang::is_han(c)
                || crate::lang::is_latin_extended_letter(c)
                || c.is_alphanumeric());
            run_char = symbol.then_some(c);
            run_start = i;
            count = usize::from(symbol);
        }
    }
    (count >= DECORATION_RUN).then(|| (run_start, text.len() - run_start))
}
