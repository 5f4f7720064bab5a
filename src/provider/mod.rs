//! Translation providers: one submodule per API, all behind the [`Provider`] trait.
//!
//! A provider turns a [`Batch`] of segments (same language pair) into one answer per segment.
//! It knows its wire format, its limits and its errors; it knows nothing of the cache or of
//! retries, which the pipeline owns. An item the provider could not answer reliably is `None`,
//! so that the pipeline retries exactly that segment and never misaligns an answer.

pub mod deepl;
pub mod google;
pub mod libretranslate;
pub mod microsoft;
pub mod openai;
pub mod pseudo;

use crate::glossary::TermPair;
use crate::lang::Lang;
use futures::future::BoxFuture;
use std::time::Duration;

/// One segment to translate, with the glossary terms that apply to it.
#[derive(Clone, Debug)]
pub struct BatchItem {
    /// Unique within the batch; providers that echo ids (LLMs) are checked against it.
    pub id: String,
    pub text: String,
    pub terms: Vec<TermPair>,
}

/// Segments that travel in one request.
#[derive(Clone, Debug)]
pub struct Batch {
    pub source: Lang,
    pub target: Lang,
    pub items: Vec<BatchItem>,
    /// A second try after a glossary check failed: enforce the terms as hard as the API allows.
    pub strict: bool,
}

/// A provider's answer to a batch, one entry per item in order.
#[derive(Clone, Debug, Default)]
pub struct BatchOutput {
    /// `None` where the provider gave no usable answer for that item.
    pub texts: Vec<Option<String>>,
    /// Characters the provider bills for the request (its own count where it reports one).
    pub billed_chars: u64,
    /// Tokens used, for providers that bill by token.
    pub tokens: u64,
}

/// What one request may carry.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_texts: usize,
    pub max_bytes: usize,
}

/// A set of language pairs (source, target).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pairs(u16);

impl Pairs {
    pub const NONE: Pairs = Pairs(0);
    pub const ALL: Pairs = Pairs(0x1ff);

    fn bit(source: Lang, target: Lang) -> u16 {
        let index = |l: Lang| Lang::ALL.iter().position(|&x| x == l).unwrap_or(0);
        1 << (index(source) * Lang::ALL.len() + index(target))
    }

    /// The pairs for which `f` holds.
    pub fn matching(f: impl Fn(Lang, Lang) -> bool) -> Pairs {
        let mut bits = 0;
        for s in Lang::ALL {
            for t in Lang::ALL {
                if f(s, t) {
                    bits |= Pairs::bit(s, t);
                }
            }
        }
        Pairs(bits)
    }

    pub fn contains(self, source: Lang, target: Lang) -> bool {
        self.0 & Pairs::bit(source, target) != 0
    }
}

/// What a provider supports, per language pair; the pipeline and `bitext providers` read it.
/// It is data, not code, because some of it is learnt from the service (the pairs a Google
/// glossary covers).
#[derive(Clone, Copy, Debug)]
pub struct Capabilities {
    /// Pairs translated directly; a pair that is not goes through English.
    pub translates: Pairs,
    /// Pairs whose glossary terms the provider enforces itself (a term base, a dictionary, the
    /// prompt, placeholders); elsewhere only the pipeline's checks apply.
    pub glossary: Pairs,
    /// Pairs whose text can be protected with tags (used on a strict retry).
    pub tags: Pairs,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            translates: Pairs::ALL,
            glossary: Pairs::NONE,
            tags: Pairs::NONE,
        }
    }
}

impl Capabilities {
    /// Every pair translated directly, with the terms enforced by the provider itself and no
    /// tags: what a provider that takes the terms with each request declares.
    pub fn terms_everywhere() -> Self {
        Capabilities {
            glossary: Pairs::ALL,
            ..Capabilities::default()
        }
    }

    /// One line per pair, for `bitext providers`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        for source in Lang::ALL {
            for target in Lang::ALL.into_iter().filter(|&t| t != source) {
                let mut p = format!("{source}→{target}");
                if !self.translates.contains(source, target) {
                    p.push_str(" (via en)");
                }
                if self.glossary.contains(source, target) {
                    p.push_str(" +terms");
                }
                if self.tags.contains(source, target) {
                    p.push_str(" +tags");
                }
                parts.push(p);
            }
        }
        parts.join(", ")
    }
}

