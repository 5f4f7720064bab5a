//! `bitext batch`: collections in, mirrored outputs, only what changed re-done, a failing
//! document reported without stopping the others, shards that split a collection.

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::workspace::{Config, Workspace};
use serde_json::Value;

fn collection(ws: &Workspace) {
    for sample in Workspace::all_samples() {
        let name = sample.file_name().unwrap().to_string_lossy().into_owned();
        let dir = if name.starts_with("vi-") {
            "site/vi"
        } else {
            "site/en"
        };
        ws.write(&format!("in/{dir}/{name}"), std::fs::read(&sample).unwrap());
    }
    ws.write("in/site/en/photo.jpg", "not an article");
}

fn batch(ws: &Workspace, extra: &[&str], env: &[(&str, &str)]) -> crate::support::workspace::Run {
    let glossary = Workspace::project_glossary().display().to_string();
    batch_with(ws, &glossary, extra, env)
}

fn batch_with(
    ws: &Workspace,
    glossary: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> crate::support::workspace::Run {
    let mut args = vec!["batch", "in", "--out", "out", "--to", "vi,en,zh"];
    args.extend_from_slice(&["--glossary", glossary]);
    args.extend_from_slice(extra);
    ws.run(&args, env)
}

fn statuses(report: &Value) -> Vec<(String, String)> {
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The report line of the first document with this status.
fn first_with_status<'a>(report: &'a Value, status: &str) -> &'a Value {
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["status"] == status)
        .unwrap_or_else(|| panic!("no document {status} in {report}"))
}

#[test]
fn a_collection_is_mirrored_and_only_what_changed_is_done_again() {
    let ws = Workspace::new();
    collection(&ws);
    batch(&ws, &[], &[]).assert_code(0);
    let report = ws.json("out/report.json");
    assert_eq!(
        report["totals"]["documents"], 5,
        "photo.jpg is not an article"
    );
    // Outputs and the report take the umask, as any file the user creates (not 0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |rel: &str| {
            let meta = std::fs::metadata(ws.path().join(rel)).unwrap();
            meta.permissions().mode() & 0o777
        };
        ws.write("plain.txt", "x");
        let plain = mode("plain.txt");
        assert_eq!(mode("out/report.json"), plain);
        assert_eq!(
            mode("out/site/vi/vi-asean-women-forum-nanning.jsonl"),
            plain
        );
    }
    assert_eq!(report["totals"]["done"], 5);
    assert!(ws
        .path()
        .join("out/site/vi/vi-asean-women-forum-nanning.jsonl")
        .is_file());
    assert!(ws
        .path()
        .join("out/site/en/en-yunnan-women-diplomacy-interview.tsv")
        .is_file());

    // Nothing changed: everything is skipped, nothing is sent.
    batch(&ws, &[], &[]).assert_code(0);
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["skipped"], 5);
    assert_eq!(report["totals"]["requests"], 0);

    // One article gains a sentence: only it is done again, and only its new sentence is sent.
    let path = ws
        .path()
        .join("in/site/en/en-shanghai-ngo-leadership-session.txt");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\nThe delegates visited a new community centre in Pudong.\n");
    std::fs::write(&path, text).unwrap();
    let run = batch(&ws, &["--json"], &[]);
    run.assert_code(0);
    let events: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events[0]["event"], "planned");
    assert_eq!(events[0]["documents"], 5, "counted before any work");
    assert_eq!(events.last().unwrap()["event"], "report");
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["done"], 1);
    assert_eq!(report["totals"]["skipped"], 4);
    let done = first_with_status(&report, "done");
    assert_eq!(done["translated"], 2, "one new sentence into two languages");

    // A glossary entry that an article matched changes: that article is done again.
    let glossary = ws.path().join("glossary");
    std::fs::create_dir_all(&glossary).unwrap();
    for entry in std::fs::read_dir(Workspace::project_glossary()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), glossary.join(entry.file_name())).unwrap();
    }
    let orgs = glossary.join("organisations.tsv");
    let tsv = std::fs::read_to_string(&orgs).unwrap();
    assert!(tsv.contains("上海市妇女联合会"));
    std::fs::write(&orgs, tsv.replace("上海市妇女联合会", "上海妇联")).unwrap();
    let run = batch_with(&ws, "glossary", &[], &[]);
    run.assert_code(0);
    let report = ws.json("out/report.json");
    let redone: Vec<String> = statuses(&report)
        .into_iter()
        .filter(|(_, s)| s == "done")
        .map(|(n, _)| n)
        .collect();
    assert!(
        redone.contains(&"site/en/en-shanghai-ngo-leadership-session".to_string()),
        "{redone:?}"
    );
    assert!(
        !redone.contains(&"site/vi/vi-asean-women-forum-nanning".to_string()),
        "{redone:?}"
    );
}

