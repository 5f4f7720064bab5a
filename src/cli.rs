//! The command line: parses arguments, resolves the configuration once, runs the stages, and
//! turns the outcome into messages and exit codes (0 done, 1 some segments failed, or for
//! `glossary lint` errors found, 2 usage or configuration error). No stage below knows about it.

use crate::cache::{FsStore, Store};
use crate::config::{self, Overrides, Settings};
use crate::document::{self, Cleaner, Document, InputFormat, LangChoice};
use crate::glossary::exchange::{self, ExchangeError};
use crate::glossary::{lint, tbx, Glossary};
use crate::output;
use crate::pipeline::limiter::Limiter;
use crate::pipeline::{Pipeline, RunResult};
use crate::provider::{registry, Provider};
use crate::review::Reviews;
use crate::segment::segment_input;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(
    name = "bitext",
    version,
    about = "Turn news articles into aligned Vietnamese–English–Chinese parallel text"
)]
pub struct Cli {
    /// Workspace configuration (default: ./bitext.toml when present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// More log output (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Translate articles into aligned parallel text.
    Translate(TranslateArgs),
    /// Translate a collection: only what changed since the last run, resumable, with progress
    /// and a report (OUT/report.json).
    Batch(BatchArgs),
    /// Show how articles are read, cleaned and split into sentences (nothing is translated).
    Segment(SegmentArgs),
    /// List the configured providers; with --check, make one cheap call to each.
    Providers {
        /// Call each provider once (DeepL usage, languages, models) and report what works.
        #[arg(long)]
        check: bool,
        /// Only these provider profiles (default: all of them).
        names: Vec<String>,
    },
    /// Store a reviewer's corrections for later runs: from a reviewed XLIFF (segments in
    /// state reviewed or final) or an edited TSV (cells that differ from the cached machine
    /// translation). Later runs use them before the cache and any provider.
    Import(ReviewImportArgs),
    /// Inspect the translation cache.
    Cache {
        #[command(subcommand)]
        command: CacheCommand,
    },
    /// Check the glossary, find its terms in a text, export and import it.
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
}

