//! `bitext batch`: runs [`crate::batch`] over a collection and shows its progress — a bar on
//! a terminal, JSON events with `--json`, or plain lines — then the report's totals.

use super::args::{BatchArgs, Cli};
use super::common::{load_config, pipeline_for, resolve, runtime};
use super::{Exit, Failure, Outcome};
use crate::batch::{BatchError, Event, Job, OutputSettings, Report};
use crate::collection::{Collection, CollectionError, Shard};
use crate::document::Cleaner;
use crate::glossary::Glossary;
use crate::output;
use std::io::{IsTerminal, Write};

pub(super) fn run(cli: &Cli, args: &BatchArgs) -> Outcome {
    let loaded = load_config(cli)?;
    let settings = resolve(&loaded, &args.run.overrides())?;
    let cleaner = Cleaner::new(&settings.drop_rules)
        .map_err(Failure::usage)?
        .with_whole_page(args.input.whole_page);
    let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;
    let shard: Option<Shard> = match &args.shard {
        Some(s) => Some(s.parse().map_err(Failure::usage)?),
        None => None,
    };
    let stdin = std::io::stdin();
    let mut list = stdin.lock();
    let collection = Collection::new(&args.inputs, Some(&mut list), shard)
        .map_err(Failure::usage)?
        .follow_symlinks(args.follow_symlinks);
    let mut pipeline = pipeline_for(&settings, glossary, args.max_chars, !args.dry_run)?;
    if args.refresh {
        pipeline.refresh = Some(crate::pipeline::Refresh::default());
    }
    let input = &args.input;
    let settings_hash = OutputSettings::new(
        &settings,
        &pipeline,
        input.input_format,
        input.join_lines,
        input.lossy,
        input.whole_page,
    )
    .hash();
    let job = Job {
        collection,
        out_dir: settings.out_dir.clone(),
        formats: settings.formats.clone(),
        from: settings.from,
        input_format: input.input_format,
        join_lines: input.join_lines,
        lossy: input.lossy,
        cleaner: &cleaner,
        settings_hash,
        group: args.group,
        refresh: args.refresh,
        only_first: None,
        part_bytes: super::common::part_bytes(),
    };
    if args.dry_run {
        let preview = runtime()?
            .block_on(crate::batch::preview(&job, &pipeline))
            .map_err(Failure::failed)?;
        print_preview(&preview, args.json);
        return Ok(Exit::failed_if(preview.unreadable > 0));
    }
    let mut job = job;
    // Where the provider reports the account's quota, a batch that needs more stops before
    // sending anything, or with --within-quota does what the quota allows, in order.
    let mut preview = None;
    let previewing = runtime()?;
    let shortfall = super::translate::quota_shortfall(&pipeline, || {
        match previewing.block_on(crate::batch::preview(&job, &pipeline)) {
            Ok(p) => {
                let needed = p.estimate.total.characters;
                preview = Some(p);
                needed
            }
            Err(e) => {
                tracing::warn!("{e}; the remaining quota is not checked before sending");
                0
            }
        }
    })?;
    if let (Some((shortfall, quota)), Some(preview)) = (shortfall, preview) {
        if !args.within_quota {
            if args.json {
                println_json!(serde_json::json!({
                    "event": "quota",
                    "error": shortfall,
                    "documents_to_do": preview.to_do,
                    "characters": preview.estimate.total.characters,
                }));
            }
            eprintln_shown!("error: {shortfall}; nothing was sent");
            eprintln!(
                "       --within-quota does the first documents it allows and leaves the rest for the next run; or raise the account's limit"
            );
            return Ok(Exit::Failed);
        }
        let remaining = quota.remaining();
        let fit = preview.documents_within(remaining);
        let reason = format!(
            "left for the next run: the remaining quota ({remaining} characters) allows the first {fit} of {} documents to do ({} characters)",
            preview.to_do,
            preview.characters_of_first(fit)
        );
        eprintln_shown!("bitext batch: {shortfall}; {reason}");
        job.only_first = Some((fit, reason));
    }
    let ctx = output::Context {
        glossary: &pipeline.glossary,
        zh_tag: &settings.zh_tag,
        scratch: None,
    };
    let mut progress = Progress::new(args.json, cli.quiet);
    let report = runtime()?
        .block_on(crate::batch::run(&job, &pipeline, &ctx, &mut |e| {
            progress.event(e)
        }))
        .map_err(|e| match e {
            // Found before any work, and only the user can settle it.
            BatchError::Collection(e @ CollectionError::Collision { .. }) => Failure::usage(e),
            e => Failure::failed(e),
        })?;
    if let Some(bar) = &progress.bar {
        bar.finish_and_clear();
    }
    if args.json {
        println_json!(
            serde_json::json!({"event": "report", "totals": report.totals, "report": report.path})
        );
    } else if !cli.quiet {
        print_report(&report);
    }
    let t = &report.totals;
    if t.answers_not_cached > 0 {
        eprintln_shown!(
            "{}",
            super::translate::not_cached(t.answers_not_cached, &settings)
        );
    }
    Ok(Exit::failed_if(
        t.failed > 0 || t.not_run > 0 || t.answers_not_cached > 0,
    ))
}

