//! Sending planned requests: concurrently, paced by the rate limiter, within the `--max-chars`
//! budget, with retries and backoff. An item the provider left unanswered is sent again on its
//! own, never misaligned; an error after which nothing more should be sent stops the run. Each
//! answer is cached the moment its response arrives, so a run that stops early has lost
//! nothing it paid for.

use super::batches::{batch_of, Lanes};
use super::plan::{Plan, Unique};
use super::{limiter, Answer, Pipeline, RetryPolicy, RunStats, Stop};
use crate::aligned::Origin;
use crate::cache::{CacheEntry, CacheKey};
use crate::lang::Lang;
use crate::provider::{Batch, BatchOutput, ProviderError};
use futures::StreamExt;
use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// State shared by concurrent batches.
pub(super) struct Shared {
    stats: Mutex<RunStats>,
    stop: AtomicBool,
    stop_reason: Mutex<Option<Stop>>,
    cache_warned: AtomicBool,
    limiter: Arc<limiter::Limiter>,
    /// Characters of every request sent so far, retries included: what the budget counts.
    committed_chars: AtomicU64,
}

impl Shared {
    pub(super) fn new(limiter: Arc<limiter::Limiter>) -> Self {
        Shared {
            stats: Mutex::default(),
            stop: AtomicBool::new(false),
            stop_reason: Mutex::default(),
            cache_warned: AtomicBool::new(false),
            limiter,
            committed_chars: AtomicU64::new(0),
        }
    }

    pub(super) fn stats(&self) -> MutexGuard<'_, RunStats> {
        self.stats.lock().expect("stats lock")
    }

    /// The counters and the reason the run stopped, if it did, once `store` has stored or
    /// lost every answer it was given.
    pub(super) fn finish(self, store: &dyn crate::cache::Store) -> (RunStats, Option<Stop>) {
        let mut stats = self.stats.into_inner().expect("stats lock");
        stats.answers_not_cached += store.settle();
        (stats, self.stop_reason.into_inner().expect("stop lock"))
    }

    /// Stops the run (the first reason wins); returns whether this was the first stop.
    fn stop(&self, stop: Stop) -> bool {
        let first = !self.stop.swap(true, Ordering::SeqCst);
        if let Ok(mut reason) = self.stop_reason.lock() {
            reason.get_or_insert(stop);
        }
        first
    }

    /// Stops the run for `stop` (a rejected key, an exhausted quota, a wait longer than the
    /// policy allows), logging it once; returns the message.
    fn stop_for(&self, stop: Stop) -> String {
        let message = stop.message.clone();
        if self.stop(stop) {
            tracing::error!("{message}; stopping the run");
        }
        message
    }

    /// Why nothing more may be sent, if the run has stopped.
    fn stopped(&self) -> Option<String> {
        if !self.stop.load(Ordering::SeqCst) {
            return None;
        }
        let reason = self.stop_reason.lock().expect("stop lock");
        Some(
            reason
                .as_ref()
                .map(|s| s.message.clone())
                .unwrap_or_default(),
        )
    }
}

/// Which part of a run a send belongs to, as the run's overlap needs to know (see
/// [`super::overlap`]).
#[derive(Clone, Copy, Default)]
pub(super) struct PartSend<'a> {
    /// The part's number in the run: an earlier part's requests take free turns first.
    pub(super) rank: usize,
    /// Called once the last request has been given a lane (see [`Pipeline::send_all`]).
    pub(super) drained: Option<&'a (dyn Fn() + Sync)>,
}

/// What to do after a request failed.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Decision {
    /// Send it again after this wait.
    Retry { after: Duration },
    /// Give its items up with this message; the run goes on.
    GiveUp { message: String },
    /// Nothing more will work in this run (a rejected key, an exhausted quota), or not soon
    /// enough: the server asked for a longer wait than the policy allows.
    StopRun(Stop),
}

/// What to do after `error`, with `retries` made so far; `jitter` in [0, 1) spreads the
/// retries of concurrent batches apart.
pub(super) fn decide(
    error: &ProviderError,
    retries: u32,
    policy: &RetryPolicy,
    jitter: f64,
) -> Decision {
    if let Some(stop) = fatal_stop(error) {
        return Decision::StopRun(stop);
    }
    if let Some(wait) = error.retry_after().filter(|wait| *wait > policy.max) {
        // Sleeping for it would stall the run silently (a server can ask for hours, or more
        // than a Duration holds); every further request would be refused all the same.
        return Decision::StopRun(Stop {
            message: format!(
                "{error}: the server asked to wait {}, longer than the longest wait allowed ({} ms, retry_max_ms under [run]); try again later, or raise retry_max_ms",
                describe_wait(wait),
                policy.max.as_millis()
            ),
            configuration: false,
        });
    }
    if error.is_retryable() && retries < policy.max_retries {
        Decision::Retry {
            after: backoff(policy, retries + 1, error.retry_after(), jitter),
        }
    } else if error.is_retryable() {
        Decision::GiveUp {
            message: format!("{error} (gave up after {} attempts)", retries + 1),
        }
    } else {
        Decision::GiveUp {
            message: error.to_string(),
        }
    }
}

/// The stop an error after which nothing more will work makes: a rejected key or a wrong
/// endpoint is the configuration's fault, an exhausted quota is not.
fn fatal_stop(error: &ProviderError) -> Option<Stop> {
    error.is_fatal().then(|| Stop {
        message: error.to_string(),
        configuration: !matches!(error, ProviderError::Quota { .. }),
    })
}

