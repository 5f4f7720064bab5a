//! Entry points for the fuzz targets (fuzz/) and their stable-toolchain smoke tests
//! (tests/it/fuzz_regressions.rs): each takes raw bytes as they would arrive from outside,
//! runs one parser on them and checks what must hold beyond "no panic". A broken property is
//! returned as `Err(what broke)`, so that the harness, not the library, decides to panic.
//! Not part of the library's interface: hidden from the docs and free to change.

use crate::document::{self, Cleaner, Document, InputFormat, LangChoice};
use crate::glossary::TermPair;
use crate::glossary::{self, exchange, tbx, Glossary, Term};
use crate::lang::Lang;
use crate::output;
use crate::provider::deepl::Deepl;
use crate::provider::google::{Google, GoogleSection};
use crate::provider::libretranslate::LibreTranslate;
use crate::provider::microsoft::{Microsoft, MicrosoftSection};
use crate::provider::openai::{OpenAi, OpenAiSection};
use crate::provider::registry::{NoSection, Registered};
use crate::provider::{ApiKey, Batch, BatchItem, BatchOutput, CommonSettings, ProviderError};
use crate::segment::Segmenter;
use reqwest::header::{HeaderMap, HeaderValue};
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

/// What a fuzz check reports when a property does not hold.
pub type Checked = Result<(), String>;

/// The language a fuzz input picks with its first byte, and the rest of the input.
fn lang_and_rest(data: &[u8]) -> (Lang, &[u8]) {
    match data.split_first() {
        Some((first, rest)) => (Lang::ALL[*first as usize % Lang::ALL.len()], rest),
        None => (Lang::En, data),
    }
}

/// The input as text, as a lossy reader would take it.
fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The segmenter is lossless: its ranges are in order, do not overlap, lie on character
/// boundaries, are trimmed and non-empty, and what lies between them is white space only.
pub fn check_split(text: &str, ranges: &[Range<usize>]) -> Checked {
    let mut from = 0;
    for r in ranges {
        if r.start < from || r.end <= r.start || r.end > text.len() {
            return Err(format!(
                "range {r:?} after {from} in a text of {}",
                text.len()
            ));
        }
        if !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            return Err(format!("range {r:?} cuts a character"));
        }
        let gap = &text[from..r.start];
        if !gap.trim().is_empty() {
            return Err(format!("text lost between segments: {gap:?}"));
        }
        let piece = &text[r.clone()];
        if piece.trim() != piece {
            return Err(format!("segment not trimmed: {piece:?}"));
        }
        from = r.end;
    }
    if !text[from..].trim().is_empty() {
        return Err(format!(
            "text lost after the last segment: {:?}",
            &text[from..]
        ));
    }
    Ok(())
}

/// Segments one language's text, with and without a protected range the input chooses.
pub fn segment(data: &[u8]) -> Checked {
    let (lang, rest) = lang_and_rest(data);
    let text = text_of(rest);
    let segmenter = Segmenter::new(lang);
    check_split(&text, &segmenter.split(&text))?;
    // A protected span between two character boundaries the input's last two bytes pick.
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    if bounds.len() >= 2 {
        let at = |b: Option<&u8>| bounds[b.map_or(0, |b| *b as usize) * bounds.len() / 256];
        let (a, b) = (at(data.last()), at(data.iter().rev().nth(1)));
        let p = a.min(b)..a.max(b);
        let ranges = segmenter.split_protected(&text, std::slice::from_ref(&p));
        check_split(&text, &ranges)?;
        // Two neighbours that both reach into the protected span were cut inside it.
        if let Some(w) = ranges
            .windows(2)
            .find(|w| p.start < w[0].end && w[1].start < p.end)
        {
            return Err(format!(
                "cut between {:?} and {:?} inside protected {p:?}",
                w[0], w[1]
            ));
        }
    }
    Ok(())
}

