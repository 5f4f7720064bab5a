//! Every provider against a server that misbehaves on purpose, in that API's own wire format:
//! one table of misbehaviours (absurd waits, an answer echoing the key, a huge or broken body,
//! answers that cannot be right, HTML pages with 200, control characters in errors) run against
//! the Google, Microsoft, LibreTranslate, OpenAI-compatible and DeepL fakes. Each case asserts
//! the exit code and the message; that neither the key nor a raw control character reached
//! stderr or a written file; that the bill counts what the provider was paid; and that nothing
//! bad was cached: a second run against the healthy server pays for the failed sentence again,
//! and only for it.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::fake_google::FakeGoogle;
use crate::support::fake_libretranslate::FakeLibre;
use crate::support::fake_microsoft::FakeMicrosoft;
use crate::support::fake_openai::FakeOpenAi;
use crate::support::workspace::{Config, Workspace};
use crate::support::{Fake, Hostile, Records};
use serde_json::json;

/// What the suite does with a fake, whichever API it speaks.
trait Server {
    fn url(&self) -> String;
    fn misbehave(&self, hostile: Hostile);
    fn calm(&self);
    fn requests(&self) -> usize;
}

impl<S: Records + Send + 'static> Server for Fake<S> {
    fn url(&self) -> String {
        Fake::url(self)
    }
    fn misbehave(&self, hostile: Hostile) {
        Fake::misbehave(self, hostile)
    }
    fn calm(&self) {
        Fake::calm(self)
    }
    fn requests(&self) -> usize {
        self.translate_requests()
    }
}

