//! Planning and running the translation of segmented documents.
//!
//! A run reads as its stages, one module each: [`plan`] turns every translatable segment and
//! target language into a cache request, sends each distinct request at most once per run
//! (however many documents contain it), and serves what reviewers and the cache already hold;
//! [`send`] sends the rest in batches sized to the provider's limits ([`batches`]),
//! concurrently, with retries and backoff, caching every answer the moment it arrives, so a
//! run that stops early has lost nothing it paid for; [`terms`] checks the translations
//! against the glossary and re-sends the ones that miss a term; [`assemble`] builds the
//! aligned documents.

mod assemble;
mod batches;
pub mod limiter;
mod overlap;
mod plan;
pub use plan::Estimator;
mod send;
mod split;
mod terms;

pub use crate::aligned::{Aligned, Cell, Origin, Row};
use crate::cache::Store;
use crate::document::{Block, Document, DocumentReader, Next, ReadError};
use crate::glossary::Glossary;
use crate::lang::Lang;
use crate::provider::Provider;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
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
    /// Translations taken from the imported translation memory (never sent).
    pub from_memory: u64,
    /// Translations received in this run that the cache could not keep: the next run pays
    /// for them again.
    pub answers_not_cached: u64,
}

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct Failure {
    pub doc: String,
    pub id: String,
    pub target: Lang,
    pub error: String,
}

/// How many failed segments [`Pipeline::run_stream`] keeps in its result: the rows it hands
/// over carry every failure (a failed cell and its error), and `stats.failures` counts them,
/// but a run whose provider stopped early fails every segment after, and listing them all
/// would hold the document's size again.
pub const STREAM_FAILURES_KEPT: usize = 100;

/// What a run produced.
#[derive(Debug)]
pub struct RunResult {
    pub aligned: Vec<Aligned>,
    pub stats: RunStats,
    /// The failed segments, in order: all of them after [`Pipeline::run`] and
    /// [`Pipeline::run_in_parts`], the first [`STREAM_FAILURES_KEPT`] after
    /// [`Pipeline::run_stream`] (`stats.failures` counts them all).
    pub failures: Vec<Failure>,
    /// Set when the provider made going on pointless (key rejected, quota exhausted).
    pub stopped: Option<Stop>,
}

/// Why a run stopped before sending everything.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stop {
    pub message: String,
    /// The key, endpoint or model is wrong: a configuration problem, not a passing one.
    pub configuration: bool,
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

/// The answer to one distinct request: its translation and where it came from, or why it
/// failed.
type Answer = Result<(String, Origin), String>;

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
    /// `--refresh`: translate again what the cache holds, and replace it.
    pub refresh: Option<Refresh>,
}

/// What a refreshing pipeline has bought since it was made: everything else the cache holds
/// is bought again, but these are served from it, so that a run (every group of a batch)
/// never pays twice for one text. A fingerprint of each key (a collision could only serve
/// one text the cache's older answer), in memory up to a bound and on disk past it (see
/// [`crate::fingerprints`]).
#[derive(Debug, Default)]
pub struct Refresh {
    bought: std::sync::Mutex<crate::fingerprints::Fingerprints>,
}

impl Refresh {
    /// Whether this pipeline has bought each key.
    fn has_bought(&self, keys: &[&crate::cache::CacheKey]) -> Vec<bool> {
        let fingerprints: Vec<u64> = keys.iter().map(|k| plan::Memo::fingerprint(k)).collect();
        let bought = self.bought.lock().unwrap_or_else(|e| e.into_inner());
        bought
            .get_many(&fingerprints)
            .into_iter()
            .map(|mark| mark.is_some())
            .collect()
    }

    /// Remembers the answers a part received (not those served from the cache).
    fn learn(&self, plan: &plan::Plan, checked: &[Option<terms::Checked>]) {
        let mut fresh = Vec::new();
        for (u, answer) in checked.iter().enumerate() {
            if let Some(Ok((_, origin, _))) = answer {
                if *origin != Origin::Cache {
                    fresh.push((plan::Memo::fingerprint(&plan.uniques[u].key), 0));
                }
            }
        }
        if !fresh.is_empty() {
            let mut bought = self.bought.lock().unwrap_or_else(|e| e.into_inner());
            // Bought, so not bought before (what was is served from the cache).
            bought.add_many(&fresh);
        }
    }
}