#[derive(Subcommand, Debug)]
enum GlossaryCommand {
    /// Check the term files: one `file:line:column: error|warning: message` line per problem
    /// on stdout, a summary on stderr; exit 1 when there are errors.
    Lint {
        /// Glossary folder (default: ./glossary, or `glossary` under [run] in bitext.toml).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Find the glossary's terms in a text: one JSON record per hit, with byte offsets into
    /// the whole input as decoded (byte-order mark dropped, NFC).
    Match(MatchArgs),
    /// Write the glossary as TBX-Basic, CSV, or a DeepL glossary for one language pair.
    Export(ExportArgs),
    /// Read terms from a TBX or CSV file into the term files (one file per kind).
    Import(ImportArgs),
}

#[derive(Args, Debug)]
struct MatchArgs {
    /// Text to search; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Language of the text: auto (detect), vi, en or zh.
    #[arg(long, value_name = "LANG", default_value = "auto")]
    lang: String,
    /// Glossary folder (default: ./glossary, or `glossary` under [run] in bitext.toml).
    #[arg(long, value_name = "DIR")]
    glossary: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    #[arg(long)]
    lossy: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ExportFormat {
    /// TBX-Basic (TBX v3, ISO 30042:2019, DCA style).
    Tbx,
    /// One row per concept, the columns of the term files and `kind`.
    Csv,
    /// `source<TAB>target` lines for DeepL's glossary API (needs --from and --to).
    DeeplTsv,
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// Output format.
    #[arg(long)]
    format: ExportFormat,
    /// Glossary folder (default: ./glossary, or `glossary` under [run] in bitext.toml).
    #[arg(long, value_name = "DIR")]
    glossary: Option<PathBuf>,
    /// Source language of a deepl-tsv glossary (vi, en, zh).
    #[arg(long, value_name = "LANG")]
    from: Option<String>,
    /// Target language of a deepl-tsv glossary (vi, en, zh).
    #[arg(long, value_name = "LANG")]
    to: Option<String>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ImportFormat {
    Tbx,
    Csv,
}

#[derive(Args, Debug)]
struct ImportArgs {
    /// TBX or CSV file to import; `-` reads standard input (then pass --format).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Format of FILE; by default from its extension (.tbx or .xml: tbx, .csv: csv).
    #[arg(long)]
    format: Option<ImportFormat>,
    /// Glossary folder to import into (default: ./glossary, or `glossary` under [run]).
    #[arg(long, value_name = "DIR")]
    into: Option<PathBuf>,
    /// Overwrite terms already in the glossary under the same id but with other content.
    #[arg(long)]
    replace: bool,
}

#[derive(Subcommand, Debug)]
enum CacheCommand {
    /// Number of entries and their size.
    Stats {
        /// Cache folder (default: ./cache, or `cache` under [run] in bitext.toml).
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// How input files are read; shared by the commands that read articles.
#[derive(Args, Debug, Clone)]
struct InputArgs {
    /// Input format; by default from the file extension (.md, .html), else plain text.
    #[arg(long, value_name = "txt|md|html")]
    input_format: Option<String>,
    /// In plain text, treat single line breaks inside a paragraph as spaces (text copied from
    /// PDFs, hard-wrapped mail); paragraphs end at blank lines.
    #[arg(long)]
    join_lines: bool,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    #[arg(long)]
    lossy: bool,
}

impl InputArgs {
    /// The input format forced by `--input-format`, if any.
    fn format(&self) -> Result<Option<InputFormat>, Failure> {
        self.input_format
            .as_deref()
            .map(|name| {
                InputFormat::parse(name).ok_or_else(|| {
                    Failure::usage(format!(
                        "--input-format: unknown format '{name}': use txt, md or html"
                    ))
                })
            })
            .transpose()
    }
}

#[derive(Args, Debug)]
struct SegmentArgs {
    /// Articles to segment; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Language of the input: auto (detect), vi, en or zh.
    #[arg(long, value_name = "LANG", default_value = "auto")]
    lang: String,
    /// Output: `jsonl` (segments and dropped lines, one JSON record each) or `text` (one
    /// segment per line, a blank line between blocks).
    #[arg(long, value_name = "jsonl|text", default_value = "text")]
    format: String,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args, Debug)]
struct TranslateArgs {
    /// Articles (plain text, Markdown or HTML); `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Print what the run would send (segments, characters, requests per target language,
    /// after the cache and deduplication) and stop without sending or writing anything.
    #[arg(long)]
    dry_run: bool,
    /// Stop before sending a request that would take the characters sent in this run past N;
    /// everything translated until then is kept.
    #[arg(long, value_name = "N")]
    max_chars: Option<u64>,
}

/// What a translate or batch run may override of bitext.toml.
#[derive(Args, Debug)]
struct RunArgs {
    /// Target languages, comma-separated (vi, en, zh).
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    to: Option<Vec<String>>,
    /// Source language: auto (detect per document), vi, en or zh.
    #[arg(long, value_name = "LANG")]
    from: Option<String>,
    #[arg(long, value_name = "NAME", help = registry::provider_help())]
    provider: Option<String>,
    /// Base URL that replaces the chosen provider's endpoint.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    /// Glossary folder (default: ./glossary).
    #[arg(long, value_name = "DIR")]
    glossary: Option<PathBuf>,
    /// Cache folder (default: ./cache).
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
    /// Output folder (default: ./out).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Output formats, comma-separated: jsonl, tsv, tmx, xliff, md, html (default: jsonl,tsv).
    #[arg(long, value_delimiter = ',', value_name = "FORMATS")]
    format: Option<Vec<String>>,
    /// Reviewers' corrections (default: ./reviews, or `reviews` under [run]).
    #[arg(long, value_name = "DIR")]
    reviews: Option<PathBuf>,
}

impl RunArgs {
    fn overrides(&self) -> Overrides {
        Overrides {
            to: self.to.clone(),
            from: self.from.clone(),
            provider: self.provider.clone(),
            endpoint: self.endpoint.clone(),
            formats: self.format.clone(),
            cache: self.cache.clone(),
            glossary: self.glossary.clone(),
            out: self.out.clone(),
            reviews: self.reviews.clone(),
        }
    }
}

#[derive(Args, Debug)]
struct BatchArgs {
    /// Folders (searched recursively for .txt, .md and .html files), files, or quoted glob
    /// patterns; `-` reads more paths from standard input, one per line.
    #[arg(value_name = "IN", required = true)]
    inputs: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Take a stable share K of N of the documents, so that N machines can split a collection.
    #[arg(long, value_name = "K/N")]
    shard: Option<String>,
    /// Machine-readable progress on standard output: one JSON event per line, then the report.
    #[arg(long)]
    json: bool,
    /// Documents translated together (they share requests; memory holds this many at once).
    #[arg(long, value_name = "N", default_value_t = 32)]
    group: usize,
    /// Stop before sending a request that would take the characters sent in this run past N.
    #[arg(long, value_name = "N")]
    max_chars: Option<u64>,
}

#[derive(Args, Debug)]
struct ReviewImportArgs {
    /// Reviewed files: XLIFF 2.0 (.xlf, .xliff) or TSV (.tsv) as bitext wrote them.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// Where corrections are stored (default: ./reviews, or `reviews` under [run]).
    #[arg(long, value_name = "DIR")]
    reviews: Option<PathBuf>,
    /// The provider profile whose cached translations a TSV is compared with (default: the
    /// one under [run]).
    #[arg(long, value_name = "NAME")]
    provider: Option<String>,
    /// Cache folder (default: ./cache).
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
    /// Glossary folder (default: ./glossary).
    #[arg(long, value_name = "DIR")]
    glossary: Option<PathBuf>,
}

/// An error for the user: what went wrong, where, what to do; and the exit code.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl std::fmt::Display) -> Self {
        Failure {
            code: 2,
            message: message.to_string(),
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose, cli.quiet);
    let outcome = match &cli.command {
        Command::Translate(args) => translate(&cli, args),
        Command::Batch(args) => batch(&cli, args),
        Command::Segment(args) => segment(&cli, args),
        Command::Providers { check, names } => providers(&cli, *check, names),
        Command::Import(args) => import(&cli, args),
        Command::Cache {
            command: CacheCommand::Stats { cache, json },
        } => cache_stats(&cli, cache.as_deref(), *json),
        Command::Glossary { command } => glossary(&cli, command),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("BITEXT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("bitext={level},warn")));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .try_init();
}

fn cache_stats(cli: &Cli, cache: Option<&Path>, json: bool) -> Result<u8, Failure> {
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let dir = loaded.cache_dir(cache);
    let stats = FsStore::new(&dir).stats().map_err(Failure::usage)?;
    if json {
        println!(
            "{}",
            serde_json::to_string(&stats).expect("stats serialise")
        );
    } else {
        println!("cache: {}", dir.display());
        println!("entries: {}", stats.entries);
        println!(
            "size: {} bytes ({:.1} MiB)",
            stats.bytes,
            stats.bytes as f64 / 1_048_576.0
        );
        if stats.corrupt > 0 {
            println!(
                "corrupt: {} (ignored when read; delete them or let the next run rewrite them)",
                stats.corrupt
            );
        }
    }
    Ok(0)
}

fn build_provider(settings: &Settings) -> Result<Arc<dyn Provider>, Failure> {
    settings.provider.build().map_err(Failure::usage)
}

#[derive(Serialize)]
struct DocumentSummary<'a> {
    doc: &'a str,
    source: &'a str,
    lang: crate::lang::Lang,
    segments: usize,
    failed: usize,
    dropped: &'a [document::Dropped],
    outputs: Vec<String>,
}

#[derive(Serialize)]
struct Summary<'a> {
    provider: &'a str,
    #[serde(flatten)]
    stats: &'a crate::pipeline::RunStats,
    elapsed_seconds: f64,
    stopped: Option<&'a crate::pipeline::Stop>,
    documents_detail: Vec<DocumentSummary<'a>>,
    failed_segments: &'a [crate::pipeline::Failure],
}

fn translate(cli: &Cli, args: &TranslateArgs) -> Result<u8, Failure> {
    let started = Instant::now();
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let overrides = args.run.overrides();
    let settings = loaded
        .resolve(&overrides, &|name| std::env::var(name).ok())
        .map_err(Failure::usage)?;
    let cleaner = Cleaner::new(&settings.drop_rules).map_err(Failure::usage)?;
    let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;

    // Read everything first: a bad file stops the run before anything is paid for.
    let (mut docs, mut errors) = read_documents(&args.files, &args.input, settings.from, &cleaner)?;
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
        return Err(Failure::usage(errors.join("\nerror: ")));
    }

    let pipeline = pipeline_for(&settings, glossary, args.max_chars)?;
    pipeline.match_terms(&mut docs);
    if args.dry_run {
        print_estimate(&pipeline.estimate(&docs));
        return Ok(0);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the async runtime: {e}")))?;
    let result = runtime.block_on(pipeline.run(&docs));

    let ctx = output::Context {
        glossary: &pipeline.glossary,
        zh_tag: &settings.zh_tag,
        scratch: None,
    };
    write_results(cli, &settings, &result, &ctx, started)
}

fn write_results(
    cli: &Cli,
    settings: &Settings,
    result: &RunResult,
    ctx: &output::Context,
    started: Instant,
) -> Result<u8, Failure> {
    let write_failure = |e: crate::fsio::WriteError| Failure {
        code: 1,
        message: e.to_string(),
    };
    let mut details = Vec::new();
    for doc in &result.aligned {
        let written = output::write_document(doc, &settings.out_dir, &settings.formats, ctx)
            .map_err(write_failure)?;
        details.push(DocumentSummary {
            doc: &doc.doc,
            source: &doc.source_path,
            lang: doc.lang,
            segments: doc.rows.len(),
            failed: result.failures.iter().filter(|f| f.doc == doc.doc).count(),
            dropped: &doc.dropped,
            outputs: written.iter().map(|p| p.display().to_string()).collect(),
        });
    }
    let elapsed = started.elapsed().as_secs_f64();
    let summary = Summary {
        provider: &settings.provider.name,
        stats: &result.stats,
        elapsed_seconds: (elapsed * 1000.0).round() / 1000.0,
        stopped: result.stopped.as_ref(),
        documents_detail: details,
        failed_segments: &result.failures,
    };
    let json = serde_json::to_string_pretty(&summary).expect("summary serialises");
    crate::fsio::write_atomic(&settings.out_dir.join("summary.json"), json.as_bytes())
        .map_err(write_failure)?;

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
            if s.reviewed > 0 {
                format!("; {} reviewed by hand", s.reviewed)
            } else {
                String::new()
            }
        );
        eprintln!(
            "  billed characters: {}, retries: {}, failures: {}, elapsed: {:.2} s",
            s.billed_characters, s.retries, s.failures, elapsed
        );
        eprintln!("  output: {}", settings.out_dir.display());
    }
    for failure in result.failures.iter().take(20) {
        eprintln!(
            "failed: {} {} → {}: {}",
            failure.doc, failure.id, failure.target, failure.error
        );
    }
    if result.failures.len() > 20 {
        eprintln!(
            "failed: … {} more in summary.json",
            result.failures.len() - 20
        );
    }
    if let Some(stop) = &result.stopped {
        eprintln!("error: the run stopped: {}", stop.message);
        eprintln!("       every translation received before that is cached and written; run again to finish");
        return Ok(if stop.configuration { 2 } else { 1 });
    }
    Ok(if result.failures.is_empty() { 0 } else { 1 })
}

/// Reads and segments every input; returns the documents and one message per unreadable one.
fn read_documents(
    files: &[PathBuf],
    input: &InputArgs,
    lang: LangChoice,
    cleaner: &Cleaner,
) -> Result<(Vec<Document>, Vec<String>), Failure> {
    let forced = input.format()?;
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        let id = document::doc_id(path);
        let format = forced.unwrap_or_else(|| InputFormat::from_path(path));
        let read = document::read_source(path, input.lossy).and_then(|(shown, text)| {
            segment_input(&id, &shown, &text, format, lang, cleaner, input.join_lines)
        });
        match read {
            Ok(doc) => docs.push(doc),
            Err(e) => errors.push(e.to_string()),
        }
    }
    Ok((docs, errors))
}

