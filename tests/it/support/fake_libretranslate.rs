//! Fake LibreTranslate (`POST /translate` with a JSON body, `GET /languages`) with a FIFO queue
//! of injected faults. Translation is `<code> text` (`code` the internal one: en, vi, zh), so
//! placeholder tokens such as `[[T1]]` come back verbatim, as Argos models copy them.

use std::collections::VecDeque;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{drop_connection, lock, lose_placeholders, Fake, Recorder, Records, Shared};

/// One injected failure; each `/translate` request consumes the oldest queued fault. Faults
/// apply before any validation, except `FewerItems` and `DropPlaceholders`, which need a
/// valid request.
#[derive(Debug, Clone)]
pub enum LibreFault {
    /// 429 `{"error":"Slowdown: …"}`, without `Retry-After`, as the app sends it.
    SlowDown,
    /// That status with `{"error":".."}`.
    Server(u16),
    /// 200 with a truncated JSON body.
    MalformedBody,
    /// 200 with one translation fewer than texts sent.
    FewerItems,
    /// Answers normally but loses every `[[…]]` placeholder.
    DropPlaceholders,
    /// Closes the connection without any response.
    DropConnection,
}

#[derive(Default)]
pub struct LibreState {
    rec: Recorder,
    expected_key: Option<String>,
    faults: VecDeque<LibreFault>,
}

impl Records for LibreState {
    fn recorder(&self) -> &Recorder {
        &self.rec
    }
}

/// A fake LibreTranslate server; stops when dropped. Its `texts` are the `q` items of the
/// successful requests, billed by their characters.
pub type FakeLibre = Fake<LibreState>;

impl FakeLibre {
    /// `expected_key`: `Some` for an instance that requires `api_key` in the body.
    pub fn start(expected_key: Option<&str>) -> Self {
        let state = LibreState {
            expected_key: expected_key.map(str::to_owned),
            ..LibreState::default()
        };
        let router = Router::new()
            .route("/translate", post(translate))
            .route("/languages", get(languages));
        Fake::serve(state, router)
    }

    pub fn push_fault(&self, fault: LibreFault) {
        self.lock().faults.push_back(fault);
    }
}

fn error(status: u16, message: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(json!({ "error": message }))).into_response()
}

/// The internal model code for a language code the app accepts.
fn internal(code: &str) -> Option<&'static str> {
    match code {
        "en" => Some("en"),
        "vi" => Some("vi"),
        "zh" | "zh-Hans" => Some("zh"),
        "zt" | "zh-Hant" => Some("zt"),
        _ => None,
    }
}

struct Job {
    texts: Vec<String>,
    batch: bool,
    target: &'static str,
}

/// An error answer before it becomes a response (a `Response` is too large for a `Result`).
struct ApiError(u16, String);

fn reject(code: u16, message: &str) -> ApiError {
    ApiError(code, message.to_owned())
}

fn check(expected_key: Option<&str>, headers: &HeaderMap, body: &[u8]) -> Result<Job, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.starts_with("application/json") {
        return Err(reject(400, "Invalid request: expected a JSON body"));
    }
    let body: Value =
        serde_json::from_slice(body).map_err(|_| reject(400, "Invalid request: bad JSON"))?;
    if let Some(expected) = expected_key {
        match body.get("api_key").and_then(Value::as_str) {
            None | Some("") => {
                return Err(reject(
                    400,
                    "Visit https://portal.libretranslate.com to get an API key",
                ))
            }
            Some(key) if key != expected => return Err(reject(403, "Invalid API key")),
            Some(_) => {}
        }
    }
    let (texts, batch) = match body.get("q") {
        Some(Value::String(q)) => (vec![q.clone()], false),
        Some(Value::Array(items)) => (
            items
                .iter()
                .map(|t| t.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| reject(400, "Invalid request: missing q parameter"))?,
            true,
        ),
        _ => return Err(reject(400, "Invalid request: missing q parameter")),
    };
    let Some(source) = body.get("source").and_then(Value::as_str) else {
        return Err(reject(400, "Invalid request: missing source parameter"));
    };
    let Some(target) = body.get("target").and_then(Value::as_str) else {
        return Err(reject(400, "Invalid request: missing target parameter"));
    };
    if source != "auto" && internal(source).is_none() {
        return Err(reject(400, &format!("{source} is not supported")));
    }
    let Some(target) = internal(target) else {
        return Err(reject(400, &format!("{target} is not supported")));
    };
    match body.get("format").and_then(Value::as_str) {
        None | Some("text") | Some("html") => {}
        Some(other) => return Err(reject(400, &format!("{other} format is not supported"))),
    }
    Ok(Job {
        texts,
        batch,
        target,
    })
}

async fn translate(
    State(state): State<Shared<LibreState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (fault, checked) = {
        let mut s = lock(&state);
        s.rec.receive(&headers, None, &body);
        if let Some(hostile) = s.rec.hostile_reply() {
            return hostile;
        }
        let checked = check(s.expected_key.as_deref(), &headers, &body);
        (s.faults.pop_front(), checked)
    };
    match fault {
        Some(LibreFault::SlowDown) => return error(429, "Slowdown: 30 per 1 minute"),
        Some(LibreFault::Server(code)) => {
            return error(code, "Cannot translate text: internal error")
        }
        Some(LibreFault::MalformedBody) => {
            return (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"translatedText":["#,
            )
                .into_response()
        }
        Some(LibreFault::DropConnection) => return drop_connection(),
        Some(LibreFault::FewerItems) | Some(LibreFault::DropPlaceholders) | None => {}
    }
    let job = match checked {
        Ok(job) => job,
        Err(ApiError(code, message)) => return error(code, &message),
    };
    let mut translated: Vec<String> = job
        .texts
        .iter()
        .map(|text| {
            let text = if matches!(fault, Some(LibreFault::DropPlaceholders)) {
                lose_placeholders(text)
            } else {
                text.clone()
            };
            format!("<{}> {text}", job.target)
        })
        .collect();
    if matches!(fault, Some(LibreFault::FewerItems)) {
        translated.pop();
    } else {
        let mut s = lock(&state);
        s.rec.answered_texts(&job.texts);
    }
    if job.batch {
        Json(json!({ "translatedText": translated })).into_response()
    } else {
        let one = translated.into_iter().next().unwrap_or_default();
        Json(json!({ "translatedText": one })).into_response()
    }
}

async fn languages() -> Response {
    let all = ["en", "vi", "zh", "zt"];
    let list: Vec<Value> = all
        .iter()
        .map(|code| json!({ "code": code, "name": code, "targets": all }))
        .collect();
    Json(Value::Array(list)).into_response()
}
