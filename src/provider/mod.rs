//! Translation providers: one submodule per API, all behind the [`Provider`] trait.
//!
//! A provider turns a [`Batch`] of segments (same language pair) into one answer per segment.
//! It knows its wire format, its limits and its errors; it knows nothing of the cache or of
//! retries, which the pipeline owns. An item the provider could not answer reliably is `None`,
//! so that the pipeline retries exactly that segment and never misaligns an answer.

pub mod deepl;
pub mod google;
mod http;
pub mod libretranslate;
mod markup;
pub mod microsoft;
pub mod openai;
pub mod pseudo;
pub mod registry;

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
    /// The paragraphs the items come from, for providers that take surrounding text apart
    /// from what they translate (DeepL's `context`, the LLM prompt); `None` when the provider
    /// takes none or its setting turned it off. Never part of the cache key (see
    /// [`Provider::wants_context`]).
    pub context: Option<String>,
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
    /// An answer that cannot be used. `paid` when the server accepted the request (a success
    /// status) and so billed it, whatever its body held: the run's bill counts it.
    #[error("{provider}: malformed response: {message}")]
    Malformed {
        provider: String,
        message: String,
        paid: bool,
    },
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

    /// Whether the request was billed although it failed: a success status whose answer
    /// could not be used (bad JSON, a count that cannot be aligned, not UTF-8, too large).
    pub fn was_paid(&self) -> bool {
        matches!(self, ProviderError::Malformed { paid: true, .. })
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

    /// Characters this request would be billed as the provider counts them: what it sends
    /// of each text, its markup included where the provider bills markup (Google, Microsoft,
    /// once per target), left out where it does not (DeepL's tags). `--dry-run` and the
    /// `--max-chars` budget count with it, so that both match the bill. The default is the
    /// texts as they are.
    fn billed_chars(&self, batch: &Batch) -> u64 {
        batch
            .items
            .iter()
            .map(|i| crate::text::char_count(&i.text))
            .sum()
    }

    /// Whether the provider takes the paragraphs around the texts it translates
    /// ([`Batch::context`]). Context shapes an answer without being what was asked, so it is
    /// not part of the cache key: a sentence is bought once however many paragraphs hold it,
    /// and what a cache already holds stays usable when context is turned on or off.
    fn wants_context(&self) -> bool {
        false
    }

    /// How many target languages one request may carry (Microsoft takes several).
    fn max_targets(&self) -> usize {
        1
    }

    /// The text an item goes as into `target` where it may share a request with other
    /// targets ([`Provider::max_targets`]): a text whose wire text is the same for several
    /// targets travels once, to all of them. `None` where the wire text holds something of the
    /// target's (its terms' forms in markup). The default: the text, where it has no terms.
    fn shared_wire_text(
        &self,
        _source: Lang,
        _target: Lang,
        item: &BatchItem,
        _strict: bool,
    ) -> Option<String> {
        item.terms.is_empty().then(|| item.text.clone())
    }

    /// Translates the same texts into several targets, one batch per target, in as few
    /// requests as the API allows. The batches share the source language and the item texts,
    /// and each item's [`Provider::shared_wire_text`] is the same for every target (the
    /// pipeline sends only such items together). Providers that take one target per request translate them in turn.
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

    /// Whether [`Provider::remaining_quota`] asks the provider (a round trip worth
    /// overlapping with the estimate it is compared with); `false` where it is always `None`.
    fn reports_quota(&self) -> bool {
        false
    }

    /// What the account may still be billed this period, where the provider reports it
    /// (DeepL's usage); `None` where it does not.
    fn remaining_quota(&self) -> BoxFuture<'_, Result<Option<Quota>, ProviderError>> {
        Box::pin(async { Ok(None) })
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

/// An account's characters this billing period, as the provider counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Quota {
    pub used: u64,
    pub limit: u64,
}

impl Quota {
    /// What may still be billed.
    pub fn remaining(&self) -> u64 {
        self.limit.saturating_sub(self.used)
    }
}

/// What every provider is built from: the common fields of its profile, resolved from
/// bitext.toml, the command line and the environment. What only one provider reads is in
/// that provider's own section type (see [`registry::Registered::Section`]).
#[derive(Clone, Debug)]
pub struct CommonSettings {
    /// The profile name the user chose (`deepl`, `ollama` ...).
    pub name: String,
    pub endpoint: Option<String>,
    pub model: Option<String>,
    pub api_key: Option<ApiKey>,
    /// The environment variable the key was looked up in; `None` when none was.
    pub api_key_env: Option<String>,
    /// The variable messages about the key name: `api_key_env`, else the provider's default.
    pub key_env: String,
    pub batch_size: Option<usize>,
    pub timeout: Duration,
}

impl CommonSettings {
    /// The configured endpoint, else `default`, without a trailing slash.
    pub fn base_url(&self, default: &str) -> String {
        self.endpoint
            .as_deref()
            .unwrap_or(default)
            .trim_end_matches('/')
            .to_string()
    }

    /// The configured batch size kept within 1..=`max`; `max` when none is configured.
    pub fn batch_size_within(&self, max: usize) -> usize {
        self.batch_size.unwrap_or(max).clamp(1, max)
    }
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

/// What `providers --check` says of a language list: its size and which of ours it has.
pub(crate) fn describe_languages(langs: &[String], ours: [&str; 3]) -> String {
    let found: Vec<&str> = ours
        .into_iter()
        .filter(|code| langs.iter().any(|l| l == code))
        .collect();
    format!("{} languages, of ours: {}", langs.len(), found.join(", "))
}

/// The settings of a provider's unit tests: `name`'s profile with `key`, pointed at a port
/// nothing listens on.
#[cfg(test)]
pub(crate) fn test_settings(name: &str, key: &str, key_env: &str) -> CommonSettings {
    CommonSettings {
        name: name.into(),
        endpoint: Some("http://127.0.0.1:9/".into()),
        model: None,
        api_key: Some(ApiKey::new(key)),
        api_key_env: None,
        key_env: key_env.into(),
        batch_size: None,
        timeout: Duration::from_secs(5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_redacted() {
        let key = ApiKey::new("sk-secret-123");
        assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
        assert_eq!(key.redact("bad key sk-secret-123"), "bad key [redacted]");
    }
}
