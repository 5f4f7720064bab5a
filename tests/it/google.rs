//! `bitext translate` through Google Cloud Translation v2 and v3: the real binary, the bundled
//! articles and a fake Google server on 127.0.0.1 speaking both wire formats.

use crate::support::fake_google::{FakeGoogle, GoogleFault, GLOSSARY, GLOSSARY_ENTRIES, PROJECT};
use crate::support::workspace::{samples, Config, Run, Workspace};

const API_KEY: &str = "AIzaTestKey-7c3e91";
const TOKEN: &str = "ya29.test-token-5b8d02";

/// A workspace whose `google` profile points at the fake (without the project's glossary);
/// `extra` is more lines for the profile's table.
fn workspace(google: &FakeGoogle, extra: &str) -> Workspace {
    Config::fake("google", &google.url(), extra).build()
}

fn v3() -> String {
    format!("project = \"{PROJECT}\"\n")
}

fn translate(ws: &Workspace, extra: &[&str], files: &[String], env: &[(&str, &str)]) -> Run {
    let mut args = vec![
        "translate",
        "--glossary",
        "no-glossary",
        "--provider",
        "google",
    ];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(String::as_str));
    ws.run(&args, env)
}

fn google_code(lang: &str) -> &'static str {
    match lang {
        "en" => "en",
        "vi" => "vi",
        _ => "zh-CN",
    }
}

/// Every target is the fake translation of its own source: nothing misaligned.
fn assert_aligned(ws: &Workspace) {
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
            assert_eq!(
                t["text"].as_str().unwrap(),
                format!("<{}> {source}", google_code(lang))
            );
        }
    }
}

/// The corpus once, checked; then again, which must send nothing.
fn corpus_twice(google: &FakeGoogle, ws: &Workspace, env: &[(&str, &str)]) {
    let files = samples();
    translate(ws, &[], &files, env).assert_code(0);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["documents"], 5);
    assert_eq!(summary["failures"], 0);
    assert_eq!(
        summary["requests"].as_u64().unwrap() as usize,
        google.translate_requests()
    );
    assert_eq!(
        summary["billed_characters"].as_u64().unwrap() as usize,
        google.billed_chars()
    );
    assert_eq!(
        google.texts().len() as u64,
        summary["segments_sent"].as_u64().unwrap()
    );
    assert_aligned(ws);
    eprintln!(
        "corpus via fake Google: {} requests, {} billed characters, {} segments sent",
        summary["requests"], summary["billed_characters"], summary["segments_sent"]
    );

    let before = google.translate_requests();
    translate(ws, &[], &files, env).assert_code(0);
    assert_eq!(
        google.translate_requests(),
        before,
        "the second run sent requests"
    );
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["requests"], 0);
    assert!(ws.records().iter().all(|r| r["targets"]
        .as_object()
        .unwrap()
        .values()
        .all(|t| t["origin"] == "cache" || t["origin"] == "copy")));
}

#[test]
fn v2_translates_the_corpus_aligned_and_a_second_run_sends_nothing() {
    let google = FakeGoogle::start(API_KEY, TOKEN);
    let ws = workspace(&google, "");
    corpus_twice(&google, &ws, &[("GOOGLE_API_KEY", API_KEY)]);
    for body in google.bodies() {
        assert_eq!(body["format"], "text", "{body}");
        assert!(body["q"].as_array().unwrap().len() <= 128);
        assert!(["en", "vi"].contains(&body["source"].as_str().unwrap()));
        assert!(body.get("model").is_none());
    }
    assert!(google
        .queries()
        .iter()
        .all(|q| q == &format!("key={API_KEY}")));
    for headers in google.headers_seen() {
        assert!(!headers.iter().any(|(k, _)| k == "authorization"));
    }
}