impl Pipeline {
    /// Matches glossary terms in every translatable segment. Segments are independent: a
    /// long document's are matched on every core (matching is most of a dry run's time).
    pub fn match_terms(&self, docs: &mut [Document]) {
        let mut docs: Vec<&mut Document> = docs.iter_mut().collect();
        match_terms_in(&self.glossary, &mut docs);
    }

    /// Translates segmented documents (glossary hits already matched), all in one part.
    pub async fn run(&self, docs: &[Document]) -> RunResult {
        let mut aligned = Vec::new();
        let whole = [Part::whole(docs)];
        let result = self
            .run_in_parts(docs, &whole, |_, piece, _| {
                aligned.push(piece);
                Ok::<(), std::convert::Infallible>(())
            })
            .await;
        let Ok(mut result) = result;
        result.aligned = aligned;
        result
    }

    /// Translates documents held whole a part at a time (see [`parts`]), as
    /// [`Pipeline::run_stream`] does with parts read from streams.
    pub async fn run_in_parts<E>(
        &self,
        docs: &[Document],
        parts: &[Part],
        sink: impl FnMut(usize, Aligned, bool) -> Result<(), E>,
    ) -> Result<RunResult, E> {
        let inputs = parts.iter().map(|part| {
            let ends = part.pieces.iter();
            let ends = ends.map(|(d, b)| (*d, b.end == docs[*d].blocks.len()));
            Ok(overlap::PartInput {
                docs,
                part: part.clone(),
                ends: ends.collect(),
            })
        });
        self.run_overlapped(inputs, usize::MAX, sink).await
    }

    /// Translates documents a part at a time (parts as [`Parts`] cuts them from documents
    /// read as streams, glossary hits matched), handing the aligned rows of each piece to
    /// `sink` (with the document's index, and whether these are its last blocks) as soon as
    /// the part is done and the parts before it are handed over. A part begins while the
    /// one before waits for its last answers (see [`overlap`]), so that at most two parts'
    /// blocks, requests, answers and rows are in memory. A sentence repeated in a later
    /// part is not sent again: its first answer is in the cache (or on its way, and waited
    /// for), and the run remembers what it received, so the later row says where that came
    /// from as a one-part run would. The result's `aligned` is left empty, and its
    /// `failures` holds the first [`STREAM_FAILURES_KEPT`] (the rows have them all). An error
    /// reading a part, or from the sink, stops the run; every answer received until then is
    /// cached.
    pub async fn run_stream<E>(
        &self,
        parts: impl IntoIterator<Item = Result<Vec<Piece>, E>>,
        sink: impl FnMut(usize, Aligned, bool) -> Result<(), E>,
    ) -> Result<RunResult, E> {
        let inputs = parts.into_iter().map(|pieces| {
            let (ends, docs): (Vec<(usize, bool)>, Vec<Document>) = pieces?
                .into_iter()
                .map(|p| ((p.doc, p.last), p.document))
                .unzip();
            let part = Part::whole(&docs);
            Ok(overlap::PartInput { docs, part, ends })
        });
        self.run_overlapped(inputs, STREAM_FAILURES_KEPT, sink)
            .await
    }

    /// Cuts documents read as streams into parts of about `max_bytes` of segment text, as
    /// [`parts`] cuts documents held whole, matching the glossary's terms in each part: the
    /// blocks of a part are read (and segmented, by the reader's
    /// [`DocumentReader::each_block`]) only when the run reaches it.
    pub fn parts<I>(&self, docs: I, max_bytes: usize) -> Parts<I::IntoIter>
    where
        I: IntoIterator<Item = Result<DocumentReader, ReadError>>,
    {
        Parts {
            docs: docs.into_iter(),
            glossary: self.glossary.clone(),
            max_bytes,
            current: None,
            next_doc: 0,
            held: std::collections::VecDeque::new(),
            done: false,
        }
    }
}

/// The blocks of one document in one part: a document of its own (see
/// [`DocumentReader::piece`]), with the document's index in the run, and whether its last
/// blocks are here.
#[derive(Debug)]
pub struct Piece {
    pub doc: usize,
    pub document: Document,
    pub last: bool,
}