/// Every block of a segmented document: protected ranges inside its text on character
/// boundaries, segments that are the block's own text at their offsets, in order, with only
/// white space left between them.
pub fn check_document(doc: &Document) -> Checked {
    for block in &doc.blocks {
        let text = &block.text;
        for r in &block.protected {
            if r.start > r.end
                || r.end > text.len()
                || !text.is_char_boundary(r.start)
                || !text.is_char_boundary(r.end)
            {
                return Err(format!(
                    "block {}: protected {r:?} outside its text",
                    block.index
                ));
            }
        }
        let mut from = 0;
        for s in &block.segments {
            let end = s.start + s.text.len();
            if s.start < from || text.get(s.start..end) != Some(s.text.as_str()) {
                return Err(format!(
                    "block {}: segment {} at {} is not the block's text",
                    block.index, s.id, s.start
                ));
            }
            if !text[from..s.start].trim().is_empty() {
                return Err(format!(
                    "block {}: text lost before {}: {:?}",
                    block.index,
                    s.id,
                    &text[from..s.start]
                ));
            }
            from = end;
        }
        if !text[from..].trim().is_empty() {
            return Err(format!(
                "block {}: text lost after its last segment",
                block.index
            ));
        }
    }
    Ok(())
}

/// How a fuzz input asks a document to be read: its first byte picks the language to assume
/// (or detection) and, for the formats that have one, the reading's option (HTML's whole page,
/// plain text's joined lines); one reading per input keeps the executions fast.
fn reading(data: &[u8]) -> (LangChoice, bool, &[u8]) {
    let (lang, rest) = lang_and_rest(data);
    let pick = data.first().map_or(0, |b| *b / 3);
    let choice = if pick.is_multiple_of(2) {
        LangChoice::Fixed(lang)
    } else {
        LangChoice::Auto
    };
    (choice, pick / 2 % 2 == 1, rest)
}

/// The default cleaning rules, for the main content and for the whole page: compiled once, as
/// a run does, not once per input.
fn cleaners() -> &'static [Cleaner; 2] {
    static CLEANERS: OnceLock<[Cleaner; 2]> = OnceLock::new();
    CLEANERS.get_or_init(|| [Cleaner::default(), Cleaner::default().with_whole_page(true)])
}

/// Reads and segments a document of one format as `bitext segment` does, and checks it; an
/// error (no language found, a binary file) is an answer, not a failure.
fn read_document(data: &[u8], format: InputFormat) -> Checked {
    let (choice, option, rest) = reading(data);
    let Ok(text) = document::decode_as("fuzz", rest, format, true) else {
        return Ok(());
    };
    let whole_page = option && format == InputFormat::Html;
    let join_lines = option && format == InputFormat::Text;
    let cleaner = &cleaners()[usize::from(whole_page)];
    match crate::segment::segment_input("fuzz", "fuzz", &text, format, choice, cleaner, join_lines)
    {
        Ok(doc) => check_document(&doc),
        Err(_) => Ok(()),
    }
}

/// An HTML page, from its bytes (charset sniffing included), its main content or whole.
pub fn html(data: &[u8]) -> Checked {
    read_document(data, InputFormat::Html)
}

/// A plain-text article, its lines kept or joined.
pub fn plain(data: &[u8]) -> Checked {
    read_document(data, InputFormat::Text)
}

/// A Markdown article; and the same read in small chunks, which must read as it does whole
/// (the reader parses a large document a chunk of whole blocks at a time).
pub fn markdown(data: &[u8]) -> Checked {
    read_document(data, InputFormat::Markdown)?;
    let (_, _, rest) = reading(data);
    let Ok(text) = document::decode_as("fuzz", rest, InputFormat::Markdown, true) else {
        return Ok(());
    };
    let chunk = 1 + usize::from(data.last().copied().unwrap_or(0));
    let cleaner = &cleaners()[0];
    let whole = document::parse_markdown_in_chunks(&text, cleaner, usize::MAX);
    let chunked = document::parse_markdown_in_chunks(&text, cleaner, chunk);
    if whole.0 != chunked.0 {
        return Err(format!(
            "read in chunks of {chunk} bytes: blocks {:?}, whole: {:?}",
            chunked.0, whole.0
        ));
    }
    let reasons = |d: &[document::Dropped]| -> Vec<(usize, String, String)> {
        d.iter()
            .map(|d| (d.line, d.reason.clone(), d.text.clone()))
            .collect()
    };
    if reasons(&whole.1) != reasons(&chunked.1) {
        return Err(format!(
            "read in chunks of {chunk} bytes: left out {:?}, whole: {:?}",
            chunked.1, whole.1
        ));
    }
    Ok(())
}