#[test]
fn a_failing_document_does_not_stop_the_others_and_is_retried_next_time() {
    let ws = Workspace::new();
    collection(&ws);
    ws.write(
        "in/site/en/broken.txt",
        b"\xff\xfe\x00\x01 binary".as_slice(),
    );
    let run = batch(&ws, &[], &[]);
    run.assert_code(1);
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["done"], 5);
    assert_eq!(report["totals"]["failed"], 1);
    assert!(
        run.stderr.contains("failed: in/site/en/broken.txt"),
        "{}",
        run.stderr
    );
    std::fs::write(ws.path().join("in/site/en/broken.txt"), "Now it is text.\n").unwrap();
    batch(&ws, &[], &[]).assert_code(0);
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["done"], 1);
    assert_eq!(report["totals"]["skipped"], 5);
}

#[test]
fn quota_exhausted_mid_collection_pays_nothing_twice_on_the_next_run() {
    const KEY: &str = "batch-key";
    let deepl = FakeDeepl::start(KEY);
    let ws = Config::new()
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), "batch_size = 10")
        .build();
    collection(&ws);
    // Three requests go through, then the quota runs out.
    for _ in 0..3 {
        deepl.push_fault(DeeplFault::Delay(std::time::Duration::ZERO));
    }
    deepl.push_fault(DeeplFault::QuotaExceeded);
    let run = batch(&ws, &["--group", "1"], &[("DEEPL_API_KEY", KEY)]);
    run.assert_code(1);
    let report = ws.json("out/report.json");
    assert!(
        report["totals"]["not_run"].as_u64().unwrap() > 0,
        "{report}"
    );
    let first = deepl.texts();

    batch(&ws, &["--group", "1"], &[("DEEPL_API_KEY", KEY)]).assert_code(0);
    let all = deepl.texts();
    // Every text paid for once per target language across both runs: the cache kept what
    // the first run got.
    let mut counts = std::collections::HashMap::new();
    for text in &all {
        *counts.entry(text.clone()).or_insert(0) += 1;
    }
    assert!(counts.values().all(|&n| n <= 2), "a text was paid twice");
    assert!(all.len() > first.len() && !first.is_empty());
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["failed"], 0, "{report}");
}

