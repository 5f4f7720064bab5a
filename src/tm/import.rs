//! `bitext import FILE.tmx`: a team's translation memory taken in as human translations.
//!
//! Where they live: in the store, beside the machine translations, under keys made of the
//! language pair and the source text alone ([`memory_request`]), so that every process and
//! machine sharing the store (one database, or a PostgreSQL memory) shares them with no file
//! to copy around, `cache stats` counts them (provider `tm`), `cache export` gives them back
//! and `cache forget --provider tm` removes them. Runs look them up before the cache and any
//! provider, after reviewers' corrections (which stay files under version control).
//!
//! How a unit matches: the text of its variant in the unit's source language (`srclang` of
//! the `<tu>`, else of the header; `*all*` makes every variant a source), in NFC, without
//! white space at either end, inline codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) left
//! out and `<hi>` kept as text: exactly what a segment's text is before the cache key is
//! made. Language tags are read as CAT tools write them (`en-US`, `vi-VN`, `zh-CN`,
//! `zh-Hans`); Traditional Chinese (`zh-TW`, `zh-Hant`) and other languages are skipped.
//!
//! Two units that give one source two translations: the newest (`changedate`, else
//! `creationdate`, of the variant, else of the unit) wins, and among equals the later in the
//! file; a later import replaces what an earlier one stored. The file is read twice: once
//! whole to check it and pick those winners (a bad file stores nothing), then to store them
//! a thousand at a time. Memory holds one unit, one chunk, and 32 bytes per distinct source
//! and pair; the XML is read through [`crate::xml::Lines`], which bounds any single element,
//! and no entity beyond XML's five is expanded (a DOCTYPE's own entities are refused where
//! used), so neither an external entity nor a billion laughs gets anywhere.

use crate::cache::{memory_request, CacheEntry, CacheError, CacheKey, Store};
use crate::lang::Lang;
use crate::xml::{attribute, push_text, Lines};
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;

/// The longest `<seg>` text taken (bytes).
const MAX_SEG: usize = 1 << 20;
/// The longest single element or text the reader hands over (bytes).
const MAX_EVENT: usize = 4 << 20;
/// Variants of one `<tu>`.
const MAX_VARIANTS: usize = 64;
/// Elements nested inside one `<seg>`.
const MAX_DEPTH: usize = 32;
/// Translations stored per transaction.
const CHUNK: usize = 1000;

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// `<tu>` elements read.
    pub units: u64,
    /// Translations (source, target language) new in the store.
    pub imported: u64,
    /// Translations that replaced another one an earlier import stored for that source.
    pub updated: u64,
    /// Translations the store already held as they are.
    pub unchanged: u64,
    /// Variants not taken, by reason.
    pub skipped: BTreeMap<String, u64>,
    /// Translations kept (imported, updated or unchanged) per pair (`vi-en`).
    pub pairs: BTreeMap<String, u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}:{line}: {message}")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Cache(#[from] CacheError),
}

/// One `<tuv>` as read.
#[derive(Debug, Default)]
struct Variant {
    tag: String,
    text: Option<String>,
    date: Option<u64>,
    /// Its `x-origin` property (bitext's TMX marks machine translations so).
    origin: Option<String>,
}

/// One `<tu>` as read.
#[derive(Debug, Default)]
struct Unit {
    line: usize,
    srclang: Option<String>,
    date: Option<u64>,
    origin: Option<String>,
    variants: Vec<Variant>,
}

/// A translation a unit gives.
struct Pair {
    source: Lang,
    target: Lang,
    text: String,
    translation: String,
    date: u64,
}

/// Origins bitext writes for what a machine made, or copied: not human translations.
fn machine(origin: Option<&str>) -> Option<&str> {
    origin.filter(|o| matches!(*o, "api" | "cache" | "pseudo" | "copy" | "failed" | "mt"))
}

