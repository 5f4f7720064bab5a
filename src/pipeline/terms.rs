//! Checking translations against the glossary: a fresh translation that misses a term it was
//! asked for is sent once more with `strict` enforcement, and the better of the two answers
//! is kept, in the output and in the cache. The strict re-sends are batched as any send is
//! (within the provider's limits, one lane per target), not one text per request: providers
//! already protect the terms on the first send where nothing native takes them, so few
//! remain, but each costs a request. Cached translations are only checked: they had their
//! retry when they were fresh.

use super::plan::{Plan, Unique};
use super::send::{PartSend, Shared};
use super::{Answer, Pipeline};
use crate::aligned::Origin;
use crate::glossary::Violation;

/// A final answer with its term check.
pub(super) type Checked = Result<(String, Origin, Vec<Violation>), String>;

impl Pipeline {
    /// Checks every answer of the plan against the glossary, re-sends the fresh ones that fail
    /// with strict enforcement, and counts terms, retries and violations left.
    pub(super) async fn check_terms(
        &self,
        plan: &mut Plan,
        shared: &Shared,
        part: PartSend<'_>,
    ) -> Vec<Option<Checked>> {
        let uniques = &plan.uniques;
        let settled = &plan.settled;
        let (mut checked, recheck) =
            self.check_answers(uniques, std::mem::take(&mut plan.answers), settled);
        {
            // What an earlier part of the run counted is not counted again.
            let mut stats = shared.stats();
            stats.terms_enforced += checked
                .iter()
                .zip(uniques)
                .zip(settled)
                .filter(|((c, _), &settled)| !settled && matches!(c, Some(Ok(_))))
                .map(|((_, u), _)| u.request.terms.len() as u64)
                .sum::<u64>();
            stats.term_retries += recheck.len() as u64;
        }
        let batches = self.plan_batches(uniques, &recheck, true);
        let retried = self.send_all(uniques, batches, shared, true, part).await;
        let kept = self.keep_the_better(uniques, retried, &mut checked);
        self.remember(uniques, &kept, shared);
        shared.stats().term_violations += checked
            .iter()
            .zip(settled)
            .filter(|(c, &settled)| !settled && matches!(c, Some(Ok((_, _, v))) if !v.is_empty()))
            .count() as u64;
        checked
    }

    /// Each answer with its violations, and the fresh answers that have some.
    fn check_answers(
        &self,
        uniques: &[Unique],
        answers: Vec<Option<Answer>>,
        settled: &[bool],
    ) -> (Vec<Option<Checked>>, Vec<usize>) {
        let mut recheck = Vec::new();
        let checked = answers
            .into_iter()
            .enumerate()
            .map(|(u, answer)| {
                let request = &uniques[u].request;
                answer.map(|a| {
                    a.map(|(text, origin)| {
                        let violations =
                            self.glossary
                                .check(request.target_lang, &text, &request.terms);
                        // Cached translations had their retry when they were fresh, and so
                        // did those an earlier part of this run received.
                        if !violations.is_empty() && origin != Origin::Cache && !settled[u] {
                            recheck.push(u);
                        }
                        (text, origin, violations)
                    })
                })
            })
            .collect();
        (checked, recheck)
    }