/// The parts of a run over documents read as streams (see [`Pipeline::parts`]): an iterator
/// of each part's pieces, read when asked for. It holds the current document's reader and at
/// most one block read ahead (the first of the next part), or the rest of a block larger than
/// a part, which is cut between its sentences into blocks of the same index that parts take
/// one after another (see [`split_block`]).
pub struct Parts<I> {
    docs: I,
    glossary: Arc<Glossary>,
    max_bytes: usize,
    current: Option<(usize, DocumentReader)>,
    next_doc: usize,
    held: std::collections::VecDeque<Block>,
    done: bool,
}

impl<I: Iterator<Item = Result<DocumentReader, ReadError>>> Parts<I> {
    fn next_part(&mut self) -> Result<Vec<Piece>, ReadError> {
        let mut pieces = Vec::new();
        let mut bytes = 0usize;
        loop {
            let (d, reader) = match &mut self.current {
                Some((d, reader)) => (*d, reader),
                None => match self.docs.next() {
                    None => {
                        self.done = true;
                        return Ok(pieces);
                    }
                    Some(reader) => {
                        let d = self.next_doc;
                        self.next_doc += 1;
                        let (_, reader) = self.current.insert((d, reader?));
                        (d, reader)
                    }
                },
            };
            let mut blocks = Vec::new();
            // What was left out counts towards the part as its text does: a document of
            // little but dropped lines is cut into parts too, each taking its own.
            let mut left_out = false;
            let full = loop {
                let block = match self.held.pop_front() {
                    Some(block) => block,
                    None => match reader.next_within(self.max_bytes.saturating_sub(bytes)) {
                        Some(Ok(Next::Block(block))) => block,
                        Some(Ok(Next::LeftOut)) => {
                            left_out = true;
                            break true;
                        }
                        Some(Err(e)) => return Err(e),
                        None => break false,
                    },
                };
                let size: usize = block.segments.iter().map(|s| s.text.len()).sum();
                if size > self.max_bytes && block.segments.len() > 1 {
                    // Held whole, a paragraph larger than a part would make a part as large
                    // as itself, and all that a part holds per sentence with it.
                    self.held = split_block(block, self.max_bytes).into();
                    continue;
                }
                if bytes > 0 && bytes + size > self.max_bytes {
                    self.held.push_front(block);
                    break true;
                }
                bytes += size;
                blocks.push(block);
            };
            if full {
                // A piece of no blocks still takes what was left out.
                if !blocks.is_empty() || left_out {
                    let document = reader.piece(blocks);
                    pieces.push(Piece {
                        doc: d,
                        document,
                        last: false,
                    });
                }
                return Ok(pieces);
            }
            let document = reader.piece(blocks);
            pieces.push(Piece {
                doc: d,
                document,
                last: true,
            });
            self.current = None;
        }
    }
}