/// Reads a TMX file and stores its translations in `store`; `now` dates the units that carry
/// no date. Nothing is stored when the file is not readable TMX.
pub fn import_tmx(store: &dyn Store, path: &Path, now: u64) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::default();
    // First pass: the whole file checked, and the winner of each source and pair.
    let mut winners: HashMap<[u8; 16], (u64, u64)> = HashMap::new();
    let mut ordinal = 0u64;
    read_units(path, |unit, header| {
        report.units += 1;
        for pair in pairs_of(unit, header, Some(&mut report.skipped)) {
            let id = short(&memory_request(pair.source, pair.target, &pair.text).key());
            let slot = winners.entry(id).or_insert((pair.date, ordinal));
            if pair.date >= slot.0 {
                *slot = (pair.date, ordinal);
            }
            ordinal += 1;
        }
        Ok(())
    })?;
    let total = ordinal;

    // Second pass: the winners stored, a chunk at a time.
    let mut chunk: Vec<(CacheKey, CacheEntry)> = Vec::with_capacity(CHUNK);
    let mut ordinal = 0u64;
    let superseded = "superseded by a newer unit for the same source and language".to_string();
    read_units(path, |unit, header| {
        for pair in pairs_of(unit, header, None) {
            let request = memory_request(pair.source, pair.target, &pair.text);
            let key = request.key();
            let won = winners.get(&short(&key)).is_some_and(|w| w.1 == ordinal);
            ordinal += 1;
            if !won {
                *report.skipped.entry(superseded.clone()).or_default() += 1;
                continue;
            }
            let entry = CacheEntry {
                request,
                translation: pair.translation,
                created: if pair.date > 0 { pair.date } else { now },
            };
            chunk.push((key, entry));
            if chunk.len() == CHUNK {
                store_chunk(store, &mut chunk, &mut report)?;
            }
        }
        Ok(())
    })?;
    if ordinal != total {
        return Err(ImportError::Io {
            path: path.display().to_string(),
            source: std::io::Error::other(
                "the file changed while it was imported: import it again",
            ),
        });
    }
    store_chunk(store, &mut chunk, &mut report)?;
    Ok(report)
}

/// The first 16 bytes of a key: enough to tell apart every source of any memory.
fn short(key: &CacheKey) -> [u8; 16] {
    let mut id = [0u8; 16];
    if let Ok(bytes) = hex::decode(key.0.get(..32).unwrap_or_default()) {
        id.copy_from_slice(&bytes);
    }
    id
}

/// Compares a chunk with what the store holds, stores what is new or different, and counts.
fn store_chunk(
    store: &dyn Store,
    chunk: &mut Vec<(CacheKey, CacheEntry)>,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    if chunk.is_empty() {
        return Ok(());
    }
    let keys: Vec<&CacheKey> = chunk.iter().map(|(k, _)| k).collect();
    let held = store.peek_many(&keys)?;
    let mut changed = Vec::new();
    for ((key, entry), held) in chunk.drain(..).zip(held) {
        let pair = format!(
            "{}-{}",
            entry.request.source_lang, entry.request.target_lang
        );
        *report.pairs.entry(pair).or_default() += 1;
        match held {
            Some(old) if old.translation == entry.translation => report.unchanged += 1,
            Some(_) => {
                report.updated += 1;
                changed.push((key, entry));
            }
            None => {
                report.imported += 1;
                changed.push((key, entry));
            }
        }
    }
    store.put_many(&changed)?;
    let lost = store.settle();
    if lost > 0 {
        return Err(ImportError::Cache(CacheError::Io {
            path: "cache".into(),
            source: std::io::Error::other(format!("{lost} translation(s) could not be stored")),
        }));
    }
    Ok(())
}

