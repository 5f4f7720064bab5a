//! Google Cloud Translation: v2 Basic (`POST /language/translate/v2`, API key in the `key`
//! query parameter) and v3 Advanced (`POST /v3/projects/P/locations/L:translateText`, OAuth
//! Bearer token, optional glossary resource), with Google's language codes, limits and errors.
//!
//! Texts are asked for as plain text (`format: "text"`, `mimeType: "text/plain"`): the default
//! is HTML, which would turn `&` into `&amp;` and drop anything that looks like a tag. Where
//! no v3 glossary covers the pair, the terms go as placeholders on the first send (Google
//! counts every character sent, markup included ([`Provider::billed_chars`]), and a
//! placeholder costs six), or, with `terms = "markup"`, as HTML with each term's target form
//! inside `<span translate="no">` (Google's documented way to keep text untranslated), the
//! rest escaped. A strict re-send, after a placeholder was lost, always goes in the spans.

use super::http::{AnswerText, Http, Reply};
use super::markup;
use super::registry::{KeyVars, Registered};
use super::{ApiKey, Batch, BatchOutput, CommonSettings, Limits, Provider, ProviderError};
use crate::lang::Lang;
use futures::future::BoxFuture;
use serde::Deserialize;

const DEFAULT_HOST: &str = "https://translation.googleapis.com";
/// v2: at most 128 segments and 100 KB per request; leave room for the JSON around them.
const V2_MAX_TEXTS: usize = 128;
const V2_MAX_BYTES: usize = 90 * 1024;
/// v3: at most 1024 items and 30,000 code points; bytes bound code points from above.
const V3_MAX_TEXTS: usize = 100;
const V3_MAX_BYTES: usize = 25_000;

/// Which of Google's two translation APIs a profile uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GoogleApi {
    /// Cloud Translation Basic: API key, no glossaries.
    #[default]
    V2,
    /// Cloud Translation Advanced: OAuth token, project and location, glossaries.
    V3,
}

/// The keys of a `kind = "google"` profile besides the common ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoogleSection {
    /// "v2" (Basic, API key) or "v3" (Advanced, OAuth token).
    pub api: Option<String>,
    /// v3: the Cloud project id.
    pub project: Option<String>,
    /// v3: the location; `global` unless configured (or taken from the glossary's name).
    pub location: Option<String>,
    /// v3: a glossary resource, `projects/P/locations/L/glossaries/G`.
    pub glossary: Option<String>,
    /// How terms no glossary takes go on a first send: "placeholders" (default) or "markup".
    pub terms: Option<markup::FirstSend>,
}

impl GoogleSection {
    /// v3 when asked for, or when a project is set, else v2; `None` for an API not known.
    pub fn api(&self) -> Option<GoogleApi> {
        match self.api.as_deref() {
            Some("v2") => Some(GoogleApi::V2),
            Some("v3") => Some(GoogleApi::V3),
            Some(_) => None,
            None if self.project.is_some() => Some(GoogleApi::V3),
            None => Some(GoogleApi::V2),
        }
    }
}

/// The language pairs a v3 glossary covers, as Google reports them.
#[derive(Debug)]
enum Coverage {
    Pair(Lang, Lang),
    Set(Vec<Lang>),
}

impl Coverage {
    fn covers(&self, source: Lang, target: Lang) -> bool {
        match self {
            Coverage::Pair(s, t) => *s == source && *t == target,
            Coverage::Set(langs) => langs.contains(&source) && langs.contains(&target),
        }
    }
}

pub struct Google {
    api: GoogleApi,
    base: String,
    url: String,
    model: Option<String>,
    glossary: Option<String>,
    /// What the glossary covers, fetched once before the first request that could use it.
    coverage: tokio::sync::OnceCell<Option<Coverage>>,
    key: ApiKey,
    http: Http,
    batch_size: usize,
    first_send: markup::FirstSend,
}

/// How a batch's terms travel.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Terms {
    /// No terms to protect, or a v3 glossary takes them: plain text as it is.
    Plain,
    /// Plain text, each term a placeholder, an unchanged one left as it is.
    Placeholders,
    /// HTML, each term's target form inside `<span translate="no">`.
    Spans(markup::Unchanged),
}

