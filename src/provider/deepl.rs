//! DeepL's `POST /v2/translate`, with its language codes, limits and error statuses.

use super::http::{AnswerText, Http, Reply};
use super::registry::{NoSection, Registered};
use super::{
    ApiKey, Batch, BatchOutput, Capabilities, CommonSettings, Limits, Pairs, Provider,
    ProviderError, Quota,
};
use crate::lang::Lang;
use futures::future::BoxFuture;
use serde::Deserialize;

const PRO_HOST: &str = "https://api.deepl.com";
const FREE_HOST: &str = "https://api-free.deepl.com";
/// DeepL accepts at most 50 texts and 128 KiB per request; leave room for the JSON around them.
const MAX_TEXTS: usize = 50;
const MAX_BODY_BYTES: usize = 120 * 1024;

pub struct Deepl {
    http: Http,
    base: String,
    url: String,
    /// The DeepL glossary to use per language pair, once [`Provider::prepare`] has synced it.
    glossaries: std::sync::Mutex<std::collections::HashMap<(Lang, Lang), String>>,
    key: ApiKey,
    batch_size: usize,
}

/// The tag that marks text DeepL must not translate (sent with `ignore_tags`).
const KEEP_TAG: &str = "keep";

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text as XML, with every term's source form replaced by `<keep>target form</keep>`.
fn protect_terms(text: &str, terms: &[crate::glossary::TermPair]) -> String {
    let sources: Vec<&str> = terms.iter().map(|t| t.source.as_str()).collect();
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&sources)
    else {
        return escape_xml(text);
    };
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for m in automaton.find_iter(text) {
        out.push_str(&escape_xml(&text[last..m.start()]));
        let target = &terms[m.pattern().as_usize()].target;
        out.push_str(&format!("<{KEEP_TAG}>{}</{KEEP_TAG}>", escape_xml(target)));
        last = m.end();
    }
    out.push_str(&escape_xml(&text[last..]));
    out
}

/// Back from XML: the keep tags removed and the entities decoded.
fn unprotect(text: &str) -> String {
    text.replace(&format!("<{KEEP_TAG}>"), "")
        .replace(&format!("</{KEEP_TAG}>"), "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[derive(Deserialize)]
struct TranslateResponse {
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    text: AnswerText,
    #[serde(default)]
    billed_characters: Option<u64>,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: String,
}

impl Registered for Deepl {
    type Section = NoSection;

    /// Free keys end in `:fx` and are served from a different host than Pro keys.
    fn build(settings: &CommonSettings, _: &NoSection) -> Result<Self, String> {
        let http = Http::new(settings);
        let key = http.require_key("deepl")?;
        let host = if key.expose().ends_with(":fx") {
            FREE_HOST
        } else {
            PRO_HOST
        };
        let base = settings.base_url(host);
        Ok(Deepl {
            http,
            url: format!("{base}/v2/translate"),
            base,
            glossaries: Default::default(),
            key,
            batch_size: settings.batch_size_within(MAX_TEXTS),
        })
    }
}

impl Deepl {
    pub fn source_code(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "EN",
            Lang::Zh => "ZH",
            Lang::Vi => "VI",
        }
    }

    pub fn target_code(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "EN-US",
            Lang::Zh => "ZH-HANS",
            Lang::Vi => "VI",
        }
    }

    pub(crate) fn error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &str,
    ) -> ProviderError {
        let message = self.http.error_message(body, |b: ErrorBody| b.message);
        if status == 404 {
            return self.http.not_found(&self.url);
        }
        self.http
            .status_error(status, headers, message, status == 456)
    }

    async fn send(&self, batch: &Batch) -> Result<BatchOutput, ProviderError> {
        // On a strict retry, each term is replaced by its target form inside a tag DeepL must
        // leave alone (its documented placeholder method), where the pair supports tags.
        let tagged = batch.strict
            && self
                .capabilities()
                .tags
                .contains(batch.source, batch.target);
        let texts: Vec<String> = batch
            .items
            .iter()
            .map(|i| {
                if tagged {
                    protect_terms(&i.text, &i.terms)
                } else {
                    i.text.clone()
                }
            })
            .collect();
        let mut body = serde_json::json!({
            "text": texts,
            "source_lang": Self::source_code(batch.source),
            "target_lang": Self::target_code(batch.target),
            // Each text is already one sentence; splitting again could change the alignment.
            "split_sentences": "0",
            "show_billed_characters": true,
        });
        if tagged {
            body["tag_handling"] = "xml".into();
            body["ignore_tags"] = serde_json::json!([KEEP_TAG]);
        }
        let glossary = self
            .glossaries
            .lock()
            .ok()
            .and_then(|g| g.get(&(batch.source, batch.target)).cloned());
        if let Some(id) = glossary {
            body["glossary_id"] = id.into();
        }
        let Reply {
            status,
            headers,
            body: text,
        } = self
            .call(self.http.client.post(&self.url).json(&body))
            .await?;
        if status != 200 {
            return Err(self.error(status, &headers, &text));
        }
        self.read_answer(batch, tagged, &text)
    }

    /// The texts of a successful answer's body, in the batch's order; `tagged` when the terms
    /// were sent inside tags, which come off again. Apart from `send` so that the fuzz target
    /// reaches it without HTTP.
    pub(crate) fn read_answer(
        &self,
        batch: &Batch,
        tagged: bool,
        text: &str,
    ) -> Result<BatchOutput, ProviderError> {
        let parsed: TranslateResponse = self.http.decode(text)?;
        // DeepL answers in request order; a different count cannot be aligned safely.
        if parsed.translations.len() != batch.items.len() {
            return Err(self.http.count_mismatch(
                batch.items.len(),
                parsed.translations.len(),
                "translations",
            ));
        }
        let billed_chars = parsed
            .translations
            .iter()
            .zip(&batch.items)
            .map(|(t, item)| {
                t.billed_characters
                    .unwrap_or_else(|| crate::text::char_count(&item.text))
            })
            .sum();
        Ok(BatchOutput {
            texts: parsed
                .translations
                .into_iter()
                .map(|t| {
                    t.text
                        .0
                        .map(|text| if tagged { unprotect(&text) } else { text })
                })
                .collect(),
            billed_chars,
            tokens: 0,
        })
    }
}