#[test]
fn shards_split_a_collection_and_names_stay_inside_the_output_folder() {
    let ws = Workspace::new();
    collection(&ws);
    let mut names = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        batch(&ws, &["--shard", &shard], &[]);
        names.extend(
            statuses(&ws.json("out/report.json"))
                .into_iter()
                .map(|(n, _)| n),
        );
    }
    names.sort();
    assert_eq!(
        names.len(),
        5,
        "each document in exactly one shard: {names:?}"
    );
    names.dedup();
    assert_eq!(names.len(), 5);

    // A path that climbs out of the current folder still writes under --out.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("far.txt"),
        "A sentence from far away.\n",
    )
    .unwrap();
    let far = outside.path().join("far.txt").display().to_string();
    let run = ws.run_stdin(
        &["batch", "-", "--out", "out2", "--to", "zh"],
        &format!("{far}\n"),
    );
    run.assert_code(0);
    let written: Vec<_> = walk(&ws.path().join("out2"));
    assert!(written
        .iter()
        .all(|p| p.starts_with(ws.path().join("out2"))));
    assert!(
        written.iter().any(|p| p.ends_with("far.jsonl")),
        "{written:?}"
    );
    assert!(ws.run(&["batch", "in", "--shard", "4/3"], &[]).code == 2);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_listed_collection_with_namesakes_and_a_stale_line_does_the_rest() {
    let ws = Workspace::new();
    ws.write("list/a.txt", "Hà Nội là thủ đô của Việt Nam.\n");
    ws.write("list/a.md", "Thành phố có nhiều hồ đẹp.\n");
    ws.write("list/b.txt", "Huế là cố đô.\n");
    let glossary = Workspace::project_glossary().display().to_string();
    let args = [
        "batch",
        "-",
        "--out",
        "out",
        "--to",
        "en",
        "--glossary",
        &glossary,
        "--json",
    ];
    let list = "list/a.txt\nlist/gone.txt\n\nlist/a.md\nlist/b.txt\nlist/b.txt\n";
    let run = ws.run_stdin(&args, list);
    run.assert_code(1);
    let planned: Value = serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(
        planned["documents"], 5,
        "every listed line, blank ones aside"
    );
    let report = ws.json("out/report.json");
    let mut got = statuses(&report);
    got.sort();
    assert_eq!(
        got,
        [
            ("list/a.md", "done"),
            ("list/a.txt", "done"),
            ("list/b", "done"),
            ("list/b", "skipped"),
            ("list/gone", "failed"),
        ]
        .map(|(n, s)| (n.to_string(), s.to_string())),
        "namesakes keep their extensions; a file listed twice is done once"
    );
    assert!(ws.path().join("out/list/a.md.jsonl").is_file());
    assert!(ws.path().join("out/list/a.txt.jsonl").is_file());
    let gone = first_with_status(&report, "failed");
    assert!(
        gone["error"].as_str().unwrap().contains("list/gone.txt"),
        "{gone}"
    );
}

