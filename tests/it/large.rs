//! Large documents: translated and written a part at a time (`BITEXT_PART_BYTES` makes the
//! parts small, so that a document of a few hundred kilobytes spans dozens of them), with the
//! bytes a one-part run writes, each repeated sentence paid once, a run stopped mid-way
//! resumed without paying twice; and a "sentence" longer than the provider's request size
//! sent in pieces within it and joined back into one cell.

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::workspace::{Config, Workspace};
use std::collections::HashMap;

const KEY: &str = "large-test-key:fx";

/// Small parts: a few paragraphs each.
const SMALL_PARTS: (&str, &str) = ("BITEXT_PART_BYTES", "2000");

/// A long article in one language: paragraphs of distinct sentences, numbered so that none
/// repeats by accident, and one sentence every tenth paragraph repeats, as boilerplate does.
fn article(lang: &str, paragraphs: usize) -> String {
    let mut text = String::new();
    for p in 0..paragraphs {
        let sentences: Vec<String> = (0..4)
            .map(|s| {
                let n = p * 4 + s;
                match lang {
                    "vi" => {
                        format!("Đoàn đại biểu thứ {n} gặp các đối tác tại Hà Nội vào ngày {s} của chuyến thăm.")
                    }
                    "zh" => format!("第{n}个代表团于第{s}天在南宁会见了合作伙伴。"),
                    _ => format!("Delegation {n} met partners in Kunming on day {s} of the visit."),
                }
            })
            .collect();
        let gap = if lang == "zh" { "" } else { " " };
        text.push_str(&sentences.join(gap));
        if p % 10 == 9 {
            text.push_str(match lang {
                "vi" => " Văn phòng báo chí Hội Phụ nữ chụp những bức ảnh này.",
                "zh" => "这些照片由妇联新闻办公室拍摄。",
                _ => " The Women's Union press office took these photos.",
            });
        }
        text.push_str("\n\n");
    }
    text
}

fn write_articles(ws: &Workspace, paragraphs: usize) -> Vec<String> {
    ["vi", "en", "zh"]
        .iter()
        .map(|lang| {
            let path = ws.write(&format!("in/{lang}-long.txt"), article(lang, paragraphs));
            path.display().to_string()
        })
        .collect()
}

