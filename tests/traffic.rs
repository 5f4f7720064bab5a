//! Traffic discipline: what a run would cost before it runs, and a budget it never exceeds.

mod common;

use common::fake_deepl::FakeDeepl;
use common::workspace::Workspace;

const KEY: &str = "deepl-traffic-key";

fn workspace(deepl: &FakeDeepl, extra: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "bitext.toml",
        format!(
            "[run]\nto = [\"vi\", \"en\", \"zh\"]\nprovider = \"deepl\"\nretry_base_ms = 1\n[providers.deepl]\nendpoint = \"{}\"\n{extra}\n",
            deepl.url()
        ),
    );
    ws
}

fn samples() -> Vec<String> {
    Workspace::all_samples()
        .iter()
        .map(|p| p.display().to_string())
        .collect()
}

#[test]
fn dry_run_counts_exactly_what_the_real_run_bills() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl, "");
    let files = samples();
    let mut args = vec!["translate", "--dry-run"];
    args.extend(files.iter().map(String::as_str));
    let dry = ws.run(&args, &[("DEEPL_API_KEY", KEY)]);
    dry.assert_code(0);
    assert_eq!(deepl.translate_requests(), 0, "a dry run sent a request");
    assert!(!ws.path().join("out").exists() && !ws.path().join("cache").exists());
    let total: Vec<u64> = dry
        .stdout
        .lines()
        .find(|l| l.starts_with("total"))
        .unwrap()
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();
    let (segments, characters, requests) = (total[0], total[1], total[2]);

    args.remove(1);
    ws.run(&args, &[("DEEPL_API_KEY", KEY)]).assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["billed_characters"].as_u64().unwrap(), characters);
    assert_eq!(summary["segments_sent"].as_u64().unwrap(), segments);
    assert_eq!(summary["requests"].as_u64().unwrap(), requests);
    eprintln!(
        "dry run: {characters} characters in {requests} requests; real run billed {}",
        summary["billed_characters"]
    );

    // After the run, the dry run has nothing left to send.
    let mut again = vec!["translate", "--dry-run"];
    again.extend(files.iter().map(String::as_str));
    let dry = ws.run(&again, &[("DEEPL_API_KEY", KEY)]);
    assert!(
        dry.stdout
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["total", "0", "0", "0"]),
        "{}",
        dry.stdout
    );
}

#[test]
fn a_budget_stops_the_run_before_it_is_exceeded_and_keeps_what_was_done() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl, "batch_size = 5\nconcurrency = 1");
    let article = Workspace::sample("en-beijing-people-to-people-diplomacy.txt");
    let article = article.to_str().unwrap();
    let run = ws.run(
        &["translate", "--to", "zh", "--max-chars", "2000", article],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(1);
    assert!(run.stderr.contains("--max-chars"), "{}", run.stderr);
    let summary = ws.json("out/summary.json");
    let billed = summary["billed_characters"].as_u64().unwrap();
    assert!(billed > 0 && billed <= 2000, "{summary}");
    assert_eq!(billed as usize, deepl.billed_chars());
    let done = summary["segments_sent"].as_u64().unwrap();

    // Without the budget the rest is sent, and nothing twice.
    let run = ws.run(
        &["translate", "--to", "zh", article],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["served_from_cache"].as_u64().unwrap(), done);
    let total = summary["translations_needed"].as_u64().unwrap()
        - summary["deduplicated"].as_u64().unwrap();
    assert_eq!(deepl.texts().len() as u64, total);
}
