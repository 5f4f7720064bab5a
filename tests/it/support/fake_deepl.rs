//! Fake DeepL API (`POST /v2/translate`, JSON form only) with a FIFO queue of injected faults,
//! and v3 glossaries kept across requests (as DeepL keeps them for an account).
//!
//! Every translate and glossary-creation body is checked against DeepL's published OpenAPI
//! description of it ([`super::openapi`]); one that does not conform is answered 400.
//! Billing follows DeepL's documentation: the characters of `text`, not of `context`, and
//! with `tag_handling` not those of the tags either.

use std::collections::VecDeque;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{drop_connection, lock, Fake, Recorder, Records, Shared};

const MAX_TEXTS: usize = 50;
const MAX_BODY: usize = 128 * 1024;
const TARGET_LANGS: &[&str] = &["EN-US", "EN-GB", "ZH-HANS", "ZH-HANT", "VI", "EN", "ZH"];
const SOURCE_LANGS: &[&str] = &["EN", "ZH", "VI"];

/// One injected failure; each `/v2/translate` request consumes the oldest queued fault.
/// Faults apply before any validation (auth included), except `FewerItems`, which needs a
/// valid request, and `Delay`, after which the request is handled normally.
#[derive(Debug, Clone)]
pub enum DeeplFault {
    /// 429 with an empty body, plus `Retry-After` when given.
    TooMany { retry_after_secs: Option<u64> },
    /// 429 with `Retry-After` set to this text as it is (`1e30`, `99999`): a hostile wait.
    WaitFor(&'static str),
    /// 200 whose body is not JSON and echoes the request's headers, the key among them, as a
    /// misconfigured proxy's debug page does.
    EchoHeaders,
    /// 200 whose body streams this many bytes of JSON-looking padding.
    HugeBody(usize),
    /// 200 with a valid answer except for one byte that is not UTF-8.
    InvalidUtf8,
    /// 200 answering every text with `""`.
    EmptyTexts,
    /// 529 with an empty body.
    Overloaded,
    /// That status with `{"message":"Internal server error"}`.
    Server(u16),
    /// 456 `{"message":"Quota for this billing period has been exceeded."}`.
    QuotaExceeded,
    /// 200 with a truncated JSON body.
    MalformedBody,
    /// 200 with one translation fewer than texts sent.
    FewerItems,
    /// Sleeps, then answers normally (counted and billed before sleeping).
    Delay(Duration),
    /// Closes the connection without any response.
    DropConnection,
    /// Answers normally but leaves the request's glossary unapplied.
    IgnoreGlossary,
}

/// One language pair of a glossary: source code, target code, entries.
pub type Dictionary = (String, String, Vec<(String, String)>);

/// A v3 glossary held by the fake: name and, per (source, target) pair, its entries.
#[derive(Clone, Debug)]
pub struct FakeGlossary {
    pub id: String,
    pub name: String,
    pub dictionaries: Vec<Dictionary>,
    /// When it was created, in milliseconds since 1970 (as DeepL's `creation_time`).
    pub created_ms: u64,
}

/// Traffic shaping of the fake, for rate benchmarks.
#[derive(Clone, Copy, Debug, Default)]
pub struct Traffic {
    /// Added to every answer.
    pub latency: Duration,
    /// Requests per second allowed (a token bucket holding one second's worth); more → 429.
    pub rate_limit: Option<f64>,
    /// Every n-th request is answered 429 regardless (injected faults).
    pub every_nth_429: Option<usize>,
    /// Requests admitted in any sliding second, a limit the client is not told: one more is
    /// answered 429 with `Retry-After: 1` and counted as over the limit (not admitted).
    pub per_second: Option<usize>,
    /// The share of admitted requests answered 429 with `Retry-After: 1` at random (the
    /// same for a seed), counted as injected: a busy back end, not the limit.
    pub chance_429: Option<(f64, u64)>,
}

/// What a shaped fake counted of its traffic.
#[derive(Clone, Copy, Debug, Default)]
pub struct TrafficCounts {
    /// Translate requests that reached the limit check.
    pub requests: usize,
    /// Refused for exceeding `per_second`.
    pub over_limit: usize,
    /// Let through by the limit (answered, or refused by chance).
    pub admitted: usize,
    /// Refused by chance (`chance_429`), among the admitted.
    pub injected: usize,
    /// From the first request admitted to the last one.
    pub admitted_span: Duration,
}

/// What `per_second` made of one request, for the trace of a rate benchmark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Refused for exceeding the limit.
    OverLimit,
    /// Let through by the limit, then refused by chance.
    Injected,
    /// Let through and answered.
    Admitted,
}

