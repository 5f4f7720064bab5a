//! The traffic benchmarks of the providers issues, as a documented command (they measure wall
//! time, so they are not part of the test suite):
//!
//! ```sh
//! cargo bench --bench rate
//! BITEXT_BENCH_BIN=/path/to/other/bitext cargo bench --bench rate   # the same runs, another build
//! ```
//!
//! 1. **A limit nobody told us** (issue 17): a fake DeepL server admits R requests in any
//!    sliding second and answers the next 429 with `Retry-After: 1`; of what it admits, a
//!    tenth is answered 429 with `Retry-After: 1` at random (a busy back end, not the limit).
//!    Every answer takes 200 ms. `bitext translate` with the default DeepL profile (no
//!    configured rate) over a generated collection: 120 articles for R = 5 (about 65
//!    requests), 480 for R = 20 (about 245 in three parts, with `concurrency = 8`: four
//!    requests in flight at 200 ms cannot carry 20 a second). Measured: the share of requests refused for
//!    exceeding the limit (target ≤ 10 %), the requests the limit let through per second of
//!    the run against R (target ≥ 85 %), failures and texts billed twice (target 0); and,
//!    from the fake's trace, when the first and last requests came, the gaps with nothing
//!    arriving, and what went through in each second (`BITEXT_BENCH_TRACE=FILE` writes it).
//! 2. **A configured limit**: the fake allows R = 20 requests a second (a token bucket) and
//!    bitext is configured for 20; 2,000 distinct segments, once without faults and once with
//!    every tenth request answered 429 on top.

// The integration tests' support: the fake DeepL server and the workspace driver, of which this
// benchmark uses a small part; and the generated collection of the batch benchmark.
#[path = "support/collection.rs"]
mod collection;
#[allow(dead_code)]
#[path = "../tests/it/support/mod.rs"]
mod support;

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};
use support::fake_deepl::{FakeDeepl, Traced, Traffic, Verdict};
use support::workspace::{Config, Workspace};

const KEY: &str = "deepl-rate-key";
const RATE: f64 = 20.0;
const SEGMENTS: usize = 2000;
const BATCH: usize = 10;

/// The binary measured: this build's, or `BITEXT_BENCH_BIN`.
fn binary() -> (PathBuf, bool) {
    match std::env::var_os("BITEXT_BENCH_BIN") {
        Some(bin) => (PathBuf::from(bin), false),
        None => (PathBuf::from(env!("CARGO_BIN_EXE_bitext")), true),
    }
}

/// Runs the measured binary in the workspace; returns its exit code, how long it took and
/// its stderr.
fn run_bitext(ws: &Workspace, args: &[String]) -> (Option<i32>, Duration, String) {
    run_bitext_from(ws, args, Instant::now())
}

