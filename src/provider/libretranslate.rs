//! LibreTranslate (`POST /translate`, usually self-hosted): batch requests, the optional key
//! in the body, and glossary terms kept through placeholders.
//!
//! LibreTranslate has no glossary feature. Before sending, each glossary term's source
//! occurrence is replaced by a placeholder token `[[T1]]`, `[[T2]]` … (ASCII brackets and
//! digits, which the Argos models copy through); in the answer each placeholder is replaced
//! by the term's target form. A placeholder the engine lost is simply missing: the text is
//! returned as it came, the pipeline's term check notices the missing term, retries the
//! segment once with `strict` (the same placeholders: there is nothing stronger) and then
//! records a violation.

use super::http::{AnswerText, Http, Reply};
use super::markup;
use super::registry::{NoSection, Registered};
use super::{ApiKey, Batch, BatchOutput, CommonSettings, Limits, Provider, ProviderError};
use crate::lang::Lang;
use futures::future::BoxFuture;
use serde::Deserialize;

const DEFAULT_ENDPOINT: &str = "http://localhost:5000";
/// The server's limits are its own flags (unlimited by default); keep requests modest.
const MAX_TEXTS: usize = 50;
const MAX_BYTES: usize = 30_000;

pub struct LibreTranslate {
    http: Http,
    base: String,
    key: Option<ApiKey>,
    batch_size: usize,
}

/// `translatedText` is an array for a batch and a string for a single `q`. Told apart by
/// hand, not by `#[serde(untagged)]`: that reads each string as text first, and one lone
/// surrogate would fail the whole answer instead of its own [`AnswerText`].
enum Translated {
    Many(Vec<AnswerText>),
    One(AnswerText),
}

impl<'de> Deserialize<'de> for Translated {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = Translated;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a list of strings")
            }

            fn visit_str<E>(self, v: &str) -> Result<Translated, E> {
                Ok(Translated::One(AnswerText(Some(v.to_owned()))))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Translated, A::Error> {
                let mut all = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(text) = seq.next_element::<AnswerText>()? {
                    all.push(text);
                }
                Ok(Translated::Many(all))
            }
        }
        deserializer.deserialize_any(Either)
    }
}

#[derive(Deserialize)]
struct TranslateResponse {
    #[serde(rename = "translatedText")]
    translated_text: Translated,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    error: String,
}

#[derive(Deserialize)]
struct LanguageInfo {
    code: String,
}

/// LibreTranslate's code for a language.
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Vi => "vi",
        Lang::Zh => "zh-Hans",
    }
}

/// The text as sent: every term a placeholder, the one enforcement LibreTranslate allows
/// (an unchanged name too: there is nothing stronger to fall back on).
fn placehold(item: &super::BatchItem) -> markup::Placeheld<'_> {
    markup::placehold(&item.text, &item.terms, markup::Unchanged::Marked)
}

impl Registered for LibreTranslate {
    type Section = NoSection;

    /// The key is optional: public instances want one, a local server usually does not.
    fn build(settings: &CommonSettings, _: &NoSection) -> Result<Self, String> {
        Ok(LibreTranslate {
            http: Http::new(settings),
            base: settings.base_url(DEFAULT_ENDPOINT),
            key: settings.api_key.clone(),
            batch_size: settings.batch_size_within(MAX_TEXTS),
        })
    }
}