/// The outputs under `dir` (summary.json aside), by file name.
fn outputs(ws: &Workspace, dir: &str) -> HashMap<String, Vec<u8>> {
    crate::support::files_under(&ws.path().join(dir))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "summary.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// `translate` of `files` into every format, into `out` with a cache of its own.
fn translate_all_formats(ws: &Workspace, files: &[String], out: &str, env: &[(&str, &str)]) {
    let formats = "jsonl,tsv,tmx,xliff,md,html";
    let mut args = vec!["translate", "--to", "vi,en,zh", "--format", formats];
    let cache = format!("{out}-cache");
    args.extend(["--out", out, "--cache", &cache]);
    args.extend(files.iter().map(String::as_str));
    ws.run(&args, env).assert_code(0);
}

#[test]
fn a_document_in_many_parts_writes_the_bytes_of_one_part() {
    let ws = Config::fast().build();
    let files = write_articles(&ws, 80);
    let run = |out: &str, env: &[(&str, &str)]| translate_all_formats(&ws, &files, out, env);
    run("whole", &[]);
    run("parts", &[SMALL_PARTS]);
    let (whole, parts) = (outputs(&ws, "whole"), outputs(&ws, "parts"));
    // Three documents, XLIFF once per target.
    assert_eq!(whole.len(), 3 * 7);
    for (name, bytes) in &whole {
        assert!(parts.get(name) == Some(bytes), "{name} differs");
    }
    // The counts are the run's, whatever its parts.
    let (a, b) = (ws.json("whole/summary.json"), ws.json("parts/summary.json"));
    for key in [
        "segments",
        "translations_needed",
        "deduplicated",
        "segments_sent",
    ] {
        assert_eq!(a[key], b[key], "{key}");
    }
    // Eight repeats of the boilerplate sentence per document, in two targets each.
    assert_eq!(a["deduplicated"], 2 * 7 * 3, "{a}");
    assert!(b["requests"].as_u64() > a["requests"].as_u64());

    // The dry run plans in parts too, and counts what a one-part plan counts: the same
    // segments, characters and duplicates, and, once cached, the same served from the cache.
    let dry = |cache: &str, env: &[(&str, &str)]| {
        let mut args = vec![
            "translate",
            "--dry-run",
            "--to",
            "vi,en,zh",
            "--cache",
            cache,
        ];
        args.extend(files.iter().map(String::as_str));
        let run = ws.run(&args, env);
        run.assert_code(0);
        let lines: Vec<String> = run.stdout.lines().map(str::to_string).collect();
        // Per target and total: segments and characters (requests depend on the parts).
        let counts: Vec<String> = lines[2..lines.len() - 1]
            .iter()
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .collect();
        (counts, lines.last().cloned().unwrap())
    };
    let fresh = dry("fresh-cache", &[]);
    assert!(fresh.1.contains(" 42 duplicates"), "{fresh:?}");
    assert_eq!(dry("fresh-cache", &[SMALL_PARTS]), fresh);
    let cached = dry("whole-cache", &[SMALL_PARTS]);
    assert_eq!(cached, dry("whole-cache", &[]));
    assert!(!cached.1.starts_with("(0 translations"), "{cached:?}");
}

#[test]
fn a_paragraph_larger_than_a_part_is_cut_between_its_sentences_and_written_as_one_block() {
    let ws = Config::fast().build();
    let files = write_articles(&ws, 12);
    let run = |out: &str, env: &[(&str, &str)]| translate_all_formats(&ws, &files, out, env);
    // Parts of 100 bytes: every paragraph (four sentences of 60 to 120 bytes) is larger than
    // a part, so each is cut into pieces that parts take one after another.
    run("whole", &[]);
    run("cut", &[("BITEXT_PART_BYTES", "100")]);
    let (whole, cut) = (outputs(&ws, "whole"), outputs(&ws, "cut"));
    assert_eq!(whole.len(), 3 * 7);
    for (name, bytes) in &whole {
        assert!(cut.get(name) == Some(bytes), "{name} differs");
    }
    let (a, b) = (ws.json("whole/summary.json"), ws.json("cut/summary.json"));
    assert_eq!(a["segments"], b["segments"]);
    // The paragraphs were cut: no two sentences here fit in 100 bytes, so a part holds one
    // and sends it alone (a paragraph to a part sent four in a request).
    assert_eq!(b["requests"], b["segments_sent"], "{b}");
    assert!(a["requests"].as_u64() < b["requests"].as_u64(), "{a}");
    // One block per paragraph in the reading formats, as in the run of one part.
    let md = String::from_utf8(whole["en-long.md"].clone()).unwrap();
    assert_eq!(md.matches("\n---\n").count(), 12, "{md}");
}

#[test]
fn a_sentence_repeated_across_parts_is_paid_once_and_a_stopped_run_resumes_without_paying_twice() {
    let deepl = FakeDeepl::start(KEY);
    let ws = Config::fake("deepl", &deepl.url(), "batch_size = 10\nconcurrency = 1").build();
    let files = write_articles(&ws, 60);
    // Some requests go through, then the quota runs out: the run stops in an early part.
    for _ in 0..6 {
        deepl.push_fault(DeeplFault::Delay(std::time::Duration::ZERO));
    }
    deepl.push_fault(DeeplFault::QuotaExceeded);
    let env = [("DEEPL_API_KEY", KEY), SMALL_PARTS];
    let mut args = vec!["translate", "--provider", "deepl", "--to", "vi,en,zh"];
    args.extend(files.iter().map(String::as_str));
    let first = ws.run(&args, &env);
    first.assert_code(1);
    assert!(
        first.stderr.contains("run again to finish"),
        "{}",
        first.stderr
    );
    let paid_first = deepl.billed();
    assert!(!paid_first.is_empty());
    // Every file was written, the untranslated cells marked as failed.
    let summary = ws.json("out/summary.json");
    assert!(summary["failures"].as_u64().unwrap() > 0, "{summary}");

    ws.run(&args, &env).assert_code(0);
    let billed = deepl.billed();
    let mut counts: HashMap<&(String, String), usize> = HashMap::new();
    for pair in &billed {
        *counts.entry(pair).or_default() += 1;
    }
    let twice: Vec<_> = counts.iter().filter(|(_, &n)| n > 1).collect();
    assert!(twice.is_empty(), "paid more than once: {twice:?}");
    // The boilerplate sentence of six parts, sent once per target language.
    const BOILERPLATE: &str = "The Women's Union press office took these photos.";
    let photos = billed
        .iter()
        .filter(|(_, text)| text == BOILERPLATE)
        .count();
    assert_eq!(photos, 2, "{:?}", &billed[..4]);
    let records = ws.jsonl("out/en-long.jsonl");
    let repeats: Vec<_> = records
        .iter()
        .filter(|r| r["source"]["text"] == BOILERPLATE)
        .collect();
    assert_eq!(repeats.len(), 6);
    assert!(repeats
        .iter()
        .all(|r| r["targets"]["zh"]["text"] == repeats[0]["targets"]["zh"]["text"]));
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["failures"], 0, "{summary}");
}