/// DeepL's own glossary language codes (v3 uses lower case, without variants).
fn glossary_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Zh => "zh",
        Lang::Vi => "vi",
    }
}

#[derive(Deserialize)]
struct GlossaryList {
    #[serde(default)]
    glossaries: Vec<GlossaryInfo>,
}

#[derive(Deserialize)]
struct GlossaryInfo {
    glossary_id: String,
    #[serde(default)]
    name: String,
}

impl Deepl {
    /// Sends a request with the key in DeepL's header.
    async fn call(&self, request: reqwest::RequestBuilder) -> Result<Reply, ProviderError> {
        let request = request.header(
            reqwest::header::AUTHORIZATION,
            format!("DeepL-Auth-Key {}", self.key.expose()),
        );
        self.http.send(request).await
    }

    /// Makes sure DeepL holds the project glossary for each pair: one multilingual (v3)
    /// glossary per pair, named after a hash of its entries, so that it is created again
    /// only when those entries change; stale ones of ours are deleted.
    async fn sync_glossaries(
        &self,
        glossary: &crate::glossary::Glossary,
        pairs: &[(Lang, Lang)],
    ) -> Result<(), ProviderError> {
        use sha2::Digest;
        let wanted: Vec<((Lang, Lang), String, String)> = pairs
            .iter()
            .filter_map(|&(source, target)| {
                let entries = glossary.entries(source, target);
                if entries.is_empty() {
                    return None;
                }
                let tsv: String = entries.iter().map(|(s, t)| format!("{s}\t{t}\n")).collect();
                let hash = hex::encode(sha2::Sha256::digest(tsv.as_bytes()));
                let name = format!(
                    "bitext {}-{} {}",
                    glossary_code(source),
                    glossary_code(target),
                    &hash[..16]
                );
                Some(((source, target), name, tsv))
            })
            .collect();
        if wanted.is_empty() {
            return Ok(());
        }
        let Reply {
            status,
            headers,
            body: text,
        } = self
            .call(self.http.client.get(format!("{}/v3/glossaries", self.base)))
            .await?;
        if status != 200 {
            let error = self.error(status, &headers, &text);
            if error.is_fatal() && status != 404 {
                return Err(error);
            }
            tracing::warn!("{error}; translating without DeepL glossaries");
            return Ok(());
        }
        let existing: GlossaryList = self.http.decode_part(&text, "glossary list")?;
        for (pair, name, tsv) in wanted {
            let id = match existing.glossaries.iter().find(|g| g.name == name) {
                Some(found) => found.glossary_id.clone(),
                None => {
                    let body = serde_json::json!({
                        "name": name,
                        "dictionaries": [{
                            "source_lang": glossary_code(pair.0),
                            "target_lang": glossary_code(pair.1),
                            "entries": tsv,
                            "entries_format": "tsv",
                        }],
                    });
                    let Reply {
                        status,
                        headers,
                        body: text,
                    } = self
                        .call(
                            self.http
                                .client
                                .post(format!("{}/v3/glossaries", self.base))
                                .json(&body),
                        )
                        .await?;
                    if status != 201 && status != 200 {
                        let error = self.error(status, &headers, &text);
                        if error.is_fatal() {
                            return Err(error);
                        }
                        // The pair may not support glossaries: translate without one.
                        tracing::warn!(
                            "{error}; translating {}-{} without a DeepL glossary",
                            pair.0,
                            pair.1
                        );
                        continue;
                    }
                    let created: GlossaryInfo = self.http.decode_part(&text, "created glossary")?;
                    tracing::info!(glossary = %name, "created a DeepL glossary");
                    // Older versions of this pair's glossary are of no further use.
                    let prefix = format!(
                        "bitext {}-{} ",
                        glossary_code(pair.0),
                        glossary_code(pair.1)
                    );
                    for stale in existing
                        .glossaries
                        .iter()
                        .filter(|g| g.name.starts_with(&prefix))
                    {
                        let url = format!("{}/v3/glossaries/{}", self.base, stale.glossary_id);
                        let _ = self.call(self.http.client.delete(url)).await;
                    }
                    created.glossary_id
                }
            };
            if let Ok(mut map) = self.glossaries.lock() {
                map.insert(pair, id);
            }
        }
        Ok(())
    }
}

