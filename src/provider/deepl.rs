//! DeepL's `POST /v2/translate`, with its language codes, limits and error statuses, and its
//! own (v3) glossaries.
//!
//! Terms: a pair with a DeepL glossary gets it (`glossary_id`). A pair without one (the
//! glossary endpoints refused, 404 or 403 from a restricted key, or the pair refused) gets
//! the terms from the first send on: inside `<keep>` with `tag_handling=xml` and
//! `ignore_tags=["keep"]`, DeepL's documented way to leave text untranslated, where the pair
//! has tag handling; written in their target form in the text itself where it has none
//! (Vietnamese). DeepL does not bill tags, so either way the bill is the text with each term
//! in its target form ([`Provider::billed_chars`]).
//!
//! Context: each request carries the paragraphs its texts come from as `context`, which
//! DeepL reads but does not bill or translate; `context = false` in the profile turns it off.
//!
//! Glossaries are named `bitext <src>-<tgt> <hash of the entries>`: any process finds an
//! identical one by listing, creates one only when none exists, and keeps the oldest where
//! processes raced (the others delete their own). Older versions of a pair's glossary are
//! deleted once older than [`STALE_AFTER`], so that a run still using one is not cut off.

use super::http::{AnswerText, Http, Reply};
use super::markup;
use super::registry::Registered;
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
    /// Pairs [`Provider::prepare`] has looked at: a pair without a glossary among them has
    /// none to use; one not among them is assumed to get one (what `--dry-run` counts before
    /// anything was asked).
    prepared: std::sync::Mutex<std::collections::HashSet<(Lang, Lang)>>,
    key: ApiKey,
    batch_size: usize,
    context: bool,
}

/// The keys of a `kind = "deepl"` profile besides the common ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeeplSection {
    /// Send each request's paragraphs as `context` (free of charge); on unless `false`.
    pub context: Option<bool>,
}

/// How long an older version of a pair's glossary is kept: a run that started with it may
/// still be sending; after a day none is.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// How a batch's terms travel.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Terms {
    /// No terms, or the pair's DeepL glossary takes them.
    Plain,
    /// Inside `<keep>`, with XML tag handling.
    Tagged,
    /// In their target form, in the text.
    Substituted,
}

/// The tag that marks text DeepL must not translate (sent with `ignore_tags`).
const KEEP_TAG: &str = "keep";

/// Back from XML: the keep tags removed and the entities decoded.
fn unprotect(text: &str) -> String {
    markup::unprotect(text, KEEP_OPEN, KEEP_CLOSE)
}

