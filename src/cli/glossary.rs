//! `bitext glossary lint|match|export|import`: checks the term files, finds their terms in a
//! text, and exchanges them with TBX, CSV and DeepL glossaries.

use super::args::{
    Cli, ExportArgs, ExportFormat, GlossaryCommand, ImportArgs, ImportFormat, MatchArgs,
};
use super::common::{joined, load_config, print_lines, to_stdout};
use super::{Exit, Failure, Outcome};
use crate::config::Loaded;
use crate::document;
use crate::glossary::exchange::{self, ExchangeError};
use crate::glossary::{lint, tbx, Glossary};
use crate::lang::Lang;
use std::path::{Path, PathBuf};

pub(super) fn run(cli: &Cli, command: &GlossaryCommand) -> Outcome {
    let loaded = load_config(cli)?;
    match command {
        GlossaryCommand::Lint { dir } => run_lint(cli, &loaded.glossary_dir(dir.as_deref())),
        GlossaryCommand::Match(args) => run_match(cli, &loaded, args),
        GlossaryCommand::Export(args) => export(cli, &loaded, args),
        GlossaryCommand::Import(args) => import(cli, &loaded, args),
    }
}

fn run_lint(cli: &Cli, dir: &Path) -> Outcome {
    let report = lint::lint_dir(dir).map_err(|e| {
        Failure::usage(format!(
            "{e}: pass the glossary folder (bitext glossary lint DIR)"
        ))
    })?;
    print_lines(report.diagnostics.iter().map(|d| d.to_string()))?;
    if !cli.quiet || report.errors() > 0 {
        eprintln_shown!("{}", report.summary());
    }
    Ok(Exit::failed_if(report.errors() > 0))
}

/// The glossary for commands that need one: the folder must exist and load.
fn load_glossary(dir: &Path) -> Result<Glossary, Failure> {
    if !dir.is_dir() {
        return Err(Failure::usage(format!(
            "{}: no such glossary folder: pass --glossary DIR",
            dir.display()
        )));
    }
    Glossary::load_dir(dir).map_err(|e| {
        Failure::usage(format!(
            "{e}\n       (bitext glossary lint {} lists every problem)",
            dir.display()
        ))
    })
}

fn run_match(cli: &Cli, loaded: &Loaded, args: &MatchArgs) -> Outcome {
    let fixed = match args.lang.as_str() {
        "auto" => None,
        code => Some(
            code.parse::<Lang>()
                .map_err(|e| Failure::usage(format!("--lang: {e} or auto")))?,
        ),
    };
    let glossary = load_glossary(&loaded.glossary_dir(args.glossary.as_deref()))?;
    let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let (shown, text) = document::read_source(&path, args.lossy).map_err(Failure::usage)?;
    let lang = match fixed {
        Some(lang) => lang,
        None => crate::lang::detect(&text).ok_or_else(|| {
            Failure::usage(format!(
                "{shown}: cannot tell the language (no letters found): pass --lang vi|en|zh"
            ))
        })?,
    };
    let hits = glossary.find_lines(lang, &text);
    let mut records = Vec::with_capacity(hits.len());
    for hit in &hits {
        records.push(
            serde_json::to_string(hit)
                .map(|json| crate::text::escape_controls_json(&json).into_owned())
                .map_err(|e| Failure::failed(format!("cannot write a record: {e}")))?,
        );
    }
    print_lines(records)?;
    if !cli.quiet {
        let mut terms: Vec<&str> = hits.iter().map(|h| &*h.term).collect();
        terms.sort_unstable();
        terms.dedup();
        eprintln_shown!(
            "{shown}: {} hit(s) of {} term(s), language {lang}",
            hits.len(),
            terms.len()
        );
    }
    Ok(Exit::Done)
}

/// An export or import error: the glossary's or the file's content is a usage problem,
/// anything else a failure.
fn exchange_failure(e: ExchangeError) -> Failure {
    match e {
        ExchangeError::Format { .. } | ExchangeError::Glossary(_) => Failure::usage(e),
        ExchangeError::Conflicts(conflicts) => Failure::failed(joined(&conflicts)),
        ExchangeError::Lint {
            message,
            diagnostics,
        } => {
            for d in &diagnostics {
                eprintln_shown!("{d}");
            }
            Failure::failed(message)
        }
        ExchangeError::Io { .. } => Failure::failed(e),
    }
}

