//! `bitext translate` through LibreTranslate: the real binary against a fake server speaking
//! its wire format (`{"q":[..]}` bodies, the key in the body, `{"error":".."}` errors), and
//! glossary terms carried through placeholders.

use crate::support::fake_libretranslate::{FakeLibre, LibreFault};
use crate::support::workspace::{samples, Workspace};
use bitext::provider::libretranslate::LibreTranslate;
use bitext::provider::registry::Registered;

const KEY: &str = "lt-test-key-91b4d2aa";

fn run(
    ws: &Workspace,
    extra: &[&str],
    files: &[String],
    env: &[(&str, &str)],
) -> crate::support::workspace::Run {
    let mut args = vec!["translate", "--provider", "libretranslate"];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(String::as_str));
    ws.run(&args, env)
}

#[test]
fn a_local_server_without_key_translates_the_corpus_and_a_second_run_sends_nothing() {
    let lt = FakeLibre::start(None);
    let ws = Workspace::with_provider("libretranslate", &lt.url(), "");
    let files = samples();
    run(&ws, &["--glossary", "no-glossary"], &files, &[]).assert_code(0);

    let summary = ws.json("out/summary.json");
    assert_eq!(summary["documents"], 5);
    assert_eq!(summary["failures"], 0);
    assert_eq!(
        summary["requests"].as_u64().unwrap() as usize,
        lt.translate_requests()
    );
    assert_eq!(
        summary["billed_characters"].as_u64().unwrap() as usize,
        lt.billed_chars()
    );
    assert_eq!(
        lt.texts().len() as u64,
        summary["segments_sent"].as_u64().unwrap()
    );
    let body = lt.last_body();
    assert!(body["q"].as_array().unwrap().len() <= 50);
    assert_eq!(body["format"], "text");
    assert!(body.get("api_key").is_none(), "{body}");
    assert!(["vi", "en", "zh-Hans"].contains(&body["target"].as_str().unwrap()));

    for r in ws.records() {
        let source = r["source"]["text"].as_str().unwrap();
        for lang in ["vi", "en", "zh"] {
            if r["source"]["lang"] == lang {
                continue;
            }
            let t = &r["targets"][lang];
            if t["origin"] == "copy" {
                continue;
            }
            assert_eq!(t["origin"], "api", "{r}");
            assert_eq!(t["text"].as_str().unwrap(), format!("<{lang}> {source}"));
        }
    }

    let before = lt.translate_requests();
    run(&ws, &["--glossary", "no-glossary"], &files, &[]).assert_code(0);
    assert_eq!(
        lt.translate_requests(),
        before,
        "the second run sent requests"
    );
    assert_eq!(ws.json("out/summary.json")["requests"], 0);
}

#[test]
fn slowdowns_server_errors_and_broken_answers_are_retried() {
    let lt = FakeLibre::start(Some(KEY));
    lt.push_fault(LibreFault::SlowDown);
    lt.push_fault(LibreFault::Server(500));
    lt.push_fault(LibreFault::MalformedBody);
    lt.push_fault(LibreFault::FewerItems);
    lt.push_fault(LibreFault::DropConnection);
    let ws = Workspace::with_provider("libretranslate", &lt.url(), "concurrency = 1");
    let ngo = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    run(
        &ws,
        &["--glossary", "no-glossary", "--to", "zh"],
        &[ngo.display().to_string()],
        &[("LIBRETRANSLATE_API_KEY", KEY)],
    )
    .assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["retries"], 5, "{summary}");
    assert_eq!(summary["failures"], 0);
    assert_eq!(lt.last_body()["api_key"], KEY);
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    for r in &recs {
        let source = r["source"]["text"].as_str().unwrap();
        assert_eq!(
            r["targets"]["zh"]["text"].as_str().unwrap(),
            format!("<zh> {source}")
        );
    }
    assert_eq!(
        lt.texts().len(),
        recs.len(),
        "a segment was paid twice or lost"
    );
}