/// `GET /v2/usage`: the characters of the period for the account, and for the key where a
/// Pro account sets a limit per key (then the smaller room of the two counts).
#[derive(serde::Deserialize)]
struct Usage {
    character_count: u64,
    character_limit: u64,
    api_key_character_count: Option<u64>,
    api_key_character_limit: Option<u64>,
}

impl Deepl {
    /// The account's usage this period.
    async fn usage(&self) -> Result<Quota, ProviderError> {
        let reply = self
            .call(self.http.client.get(format!("{}/v2/usage", self.base)))
            .await?;
        if reply.status != 200 {
            return Err(self.error(reply.status, &reply.headers, &reply.body));
        }
        let usage: Usage = self.http.decode_part(&reply.body, "usage")?;
        let account = Quota {
            used: usage.character_count,
            limit: usage.character_limit,
        };
        Ok(
            match (usage.api_key_character_count, usage.api_key_character_limit) {
                (Some(used), Some(limit)) if limit.saturating_sub(used) < account.remaining() => {
                    Quota { used, limit }
                }
                _ => account,
            },
        )
    }
}

impl Provider for Deepl {
    fn kind(&self) -> &'static str {
        "deepl"
    }

    fn model(&self) -> String {
        "default".to_string()
    }

    fn endpoint_family(&self) -> &'static str {
        "deepl-v2"
    }

    fn options(&self) -> serde_json::Value {
        serde_json::json!({ "split_sentences": "0", "en": "EN-US", "zh": "ZH-HANS" })
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            translates: Pairs::ALL,
            // Its own (v3) glossaries cover every pair of ours.
            glossary: Pairs::ALL,
            // DeepL has no tag handling where Vietnamese is involved.
            tags: Pairs::matching(|s, t| s != Lang::Vi && t != Lang::Vi),
        }
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: MAX_BODY_BYTES,
        }
    }

    fn check(&self) -> BoxFuture<'_, Result<String, ProviderError>> {
        Box::pin(async {
            let quota = self.usage().await?;
            Ok(format!(
                "key accepted; {} of {} characters used this period",
                quota.used, quota.limit
            ))
        })
    }

    fn remaining_quota(&self) -> BoxFuture<'_, Result<Option<Quota>, ProviderError>> {
        Box::pin(async { self.usage().await.map(Some) })
    }

    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
        Box::pin(self.send(batch))
    }

    fn prepare<'a>(
        &'a self,
        glossary: &'a crate::glossary::Glossary,
        pairs: &'a [(Lang, Lang)],
    ) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(self.sync_glossaries(glossary, pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::TermPair;

    #[test]
    fn terms_are_protected_and_restored() {
        let terms = vec![TermPair {
            id: "swf".into(),
            source: "Shanghai Women's Federation".into(),
            target: "上海市妇女联合会".into(),
        }];
        let xml = protect_terms("Q&A at the Shanghai Women's Federation <today>", &terms);
        assert_eq!(
            xml,
            "Q&amp;A at the <keep>上海市妇女联合会</keep> &lt;today&gt;"
        );
        assert_eq!(unprotect(&xml), "Q&A at the 上海市妇女联合会 <today>");
    }
}
