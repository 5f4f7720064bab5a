//! What several commands do alike: load and resolve the configuration, read the articles,
//! build the pipeline, start the async runtime and write to standard output.

use super::args::{Cli, InputArgs};
use super::Failure;
use crate::cache::{self, Location};
use crate::collection;
use crate::config::{self, Loaded, Overrides, Settings};
use crate::document::{self, Cleaner, InputFormat, LangChoice};
use crate::glossary::Glossary;
use crate::pipeline::limiter::Limiter;
use crate::pipeline::Pipeline;
use crate::review::Reviews;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// bitext.toml as `--config` names it, or the workspace's.
pub(super) fn load_config(cli: &Cli) -> Result<Loaded, Failure> {
    config::load(cli.config.as_deref()).map_err(Failure::usage)
}

/// The settings of a run: the file, then the command line, then the environment.
pub(super) fn resolve(loaded: &Loaded, overrides: &Overrides) -> Result<Settings, Failure> {
    loaded
        .resolve(overrides, &|name| std::env::var(name).ok())
        .map_err(Failure::usage)
}

/// The async runtime of a run, on every core.
pub(super) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the async runtime: {e}")))
}

/// Opens every input for a run that reads them as streams (see [`document::open`]): each is
/// checked (binary, invalid UTF-8, its language) and HTML and Markdown parsed, but plain text
/// is read again a block at a time when the run reaches it. Standard input is copied to a
/// temporary file first, so that it too can be read twice without being held in memory.
/// Returns the documents and one message per unreadable one.
pub(super) fn open_documents(
    files: &[PathBuf],
    input: &InputArgs,
    lang: LangChoice,
    cleaner: &Cleaner,
) -> (Vec<document::Opened>, Vec<String>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let cleaner = cleaner.clone().with_whole_page(input.whole_page);
    for path in distinct(files) {
        match open_document(path, input, lang, &cleaner) {
            Ok(doc) => docs.push(doc),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (docs, errors)
}

/// Opens one input as [`open_documents`] does (`cleaner` already set for `--whole-page`),
/// logging what the document warns about.
pub(super) fn open_document(
    path: &Path,
    input: &InputArgs,
    lang: LangChoice,
    cleaner: &Cleaner,
) -> Result<document::Opened, document::ReadError> {
    let options = document::ReadOptions {
        format: input
            .input_format
            .unwrap_or_else(|| InputFormat::from_path(path)),
        lang,
        cleaner: cleaner.clone(),
        lossy: input.lossy,
        join_lines: input.join_lines,
    };
    let shown = path.display().to_string();
    let doc = source_of(path, &shown)
        .and_then(|source| document::open(&document::doc_id(path), &shown, source, &options))?;
    // The log escapes what it shows (ShownLog), as for every warning.
    doc.warnings().iter().for_each(|w| tracing::warn!("{w}"));
    Ok(doc)
}

/// Where an input's bytes are: the file, or standard input copied to a temporary file.
fn source_of(path: &Path, shown: &str) -> Result<document::Input, document::ReadError> {
    if path.as_os_str() != "-" {
        return Ok(document::Input::Path(path.to_path_buf()));
    }
    let io = |source| document::ReadError::Io {
        path: shown.to_string(),
        source,
    };
    let mut file = tempfile::tempfile().map_err(io)?;
    std::io::copy(&mut std::io::stdin().lock(), &mut file).map_err(io)?;
    Ok(document::Input::File(std::sync::Arc::new(file)))
}

/// The files named, each once: `a.txt`, `./a.txt`, `d/../a.txt` and a link to it are one file
/// (as [`collection::identity`] tells, by the path the file system resolves), done once with a
/// note rather than twice or refused as two inputs sharing an output name. Standard input and
/// paths that do not resolve are kept as named: reading them reports what is wrong.
pub(super) fn distinct(files: &[PathBuf]) -> Vec<&PathBuf> {
    let mut first_spelling: std::collections::HashMap<[u8; 16], &PathBuf> =
        std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(files.len());
    for path in files {
        let identity = (path.as_os_str() != "-")
            .then(|| collection::identity(path))
            .flatten();
        if let Some(id) = identity {
            if let Some(first) = first_spelling.get(&id) {
                tracing::warn!(
                    "{} is {}, named twice: read and translated once",
                    path.display(),
                    first.display(),
                );
                continue;
            }
            first_spelling.insert(id, path);
        }
        kept.push(path);
    }
    kept
}

/// What the inputs that could not be read mean for a run that read others (`any_read`): when nothing was
/// readable, an input to fix (returned, to be refused as a usage error); among others that
/// were, each is one failed document, as in `batch`, told here, and the run goes on with the
/// rest (and exits 1).
pub(super) fn unread_errors(any_read: bool, unread: &[String]) -> Vec<String> {
    if !any_read {
        return unread.to_vec();
    }
    for error in unread {
        eprintln_shown!("error: {error}: this document is left out, the others are translated");
    }
    Vec::new()
}

/// The messages of several errors as one, each on its own `error:` line.
pub(super) fn joined(errors: &[String]) -> String {
    errors.join("\nerror: ")
}

/// The pipeline a run's settings describe; `buys` for a run that will buy what the cache
/// misses (its lookups then claim those segments from other processes), not for an estimate
/// or a comparison.
pub(super) fn pipeline_for(
    settings: &Settings,
    glossary: Glossary,
    max_chars: Option<u64>,
    buys: bool,
) -> Result<Pipeline, Failure> {
    let (store, opened) = cache::open(&cache_location(&settings.cache_dir), buys);
    if let Some(e) = &opened.unavailable {
        // Before anything is bought that could not be kept.
        return Err(Failure::failed(e.to_string()));
    }
    super::cache::tell_opened(&opened);
    Ok(Pipeline {
        provider: super::providers::build_provider(settings)?,
        store,
        glossary: Arc::new(glossary),
        targets: settings.targets.clone(),
        retry: settings.retry,
        concurrency: settings.concurrency,
        limiter: Arc::new(Limiter::new(settings.rate).with_concurrency(settings.concurrency)),
        max_chars,
        pivots: settings.pivots.clone(),
        reviews: Arc::new(Reviews::load(&settings.reviews_dir).map_err(Failure::usage)?),
        refresh: None,
    })
}

/// The cache a `--cache` or `cache =` names, with the PostgreSQL password from `PGPASSWORD`
/// (the variable libpq and psql read), which is never part of the address.
pub(super) fn cache_location(spec: &std::path::Path) -> Location {
    Location::parse(spec).with_password(std::env::var("PGPASSWORD").ok())
}

/// Writes to standard output through a buffer. A reader that stops early (`| head`) is not an
/// error: then this returns `false`, and `true` when everything was written.
pub(super) fn to_stdout(
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<bool, Failure> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(Failure::failed(format!(
            "cannot write to standard output: {e}"
        ))),
    }
}

/// Prints lines on standard output, as [`to_stdout`] does.
pub(super) fn print_lines(lines: impl IntoIterator<Item = String>) -> Result<(), Failure> {
    to_stdout(|out| {
        lines
            .into_iter()
            .try_for_each(|line| writeln!(out, "{}", crate::text::escape_controls(&line)))
    })
    .map(drop)
}

/// About how much segment text one part of a run holds: documents are translated and written
/// a part at a time, so memory follows this, not the document's size. Big enough that
/// requests stay full. `BITEXT_PART_BYTES` (undocumented, for tests) makes it smaller.
pub(super) fn part_bytes() -> usize {
    const PART_BYTES: usize = 1 << 20;
    std::env::var("BITEXT_PART_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(PART_BYTES)
}
