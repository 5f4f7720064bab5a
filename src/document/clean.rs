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
    (
        r"(?i)^(?:xem thêm|xem tiếp|tin liên quan|chia sẻ|in bài(?: viết)?|see more|read more|related articles?|share(?: this)?|print(?: this)?|back to top|返回顶部|分享|打印|更多)\s*[:.»>]*$",
        "page chrome",
    ),
];

/// Tag remnants left in scraped text (`< br />`, `< /div>`): only well-known HTML tag names, so
/// that text such as `a <b> c` in an equation is not mistaken for markup.
const TAG_REMNANT: &str = r"(?i)<\s*/?\s*(?:div|br|p|span|a|b|i|u|em|strong|img|figure|figcaption|section|article|header|footer|nav|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6]|font|center|hr|sup|sub|blockquote|iframe|script|style)\b[^<>]*>";

/// Compiled cleaning rules.
#[derive(Clone, Debug)]
pub struct Cleaner {
    line_rules: Vec<(Regex, String)>,
    tag_remnant: Regex,
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
        let tag_remnant = Regex::new(TAG_REMNANT).expect("built-in pattern is valid");
        Ok(Cleaner {
            line_rules,
            tag_remnant,
        })
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
        self.line_rules
            .iter()
            .find(|(re, _)| re.is_match(line))
            .map(|(_, reason)| reason.as_str())
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
        let mut kept = String::with_capacity(line.len());
        let mut last = 0;
        for m in self.tag_remnant.find_iter(line) {
            kept.push_str(&line[last..m.start()]);
            last = m.end();
            dropped.push(Dropped {
                line: line_no,
                reason: "markup remnant".to_string(),
                text: m.as_str().to_string(),
            });
        }
        kept.push_str(&line[last..]);
        // Removing a tag can leave doubled or trailing spaces behind.
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