/// A wait as a person reads it: `45 s`, `3 h 20 min`, `11574 days`; `forever` past what a
/// duration holds.
fn describe_wait(wait: Duration) -> String {
    let secs = wait.as_secs();
    if wait == Duration::MAX {
        "forever".to_string()
    } else if secs < 120 {
        format!("{:.1} s", wait.as_secs_f64())
    } else if secs < 2 * 3600 {
        format!("{} min", secs / 60)
    } else if secs < 2 * 86_400 {
        format!("{} h {} min", secs / 3600, secs % 3600 / 60)
    } else {
        format!("{} days", secs / 86_400)
    }
}

/// The wait before retry number `retry`. When the server said how long (`Retry-After`),
/// that, and up to a tenth more to spread the retries of concurrent requests apart: it is
/// what the provider asked, and a request refused several times in a row by chance (a busy
/// back end answers 429 too) would otherwise wait the growing backoff on top, seconds at
/// the run's end with every other lane idle. The limiter, not this wait, keeps the pace
/// (see [`limiter`]). Without a word from the server: exponential from the policy's base up
/// to its maximum, jittered down to half of it.
fn backoff(
    policy: &RetryPolicy,
    retry: u32,
    server_asked: Option<Duration>,
    jitter: f64,
) -> Duration {
    if let Some(wait) = server_asked {
        // `decide` has refused a wait longer than the policy's maximum; the jitter does not
        // take it past that.
        return (wait + wait.mul_f64(jitter * 0.1)).min(policy.max.max(wait));
    }
    let exp = policy
        .base
        .saturating_mul(1u32 << retry.saturating_sub(1).min(16))
        .min(policy.max);
    exp.mul_f64(0.5 + jitter * 0.5)
}

/// How the items a response left unanswered are sent again.
#[derive(Debug, PartialEq)]
enum Resend {
    /// In one request, where every lane lacks the same items.
    Together(Lanes),
    /// Each target on its own.
    Apart(Lanes),
}

/// The items of `lanes` at the positions `missing` lists, lane by lane; `None` when every item
/// was answered.
fn unanswered(lanes: &[Vec<usize>], missing: &[Vec<usize>]) -> Option<Resend> {
    if missing.iter().all(Vec::is_empty) {
        return None;
    }
    let together = missing.windows(2).all(|w| w[0] == w[1]);
    let lanes: Lanes = lanes
        .iter()
        .zip(missing)
        .map(|(lane, rows)| rows.iter().map(|&i| lane[i]).collect::<Vec<_>>())
        .filter(|lane| !lane.is_empty())
        .collect();
    Some(if together {
        Resend::Together(lanes)
    } else {
        Resend::Apart(lanes)
    })
}

/// The answers of a response, lane by lane, and per lane the positions it left unanswered.
/// An empty answer to a text that is not empty cannot be a translation: it counts as
/// unanswered (sent again, then failed), never as an answer to cache.
fn received(
    uniques: &[Unique],
    lanes: &[Vec<usize>],
    outputs: &[BatchOutput],
) -> (Vec<(usize, String)>, Lanes) {
    let mut answered = Vec::new();
    let mut missing: Lanes = vec![Vec::new(); lanes.len()];
    for (l, lane) in lanes.iter().enumerate() {
        for (i, &u) in lane.iter().enumerate() {
            let text = outputs
                .get(l)
                .and_then(|o| o.texts.get(i).cloned())
                .flatten()
                .filter(|text| {
                    !text.trim().is_empty()
                        || uniques
                            .get(u)
                            .is_none_or(|q| q.request.text.trim().is_empty())
                });
            match text {
                Some(text) => answered.push((u, text)),
                None => missing[l].push(i),
            }
        }
    }
    (answered, missing)
}

/// One planned request on its way, with the ones split off it for items left unanswered.
struct InFlight<'a> {
    uniques: &'a [Unique],
    shared: &'a Shared,
    /// A second try after a failed term check: not counted as segments sent.
    strict: bool,
    /// The part's number in the run (see [`PartSend`]).
    rank: usize,
    origin: Origin,
    /// Lanes still to send, with the attempts they have had.
    queue: VecDeque<(Lanes, u32)>,
    /// Items already counted in `segments_sent`: a retry is not another segment.
    counted: HashSet<usize>,
    out: Vec<(usize, Answer)>,
}

impl InFlight<'_> {
    fn fail(&mut self, lanes: &[Vec<usize>], message: &str) {
        let items = lanes.iter().flatten();
        self.out
            .extend(items.map(|&u| (u, Err(message.to_string()))));
    }
}

impl Pipeline {
    /// Providers with term bases of their own (DeepL) get the glossary for the pairs that are
    /// about to be translated.
    pub(super) async fn prepare_glossary(
        &self,
        plan: &Plan,
        memo: &mut super::plan::Memo,
        shared: &Shared,
    ) {
        let pairs = self.pairs_to_prepare(plan, &mut memo.prepared);
        self.prepare_pairs(&pairs, shared).await;
    }

    /// The pairs of the plan's pending requests whose glossary the provider has not been
    /// given yet, counted as given from now on; none without a glossary.
    pub(super) fn pairs_to_prepare(
        &self,
        plan: &Plan,
        prepared: &mut Vec<(Lang, Lang)>,
    ) -> Vec<(Lang, Lang)> {
        let mut pairs: Vec<(Lang, Lang)> = plan
            .pending
            .iter()
            .map(|&u| {
                let r = &plan.uniques[u].request;
                (r.source_lang, r.target_lang)
            })
            .collect();
        pairs.sort();
        pairs.dedup();
        // An earlier part of the run gave the provider these pairs' glossary already.
        pairs.retain(|pair| !prepared.contains(pair));
        if pairs.is_empty() || self.glossary.is_empty() {
            return Vec::new();
        }
        prepared.extend(pairs.iter().copied());
        pairs
    }