/// A paragraph of `bytes` with no sentence end in it: a table dumped as one line.
fn run_on(lang: &str, bytes: usize) -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < bytes {
        match lang {
            "vi" => text.push_str(&format!("ô số {n} của bảng dữ liệu, ")),
            "zh" => text.push_str(&format!("数据表第{n}格，")),
            _ => text.push_str(&format!("cell {n} of the data table, ")),
        }
        n += 1;
    }
    text.trim_end().trim_end_matches([',', '，']).to_string()
}

#[test]
fn a_segment_longer_than_a_request_is_sent_in_pieces_within_the_limit_and_joined() {
    // DeepL takes request bodies up to 128 KiB (the fake refuses larger ones).
    const LIMIT: usize = 128 * 1024;
    let deepl = FakeDeepl::start(KEY);
    // 1.2 million characters: more than a Free account's month, which translate checks.
    deepl.account(10_000_000, 0);
    let ws = Config::fake("deepl", &deepl.url(), "").build();
    for lang in ["vi", "en", "zh"] {
        let long = run_on(lang, 400_000);
        ws.write(
            &format!("in/{lang}-table.txt"),
            format!("Heading\n\n{long}\n"),
        );
    }
    let env = [("DEEPL_API_KEY", KEY)];
    for lang in ["vi", "en", "zh"] {
        let before = deepl.bodies().len();
        let path = format!("in/{lang}-table.txt");
        let target = if lang == "en" { "zh" } else { "en" };
        ws.run(
            &["translate", "--provider", "deepl", "--to", target, &path],
            &env,
        )
        .assert_code(0);
        let bodies = deepl.bodies();
        let sent = &bodies[before..];
        assert!(sent.len() >= 4, "{lang}: {} request(s)", sent.len());
        for body in sent {
            let size = serde_json::to_string(body).unwrap().len();
            assert!(size <= LIMIT, "{lang}: a request of {size} bytes");
        }
        let records = ws.jsonl(&format!("out/{lang}-table.jsonl"));
        let row = records
            .iter()
            .find(|r| r["source"]["text"].as_str().unwrap().len() > 1000);
        let row = row.expect("the long segment is one row");
        let source = row["source"]["text"].as_str().unwrap();
        let cell = row["targets"][target]["text"].as_str().unwrap();
        // The fake answers `<LANG> text` for each piece: the pieces come back in order.
        let marker = if target == "zh" {
            "<ZH-HANS> "
        } else {
            "<EN-US> "
        };
        let pieces = cell.matches(marker).count();
        assert!(pieces >= 4, "{lang}: {pieces} piece(s)");
        let unmarked = cell.replace(marker, "");
        let squeeze = |t: &str| t.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&unmarked), squeeze(source), "{lang}");
    }
    // Every piece is cached: a second run sends nothing.
    let before = deepl.bodies().len();
    ws.run(
        &[
            "translate",
            "--provider",
            "deepl",
            "--to",
            "en",
            "in/vi-table.txt",
        ],
        &env,
    )
    .assert_code(0);
    assert_eq!(deepl.bodies().len(), before);
}

/// A plain text of about `bytes`, in one language: a photo caption above the headline, then
/// numbered paragraphs of one to four sentences (none longer than about 500 bytes), a
/// subheading now and then, a line of page chrome and a line repeated by a scraper.
fn long_text(lang: &str, bytes: usize) -> String {
    let (caption, headline, chrome) = match lang {
        "vi" => (
            "Các đại biểu chụp ảnh lưu niệm trước giờ khai mạc.",
            "Diễn đàn Phụ nữ ASEAN khai mạc tại Nam Ninh",
            "Xem thêm",
        ),
        "zh" => ("代表们在开幕前合影留念。", "东盟妇女论坛在南宁开幕", "更多"),
        _ => (
            "Delegates pose for a photo before the opening.",
            "ASEAN Women Forum Opens in Nanning",
            "Read more",
        ),
    };
    let mut text = format!("{caption}\n\n{headline}\n\n");
    let mut n = 0;
    while text.len() < bytes {
        let sentences: Vec<String> = (0..1 + n % 4)
            .map(|s| match lang {
                "vi" => format!("Đoàn thứ {n} làm việc với đối tác số {s} tại Hà Nội."),
                "zh" => format!("第{n}个代表团与第{s}个伙伴在河内会谈。"),
                _ => format!("Delegation {n} met partner {s} in Hanoi."),
            })
            .collect();
        let paragraph = sentences.join(if lang == "zh" { "" } else { " " });
        text.push_str(&paragraph);
        text.push_str("\n\n");
        if n % 50 == 7 {
            text.push_str(&format!("{chrome}\n{paragraph}\n\n"));
        }
        if n % 100 == 99 {
            text.push_str(&format!("{headline} {n}\n\n"));
        }
        n += 1;
    }
    text
}

