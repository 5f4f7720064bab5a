//! Planning and running the translation of segmented documents.
//!
//! Planning turns every translatable segment and target language into a cache request, sends
//! each distinct request at most once per run (however many documents contain it), and serves
//! what the cache already holds. The rest travels in batches sized to the provider's limits,
//! concurrently, with retries and backoff; every answer is cached the moment it arrives, so a
//! run that stops early has lost nothing it paid for.

pub mod limiter;

pub use crate::aligned::{Aligned, Cell, Origin, Row};
use crate::cache::{CacheEntry, CacheKey, CacheRequest, Store, KEY_SCHEMA};
use crate::document::Document;
use crate::glossary::{Glossary, TermHit, Violation};
use crate::lang::Lang;
use crate::provider::{Batch, BatchItem, Provider, ProviderError};
use futures::StreamExt;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often and how patiently a failed request is sent again.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub base: Duration,
    pub max: Duration,
}

/// Counters of a run, written to summary.json.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RunStats {
    pub documents: u64,
    pub segments: u64,
    /// Segment × target language pairs that needed a translation.
    pub translations_needed: u64,
    /// Distinct segment × target requests sent to the provider.
    pub segments_sent: u64,
    pub served_from_cache: u64,
    /// Pairs that repeated another pair of this run and were not sent again.
    pub deduplicated: u64,
    pub requests: u64,
    pub billed_characters: u64,
    pub tokens: u64,
    pub retries: u64,
    pub failures: u64,
    pub dropped_lines: u64,
    /// Glossary terms asked for, over all translations of the run.
    pub terms_enforced: u64,
    /// Translations sent again alone, with stronger enforcement, after failing a term check.
    pub term_retries: u64,
    /// Translations left with a glossary violation after that retry.
    pub term_violations: u64,
    /// Source segments that contain a deprecated glossary form.
    pub source_flags: u64,
    /// Translations taken from reviewers' corrections (never sent, never cached).
    pub reviewed: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Failure {
    pub doc: String,
    pub id: String,
    pub target: Lang,
    pub error: String,
}

/// What a run produced.
#[derive(Debug)]
pub struct RunResult {
    pub aligned: Vec<Aligned>,
    pub stats: RunStats,
    pub failures: Vec<Failure>,
    /// Set when the provider made going on pointless (key rejected, quota exhausted).
    pub stopped: Option<Stop>,
}

/// Why a run stopped before sending everything.
#[derive(Clone, Debug, Serialize)]
pub struct Stop {
    pub message: String,
    /// The key, endpoint or model is wrong: a configuration problem, not a passing one.
    pub configuration: bool,
}

/// The work of a run, before anything is sent.
struct Plan {
    uniques: Vec<Unique>,
    index: HashMap<CacheKey, usize>,
    /// Pivoted pairs: (document, block, segment, target) → (first leg, pivot language).
    pivoted: HashMap<(usize, usize, usize, Lang), (usize, Lang)>,
    /// (document, block, segment, target) → the distinct request it waits for.
    wanted: HashMap<(usize, usize, usize, Lang), usize>,
    /// Answers known before sending: from the cache.
    answers: Vec<Option<Answer>>,
    /// Pairs a reviewer has corrected: (document, block, segment, target) → the correction.
    reviewed: HashMap<(usize, usize, usize, Lang), String>,
    /// Distinct requests to send.
    pending: Vec<usize>,
}

/// What `--dry-run` reports.
#[derive(Clone, Debug, Serialize)]
pub struct Estimate {
    pub provider: String,
    pub served_from_cache: u64,
    pub deduplicated: u64,
    pub per_target: BTreeMap<Lang, EstimateLine>,
    pub total: EstimateLine,
}

#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct EstimateLine {
    pub segments: u64,
    pub characters: u64,
    pub requests: u64,
    /// Estimated tokens (prompt and answer), for providers that bill by token.
    pub tokens: u64,
}

/// A distinct request of the run and the segments waiting for its answer.
struct Unique {
    request: CacheRequest,
    key: CacheKey,
}

type Answer = Result<(String, Origin), String>;

/// A final answer with its term check.
type Checked = Result<(String, Origin, Vec<Violation>), String>;

/// State shared by concurrent batches.
struct Shared {
    stats: Mutex<RunStats>,
    stop: AtomicBool,
    stop_reason: Mutex<Option<Stop>>,
    cache_warned: AtomicBool,
    limiter: Arc<limiter::Limiter>,
    /// Characters of every request sent so far, retries included: what the budget counts.
    committed_chars: std::sync::atomic::AtomicU64,
}