/// The translations of one unit, counting in `skipped` (when given) the variants not taken.
fn pairs_of(
    unit: Unit,
    header_srclang: Option<&str>,
    mut skipped: Option<&mut BTreeMap<String, u64>>,
) -> Vec<Pair> {
    let mut skip = |reason: String| {
        if let Some(skipped) = skipped.as_deref_mut() {
            *skipped.entry(reason).or_default() += 1;
        }
    };
    let srclang = unit
        .srclang
        .as_deref()
        .or(header_srclang)
        .unwrap_or("*all*");
    // The variants in bitext's languages, the first of each language; the others skipped.
    let mut variants: Vec<(Lang, Variant)> = Vec::new();
    for v in unit.variants {
        let Ok(lang) = v.tag.parse::<Lang>() else {
            skip(format!(
                "in a language bitext does not translate ({})",
                v.tag
            ));
            continue;
        };
        let text = v.text.as_deref().map(str::trim).unwrap_or("");
        if text.is_empty() {
            skip("empty".into());
        } else if variants.iter().any(|(l, _)| *l == lang) {
            skip(format!("a second variant in {lang} in one unit"));
        } else {
            variants.push((lang, v));
        }
    }
    let sources: Vec<Lang> = if srclang == "*all*" {
        variants.iter().map(|(l, _)| *l).collect()
    } else {
        match srclang.parse::<Lang>() {
            Ok(lang) if variants.iter().any(|(l, _)| *l == lang) => vec![lang],
            Ok(lang) => {
                skip(format!("no variant in the unit's source language ({lang})"));
                return Vec::new();
            }
            Err(_) => {
                for _ in 0..variants.len() {
                    skip(format!(
                        "the unit's source language is not one bitext translates ({srclang})"
                    ));
                }
                return Vec::new();
            }
        }
    };
    let unit_origin = machine(unit.origin.as_deref()).map(str::to_string);
    let mut pairs = Vec::new();
    for &source in &sources {
        let Some((_, from)) = variants.iter().find(|(l, _)| *l == source) else {
            continue;
        };
        for (target, to) in variants.iter().filter(|(l, _)| *l != source) {
            if let Some(origin) = unit_origin.as_deref().or(machine(to.origin.as_deref())) {
                skip(format!("a machine translation (x-origin {origin})"));
                continue;
            }
            pairs.push(Pair {
                source,
                target: *target,
                text: crate::text::nfc(from.text.as_deref().unwrap_or("").trim()).into_owned(),
                translation: to.text.as_deref().unwrap_or("").trim().to_string(),
                date: to.date.or(unit.date).unwrap_or(0),
            });
        }
    }
    pairs
}

/// What the reader is inside of.
#[derive(Default)]
struct Reading {
    root: bool,
    /// Elements open, for the file's end.
    open: usize,
    header_srclang: Option<String>,
    unit: Option<Unit>,
    variant: Option<Variant>,
    /// Inside `<seg>`: its text, the depth of elements inside it, and the depth of the inline
    /// code whose content (the original markup) is left out, if any.
    seg: Option<(String, usize, usize)>,
    /// Inside a `<prop>`: its type and text.
    prop: Option<(String, String)>,
}

/// Reads the units of a TMX file one at a time, handing each with the header's `srclang` to
/// `each`.
fn read_units(
    path: &Path,
    each: impl FnMut(Unit, Option<&str>) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| ImportError::Io {
        path: shown.clone(),
        source,
    })?;
    read_from(
        shown,
        std::io::BufReader::with_capacity(64 * 1024, file),
        each,
    )
}

/// The translations (source, target, source text, translation) a TMX in memory gives, as an
/// import would take them but for the choice among units of one source: for the fuzz target.
pub(crate) fn read_pairs(data: &[u8]) -> Result<Vec<(Lang, Lang, String, String)>, ImportError> {
    let mut pairs = Vec::new();
    read_from("fuzz.tmx".into(), data, |unit, header| {
        for p in pairs_of(unit, header, None) {
            pairs.push((p.source, p.target, p.text, p.translation));
        }
        Ok(())
    })?;
    Ok(pairs)
}

