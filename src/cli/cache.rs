//! `bitext cache stats` (what the cache holds, per provider, model and language pair) and
//! `bitext cache migrate` (a file store's folder moved into the database).

use super::args::Cli;
use super::common::load_config;
use super::{Exit, Failure, Outcome};
use crate::cache::{self, Location, Opened};
use std::path::Path;

pub(super) fn stats(cli: &Cli, cache: Option<&Path>, json: bool, verify: bool) -> Outcome {
    let loaded = load_config(cli)?;
    let location = super::common::cache_location(&loaded.cache_dir(cache));
    let (store, opened) = cache::open(&location, false);
    tell_opened(&opened);
    let stats = if verify {
        store.stats_verified()
    } else {
        store.stats()
    }
    .map_err(Failure::usage)?;
    if json {
        println_shown!(
            "{}",
            serde_json::to_string(&stats).expect("stats serialise")
        );
        return Ok(Exit::Done);
    }
    println_shown!("cache: {location} ({})", stats.backend);
    println_shown!("entries: {}", stats.entries);
    println_shown!(
        "size: {} bytes of entries ({:.1} MiB), {:.1} MiB on disk",
        stats.bytes,
        stats.bytes as f64 / 1_048_576.0,
        stats.disk_bytes as f64 / 1_048_576.0
    );
    for g in &stats.groups {
        println_shown!(
            "  {} {} {}→{}: {} entries, {:.1} MiB",
            g.provider,
            g.model,
            g.source,
            g.target,
            g.entries,
            g.bytes as f64 / 1_048_576.0
        );
    }
    if stats.corrupt > 0 {
        println_shown!(
            "corrupt: {} (ignored when read; the next run that needs them translates them again)",
            stats.corrupt
        );
    }
    Ok(Exit::Done)
}

pub(super) fn migrate(cli: &Cli, cache: Option<&Path>) -> Outcome {
    let loaded = load_config(cli)?;
    let dir = loaded.cache_dir(cache);
    let Location::Database(dir) = Location::parse(&dir) else {
        return Err(Failure::usage(format!(
            "{} is not a cache folder; `cache migrate` moves a file store into the database of \
             a cache folder: pass --cache DIR (without `dir:`)",
            Location::parse(&dir)
        )));
    };
    let store = cache::SqliteStore::new(&dir);
    match store.migrate().map_err(Failure::failed)? {
        None => println_shown!(
            "bitext: {} has no file store (v{}) to migrate",
            dir.display(),
            cache::KEY_SCHEMA
        ),
        Some(m) => {
            println_shown!(
                "bitext: {} entries moved into {}; the old folder is now {} (delete it when you like)",
                m.entries,
                store.path().display(),
                m.retired.display()
            );
            if m.corrupt > 0 {
                println_shown!(
                    "bitext: {} file(s) were not whole entries matching their keys and were left there",
                    m.corrupt
                );
            }
        }
    }
    Ok(Exit::Done)
}

/// Logs what opening the cache did besides opening it.
pub(super) fn tell_opened(opened: &Opened) {
    if opened.recovered > 0 {
        tracing::info!(
            "cache: filed {} translation(s) left by an interrupted run",
            opened.recovered
        );
    }
    if let Some(m) = &opened.migrated {
        tracing::info!(
            "cache: moved {} entries of the file store into the database; the old folder is now {}",
            m.entries,
            m.retired.display()
        );
        if m.corrupt > 0 {
            tracing::warn!(
                "cache: {} file(s) of the old folder were not whole entries and were left there",
                m.corrupt
            );
        }
    }
    if let Some(e) = &opened.migration_failed {
        tracing::warn!(
            "{e}; the file store's entries were not moved into the database: this run uses the \
             file store, and the next one tries again"
        );
    }
}
