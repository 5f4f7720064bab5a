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
use super::registry::{NoSection, Registered};
use super::{ApiKey, Batch, BatchOutput, CommonSettings, Limits, Provider, ProviderError};
use crate::glossary::TermPair;
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

/// The placeholder for the term at `index` (0-based) of an item's terms.
fn placeholder(index: usize) -> String {
    format!("[[T{}]]", index + 1)
}

/// The text with every term's source occurrence replaced by its placeholder.
pub fn protect(text: &str, terms: &[TermPair]) -> String {
    let sources: Vec<&str> = terms.iter().map(|t| t.source.as_str()).collect();
    if sources.iter().all(|s| s.is_empty()) {
        return text.to_string();
    }
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(sources.iter().filter(|s| !s.is_empty()))
    else {
        return text.to_string();
    };
    let indices: Vec<usize> = (0..terms.len())
        .filter(|&i| !terms[i].source.is_empty())
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in automaton.find_iter(text) {
        out.push_str(&text[last..m.start()]);
        out.push_str(&placeholder(indices[m.pattern().as_usize()]));
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// The answer with each placeholder replaced by its term's target form. Spaces an engine
/// puts inside the brackets (`[[ T1 ]]`) are tolerated; unknown placeholders stay as they are.
pub fn restore(text: &str, terms: &[TermPair]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match parse_placeholder(after).and_then(|(n, len)| {
            let term = n.checked_sub(1).and_then(|i| terms.get(i))?;
            Some((term, len))
        }) {
            Some((term, len)) => {
                out.push_str(&term.target);
                rest = &after[len..];
            }
            None => {
                out.push_str("[[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads ` T12 ]]` after `[[`: the number and the length consumed.
fn parse_placeholder(text: &str) -> Option<(usize, usize)> {
    let trimmed = text.trim_start_matches(' ');
    let mut len = text.len() - trimmed.len();
    let rest = trimmed.strip_prefix(['T', 't'])?;
    len += 1;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n: usize = rest[..digits].parse().ok()?;
    len += digits;
    let rest = &rest[digits..];
    let trimmed = rest.trim_start_matches(' ');
    len += rest.len() - trimmed.len();
    trimmed.strip_prefix("]]")?;
    Some((n, len + 2))
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
        let texts: Vec<String> = batch
            .items
            .iter()
            .map(|i| protect(&i.text, &i.terms))
            .collect();
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
                .map(|(answer, item)| answer.0.map(|a| restore(&a, &item.terms)))
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
            .map(|i| crate::text::char_count(&protect(&i.text, &i.terms)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::markup::term;

    #[test]
    fn placeholders_round_trip() {
        let terms = vec![term("SWF", "上海市妇联"), term("Shanghai", "上海")];
        let sent = protect("SWF met in Shanghai, then SWF left [[x]]", &terms);
        assert_eq!(sent, "[[T1]] met in [[T2]], then [[T1]] left [[x]]");
        assert_eq!(
            restore("<zh> [[T1]] 在 [[ T2 ]] [[T9]] [[x]] [[T1]]", &terms),
            "<zh> 上海市妇联 在 上海 [[T9]] [[x]] 上海市妇联"
        );
        assert_eq!(restore("nothing [[", &terms), "nothing [[");
    }
}