/// [`read_units`] from any reader; `shown` names it in errors.
fn read_from(
    shown: String,
    mut input: impl BufRead,
    mut each: impl FnMut(Unit, Option<&str>) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let start = input.fill_buf().map_err(|source| ImportError::Io {
        path: shown.clone(),
        source,
    })?;
    if start.starts_with(&[0xFF, 0xFE]) || start.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::Parse {
            path: shown,
            line: 1,
            message:
                "the file is UTF-16: save it as UTF-8 (most CAT tools offer it when exporting TMX)"
                    .into(),
        });
    }
    if start.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    let mut reader = quick_xml::Reader::from_reader(Lines::new(input, MAX_EVENT));
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    let mut at = Reading::default();
    loop {
        buf.clear();
        let line = reader.get_ref().line();
        let err = |line: usize, message: String| ImportError::Parse {
            path: shown.clone(),
            line,
            message,
        };
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) => {
                let line = reader.get_ref().line();
                let message = match &e {
                    quick_xml::Error::Io(io) if io.to_string().contains(crate::xml::TOO_LONG) => {
                        format!(
                            "{} ({} MiB): is this a TMX file?",
                            crate::xml::TOO_LONG,
                            MAX_EVENT >> 20
                        )
                    }
                    _ => format!("malformed XML: {e} (was the file saved completely?)"),
                };
                return Err(err(line, message));
            }
        };
        reader.get_mut().mark();
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                at.open += usize::from(!empty);
                at.start(e, empty, line).map_err(|m| err(line, m))?;
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                at.text(&event).map_err(|m| err(line, m))?;
            }
            Event::End(ref e) => {
                at.open = at.open.saturating_sub(1);
                if let Some(unit) = at.end(e.name().as_ref()) {
                    each(unit, at.header_srclang.as_deref())?;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let line = reader.get_ref().line();
    if !at.root {
        return Err(ImportError::Parse {
            path: shown,
            line,
            message: "not a TMX file: there is no root element".into(),
        });
    }
    if at.open > 0 {
        return Err(ImportError::Parse {
            path: shown,
            line,
            message: "the file ends inside an element (was the file saved completely?)".into(),
        });
    }
    Ok(())
}

/// A TMX date attribute, if it is one.
fn date(e: &BytesStart<'_>, name: &str) -> Result<Option<u64>, String> {
    Ok(attribute(e, name)?.and_then(|d| super::parse_tmx_date(&d)))
}

impl Reading {
    fn start(&mut self, e: &BytesStart<'_>, empty: bool, line: usize) -> Result<(), String> {
        let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
        if !self.root {
            if name != "tmx" {
                return Err(format!(
                    "not a TMX file: the root element is <{name}>; give a .tmx file (TMX 1.4) as a CAT tool exports it"
                ));
            }
            self.root = true;
            return Ok(());
        }
        if let Some((_, depth, skip)) = &mut self.seg {
            if !empty {
                *depth += 1;
                if *depth > MAX_DEPTH {
                    return Err(format!(
                        "elements nested more than {MAX_DEPTH} deep inside a <seg>"
                    ));
                }
                let code = matches!(name.as_str(), "bpt" | "ept" | "ph" | "it" | "ut" | "sub");
                if code && *skip == 0 {
                    *skip = *depth;
                }
            }
            return Ok(());
        }
        match name.as_str() {
            "header" => self.header_srclang = attribute(e, "srclang")?,
            "tu" => {
                if self.unit.is_some() {
                    return Err("a <tu> inside another <tu>".into());
                }
                let unit = Unit {
                    line,
                    srclang: attribute(e, "srclang")?,
                    date: date(e, "changedate")?.or(date(e, "creationdate")?),
                    ..Unit::default()
                };
                if empty {
                    return Ok(());
                }
                self.unit = Some(unit);
            }
            "tuv" => {
                let Some(unit) = &self.unit else {
                    return Err("a <tuv> outside any <tu>".into());
                };
                if unit.variants.len() >= MAX_VARIANTS {
                    return Err(format!(
                        "a <tu> (from line {}) with more than {MAX_VARIANTS} variants",
                        unit.line
                    ));
                }
                let tag = match attribute(e, "xml:lang")? {
                    Some(tag) => tag,
                    None => attribute(e, "lang")?
                        .ok_or("a <tuv> without xml:lang: every variant must say its language")?,
                };
                let variant = Variant {
                    tag,
                    date: date(e, "changedate")?.or(date(e, "creationdate")?),
                    ..Variant::default()
                };
                if empty {
                    return Err("an empty <tuv/>: a variant holds a <seg>".into());
                }
                self.variant = Some(variant);
            }
            "prop" if !empty && self.unit.is_some() => {
                let kind = attribute(e, "type")?.unwrap_or_default();
                self.prop = Some((kind, String::new()));
            }
            "seg" => {
                let Some(variant) = &mut self.variant else {
                    return Err("a <seg> outside any <tuv>".into());
                };
                if empty {
                    variant.text = Some(String::new());
                } else {
                    self.seg = Some((String::new(), 0, 0));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, event: &Event<'_>) -> Result<(), String> {
        if let Some((text, _, skip)) = &mut self.seg {
            if *skip == 0 {
                push_text(event, text)?;
                if text.len() > MAX_SEG {
                    return Err(format!(
                        "a <seg> longer than {} MiB: is this a TMX of sentences?",
                        MAX_SEG >> 20
                    ));
                }
            }
        } else if let Some((_, text)) = &mut self.prop {
            push_text(event, text)?;
        }
        Ok(())
    }

    /// An end tag; returns the unit it closes.
    fn end(&mut self, name: &[u8]) -> Option<Unit> {
        if let Some((text, depth, skip)) = &mut self.seg {
            if *depth > 0 {
                if *skip == *depth {
                    *skip = 0;
                }
                *depth -= 1;
                return None;
            }
            let text = std::mem::take(text);
            self.seg = None;
            if let Some(variant) = &mut self.variant {
                variant.text = Some(text);
            }
            return None;
        }
        match name {
            b"prop" => {
                if let Some((kind, text)) = self.prop.take() {
                    if kind == "x-origin" {
                        let origin = Some(text.trim().to_string());
                        match (&mut self.variant, &mut self.unit) {
                            (Some(v), _) => v.origin = origin,
                            (None, Some(u)) => u.origin = origin,
                            _ => {}
                        }
                    }
                }
            }
            b"tuv" => {
                if let (Some(v), Some(u)) = (self.variant.take(), &mut self.unit) {
                    u.variants.push(v);
                }
            }
            b"tu" => return self.unit.take(),
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::{FsStore, Store};

    fn import(xml: &str) -> (tempfile::TempDir, Result<ImportReport, ImportError>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("team.tmx");
        std::fs::write(&path, xml).unwrap();
        let store = FsStore::new(dir.path().join("cache"));
        let report = import_tmx(&store, &path, 1_800_000_000);
        (dir, report)
    }

    fn stored(dir: &Path, source: Lang, target: Lang, text: &str) -> Option<String> {
        let store = FsStore::new(dir.join("cache"));
        let key = memory_request(source, target, text).key();
        store.get(&key).unwrap().map(|e| e.translation)
    }

    const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n<header creationtool=\"OmegaT\" creationtoolversion=\"6\" segtype=\"sentence\" o-tmf=\"OmegaT\" adminlang=\"EN-US\" srclang=\"vi-VN\" datatype=\"plaintext\"/>\n<body>\n";

    #[test]
    fn units_become_pairs_with_codes_left_out_and_tags_mapped() {
        let xml = format!(
            "{HEAD}<tu><tuv xml:lang=\"vi-VN\"><seg>  Bộ <bpt i=\"1\">&lt;b&gt;</bpt>Ngoại giao<ept i=\"1\">&lt;/b&gt;</ept> họp. </seg></tuv>\
             <tuv xml:lang=\"en-US\"><seg>The <hi>Foreign</hi> Ministry met.</seg></tuv>\
             <tuv xml:lang=\"zh-Hans\"><seg>外交部开会。</seg></tuv>\
             <tuv xml:lang=\"zh-TW\"><seg>外交部開會。</seg></tuv>\
             <tuv xml:lang=\"fr-FR\"><seg>Le ministère.</seg></tuv></tu>\n</body>\n</tmx>\n"
        );
        let (dir, report) = import(&xml);
        let report = report.unwrap();
        assert_eq!((report.units, report.imported), (1, 2), "{report:?}");
        assert_eq!(report.skipped.len(), 2, "{report:?}");
        let text = "Bộ Ngoại giao họp.";
        assert_eq!(
            stored(dir.path(), Lang::Vi, Lang::En, text).as_deref(),
            Some("The Foreign Ministry met.")
        );
        assert_eq!(
            stored(dir.path(), Lang::Vi, Lang::Zh, text).as_deref(),
            Some("外交部开会。")
        );
        // Only from the source language: English is no source here.
        assert_eq!(
            stored(dir.path(), Lang::En, Lang::Zh, "The Foreign Ministry met."),
            None
        );
    }

    #[test]
    fn the_newest_of_two_units_for_one_source_wins_and_a_reimport_changes_nothing() {
        let unit = |date: &str, en: &str| {
            format!("<tu changedate=\"{date}\"><tuv xml:lang=\"vi\"><seg>Xin chào.</seg></tuv><tuv xml:lang=\"en\"><seg>{en}</seg></tuv></tu>\n")
        };
        let xml = format!(
            "{HEAD}{}{}{}</body></tmx>",
            unit("20240101T000000Z", "Hello."),
            unit("20250101T000000Z", "Good day."),
            unit("20230101T000000Z", "Hi.")
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.tmx");
        std::fs::write(&path, &xml).unwrap();
        let store = FsStore::new(dir.path().join("cache"));
        let first = import_tmx(&store, &path, 1).unwrap();
        assert_eq!((first.imported, first.updated, first.unchanged), (1, 0, 0));
        assert_eq!(first.skipped.values().sum::<u64>(), 2, "{first:?}");
        assert_eq!(
            stored(dir.path(), Lang::Vi, Lang::En, "Xin chào.").as_deref(),
            Some("Good day.")
        );
        let again = import_tmx(&store, &path, 2).unwrap();
        assert_eq!((again.imported, again.updated, again.unchanged), (0, 0, 1));
        assert_eq!(store.stats().unwrap().entries, 1);
    }

    #[test]
    fn bad_files_name_their_line_and_store_nothing() {
        let cases = [
            (format!("{HEAD}<tu><tuv xml:lang=\"vi\"><seg>A.</seg></tuv><tuv xml:lang=\"en\"><seg>B.</seg></tuv></tu>\n<tu><tuv><seg>x</seg></tuv></tu></body></tmx>"), 7, "xml:lang"),
            (format!("{HEAD}<tu><tuv xml:lang=\"vi\"><seg>A.</seg></tuv><tuv xml:lang=\"en\"><seg>B.</seg></tuv></tu>\n\n<tu><tuv xml:lang=\"vi\"><seg>x</tuv></tu></body></tmx>"), 8, "malformed"),
            ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<tmx><body><tu><tuv xml:lang=\"vi\"><seg>&b;</seg></tuv></tu></body></tmx>".to_string(), 3, "unknown entity"),
            ("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\"/>".to_string(), 2, "not a TMX"),
            (format!("{HEAD}<tu><tuv xml:lang=\"vi\"><seg>A.</seg></tuv>"), 6, "ends inside"),
        ];
        for (xml, line, what) in cases {
            let (dir, report) = import(&xml);
            let e = report.unwrap_err().to_string();
            assert!(e.contains(&format!("team.tmx:{line}: ")), "{e}");
            assert!(e.contains(what), "{e}");
            assert_eq!(
                FsStore::new(dir.path().join("cache"))
                    .stats()
                    .unwrap()
                    .entries,
                0
            );
        }
    }

    #[test]
    fn an_element_past_the_bound_is_refused_without_reading_it_all() {
        let huge = "a".repeat(MAX_EVENT + (1 << 20));
        let (_dir, report) = import(&format!(
            "{HEAD}<tu><tuv xml:lang=\"vi\"><seg>{huge}</seg></tuv></tu></body></tmx>"
        ));
        let e = report.unwrap_err().to_string();
        assert!(e.contains("longer than"), "{e}");
    }

    #[test]
    fn machine_translations_of_bitext_outputs_are_not_taken_as_human() {
        let xml = format!(
            "{HEAD}<tu><tuv xml:lang=\"vi\"><seg>Một.</seg></tuv><tuv xml:lang=\"en\"><prop type=\"x-origin\">api</prop><seg>One.</seg></tuv></tu>\
             <tu><tuv xml:lang=\"vi\"><seg>Hai.</seg></tuv><tuv xml:lang=\"en\"><prop type=\"x-origin\">reviewed</prop><seg>Two.</seg></tuv></tu></body></tmx>"
        );
        let (dir, report) = import(&xml);
        let report = report.unwrap();
        assert_eq!(report.imported, 1, "{report:?}");
        assert_eq!(
            report.skipped.get("a machine translation (x-origin api)"),
            Some(&1)
        );
        assert_eq!(stored(dir.path(), Lang::Vi, Lang::En, "Một."), None);
        assert_eq!(
            stored(dir.path(), Lang::Vi, Lang::En, "Hai.").as_deref(),
            Some("Two.")
        );
    }
}