#[derive(Serialize)]
struct SegmentRecord<'a> {
    doc: &'a str,
    block: usize,
    kind: &'a str,
    id: &'a str,
    lang: crate::lang::Lang,
    text: &'a str,
    translatable: bool,
}

#[derive(Serialize)]
struct DroppedRecord<'a> {
    doc: &'a str,
    kind: &'static str,
    line: usize,
    reason: &'a str,
    text: &'a str,
}

fn segment(cli: &Cli, args: &SegmentArgs) -> Result<u8, Failure> {
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let cleaner = Cleaner::new(&loaded.file.clean.drop).map_err(Failure::usage)?;
    let lang = match args.lang.as_str() {
        "auto" => LangChoice::Auto,
        code => LangChoice::Fixed(
            code.parse()
                .map_err(|e| Failure::usage(format!("--lang: {e} or auto")))?,
        ),
    };
    let jsonl = match args.format.as_str() {
        "jsonl" => true,
        "text" => false,
        other => {
            return Err(Failure::usage(format!(
                "--format: unknown format '{other}': use jsonl or text"
            )))
        }
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let (docs, errors) = read_documents(&files, &args.input, lang, &cleaner)?;
    match print_segments(&docs, jsonl) {
        Ok(()) => {}
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
        Err(e) => {
            return Err(Failure {
                code: 1,
                message: format!("cannot write to standard output: {e}"),
            })
        }
    }
    if !errors.is_empty() {
        return Err(Failure::usage(errors.join("\nerror: ")));
    }
    Ok(0)
}

fn print_segments(docs: &[Document], jsonl: bool) -> std::io::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for doc in docs {
        // Blocks and dropped lines in the order of the source lines.
        let mut dropped = doc.dropped.iter().peekable();
        for (n, block) in doc.blocks.iter().enumerate() {
            while let Some(d) = dropped.next_if(|d| d.line < block.line) {
                if jsonl {
                    write_json(&mut out, &dropped_record(doc, d))?;
                }
            }
            if !jsonl && n > 0 {
                writeln!(out)?;
            }
            for seg in &block.segments {
                if jsonl {
                    let record = SegmentRecord {
                        doc: &doc.id,
                        block: block.index,
                        kind: block.kind.as_str(),
                        id: &seg.id,
                        lang: doc.lang,
                        text: &seg.text,
                        translatable: seg.translatable,
                    };
                    write_json(&mut out, &record)?;
                } else {
                    writeln!(out, "{}", seg.text)?;
                }
            }
        }
        if jsonl {
            for d in dropped {
                write_json(&mut out, &dropped_record(doc, d))?;
            }
        }
    }
    out.flush()
}

