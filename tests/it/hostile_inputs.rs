//! Hostile inputs and careless settings: a cache that cannot be written, collections with
//! broken or looping symbolic links, two inputs that would share an output name, one file
//! reached by several spellings. Each test drives the real binary and asserts the exit code,
//! the message and what was written.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::workspace::{Config, Run, Workspace};

const KEY: &str = "deepl-hostile-inputs-key:fx";

fn deepl_workspace(deepl: &FakeDeepl) -> Workspace {
    Config::new()
        .run("to", vec!["zh"])
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 20)
        .provider("deepl", &deepl.url(), "batch_size = 50\nconcurrency = 1")
        .no_glossary()
        .build()
}

fn article() -> String {
    Workspace::sample("en-shanghai-ngo-leadership-session.txt")
        .to_string_lossy()
        .into_owned()
}

/// A cache folder below a regular file: every write to it fails, for root too.
fn unwritable_cache(ws: &Workspace) -> String {
    ws.write("blocker", "a file, not a folder");
    "blocker/cache".to_string()
}

#[test]
fn answers_a_broken_cache_cannot_keep_fail_the_translate_run_and_are_counted() {
    let deepl = FakeDeepl::start(KEY);
    let ws = deepl_workspace(&deepl);
    let cache = unwritable_cache(&ws);
    let args = [
        "translate",
        "--glossary",
        "no-glossary",
        "--cache",
        &cache,
        &article(),
    ];
    let run = ws.run(&args, &[("DEEPL_API_KEY", KEY)]);
    run.assert_code(1);
    let summary = ws.json("out/summary.json");
    let sent = summary["segments_sent"].as_u64().unwrap();
    assert!(sent > 5, "{summary}");
    assert_eq!(summary["answers_not_cached"], sent, "{summary}");
    assert!(
        run.stderr.contains(&format!(
            "{sent} translation(s) received in this run could not be saved in the cache blocker/cache"
        )),
        "{}",
        run.stderr
    );
    // The answers are still this run's outputs.
    let records = ws.records_of(&[article()]);
    assert!(!records.is_empty());
    for record in &records {
        assert!(record["targets"]["zh"]["text"].is_string(), "{record}");
    }
    // The next run pays again: what the exit code warned about.
    let paid = deepl.translate_requests();
    ws.run(&args, &[("DEEPL_API_KEY", KEY)]).assert_code(1);
    assert!(deepl.translate_requests() > paid);

    // With a cache that works, the same run keeps every answer and succeeds.
    let mut working = args;
    working[4] = "cache";
    ws.run(&working, &[("DEEPL_API_KEY", KEY)]).assert_code(0);
    assert_eq!(ws.json("out/summary.json")["answers_not_cached"], 0);
}

#[test]
fn answers_a_broken_cache_cannot_keep_fail_the_batch_and_are_in_its_report() {
    let deepl = FakeDeepl::start(KEY);
    let ws = deepl_workspace(&deepl);
    let cache = unwritable_cache(&ws);
    ws.write("in/a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write(
        "in/b.txt",
        "The forum opened in Nanning.\nIt closed on Friday.\n",
    );
    let run = batch(&ws, &["in", "--cache", &cache], &[("DEEPL_API_KEY", KEY)]);
    run.assert_code(1);
    let report = ws.json("out/report.json");
    assert_eq!(report["totals"]["answers_not_cached"], 3, "{report}");
    assert_eq!(report["totals"]["done"], 2, "both documents are written");
    assert!(ws.path().join("out/a.jsonl").is_file());
    assert!(
        run.stderr
            .contains("3 translation(s) received in this run could not be saved"),
        "{}",
        run.stderr
    );
}

fn batch(ws: &Workspace, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut all = vec!["batch", "--out", "out", "--glossary", "no-glossary"];
    all.extend_from_slice(args);
    ws.run(&all, env)
}

fn plain_workspace() -> Workspace {
    Config::new().run("to", vec!["zh"]).no_glossary().build()
}

