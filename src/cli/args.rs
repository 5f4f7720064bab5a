//! What the command line accepts: every command, argument and option, with the help text
//! `bitext --help` shows. Only definitions live here; the commands are in the sibling modules.

use crate::config::Overrides;
use crate::document::InputFormat;
use crate::output::Format;
use crate::provider::registry;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsStr;
use std::marker::PhantomData;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "bitext",
    version,
    about = "Turn news articles into aligned Vietnamese–English–Chinese parallel text"
)]
pub struct Cli {
    /// Workspace configuration (default: ./bitext.toml when present).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// More log output (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Colour in warnings and errors: `auto` (only when stderr is a terminal and NO_COLOR is
    /// not set), `always` or `never`.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

/// When warnings and errors are coloured.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Translate articles into aligned parallel text.
    Translate(TranslateArgs),
    /// Translate a collection: only what changed since the last run, resumable, with progress
    /// and a report (OUT/report.json).
    Batch(BatchArgs),
    /// Show how articles are read, cleaned and split into sentences (nothing is translated).
    Segment(SegmentArgs),
    /// List the configured providers; with --check, make one cheap call to each.
    Providers(ProvidersArgs),
    /// Store a reviewer's corrections for later runs: from a reviewed XLIFF (segments in
    /// state reviewed or final) or an edited TSV (cells that differ from the cached machine
    /// translation); or a team's translation memory (.tmx) as human translations. Later runs
    /// use corrections first, then the memory, before the cache and any provider.
    Import(ReviewImportArgs),
    /// The translation cache: stats, migrate, export (TMX, JSON Lines) and forget.
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

#[derive(Args, Debug)]
pub struct ProvidersArgs {
    /// Call each provider once (DeepL usage, languages, models) and report what works.
    #[arg(long)]
    pub check: bool,
    /// Only these provider profiles (default: all of them).
    pub names: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum GlossaryCommand {
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
pub struct MatchArgs {
    /// Text to search; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Language of the text: auto (detect), vi, en or zh.
    #[arg(long, value_name = "LANG", default_value = "auto")]
    pub lang: String,
    /// Glossary folder (default: ./glossary, or `glossary` under [run] in bitext.toml).
    #[arg(long, value_name = "DIR")]
    pub glossary: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,
    /// Read HTML pages whole: menus, related links, comments and the like are translated too
    /// (only scripts, forms and the site's nav, header and footer elements are left out).
    /// By default only the article is read, and every region left out is reported.
    #[arg(long)]
    pub whole_page: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// TBX-Basic (TBX v3, ISO 30042:2019, DCA style).
    Tbx,
    /// One row per concept, the columns of the term files and `kind`.
    Csv,
    /// `source<TAB>target` lines for DeepL's glossary API (needs --from and --to).
    DeeplTsv,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long)]
    pub format: ExportFormat,
    /// Glossary folder (default: ./glossary, or `glossary` under [run] in bitext.toml).
    #[arg(long, value_name = "DIR")]
    pub glossary: Option<PathBuf>,
    /// Source language of a deepl-tsv glossary (vi, en, zh).
    #[arg(long, value_name = "LANG")]
    pub from: Option<String>,
    /// Target language of a deepl-tsv glossary (vi, en, zh).
    #[arg(long, value_name = "LANG")]
    pub to: Option<String>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Tbx,
    Csv,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// TBX or CSV file to import; `-` reads standard input (then pass --format).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Format of FILE; by default from its extension (.tbx or .xml: tbx, .csv: csv).
    #[arg(long)]
    pub format: Option<ImportFormat>,
    /// Glossary folder to import into (default: ./glossary, or `glossary` under [run]).
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// Overwrite terms already in the glossary under the same id but with other content.
    #[arg(long)]
    pub replace: bool,
}

#[derive(Subcommand, Debug)]
pub enum CacheCommand {
    /// Number of entries and their size, per provider, model and language pair.
    Stats {
        /// Cache folder (default: ./cache, or `cache` under [run] in bitext.toml); `dir:DIR`
        /// for the file store of one file per entry.
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Read and check every entry, and count those that fail (slow on a large cache).
        #[arg(long)]
        verify: bool,
    },
    /// Move the entries of a file store (`<cache>/v1`) into the cache database now, rather
    /// than at the next run's start; the folder is renamed `v1.migrated` once all are in.
    Migrate {
        /// Cache folder (default: ./cache, or `cache` under [run] in bitext.toml).
        #[arg(long, value_name = "DIR")]
        cache: Option<PathBuf>,
    },
    /// Write the translation memory out for a CAT tool (TMX 1.4b) or a script (JSON Lines):
    /// every entry, or those of one pair, provider or model.
    Export(CacheExportArgs),
    /// Remove entries: those of a provider, a model, a pair, or older than a time (at least
    /// one is required; all the given ones must hold). Imported TMX units are removed only
    /// with `--provider tm`.
    Forget(CacheForgetArgs),
}

/// Which entries `cache export` and `cache forget` take.
#[derive(Args, Debug)]
pub struct CacheFilterArgs {
    /// A language pair, source-target (vi-en, en-zh, …).
    #[arg(long, value_name = "SRC-TGT")]
    pub pair: Option<String>,
    /// A provider kind (deepl, google, microsoft, libretranslate, openai, pseudo), or `tm`
    /// for the units imported from TMX files.
    #[arg(long, value_name = "KIND")]
    pub provider: Option<String>,
    /// A model, as `cache stats` lists them.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,
    /// Cache folder (default: ./cache, or `cache` under [run] in bitext.toml); `dir:DIR`
    /// for the file store.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct CacheExportArgs {
    /// `tmx` (TMX 1.4b, for CAT tools: OmegaT and translate-toolkit read it) or `jsonl`
    /// (one record per entry).
    #[arg(long, value_name = "tmx|jsonl", hide_possible_values = true,
          value_parser = KnownFormat::<crate::tm::ExportFormat>::new(" or "))]
    pub format: crate::tm::ExportFormat,
    #[command(flatten)]
    pub filter: CacheFilterArgs,
    /// The file to write (atomically); standard output without it.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct CacheForgetArgs {
    #[command(flatten)]
    pub filter: CacheFilterArgs,
    /// Only entries written longer ago than this: a number and a unit, s, m, h, d or w
    /// (`30d`, `12h`, `2w`).
    #[arg(long, value_name = "AGE")]
    pub older_than: Option<String>,
}