impl<I: Iterator<Item = Result<DocumentReader, ReadError>>> Iterator for Parts<I> {
    type Item = Result<Vec<Piece>, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_part() {
            Ok(pieces) if pieces.is_empty() => None,
            Ok(mut pieces) => {
                let mut docs: Vec<&mut Document> =
                    pieces.iter_mut().map(|p| &mut p.document).collect();
                match_terms_in(&self.glossary, &mut docs);
                Some(Ok(pieces))
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Cuts a block between its segments into blocks of at most `max_bytes` of segment text
/// each (a longer segment alone), which keep the block's index, line and kind: its rows
/// still say one block, and the writers that render a block whole hold it open across
/// parts (see `output::stream`). Each piece's text is its stretch of the block's, from its
/// first segment to the next piece's, with the segments' offsets and the protected ranges
/// moved to it.
fn split_block(block: Block, max_bytes: usize) -> Vec<Block> {
    let Block {
        index,
        line,
        kind,
        text,
        protected,
        segments,
    } = block;
    let mut groups: Vec<Vec<crate::document::Segment>> = Vec::new();
    let mut bytes = 0;
    for seg in segments {
        match groups.last_mut() {
            Some(group) if bytes + seg.text.len() <= max_bytes => {
                bytes += seg.text.len();
                group.push(seg);
            }
            _ => {
                bytes = seg.text.len();
                groups.push(vec![seg]);
            }
        }
    }
    // Where each piece's text begins: the first at the block's start, so that what comes
    // before the first segment stays with it.
    let mut starts: Vec<usize> = groups
        .iter()
        .map(|g| g.first().map_or(0, |s| s.start))
        .collect();
    if let Some(first) = starts.first_mut() {
        *first = 0;
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    groups
        .into_iter()
        .zip(starts.into_iter().zip(ends))
        .map(|(mut segments, (start, end))| {
            for seg in &mut segments {
                seg.start -= start;
            }
            Block {
                index,
                line,
                kind,
                text: text.get(start..end).unwrap_or_default().to_string(),
                protected: protected
                    .iter()
                    .filter(|r| r.start < end && start < r.end)
                    .map(|r| r.start.max(start) - start..r.end.min(end) - start)
                    .collect(),
                segments,
            }
        })
        .collect()
}

/// [`Pipeline::match_terms`] with a glossary.
fn match_terms_in(glossary: &Glossary, docs: &mut [&mut Document]) {
    const PER_THREAD: usize = 2048;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    for doc in docs.iter_mut() {
        let lang = doc.lang;
        let mut segments: Vec<&mut crate::document::Segment> = doc
            .blocks
            .iter_mut()
            .flat_map(|b| b.segments.iter_mut())
            .filter(|s| s.translatable)
            .collect();
        let match_all = move |segments: &mut [&mut crate::document::Segment]| {
            for seg in segments {
                seg.hits = glossary.find(lang, &seg.text);
                seg.flags = glossary.find_deprecated(lang, &seg.text);
            }
        };
        if threads == 1 || segments.len() < 2 * PER_THREAD {
            match_all(&mut segments);
            continue;
        }
        let chunk = segments.len().div_ceil(threads);
        std::thread::scope(|scope| {
            for share in segments.chunks_mut(chunk) {
                scope.spawn(move || match_all(share));
            }
        });
    }
}

/// Some blocks of some documents: what one part of a run translates.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// (document, its blocks in this part), in reading order.
    pub pieces: Vec<(usize, std::ops::Range<usize>)>,
}

impl Part {
    /// Every block of every document.
    pub fn whole(docs: &[Document]) -> Self {
        Part {
            pieces: docs
                .iter()
                .enumerate()
                .map(|(d, doc)| (d, 0..doc.blocks.len()))
                .collect(),
        }
    }
}

/// Cuts documents into parts of whole blocks holding about `max_bytes` of segment text each
/// (a block larger than that is a part of its own): small documents share a part, so their
/// requests still fill batches, and a large one is spread over several. Every document has
/// at least one piece, an empty document an empty one, so that each gets its outputs.
pub fn parts(docs: &[Document], max_bytes: usize) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut current = Part { pieces: Vec::new() };
    let mut bytes = 0usize;
    for (d, doc) in docs.iter().enumerate() {
        let mut start = 0;
        for (b, block) in doc.blocks.iter().enumerate() {
            let size: usize = block.segments.iter().map(|s| s.text.len()).sum();
            if bytes > 0 && bytes + size > max_bytes {
                if b > start {
                    current.pieces.push((d, start..b));
                }
                parts.push(std::mem::replace(&mut current, Part { pieces: Vec::new() }));
                bytes = 0;
                start = b;
            }
            bytes += size;
        }
        if doc.blocks.len() > start || start == 0 {
            current.pieces.push((d, start..doc.blocks.len()));
        }
    }
    if !current.pieces.is_empty() {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    //! Whole runs against providers and stores in-process; the helpers serve the tests of
    //! every stage.

    use super::*;
    use crate::cache::{CacheEntry, CacheKey, FsStore};
    use crate::document::{Cleaner, InputFormat, LangChoice};
    use crate::provider::{Batch, BatchOutput, Capabilities, Limits, ProviderError};
    use futures::future::BoxFuture;
    use std::path::Path;
    use std::sync::Mutex;

    /// The identity every test provider declares: its kind, a model, a test API family.
    macro_rules! test_provider_identity {
        ($kind:literal) => {
            fn kind(&self) -> &'static str {
                $kind
            }
            fn model(&self) -> String {
                "m".into()
            }
            fn endpoint_family(&self) -> &'static str {
                "test"
            }
        };
    }
    pub(super) use test_provider_identity;

    /// Limits of a test provider: `max_texts` a request, bytes enough.
    pub(super) fn limits(max_texts: usize) -> Limits {
        Limits {
            max_texts,
            max_bytes: 100_000,
        }
    }

    pub(super) fn test_pipeline(
        provider: Arc<dyn Provider>,
        targets: Vec<Lang>,
        cache: &Path,
    ) -> Pipeline {
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
            refresh: None,
        }
    }

