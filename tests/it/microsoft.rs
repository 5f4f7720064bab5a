//! `bitext translate` through Microsoft Translator v3: the real binary against a fake server
//! speaking its wire format (query, headers, `[{"Text"}]` bodies, `{"error":{"code"}}` errors).

use crate::support::fake_microsoft::{FakeMicrosoft, MicrosoftFault};
use crate::support::workspace::{samples, Workspace};
use bitext::provider::microsoft::Microsoft;
use bitext::provider::registry::Registered;
use serde_json::Value;

const KEY: &str = "ms-test-key-5e7a13c9";

fn run(
    ws: &Workspace,
    extra: &[&str],
    files: &[String],
    key: &str,
) -> crate::support::workspace::Run {
    let mut args = vec!["translate", "--provider", "microsoft"];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(String::as_str));
    ws.run(&args, &[("MICROSOFT_TRANSLATOR_KEY", key)])
}

#[test]
fn corpus_goes_through_microsoft_aligned_and_a_second_run_sends_nothing() {
    let ms = FakeMicrosoft::start_with_region(KEY, Some("westeurope"));
    let ws = Workspace::with_provider("microsoft", &ms.url(), "region = \"westeurope\"");
    let files = samples();
    run(&ws, &["--glossary", "no-glossary"], &files, KEY).assert_code(0);

    let summary = ws.json("out/summary.json");
    assert_eq!(summary["documents"], 5);
    assert_eq!(summary["failures"], 0);
    assert_eq!(
        summary["requests"].as_u64().unwrap() as usize,
        ms.translate_requests()
    );
    assert_eq!(
        summary["billed_characters"].as_u64().unwrap() as usize,
        ms.billed_chars(),
        "billed characters come from X-Metered-Usage"
    );
    // Without term markup every text goes into both targets in one request (`&to=..&to=..`):
    // each text travels once for two translations.
    assert_eq!(
        2 * ms.texts().len() as u64,
        summary["segments_sent"].as_u64().unwrap()
    );
    assert!(ms.last_body().as_array().unwrap().len() <= 100);
    let query = ms.last_query();
    assert!(query.starts_with("api-version=3.0&from="), "{query}");
    assert_eq!(query.matches("&to=").count(), 2, "{query}");

    let mut trace_ids = std::collections::BTreeSet::new();
    for headers in ms.headers_seen() {
        let get = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(get("ocp-apim-subscription-key").as_deref(), Some(KEY));
        assert_eq!(
            get("ocp-apim-subscription-region").as_deref(),
            Some("westeurope")
        );
        assert_eq!(
            get("content-type").as_deref(),
            Some("application/json; charset=UTF-8")
        );
        let trace = get("x-clienttraceid").expect("X-ClientTraceId");
        assert_eq!(trace.len(), 36, "{trace}");
        assert!(trace_ids.insert(trace), "a trace id was reused");
    }

    for r in ws.records() {
        let source = r["source"]["text"].as_str().unwrap();
        for (lang, code) in [("vi", "vi"), ("en", "en"), ("zh", "zh-Hans")] {
            if r["source"]["lang"] == lang {
                continue;
            }
            let t = &r["targets"][lang];
            if t["origin"] == "copy" {
                continue;
            }
            assert_eq!(t["origin"], "api", "{r}");
            assert_eq!(t["text"].as_str().unwrap(), format!("<{code}> {source}"));
        }
    }

    let before = ms.translate_requests();
    run(&ws, &["--glossary", "no-glossary"], &files, KEY).assert_code(0);
    assert_eq!(
        ms.translate_requests(),
        before,
        "the second run sent requests"
    );
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["requests"], 0);
    assert_eq!(summary["billed_characters"], 0);
}

