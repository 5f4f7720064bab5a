//! Grouping the requests to send into requests the provider accepts: within its text and byte
//! limits, one lane of distinct requests per target language, several targets in one request
//! where the provider takes them and nothing on the wire differs between them (the provider
//! says what goes on the wire: a text with placeholders for its terms may, one with the
//! terms' forms in markup may not).

use super::plan::Unique;
use super::Pipeline;
use crate::lang::Lang;
use crate::provider::{Batch, BatchItem};
use std::collections::{BTreeMap, HashMap};

/// One request: a lane of distinct requests per target, the same texts in each.
pub(super) type Lanes = Vec<Vec<usize>>;

/// Rows of one text into the same targets, by source language and those targets.
type RowGroups = BTreeMap<(Lang, Vec<Lang>), Vec<Vec<usize>>>;

impl Pipeline {
    /// Groups pending requests into requests within the provider's text and byte limits: one
    /// lane of distinct requests per target language. A provider that takes several targets at
    /// once gets the same text for all of them in one request, where nothing on the wire
    /// differs between the targets (no per-target term markup); the rest go one pair at a time.
    /// `strict` for the re-sends after a failed term check, whose wire may differ.
    pub(super) fn plan_batches(
        &self,
        uniques: &[Unique],
        pending: &[usize],
        strict: bool,
    ) -> Vec<Lanes> {
        let (groups, single) = self.rows_across_targets(uniques, pending, strict);
        let mut by_pair: BTreeMap<(Lang, Lang), Vec<usize>> = BTreeMap::new();
        for u in single {
            let r = &uniques[u].request;
            by_pair
                .entry((r.source_lang, r.target_lang))
                .or_default()
                .push(u);
        }
        let mut batches = Vec::new();
        for (_, items) in by_pair {
            self.chunk(uniques, items.into_iter().map(|u| vec![u]), &mut batches);
        }
        for (_, rows) in groups {
            self.chunk(uniques, rows, &mut batches);
        }
        batches
    }

    /// Rows of the same source text into several targets, in first-seen order and grouped by
    /// source and targets, and the requests that go one pair at a time.
    fn rows_across_targets(
        &self,
        uniques: &[Unique],
        pending: &[usize],
        strict: bool,
    ) -> (RowGroups, Vec<usize>) {
        let max_targets = self.provider.max_targets().max(1);
        let mut rows: Vec<Vec<usize>> = Vec::new();
        let mut row_of: HashMap<(Lang, &str, String), usize> = HashMap::new();
        let mut single: Vec<usize> = Vec::new();
        for &u in pending {
            let r = &uniques[u].request;
            // Terms in the target's forms (dictionary markup, protected spans) make a text
            // differ between targets; placeholders do not.
            let wire = (max_targets > 1)
                .then(|| {
                    let item = BatchItem {
                        id: String::new(),
                        text: r.text.clone(),
                        terms: r.terms.clone(),
                    };
                    self.provider
                        .shared_wire_text(r.source_lang, r.target_lang, &item, strict)
                })
                .flatten();
            let Some(wire) = wire else {
                single.push(u);
                continue;
            };
            let row = *row_of
                .entry((r.source_lang, r.text.as_str(), wire))
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
        let mut groups = RowGroups::new();
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
        (groups, single)
    }

    /// Cuts rows (one text into each of the same targets) into requests within the limits.
    fn chunk(
        &self,
        uniques: &[Unique],
        rows: impl IntoIterator<Item = Vec<usize>>,
        batches: &mut Vec<Lanes>,
    ) {
        let limits = self.provider.limits();
        let size = |u: usize| request_size(&uniques[u].request);
        let mut current: Vec<Vec<usize>> = Vec::new();
        let mut bytes = 0usize;
        // The paragraphs the current request carries as context: each counts once.
        let mut paragraphs: Vec<&std::sync::Arc<str>> = Vec::new();
        for row in rows {
            // Limits count the text once per target it goes into, and a paragraph of context
            // once per request.
            let row_size: usize = row.iter().map(|&u| size(u)).sum();
            let context = uniques[row[0]].context.as_ref();
            let carried = |paragraphs: &[&std::sync::Arc<str>]| {
                context.is_none_or(|c| paragraphs.iter().any(|p| std::sync::Arc::ptr_eq(p, c)))
            };
            let context_size = context.map_or(0, |c| c.len() + 2);
            let added = if carried(&paragraphs) {
                0
            } else {
                context_size
            };
            if !current.is_empty()
                && (current.len() >= limits.max_texts
                    || bytes + row_size + added > limits.max_bytes)
            {
                batches.push(transpose(std::mem::take(&mut current)));
                bytes = 0;
                paragraphs.clear();
            }
            if let Some(c) = context.filter(|_| !carried(&paragraphs)) {
                bytes += context_size;
                paragraphs.push(c);
            }
            current.push(row);
            bytes += row_size;
        }
        if !current.is_empty() {
            batches.push(transpose(current));
        }
    }
}

/// What one text takes of a request's size: the text plus room for the JSON and terms around
/// it.
pub(super) fn request_size(r: &crate::cache::CacheRequest) -> usize {
    r.text.len() + 16 + terms_size(&r.terms)
}

/// What a text's glossary terms take of a request.
pub(super) fn terms_size(terms: &[crate::glossary::TermPair]) -> usize {
    terms
        .iter()
        .map(|t| t.source.len() + t.target.len() + 32)
        .sum()
}

/// The request of one lane: its distinct requests, numbered for providers that echo ids, and
/// the paragraphs they come from, each once, in the order first met.
pub(super) fn batch_of(uniques: &[Unique], lane: &[usize], strict: bool) -> Batch {
    let first = &uniques[lane[0]].request;
    let mut paragraphs: Vec<&str> = Vec::new();
    for &u in lane {
        if let Some(c) = uniques[u].context.as_deref() {
            if !paragraphs.contains(&c) {
                paragraphs.push(c);
            }
        }
    }
    Batch {
        source: first.source_lang,
        target: first.target_lang,
        strict,
        context: (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n")),
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
fn transpose(rows: Vec<Vec<usize>>) -> Lanes {
    let width = rows.first().map_or(0, Vec::len);
    (0..width)
        .map(|t| rows.iter().map(|row| row[t]).collect())
        .collect()
}
