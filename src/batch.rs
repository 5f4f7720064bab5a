//! Batch runs over collections: which documents to do (inputs, shards, what changed since the
//! last run) and what was done (per-document state and the report).
//!
//! A document is done when its outputs are written; only then is its state file written, so a
//! run killed at any moment redoes at most the documents it was working on, and the cache
//! makes their translations free. The state of a document records the hash of its content, of
//! the settings that shape its output, and of each glossary entry it matched: the next run
//! skips it when all three are unchanged, after reading nothing but its bytes.

use crate::collection::{Collection, Input};
use crate::fsio::write_atomic_via;
use crate::fsio::Scratch;
use crate::glossary::Glossary;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error(transparent)]
    Collection(#[from] crate::collection::CollectionError),
    #[error(transparent)]
    Write(#[from] crate::fsio::WriteError),
}

/// What the last successful run of a document recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocState {
    pub path: String,
    pub content: String,
    pub settings: String,
    /// Glossary entries the document matched: id → hash of the entry.
    pub terms: BTreeMap<String, String>,
}

impl DocState {
    /// The state of a document done in this run, as its report line says.
    fn done(job: &Job, p: &Pending, line: &DocReport, terms: BTreeMap<String, String>) -> Self {
        DocState {
            path: line.path.clone(),
            content: p.content.clone(),
            settings: job.settings_hash.clone(),
            terms,
        }
    }
}

/// Hex SHA-256 of bytes.
pub fn hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Everything besides a document's text and matched glossary entries that shapes its outputs:
/// a document whose settings hash (the SHA-256 of this record as JSON) differs from its last
/// run's is done again. Every field is serialised as data, so a new setting that changes
/// outputs belongs here.
#[derive(Serialize)]
pub struct OutputSettings<'a> {
    bitext: &'static str,
    cache_schema: u32,
    provider: &'static str,
    model: String,
    endpoint_family: &'static str,
    options: serde_json::Value,
    targets: &'a [crate::lang::Lang],
    /// `None` for auto-detection.
    from: Option<crate::lang::Lang>,
    formats: &'a [crate::output::Format],
    drop_rules: &'a [crate::document::DropRule],
    /// `(source, target, via)`, sorted.
    pivots: Vec<(crate::lang::Lang, crate::lang::Lang, crate::lang::Lang)>,
    zh_tag: &'a str,
    input_format: Option<crate::document::InputFormat>,
    join_lines: bool,
    lossy: bool,
    /// `--whole-page`: an HTML page's chrome is translated too.
    whole_page: bool,
    reviews: String,
    /// The imported translation memory's units and bytes, where the store tallies them: an
    /// import or forget of units does the documents again. Left out without units, so that a
    /// workspace without a memory keeps its hashes.
    #[serde(skip_serializing_if = "Option::is_none")]
    memory: Option<(u64, u64)>,
}

impl<'a> OutputSettings<'a> {
    /// The settings of a batch run: resolved `settings`, the `pipeline` built from them (its
    /// provider and corrections) and how documents are read.
    pub fn new(
        settings: &'a crate::config::Settings,
        pipeline: &crate::pipeline::Pipeline,
        input_format: Option<crate::document::InputFormat>,
        join_lines: bool,
        lossy: bool,
        whole_page: bool,
    ) -> Self {
        let mut pivots: Vec<_> = settings
            .pivots
            .iter()
            .map(|(&(source, target), &via)| (source, target, via))
            .collect();
        pivots.sort_unstable();
        OutputSettings {
            bitext: env!("CARGO_PKG_VERSION"),
            cache_schema: crate::cache::KEY_SCHEMA,
            provider: pipeline.provider.kind(),
            model: pipeline.provider.model(),
            endpoint_family: pipeline.provider.endpoint_family(),
            options: pipeline.provider.options(),
            targets: &settings.targets,
            from: match settings.from {
                crate::document::LangChoice::Auto => None,
                crate::document::LangChoice::Fixed(lang) => Some(lang),
            },
            formats: &settings.formats,
            drop_rules: &settings.drop_rules,
            pivots,
            zh_tag: &settings.zh_tag,
            input_format,
            join_lines,
            lossy,
            whole_page,
            reviews: pipeline.reviews.fingerprint(),
            memory: match pipeline.store.memory_tally() {
                Ok(tally) => tally.filter(|&(units, _)| units > 0),
                Err(e) => {
                    tracing::debug!("{e}; the translation memory's changes are not looked for");
                    None
                }
            },
        }
    }

    /// The settings hash a document's state records.
    pub fn hash(&self) -> String {
        hash(&serde_json::to_vec(self).expect("output settings always serialise"))
    }
}