/// One request of shaped traffic as the fake saw it: when it arrived and what the limit made
/// of it.
#[derive(Clone, Copy, Debug)]
#[allow(dead_code)]
pub struct Traced {
    pub arrived: std::time::Instant,
    pub verdict: Verdict,
}

#[derive(Default)]
pub struct DeeplState {
    rec: Recorder,
    traffic: Traffic,
    bucket: Option<(f64, std::time::Instant)>,
    /// Admission times of the last second, for `per_second`.
    window: VecDeque<std::time::Instant>,
    chance: Option<fastrand::Rng>,
    counts: TrafficCounts,
    first_admitted: Option<std::time::Instant>,
    /// Every request `per_second` judged.
    trace: Vec<Traced>,
    glossaries: Vec<FakeGlossary>,
    glossaries_created: usize,
    glossaries_deleted: usize,
    expected_key: String,
    faults: VecDeque<DeeplFault>,
    /// (target_lang, text) of every text billed, in order.
    billed: Vec<(String, String)>,
    /// Told the number of successful requests after each one is answered.
    on_answer: Option<std::sync::mpsc::Sender<usize>>,
    /// Requests whose handler is running (a handler dropped mid-way counts as finished).
    in_flight: usize,
    /// What `/v2/usage` says the account may use this period (500,000 when not set, the
    /// Free plan's), and what it had used before this fake started.
    character_limit: Option<u64>,
    used_before: u64,
    /// `/v2/usage` requests received.
    usage_requests: usize,
    /// (needle, translation): a text containing the needle is answered with the translation.
    answers: Vec<(String, String)>,
    /// The status every glossary endpoint answers with instead, as a key restricted from the
    /// glossary API gets (404 or 403).
    glossaries_refused: Option<u16>,
    /// The `context` of every successful translate request, in order.
    contexts: Vec<Option<String>>,
    /// The latest `creation_time` given, so that two glossaries never share one.
    last_created_ms: u64,
    /// Glossary listings still to hold until this many have arrived, and the barrier they
    /// wait at: makes processes that start together list before any of them creates.
    gather: Option<(usize, std::sync::Arc<tokio::sync::Barrier>)>,
    /// Delete every glossary once this many translate requests have been answered.
    delete_glossaries_after: Option<usize>,
}

impl Records for DeeplState {
    fn recorder(&self) -> &Recorder {
        &self.rec
    }
}

type Handle = Shared<DeeplState>;

/// A fake DeepL server; stops when dropped.
pub type FakeDeepl = Fake<DeeplState>;

impl FakeDeepl {
    /// Starts a server that accepts `Authorization: DeepL-Auth-Key <expected_key>`.
    pub fn start(expected_key: &str) -> Self {
        let state = DeeplState {
            expected_key: expected_key.to_owned(),
            ..DeeplState::default()
        };
        let router = Router::new()
            .route("/v2/translate", post(translate))
            .route("/v2/usage", get(usage))
            .route("/v3/glossaries", get(list_glossaries).post(create_glossary))
            .route(
                "/v3/glossaries/{id}",
                axum::routing::delete(delete_glossary),
            );
        Fake::serve(state, router)
    }

    /// Sets latency, rate limit and injected 429s for the requests to come.
    pub fn shape(&self, traffic: Traffic) {
        let mut s = self.lock();
        s.traffic = traffic;
        s.bucket = None;
        s.window.clear();
        s.chance = traffic
            .chance_429
            .map(|(_, seed)| fastrand::Rng::with_seed(seed));
        s.counts = TrafficCounts::default();
        s.first_admitted = None;
        s.trace.clear();
    }

    /// The account's limit this period, and what it had used before, as `/v2/usage` says.
    pub fn account(&self, limit: u64, used_before: u64) {
        let mut s = self.lock();
        s.character_limit = Some(limit);
        s.used_before = used_before;
    }

    /// `/v2/usage` requests received.
    pub fn usage_requests(&self) -> usize {
        self.lock().usage_requests
    }