#[test]
fn the_report_carries_each_page_s_metadata_what_was_left_out_and_a_declared_language_it_contradicts(
) {
    let ws = Workspace::new();
    let page = r#"<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>Harbour reopens | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<meta name="author" content="Mai Lan">
<link rel="canonical" href="https://news.example/harbour-reopens">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/business">Business</a></nav>
<article><h1>Harbour reopens after the storm</h1>
<p>The city's harbour reopened on Monday after engineers repaired the sea wall that the storm had broken last week.</p>
<p>Fishing boats returned before dawn, and the first ferry left for the islands at seven in the morning.</p>
<p>Officials said the repairs cost less than expected because local firms had worked through the weekend.</p>
</article>
<div class="related"><h2>Related</h2><ul><li><a href="/a">Ferry timetable for the winter</a></li>
<li><a href="/b">Storm season ends early</a></li></ul></div></body></html>"#;
    ws.write("in/harbour.html", page);
    let run = batch(&ws, &[], &[]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("in/harbour.html: the page declares language 'zh-CN'"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\x1b'), "no colour codes into a pipe");
    // Asked for: colours even into a pipe (a CI log that renders them); never: none.
    let coloured = ws.run(&["segment", "in/harbour.html", "--color", "always"], &[]);
    assert!(coloured.stderr.contains("\x1b["), "{}", coloured.stderr);
    let plain = ws.run(&["segment", "in/harbour.html", "--color", "never"], &[]);
    assert!(plain.stderr.contains("declares language") && !plain.stderr.contains('\x1b'));
    let report = ws.json("out/report.json");
    let doc = first_with_status(&report, "done");
    assert_eq!(doc["title"], "Harbour reopens after the storm");
    assert_eq!(doc["metadata"]["site_name"], "Coast Daily");
    assert_eq!(doc["metadata"]["authors"][0], "Mai Lan");
    assert_eq!(
        doc["metadata"]["canonical_url"],
        "https://news.example/harbour-reopens"
    );
    assert_eq!(doc["lang_mismatch"]["declared"], "zh-CN");
    assert_eq!(doc["lang_mismatch"]["used"], "en");
    let warning = doc["warnings"][0].as_str().unwrap_or_default();
    assert!(warning.contains("declares language 'zh-CN'"), "{doc}");
    let navigation = &doc["left_out"]["navigation"];
    assert_eq!(navigation["regions"], 1, "{doc}");
    assert_eq!(navigation["characters"], "HomeWorldSportBusiness".len());

    assert!(doc["left_out"]["related links"]["regions"] == 1, "{doc}");

    // Unchanged: skipped. Asked for the whole page: a setting that changes the outputs, so
    // the page is done again and its related links are translated too.
    batch(&ws, &[], &[]).assert_code(0);
    assert_eq!(ws.json("out/report.json")["totals"]["skipped"], 1);
    batch(&ws, &["--whole-page"], &[]).assert_code(0);
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["done"], 1, "{report}");
    let sources: Vec<String> = ws
        .jsonl("out/harbour.jsonl")
        .iter()
        .filter_map(|r| r["source"]["text"].as_str().map(str::to_string))
        .collect();
    assert!(
        sources.iter().any(|s| s.contains("Ferry timetable")),
        "{sources:?}"
    );
}

/// A generated collection in three languages: `count` articles from `first` on, each of a
/// headline and two paragraphs, its sentences numbered so that most are distinct, with a
/// sentence every site repeats (deduplicated across the batch) in every third article.
fn generated(ws: &Workspace, first: usize, count: usize) {
    for n in first..first + count {
        let (lang, text) = match n % 3 {
            0 => (
                "vi",
                format!(
                    "Hội nghị lần thứ {n} tại Hà Nội\n\nĐại biểu {n} đã phát biểu về hợp tác kinh tế. Hai bên nhất trí tăng cường trao đổi {n} đoàn.\n\nCuộc họp kết thúc lúc {} giờ chiều.\n",
                    n % 12 + 1
                ),
            ),
            1 => (
                "en",
                format!(
                    "Forum number {n} opens in Kunming\n\nDelegate {n} spoke about trade across the border. Both sides agreed to send {n} more delegations.\n\nThe agency will publish a full report next week.\n"
                ),
            ),
            _ => (
                "zh",
                format!(
                    "第{n}届论坛在南宁开幕\n\n第{n}位代表谈到了边境贸易。双方同意再派{n}个代表团。\n\n会议于下午{}点结束。\n",
                    n % 12 + 1
                ),
            ),
        };
        ws.write(&format!("in/{lang}/article-{n:03}.txt"), text);
    }
}

/// Every file of the workspace with its size and contents' hash: a dry run changes none.
fn snapshot(ws: &Workspace) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = crate::support::files_under(ws.path())
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            let name = p.strip_prefix(ws.path()).unwrap().display().to_string();
            (name, bitext::batch::hash(&bytes))
        })
        .collect();
    files.sort();
    files
}

fn no_glossary_batch(
    ws: &Workspace,
    extra: &[&str],
    env: &[(&str, &str)],
) -> crate::support::workspace::Run {
    std::fs::create_dir_all(ws.path().join("no-glossary")).unwrap();
    let mut args = vec!["batch", "in", "--out", "out", "--to", "vi,en,zh"];
    args.extend_from_slice(&["--glossary", "no-glossary", "--group", "4"]);
    args.extend_from_slice(extra);
    ws.run(&args, env)
}

/// The dry run's preview, from its `--json` line.
fn preview(run: &crate::support::workspace::Run) -> Value {
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("\"dry-run\""))
        .unwrap_or_else(|| panic!("no dry-run line in {}", run.stdout));
    serde_json::from_str::<Value>(line).unwrap()["preview"].clone()
}