#[derive(Deserialize)]
struct V2Response {
    data: V2Data,
}

#[derive(Deserialize)]
struct V2Data {
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct V3Response {
    #[serde(default)]
    translations: Vec<Translation>,
    #[serde(default)]
    glossary_translations: Option<Vec<Translation>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Translation {
    translated_text: AnswerText,
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    errors: Vec<ErrorItem>,
    /// v3 puts `google.rpc.ErrorInfo` objects here, with a `reason` of their own.
    #[serde(default)]
    details: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct ErrorItem {
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GlossaryInfo {
    #[serde(default)]
    language_pair: Option<LanguagePair>,
    #[serde(default)]
    language_codes_set: Option<LanguageCodesSet>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LanguagePair {
    source_language_code: String,
    target_language_code: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LanguageCodesSet {
    #[serde(default)]
    language_codes: Vec<String>,
}

/// Google's code for a language (`zh` and `zh-TW` read back as Chinese too).
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Vi => "vi",
        Lang::Zh => "zh-CN",
    }
}

fn lang_of(code: &str) -> Option<Lang> {
    let code = code.to_ascii_lowercase();
    match code.split(['-', '_']).next().unwrap_or_default() {
        "en" => Some(Lang::En),
        "vi" => Some(Lang::Vi),
        "zh" => Some(Lang::Zh),
        _ => None,
    }
}

/// The location part of `projects/P/locations/L/glossaries/G`, if the name has that shape.
fn glossary_location(name: &str) -> Option<&str> {
    let parts: Vec<&str> = name.split('/').collect();
    match parts.as_slice() {
        ["projects", p, "locations", l, "glossaries", g]
            if !p.is_empty() && !l.is_empty() && !g.is_empty() =>
        {
            Some(l)
        }
        _ => None,
    }
}

/// An item's text with its terms as placeholders (a first send's), an unchanged one left.
fn placehold(item: &super::BatchItem) -> markup::Placeheld<'_> {
    markup::placehold(&item.text, &item.terms, markup::Unchanged::Left)
}

/// Where a v3 profile that names no variable of its own reads its token.
const TOKEN_ENV: &str = "GOOGLE_ACCESS_TOKEN";

impl Registered for Google {
    type Section = GoogleSection;

    fn validate(profile: &str, section: &GoogleSection) -> Result<(), String> {
        match (section.api(), &section.api) {
            (None, Some(other)) => Err(format!(
                "[providers.{profile}] api = \"{other}\" is not supported: use \"v2\" (Basic, API key) or \"v3\" (Advanced, access token)"
            )),
            _ => Ok(()),
        }
    }

    /// A v3 profile that names no variable of its own reads a token, not the built-in key.
    fn key_env(section: &GoogleSection, vars: KeyVars<'_>) -> Option<String> {
        let env = match section.api() {
            Some(GoogleApi::V3) => vars.user.unwrap_or(TOKEN_ENV),
            _ => vars.user.or(vars.builtin).or(vars.default)?,
        };
        Some(env.to_string())
    }

    fn build(settings: &CommonSettings, opts: &GoogleSection) -> Result<Self, String> {
        let name = &settings.name;
        Self::validate(name, opts)?;
        let api = opts.api().unwrap_or_default();
        let env = match (&settings.api_key_env, api) {
            (Some(env), _) => env.clone(),
            (None, GoogleApi::V2) => settings.key_env.clone(),
            (None, GoogleApi::V3) => TOKEN_ENV.to_string(),
        };
        let key = settings.api_key.clone().ok_or_else(|| match api {
            GoogleApi::V2 => format!(
                "provider '{name}' (google v2) needs an API key: set the environment variable {env}"
            ),
            GoogleApi::V3 => format!(
                "provider '{name}' (google v3) needs an OAuth access token: set the environment variable {env} (e.g. to the output of `gcloud auth print-access-token`)"
            ),
        })?;
        let base = settings.base_url(DEFAULT_HOST);
        let (url, max) = match api {
            GoogleApi::V2 => {
                if opts.glossary.is_some() {
                    return Err(format!(
                        "[providers.{name}] glossary needs api = \"v3\" (Cloud Translation Basic has no glossaries)"
                    ));
                }
                (format!("{base}/language/translate/v2"), V2_MAX_TEXTS)
            }
            GoogleApi::V3 => {
                let project = opts.project.as_deref().filter(|p| !p.trim().is_empty());
                let project = project.ok_or_else(|| {
                    format!("[providers.{name}] api = \"v3\" needs project = \"your-project-id\"")
                })?;
                let from_glossary = match &opts.glossary {
                    None => None,
                    Some(g) => Some(glossary_location(g).ok_or_else(|| {
                        format!(
                            "[providers.{name}] glossary = \"{g}\" is not a glossary name: use projects/P/locations/L/glossaries/G"
                        )
                    })?),
                };
                let location = match (opts.location.as_deref(), from_glossary) {
                    (Some(l), Some(g)) if l != g => {
                        return Err(format!(
                            "[providers.{name}] location = \"{l}\" but the glossary lives in \"{g}\": Google needs them to match"
                        ))
                    }
                    (Some(l), _) => l,
                    (None, Some(g)) => g,
                    (None, None) => "global",
                };
                (
                    format!("{base}/v3/projects/{project}/locations/{location}:translateText"),
                    V3_MAX_TEXTS,
                )
            }
        };
        let model = settings.model.clone().filter(|m| !m.trim().is_empty());
        let model = match (api, model) {
            // v3 names models by resource; a short name is taken as relative to the location.
            (GoogleApi::V3, Some(m)) if !m.starts_with("projects/") => {
                let prefix = url
                    .trim_start_matches(&format!("{base}/v3/"))
                    .trim_end_matches(":translateText");
                Some(format!("{prefix}/models/{m}"))
            }
            (_, m) => m,
        };
        let http = Http::new(&CommonSettings {
            key_env: env,
            ..settings.clone()
        });
        Ok(Google {
            api,
            base,
            url,
            model,
            glossary: opts.glossary.clone(),
            coverage: tokio::sync::OnceCell::new(),
            key,
            http,
            batch_size: settings.batch_size_within(max),
            first_send: opts.terms.unwrap_or_default(),
        })
    }
}

impl Google {
    /// Maps an error response to what the pipeline should do; the key never reaches a message.
    pub(crate) fn error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &str,
    ) -> ProviderError {
        let (message, state, reasons) = match serde_json::from_str::<ErrorEnvelope>(body) {
            Ok(ErrorEnvelope { error: e }) => {
                let details = e
                    .details
                    .iter()
                    .filter_map(|d| d.get("reason").and_then(|r| r.as_str()))
                    .map(str::to_string);
                let reasons: Vec<String> = e
                    .errors
                    .into_iter()
                    .map(|i| i.reason)
                    .chain(details)
                    .collect();
                (e.message, e.status, reasons)
            }
            Err(_) => (self.http.shown_body(body), String::new(), Vec::new()),
        };
        let message = self.http.redact(&message);
        let has = |r: &str| reasons.iter().any(|x| x.eq_ignore_ascii_case(r));
        let lower = message.to_ascii_lowercase();
        let daily = has("dailyLimitExceeded") || lower.contains("daily limit exceeded");
        let rate = has("userRateLimitExceeded")
            || has("rateLimitExceeded")
            || has("RATE_LIMIT_EXCEEDED")
            || state == "RESOURCE_EXHAUSTED"
            || lower.contains("user rate limit exceeded");
        let provider = self.http.name.clone();
        match status {
            404 => ProviderError::Unusable {
                provider,
                message: format!(
                    "{} not found (HTTP 404{}): check the endpoint, project, location and glossary",
                    self.url,
                    if message.is_empty() {
                        String::new()
                    } else {
                        format!(": {message}")
                    }
                ),
            },
            403 | 429 if daily => ProviderError::Quota {
                provider,
                status,
                message,
            },
            // Per-minute quotas arrive as 403 (v2) or 429 RESOURCE_EXHAUSTED (v3); both pass.
            403 if rate => ProviderError::RateLimited {
                provider,
                status,
                retry_after: super::http::retry_after(headers),
                message,
            },
            // A bad API key is a 400 whose ErrorInfo says API_KEY_INVALID.
            401 | 403 | 400 if status != 400 || has("API_KEY_INVALID") => ProviderError::Auth {
                provider,
                status,
                message,
                hint: match self.api {
                    GoogleApi::V2 => format!("check the API key in {}", self.http.key_env),
                    GoogleApi::V3 => format!(
                        "check the access token in {} (tokens expire after about an hour: `gcloud auth print-access-token`) and that it may use the project",
                        self.http.key_env
                    ),
                },
            },
            _ => self.http.status_error(status, headers, message, false),
        }
    }

    /// How this batch's terms travel, given whether a glossary of the pair's takes them
    /// (`used_glossary`): on a strict re-send in the spans, all of them; on a first send as
    /// the profile says, leaving the terms already in their target form.
    fn terms_for(&self, batch: &Batch, used_glossary: bool) -> Terms {
        let left = markup::Unchanged::Left;
        let unchanged = if batch.strict {
            markup::Unchanged::Marked
        } else {
            left
        };
        if used_glossary
            || !batch
                .items
                .iter()
                .any(|i| markup::marks(&i.terms, unchanged))
        {
            Terms::Plain
        } else if batch.strict {
            Terms::Spans(unchanged)
        } else {
            match self.first_send {
                markup::FirstSend::Placeholders => Terms::Placeholders,
                markup::FirstSend::Markup => Terms::Spans(left),
            }
        }
    }

    /// The texts as sent.
    fn wire_texts(batch: &Batch, terms: Terms) -> Vec<String> {
        batch
            .items
            .iter()
            .map(|i| match terms {
                Terms::Plain => i.text.clone(),
                Terms::Placeholders => placehold(i).text,
                Terms::Spans(unchanged) => markup::protect_html(&i.text, &i.terms, unchanged),
            })
            .collect()
    }

    async fn send(&self, batch: &Batch) -> Result<BatchOutput, ProviderError> {
        let (request, used_glossary) = match self.api {
            GoogleApi::V2 => {
                let terms = self.terms_for(batch, false);
                let html = matches!(terms, Terms::Spans(_));
                let texts = Self::wire_texts(batch, terms);
                let mut body = serde_json::json!({
                    "q": texts,
                    "source": code(batch.source),
                    "target": code(batch.target),
                    "format": if html { "html" } else { "text" },
                });
                if let Some(m) = &self.model {
                    body["model"] = m.as_str().into();
                }
                let request = self
                    .http
                    .client
                    .post(&self.url)
                    .query(&[("key", self.key.expose())])
                    .json(&body);
                (request, false)
            }
            GoogleApi::V3 => {
                let glossary = match &self.glossary {
                    Some(g) if self.glossary_covers(batch.source, batch.target).await? => Some(g),
                    _ => None,
                };
                let terms = self.terms_for(batch, glossary.is_some());
                let html = matches!(terms, Terms::Spans(_));
                let mut body = serde_json::json!({
                    "contents": Self::wire_texts(batch, terms),
                    "sourceLanguageCode": code(batch.source),
                    "targetLanguageCode": code(batch.target),
                    "mimeType": if html { "text/html" } else { "text/plain" },
                });
                if let Some(m) = &self.model {
                    body["model"] = m.as_str().into();
                }
                if let Some(g) = glossary {
                    body["glossaryConfig"] =
                        serde_json::json!({ "glossary": g, "ignoreCase": false });
                }
                let request = self
                    .http
                    .client
                    .post(&self.url)
                    .bearer_auth(self.key.expose())
                    .json(&body);
                (request, glossary.is_some())
            }
        };
        let Reply {
            status,
            headers,
            body: text,
        } = self.http.send(request).await?;
        if status != 200 {
            return Err(self.error(status, &headers, &text));
        }
        self.read_answer(batch, used_glossary, &text)
    }

    /// The texts of a successful answer's body, in the batch's order; `used_glossary` when
    /// the request named the glossary, whose answers are then the ones taken. Apart from
    /// `send` so that the fuzz target reaches it without HTTP.
    pub(crate) fn read_answer(
        &self,
        batch: &Batch,
        used_glossary: bool,
        text: &str,
    ) -> Result<BatchOutput, ProviderError> {
        let translations = match self.api {
            GoogleApi::V2 => self.http.decode::<V2Response>(text)?.data.translations,
            GoogleApi::V3 => {
                let parsed = self.http.decode::<V3Response>(text)?;
                // The glossary's answers are the ones that honour the terms.
                match parsed.glossary_translations {
                    Some(g) if used_glossary => g,
                    _ => parsed.translations,
                }
            }
        };
        // Google answers in request order; a different count cannot be aligned safely.
        if translations.len() != batch.items.len() {
            return Err(self.http.count_mismatch(
                batch.items.len(),
                translations.len(),
                "translations",
            ));
        }
        let terms = self.terms_for(batch, used_glossary);
        Ok(BatchOutput {
            texts: translations
                .into_iter()
                .zip(&batch.items)
                .map(|(t, item)| {
                    t.translated_text.0.map(|text| match terms {
                        Terms::Plain => text,
                        Terms::Placeholders => markup::restore(&text, &placehold(item).terms),
                        Terms::Spans(_) => markup::unprotect_html(&text),
                    })
                })
                .collect(),
            billed_chars: self.wire_chars(batch, used_glossary),
            tokens: 0,
        })
    }

    /// Google bills the characters sent, whitespace and markup included.
    fn wire_chars(&self, batch: &Batch, used_glossary: bool) -> u64 {
        Self::wire_texts(batch, self.terms_for(batch, used_glossary))
            .iter()
            .map(|t| crate::text::char_count(t))
            .sum()
    }

    /// Whether the configured glossary covers this pair; its languages are read once from
    /// `GET /v3/{glossary}`. A pair outside the glossary is translated without it, as Google
    /// would reject the request.
    async fn glossary_covers(&self, source: Lang, target: Lang) -> Result<bool, ProviderError> {
        let Some(name) = &self.glossary else {
            return Ok(false);
        };
        let coverage = self
            .coverage
            .get_or_try_init(|| async {
                let request = self
                    .http
                    .client
                    .get(format!("{}/v3/{name}", self.base))
                    .bearer_auth(self.key.expose());
                let Reply {
                    status,
                    headers,
                    body,
                } = self.http.send(request).await?;
                if status == 404 {
                    return Err(ProviderError::Unusable {
                        provider: self.http.name.clone(),
                        message: format!(
                            "glossary {name} not found (HTTP 404): check its name and location"
                        ),
                    });
                }
                if status != 200 {
                    return Err(self.error(status, &headers, &body));
                }
                let info: GlossaryInfo =
                    self.http.decode_part(&body, &format!("glossary {name}"))?;
                let coverage = match (info.language_pair, info.language_codes_set) {
                    (Some(p), _) => lang_of(&p.source_language_code)
                        .zip(lang_of(&p.target_language_code))
                        .map(|(s, t)| Coverage::Pair(s, t)),
                    (None, Some(set)) => Some(Coverage::Set(
                        set.language_codes.iter().filter_map(|c| lang_of(c)).collect(),
                    )),
                    (None, None) => None,
                };
                if coverage.is_none() {
                    tracing::warn!(glossary = %name, "the glossary names no language this tool uses; translating without it");
                }
                Ok::<_, ProviderError>(coverage)
            })
            .await?;
        Ok(coverage.as_ref().is_some_and(|c| c.covers(source, target)))
    }
}

impl Provider for Google {
    fn kind(&self) -> &'static str {
        "google"
    }

    fn model(&self) -> String {
        match (&self.model, self.api) {
            (Some(m), _) => m.clone(),
            (None, GoogleApi::V2) => "nmt".to_string(),
            (None, GoogleApi::V3) => "general/nmt".to_string(),
        }
    }

    fn endpoint_family(&self) -> &'static str {
        match self.api {
            GoogleApi::V2 => "google-v2",
            GoogleApi::V3 => "google-v3",
        }
    }