    /// What the shaped traffic counted so far (read by `benches/rate.rs`).
    #[allow(dead_code)]
    pub fn traffic_counts(&self) -> TrafficCounts {
        self.lock().counts
    }

    /// Every request the `per_second` limit judged so far, in order of arrival (read by
    /// `benches/rate.rs`, to see where a run's time went).
    #[allow(dead_code)]
    pub fn traffic_trace(&self) -> Vec<Traced> {
        self.lock().trace.clone()
    }

    pub fn push_fault(&self, fault: DeeplFault) {
        self.lock().faults.push_back(fault);
    }

    /// Answers every text that contains `needle` with `translation` (into any language),
    /// instead of the usual `<TARGET> text`: a translation chosen by the test.
    pub fn answer(&self, needle: &str, translation: &str) {
        self.lock()
            .answers
            .push((needle.to_owned(), translation.to_owned()));
    }

    /// `(target_lang, text)` of every text billed so far, in the order answered.
    pub fn billed(&self) -> Vec<(String, String)> {
        self.lock().billed.clone()
    }

    /// A channel told the count of successful requests each time one is answered: lets a
    /// test act at a chosen point of a run without polling.
    pub fn answers_channel(&self) -> std::sync::mpsc::Receiver<usize> {
        let (tx, rx) = std::sync::mpsc::channel();
        self.lock().on_answer = Some(tx);
        rx
    }

    /// Requests being handled right now.
    pub fn in_flight(&self) -> usize {
        self.lock().in_flight
    }

    /// From now on every glossary endpoint answers `status` with DeepL's error body, as for a
    /// key without access to the glossary API.
    pub fn refuse_glossaries(&self, status: u16) {
        self.lock().glossaries_refused = Some(status);
    }

    /// Holds the next `n` glossary listings until all `n` have arrived, then answers them
    /// together: `n` processes started at once all see the glossaries as they were before
    /// any of them created one (the race, made certain).
    pub fn gather_glossary_lists(&self, n: usize) {
        self.lock().gather = Some((n, std::sync::Arc::new(tokio::sync::Barrier::new(n))));
    }

    /// Deletes every glossary held once `n` translate requests have been answered, as
    /// another process or a person would in the middle of a run.
    pub fn delete_glossaries_after(&self, n: usize) {
        self.lock().delete_glossaries_after = Some(n);
    }

    /// Makes every glossary held `age` older, as if it had been created that long before.
    pub fn age_glossaries(&self, age: Duration) {
        for g in &mut self.lock().glossaries {
            g.created_ms = g.created_ms.saturating_sub(age.as_millis() as u64);
        }
    }

    /// The `context` of every successful translate request, in order.
    pub fn contexts(&self) -> Vec<Option<String>> {
        self.lock().contexts.clone()
    }

    /// Glossaries currently held, and how many were created and deleted so far.
    pub fn glossaries(&self) -> (Vec<FakeGlossary>, usize, usize) {
        let s = self.lock();
        (
            s.glossaries.clone(),
            s.glossaries_created,
            s.glossaries_deleted,
        )
    }
}

struct Job {
    texts: Vec<String>,
    target_lang: String,
    source_lang: Option<String>,
    show_billed: bool,
    glossary_id: Option<String>,
    /// `tag_handling` was set: the tags are not billed.
    tags: bool,
    context: Option<String>,
}

/// The characters DeepL bills for a text: all of them, or with tag handling those outside the
/// tags (an entity counting as the one character it stands for).
fn billed_chars(text: &str, tags: bool) -> usize {
    if !tags {
        return text.chars().count();
    }
    let mut count = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => {
                    count += 1;
                    rest = &rest[1..];
                }
            },
            '&' => {
                count += 1;
                let end = rest.find(';').filter(|&e| e <= 10).map_or(1, |e| e + 1);
                rest = &rest[end..];
            }
            _ => {
                count += 1;
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    count
}

/// Counts a request as in flight until its handler ends or is dropped.
struct InFlight(Handle);

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Ok(mut s) = self.0.lock() {
            s.in_flight -= 1;
        }
    }
}

