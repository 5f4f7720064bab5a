//! Any OpenAI-compatible `/v1/chat/completions` server (OpenAI, Ollama, vLLM, llama.cpp).
//!
//! The contract: the system message holds the instructions; the user message is one JSON
//! document `{"source_lang", "target_lang", "segments": [{"id", "text"}], "terms": [{"source",
//! "target"}], "context"?}`; `response_format` is a strict JSON schema whose answer is
//! `{"translations": [{"id", "text"}]}`. Every id is checked: a missing, duplicated or unknown id
//! leaves that segment unanswered (`None`), so the pipeline retries it alone.
//!
//! `context` (on unless `context = false` in the profile) holds the paragraphs the segments
//! come from, to be read and not translated, and the instructions say so. It is paid for:
//! the paragraphs hold the segments, so the user message's text about doubles (more where
//! only some of a paragraph's sentences are sent), which `estimate_tokens` counts. Without
//! it the request is what it was before context existed, so the prompt version, and with it
//! every cached answer, stays as it was.

use super::http::{AnswerText, Http};
use super::registry::Registered;
use super::{ApiKey, Batch, BatchOutput, CommonSettings, Limits, Provider, ProviderError};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

const DEFAULT_BASE: &str = "https://api.openai.com/v1";
const DEFAULT_MODEL: &str = "gpt-4o-mini";
/// Bumped when the instructions change, so cached answers to the old prompt are not reused.
pub const PROMPT_VERSION: u32 = 1;

const SYSTEM_PROMPT: &str = "You are a professional translator of news articles. \
The user message is a JSON document with source_lang, target_lang, segments (each with an id and a text) and terms. \
Translate every segment's text from source_lang into target_lang as one sentence-level unit, faithfully and fluently, \
keeping numbers, names and the meaning intact. Do not merge, split, skip or reorder segments. \
Wherever a term's source form occurs in a segment, render it exactly as the term's target form. \
Answer with JSON only: {\"translations\": [{\"id\": <the segment's id>, \"text\": <its translation>}]}, \
one entry for every segment, with the ids exactly as given.";

/// Added to the instructions when the user message carries context.
const CONTEXT: &str = "The context holds the paragraphs the segments come from: read it to resolve names, pronouns and references, but do not translate it or answer for it.";

/// Added to the instructions when a translation is retried because it missed a term.
const STRICT_TERMS: &str = "The terms are mandatory: a translation that does not contain \
each listed term's target form exactly as written is wrong. Check every term before answering.";

pub struct OpenAi {
    http: Http,
    url: String,
    model: String,
    key: Option<ApiKey>,
    batch_size: usize,
    temperature: f64,
    context: bool,
}

/// The keys of a `kind = "openai"` profile besides the common ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenAiSection {
    /// Sampling temperature (default 0: the same answer to the same request, as far as the
    /// server allows).
    pub temperature: Option<f64>,
    /// Send the paragraphs around the segments as `context` (on unless `false`; paid for in
    /// prompt tokens).
    pub context: Option<bool>,
}

#[derive(Serialize)]
struct UserMessage<'a> {
    source_lang: &'a str,
    target_lang: &'a str,
    segments: Vec<SegmentIn<'a>>,
    terms: Vec<TermIn<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<&'a str>,
}

#[derive(Serialize)]
struct SegmentIn<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct TermIn<'a> {
    source: &'a str,
    target: &'a str,
}

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<Usage>,
}

#[derive(Deserialize)]
struct Choice {
    message: Message,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct Message {
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    refusal: Option<String>,
}

#[derive(Deserialize)]
struct Usage {
    #[serde(default)]
    total_tokens: u64,
}

#[derive(Deserialize)]
struct Answer {
    translations: Vec<AnswerItem>,
}

#[derive(Deserialize)]
struct AnswerItem {
    id: String,
    text: AnswerText,
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: String,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    /// A string on OpenAI, an integer on llama.cpp, null on Ollama.
    #[serde(default)]
    code: Option<serde_json::Value>,
}

impl Registered for OpenAi {
    type Section = OpenAiSection;

