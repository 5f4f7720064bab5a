//! The HTTP plumbing every provider shares: one client per provider, the key kept out of
//! messages, transport failures and error statuses mapped to [`ProviderError`], the server's
//! wait hints read, and response bodies read and decoded in one place.

use super::{ApiKey, CommonSettings, ProviderError};
use serde::de::DeserializeOwned;
use std::time::Duration;

/// One provider's connection: its client and what its messages need (profile name, key,
/// the variable the key comes from, timeout).
pub(crate) struct Http {
    pub name: String,
    pub key_env: String,
    pub timeout: Duration,
    pub client: reqwest::Client,
    /// Only to keep the key out of messages; each provider attaches it its own way.
    key: Option<ApiKey>,
}

/// A response as the providers inspect it: status, headers, body.
pub(crate) struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Http {
    pub fn new(settings: &CommonSettings) -> Http {
        Http {
            name: settings.name.clone(),
            key_env: settings.key_env.clone(),
            timeout: settings.timeout,
            client: http_client(settings.timeout),
            key: settings.api_key.clone(),
        }
    }

    /// The key of a provider that cannot work without one; `what` names the provider kind
    /// in the message (`deepl`, `microsoft`).
    pub fn require_key(&self, what: &str) -> Result<ApiKey, String> {
        self.key.clone().ok_or_else(|| {
            format!(
                "provider '{}' ({what}) needs an API key: set the environment variable {}",
                self.name, self.key_env
            )
        })
    }

    /// Sends a request and reads the answer; transport failures become provider errors.
    /// The one place a response body is read: never more than [`answer_limit`] bytes of it
    /// (a hostile or broken server can send gigabytes), and a successful answer must be
    /// UTF-8 as every provider's API documents, since a replacement character in a
    /// translation would be cached as if it were the provider's.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> Result<Reply, ProviderError> {
        let request = request.build().map_err(|e| self.transport_error(e))?;
        let sent = request
            .body()
            .and_then(reqwest::Body::as_bytes)
            .map_or(0, <[u8]>::len);
        let limit = answer_limit(sent);
        let mut response = self
            .client
            .execute(request)
            .await
            .map_err(|e| self.transport_error(e))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let paid = (200..300).contains(&status);
        let too_large = || {
            self.broken(
                format!(
                    "the answer is larger than {limit} bytes, far more than a request of {sent} bytes can need"
                ),
                paid,
            )
        };
        if response
            .content_length()
            .is_some_and(|len| len > limit as u64)
        {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.transport_error(e))?
        {
            if bytes.len() + chunk.len() > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        let body = match String::from_utf8(bytes) {
            Ok(body) => body,
            Err(e) if (200..300).contains(&status) => {
                return Err(self.malformed(format!(
                    "the answer is not valid UTF-8 (at byte {})",
                    e.utf8_error().valid_up_to()
                )))
            }
            // An error page is only quoted in a message.
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Ok(Reply {
            status,
            headers,
            body,
        })
    }

    /// Maps a transport failure; the URL is left out because some APIs carry keys in it.
    fn transport_error(&self, e: reqwest::Error) -> ProviderError {
        if e.is_timeout() {
            ProviderError::Timeout {
                provider: self.name.clone(),
                timeout: self.timeout,
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
                provider: self.name.clone(),
                message,
            }
        }
    }

    /// A body as messages quote it: the key removed first (shortening could cut it in two and
    /// leave half of it), then shortened.
    pub fn shown_body(&self, body: &str) -> String {
        short_body(&self.redact(body))
    }

    /// Removes the key from a text that a server sent back (some echo it).
    pub fn redact(&self, text: &str) -> String {
        match &self.key {
            Some(key) => key.redact(text),
            None => text.to_string(),
        }
    }

    /// The message of an error response: what `message` takes from the body when it decodes
    /// as the API's error shape `B`, else the body itself, shortened; the key removed.
    pub fn error_message<B: DeserializeOwned>(
        &self,
        body: &str,
        message: impl FnOnce(B) -> String,
    ) -> String {
        let text = serde_json::from_str::<B>(body)
            .map(message)
            .unwrap_or_else(|_| self.shown_body(body));
        self.redact(&text)
    }

    /// What an error status means, as most APIs use them (see [`status_error`]).
    pub fn status_error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        message: String,
        quota: bool,
    ) -> ProviderError {
        status_error(&self.name, status, headers, message, quota, &self.key_env)
    }

    /// A 404 from an API whose URL the user configured: no request will ever work.
    pub fn not_found(&self, url: &str) -> ProviderError {
        ProviderError::Unusable {
            provider: self.name.clone(),
            message: format!("{url} not found (HTTP 404): check the endpoint"),
        }
    }

    /// An answer that cannot be used. The message may quote the server (a refusal, a piece of
    /// the body), and a server may echo the request's headers: the key is removed here, the
    /// one place every such message passes, because it ends up in outputs and reports.
    ///
    /// This is for an answer that came with a success status, which the provider bills.
    pub fn malformed(&self, message: String) -> ProviderError {
        self.broken(message, true)
    }

    /// A request that could not even be sent (it cannot be encoded): nothing billed.
    pub fn not_sent(&self, message: String) -> ProviderError {
        self.broken(message, false)
    }

    /// [`Http::malformed`], saying whether the provider billed the request.
    fn broken(&self, message: String, paid: bool) -> ProviderError {
        ProviderError::Malformed {
            provider: self.name.clone(),
            message: self.redact(&message),
            paid,
        }
    }

    /// A batch answered with another number of texts than were sent: it cannot be aligned.
    pub fn count_mismatch(&self, sent: usize, received: usize, what: &str) -> ProviderError {
        self.malformed(format!("sent {sent} texts but received {received} {what}"))
    }

    /// Decodes the body of a successful translation response; the message quotes the body.
    pub fn decode<T: DeserializeOwned>(&self, body: &str) -> Result<T, ProviderError> {
        serde_json::from_str(body)
            .map_err(|e| self.malformed(format!("{e} in {}", self.shown_body(body))))
    }

    /// Decodes the body of a side call (`languages`, `usage`); the message names it.
    pub fn decode_part<T: DeserializeOwned>(
        &self,
        body: &str,
        what: &str,
    ) -> Result<T, ProviderError> {
        serde_json::from_str(body).map_err(|e| self.malformed(format!("{what}: {e}")))
    }
}