/// How input files are read; shared by the commands that read articles.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Input format; by default from the file extension (.md, .html), else plain text.
    #[arg(long, value_name = "txt|md|html", hide_possible_values = true,
          value_parser = KnownFormat::<InputFormat>::new(" or "))]
    pub input_format: Option<InputFormat>,
    /// In plain text, treat single line breaks inside a paragraph as spaces (text copied from
    /// PDFs, hard-wrapped mail); paragraphs end at blank lines.
    #[arg(long)]
    pub join_lines: bool,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,
    /// Read HTML pages whole: menus, related links, comments and the like are translated too
    /// (only scripts, forms and the site's nav, header and footer elements are left out).
    /// By default only the article is read, and every region left out is reported.
    #[arg(long)]
    pub whole_page: bool,
}

/// What `bitext segment` prints.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentFormat {
    /// Segments and dropped lines, one JSON record each.
    Jsonl,
    /// One segment per line, a blank line between blocks.
    Text,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    /// Articles to segment; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Language of the input: auto (detect), vi, en or zh.
    #[arg(long, value_name = "LANG", default_value = "auto")]
    pub lang: String,
    /// Output: `jsonl` (segments and dropped lines, one JSON record each) or `text` (one
    /// segment per line, a blank line between blocks).
    #[arg(long, value_name = "jsonl|text", default_value = "text", hide_possible_values = true,
          value_parser = KnownFormat::<SegmentFormat>::new(" or "))]
    pub format: SegmentFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Args, Debug)]
pub struct TranslateArgs {
    /// Articles (plain text, Markdown or HTML); `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Print what the run would send (segments, characters, requests per target language,
    /// after the cache and deduplication) and stop without sending or writing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Stop before sending a request that would take the characters sent in this run past N;
    /// everything translated until then is kept.
    #[arg(long, value_name = "N")]
    pub max_chars: Option<u64>,
    /// Translate again what the cache holds and replace it (each text is still bought once
    /// in the run; reviewers' corrections and the imported translation memory still win).
    #[arg(long)]
    pub refresh: bool,
}

/// What a translate or batch run may override of bitext.toml.
#[derive(Args, Debug)]
pub struct RunArgs {
    /// Target languages, comma-separated (vi, en, zh).
    #[arg(long, value_delimiter = ',', value_name = "LANGS")]
    pub to: Option<Vec<String>>,
    /// Source language: auto (detect per document), vi, en or zh.
    #[arg(long, value_name = "LANG")]
    pub from: Option<String>,
    #[arg(long, value_name = "NAME", help = registry::provider_help())]
    pub provider: Option<String>,
    /// Base URL that replaces the chosen provider's endpoint.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Glossary folder (default: ./glossary).
    #[arg(long, value_name = "DIR")]
    pub glossary: Option<PathBuf>,
    /// Cache folder (default: ./cache).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Output folder (default: ./out).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    // An empty item (`jsonl,`) is `None` and skipped, as bitext always has.
    #[arg(long, value_delimiter = ',', value_name = "FORMATS", hide_possible_values = true,
          help = Format::help(),
          value_parser = ListItem(KnownFormat::<Format>::new(", ")))]
    pub format: Option<Vec<Option<Format>>>,
    /// Reviewers' corrections (default: ./reviews, or `reviews` under [run]).
    #[arg(long, value_name = "DIR")]
    pub reviews: Option<PathBuf>,
}

