//! Self-test of the fake DeepL and OpenAI servers in `tests/common`, over real HTTP.

use std::time::{Duration, Instant};

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::fake_openai::{FakeOpenAi, OpenAiFault};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("JSON body")
    }
}

/// POSTs `body` with the given headers from a throwaway tokio runtime.
fn post(url: &str, headers: &[(&str, &str)], body: &Value) -> Result<Reply, reqwest::Error> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let mut req = reqwest::Client::new().post(url).json(body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = req.send().await?;
        let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
        let body = resp.text().await?;
        Ok(Reply {
            status,
            headers,
            body,
        })
    })
}

const DEEPL_OK: &[(&str, &str)] = &[
    ("authorization", "DeepL-Auth-Key k-123:fx"),
    ("user-agent", "bitext-test/0.1"),
];

fn deepl_body(texts: &[&str]) -> Value {
    json!({ "text": texts, "target_lang": "ZH-HANS", "show_billed_characters": true })
}

#[test]
fn deepl_translates_and_checks_auth() {
    let fake = FakeDeepl::start("k-123:fx");
    let url = format!("{}/v2/translate", fake.url());

    let r = post(&url, DEEPL_OK, &deepl_body(&["Hello", "Xin chào"])).unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    let t = &r.json()["translations"];
    assert_eq!(t[0]["text"], "<ZH-HANS> Hello");
    assert_eq!(t[0]["detected_source_language"], "EN");
    assert_eq!(t[1]["billed_characters"], 8);
    assert_eq!(fake.billed_chars(), 13);
    assert_eq!(fake.texts(), ["Hello", "Xin chào"]);
    assert_eq!(fake.last_body()["target_lang"], "ZH-HANS");
    let auth = ("authorization".into(), "DeepL-Auth-Key k-123:fx".into());
    assert!(fake.headers_seen()[0].contains(&auth));

    // No billed_characters unless asked for; source_lang is echoed as detected.
    let body = json!({ "text": ["Hi"], "target_lang": "vi", "source_lang": "EN" });
    let t = post(&url, DEEPL_OK, &body).unwrap().json()["translations"][0].clone();
    assert_eq!(
        t,
        json!({ "detected_source_language": "EN", "text": "<VI> Hi" })
    );

    let bad_key = [("authorization", "DeepL-Auth-Key nope"), DEEPL_OK[1]];
    let r = post(&url, &bad_key, &deepl_body(&["Hello"])).unwrap();
    assert_eq!((r.status, r.body.as_str()), (403, ""));

    let r = post(&url, &DEEPL_OK[..1], &deepl_body(&["Hello"])).unwrap();
    assert_eq!(r.status, 400, "missing User-Agent");

    let r = post(&url, DEEPL_OK, &deepl_body(&["x"; 51])).unwrap();
    assert_eq!(r.status, 400);
    assert!(r.json()["message"].is_string());

    let body = json!({ "text": ["Hi"], "target_lang": "DE" });
    let r = post(&url, DEEPL_OK, &body).unwrap();
    assert_eq!(
        r.json()["message"],
        "Value for 'target_lang' not supported."
    );

    assert_eq!(
        (fake.translate_requests(), fake.successful_requests()),
        (6, 2)
    );
}

#[test]
fn deepl_faults() {
    let fake = FakeDeepl::start("k-123:fx");
    let url = format!("{}/v2/translate", fake.url());
    fake.push_fault(DeeplFault::TooMany {
        retry_after_secs: Some(3),
    });
    fake.push_fault(DeeplFault::FewerItems);
    fake.push_fault(DeeplFault::DropConnection);
    fake.push_fault(DeeplFault::QuotaExceeded);

    let r = post(&url, DEEPL_OK, &deepl_body(&["a", "b"])).unwrap();
    assert_eq!((r.status, r.body.as_str()), (429, ""));
    assert_eq!(r.headers["retry-after"], "3");

    let r = post(&url, DEEPL_OK, &deepl_body(&["a", "b"])).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["translations"].as_array().unwrap().len(), 1);

    let err = post(&url, DEEPL_OK, &deepl_body(&["a"])).expect_err("dropped");
    assert!(err.is_request(), "{err:?}");
    assert!(format!("{err:?}").contains("IncompleteMessage"), "{err:?}");

    let r = post(&url, DEEPL_OK, &deepl_body(&["a"])).unwrap();
    assert_eq!(r.status, 456);
    assert_eq!(
        r.json()["message"],
        "Quota for this billing period has been exceeded."
    );

    // Queue empty: back to normal.
    let r = post(&url, DEEPL_OK, &deepl_body(&["a"])).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(
        (fake.translate_requests(), fake.successful_requests()),
        (5, 1)
    );
    assert_eq!(fake.texts(), ["a"]);
}

