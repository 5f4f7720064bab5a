//! `bitext segment`: reading, cleaning and sentence splitting as a user sees them.

use crate::support::workspace::Workspace;
use serde_json::Value;

fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn corpus_article_segments_and_dropped_lines_are_reported() {
    let ws = Workspace::new();
    let article = Workspace::sample("vi-asean-women-forum-nanning.txt");
    let run = ws.run(
        &["segment", "--format", "jsonl", article.to_str().unwrap()],
        &[],
    );
    run.assert_code(0);
    let recs = records(&run.stdout);
    let dropped: Vec<&Value> = recs.iter().filter(|r| r["kind"] == "dropped").collect();
    let reasons: Vec<&str> = dropped
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons.iter().filter(|r| **r == "image file name").count(),
        9
    );
    assert_eq!(reasons.iter().filter(|r| **r == "page chrome").count(), 1);
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "duplicate of line 1")
            .count(),
        1
    );
    let segments: Vec<&Value> = recs.iter().filter(|r| r["kind"] != "dropped").collect();
    assert!(segments
        .iter()
        .all(|r| r["lang"] == "vi" && r["doc"] == "vi-asean-women-forum-nanning"));
    assert!(segments
        .iter()
        .all(|r| !r["text"].as_str().unwrap().ends_with(".jpg")));
    let mut ids: Vec<&str> = segments.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "segment ids repeat");
    // Captions follow the image they describe.
    let caption = segments
        .iter()
        .find(|r| r["text"].as_str().unwrap().starts_with("Bà Hồ Tinh Ba"))
        .unwrap();
    assert_eq!(caption["kind"], "caption");
}

#[test]
fn interview_speaker_labels_open_what_is_said() {
    let ws = Workspace::new();
    let article = Workspace::sample("en-yunnan-women-diplomacy-interview.txt");
    let run = ws.run(&["segment", article.to_str().unwrap()], &[]);
    run.assert_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    // A label on its own line joins the question under it, and stays with its first sentence.
    assert!(!lines.contains(&"Reporter:") && !lines.contains(&"He Hongmei:"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("Reporter: When did Yunnan")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("He Hongmei: In the 1990s")));
    assert!(lines.contains(&"The true sense of women's diplomacy began in 2013."));
    // `< /div>` and `< br />` never reach a segment.
    assert!(!run.stdout.contains("< br />") && !run.stdout.contains("< /div>"));
    // Text format: a blank line between blocks, none inside one.
    assert!(run.stdout.contains("for women? year?\nIn what context"));
}

#[test]
fn standard_input_language_and_line_joining() {
    let ws = Workspace::new();
    let run = ws.run_stdin(
        &["segment", "--lang", "en"],
        "Mr. Smith arrived at 5 p.m. on Monday. He left.\nIt was a cold \nnight.\n",
    );
    run.assert_code(0);
    assert_eq!(
        run.stdout,
        "Mr. Smith arrived at 5 p.m. on Monday.\nHe left.\n\nIt was a cold night.\n"
    );

    let wrapped =
        "This paragraph was\nwrapped by a mail program\nat short width.\n\nA second one.\n";
    let run = ws.run_stdin(&["segment", "--lang", "en", "--join-lines"], wrapped);
    run.assert_code(0);
    assert_eq!(
        run.stdout,
        "This paragraph was wrapped by a mail program at short width.\n\nA second one.\n"
    );

    let run = ws.run_stdin(
        &["segment", "--format", "jsonl"],
        "中华全国妇女联合会副主席林怡出席。她说：“我们要合作。”",
    );
    run.assert_code(0);
    let recs = records(&run.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["lang"], "zh");
    assert_eq!(recs[1]["text"], "她说：“我们要合作。”");
}

#[test]
fn bad_bytes_are_refused_with_file_and_offset_or_replaced_with_lossy() {
    let ws = Workspace::new();
    let bad = ws.write("bad.txt", b"Good line.\nBad \xc3\x28 line.\n");
    let run = ws.run(&["segment", bad.to_str().unwrap()], &[]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("bad.txt: invalid UTF-8 at byte offset 15"),
        "{}",
        run.stderr
    );

    let run = ws.run(&["segment", "--lossy", bad.to_str().unwrap()], &[]);
    run.assert_code(0);
    assert!(run.stdout.contains("Bad \u{fffd}( line."), "{}", run.stdout);
    assert!(
        run.stderr.contains("replaced with U+FFFD"),
        "{}",
        run.stderr
    );

    let binary = ws.write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let run = ws.run(&["segment", binary.to_str().unwrap()], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("binary file"), "{}", run.stderr);
}