/// As [`run_bitext`], timed from `started` (taken just before, to place the fake's trace).
fn run_bitext_from(
    ws: &Workspace,
    args: &[String],
    started: Instant,
) -> (Option<i32>, Duration, String) {
    let (bin, _) = binary();
    let out = Command::new(bin)
        .current_dir(ws.path())
        .args(args)
        .env("DEEPL_API_KEY", KEY)
        .env(
            "BITEXT_LOG",
            std::env::var("BITEXT_BENCH_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .output()
        .expect("run bitext");
    (
        out.status.code(),
        started.elapsed(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An unknown limit of `limit` a second over `articles` generated articles.
fn unknown_limit(limit: usize, articles: usize, profile: &str) -> bool {
    let deepl = FakeDeepl::start(KEY);
    // Room for the collection: the run checks the account's remaining quota first.
    deepl.account(1_000_000_000, 0);
    deepl.shape(Traffic {
        latency: Duration::from_millis(200),
        per_second: Some(limit),
        chance_429: Some((0.1, limit as u64)),
        ..Traffic::default()
    });
    let ws = Config::new()
        .run("to", vec!["zh"])
        .run("provider", "deepl")
        .provider("deepl", &deepl.url(), profile)
        .no_glossary()
        .build();
    let dir = ws.path().join("articles");
    collection::generate(&dir, articles, 17).expect("collection");
    let mut files: Vec<String> = support::files_under(&dir)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    let mut args = vec!["translate".to_string(), "--quiet".to_string()];
    args.extend(files);
    let started = Instant::now();
    let (code, took, stderr) = run_bitext_from(&ws, &args, started);
    assert!(ws.path().join("out/summary.json").exists(), "{stderr}");
    let summary = ws.json("out/summary.json");
    let counts = deepl.traffic_counts();
    where_the_time_went(limit, started, took, &deepl.traffic_trace());
    let billed = deepl.billed();
    let distinct: HashSet<&(String, String)> = billed.iter().collect();
    let twice = billed.len() - distinct.len();
    let refused = counts.over_limit as f64 / counts.requests.max(1) as f64;
    let share = counts.admitted as f64 / took.as_secs_f64() / limit as f64;
    eprintln!(
        "unknown limit {limit}/s, {articles} articles ({profile:?}): {} requests in {:.1} s: \
         {} refused over the limit ({:.1} %), {} refused by chance, {} let through: {:.1} % of \
         the allowed rate over the whole run ({:.1} % from the first request let through to \
         the last); {} failures, {twice} texts billed twice, exit {code:?}",
        counts.requests,
        took.as_secs_f64(),
        counts.over_limit,
        refused * 100.0,
        counts.injected,
        counts.admitted,
        share * 100.0,
        counts.admitted as f64 / counts.admitted_span.as_secs_f64().max(1e-9) / limit as f64
            * 100.0,
        summary["failures"],
    );
    if code != Some(0) || std::env::var_os("BITEXT_BENCH_LOG").is_some() {
        eprintln!("{stderr}");
    }
    refused <= 0.10 && share >= 0.85 && summary["failures"] == 0 && twice == 0
}

/// Where a run's time went, from the fake's trace: before the first request, after the last,
/// and the gaps in between with nothing arriving, and how much of the rate each second of
/// the run used. `BITEXT_BENCH_TRACE=FILE` writes every request (milliseconds from the
/// start of the process, and the fake's verdict) to FILE.
fn where_the_time_went(limit: usize, started: Instant, took: Duration, trace: &[Traced]) {
    let (Some(first), Some(last)) = (trace.first(), trace.last()) else {
        return;
    };
    let ms = |at: Instant| at.duration_since(started).as_secs_f64() * 1e3;
    if let Some(file) = std::env::var_os("BITEXT_BENCH_TRACE") {
        let lines: String = trace
            .iter()
            .map(|t| format!("{:.1} {:?}\n", ms(t.arrived), t.verdict))
            .collect();
        std::fs::write(&file, lines).expect("write the trace");
    }
    // Gaps of more than the round trip with nothing arriving: lanes with nothing to send, or
    // every lane paused.
    let idle: f64 = trace
        .windows(2)
        .map(|w| ms(w[1].arrived) - ms(w[0].arrived))
        .filter(|gap| *gap > 300.0)
        .sum();
    let seconds = (ms(last.arrived) / 1e3).ceil() as usize + 1;
    let mut per_second = vec![0usize; seconds];
    for t in trace.iter().filter(|t| t.verdict != Verdict::OverLimit) {
        per_second[(ms(t.arrived) / 1e3) as usize] += 1;
    }
    let shown: Vec<String> = per_second.iter().map(usize::to_string).collect();
    eprintln!(
        "  first request at {:.0} ms, last at {:.0} ms, process ended at {:.0} ms; {:.0} ms of \
         gaps over 300 ms; let through in each second of the run (limit {limit}): {}",
        ms(first.arrived),
        ms(last.arrived),
        took.as_secs_f64() * 1e3,
        idle,
        shown.join(" ")
    );
}

fn configured(every_nth_429: Option<usize>) -> (f64, serde_json::Value) {
    let deepl = FakeDeepl::start(KEY);
    deepl.shape(Traffic {
        latency: Duration::from_millis(200),
        rate_limit: Some(RATE),
        every_nth_429,
        ..Traffic::default()
    });
    let ws = Config::new()
        .run("to", vec!["zh"])
        .run("provider", "deepl")
        .run("retry_base_ms", 100)
        .run("max_retries", 8)
        .provider(
            "deepl",
            &deepl.url(),
            &format!("batch_size = {BATCH}\nconcurrency = 12\nrequests_per_second = {RATE}"),
        )
        .build();
    // Distinct sentences, so that nothing is deduplicated.
    let text: String = (0..SEGMENTS)
        .map(|i| format!("Sentence number {i} of the rate benchmark is here.\n"))
        .collect();
    ws.write("input.txt", text);
    let args = ["translate", "--from", "en", "input.txt"].map(String::from);
    let (code, took, stderr) = run_bitext(&ws, &args);
    assert_eq!(code, Some(0), "{stderr}");
    let summary = ws.json("out/summary.json");
    let answered = deepl.successful_requests() as f64;
    (answered / took.as_secs_f64() / RATE, summary)
}

fn main() {
    let (_, ours) = binary();
    let only = std::env::var("BITEXT_BENCH_ONLY").unwrap_or_default();
    if only == "5" || only == "20" {
        let twenty = only == "20";
        let (limit, articles, profile) = if twenty {
            (20, 480, "concurrency = 8")
        } else {
            (5, 120, "")
        };
        unknown_limit(limit, articles, profile);
        return;
    }
    if only.is_empty() || only == "unknown" {
        let five = unknown_limit(5, 120, "");
        let twenty = unknown_limit(20, 480, "concurrency = 8");
        if ours {
            assert!(five && twenty, "an unknown limit missed its targets");
        }
    }
    if !only.is_empty() && only != "configured" {
        return;
    }
    let (share, summary) = configured(None);
    eprintln!(
        "configured, no faults: {:.1}% of the allowed {RATE} requests/s; {} requests, {} retries, {} failures",
        share * 100.0,
        summary["requests"],
        summary["retries"],
        summary["failures"]
    );
    let (share_faults, faults) = configured(Some(10));
    eprintln!(
        "configured, 10% 429s: {:.1}% of the allowed {RATE} requests/s; {} requests, {} retries, {} failures",
        share_faults * 100.0,
        faults["requests"],
        faults["retries"],
        faults["failures"]
    );
    if ours {
        assert_eq!(summary["failures"], 0);
        assert!(share >= 0.90, "{share}");
        assert_eq!(faults["failures"], 0);
        assert!(share_faults >= 0.75, "{share_faults}");
    }
}