    pub(super) fn vietnamese(text: &str) -> Document {
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

    #[test]
    fn a_block_larger_than_a_part_is_cut_between_segments_into_pieces_of_its_text() {
        let text = "  Câu một về Hà Nội. Câu hai `mã x` ở đây. Câu ba rất dài về cuộc họp. Bốn.";
        let mut doc = vietnamese(text);
        let mut block = doc.blocks.remove(0);
        let code = block.text.find('`').unwrap();
        block.protected = std::iter::once(code..code + "`mã x`".len()).collect();
        let segments: Vec<String> = block.segments.iter().map(|s| s.text.clone()).collect();
        assert_eq!(segments.len(), 4, "{segments:?}");
        for max in [1, 30, 45, 200] {
            let pieces = split_block(block.clone(), max);
            // The pieces' texts give back the block's; each segment lies where it says.
            let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(joined, block.text, "{max}");
            let mut seen = Vec::new();
            for piece in &pieces {
                assert_eq!(
                    (piece.index, piece.line, piece.kind),
                    (block.index, block.line, block.kind)
                );
                let size: usize = piece.segments.iter().map(|s| s.text.len()).sum();
                assert!(size <= max || piece.segments.len() == 1, "{max}: {size}");
                for seg in &piece.segments {
                    assert_eq!(&piece.text[seg.start..seg.start + seg.text.len()], seg.text);
                    seen.push(seg.text.clone());
                }
                for r in &piece.protected {
                    assert!(
                        piece.text[r.clone()].starts_with('`') || r.start == 0,
                        "{max}"
                    );
                }
            }
            assert_eq!(seen, segments, "{max}");
            let protected: usize = pieces
                .iter()
                .flat_map(|p| &p.protected)
                .map(|r| r.len())
                .sum();
            assert_eq!(protected, "`mã x`".len(), "{max}");
        }
        assert_eq!(split_block(block.clone(), 1).len(), 4);
        assert_eq!(split_block(block.clone(), 1000).len(), 1);
    }

    #[test]
    fn parts_hold_whole_blocks_in_order_and_every_document_once_at_least() {
        let para = |n: usize| format!("Câu số {n} về cuộc họp ở Hà Nội.\n\n");
        let long: String = (0..40).map(para).collect();
        let short: String = (40..42).map(para).collect();
        let docs = vec![vietnamese(&long), vietnamese(""), vietnamese(&short)];
        let block_bytes = docs[0].blocks[0].segments[0].text.len();
        for max in [1, block_bytes, 3 * block_bytes + 1, usize::MAX] {
            let parts = parts(&docs, max);
            // Every block once, in reading order, each document at least once.
            let mut seen: Vec<(usize, usize)> = Vec::new();
            for part in &parts {
                for (d, blocks) in &part.pieces {
                    seen.extend(blocks.clone().map(|b| (*d, b)));
                }
            }
            let all: Vec<(usize, usize)> = docs
                .iter()
                .enumerate()
                .flat_map(|(d, doc)| (0..doc.blocks.len()).map(move |b| (d, b)))
                .collect();
            assert_eq!(seen, all, "{max}");
            for d in 0..docs.len() {
                assert!(parts.iter().any(|p| p.pieces.iter().any(|(e, _)| *e == d)));
            }
            // Within the size, except a block alone that is larger.
            for part in &parts {
                let size: usize = part
                    .pieces
                    .iter()
                    .flat_map(|(d, blocks)| docs[*d].blocks[blocks.clone()].iter())
                    .flat_map(|b| b.segments.iter().map(|s| s.text.len()))
                    .sum();
                let blocks: usize = part.pieces.iter().map(|(_, b)| b.len()).sum();
                assert!(size <= max || blocks == 1, "{max}: {part:?}");
            }
        }
        assert_eq!(parts(&docs, 1).len(), 42);
        assert_eq!(parts(&docs, usize::MAX), [Part::whole(&docs)]);
    }

    /// A provider without a direct Vietnamese–Chinese pair.
    struct NoViZh;

    impl Provider for NoViZh {
        test_provider_identity!("no-vi-zh");
        fn limits(&self) -> Limits {
            limits(10)
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
        test_provider_identity!("multi");
        fn limits(&self) -> Limits {
            limits(10)
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
    pub(super) struct SharedStore {
        pub(super) entries: Mutex<HashMap<CacheKey, CacheEntry>>,
        pub(super) lookups: Mutex<Vec<usize>>,
        pub(super) writes: Mutex<Vec<usize>>,
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
