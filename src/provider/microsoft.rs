//! Microsoft Translator v3 (`POST /translate?api-version=3.0`): its language codes, limits,
//! error codes, and its dynamic dictionary for glossary terms.
//!
//! Microsoft bills every character of the text field, markup included, once per target
//! ([`Provider::billed_chars`]), so on a first send the terms go as placeholders (`[[T1]]`,
//! six characters, the same for every target). A strict re-send, after a placeholder was
//! lost, and every send of a profile with `terms = "markup"`, use the documented markup: the
//! dynamic dictionary (`<mstrans:dictionary translation="…">…</mstrans:dictionary>`) where
//! one side of the pair is English, the only pairs it works for; else HTML (`textType=html`),
//! each term's target form inside `<span translate="no">`, which Microsoft documents as left
//! untranslated, the answer read back as plain text.
//!
//! Microsoft translates into several targets in one request (`&to=vi&to=zh-Hans`), billing the
//! characters once per target; texts that go the same way to every target (no terms, or
//! placeholders) travel that way ([`Provider::shared_wire_text`]).

use super::http::{AnswerText, Http, Reply};
use super::markup;
use super::registry::Registered;
use super::{
    ApiKey, Batch, BatchItem, BatchOutput, CommonSettings, Limits, Provider, ProviderError,
};
use crate::glossary::TermPair;
use crate::lang::Lang;
use futures::future::BoxFuture;
use serde::Deserialize;

const DEFAULT_ENDPOINT: &str = "https://api.cognitive.microsofttranslator.com";
/// Microsoft takes up to 1000 texts and 50,000 characters per request; stay well below both.
const MAX_TEXTS: usize = 100;
const MAX_BYTES: usize = 40_000;

pub struct Microsoft {
    http: Http,
    base: String,
    key: ApiKey,
    region: Option<String>,
    batch_size: usize,
    first_send: markup::FirstSend,
}

/// How a batch's terms travel.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Terms {
    /// No terms to protect: the texts as they are.
    Plain,
    /// Each term a placeholder, an unchanged one left as it is.
    Placeholders,
    /// Dynamic-dictionary markup (pairs with English).
    Dictionary(markup::Unchanged),
    /// HTML, each term's target form inside `<span translate="no">` (vi↔zh).
    Spans(markup::Unchanged),
}

/// The keys of a `kind = "microsoft"` profile besides the common ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MicrosoftSection {
    /// Azure region of a regional or multi-service Translator resource (sent as
    /// `Ocp-Apim-Subscription-Region`).
    pub region: Option<String>,
    /// How terms go on a first send: "placeholders" (default) or "markup".
    pub terms: Option<markup::FirstSend>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(default)]
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    text: AnswerText,
    #[serde(default)]
    to: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(default)]
    code: u64,
    #[serde(default)]
    message: String,
}

#[derive(Deserialize)]
struct Languages {
    #[serde(default)]
    translation: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Microsoft's code for a language.
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Vi => "vi",
        Lang::Zh => "zh-Hans",
    }
}

/// Whether the dynamic dictionary applies to this pair: one side must be English.
pub fn dictionary_supported(source: Lang, target: Lang) -> bool {
    source != target && (source == Lang::En || target == Lang::En)
}

/// The text with every term's source occurrence wrapped in dynamic-dictionary markup, with
/// [`markup::Unchanged::Left`] but those whose target form is their source. Terms whose
/// target contains a double quote cannot be written in the attribute and are left out.
pub fn mark_terms(text: &str, terms: &[TermPair], unchanged: markup::Unchanged) -> String {
    let usable: Vec<TermPair> = terms
        .iter()
        .filter(|t| !t.target.contains('"'))
        .cloned()
        .collect();
    markup::rewrite(text, &usable, str::to_string, |term, found| {
        if unchanged == markup::Unchanged::Left && term.target == found {
            return found.to_string();
        }
        format!(
            "<mstrans:dictionary translation=\"{}\">{found}</mstrans:dictionary>",
            term.target
        )
    })
}