fn dropped_record<'a>(doc: &'a Document, d: &'a document::Dropped) -> DroppedRecord<'a> {
    DroppedRecord {
        doc: &doc.id,
        kind: "dropped",
        line: d.line,
        reason: &d.reason,
        text: &d.text,
    }
}

fn write_json(out: &mut impl std::io::Write, record: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

fn glossary(cli: &Cli, command: &GlossaryCommand) -> Result<u8, Failure> {
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    match command {
        GlossaryCommand::Lint { dir } => glossary_lint(cli, &loaded.glossary_dir(dir.as_deref())),
        GlossaryCommand::Match(args) => glossary_match(cli, &loaded, args),
        GlossaryCommand::Export(args) => glossary_export(cli, &loaded, args),
        GlossaryCommand::Import(args) => glossary_import(cli, &loaded, args),
    }
}

/// Prints lines on standard output; a reader that stops early (`| head`) is not an error.
fn print_lines(lines: impl IntoIterator<Item = String>) -> Result<(), Failure> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = lines
        .into_iter()
        .try_for_each(|line| writeln!(out, "{line}"))
        .and_then(|()| out.flush());
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure {
            code: 1,
            message: format!("cannot write to standard output: {e}"),
        }),
        _ => Ok(()),
    }
}

fn glossary_lint(cli: &Cli, dir: &Path) -> Result<u8, Failure> {
    let report = lint::lint_dir(dir).map_err(|e| {
        Failure::usage(format!(
            "{e}: pass the glossary folder (bitext glossary lint DIR)"
        ))
    })?;
    print_lines(report.diagnostics.iter().map(|d| d.to_string()))?;
    if !cli.quiet || report.errors() > 0 {
        eprintln!("{}", report.summary());
    }
    Ok(u8::from(report.errors() > 0))
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

fn glossary_match(cli: &Cli, loaded: &config::Loaded, args: &MatchArgs) -> Result<u8, Failure> {
    let fixed = match args.lang.as_str() {
        "auto" => None,
        code => Some(
            code.parse::<crate::lang::Lang>()
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
        records.push(serde_json::to_string(hit).map_err(|e| Failure {
            code: 1,
            message: format!("cannot write a record: {e}"),
        })?);
    }
    print_lines(records)?;
    if !cli.quiet {
        let mut terms: Vec<&str> = hits.iter().map(|h| &*h.term).collect();
        terms.sort_unstable();
        terms.dedup();
        eprintln!(
            "{shown}: {} hit(s) of {} term(s), language {lang}",
            hits.len(),
            terms.len()
        );
    }
    Ok(0)
}

/// An export or import error: the glossary's or the file's content is a usage problem (2),
/// anything else a failure (1).
fn exchange_failure(e: ExchangeError) -> Failure {
    match e {
        ExchangeError::Format { .. } | ExchangeError::Glossary(_) => Failure::usage(e),
        ExchangeError::Conflicts(conflicts) => Failure {
            code: 1,
            message: conflicts.join("\nerror: "),
        },
        ExchangeError::Lint {
            message,
            diagnostics,
        } => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            Failure { code: 1, message }
        }
        ExchangeError::Io { .. } => Failure {
            code: 1,
            message: e.to_string(),
        },
    }
}

fn glossary_export(cli: &Cli, loaded: &config::Loaded, args: &ExportArgs) -> Result<u8, Failure> {
    let lang = |flag: &str, code: &str| {
        code.parse::<crate::lang::Lang>()
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
        Some(path) => crate::fsio::write_atomic(path, text.as_bytes()).map_err(|e| Failure {
            code: 1,
            message: e.to_string(),
        })?,
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Failure {
                        code: 1,
                        message: format!("cannot write to standard output: {e}"),
                    })
                }
                _ => {}
            }
        }
    }
    if !cli.quiet {
        let dest = args.out.as_ref().map_or_else(
            || "standard output".to_string(),
            |p| p.display().to_string(),
        );
        eprintln!("bitext: exported {what} from {} to {dest}", dir.display());
    }
    Ok(0)
}

