//! Scoring of article extraction, shared by `examples/eval_extraction.rs` and the
//! `extraction` integration test: each page goes through the path of
//! `bitext segment --input-format html`, and the text it would send for translation is scored
//! against the page's gold with bag-of-tokens precision, recall and F1, as article-extraction
//! benchmarks do.
//!
//! Tokens: NFC and lower case; a CJK character is a token of its own; any other run of letters,
//! digits and combining marks is one token (so whitespace words for English and Vietnamese, with
//! their punctuation left off); punctuation and spaces are not tokens. One rule for every
//! language, so a page that mixes scripts is scored the same whatever its directory says.

use bitext::document::{self, Cleaner, Document, InputFormat, LangChoice};
use bitext::segment::segment_input;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Precision, recall and F1 of one page, or a mean of several.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    /// The macro average: the mean of each measure over the pages.
    pub fn mean(scores: &[Score]) -> Score {
        let n = scores.len().max(1) as f64;
        Score {
            precision: scores.iter().map(|s| s.precision).sum::<f64>() / n,
            recall: scores.iter().map(|s| s.recall).sum::<f64>() / n,
            f1: scores.iter().map(|s| s.f1).sum::<f64>() / n,
        }
    }
}

/// One test page: `DIR/LANG/NAME.html` and its `NAME.gold.txt`.
#[derive(Clone, Debug)]
pub struct Page {
    pub lang: String,
    pub name: String,
    pub html: PathBuf,
    pub gold: PathBuf,
}

/// What one page gave.
#[derive(Debug)]
pub struct Outcome {
    pub page: Page,
    pub score: Score,
    /// The document, or why it could not be read (a page that cannot be read scores zero).
    pub doc: Result<Document, String>,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // kana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3FFFF) // the supplementary ideographic planes
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF)
}

/// The tokens of a text, as the module's documentation says.
pub fn tokens(text: &str) -> Vec<String> {
    let text = bitext::text::nfc(text).to_lowercase();
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if is_word(c) {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Bag-of-tokens precision, recall and F1 of `extracted` against `gold`.
pub fn score(extracted: &str, gold: &str) -> Score {
    let bag = |text: &str| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for t in tokens(text) {
            *counts.entry(t).or_default() += 1;
        }
        counts
    };
    let (got, want) = (bag(extracted), bag(gold));
    let overlap: usize = got
        .iter()
        .map(|(t, n)| (*n).min(want.get(t).copied().unwrap_or(0)))
        .sum();
    let (n_got, n_want) = (got.values().sum::<usize>(), want.values().sum::<usize>());
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(overlap, n_got), ratio(overlap, n_want));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        precision,
        recall,
        f1,
    }
}

/// The pages under `dir` (`en/`, `vi/`, `zh/` ...), sorted by language then name.
pub fn pages(dir: &Path) -> std::io::Result<Vec<Page>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let sub = entry?.path();
        if !sub.is_dir() {
            continue;
        }
        let lang = sub
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for file in std::fs::read_dir(&sub)? {
            let html = file?.path();
            if html.extension().is_some_and(|e| e == "html") {
                let name = html
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let gold = sub.join(format!("{name}.gold.txt"));
                pages.push(Page {
                    lang: lang.clone(),
                    name,
                    html,
                    gold,
                });
            }
        }
    }
    pages.sort_by(|a, b| (&a.lang, &a.name).cmp(&(&b.lang, &b.name)));
    Ok(pages)
}

/// The article text bitext keeps: the translatable segments and the credits (never sent,
/// but kept in every row as their source text), a block a line.
pub fn sent_text(doc: &Document) -> String {
    doc.blocks
        .iter()
        .map(|b| {
            b.segments
                .iter()
                .filter(|s| s.translatable || s.kind == bitext::document::SegmentKind::Credit)
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a page as `bitext segment --input-format html FILE` does, with the default cleaning
/// rules and the language detected.
pub fn read_page(path: &Path) -> Result<Document, String> {
    let id = document::doc_id(path);
    document::read_source_as(path, InputFormat::Html, false)
        .and_then(|(shown, text)| {
            segment_input(
                &id,
                &shown,
                &text,
                InputFormat::Html,
                LangChoice::Auto,
                &Cleaner::default(),
                false,
            )
        })
        .map_err(|e| e.to_string())
}

/// Reads and scores every page under `dir`.
pub fn evaluate(dir: &Path) -> std::io::Result<Vec<Outcome>> {
    let mut outcomes = Vec::new();
    for page in pages(dir)? {
        let gold = std::fs::read_to_string(&page.gold)?;
        let doc = read_page(&page.html);
        let score = match &doc {
            Ok(doc) => score(&sent_text(doc), &gold),
            Err(_) => Score::default(),
        };
        outcomes.push(Outcome { page, score, doc });
    }
    Ok(outcomes)
}

/// The macro average of the pages of one language (all pages for `None`).
pub fn mean_of(outcomes: &[Outcome], lang: Option<&str>) -> Score {
    let scores: Vec<Score> = outcomes
        .iter()
        .filter(|o| lang.is_none_or(|l| o.page.lang == l))
        .map(|o| o.score)
        .collect();
    Score::mean(&scores)
}

/// How many regions were left out for each reason, over all the pages read.
pub fn dropped_by_reason(outcomes: &[Outcome]) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for o in outcomes {
        if let Ok(doc) = &o.doc {
            for d in &doc.dropped {
                *counts.entry(d.reason.clone()).or_default() += 1;
            }
        }
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