/// The hash of each glossary entry, to tell which entries changed between runs.
pub fn term_hashes(glossary: &Glossary) -> BTreeMap<String, String> {
    glossary
        .terms()
        .iter()
        .map(|t| {
            let mut record = String::new();
            for (lang, forms) in &t.forms {
                record.push_str(&format!(
                    "{lang}\t{}\t{}\t{}\n",
                    forms.preferred,
                    forms.variants.join("|"),
                    forms.deprecated.join("|")
                ));
            }
            record.push_str(t.case.map_or("", |c| c.as_str()));
            (t.id.clone(), hash(record.as_bytes()))
        })
        .collect()
}

/// What a batch knows between runs, read only: `OUT/.bitext/` (a dry run reads it and
/// writes nothing).
pub struct StateReader {
    root: PathBuf,
}

impl StateReader {
    pub fn new(out_dir: &Path) -> Self {
        StateReader {
            root: out_dir.join(".bitext"),
        }
    }

    fn doc_file(&self, name: &str) -> PathBuf {
        let key = hash(name.as_bytes());
        self.root
            .join("docs")
            .join(&key[..2])
            .join(format!("{key}.json"))
    }

    /// The state of a document's last successful run; unreadable state counts as none.
    pub fn get(&self, name: &str) -> Option<DocState> {
        let text = std::fs::read_to_string(self.doc_file(name)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// The glossary entries of the last run, to find the ones that changed since.
    pub fn glossary(&self) -> BTreeMap<String, String> {
        std::fs::read_to_string(self.root.join("glossary.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }
}

/// Where a batch keeps what it knows between runs: `OUT/.bitext/`.
pub struct StateDir {
    reader: StateReader,
    /// Where this run writes files before renaming them into place: `OUT/.bitext/tmp/run-*`.
    scratch: Scratch,
}

impl StateDir {
    /// Opens the state of an output folder for this run, first clearing what runs killed
    /// mid-write left in its scratch folders.
    pub fn open(out_dir: &Path) -> Result<Self, BatchError> {
        let reader = StateReader::new(out_dir);
        let tmp = reader.root.join("tmp");
        let io = |source| write_error(&tmp, source);
        Scratch::sweep(&tmp, |_| true).map_err(io)?;
        let scratch = Scratch::create(&tmp).map_err(io)?;
        Ok(StateDir { reader, scratch })
    }

    pub fn scratch(&self) -> &Path {
        self.scratch.dir()
    }

    pub fn get(&self, name: &str) -> Option<DocState> {
        self.reader.get(name)
    }

    /// Records a document as done, atomically, after its outputs are written.
    pub fn put(&self, name: &str, state: &DocState) -> Result<(), BatchError> {
        let json = serde_json::to_vec(state).expect("a state always serialises");
        write_atomic_via(&self.reader.doc_file(name), &json, Some(self.scratch()))?;
        Ok(())
    }

    pub fn glossary(&self) -> BTreeMap<String, String> {
        self.reader.glossary()
    }

    pub fn put_glossary(&self, terms: &BTreeMap<String, String>) -> Result<(), BatchError> {
        let json = serde_json::to_vec(terms).expect("term hashes always serialise");
        write_atomic_via(
            &self.reader.root.join("glossary.json"),
            &json,
            Some(self.scratch()),
        )?;
        Ok(())
    }
}

/// One document's line in the report.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocReport {
    pub path: String,
    pub name: String,
    /// `done`, `skipped` (unchanged since its last run), `failed` or `not-run` (the run
    /// stopped first).
    pub status: &'static str,
    pub segments: u64,
    pub cache_hits: u64,
    /// Translations this document received from the provider in this run.
    pub translated: u64,
    /// Characters of those translations' sources: what character-billed APIs charge.
    pub billed_characters: u64,
    pub glossary_violations: u64,
    pub failures: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub seconds: f64,
    /// The article's headline, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the page declared (headline, date, authors …); left out for plain text.
    #[serde(skip_serializing_if = "crate::document::Metadata::is_empty")]
    pub metadata: crate::document::Metadata,
    /// The language the page declared, when the text reads as another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_mismatch: Option<crate::document::LangMismatch>,
    /// What its reader should be told (a contradicted language, nesting that was bounded).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// What was not translated, by reason: how many regions and how many characters.
    /// summary.json of `translate` lists each region; a batch keeps its report small.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub left_out: BTreeMap<String, LeftOut>,
}

/// The regions of one document left out for one reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    pub regions: u64,
    /// Characters other than whitespace, as [`crate::document::Dropped::size`] counts them.
    pub characters: u64,
}

/// The left-out regions of a document, counted by reason.
fn left_out(dropped: &[crate::document::Dropped]) -> BTreeMap<String, LeftOut> {
    let mut by_reason: BTreeMap<String, LeftOut> = BTreeMap::new();
    for d in dropped {
        let entry = by_reason.entry(d.reason.clone()).or_default();
        entry.regions += 1;
        entry.characters += d.size as u64;
    }
    by_reason
}

impl DocReport {
    /// Adds what the cells of these rows say: served from the cache, translated (and the
    /// characters billed for them), failed, breaking the glossary.
    fn tally(&mut self, aligned: &crate::aligned::Aligned) {
        use crate::aligned::Origin;
        for row in &aligned.rows {
            for cell in row.targets.values() {
                match cell.origin {
                    Origin::Cache => self.cache_hits += 1,
                    Origin::Api | Origin::Pseudo => {
                        self.translated += 1;
                        self.billed_characters += crate::text::char_count(&row.source);
                    }
                    Origin::Failed => self.failures += 1,
                    _ => {}
                }
                self.glossary_violations += u64::from(!cell.terms.is_empty());
            }
        }
    }

    fn new(input: &Input, status: &'static str) -> Self {
        DocReport {
            path: input.path.display().to_string(),
            name: input.name.clone(),
            status,
            ..DocReport::default()
        }
    }

    /// A document that could not be done, to be retried by the next run.
    fn failed(input: &Input, error: String) -> Self {
        DocReport {
            error: Some(error),
            failures: 1,
            ..DocReport::new(input, "failed")
        }
    }
}

/// What a run did: its totals, and the documents that failed (the first
/// [`FAILURES_KEPT`] of them; `OUT/report.json` lists every document).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub totals: Totals,
    pub failed: Vec<DocReport>,
    /// Where the full report was written.
    pub path: PathBuf,
}

/// Failed documents a [`Report`] keeps for the summary: a run where everything fails still
/// holds a bounded list in memory.
pub const FAILURES_KEPT: usize = 100;

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    pub documents: u64,
    pub done: u64,
    pub skipped: u64,
    pub failed: u64,
    pub not_run: u64,
    pub segments: u64,
    pub cache_hits: u64,
    pub requests: u64,
    pub billed_characters: u64,
    pub glossary_violations: u64,
    pub failures: u64,
    /// Translations received in this run that the cache could not keep.
    pub answers_not_cached: u64,
    pub seconds: f64,
}

impl Totals {
    /// Adds what a run of the pipeline sent, billed and could not cache.
    fn add_run(&mut self, stats: &crate::pipeline::RunStats) {
        self.requests += stats.requests;
        self.billed_characters += stats.billed_characters;
        self.answers_not_cached += stats.answers_not_cached;
    }
}

impl Totals {
    pub fn add(&mut self, doc: &DocReport) {
        self.documents += 1;
        match doc.status {
            "done" => self.done += 1,
            "skipped" => self.skipped += 1,
            "failed" => self.failed += 1,
            _ => self.not_run += 1,
        }
        self.segments += doc.segments;
        self.cache_hits += doc.cache_hits;
        self.glossary_violations += doc.glossary_violations;
        self.failures += doc.failures;
    }
}

/// Writes `OUT/report.json` as documents finish, so that memory does not grow with the
/// collection: `{"documents": [one line per document], "totals": {...}}`, renamed into place
/// when the run ends.
struct ReportWriter {
    out: std::io::BufWriter<tempfile::NamedTempFile>,
    report: Report,
}

impl ReportWriter {
    fn create(path: PathBuf, scratch: &Path) -> Result<Self, BatchError> {
        let io = |source| write_error(&path, source);
        let mut out = std::io::BufWriter::new(crate::fsio::temp_file_in(scratch).map_err(io)?);
        out.write_all(b"{\n\"documents\": [").map_err(io)?;
        Ok(ReportWriter {
            out,
            report: Report {
                path,
                ..Report::default()
            },
        })
    }