#[test]
fn rate_limits_timeouts_server_errors_and_broken_answers_are_retried() {
    let ms = FakeMicrosoft::start(KEY);
    ms.push_fault(MicrosoftFault::TooMany {
        retry_after_secs: Some(0),
    });
    ms.push_fault(MicrosoftFault::TooMany {
        retry_after_secs: None,
    });
    ms.push_fault(MicrosoftFault::Server(500));
    ms.push_fault(MicrosoftFault::Server(503));
    ms.push_fault(MicrosoftFault::RequestTimeout);
    ms.push_fault(MicrosoftFault::MalformedBody);
    ms.push_fault(MicrosoftFault::FewerItems);
    ms.push_fault(MicrosoftFault::DropConnection);
    let ws = Workspace::with_provider("microsoft", &ms.url(), "concurrency = 1");
    let ngo = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    run(
        &ws,
        &["--glossary", "no-glossary", "--to", "zh"],
        &[ngo.display().to_string()],
        KEY,
    )
    .assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["retries"], 8, "{summary}");
    assert_eq!(summary["failures"], 0);
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    for r in &recs {
        let source = r["source"]["text"].as_str().unwrap();
        assert_eq!(
            r["targets"]["zh"]["text"].as_str().unwrap(),
            format!("<zh-Hans> {source}")
        );
    }
    // Paid once: the texts the fake answered are exactly the distinct segments.
    assert_eq!(ms.texts().len(), recs.len());
    assert_eq!(
        summary["billed_characters"].as_u64().unwrap() as usize,
        ms.billed_chars()
    );
}

#[test]
fn a_bad_key_exits_2_and_the_key_is_never_shown() {
    let ms = FakeMicrosoft::start(KEY);
    let ws = Workspace::with_provider("microsoft", &ms.url(), "");
    let wrong = "ms-wrong-key-77c0ffee";
    let article = Workspace::sample("en-shanghai-global-south-workshop.txt");
    let result = ws.run(
        &[
            "-vv",
            "translate",
            "--provider",
            "microsoft",
            "--glossary",
            "no-glossary",
            "--to",
            "zh",
            article.to_str().unwrap(),
        ],
        &[("MICROSOFT_TRANSLATOR_KEY", wrong)],
    );
    result.assert_code(2);
    assert!(
        result.stderr.contains("API key was rejected"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("MICROSOFT_TRANSLATOR_KEY"));
    assert!(result.stderr.contains("401000"), "{}", result.stderr);
    assert_eq!(ms.translate_requests(), 1);
    for text in [&result.stdout, &result.stderr] {
        assert!(!text.contains(wrong) && !text.contains(KEY), "{text}");
    }
    for (path, bytes) in ws.all_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(wrong), "{}", path.display());
    }
}

#[test]
fn quota_used_up_stops_the_run_and_the_next_run_pays_only_the_rest() {
    let ms = FakeMicrosoft::start(KEY);
    let ws = Workspace::with_provider("microsoft", &ms.url(), "batch_size = 5\nconcurrency = 1");
    let article = Workspace::sample("en-beijing-people-to-people-diplomacy.txt");
    let files = [article.display().to_string()];
    for _ in 0..3 {
        ms.push_fault(MicrosoftFault::Delay(std::time::Duration::ZERO));
    }
    ms.push_fault(MicrosoftFault::QuotaExceeded);
    let first = run(
        &ws,
        &["--glossary", "no-glossary", "--to", "zh"],
        &files,
        KEY,
    );
    first.assert_code(1);
    assert!(first.stderr.contains("quota exhausted"), "{}", first.stderr);
    assert_eq!(
        ms.translate_requests(),
        4,
        "requests went on after the quota"
    );
    let summary = ws.json("out/summary.json");
    let total = summary["translations_needed"].as_u64().unwrap()
        - summary["deduplicated"].as_u64().unwrap();
    assert_eq!(summary["failures"].as_u64().unwrap(), total - 15);

    run(
        &ws,
        &["--glossary", "no-glossary", "--to", "zh"],
        &files,
        KEY,
    )
    .assert_code(0);
    assert_eq!(
        ms.texts().len() as u64,
        total,
        "a segment was paid twice or lost"
    );
}