async fn translate(State(state): State<Handle>, headers: HeaderMap, body: Bytes) -> Response {
    lock(&state).in_flight += 1;
    let _in_flight = InFlight(state.clone());
    let (fault, checked, latency) = {
        let mut s = lock(&state);
        let n = s.rec.receive(&headers, None, &body);
        if let Some(hostile) = s.rec.hostile_reply() {
            return hostile;
        }
        let checked = check(&s.expected_key, &headers, &body);
        let traffic = s.traffic;
        let mut fault = s.faults.pop_front();
        if traffic
            .every_nth_429
            .is_some_and(|every| every > 0 && n % every == 0)
        {
            fault = Some(DeeplFault::TooMany {
                retry_after_secs: None,
            });
        } else if let Some(limit) = traffic.per_second {
            // A sliding window of one second, as a rate limiter in front of the service.
            let now = std::time::Instant::now();
            while s
                .window
                .front()
                .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
            {
                s.window.pop_front();
            }
            s.counts.requests += 1;
            let verdict = if s.window.len() >= limit {
                s.counts.over_limit += 1;
                fault = Some(DeeplFault::TooMany {
                    retry_after_secs: Some(1),
                });
                Verdict::OverLimit
            } else {
                s.window.push_back(now);
                s.counts.admitted += 1;
                let first = *s.first_admitted.get_or_insert(now);
                s.counts.admitted_span = now.duration_since(first);
                let share = traffic.chance_429.map_or(0.0, |(share, _)| share);
                if s.chance.as_mut().is_some_and(|rng| rng.f64() < share) {
                    s.counts.injected += 1;
                    fault = Some(DeeplFault::TooMany {
                        retry_after_secs: Some(1),
                    });
                    Verdict::Injected
                } else {
                    Verdict::Admitted
                }
            };
            s.trace.push(Traced {
                arrived: now,
                verdict,
            });
        } else if let Some(rate) = traffic.rate_limit {
            // Token bucket: one second's worth of requests, refilled continuously.
            let now = std::time::Instant::now();
            let (tokens, last) = s.bucket.unwrap_or((rate, now));
            let tokens = (tokens + now.duration_since(last).as_secs_f64() * rate).min(rate);
            if tokens >= 1.0 {
                s.bucket = Some((tokens - 1.0, now));
            } else {
                s.bucket = Some((tokens, now));
                fault = Some(DeeplFault::TooMany {
                    retry_after_secs: None,
                });
            }
        }
        (fault, checked, traffic.latency)
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let delay = match fault {
        Some(DeeplFault::TooMany { retry_after_secs }) => {
            let mut resp = StatusCode::TOO_MANY_REQUESTS.into_response();
            if let Some(secs) = retry_after_secs {
                resp.headers_mut().insert(header::RETRY_AFTER, secs.into());
            }
            return resp;
        }
        Some(DeeplFault::WaitFor(wait)) => {
            return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, wait)]).into_response()
        }
        Some(DeeplFault::EchoHeaders) => {
            let echoed: String = headers
                .iter()
                .map(|(k, v)| format!("{k}: {}\n", String::from_utf8_lossy(v.as_bytes())))
                .collect();
            return format!("<html><pre>{echoed}</pre></html>").into_response();
        }
        Some(DeeplFault::HugeBody(size)) => {
            let chunk = Bytes::from(vec![b' '; 64 * 1024]);
            let chunks = size / chunk.len() + 1;
            let stream = futures::stream::iter(
                std::iter::repeat_n(chunk, chunks).map(Ok::<Bytes, std::io::Error>),
            );
            return axum::body::Body::from_stream(stream).into_response();
        }
        Some(DeeplFault::InvalidUtf8) => {
            let mut body =
                br#"{"translations":[{"detected_source_language":"EN","text":"caf"#.to_vec();
            body.extend_from_slice(&[0xE9, b'"', b'}', b']', b'}']);
            return ([(header::CONTENT_TYPE, "application/json")], body).into_response();
        }
        Some(DeeplFault::Overloaded) => return status(529).into_response(),
        Some(DeeplFault::Server(code)) => {
            return reject(status(code), "Internal server error").into_response()
        }
        Some(DeeplFault::QuotaExceeded) => {
            let msg = "Quota for this billing period has been exceeded.";
            return reject(status(456), msg).into_response();
        }
        Some(DeeplFault::MalformedBody) => {
            return (
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"translations":[{"text":"#,
            )
                .into_response()
        }
        Some(DeeplFault::DropConnection) => return drop_connection(),
        Some(DeeplFault::Delay(d)) => Some(d),
        Some(DeeplFault::FewerItems)
        | Some(DeeplFault::IgnoreGlossary)
        | Some(DeeplFault::EmptyTexts)
        | None => None,
    };
    let job = match checked {
        Ok(job) => job,
        Err(rejection) => return rejection.into_response(),
    };
    // A glossary replaces its source forms, longest first, as a real translation would.
    let entries: Vec<(String, String)> = match &job.glossary_id {
        _ if matches!(fault, Some(DeeplFault::IgnoreGlossary)) => Vec::new(),
        None => Vec::new(),
        Some(id) => {
            let s = lock(&state);
            let Some(glossary) = s.glossaries.iter().find(|g| &g.id == id) else {
                return reject(StatusCode::NOT_FOUND, "Glossary not found.").into_response();
            };
            let source = job
                .source_lang
                .clone()
                .unwrap_or_default()
                .to_ascii_lowercase();
            let target = job.target_lang.to_ascii_lowercase();
            let target = target.split('-').next().unwrap_or_default().to_owned();
            glossary
                .dictionaries
                .iter()
                .find(|(s, t, _)| *s == source && *t == target)
                .map(|(_, _, e)| e.clone())
                .unwrap_or_default()
        }
    };
    let detected = job.source_lang.clone().unwrap_or_else(|| "EN".to_owned());
    let answers = lock(&state).answers.clone();
    let mut translations: Vec<Value> = job
        .texts
        .iter()
        .map(|text| {
            let answer = answers
                .iter()
                .find(|(needle, _)| text.contains(needle.as_str()));
            let mut t = json!({
                "detected_source_language": detected,
                "text": match answer {
                    _ if matches!(fault, Some(DeeplFault::EmptyTexts)) => String::new(),
                    Some((_, translation)) => translation.clone(),
                    None => format!("<{}> {}", job.target_lang, apply_glossary(text, &entries)),
                },
            });
            if job.show_billed {
                t["billed_characters"] = billed_chars(text, job.tags).into();
            }
            t
        })
        .collect();
    if matches!(fault, Some(DeeplFault::FewerItems)) {
        translations.pop();
    } else {
        let mut s = lock(&state);
        let billed = job.texts.iter().map(|t| billed_chars(t, job.tags)).sum();
        let answered = s.rec.answered(&job.texts, billed);
        s.contexts.push(job.context.clone());
        if s.delete_glossaries_after == Some(answered) {
            s.glossaries_deleted += s.glossaries.len();
            s.glossaries.clear();
        }
        let target = job.target_lang.clone();
        s.billed
            .extend(job.texts.iter().map(|t| (target.clone(), t.clone())));
        if let Some(tx) = &s.on_answer {
            let _ = tx.send(answered);
        }
    }
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    let trace = [("x-trace-id", "fake-deepl-trace")];
    (trace, Json(json!({ "translations": translations }))).into_response()
}

