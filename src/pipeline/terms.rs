//! Checking translations against the glossary: a fresh translation that misses a term it was
//! asked for is sent once more alone, with `strict` enforcement, and the better of the two
//! answers is kept, in the output and in the cache. Cached translations are only checked:
//! they had their retry when they were fresh.

use super::plan::{Plan, Unique};
use super::send::Shared;
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
    ) -> Vec<Option<Checked>> {
        let uniques = &plan.uniques;
        let (mut checked, recheck) = self.check_answers(uniques, std::mem::take(&mut plan.answers));
        {
            let mut stats = shared.stats();
            stats.terms_enforced = checked
                .iter()
                .zip(uniques)
                .filter(|(c, _)| matches!(c, Some(Ok(_))))
                .map(|(_, u)| u.request.terms.len() as u64)
                .sum();
            stats.term_retries = recheck.len() as u64;
        }
        let alone = recheck.into_iter().map(|u| vec![vec![u]]).collect();
        let retried = self.send_all(uniques, alone, shared, true).await;
        let kept = self.keep_the_better(uniques, retried, &mut checked);
        self.remember(uniques, &kept, shared);
        shared.stats().term_violations = checked
            .iter()
            .filter(|c| matches!(c, Some(Ok((_, _, v))) if !v.is_empty()))
            .count() as u64;
        checked
    }

    /// Each answer with its violations, and the fresh answers that have some.
    fn check_answers(
        &self,
        uniques: &[Unique],
        answers: Vec<Option<Answer>>,
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
                        if !violations.is_empty() && origin != Origin::Cache {
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
