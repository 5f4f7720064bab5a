//! Running a run's parts two at a time, so that the lanes never idle while a part waits for
//! its last retries (a 429 asks for a second, a chance one at the end of every part).
//!
//! A part plans, sends, checks its terms and assembles its rows (see [`Run::part`]). Once it
//! has started every request it will make and a lane is free, the next part is read and
//! begins alongside it; a third waits until the first is done, so at most two parts are in
//! memory. Rows go to the sink in the order of the parts, each part's once it is done and
//! every part before it has been handed over.
//!
//! Nothing is bought twice, and a part's rows are what they would be had it begun after the
//! part before it ended: what a part in flight is buying, the next one holds out and waits
//! for (see [`plan::Memo`]), then serves from the cache with the first answer's origin. A
//! part's keys are all known once it has started its requests, except the second legs of
//! pivoted pairs, which need the first legs' answers: a part with such pairs lets the next
//! one begin only when its second legs are started too.

use super::plan::{self, Plan};
use super::send::PartSend;
use super::{send, Aligned, Document, Failure, Part, Pipeline, RunResult};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::task::Poll;

/// One part of a run as the driver is given it: its documents (all of the run's, or just
/// this part's pieces), the blocks of them it translates, and for each of its pieces, in
/// order, the document's index in the run and whether its last blocks are here.
pub(super) struct PartInput<D> {
    pub(super) docs: D,
    pub(super) part: Part,
    pub(super) ends: Vec<(usize, bool)>,
}

/// A part done: its rows, piece by piece, with where each piece goes, and its failures.
struct PartDone {
    aligned: Vec<Aligned>,
    ends: Vec<(usize, bool)>,
    failures: Vec<Failure>,
}

/// One run in progress: what its parts share.
pub(super) struct Run<'p> {
    pipeline: &'p Pipeline,
    shared: send::Shared,
    memo: Mutex<plan::Memo>,
    /// Told when a part gives back its claims, so that the part waiting behind it looks again.
    released: tokio::sync::Notify,
    /// How many parts (from the first) have started every request they will make.
    drained: AtomicUsize,
}

/// A part in flight, or done and not yet handed over.
enum Flight<F: Future> {
    Running(Pin<Box<F>>),
    Done(F::Output),
}

impl<F: Future> Flight<F> {
    /// Polls it if it is running; returns whether it is done.
    fn poll_once(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        if let Flight::Running(future) = self {
            match future.as_mut().poll(cx) {
                Poll::Ready(out) => *self = Flight::Done(out),
                Poll::Pending => return false,
            }
        }
        true
    }

    async fn finish(self) -> F::Output {
        match self {
            Flight::Running(future) => future.await,
            Flight::Done(out) => out,
        }
    }
}

impl Pipeline {
    /// Translates the parts one after another, two at a time where the older one only waits
    /// for its last answers (see the module's documentation), handing each piece's rows to
    /// `sink` in order. An error reading a part stops the run once the parts before it are
    /// handed over; an error from the sink stops it at once. Every answer received until
    /// then is cached.
    /// The result keeps the first `keep_failures` failed segments (`stats.failures` counts
    /// them all).
    pub(super) async fn run_overlapped<D: AsRef<[Document]>, E>(
        &self,
        parts: impl IntoIterator<Item = Result<PartInput<D>, E>>,
        keep_failures: usize,
        mut sink: impl FnMut(usize, Aligned, bool) -> Result<(), E>,
    ) -> Result<RunResult, E> {
        let run = Run::new(self);
        let mut failures = Failures {
            kept: Vec::new(),
            keep: keep_failures,
            count: 0,
        };
        run.drive(parts, &mut failures, &mut sink).await?;
        Ok(run.finish(failures))
    }
}

impl<'p> Run<'p> {
    fn new(pipeline: &'p Pipeline) -> Self {
        Run {
            pipeline,
            shared: send::Shared::new(pipeline.limiter.clone()),
            memo: Mutex::default(),
            released: tokio::sync::Notify::new(),
            drained: AtomicUsize::new(0),
        }
    }

