//! Assembling the aligned documents: every segment a row, every target of its document a
//! cell, filled from the reviewers' corrections, the checked answers, or a failure; segments
//! that are not translated are copied.

use super::plan::{Plan, Slot};
use super::terms::Checked;
use super::{Failure, Pipeline};
use crate::aligned::{Aligned, Cell, Origin, Row};
use crate::document::{Document, Segment};
use crate::lang::Lang;
use std::collections::BTreeMap;

/// What every cell is filled from, and the failures found while filling them.
struct Assembler<'a> {
    plan: &'a Plan,
    checked: &'a [Option<Checked>],
    provider: String,
    model: String,
    failures: Vec<Failure>,
}

impl Pipeline {
    /// The aligned rows of each piece of a part (see [`super::Part`]), and the segments that
    /// failed.
    pub(super) fn assemble(
        &self,
        docs: &[Document],
        part: &super::Part,
        plan: &Plan,
        checked: &[Option<Checked>],
    ) -> (Vec<Aligned>, Vec<Failure>) {
        let mut assembler = Assembler {
            plan,
            checked,
            provider: self.provider.kind().to_string(),
            model: self.provider.model(),
            failures: Vec::new(),
        };
        let aligned = part
            .pieces
            .iter()
            .map(|(d, blocks)| {
                let doc = &docs[*d];
                let targets = self.targets.iter().copied().filter(|&t| t != doc.lang);
                assembler.document(*d, doc, blocks.clone(), targets.collect())
            })
            .collect();
        (aligned, assembler.failures)
    }
}

impl Assembler<'_> {
    fn document(
        &mut self,
        d: usize,
        doc: &Document,
        blocks: std::ops::Range<usize>,
        targets: Vec<Lang>,
    ) -> Aligned {
        // What was left out goes with the document's first piece (a piece read from a stream
        // is a document of its own, with what was left out since the piece before).
        let dropped = if blocks.start == 0 {
            doc.dropped.clone()
        } else {
            Vec::new()
        };
        let mut rows = Vec::new();
        for b in blocks {
            let block = &doc.blocks[b];
            for (s, seg) in block.segments.iter().enumerate() {
                let cells = targets
                    .iter()
                    .map(|&target| (target, self.cell((d, b, s, target), doc, seg)))
                    .collect::<BTreeMap<_, _>>();
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
            dropped,
            title: doc.title().map(str::to_string),
            metadata: doc.metadata.clone(),
            lang_mismatch: doc.lang_mismatch.clone(),
        }
    }

    /// The cell of one segment in one target.
    fn cell(&mut self, slot: Slot, doc: &Document, seg: &Segment) -> Cell {
        let Some(legs) = self.plan.wanted.get(&slot) else {
            return match (self.plan.reviewed.get(&slot), self.plan.memory.get(&slot)) {
                (Some(text), _) => unsent(text, Origin::Reviewed),
                (None, Some(text)) => unsent(text, Origin::Memory),
                // Copied, its figures written as the target writes them (`127,5` is
                // `127.5` in English).
                (None, None) => unsent(
                    &crate::lang::localize_figures(&seg.text, doc.lang, slot.3),
                    Origin::Copy,
                ),
            };
        };
        let via = self.plan.vias.get(&slot).copied();
        let error = match self.joined(legs, slot.3) {
            Ok((text, origin, violations)) => {
                return Cell {
                    text: Some(text),
                    origin,
                    provider: Some(self.provider.clone()),
                    model: Some(self.model.clone()),
                    error: None,
                    terms: violations,
                    via,
                }
            }
            Err(e) => e,
        };
        self.failures.push(Failure {
            doc: doc.id.clone(),
            id: seg.id.clone(),
            target: slot.3,
            error: error.clone(),
        });
        Cell {
            text: None,
            origin: Origin::Failed,
            provider: Some(self.provider.clone()),
            model: Some(self.model.clone()),
            error: Some(error),
            terms: Vec::new(),
            via,
        }
    }

    /// The checked answer of a cell's requests: the one answer, or the pieces' answers joined
    /// (see [`super::split`]), fresh if any piece is, with every piece's term violations. One
    /// failed piece fails the cell.
    fn joined(&self, legs: &[usize], target: Lang) -> Checked {
        let answer = |u: usize| match &self.checked[u] {
            Some(answer) => answer.clone(),
            None => Err("not translated".to_string()),
        };
        if let [u] = legs {
            return answer(*u);
        }
        let mut texts = Vec::new();
        let mut origin = Origin::Cache;
        let mut violations = Vec::new();
        for &u in legs {
            let (text, piece_origin, piece_violations) = answer(u)?;
            texts.push(text);
            if origin == Origin::Cache {
                origin = piece_origin;
            }
            violations.extend(piece_violations);
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        Ok((super::split::join(target, &texts), origin, violations))
    }
}

/// A cell that no provider was asked for: a reviewer's correction or a copy of the source.
fn unsent(text: &str, origin: Origin) -> Cell {
    Cell {
        text: Some(text.to_string()),
        origin,
        provider: None,
        model: None,
        error: None,
        terms: Vec::new(),
        via: None,
    }
}