/// Terms a reader accepted must make a glossary or be refused with an error, and the glossary
/// must be able to search and check a text.
fn use_terms(terms: Vec<Term>, sample: &str) -> Checked {
    let Ok(glossary) = Glossary::from_terms(terms) else {
        return Ok(());
    };
    for lang in Lang::ALL {
        let hits = glossary.find(lang, sample);
        for hit in &hits {
            if sample.get(hit.start..hit.end).is_none() {
                return Err(format!(
                    "term hit {}..{} outside the text",
                    hit.start, hit.end
                ));
            }
        }
        for target in Lang::ALL {
            let pairs = glossary.pairs_for(&hits, target);
            glossary.check(target, sample, &pairs);
        }
        glossary.find_deprecated(lang, sample);
    }
    Ok(())
}

/// A glossary term file (TSV); the terms it gives are then searched for in the file's text.
pub fn glossary_tsv(data: &[u8]) -> Checked {
    let text = text_of(data);
    match glossary::parse_tsv(Path::new("fuzz.tsv"), &text) {
        Ok(terms) => use_terms(terms, &text),
        Err(_) => Ok(()),
    }
}

/// A glossary in CSV, as `bitext glossary import` reads it.
pub fn glossary_csv(data: &[u8]) -> Checked {
    let text = text_of(data);
    match exchange::from_csv(Path::new("fuzz.csv"), &text) {
        Ok(terms) => use_terms(terms, &text),
        Err(_) => Ok(()),
    }
}

/// A glossary in TBX.
pub fn glossary_tbx(data: &[u8]) -> Checked {
    let text = text_of(data);
    match tbx::from_tbx(Path::new("fuzz.tbx"), &text) {
        Ok((terms, _)) => use_terms(terms, &text),
        Err(_) => Ok(()),
    }
}

/// A reviewed file's error must name a line of the file.
fn check_line(line: usize, text: &str) -> Checked {
    let lines = text.split('\n').count().max(1);
    if line == 0 || line > lines {
        return Err(format!("error at line {line} of a file of {lines} lines"));
    }
    Ok(())
}

/// A reviewed XLIFF.
pub fn review_xliff(data: &[u8]) -> Checked {
    let text = text_of(data);
    match output::xliff::read_reviewed(Path::new("fuzz.xlf"), &text) {
        Ok(_) => Ok(()),
        Err(e) => check_line(e.line, &text),
    }
}

/// A translation memory in TMX (`bitext import FILE.tmx`): an error names a line of the file;
/// every translation read has text on both sides, in two different languages, its source
/// as a run's segments are (NFC, no white space at either end).
pub fn tm_tmx(data: &[u8]) -> Checked {
    let lines = data.split(|&b| b == b'\n').count().max(1);
    match crate::tm::import::read_pairs(data) {
        Ok(pairs) => {
            for (source, target, text, translation) in pairs {
                if source == target || text.is_empty() || translation.is_empty() {
                    return Err(format!(
                        "a pair {source}→{target} {text:?} → {translation:?}"
                    ));
                }
                if text.trim() != text || crate::text::nfc(&text) != text.as_str() {
                    return Err(format!("a source not as segments are: {text:?}"));
                }
            }
            Ok(())
        }
        Err(crate::tm::ImportError::Parse { line, .. }) if line == 0 || line > lines => {
            Err(format!("error at line {line} of a file of {lines} lines"))
        }
        Err(_) => Ok(()),
    }
}

/// An edited TSV.
pub fn review_tsv(data: &[u8]) -> Checked {
    let text = text_of(data);
    match output::read_reviewed_tsv(Path::new("fuzz.tsv"), &text) {
        Ok(_) => Ok(()),
        Err(e) => check_line(e.line, &text),
    }
}

/// The key every fuzzed provider is built with: no error it returns may show it.
const KEY: &str = "fuzz-Key-9d2e71c4";

/// A provider profile pointing nowhere (no request is ever sent) with [`KEY`].
fn settings(name: &str) -> CommonSettings {
    CommonSettings {
        name: name.to_string(),
        endpoint: Some("http://127.0.0.1:9".to_string()),
        model: None,
        api_key: Some(ApiKey::new(KEY)),
        api_key_env: Some("BITEXT_FUZZ_KEY".to_string()),
        key_env: "BITEXT_FUZZ_KEY".to_string(),
        batch_size: None,
        timeout: std::time::Duration::from_secs(1),
    }
}

/// A provider built once per process: building one makes an HTTP client, which is slow.
fn built<P: Registered>(
    cell: &'static OnceLock<P>,
    name: &str,
    section: P::Section,
) -> Result<&'static P, String> {
    if let Some(p) = cell.get() {
        return Ok(p);
    }
    let p = P::build(&settings(name), &section).map_err(|e| format!("cannot build {name}: {e}"))?;
    Ok(cell.get_or_init(|| p))
}

