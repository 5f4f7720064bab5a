//! Fake Google Cloud Translation: v2 Basic (`POST /language/translate/v2?key=`) and v3
//! Advanced (`POST /v3/projects/P/locations/L:translateText` with a Bearer token, and
//! `GET /v3/projects/P/locations/L/glossaries/G`), with a FIFO queue of injected faults.
//!
//! The fake translation of `text` into `target` is `<{target}> {text}`, `target` being the
//! code as sent (`en`, `vi`, `zh-CN`). One glossary exists, [`GLOSSARY`] (en → zh-CN in
//! us-central1); requests that use it get `glossaryTranslations` with [`GLOSSARY_ENTRIES`]
//! applied, while `translations` stays without them, as Google does.
//!
//! HTML (`format: "html"`, `mimeType: "text/html"`) is answered as HTML, as Google answers
//! it: what is inside `<span translate="no">` (or `class="notranslate"`) stays as sent, and
//! outside it the fake's translation writes an apostrophe as `&#39;`, as Google does.

// Validation helpers return the finished error response; its size does not matter in a fake.
#![allow(clippy::result_large_err)]

use std::collections::VecDeque;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{drop_connection, lock, lose_placeholders, Fake, Recorder, Records, Shared};

pub const PROJECT: &str = "bitext-test";
pub const GLOSSARY: &str = "projects/bitext-test/locations/us-central1/glossaries/bitext-terms";
/// Source → target forms the glossary applies (en → zh-CN only).
pub const GLOSSARY_ENTRIES: &[(&str, &str)] = &[("Shanghai", "上海"), ("Beijing", "北京")];

const V2_MAX_TEXTS: usize = 128;
const V2_MAX_BODY: usize = 100 * 1024;
const V3_MAX_TEXTS: usize = 1024;
const V3_MAX_CODE_POINTS: usize = 30_000;
const LANGS: &[&str] = &["en", "vi", "zh", "zh-CN", "zh-TW"];

/// One injected failure; each translate request (v2 or v3) consumes the oldest queued fault.
/// Faults apply before any validation, except `FewerItems` and `DropPlaceholders`, which need
/// a valid request.
#[derive(Debug, Clone)]
pub enum GoogleFault {
    /// 429 `RESOURCE_EXHAUSTED` "Quota exceeded for quota metric ..." (v3's per-minute quota).
    TooMany,
    /// 403 with `errors[].reason = userRateLimitExceeded` (v2's per-user rate limit).
    UserRateLimit,
    /// 403 with `errors[].reason = dailyLimitExceeded`.
    DailyLimit,
    /// 403 `PERMISSION_DENIED`, as for a key or token without access.
    Forbidden,
    /// That status with an `INTERNAL` error body.
    Server(u16),
    /// 200 with a truncated JSON body.
    MalformedBody,
    /// 200 with one translation fewer than texts sent.
    FewerItems,
    /// Answers normally but loses every `[[…]]` placeholder (Google does not document that
    /// it keeps them).
    DropPlaceholders,
    /// Closes the connection without any response.
    DropConnection,
}

#[derive(Default)]
pub struct GoogleState {
    rec: Recorder,
    api_key: String,
    token: String,
    faults: VecDeque<GoogleFault>,
    glossary_requests: usize,
}

impl Records for GoogleState {
    fn recorder(&self) -> &Recorder {
        &self.rec
    }
}

type Handle = Shared<GoogleState>;

/// A fake Google Cloud Translation server; stops when dropped. Its translate requests are
/// those of v2 and v3; its billed characters the code points of the successful texts.
pub type FakeGoogle = Fake<GoogleState>;

impl FakeGoogle {
    /// Accepts `?key=<api_key>` on v2 and `Authorization: Bearer <token>` on v3.
    pub fn start(api_key: &str, token: &str) -> Self {
        let state = GoogleState {
            api_key: api_key.to_owned(),
            token: token.to_owned(),
            ..GoogleState::default()
        };
        let router = Router::new()
            .route("/language/translate/v2", post(translate_v2))
            .route("/language/translate/v2/languages", get(languages_v2))
            .route(
                "/v3/projects/{project}/locations/{location}/supportedLanguages",
                get(languages_v3),
            )
            .route(
                "/v3/projects/{project}/locations/{location}",
                post(translate_v3),
            )
            .route(
                "/v3/projects/{project}/locations/{location}/glossaries/{glossary}",
                get(get_glossary),
            );
        Fake::serve(state, router)
    }

    pub fn push_fault(&self, fault: GoogleFault) {
        self.lock().faults.push_back(fault);
    }