/// Why a request failed, and so what the pipeline should do about it.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// The key was refused: nothing will work until the user fixes it.
    #[error("{provider}: the API key was rejected (HTTP {status}{}): {hint}", detail(.message))]
    Auth {
        provider: String,
        status: u16,
        message: String,
        hint: String,
    },
    /// The account's quota or budget is used up.
    #[error("{provider}: quota exhausted (HTTP {status}{}): raise the limit or wait for the next billing period", detail(.message))]
    Quota {
        provider: String,
        status: u16,
        message: String,
    },
    /// The endpoint or model does not exist: every request would fail the same way.
    #[error("{provider}: {message}")]
    Unusable { provider: String, message: String },
    #[error("{provider}: rate limited (HTTP {status}{})", detail(.message))]
    RateLimited {
        provider: String,
        status: u16,
        retry_after: Option<Duration>,
        message: String,
    },
    #[error("{provider}: server error (HTTP {status}{})", detail(.message))]
    Server {
        provider: String,
        status: u16,
        message: String,
    },
    #[error("{provider}: request timed out after {0:?}", .timeout)]
    Timeout { provider: String, timeout: Duration },
    #[error("{provider}: connection failed: {message}")]
    Connection { provider: String, message: String },
    #[error("{provider}: malformed response: {message}")]
    Malformed { provider: String, message: String },
    /// The request itself was refused (bad parameter, too large): sending it again won't help.
    #[error("{provider}: request rejected (HTTP {status}{})", detail(.message))]
    Rejected {
        provider: String,
        status: u16,
        message: String,
    },
}

fn detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

impl ProviderError {
    /// Errors after which no further request should be sent in this run.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            ProviderError::Auth { .. }
                | ProviderError::Quota { .. }
                | ProviderError::Unusable { .. }
        )
    }

    /// Errors that may pass if the same request is sent again later.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            ProviderError::RateLimited { .. }
                | ProviderError::Server { .. }
                | ProviderError::Timeout { .. }
                | ProviderError::Connection { .. }
                | ProviderError::Malformed { .. }
        )
    }

    /// How long the server asked us to wait, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ProviderError::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// A translation API.
pub trait Provider: Send + Sync {
    /// The provider kind, part of the cache key (`deepl`, `google`, `openai`, `pseudo`).
    fn kind(&self) -> &'static str;
    /// The model or engine, part of the cache key.
    fn model(&self) -> String;
    /// The API family, part of the cache key.
    fn endpoint_family(&self) -> &'static str;
    /// Options that change the answer, part of the cache key.
    fn options(&self) -> serde_json::Value {
        serde_json::json!({})
    }
    fn limits(&self) -> Limits;
    /// What the provider supports per language pair.
    fn capabilities(&self) -> Capabilities {
        Capabilities::default()
    }
    /// True for the offline stand-in, whose output is not a translation.
    fn is_pseudo(&self) -> bool {
        false
    }
    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>>;

    /// Tokens a request is expected to use, prompt and answer, for providers that are rate
    /// limited by tokens (LLMs); 0 for the others.
    fn estimate_tokens(&self, _batch: &Batch) -> u64 {
        0
    }

    /// How many target languages one request may carry (Microsoft takes several).
    fn max_targets(&self) -> usize {
        1
    }

    /// Translates the same texts into several targets, one batch per target, in as few
    /// requests as the API allows. The batches share the source language and the item texts,
    /// and carry no term markup that differs between targets (the pipeline sends only such
    /// items together). Providers that take one target per request translate them in turn.
    fn translate_targets<'a>(
        &'a self,
        batches: &'a [Batch],
    ) -> BoxFuture<'a, Result<Vec<BatchOutput>, ProviderError>> {
        Box::pin(async move {
            let mut outputs = Vec::with_capacity(batches.len());
            for batch in batches {
                outputs.push(self.translate(batch).await?);
            }
            Ok(outputs)
        })
    }

    /// One cheap authenticated call that shows whether the provider works (DeepL usage,
    /// the languages of Microsoft or LibreTranslate, the models of an LLM server); returns
    /// what it learned, for `bitext providers --check`.
    fn check(&self) -> BoxFuture<'_, Result<String, ProviderError>> {
        Box::pin(async { Ok("no check call for this provider".to_string()) })
    }

    /// Gets ready to translate these language pairs with this glossary (DeepL uploads it as
    /// a glossary of its own). Most providers need nothing.
    fn prepare<'a>(
        &'a self,
        _glossary: &'a crate::glossary::Glossary,
        _pairs: &'a [(Lang, Lang)],
    ) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async { Ok(()) })
    }
}

/// Settings a provider is built from, resolved from bitext.toml and the command line.
#[derive(Clone, Debug)]
pub struct ProviderSettings {
    /// The profile name the user chose (`deepl`, `ollama` ...).
    pub name: String,
    pub endpoint: Option<String>,
    pub model: Option<String>,
    pub api_key: Option<ApiKey>,
    /// Name of the environment variable the key comes from, for messages.
    pub api_key_env: Option<String>,
    pub batch_size: Option<usize>,
    pub timeout: Duration,
    pub temperature: Option<f64>,
    /// Settings only the Google provider reads (API family, project, location, glossary).
    pub google: google::GoogleOptions,
    /// Azure region (Microsoft Translator's `Ocp-Apim-Subscription-Region`).
    pub region: Option<String>,
}