    fn options(&self) -> serde_json::Value {
        serde_json::json!({
            "format": "text",
            "zh": "zh-CN",
            "glossary": self.glossary,
        })
    }

    fn capabilities(&self) -> super::Capabilities {
        // The glossary's pairs are known once its resource has been read (by `prepare` or
        // `check`); before that nothing is promised, and the pipeline's checks still apply.
        let glossary = match self.coverage.get() {
            Some(Some(coverage)) => super::Pairs::matching(|s, t| coverage.covers(s, t)),
            _ => super::Pairs::NONE,
        };
        super::Capabilities {
            glossary,
            // Elsewhere the terms go inside `translate="no"` spans.
            tags: super::Pairs::matching(|s, t| !glossary.contains(s, t)),
            ..super::Capabilities::default()
        }
    }

    /// What the request will send: a glossary where one is known to cover the pair (read by
    /// `prepare`), else the terms as markup.
    fn billed_chars(&self, batch: &Batch) -> u64 {
        let used_glossary = self.glossary.is_some()
            && self
                .capabilities()
                .glossary
                .contains(batch.source, batch.target);
        self.wire_chars(batch, used_glossary)
    }

    fn prepare<'a>(
        &'a self,
        _glossary: &'a crate::glossary::Glossary,
        _pairs: &'a [(Lang, Lang)],
    ) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async move {
            if self.glossary.is_some() {
                self.glossary_covers(Lang::En, Lang::En).await?;
            }
            Ok(())
        })
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: match self.api {
                GoogleApi::V2 => V2_MAX_BYTES,
                GoogleApi::V3 => V3_MAX_BYTES,
            },
        }
    }

    fn check(&self) -> BoxFuture<'_, Result<String, ProviderError>> {
        Box::pin(async {
            let request = match self.api {
                GoogleApi::V2 => self
                    .http
                    .client
                    .get(format!("{}/languages", self.url))
                    .query(&[("key", self.key.expose())]),
                GoogleApi::V3 => self
                    .http
                    .client
                    .get(self.url.replace(":translateText", "/supportedLanguages"))
                    .bearer_auth(self.key.expose()),
            };
            let reply = self.http.send(request).await?;
            if reply.status != 200 {
                return Err(self.error(reply.status, &reply.headers, &reply.body));
            }
            let body: serde_json::Value = self.http.decode_part(&reply.body, "languages")?;
            let (list, field) = match self.api {
                GoogleApi::V2 => (&body["data"]["languages"], "language"),
                GoogleApi::V3 => (&body["languages"], "languageCode"),
            };
            let langs: Vec<String> = list
                .as_array()
                .map(|l| {
                    l.iter()
                        .filter_map(|x| x[field].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let mut found = super::describe_languages(&langs, ["en", "vi", "zh-CN"]);
            if let Some(name) = &self.glossary {
                // Reading the glossary also tells `capabilities` which pairs it covers.
                self.glossary_covers(Lang::En, Lang::En).await?;
                found.push_str(&format!("; glossary {name} readable"));
            }
            Ok(found)
        })
    }

    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
        Box::pin(self.send(batch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> CommonSettings {
        super::super::test_settings("google", "AIza-secret-key", "GOOGLE_API_KEY")
    }

    fn section(api: &str) -> GoogleSection {
        GoogleSection {
            api: Some(api.into()),
            project: Some("proj".into()),
            ..Default::default()
        }
    }

    #[test]
    fn urls_models_and_limits() {
        let v2 = Google::build(&settings(), &section("v2")).unwrap();
        assert_eq!(v2.url, "http://127.0.0.1:9/language/translate/v2");
        assert_eq!(v2.model(), "nmt");
        assert_eq!(v2.endpoint_family(), "google-v2");
        assert_eq!(v2.limits().max_texts, 128);
        let mut s = settings();
        s.model = Some("general/translation-llm".into());
        let mut g = section("v3");
        g.glossary = Some("projects/proj/locations/us-central1/glossaries/g".into());
        let v3 = Google::build(&s, &g).unwrap();
        assert_eq!(
            v3.url,
            "http://127.0.0.1:9/v3/projects/proj/locations/us-central1:translateText"
        );
        assert_eq!(
            v3.model(),
            "projects/proj/locations/us-central1/models/general/translation-llm"
        );
        assert_eq!(v3.limits().max_texts, 100);
        g.location = Some("global".into());
        let e = Google::build(&s, &g).err().unwrap_or_default();
        assert!(e.contains("match"), "{e}");
        let mut g = section("v2");
        g.glossary = Some("projects/p/locations/l/glossaries/g".into());
        assert!(Google::build(&settings(), &g).is_err());
    }

    #[test]
    fn errors_are_classified_and_redacted() {
        let g = Google::build(&settings(), &section("v2")).unwrap();
        let h = reqwest::header::HeaderMap::new();
        let body = |code: u16, reason: &str, status: &str, msg: &str| {
            serde_json::json!({"error": {"code": code, "message": msg, "status": status,
                "errors": [{"reason": reason, "domain": "usageLimits", "message": msg}]}})
            .to_string()
        };
        let e = g.error(
            403,
            &h,
            &body(403, "userRateLimitExceeded", "", "User Rate Limit Exceeded"),
        );
        assert!(matches!(e, ProviderError::RateLimited { .. }), "{e}");
        let e = g.error(
            403,
            &h,
            &body(403, "dailyLimitExceeded", "", "Daily Limit Exceeded"),
        );
        assert!(matches!(e, ProviderError::Quota { .. }), "{e}");
        let e = g.error(
            400,
            &h,
            &body(
                400,
                "badRequest",
                "INVALID_ARGUMENT",
                "API key not valid: AIza-secret-key",
            ),
        );
        assert!(matches!(e, ProviderError::Rejected { .. }), "{e}");
        assert!(!e.to_string().contains("AIza-secret-key"), "{e}");
        let e = g.error(
            403,
            &h,
            &body(403, "forbidden", "PERMISSION_DENIED", "denied"),
        );
        assert!(matches!(e, ProviderError::Auth { .. }), "{e}");
        let e = g.error(
            429,
            &h,
            &body(429, "", "RESOURCE_EXHAUSTED", "Quota exceeded"),
        );
        assert!(matches!(e, ProviderError::RateLimited { .. }), "{e}");
        assert!(matches!(g.error(401, &h, ""), ProviderError::Auth { .. }));
        assert!(matches!(
            g.error(503, &h, "oops"),
            ProviderError::Server { .. }
        ));
        assert!(matches!(
            g.error(404, &h, ""),
            ProviderError::Unusable { .. }
        ));
    }

    fn batch_with_terms() -> Batch {
        let item = |text: &str, terms: Vec<crate::glossary::TermPair>| super::super::BatchItem {
            id: "s1".into(),
            text: text.into(),
            terms,
        };
        let swf = crate::glossary::TermPair {
            id: "swf".into(),
            source: "Shanghai Women's Federation".into(),
            target: "上海市妇女联合会".into(),
        };
        Batch {
            source: Lang::En,
            target: Lang::Zh,
            items: vec![
                item("The Shanghai Women's Federation & partners", vec![swf]),
                item("Q&A <today>", vec![]),
            ],
            strict: false,
            context: None,
        }
    }

    #[test]
    fn terms_without_a_glossary_go_as_placeholders_then_in_untranslated_spans() {
        let g = Google::build(&settings(), &section("v2")).unwrap();
        let batch = batch_with_terms();
        // The first send: placeholders in plain text, billed as sent.
        assert_eq!(g.terms_for(&batch, false), Terms::Placeholders);
        let first = Google::wire_texts(&batch, Terms::Placeholders);
        assert_eq!(first, ["The [[T1]] & partners", "Q&A <today>"]);
        assert_eq!(g.billed_chars(&batch), 32);
        // Google's answers to two texts, read back.
        let read = |batch: &Batch, answers: [&str; 2]| {
            let translations: Vec<_> = answers
                .iter()
                .map(|a| serde_json::json!({ "translatedText": a }))
                .collect();
            let body = serde_json::json!({"data": {"translations": translations}});
            g.read_answer(batch, false, &body.to_string()).unwrap()
        };
        let out = read(
            &batch,
            ["<zh-CN> [[ T1 ]] & partners", "<zh-CN> Q&A <today>"],
        );
        let texts: Vec<&str> = out.texts.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            texts,
            ["<zh-CN> 上海市妇女联合会 & partners", "<zh-CN> Q&A <today>"]
        );

        // The strict re-send: HTML, the target form inside a span, the rest escaped.
        let strict = Batch {
            strict: true,
            ..batch.clone()
        };
        let terms = g.terms_for(&strict, false);
        let html = Google::wire_texts(&strict, terms);
        assert_eq!(
            html,
            [
                "The <span translate=\"no\">上海市妇女联合会</span> &amp; partners",
                "Q&amp;A &lt;today&gt;"
            ]
        );
        // Google bills what it is sent, the markup with it.
        let sent: u64 = html.iter().map(|t| crate::text::char_count(t)).sum();
        assert_eq!(g.billed_chars(&strict), sent);
        let out = read(
            &strict,
            [
                "&lt;zh-CN&gt; <span translate=\"no\">上海市妇女联合会</span> &amp; partner&#39;s",
                "Q&amp;A &lt;today&gt;",
            ],
        );
        let texts: Vec<&str> = out.texts.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            texts,
            ["<zh-CN> 上海市妇女联合会 & partner's", "Q&A <today>"]
        );
        assert_eq!(out.billed_chars, sent);

        // A batch without terms goes as plain text, as before.
        let plain = Batch {
            items: batch.items[1..].to_vec(),
            ..batch.clone()
        };
        assert_eq!(g.terms_for(&plain, false), Terms::Plain);
        assert_eq!(g.billed_chars(&plain), 11);
    }

    #[test]
    fn terms_markup_sends_spans_first_and_leaves_a_term_already_in_its_target_form() {
        let mut markup = section("v2");
        markup.terms = Some(markup::FirstSend::Markup);
        let g = Google::build(&settings(), &markup).unwrap();
        let mut batch = batch_with_terms();
        batch.target = Lang::Vi;
        let term = |source: &str, target: &str| crate::glossary::TermPair {
            id: source.into(),
            source: source.into(),
            target: target.into(),
        };
        batch.items[0].text = "ASEAN and the Shanghai Women's Federation".into();
        batch.items[0].terms = vec![
            term("ASEAN", "ASEAN"),
            term(
                "Shanghai Women's Federation",
                "Hội Liên hiệp Phụ nữ Thượng Hải",
            ),
        ];
        let first = Google::wire_texts(&batch, g.terms_for(&batch, false));
        assert_eq!(
            first[0],
            "ASEAN and the <span translate=\"no\">Hội Liên hiệp Phụ nữ Thượng Hải</span>"
        );
        // Only unchanged terms: nothing to mark, plain text.
        batch.items[0].terms.truncate(1);
        assert_eq!(g.terms_for(&batch, false), Terms::Plain);
        batch.strict = true;
        assert_eq!(
            g.terms_for(&batch, false),
            Terms::Spans(markup::Unchanged::Marked)
        );
        // A profile with an unknown method does not load.
        let bad: Result<GoogleSection, _> = toml::from_str("terms = \"tags\"");
        assert!(bad.is_err());
    }

    #[test]
    fn language_codes() {
        assert_eq!(code(Lang::Zh), "zh-CN");
        assert_eq!(lang_of("zh-TW"), Some(Lang::Zh));
        assert_eq!(lang_of("EN"), Some(Lang::En));
        assert_eq!(lang_of("fr"), None);
        assert!(Coverage::Set(vec![Lang::En, Lang::Zh]).covers(Lang::En, Lang::Zh));
        assert!(!Coverage::Pair(Lang::En, Lang::Zh).covers(Lang::Zh, Lang::En));
    }
}