    fn memo(&self) -> MutexGuard<'_, plan::Memo> {
        // A poisoned lock only means a part panicked; the memo is still whole.
        self.memo.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs the parts as [`Pipeline::run_overlapped`] says, keeping their failures in order.
    async fn drive<D: AsRef<[Document]>, E>(
        &self,
        parts: impl IntoIterator<Item = Result<PartInput<D>, E>>,
        failures: &mut Failures,
        sink: &mut impl FnMut(usize, Aligned, bool) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut older = None;
        // Read only when the part before has drained and the one before that is done.
        for (number, input) in parts.into_iter().enumerate() {
            let input = match input {
                Ok(input) => input,
                Err(e) => {
                    if let Some(older) = older.take() {
                        hand_over(Flight::finish(older).await, failures, sink)?;
                    }
                    return Err(e);
                }
            };
            let mut younger = Flight::Running(Box::pin(self.part_of(input, number)));
            if let Some(mut older) = older.take() {
                // Both go on until the older one is done; its rows go first.
                std::future::poll_fn(|cx| {
                    let done = older.poll_once(cx);
                    younger.poll_once(cx);
                    if done {
                        Poll::Ready(())
                    } else {
                        Poll::Pending
                    }
                })
                .await;
                hand_over(older.finish().await, failures, sink)?;
            }
            // Then the younger one alone, until it has started all it will send.
            std::future::poll_fn(|cx| {
                let done = younger.poll_once(cx);
                if done || self.drained.load(Ordering::SeqCst) > number {
                    Poll::Ready(())
                } else {
                    Poll::Pending
                }
            })
            .await;
            older = Some(younger);
        }
        if let Some(last) = older {
            hand_over(last.finish().await, failures, sink)?;
        }
        Ok(())
    }

    async fn part_of<D: AsRef<[Document]>>(&self, input: PartInput<D>, number: usize) -> PartDone {
        let finished = input.ends.iter().filter(|(_, last)| *last).count();
        let (aligned, failures) = self
            .part(input.docs.as_ref(), &input.part, finished, number)
            .await;
        PartDone {
            aligned,
            ends: input.ends,
            failures,
        }
    }

    /// Plans, sends, checks and assembles part `number` of the run, in which `finished`
    /// documents end; returns the rows of each of its pieces and its failures.
    async fn part(
        &self,
        docs: &[Document],
        part: &Part,
        finished: usize,
        number: usize,
    ) -> (Vec<Aligned>, Vec<Failure>) {
        let (p, shared) = (self.pipeline, &self.shared);
        shared.stats().documents += finished as u64;
        let drained = || {
            self.drained.fetch_max(number + 1, Ordering::SeqCst);
        };
        let (mut plan, pairs) = {
            let mut memo = self.memo();
            let mut plan = p.plan(docs, part, &memo, &mut shared.stats());
            let asked: Vec<usize> = plan.pending.iter().chain(&plan.awaiting).copied().collect();
            memo.claim(&mut plan, number, &asked);
            let pairs = p.pairs_to_prepare(&plan, &mut memo.prepared);
            (plan, pairs)
        };
        p.prepare_pairs(&pairs, shared).await;
        // Pivoted pairs: their second legs are keys of this part not known yet.
        let all_known = plan.pivoted_is_empty();
        let (sending, last_sending) = (
            PartSend {
                rank: number,
                drained: all_known.then_some(&drained),
            },
            PartSend {
                rank: number,
                drained: Some(&drained),
            },
        );
        p.send_pending(&mut plan, shared, sending).await;
        self.send_awaiting(&mut plan, number).await;
        plan.pending = {
            let mut memo = self.memo();
            let legs = p.plan_second_legs(&mut plan, &memo, &mut shared.stats());
            let asked: Vec<usize> = legs.iter().chain(&plan.awaiting).copied().collect();
            memo.claim(&mut plan, number, &asked);
            legs
        };
        p.send_pending(&mut plan, shared, last_sending).await;
        self.send_awaiting(&mut plan, number).await;
        let rank_only = PartSend {
            rank: number,
            drained: None,
        };
        let checked = p.check_terms(&mut plan, shared, rank_only).await;
        if let Some(refresh) = &p.refresh {
            refresh.learn(&plan, &checked);
        }
        {
            let mut memo = self.memo();
            memo.learn(&plan, &checked);
            memo.release(&plan, number);
        }
        self.released.notify_waiters();
        drained();
        p.assemble(docs, part, &plan, &checked)
    }

