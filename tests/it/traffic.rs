//! Traffic discipline: what a run would cost before it runs, and a budget it never exceeds.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::workspace::{samples, Config, Workspace};

const KEY: &str = "deepl-traffic-key";

/// A workspace translating into every language through the `deepl` profile at the fake;
/// `extra` is more lines for the profile's table.
fn workspace(deepl: &FakeDeepl, extra: &str) -> Workspace {
    Config::new()
        .run("to", vec!["vi", "en", "zh"])
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), extra)
        .build()
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

#[test]
fn providers_check_makes_one_authenticated_call_to_each() {
    let deepl = FakeDeepl::start(KEY);
    let llm = crate::support::fake_openai::FakeOpenAi::start("sk-check");
    let ws = Config::new()
        .provider("deepl", &deepl.url(), "")
        .llm(&llm.url(), "model = \"test-model\"")
        .build();
    // Named profiles only: the built-in `openai` profile would look up api.openai.com.
    let run = ws.run(
        &[
            "providers",
            "--check",
            "deepl",
            "llm",
            "pseudo",
            "microsoft",
        ],
        &[("DEEPL_API_KEY", KEY), ("LLM_KEY", "sk-check")],
    );
    let after = |name: &str| after_line(&run.stdout, name);
    assert!(
        after("deepl").contains("ok: key accepted"),
        "{}",
        run.stdout
    );
    assert!(
        after("llm").contains("ok: 2 models; 'test-model' is among them"),
        "{}",
        run.stdout
    );
    assert!(after("pseudo").contains("ok"), "{}", run.stdout);
    // Each provider says what it supports per pair.
    assert!(
        run.stdout.contains("  pairs: vi→en +terms, vi→zh +terms"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("en→zh +terms +tags"), "{}", run.stdout);
    // Providers without a key fail their check, and the run says so with its exit code.
    assert!(
        after("microsoft").contains("FAILED")
            && after("microsoft").contains("MICROSOFT_TRANSLATOR_KEY"),
        "{}",
        run.stdout
    );
    run.assert_code(1);
    assert!(!run.stdout.contains(KEY) && !run.stdout.contains("sk-check"));

    let run = ws.run(
        &["providers", "--check", "deepl", "llm"],
        &[("DEEPL_API_KEY", "wrong"), ("LLM_KEY", "sk-wrong")],
    );
    assert!(
        after_line(&run.stdout, "deepl").contains("FAILED: deepl: the API key was rejected"),
        "{}",
        run.stdout
    );
    assert!(
        after_line(&run.stdout, "llm").contains("FAILED"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("sk-wrong"));
    assert!(!run.stdout.contains("pseudo:"), "only the named profiles");

    let run = ws.run(&["providers", "nope"], &[]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("no provider profile 'nope'"),
        "{}",
        run.stderr
    );
}

/// The outcome line (`  ok: …` or `  FAILED: …`) of a provider in `providers --check`.
fn after_line<'a>(text: &'a str, name: &str) -> &'a str {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&format!("{name}:")))
        .unwrap();
    lines[at + 1..]
        .iter()
        .find(|l| l.starts_with("  ok") || l.starts_with("  FAILED"))
        .copied()
        .unwrap_or("")
}

#[test]
fn a_request_slower_than_the_timeout_is_sent_again() {
    let deepl = FakeDeepl::start(KEY);
    deepl.push_fault(crate::support::fake_deepl::DeeplFault::Delay(
        std::time::Duration::from_secs(3),
    ));
    let ws = workspace(&deepl, "timeout_secs = 0.5\nconcurrency = 1");
    let article = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    let run = ws.run(
        &["translate", "--to", "zh", article.to_str().unwrap()],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(0);
    assert!(run.stderr.contains("timed out"), "{}", run.stderr);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["retries"], 1);
    assert_eq!(summary["failures"], 0);
    for r in ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl") {
        let source = r["source"]["text"].as_str().unwrap();
        assert_eq!(
            r["targets"]["zh"]["text"].as_str().unwrap(),
            format!("<ZH-HANS> {source}")
        );
    }
}