/// A translation as an answer carries it: `None` when its JSON string is no text, such as a
/// lone surrogate (`"\ud800"`), which serde_json refuses for a `String` and so would fail the
/// whole answer. It is read as bytes, which serde_json gives for such a string (WTF-8), so
/// that one bad text fails alone, to be sent again, and the rest of the answer, paid for, is
/// kept.
#[derive(Debug, Default)]
pub(crate) struct AnswerText(pub Option<String>);

impl<'de> serde::Deserialize<'de> for AnswerText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = AnswerText;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E>(self, v: &str) -> Result<AnswerText, E> {
                Ok(AnswerText(Some(v.to_owned())))
            }

            fn visit_bytes<E>(self, v: &[u8]) -> Result<AnswerText, E> {
                Ok(AnswerText(std::str::from_utf8(v).ok().map(str::to_owned)))
            }

            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<AnswerText, E> {
                Ok(AnswerText(String::from_utf8(v).ok()))
            }
        }
        deserializer.deserialize_bytes(Text)
    }
}

/// The HTTP client every provider uses: one per provider, for connection reuse.
fn http_client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(concat!("bitext/", env!("CARGO_PKG_VERSION")))
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .build()
        .expect("the TLS backend is compiled in")
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

/// The most an answer to a request of `sent` bytes may be: translations are about as long as
/// their sources (Chinese to Vietnamese grows them at most a few times), JSON escaping at most
/// six times that (`\\uXXXX`), and a fixed allowance covers lists such as `/languages` and
/// error pages. Well past anything real, well short of what would exhaust memory.
pub(crate) fn answer_limit(sent: usize) -> usize {
    const ALLOWANCE: usize = 4 << 20;
    ALLOWANCE.saturating_add(sent.saturating_mul(32))
}