/// An item's text with its terms as placeholders (a first send's), an unchanged one left.
fn placehold(item: &BatchItem) -> markup::Placeheld<'_> {
    markup::placehold(&item.text, &item.terms, markup::Unchanged::Left)
}

/// A fresh UUID-shaped (version 4) random id for `X-ClientTraceId`.
fn trace_id() -> String {
    let a = fastrand::u64(..);
    let b = fastrand::u64(..);
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-{:x}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        8 + (b & 3),
        &hex[17..20],
        &hex[20..32]
    )
}

impl Registered for Microsoft {
    type Section = MicrosoftSection;

    fn build(settings: &CommonSettings, section: &MicrosoftSection) -> Result<Self, String> {
        let http = Http::new(settings);
        Ok(Microsoft {
            key: http.require_key("microsoft")?,
            http,
            base: settings.base_url(DEFAULT_ENDPOINT),
            region: section.region.clone().filter(|r| !r.trim().is_empty()),
            batch_size: settings.batch_size_within(MAX_TEXTS),
            first_send: section.terms.unwrap_or_default(),
        })
    }
}

impl Microsoft {
    pub(crate) fn error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &str,
    ) -> ProviderError {
        let (code, message) = match serde_json::from_str::<ErrorBody>(body) {
            Ok(b) => (
                b.error.code,
                format!("{} {}", b.error.code, b.error.message),
            ),
            Err(_) => (0, self.http.shown_body(body)),
        };
        let message = self.http.redact(&message);
        match status {
            404 => self.http.not_found(&format!("{}/translate", self.base)),
            // 408001/408002: the request or a custom system took too long; worth another try.
            408 => ProviderError::Server {
                provider: self.http.name.clone(),
                status,
                message,
            },
            _ => self
                .http
                .status_error(status, headers, message, code == 403_001),
        }
    }

    /// How this batch's terms travel: on a first send as the profile says, leaving the terms
    /// already in their target form; on a strict re-send in the markup, all of them.
    fn terms_for(&self, batch: &Batch) -> Terms {
        let unchanged = if batch.strict {
            markup::Unchanged::Marked
        } else {
            markup::Unchanged::Left
        };
        if !batch
            .items
            .iter()
            .any(|i| markup::marks(&i.terms, unchanged))
        {
            Terms::Plain
        } else if !batch.strict && self.first_send == markup::FirstSend::Placeholders {
            Terms::Placeholders
        } else if dictionary_supported(batch.source, batch.target) {
            Terms::Dictionary(unchanged)
        } else {
            Terms::Spans(unchanged)
        }
    }

    /// The text of each item as sent.
    pub(crate) fn wire_texts(&self, batch: &Batch) -> Vec<String> {
        let terms = self.terms_for(batch);
        batch
            .items
            .iter()
            .map(|i| match terms {
                Terms::Plain => i.text.clone(),
                Terms::Placeholders => placehold(i).text,
                Terms::Dictionary(unchanged) => mark_terms(&i.text, &i.terms, unchanged),
                Terms::Spans(unchanged) => markup::protect_html(&i.text, &i.terms, unchanged),
            })
            .collect()
    }

    /// Translates batches that share source and wire texts in one request with one `to` per
    /// batch; returns one output per batch, the whole bill on the first.
    async fn send(&self, batches: &[Batch]) -> Result<Vec<BatchOutput>, ProviderError> {
        let Some(first) = batches.first() else {
            return Ok(Vec::new());
        };
        let texts = self.wire_texts(first);
        let body: Vec<serde_json::Value> = texts
            .iter()
            .map(|t| serde_json::json!({ "Text": t }))
            .collect();
        let mut url = format!(
            "{}/translate?api-version=3.0&from={}",
            self.base,
            code(first.source)
        );
        for batch in batches {
            url.push_str("&to=");
            url.push_str(code(batch.target));
        }
        if matches!(self.terms_for(first), Terms::Spans(_)) {
            url.push_str("&textType=html");
        }
        let mut request = self
            .http
            .client
            .post(url)
            .header("Ocp-Apim-Subscription-Key", self.key.expose())
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/json; charset=UTF-8",
            )
            .header("X-ClientTraceId", trace_id());
        if let Some(region) = &self.region {
            request = request.header("Ocp-Apim-Subscription-Region", region);
        }
        let body = serde_json::to_vec(&body).map_err(|e| {
            self.http
                .not_sent(format!("cannot encode the request: {e}"))
        })?;
        let Reply {
            status,
            headers,
            body: text,
        } = self.http.send(request.body(body)).await?;
        if status != 200 {
            return Err(self.error(status, &headers, &text));
        }
        self.read_answer(batches, &texts, &headers, &text)
    }

    /// One output per batch (target) from a successful answer's body and headers; `texts`
    /// as sent. Apart from `send` so that the fuzz target reaches it without HTTP.
    pub(crate) fn read_answer(
        &self,
        batches: &[Batch],
        texts: &[String],
        headers: &reqwest::header::HeaderMap,
        text: &str,
    ) -> Result<Vec<BatchOutput>, ProviderError> {
        let Some(first) = batches.first() else {
            return Ok(Vec::new());
        };
        let parsed: Vec<Item> = self.http.decode(text)?;
        if parsed.len() != first.items.len() {
            return Err(self
                .http
                .count_mismatch(first.items.len(), parsed.len(), "answers"));
        }
        let billed_chars = headers
            .get("x-metered-usage")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or_else(|| {
                texts
                    .iter()
                    .map(|t| crate::text::char_count(t))
                    .sum::<u64>()
                    * batches.len() as u64
            });
        let mut outputs: Vec<BatchOutput> = batches
            .iter()
            .map(|_| BatchOutput {
                texts: Vec::with_capacity(parsed.len()),
                billed_chars: 0,
                tokens: 0,
            })
            .collect();
        outputs[0].billed_chars = billed_chars;
        let terms = self.terms_for(first);
        for (n, item) in parsed.into_iter().enumerate() {
            for (batch, output) in batches.iter().zip(outputs.iter_mut()) {
                // Answers name their target; one without a name can only be the sole target.
                let answer = item
                    .translations
                    .iter()
                    .find(|t| t.to.as_deref() == Some(code(batch.target)))
                    .or_else(|| {
                        (batches.len() == 1)
                            .then(|| item.translations.first())
                            .flatten()
                    });
                // Each target's placeholders stand for its own terms' forms.
                let text = answer.and_then(|t| t.text.0.clone()).map(|text| {
                    match (terms, batch.items.get(n)) {
                        (Terms::Placeholders, Some(sent)) => {
                            markup::restore(&text, &placehold(sent).terms)
                        }
                        (Terms::Spans(_), _) => markup::unprotect_html(&text),
                        _ => text,
                    }
                });
                output.texts.push(text);
            }
        }
        Ok(outputs)
    }

    /// The language codes the service translates between (`GET /languages`, no key needed).
    pub async fn languages(&self) -> Result<Vec<String>, ProviderError> {
        let request = self
            .http
            .client
            .get(format!(
                "{}/languages?api-version=3.0&scope=translation",
                self.base
            ))
            .header("X-ClientTraceId", trace_id());
        let Reply {
            status,
            headers,
            body,
        } = self.http.send(request).await?;
        if status != 200 {
            return Err(self.error(status, &headers, &body));
        }
        let parsed: Languages = self.http.decode_part(&body, "languages")?;
        Ok(parsed.translation.into_keys().collect())
    }
}