    /// Takes a strict answer where it has no more violations than the first one; returns what
    /// the cache should hold for each re-sent request. A strict answer that came back worse
    /// leaves the first one in place, in the cache too (the strict one was cached on arrival).
    fn keep_the_better(
        &self,
        uniques: &[Unique],
        retried: Vec<(usize, Answer)>,
        checked: &mut [Option<Checked>],
    ) -> Vec<(usize, String)> {
        let mut kept = Vec::new();
        for (u, answer) in retried {
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
                kept.push((u, first.clone()));
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use crate::glossary::{parse_tsv, Glossary};
    use crate::lang::Lang;
    use crate::pipeline::tests::{
        limits, test_pipeline, test_provider_identity, vietnamese, SharedStore,
    };
    use crate::pipeline::{Pipeline, RunResult};
    use crate::provider::{Batch, BatchOutput, Limits, Provider, ProviderError};
    use futures::future::BoxFuture;
    use std::path::Path;
    use std::sync::Arc;

    /// Answers every item with one text, and with another on a strict re-send.
    struct Strictness {
        loose: &'static str,
        strict: &'static str,
    }

    impl Provider for Strictness {
        test_provider_identity!("strictness");
        fn limits(&self) -> Limits {
            limits(10)
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            let text = if batch.strict {
                self.strict
            } else {
                self.loose
            };
            let texts = batch.items.iter().map(|_| Some(text.to_string()));
            let output = BatchOutput {
                texts: texts.collect(),
                ..BatchOutput::default()
            };
            Box::pin(async { Ok(output) })
        }
    }

    /// What a run left: the translation and its violations, the counters of the term
    /// checks, what the cache holds and how many times it was written.
    #[derive(Debug, PartialEq)]
    struct Outcome {
        text: String,
        violations: usize,
        /// Terms enforced, term retries, term violations.
        counts: (u64, u64, u64),
        cached: Vec<String>,
        writes: usize,
    }

    /// Runs "Liên Hợp Quốc họp tại Hà Nội." (two terms) through the provider.
    fn run(provider: Strictness) -> Outcome {
        let terms = "id\tvi\ten\nun\tLiên Hợp Quốc\tUnited Nations\nhn\tHà Nội\tHanoi\n";
        let terms = parse_tsv(Path::new("t.tsv"), terms).unwrap();
        let store = Arc::new(SharedStore::default());
        let pipeline = Pipeline {
            glossary: Arc::new(Glossary::from_terms(terms).unwrap()),
            store: store.clone(),
            ..test_pipeline(Arc::new(provider), vec![Lang::En], &std::env::temp_dir())
        };
        let mut docs = [vietnamese("Liên Hợp Quốc họp tại Hà Nội.")];
        pipeline.match_terms(&mut docs);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let result: RunResult = runtime.block_on(pipeline.run(&docs));
        let cell = &result.aligned[0].rows[0].targets[&Lang::En];
        let stats = &result.stats;
        let writes = store.writes.lock().unwrap().len();
        let entries = store.entries.lock().unwrap();
        let cached = entries.values().map(|e| e.translation.clone()).collect();
        Outcome {
            text: cell.text.clone().unwrap_or_default(),
            violations: cell.terms.len(),
            counts: (
                stats.terms_enforced,
                stats.term_retries,
                stats.term_violations,
            ),
            cached,
            writes,
        }
    }

    /// Answers every text as it came, and records each request: (strict, texts, context).
    #[derive(Default)]
    struct Recording {
        calls: std::sync::Mutex<Vec<(bool, usize, Option<String>)>>,
    }

    impl Provider for Recording {
        test_provider_identity!("recording");
        fn limits(&self) -> Limits {
            limits(10)
        }
        fn wants_context(&self) -> bool {
            true
        }
        fn translate<'a>(
            &'a self,
            batch: &'a Batch,
        ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
            self.calls.lock().unwrap().push((
                batch.strict,
                batch.items.len(),
                batch.context.clone(),
            ));
            let texts = batch.items.iter().map(|i| Some(i.text.clone()));
            let output = BatchOutput {
                texts: texts.collect(),
                ..BatchOutput::default()
            };
            Box::pin(async { Ok(output) })
        }
    }

    #[test]
    fn strict_resends_are_batched_and_requests_carry_their_paragraphs_once() {
        let terms = "id\tvi\ten\nhn\tHà Nội\tHanoi\n";
        let terms = parse_tsv(Path::new("t.tsv"), terms).unwrap();
        let provider = Arc::new(Recording::default());
        let cache = tempfile::tempdir().unwrap();
        let pipeline = Pipeline {
            glossary: Arc::new(Glossary::from_terms(terms).unwrap()),
            ..test_pipeline(provider.clone(), vec![Lang::En], cache.path())
        };
        // Two paragraphs; the repeated sentence is sent once, with the first paragraph.
        let first = "Họp tại Hà Nội. Trời mưa.";
        let second = "Trời mưa. Về Hà Nội sau.";
        let mut docs = [vietnamese(&format!("{first}\n\n{second}"))];
        pipeline.match_terms(&mut docs);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let result: RunResult = runtime.block_on(pipeline.run(&docs));
        let calls = provider.calls.lock().unwrap().clone();
        let both = format!("{first}\n\n{second}");
        assert_eq!(
            calls,
            [
                // Three distinct sentences in one request, both paragraphs once each.
                (false, 3, Some(both.clone())),
                // The two that kept "Hà Nội" go again together, not one a request.
                (true, 2, Some(both)),
            ]
        );
        assert_eq!(result.stats.term_retries, 2);
        assert_eq!(result.stats.term_violations, 2);
    }

    #[test]
    fn a_strict_resend_keeps_the_answer_with_fewer_violations_in_the_output_and_the_cache() {
        let better = "The United Nations met in Hanoi.";
        let first = "The United Nations met in Ha Noi.";
        let cases = [
            // Strict is better: it replaces the first answer.
            ("The UN met in Hanoi.", better, better, 0, 0),
            // Strict is worse: the first answer stays, and is cached again.
            (first, "The UN met in Ha Noi.", first, 1, 1),
        ];
        for (loose, strict, kept, violations, left) in cases {
            let outcome = run(Strictness { loose, strict });
            let expected = Outcome {
                text: kept.into(),
                violations,
                counts: (2, 1, left),
                cached: vec![kept.into()],
                // The first answer, the strict one on arrival, the one kept.
                writes: 3,
            };
            assert_eq!(outcome, expected, "{loose} / {strict}");
        }
    }
}
