//! Plain text: every non-empty line is a block; noise lines are dropped with their reason.

use super::{BlockKind, Cleaner, Dropped, RawBlock};
use regex::Regex;

/// Splits plain text into blocks (one non-empty line each), dropping noise with its reason.
pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    let mut blocks: Vec<RawBlock> = Vec::new();
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
        let cleaned = cleaner.strip_tag_remnants(trimmed, line_no, &mut dropped);
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
        blocks.push(RawBlock {
            line: line_no,
            kind,
            text: cleaned,
            protected: Vec::new(),
        });
    }

    (blocks, dropped)
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
    use crate::document::{Document, DropRule, InputFormat, LangChoice, ReadError};
    use crate::lang::Lang;

    fn read(text: &str) -> Document {
        super::super::read(
            "t",
            "t.txt",
            text,
            InputFormat::Text,
            LangChoice::Auto,
            &Cleaner::default(),
        )
        .unwrap()
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
    fn user_rules_extend_the_defaults() {
        let cleaner = Cleaner::new(&[DropRule {
            pattern: "Advertisement".into(),
            reason: "advert".into(),
        }])
        .unwrap();
        let doc = super::super::read(
            "t",
            "t",
            "Advertisement\nReal text.",
            InputFormat::Text,
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
