//! `bitext translate`: checks every article first, then reads, translates and writes them a
//! part at a time in one run, writes summary.json, and reports the run on stderr (or, with
//! `--dry-run`, its cost).

use super::args::{Cli, TranslateArgs};
use super::common::{
    joined, load_config, open_documents, part_bytes, pipeline_for, resolve, runtime,
};
use super::{Exit, Failure, Outcome};
use crate::config::Settings;
use crate::document::Cleaner;
use crate::glossary::Glossary;
use crate::output;
use crate::pipeline::{Estimate, RunResult};
use std::time::Instant;

/// How many failed segments are listed on stderr; summary.json has them all.
const FAILURES_SHOWN: usize = 20;

pub(super) fn run(cli: &Cli, args: &TranslateArgs) -> Outcome {
    let started = Instant::now();
    let loaded = load_config(cli)?;
    let settings = resolve(&loaded, &args.run.overrides())?;
    let cleaner = Cleaner::new(&settings.drop_rules).map_err(Failure::usage)?;
    let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;

    // Check every input first: names that clash, and inputs that cannot be read, stop the
    // run before anything is paid for. Plain text is then read again a part at a time.
    let (docs, unread) = open_documents(&args.files, &args.input, settings.from, &cleaner);
    let mut errors = super::common::unread_errors(!docs.is_empty(), &unread);
    let mut seen = std::collections::HashMap::new();
    for doc in &docs {
        if let Some(other) = seen.insert(doc.id.clone(), doc.source.clone()) {
            errors.push(format!(
                "{} and {} would both be written as {}.*: rename one of them or translate them separately",
                other, doc.source, doc.id
            ));
        }
    }
    if !errors.is_empty() {
        return Err(Failure::usage(joined(&errors)));
    }

    let mut pipeline = pipeline_for(&settings, glossary, args.max_chars, !args.dry_run)?;
    if args.refresh {
        pipeline.refresh = Some(crate::pipeline::Refresh::default());
    }
    // Each pass reads the documents again from their start, a part at a time.
    let parts_of = |docs: Vec<crate::document::Opened>| {
        pipeline.parts(docs.into_iter().map(crate::segment::reader), part_bytes())
    };
    if args.dry_run {
        let estimate = runtime()?
            .block_on(pipeline.estimate_stream_prepared(parts_of(docs)))
            .map_err(Failure::failed)?;
        print_estimate(&estimate);
        return Ok(Exit::failed_if(!unread.is_empty()));
    }
    if let Some(stop) = quota_shortfall(&pipeline, || {
        match pipeline.estimate_stream(parts_of(docs.clone())) {
            Ok(estimate) => estimate.total.characters,
            Err(e) => {
                // The run reads the same documents and reports the error where it meets it.
                tracing::warn!("{e}; the remaining quota is not checked before sending");
                0
            }
        }
    })? {
        let (stop, _) = stop;
        eprintln_shown!("error: {stop}; nothing was sent");
        eprintln!("       translate fewer articles, pass --max-chars to spend what is left, or raise the account's limit");
        return Ok(Exit::Failed);
    }
    // The outputs are written for as long as the run lasts: in a scratch folder of this
    // run's (`OUT/.bitext/tmp/run-*`, as batch does), so that a killed run leaves nothing
    // beside the outputs, and the next run clears what it left.
    let scratch = scratch(&settings.out_dir)?;
    let to = crate::summary::Destination {
        out_dir: &settings.out_dir,
        formats: &settings.formats,
        ctx: output::Context {
            glossary: &pipeline.glossary,
            zh_tag: &settings.zh_tag,
            scratch: Some(scratch.dir()),
        },
        provider: &settings.provider.name,
        unreadable: &unread,
    };
    let written = crate::summary::run_and_write(
        &runtime()?,
        &pipeline,
        parts_of(docs),
        part_bytes(),
        &to,
        started,
    )
    .map_err(Failure::failed);
    // An empty scratch leaves no trace; a batch's state in `.bitext` stays.
    drop(scratch);
    for dir in [".bitext/tmp", ".bitext"] {
        let _ = std::fs::remove_dir(settings.out_dir.join(dir));
    }
    let (result, elapsed) = written?;
    report(cli, &settings, &result, elapsed);
    Ok(match &result.stopped {
        Some(stop) if stop.configuration => Exit::Usage,
        Some(_) => Exit::Failed,
        // Answers paid for and not kept are paid again by the next run: not a success.
        None => Exit::failed_if(
            result.stats.failures > 0 || result.stats.answers_not_cached > 0 || !unread.is_empty(),
        ),
    })
}