    /// Gives the provider the glossary of these pairs (see [`Pipeline::pairs_to_prepare`]).
    pub(super) async fn prepare_pairs(&self, pairs: &[(Lang, Lang)], shared: &Shared) {
        if pairs.is_empty() {
            return;
        }
        if let Err(e) = self.provider.prepare(&self.glossary, pairs).await {
            if let Some(stop) = fatal_stop(&e) {
                shared.stop_for(stop);
            } else {
                tracing::warn!("{e}; translating without the provider's glossary");
            }
        }
    }

    /// Sends what the plan has pending and records the answers in it.
    pub(super) async fn send_pending(&self, plan: &mut Plan, shared: &Shared, part: PartSend<'_>) {
        let batches = self.plan_batches(&plan.uniques, &plan.pending, false);
        let answers = self
            .send_all(&plan.uniques, batches, shared, false, part)
            .await;
        plan.take(answers);
    }

    /// Sends these requests, as many at a time as the pipeline's concurrency allows, until
    /// every item is answered or has failed for good. The part's `drained` is called when
    /// the last request has been given a lane (at once when there are none): from then on,
    /// only the answers on their way and their retries are left, and the run may give
    /// lanes that fall idle other work.
    pub(super) async fn send_all(
        &self,
        uniques: &[Unique],
        batches: Vec<Lanes>,
        shared: &Shared,
        strict: bool,
        part: PartSend<'_>,
    ) -> Vec<(usize, Answer)> {
        // Where the limiter keeps the requests in flight to the concurrency, as many again
        // may be waiting out a retry's backoff: a 429 asking one lane to wait a second does
        // not idle a turn on the wire.
        let lanes = self.concurrency.max(1);
        let tasks = match self.limiter.in_flight_bound() {
            Some(bound) if bound <= lanes => lanes * 2,
            _ => lanes,
        };
        // The stream is asked for a batch only when a lane is free for it: the last one
        // taken leaves nothing more to start.
        let count = batches.len();
        let drain = || {
            if let Some(drained) = part.drained {
                drained();
            }
        };
        if count == 0 {
            drain();
        }
        let batches = batches.into_iter().enumerate().map(|(b, lanes)| {
            if b + 1 == count {
                drain();
            }
            lanes
        });
        let results: Vec<Vec<(usize, Answer)>> = futures::stream::iter(batches)
            .map(|lanes| self.send_batch(uniques, lanes, shared, strict, part.rank))
            .buffer_unordered(tasks)
            .collect()
            .await;
        results.into_iter().flatten().collect()
    }

    /// Sends one request's lanes (one per target, the same texts in each) until every item is
    /// answered or has failed for good. Items left unanswered are sent again: together where
    /// every lane lacks the same ones, else each target on its own.
    async fn send_batch(
        &self,
        uniques: &[Unique],
        lanes: Lanes,
        shared: &Shared,
        strict: bool,
        rank: usize,
    ) -> Vec<(usize, Answer)> {
        let mut flight = InFlight {
            uniques,
            shared,
            strict,
            rank,
            origin: if self.provider.is_pseudo() {
                Origin::Pseudo
            } else {
                Origin::Api
            },
            queue: VecDeque::from([(lanes, 0)]),
            counted: HashSet::new(),
            out: Vec::new(),
        };
        while let Some((lanes, attempt)) = flight.queue.pop_front() {
            self.send_lanes(&mut flight, lanes, attempt).await;
        }
        flight.out
    }

    /// Sends one set of lanes, again after each retryable error, until its items are answered,
    /// failed, or left unanswered and queued to be sent again.
    async fn send_lanes(&self, flight: &mut InFlight<'_>, lanes: Lanes, mut attempt: u32) {
        loop {
            let batches: Vec<Batch> = lanes
                .iter()
                .map(|lane| batch_of(flight.uniques, lane, flight.strict))
                .collect();
            // What the provider will bill, markup included where it bills markup.
            let chars: u64 = batches.iter().map(|b| self.provider.billed_chars(b)).sum();
            let tokens: u64 = batches
                .iter()
                .map(|b| self.provider.estimate_tokens(b))
                .sum();
            // The turn and slot first: the run may stop while this request waits for them,
            // and then it must not go.
            let limiter = &flight.shared.limiter;
            let ticket = limiter.acquire_ranked(flight.rank, chars, tokens).await;
            let sent_at = tokio::time::Instant::now();
            if let Err(message) = self.may_send(flight.shared, chars) {
                return flight.fail(&lanes, &message);
            }
            let sent = self.exchange(flight, &lanes, &batches, (chars, tokens), &ticket);
            let error = match sent.await {
                Ok(outputs) => return self.take_answers(flight, &lanes, &outputs, attempt),
                Err(e) => e,
            };
            // Not in flight while it waits to be sent again.
            drop(ticket);
            match decide(&error, attempt, &self.retry, fastrand::f64()) {
                Decision::Retry { after } => {
                    attempt += 1;
                    tracing::warn!(
                        "{error}; retry {attempt} of {} in {after:?}",
                        self.retry.max_retries
                    );
                    flight.shared.stats().retries += 1;
                    if error.retry_after().is_some() {
                        // The server's wait counts from when it refused, which was no
                        // later than its answer and no earlier than when the request left:
                        // from then, so that a retry at the run's end does not idle a round
                        // trip more than asked (the limiter's pause holds every lane when
                        // the refusal was the limit).
                        tokio::time::sleep_until(sent_at + after).await;
                    } else {
                        tokio::time::sleep(after).await;
                    }
                }
                Decision::GiveUp { message } => {
                    tracing::error!("{message}");
                    return flight.fail(&lanes, &message);
                }
                Decision::StopRun(stop) => {
                    let message = flight.shared.stop_for(stop);
                    return flight.fail(&lanes, &message);
                }
            }
        }
    }