/// Each document's name and status in the last run's report, and its error, by name.
fn statuses(ws: &Workspace) -> Vec<(String, String, String)> {
    let report = ws.json("out/report.json");
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (text("name"), text("status"), text("error"))
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn names_and_statuses(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(n, s, _)| (n.as_str(), s.as_str()))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_broken_link_a_loop_and_a_link_out_of_the_folder_each_fail_one_document() {
    use std::os::unix::fs::symlink;
    let ws = plain_workspace();
    ws.write("in/a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write("in/b.txt", "The forum opened in Nanning.\n");
    ws.write("outside.txt", "A page from somewhere else.\n");
    let at = |p: &str| ws.path().join("in").join(p);
    symlink("gone.txt", at("broken.txt")).unwrap();
    symlink(".", at("loop")).unwrap();
    symlink("../outside.txt", at("out.txt")).unwrap();

    let run = batch(&ws, &["in"], &[]);
    run.assert_code(1);
    let found = statuses(&ws);
    let brief = names_and_statuses(&found);
    assert_eq!(
        brief,
        [
            ("a", "done"),
            ("b", "done"),
            ("broken.txt", "failed"),
            ("out.txt", "failed")
        ],
        "a link to a folder inside is not walked twice"
    );
    assert!(found[2].2.contains("a broken symbolic link"), "{found:?}");
    assert!(
        found[3].2.contains("not followed (pass --follow-symlinks"),
        "{found:?}"
    );
    assert!(ws.path().join("out/a.jsonl").is_file());
    assert!(ws.path().join("out/b.jsonl").is_file());
    assert!(!ws.path().join("out/out.jsonl").exists(), "not read");
    assert!(
        run.stderr
            .contains("2 done, 0 skipped (unchanged), 2 failed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("broken.txt: a broken symbolic link"),
        "{}",
        run.stderr
    );

    // Asked to follow links: the outside page is read, and the loop is one failure.
    let run = batch(&ws, &["in", "--follow-symlinks"], &[]);
    run.assert_code(1);
    let found = statuses(&ws);
    let brief = names_and_statuses(&found);
    assert_eq!(
        brief,
        [
            ("a", "skipped"),
            ("b", "skipped"),
            ("broken.txt", "failed"),
            ("loop", "failed"),
            ("out", "done")
        ]
    );
    assert!(found[3].2.contains("a symbolic link loop"), "{found:?}");
    assert!(ws
        .read("out/out.jsonl")
        .contains("A page from somewhere else."));
}

#[test]
fn two_inputs_that_would_share_an_output_name_are_refused_before_any_work() {
    let ws = plain_workspace();
    ws.write("in/a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write("a.txt", "A different article, one folder up.\n");
    // `in/../a.txt` is `a.txt`, but its name drops the `..`: `in/a`, like `in/a.txt`.
    for args in [["in/a.txt", "in/../a.txt"], ["in/../a.txt", "in/a.txt"]] {
        let run = batch(&ws, &args, &[]);
        run.assert_code(2);
        assert!(
            run.stderr.contains(&format!(
                "{} and {} would both be written as in/a.*",
                args[0], args[1]
            )),
            "{}",
            run.stderr
        );
        assert!(!ws.path().join("out/in/a.jsonl").exists(), "nothing done");
        assert!(!ws.path().join("out/report.json").exists());
    }
}

#[cfg(unix)]
#[test]
fn one_file_reached_by_several_spellings_is_done_once() {
    let ws = plain_workspace();
    ws.write("a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write("b.txt", "The forum opened in Nanning.\n");
    std::fs::create_dir(ws.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("a.txt", ws.path().join("link.txt")).unwrap();
    let args = ["a.txt", "./a.txt", "sub/../a.txt", "link.txt", "b.txt"];
    let run = batch(&ws, &args, &[]);
    run.assert_code(0);
    let found = statuses(&ws);
    assert_eq!(
        names_and_statuses(&found),
        [
            ("a", "done"),
            ("a", "skipped"),
            ("b", "done"),
            ("link", "skipped"),
            ("sub/a", "skipped"),
        ],
        "one file under four spellings, done under the first"
    );
    assert_eq!(ws.json("out/report.json")["totals"]["done"], 2);
    assert!(ws.path().join("out/a.jsonl").is_file());
    assert!(!ws.path().join("out/sub/a.jsonl").exists());
    assert!(!ws.path().join("out/link.jsonl").exists());

    // A second run: still once, now from its last state.
    batch(&ws, &args, &[]).assert_code(0);
    let totals = &ws.json("out/report.json")["totals"];
    assert_eq!(
        (totals["skipped"].as_u64(), totals["requests"].as_u64()),
        (Some(5), Some(0))
    );
}