impl Shared {
    fn new(limiter: Arc<limiter::Limiter>) -> Self {
        Shared {
            stats: Mutex::default(),
            stop: AtomicBool::new(false),
            stop_reason: Mutex::default(),
            cache_warned: AtomicBool::new(false),
            limiter,
            committed_chars: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Stops the run (the first reason wins); returns whether this was the first stop.
    fn stop(&self, stop: Stop) -> bool {
        let first = !self.stop.swap(true, Ordering::SeqCst);
        if let Ok(mut reason) = self.stop_reason.lock() {
            reason.get_or_insert(stop);
        }
        first
    }

    /// Stops the run on an error after which nothing more should be sent (a rejected key, an
    /// exhausted quota), logging it once; returns the message.
    fn stop_on(&self, e: &ProviderError) -> String {
        let message = e.to_string();
        let stop = Stop {
            message: message.clone(),
            configuration: !matches!(e, ProviderError::Quota { .. }),
        };
        if self.stop(stop) {
            tracing::error!("{message}; stopping the run");
        }
        message
    }
}

pub struct Pipeline {
    pub provider: Arc<dyn Provider>,
    pub store: Arc<dyn Store>,
    pub glossary: Arc<Glossary>,
    pub targets: Vec<Lang>,
    pub retry: RetryPolicy,
    pub concurrency: usize,
    /// Pacing to the provider's rate limits, shared by every document and every `run` of
    /// this pipeline (a batch runs documents through it in groups).
    pub limiter: Arc<limiter::Limiter>,
    /// Stop before sending a request that would take the characters sent past this budget.
    pub max_chars: Option<u64>,
    /// Language pairs translated through a pivot language: (source, target) → pivot.
    pub pivots: HashMap<(Lang, Lang), Lang>,
    /// Reviewers' corrections, used before the cache and any provider.
    pub reviews: Arc<crate::review::Reviews>,
}

impl Pipeline {
    /// Matches glossary terms in every translatable segment.
    pub fn match_terms(&self, docs: &mut [Document]) {
        for doc in docs.iter_mut() {
            let lang = doc.lang;
            for seg in doc.blocks.iter_mut().flat_map(|b| b.segments.iter_mut()) {
                if seg.translatable {
                    seg.hits = self.glossary.find(lang, &seg.text);
                    seg.flags = self.glossary.find_deprecated(lang, &seg.text);
                }
            }
        }
    }

    fn request_for(
        &self,
        source: Lang,
        target: Lang,
        text: &str,
        hits: &[TermHit],
    ) -> CacheRequest {
        CacheRequest {
            schema: KEY_SCHEMA,
            provider: self.provider.kind().to_string(),
            model: self.provider.model(),
            endpoint_family: self.provider.endpoint_family().to_string(),
            source_lang: source,
            target_lang: target,
            text: text.to_string(),
            terms: self.glossary.pairs_for(hits, target),
            options: self.provider.options(),
        }
    }

    /// Translates segmented documents (glossary hits already matched).
    /// The pivot language for a pair: the configured one, else English when the provider
    /// declares that it does not translate the pair directly.
    fn pivot_for(&self, source: Lang, target: Lang) -> Option<Lang> {
        self.pivots.get(&(source, target)).copied().or_else(|| {
            let direct = self
                .provider
                .capabilities()
                .translates
                .contains(source, target);
            (!direct && source != Lang::En && target != Lang::En).then_some(Lang::En)
        })
    }

    /// The translation a run would give this source text now without sending anything: the
    /// reviewer's correction, else the cached machine translation (through the pivot where the
    /// pair has one); `None` when neither exists.
    pub fn current_translation(&self, source: Lang, target: Lang, text: &str) -> Option<String> {
        if let Some(reviewed) = self.reviews.get(source, target, text) {
            return Some(reviewed.to_string());
        }
        let cached = |from: Lang, to: Lang, text: &str| {
            let hits = self.glossary.find(from, text);
            let key = self.request_for(from, to, text, &hits).key();
            self.store.get(&key).ok().flatten().map(|e| e.translation)
        };
        match self.pivot_for(source, target) {
            Some(pivot) => cached(pivot, target, &cached(source, pivot, text)?),
            None => cached(source, target, text),
        }
    }

    /// Works out what a run needs: the distinct requests, which segments wait for which, what
    /// the cache already holds, and what must be sent.
    fn plan(&self, docs: &[Document], stats: &mut RunStats) -> Plan {
        let mut uniques: Vec<Unique> = Vec::new();
        let mut index: HashMap<CacheKey, usize> = HashMap::new();
        let mut wanted: HashMap<(usize, usize, usize, Lang), usize> = HashMap::new();
        let mut pivoted = HashMap::new();
        let mut reviewed = HashMap::new();
        stats.documents = docs.len() as u64;
        for (d, doc) in docs.iter().enumerate() {
            stats.dropped_lines += doc.dropped.len() as u64;
            for (b, block) in doc.blocks.iter().enumerate() {
                for (s, seg) in block.segments.iter().enumerate() {
                    stats.segments += 1;
                    stats.source_flags += u64::from(!seg.flags.is_empty());
                    if !seg.translatable {
                        continue;
                    }
                    for &target in self.targets.iter().filter(|&&t| t != doc.lang) {
                        if let Some(text) = self.reviews.get(doc.lang, target, &seg.text) {
                            stats.reviewed += 1;
                            reviewed.insert((d, b, s, target), text.to_string());
                            continue;
                        }
                        stats.translations_needed += 1;
                        // A pivoted pair first goes into the pivot language; the second leg
                        // is planned once the first one's answer is known.
                        let via = self.pivot_for(doc.lang, target);
                        let leg = via.unwrap_or(target);
                        let request = self.request_for(doc.lang, leg, &seg.text, &seg.hits);
                        let key = request.key();
                        let u = *index.entry(key.clone()).or_insert_with(|| {
                            uniques.push(Unique { request, key });
                            uniques.len() - 1
                        });
                        match via {
                            Some(pivot) => {
                                pivoted.insert((d, b, s, target), (u, pivot));
                            }
                            None => {
                                wanted.insert((d, b, s, target), u);
                            }
                        }
                    }
                }
            }
        }
        stats.deduplicated = stats.translations_needed - uniques.len() as u64;

        // Serve what the cache has; the rest must be sent.
        let mut answers: Vec<Option<Answer>> = vec![None; uniques.len()];
        let pending = self.serve_from_cache(&uniques, 0..uniques.len(), &mut answers);
        stats.served_from_cache = (uniques.len() - pending.len()) as u64;
        Plan {
            uniques,
            index,
            pivoted,
            wanted,
            answers,
            pending,
            reviewed,
        }
    }

    /// What a run would send, without sending anything: per target language, the segments,
    /// characters (what character-billed APIs charge) and requests left after the cache and
    /// deduplication.
    pub fn estimate(&self, docs: &[Document]) -> Estimate {
        let mut stats = RunStats::default();
        let plan = self.plan(docs, &mut stats);
        let mut per_target: BTreeMap<Lang, EstimateLine> = BTreeMap::new();
        for &u in &plan.pending {
            let r = &plan.uniques[u].request;
            let line = per_target.entry(r.target_lang).or_default();
            line.segments += 1;
            line.characters += crate::text::char_count(&r.text);
        }
        // A request that carries several targets counts once in the total and once for each
        // of its targets.
        let batches = self.plan_batches(&plan.uniques, &plan.pending);
        let mut requests = batches.len() as u64;
        for lanes in &batches {
            for lane in lanes {
                let target = plan.uniques[lane[0]].request.target_lang;
                let line = per_target.entry(target).or_default();
                line.requests += 1;
                line.tokens += self
                    .provider
                    .estimate_tokens(&batch_of(&plan.uniques, lane, false));
            }
        }
        // A pivot's second leg depends on the first one's answer: estimated here by the
        // length of the source, one leg per distinct first leg and target.
        let mut legs: Vec<(usize, Lang)> = plan
            .pivoted
            .iter()
            .map(|(slot, &(u, _))| (u, slot.3))
            .collect();
        legs.sort();
        legs.dedup();
        let mut per_pair: BTreeMap<Lang, Vec<usize>> = BTreeMap::new();
        let token_billed = !legs.is_empty()
            && self
                .provider
                .estimate_tokens(&batch_of(&plan.uniques, &[legs[0].0], false))
                > 0;
        for (u, target) in legs {
            let line = per_target.entry(target).or_default();
            let text = &plan.uniques[u].request.text;
            line.segments += 1;
            line.characters += crate::text::char_count(text);
            if token_billed {
                // Prompt and answer, without the per-request instructions.
                line.tokens += 2 * crate::text::estimate_tokens(text);
            }
            per_pair.entry(target).or_default().push(u);
        }
        let max_texts = self.provider.limits().max_texts.max(1);
        for (target, items) in per_pair {
            let legs = items.len().div_ceil(max_texts) as u64;
            per_target.entry(target).or_default().requests += legs;
            requests += legs;
        }
        let mut total = per_target
            .values()
            .fold(EstimateLine::default(), |mut t, l| {
                t.segments += l.segments;
                t.characters += l.characters;
                t.tokens += l.tokens;
                t
            });
        total.requests = requests;
        Estimate {
            provider: self.provider.kind().to_string(),
            served_from_cache: stats.served_from_cache,
            deduplicated: stats.deduplicated,
            per_target,
            total,
        }
    }

    /// Translates segmented documents (glossary hits already matched).
    pub async fn run(&self, docs: &[Document]) -> RunResult {
        let shared = Shared::new(self.limiter.clone());
        let Plan {
            mut uniques,
            mut index,
            pivoted,
            mut wanted,
            mut answers,
            pending,
            reviewed,
        } = {
            let mut stats = shared.stats.lock().expect("stats lock");
            self.plan(docs, &mut stats)
        };

        // Providers with term bases of their own (DeepL) get the glossary for the pairs that
        // are about to be translated.
        let mut pairs: Vec<(Lang, Lang)> = pending
            .iter()
            .map(|&u| {
                (
                    uniques[u].request.source_lang,
                    uniques[u].request.target_lang,
                )
            })
            .collect();
        pairs.sort();
        pairs.dedup();
        if !pairs.is_empty() && !self.glossary.is_empty() {
            if let Err(e) = self.provider.prepare(&self.glossary, &pairs).await {
                if e.is_fatal() {
                    shared.stop_on(&e);
                } else {
                    tracing::warn!("{e}; translating without the provider's glossary");
                }
            }
        }
        let batches = self.plan_batches(&uniques, &pending);
        let results: Vec<Vec<(usize, Answer)>> = futures::stream::iter(batches)
            .map(|batch| self.run_batch(&uniques, batch, &shared, false))
            .buffer_unordered(self.concurrency.max(1))
            .collect()
            .await;
        for (u, answer) in results.into_iter().flatten() {
            answers[u] = Some(answer);
        }

        // Second legs of pivoted pairs: the first leg's answer, from the pivot language on.
        let mut vias: HashMap<(usize, usize, usize, Lang), Lang> = HashMap::new();
        let mut second_legs = Vec::new();
        for (&slot, &(first, pivot)) in &pivoted {
            let Some(Ok((text, _))) = &answers[first] else {
                // The first leg failed: the pair fails with it.
                wanted.insert(slot, first);
                continue;
            };
            let hits = self.glossary.find(pivot, text);
            let request = self.request_for(pivot, slot.3, text, &hits);
            let key = request.key();
            let u = *index.entry(key.clone()).or_insert_with(|| {
                uniques.push(Unique { request, key });
                answers.push(None);
                second_legs.push(uniques.len() - 1);
                uniques.len() - 1
            });
            wanted.insert(slot, u);
            vias.insert(slot, pivot);
        }
        if !second_legs.is_empty() {
            let asked = second_legs.len();
            let pending = self.serve_from_cache(&uniques, second_legs, &mut answers);
            shared.stats.lock().expect("stats lock").served_from_cache +=
                (asked - pending.len()) as u64;
            let batches = self.plan_batches(&uniques, &pending);
            let results: Vec<Vec<(usize, Answer)>> = futures::stream::iter(batches)
                .map(|batch| self.run_batch(&uniques, batch, &shared, false))
                .buffer_unordered(self.concurrency.max(1))
                .collect()
                .await;
            for (u, answer) in results.into_iter().flatten() {
                answers[u] = Some(answer);
            }
        }

        // Check every translation against the glossary; a fresh one that fails gets one more
        // try alone, with stronger enforcement. Cached ones are only checked: they had theirs.
        let mut checked: Vec<Option<Checked>> = Vec::with_capacity(uniques.len());
        let mut recheck = Vec::new();
        for (u, answer) in answers.into_iter().enumerate() {
            let request = &uniques[u].request;
            checked.push(answer.map(|a| {
                a.map(|(text, origin)| {
                    let violations =
                        self.glossary
                            .check(request.target_lang, &text, &request.terms);
                    if !violations.is_empty() && origin != Origin::Cache {
                        recheck.push(u);
                    }
                    (text, origin, violations)
                })
            }));
        }
        {
            let mut stats = shared.stats.lock().expect("stats lock");
            stats.terms_enforced = checked
                .iter()
                .zip(&uniques)
                .filter(|(c, _)| matches!(c, Some(Ok(_))))
                .map(|(_, u)| u.request.terms.len() as u64)
                .sum();
            stats.term_retries = recheck.len() as u64;
        }
        let retried: Vec<Vec<(usize, Answer)>> = futures::stream::iter(recheck)
            .map(|u| self.run_batch(&uniques, vec![vec![u]], &shared, true))
            .buffer_unordered(self.concurrency.max(1))
            .collect()
            .await;
        let mut kept = Vec::new();
        for (u, answer) in retried.into_iter().flatten() {
            let Ok((text, origin)) = answer else { continue };
            let request = &uniques[u].request;
            let violations = self
                .glossary
                .check(request.target_lang, &text, &request.terms);
            let better = match &checked[u] {
                Some(Ok((_, _, before))) => violations.len() <= before.len(),
                _ => true,
            };
            if better {
                kept.push((u, text.clone()));
                checked[u] = Some(Ok((text, origin, violations)));
            } else if let Some(Ok((first, _, _))) = &checked[u] {
                // The stricter answer was worse: keep the first one, in the cache too.
                kept.push((u, first.clone()));
            }
        }
        self.remember(&uniques, &kept, &shared);
        shared.stats.lock().expect("stats lock").term_violations = checked
            .iter()
            .filter(|c| matches!(c, Some(Ok((_, _, v))) if !v.is_empty()))
            .count() as u64;

        let mut failures = Vec::new();
        let provider = self.provider.kind().to_string();
        let model = self.provider.model();
        let aligned = docs
            .iter()
            .enumerate()
            .map(|(d, doc)| {
                let targets: Vec<Lang> = self
                    .targets
                    .iter()
                    .copied()
                    .filter(|&t| t != doc.lang)
                    .collect();
                let mut rows = Vec::new();
                for (b, block) in doc.blocks.iter().enumerate() {
                    for (s, seg) in block.segments.iter().enumerate() {
                        let mut cells = BTreeMap::new();
                        for &target in &targets {
                            let slot = (d, b, s, target);
                            let cell = match wanted.get(&slot) {
                                None if reviewed.contains_key(&slot) => Cell {
                                    text: reviewed.get(&slot).cloned(),
                                    origin: Origin::Reviewed,
                                    provider: None,
                                    model: None,
                                    error: None,
                                    terms: Vec::new(),
                                    via: None,
                                },
                                None => Cell {
                                    text: Some(seg.text.clone()),
                                    origin: Origin::Copy,
                                    provider: None,
                                    model: None,
                                    error: None,
                                    terms: Vec::new(),
                                    via: None,
                                },
                                Some(&u) => match &checked[u] {
                                    Some(Ok((text, origin, violations))) => Cell {
                                        text: Some(text.clone()),
                                        origin: *origin,
                                        provider: Some(provider.clone()),
                                        model: Some(model.clone()),
                                        error: None,
                                        terms: violations.clone(),
                                        via: vias.get(&(d, b, s, target)).copied(),
                                    },
                                    other => {
                                        let error = match other {
                                            Some(Err(e)) => e.clone(),
                                            _ => "not translated".to_string(),
                                        };
                                        failures.push(Failure {
                                            doc: doc.id.clone(),
                                            id: seg.id.clone(),
                                            target,
                                            error: error.clone(),
                                        });
                                        Cell {
                                            text: None,
                                            origin: Origin::Failed,
                                            provider: Some(provider.clone()),
                                            model: Some(model.clone()),
                                            error: Some(error),
                                            terms: Vec::new(),
                                            via: vias.get(&(d, b, s, target)).copied(),
                                        }
                                    }
                                },
                            };
                            cells.insert(target, cell);
                        }
                        rows.push(Row {
                            id: seg.id.clone(),
                            block: block.index,
                            kind: block.kind,
                            source: seg.text.clone(),
                            hits: seg.hits.clone(),
                            flags: seg.flags.clone(),
                            targets: cells,
                        });
                    }
                }
                Aligned {
                    doc: doc.id.clone(),
                    source_path: doc.source.clone(),
                    lang: doc.lang,
                    targets,
                    rows,
                    dropped: doc.dropped.clone(),
                }
            })
            .collect();

        let mut stats = shared.stats.into_inner().expect("stats lock");
        stats.failures = failures.len() as u64;
        RunResult {
            aligned,
            stats,
            failures,
            stopped: shared.stop_reason.into_inner().expect("stop lock"),
        }
    }

    /// Groups pending requests into requests within the provider's text and byte limits: one
    /// lane of distinct requests per target language. A provider that takes several targets at
    /// once gets the same text for all of them in one request, where nothing on the wire
    /// differs between the targets (no per-target term markup); the rest go one pair at a time.
    fn plan_batches(&self, uniques: &[Unique], pending: &[usize]) -> Vec<Vec<Vec<usize>>> {
        let limits = self.provider.limits();
        let max_targets = self.provider.max_targets().max(1);
        let enforced = self.provider.capabilities().glossary;
        let size = |u: usize| {
            // Text plus room for the JSON and terms around it.
            let r = &uniques[u].request;
            r.text.len()
                + 16
                + r.terms
                    .iter()
                    .map(|t| t.source.len() + t.target.len() + 32)
                    .sum::<usize>()
        };

        // Same source text into several targets, in first-seen order.
        let mut rows: Vec<Vec<usize>> = Vec::new();
        let mut row_of: HashMap<(Lang, &str), usize> = HashMap::new();
        let mut single: Vec<usize> = Vec::new();
        for &u in pending {
            let r = &uniques[u].request;
            let same_on_wire =
                r.terms.is_empty() || !enforced.contains(r.source_lang, r.target_lang);
            if max_targets == 1 || !same_on_wire {
                single.push(u);
                continue;
            }
            let row = *row_of
                .entry((r.source_lang, r.text.as_str()))
                .or_insert_with(|| {
                    rows.push(Vec::new());
                    rows.len() - 1
                });
            let taken = rows[row]
                .iter()
                .any(|&v| uniques[v].request.target_lang == r.target_lang);
            if taken || rows[row].len() >= max_targets {
                single.push(u);
            } else {
                rows[row].push(u);
            }
        }
        let mut groups: BTreeMap<(Lang, Vec<Lang>), Vec<Vec<usize>>> = BTreeMap::new();
        for mut row in rows {
            if row.len() == 1 {
                single.extend(row);
                continue;
            }
            row.sort_by_key(|&u| uniques[u].request.target_lang);
            let source = uniques[row[0]].request.source_lang;
            let targets = row
                .iter()
                .map(|&u| uniques[u].request.target_lang)
                .collect();
            groups.entry((source, targets)).or_default().push(row);
        }

        let mut batches = Vec::new();
        let mut by_pair: BTreeMap<(Lang, Lang), Vec<usize>> = BTreeMap::new();
        for u in single {
            let r = &uniques[u].request;
            by_pair
                .entry((r.source_lang, r.target_lang))
                .or_default()
                .push(u);
        }
        let chunk = |rows: Vec<Vec<usize>>, batches: &mut Vec<Vec<Vec<usize>>>| {
            let mut current: Vec<Vec<usize>> = Vec::new();
            let mut bytes = 0usize;
            for row in rows {
                // Limits count the text once per target it goes into.
                let row_size: usize = row.iter().map(|&u| size(u)).sum();
                if !current.is_empty()
                    && (current.len() >= limits.max_texts || bytes + row_size > limits.max_bytes)
                {
                    batches.push(transpose(std::mem::take(&mut current)));
                    bytes = 0;
                }
                current.push(row);
                bytes += row_size;
            }
            if !current.is_empty() {
                batches.push(transpose(current));
            }
        };
        for (_, items) in by_pair {
            chunk(items.into_iter().map(|u| vec![u]).collect(), &mut batches);
        }
        for (_, rows) in groups {
            chunk(rows, &mut batches);
        }
        batches
    }

    fn backoff(&self, attempt: u32, server_asked: Option<Duration>) -> Duration {
        let exp = self
            .retry
            .base
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.retry.max);
        // Jitter spreads the retries of concurrent batches apart.
        let jittered = exp.mul_f64(0.5 + fastrand::f64() * 0.5);
        match server_asked {
            Some(wait) => wait.max(jittered),
            None => jittered,
        }
    }

    /// Sends one request's lanes (one per target, the same texts in each) until every item is
    /// answered or has failed for good. Items left unanswered are sent again: together where
    /// every lane lacks the same ones, else each target on its own.
    async fn run_batch(
        &self,
        uniques: &[Unique],
        lanes: Vec<Vec<usize>>,
        shared: &Shared,
        strict: bool,
    ) -> Vec<(usize, Answer)> {
        let mut out = Vec::new();
        let origin = if self.provider.is_pseudo() {
            Origin::Pseudo
        } else {
            Origin::Api
        };
        let mut counted: std::collections::HashSet<usize> = std::collections::HashSet::new();
        let mut queue: std::collections::VecDeque<(Vec<Vec<usize>>, u32)> =
            std::collections::VecDeque::from([(lanes, 0)]);
        while let Some((lanes, mut attempt)) = queue.pop_front() {
            let everything = || lanes.iter().flatten().copied();
            loop {
                if shared.stop.load(Ordering::SeqCst) {
                    let reason = shared
                        .stop_reason
                        .lock()
                        .expect("stop lock")
                        .as_ref()
                        .map(|s| s.message.clone())
                        .unwrap_or_default();
                    out.extend(
                        everything()
                            .map(|u| (u, Err(format!("not sent: the run stopped ({reason})")))),
                    );
                    break;
                }
                let batches: Vec<Batch> = lanes
                    .iter()
                    .map(|lane| batch_of(uniques, lane, strict))
                    .collect();
                let chars: u64 = batches
                    .iter()
                    .flat_map(|b| &b.items)
                    .map(|i| crate::text::char_count(&i.text))
                    .sum();
                let before = shared.committed_chars.fetch_add(chars, Ordering::SeqCst);
                if let Some(max) = self.max_chars.filter(|&max| before + chars > max) {
                    shared.committed_chars.fetch_sub(chars, Ordering::SeqCst);
                    let message = format!(
                        "the budget of {max} characters (--max-chars) would be exceeded ({before} sent so far)"
                    );
                    shared.stop(Stop {
                        message: message.clone(),
                        configuration: false,
                    });
                    out.extend(everything().map(|u| (u, Err(format!("not sent: {message}")))));
                    break;
                }
                let tokens: u64 = batches
                    .iter()
                    .map(|b| self.provider.estimate_tokens(b))
                    .sum();
                shared.limiter.acquire(chars, tokens).await;
                {
                    let mut stats = shared.stats.lock().expect("stats lock");
                    stats.requests += 1;
                    if !strict {
                        for u in everything() {
                            if counted.insert(u) {
                                stats.segments_sent += 1;
                            }
                        }
                    }
                }
                let result = match batches.as_slice() {
                    [batch] => self.provider.translate(batch).await.map(|o| vec![o]),
                    _ => self.provider.translate_targets(&batches).await,
                };
                match &result {
                    Ok(_) => shared.limiter.recover(),
                    Err(ProviderError::RateLimited { .. }) => shared.limiter.slow_down(),
                    Err(_) => {}
                }
                if let Ok(outputs) = &result {
                    let used: u64 = outputs.iter().map(|o| o.tokens).sum();
                    if used > 0 {
                        shared.limiter.settle_tokens(tokens, used);
                    }
                }
                match result {
                    Ok(outputs) => {
                        let mut received = Vec::new();
                        let mut missing: Vec<Vec<usize>> = vec![Vec::new(); lanes.len()];
                        {
                            let mut stats = shared.stats.lock().expect("stats lock");
                            for output in &outputs {
                                stats.billed_characters += output.billed_chars;
                                stats.tokens += output.tokens;
                            }
                        }
                        for (l, lane) in lanes.iter().enumerate() {
                            for (i, &u) in lane.iter().enumerate() {
                                let text = outputs
                                    .get(l)
                                    .and_then(|o| o.texts.get(i).cloned())
                                    .flatten();
                                match text {
                                    Some(text) => {
                                        received.push((u, text.clone()));
                                        out.push((u, Ok((text, origin))));
                                    }
                                    None => missing[l].push(i),
                                }
                            }
                        }
                        // Stored at once, before anything else: a run killed from here on
                        // does not pay for these again.
                        self.remember(uniques, &received, shared);
                        if missing.iter().all(Vec::is_empty) {
                            break;
                        }
                        attempt += 1;
                        let unanswered = lanes
                            .iter()
                            .zip(&missing)
                            .map(|(lane, rows)| rows.iter().map(|&i| lane[i]).collect::<Vec<_>>());
                        if attempt > self.retry.max_retries {
                            out.extend(unanswered.flatten().map(|u| {
                                (u, Err(format!("no usable answer after {attempt} attempts (the provider skipped or garbled this segment)")))
                            }));
                            break;
                        }
                        tracing::warn!(
                            count = missing.iter().map(Vec::len).sum::<usize>(),
                            "provider left segments unanswered; retrying just those"
                        );
                        shared.stats.lock().expect("stats lock").retries += 1;
                        let together = missing.windows(2).all(|w| w[0] == w[1]);
                        let unanswered: Vec<Vec<usize>> =
                            unanswered.filter(|lane| !lane.is_empty()).collect();
                        if together {
                            queue.push_front((unanswered, attempt));
                        } else {
                            queue.extend(unanswered.into_iter().map(|lane| (vec![lane], attempt)));
                        }
                        break;
                    }
                    Err(e) if e.is_fatal() => {
                        let message = shared.stop_on(&e);
                        out.extend(everything().map(|u| (u, Err(message.clone()))));
                        break;
                    }
                    Err(e) if e.is_retryable() && attempt < self.retry.max_retries => {
                        attempt += 1;
                        let wait = self.backoff(attempt, e.retry_after());
                        tracing::warn!(
                            "{e}; retry {attempt} of {} in {wait:?}",
                            self.retry.max_retries
                        );
                        shared.stats.lock().expect("stats lock").retries += 1;
                        tokio::time::sleep(wait).await;
                    }
                    Err(e) => {
                        let message = describe_final(&e, attempt);
                        tracing::error!("{message}");
                        out.extend(everything().map(|u| (u, Err(message.clone()))));
                        break;
                    }
                }
            }
        }
        out
    }

    /// Fills in the answers the cache holds for these requests, with one lookup for all;
    /// returns the ones that must be sent.
    fn serve_from_cache(
        &self,
        uniques: &[Unique],
        asked: impl IntoIterator<Item = usize>,
        answers: &mut [Option<Answer>],
    ) -> Vec<usize> {
        let asked: Vec<usize> = asked.into_iter().collect();
        let keys: Vec<&CacheKey> = asked.iter().map(|&u| &uniques[u].key).collect();
        let found = self.store.get_many(&keys).unwrap_or_else(|e| {
            tracing::warn!("{e}; translating these segments again");
            vec![None; asked.len()]
        });
        let mut pending = Vec::new();
        for (u, entry) in asked.into_iter().zip(found) {
            match entry {
                Some(entry) => answers[u] = Some(Ok((entry.translation, Origin::Cache))),
                None => pending.push(u),
            }
        }
        pending
    }

    /// Caches the answers of one response at once, so that nothing paid for is lost if the
    /// run stops.
    fn remember(&self, uniques: &[Unique], answers: &[(usize, String)], shared: &Shared) {
        if answers.is_empty() {
            return;
        }
        let created = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let entries: Vec<(CacheKey, CacheEntry)> = answers
            .iter()
            .map(|(u, text)| {
                let entry = CacheEntry {
                    request: uniques[*u].request.clone(),
                    translation: text.clone(),
                    created,
                };
                (uniques[*u].key.clone(), entry)
            })
            .collect();
        if let Err(e) = self.store.put_many(&entries) {
            if !shared.cache_warned.swap(true, Ordering::SeqCst) {
                tracing::warn!("{e}; translations of this run are still written to the output");
            }
        }
    }
}

/// The request of one lane: its distinct requests, numbered for providers that echo ids.
fn batch_of(uniques: &[Unique], lane: &[usize], strict: bool) -> Batch {
    let first = &uniques[lane[0]].request;
    Batch {
        source: first.source_lang,
        target: first.target_lang,
        strict,
        items: lane
            .iter()
            .enumerate()
            .map(|(n, &u)| BatchItem {
                id: format!("s{}", n + 1),
                text: uniques[u].request.text.clone(),
                terms: uniques[u].request.terms.clone(),
            })
            .collect(),
    }
}

/// Rows of one text into each target → one lane per target.
fn transpose(rows: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let width = rows.first().map_or(0, Vec::len);
    (0..width)
        .map(|t| rows.iter().map(|row| row[t]).collect())
        .collect()
}

fn describe_final(e: &ProviderError, attempts: u32) -> String {
    if e.is_retryable() {
        format!("{e} (gave up after {} attempts)", attempts + 1)
    } else {
        e.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::FsStore;
    use crate::document::{Cleaner, InputFormat, LangChoice};
    use crate::provider::{BatchOutput, Capabilities, Limits};
    use futures::future::BoxFuture;
    use std::path::Path;

    fn test_pipeline(provider: Arc<dyn Provider>, targets: Vec<Lang>, cache: &Path) -> Pipeline {
        Pipeline {
            provider,
            store: Arc::new(FsStore::new(cache)),
            glossary: Arc::new(Glossary::empty()),
            targets,
            retry: RetryPolicy {
                max_retries: 2,
                base: Duration::ZERO,
                max: Duration::ZERO,
            },
            concurrency: 1,
            limiter: Arc::new(limiter::Limiter::new(limiter::Limits::default())),
            max_chars: None,
            pivots: HashMap::new(),
            reviews: Arc::default(),
        }
    }

    fn vietnamese(text: &str) -> Document {
        crate::segment::segment_input(
            "d",
            "d",
            text,
            InputFormat::Text,
            LangChoice::Fixed(Lang::Vi),
            &Cleaner::default(),
            false,
        )
        .unwrap()
    }

    /// A provider without a direct Vietnamese–Chinese pair.
    struct NoViZh;

    impl Provider for NoViZh {
        fn kind(&self) -> &'static str {
            "no-vi-zh"
        }
        fn model(&self) -> String {
            "m".into()
        }
        fn endpoint_family(&self) -> &'static str {
            "test"
        }
        fn limits(&self) -> Limits {
            Limits {
                max_texts: 10,
                max_bytes: 100_000,
            }
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                translates: crate::provider::Pairs::matching(|s, t| {
                    !(s == Lang::Vi && t == Lang::Zh)
                }),
                ..Capabilities::default()
            }
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            Box::pin(async move {
                assert!(
                    !(batch.source == Lang::Vi && batch.target == Lang::Zh),
                    "sent a pair it lacks"
                );
                Ok(BatchOutput {
                    texts: batch
                        .items
                        .iter()
                        .map(|i| Some(format!("<{}> {}", batch.target, i.text)))
                        .collect(),
                    billed_chars: 0,
                    tokens: 0,
                })
            })
        }
    }

    #[test]
    fn a_pair_the_provider_lacks_goes_through_english() {
        let dir = tempfile::tempdir().unwrap();
        let pipeline = test_pipeline(Arc::new(NoViZh), vec![Lang::Zh], dir.path());
        let doc = vietnamese("Phụ nữ Việt Nam họp tại Hà Nội.");
        let result = tokio::runtime::Runtime::new()
            .unwrap()
            .block_on(pipeline.run(&[doc]));
        let cell = &result.aligned[0].rows[0].targets[&Lang::Zh];
        assert_eq!(cell.via, Some(Lang::En));
        assert_eq!(
            cell.text.as_deref(),
            Some("<zh> <en> Phụ nữ Việt Nam họp tại Hà Nội.")
        );
    }

    /// Takes every target in one request, records what each request carried, and leaves the
    /// Chinese answer of the first text out of the first request.
    #[derive(Default)]
    struct MultiTarget {
        calls: Mutex<Vec<Vec<(Lang, usize)>>>,
    }

    impl Provider for MultiTarget {
        fn kind(&self) -> &'static str {
            "multi"
        }
        fn model(&self) -> String {
            "m".into()
        }
        fn endpoint_family(&self) -> &'static str {
            "test"
        }
        fn limits(&self) -> Limits {
            Limits {
                max_texts: 10,
                max_bytes: 100_000,
            }
        }
        fn max_targets(&self) -> usize {
            3
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            self.translate_targets(std::slice::from_ref(batch))
                .then_single()
        }
        fn translate_targets<'a>(
            &'a self,
            batches: &'a [Batch],
        ) -> BoxFuture<'a, Result<Vec<BatchOutput>, ProviderError>> {
            Box::pin(async move {
                let first_call = {
                    let mut calls = self.calls.lock().unwrap();
                    calls.push(batches.iter().map(|b| (b.target, b.items.len())).collect());
                    calls.len() == 1
                };
                Ok(batches
                    .iter()
                    .map(|b| BatchOutput {
                        texts: b
                            .items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                let skip = first_call && i == 0 && b.target == Lang::Zh;
                                (!skip).then(|| format!("<{}> {}", b.target, item.text))
                            })
                            .collect(),
                        billed_chars: b.items.iter().map(|i| i.text.len() as u64).sum(),
                        tokens: 0,
                    })
                    .collect())
            })
        }
    }

    trait ThenSingle<'a> {
        fn then_single(self) -> BoxFuture<'a, Result<BatchOutput, ProviderError>>;
    }

    impl<'a> ThenSingle<'a> for BoxFuture<'a, Result<Vec<BatchOutput>, ProviderError>> {
        fn then_single(self) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            Box::pin(async move { Ok(self.await?.remove(0)) })
        }
    }

    #[test]
    fn several_targets_share_a_request_and_a_missing_answer_is_sent_again_alone() {
        let dir = tempfile::tempdir().unwrap();
        let provider = Arc::new(MultiTarget::default());
        let pipeline = test_pipeline(provider.clone(), vec![Lang::En, Lang::Zh], dir.path());
        let doc = vietnamese("Phụ nữ Việt Nam họp tại Hà Nội. Hội nghị kết thúc tốt đẹp.");
        let estimate = pipeline.estimate(std::slice::from_ref(&doc));
        assert_eq!(estimate.total.requests, 1);
        assert_eq!(estimate.total.segments, 4);
        let result = tokio::runtime::Runtime::new()
            .unwrap()
            .block_on(pipeline.run(&[doc]));
        // One request for both texts into both targets, then the one missing answer alone.
        assert_eq!(
            *provider.calls.lock().unwrap(),
            vec![vec![(Lang::En, 2), (Lang::Zh, 2)], vec![(Lang::Zh, 1)]]
        );
        assert_eq!(result.stats.requests, 2);
        assert_eq!(result.stats.segments_sent, 4);
        assert_eq!(result.stats.failures, 0);
        let row = &result.aligned[0].rows[0];
        assert_eq!(
            row.targets[&Lang::Zh].text.as_deref(),
            Some("<zh> Phụ nữ Việt Nam họp tại Hà Nội.")
        );
        assert_eq!(
            result.aligned[0].rows[1].targets[&Lang::En].text.as_deref(),
            Some("<en> Hội nghị kết thúc tốt đẹp.")
        );
    }

    /// A shared store as a server would hold it, counting round trips: what a second backend
    /// sees of the pipeline.
    #[derive(Default)]
    struct SharedStore {
        entries: Mutex<HashMap<CacheKey, CacheEntry>>,
        lookups: Mutex<Vec<usize>>,
        writes: Mutex<Vec<usize>>,
    }

    impl Store for SharedStore {
        fn get(&self, key: &CacheKey) -> Result<Option<CacheEntry>, crate::cache::CacheError> {
            self.get_many(&[key]).map(|mut found| found.remove(0))
        }
        fn put(&self, key: &CacheKey, entry: &CacheEntry) -> Result<(), crate::cache::CacheError> {
            self.put_many(&[(key.clone(), entry.clone())])
        }
        fn stats(&self) -> Result<crate::cache::StoreStats, crate::cache::CacheError> {
            Ok(crate::cache::StoreStats::default())
        }
        fn get_many(
            &self,
            keys: &[&CacheKey],
        ) -> Result<Vec<Option<CacheEntry>>, crate::cache::CacheError> {
            self.lookups.lock().unwrap().push(keys.len());
            let entries = self.entries.lock().unwrap();
            Ok(keys.iter().map(|k| entries.get(*k).cloned()).collect())
        }
        fn put_many(
            &self,
            batch: &[(CacheKey, CacheEntry)],
        ) -> Result<(), crate::cache::CacheError> {
            self.writes.lock().unwrap().push(batch.len());
            self.entries.lock().unwrap().extend(batch.iter().cloned());
            Ok(())
        }
    }

    #[test]
    fn a_shared_store_gets_one_lookup_per_run_and_one_write_per_response() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SharedStore::default());
        // Two machines, each with its own share of a collection and the one store.
        let machine = |provider: Arc<dyn Provider>| Pipeline {
            store: store.clone(),
            concurrency: 3,
            ..test_pipeline(provider, vec![Lang::En, Lang::Zh], dir.path())
        };
        let text: String = (0..25)
            .map(|i| format!("Câu số {i} về Hà Nội.\n\n"))
            .collect();
        let first = Arc::new(MultiTarget::default());
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let result = runtime.block_on(machine(first.clone()).run(&[vietnamese(&text)]));
        assert!(result.failures.is_empty());
        // 25 texts into 2 targets: one lookup for all 50, one write per response (the
        // answer the provider left out comes in a response of its own).
        assert_eq!(*store.lookups.lock().unwrap(), [50]);
        let writes = store.writes.lock().unwrap().clone();
        assert_eq!(writes.len(), first.calls.lock().unwrap().len());
        assert_eq!(writes.iter().sum::<usize>(), 50);

        // The other machine meets the same segments in its share: it pays for none.
        let second = Arc::new(MultiTarget::default());
        let again = runtime.block_on(machine(second.clone()).run(&[vietnamese(&text)]));
        assert!(second.calls.lock().unwrap().is_empty());
        assert_eq!(again.stats.served_from_cache, 50);
        assert_eq!(store.lookups.lock().unwrap().len(), 2);
    }
}