/// The NGO leadership article into vi and zh through `ms` with these profile lines; the
/// workspace and the summary, every term enforced on the first send.
fn ngo_article_into_vi_and_zh(ms: &FakeMicrosoft, profile: &str) -> (Workspace, Value) {
    let ws = Workspace::with_provider("microsoft", &ms.url(), profile);
    let en = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    run(&ws, &["--to", "vi,zh"], &[en.display().to_string()], KEY).assert_code(0);
    let summary = ws.json("out/summary.json");
    assert!(summary["terms_enforced"].as_u64().unwrap() > 0, "{summary}");
    assert_eq!(summary["term_retries"], 0, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    (ws, summary)
}

#[test]
fn the_dynamic_dictionary_carries_terms_where_english_is_on_one_side() {
    let ms = FakeMicrosoft::start(KEY);
    let (ws, summary) = ngo_article_into_vi_and_zh(&ms, "concurrency = 1\nterms = \"markup\"");
    let marked: Vec<String> = ms
        .texts()
        .into_iter()
        .filter(|t| t.contains("<mstrans:dictionary translation=\""))
        .collect();
    assert!(!marked.is_empty());
    assert!(
        marked.iter().any(|t| t.contains(
            "<mstrans:dictionary translation=\"上海市妇女联合会\">SWF</mstrans:dictionary>"
        )),
        "{marked:?}"
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
    assert!(swf["targets"]["zh"]["text"]
        .as_str()
        .unwrap()
        .contains("上海市妇女联合会"));
    assert!(swf["targets"]["vi"]["text"]
        .as_str()
        .unwrap()
        .contains("Hội Liên hiệp Phụ nữ Thượng Hải"));
    // Markup differs per target, so texts with terms go once per target; the others once
    // for both.
    let summary_sent = summary["segments_sent"].as_u64().unwrap() as usize;
    let sent = ms.texts();
    let with_terms = sent
        .iter()
        .filter(|t| t.contains("mstrans:dictionary"))
        .count();
    assert_eq!(with_terms % 2, 0, "{sent:?}");
    assert_eq!(with_terms + 2 * (sent.len() - with_terms), summary_sent);
    assert!(sent.len() < summary_sent, "nothing shared a request");

    // Vietnamese to Chinese has no English side: no dictionary, the terms in spans.
    let before = ms.texts().len();
    let vi = Workspace::sample("vi-asean-women-forum-nanning.txt");
    run(&ws, &["--to", "zh"], &[vi.display().to_string()], KEY);
    let sent = ms.texts();
    assert!(sent.len() > before);
    assert!(sent[before..]
        .iter()
        .all(|t| !t.contains("mstrans:dictionary")));
    assert!(sent[before..]
        .iter()
        .any(|t| t.contains("<span translate=\"no\">")));
    assert!(
        ms.last_query().contains("textType=html"),
        "{}",
        ms.last_query()
    );
}

/// By default the terms go as placeholders, the same for every target: a text with terms
/// goes once for both targets, in the same requests as those without, and each target gets
/// its own forms back. (A text whose placeholders differ between the targets, a term having
/// no form in one of them or the same form as the source, goes one target at a time.)
#[test]
fn placeholders_let_a_text_with_terms_go_once_to_every_target() {
    let ms = FakeMicrosoft::start(KEY);
    let (ws, summary) = ngo_article_into_vi_and_zh(&ms, "concurrency = 1");
    let sent = ms.texts();
    assert!(sent.iter().all(|t| !t.contains("mstrans:dictionary")));
    assert!(sent.iter().any(|t| t.contains("[[T1]]")), "{sent:?}");
    // Each text was billed once per target it needed.
    let queries = ms.queries();
    let bodies = ms.bodies();
    let mut shared_with_terms = 0;
    let mut per_target = 0;
    for (query, body) in queries.iter().zip(&bodies) {
        let items = body.as_array().unwrap();
        let targets = query.matches("&to=").count();
        per_target += items.len() * targets;
        if targets == 2 {
            shared_with_terms += items
                .iter()
                .filter(|i| i["Text"].as_str().unwrap().contains("[[T"))
                .count();
        }
    }
    assert!(shared_with_terms > 0, "{queries:?}");
    let summary_sent = summary["segments_sent"].as_u64().unwrap() as usize;
    assert_eq!(per_target, summary_sent);
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    let swf = recs
        .iter()
        .find(|r| {
            r["source"]["text"]
                .as_str()
                .unwrap()
                .contains("held by SWF")
        })
        .expect("a segment with swf");
    let target = |lang: &str| swf["targets"][lang]["text"].as_str().unwrap().to_string();
    assert!(target("zh").contains("上海市妇女联合会"), "{swf}");
    assert!(
        target("vi").contains("Hội Liên hiệp Phụ nữ Thượng Hải"),
        "{swf}"
    );
    assert!(!target("zh").contains("[[") && !target("vi").contains("[["));
}

#[test]
fn check_lists_the_languages() {
    let ms = FakeMicrosoft::start(KEY);
    let profile = crate::support::built_in_profile("microsoft", &ms.url(), Some(KEY));
    let section = profile.section::<Microsoft>().expect("a microsoft profile");
    let provider = Microsoft::build(&profile, section).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let langs = rt.block_on(provider.languages()).unwrap();
    for code in ["en", "vi", "zh-Hans"] {
        assert!(langs.iter().any(|l| l == code), "{langs:?}");
    }
}