fn glossary_import(cli: &Cli, loaded: &config::Loaded, args: &ImportArgs) -> Result<u8, Failure> {
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
        eprintln!(
            "bitext: {read} concept(s) from {shown} into {}: {} added, {} replaced, {} unchanged",
            dir.display(),
            outcome.added,
            outcome.replaced,
            outcome.unchanged
        );
        for path in &outcome.written {
            eprintln!("  wrote {}", path.display());
        }
        if !outcome.warnings.is_empty() {
            eprintln!(
                "  {} lint warning(s): see bitext glossary lint {}",
                outcome.warnings.len(),
                dir.display()
            );
        }
    }
    Ok(0)
}

fn print_estimate(estimate: &crate::pipeline::Estimate) {
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

fn providers(cli: &Cli, check: bool, only: &[String]) -> Result<u8, Failure> {
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let known = loaded.provider_names();
    if let Some(unknown) = only.iter().find(|n| !known.contains(n)) {
        return Err(Failure::usage(format!(
            "no provider profile '{unknown}': configured are {}",
            known.join(", ")
        )));
    }
    let env = |name: &str| std::env::var(name).ok();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the async runtime: {e}")))?;
    let mut failed = 0;
    for name in known.iter().filter(|n| only.is_empty() || only.contains(n)) {
        let overrides = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some(name.clone()),
            ..Default::default()
        };
        let settings = match loaded.resolve(&overrides, &env) {
            Ok(settings) => settings,
            Err(e) => {
                println!("{name}: misconfigured: {e}");
                failed += 1;
                continue;
            }
        };
        let p = &settings.provider;
        let key = match (&p.api_key_env, &p.api_key) {
            (None, _) => "no key".to_string(),
            (Some(var), Some(_)) => format!("key from {var} (set)"),
            (Some(var), None) => format!("key from {var} (not set)"),
        };
        println!(
            "{name}: kind {}, endpoint {}, model {}, {key}, concurrency {}{}",
            p.entry.type_name(),
            p.endpoint.as_deref().unwrap_or("(default)"),
            p.model.as_deref().unwrap_or("(default)"),
            settings.concurrency,
            settings
                .rate
                .requests_per_second
                .map(|r| format!(", {r} requests/s"))
                .unwrap_or_default(),
        );
        if !check {
            continue;
        }
        let outcome = match build_provider(&settings) {
            Err(e) => Err(e.message),
            Ok(provider) => {
                // After the check: some capabilities are learnt from the service.
                let outcome = runtime
                    .block_on(provider.check())
                    .map_err(|e| e.to_string());
                println!("  pairs: {}", provider.capabilities().describe());
                outcome
            }
        };
        match outcome {
            Ok(report) => println!("  ok: {report}"),
            Err(message) => {
                failed += 1;
                println!("  FAILED: {message}");
            }
        }
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

/// `bitext import`: reads every file first (a bad one stops the import before anything is
/// stored), then stores the corrections in one atomic write per language pair.
fn import(cli: &Cli, args: &ReviewImportArgs) -> Result<u8, Failure> {
    use crate::output::review::{read_reviewed_tsv, Reviewed};
    use crate::review::Correction;

    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let mut files: Vec<(String, bool, Vec<Reviewed>)> = Vec::new();
    for path in &args.files {
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
                read_reviewed_tsv(Path::new(&shown), &text).map_err(Failure::usage)?,
            ),
            _ => {
                return Err(Failure::usage(format!(
                    "{shown}: unknown kind of file: import a reviewed XLIFF (.xlf) or an edited TSV (.tsv) written by bitext translate"
                )))
            }
        };
        files.push((shown, tsv, entries));
    }

    let reviews_dir = loaded.reviews_dir(args.reviews.as_deref());
    let mut reviews = Reviews::load(&reviews_dir).map_err(Failure::usage)?;
    // A TSV says nothing of which cells a reviewer changed: compare each with what a run would
    // give now, so that confirming a machine translation does not turn it into a correction.
    let pipeline = if files.iter().any(|(_, tsv, _)| *tsv) {
        let overrides = Overrides {
            to: Some(vec!["vi".into(), "en".into(), "zh".into()]),
            provider: args.provider.clone(),
            cache: args.cache.clone(),
            glossary: args.glossary.clone(),
            reviews: args.reviews.clone(),
            ..Default::default()
        };
        let settings = loaded
            .resolve(&overrides, &|name| std::env::var(name).ok())
            .map_err(Failure::usage)?;
        let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;
        Some(pipeline_for(&settings, glossary, None).map_err(|f| Failure {
            code: f.code,
            message: format!(
                "{} (importing a TSV compares it with the cached translations of that provider; pass --provider NAME)",
                f.message
            ),
        })?)
    } else {
        None
    };

    for (shown, tsv, entries) in files {
        let (mut stored, mut unchanged) = (0, 0);
        for entry in entries {
            let same_as_now = match (&pipeline, tsv) {
                (Some(p), true) => {
                    let copy =
                        entry.target == entry.source && !crate::text::has_letters(&entry.source);
                    copy || p
                        .current_translation(entry.source_lang, entry.target_lang, &entry.source)
                        .is_some_and(|now| {
                            crate::text::nfc(&now) == crate::text::nfc(&entry.target)
                        })
                }
                _ => false,
            };
            let changed = !same_as_now
                && reviews.insert(
                    entry.source_lang,
                    entry.target_lang,
                    Correction {
                        from: format!(
                            "{shown}#{}{}",
                            entry.doc.map(|d| format!("{d}/")).unwrap_or_default(),
                            entry.id
                        ),
                        source: entry.source,
                        target: entry.target,
                    },
                );
            if changed {
                stored += 1;
            } else {
                unchanged += 1;
            }
        }
        if !cli.quiet {
            eprintln!("bitext: {shown}: {stored} correction(s) stored, {unchanged} unchanged");
        }
    }
    let written = reviews.save().map_err(|e| Failure {
        code: 1,
        message: e.to_string(),
    })?;
    if !cli.quiet {
        for path in written {
            eprintln!("  wrote {}", path.display());
        }
    }
    Ok(0)
}