#[test]
fn dry_run_predicts_exactly_what_the_batch_then_bills() {
    const KEY: &str = "batch-dry-key";
    let deepl = FakeDeepl::start(KEY);
    let ws = Config::new()
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), "batch_size = 7")
        .build();
    let env = [("DEEPL_API_KEY", KEY)];
    // A first run over six articles: the next one skips five, and its cache holds their
    // sentences.
    generated(&ws, 0, 6);
    no_glossary_batch(&ws, &[], &env).assert_code(0);
    ws.write(
        "in/en/article-001.txt",
        "Forum number 1 opens in Kunming\n\nA sentence added since the last run.\n",
    );
    generated(&ws, 6, 24);
    let (requests, billed) = (deepl.translate_requests(), deepl.billed_chars());

    let before = snapshot(&ws);
    let dry = no_glossary_batch(&ws, &["--dry-run", "--json"], &env);
    dry.assert_code(0);
    assert_eq!(
        deepl.translate_requests(),
        requests,
        "a dry run sent a request"
    );
    assert_eq!(snapshot(&ws), before, "a dry run wrote something");
    let predicted = preview(&dry);
    assert_eq!(predicted["documents"], 30, "{predicted}");
    assert_eq!(predicted["to_do"], 25, "{predicted}");
    assert_eq!(predicted["skipped"], 5, "{predicted}");
    let total = &predicted["estimate"]["total"];
    assert!(predicted["estimate"]["deduplicated"].as_u64().unwrap() > 0);
    assert!(predicted["estimate"]["served_from_cache"].as_u64().unwrap() > 0);
    // The text output says the same.
    let text = no_glossary_batch(&ws, &["--dry-run"], &env);
    assert!(
        text.stdout
            .contains("30 document(s): 25 to do, 5 unchanged"),
        "{}",
        text.stdout
    );

    no_glossary_batch(&ws, &[], &env).assert_code(0);
    let report = ws.json("out/report.json");
    let totals = &report["totals"];
    eprintln!(
        "predicted {} characters in {} requests; billed {} in {}",
        total["characters"], total["requests"], totals["billed_characters"], totals["requests"]
    );
    assert_eq!(totals["billed_characters"], total["characters"], "{report}");
    assert_eq!(totals["requests"], total["requests"], "{report}");
    // And what the provider itself counted.
    assert_eq!(
        (deepl.billed_chars() - billed) as u64,
        total["characters"].as_u64().unwrap()
    );
    assert_eq!(
        (deepl.translate_requests() - requests) as u64,
        total["requests"].as_u64().unwrap()
    );
    // Per target, the segments predicted are the texts billed into it.
    for (target, code) in [("en", "EN-US"), ("vi", "VI"), ("zh", "ZH-HANS")] {
        let sent = deepl.billed().iter().filter(|(t, _)| t == code).count() as u64;
        let line = &predicted["estimate"]["per_target"][target];
        assert!(
            line["segments"].as_u64().unwrap() <= sent,
            "{target}: {line}"
        );
    }
    // Nothing is left: the next dry run predicts nothing to do.
    let again = preview(&no_glossary_batch(&ws, &["--dry-run", "--json"], &env));
    assert_eq!(again["to_do"], 0, "{again}");
    assert_eq!(again["estimate"]["total"]["characters"], 0, "{again}");
}