/// What `batch --dry-run` found: the documents, then the estimate as `translate --dry-run`
/// prints it; with `--json`, one JSON object.
fn print_preview(preview: &crate::batch::Preview, json: bool) {
    if json {
        println_json!(serde_json::json!({"event": "dry-run", "preview": preview}));
        return;
    }
    println!(
        "{} document(s): {} to do, {} unchanged since their last run, {} unreadable; {} segments to do",
        preview.documents, preview.to_do, preview.skipped, preview.unreadable, preview.segments
    );
    super::translate::print_estimate(&preview.estimate);
}

fn print_report(report: &Report) {
    let t = &report.totals;
    eprintln_shown!(
        "bitext batch: {} document(s): {} done, {} skipped (unchanged), {} failed, {} not run",
        t.documents,
        t.done,
        t.skipped,
        t.failed,
        t.not_run
    );
    eprintln_shown!(
        "  {} segments, {} cache hits, {} requests, {} characters billed, {} glossary violations, {:.2} s",
        t.segments, t.cache_hits, t.requests, t.billed_characters, t.glossary_violations, t.seconds
    );
    for doc in &report.failed {
        eprintln_shown!(
            "  failed: {}: {}",
            doc.path,
            doc.error.as_deref().unwrap_or("see report.json")
        );
    }
    if t.failed > report.failed.len() as u64 {
        eprintln_shown!(
            "  ... and {} more failed",
            t.failed - report.failed.len() as u64
        );
    }
    eprintln_shown!("  report: {}", report.path.display());
}

/// How `batch` shows its progress: a bar on a terminal, JSON events, or plain lines.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    json: bool,
    quiet: bool,
    segments: u64,
    cache_hits: u64,
    characters: u64,
}

impl Progress {
    fn new(json: bool, quiet: bool) -> Self {
        let bar = (!json && !quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(0);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} documents, {msg} [{elapsed_precise}, {per_sec}, ETA {eta}]",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            json,
            quiet,
            segments: 0,
            cache_hits: 0,
            characters: 0,
        }
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Planned { documents } => {
                if let Some(bar) = &self.bar {
                    bar.set_length(documents);
                } else if self.json {
                    println_json!(serde_json::json!({"event": "planned", "documents": documents}));
                } else if !self.quiet {
                    eprintln_shown!("bitext batch: {documents} document(s)");
                }
            }
            Event::Document(doc) => {
                doc.warnings.iter().for_each(|w| tracing::warn!("{w}"));
                self.segments += doc.segments;
                self.cache_hits += doc.cache_hits;
                self.characters += doc.billed_characters;
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                    bar.set_message(format!(
                        "{} segments, {} cache hits, {} characters billed",
                        self.segments, self.cache_hits, self.characters
                    ));
                } else if self.json {
                    let mut line = serde_json::to_value(doc).unwrap_or_default();
                    line["event"] = "document".into();
                    println_json!(line);
                } else if !self.quiet && doc.status != "skipped" {
                    eprintln_shown!(
                        "  {} {}: {} segments, {} cache hits, {} translated{}",
                        doc.status,
                        doc.path,
                        doc.segments,
                        doc.cache_hits,
                        doc.translated,
                        doc.error
                            .as_deref()
                            .map(|e| format!(" ({e})"))
                            .unwrap_or_default()
                    );
                }
            }
        }
        let _ = std::io::stdout().flush();
    }
}
