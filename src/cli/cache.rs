//! `bitext cache stats`: how many translations the cache holds and their size.

use super::args::Cli;
use super::common::load_config;
use super::{Exit, Failure, Outcome};
use crate::cache::{FsStore, Store};
use std::path::Path;

pub(super) fn stats(cli: &Cli, cache: Option<&Path>, json: bool) -> Outcome {
    let loaded = load_config(cli)?;
    let dir = loaded.cache_dir(cache);
    let stats = FsStore::new(&dir).stats().map_err(Failure::usage)?;
    if json {
        println_shown!(
            "{}",
            serde_json::to_string(&stats).expect("stats serialise")
        );
    } else {
        println_shown!("cache: {}", dir.display());
        println_shown!("entries: {}", stats.entries);
        println_shown!(
            "size: {} bytes ({:.1} MiB)",
            stats.bytes,
            stats.bytes as f64 / 1_048_576.0
        );
        if stats.corrupt > 0 {
            println_shown!(
                "corrupt: {} (ignored when read; delete them or let the next run rewrite them)",
                stats.corrupt
            );
        }
    }
    Ok(Exit::Done)
}
