//! The command line: parses arguments ([`args`]), sets up logging, hands each command to its
//! module and turns the outcome into a message and an [`Exit`] code. The commands only parse,
//! call the library and report; no stage below knows about them.

/// `eprintln!` for lines that may carry text from outside (a server's error body, a file
/// name, a document's text): the whole line passes [`crate::text::escape_controls`], so an
/// escape sequence in it is shown, not run by the terminal. Every print site in `cli` uses it
/// or [`println_shown!`]; lines of JSON use [`crate::text::escape_controls_json`] instead.
macro_rules! eprintln_shown {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::text::escape_controls(&format!($($arg)*)))
    };
}

/// `println!` with its line escaped as [`eprintln_shown!`] does.
macro_rules! println_shown {
    ($($arg:tt)*) => {
        println!("{}", $crate::text::escape_controls(&format!($($arg)*)))
    };
}

/// Prints a JSON value as one line of standard output, with the controls serde_json leaves
/// raw escaped as JSON escapes ([`crate::text::escape_controls_json`]): the same value.
macro_rules! println_json {
    ($value:expr) => {
        println!(
            "{}",
            $crate::text::escape_controls_json(&$value.to_string())
        )
    };
}

mod args;
mod batch;
mod cache;
mod common;
mod glossary;
mod import;
mod providers;
mod segment;
mod translate;

use args::{CacheCommand, Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// How a command ended, as its exit code tells scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    /// Everything asked for was done.
    Done = 0,
    /// Some of the work failed (segments, documents, a write), or `glossary lint` found errors.
    Failed = 1,
    /// The command line or the configuration is wrong, or a provider refused the
    /// credentials: nothing will work until the user changes something. Clap's own errors
    /// exit with this code too.
    Usage = 2,
}

impl Exit {
    /// [`Exit::Failed`] when `failed`, else [`Exit::Done`].
    fn failed_if(failed: bool) -> Self {
        if failed {
            Exit::Failed
        } else {
            Exit::Done
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit as u8)
    }
}

/// An error for the user: what went wrong, where, what to do; and how the command exits.
#[derive(Debug)]
struct Failure {
    exit: Exit,
    message: String,
}

impl Failure {
    /// A usage or configuration error ([`Exit::Usage`]).
    fn usage(message: impl std::fmt::Display) -> Self {
        Failure {
            exit: Exit::Usage,
            message: message.to_string(),
        }
    }

    /// Work that failed ([`Exit::Failed`]).
    fn failed(message: impl std::fmt::Display) -> Self {
        Failure {
            exit: Exit::Failed,
            message: message.to_string(),
        }
    }
}

/// What every command returns.
type Outcome = Result<Exit, Failure>;

pub fn main() -> ExitCode {
    main_with(std::env::args_os())
}

/// [`main`] with these arguments (the first names the program): what a test that counts the
/// command's own allocations runs in its process.
pub fn main_with<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = Cli::parse_from(args);
    init_logging(cli.verbose, cli.quiet, cli.color);
    let outcome = match &cli.command {
        Command::Translate(args) => translate::run(&cli, args),
        Command::Batch(args) => batch::run(&cli, args),
        Command::Segment(args) => segment::run(&cli, args),
        Command::Providers(args) => providers::run(&cli, args.check, &args.names),
        Command::Import(args) => import::run(&cli, args),
        Command::Cache {
            command:
                CacheCommand::Stats {
                    cache,
                    json,
                    verify,
                },
        } => cache::stats(&cli, cache.as_deref(), *json, *verify),
        Command::Cache {
            command: CacheCommand::Migrate { cache },
        } => cache::migrate(&cli, cache.as_deref()),
        Command::Cache {
            command: CacheCommand::Export(args),
        } => cache::export(&cli, args),
        Command::Cache {
            command: CacheCommand::Forget(args),
        } => cache::forget(&cli, args),
        Command::Glossary { command } => glossary::run(&cli, command),
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(failure) => {
            eprintln_shown!("error: {}", failure.message);
            failure.exit.into()
        }
    }
}

fn init_logging(verbose: u8, quiet: bool, color: args::ColorChoice) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("BITEXT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("bitext={level},warn")));
    // Colours only on a terminal: a log read from a file or a pipe holds no escape codes.
    let colours = match color {
        args::ColorChoice::Always => true,
        args::ColorChoice::Never => false,
        args::ColorChoice::Auto => {
            std::io::IsTerminal::is_terminal(&std::io::stderr())
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colours)
        .with_writer(move || ShownLog { colours })
        .with_target(false)
        .without_time()
        .try_init();
}

/// Standard error as the log writes to it: each line passes [`crate::text::escape_controls`],
/// as every other line the commands print does. The logger escapes ESC in what it logs, but
/// not the bidi overrides and other controls a server's message may carry; on a terminal the
/// ESC of the log's own colours is kept.
struct ShownLog {
    colours: bool,
}

impl std::io::Write for ShownLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // The logger writes each event whole, so a line is never cut inside a character.
        let text = String::from_utf8_lossy(buf);
        let keep: fn(char) -> bool = if self.colours {
            |c| c == '\u{1b}'
        } else {
            |_| false
        };
        std::io::stderr().write_all(crate::text::escape_controls_but(&text, keep).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}