#[test]
fn v3_translates_the_corpus_aligned_with_a_bearer_token() {
    let google = FakeGoogle::start(API_KEY, TOKEN);
    let ws = workspace(&google, &v3());
    // A v3 profile reads GOOGLE_ACCESS_TOKEN, not the API key.
    corpus_twice(&google, &ws, &[("GOOGLE_ACCESS_TOKEN", TOKEN)]);
    for body in google.bodies() {
        assert_eq!(body["mimeType"], "text/plain", "{body}");
        assert!(body["contents"].as_array().unwrap().len() <= 100);
        assert!(body.get("glossaryConfig").is_none());
    }
    assert!(google.queries().iter().all(String::is_empty));
    for headers in google.headers_seen() {
        assert!(headers.contains(&("authorization".into(), format!("Bearer {TOKEN}"))));
    }
    assert_eq!(google.glossary_requests(), 0);
}

#[test]
fn faults_are_retried_and_no_segment_is_lost_or_paid_twice() {
    for api in ["v2", "v3"] {
        let google = FakeGoogle::start(API_KEY, TOKEN);
        for fault in [
            GoogleFault::TooMany,
            GoogleFault::UserRateLimit,
            GoogleFault::Server(500),
            GoogleFault::Server(503),
            GoogleFault::MalformedBody,
            GoogleFault::FewerItems,
            GoogleFault::DropConnection,
        ] {
            google.push_fault(fault);
        }
        let extra =
            format!("api = \"{api}\"\nproject = \"{PROJECT}\"\nconcurrency = 1\nbatch_size = 7\n");
        let ws = workspace(&google, &extra);
        let env = [("GOOGLE_API_KEY", API_KEY), ("GOOGLE_ACCESS_TOKEN", TOKEN)];
        let article = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
        let files = vec![article.display().to_string()];
        translate(&ws, &["--to", "zh"], &files, &env).assert_code(0);
        let summary = ws.json("out/summary.json");
        assert_eq!(summary["retries"], 7, "{api}");
        assert_eq!(summary["failures"], 0, "{api}");
        let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
        for r in &recs {
            let source = r["source"]["text"].as_str().unwrap();
            assert_eq!(
                r["targets"]["zh"]["text"].as_str().unwrap(),
                format!("<zh-CN> {source}")
            );
        }
        // Paid once: the texts the fake answered are exactly the distinct segments.
        let mut texts = google.texts();
        assert_eq!(texts.len(), recs.len(), "{api}");
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), recs.len(), "{api}");
    }
}

#[test]
fn a_daily_limit_stops_the_run_as_quota() {
    let google = FakeGoogle::start(API_KEY, TOKEN);
    google.push_fault(GoogleFault::DailyLimit);
    let ws = workspace(&google, "concurrency = 1");
    let article = Workspace::sample("en-beijing-people-to-people-diplomacy.txt");
    let run = translate(
        &ws,
        &["--to", "zh"],
        &[article.display().to_string()],
        &[("GOOGLE_API_KEY", API_KEY)],
    );
    run.assert_code(1);
    assert!(run.stderr.contains("quota exhausted"), "{}", run.stderr);
    assert_eq!(google.translate_requests(), 1);
}