/// Auth, user agent and body validation, in the order the real service reports them.
fn check(expected_key: &str, headers: &HeaderMap, body: &[u8]) -> Result<Job, Reject> {
    let auth = headers.get(header::AUTHORIZATION).map(|v| v.as_bytes());
    if auth != Some(format!("DeepL-Auth-Key {expected_key}").as_bytes()) {
        return Err(Reject(StatusCode::FORBIDDEN, None));
    }
    let ua = headers.get(header::USER_AGENT).map(|v| v.as_bytes());
    if ua.is_none_or(|ua| ua.iter().all(u8::is_ascii_whitespace)) {
        return Err(bad_request("Missing or empty User-Agent header."));
    }
    if body.len() > MAX_BODY {
        return Err(reject(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Request Entity Too Large",
        ));
    }
    let body: Value = serde_json::from_slice(body)
        .map_err(|_| bad_request("Invalid request: expected a JSON body."))?;
    // DeepL reads language codes in any case; the description lists them in upper case.
    let mut described = body.clone();
    for field in ["source_lang", "target_lang"] {
        if let Some(code) = described.get(field).and_then(Value::as_str) {
            described[field] = code.to_ascii_uppercase().into();
        }
    }
    let wrong = super::openapi::violations(&super::openapi::deepl_translate_request(), &described);
    if let Some(first) = wrong.first() {
        return Err(bad_request(&format!(
            "Invalid request: {first} (DeepL's OpenAPI description)"
        )));
    }
    let texts = match body.get("text") {
        None => return Err(bad_request("Parameter 'text' not specified.")),
        Some(Value::Array(items)) => items
            .iter()
            .map(|t| t.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| bad_request("Value for 'text' must be an array of strings."))?,
        Some(_) => return Err(bad_request("Value for 'text' must be an array of strings.")),
    };
    if texts.is_empty() {
        return Err(bad_request("Parameter 'text' not specified."));
    }
    if texts.len() > MAX_TEXTS {
        return Err(bad_request("Too many texts: at most 50 per request."));
    }
    let target_lang = match body.get("target_lang") {
        None => return Err(bad_request("Parameter 'target_lang' not specified.")),
        Some(v) => lang(v, TARGET_LANGS)
            .ok_or_else(|| bad_request("Value for 'target_lang' not supported."))?,
    };
    let source_lang = match body.get("source_lang") {
        None => None,
        Some(v) => Some(
            lang(v, SOURCE_LANGS)
                .ok_or_else(|| bad_request("Value for 'source_lang' not supported."))?,
        ),
    };
    let glossary_id = body
        .get("glossary_id")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if glossary_id.is_some() && source_lang.is_none() {
        return Err(bad_request(
            "Parameter 'source_lang' is required when using a glossary.",
        ));
    }
    Ok(Job {
        texts,
        target_lang,
        source_lang,
        show_billed: body.get("show_billed_characters") == Some(&Value::Bool(true)),
        glossary_id,
        tags: body.get("tag_handling").is_some(),
        context: body
            .get("context")
            .and_then(Value::as_str)
            .map(str::to_owned),
    })
}

