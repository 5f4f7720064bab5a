//! Fake OpenAI-compatible `POST /v1/chat/completions` speaking bitext's segment-batch protocol.

use std::collections::VecDeque;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{lock, Fake, Recorder, Records, Shared};

/// One injected failure; each chat request consumes the oldest queued fault. The first three
/// apply before any validation, auth included; the content faults
/// corrupt the answer to an otherwise valid request.
#[derive(Debug, Clone)]
pub enum OpenAiFault {
    /// 429 `rate_limit_exceeded`, `x-ratelimit-reset-requests: 20ms`, `retry-after-ms` if given.
    RateLimited { retry_after_ms: Option<u64> },
    /// 429 `insufficient_quota` (must not be retried).
    InsufficientQuota,
    /// That status with a `server_error` body.
    Server(u16),
    /// 200 whose message content is not JSON.
    MalformedContent,
    /// The last segment's translation is missing.
    MissingId,
    /// The first id appears again (other text) instead of the last one (in addition, if only one).
    DuplicateId,
    /// An extra translation with an id that was not sent.
    ExtraId,
    /// `finish_reason: "length"`, content cut in half.
    Truncated,
    /// `content: null`, `refusal: "I can't help with that."`.
    Refusal,
    /// Answers normally but ignores the `terms` (as a careless model would).
    IgnoreTerms,
}

#[derive(Default)]
pub struct OpenAiState {
    rec: Recorder,
    expected_key: String,
    faults: VecDeque<OpenAiFault>,
    segments_seen: usize,
    /// The `context` of every well-formed request, in order.
    contexts: Vec<Option<String>>,
}

impl Records for OpenAiState {
    fn recorder(&self) -> &Recorder {
        &self.rec
    }
}

/// A fake OpenAI-compatible server; stops when dropped. Its translate requests are the chat
/// requests; its successful ones those answered with a correct, complete translation.
pub type FakeOpenAi = Fake<OpenAiState>;

impl FakeOpenAi {
    /// Starts a server that accepts `Authorization: Bearer <expected_key>`.
    pub fn start(expected_key: &str) -> Self {
        let state = OpenAiState {
            expected_key: expected_key.to_owned(),
            ..OpenAiState::default()
        };
        let router = Router::new()
            .route("/v1/chat/completions", post(chat))
            .route("/v1/models", get(models));
        Fake::serve(state, router)
    }

    pub fn push_fault(&self, fault: OpenAiFault) {
        self.lock().faults.push_back(fault);
    }

    /// Segments in all valid requests (faulted ones included).
    pub fn segments_seen(&self) -> usize {
        self.lock().segments_seen
    }

    /// The `context` of every well-formed request, in order.
    pub fn contexts(&self) -> Vec<Option<String>> {
        self.lock().contexts.clone()
    }
}

struct Job {
    model: String,
    target_lang: String,
    segments: Vec<(Value, String)>,
    terms: Vec<(String, String)>,
    prompt_chars: usize,
    /// The paragraphs around the segments, read and not translated.
    context: Option<String>,
}