/// The pipeline a run's settings describe.
fn pipeline_for(
    settings: &Settings,
    glossary: Glossary,
    max_chars: Option<u64>,
) -> Result<Pipeline, Failure> {
    let store = FsStore::new(&settings.cache_dir);
    // Answers a killed run received but had not filed yet: paid for, so kept.
    match store.recover() {
        Ok(0) => {}
        Ok(n) => tracing::info!("cache: filed {n} translation(s) left by an interrupted run"),
        Err(e) => tracing::warn!("{e}; its answers may be asked for again"),
    }
    Ok(Pipeline {
        provider: build_provider(settings)?,
        store: Arc::new(store),
        glossary: Arc::new(glossary),
        targets: settings.targets.clone(),
        retry: settings.retry,
        concurrency: settings.concurrency,
        limiter: Arc::new(Limiter::new(settings.rate)),
        max_chars,
        pivots: settings.pivots.clone(),
        reviews: Arc::new(Reviews::load(&settings.reviews_dir).map_err(Failure::usage)?),
    })
}

/// Everything besides a document's text and glossary entries that shapes its outputs, as one
/// hash: a document whose hash changed is done again by `batch`.
fn settings_hash(settings: &Settings, pipeline: &Pipeline, input: &InputArgs) -> String {
    let pivots: std::collections::BTreeMap<_, _> = settings.pivots.iter().collect();
    let record = serde_json::json!({
        "bitext": env!("CARGO_PKG_VERSION"),
        "cache_schema": crate::cache::KEY_SCHEMA,
        "provider": pipeline.provider.kind(),
        "model": pipeline.provider.model(),
        "endpoint_family": pipeline.provider.endpoint_family(),
        "options": pipeline.provider.options(),
        "targets": settings.targets,
        "from": format!("{:?}", settings.from),
        "formats": settings.formats.iter().map(|f| f.name()).collect::<Vec<_>>(),
        "drop_rules": format!("{:?}", settings.drop_rules),
        "pivots": format!("{pivots:?}"),
        "zh_tag": settings.zh_tag,
        "input_format": input.input_format,
        "join_lines": input.join_lines,
        "lossy": input.lossy,
        "reviews": pipeline.reviews.fingerprint(),
    });
    crate::batch::hash(record.to_string().as_bytes())
}