    /// `GET` requests for the glossary.
    pub fn glossary_requests(&self) -> usize {
        self.lock().glossary_requests
    }
}

/// A Google error body: `{"error":{"code","message","status","errors":[{reason,domain}]}}`.
fn error(code: u16, status: &str, reason: &str, message: &str) -> Response {
    let http = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = json!({"error": {
        "code": code,
        "message": message,
        "status": status,
        "errors": [{"message": message, "domain": "global", "reason": reason}],
    }});
    (http, Json(body)).into_response()
}

fn invalid(message: &str) -> Response {
    error(400, "INVALID_ARGUMENT", "badRequest", message)
}

/// Records the request and takes the next fault; `Some(response)` ends the request there.
fn begin(
    state: &Handle,
    headers: &HeaderMap,
    uri: &Uri,
    body: &[u8],
) -> (Option<Response>, Option<GoogleFault>) {
    let fault = {
        let mut s = lock(state);
        s.rec.receive(headers, uri.query(), body);
        if let Some(hostile) = s.rec.hostile_reply() {
            return (Some(hostile), None);
        }
        s.faults.pop_front()
    };
    let response = match &fault {
        Some(GoogleFault::TooMany) => Some(error(
            429,
            "RESOURCE_EXHAUSTED",
            "rateLimitExceeded",
            "Quota exceeded for quota metric 'v2 and v3 general model characters' and limit 'v2 and v3 general model characters per minute per project'",
        )),
        Some(GoogleFault::UserRateLimit) => {
            let body = json!({"error": {"code": 403, "message": "User Rate Limit Exceeded",
                "errors": [{"message": "User Rate Limit Exceeded", "domain": "usageLimits",
                    "reason": "userRateLimitExceeded"}]}});
            Some((StatusCode::FORBIDDEN, Json(body)).into_response())
        }
        Some(GoogleFault::DailyLimit) => {
            let body = json!({"error": {"code": 403, "message": "Daily Limit Exceeded",
                "errors": [{"message": "Daily Limit Exceeded", "domain": "usageLimits",
                    "reason": "dailyLimitExceeded"}]}});
            Some((StatusCode::FORBIDDEN, Json(body)).into_response())
        }
        Some(GoogleFault::Forbidden) => Some(error(
            403,
            "PERMISSION_DENIED",
            "forbidden",
            "The caller does not have permission",
        )),
        Some(GoogleFault::Server(code)) => {
            Some(error(*code, "INTERNAL", "backendError", "Internal error encountered."))
        }
        Some(GoogleFault::MalformedBody) => Some(
            (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"data":{"translations":[{"translatedText":"#,
            )
                .into_response(),
        ),
        Some(GoogleFault::DropConnection) => Some(drop_connection()),
        _ => None,
    };
    (response, fault)
}

/// Whatever the parsed body holds, the successful answer is recorded and possibly cut short.
fn finish(state: &Handle, texts: &[String], fault: &Option<GoogleFault>, answers: &mut Vec<Value>) {
    if matches!(fault, Some(GoogleFault::FewerItems)) {
        answers.pop();
        return;
    }
    lock(state).rec.answered_texts(texts);
}

/// Checks that the body is a JSON object with only `allowed` fields, as Google does.
fn object(body: &[u8], allowed: &[&str]) -> Result<serde_json::Map<String, Value>, Response> {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return Err(invalid("Invalid JSON payload received."));
    };
    if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(invalid(&format!(
            "Invalid JSON payload received. Unknown name \"{unknown}\": Cannot find field."
        )));
    }
    Ok(map)
}

fn lang(map: &serde_json::Map<String, Value>, field: &str) -> Result<Option<String>, Response> {
    match map.get(field) {
        None => Ok(None),
        Some(Value::String(code)) if LANGS.contains(&code.as_str()) => Ok(Some(code.clone())),
        Some(_) => Err(invalid(&format!("Invalid Value for {field}"))),
    }
}

/// The fake translation of `text` into `target`, as HTML when `html`: the do-not-translate
/// spans kept as they are, the rest with Google's `&#39;`.
fn translated(text: &str, target: &str, html: bool) -> String {
    if !html {
        return format!("<{target}> {text}");
    }
    const KEEP: [&str; 2] = ["<span translate=\"no\">", "<span class=\"notranslate\">"];
    let mut out = format!("&lt;{target}&gt; ");
    let mut rest = text;
    while let Some(at) = KEEP.iter().filter_map(|k| rest.find(k)).min() {
        out.push_str(&rest[..at].replace('\'', "&#39;"));
        let inner = &rest[at..];
        let end = inner
            .find("</span>")
            .map_or(inner.len(), |e| e + "</span>".len());
        out.push_str(&inner[..end]);
        rest = &inner[end..];
    }
    out.push_str(&rest.replace('\'', "&#39;"));
    out
}

/// The text the fake translates: as sent, or without its placeholders under that fault.
fn answerable(text: &str, fault: &Option<GoogleFault>) -> String {
    match fault {
        Some(GoogleFault::DropPlaceholders) => lose_placeholders(text),
        _ => text.to_owned(),
    }
}

fn strings(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|t| t.as_str().map(str::to_owned))
            .collect(),
        _ => None,
    }
}