/// Language codes are case-insensitive; returns the canonical upper-case form.
fn lang(v: &Value, allowed: &[&str]) -> Option<String> {
    let code = v.as_str()?.to_ascii_uppercase();
    allowed.contains(&code.as_str()).then_some(code)
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// An error answer: status plus `{"message"}`, or an empty body when there is no message.
struct Reject(StatusCode, Option<String>);

impl IntoResponse for Reject {
    fn into_response(self) -> Response {
        match self.1 {
            Some(message) => (self.0, Json(json!({ "message": message }))).into_response(),
            None => self.0.into_response(),
        }
    }
}

fn reject(status: StatusCode, message: &str) -> Reject {
    Reject(status, Some(message.to_owned()))
}

fn bad_request(message: &str) -> Reject {
    reject(StatusCode::BAD_REQUEST, message)
}

fn apply_glossary(text: &str, entries: &[(String, String)]) -> String {
    let mut order: Vec<&(String, String)> = entries.iter().collect();
    order.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    let mut out = String::new();
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for (source, target) in &order {
            if !source.is_empty() && rest.starts_with(source.as_str()) {
                out.push_str(target);
                rest = &rest[source.len()..];
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn authorized(state: &Handle, headers: &HeaderMap) -> bool {
    let expected = lock(state).expected_key.clone();
    headers.get(header::AUTHORIZATION).map(|v| v.as_bytes())
        == Some(format!("DeepL-Auth-Key {expected}").as_bytes())
}

/// The answer of a glossary endpoint the key may not use, if it may not.
fn refused(state: &Handle) -> Option<Response> {
    let status = lock(state).glossaries_refused?;
    let message = match status {
        404 => "Not found",
        _ => "Access to the glossary API is not allowed for this key.",
    };
    Some(reject(self::status(status), message).into_response())
}

/// `2026-11-21T00:00:00.000Z` for milliseconds since 1970, as DeepL writes `creation_time`.
fn iso_time(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let (h, m, s) = (secs % 86_400 / 3600, secs % 3600 / 60, secs % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{:03}Z",
        ms % 1000
    )
}

async fn list_glossaries(State(state): State<Handle>, headers: HeaderMap) -> Response {
    if !authorized(&state, &headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Some(refused) = refused(&state) {
        return refused;
    }
    let barrier = {
        let mut s = lock(&state);
        match &mut s.gather {
            Some((left, barrier)) if *left > 0 => {
                *left -= 1;
                Some(barrier.clone())
            }
            _ => None,
        }
    };
    if let Some(barrier) = barrier {
        barrier.wait().await;
    }
    let s = lock(&state);
    let list: Vec<Value> = s
        .glossaries
        .iter()
        .map(|g| {
            let dictionaries: Vec<Value> = g
                .dictionaries
                .iter()
                .map(|(src, tgt, e)| {
                    json!({ "source_lang": src, "target_lang": tgt, "entry_count": e.len() })
                })
                .collect();
            json!({
                "glossary_id": g.id,
                "name": g.name,
                "dictionaries": dictionaries,
                "creation_time": iso_time(g.created_ms),
            })
        })
        .collect();
    Json(json!({ "glossaries": list })).into_response()
}

/// `POST /v3/glossaries`: validates the entries as DeepL does (TSV, non-empty, unique sources).
async fn create_glossary(State(state): State<Handle>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorized(&state, &headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Some(refused) = refused(&state) {
        return refused;
    }
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return bad_request("Invalid request: expected a JSON body.").into_response();
    };
    let wrong = super::openapi::violations(&super::openapi::deepl_create_glossary_request(), &body);
    if let Some(first) = wrong.first() {
        return bad_request(&format!(
            "Invalid request: {first} (DeepL's OpenAPI description)"
        ))
        .into_response();
    }
    let Some(name) = body.get("name").and_then(Value::as_str) else {
        return bad_request("Parameter 'name' not specified.").into_response();
    };
    let Some(dicts) = body.get("dictionaries").and_then(Value::as_array) else {
        return bad_request("Parameter 'dictionaries' not specified.").into_response();
    };
    let mut dictionaries = Vec::new();
    for d in dicts {
        let field = |k: &str| d.get(k).and_then(Value::as_str).map(str::to_owned);
        let (Some(source), Some(target), Some(entries)) =
            (field("source_lang"), field("target_lang"), field("entries"))
        else {
            return bad_request("Each dictionary needs source_lang, target_lang and entries.")
                .into_response();
        };
        if field("entries_format").as_deref() != Some("tsv") {
            return bad_request("Unsupported entries_format.").into_response();
        }
        let mut parsed: Vec<(String, String)> = Vec::new();
        for line in entries.lines() {
            let Some((s, t)) = line.split_once('\t') else {
                return bad_request("Invalid glossary entries: expected source<TAB>target.")
                    .into_response();
            };
            if s.is_empty() || t.is_empty() || s.trim() != s || t.trim() != t || t.contains('\t') {
                return bad_request("Invalid glossary entries.").into_response();
            }
            if parsed.iter().any(|(p, _)| p == s) {
                return bad_request("Invalid glossary entries: duplicate source.").into_response();
            }
            parsed.push((s.to_owned(), t.to_owned()));
        }
        dictionaries.push((
            source.to_ascii_lowercase(),
            target.to_ascii_lowercase(),
            parsed,
        ));
    }
    let mut s = lock(&state);
    s.glossaries_created += 1;
    let id = format!("fake-glossary-{}", s.glossaries_created);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let created_ms = now.max(s.last_created_ms + 1);
    s.last_created_ms = created_ms;
    let summary: Vec<Value> = dictionaries
        .iter()
        .map(|(src, tgt, e)| json!({ "source_lang": src, "target_lang": tgt, "entry_count": e.len() }))
        .collect();
    s.glossaries.push(FakeGlossary {
        id: id.clone(),
        name: name.to_owned(),
        dictionaries,
        created_ms,
    });
    (
        StatusCode::CREATED,
        Json(json!({
            "glossary_id": id,
            "name": name,
            "dictionaries": summary,
            "creation_time": iso_time(created_ms),
        })),
    )
        .into_response()
}

async fn delete_glossary(
    State(state): State<Handle>,
    headers: HeaderMap,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    if !authorized(&state, &headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Some(refused) = refused(&state) {
        return refused;
    }
    let mut s = lock(&state);
    let before = s.glossaries.len();
    s.glossaries.retain(|g| g.id != id);
    if s.glossaries.len() == before {
        return reject(StatusCode::NOT_FOUND, "Glossary not found.").into_response();
    }
    s.glossaries_deleted += 1;
    StatusCode::NO_CONTENT.into_response()
}

/// `GET /v2/usage`: what the account used in this period.
async fn usage(State(state): State<Handle>, headers: HeaderMap) -> Response {
    if !authorized(&state, &headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let mut s = lock(&state);
    s.usage_requests += 1;
    let used = s.used_before + s.rec.billed_chars() as u64;
    let limit = s.character_limit.unwrap_or(500_000);
    Json(json!({ "character_count": used, "character_limit": limit })).into_response()
}