/// How `batch` shows its progress: a bar on a terminal, JSON events, or plain lines.
struct BatchProgress {
    bar: Option<indicatif::ProgressBar>,
    json: bool,
    quiet: bool,
    segments: u64,
    cache_hits: u64,
    characters: u64,
}

impl BatchProgress {
    fn event(&mut self, event: crate::batch::Event) {
        use crate::batch::Event;
        use std::io::Write;
        match event {
            Event::Planned { documents } => {
                if let Some(bar) = &self.bar {
                    bar.set_length(documents);
                } else if self.json {
                    println!(
                        "{}",
                        serde_json::json!({"event": "planned", "documents": documents})
                    );
                } else if !self.quiet {
                    eprintln!("bitext batch: {documents} document(s)");
                }
            }
            Event::Document(doc) => {
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
                    println!("{line}");
                } else if !self.quiet && doc.status != "skipped" {
                    eprintln!(
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

fn batch(cli: &Cli, args: &BatchArgs) -> Result<u8, Failure> {
    use crate::collection::{Collection, Shard};
    use std::io::IsTerminal;

    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let settings = loaded
        .resolve(&args.run.overrides(), &|name| std::env::var(name).ok())
        .map_err(Failure::usage)?;
    let cleaner = Cleaner::new(&settings.drop_rules).map_err(Failure::usage)?;
    let glossary = Glossary::load_dir(&settings.glossary_dir).map_err(Failure::usage)?;
    let input_format = args.input.format()?;
    let shard: Option<Shard> = match &args.shard {
        Some(s) => Some(s.parse().map_err(Failure::usage)?),
        None => None,
    };
    let stdin = std::io::stdin();
    let mut list = stdin.lock();
    let collection =
        Collection::new(&args.inputs, Some(&mut list), shard).map_err(Failure::usage)?;
    let pipeline = pipeline_for(&settings, glossary, args.max_chars)?;
    let job = crate::batch::Job {
        collection,
        out_dir: settings.out_dir.clone(),
        formats: settings.formats.clone(),
        from: settings.from,
        input_format,
        join_lines: args.input.join_lines,
        lossy: args.input.lossy,
        cleaner: &cleaner,
        settings_hash: settings_hash(&settings, &pipeline, &args.input),
        group: args.group,
    };
    let ctx = output::Context {
        glossary: &pipeline.glossary,
        zh_tag: &settings.zh_tag,
        scratch: None,
    };
    let bar = (!args.json && !cli.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:30} {pos}/{len} documents, {msg} [{elapsed_precise}, {per_sec}, ETA {eta}]",
        ) {
            bar.set_style(style);
        }
        bar
    });
    let mut progress = BatchProgress {
        bar,
        json: args.json,
        quiet: cli.quiet,
        segments: 0,
        cache_hits: 0,
        characters: 0,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the async runtime: {e}")))?;
    let report = runtime
        .block_on(crate::batch::run(&job, &pipeline, &ctx, &mut |e| {
            progress.event(e)
        }))
        .map_err(|e| Failure {
            code: 1,
            message: e.to_string(),
        })?;
    if let Some(bar) = &progress.bar {
        bar.finish_and_clear();
    }
    let report_path = &report.path;
    let t = &report.totals;
    if args.json {
        println!(
            "{}",
            serde_json::json!({"event": "report", "totals": t, "report": report_path})
        );
    } else if !cli.quiet {
        eprintln!(
            "bitext batch: {} document(s): {} done, {} skipped (unchanged), {} failed, {} not run",
            t.documents, t.done, t.skipped, t.failed, t.not_run
        );
        eprintln!(
            "  {} segments, {} cache hits, {} requests, {} characters billed, {} glossary violations, {:.2} s",
            t.segments, t.cache_hits, t.requests, t.billed_characters, t.glossary_violations, t.seconds
        );
        for doc in &report.failed {
            eprintln!(
                "  failed: {}: {}",
                doc.path,
                doc.error.as_deref().unwrap_or("see report.json")
            );
        }
        if t.failed > report.failed.len() as u64 {
            eprintln!(
                "  ... and {} more failed",
                t.failed - report.failed.len() as u64
            );
        }
        eprintln!("  report: {}", report_path.display());
    }
    Ok(if t.failed > 0 || t.not_run > 0 { 1 } else { 0 })
}
