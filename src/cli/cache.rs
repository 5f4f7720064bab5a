//! `bitext cache stats` (what the cache holds, per provider, model and language pair),
//! `bitext cache migrate` (a file store's folder moved into the database), `bitext cache
//! export` (the memory as TMX or JSON Lines) and `bitext cache forget` (entries removed).

use super::args::{CacheExportArgs, CacheFilterArgs, CacheForgetArgs, Cli};
use super::common::load_config;
use super::{Exit, Failure, Outcome};
use crate::cache::{self, Filter, Location, Opened, Store};
use crate::lang::Lang;
use std::path::Path;
use std::sync::Arc;

/// Seconds since the Unix epoch, now.
fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The store the filter's `--cache` names (no claims: these commands buy nothing), and the
/// filter its options make.
fn filtered(
    cli: &Cli,
    args: &CacheFilterArgs,
) -> Result<(Arc<dyn Store>, Filter, crate::config::Loaded), Failure> {
    let loaded = load_config(cli)?;
    let pair = match &args.pair {
        None => None,
        Some(text) => Some(parse_pair(text).map_err(Failure::usage)?),
    };
    let filter = Filter {
        provider: args.provider.clone(),
        model: args.model.clone(),
        pair,
        ..Filter::default()
    };
    let (store, opened) = cache::open(
        &super::common::cache_location(&loaded.cache_dir(args.cache.as_deref())),
        false,
    );
    tell_opened(&opened);
    Ok((store, filter, loaded))
}

/// `vi-en` → (Vietnamese, English).
fn parse_pair(text: &str) -> Result<(Lang, Lang), String> {
    let bad =
        || format!("--pair {text}: give a source and a target language, as vi-en, en-zh or zh-vi");
    let (source, target) = text.trim().split_once(['-', '_', ':']).ok_or_else(bad)?;
    let (source, target) = (
        source.parse::<Lang>().map_err(|_| bad())?,
        target.parse::<Lang>().map_err(|_| bad())?,
    );
    if source == target {
        return Err(bad());
    }
    Ok((source, target))
}

/// `30d` → seconds. Units: s, m, h, d, w.
fn parse_age(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &t[digits.len()..];
    let n: u64 = digits.parse().map_err(|_| {
        format!("--older-than {text}: give a number and a unit: 30d, 12h, 90m, 2w or 3600s")
    })?;
    let seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" | "" => 86_400,
        "w" => 7 * 86_400,
        _ => {
            return Err(format!(
                "--older-than {text}: the unit is s, m, h, d or w (30d, 12h, 2w)"
            ))
        }
    };
    n.checked_mul(seconds)
        .ok_or_else(|| format!("--older-than {text}: too long"))
}

pub(super) fn export(cli: &Cli, args: &CacheExportArgs) -> Outcome {
    let (store, filter, loaded) = filtered(cli, &args.filter)?;
    let zh_tag = match loaded.file.run.chinese_tag.as_deref().map(str::trim) {
        Some("zh-Hans") => "zh-Hans",
        _ => "zh-CN",
    };
    let opts = crate::tm::Export {
        format: args.format,
        filter,
        zh_tag,
        now: now(),
    };
    let done = match &args.out {
        Some(path) => crate::tm::export_to_file(&*store, &opts, path).map_err(Failure::failed)?,
        None => {
            let mut result = None;
            let whole = super::common::to_stdout(|out| {
                match crate::tm::export(&*store, &opts, out, "standard output") {
                    Err(crate::tm::ExportError::Write { source, .. }) => Err(source),
                    other => {
                        result = Some(other);
                        Ok(())
                    }
                }
            })?;
            if !whole {
                return Ok(Exit::Done);
            }
            result
                .unwrap_or(Ok(crate::tm::Exported::default()))
                .map_err(Failure::failed)?
        }
    };
    if !cli.quiet {
        eprintln_shown!(
            "bitext: {} entr{} exported{}",
            done.entries,
            if done.entries == 1 { "y" } else { "ies" },
            args.out
                .as_ref()
                .map(|p| format!(" to {}", p.display()))
                .unwrap_or_default()
        );
        if done.pseudo > 0 {
            eprintln_shown!(
                "bitext: {} entries of the pseudo provider left out (not translations; --provider pseudo exports them)",
                done.pseudo
            );
        }
        if done.corrupt > 0 {
            eprintln_shown!(
                "bitext: {} damaged entries left out (the next run that needs them translates them again)",
                done.corrupt
            );
        }
    }
    Ok(Exit::Done)
}

pub(super) fn forget(cli: &Cli, args: &CacheForgetArgs) -> Outcome {
    let created_before = match &args.older_than {
        None => None,
        Some(age) => Some(now().saturating_sub(parse_age(age).map_err(Failure::usage)?)),
    };
    if args.filter.provider.is_none()
        && args.filter.model.is_none()
        && args.filter.pair.is_none()
        && created_before.is_none()
    {
        return Err(Failure::usage(
            "cache forget needs at least one of --provider, --model, --pair or --older-than \
             (to start from nothing, delete the cache folder)",
        ));
    }
    let (store, mut filter, _) = filtered(cli, &args.filter)?;
    filter.created_before = created_before;
    // The team's memory is not a machine's to forget: only `--provider tm` names it.
    filter.machine_only = filter.provider.is_none();
    let removed = store.forget(&filter).map_err(Failure::failed)?;
    println_shown!(
        "bitext: {removed} entr{} removed",
        if removed == 1 { "y" } else { "ies" }
    );
    Ok(Exit::Done)
}

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