async fn chat(
    State(state): State<Shared<OpenAiState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (n, fault, checked) = {
        let mut s = lock(&state);
        let n = s.rec.receive(&headers, None, &body);
        if let Some(hostile) = s.rec.hostile_reply() {
            return hostile;
        }
        let checked = check(&s.expected_key, &headers, &body);
        if let Ok(job) = &checked {
            s.segments_seen += job.segments.len();
            s.contexts.push(job.context.clone());
        }
        (n, s.faults.pop_front(), checked)
    };
    match fault {
        Some(OpenAiFault::RateLimited { retry_after_ms }) => {
            let msg = "Rate limit reached for requests";
            let code = Some("rate_limit_exceeded");
            let mut resp =
                error(StatusCode::TOO_MANY_REQUESTS, msg, "requests", code).into_response();
            let h = resp.headers_mut();
            h.insert(
                "x-ratelimit-reset-requests",
                HeaderValue::from_static("20ms"),
            );
            if let Some(ms) = retry_after_ms {
                h.insert("retry-after-ms", ms.into());
            }
            return resp;
        }
        Some(OpenAiFault::InsufficientQuota) => {
            let msg =
                "You exceeded your current quota, please check your plan and billing details.";
            let kind = "insufficient_quota";
            return error(StatusCode::TOO_MANY_REQUESTS, msg, kind, Some(kind)).into_response();
        }
        Some(OpenAiFault::Server(code)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let msg = "The server had an error while processing your request. Sorry about that!";
            return error(status, msg, "server_error", None).into_response();
        }
        _ => {}
    }
    let job = match checked {
        Ok(job) => job,
        Err(rejection) => return rejection.into_response(),
    };
    let mut translations: Vec<Value> = job
        .segments
        .iter()
        .map(|(id, text)| {
            let body = if matches!(fault, Some(OpenAiFault::IgnoreTerms)) {
                text.clone()
            } else {
                apply_terms(text, &job.terms)
            };
            let text = format!("<{}> {}", job.target_lang, body);
            json!({ "id": id, "text": text })
        })
        .collect();
    let (mut finish, mut refusal) = ("stop", Value::Null);
    match &fault {
        Some(OpenAiFault::MissingId) => {
            translations.pop();
        }
        Some(OpenAiFault::DuplicateId) => {
            let dup = json!({ "id": job.segments[0].0, "text": "<duplicate> again" });
            match translations.len() {
                0 | 1 => translations.push(dup),
                len => translations[len - 1] = dup,
            }
        }
        Some(OpenAiFault::ExtraId) => {
            let id = match job.segments[0].0 {
                Value::String(_) => json!("never-sent"),
                _ => json!(999_999),
            };
            translations.push(json!({ "id": id, "text": "<extra> text" }));
        }
        Some(OpenAiFault::Truncated) => finish = "length",
        Some(OpenAiFault::Refusal) => refusal = json!("I can't help with that."),
        _ => {}
    }
    let mut content = json!({ "translations": translations }).to_string();
    match &fault {
        Some(OpenAiFault::MalformedContent) => {
            content = format!("Sure! Here are the translations: {content}");
        }
        Some(OpenAiFault::Truncated) => {
            content = content.chars().take(content.chars().count() / 2).collect();
        }
        None => {
            lock(&state).rec.answered(&[], 0);
        }
        _ => {}
    }
    let completion_tokens = content.chars().count().div_ceil(4);
    let content = if refusal.is_null() {
        json!(content)
    } else {
        Value::Null
    };
    let prompt_tokens = job.prompt_chars.div_ceil(4);
    let created = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let body = json!({
        "id": format!("chatcmpl-fake{n}"),
        "object": "chat.completion",
        "created": created,
        "model": job.model,
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": content, "refusal": refusal },
            "finish_reason": finish,
            "logprobs": null,
        }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    });
    ([("x-request-id", format!("req_fake{n}"))], Json(body)).into_response()
}