/// One API as the suite drives it.
struct Api {
    profile: &'static str,
    key_var: &'static str,
    key: &'static str,
    start: fn(&'static str) -> Box<dyn Server>,
    /// More lines for the profile's table.
    extra: &'static str,
    /// A successful answer whose translations are these JSON values, as the API writes one.
    answer: fn(&[serde_json::Value]) -> String,
    /// An error body carrying this message, in the API's error shape.
    error: fn(&str) -> String,
}

const APIS: &[Api] = &[
    Api {
        profile: "google",
        key_var: "GOOGLE_API_KEY",
        key: "AIzaHostileKey-51d0e7",
        start: |key| Box::new(FakeGoogle::start(key, "ya29.hostile-token")),
        extra: "",
        answer: |texts| {
            let t: Vec<_> = texts.iter().map(|t| json!({"translatedText": t})).collect();
            json!({"data": {"translations": t}}).to_string()
        },
        error: |m| {
            json!({"error": {"code": 400, "message": m, "status": "INVALID_ARGUMENT"}}).to_string()
        },
    },
    Api {
        profile: "microsoft",
        key_var: "MICROSOFT_TRANSLATOR_KEY",
        key: "ms-hostile-key-8f2a61c0",
        start: |key| Box::new(FakeMicrosoft::start(key)),
        extra: "",
        answer: |texts| {
            let t: Vec<_> = texts
                .iter()
                .map(|t| json!({"translations": [{"text": t, "to": "zh-Hans"}]}))
                .collect();
            json!(t).to_string()
        },
        error: |m| json!({"error": {"code": 400000, "message": m}}).to_string(),
    },
    Api {
        profile: "libretranslate",
        key_var: "LIBRETRANSLATE_API_KEY",
        key: "libre-hostile-key-03b9d4",
        start: |key| Box::new(FakeLibre::start(Some(key))),
        extra: "",
        answer: |texts| json!({"translatedText": texts}).to_string(),
        error: |m| json!({"error": m}).to_string(),
    },
    Api {
        profile: "llm",
        key_var: "LLM_KEY",
        key: "sk-hostile-key-5e6f7a8b",
        start: |key| Box::new(FakeOpenAi::start(key)),
        extra: "kind = \"openai\"\napi_key_env = \"LLM_KEY\"\nmodel = \"m\"",
        answer: |texts| {
            let t: Vec<_> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| json!({"id": format!("s{}", i + 1), "text": t}))
                .collect();
            let content = json!({ "translations": t }).to_string();
            json!({
                "id": "chatcmpl-hostile", "object": "chat.completion", "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            })
            .to_string()
        },
        error: |m| {
            json!({"error": {"message": m, "type": "invalid_request_error", "code": null}})
                .to_string()
        },
    },
    Api {
        profile: "deepl",
        key_var: "DEEPL_API_KEY",
        key: "deepl-hostile-key-c41d:fx",
        start: |key| Box::new(FakeDeepl::start(key)),
        extra: "",
        answer: |texts| {
            let t: Vec<_> = texts
                .iter()
                .map(|t| json!({"detected_source_language": "EN", "text": t}))
                .collect();
            json!({ "translations": t }).to_string()
        },
        error: |m| json!({ "message": m }).to_string(),
    },
];

/// Attempts of a request that keeps failing in a retryable way: `max_retries = 2`, plus one.
const ATTEMPTS: u64 = 3;

const ARTICLE: &str =
    "The delegation visited Hanoi on Monday. The talks ended in Da Nang on Friday.\n";

/// One misbehaviour, and what the run must say about it.
struct Case {
    name: &'static str,
    /// The misbehaviour, in the API's format.
    hostile: fn(&Api) -> Hostile,
    /// The message says one of these.
    said: &'static [&'static str],
    /// How many times the failed sentence is billed: a success status is paid whatever its
    /// body held, an error status is not.
    billed_attempts: u64,
}

fn reply(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Hostile {
    Hostile::Reply {
        status,
        headers: vec![("content-type", content_type.to_string())],
        body: body.into(),
    }
}

fn wait(header: &'static str, value: &str) -> Hostile {
    Hostile::Reply {
        status: 429,
        headers: vec![(header, value.to_string())],
        body: Vec::new(),
    }
}

fn answer(api: &Api, texts: &[serde_json::Value]) -> Hostile {
    reply(200, "application/json", (api.answer)(texts))
}

/// A raw OSC that retitles the window, a screen clear, a bell, a C1 CSI and a bidi override.
const CONTROLS: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}";

const WAITS: &[Case] = &[
    Case {
        name: "Retry-After: 1e30",
        hostile: |_| wait("retry-after", "1e30"),
        said: &["longer than the longest wait allowed"],
        billed_attempts: 0,
    },
    Case {
        name: "retry-after-ms: 1e300",
        hostile: |_| wait("retry-after-ms", "1e300"),
        said: &["longer than the longest wait allowed"],
        billed_attempts: 0,
    },
    Case {
        name: "x-ratelimit-reset-requests: 99999999999999999999h",
        hostile: |_| wait("x-ratelimit-reset-requests", "99999999999999999999h"),
        said: &["longer than the longest wait allowed"],
        billed_attempts: 0,
    },
    Case {
        name: "Retry-After above retry_max_ms",
        hostile: |_| wait("retry-after", "99999"),
        said: &["longer than the longest wait allowed (2000 ms"],
        billed_attempts: 0,
    },
];

const BROKEN_BODIES: &[Case] = &[
    Case {
        name: "a 200 echoing the request",
        hostile: |_| Hostile::Echo,
        said: &["malformed response"],
        billed_attempts: ATTEMPTS,
    },
    Case {
        name: "a huge body",
        hostile: |_| Hostile::Huge(8 << 20),
        said: &["larger than"],
        billed_attempts: ATTEMPTS,
    },
    Case {
        name: "invalid UTF-8",
        hostile: |api| {
            let body = (api.answer)(&[json!("caf")]).into_bytes();
            reply(200, "application/json", insert_invalid_byte(body, "caf"))
        },
        said: &["not valid UTF-8"],
        billed_attempts: ATTEMPTS,
    },
    Case {
        name: "an HTML error page with 200",
        hostile: |_| {
            let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
            reply(200, "text/html", page)
        },
        said: &["malformed response"],
        billed_attempts: ATTEMPTS,
    },
];

const WRONG_ANSWERS: &[Case] = &[
    Case {
        name: "an empty translation of a non-empty text",
        hostile: |api| answer(api, &[json!("")]),
        said: &["no usable answer"],
        billed_attempts: ATTEMPTS,
    },
    Case {
        name: "no translation for the text sent",
        hostile: |api| answer(api, &[]),
        said: &["sent 1 texts but received 0", "no usable answer"],
        billed_attempts: ATTEMPTS,
    },
    Case {
        name: "a lone surrogate",
        hostile: |api| {
            // serde_json writes no lone surrogate: the escape is put in by hand.
            let body = (api.answer)(&[json!("Hà Nội @@")]);
            let escape = if api.profile == "llm" {
                "\\\\ud800"
            } else {
                "\\ud800"
            };
            reply(200, "application/json", body.replace("@@", escape))
        },
        said: &["no usable answer"],
        billed_attempts: ATTEMPTS,
    },
];

const CONTROL_ERRORS: &[Case] = &[
    Case {
        name: "control characters in an API error",
        hostile: |api| {
            reply(
                400,
                "application/json",
                (api.error)(&format!("bad {CONTROLS} request")),
            )
        },
        said: &["request rejected"],
        billed_attempts: 0,
    },
    Case {
        name: "control characters in a proxy's error page",
        hostile: |_| reply(502, "text/plain", format!("upstream {CONTROLS} down")),
        said: &["server error"],
        billed_attempts: 0,
    },
];

/// The body with a byte that is never UTF-8 (a Latin-1 `é`) right after `after`.
fn insert_invalid_byte(mut body: Vec<u8>, after: &str) -> Vec<u8> {
    let at = body
        .windows(after.len())
        .position(|w| w == after.as_bytes())
        .expect("the marker is in the body")
        + after.len();
    body.insert(at, 0xE9);
    body
}

/// Where a raw control character a terminal acts on is in `bytes`: ESC or BEL, and with
/// `all` also the C1 CSI and the bidi override. The TSV and Markdown outputs and the terminal
/// hold none; JSON, XML and HTML may hold C1 and bidi characters as text (they are valid
/// there, and their readers do not act on them).
fn raw_control(bytes: &[u8], all: bool) -> Option<usize> {
    let c0 = bytes.iter().position(|&b| b == 0x1b || b == 0x07);
    if !all {
        return c0;
    }
    c0.or_else(|| bytes.windows(2).position(|w| w == [0xc2, 0x9b]))
        .or_else(|| bytes.windows(3).position(|w| w == "\u{202e}".as_bytes()))
}

fn workspace(api: &Api, url: &str) -> Workspace {
    let extra = format!(
        "batch_size = 1\nconcurrency = 1\ntimeout_secs = 5\n{}",
        api.extra
    );
    Config::new()
        .run("to", vec!["zh"])
        .run("provider", api.profile)
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 2000)
        .run("max_retries", 2)
        .provider(api.profile, url, &extra)
        .build()
}