#[test]
fn bom_crlf_and_decomposed_text_are_normalised() {
    let ws = Workspace::new();
    // A BOM, CRLF line ends, a lone CR, and Vietnamese in decomposed form (NFD).
    let nfd = "Vie\u{0302}\u{0323}t Nam.";
    let file = ws.write(
        "crlf.txt",
        format!("\u{feff}First line.\r\nSecond line.\rThird {nfd}\r\n"),
    );
    let run = ws.run(
        &["segment", "--format", "jsonl", file.to_str().unwrap()],
        &[],
    );
    run.assert_code(0);
    let texts: Vec<String> = records(&run.stdout)
        .iter()
        .map(|r| r["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        texts,
        vec!["First line.", "Second line.", "Third Việt Nam."]
    );
}

#[test]
fn cleaning_rules_from_the_config_file_are_applied() {
    let ws = Workspace::new();
    ws.write(
        "bitext.toml",
        "[[clean.drop]]\npattern = \"(?i)advertisement.*\"\nreason = \"advert\"\n",
    );
    let run = ws.run_stdin(
        &["segment", "--format", "jsonl"],
        "Real news here.\nADVERTISEMENT: buy now\n",
    );
    run.assert_code(0);
    let recs = records(&run.stdout);
    assert_eq!(recs[1]["kind"], "dropped");
    assert_eq!(recs[1]["reason"], "advert");

    ws.write(
        "bitext.toml",
        "[[clean.drop]]\npattern = \"(unclosed\"\nreason = \"x\"\n",
    );
    let run = ws.run_stdin(&["segment"], "Text.\n");
    run.assert_code(2);
    assert!(run.stderr.contains("(unclosed"), "{}", run.stderr);
}

#[test]
fn html_and_markdown_are_read_by_extension_or_flag() {
    let ws = Workspace::new();
    let html = ws.write(
        "page.html",
        "<html><head><title>T</title><script>track()</script></head><body>\n<nav><a href=\"/\">Home</a></nav>\n<h1>Shanghai forum</h1>\n<p>Mr. Li spoke &amp; smiled. She agreed.</p>\n<figure><img src=\"a.jpg\"><figcaption>Delegates at the forum</figcaption></figure>\n<pre>fn main() {}</pre>\n<footer>Copyright</footer></body></html>\n",
    );
    let run = ws.run(
        &["segment", "--format", "jsonl", html.to_str().unwrap()],
        &[],
    );
    run.assert_code(0);
    let recs = records(&run.stdout);
    let segments: Vec<(&str, &str)> = recs
        .iter()
        .filter(|r| r["kind"] != "dropped" && r["kind"] != "document")
        .map(|r| (r["kind"].as_str().unwrap(), r["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        segments,
        vec![
            ("heading", "Shanghai forum"),
            ("paragraph", "Mr. Li spoke & smiled."),
            ("paragraph", "She agreed."),
            ("caption", "Delegates at the forum"),
            ("code", "fn main() {}"),
        ]
    );
    let reasons: Vec<&str> = recs
        .iter()
        .filter(|r| r["kind"] == "dropped")
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"script or style")
            && reasons.contains(&"navigation")
            && reasons.contains(&"header/footer"),
        "{reasons:?}"
    );
    let code = recs.iter().find(|r| r["kind"] == "code").unwrap();
    assert_eq!(code["translatable"], false);

    // The same text as Markdown, read from standard input with --input-format.
    let run = ws.run_stdin(
        &["segment", "--input-format", "md"],
        "# Shanghai forum\n\nMr. Li spoke *and* smiled. She agreed.\n\n- First item\n- Second item\n\n```\nfn main() {}\n```\n",
    );
    run.assert_code(0);
    assert_eq!(
        run.stdout,
        "Shanghai forum\n\nMr. Li spoke and smiled.\nShe agreed.\n\nFirst item\n\nSecond item\n\nfn main() {}\n"
    );
    let run = ws.run_stdin(&["segment", "--input-format", "pdf"], "x");
    run.assert_code(2);
    assert!(run.stderr.contains("use txt, md or html"), "{}", run.stderr);
}

#[path = "../segmentation/passages.rs"]
mod passages;

/// The project's own news passages (tests/segmentation, not the held-back part) through
/// `bitext segment --lang L` as a user runs it: every passage must come out as written.
#[test]
fn own_news_passages_segment_as_their_marks_say() {
    let ws = Workspace::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/segmentation");
    let mut failures = Vec::new();
    let mut total = 0;
    for lang in ["en", "vi", "zh"] {
        let path = dir.join(format!("{lang}.txt"));
        let text = std::fs::read_to_string(&path).expect("passage file");
        let parsed = passages::parse(&path.display().to_string(), &text).expect("valid file");
        assert!(parsed.len() >= 20, "{lang}: {} passages", parsed.len());
        for p in parsed {
            total += 1;
            let run = ws.run_stdin(&["segment", "--lang", lang], &p.text);
            run.assert_code(0);
            let got: Vec<String> = run
                .stdout
                .lines()
                .map(passages::normalise)
                .filter(|l| !l.is_empty())
                .collect();
            if got != p.expected {
                failures.push(format!(
                    "{lang} {}:\n  want {:?}\n  got  {got:?}",
                    p.id, p.expected
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} passages:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Credits are segments of kind `credit`, with nothing to translate; the caption before
/// them is a sentence.
#[test]
fn credit_lines_are_segments_of_their_own_and_not_translatable() {
    let ws = Workspace::new();
    let text = "Delegates pose for a photo in Nanning on July 16. (Photo: VNA)\n\nImage: NASA/Bill Ingalls.\n\nThe two sides agreed to open a new border gate.-VNA\n";
    let run = ws.run_stdin(&["segment", "--lang", "en", "--format", "jsonl"], text);
    run.assert_code(0);
    let recs = records(&run.stdout);
    let shown: Vec<(&str, &str, bool)> = recs
        .iter()
        .map(|r| {
            (
                r["text"].as_str().unwrap(),
                r["segment"].as_str().unwrap(),
                r["translatable"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            (
                "Delegates pose for a photo in Nanning on July 16.",
                "sentence",
                true
            ),
            ("(Photo: VNA)", "credit", false),
            ("Image: NASA/Bill Ingalls.", "credit", false),
            (
                "The two sides agreed to open a new border gate.",
                "sentence",
                true
            ),
            ("-VNA", "credit", false),
        ]
    );
}

/// A credit is never bought: only the caption reaches the provider, and the credit's row
/// keeps its source text.
#[test]
fn credits_are_not_sent_to_the_provider() {
    use crate::support::fake_deepl::FakeDeepl;
    const KEY: &str = "deepl-test-key-credit:fx";
    let deepl = FakeDeepl::start(KEY);
    let ws = Workspace::with_provider("deepl", &deepl.url(), "concurrency = 1");
    let article = ws.write(
        "caption.txt",
        "Visitors view lanterns at a park in Beijing on Feb. 12, 2025. (Xinhua/Ding Lin)\n",
    );
    let mut args: Vec<&str> = "translate --glossary no-glossary --provider deepl --from en --to zh"
        .split(' ')
        .collect();
    args.push(article.to_str().unwrap());
    let run = ws.run(&args, &[("DEEPL_API_KEY", KEY)]);
    run.assert_code(0);
    assert_eq!(
        deepl.texts(),
        vec!["Visitors view lanterns at a park in Beijing on Feb. 12, 2025.".to_string()]
    );
    let recs = ws.jsonl("out/caption.jsonl");
    let credit = recs
        .iter()
        .find(|r| r["source"]["text"] == "(Xinhua/Ding Lin)")
        .unwrap_or_else(|| panic!("no credit row: {recs:?}"));
    assert_eq!(credit["targets"]["zh"]["origin"], "copy", "{credit}");
    assert_eq!(
        credit["targets"]["zh"]["text"], "(Xinhua/Ding Lin)",
        "{credit}"
    );
}