impl RunArgs {
    /// The values given, to win over bitext.toml.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            to: self.to.clone(),
            from: self.from.clone(),
            provider: self.provider.clone(),
            endpoint: self.endpoint.clone(),
            formats: self
                .format
                .as_ref()
                .map(|items| items.iter().flatten().copied().collect()),
            cache: self.cache.clone(),
            glossary: self.glossary.clone(),
            out: self.out.clone(),
            reviews: self.reviews.clone(),
        }
    }
}

#[derive(Args, Debug)]
pub struct BatchArgs {
    /// Folders (searched recursively for .txt, .md and .html files), files, or quoted glob
    /// patterns; `-` reads more paths from standard input, one per line.
    #[arg(value_name = "IN", required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Follow symbolic links that lead out of the folders given (by default such a link is a
    /// document that fails; links that stay inside are read either way).
    #[arg(long)]
    pub follow_symlinks: bool,
    /// Take a stable share K of N of the documents, so that N machines can split a collection.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Machine-readable progress on standard output: one JSON event per line, then the report.
    #[arg(long)]
    pub json: bool,
    /// Documents translated together (they share requests; memory holds this many at once).
    #[arg(long, value_name = "N", default_value_t = 32)]
    pub group: usize,
    /// Stop before sending a request that would take the characters sent in this run past N.
    #[arg(long, value_name = "N")]
    pub max_chars: Option<u64>,
    /// Do every document again, unchanged ones too, translating again what the cache holds
    /// and replacing it (each text is still bought once in the run; corrections and the
    /// imported translation memory still win).
    #[arg(long)]
    pub refresh: bool,
    /// Print what the batch would do and send (documents to do, segments, characters or
    /// tokens and requests per target language, after the cache and deduplication across the
    /// whole batch) and stop without sending or writing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// When the account's remaining quota (DeepL's usage) is smaller than the batch needs, do
    /// the documents it allows, in order, and leave the rest for the next run (without it,
    /// such a batch stops before sending anything).
    #[arg(long, conflicts_with = "dry_run")]
    pub within_quota: bool,
}

#[derive(Args, Debug)]
pub struct ReviewImportArgs {
    /// Reviewed files: XLIFF 2.0 (.xlf, .xliff) or TSV (.tsv) as bitext wrote them; or
    /// translation memories (.tmx, TMX 1.4), stored in the cache (--cache).
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Where corrections are stored (default: ./reviews, or `reviews` under [run]).
    #[arg(long, value_name = "DIR")]
    pub reviews: Option<PathBuf>,
    /// The provider profile whose cached translations a TSV is compared with (default: the
    /// one under [run]).
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Cache folder (default: ./cache).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Glossary folder (default: ./glossary).
    #[arg(long, value_name = "DIR")]
    pub glossary: Option<PathBuf>,
}

/// Parses a value of a [`ValueEnum`] (surrounding spaces ignored) and words a bad one as bitext
/// always has — `--format: unknown format 'pdf': use jsonl or text` — rather than in clap's
/// words, since scripts and tests match that message.
#[derive(Clone)]
struct KnownFormat<E> {
    /// What goes before the last name of the list: `" or "`, or `", "` for a plain list.
    last_separator: &'static str,
    values: PhantomData<E>,
}

impl<E> KnownFormat<E> {
    fn new(last_separator: &'static str) -> Self {
        KnownFormat {
            last_separator,
            values: PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for KnownFormat<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<E, clap::Error> {
        let text = value.to_string_lossy();
        E::from_str(text.trim(), false).map_err(|_| {
            let names: Vec<String> = E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|v| v.get_name().to_string())
                .collect();
            let list = match names.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{}{}{last}", rest.join(", "), self.last_separator),
                None => String::new(),
            };
            let flag = arg
                .and_then(clap::Arg::get_long)
                .map(|long| format!("--{long}: "))
                .unwrap_or_default();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("{flag}unknown format '{text}': use {list}\n"),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

/// An item of a comma-separated list of a [`ValueEnum`]: `None` when blank, so that a stray
/// comma is skipped rather than refused.
#[derive(Clone)]
struct ListItem<E>(KnownFormat<E>);

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for ListItem<E> {
    type Value = Option<E>;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Option<E>, clap::Error> {
        if value.to_string_lossy().trim().is_empty() {
            return Ok(None);
        }
        self.0.parse_ref(cmd, arg, value).map(Some)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}