const KEEP_OPEN: &str = "<keep>";
const KEEP_CLOSE: &str = "</keep>";

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
    type Section = DeeplSection;

    /// Free keys end in `:fx` and are served from a different host than Pro keys.
    fn build(settings: &CommonSettings, section: &DeeplSection) -> Result<Self, String> {
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
            prepared: Default::default(),
            key,
            batch_size: settings.batch_size_within(MAX_TEXTS),
            context: section.context.unwrap_or(true),
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

    /// The glossary this pair has, if [`Provider::prepare`] found or made one.
    fn glossary_for(&self, source: Lang, target: Lang) -> Option<String> {
        self.glossaries
            .lock()
            .ok()
            .and_then(|g| g.get(&(source, target)).cloned())
    }

    /// How this batch's terms travel, given whether the pair has a glossary in use: in the
    /// glossary; else, and on a strict re-send, in keep tags where the pair has tag handling,
    /// else in their target form.
    fn terms_for(&self, batch: &Batch, glossary: bool) -> Terms {
        let tags = self
            .capabilities()
            .tags
            .contains(batch.source, batch.target);
        if !batch.items.iter().any(|i| markup::has_terms(&i.terms)) || (glossary && !batch.strict) {
            Terms::Plain
        } else if tags {
            Terms::Tagged
        } else {
            Terms::Substituted
        }
    }

    fn wire_texts(batch: &Batch, terms: Terms) -> Vec<String> {
        batch
            .items
            .iter()
            .map(|i| match terms {
                Terms::Plain => i.text.clone(),
                // DeepL bills no tags: every term goes in them, an unchanged one too.
                Terms::Tagged => markup::protect(
                    &i.text,
                    &i.terms,
                    KEEP_OPEN,
                    KEEP_CLOSE,
                    markup::Unchanged::Marked,
                ),
                Terms::Substituted => markup::substitute(&i.text, &i.terms),
            })
            .collect()
    }

    /// The request body of a batch: DeepL's JSON form, checked by the tests against DeepL's
    /// published OpenAPI description.
    fn body(&self, batch: &Batch, glossary: Option<&str>, terms: Terms) -> serde_json::Value {
        let mut body = serde_json::json!({
            "text": Self::wire_texts(batch, terms),
            "source_lang": Self::source_code(batch.source),
            "target_lang": Self::target_code(batch.target),
            // Each text is already one sentence; splitting again could change the alignment.
            "split_sentences": "0",
            "show_billed_characters": true,
        });
        if terms == Terms::Tagged {
            body["tag_handling"] = "xml".into();
            body["ignore_tags"] = serde_json::json!([KEEP_TAG]);
        }
        if let Some(id) = glossary {
            body["glossary_id"] = id.into();
        }
        if let Some(context) = batch.context.as_deref().filter(|_| self.context) {
            body["context"] = context.into();
        }
        body
    }

    async fn send(&self, batch: &Batch) -> Result<BatchOutput, ProviderError> {
        let glossary = self.glossary_for(batch.source, batch.target);
        let terms = self.terms_for(batch, glossary.is_some());
        let body = self.body(batch, glossary.as_deref(), terms);
        let Reply {
            status,
            headers,
            body: text,
        } = self
            .call(self.http.client.post(&self.url).json(&body))
            .await?;
        if status == 404 {
            if let Some(id) = glossary {
                // The glossary went away (another process deleted it, or a person did):
                // translate without it from now on; the items are sent again.
                if let Ok(mut map) = self.glossaries.lock() {
                    map.retain(|_, g| *g != id);
                }
                return Err(ProviderError::Server {
                    provider: self.http.name.clone(),
                    status,
                    message: format!("glossary {id} no longer exists; sending without it"),
                });
            }
        }
        if status != 200 {
            return Err(self.error(status, &headers, &text));
        }
        self.read_answer(batch, terms == Terms::Tagged, &text)
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
        let billed_chars = match parsed
            .translations
            .iter()
            .map(|t| t.billed_characters)
            .collect::<Option<Vec<u64>>>()
        {
            Some(counts) => counts.iter().sum(),
            None => self.billed_chars(batch),
        };
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

#[derive(Clone, Deserialize)]
struct GlossaryInfo {
    glossary_id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    creation_time: String,
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

    /// The glossaries DeepL holds, and the server's time (its `Date`, else ours) to age them
    /// by; `None` when the glossary endpoints are not available to this key (404, 403, 456:
    /// too many glossaries) or fail, after a warning: the run translates without them.
    async fn list_glossaries(
        &self,
    ) -> Result<Option<(Vec<GlossaryInfo>, std::time::SystemTime)>, ProviderError> {
        let Reply {
            status,
            headers,
            body,
        } = self
            .call(self.http.client.get(format!("{}/v3/glossaries", self.base)))
            .await?;
        if status != 200 {
            let error = self.error(status, &headers, &body);
            tracing::warn!(
                "{error}; translating without DeepL glossaries (terms go with each request)"
            );
            return Ok(None);
        }
        let now = headers
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .unwrap_or_else(std::time::SystemTime::now);
        let list: GlossaryList = self.http.decode_part(&body, "glossary list")?;
        Ok(Some((list.glossaries, now)))
    }

    /// Creates a glossary; `None` when DeepL refuses it (after a warning).
    async fn create_glossary(
        &self,
        pair: (Lang, Lang),
        name: &str,
        tsv: &str,
    ) -> Result<Option<GlossaryInfo>, ProviderError> {
        let body = serde_json::json!({
            "name": name,
            "dictionaries": [{
                "source_lang": glossary_code(pair.0),
                "target_lang": glossary_code(pair.1),
                "entries": tsv,
                "entries_format": "tsv",
            }],
        });
        let url = format!("{}/v3/glossaries", self.base);
        let Reply {
            status,
            headers,
            body: text,
        } = self.call(self.http.client.post(url).json(&body)).await?;
        if status != 201 && status != 200 {
            let error = self.error(status, &headers, &text);
            // The pair may not take glossaries: its terms go with each request.
            tracing::warn!(
                "{error}; translating {}-{} without a DeepL glossary",
                pair.0,
                pair.1
            );
            return Ok(None);
        }
        let created: GlossaryInfo = self.http.decode_part(&text, "created glossary")?;
        tracing::info!(glossary = %name, "created a DeepL glossary");
        Ok(Some(created))
    }

    async fn delete_glossary(&self, id: &str) {
        let url = format!("{}/v3/glossaries/{id}", self.base);
        if let Err(e) = self.call(self.http.client.delete(url)).await {
            tracing::warn!("{e}; DeepL glossary {id} left in place");
        }
    }

    /// Makes sure DeepL holds the project glossary for each pair: one multilingual (v3)
    /// glossary per pair, named after a hash of its entries, so that every process finds an
    /// identical one by listing and one is created only when none exists. Processes that
    /// raced to create it keep the oldest (earliest `creation_time`, then id), the one every
    /// later lister sees too; the others delete their own. Glossaries of ours for the pair
    /// that are not the current one (other entries, or a lost race) are deleted once older
    /// than [`STALE_AFTER`], so that a run still using one is not cut off.
    async fn sync_glossaries(
        &self,
        glossary: &crate::glossary::Glossary,
        pairs: &[(Lang, Lang)],
    ) -> Result<(), ProviderError> {
        use sha2::Digest;
        if let Ok(mut prepared) = self.prepared.lock() {
            prepared.extend(pairs.iter().copied());
        }
        let wanted: Vec<((Lang, Lang), String, String)> = pairs
            .iter()
            .filter_map(|&(source, target)| {
                let entries = glossary.entries(source, target);
                if entries.is_empty() {
                    return None;
                }
                let tsv: String = entries.iter().map(|(s, t)| format!("{s}\t{t}\n")).collect();
                let hash = hex::encode(sha2::Sha256::digest(tsv.as_bytes()));
                let name = format!("{}{}", name_prefix((source, target)), &hash[..16]);
                Some(((source, target), name, tsv))
            })
            .collect();
        if wanted.is_empty() {
            return Ok(());
        }
        let Some((mut existing, now)) = self.list_glossaries().await? else {
            return Ok(());
        };
        for (pair, name, tsv) in wanted {
            let mut current = oldest_named(&existing, &name);
            if current.is_none() {
                let Some(created) = self.create_glossary(pair, &name, &tsv).await? else {
                    continue;
                };
                // Another process may have created the same one meanwhile: list again, and
                // keep the oldest, which whoever lists later keeps too.
                if let Some((again, _)) = self.list_glossaries().await? {
                    existing = again;
                }
                if !existing
                    .iter()
                    .any(|g| g.glossary_id == created.glossary_id)
                {
                    existing.push(created.clone());
                }
                current = oldest_named(&existing, &name);
                if current.as_deref() != Some(created.glossary_id.as_str()) {
                    self.delete_glossary(&created.glossary_id).await;
                    existing.retain(|g| g.glossary_id != created.glossary_id);
                }
            }
            let Some(id) = current else { continue };
            let prefix = name_prefix(pair);
            let stale: Vec<String> = existing
                .iter()
                .filter(|g| g.name.starts_with(&prefix) && g.glossary_id != id)
                .filter(|g| {
                    created_at(&g.creation_time)
                        .and_then(|t| now.duration_since(t).ok())
                        .is_some_and(|age| age > STALE_AFTER)
                })
                .map(|g| g.glossary_id.clone())
                .collect();
            for old in stale {
                self.delete_glossary(&old).await;
                existing.retain(|g| g.glossary_id != old);
            }
            if let Ok(mut map) = self.glossaries.lock() {
                map.insert(pair, id);
            }
        }
        Ok(())
    }
}

/// What every glossary of ours for a pair is named with, before the hash of its entries.
fn name_prefix((source, target): (Lang, Lang)) -> String {
    format!(
        "bitext {}-{} ",
        glossary_code(source),
        glossary_code(target)
    )
}

/// The id of the oldest glossary with this name (earliest creation, then smallest id).
fn oldest_named(glossaries: &[GlossaryInfo], name: &str) -> Option<String> {
    glossaries
        .iter()
        .filter(|g| g.name == name)
        .min_by(|a, b| {
            let time = |g: &GlossaryInfo| created_at(&g.creation_time);
            time(a)
                .cmp(&time(b))
                .then_with(|| a.glossary_id.cmp(&b.glossary_id))
        })
        .map(|g| g.glossary_id.clone())
}

/// A DeepL `creation_time` (ISO 8601 in UTC, `2021-08-03T14:16:18.329Z`) as a time; `None`
/// for anything else, which is then never old enough to delete.
fn created_at(text: &str) -> Option<std::time::SystemTime> {
    let text = text.strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    let (clock, fraction) = time.split_once('.').unwrap_or((time, ""));
    let mut c = clock.splitn(3, ':').map(|p| p.parse::<i64>().ok());
    let (hour, minute, second) = (c.next()??, c.next()??, c.next()??);
    let valid = (1970..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (0..24).contains(&hour)
        && (0..60).contains(&minute)
        && (0..=60).contains(&second);
    if !valid || fraction.len() > 9 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hour * 3600 + minute * 60 + second;
    let nanos = format!("{fraction:0<9}").parse::<u32>().ok()?;
    let secs = u64::try_from(secs).ok()?;
    Some(std::time::UNIX_EPOCH + std::time::Duration::new(secs, nanos))
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

    /// DeepL bills the characters of the texts, not the tags: a batch whose terms go with it
    /// is billed as its texts with each term in its target form (and the whitespace between
    /// terms as the keep tags hold it). A pair `prepare` has not looked at yet is counted as
    /// having its glossary.
    fn billed_chars(&self, batch: &Batch) -> u64 {
        let assumed = !self
            .prepared
            .lock()
            .is_ok_and(|p| p.contains(&(batch.source, batch.target)));
        let glossary = assumed || self.glossary_for(batch.source, batch.target).is_some();
        let terms = self.terms_for(batch, glossary);
        Self::wire_texts(batch, terms)
            .iter()
            .map(|t| match terms {
                Terms::Tagged => crate::text::char_count(&unprotect(t)),
                Terms::Plain | Terms::Substituted => crate::text::char_count(t),
            })
            .sum()
    }

    fn wants_context(&self) -> bool {
        self.context
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

    fn reports_quota(&self) -> bool {
        true
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
        let xml = markup::protect(
            "Q&A at the Shanghai Women's Federation <today>",
            &terms,
            KEEP_OPEN,
            KEEP_CLOSE,
            markup::Unchanged::Marked,
        );
        assert_eq!(
            xml,
            "Q&amp;A at the <keep>上海市妇女联合会</keep> &lt;today&gt;"
        );
        assert_eq!(unprotect(&xml), "Q&A at the 上海市妇女联合会 <today>");
    }

    fn deepl() -> Deepl {
        let settings = super::super::test_settings("deepl", "k", "DEEPL_API_KEY");
        Deepl::build(&settings, &DeeplSection::default()).unwrap()
    }

    fn batch(source: Lang, target: Lang, strict: bool) -> Batch {
        Batch {
            source,
            target,
            items: vec![crate::provider::BatchItem {
                id: "s1".into(),
                text: "Q&A at the Shanghai Women's Federation".into(),
                terms: vec![TermPair {
                    id: "swf".into(),
                    source: "Shanghai Women's Federation".into(),
                    target: "SWF".into(),
                }],
            }],
            strict,
            context: Some("The paragraph.".into()),
        }
    }

    #[test]
    fn terms_travel_in_the_glossary_else_in_tags_else_in_their_target_form() {
        let d = deepl();
        let en_zh = batch(Lang::En, Lang::Zh, false);
        let en_vi = batch(Lang::En, Lang::Vi, false);
        assert_eq!(d.terms_for(&en_zh, true), Terms::Plain);
        assert_eq!(d.terms_for(&en_zh, false), Terms::Tagged);
        assert_eq!(d.terms_for(&en_vi, false), Terms::Substituted);
        // A strict re-send adds what it can to the glossary.
        assert_eq!(
            d.terms_for(&batch(Lang::En, Lang::Zh, true), true),
            Terms::Tagged
        );
        assert_eq!(
            d.terms_for(&batch(Lang::En, Lang::Vi, true), true),
            Terms::Substituted
        );
        let body = d.body(&en_vi, None, Terms::Substituted);
        assert_eq!(body["text"][0], "Q&A at the SWF");
        assert_eq!(body["context"], "The paragraph.");
        assert!(body.get("tag_handling").is_none());
        let body = d.body(&en_zh, None, Terms::Tagged);
        assert_eq!(body["text"][0], "Q&amp;A at the <keep>SWF</keep>");
        assert_eq!(body["ignore_tags"], serde_json::json!(["keep"]));
        // Before `prepare`, a pair is counted as having its glossary; after it found none,
        // as the terms in their target form (tags are not billed).
        assert_eq!(d.billed_chars(&en_zh), 38);
        d.prepared.lock().unwrap().insert((Lang::En, Lang::Zh));
        assert_eq!(d.billed_chars(&en_zh), 14);
    }

    #[test]
    fn creation_times_read_as_deepl_writes_them() {
        let at = |s: &str| {
            created_at(s).map(|t| t.duration_since(std::time::UNIX_EPOCH).unwrap().as_millis())
        };
        assert_eq!(at("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(at("2021-08-03T14:16:18.329Z"), Some(1_628_000_178_329));
        assert_eq!(at("2024-02-29T23:59:60Z"), Some(1_709_251_200_000));
        for bad in [
            "",
            "2021-08-03",
            "2021-13-01T00:00:00Z",
            "2021-08-03T14:16:18+02:00",
            "x-y-zTa:b:cZ",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_oldest_of_a_name_wins_then_the_smallest_id() {
        let g = |id: &str, name: &str, time: &str| GlossaryInfo {
            glossary_id: id.into(),
            name: name.into(),
            creation_time: time.into(),
        };
        let list = [
            g("b", "bitext en-zh 1", "2026-01-01T00:00:01.000Z"),
            g("c", "bitext en-zh 1", "2026-01-01T00:00:00.500Z"),
            g("a", "bitext en-zh 1", "2026-01-01T00:00:00.500Z"),
            g("z", "bitext en-zh 2", "2025-01-01T00:00:00Z"),
        ];
        assert_eq!(oldest_named(&list, "bitext en-zh 1").as_deref(), Some("a"));
        assert_eq!(oldest_named(&list, "bitext en-zh 3"), None);
    }
}
