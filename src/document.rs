//! Reading articles into blocks, and cleaning the noise of scraped pages out of them.
//!
//! Every line that is not translated is kept in [`Document::dropped`] with the reason, so that
//! nothing disappears silently. The cleaning rules are data ([`DropRule`]) that a workspace can
//! extend in bitext.toml.

use crate::glossary::TermHit;
use crate::lang::{self, Lang};
use crate::text::nfc;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One article: its blocks in reading order and the lines that were left out.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable name of the document, the file stem (`stdin` for standard input).
    pub id: String,
    /// Where it was read from (`-` for standard input).
    pub source: String,
    pub lang: Lang,
    pub blocks: Vec<Block>,
    pub dropped: Vec<Dropped>,
}

/// A structural unit: a heading, a paragraph, a list item, a caption ...
#[derive(Clone, Debug)]
pub struct Block {
    /// 1-based position among the document's blocks.
    pub index: usize,
    /// 1-based line of the source file the block starts on.
    pub line: usize,
    pub kind: BlockKind,
    pub text: String,
    /// Filled by the segmenter.
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Caption,
    /// A line of an interview that opens with the speaker's label (`Reporter:`).
    Speaker,
    /// A header line such as `Date: 2023-03-19` or `Source: ...`.
    Metadata,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::Caption => "caption",
            BlockKind::Speaker => "speaker",
            BlockKind::Metadata => "metadata",
        }
    }
}

/// A sentence (or a label) inside a block.
#[derive(Clone, Debug)]
pub struct Segment {
    /// `b3.s2`: block 3, sentence 2.
    pub id: String,
    /// Byte offset of the segment in its block's text.
    pub start: usize,
    pub text: String,
    /// False for segments with nothing to translate (numbers, dates, punctuation).
    pub translatable: bool,
    /// Glossary terms found in the segment, filled by the glossary stage.
    pub hits: Vec<TermHit>,
}

/// A line that was not turned into a block, or a piece removed from one.
#[derive(Clone, Debug, Serialize)]
pub struct Dropped {
    pub line: usize,
    pub reason: String,
    pub text: String,
}

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

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid UTF-8 at byte offset {offset}: convert the file to UTF-8")]
    InvalidUtf8 { path: String, offset: usize },
    #[error(
        "{path}: looks like a binary file (NUL byte at offset {offset}); bitext reads text only"
    )]
    Binary { path: String, offset: usize },
    #[error("{path}: cannot tell the language (no letters found): pass --from vi|en|zh")]
    UnknownLanguage { path: String },
    #[error("cleaning rule {index} ('{pattern}'): {message}")]
    BadRule {
        index: usize,
        pattern: String,
        message: String,
    },
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

    fn line_rule(&self, line: &str) -> Option<&str> {
        self.line_rules
            .iter()
            .find(|(re, _)| re.is_match(line))
            .map(|(_, reason)| reason.as_str())
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(&[]).expect("built-in rules compile")
    }
}

/// Which language to assume for a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    Auto,
    Fixed(Lang),
}

/// Decodes raw bytes as UTF-8 text: refuses binary files, names the offset of the first invalid
/// byte, drops a byte-order mark and normalises to NFC.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, ReadError> {
    let probe = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = probe.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8 {
        path: path.to_string(),
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(nfc(text).into_owned())
}

/// Reads a file (or standard input for `-`).
pub fn read_source(path: &Path) -> Result<(String, String), ReadError> {
    let shown = path.display().to_string();
    let bytes = if shown == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            ReadError::Io {
                path: shown.clone(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| ReadError::Io {
            path: shown.clone(),
            source,
        })?
    };
    Ok((shown.clone(), decode(&shown, &bytes)?))
}

/// The document id for a path: its file stem, `stdin` for `-`.
pub fn doc_id(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".to_string())
}

/// Splits plain text into blocks (one non-empty line each), dropping noise with its reason.
pub fn read_plain(
    id: &str,
    source: &str,
    text: &str,
    lang: LangChoice,
    cleaner: &Cleaner,
) -> Result<Document, ReadError> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut dropped = Vec::new();
    // The last kept line, for spotting a line repeated right after itself.
    let mut previous: Option<(usize, String)> = None;
    let mut after_image = false;

    for (number, raw) in text.lines().enumerate() {
        let line_no = number + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let cleaned = strip_tag_remnants(trimmed, line_no, cleaner, &mut dropped);
        if cleaned.is_empty() {
            // The whole line was markup; the remnants are already recorded.
            continue;
        }
        if let Some(reason) = cleaner.line_rule(&cleaned) {
            after_image = reason == "image file name";
            dropped.push(Dropped {
                line: line_no,
                reason: reason.to_string(),
                text: cleaned,
            });
            continue;
        }
        if !cleaned.chars().any(char::is_alphanumeric) {
            dropped.push(Dropped {
                line: line_no,
                reason: "no text".to_string(),
                text: cleaned,
            });
            continue;
        }
        if let Some((prev_line, prev_text)) = &previous {
            if *prev_text == cleaned {
                dropped.push(Dropped {
                    line: line_no,
                    reason: format!("duplicate of line {prev_line}"),
                    text: cleaned,
                });
                continue;
            }
        }
        let kind = classify(&cleaned, after_image, blocks.is_empty());
        after_image = false;
        previous = Some((line_no, cleaned.clone()));
        blocks.push(Block {
            index: blocks.len() + 1,
            line: line_no,
            kind,
            text: cleaned,
            segments: Vec::new(),
        });
    }

    let lang = match lang {
        LangChoice::Fixed(lang) => lang,
        LangChoice::Auto => {
            let sample: String = blocks
                .iter()
                .map(|b| b.text.as_str())
                .take(200)
                .collect::<Vec<_>>()
                .join("\n");
            lang::detect(&sample).ok_or_else(|| ReadError::UnknownLanguage {
                path: source.to_string(),
            })?
        }
    };
    Ok(Document {
        id: id.to_string(),
        source: source.to_string(),
        lang,
        blocks,
        dropped,
    })
}