fn export(cli: &Cli, loaded: &Loaded, args: &ExportArgs) -> Outcome {
    let lang = |flag: &str, code: &str| {
        code.parse::<Lang>()
            .map_err(|e| Failure::usage(format!("{flag}: {e}")))
    };
    let pair = match (args.format, args.from.as_deref(), args.to.as_deref()) {
        (ExportFormat::DeeplTsv, Some(from), Some(to)) => {
            let (from, to) = (lang("--from", from)?, lang("--to", to)?);
            if from == to {
                return Err(Failure::usage(
                    "--from and --to name the same language: a DeepL glossary maps one language to another",
                ));
            }
            Some((from, to))
        }
        (ExportFormat::DeeplTsv, _, _) => {
            return Err(Failure::usage(
                "--format deepl-tsv needs --from and --to (for example --from en --to zh)",
            ))
        }
        (_, None, None) => None,
        _ => {
            return Err(Failure::usage(
                "--from and --to are for --format deepl-tsv only",
            ))
        }
    };
    let dir = loaded.glossary_dir(args.glossary.as_deref());
    let glossary = load_glossary(&dir)?;
    let terms = glossary.terms();
    let (text, what) = match (args.format, pair) {
        (ExportFormat::DeeplTsv, Some((from, to))) => {
            let out = exchange::to_deepl_tsv(terms, from, to);
            for skipped in &out.skipped {
                tracing::warn!("left out of the DeepL glossary: {skipped}");
            }
            let what = format!(
                "{} {from}→{to} entries ({} concepts without both languages left out)",
                out.entries, out.concepts_skipped
            );
            (out.text, what)
        }
        (ExportFormat::Csv, _) => (
            exchange::to_csv(terms).map_err(exchange_failure)?,
            format!("{} concepts", terms.len()),
        ),
        _ => {
            let source = format!(
                "bitext glossary export of {} ({} concepts)",
                dir.display(),
                terms.len()
            );
            let out = tbx::to_tbx(terms, &source).map_err(exchange_failure)?;
            for id in &out.skipped {
                tracing::warn!("{id}: no forms in any language, left out of the TBX file");
            }
            (out.xml, format!("{} concepts", out.concepts))
        }
    };
    match &args.out {
        Some(path) => {
            crate::fsio::write_atomic(path, text.as_bytes()).map_err(Failure::failed)?;
        }
        None => {
            to_stdout(|out| out.write_all(text.as_bytes()))?;
        }
    }
    if !cli.quiet {
        let dest = args.out.as_ref().map_or_else(
            || "standard output".to_string(),
            |p| p.display().to_string(),
        );
        eprintln_shown!("bitext: exported {what} from {} to {dest}", dir.display());
    }
    Ok(Exit::Done)
}

fn import(cli: &Cli, loaded: &Loaded, args: &ImportArgs) -> Outcome {
    let format = match args.format {
        Some(format) => format,
        None => match args
            .file
            .extension()
            .map(|x| x.to_string_lossy().to_ascii_lowercase())
            .as_deref()
        {
            Some("tbx" | "xml") => ImportFormat::Tbx,
            Some("csv") => ImportFormat::Csv,
            _ => {
                return Err(Failure::usage(format!(
                    "{}: cannot tell the format from the file name: pass --format tbx|csv",
                    args.file.display()
                )))
            }
        },
    };
    let dir = loaded.glossary_dir(args.into.as_deref());
    let (shown, text) = document::read_source(&args.file, false).map_err(Failure::usage)?;
    let (terms, warnings) = match format {
        ImportFormat::Tbx => tbx::from_tbx(Path::new(&shown), &text),
        ImportFormat::Csv => exchange::from_csv(Path::new(&shown), &text).map(|t| (t, Vec::new())),
    }
    .map_err(exchange_failure)?;
    for warning in &warnings {
        tracing::warn!("{warning}");
    }
    let read = terms.len();
    let outcome = exchange::import_terms(&dir, terms, args.replace).map_err(exchange_failure)?;
    if !cli.quiet {
        eprintln_shown!(
            "bitext: {read} concept(s) from {shown} into {}: {} added, {} replaced, {} unchanged",
            dir.display(),
            outcome.added,
            outcome.replaced,
            outcome.unchanged
        );
        for path in &outcome.written {
            eprintln_shown!("  wrote {}", path.display());
        }
        if !outcome.warnings.is_empty() {
            eprintln_shown!(
                "  {} lint warning(s): see bitext glossary lint {}",
                outcome.warnings.len(),
                dir.display()
            );
        }
    }
    Ok(Exit::Done)
}
