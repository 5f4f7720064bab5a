//! Providers that misbehave on purpose: absurd waits and answers that echo the key. Each test
//! asserts the exit code, the message, and that nothing secret or broken was written.

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::workspace::{Config, Workspace};

const KEY: &str = "deepl-hostile-key:fx";

fn workspace(deepl: &FakeDeepl) -> Workspace {
    Config::new()
        .run("to", vec!["zh"])
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 2000)
        .provider("deepl", &deepl.url(), "batch_size = 50\nconcurrency = 1")
        .build()
}

fn article() -> String {
    Workspace::sample("en-shanghai-ngo-leadership-session.txt")
        .to_string_lossy()
        .into_owned()
}

/// Every file the run left under `dir`, with its text.
fn written(dir: &std::path::Path) -> Vec<(String, String)> {
    crate::support::files_under(dir)
        .into_iter()
        .map(|path| {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            (path.display().to_string(), text)
        })
        .collect()
}

#[test]
fn a_wait_too_long_to_honour_stops_the_run_with_a_message_instead_of_a_panic_or_a_stall() {
    for wait in ["1e30", "99999", "inf"] {
        let deepl = FakeDeepl::start(KEY);
        deepl.push_fault(DeeplFault::WaitFor(wait));
        let ws = workspace(&deepl);
        let run = ws.run(&["translate", &article()], &[("DEEPL_API_KEY", KEY)]);
        run.assert_code(1);
        assert!(!run.stderr.contains("panicked"), "{wait}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("longer than the longest wait allowed (2000 ms"),
            "{wait}: {}",
            run.stderr
        );
        assert_eq!(
            deepl.translate_requests(),
            1,
            "{wait}: sent again after the stop"
        );
        // The run's record is written, and says why it stopped.
        let summary = ws.json("out/summary.json");
        assert!(
            summary["stopped"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("retry_max_ms")),
            "{summary}"
        );
    }
}

#[test]
fn a_batch_leaves_the_documents_a_long_wait_stopped_for_the_next_run() {
    let deepl = FakeDeepl::start(KEY);
    deepl.push_fault(DeeplFault::WaitFor("99999"));
    let ws = workspace(&deepl);
    ws.write("in/a.txt", "The delegation visited Hanoi on Monday.\n");
    let run = ws.run(&["batch", "in", "--out", "out"], &[("DEEPL_API_KEY", KEY)]);
    run.assert_code(1);
    assert!(
        run.stderr.contains("longer than the longest wait allowed"),
        "{}",
        run.stderr
    );
    let again = ws.run(&["batch", "in", "--out", "out"], &[("DEEPL_API_KEY", KEY)]);
    again.assert_code(0);
    assert!(ws.path().join("out/a.jsonl").exists());
}

#[test]
fn an_answer_that_echoes_the_key_never_puts_it_in_a_message_or_a_file() {
    let deepl = FakeDeepl::start(KEY);
    for _ in 0..6 {
        deepl.push_fault(DeeplFault::EchoHeaders);
    }
    let ws = workspace(&deepl);
    let run = ws.run(
        &[
            "translate",
            "--format",
            "jsonl,tsv,tmx,xliff,md,html",
            &article(),
        ],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(1);
    assert!(run.stderr.contains("malformed response"), "{}", run.stderr);
    assert!(run.stderr.contains("[redacted]"), "{}", run.stderr);
    let secret = KEY.split(':').next().unwrap();
    assert!(!run.stderr.contains(secret) && !run.stdout.contains(secret));
    let files = written(ws.path());
    assert!(files.iter().any(|(p, _)| p.ends_with("summary.json")));
    for (path, text) in files {
        assert!(!text.contains(secret), "{path} holds the key");
    }
}

/// A workspace translating one short sentence, so that a fault hits its only request.
fn one_sentence(deepl: &FakeDeepl) -> (Workspace, String) {
    let ws = workspace(deepl);
    let path = ws.write("a.txt", "The delegation visited Hanoi on Monday.\n");
    (ws, path.to_string_lossy().into_owned())
}

#[test]
fn an_answer_that_cannot_be_right_is_a_failure_retried_and_never_cached() {
    let faults = [
        (DeeplFault::EmptyTexts, "no usable answer"),
        (DeeplFault::InvalidUtf8, "not valid UTF-8"),
        (DeeplFault::HugeBody(64 << 20), "larger than"),
    ];
    for (fault, said) in faults {
        let deepl = FakeDeepl::start(KEY);
        for _ in 0..6 {
            deepl.push_fault(fault.clone());
        }
        let (ws, file) = one_sentence(&deepl);
        let run = ws.run(&["translate", &file], &[("DEEPL_API_KEY", KEY)]);
        run.assert_code(1);
        assert!(run.stderr.contains(said), "{said}: {}", run.stderr);
        let rows = ws.jsonl("out/a.jsonl");
        let cell = &rows.last().unwrap()["targets"]["zh"];
        assert_eq!(cell["origin"], "failed", "{said}: {cell}");
        // Retried, then failed: and nothing of it was cached, so the next run, against a
        // server that answers, translates it.
        assert!(deepl.translate_requests() > 1, "{said}: not retried");
        let again = ws.run(&["translate", &file], &[("DEEPL_API_KEY", KEY)]);
        again.assert_code(0);
        let rows = ws.jsonl("out/a.jsonl");
        assert_eq!(
            rows.last().unwrap()["targets"]["zh"]["origin"],
            "api",
            "{said}"
        );
    }
}

#[test]
fn an_unreadable_file_among_others_is_one_failed_document_and_the_others_are_translated() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    ws.write("a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write("empty.txt", "");
    ws.write("c.txt", "Đoàn đại biểu đã đến Hà Nội vào thứ Hai.\n");
    let run = ws.run(
        &["translate", "a.txt", "empty.txt", "c.txt"],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(1);
    assert!(
        run.stderr.contains("empty.txt") && run.stderr.contains("left out"),
        "{}",
        run.stderr
    );
    for done in ["out/a.jsonl", "out/c.jsonl"] {
        let rows = ws.jsonl(done);
        assert_eq!(
            rows.last().unwrap()["targets"]["zh"]["origin"],
            "api",
            "{done}"
        );
    }
    assert!(!ws.path().join("out/empty.jsonl").exists());
    let summary = ws.json("out/summary.json");
    let unreadable = summary["unreadable_documents"].as_array().unwrap();
    assert_eq!(unreadable.len(), 1, "{summary}");
    assert!(unreadable[0].as_str().unwrap().contains("empty.txt"));
    // Alone, an unreadable file is still an input to fix, before any request.
    let alone = ws.run(&["translate", "empty.txt"], &[("DEEPL_API_KEY", KEY)]);
    alone.assert_code(2);
    assert!(alone.stderr.contains("empty.txt"), "{}", alone.stderr);
}

#[test]
fn the_same_file_named_several_ways_is_translated_once_with_a_note() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    ws.write("a.txt", "The delegation visited Hanoi on Monday.\n");
    ws.write("dir/other.txt", "Đoàn đại biểu đã đến Hà Nội.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(ws.path().join("a.txt"), ws.path().join("link.txt")).unwrap();
    let run = ws.run(
        &[
            "translate",
            "dir/../a.txt",
            "a.txt",
            "./a.txt",
            "link.txt",
            "dir/other.txt",
        ],
        &[("DEEPL_API_KEY", KEY)],
    );
    run.assert_code(0);
    assert!(run.stderr.contains("named twice"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("would both be written"),
        "{}",
        run.stderr
    );
    // One request per distinct sentence: a.txt's sentence was sent once.
    let sent = deepl.texts();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(ws.path().join("out/a.jsonl").exists());
    assert!(ws.path().join("out/other.jsonl").exists());
    assert!(!ws.path().join("out/link.jsonl").exists());
}

/// An OSC that retitles the window, a screen clear, a bell, a C1 CSI and a bidi override.
const CONTROLS: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}";

/// Whether a text holds a character a terminal acts on (or that reorders what it shows).
fn has_raw_control(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}'))
}

#[test]
fn control_characters_in_a_document_are_shown_escaped_in_text_outputs_and_on_the_terminal() {
    let ws = Config::new().run("to", vec!["zh"]).build();
    let text = format!("Đoàn đại biểu {CONTROLS} đã đến Hà Nội.\n");
    let file = ws.write("a.txt", &text);
    let file = file.to_str().unwrap();
    let run = ws.run(&["translate", "--format", "jsonl,tsv,md", file], &[]);
    run.assert_code(0);
    for out in ["out/a.tsv", "out/a.md"] {
        let written = ws.read(out);
        assert!(!has_raw_control(&written), "{out}: {written:?}");
        // Shown, not dropped (Markdown escapes the `]` of the OSC besides).
        assert!(written.contains("pwned\\u{7}\\u{1b}"), "{out}: {written}");
    }
    // The JSONL keeps the text itself: JSON escapes it, and it reads back the same.
    let rows = ws.jsonl("out/a.jsonl");
    assert_eq!(rows[0]["source"]["text"], text.trim_end());
    let segmented = ws.run(&["segment", file], &[]);
    segmented.assert_code(0);
    assert!(
        !has_raw_control(&segmented.stdout),
        "{:?}",
        segmented.stdout
    );
    let jsonl = ws.run(&["segment", "--format", "jsonl", file], &[]);
    assert!(!has_raw_control(&jsonl.stdout), "{:?}", jsonl.stdout);
    let record: serde_json::Value =
        serde_json::from_str(jsonl.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(record["text"], text.trim_end());
}

#[test]
fn control_characters_in_a_provider_error_are_escaped_in_batch_lines_and_json_events() {
    for json in [false, true] {
        let deepl = FakeDeepl::start(KEY);
        let body = serde_json::json!({ "message": format!("bad {CONTROLS} request") });
        deepl.misbehave(crate::support::Hostile::Reply {
            status: 400,
            headers: vec![("content-type", "application/json".into())],
            body: body.to_string().into_bytes(),
        });
        let ws = workspace(&deepl);
        ws.write("in/a.txt", "The delegation visited Hanoi on Monday.\n");
        let mut args = vec!["batch", "in", "--out", "out"];
        if json {
            args.push("--json");
        }
        let run = ws.run(&args, &[("DEEPL_API_KEY", KEY)]);
        run.assert_code(1);
        assert!(!has_raw_control(&run.stderr), "{:?}", run.stderr);
        assert!(!has_raw_control(&run.stdout), "{:?}", run.stdout);
        assert!(
            run.stderr.contains("pwned") || run.stdout.contains("pwned"),
            "json {json}: the error is reported: {}{}",
            run.stderr,
            run.stdout
        );
        // Every event is still JSON, and carries the server's message as it was.
        for line in run.stdout.lines().filter(|_| json) {
            let event: serde_json::Value = serde_json::from_str(line).unwrap();
            if event["event"] == "document" {
                let error = event["error"].as_str().unwrap_or_default();
                assert!(error.contains(CONTROLS), "{event}");
            }
        }
    }
}
