//! Fake Microsoft Translator v3 (`POST /translate?api-version=3.0`, `GET /languages`) with a
//! FIFO queue of injected faults. Translation is `<to> text`, with each dynamic-dictionary
//! element replaced by its `translation` attribute, as the real service renders it.

use std::collections::VecDeque;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{drop_connection, lock, lose_placeholders, Fake, Recorder, Records, Shared};

const MAX_ELEMENTS: usize = 1000;
const MAX_CHARS: usize = 50_000;
const LANGS: &[&str] = &["en", "vi", "zh-Hans", "zh-Hant"];

/// One injected failure; each `/translate` request consumes the oldest queued fault. Faults
/// apply before any validation, except `FewerItems` and `DropPlaceholders`, which need a valid
/// request, and `Delay`, after which the request is handled normally.
#[derive(Debug, Clone)]
pub enum MicrosoftFault {
    /// 429001, plus `Retry-After` when given.
    TooMany { retry_after_secs: Option<u64> },
    /// That status with code `<status>000`.
    Server(u16),
    /// 408001: the request timed out on the service's side.
    RequestTimeout,
    /// 403001: the free quota is used up.
    QuotaExceeded,
    /// 200 with a truncated JSON body.
    MalformedBody,
    /// 200 with one item fewer than texts sent.
    FewerItems,
    /// Answers normally but loses every `[[…]]` placeholder (Microsoft does not document
    /// that it keeps them).
    DropPlaceholders,
    /// Sleeps, then answers normally.
    Delay(Duration),
    /// Closes the connection without any response.
    DropConnection,
}

#[derive(Default)]
pub struct MicrosoftState {
    rec: Recorder,
    expected_key: String,
    expected_region: Option<String>,
    faults: VecDeque<MicrosoftFault>,
}

impl Records for MicrosoftState {
    fn recorder(&self) -> &Recorder {
        &self.rec
    }
}

/// A fake Microsoft Translator; stops when dropped. Its `texts` are as sent (dictionary markup
/// included); its billed characters are those of `X-Metered-Usage`.
pub type FakeMicrosoft = Fake<MicrosoftState>;

impl FakeMicrosoft {
    /// Accepts `Ocp-Apim-Subscription-Key: <expected_key>`; no region required.
    pub fn start(expected_key: &str) -> Self {
        Self::start_with_region(expected_key, None)
    }

    /// Also requires `Ocp-Apim-Subscription-Region: <region>` when given.
    pub fn start_with_region(expected_key: &str, region: Option<&str>) -> Self {
        let state = MicrosoftState {
            expected_key: expected_key.to_owned(),
            expected_region: region.map(str::to_owned),
            ..MicrosoftState::default()
        };
        let router = Router::new()
            .route("/translate", post(translate))
            .route("/languages", get(languages));
        Fake::serve(state, router)
    }

    pub fn push_fault(&self, fault: MicrosoftFault) {
        self.lock().faults.push_back(fault);
    }
}

/// The service's error body: `{"error":{"code":NNNNNN,"message":".."}}`, status = code / 1000.
fn error(code: u32, message: &str) -> Response {
    let status = StatusCode::from_u16((code / 1000) as u16).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        Json(json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
}

struct Job {
    texts: Vec<String>,
    to: Vec<String>,
}

/// What the service bills for a request: its characters once per target language.
fn billed(job: &Job) -> usize {
    job.texts.iter().map(|t| t.chars().count()).sum::<usize>() * job.to.len()
}

fn query_values(query: &str, name: &str) -> Vec<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .collect()
}

/// An error answer before it becomes a response (a `Response` is too large for a `Result`).
struct ApiError(u32, String);

fn reject(code: u32, message: &str) -> ApiError {
    ApiError(code, message.to_owned())
}

fn check(
    s: &MicrosoftState,
    headers: &HeaderMap,
    query: &str,
    body: &[u8],
) -> Result<Job, ApiError> {
    let key = headers
        .get("ocp-apim-subscription-key")
        .map(|v| v.as_bytes());
    if key != Some(s.expected_key.as_bytes()) {
        return Err(reject(
            401_000,
            "The request is not authorized because credentials are missing or invalid.",
        ));
    }
    if let Some(region) = &s.expected_region {
        let sent = headers
            .get("ocp-apim-subscription-region")
            .map(|v| v.as_bytes());
        if sent != Some(region.as_bytes()) {
            return Err(reject(
                401_000,
                "The request is not authorized because credentials are missing or invalid.",
            ));
        }
    }
    if query_values(query, "api-version") != ["3.0"] {
        return Err(reject(
            400_021,
            "The API version parameter is missing or invalid.",
        ));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.starts_with("application/json") {
        return Err(reject(
            415_000,
            "The Content-Type header is missing or invalid.",
        ));
    }
    let from = query_values(query, "from");
    if from.len() > 1 || from.iter().any(|f| !LANGS.contains(&f.as_str())) {
        return Err(reject(
            400_035,
            "The source language (\"From\" field) is not valid.",
        ));
    }
    let to = query_values(query, "to");
    if to.is_empty() || to.iter().any(|t| !LANGS.contains(&t.as_str())) {
        return Err(reject(
            400_036,
            "The target language (\"To\" field) is missing or invalid.",
        ));
    }
    let body: Value = serde_json::from_slice(body)
        .map_err(|_| reject(400_074, "The body of the request is not valid JSON."))?;
    let Some(items) = body.as_array() else {
        return Err(reject(
            400_074,
            "The body of the request is not valid JSON.",
        ));
    };
    if items.is_empty() {
        return Err(reject(400_000, "One of the request inputs is not valid."));
    }
    if items.len() > MAX_ELEMENTS {
        return Err(reject(
            400_077,
            "The maximum number of array elements has been exceeded.",
        ));
    }
    let texts = items
        .iter()
        .map(|i| i.get("Text").and_then(Value::as_str).map(str::to_owned))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| reject(400_000, "One of the request inputs is not valid."))?;
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum::<usize>() * to.len();
    if chars > MAX_CHARS {
        return Err(reject(400_050, "The input text is too long."));
    }
    let text_type = query_values(query, "textType");
    if text_type.len() > 1 || text_type.iter().any(|t| t != "plain" && t != "html") {
        return Err(reject(400_000, "One of the request inputs is not valid."));
    }
    let markup = texts.iter().any(|t| t.contains("<mstrans:dictionary"));
    if markup && from.is_empty() {
        return Err(reject(
            400_000,
            "The dynamic dictionary requires the from parameter.",
        ));
    }
    Ok(Job { texts, to })
}

