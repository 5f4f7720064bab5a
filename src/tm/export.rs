//! `bitext cache export`: the store's entries, a page at a time, as TMX 1.4b or JSON Lines.
//!
//! The TMX follows the 1.4b specification as the output TMX does (no DOCTYPE, so no tool
//! fetches the DTD): the header's `srclang` is the pair's source language when one pair is
//! exported, else `*all*`, which the specification provides for a memory of several source
//! languages; every `<tu>` then says its own `srclang`. One unit per entry: its `tuid` is the
//! entry's key, its `creationdate` when the entry was written, and its properties say what
//! made it: `x-origin` (`mt` for a machine translation, `tm` for a unit imported from a
//! team's TMX, `pseudo` for the offline pseudo provider's markers), `x-provider`, `x-model`
//! and, when the glossary took part, `x-terms` (the ids of the terms the request carried).
//! Pseudo entries are not translations: they are left out unless `--provider pseudo` asks.

use super::{iso_date, tag, tmx_date};
use crate::cache::{CacheEntry, CacheError, CacheKey, Filter, Store, MEMORY_PROVIDER};
use crate::output::tmx::{self as writer, Variant};
use std::io::Write;
use std::path::Path;

/// Entries read from the store at a time: memory holds one page.
const PAGE: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Tmx,
    Jsonl,
}

/// What to export, and how.
#[derive(Clone, Debug)]
pub struct Export<'a> {
    pub format: ExportFormat,
    pub filter: Filter,
    /// The tag written for Chinese (`zh-CN` or `zh-Hans`).
    pub zh_tag: &'a str,
    /// The time of the export (seconds since the epoch), for the TMX header.
    pub now: u64,
}

/// What an export wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Exported {
    pub entries: u64,
    /// Entries that failed verification: left out.
    pub corrupt: u64,
    /// Pseudo-provider entries left out (not translations).
    pub pseudo: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Cache(#[from] CacheError),
    #[error("{path}: cannot write: {source} (check the folder and the free space, or pass another -o FILE)")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// The value of `x-origin` for an entry.
fn origin(provider: &str) -> &'static str {
    match provider {
        MEMORY_PROVIDER => "tm",
        "pseudo" => "pseudo",
        _ => "mt",
    }
}

/// Writes the entries `opts.filter` takes to `out`, a page at a time; `shown` names `out` in
/// errors.
pub fn export(
    store: &dyn Store,
    opts: &Export,
    out: &mut dyn Write,
    shown: &str,
) -> Result<Exported, ExportError> {
    let io = |source| ExportError::Write {
        path: shown.to_string(),
        source,
    };
    let mut done = Exported::default();
    let keep_pseudo = opts.filter.provider.as_deref() == Some("pseudo");
    let mut w = writer::writer();
    if opts.format == ExportFormat::Tmx {
        let srclang = opts
            .filter
            .pair
            .map_or("*all*", |(source, _)| tag(source, opts.zh_tag));
        let created = tmx_date(opts.now);
        let header = [
            ("creationtool", "bitext"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "bitext"),
            ("adminlang", "en"),
            ("srclang", srclang),
            ("datatype", "plaintext"),
            ("creationdate", created.as_str()),
        ];
        writer::start(&mut w, &header, &[]).map_err(io)?;
        out.write_all(&writer::take(&mut w)).map_err(io)?;
    }
    let mut after: Option<CacheKey> = None;
    loop {
        let page = store.scan(&opts.filter, after.as_ref(), PAGE)?;
        done.corrupt += page.corrupt;
        let mut bytes = Vec::new();
        for (key, entry) in &page.entries {
            if entry.request.provider == "pseudo" && !keep_pseudo {
                done.pseudo += 1;
                continue;
            }
            done.entries += 1;
            match opts.format {
                ExportFormat::Tmx => {
                    tmx_unit(&mut w, key, entry, opts.zh_tag).map_err(io)?;
                    bytes.extend(writer::take(&mut w));
                }
                ExportFormat::Jsonl => {
                    serde_json::to_writer(&mut bytes, &record(key, entry))
                        .map_err(std::io::Error::from)
                        .map_err(io)?;
                    bytes.push(b'\n');
                }
            }
        }
        out.write_all(&bytes).map_err(io)?;
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    if opts.format == ExportFormat::Tmx {
        out.write_all(&writer::end(&mut w)).map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(done)
}

/// [`export`] into a file, atomically: written beside it under a temporary name and renamed
/// over it once whole, so that a failed or killed export leaves the old file.
pub fn export_to_file(
    store: &dyn Store,
    opts: &Export,
    path: &Path,
) -> Result<Exported, ExportError> {
    let shown = path.display().to_string();
    let io = |source| ExportError::Write {
        path: shown.clone(),
        source,
    };
    let tmp = crate::fsio::temp_file_beside(path).map_err(io)?;
    let mut out = std::io::BufWriter::new(tmp);
    let done = export(store, opts, &mut out, &shown)?;
    let tmp = out.into_inner().map_err(|e| io(e.into_error()))?;
    crate::fsio::persist(tmp, path).map_err(io)?;
    Ok(done)
}

fn tmx_unit(
    w: &mut quick_xml::Writer<Vec<u8>>,
    key: &CacheKey,
    entry: &CacheEntry,
    zh_tag: &str,
) -> std::io::Result<()> {
    let r = &entry.request;
    let attributes = [
        ("tuid", key.0.clone()),
        ("srclang", tag(r.source_lang, zh_tag).to_string()),
        ("creationdate", tmx_date(entry.created)),
    ];
    let mut props = vec![("x-origin", origin(&r.provider).to_string())];
    if r.provider != MEMORY_PROVIDER {
        props.push(("x-provider", r.provider.clone()));
        props.push(("x-model", r.model.clone()));
    }
    if !r.terms.is_empty() {
        let mut ids: Vec<&str> = r.terms.iter().map(|t| t.id.as_str()).collect();
        // A term met twice in the segment is carried twice; it is one term.
        ids.sort_unstable();
        ids.dedup();
        props.push(("x-terms", ids.join(" ")));
    }
    let variants = [
        Variant {
            lang: tag(r.source_lang, zh_tag),
            attributes: Vec::new(),
            props: Vec::new(),
            text: &r.text,
        },
        Variant {
            lang: tag(r.target_lang, zh_tag),
            attributes: Vec::new(),
            props: Vec::new(),
            text: &entry.translation,
        },
    ];
    writer::unit(w, &attributes, &props, &variants)
}

/// One JSON Lines record: everything the entry holds, flat.
fn record(key: &CacheKey, entry: &CacheEntry) -> serde_json::Value {
    let r = &entry.request;
    serde_json::json!({
        "key": key.0,
        "origin": origin(&r.provider),
        "provider": r.provider,
        "model": r.model,
        "endpoint_family": r.endpoint_family,
        "source_lang": r.source_lang,
        "target_lang": r.target_lang,
        "source": r.text,
        "translation": entry.translation,
        "terms": r.terms,
        "options": r.options,
        "created": iso_date(entry.created),
    })
}