/// Reads `Retry-After` (seconds, or an HTTP date), `retry-after-ms` and OpenAI's
/// `x-ratelimit-reset-*`: the one place a server's wait is parsed.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    retry_after_at(headers, std::time::SystemTime::now())
}

/// [`retry_after`] as seen at `now`, which an HTTP date is counted from.
fn retry_after_at(
    headers: &reqwest::header::HeaderMap,
    now: std::time::SystemTime,
) -> Option<Duration> {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(ms) = get("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        if let Some(wait) = seconds(ms / 1000.0) {
            return Some(wait);
        }
    }
    if let Some(value) = get("retry-after").map(str::trim) {
        if let Some(wait) = value.parse::<f64>().ok().and_then(seconds) {
            return Some(wait);
        }
        // `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`: the wait is until then (none if past).
        if let Ok(at) = httpdate::parse_http_date(value) {
            return Some(at.duration_since(now).unwrap_or(Duration::ZERO));
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
    seconds(total)
}

/// A wait a server gave in seconds: `None` for a negative or not-a-number one, and
/// [`Duration::MAX`] for one too long for a `Duration` (`1e30`), which the pipeline then
/// refuses to sleep for, as it does any wait past its longest.
fn seconds(value: f64) -> Option<Duration> {
    if value.is_nan() || value < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(value).unwrap_or(Duration::MAX))
}

/// The body of an error response, shortened, for messages.
fn short_body(body: &str) -> String {
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
    fn a_text_that_is_no_text_fails_alone_and_the_rest_of_the_answer_is_kept() {
        #[derive(serde::Deserialize)]
        struct Answer {
            texts: Vec<AnswerText>,
        }
        let body = r#"{"texts": ["Đoàn đại biểu", "\ud800", "代表团\u4e86", "\udc00 tail", "😀 \ud83d\ude00"]}"#;
        let answer: Answer = serde_json::from_str(body).unwrap();
        let texts: Vec<Option<String>> = answer.texts.into_iter().map(|t| t.0).collect();
        assert_eq!(
            texts,
            [
                Some("Đoàn đại biểu".to_string()),
                None,
                Some("代表团了".to_string()),
                None,
                Some("😀 😀".to_string())
            ]
        );
        // Whatever is not a string is still an error, as before.
        assert!(serde_json::from_str::<Answer>(r#"{"texts": [1]}"#).is_err());
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("20ms"), Some(Duration::from_millis(20)));
        assert_eq!(parse_go_duration("6m0s"), Some(Duration::from_secs(360)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("soon"), None);
    }

    fn headers(pairs: &[(&'static str, &str)]) -> reqwest::header::HeaderMap {
        let mut map = reqwest::header::HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn an_http_date_is_a_wait_until_then() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        let at = |date: &str| retry_after_at(&headers(&[("retry-after", date)]), now);
        assert_eq!(
            at("Wed, 21 Oct 2015 07:28:30 GMT"),
            Some(Duration::from_secs(30))
        );
        assert_eq!(at("Wed, 21 Oct 2015 07:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(at("tomorrow"), None);
    }

    #[test]
    fn absurd_waits_are_the_longest_wait_not_a_panic() {
        let longest = Some(Duration::MAX);
        assert_eq!(retry_after(&headers(&[("retry-after", "1e30")])), longest);
        assert_eq!(retry_after(&headers(&[("retry-after", "inf")])), longest);
        assert_eq!(
            retry_after(&headers(&[("retry-after-ms", "1e300")])),
            longest
        );
        assert_eq!(
            retry_after(&headers(&[(
                "x-ratelimit-reset-requests",
                "99999999999999999999h"
            )])),
            longest
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "NaN")])), None);
        assert_eq!(retry_after(&headers(&[("retry-after", "-5")])), None);
        assert_eq!(
            retry_after(&headers(&[("retry-after", "99999")])),
            Some(Duration::from_secs(99_999))
        );
        assert_eq!(
            retry_after(&headers(&[("retry-after-ms", "250")])),
            Some(Duration::from_millis(250))
        );
    }
}