/// A secret that never shows in logs or debug output.
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey(key.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Removes the key from a text that a server sent back (some echo it in error messages).
    pub fn redact(&self, text: &str) -> String {
        if self.0.len() >= 4 {
            text.replace(&self.0, "[redacted]")
        } else {
            text.to_string()
        }
    }
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey([redacted])")
    }
}

/// The HTTP client every provider uses: one per provider, for connection reuse.
pub(crate) fn http_client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(concat!("bitext/", env!("CARGO_PKG_VERSION")))
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .build()
        .expect("the TLS backend is compiled in")
}

/// Maps a transport failure; the URL is left out because some APIs carry keys in it.
pub(crate) fn transport_error(
    provider: &str,
    timeout: Duration,
    e: reqwest::Error,
) -> ProviderError {
    if e.is_timeout() {
        ProviderError::Timeout {
            provider: provider.to_string(),
            timeout,
        }
    } else {
        let e = e.without_url();
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        ProviderError::Connection {
            provider: provider.to_string(),
            message,
        }
    }
}

/// What an error status means, as most APIs use them. `quota` marks a response that says the
/// account's quota or budget is used up (DeepL's 456, OpenAI's `insufficient_quota`); each
/// provider decides a 404 itself, as it knows what was not found.
pub(crate) fn status_error(
    provider: &str,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    message: String,
    quota: bool,
    key_env: &str,
) -> ProviderError {
    let provider = provider.to_string();
    match status {
        _ if quota => ProviderError::Quota {
            provider,
            status,
            message,
        },
        401 | 403 => ProviderError::Auth {
            provider,
            status,
            message,
            hint: format!("check the key in {key_env}"),
        },
        429 | 529 => ProviderError::RateLimited {
            provider,
            status,
            retry_after: retry_after(headers),
            message,
        },
        500..=599 => ProviderError::Server {
            provider,
            status,
            message,
        },
        _ => ProviderError::Rejected {
            provider,
            status,
            message,
        },
    }
}

/// What `providers --check` says of a language list: its size and which of ours it has.
pub(crate) fn describe_languages(langs: &[String], ours: [&str; 3]) -> String {
    let found: Vec<&str> = ours
        .into_iter()
        .filter(|code| langs.iter().any(|l| l == code))
        .collect();
    format!("{} languages, of ours: {}", langs.len(), found.join(", "))
}

/// A response as the providers inspect it: status, headers, body.
pub(crate) struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

/// Sends a request and reads the whole answer; transport failures become provider errors.
pub(crate) async fn fetch(
    provider: &str,
    timeout: Duration,
    request: reqwest::RequestBuilder,
) -> Result<Reply, ProviderError> {
    let response = request
        .send()
        .await
        .map_err(|e| transport_error(provider, timeout, e))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .text()
        .await
        .map_err(|e| transport_error(provider, timeout, e))?;
    Ok(Reply {
        status,
        headers,
        body,
    })
}

/// Reads `Retry-After` (seconds), `retry-after-ms` and OpenAI's `x-ratelimit-reset-*`.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(ms) = get("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        if ms.is_finite() && ms >= 0.0 {
            return Some(Duration::from_secs_f64(ms / 1000.0));
        }
    }
    if let Some(secs) = get("retry-after").and_then(|v| v.trim().parse::<f64>().ok()) {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs));
        }
    }
    ["x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"]
        .iter()
        .filter_map(|h| get(h).and_then(parse_go_duration))
        .max()
}

/// Parses durations such as `20ms`, `1.5s`, `6m0s`, `1h2m3s`.
pub(crate) fn parse_go_duration(text: &str) -> Option<Duration> {
    let mut total = 0f64;
    let mut rest = text.trim();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let value: f64 = rest[..number_len].parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 0.001,
            "us" | "µs" => 0.000_001,
            "ns" => 0.000_000_001,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    Some(Duration::from_secs_f64(total))
}

/// The body of an error response, shortened, for messages.
pub(crate) fn short_body(body: &str) -> String {
    let body = body.trim();
    if body.chars().count() > 300 {
        format!("{}…", body.chars().take(300).collect::<String>())
    } else {
        body.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("20ms"), Some(Duration::from_millis(20)));
        assert_eq!(parse_go_duration("6m0s"), Some(Duration::from_secs(360)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("soon"), None);
    }

    #[test]
    fn keys_are_redacted() {
        let key = ApiKey::new("sk-secret-123");
        assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
        assert_eq!(key.redact("bad key sk-secret-123"), "bad key [redacted]");
    }
}
