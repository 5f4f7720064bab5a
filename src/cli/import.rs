//! `bitext import`: reads every reviewed file first (a bad one stops the import before anything
//! is stored), then stores the corrections in one atomic write per language pair.

use super::args::{Cli, ReviewImportArgs};
use super::common::{load_config, pipeline_for, resolve};
use super::{Exit, Failure, Outcome};
use crate::config::Overrides;
use crate::document;
use crate::glossary::Glossary;
use crate::lang::Lang;
use crate::output::{self, Reviewed};
use crate::review::{CurrentTranslation, Reviews};
use std::path::{Path, PathBuf};

fn is_tmx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tmx"))
}

/// Imports translation memories into the store `--cache` names, one file after another;
/// each either whole or, when it is not readable TMX, not at all.
fn import_memories(
    cli: &Cli,
    loaded: &crate::config::Loaded,
    args: &ReviewImportArgs,
    files: &[&PathBuf],
) -> Result<(), Failure> {
    let location = super::common::cache_location(&loaded.cache_dir(args.cache.as_deref()));
    let (store, opened) = crate::cache::open(&location, false);
    super::cache::tell_opened(&opened);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    for path in files {
        let report = crate::tm::import_tmx(&*store, path, now).map_err(|e| match e {
            crate::tm::ImportError::Cache(e) => Failure::failed(e.to_string()),
            e => Failure::usage(e.to_string()),
        })?;
        if cli.quiet {
            continue;
        }
        let pairs: Vec<String> = report
            .pairs
            .iter()
            .map(|(pair, n)| format!("{pair} {n}"))
            .collect();
        eprintln_shown!(
            "bitext: {}: {} unit(s) read; {} translation(s) imported, {} updated, {} unchanged{}",
            path.display(),
            report.units,
            report.imported,
            report.updated,
            report.unchanged,
            if pairs.is_empty() {
                String::new()
            } else {
                format!(" ({})", pairs.join(", "))
            }
        );
        for (reason, n) in &report.skipped {
            eprintln_shown!("  skipped {n}: {reason}");
        }
    }
    Ok(())
}

/// A reviewed file as read: its name as shown, whether it is an edited TSV, and its entries.
struct ReviewedFile {
    shown: String,
    tsv: bool,
    entries: Vec<Reviewed>,
}

pub(super) fn run(cli: &Cli, args: &ReviewImportArgs) -> Outcome {
    let loaded = load_config(cli)?;
    let (memories, reviewed): (Vec<&PathBuf>, Vec<&PathBuf>) =
        args.files.iter().partition(|p| is_tmx(p));
    let mut files = Vec::new();
    for path in reviewed {
        files.push(read_reviewed(path)?);
    }
    if !memories.is_empty() {
        import_memories(cli, &loaded, args, &memories)?;
        if files.is_empty() {
            return Ok(Exit::Done);
        }
    }

    let reviews_dir = loaded.reviews_dir(args.reviews.as_deref());
    let mut reviews = Reviews::load(&reviews_dir).map_err(Failure::usage)?;
    // A TSV says nothing of which cells a reviewer changed: the library compares each with
    // what a run would give now, which takes that provider's cache.
    let pipeline = if files.iter().any(|f| f.tsv) {
        let overrides = Overrides {
            to: Some(vec!["vi".into(), "en".into(), "zh".into()]),
            provider: args.provider.clone(),
            cache: args.cache.clone(),
            glossary: args.glossary.clone(),
            reviews: args.reviews.clone(),
            ..Default::default()
        };
        let settings = resolve(&loaded, &overrides)?;
        let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;
        Some(pipeline_for(&settings, glossary, None, false).map_err(|f| Failure {
            exit: f.exit,
            message: format!(
                "{} (importing a TSV compares it with the cached translations of that provider; pass --provider NAME)",
                f.message
            ),
        })?)
    } else {
        None
    };
    let current = |source: Lang, target: Lang, text: &str| {
        pipeline
            .as_ref()
            .and_then(|p| p.current_translation(source, target, text))
    };

    for file in files {
        let compared = file.tsv.then_some(&current as &CurrentTranslation);
        let imported = reviews.import(&file.shown, file.entries, compared);
        if !cli.quiet {
            eprintln_shown!(
                "bitext: {}: {} correction(s) stored, {} unchanged",
                file.shown,
                imported.stored,
                imported.unchanged
            );
        }
    }
    let written = reviews.save().map_err(Failure::failed)?;
    if !cli.quiet {
        for path in written {
            eprintln_shown!("  wrote {}", path.display());
        }
    }
    Ok(Exit::Done)
}

/// Reads a reviewed XLIFF or an edited TSV, by its extension.
fn read_reviewed(path: &Path) -> Result<ReviewedFile, Failure> {
    let (shown, text) = document::read_source(path, false).map_err(Failure::usage)?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let (tsv, entries) = match ext.as_deref() {
        Some("xlf" | "xliff" | "xml") => (
            false,
            output::xliff::read_reviewed(Path::new(&shown), &text).map_err(Failure::usage)?,
        ),
        Some("tsv") => (
            true,
            output::read_reviewed_tsv(Path::new(&shown), &text).map_err(Failure::usage)?,
        ),
        _ => {
            return Err(Failure::usage(format!(
                "{shown}: unknown kind of file: import a reviewed XLIFF (.xlf) or an edited TSV (.tsv) written by bitext translate, or a translation memory (.tmx)"
            )))
        }
    };
    Ok(ReviewedFile {
        shown,
        tsv,
        entries,
    })
}