impl LibreTranslate {
    pub(crate) fn error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &str,
    ) -> ProviderError {
        let message = self.http.error_message(body, |b: ErrorBody| b.error);
        if status == 404 {
            return self.http.not_found(&format!("{}/translate", self.base));
        }
        // "Visit https://portal.libretranslate.com to get an API key" comes as a 400.
        let status_for_class = if status == 400 && message.contains("API key") {
            403
        } else {
            status
        };
        let mut error = self
            .http
            .status_error(status_for_class, headers, message, false);
        if let ProviderError::Auth { status: s, .. } = &mut error {
            *s = status;
        }
        error
    }

    async fn send(&self, batch: &Batch) -> Result<BatchOutput, ProviderError> {
        // Strict or not, placeholders are the strongest enforcement LibreTranslate allows.
        let texts: Vec<String> = batch.items.iter().map(|i| placehold(i).text).collect();
        let mut body = serde_json::json!({
            "q": texts,
            "source": code(batch.source),
            "target": code(batch.target),
            "format": "text",
        });
        if let Some(key) = &self.key {
            body["api_key"] = key.expose().into();
        }
        let request = self
            .http
            .client
            .post(format!("{}/translate", self.base))
            .json(&body);
        let Reply {
            status,
            headers,
            body: text,
        } = self.http.send(request).await?;
        if status != 200 {
            return Err(self.error(status, &headers, &text));
        }
        self.read_answer(batch, self.billed_chars(batch), &text)
    }

    /// The texts of a successful answer's body, in the batch's order, the placeholders put
    /// back. Apart from `send` so that the fuzz target reaches it without HTTP.
    pub(crate) fn read_answer(
        &self,
        batch: &Batch,
        billed_chars: u64,
        text: &str,
    ) -> Result<BatchOutput, ProviderError> {
        let parsed: TranslateResponse = self.http.decode(text)?;
        let answers = match parsed.translated_text {
            Translated::Many(list) => list,
            Translated::One(one) => vec![one],
        };
        if answers.len() != batch.items.len() {
            return Err(self
                .http
                .count_mismatch(batch.items.len(), answers.len(), "translations"));
        }
        Ok(BatchOutput {
            texts: answers
                .into_iter()
                .zip(&batch.items)
                .map(|(answer, item)| {
                    answer
                        .0
                        .map(|a| markup::restore(&a, &placehold(item).terms))
                })
                .collect(),
            billed_chars,
            tokens: 0,
        })
    }

    /// The language codes the server has models for (`GET /languages`); `zh` is reported as
    /// `zh-Hans`, as this provider sends it.
    pub async fn languages(&self) -> Result<Vec<String>, ProviderError> {
        let Reply {
            status,
            headers,
            body,
        } = self
            .http
            .send(self.http.client.get(format!("{}/languages", self.base)))
            .await?;
        if status != 200 {
            return Err(self.error(status, &headers, &body));
        }
        let parsed: Vec<LanguageInfo> = self.http.decode_part(&body, "languages")?;
        Ok(parsed
            .into_iter()
            .map(|l| {
                if l.code == "zh" {
                    "zh-Hans".to_string()
                } else {
                    l.code
                }
            })
            .collect())
    }
}

impl Provider for LibreTranslate {
    fn kind(&self) -> &'static str {
        "libretranslate"
    }

    fn model(&self) -> String {
        "default".to_string()
    }

    fn endpoint_family(&self) -> &'static str {
        "libretranslate-v1"
    }

    fn options(&self) -> serde_json::Value {
        serde_json::json!({ "format": "text", "zh": "zh-Hans", "terms": "placeholders" })
    }

    fn capabilities(&self) -> super::Capabilities {
        // Placeholders carry the terms; vi↔zh runs through English inside LibreTranslate.
        super::Capabilities::terms_everywhere()
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: MAX_BYTES,
        }
    }

    /// The texts as sent, placeholders for the terms.
    fn billed_chars(&self, batch: &Batch) -> u64 {
        batch
            .items
            .iter()
            .map(|i| crate::text::char_count(&placehold(i).text))
            .sum()
    }

    fn check(&self) -> BoxFuture<'_, Result<String, ProviderError>> {
        Box::pin(async {
            let langs = self.languages().await?;
            Ok(super::describe_languages(&langs, ["en", "vi", "zh-Hans"]))
        })
    }

    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
        Box::pin(self.send(batch))
    }
}