/// What reading a text as `translate` reads it holds at most (besides the block handed out),
/// with the blocks read, the longest, the title and the pieces left out.
fn read_as_translate(path: &std::path::Path) -> (usize, usize, usize, Option<String>, usize) {
    let (held, blocks, longest, title, dropped, _) =
        read_as_translate_in(path, bitext::document::InputFormat::Text);
    (held, blocks, longest, title, dropped)
}

/// [`read_as_translate`] of a text in `format`, with the texts of the blocks read.
fn read_as_translate_in(
    path: &std::path::Path,
    format: bitext::document::InputFormat,
) -> (usize, usize, usize, Option<String>, usize, Vec<String>) {
    use bitext::document::{open, Cleaner, Input, LangChoice, ReadOptions};
    let options = ReadOptions {
        format,
        lang: LangChoice::Auto,
        cleaner: Cleaner::default(),
        lossy: false,
        join_lines: false,
    };
    let opened = open(
        "long",
        "long.txt",
        Input::Path(path.to_path_buf()),
        &options,
    )
    .unwrap();
    let mut reader = bitext::segment::reader(opened).unwrap();
    let (mut held, mut blocks, mut longest, mut dropped) = (0, 0, 0, 0);
    let mut part = Vec::new();
    let mut title = None;
    let mut texts = Vec::new();
    while let Some(block) = reader.next_block() {
        let block = block.unwrap();
        texts.push(block.text.clone());
        assert_eq!(block.index, blocks + 1, "numbered in order");
        assert!(!block.segments.is_empty(), "segmented as it is read");
        blocks += 1;
        longest = longest.max(block.text.len());
        held = held.max(reader.held());
        part.push(block);
        // Parts take the blocks read and what was left out meanwhile, as a run does.
        if part.len() == 100 {
            let piece = reader.piece(std::mem::take(&mut part));
            dropped += piece.dropped.len();
            title = piece.opening_heading.clone();
        }
    }
    let piece = reader.piece(part);
    dropped += piece.dropped.len();
    title = piece.opening_heading.or(title);
    (held, blocks, longest, title, dropped, texts)
}

#[test]
fn a_long_plain_text_is_read_holding_a_few_lines_whatever_its_length() {
    // The bound without a clock or an allocator: what the reader holds, counted by itself.
    // A document read whole held all of it (and its segments) before the first request.
    let dir = tempfile::tempdir().unwrap();
    for (lang, sizes) in [
        ("vi", [200_000, 3_000_000]),
        ("en", [100_000, 800_000]),
        ("zh", [100_000, 800_000]),
    ] {
        let mut seen = Vec::new();
        for bytes in sizes {
            let text = long_text(lang, bytes);
            let path = dir.path().join(format!("{lang}-{bytes}.txt"));
            std::fs::write(&path, &text).unwrap();
            let (held, blocks, longest, title, dropped) = read_as_translate(&path);
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
            // Every non-empty line is a block but the chrome and the repeats.
            assert_eq!(blocks + dropped, lines, "{lang} {bytes}");
            assert!(
                dropped > 0 && longest < 600,
                "{lang} {bytes}: {dropped} {longest}"
            );
            // The headline under the caption is found in the stream's opening.
            assert_eq!(title.as_deref(), text.lines().nth(2), "{lang} {bytes}");
            // A few lines at most: the opening the headline rule looks at, a line or two.
            assert!(
                held <= 8 * longest,
                "{lang} {bytes}: held {held} bytes, longest block {longest}"
            );
            seen.push(held);
        }
        // Ten times the text, no more held.
        assert!(seen[1] <= seen[0] + 600, "{lang}: {seen:?}");
    }
}