#[test]
fn delayed_answer_times_out_and_server_stops_on_drop() {
    let fake = FakeDeepl::start("k");
    let url = format!("{}/v2/translate", fake.url());
    fake.push_fault(DeeplFault::Delay(Duration::from_secs(5)));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let request = reqwest::Client::new()
        .post(&url)
        .header("authorization", "DeepL-Auth-Key k")
        .header("user-agent", "t")
        .json(&deepl_body(&["a"]))
        .timeout(Duration::from_millis(200));
    let err = rt.block_on(async { request.send().await }).unwrap_err();
    assert!(err.is_timeout(), "{err:?}");

    let started = Instant::now();
    drop(fake);
    assert!(started.elapsed() < Duration::from_secs(2), "drop hung");
    assert!(post(&url, DEEPL_OK, &deepl_body(&["a"]))
        .unwrap_err()
        .is_connect());
}

const OPENAI_OK: &[(&str, &str)] = &[("authorization", "Bearer sk-test-0123456789")];

fn chat_body(segments: Value) -> Value {
    let doc = json!({
        "source_lang": "en",
        "target_lang": "vi",
        "segments": segments,
        "terms": [{ "source": "Hanoi", "target": "Hà Nội" }],
    });
    let item = json!({
        "type": "object",
        "properties": { "id": { "type": "string" }, "text": { "type": "string" } },
        "required": ["id", "text"],
        "additionalProperties": false,
    });
    json!({
        "model": "gpt-test",
        "messages": [
            { "role": "system", "content": "Translate each segment." },
            { "role": "user", "content": doc.to_string() },
        ],
        "response_format": { "type": "json_schema", "json_schema": {
            "name": "translations",
            "strict": true,
            "schema": {
                "type": "object",
                "properties": { "translations": { "type": "array", "items": item } },
                "required": ["translations"],
                "additionalProperties": false,
            },
        }},
    })
}

fn two_segments() -> Value {
    json!([{ "id": "s1", "text": "Hanoi is big." }, { "id": "s2", "text": "Hi" }])
}

/// The model's answer, parsed from the message content string.
fn content(r: &Reply) -> Value {
    let content = r.json()["choices"][0]["message"]["content"].clone();
    serde_json::from_str(content.as_str().expect("string content")).expect("JSON content")
}

#[test]
fn openai_translates_and_checks_auth() {
    let fake = FakeOpenAi::start("sk-test-0123456789");
    let url = format!("{}/v1/chat/completions", fake.url());

    let r = post(&url, OPENAI_OK, &chat_body(two_segments())).unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["object"], "chat.completion");
    assert_eq!(v["model"], "gpt-test");
    assert_eq!(v["choices"][0]["finish_reason"], "stop");
    assert!(v["usage"]["total_tokens"].as_u64().unwrap() > 0);
    let expected = json!({ "translations": [
        { "id": "s1", "text": "<vi> Hà Nội is big." },
        { "id": "s2", "text": "<vi> Hi" },
    ]});
    assert_eq!(content(&r), expected);
    assert_eq!((fake.segments_seen(), fake.successful_requests()), (2, 1));
    assert_eq!(fake.last_body()["model"], "gpt-test");

    let r = post(
        &url,
        &[("authorization", "Bearer sk-wrong-key-42")],
        &chat_body(two_segments()),
    );
    let r = r.unwrap();
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"]["code"], "invalid_api_key");
    assert!(!r.body.contains("sk-wrong-key-42"), "key must be masked");

    let mut lax = chat_body(two_segments());
    lax["response_format"]["json_schema"]["schema"]["properties"]["translations"]["items"]
        .as_object_mut()
        .unwrap()
        .remove("additionalProperties");
    let r = post(&url, OPENAI_OK, &lax).unwrap();
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["type"], "invalid_request_error");
    assert_eq!(
        (fake.translate_requests(), fake.successful_requests()),
        (3, 1)
    );
}

#[test]
fn openai_faults() {
    let fake = FakeOpenAi::start("sk-test-0123456789");
    let url = format!("{}/v1/chat/completions", fake.url());
    fake.push_fault(OpenAiFault::RateLimited {
        retry_after_ms: Some(150),
    });
    fake.push_fault(OpenAiFault::MissingId);
    fake.push_fault(OpenAiFault::Refusal);
    fake.push_fault(OpenAiFault::InsufficientQuota);

    let r = post(&url, OPENAI_OK, &chat_body(two_segments())).unwrap();
    assert_eq!(r.status, 429);
    assert_eq!(r.headers["retry-after-ms"], "150");
    assert_eq!(r.headers["x-ratelimit-reset-requests"], "20ms");
    assert_eq!(r.json()["error"]["code"], "rate_limit_exceeded");

    let r = post(&url, OPENAI_OK, &chat_body(two_segments())).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(
        content(&r)["translations"],
        json!([{ "id": "s1", "text": "<vi> Hà Nội is big." }])
    );

    let r = post(&url, OPENAI_OK, &chat_body(two_segments())).unwrap();
    let message = &r.json()["choices"][0]["message"];
    assert_eq!(
        (&message["content"], &message["refusal"]),
        (&Value::Null, &json!("I can't help with that."))
    );

    let r = post(&url, OPENAI_OK, &chat_body(two_segments())).unwrap();
    assert_eq!(r.status, 429);
    assert_eq!(r.json()["error"]["type"], "insufficient_quota");

    assert_eq!(
        (
            fake.translate_requests(),
            fake.successful_requests(),
            fake.segments_seen()
        ),
        (4, 0, 8)
    );
}