#[test]
fn a_batch_beyond_the_remaining_quota_sends_nothing_unless_told_to_do_what_fits() {
    const KEY: &str = "batch-quota-key";
    let deepl = FakeDeepl::start(KEY);
    let ws = Config::new()
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), "")
        .build();
    let env = [("DEEPL_API_KEY", KEY)];
    generated(&ws, 0, 12);
    let needed = preview(&no_glossary_batch(&ws, &["--dry-run", "--json"], &env))["estimate"]
        ["total"]["characters"]
        .as_u64()
        .unwrap();
    // The account has used all but a third of what this batch needs.
    deepl.account(100_000, 100_000 - needed / 3);

    let run = no_glossary_batch(&ws, &[], &env);
    run.assert_code(1);
    assert!(
        run.stderr.contains(&format!("needs {needed} characters")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was sent"), "{}", run.stderr);
    assert!(run.stderr.contains("--within-quota"), "{}", run.stderr);
    assert_eq!(deepl.translate_requests(), 0);
    // No output, no report, no state: only the (empty) cache database was opened.
    assert!(!ws.path().join("out").exists());

    // Told to, it does the documents the quota allows, in order, and leaves the rest.
    let run = no_glossary_batch(&ws, &["--within-quota"], &env);
    run.assert_code(1);
    let billed = deepl.billed_chars() as u64;
    assert!(
        billed > 0 && billed <= needed / 3 + 1,
        "billed {billed} of {needed}"
    );
    let report = ws.json("out/report.json");
    let docs = report["documents"].as_array().unwrap();
    let done = docs.iter().filter(|d| d["status"] == "done").count();
    let left: Vec<&Value> = docs.iter().filter(|d| d["status"] == "not-run").collect();
    assert!(done > 0 && !left.is_empty(), "{report}");
    assert!(
        left.iter().all(|d| d["error"]
            .as_str()
            .unwrap()
            .starts_with("left for the next run")),
        "{report}"
    );
    assert_eq!(
        report["totals"]["billed_characters"].as_u64().unwrap(),
        billed
    );
    let texts_first = deepl.texts().len();

    // With room again, the next run does the rest and pays for nothing twice.
    deepl.account(1_000_000, 0);
    no_glossary_batch(&ws, &[], &env).assert_code(0);
    let billed_texts = deepl.billed();
    let distinct: std::collections::HashSet<_> = billed_texts.iter().collect();
    assert_eq!(distinct.len(), billed_texts.len(), "a text was paid twice");
    assert!(deepl.texts().len() > texts_first);
    assert_eq!(deepl.billed_chars() as u64, needed);
}

#[test]
fn translate_beyond_the_remaining_quota_sends_nothing() {
    const KEY: &str = "translate-quota-key";
    let deepl = FakeDeepl::start(KEY);
    deepl.account(500_000, 499_990);
    let ws = Config::new()
        .run("provider", "deepl")
        .provider("deepl", &deepl.url(), "")
        .build();
    let article = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    let run = ws.run(
        &["translate", "--to", "zh", article.to_str().unwrap()],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(1);
    assert!(
        run.stderr.contains("10 of its 500000 left"),
        "{}",
        run.stderr
    );
    assert_eq!(deepl.usage_requests(), 1, "one question for the quota");
    assert_eq!(deepl.translate_requests(), 0);
    assert!(!ws.path().join("out").exists());
}

/// With the project glossary and a DeepL key the glossary API refuses (404), terms travel in
/// their target form or in tags instead of through a glossary, which changes what is billed:
/// the dry run prepares the provider as the run does (finding out that the glossary is not
/// there), so it still predicts the bill exactly.
#[test]
fn dry_run_predicts_the_bill_when_the_glossary_api_is_refused() {
    const KEY: &str = "batch-dry-glossary-key";
    let deepl = FakeDeepl::start(KEY);
    deepl.refuse_glossaries(404);
    let ws = Config::new()
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), "")
        .build();
    for sample in Workspace::all_samples() {
        let name = sample.file_name().unwrap().to_string_lossy().into_owned();
        ws.write(&format!("in/{name}"), std::fs::read(&sample).unwrap());
    }
    let glossary = Workspace::project_glossary();
    let glossary = glossary.to_str().unwrap();
    let args = ["batch", "in", "--out", "out", "--to", "vi,en,zh"];
    let env = [("DEEPL_API_KEY", KEY)];
    let mut dry_args = args.to_vec();
    dry_args.extend(["--glossary", glossary, "--dry-run", "--json"]);
    let dry = ws.run(&dry_args, &env);
    dry.assert_code(0);
    assert_eq!(deepl.translate_requests(), 0, "a dry run sent a request");
    let total = preview(&dry)["estimate"]["total"].clone();

    let mut run_args = args.to_vec();
    run_args.extend(["--glossary", glossary]);
    ws.run(&run_args, &env).assert_code(0);
    let totals = ws.json("out/report.json")["totals"].clone();
    assert!(totals["billed_characters"].as_u64().unwrap() > 10_000);
    assert_eq!(totals["billed_characters"], total["characters"], "{totals}");
    assert_eq!(totals["requests"], total["requests"], "{totals}");
    assert_eq!(
        deepl.billed_chars() as u64,
        total["characters"].as_u64().unwrap()
    );
}