#[test]
fn a_wrong_or_missing_key_exits_2_and_the_key_is_never_shown() {
    let lt = FakeLibre::start(Some(KEY));
    let ws = Workspace::with_provider("libretranslate", &lt.url(), "");
    let article = Workspace::sample("en-shanghai-global-south-workshop.txt");
    let wrong = "lt-wrong-key-0badc0de";
    let base = |out: &'static str| {
        vec![
            "-vv",
            "translate",
            "--provider",
            "libretranslate",
            "--glossary",
            "no-glossary",
            "--to",
            "zh",
            "--out",
            out,
        ]
    };
    let mut args = base("wrong");
    args.push(article.to_str().unwrap());
    let bad = ws.run(&args, &[("LIBRETRANSLATE_API_KEY", wrong)]);
    bad.assert_code(2);
    assert!(
        bad.stderr.contains("API key was rejected"),
        "{}",
        bad.stderr
    );
    assert!(
        bad.stderr.contains("LIBRETRANSLATE_API_KEY"),
        "{}",
        bad.stderr
    );
    assert_eq!(lt.translate_requests(), 1);

    let mut args = base("missing");
    args.push(article.to_str().unwrap());
    let missing = ws.run(&args, &[]);
    missing.assert_code(2);
    assert!(
        missing.stderr.contains("to get an API key"),
        "{}",
        missing.stderr
    );
    assert_eq!(lt.translate_requests(), 2);

    for text in [&bad.stdout, &bad.stderr, &missing.stdout, &missing.stderr] {
        assert!(!text.contains(wrong) && !text.contains(KEY), "{text}");
    }
    for (path, bytes) in ws.all_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(wrong), "{}", path.display());
    }
}

#[test]
fn terms_travel_as_placeholders_and_come_back_in_the_glossary_form() {
    let lt = FakeLibre::start(None);
    let ws = Workspace::with_provider("libretranslate", &lt.url(), "concurrency = 1");
    let en = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    run(&ws, &["--to", "vi,zh"], &[en.display().to_string()], &[]).assert_code(0);
    let summary = ws.json("out/summary.json");
    assert!(summary["terms_enforced"].as_u64().unwrap() > 0, "{summary}");
    assert_eq!(summary["term_retries"], 0, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    let sent = lt.texts();
    assert!(sent.iter().any(|t| t.contains("[[T1]]")), "{sent:?}");
    assert!(
        sent.iter()
            .all(|t| !t.contains("SWF") && !t.contains("Xi Jinping")),
        "a term's source form was sent: {sent:?}"
    );
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    let swf = recs
        .iter()
        .find(|r| {
            r["hits"]
                .as_array()
                .is_some_and(|h| h.iter().any(|h| h["id"] == "swf"))
        })
        .expect("a segment with swf");
    let zh = swf["targets"]["zh"]["text"].as_str().unwrap();
    assert!(zh.contains("上海市妇女联合会"), "{zh}");
    assert!(!zh.contains("[["), "{zh}");
    assert!(swf["targets"]["vi"]["text"]
        .as_str()
        .unwrap()
        .contains("Hội Liên hiệp Phụ nữ Thượng Hải"));
}

#[test]
fn lost_placeholders_get_one_strict_retry() {
    let lt = FakeLibre::start(None);
    lt.push_fault(LibreFault::DropPlaceholders);
    let ws = Workspace::with_provider(
        "libretranslate",
        &lt.url(),
        "concurrency = 1\nbatch_size = 50",
    );
    let en = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    run(&ws, &["--to", "zh"], &[en.display().to_string()], &[]).assert_code(0);
    let summary = ws.json("out/summary.json");
    let retries = summary["term_retries"].as_u64().unwrap();
    assert!(retries > 0, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    // The strict re-sends go together, in one request as any send.
    assert_eq!(lt.translate_requests(), 2, "{summary}");
}

#[test]
fn check_lists_the_languages_with_zh_as_zh_hans() {
    let lt = FakeLibre::start(None);
    let profile = crate::support::built_in_profile("libretranslate", &lt.url(), None);
    let section = profile
        .section::<LibreTranslate>()
        .expect("a libretranslate profile");
    let provider = LibreTranslate::build(&profile, section).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let langs = rt.block_on(provider.languages()).unwrap();
    for code in ["en", "vi", "zh-Hans"] {
        assert!(langs.iter().any(|l| l == code), "{langs:?}");
    }
}