    /// Whether a request of `chars` characters may go: not when the run has stopped, nor when
    /// it would take the characters sent past `--max-chars` (which stops the run). The error
    /// is what its items fail with.
    fn may_send(&self, shared: &Shared, chars: u64) -> Result<(), String> {
        if let Some(reason) = shared.stopped() {
            return Err(format!("not sent: the run stopped ({reason})"));
        }
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
            return Err(format!("not sent: {message}"));
        }
        Ok(())
    }

    /// One request on the wire, paced by the limiter, which learns from its outcome; counts
    /// it, its new segments, and what the provider billed.
    async fn exchange(
        &self,
        flight: &mut InFlight<'_>,
        lanes: &[Vec<usize>],
        batches: &[Batch],
        (chars, tokens): (u64, u64),
        ticket: &limiter::Ticket<'_>,
    ) -> Result<Vec<BatchOutput>, ProviderError> {
        let shared = flight.shared;
        {
            let mut stats = shared.stats();
            stats.requests += 1;
            if !flight.strict {
                for &u in lanes.iter().flatten() {
                    if flight.counted.insert(u) {
                        stats.segments_sent += 1;
                    }
                }
            }
        }
        let result = match batches {
            [batch] => self.provider.translate(batch).await.map(|o| vec![o]),
            _ => self.provider.translate_targets(batches).await,
        };
        match &result {
            Ok(_) => shared.limiter.succeeded(ticket),
            Err(ProviderError::RateLimited { retry_after, .. }) => {
                shared.limiter.rate_limited(ticket, *retry_after)
            }
            Err(e) if e.was_paid() => {
                // Accepted and billed, but unusable: the bill says what was paid, every time
                // (the provider's own count is in the answer it spoiled, so the request's).
                let mut stats = shared.stats();
                stats.billed_characters += chars;
                stats.tokens += tokens;
            }
            Err(_) => {}
        }
        if let Ok(outputs) = &result {
            let used: u64 = outputs.iter().map(|o| o.tokens).sum();
            if used > 0 {
                shared.limiter.settle_tokens(tokens, used);
            }
            let mut stats = shared.stats();
            for output in outputs {
                stats.billed_characters += output.billed_chars;
                stats.tokens += output.tokens;
            }
        }
        result
    }

    /// Takes a response's answers, caching them at once, and queues the items it left
    /// unanswered to be sent again, or fails them once they have had all their attempts.
    fn take_answers(
        &self,
        flight: &mut InFlight<'_>,
        lanes: &[Vec<usize>],
        outputs: &[BatchOutput],
        attempt: u32,
    ) {
        let (answered, missing) = received(flight.uniques, lanes, outputs);
        let origin = flight.origin;
        let answers = answered
            .iter()
            .map(|(u, text)| (*u, Ok((text.clone(), origin))));
        flight.out.extend(answers);
        // Stored at once, before anything else: a run killed from here on does not pay for
        // these again.
        self.remember(flight.uniques, &answered, flight.shared);
        let Some(resend) = unanswered(lanes, &missing) else {
            return;
        };
        let attempt = attempt + 1;
        if attempt > self.retry.max_retries {
            let lanes = match resend {
                Resend::Together(lanes) | Resend::Apart(lanes) => lanes,
            };
            let message = format!("no usable answer after {attempt} attempts (the provider skipped or garbled this segment)");
            return flight.fail(&lanes, &message);
        }
        tracing::warn!(
            count = missing.iter().map(Vec::len).sum::<usize>(),
            "provider left segments unanswered; retrying just those"
        );
        flight.shared.stats().retries += 1;
        match resend {
            Resend::Together(lanes) => flight.queue.push_front((lanes, attempt)),
            Resend::Apart(lanes) => flight
                .queue
                .extend(lanes.into_iter().map(|lane| (vec![lane], attempt))),
        }
    }

    /// Caches the answers of one response at once, so that nothing paid for is lost if the
    /// run stops.
    pub(super) fn remember(
        &self,
        uniques: &[Unique],
        answers: &[(usize, String)],
        shared: &Shared,
    ) {
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
            // Paid for and used for this run's outputs, but the next run pays again: counted,
            // so that the run reports them and fails.
            shared.stats().answers_not_cached += entries.len() as u64;
            if !shared.cache_warned.swap(true, Ordering::SeqCst) {
                tracing::warn!("{e}; translations of this run are still written to the output");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The sending loop against a scripted provider in-process, on tokio's paused clock: the
    //! backoff waits are asserted in virtual time and take none.

    use super::*;
    use crate::pipeline::tests::{limits, test_pipeline, test_provider_identity, SharedStore};
    use crate::provider::{Limits, Provider};
    use futures::future::BoxFuture;
    use tokio::time::Instant;

    /// What the scripted provider does with its next request.
    enum Reply {
        /// Answers every item.
        Answer,
        /// Leaves the items at these positions unanswered.
        Skip(&'static [usize]),
        /// Answers the items at these positions with an empty text (DeepL has been seen to).
        Empty(&'static [usize]),
        Fail(ProviderError),
    }

    /// One request the provider received.
    #[derive(Debug, PartialEq)]
    struct Call {
        texts: Vec<String>,
        strict: bool,
        /// When it arrived, from the start of the test.
        at: Duration,
    }

    /// Answers from a script, then every item; an answer is the text marked with its target.
    struct Scripted {
        script: Mutex<VecDeque<Reply>>,
        calls: Mutex<Vec<Call>>,
        max_texts: usize,
        start: Instant,
        /// How long each answer takes to come back.
        latency: Duration,
    }

    impl Scripted {
        fn new(max_texts: usize, script: impl IntoIterator<Item = Reply>) -> Arc<Self> {
            Arc::new(Scripted {
                script: Mutex::new(script.into_iter().collect()),
                calls: Mutex::default(),
                max_texts,
                start: Instant::now(),
                latency: Duration::ZERO,
            })
        }

        /// As [`Scripted::new`], each answer `latency` after its request arrived.
        fn slow(
            max_texts: usize,
            script: impl IntoIterator<Item = Reply>,
            latency: Duration,
        ) -> Arc<Self> {
            Arc::new(Scripted {
                script: Mutex::new(script.into_iter().collect()),
                calls: Mutex::default(),
                max_texts,
                start: Instant::now(),
                latency,
            })
        }

        fn calls(&self) -> Vec<Vec<String>> {
            let calls = self.calls.lock().unwrap();
            calls.iter().map(|c| c.texts.clone()).collect()
        }

        fn times(&self) -> Vec<Duration> {
            self.calls.lock().unwrap().iter().map(|c| c.at).collect()
        }
    }

    impl Provider for Scripted {
        test_provider_identity!("scripted");
        fn limits(&self) -> Limits {
            limits(self.max_texts)
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            let texts: Vec<String> = batch.items.iter().map(|i| i.text.clone()).collect();
            self.calls.lock().unwrap().push(Call {
                texts: texts.clone(),
                strict: batch.strict,
                at: self.start.elapsed(),
            });
            let reply = self.script.lock().unwrap().pop_front();
            let latency = self.latency;
            let (skipped, emptied): (&[usize], &[usize]) = match reply {
                Some(Reply::Fail(e)) => {
                    return Box::pin(async move {
                        tokio::time::sleep(latency).await;
                        Err(e)
                    })
                }
                Some(Reply::Skip(positions)) => (positions, &[]),
                Some(Reply::Empty(positions)) => (&[], positions),
                Some(Reply::Answer) | None => (&[], &[]),
            };
            let answers = texts.iter().enumerate().map(|(i, text)| match i {
                _ if skipped.contains(&i) => None,
                _ if emptied.contains(&i) => Some(String::new()),
                _ => Some(format!("<{}> {text}", batch.target)),
            });
            let output = BatchOutput {
                texts: answers.collect(),
                billed_chars: texts.iter().map(|t| t.len() as u64).sum(),
                tokens: 0,
            };
            Box::pin(async move {
                tokio::time::sleep(latency).await;
                Ok(output)
            })
        }
    }

    fn server_error() -> ProviderError {
        ProviderError::Server {
            provider: "scripted".into(),
            status: 503,
            message: String::new(),
        }
    }

    fn rate_limited(seconds: u64) -> ProviderError {
        ProviderError::RateLimited {
            provider: "scripted".into(),
            status: 429,
            retry_after: Some(Duration::from_secs(seconds)),
            message: String::new(),
        }
    }

    fn auth_error() -> ProviderError {
        ProviderError::Auth {
            provider: "scripted".into(),
            status: 401,
            message: String::new(),
            hint: "check the key".into(),
        }
    }

    fn quota_error() -> ProviderError {
        ProviderError::Quota {
            provider: "scripted".into(),
            status: 456,
            message: String::new(),
        }
    }

    fn rejected() -> ProviderError {
        ProviderError::Rejected {
            provider: "scripted".into(),
            status: 400,
            message: String::new(),
        }
    }

    const POLICY: RetryPolicy = RetryPolicy {
        max_retries: 2,
        base: Duration::from_secs(1),
        max: Duration::from_secs(4),
    };

    /// A pipeline on the scripted provider and a store that counts its writes, with
    /// `POLICY`, sending one request at a time.
    struct Bench {
        pipeline: Pipeline,
        provider: Arc<Scripted>,
        store: Arc<SharedStore>,
        shared: Shared,
        uniques: Vec<Unique>,
    }

    impl Bench {
        fn new(provider: Arc<Scripted>, texts: &[&str]) -> Self {
            let dir = std::env::temp_dir();
            let store = Arc::new(SharedStore::default());
            let pipeline = Pipeline {
                store: store.clone(),
                retry: POLICY,
                ..test_pipeline(provider.clone(), vec![Lang::En], &dir)
            };
            let uniques = texts
                .iter()
                .map(|text| {
                    let request = pipeline.request_for(Lang::Vi, Lang::En, text, &[]);
                    Unique {
                        key: request.key(),
                        request,
                        context: None,
                    }
                })
                .collect();
            let shared = Shared::new(pipeline.limiter.clone());
            Bench {
                pipeline,
                provider,
                store,
                shared,
                uniques,
            }
        }

        /// Sends every request as the plan would; the answers in request order.
        async fn send(&self, strict: bool) -> Vec<Answer> {
            let all: Vec<usize> = (0..self.uniques.len()).collect();
            let batches = self.pipeline.plan_batches(&self.uniques, &all, strict);
            let mut answers = self
                .pipeline
                .send_all(
                    &self.uniques,
                    batches,
                    &self.shared,
                    strict,
                    PartSend::default(),
                )
                .await;
            answers.sort_by_key(|(u, _)| *u);
            assert_eq!(answers.len(), all.len(), "one answer per request");
            answers.into_iter().map(|(_, a)| a).collect()
        }

        fn writes(&self) -> Vec<usize> {
            self.store.writes.lock().unwrap().clone()
        }

        fn cached(&self, text: &str) -> Option<String> {
            let key = self
                .pipeline
                .request_for(Lang::Vi, Lang::En, text, &[])
                .key();
            let entries = self.store.entries.lock().unwrap();
            entries.get(&key).map(|e| e.translation.clone())
        }
    }

    fn translated(text: &str) -> Answer {
        Ok((format!("<en> {text}"), Origin::Api))
    }

    #[test]
    fn fatal_errors_stop_the_run_whatever_the_attempt() {
        for e in [auth_error(), quota_error()] {
            let stop = Decision::StopRun(Stop {
                message: e.to_string(),
                configuration: !matches!(e, ProviderError::Quota { .. }),
            });
            assert_eq!(decide(&e, 0, &POLICY, 0.5), stop);
            assert_eq!(decide(&e, 2, &POLICY, 0.5), stop);
        }
        let unusable = ProviderError::Unusable {
            provider: "scripted".into(),
            message: "no such model".into(),
        };
        assert!(matches!(
            decide(&unusable, 0, &POLICY, 0.0),
            Decision::StopRun(Stop {
                configuration: true,
                ..
            })
        ));
    }

    #[test]
    fn retries_back_off_exponentially_up_to_the_maximum_with_jitter_down_to_half() {
        let after =
            |retries: u32, jitter: f64| match decide(&server_error(), retries, &POLICY, jitter) {
                Decision::Retry { after } => after,
                other => panic!("{other:?}"),
            };
        assert_eq!(after(0, 1.0), Duration::from_secs(1));
        assert_eq!(after(1, 1.0), Duration::from_secs(2));
        assert_eq!(after(0, 0.0), Duration::from_millis(500));
        assert_eq!(after(1, 0.5), Duration::from_millis(1_500));
        let patient = RetryPolicy {
            max_retries: 100,
            ..POLICY
        };
        // The maximum caps the wait, however many retries were made (no overflow either).
        for retries in [2, 3, 40, 99] {
            let wait = decide(&server_error(), retries, &patient, 1.0);
            assert_eq!(
                wait,
                Decision::Retry {
                    after: Duration::from_secs(4)
                }
            );
        }
    }

    #[test]
    fn a_rate_limit_waits_what_the_server_asked_whatever_the_retry() {
        // The ask, and up to a tenth more for the jitter, never the backoff on top: the
        // fourth retry of a request refused by chance waits a second, not eight.
        let patient = RetryPolicy {
            max_retries: 5,
            ..POLICY
        };
        for retries in [0, 1, 3, 4] {
            assert_eq!(
                decide(&rate_limited(1), retries, &patient, 0.0),
                Decision::Retry {
                    after: Duration::from_secs(1)
                },
                "retry {retries}"
            );
            assert_eq!(
                decide(&rate_limited(1), retries, &patient, 0.5),
                Decision::Retry {
                    after: Duration::from_millis(1_050)
                },
                "retry {retries}"
            );
        }
        // The jitter never takes a wait past the longest one allowed (4 s).
        assert_eq!(
            decide(&rate_limited(4), 0, &POLICY, 0.99),
            Decision::Retry {
                after: Duration::from_secs(4)
            }
        );
        // Without a word from the server, the backoff.
        let busy = ProviderError::RateLimited {
            provider: "scripted".into(),
            status: 429,
            retry_after: None,
            message: String::new(),
        };
        assert_eq!(
            decide(&busy, 1, &POLICY, 1.0),
            Decision::Retry {
                after: Duration::from_secs(2)
            }
        );
    }

    #[test]
    fn a_wait_longer_than_the_policy_allows_stops_the_run_instead_of_stalling_it() {
        for (wait, shown) in [
            (Duration::from_secs(99_999), "27 h 46 min"),
            (Duration::MAX, "forever"),
        ] {
            let error = ProviderError::RateLimited {
                provider: "scripted".into(),
                status: 429,
                retry_after: Some(wait),
                message: String::new(),
            };
            match decide(&error, 0, &POLICY, 0.5) {
                Decision::StopRun(stop) => {
                    assert!(!stop.configuration);
                    assert!(stop.message.contains(shown), "{}", stop.message);
                    assert!(stop.message.contains("4000 ms"), "{}", stop.message);
                    assert!(stop.message.contains("retry_max_ms"), "{}", stop.message);
                }
                other => panic!("{other:?}"),
            }
        }
        // Exactly the longest wait allowed is still waited for.
        assert_eq!(
            decide(&rate_limited(4), 0, &POLICY, 1.0),
            Decision::Retry {
                after: Duration::from_secs(4)
            }
        );
    }

    #[test]
    fn the_last_retry_gives_up_and_a_rejected_request_is_never_retried() {
        let message = format!("{} (gave up after 3 attempts)", server_error());
        assert_eq!(
            decide(&server_error(), 2, &POLICY, 0.5),
            Decision::GiveUp { message }
        );
        let message = rejected().to_string();
        assert_eq!(
            decide(&rejected(), 0, &POLICY, 0.5),
            Decision::GiveUp { message }
        );
    }

    #[test]
    fn unanswered_items_go_together_only_where_every_lane_lacks_the_same() {
        let lanes = vec![vec![10, 11, 12], vec![20, 21, 22]];
        assert_eq!(unanswered(&lanes, &[vec![], vec![]]), None);
        assert_eq!(
            unanswered(&lanes, &[vec![1], vec![1]]),
            Some(Resend::Together(vec![vec![11], vec![21]]))
        );
        assert_eq!(
            unanswered(&lanes, &[vec![0, 2], vec![]]),
            Some(Resend::Apart(vec![vec![10, 12]]))
        );
        assert_eq!(
            unanswered(&lanes, &[vec![0], vec![2]]),
            Some(Resend::Apart(vec![vec![10], vec![22]]))
        );
    }

    #[test]
    fn a_missing_output_or_text_counts_as_unanswered() {
        let lanes = vec![vec![10, 11], vec![20, 21]];
        let outputs = [BatchOutput {
            texts: vec![Some("a".into())],
            ..BatchOutput::default()
        }];
        let (answered, missing) = received(&[], &lanes, &outputs);
        assert_eq!(answered, [(10, "a".to_string())]);
        assert_eq!(missing, [vec![1], vec![0, 1]]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_server_error_is_retried_after_the_backoff() {
        let provider = Scripted::new(10, [Reply::Fail(server_error())]);
        let bench = Bench::new(provider, &["một"]);
        assert_eq!(bench.send(false).await, [translated("một")]);
        let times = bench.provider.times();
        assert_eq!(times.len(), 2);
        // The first retry waits the base, jittered down to no less than half of it (the
        // timer rounds up to the millisecond).
        let wait = times[1] - times[0];
        assert!(wait >= Duration::from_millis(500) && wait <= Duration::from_millis(1_001));
        let stats = bench.shared.stats().clone();
        assert_eq!(
            (stats.requests, stats.retries, stats.segments_sent),
            (2, 1, 1)
        );
        assert_eq!(bench.writes(), [1]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_rate_limit_waits_as_asked() {
        let script = [Reply::Fail(rate_limited(3)), Reply::Fail(rate_limited(3))];
        let bench = Bench::new(Scripted::new(10, script), &["một"]);
        assert_eq!(bench.send(false).await, [translated("một")]);
        // Each retry waits the three seconds asked, and at most a tenth more (the jitter).
        let times = bench.provider.times();
        assert_eq!(times.len(), 3, "{times:?}");
        assert_eq!(times[0], Duration::ZERO);
        for pair in times.windows(2) {
            let wait = pair[1] - pair[0];
            assert!(
                wait >= Duration::from_secs(3) && wait <= Duration::from_millis(3_300),
                "{times:?}"
            );
        }
        // Two refusals three seconds apart, one request at a time: no sign of a limit.
        assert_eq!(bench.pipeline.limiter.learned_limit(), None);
        assert_eq!(bench.shared.stats().retries, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_rate_limit_wait_counts_from_when_the_request_left() {
        // Answers take a second: the refusal asking for three comes back a second after the
        // request left, and the retry goes three seconds after it left (and at most a tenth
        // more), not four (before, it waited the three from the answer: 4.0-4.3 s).
        let script = [Reply::Fail(rate_limited(3))];
        let bench = Bench::new(Scripted::slow(10, script, Duration::from_secs(1)), &["một"]);
        assert_eq!(bench.send(false).await, [translated("một")]);
        let times = bench.provider.times();
        assert_eq!(times.len(), 2, "{times:?}");
        let wait = times[1] - times[0];
        assert!(
            wait >= Duration::from_secs(3) && wait <= Duration::from_millis(3_300),
            "{times:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn refusals_that_show_the_limit_pause_every_lane() {
        // Two lanes are refused at once, asking for 3 s: the other lanes wait as well, though
        // none of their requests was refused.
        let script = [Reply::Fail(rate_limited(3)), Reply::Fail(rate_limited(3))];
        let provider = Scripted::new(1, script);
        let mut bench = Bench::new(provider, &["một", "hai", "ba", "bốn", "năm"]);
        bench.pipeline.concurrency = 3;
        bench.pipeline.limiter =
            Arc::new(limiter::Limiter::new(limiter::Limits::default()).with_concurrency(3));
        bench.shared = Shared::new(bench.pipeline.limiter.clone());
        let answers = bench.send(false).await;
        assert!(answers.iter().all(Result::is_ok), "{answers:?}");
        let times = bench.provider.times();
        assert_eq!(times.len(), 7, "five texts, two of them twice");
        assert_eq!(times[..2], [Duration::ZERO, Duration::ZERO]);
        assert!(
            times[2..].iter().all(|t| *t >= Duration::from_secs(3)),
            "{times:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn retryable_errors_fail_the_items_after_the_last_retry() {
        let script = (0..3).map(|_| Reply::Fail(server_error()));
        let bench = Bench::new(Scripted::new(10, script), &["một", "hai"]);
        let message = format!("{} (gave up after 3 attempts)", server_error());
        assert_eq!(
            bench.send(false).await,
            [Err(message.clone()), Err(message)]
        );
        assert_eq!(bench.provider.calls().len(), 3);
        assert_eq!(bench.shared.stats().retries, 2);
        assert!(bench.writes().is_empty());
        assert!(bench.shared.stopped().is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn an_unusable_answer_the_provider_billed_is_on_the_bill_at_every_attempt() {
        let malformed = |paid| ProviderError::Malformed {
            provider: "scripted".into(),
            message: "lone surrogate".into(),
            paid,
        };
        // Three attempts of "một" + "hai" (3 + 3 characters), each paid; none if not paid.
        for (paid, billed) in [(true, 18), (false, 0)] {
            let script = (0..3).map(|_| Reply::Fail(malformed(paid)));
            let bench = Bench::new(Scripted::new(10, script), &["một", "hai"]);
            let answers = bench.send(false).await;
            assert!(answers.iter().all(Result::is_err), "{answers:?}");
            assert_eq!(bench.provider.calls().len(), 3);
            assert_eq!(
                bench.shared.stats().billed_characters,
                billed,
                "paid: {paid}"
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_rejected_request_fails_at_once_and_the_run_goes_on() {
        let bench = Bench::new(Scripted::new(1, [Reply::Fail(rejected())]), &["một", "hai"]);
        let answers = bench.send(false).await;
        assert_eq!(answers, [Err(rejected().to_string()), translated("hai")]);
        assert_eq!(bench.provider.calls(), [vec!["một"], vec!["hai"]]);
        assert_eq!(bench.shared.stats().retries, 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_fatal_error_stops_the_run_and_nothing_more_is_sent() {
        for (error, configuration) in [(auth_error(), true), (quota_error(), false)] {
            let message = error.to_string();
            let script = [Reply::Answer, Reply::Fail(error)];
            let bench = Bench::new(Scripted::new(1, script), &["một", "hai", "ba"]);
            let answers = bench.send(false).await;
            let not_sent = format!("not sent: the run stopped ({message})");
            assert_eq!(
                answers,
                [translated("một"), Err(message.clone()), Err(not_sent)]
            );
            assert_eq!(bench.provider.calls().len(), 2);
            assert_eq!(bench.writes(), [1]);
            let (_, stop) = bench.shared.finish(&*bench.store);
            let stop = stop.expect("the run stopped");
            assert_eq!((stop.message, stop.configuration), (message, configuration));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_unanswered_item_is_sent_again_alone_and_stays_aligned() {
        let bench = Bench::new(
            Scripted::new(10, [Reply::Skip(&[1])]),
            &["một", "hai", "ba"],
        );
        let answers = bench.send(false).await;
        assert_eq!(
            answers,
            [translated("một"), translated("hai"), translated("ba")]
        );
        assert_eq!(
            bench.provider.calls(),
            [vec!["một", "hai", "ba"], vec!["hai"]]
        );
        // No backoff for a partial answer: the missing item goes at once.
        assert_eq!(bench.provider.times(), [Duration::ZERO, Duration::ZERO]);
        // One write per response, each answer under its own text.
        assert_eq!(bench.writes(), [2, 1]);
        assert_eq!(bench.cached("hai").as_deref(), Some("<en> hai"));
        let stats = bench.shared.stats().clone();
        assert_eq!(
            (stats.requests, stats.retries, stats.segments_sent),
            (2, 1, 3)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn an_item_never_answered_fails_after_its_attempts() {
        let script = (0..3).map(|_| Reply::Skip(&[0]));
        let bench = Bench::new(Scripted::new(10, script), &["một", "hai"]);
        let answers = bench.send(false).await;
        let message =
            "no usable answer after 3 attempts (the provider skipped or garbled this segment)";
        assert_eq!(answers, [Err(message.to_string()), translated("hai")]);
        assert_eq!(
            bench.provider.calls(),
            [vec!["một", "hai"], vec!["một"], vec!["một"]]
        );
        assert_eq!(bench.writes(), [1]);
        assert_eq!(bench.cached("một"), None);
    }

    #[tokio::test(start_paused = true)]
    async fn an_empty_answer_to_a_text_is_no_answer_and_is_never_cached() {
        let script = (0..3).map(|_| Reply::Empty(&[0]));
        let bench = Bench::new(Scripted::new(10, script), &["một", "hai"]);
        let answers = bench.send(false).await;
        let message =
            "no usable answer after 3 attempts (the provider skipped or garbled this segment)";
        assert_eq!(answers, [Err(message.to_string()), translated("hai")]);
        assert_eq!(
            bench.provider.calls(),
            [vec!["một", "hai"], vec!["một"], vec!["một"]]
        );
        assert_eq!(bench.cached("một"), None);
        assert_eq!(bench.cached("hai").as_deref(), Some("<en> hai"));
    }

    #[tokio::test(start_paused = true)]
    async fn the_budget_stops_the_run_before_it_would_be_exceeded() {
        let mut bench = Bench::new(Scripted::new(1, []), &["mười chữ!!", "mười chữ??"]);
        bench.pipeline.max_chars = Some(15);
        let answers = bench.send(false).await;
        let message =
            "the budget of 15 characters (--max-chars) would be exceeded (10 sent so far)";
        assert_eq!(
            answers,
            [
                translated("mười chữ!!"),
                Err(format!("not sent: {message}"))
            ]
        );
        assert_eq!(bench.provider.calls().len(), 1);
        let (_, stop) = bench.shared.finish(&*bench.store);
        let stop = stop.expect("the run stopped");
        assert_eq!(
            (stop.message.as_str(), stop.configuration),
            (message, false)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_strict_resend_is_marked_and_not_counted_as_segments_sent() {
        let bench = Bench::new(Scripted::new(10, []), &["một"]);
        assert_eq!(bench.send(true).await, [translated("một")]);
        assert!(bench.provider.calls.lock().unwrap()[0].strict);
        let stats = bench.shared.stats().clone();
        assert_eq!((stats.requests, stats.segments_sent), (1, 0));
        assert_eq!(bench.writes(), [1]);
    }

    #[tokio::test(start_paused = true)]
    async fn answers_the_cache_cannot_keep_are_counted_and_still_used() {
        // A cache folder below a regular file: every write fails, for root too.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("file"), "").unwrap();
        let cache = dir.path().join("file/cache");
        let pipeline = test_pipeline(Scripted::new(10, []), vec![Lang::En], &cache);
        let doc = crate::pipeline::tests::vietnamese("Một hai ba. Bốn năm sáu.");
        let result = pipeline.run(&[doc]).await;
        assert_eq!(result.stats.answers_not_cached, 2);
        let texts: Vec<_> = result.aligned[0]
            .rows
            .iter()
            .map(|r| r.targets[&Lang::En].text.clone())
            .collect();
        assert_eq!(
            texts,
            [
                Some("<en> Một hai ba.".to_string()),
                Some("<en> Bốn năm sáu.".to_string())
            ]
        );
    }
}