    fn build(settings: &CommonSettings, section: &OpenAiSection) -> Result<Self, String> {
        let base = settings.base_url(DEFAULT_BASE);
        // Accept both `http://host:11434` and `http://host:11434/v1`.
        let url = if base.ends_with("/v1") {
            format!("{base}/chat/completions")
        } else {
            format!("{base}/v1/chat/completions")
        };
        Ok(OpenAi {
            http: Http::new(settings),
            url,
            model: settings
                .model
                .clone()
                .unwrap_or_else(|| DEFAULT_MODEL.to_string()),
            key: settings.api_key.clone(),
            batch_size: settings.batch_size.unwrap_or(20).max(1),
            temperature: section.temperature.unwrap_or(0.0),
            context: section.context.unwrap_or(true),
        })
    }
}

impl OpenAi {
    /// The key as a Bearer token, where there is one (local servers usually need none).
    fn authorised(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.key {
            Some(key) => request.bearer_auth(key.expose()),
            None => request,
        }
    }

    fn response_format() -> serde_json::Value {
        serde_json::json!({
            "type": "json_schema",
            "json_schema": {
                "name": "translations",
                "strict": true,
                "schema": {
                    "type": "object",
                    "properties": {
                        "translations": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "id": { "type": "string" },
                                    "text": { "type": "string" }
                                },
                                "required": ["id", "text"],
                                "additionalProperties": false
                            }
                        }
                    },
                    "required": ["translations"],
                    "additionalProperties": false
                }
            }
        })
    }

    fn request_body(&self, batch: &Batch) -> serde_json::Value {
        let mut terms: Vec<TermIn> = batch
            .items
            .iter()
            .flat_map(|i| i.terms.iter())
            .map(|t| TermIn {
                source: &t.source,
                target: &t.target,
            })
            .collect();
        terms.sort();
        terms.dedup();
        let user = UserMessage {
            source_lang: batch.source.name(),
            target_lang: batch.target.name(),
            segments: batch
                .items
                .iter()
                .map(|i| SegmentIn {
                    id: &i.id,
                    text: &i.text,
                })
                .collect(),
            terms,
            context: batch.context.as_deref().filter(|_| self.context),
        };
        let mut system = SYSTEM_PROMPT.to_string();
        if user.context.is_some() {
            system = format!("{system} {CONTEXT}");
        }
        if batch.strict {
            system = format!("{system} {STRICT_TERMS}");
        }
        let user = serde_json::to_string(&user).expect("the user message always serialises");
        serde_json::json!({
            "model": self.model,
            "messages": [
                { "role": "system", "content": system },
                { "role": "user", "content": user },
            ],
            "temperature": self.temperature,
            "stream": false,
            "response_format": Self::response_format(),
        })
    }

    pub(crate) fn error(
        &self,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        body: &str,
    ) -> ProviderError {
        let parsed = serde_json::from_str::<ErrorEnvelope>(body)
            .ok()
            .map(|e| e.error);
        let message = self.http.redact(
            &parsed
                .as_ref()
                .map(|e| e.message.clone())
                .unwrap_or_else(|| self.http.shown_body(body)),
        );
        let code = parsed
            .as_ref()
            .and_then(|e| e.code.as_ref())
            .and_then(|c| c.as_str().map(str::to_string));
        let kind = parsed.as_ref().and_then(|e| e.kind.clone());
        let quota = code.as_deref() == Some("insufficient_quota")
            || kind.as_deref() == Some("insufficient_quota");
        if status == 404 {
            return ProviderError::Unusable {
                provider: self.http.name.clone(),
                message: format!(
                    "{} answered 404 ({message}): check the endpoint and that model '{}' exists there",
                    self.url, self.model
                ),
            };
        }
        // OpenAI sends 429 both for "slow down" and for "no money left"; only the code tells.
        self.http
            .status_error(status, headers, message, status == 429 && quota)
    }

    async fn send(&self, batch: &Batch) -> Result<BatchOutput, ProviderError> {
        let request = self
            .http
            .client
            .post(&self.url)
            .json(&self.request_body(batch));
        let reply = self.http.send(self.authorised(request)).await?;
        let text = reply.body;
        if reply.status != 200 {
            return Err(self.error(reply.status, &reply.headers, &text));
        }
        self.read_answer(batch, &text)
    }

    /// The texts of a successful completion's body, by the ids the batch sent. Apart from
    /// `send` so that the fuzz target reaches it without HTTP.
    pub(crate) fn read_answer(
        &self,
        batch: &Batch,
        text: &str,
    ) -> Result<BatchOutput, ProviderError> {
        let malformed = |message: String| self.http.malformed(message);
        let completion: Completion = self.http.decode(text)?;
        let tokens = completion.usage.map_or(0, |u| u.total_tokens);
        let choice = completion
            .choices
            .into_iter()
            .next()
            .ok_or_else(|| malformed("no choices in the completion".into()))?;
        if let Some(refusal) = choice.message.refusal.filter(|r| !r.is_empty()) {
            return Err(malformed(format!("the model refused: {refusal}")));
        }
        let content = choice.message.content.unwrap_or_default();
        let answer: Answer = serde_json::from_str(&content).map_err(|e| {
            let truncated = choice.finish_reason.as_deref() == Some("length");
            malformed(if truncated {
                "the answer was cut off (finish_reason=length): lower batch_size".to_string()
            } else {
                format!("the answer is not the expected JSON ({e})")
            })
        })?;

        // Count every id the model returned; only ids seen exactly once are trusted.
        let mut seen: HashMap<&str, (usize, &str)> = HashMap::new();
        for item in &answer.translations {
            // A text that is no text (a lone surrogate) is no answer for its id.
            let text = item.text.0.as_deref().unwrap_or_default();
            let entry = seen.entry(item.id.as_str()).or_insert((0, text));
            entry.0 += 1;
        }
        let sent: BTreeMap<&str, ()> = batch.items.iter().map(|i| (i.id.as_str(), ())).collect();
        let unknown: Vec<&str> = seen
            .keys()
            .filter(|id| !sent.contains_key(*id))
            .copied()
            .collect();
        if !unknown.is_empty() {
            tracing::warn!(provider = %self.http.name, ?unknown, "the model answered ids it was not sent; ignoring them");
        }
        let texts = batch
            .items
            .iter()
            .map(|item| match seen.get(item.id.as_str()) {
                Some((1, text)) if !text.trim().is_empty() => Some(text.to_string()),
                _ => None,
            })
            .collect();
        Ok(BatchOutput {
            texts,
            billed_chars: batch
                .items
                .iter()
                .map(|i| crate::text::char_count(&i.text))
                .sum(),
            tokens,
        })
    }
}