    /// Tells the caller about a finished document, then records it.
    fn emit(&mut self, doc: DocReport, on_event: &mut dyn FnMut(Event)) -> Result<(), BatchError> {
        on_event(Event::Document(&doc));
        let io = |source| write_error(&self.report.path, source);
        let separator: &[u8] = if self.report.totals.documents == 0 {
            b"\n"
        } else {
            b",\n"
        };
        self.out.write_all(separator).map_err(io)?;
        serde_json::to_writer(&mut self.out, &doc).map_err(|e| io(e.into()))?;
        self.report.totals.add(&doc);
        if doc.status == "failed" && self.report.failed.len() < FAILURES_KEPT {
            self.report.failed.push(doc);
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Report, BatchError> {
        let path = self.report.path.clone();
        let io = |source| write_error(&path, source);
        let totals =
            serde_json::to_string_pretty(&self.report.totals).expect("totals always serialise");
        write!(self.out, "\n],\n\"totals\": {totals}\n}}\n").map_err(io)?;
        let file = self.out.into_inner().map_err(|e| io(e.into_error()))?;
        crate::fsio::persist(file, &path).map_err(io)?;
        Ok(self.report)
    }
}

fn write_error(path: &Path, source: std::io::Error) -> BatchError {
    BatchError::Write(crate::fsio::WriteError {
        path: path.display().to_string(),
        source,
    })
}

/// How a batch reads its documents and what shapes their output besides the pipeline.
pub struct Job<'a> {
    pub collection: Collection,
    pub out_dir: PathBuf,
    pub formats: Vec<crate::output::Format>,
    pub from: crate::document::LangChoice,
    pub input_format: Option<crate::document::InputFormat>,
    pub join_lines: bool,
    pub lossy: bool,
    pub cleaner: &'a crate::document::Cleaner,
    /// Everything else that changes the output (provider, targets, formats, rules, reviews):
    /// a document whose settings hash differs from its last run's is done again.
    pub settings_hash: String,
    /// Documents read and translated together: they share requests, and memory holds only
    /// this many at a time.
    pub group: usize,
    /// `--refresh`: every document is done again, unchanged or not.
    pub refresh: bool,
    /// Do only this many of the documents to do, in order, and leave the others for the next
    /// run with this reason (a quota that allows no more).
    pub only_first: Option<(u64, String)>,
    /// About how much segment text one part of a document holds: a document larger than
    /// this is read, translated and written a part at a time, as `translate` does.
    pub part_bytes: usize,
}

/// What a batch tells its caller as it goes.
pub enum Event<'a> {
    /// The collection was counted: this many documents in this shard.
    Planned {
        documents: u64,
    },
    Document(&'a DocReport),
}

/// A document waiting to be done, with what was learnt while deciding.
struct Pending {
    input: Input,
    bytes: Vec<u8>,
    content: String,
}

/// Documents decided on together, in parallel: enough to keep every core busy, few enough
/// that memory does not depend on the size of the collection.
const WINDOW: usize = 1024;

/// What planning decides for one document.
enum Decision {
    /// Unchanged: the seconds it took to tell, and which file it is.
    Skip(f64, Option<[u8; 16]>),
    Unreadable(String),
    /// To be done: the hash of its content, and which file it is.
    Do(String, Option<[u8; 16]>),
}

/// `f` over every item, in order, on as many threads as there are cores (at most 8): reading
/// and hashing a collection that has not changed is what a nightly run spends its time on.
fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    if threads == 1 || items.len() < 64 {
        return items.iter().map(f).collect();
    }
    let share = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(share)
            .map(|chunk| scope.spawn(|| chunk.iter().map(&f).collect::<Vec<R>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| match w.join() {
                Ok(results) => results,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// Runs the collection through the pipeline; writes `OUT/report.json` and returns its totals
/// and failures. Documents that are unchanged since their last
/// successful run are skipped; one that fails is reported and retried next time; a run that
/// must stop (key rejected, quota exhausted, budget reached) reports the rest as not run.
pub async fn run(
    job: &Job<'_>,
    pipeline: &crate::pipeline::Pipeline,
    ctx: &crate::output::Context<'_>,
    on_event: &mut dyn FnMut(Event),
) -> Result<Report, BatchError> {
    let state = StateDir::open(&job.out_dir)?;
    let ctx = &crate::output::Context {
        scratch: Some(state.scratch()),
        glossary: ctx.glossary,
        zh_tag: ctx.zh_tag,
    };
    let decider = Decider::new(job, pipeline, &state.reader);
    let terms_now = &decider.terms_now;
    let mut report = ReportWriter::create(job.out_dir.join("report.json"), state.scratch())?;
    let started = std::time::Instant::now();
    let decide = |input: &'_ Input| decider.decide(input);
    // Counted first, for the progress bar; then read again, a window at a time.
    on_event(Event::Planned {
        documents: job.collection.count()?,
    });
    let mut inputs = job.collection.documents();
    let mut exhausted = false;
    let mut queue: VecDeque<Pending> = VecDeque::new();
    // A file reached twice (`in` and `in/site`, `a.txt` and `./a.txt` or `d/../a.txt`, a
    // link to it, twice in a list) is done once: the first time, under that name. One
    // digest per document, so memory grows by 16 bytes (and the set's overhead) a document.
    let mut seen: HashSet<[u8; 16]> = HashSet::new();
    let mut first_time = |file: Option<[u8; 16]>| file.is_none_or(|f| seen.insert(f));
    let mut stopped: Option<String> = None;
    let mut to_do_left = job.only_first.as_ref().map(|(n, _)| *n);
    let group = job.group.max(1);
    loop {
        while queue.len() < group && !exhausted {
            let window = inputs
                .by_ref()
                .take(WINDOW)
                .collect::<Result<Vec<Input>, _>>()?;
            exhausted = window.len() < WINDOW;
            let decisions = in_parallel(&window, decide);
            for (input, decision) in window.into_iter().zip(decisions) {
                let doc = match decision {
                    Decision::Skip(seconds, file) => {
                        first_time(file);
                        DocReport {
                            seconds,
                            ..DocReport::new(&input, "skipped")
                        }
                    }
                    Decision::Unreadable(error) => DocReport::failed(&input, error),
                    Decision::Do(_, file) if !first_time(file) => DocReport::new(&input, "skipped"),
                    Decision::Do(_, _) if to_do_left == Some(0) => DocReport {
                        error: job.only_first.as_ref().map(|(_, why)| why.clone()),
                        ..DocReport::new(&input, "not-run")
                    },
                    Decision::Do(content, _) => {
                        to_do_left = to_do_left.map(|n| n - 1);
                        queue.push_back(Pending {
                            input,
                            bytes: Vec::new(),
                            content,
                        });
                        continue;
                    }
                };
                report.emit(doc, on_event)?;
            }
        }
        if queue.is_empty() {
            break;
        }
        let chunk: Vec<Pending> = queue.drain(..group.min(queue.len())).collect();
        if let Some(reason) = &stopped {
            for p in chunk {
                let doc = DocReport {
                    error: Some(format!("the run stopped: {reason}")),
                    ..DocReport::new(&p.input, "not-run")
                };
                report.emit(doc, on_event)?;
            }
            continue;
        }
        let clock = std::time::Instant::now();
        let mut docs = Vec::new();
        let mut pending = Vec::new();
        for mut p in chunk {
            if stopped.is_none() && is_large(&p.input.path, job.part_bytes) {
                // Read, sent and written a part at a time, as `translate` does, so that a
                // large document is never held whole.
                let done = streamed(job, pipeline, ctx, &p, terms_now).await;
                report.report.totals.add_run(&done.stats);
                if done.line.status == "done" {
                    let put = DocState::done(job, &p, &done.line, done.terms);
                    state.put(&p.input.name, &put)?;
                }
                report.emit(done.line, on_event)?;
                if let Some(stop) = done.stop {
                    stopped = Some(stop.message);
                }
                continue;
            }
            // Read again rather than keep every document's bytes since planning: memory
            // stays bounded by the group.
            let read = std::fs::read(&p.input.path)
                .map_err(|e| format!("{}: {e}", p.input.path.display()))
                .and_then(|bytes| {
                    p.bytes = bytes;
                    read_document(job, &p).map_err(|e| e.to_string())
                });
            match read {
                Ok(doc) => {
                    docs.push(doc);
                    p.bytes = Vec::new();
                    pending.push(p);
                }
                Err(error) => {
                    report.emit(DocReport::failed(&p.input, error), on_event)?;
                }
            }
        }
        if docs.is_empty() {
            continue;
        }
        pipeline.match_terms(&mut docs);
        let result = pipeline.run(&docs).await;
        report.report.totals.add_run(&result.stats);
        let seconds = clock.elapsed().as_secs_f64() / docs.len() as f64;
        for ((aligned, doc), p) in result.aligned.iter().zip(&docs).zip(pending) {
            let mut line = DocReport {
                segments: aligned.rows.len() as u64,
                seconds,
                title: aligned.title.clone(),
                metadata: aligned.metadata.clone(),
                lang_mismatch: aligned.lang_mismatch.clone(),
                left_out: left_out(&aligned.dropped),
                warnings: doc.warnings(),
                ..DocReport::new(&p.input, "done")
            };
            line.tally(aligned);
            match crate::output::write_document(aligned, &job.out_dir, &job.formats, ctx) {
                Err(e) => {
                    line.status = "failed";
                    line.error = Some(e.to_string());
                }
                Ok(_) if line.failures > 0 => {
                    // Written, with its gaps marked; not recorded as done, so the next run
                    // tries the missing translations again.
                    line.status = "failed";
                    line.error = result
                        .failures
                        .iter()
                        .find(|f| f.doc == aligned.doc)
                        .map(|f| f.error.clone());
                }
                Ok(_) => {
                    let hits = doc.blocks.iter().flat_map(|b| &b.segments);
                    let terms = matched_terms(hits.flat_map(|s| &s.hits), terms_now);
                    state.put(&p.input.name, &DocState::done(job, &p, &line, terms))?;
                }
            }
            report.emit(line, on_event)?;
        }
        if let Some(stop) = result.stopped {
            stopped = Some(stop.message);
        }
    }
    state.put_glossary(terms_now)?;
    report.report.totals.seconds = started.elapsed().as_secs_f64();
    report.finish()
}

/// The glossary entries these hits name, each with its hash now: what a document's state
/// records, so that an edit of one of them has the document searched again.
fn matched_terms<'h>(
    hits: impl Iterator<Item = &'h crate::glossary::TermHit>,
    terms_now: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    hits.filter_map(|h| {
        terms_now
            .get(h.term.as_ref())
            .map(|v| (h.term.to_string(), v.clone()))
    })
    .collect()
}

/// Whether a document is larger than a part (see [`Job::part_bytes`]).
fn is_large(path: &Path, part_bytes: usize) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > part_bytes as u64)
}

/// A large document's segments and the characters it adds to the bill, counted a part at a
/// time (see [`streamed`]); `None` if it cannot be read.
async fn estimate_large(
    job: &Job<'_>,
    pipeline: &crate::pipeline::Pipeline,
    input: &Input,
    estimator: &mut crate::pipeline::Estimator,
) -> Option<(u64, u64)> {
    let reader = open_large(job, input).ok()?;
    let (mut segments, mut cost) = (0, 0);
    for pieces in pipeline.parts(std::iter::once(Ok(reader)), job.part_bytes) {
        let docs: Vec<crate::document::Document> =
            pieces.ok()?.into_iter().map(|p| p.document).collect();
        segments += docs
            .iter()
            .flat_map(|d| &d.blocks)
            .map(|b| b.segments.len() as u64)
            .sum::<u64>();
        cost += estimator
            .add_prepared(pipeline, &docs)
            .await
            .iter()
            .sum::<u64>();
    }
    Some((segments, cost))
}

/// A large document opened to be read a block at a time, segmented as it is read.
fn open_large(
    job: &Job<'_>,
    input: &Input,
) -> Result<crate::document::DocumentReader, crate::document::ReadError> {
    let options = crate::document::ReadOptions {
        format: job
            .input_format
            .unwrap_or_else(|| crate::document::InputFormat::from_path(&input.path)),
        lang: job.from,
        cleaner: job.cleaner.clone(),
        lossy: job.lossy,
        join_lines: job.join_lines,
    };
    let shown = input.path.display().to_string();
    let source = crate::document::Input::Path(input.path.clone());
    let opened = crate::document::open(&input.name, &shown, source, &options)?;
    crate::segment::reader(opened)
}

/// What a document translated a part at a time gave.
struct Streamed {
    line: DocReport,
    /// The glossary entries it matched, for its state.
    terms: BTreeMap<String, String>,
    stats: crate::pipeline::RunStats,
    stop: Option<crate::pipeline::Stop>,
}

/// Translates one large document as `translate` does: read, segmented, sent and written a
/// part at a time (see [`crate::pipeline::Pipeline::run_stream`]), so that it is never held
/// whole, nor its rows; its outputs are put in place once its last part is written.
async fn streamed(
    job: &Job<'_>,
    pipeline: &crate::pipeline::Pipeline,
    ctx: &crate::output::Context<'_>,
    p: &Pending,
    terms_now: &BTreeMap<String, String>,
) -> Streamed {
    let clock = std::time::Instant::now();
    let mut line = DocReport::new(&p.input, "done");
    let mut terms = BTreeMap::new();
    let opened = open_large(job, &p.input);
    let result = match opened {
        Err(e) => Err(e.to_string()),
        Ok(reader) => {
            line.warnings = reader.head().warnings();
            let parts = pipeline
                .parts(std::iter::once(Ok(reader)), job.part_bytes)
                .map(|part| part.map_err(|e| e.to_string()));
            let mut open: Option<crate::output::DocumentWriter> = None;
            let line = &mut line;
            let terms = &mut terms;
            let sink = |_, piece: crate::aligned::Aligned, last: bool| {
                let writer = match &mut open {
                    Some(writer) => writer,
                    None => open.insert(
                        crate::output::DocumentWriter::begin(
                            &piece,
                            &job.out_dir,
                            &job.formats,
                            ctx,
                        )
                        .map_err(|e| e.to_string())?,
                    ),
                };
                writer.rows(&piece).map_err(|e| e.to_string())?;
                line.segments += piece.rows.len() as u64;
                line.tally(&piece);
                for (reason, counted) in left_out(&piece.dropped) {
                    let entry = line.left_out.entry(reason).or_default();
                    entry.regions += counted.regions;
                    entry.characters += counted.characters;
                }
                terms.extend(matched_terms(
                    piece.rows.iter().flat_map(|r| &r.hits),
                    terms_now,
                ));
                line.title.clone_from(&piece.title);
                line.metadata = piece.metadata;
                line.lang_mismatch = piece.lang_mismatch;
                if last {
                    if let Some(writer) = open.take() {
                        writer.finish().map_err(|e| e.to_string())?;
                    }
                }
                Ok::<(), String>(())
            };
            pipeline.run_stream(parts, sink).await
        }
    };
    line.seconds = clock.elapsed().as_secs_f64();
    match result {
        Err(error) => Streamed {
            line: DocReport {
                status: "failed",
                error: Some(error),
                ..line
            },
            terms: BTreeMap::new(),
            stats: crate::pipeline::RunStats::default(),
            stop: None,
        },
        Ok(result) => {
            if line.failures > 0 {
                // Written, with its gaps marked; not recorded as done, so the next run tries
                // the missing translations again.
                line.status = "failed";
                line.error = result.failures.first().map(|f| f.error.clone());
            }
            Streamed {
                line,
                terms,
                stats: result.stats,
                stop: result.stopped,
            }
        }
    }
}

/// Tells, for each document, whether it is to do or unchanged since its last run.
struct Decider<'a> {
    job: &'a Job<'a>,
    pipeline: &'a crate::pipeline::Pipeline,
    state: &'a StateReader,
    terms_now: BTreeMap<String, String>,
    /// Entries added or changed since the last run: a document that did not match them then
    /// may match them now, so it is searched for them (searched, not redone).
    changed: HashSet<String>,
}

impl<'a> Decider<'a> {
    fn new(
        job: &'a Job<'a>,
        pipeline: &'a crate::pipeline::Pipeline,
        state: &'a StateReader,
    ) -> Self {
        let terms_now = term_hashes(&pipeline.glossary);
        let terms_before = state.glossary();
        let changed = terms_now
            .iter()
            .filter(|(id, h)| terms_before.get(*id) != Some(h))
            .map(|(id, _)| id.clone())
            .collect();
        Decider {
            job,
            pipeline,
            state,
            terms_now,
            changed,
        }
    }