/// A server's answer as a fuzz input spells it: the first byte picks the status, the second
/// the batch (how many texts, which pair, strict or not); up to the first line break is the
/// `Retry-After` header, the rest the body.
struct Answer {
    status: u16,
    headers: HeaderMap,
    body: String,
    batch: Batch,
}

/// Sentences in each language with a term in them, as the pipeline would send.
const SENT: [(&str, &str, &str); 3] = [
    (
        "Hội Liên hiệp Phụ nữ Việt Nam họp tại Hà Nội.",
        "Hà Nội",
        "Hanoi",
    ),
    ("The Shanghai forum opened on Monday.", "Shanghai", "上海"),
    ("上海论坛于周一开幕。", "上海", "Shanghai"),
];

fn answer(data: &[u8]) -> Answer {
    const STATUSES: [u16; 12] = [200, 200, 200, 200, 400, 401, 403, 404, 429, 456, 500, 503];
    let status = STATUSES[data.first().map_or(0, |b| *b as usize) % STATUSES.len()];
    let shape = data.get(1).copied().unwrap_or(0);
    let rest = data.get(2..).unwrap_or_default();
    let text = text_of(rest);
    let (header, body) = match text.split_once('\n') {
        Some((h, b)) if h.len() < 64 => (Some(h), b.to_string()),
        _ => (None, text.clone()),
    };
    let mut headers = HeaderMap::new();
    if let Some(value) = header.and_then(|h| HeaderValue::from_str(h).ok()) {
        headers.insert(reqwest::header::RETRY_AFTER, value.clone());
        headers.insert("x-metered-usage", value);
    }
    let source = Lang::ALL[(shape as usize >> 2) % 3];
    let target = Lang::ALL[((shape as usize >> 2) + 1 + (shape as usize >> 4) % 2) % 3];
    let (sentence, term, _) = SENT[Lang::ALL.iter().position(|&l| l == source).unwrap_or(0)];
    let rendering = SENT
        .iter()
        .find(|(_, t, _)| *t != term)
        .map_or("", |(_, _, r)| r);
    let items = (0..1 + (shape & 3) as usize)
        .map(|n| BatchItem {
            id: format!("b{}.s1", n + 1),
            text: sentence.to_string(),
            terms: vec![TermPair {
                id: "t1".into(),
                source: term.into(),
                target: rendering.into(),
            }],
        })
        .collect();
    Answer {
        status,
        headers,
        body,
        batch: Batch {
            source,
            target,
            items,
            strict: shape & 0x40 != 0,
            context: None,
        },
    }
}

/// A provider's reading of an answer: as many texts as were sent, or an error that does not
/// show the key.
fn check_answer(result: Result<BatchOutput, ProviderError>, sent: usize) -> Checked {
    match result {
        Ok(out) if out.texts.len() == sent => Ok(()),
        Ok(out) => Err(format!("{} texts for {sent} sent", out.texts.len())),
        Err(e) if e.to_string().contains(KEY) => Err(format!("the key shows in: {e}")),
        Err(_) => Ok(()),
    }
}

/// An error answer: what it means, without the key.
fn check_error(error: ProviderError) -> Checked {
    check_answer(Err(error), 0)
}

/// DeepL's answer to a translation request.
pub fn deepl(data: &[u8]) -> Checked {
    static CELL: OnceLock<Deepl> = OnceLock::new();
    let p = built(
        &CELL,
        "deepl",
        crate::provider::deepl::DeeplSection::default(),
    )?;
    let a = answer(data);
    if a.status != 200 {
        return check_error(p.error(a.status, &a.headers, &a.body));
    }
    let sent = a.batch.items.len();
    check_answer(p.read_answer(&a.batch, a.batch.strict, &a.body), sent)
}

/// Google's answer, v2 and v3 (with and without its glossary).
pub fn google(data: &[u8]) -> Checked {
    static V2: OnceLock<Google> = OnceLock::new();
    static V3: OnceLock<Google> = OnceLock::new();
    let a = answer(data);
    let v3 = a.batch.strict;
    let p = if v3 {
        let section = GoogleSection {
            api: Some("v3".into()),
            project: Some("fuzz".into()),
            ..Default::default()
        };
        built(&V3, "google", section)?
    } else {
        built(&V2, "google", GoogleSection::default())?
    };
    if a.status != 200 {
        return check_error(p.error(a.status, &a.headers, &a.body));
    }
    let sent = a.batch.items.len();
    let glossary = data.len().is_multiple_of(2);
    check_answer(p.read_answer(&a.batch, v3 && glossary, &a.body), sent)
}