impl Provider for OpenAi {
    fn kind(&self) -> &'static str {
        "openai"
    }

    fn model(&self) -> String {
        self.model.clone()
    }

    fn endpoint_family(&self) -> &'static str {
        "openai-chat"
    }

    fn options(&self) -> serde_json::Value {
        serde_json::json!({ "prompt_version": PROMPT_VERSION, "temperature": self.temperature })
    }

    fn capabilities(&self) -> super::Capabilities {
        // The terms travel in every request.
        super::Capabilities::terms_everywhere()
    }

    fn wants_context(&self) -> bool {
        self.context
    }

    fn estimate_tokens(&self, batch: &Batch) -> u64 {
        // The whole request as sent, plus an answer about as long as the texts in JSON.
        let request = self.request_body(batch).to_string();
        let answer: u64 = batch
            .items
            .iter()
            .map(|i| crate::text::estimate_tokens(&i.text) + 8)
            .sum();
        crate::text::estimate_tokens(&request) + answer
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: 64 * 1024,
        }
    }

    fn check(&self) -> BoxFuture<'_, Result<String, ProviderError>> {
        Box::pin(async {
            let url = self.url.replace("/chat/completions", "/models");
            let request = self.authorised(self.http.client.get(url));
            let reply = self.http.send(request).await?;
            if reply.status != 200 {
                return Err(self.error(reply.status, &reply.headers, &reply.body));
            }
            let models: serde_json::Value = self.http.decode_part(&reply.body, "models")?;
            let ids: Vec<&str> = models["data"]
                .as_array()
                .map(|m| m.iter().filter_map(|m| m["id"].as_str()).collect())
                .unwrap_or_default();
            let has = if ids.contains(&self.model.as_str()) {
                "is"
            } else {
                "is NOT"
            };
            Ok(format!(
                "{} models; '{}' {has} among them",
                ids.len(),
                self.model
            ))
        })
    }

    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
        Box::pin(self.send(batch))
    }
}