/// Runs `case` against every API.
fn check(cases: &[Case]) {
    for api in APIS {
        for case in cases {
            check_one(api, case);
        }
    }
}

fn check_one(api: &Api, case: &Case) {
    let what = format!("{} / {}", api.profile, case.name);
    let server = (api.start)(api.key);
    let ws = workspace(api, &server.url());
    let file = ws.write("a.txt", ARTICLE);
    let file = file.to_string_lossy().into_owned();
    // The first sentence is answered; the misbehaviour hits the other one, every attempt.
    server.misbehave(Hostile::Pass);
    for _ in 0..ATTEMPTS {
        server.misbehave((case.hostile)(api));
    }
    let env = [(api.key_var, api.key)];
    let formats = "jsonl,tsv,tmx,xliff,md,html";
    let run = ws.run(&["translate", "--format", formats, &file], &env);
    run.assert_code(1);
    assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
    assert!(
        case.said.iter().any(|s| run.stderr.contains(s)),
        "{what}: expected one of {:?} in\n{}",
        case.said,
        run.stderr
    );

    // No key and no raw control character on the terminal or in any file.
    let secret = api.key.split(':').next().unwrap();
    for (name, bytes) in [
        ("stderr", run.stderr.as_bytes()),
        ("stdout", run.stdout.as_bytes()),
    ] {
        assert!(
            !String::from_utf8_lossy(bytes).contains(secret),
            "{what}: key in {name}"
        );
        assert_eq!(
            raw_control(bytes, true),
            None,
            "{what}: raw control in {name}: {:?}",
            run.stderr
        );
    }
    for path in crate::support::files_under(ws.path()) {
        let bytes = std::fs::read(&path).unwrap();
        let shown = path.display();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(secret),
            "{what}: {shown} holds the key"
        );
        if path.starts_with(ws.path().join("out")) {
            let text_output = path.extension().is_some_and(|e| e == "tsv" || e == "md");
            assert_eq!(
                raw_control(&bytes, text_output),
                None,
                "{what}: raw control in {shown}"
            );
        }
    }

    // One sentence failed, the other was translated; the bill counts every paid attempt.
    let rows = ws.jsonl("out/a.jsonl");
    let origins: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["targets"]["zh"]["origin"].as_str())
        .collect();
    assert_eq!(
        origins.iter().filter(|o| **o == "failed").count(),
        1,
        "{what}: {origins:?}"
    );
    assert_eq!(
        origins.iter().filter(|o| **o == "api").count(),
        1,
        "{what}: {origins:?}"
    );
    let chars = |origin: &str| -> u64 {
        rows.iter()
            .filter(|r| r["targets"]["zh"]["origin"] == origin)
            .map(|r| r["source"]["text"].as_str().unwrap().chars().count() as u64)
            .sum()
    };
    let summary = ws.json("out/summary.json");
    assert_eq!(
        summary["billed_characters"].as_u64(),
        Some(chars("api") + case.billed_attempts * chars("failed")),
        "{what}: {summary}"
    );

    // Nothing of it was cached: against the healthy server, only the failed one is sent.
    server.calm();
    let before = server.requests();
    let again = ws.run(&["translate", "--format", formats, &file], &env);
    again.assert_code(0);
    assert_eq!(server.requests() - before, 1, "{what}: {}", again.stderr);
    let rows = ws.jsonl("out/a.jsonl");
    let mut origins: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["targets"]["zh"]["origin"].as_str())
        .collect();
    origins.sort_unstable();
    assert_eq!(origins, ["api", "cache"], "{what}");
}