#[test]
fn a_bad_key_or_token_exits_2_and_never_leaks() {
    let google = FakeGoogle::start(API_KEY, TOKEN);
    let ws = workspace(&google, "");
    let files = vec![samples()[0].clone()];
    let wrong_key = "AIzaWrongKey-must-not-leak-31f";
    let mut args = vec![
        "-vv",
        "translate",
        "--glossary",
        "no-glossary",
        "--provider",
        "google",
        "--to",
        "zh",
    ];
    args.extend(files.iter().map(String::as_str));
    let run = ws.run(&args, &[("GOOGLE_API_KEY", wrong_key)]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("API key was rejected"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("GOOGLE_API_KEY"), "{}", run.stderr);
    assert_eq!(google.translate_requests(), 1);
    let mut logs = run.stderr.clone() + &run.stdout;

    // A key without access (403 PERMISSION_DENIED) is refused the same way.
    google.push_fault(GoogleFault::Forbidden);
    let run = translate(
        &ws,
        &["--to", "vi", "--out", "forbidden"],
        &files,
        &[("GOOGLE_API_KEY", API_KEY)],
    );
    run.assert_code(2);
    logs.push_str(&run.stderr);

    // v3: an expired token.
    let ws3 = workspace(&google, &v3());
    let wrong_token = "ya29.wrong-token-must-not-leak-9ae";
    let run = translate(
        &ws3,
        &["--to", "zh"],
        &files,
        &[("GOOGLE_ACCESS_TOKEN", wrong_token)],
    );
    run.assert_code(2);
    assert!(run.stderr.contains("GOOGLE_ACCESS_TOKEN"), "{}", run.stderr);
    logs.push_str(&run.stderr);

    for secret in [wrong_key, wrong_token, API_KEY, TOKEN] {
        assert!(!logs.contains(secret), "{secret} in the log: {logs}");
        for ws in [&ws, &ws3] {
            for (path, bytes) in ws.all_files() {
                assert!(
                    !String::from_utf8_lossy(&bytes).contains(secret),
                    "{secret} written in {}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn v3_glossary_is_sent_where_it_applies_and_its_translations_win() {
    let google = FakeGoogle::start(API_KEY, TOKEN);
    let ws = workspace(&google, &format!("{}glossary = \"{GLOSSARY}\"\n", v3()));
    let files: Vec<String> = samples()
        .into_iter()
        .filter(|f| f.contains("/en-"))
        .collect();
    translate(
        &ws,
        &["--to", "zh,vi"],
        &files,
        &[("GOOGLE_ACCESS_TOKEN", TOKEN)],
    )
    .assert_code(0);
    assert_eq!(
        google.glossary_requests(),
        1,
        "the glossary is looked up once"
    );
    let bodies = google.bodies();
    assert!(!bodies.is_empty());
    for body in &bodies {
        // The glossary is en → zh-CN: other pairs go without it, or Google would refuse them.
        if body["targetLanguageCode"] == "zh-CN" {
            assert_eq!(body["glossaryConfig"]["glossary"], GLOSSARY, "{body}");
        } else {
            assert!(body.get("glossaryConfig").is_none(), "{body}");
        }
    }
    let mut applied = 0;
    for r in ws.records_of(&files) {
        let source = r["source"]["text"].as_str().unwrap();
        let mut expected = source.to_string();
        for (from, to) in GLOSSARY_ENTRIES {
            expected = expected.replace(from, to);
        }
        if expected != source {
            applied += 1;
        }
        assert_eq!(
            r["targets"]["zh"]["text"].as_str().unwrap(),
            format!("<zh-CN> {expected}")
        );
        assert_eq!(
            r["targets"]["vi"]["text"].as_str().unwrap(),
            format!("<vi> {source}")
        );
    }
    assert!(applied > 0, "no segment mentions a glossary term");

    // `providers --check` reads the glossary and shows the pairs it covers.
    let run = ws.run(
        &["providers", "--check", "google"],
        &[("GOOGLE_ACCESS_TOKEN", TOKEN)],
    );
    run.assert_code(0);
    assert!(run.stdout.contains("en→zh +terms"), "{}", run.stdout);
    assert!(!run.stdout.contains("en→vi +terms"), "{}", run.stdout);
    assert!(run.stdout.contains("glossary projects/"), "{}", run.stdout);

    // A glossary that does not exist stops the run as a configuration error.
    let ws = workspace(
        &google,
        &format!(
            "{}glossary = \"projects/{PROJECT}/locations/us-central1/glossaries/nope\"\n",
            v3()
        ),
    );
    let run = translate(
        &ws,
        &["--to", "zh"],
        &files[..1],
        &[("GOOGLE_ACCESS_TOKEN", TOKEN)],
    );
    run.assert_code(2);
    assert!(run.stderr.contains("not found"), "{}", run.stderr);
}