/// Microsoft's answer, for one target or two in one request.
pub fn microsoft(data: &[u8]) -> Checked {
    static CELL: OnceLock<Microsoft> = OnceLock::new();
    let p = built(&CELL, "microsoft", MicrosoftSection::default())?;
    let a = answer(data);
    if a.status != 200 {
        return check_error(p.error(a.status, &a.headers, &a.body));
    }
    let mut batches = vec![a.batch.clone()];
    if a.batch.strict {
        let other = Lang::ALL
            .into_iter()
            .find(|&l| l != a.batch.source && l != a.batch.target);
        if let Some(target) = other {
            batches.push(Batch {
                target,
                ..a.batch.clone()
            });
        }
    }
    let texts = p.wire_texts(&batches[0]);
    match p.read_answer(&batches, &texts, &a.headers, &a.body) {
        Ok(outputs) if outputs.len() != batches.len() => Err(format!(
            "{} outputs for {} targets",
            outputs.len(),
            batches.len()
        )),
        Ok(outputs) => outputs
            .into_iter()
            .try_for_each(|out| check_answer(Ok(out), texts.len())),
        Err(e) => check_error(e),
    }
}

/// LibreTranslate's answer, its placeholders put back.
pub fn libretranslate(data: &[u8]) -> Checked {
    static CELL: OnceLock<LibreTranslate> = OnceLock::new();
    let p = built(&CELL, "libretranslate", NoSection::default())?;
    let a = answer(data);
    if a.status != 200 {
        return check_error(p.error(a.status, &a.headers, &a.body));
    }
    let sent = a.batch.items.len();
    check_answer(p.read_answer(&a.batch, 0, &a.body), sent)
}

/// An OpenAI-compatible chat completion, and the JSON answer inside it.
pub fn openai(data: &[u8]) -> Checked {
    static CELL: OnceLock<OpenAi> = OnceLock::new();
    let p = built(&CELL, "openai", OpenAiSection::default())?;
    let a = answer(data);
    if a.status != 200 {
        return check_error(p.error(a.status, &a.headers, &a.body));
    }
    let sent = a.batch.items.len();
    check_answer(p.read_answer(&a.batch, &a.body), sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The provider harness reaches the reading of a good answer, not only its errors.
    #[test]
    fn a_well_formed_answer_is_read_through_the_harness() {
        let body = r#"{"translations":[{"text":"Hanoi women meet."}]}"#;
        let a = answer(format!("\u{0}\u{0}\n{body}").as_bytes());
        assert_eq!((a.status, a.batch.items.len()), (200, 1));
        static CELL: OnceLock<Deepl> = OnceLock::new();
        let p = built(
            &CELL,
            "deepl",
            crate::provider::deepl::DeeplSection::default(),
        )
        .unwrap();
        let out = p.read_answer(&a.batch, false, &a.body).unwrap();
        assert_eq!(out.texts, vec![Some("Hanoi women meet.".to_string())]);
        assert!(deepl(format!("\u{0}\u{0}\n{body}").as_bytes()).is_ok());
    }

    #[test]
    fn the_answer_checks_see_a_miscount_and_a_shown_key() {
        let out = BatchOutput {
            texts: vec![None],
            ..Default::default()
        };
        assert!(check_answer(Ok(out), 2).is_err());
        let shown = ProviderError::Malformed {
            provider: "deepl".into(),
            message: format!("bad answer for {KEY}"),
            paid: true,
        };
        assert!(check_error(shown).is_err());
    }

    #[test]
    fn the_document_check_sees_text_lost_from_a_block() {
        let cleaner = Cleaner::default();
        let choice = LangChoice::Fixed(Lang::En);
        let text = "One sentence. Another one.";
        let mut doc = crate::segment::segment_input(
            "d",
            "d",
            text,
            InputFormat::Text,
            choice,
            &cleaner,
            false,
        )
        .unwrap();
        assert!(check_document(&doc).is_ok());
        doc.blocks[0].segments.pop();
        assert!(check_document(&doc).is_err());
    }
}