    fn decide(&self, input: &Input) -> Decision {
        let clock = std::time::Instant::now();
        if let Some(problem) = &input.problem {
            return Decision::Unreadable(format!("{}: {problem}", input.path.display()));
        }
        let bytes = match std::fs::read(&input.path) {
            Ok(bytes) => bytes,
            Err(e) => return Decision::Unreadable(format!("{}: {e}", input.path.display())),
        };
        let content = hash(&bytes);
        let unchanged = !self.job.refresh
            && self.state.get(&input.name).is_some_and(|before| {
                before.content == content
                    && before.settings == self.job.settings_hash
                    && before
                        .terms
                        .iter()
                        .all(|(id, h)| self.terms_now.get(id) == Some(h))
                    && (self.changed.is_empty() || !mentions(self.pipeline, &bytes, &self.changed))
            });
        let file = crate::collection::identity(&input.path);
        if unchanged {
            Decision::Skip(clock.elapsed().as_secs_f64(), file)
        } else {
            Decision::Do(content, file)
        }
    }
}

/// What a batch would do and send, found without sending or writing anything.
#[derive(Clone, Debug, Serialize)]
pub struct Preview {
    pub documents: u64,
    /// Documents to do (changed or new since their last run).
    pub to_do: u64,
    /// Unchanged since their last run.
    pub skipped: u64,
    /// Documents that cannot be read: they would fail.
    pub unreadable: u64,
    /// Segments of the documents to do.
    pub segments: u64,
    /// What would be sent, after the cache and deduplication across the whole batch.
    pub estimate: crate::pipeline::Estimate,
    /// The characters each document to do adds to the bill, in the order they are done.
    #[serde(skip)]
    pub costs: Vec<u64>,
}

impl Preview {
    /// How many documents to do, in order, fit in `characters`.
    pub fn documents_within(&self, characters: u64) -> u64 {
        let mut spent = 0u64;
        let mut fit = 0;
        for &cost in &self.costs {
            spent = spent.saturating_add(cost);
            if spent > characters {
                break;
            }
            fit += 1;
        }
        fit
    }

