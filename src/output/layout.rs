//! What the two reading formats (Markdown and the HTML page) share: the article's blocks
//! rebuilt from the rows, how sentences join, and what the header says about a document.

use crate::aligned::{Aligned, Cell, Origin};
use crate::lang::{self, Lang};

/// What goes between two sentences of a block: nothing after Chinese text, whose full stop
/// carries its own space, a space otherwise (whatever the language: pseudo output and copied
/// numbers can put Latin text in a Chinese column).
pub fn sentence_gap(before: &str) -> &'static str {
    match before.trim_end().chars().last() {
        Some(c) if lang::is_han(c) || is_cjk_punctuation(c) => "",
        _ => " ",
    }
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// Appends a sentence to a block's text, after [`sentence_gap`].
pub fn push_sentence(out: &mut String, sentence: &str) {
    if !out.is_empty() {
        out.push_str(sentence_gap(out));
    }
    out.push_str(sentence);
}

/// Whether a speaker block's first segment is the speaker's label (`Reporter:`, `记者：`), which
/// the segmenter keeps as a segment of its own.
pub fn is_speaker_label(text: &str) -> bool {
    let text = text.trim_end();
    (text.ends_with(':') || text.ends_with('：')) && text.chars().count() <= 48
}

/// The byline of a document as plain text pieces, for a writer to escape and join: its
/// authors, site, date and address, each when the page gave it.
pub fn byline(doc: &Aligned) -> Vec<String> {
    let meta = &doc.metadata;
    let mut parts = Vec::new();
    if !meta.authors.is_empty() {
        parts.push(format!("By {}", meta.authors.join(", ")));
    }
    parts.extend(meta.site_name.clone());
    parts.extend(
        meta.published_iso
            .clone()
            .or_else(|| meta.published.clone()),
    );
    parts.extend(meta.canonical_url.clone());
    parts
}

/// The providers (with their model) that produced the document's translations, in order of
/// first use.
pub fn providers(doc: &Aligned) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let cells = doc.rows.iter().flat_map(|r| r.targets.values());
    for cell in
        cells.filter(|c| !matches!(c.origin, Origin::Copy | Origin::Reviewed | Origin::Memory))
    {
        let Some(provider) = &cell.provider else {
            continue;
        };
        let name = match &cell.model {
            Some(model) if model != provider && model != "default" => {
                format!("{provider} ({model})")
            }
            _ => provider.clone(),
        };
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen
}

/// Whether a cell holds pseudo output, fresh or from the cache (where the pipeline calls it
/// `cache`, but it is no more a translation than on the first run).
pub fn is_pseudo(cell: &Cell) -> bool {
    cell.origin == Origin::Pseudo
        || (cell.origin == Origin::Cache && cell.provider.as_deref() == Some("pseudo"))
}

/// Whether any translation of the document is pseudo output.
pub fn any_pseudo(doc: &Aligned) -> bool {
    doc.rows
        .iter()
        .flat_map(|r| r.targets.values())
        .any(is_pseudo)
}

/// The source language and then the targets: the order of columns and of paragraphs.
pub fn languages(doc: &Aligned) -> Vec<Lang> {
    std::iter::once(doc.lang)
        .chain(doc.targets.iter().copied())
        .collect()
}

/// Builders of aligned rows for the writers' unit tests.
#[cfg(test)]
pub mod test_rows {
    use crate::aligned::{Aligned, Cell, Origin, Row};
    use crate::document::BlockKind;
    use crate::lang::Lang;
    use std::collections::BTreeMap;

    pub fn cell(text: &str) -> Cell {
        Cell {
            text: Some(text.into()),
            origin: Origin::Api,
            provider: Some("deepl".into()),
            model: Some("default".into()),
            error: None,
            terms: vec![],
            via: None,
        }
    }

    /// A translation that failed with this error.
    pub fn failed(error: &str) -> Cell {
        Cell {
            text: None,
            origin: Origin::Failed,
            error: Some(error.into()),
            ..cell("")
        }
    }

    /// A segment with its English translation, if any; the block comes from the id (`b3.s1`).
    pub fn row(id: &str, kind: BlockKind, source: &str, en: Option<Cell>) -> Row {
        let block = id
            .trim_start_matches('b')
            .split('.')
            .next()
            .and_then(|b| b.parse().ok())
            .expect("an id like b3.s1");
        Row {
            id: id.into(),
            block,
            kind,
            source: source.into(),
            hits: vec![],
            flags: vec![],
            targets: en
                .map(|c| (Lang::En, c))
                .into_iter()
                .collect::<BTreeMap<_, _>>(),
        }
    }

    pub fn aligned(lang: Lang, targets: &[Lang], rows: Vec<Row>) -> Aligned {
        Aligned {
            doc: "doc".into(),
            source_path: "doc.txt".into(),
            lang,
            targets: targets.to_vec(),
            rows,
            dropped: vec![],
            title: None,
            metadata: Default::default(),
            lang_mismatch: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_join_with_a_space_except_after_chinese() {
        let parts = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let join_sentences = |parts: Vec<String>| {
            let mut out = String::new();
            for part in &parts {
                push_sentence(&mut out, part);
            }
            out
        };
        assert_eq!(join_sentences(parts(&["One.", "Two."])), "One. Two.");
        assert_eq!(join_sentences(parts(&["一。", "二。"])), "一。二。");
        assert_eq!(join_sentences(parts(&["[zh] A.", "B."])), "[zh] A. B.");
    }

    #[test]
    fn speaker_labels_are_short_and_end_with_a_colon() {
        assert!(is_speaker_label("Reporter:"));
        assert!(is_speaker_label("记者："));
        assert!(!is_speaker_label("What happened?"));
    }
}