#[test]
fn a_wait_too_long_to_honour_stops_every_provider_with_a_message() {
    check(WAITS);
}

#[test]
fn a_body_that_cannot_be_read_is_a_paid_failure_with_no_key_in_it() {
    check(BROKEN_BODIES);
}

#[test]
fn an_answer_that_cannot_be_right_fails_that_text_is_paid_and_is_never_cached() {
    check(WRONG_ANSWERS);
}

#[test]
fn control_characters_in_errors_never_reach_the_terminal_or_a_file_raw() {
    check(CONTROL_ERRORS);
}

#[test]
fn an_echoed_key_is_in_no_batch_report_event_or_file() {
    for api in APIS {
        let server = (api.start)(api.key);
        for _ in 0..ATTEMPTS {
            server.misbehave(Hostile::Echo);
        }
        let ws = workspace(api, &server.url());
        ws.write("in/a.txt", "Đoàn đại biểu đã đến Hà Nội vào thứ Hai.\n");
        let run = ws.run(
            &["batch", "in", "--out", "out", "--json"],
            &[(api.key_var, api.key)],
        );
        run.assert_code(1);
        assert!(
            run.stdout.contains("malformed response"),
            "{}: {}",
            api.profile,
            run.stdout
        );
        let secret = api.key.split(':').next().unwrap();
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "{}",
            api.profile
        );
        let files = crate::support::files_under(ws.path());
        assert!(
            files.iter().any(|p| p.ends_with("out/report.json")),
            "{}",
            api.profile
        );
        for path in files {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            assert!(
                !text.contains(secret),
                "{}: {} holds the key",
                api.profile,
                path.display()
            );
        }
    }
}