/// What the account's remaining quota lacks for a run that needs `needed()` characters, as
/// a message with the quota, where the provider reports its quota (`None` when it suffices, or
/// the provider says nothing). The estimate is only made for a provider that reports one,
/// and while the quota is asked for: reading every document takes about as long as the
/// round trip, so the first request leaves one of them sooner. A rejected key stops here, as
/// the run would; a quota that cannot be read is warned about and not checked.
pub(super) fn quota_shortfall(
    pipeline: &crate::pipeline::Pipeline,
    needed: impl FnOnce() -> u64 + Send,
) -> Result<Option<(String, crate::provider::Quota)>, Failure> {
    if !pipeline.provider.reports_quota() {
        return Ok(None);
    }
    let runtime = runtime()?;
    let (quota, needed) = std::thread::scope(|scope| {
        let estimate = scope.spawn(needed);
        let quota = runtime.block_on(pipeline.provider.remaining_quota());
        (quota, estimate.join())
    });
    let quota = match quota {
        Ok(Some(quota)) => quota,
        Ok(None) => return Ok(None),
        Err(e) if e.is_fatal() => {
            let exit = if matches!(e, crate::provider::ProviderError::Quota { .. }) {
                Exit::Failed
            } else {
                Exit::Usage
            };
            return Err(Failure {
                exit,
                message: e.to_string(),
            });
        }
        Err(e) => {
            tracing::warn!("{e}; the remaining quota is not checked before sending");
            return Ok(None);
        }
    };
    let Ok(needed) = needed else {
        return Err(Failure::failed(
            "the estimate of what this run needs stopped before it was done",
        ));
    };
    Ok((needed > quota.remaining()).then(|| {
        let message = format!(
            "this run needs {needed} characters, but the {} account has {} of its {} left this period",
            pipeline.provider.kind(),
            quota.remaining(),
            quota.limit
        );
        (message, quota)
    }))
}

/// This run's scratch folder under `out_dir`, once the folders of killed runs are cleared.
fn scratch(out_dir: &std::path::Path) -> Result<crate::fsio::Scratch, Failure> {
    let tmp = out_dir.join(".bitext").join("tmp");
    let failed = |source| {
        Failure::failed(crate::fsio::WriteError {
            path: tmp.display().to_string(),
            source,
        })
    };
    crate::fsio::Scratch::sweep(&tmp, |_| true).map_err(failed)?;
    crate::fsio::Scratch::create(&tmp).map_err(failed)
}

/// The run on stderr: counters unless `--quiet`, then failed segments and why a run stopped.
fn report(cli: &Cli, settings: &Settings, result: &RunResult, elapsed: f64) {
    let s = &result.stats;
    if !cli.quiet {
        eprintln!(
            "bitext: {} document(s), {} segments, {} dropped lines; provider {}",
            s.documents, s.segments, s.dropped_lines, settings.provider.name
        );
        eprintln!(
            "  translations: {} needed, {} from cache, {} duplicates, {} sent in {} request(s){}",
            s.translations_needed,
            s.served_from_cache,
            s.deduplicated,
            s.segments_sent,
            s.requests,
            [
                (s.reviewed, "reviewed by hand"),
                (s.from_memory, "from the translation memory")
            ]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("; {n} {what}"))
            .collect::<String>()
        );
        eprintln!(
            "  billed characters: {}, retries: {}, failures: {}, elapsed: {:.2} s",
            s.billed_characters, s.retries, s.failures, elapsed
        );
        eprintln!("  output: {}", settings.out_dir.display());
    }
    for failure in result.failures.iter().take(FAILURES_SHOWN) {
        eprintln_shown!(
            "failed: {} {} → {}: {}",
            failure.doc,
            failure.id,
            failure.target,
            failure.error
        );
    }
    // The run keeps the first failures only; summary.json has them all.
    let shown = result.failures.len().min(FAILURES_SHOWN) as u64;
    if s.failures > shown {
        eprintln!("failed: … {} more in summary.json", s.failures - shown);
    }
    if s.answers_not_cached > 0 {
        eprintln!("{}", not_cached(s.answers_not_cached, settings));
    }
    if let Some(stop) = &result.stopped {
        eprintln_shown!("error: the run stopped: {}", stop.message);
        eprintln!("       every translation received before that is cached and written; run again to finish");
    }
}

/// What a run says when the cache could not keep some of its answers.
pub(super) fn not_cached(count: u64, settings: &Settings) -> String {
    format!(
        "error: {count} translation(s) received in this run could not be saved in the cache {}: \
         they are in this run's outputs, but the next run pays for them again \
         (free space there, or pass --cache DIR)",
        crate::cache::Location::parse(&settings.cache_dir)
    )
}

pub(super) fn print_estimate(estimate: &Estimate) {
    // LLMs bill tokens: the provider estimates them from the requests it would send.
    let tokens = estimate.total.tokens > 0;
    println!(
        "dry run with provider {}: nothing sent, nothing written",
        estimate.provider
    );
    let extra = if tokens {
        format!(" {:>12}", "est. tokens")
    } else {
        String::new()
    };
    println!(
        "{:<8} {:>10} {:>12} {:>10}{extra}",
        "target", "segments", "characters", "requests"
    );
    let lines = estimate
        .per_target
        .iter()
        .map(|(lang, line)| (lang.code(), line))
        .chain(std::iter::once(("total", &estimate.total)));
    for (name, line) in lines {
        let extra = if tokens {
            format!(" {:>12}", line.tokens)
        } else {
            String::new()
        };
        println!(
            "{:<8} {:>10} {:>12} {:>10}{extra}",
            name, line.segments, line.characters, line.requests
        );
    }
    println!(
        "({} translations served from the cache, {} duplicates not sent twice)",
        estimate.served_from_cache, estimate.deduplicated
    );
}