async fn translate_v2(
    State(state): State<Handle>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let (early, fault) = begin(&state, &headers, &uri, &body);
    if let Some(response) = early {
        return response;
    }
    let expected = lock(&state).api_key.clone();
    let key = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "key")
        .map(|(_, v)| v.to_owned());
    match key {
        None => {
            return error(
                403,
                "PERMISSION_DENIED",
                "forbidden",
                "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
            )
        }
        // Google answers a bad key with 400 and the reason in `details`.
        Some(k) if k != expected => {
            let body = json!({"error": {"code": 400,
                "message": "API key not valid. Please pass a valid API key.",
                "status": "INVALID_ARGUMENT",
                "errors": [{"message": "API key not valid. Please pass a valid API key.",
                    "domain": "global", "reason": "badRequest"}],
                "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]}});
            return (StatusCode::BAD_REQUEST, Json(body)).into_response();
        }
        Some(_) => {}
    }
    if body.len() > V2_MAX_BODY {
        return invalid("Request payload size exceeds the limit: 102400 bytes.");
    }
    let map = match object(&body, &["q", "target", "source", "format", "model"]) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let Some(texts) = map.get("q").and_then(strings).filter(|t| !t.is_empty()) else {
        return invalid("Required Text");
    };
    if texts.len() > V2_MAX_TEXTS {
        return invalid("Too many text segments");
    }
    let target = match lang(&map, "target") {
        Ok(Some(t)) => t,
        Ok(None) => return invalid("Required Target language"),
        Err(r) => return r,
    };
    if let Err(r) = lang(&map, "source") {
        return r;
    }
    // HTML is Google's default.
    let html = match map.get("format").and_then(Value::as_str) {
        None | Some("html") => true,
        Some("text") => false,
        Some(_) => return invalid("Invalid Value for format"),
    };
    match map.get("model").and_then(Value::as_str) {
        None | Some("nmt") | Some("base") => {}
        Some(_) => return invalid("Invalid Value for model"),
    }
    let mut answers: Vec<Value> = texts
        .iter()
        .map(|t| json!({ "translatedText": translated(&answerable(t, &fault), &target, html) }))
        .collect();
    finish(&state, &texts, &fault, &mut answers);
    Json(json!({ "data": { "translations": answers } })).into_response()
}

fn authorized_v3(state: &Handle, headers: &HeaderMap) -> Result<(), Response> {
    let token = lock(state).token.clone();
    let auth = headers.get(header::AUTHORIZATION).map(|v| v.as_bytes());
    if auth == Some(format!("Bearer {token}").as_bytes()) {
        Ok(())
    } else {
        Err(error(
            401,
            "UNAUTHENTICATED",
            "unauthorized",
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ))
    }
}

async fn translate_v3(
    State(state): State<Handle>,
    Path((project, location)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let (early, fault) = begin(&state, &headers, &uri, &body);
    if let Some(response) = early {
        return response;
    }
    let Some(location) = location.strip_suffix(":translateText") else {
        return error(404, "NOT_FOUND", "notFound", "Not found");
    };
    if let Err(r) = authorized_v3(&state, &headers) {
        return r;
    }
    if project != PROJECT {
        return error(
            403,
            "PERMISSION_DENIED",
            "forbidden",
            &format!("Permission 'cloudtranslate.generalModels.predict' denied on resource 'projects/{project}'"),
        );
    }
    let allowed = [
        "contents",
        "sourceLanguageCode",
        "targetLanguageCode",
        "mimeType",
        "model",
        "glossaryConfig",
        "labels",
    ];
    let map = match object(&body, &allowed) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let Some(texts) = map
        .get("contents")
        .filter(|v| v.is_array())
        .and_then(strings)
        .filter(|t| !t.is_empty())
    else {
        return invalid("Empty contents.");
    };
    if texts.len() > V3_MAX_TEXTS {
        return invalid("Number of contents exceeds the limit of 1024.");
    }
    if texts.iter().map(|t| t.chars().count()).sum::<usize>() > V3_MAX_CODE_POINTS {
        return invalid("Total number of code points in contents exceeds the limit of 30000.");
    }
    let target = match lang(&map, "targetLanguageCode") {
        Ok(Some(t)) => t,
        Ok(None) => return invalid("Target language is required."),
        Err(r) => return r,
    };
    let source = match lang(&map, "sourceLanguageCode") {
        Ok(s) => s,
        Err(r) => return r,
    };
    let html = match map.get("mimeType").and_then(Value::as_str) {
        None | Some("text/html") => true,
        Some("text/plain") => false,
        Some(_) => return invalid("Unsupported mime type."),
    };
    if let Some(model) = map.get("model") {
        let prefix = format!("projects/{project}/locations/{location}/models/");
        if !model.as_str().is_some_and(|m| m.starts_with(&prefix)) {
            return invalid("Invalid model name.");
        }
    }
    let glossary = match map.get("glossaryConfig") {
        None => None,
        Some(config) => {
            let Some(name) = config.get("glossary").and_then(Value::as_str) else {
                return invalid("Glossary name is required in glossaryConfig.");
            };
            if name != GLOSSARY {
                return error(
                    404,
                    "NOT_FOUND",
                    "notFound",
                    &format!("Glossary not found: {name}"),
                );
            }
            if location != "us-central1" {
                return invalid("Glossary location does not match the request location.");
            }
            if source.as_deref() != Some("en") || !target.starts_with("zh") {
                return invalid("Glossary languages do not match the request languages.");
            }
            Some(config.clone())
        }
    };
    let mut answers: Vec<Value> = texts
        .iter()
        .map(|t| json!({ "translatedText": translated(&answerable(t, &fault), &target, html) }))
        .collect();
    let mut with_glossary: Vec<Value> = texts
        .iter()
        .map(|t| {
            let mut text = answerable(t, &fault);
            for (from, to) in GLOSSARY_ENTRIES {
                text = text.replace(from, to);
            }
            json!({ "translatedText": translated(&text, &target, html), "glossaryConfig": glossary })
        })
        .collect();
    finish(&state, &texts, &fault, &mut answers);
    if matches!(fault, Some(GoogleFault::FewerItems)) {
        with_glossary.pop();
    }
    let mut response = json!({ "translations": answers });
    if glossary.is_some() {
        response["glossaryTranslations"] = with_glossary.into();
    }
    Json(response).into_response()
}

async fn get_glossary(
    State(state): State<Handle>,
    Path((project, location, glossary)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    lock(&state).glossary_requests += 1;
    if let Err(r) = authorized_v3(&state, &headers) {
        return r;
    }
    let name = format!("projects/{project}/locations/{location}/glossaries/{glossary}");
    if name != GLOSSARY {
        return error(
            404,
            "NOT_FOUND",
            "notFound",
            &format!("Glossary not found: {name}"),
        );
    }
    Json(json!({
        "name": name,
        "languagePair": { "sourceLanguageCode": "en", "targetLanguageCode": "zh-CN" },
        "inputConfig": { "gcsSource": { "inputUri": "gs://bitext-test/terms.csv" } },
        "entryCount": GLOSSARY_ENTRIES.len(),
        "submitTime": "2026-01-01T00:00:00Z",
        "endTime": "2026-01-01T00:00:05Z",
    }))
    .into_response()
}

const LANGUAGES: [&str; 4] = ["en", "vi", "zh-CN", "zh-TW"];

/// `GET /language/translate/v2/languages?key=…`.
async fn languages_v2(State(state): State<Handle>, uri: Uri) -> Response {
    let expected = lock(&state).api_key.clone();
    let given = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "key")
        .map(|(_, v)| v.to_owned());
    if given.as_deref() != Some(expected.as_str()) {
        let body = json!({"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT", "details": [{"reason": "API_KEY_INVALID"}]}});
        return (StatusCode::BAD_REQUEST, Json(body)).into_response();
    }
    let list: Vec<Value> = LANGUAGES.iter().map(|l| json!({ "language": l })).collect();
    Json(json!({ "data": { "languages": list } })).into_response()
}

/// `GET /v3/projects/P/locations/L/supportedLanguages` with a bearer token.
async fn languages_v3(State(state): State<Handle>, headers: HeaderMap) -> Response {
    if let Err(response) = authorized_v3(&state, &headers) {
        return response;
    }
    let list: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| json!({ "languageCode": l, "supportSource": true, "supportTarget": true }))
        .collect();
    Json(json!({ "languages": list })).into_response()
}