#[test]
fn a_pair_can_go_through_a_pivot_language() {
    let ws = Workspace::new();
    ws.write(
        "bitext.toml",
        "[providers.pseudo]\npivot = { \"vi-zh\" = \"en\" }\n",
    );
    let article = Workspace::sample("vi-asean-women-forum-nanning.txt");
    let article = article.to_str().unwrap();
    ws.run(&["translate", "--to", "en,zh", article], &[])
        .assert_code(0);
    let recs = ws.jsonl("out/vi-asean-women-forum-nanning.jsonl");
    for r in &recs {
        let zh = &r["targets"]["zh"];
        // The pseudo provider shows both legs: vi → en, then en → zh.
        assert!(
            zh["text"].as_str().unwrap().starts_with("[zh] [en] "),
            "{r}"
        );
        assert_eq!(zh["via"], "en");
        assert!(r["targets"]["en"].get("via").is_none());
    }
    // The first leg is the vi → en translation itself: sent once, used twice.
    let summary = ws.json("out/summary.json");
    assert_eq!(
        summary["segments_sent"].as_u64().unwrap() as usize,
        2 * recs.len()
    );
    ws.run(&["translate", "--to", "en,zh", article], &[])
        .assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["requests"], 0);
    assert_eq!(
        summary["served_from_cache"].as_u64().unwrap() as usize,
        2 * recs.len()
    );

    ws.write(
        "bitext.toml",
        "[providers.pseudo]\npivot = { \"vi-zh\" = \"vi\" }\n",
    );
    let run = ws.run(&["translate", "--to", "zh", article], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("pivot"), "{}", run.stderr);
}

#[test]
fn providers_check_asks_google_for_its_languages() {
    let google =
        crate::support::fake_google::FakeGoogle::start("AIza-check-key", "ya29.check-token");
    let ws = Config::new()
        .provider("google", &google.url(), "")
        .provider(
            "gv3",
            &google.url(),
            "kind = \"google\"\nproject = \"p\"\napi_key_env = \"G_TOKEN\"",
        )
        .build();
    let run = ws.run(
        &["providers", "--check", "google", "gv3"],
        &[
            ("GOOGLE_API_KEY", "AIza-check-key"),
            ("G_TOKEN", "ya29.check-token"),
        ],
    );
    assert!(
        after_line(&run.stdout, "google").contains("ok: 4 languages, of ours: en, vi, zh-CN"),
        "{}",
        run.stdout
    );
    assert!(
        after_line(&run.stdout, "gv3").contains("ok: 4 languages"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("AIza-check-key") && !run.stdout.contains("ya29.check-token"));
    let run = ws.run(
        &["providers", "--check", "google", "gv3"],
        &[("GOOGLE_API_KEY", "AIza-wrong"), ("G_TOKEN", "bad")],
    );
    assert!(
        after_line(&run.stdout, "google").contains("FAILED"),
        "{}",
        run.stdout
    );
    assert!(
        after_line(&run.stdout, "gv3").contains("FAILED"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("AIza-wrong"));
}

#[test]
fn llm_dry_run_estimates_tokens_close_to_what_the_run_uses() {
    let llm = crate::support::fake_openai::FakeOpenAi::start("sk-tokens");
    let ws = Config::new()
        .run("to", vec!["vi", "en", "zh"])
        .run("provider", "llm")
        .run("retry_base_ms", 1)
        .llm(
            &llm.url(),
            "model = \"test-model\"\ntokens_per_minute = 100000000",
        )
        .build();
    let files = samples();
    let mut args = vec!["translate", "--dry-run"];
    args.extend(files.iter().map(String::as_str));
    let dry = ws.run(&args, &[("LLM_KEY", "sk-tokens")]);
    dry.assert_code(0);
    assert!(dry.stdout.contains("est. tokens"), "{}", dry.stdout);
    let total: Vec<u64> = dry
        .stdout
        .lines()
        .find(|l| l.starts_with("total"))
        .unwrap()
        .split_whitespace()
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();
    let estimated = total[3];

    args.remove(1);
    ws.run(&args, &[("LLM_KEY", "sk-tokens")]).assert_code(0);
    let used = ws.json("out/summary.json")["tokens"].as_u64().unwrap();
    eprintln!("estimated {estimated} tokens; the server reported {used}");
    // The fake counts a token per four characters of the whole request and answer; the
    // estimate must be of the same size (it paces the run), not exact.
    assert!(
        estimated * 2 > used && estimated < used * 2,
        "estimated {estimated}, used {used}"
    );
}