    /// The characters of the first `documents` to do.
    pub fn characters_of_first(&self, documents: u64) -> u64 {
        let n = usize::try_from(documents).unwrap_or(usize::MAX);
        self.costs.iter().take(n).sum()
    }
}

/// What [`run`] would do with this job: which documents it would do or skip, and what it
/// would send, group by group as the run sends it. Reads the collection, its state and the
/// cache; sends and writes nothing. The provider is prepared for the pairs each group would
/// send, as the run prepares it (DeepL finds or creates its glossaries), since whether a pair
/// has its glossary decides how its terms travel and so what is billed.
pub async fn preview(
    job: &Job<'_>,
    pipeline: &crate::pipeline::Pipeline,
) -> Result<Preview, BatchError> {
    let state = StateReader::new(&job.out_dir);
    let decider = Decider::new(job, pipeline, &state);
    let mut preview = Preview {
        documents: 0,
        to_do: 0,
        skipped: 0,
        unreadable: 0,
        segments: 0,
        estimate: crate::pipeline::Estimator::default().estimate(pipeline),
        costs: Vec::new(),
    };
    let mut estimator = crate::pipeline::Estimator::default();
    let mut seen: HashSet<[u8; 16]> = HashSet::new();
    let mut queue: Vec<Input> = Vec::new();
    let group = job.group.max(1);
    let mut inputs = job.collection.documents();
    // The documents of a group, read, their terms matched and counted; the estimate is
    // added by the caller, once the provider is prepared for them.
    let read_group = |queue: &mut Vec<Input>, preview: &mut Preview| {
        let mut docs = Vec::new();
        for input in queue.drain(..) {
            let read = std::fs::read(&input.path).ok().and_then(|bytes| {
                let p = Pending {
                    input,
                    bytes,
                    content: String::new(),
                };
                read_document(job, &p).ok()
            });
            match read {
                Some(doc) => docs.push(doc),
                None => preview.unreadable += 1,
            }
        }
        pipeline.match_terms(&mut docs);
        preview.segments += docs
            .iter()
            .flat_map(|d| &d.blocks)
            .map(|b| b.segments.len() as u64)
            .sum::<u64>();
        preview.to_do += docs.len() as u64;
        docs
    };
    loop {
        let window = inputs
            .by_ref()
            .take(WINDOW)
            .collect::<Result<Vec<Input>, _>>()?;
        let last = window.len() < WINDOW;
        let decisions = in_parallel(&window, |input| decider.decide(input));
        for (input, decision) in window.into_iter().zip(decisions) {
            preview.documents += 1;
            match decision {
                Decision::Skip(_, file) => {
                    seen.extend(file);
                    preview.skipped += 1;
                }
                Decision::Unreadable(_) => preview.unreadable += 1,
                Decision::Do(_, Some(file)) if !seen.insert(file) => preview.skipped += 1,
                Decision::Do(_, _) if is_large(&input.path, job.part_bytes) => {
                    // Counted a part at a time, as it will be done, after the documents
                    // before it.
                    let docs = read_group(&mut queue, &mut preview);
                    let costs = estimator.add_prepared(pipeline, &docs).await;
                    preview.costs.extend(costs);
                    match estimate_large(job, pipeline, &input, &mut estimator).await {
                        Some((segments, cost)) => {
                            preview.segments += segments;
                            preview.to_do += 1;
                            preview.costs.push(cost);
                        }
                        None => preview.unreadable += 1,
                    }
                }
                Decision::Do(_, _) => {
                    queue.push(input);
                    if queue.len() == group {
                        let docs = read_group(&mut queue, &mut preview);
                        let costs = estimator.add_prepared(pipeline, &docs).await;
                        preview.costs.extend(costs);
                    }
                }
            }
        }
        if last {
            break;
        }
    }
    let docs = read_group(&mut queue, &mut preview);
    let costs = estimator.add_prepared(pipeline, &docs).await;
    preview.costs.extend(costs);
    preview.estimate = estimator.estimate(pipeline);
    Ok(preview)
}

/// Whether a document's text mentions any of these glossary entries.
fn mentions(pipeline: &crate::pipeline::Pipeline, bytes: &[u8], ids: &HashSet<String>) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let text = crate::text::nfc(&text);
    crate::lang::Lang::ALL.iter().any(|&lang| {
        pipeline
            .glossary
            .find(lang, &text)
            .iter()
            .any(|h| ids.contains(h.term.as_ref()))
    })
}

fn read_document(
    job: &Job,
    p: &Pending,
) -> Result<crate::document::Document, crate::document::ReadError> {
    let shown = p.input.path.display().to_string();
    let format = job
        .input_format
        .unwrap_or_else(|| crate::document::InputFormat::from_path(&p.input.path));
    let text = crate::document::decode_as(&shown, &p.bytes, format, job.lossy)?;
    crate::segment::segment_input(
        &p.input.name,
        &shown,
        &text,
        format,
        job.from,
        job.cleaner,
        job.join_lines,
    )
}