/// Renders dynamic-dictionary elements as their `translation` attribute.
fn apply_dictionary(text: &str) -> String {
    const OPEN: &str = "<mstrans:dictionary translation=\"";
    const CLOSE: &str = "</mstrans:dictionary>";
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        let after = &rest[start + OPEN.len()..];
        let Some(quote) = after.find("\">") else {
            break;
        };
        let Some(end) = after[quote..].find(CLOSE) else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(&after[..quote]);
        rest = &after[quote + end + CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

async fn translate(
    State(state): State<Shared<MicrosoftState>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let query = query.unwrap_or_default();
    let (fault, checked) = {
        let mut s = lock(&state);
        s.rec.receive(&headers, Some(&query), &body);
        if let Some(hostile) = s.rec.hostile_reply() {
            return hostile;
        }
        let checked = check(&s, &headers, &query, &body);
        (s.faults.pop_front(), checked)
    };
    let delay = match fault {
        Some(MicrosoftFault::TooMany { retry_after_secs }) => {
            let mut resp = error(
                429_001,
                "The server rejected the request because the client has exceeded request limits.",
            );
            if let Some(secs) = retry_after_secs {
                resp.headers_mut().insert(header::RETRY_AFTER, secs.into());
            }
            return resp;
        }
        Some(MicrosoftFault::Server(code)) => {
            return error(u32::from(code) * 1000, "An unexpected error occurred.")
        }
        Some(MicrosoftFault::RequestTimeout) => {
            return error(408_001, "The request timed out. Please try again.")
        }
        Some(MicrosoftFault::QuotaExceeded) => return error(
            403_001,
            "The operation is not allowed because the subscription has exceeded its free quota.",
        ),
        Some(MicrosoftFault::MalformedBody) => {
            if let Ok(job) = &checked {
                lock(&state).rec.billed_unusable(billed(job));
            }
            return (
                [(header::CONTENT_TYPE, "application/json")],
                r#"[{"translations":[{"text":"#,
            )
                .into_response();
        }
        Some(MicrosoftFault::DropConnection) => return drop_connection(),
        Some(MicrosoftFault::Delay(d)) => Some(d),
        Some(MicrosoftFault::FewerItems) | Some(MicrosoftFault::DropPlaceholders) | None => None,
    };
    let job = match checked {
        Ok(job) => job,
        Err(ApiError(code, message)) => return error(code, &message),
    };
    let mut items: Vec<Value> = job
        .texts
        .iter()
        .map(|text| {
            let translations: Vec<Value> = job
                .to
                .iter()
                .map(|to| {
                    let text = match fault {
                        Some(MicrosoftFault::DropPlaceholders) => lose_placeholders(text),
                        _ => text.clone(),
                    };
                    json!({ "text": format!("<{to}> {}", apply_dictionary(&text)), "to": to })
                })
                .collect();
            json!({ "translations": translations })
        })
        .collect();
    let billed = billed(&job);
    if matches!(fault, Some(MicrosoftFault::FewerItems)) {
        items.pop();
        lock(&state).rec.billed_unusable(billed);
    } else {
        let mut s = lock(&state);
        s.rec.answered(&job.texts, billed);
    }
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    (
        [
            ("x-requestid", "fake-ms-request".to_owned()),
            ("x-mt-system", "Neural".to_owned()),
            ("x-metered-usage", billed.to_string()),
        ],
        Json(Value::Array(items)),
    )
        .into_response()
}

async fn languages(RawQuery(query): RawQuery) -> Response {
    let query = query.unwrap_or_default();
    if query_values(&query, "api-version") != ["3.0"] {
        return error(400_021, "The API version parameter is missing or invalid.");
    }
    let translation: serde_json::Map<String, Value> = LANGS
        .iter()
        .map(|code| {
            (
                (*code).to_owned(),
                json!({ "name": code, "nativeName": code, "dir": "ltr" }),
            )
        })
        .collect();
    Json(json!({ "translation": translation })).into_response()
}
