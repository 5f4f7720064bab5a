//! The traffic benchmark of the providers issue, as a documented command (it measures wall
//! time, so it is not part of the test suite):
//!
//! ```sh
//! cargo bench --bench rate
//! ```
//!
//! A fake DeepL server adds 200 ms to every answer and allows R requests a second (more are
//! answered 429). 2,000 distinct segments go through bitext configured for R requests a second;
//! the achieved rate of answered requests is compared with R, once with no faults and once
//! with every tenth request answered 429 on top.

// The integration tests' support: the fake DeepL server and the workspace driver, of which this
// benchmark uses a small part.
#[allow(dead_code)]
#[path = "../tests/it/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};
use support::fake_deepl::{FakeDeepl, Traffic};
use support::workspace::Config;

const KEY: &str = "deepl-rate-key";
const RATE: f64 = 20.0;
const SEGMENTS: usize = 2000;
const BATCH: usize = 10;

fn run(every_nth_429: Option<usize>) -> (f64, serde_json::Value) {
    let deepl = FakeDeepl::start(KEY);
    deepl.shape(Traffic {
        latency: Duration::from_millis(200),
        rate_limit: Some(RATE),
        every_nth_429,
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
    let started = Instant::now();
    let out = ws.run(
        &["translate", "--from", "en", "input.txt"],
        &[("DEEPL_API_KEY", KEY)],
    );
    let elapsed = started.elapsed().as_secs_f64();
    out.assert_code(0);
    let summary = ws.json("out/summary.json");
    let answered = deepl.successful_requests() as f64;
    (answered / elapsed / RATE, summary)
}

fn main() {
    let (share, summary) = run(None);
    eprintln!(
        "no faults: {:.1}% of the allowed {RATE} requests/s; {} requests, {} retries, {} failures",
        share * 100.0,
        summary["requests"],
        summary["retries"],
        summary["failures"]
    );
    assert_eq!(summary["failures"], 0);
    assert!(share >= 0.90, "{share}");

    let (share, summary) = run(Some(10));
    eprintln!(
        "10% 429s: {:.1}% of the allowed {RATE} requests/s; {} requests, {} retries, {} failures",
        share * 100.0,
        summary["requests"],
        summary["retries"],
        summary["failures"]
    );
    assert_eq!(summary["failures"], 0);
    assert!(share >= 0.75, "{share}");
}