#[test]
fn a_document_larger_than_a_part_is_done_a_part_at_a_time_with_the_same_outputs_and_state() {
    let ws = Workspace::new();
    collection(&ws);
    let glossary = Workspace::project_glossary().display().to_string();
    let run = |glossary: &str, out: &str, env: &[(&str, &str)]| {
        let cache = format!("{out}-cache");
        let mut args = vec!["batch", "in", "--to", "vi,en,zh", "--glossary", glossary];
        args.extend(["--format", "jsonl,tsv,tmx,xliff,md,html"]);
        args.extend(["--out", out, "--cache", &cache]);
        ws.run(&args, env).assert_code(0);
    };
    // Parts of 2,000 bytes: every sample is larger, so each is read, sent and written a part
    // at a time, and counted so by the dry run, which predicts what the run of one part does.
    let small = [("BITEXT_PART_BYTES", "2000")];
    let dry = |env: &[(&str, &str)]| {
        let mut args = vec!["batch", "in", "--to", "vi,en,zh", "--glossary", &glossary];
        args.extend([
            "--out",
            "parts",
            "--cache",
            "parts-cache",
            "--dry-run",
            "--json",
        ]);
        let run = ws.run(&args, env);
        run.assert_code(0);
        let p = preview(&run);
        (
            p["to_do"].clone(),
            p["segments"].clone(),
            p["estimate"]["total"]["characters"].clone(),
        )
    };
    let predicted = dry(&small);
    assert_eq!(predicted, dry(&[]));
    assert_eq!(predicted.0, 5);
    run(&glossary, "whole", &[]);
    run(&glossary, "parts", &small);
    let billed = ws.json("parts/report.json")["totals"]["billed_characters"].clone();
    assert_eq!(predicted.2, billed);
    let files = |dir: &str| -> Vec<(String, Vec<u8>)> {
        let root = ws.path().join(dir);
        let mut files: Vec<_> = walk(&root)
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n != "report.json"))
            .filter(|p| !p.components().any(|c| c.as_os_str() == ".bitext"))
            .map(|p| {
                let name = p.strip_prefix(&root).unwrap().display().to_string();
                (name, std::fs::read(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    };
    let (a, b) = (files("whole"), files("parts"));
    assert_eq!(
        a.len(),
        5 * 7,
        "{:?}",
        a.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, bytes), (other, theirs)) in a.iter().zip(&b) {
        assert_eq!(name, other);
        assert!(bytes == theirs, "{name} differs");
    }
    // Each document's line says what the one done whole says (but its time).
    let (ra, rb) = (ws.json("whole/report.json"), ws.json("parts/report.json"));
    let docs = |r: &Value| -> Vec<Value> {
        let mut docs = r["documents"].as_array().unwrap().clone();
        for d in &mut docs {
            d.as_object_mut().unwrap().remove("seconds");
        }
        docs
    };
    assert_eq!(docs(&ra), docs(&rb));
    assert_eq!(
        ra["totals"]["billed_characters"],
        rb["totals"]["billed_characters"]
    );
    assert!(rb["totals"]["requests"].as_u64() > ra["totals"]["requests"].as_u64());

    // Its state is kept as a whole document's: unchanged, it is skipped; a glossary entry it
    // matched changes, and it is done again, the others not.
    run(&glossary, "parts", &small);
    assert_eq!(ws.json("parts/report.json")["totals"]["skipped"], 5);
    let edited = ws.path().join("glossary");
    std::fs::create_dir_all(&edited).unwrap();
    for entry in std::fs::read_dir(Workspace::project_glossary()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), edited.join(entry.file_name())).unwrap();
    }
    let orgs = edited.join("organisations.tsv");
    let tsv = std::fs::read_to_string(&orgs).unwrap();
    std::fs::write(&orgs, tsv.replace("上海市妇女联合会", "上海妇联")).unwrap();
    run("glossary", "parts", &small);
    run("glossary", "whole", &[]);
    let redone = |dir: &str| -> Vec<String> {
        let report = ws.json(&format!("{dir}/report.json"));
        let mut done: Vec<String> = statuses(&report)
            .into_iter()
            .filter(|(_, s)| s == "done")
            .map(|(n, _)| n)
            .collect();
        done.sort();
        done
    };
    let (whole, parts) = (redone("whole"), redone("parts"));
    assert!(
        parts.contains(&"site/en/en-shanghai-ngo-leadership-session".to_string())
            && !parts.contains(&"site/vi/vi-asean-women-forum-nanning".to_string()),
        "{parts:?}"
    );
    assert_eq!(parts, whole);
}