/// Removes tag remnants from a line, recording each removed piece.
fn strip_tag_remnants(
    line: &str,
    line_no: usize,
    cleaner: &Cleaner,
    dropped: &mut Vec<Dropped>,
) -> String {
    if !line.contains('<') {
        return line.to_string();
    }
    let mut kept = String::with_capacity(line.len());
    let mut last = 0;
    for m in cleaner.tag_remnant.find_iter(line) {
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

fn metadata_label() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:date|source|author|by|editor|published|updated|photo|ngày|nguồn|tác giả|ảnh|来源|日期|作者|编辑|发布时间)\s*[:：]")
            .expect("valid pattern")
    })
}

fn speaker_label() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        // One to four capitalised words, then a colon and the words spoken.
        Regex::new(r"^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}\s*[:：]\s*\S")
            .expect("valid pattern")
    })
}

fn classify(line: &str, after_image: bool, first: bool) -> BlockKind {
    if metadata_label().is_match(line) {
        return BlockKind::Metadata;
    }
    if after_image {
        return BlockKind::Caption;
    }
    if line.starts_with("- ")
        || line.starts_with("• ")
        || line.starts_with("* ")
        || line.starts_with("· ")
    {
        return BlockKind::ListItem;
    }
    if speaker_label().is_match(line) {
        return BlockKind::Speaker;
    }
    let ends_sentence = line
        .trim_end_matches(['"', '\'', '”', '’', ')', '」', '』', '）'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';']);
    if !ends_sentence && line.chars().count() <= 250 {
        // Lines without final punctuation are headlines, section titles or photo captions.
        return if first {
            BlockKind::Heading
        } else {
            BlockKind::Caption
        };
    }
    BlockKind::Paragraph
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Document {
        read_plain("t", "t.txt", text, LangChoice::Auto, &Cleaner::default()).unwrap()
    }

    #[test]
    fn drops_noise_with_reasons() {
        let doc = read("Tin tức hôm nay.\nTin tức hôm nay.\n\nndo_br_gen-h-z68.jpg\nChú thích ảnh ở đây.\n< br />\nfontSize:   big middle small\nXem thêm");
        let reasons: Vec<_> = doc
            .dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (2, "duplicate of line 1"),
                (4, "image file name"),
                (6, "markup remnant"),
                (7, "page chrome"),
                (8, "page chrome"),
            ]
        );
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[1].kind, BlockKind::Caption);
        assert_eq!(doc.lang, Lang::Vi);
    }

    #[test]
    fn strips_inline_remnants_and_keeps_the_text() {
        let doc = read("< /div> He and Hongmei made a speech.");
        assert_eq!(doc.blocks[0].text, "He and Hongmei made a speech.");
        assert_eq!(doc.dropped[0].text, "< /div>");
    }

    #[test]
    fn classifies_blocks() {
        let doc = read("Women NGOs Annual Leadership Session Held\nDate: 2023-03-19\n- At the level of safeguards, things.\nReporter: When did it start?\nHe Hongmei: In the 1990s.\nA plain sentence here.");
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Metadata,
                BlockKind::ListItem,
                BlockKind::Speaker,
                BlockKind::Speaker,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn decode_reports_offsets() {
        assert!(matches!(
            decode("f", b"ab\xffcd"),
            Err(ReadError::InvalidUtf8 { offset: 2, .. })
        ));
        assert!(matches!(
            decode("f", b"ab\0cd"),
            Err(ReadError::Binary { .. })
        ));
        assert_eq!(decode("f", "\u{feff}x\r\ny".as_bytes()).unwrap(), "x\r\ny");
    }

    #[test]
    fn user_rules_extend_the_defaults() {
        let cleaner = Cleaner::new(&[DropRule {
            pattern: "Advertisement".into(),
            reason: "advert".into(),
        }])
        .unwrap();
        let doc = read_plain(
            "t",
            "t",
            "Advertisement\nReal text.",
            LangChoice::Auto,
            &cleaner,
        )
        .unwrap();
        assert_eq!(doc.dropped[0].reason, "advert");
        let bad = Cleaner::new(&[DropRule {
            pattern: "(".into(),
            reason: "x".into(),
        }]);
        assert!(matches!(bad, Err(ReadError::BadRule { index: 4, .. })));
    }
}