    /// Waits until the parts before have given back what this one holds out, then serves it
    /// and sends what they got no answer for.
    async fn send_awaiting(&self, plan: &mut Plan, number: usize) {
        if plan.awaiting.is_empty() {
            return;
        }
        let (p, shared) = (self.pipeline, &self.shared);
        loop {
            let released = self.released.notified();
            tokio::pin!(released);
            // Registered before looking, so that a release in between is not missed.
            released.as_mut().enable();
            {
                let memo = self.memo();
                if memo.is_first_for(plan, number) {
                    plan.pending = p.serve_awaiting(plan, &memo, &mut shared.stats());
                    break;
                }
            }
            released.await;
        }
        let part = PartSend {
            rank: number,
            drained: None,
        };
        p.send_pending(plan, shared, part).await;
    }

    fn finish(self, failures: Failures) -> RunResult {
        let (mut stats, stopped) = self.shared.finish(&*self.pipeline.store);
        stats.failures = failures.count;
        RunResult {
            aligned: Vec::new(),
            stats,
            failures: failures.kept,
            stopped,
        }
    }
}

/// A run's failed segments: the first `keep` of them, and how many in all.
struct Failures {
    kept: Vec<Failure>,
    keep: usize,
    count: u64,
}

/// Hands a part's rows to the sink, piece by piece, and keeps its failures.
fn hand_over<E>(
    done: PartDone,
    failures: &mut Failures,
    sink: &mut impl FnMut(usize, Aligned, bool) -> Result<(), E>,
) -> Result<(), E> {
    failures.count += done.failures.len() as u64;
    let room = failures.keep.saturating_sub(failures.kept.len());
    failures.kept.extend(done.failures.into_iter().take(room));
    for ((d, last), piece) in done.ends.into_iter().zip(done.aligned) {
        sink(d, piece, last)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Runs in parts against a provider that refuses chosen texts with 429s, on tokio's
    //! paused clock: when each request went is asserted in virtual time.

    use super::*;
    use crate::aligned::Origin;
    use crate::lang::Lang;
    use crate::pipeline::tests::{limits, test_pipeline, test_provider_identity, vietnamese};
    use crate::pipeline::{parts, RetryPolicy};
    use crate::provider::{Batch, BatchOutput, Limits, Provider, ProviderError};
    use futures::future::BoxFuture;
    use std::collections::HashMap;
    use std::sync::Arc;
    use std::time::Duration;
    use tokio::time::Instant;

    /// Refuses the first `times` requests that carry `text` with a 429 asking for
    /// `retry_after`; answers everything else, each text marked with its target.
    struct Refuses {
        text: &'static str,
        times: Mutex<u32>,
        retry_after: Duration,
        /// Every request: its texts, when it came, and whether it was answered.
        calls: Mutex<Vec<(Vec<String>, Duration, bool)>>,
        start: Instant,
    }

    impl Refuses {
        fn new(text: &'static str, times: u32, retry_after: Duration) -> Arc<Self> {
            Arc::new(Refuses {
                text,
                times: Mutex::new(times),
                retry_after,
                calls: Mutex::default(),
                start: Instant::now(),
            })
        }

        /// When each request carrying `text` came, and whether it was answered.
        fn sends_of(&self, text: &str) -> Vec<(Duration, bool)> {
            let calls = self.calls.lock().unwrap();
            let with = calls
                .iter()
                .filter(|(texts, _, _)| texts.iter().any(|t| t == text));
            with.map(|(_, at, answered)| (*at, *answered)).collect()
        }
    }

    impl Provider for Refuses {
        test_provider_identity!("refuses");
        fn limits(&self) -> Limits {
            limits(10)
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            let texts: Vec<String> = batch.items.iter().map(|i| i.text.clone()).collect();
            let refused = texts.iter().any(|t| t == self.text) && {
                let mut times = self.times.lock().unwrap();
                let left = *times > 0;
                *times = times.saturating_sub(1);
                left
            };
            let at = self.start.elapsed();
            self.calls
                .lock()
                .unwrap()
                .push((texts.clone(), at, !refused));
            let target = batch.target;
            let retry_after = self.retry_after;
            Box::pin(async move {
                if refused {
                    return Err(ProviderError::RateLimited {
                        provider: "refuses".into(),
                        status: 429,
                        retry_after: Some(retry_after),
                        message: String::new(),
                    });
                }
                Ok(BatchOutput {
                    texts: texts
                        .iter()
                        .map(|t| Some(format!("<{target}> {t}")))
                        .collect(),
                    billed_chars: texts.iter().map(|t| t.len() as u64).sum(),
                    tokens: 0,
                })
            })
        }
    }

    /// A pipeline into English that waits as long as a 429 asks (up to a minute).
    fn patient(provider: Arc<Refuses>, cache: &std::path::Path) -> Pipeline {
        Pipeline {
            retry: RetryPolicy {
                max_retries: 2,
                base: Duration::ZERO,
                max: Duration::from_secs(60),
            },
            ..test_pipeline(provider, vec![Lang::En], cache)
        }
    }

    /// Every row a run handed over, in order: (document, source, English text, origin).
    type Rows = Vec<(usize, String, Option<String>, Origin)>;

    fn rows_of(d: usize, piece: &Aligned) -> Rows {
        let row = |r: &crate::aligned::Row| {
            let cell = &r.targets[&Lang::En];
            (d, r.source.clone(), cell.text.clone(), cell.origin)
        };
        piece.rows.iter().map(row).collect()
    }

    /// Runs the document one block a part; returns the rows in the order handed over.
    async fn in_parts(pipeline: &Pipeline, doc: &Document) -> (RunResult, Rows) {
        let docs = std::slice::from_ref(doc);
        let parts = parts(docs, 1);
        assert!(parts.len() > 1, "{parts:?}");
        let mut rows = Vec::new();
        let result = pipeline
            .run_in_parts(docs, &parts, |d, piece, _| {
                rows.extend(rows_of(d, &piece));
                Ok::<(), std::convert::Infallible>(())
            })
            .await;
        let Ok(result) = result;
        (result, rows)
    }

    /// Runs the Vietnamese text one block a part, its sentence "Câu một." refused `times`
    /// times with a 429 asking for `seconds`.
    async fn refused_in_parts(
        text: &str,
        times: u32,
        seconds: u64,
    ) -> (Arc<Refuses>, RunResult, Rows) {
        let dir = tempfile::tempdir().unwrap();
        let provider = Refuses::new("Câu một.", times, Duration::from_secs(seconds));
        let pipeline = patient(provider.clone(), dir.path());
        let (result, rows) = in_parts(&pipeline, &vietnamese(text)).await;
        (provider, result, rows)
    }

    /// The first part's sentence was refused at 0 and answered once 3 s had passed (the
    /// wait asked, and at most a tenth more of jitter); the second part's went at 0, while
    /// it waited.
    fn sent_while_the_first_waits(provider: &Refuses) {
        let secs = Duration::from_secs;
        let first = provider.sends_of("Câu một.");
        assert_eq!(first.len(), 2, "{first:?}");
        assert_eq!(first[0], (secs(0), false));
        let (at, answered) = first[1];
        assert!(
            answered && at >= secs(3) && at <= secs(3) + secs(3) / 10,
            "{first:?}"
        );
        assert_eq!(provider.sends_of("Câu hai."), [(secs(0), true)]);
    }

    #[tokio::test(start_paused = true)]
    async fn the_next_part_is_sent_while_the_part_before_waits_for_a_retry() {
        let text = "Câu một.\n\nCâu hai.\n\nCâu ba.";
        let (provider, result, rows) = refused_in_parts(text, 1, 3).await;
        sent_while_the_first_waits(&provider);
        // The third is not read before the first is done: two parts in flight at most.
        let retried = provider.sends_of("Câu một.")[1].0;
        assert_eq!(provider.sends_of("Câu ba."), [(retried, true)]);
        // The rows still come in the document's order.
        let sources: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(sources, ["Câu một.", "Câu hai.", "Câu ba."]);
        assert!(rows.iter().all(|r| r.3 == Origin::Api), "{rows:?}");
        assert_eq!((result.stats.requests, result.stats.failures), (4, 0));
    }

    #[tokio::test(start_paused = true)]
    async fn a_text_still_in_retry_in_the_part_before_is_bought_once_and_rows_are_as_in_one_part() {
        // The first paragraph's sentence comes again in the second, whose other sentence is
        // sent at once; the repeat waits for the first part's answer instead of buying it.
        let text = "Câu một.\n\nCâu một. Câu hai.";
        let (provider, result, rows) = refused_in_parts(text, 1, 3).await;
        sent_while_the_first_waits(&provider);
        assert_eq!(result.stats.segments_sent, 2);
        assert_eq!(result.stats.deduplicated, 1);
        assert_eq!(result.stats.served_from_cache, 0);

        // What the same document gives in one part, with a fresh cache.
        let dir = tempfile::tempdir().unwrap();
        let provider = Refuses::new("Câu một.", 1, Duration::from_secs(3));
        let whole = one_part(&patient(provider, dir.path()), text).await;
        assert_eq!(rows, whole.1);
        assert_eq!(
            (whole.0.stats.deduplicated, whole.0.stats.served_from_cache),
            (1, 0)
        );
    }

    /// The document's rows from a run in one part.
    async fn one_part(pipeline: &Pipeline, text: &str) -> (RunResult, Rows) {
        let result = pipeline.run(&[vietnamese(text)]).await;
        let rows = rows_of(0, &result.aligned[0]);
        (result, rows)
    }

    #[tokio::test(start_paused = true)]
    async fn a_text_the_part_before_never_got_is_bought_by_the_next_part_only() {
        // Three parts share a sentence that the first one is refused three times (its every
        // attempt): the second buys it once the first is done, the third takes its answer.
        let text = "Câu một.\n\nCâu một. Câu hai.\n\nCâu một. Câu ba.";
        let (provider, result, rows) = refused_in_parts(text, 3, 1).await;
        let answered: Vec<bool> = provider
            .sends_of("Câu một.")
            .iter()
            .map(|(_, answered)| *answered)
            .collect();
        assert_eq!(answered, [false, false, false, true]);
        let cells: HashMap<&str, Vec<Origin>> =
            rows.iter().fold(HashMap::new(), |mut cells, row| {
                cells.entry(row.1.as_str()).or_default().push(row.3);
                cells
            });
        assert_eq!(
            cells["Câu một."],
            [Origin::Failed, Origin::Api, Origin::Api]
        );
        assert_eq!(result.stats.failures, 1);
        assert_eq!(result.failures[0].id, rows_id(&vietnamese(text), 0));
    }

    /// The id of the document's first segment in block `b`.
    fn rows_id(doc: &Document, b: usize) -> String {
        doc.blocks[b].segments[0].id.clone()
    }
}