/// A Markdown document of about `bytes` in one language: front matter, a headline, and
/// sections of a subheading, paragraphs, a list, a quote, a table, a fenced block with blank
/// lines inside and reference links whose definitions all stand at the end of the document.
fn long_markdown(lang: &str, bytes: usize) -> String {
    let mut md = String::from("---\ntitle: t\n---\n\n# ");
    md.push_str(match lang {
        "vi" => "Diễn đàn Phụ nữ ASEAN khai mạc tại Nam Ninh",
        "zh" => "东盟妇女论坛在南宁开幕",
        _ => "ASEAN Women Forum Opens in Nanning",
    });
    md.push_str("\n\n");
    let mut n = 0;
    while md.len() < bytes {
        let sentence = |s: usize| match lang {
            "vi" => format!("Đoàn thứ {n} làm việc với đối tác số {s} tại Hà Nội."),
            "zh" => format!("第{n}个代表团与第{s}个伙伴在河内会谈。"),
            _ => format!("Delegation {n} met partner {s} in Hanoi."),
        };
        md.push_str(&format!(
            "## {n}\n\n{} [{n}][ref{n}]\n{}\n\n- {}\n- {}\n\n> {}\n\n| a | b |\n|---|---|\n| {n} | x |\n\n```\ncode {n}\n\nmore code\n```\n\n",
            sentence(0),
            sentence(1),
            sentence(2),
            sentence(3),
            sentence(4),
        ));
        n += 1;
    }
    for i in 0..n {
        md.push_str(&format!("[ref{i}]: https://example.com/{i}\n"));
    }
    md
}

#[test]
fn a_long_markdown_document_is_read_a_chunk_at_a_time_as_it_reads_whole() {
    use bitext::document::{read, Cleaner, InputFormat, LangChoice};
    let dir = tempfile::tempdir().unwrap();
    for lang in ["vi", "en", "zh"] {
        let mut seen = Vec::new();
        for bytes in [300_000, 1_800_000] {
            let md = long_markdown(lang, bytes);
            let path = dir.path().join(format!("{lang}-{bytes}.md"));
            std::fs::write(&path, &md).unwrap();
            let (held, blocks, _, title, _, texts) =
                read_as_translate_in(&path, InputFormat::Markdown);
            let whole = read(
                "d",
                "d.md",
                &md,
                InputFormat::Markdown,
                LangChoice::Auto,
                &Cleaner::default(),
            )
            .unwrap();
            assert_eq!(blocks, whole.blocks.len(), "{lang} {bytes}");
            assert!(
                texts.iter().zip(&whole.blocks).all(|(a, b)| *a == b.text),
                "{lang} {bytes}"
            );
            assert_eq!(title, whole.opening_heading, "{lang} {bytes}");
            // Links defined at the end are links in every chunk: their text, no brackets.
            assert!(!texts.iter().any(|t| t.contains("][ref")), "{lang} {bytes}");
            assert!(
                texts.iter().any(|t| t.contains(" 7 ") || t.ends_with(" 7")),
                "{lang} {bytes}"
            );
            // A chunk and what it gives back: far less than the document.
            assert!(held < 600_000, "{lang} {bytes}: held {held}");
            seen.push(held);
        }
        // Six times the text, no more held (within a chunk).
        assert!(seen[1] <= seen[0] + 100_000, "{lang}: {seen:?}");
    }
}

#[test]
fn standard_input_is_read_as_a_file_is() {
    // Standard input is copied to a temporary file and read twice (checked, then streamed):
    // the rows are those of the same text named as a file.
    let ws = Config::fast().build();
    let text = long_text("vi", 40_000);
    let file = ws.write("in/stdin.txt", &text).display().to_string();
    // Each run its own cache, so that both rows say the provider answered.
    let args = |out: &'static str, cache: &'static str| {
        [
            "translate",
            "--to",
            "en,zh",
            "--format",
            "jsonl,tsv",
            "--out",
            out,
            "--cache",
            cache,
        ]
    };
    let mut named = args("named", "named-cache").to_vec();
    named.push(&file);
    ws.run(&named, &[]).assert_code(0);
    let mut piped = args("piped", "piped-cache").to_vec();
    piped.push("-");
    let run = ws.run_stdin(&piped, &text);
    run.assert_code(0);
    let text_of = |dir: &str| -> std::collections::BTreeMap<String, String> {
        outputs(&ws, dir)
            .into_iter()
            .map(|(name, bytes)| (name, String::from_utf8(bytes).unwrap()))
            .collect()
    };
    let (named, piped) = (text_of("named"), text_of("piped"));
    assert_eq!(named.len(), 2);
    assert!(named["stdin.jsonl"].contains("\"origin\":\"pseudo\""));
    assert_eq!(named, piped);
    let summary = ws.json("piped/summary.json");
    let doc = &summary["documents_detail"][0];
    assert_eq!(doc["source"], "-");
    assert_eq!(doc["title"], "Diễn đàn Phụ nữ ASEAN khai mạc tại Nam Ninh");
    assert!(doc["dropped"].as_array().is_some_and(|d| !d.is_empty()));
}