/// Replaces every occurrence of a term's source (longest match first, left to right).
fn apply_terms(text: &str, terms: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let hit = terms
            .iter()
            .filter(|(src, _)| !src.is_empty() && rest.starts_with(src.as_str()))
            .max_by_key(|(src, _)| src.len());
        match hit {
            Some((src, dst)) => {
                out.push_str(dst);
                rest = &rest[src.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

fn check(expected_key: &str, headers: &HeaderMap, body: &[u8]) -> Result<Job, ApiError> {
    let Some(auth) = headers.get(header::AUTHORIZATION) else {
        let msg = "You didn't provide an API key. You need to provide your API key in an \
                   Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
        return Err(error(
            StatusCode::UNAUTHORIZED,
            msg,
            "invalid_request_error",
            None,
        ));
    };
    let auth = String::from_utf8_lossy(auth.as_bytes());
    if auth != format!("Bearer {expected_key}") {
        let given = auth.strip_prefix("Bearer ").unwrap_or(&auth);
        let msg = format!(
            "Incorrect API key provided: {}. You can find your API key at \
             https://platform.openai.com/account/api-keys.",
            mask(given)
        );
        let code = Some("invalid_api_key");
        return Err(error(
            StatusCode::UNAUTHORIZED,
            &msg,
            "invalid_request_error",
            code,
        ));
    }
    let body: Value = serde_json::from_slice(body)
        .map_err(|_| bad_request("We could not parse the JSON body of your request."))?;
    let model = body["model"]
        .as_str()
        .filter(|m| !m.is_empty())
        .ok_or_else(|| bad_request("you must provide a model parameter"))?;
    if body["stream"] == json!(true) {
        return Err(bad_request("stream=true is not supported by this fake"));
    }
    check_response_format(&body["response_format"]).map_err(|m| bad_request(&m))?;

    let messages = body["messages"]
        .as_array()
        .ok_or_else(|| bad_request("'messages' must be an array"))?;
    let mut prompt_chars = 0;
    for m in messages {
        let role = m["role"].as_str().unwrap_or_default();
        if !["system", "developer", "user", "assistant"].contains(&role) {
            return Err(bad_request("each message needs a valid 'role'"));
        }
        let content = m["content"]
            .as_str()
            .ok_or_else(|| bad_request("each message needs a string 'content'"))?;
        prompt_chars += content.chars().count();
    }
    let roles: Vec<_> = messages.iter().map(|m| m["role"].as_str()).collect();
    if messages.len() < 2 || roles[0] != Some("system") || roles.last() != Some(&Some("user")) {
        return Err(bad_request(
            "expected a system message first and a user message last",
        ));
    }
    let user = messages[messages.len() - 1]["content"]
        .as_str()
        .unwrap_or_default();
    let doc: Value = serde_json::from_str(user)
        .map_err(|_| bad_request("user message content must be one JSON document"))?;

    let lang = |key: &str| {
        doc[key]
            .as_str()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| bad_request(&format!("user document needs a string '{key}'")))
    };
    lang("source_lang")?;
    let target_lang = lang("target_lang")?;
    let segments = doc["segments"]
        .as_array()
        .filter(|s| !s.is_empty())
        .and_then(|s| {
            s.iter()
                .map(|seg| {
                    let id = &seg["id"];
                    let id_ok = id.is_string() || id.is_u64() || id.is_i64();
                    Some((id.clone(), seg["text"].as_str()?.to_owned())).filter(|_| id_ok)
                })
                .collect::<Option<Vec<_>>>()
        })
        .ok_or_else(|| bad_request("'segments' must be a non-empty array of {id, text}"))?;
    let terms = doc["terms"]
        .as_array()
        .and_then(|t| {
            t.iter()
                .map(|t| {
                    Some((
                        t["source"].as_str()?.to_owned(),
                        t["target"].as_str()?.to_owned(),
                    ))
                })
                .collect::<Option<Vec<_>>>()
        })
        .ok_or_else(|| bad_request("'terms' must be an array of {source, target}"))?;
    let context = match &doc["context"] {
        Value::Null => None,
        Value::String(c) => Some(c.clone()),
        _ => return Err(bad_request("'context' must be a string")),
    };
    Ok(Job {
        model: model.to_owned(),
        target_lang,
        segments,
        terms,
        prompt_chars,
        context,
    })
}

/// `{"type":"json_schema","json_schema":{"name","strict":true,"schema"}}` with a strict schema.
fn check_response_format(rf: &Value) -> Result<(), String> {
    if rf["type"] != "json_schema" {
        return Err("response_format must have type 'json_schema'".into());
    }
    let js = &rf["json_schema"];
    let name = js["name"].as_str().unwrap_or_default();
    let name_ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !name_ok {
        return Err("response_format.json_schema.name must match ^[a-zA-Z0-9_-]{1,64}$".into());
    }
    if js["strict"] != true {
        return Err("response_format.json_schema.strict must be true".into());
    }
    if !js["schema"].is_object() {
        return Err("response_format.json_schema.schema must be an object".into());
    }
    strict_schema(&js["schema"], "()")
        .map_err(|e| format!("Invalid schema for response_format '{name}': In context={e}"))
}

/// Strict mode: every object lists all its properties in `required` and forbids extras.
fn strict_schema(s: &Value, ctx: &str) -> Result<(), String> {
    let Some(obj) = s.as_object() else {
        return Ok(());
    };
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        if obj.get("additionalProperties") != Some(&json!(false)) {
            return Err(format!(
                "{ctx}, 'additionalProperties' is required to be supplied and to be false."
            ));
        }
        let required: Vec<_> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(missing) = props.keys().find(|k| !required.contains(&k.as_str())) {
            return Err(format!(
                "{ctx}, 'required' is required to be supplied and to be an array including \
                 every key in properties. Missing '{missing}'."
            ));
        }
        for (k, v) in props {
            strict_schema(v, &format!("('properties', '{k}')"))?;
        }
    }
    for key in ["items", "anyOf", "$defs", "definitions"] {
        match obj.get(key) {
            Some(Value::Array(list)) => list.iter().try_for_each(|v| strict_schema(v, key))?,
            Some(Value::Object(m)) if key != "items" => {
                m.values().try_for_each(|v| strict_schema(v, key))?
            }
            Some(v) => strict_schema(v, key)?,
            None => {}
        }
    }
    Ok(())
}

/// Like OpenAI: `sk-abc***wxyz`.
fn mask(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}***{tail}")
}

/// `{"error":{"message","type","param":null,"code"}}` with a status.
struct ApiError {
    status: StatusCode,
    message: String,
    kind: &'static str,
    code: Option<&'static str>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let error = json!({
            "message": self.message, "type": self.kind, "param": null, "code": self.code,
        });
        (self.status, Json(json!({ "error": error }))).into_response()
    }
}

fn error(
    status: StatusCode,
    message: &str,
    kind: &'static str,
    code: Option<&'static str>,
) -> ApiError {
    let message = message.to_owned();
    ApiError {
        status,
        message,
        kind,
        code,
    }
}

fn bad_request(message: &str) -> ApiError {
    error(
        StatusCode::BAD_REQUEST,
        message,
        "invalid_request_error",
        None,
    )
}

/// `GET /v1/models`: the models the server offers.
async fn models(State(state): State<Shared<OpenAiState>>, headers: HeaderMap) -> Response {
    let expected = lock(&state).expected_key.clone();
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if auth != Some(format!("Bearer {expected}").as_str()) {
        let body = json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}});
        return (StatusCode::UNAUTHORIZED, Json(body)).into_response();
    }
    Json(json!({"object": "list", "data": [
        {"id": "test-model", "object": "model", "owned_by": "fake"},
        {"id": "other-model", "object": "model", "owned_by": "fake"}
    ]}))
    .into_response()
}