impl Provider for Microsoft {
    fn kind(&self) -> &'static str {
        "microsoft"
    }

    fn model(&self) -> String {
        "default".to_string()
    }

    fn endpoint_family(&self) -> &'static str {
        "microsoft-v3"
    }

    /// Part of the cache key. How the terms travel is not (`terms` keeps the value it has had
    /// since the dictionary was the one way): the terms themselves are in the key, and every
    /// answer is checked against them however they travelled, so switching `terms` between
    /// placeholders and markup does not buy the cache again.
    fn options(&self) -> serde_json::Value {
        serde_json::json!({ "zh": "zh-Hans", "terms": "dynamic-dictionary" })
    }

    fn capabilities(&self) -> super::Capabilities {
        super::Capabilities {
            glossary: super::Pairs::matching(dictionary_supported),
            tags: super::Pairs::matching(|s, t| !dictionary_supported(s, t)),
            ..super::Capabilities::default()
        }
    }

    /// The text field as sent, markup included, once for this batch's target.
    fn billed_chars(&self, batch: &Batch) -> u64 {
        self.wire_texts(batch)
            .iter()
            .map(|t| crate::text::char_count(t))
            .sum()
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: MAX_BYTES,
        }
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
        Box::pin(async move {
            let mut outputs = self.send(std::slice::from_ref(batch)).await?;
            outputs.pop().ok_or_else(|| ProviderError::Malformed {
                provider: self.http.name.clone(),
                message: "no answer".to_string(),
                paid: false,
            })
        })
    }

    fn max_targets(&self) -> usize {
        Lang::ALL.len()
    }

    /// The text as sent where nothing in it is the target's: no terms, or placeholders.
    fn shared_wire_text(
        &self,
        source: Lang,
        target: Lang,
        item: &BatchItem,
        strict: bool,
    ) -> Option<String> {
        let batch = Batch {
            source,
            target,
            items: vec![item.clone()],
            strict,
            context: None,
        };
        match self.terms_for(&batch) {
            Terms::Plain | Terms::Placeholders => self.wire_texts(&batch).pop(),
            Terms::Dictionary(_) | Terms::Spans(_) => None,
        }
    }

    fn translate_targets<'a>(
        &'a self,
        batches: &'a [Batch],
    ) -> BoxFuture<'a, Result<Vec<BatchOutput>, ProviderError>> {
        Box::pin(async move {
            // One request only where every target gets the same text on the wire; the
            // pipeline sends nothing else together, but a caller could.
            let same = batches.windows(2).all(|w| {
                w[0].source == w[1].source && self.wire_texts(&w[0]) == self.wire_texts(&w[1])
            });
            if same {
                return self.send(batches).await;
            }
            let mut outputs = Vec::with_capacity(batches.len());
            for batch in batches {
                outputs.extend(self.send(std::slice::from_ref(batch)).await?);
            }
            Ok(outputs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::markup::term;

    fn microsoft(terms: markup::FirstSend) -> Microsoft {
        let settings =
            super::super::test_settings("microsoft", "ms-key", "MICROSOFT_TRANSLATOR_KEY");
        let section = MicrosoftSection {
            terms: Some(terms),
            ..MicrosoftSection::default()
        };
        Microsoft::build(&settings, &section).unwrap()
    }

    #[test]
    fn terms_become_dictionary_markup() {
        let terms = vec![
            term("Women's Federation", "妇联"),
            term("Shanghai Women's Federation", "上海市妇女联合会"),
            term("A \"quoted\"", "x\"y"),
            term("ASEAN", "ASEAN"),
        ];
        let text = "The Shanghai Women's Federation & A < B of ASEAN";
        let marked = "The <mstrans:dictionary translation=\"上海市妇女联合会\">Shanghai Women's Federation</mstrans:dictionary> & A < B of";
        assert_eq!(
            mark_terms(text, &terms, markup::Unchanged::Left),
            format!("{marked} ASEAN")
        );
        assert_eq!(
            mark_terms(text, &terms, markup::Unchanged::Marked),
            format!(
                "{marked} <mstrans:dictionary translation=\"ASEAN\">ASEAN</mstrans:dictionary>"
            )
        );
        assert_eq!(
            mark_terms("no terms here", &[], markup::Unchanged::Marked),
            "no terms here"
        );
    }

    fn batch(source: Lang, target: Lang, term: TermPair, strict: bool) -> Batch {
        Batch {
            source,
            target,
            items: vec![BatchItem {
                id: "s1".into(),
                text: format!("Hội nghị của {} & đối tác", term.source),
                terms: vec![term],
            }],
            strict,
            context: None,
        }
    }

    #[test]
    fn placeholders_first_then_spans_for_vi_zh_and_the_dictionary_for_english() {
        let ms = microsoft(markup::FirstSend::Placeholders);
        let zh = term("Hội Liên hiệp Phụ nữ", "妇联");
        let en = term("Hội Liên hiệp Phụ nữ", "Women's Union");
        // The first send: the same placeholder text for both targets, so one request may
        // carry both.
        let placeheld = "Hội nghị của [[T1]] & đối tác";
        for (target, term) in [(Lang::Zh, &zh), (Lang::En, &en)] {
            let first = batch(Lang::Vi, target, term.clone(), false);
            assert_eq!(ms.terms_for(&first), Terms::Placeholders);
            assert_eq!(ms.wire_texts(&first), [placeheld]);
            assert_eq!(ms.billed_chars(&first), 29);
            let shared = ms.shared_wire_text(Lang::Vi, target, &first.items[0], false);
            assert_eq!(shared.as_deref(), Some(placeheld));
            assert_eq!(
                ms.shared_wire_text(Lang::Vi, target, &first.items[0], true),
                None
            );
        }
        // The strict re-send: spans where there is no dictionary, the dictionary elsewhere.
        let vi_zh = batch(Lang::Vi, Lang::Zh, zh.clone(), true);
        assert_eq!(
            ms.wire_texts(&vi_zh),
            ["Hội nghị của <span translate=\"no\">妇联</span> &amp; đối tác"]
        );
        let vi_en = batch(Lang::Vi, Lang::En, en.clone(), true);
        assert_eq!(
            ms.wire_texts(&vi_en),
            ["Hội nghị của <mstrans:dictionary translation=\"Women's Union\">Hội Liên hiệp Phụ nữ</mstrans:dictionary> & đối tác"]
        );
        // With terms = "markup" the first send already uses them.
        let markup = microsoft(markup::FirstSend::Markup);
        let first = batch(Lang::Vi, Lang::Zh, zh, false);
        assert_eq!(
            markup.terms_for(&first),
            Terms::Spans(markup::Unchanged::Left)
        );
        assert_eq!(
            markup.shared_wire_text(Lang::Vi, Lang::Zh, &first.items[0], false),
            None
        );
        let first = batch(Lang::Vi, Lang::En, en, false);
        assert_eq!(
            markup.terms_for(&first),
            Terms::Dictionary(markup::Unchanged::Left)
        );
    }

    #[test]
    fn one_request_to_two_targets_restores_each_targets_terms() {
        let ms = microsoft(markup::FirstSend::Placeholders);
        let batches = [
            batch(
                Lang::Vi,
                Lang::En,
                term("Hội Liên hiệp Phụ nữ", "Women's Union"),
                false,
            ),
            batch(
                Lang::Vi,
                Lang::Zh,
                term("Hội Liên hiệp Phụ nữ", "妇联"),
                false,
            ),
        ];
        let texts = ms.wire_texts(&batches[0]);
        let answer = serde_json::json!([{"translations": [
            {"text": "<en> [[T1]] meets", "to": "en"},
            {"text": "<zh-Hans> [[ T1 ]] 会议", "to": "zh-Hans"}
        ]}]);
        let headers = reqwest::header::HeaderMap::new();
        let outputs = ms
            .read_answer(&batches, &texts, &headers, &answer.to_string())
            .unwrap();
        assert_eq!(
            outputs[0].texts,
            [Some("<en> Women's Union meets".to_string())]
        );
        assert_eq!(outputs[1].texts, [Some("<zh-Hans> 妇联 会议".to_string())]);
        // Without X-Metered-Usage, the bill is the text once per target.
        assert_eq!(outputs[0].billed_chars, 2 * 29);
    }

    #[test]
    fn dictionary_needs_english_on_one_side() {
        assert!(dictionary_supported(Lang::En, Lang::Vi));
        assert!(dictionary_supported(Lang::Zh, Lang::En));
        assert!(!dictionary_supported(Lang::Vi, Lang::Zh));
        assert!(!dictionary_supported(Lang::Zh, Lang::Vi));
    }

    #[test]
    fn trace_ids_look_like_uuids() {
        let id = trace_id();
        assert_eq!(id.len(), 36, "{id}");
        assert_eq!(id.matches('-').count(), 4, "{id}");
        assert_ne!(id, trace_id());
    }
}
