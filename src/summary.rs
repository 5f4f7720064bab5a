//! summary.json, the record a translate run leaves beside its outputs: the run's counters, what
//! each document gave (segments, failures, dropped lines, files written) and every failed
//! segment. Scripts read it, so its fields are a schema: add to it, do not rename.
//!
//! [`run_and_write`] is a translate run that writes its outputs part by part, as the pipeline
//! finishes them, so that a large document is never held whole in rows or rendered files;
//! what summary.json lists that grows with a document (the lines it left out, its failed
//! segments) waits in spool files until the record is written, a line at a time.

use crate::aligned::Aligned;
use crate::document::{Dropped, LangMismatch, Metadata, ReadError};
use crate::fsio::{write_atomic_with, WriteError};
use crate::lang::Lang;
use crate::output::{self, Context, Format};
use crate::pipeline::{Failure, Piece, Pipeline, RunResult, RunStats, Stop};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::io::{BufRead, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The name of the record in the output folder.
pub const FILE_NAME: &str = "summary.json";

/// One document of a run, as summary.json lists it.
#[derive(Serialize)]
struct DocumentSummary<'a> {
    doc: &'a str,
    source: &'a str,
    lang: Lang,
    segments: usize,
    failed: usize,
    dropped: Spooled<'a, Dropped>,
    outputs: Vec<String>,
    /// The article's headline, `null` when it has none.
    title: Option<&'a str>,
    /// What the page declared (headline, date, authors …); `{}` for plain text.
    metadata: &'a Metadata,
    /// The language the page declared, when the text reads as another; else `null`.
    lang_mismatch: Option<&'a LangMismatch>,
}

/// The whole of summary.json.
#[derive(Serialize)]
struct Summary<'a> {
    provider: &'a str,
    #[serde(flatten)]
    stats: &'a RunStats,
    elapsed_seconds: f64,
    stopped: Option<&'a Stop>,
    documents_detail: Vec<DocumentSummary<'a>>,
    failed_segments: Spooled<'a, Failure>,
    /// Inputs that could not be read (each message names the file and what to do); the run
    /// translated the others.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    unreadable_documents: &'a [String],
}

/// Where and how a translate run writes: the output folder, the formats, the writers'
/// context and the provider's name for summary.json.
pub struct Destination<'a> {
    pub out_dir: &'a Path,
    pub formats: &'a [Format],
    pub ctx: Context<'a>,
    pub provider: &'a str,
    /// The inputs that could not be read, for summary.json.
    pub unreadable: &'a [String],
}

/// What stopped a translate run before its summary: a document that could not be read on,
/// or an output that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// One document of the run, as its pieces described it.
struct Seen {
    /// What the document says of itself.
    head: Aligned,
    segments: usize,
    /// Its failed segments and the lines it left out, in the run's spools.
    failed: usize,
    dropped: usize,
    outputs: Vec<PathBuf>,
}

/// Translates the parts of a run (see [`Pipeline::parts`]) and writes each document's
/// outputs as its parts are done, then summary.json; every file is renamed into place once
/// complete. Returns the run and the seconds since `started` when the outputs were written.
///
/// The outputs are written on a thread of their own while the pipeline goes on with the
/// next part on `runtime`: every file is synced to disk before it is renamed, about a second
/// for a part of a few hundred articles, and done in line it left every lane idle at each
/// part's end. The pipeline may run ahead of the writer by the rows of two parts
/// (`part_bytes` of source text each), no more: two parts are in flight at once (see
/// [`Pipeline::run_stream`]), and the second often ends just after the first (it waited for
/// the first's answers to the sentences they share), so with room for one the second's
/// hand-over waited for the writer and froze the part begun after it. Memory stays bounded
/// by about four parts; a write error stops the run at its next part.
pub fn run_and_write(
    runtime: &tokio::runtime::Runtime,
    pipeline: &Pipeline,
    parts: impl IntoIterator<Item = Result<Vec<Piece>, ReadError>>,
    part_bytes: usize,
    to: &Destination<'_>,
    started: Instant,
) -> Result<(RunResult, f64), RunError> {
    let Destination {
        out_dir,
        formats,
        ctx,
        provider,
        unreadable,
    } = to;
    let (out_dir, formats, provider) = (*out_dir, *formats, *provider);
    let summary_path = out_dir.join(FILE_NAME);
    let spooled = |source| WriteError {
        path: summary_path.display().to_string(),
        source,
    };
    let spools = ctx.scratch.unwrap_or(out_dir);
    let write_pieces =
        |pieces: Taken<'_, (usize, Aligned, bool)>,
         put: &dyn Fn(output::Closed) -> Result<(), WriteError>| {
            let mut open: Option<output::DocumentWriter> = None;
            let mut seen: Vec<Seen> = Vec::new();
            // Documents come one after another: each one's records follow the one before's.
            let (mut left_out, mut failed) = (Spool::new(spools), Spool::new(spools));
            for (d, piece, last) in pieces {
                if d == seen.len() {
                    seen.push(Seen {
                        head: head_of(&piece),
                        segments: 0,
                        failed: 0,
                        dropped: 0,
                        outputs: Vec::new(),
                    });
                    open = Some(output::DocumentWriter::begin(
                        &piece, out_dir, formats, ctx,
                    )?);
                }
                let doc = &mut seen[d];
                for dropped in &piece.dropped {
                    left_out.push(dropped).map_err(spooled)?;
                }
                doc.dropped += piece.dropped.len();
                for failure in failures_of(&piece) {
                    failed.push(&failure).map_err(spooled)?;
                    doc.failed += 1;
                }
                doc.head.title.clone_from(&piece.title);
                doc.segments += piece.rows.len();
                // Documents come one after another: the open writer is this one's.
                if let Some(writer) = &mut open {
                    writer.rows(&piece)?;
                }
                if last {
                    if let Some(writer) = open.take() {
                        let closed = writer.close()?;
                        doc.outputs = closed.paths();
                        put(closed)?;
                    }
                }
            }
            Ok::<_, WriteError>((seen, left_out, failed))
        };
    let write = |pieces: Taken<'_, (usize, Aligned, bool)>| {
        let persist = |closed: output::Closed| closed.persist().map(drop);
        persisting(persist, |put| write_pieces(pieces, put))
    };
    let run = |sink: &mut dyn FnMut((usize, Aligned, bool)) -> Result<(), WriterGone>| {
        let parts = parts.into_iter().map(|part| part.map_err(RunError::from));
        let hand_over = |d, piece, last| {
            sink((d, piece, last)).map_err(|WriterGone| {
                RunError::Write(WriteError {
                    path: out_dir.display().to_string(),
                    source: std::io::Error::other("the output writer stopped"),
                })
            })
        };
        runtime.block_on(pipeline.run_stream(parts, hand_over))
    };
    // What was left out waits with the rows: it weighs as much.
    let weight = |(_, piece, _): &(usize, Aligned, bool)| {
        let rows: usize = piece.rows.iter().map(|r| r.source.len()).sum();
        let left_out: usize = piece.dropped.iter().map(|d| d.text.len()).sum();
        rows + left_out + 1
    };
    let ahead = part_bytes.max(1).saturating_mul(2);
    let (result, written) = alongside(ahead, weight, run, write);
    // The writer's error is the run's (the run then stopped for it).
    let (seen, left_out, failed) = written?;
    let result = result?;
    let left_out = left_out.read_back().map_err(spooled)?;
    let failed = failed.read_back().map_err(spooled)?;
    let documents_detail = seen
        .iter()
        .map(|doc| DocumentSummary {
            doc: &doc.head.doc,
            source: &doc.head.source_path,
            lang: doc.head.lang,
            segments: doc.segments,
            failed: doc.failed,
            dropped: left_out.next(doc.dropped),
            outputs: doc
                .outputs
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            title: doc.head.title.as_deref(),
            metadata: &doc.head.metadata,
            lang_mismatch: doc.head.lang_mismatch.as_ref(),
        })
        .collect();
    let elapsed = started.elapsed().as_secs_f64();
    let summary = Summary {
        provider,
        stats: &result.stats,
        elapsed_seconds: (elapsed * 1000.0).round() / 1000.0,
        stopped: result.stopped.as_ref(),
        documents_detail,
        failed_segments: failed.next(failed.count),
        unreadable_documents: unreadable,
    };
    write_atomic_with(&summary_path, None, |out| {
        serde_json::to_writer_pretty(&mut *out, &summary)?;
        Ok(())
    })?;
    Ok((result, elapsed))
}

/// How many documents are put in place at once. Syncing a file waits on the disk, not the
/// CPU, and several syncs in flight let it merge their flushes: 480 small files took 0.09 s
/// on 8 threads against 0.15–0.19 s on one, and far more on one while another process kept
/// the disk busy (2 s for the 320 files of 160 articles).
const PERSISTERS: usize = 8;

/// Runs `write` with a way to put closed documents in place (`persist` them) on threads of
/// their own (at most `PERSISTERS` at once, as many more waiting), so that the writer goes on
/// with the next document while the disk syncs the last ones. Returns what `write` returns
/// once every document is in place, or the first error putting one there (after which `put`
/// refuses more, so the writer stops).
fn persisting<T: Send, R>(
    persist: impl Fn(T) -> Result<(), WriteError> + Sync,
    write: impl FnOnce(&dyn Fn(T) -> Result<(), WriteError>) -> Result<R, WriteError>,
) -> Result<R, WriteError> {
    let failed: std::sync::Mutex<Option<WriteError>> = std::sync::Mutex::new(None);
    let take_failure = || failed.lock().unwrap_or_else(|e| e.into_inner()).take();
    let (tx, rx) = std::sync::mpsc::sync_channel::<T>(PERSISTERS);
    let rx = std::sync::Mutex::new(rx);
    let written = std::thread::scope(|scope| {
        let tx = tx;
        for _ in 0..PERSISTERS {
            scope.spawn(|| loop {
                let next = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok(item) = next else { break };
                if let Err(e) = persist(item) {
                    failed
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .get_or_insert(e);
                }
            });
        }
        let put = |item: T| {
            if let Some(e) = take_failure() {
                return Err(e);
            }
            tx.send(item).map_err(|_| WriteError {
                path: "the output folder".to_string(),
                source: std::io::Error::other("the threads putting outputs in place stopped"),
            })
        };
        let written = write(&put);
        // Closing the channel ends the threads; the scope waits for them.
        drop(tx);
        written
    });
    let written = written?;
    match take_failure() {
        Some(e) => Err(e),
        None => Ok(written),
    }
}

/// The failed cells of a piece, as summary.json lists them: in the order of its rows, and
/// of its targets in each.
fn failures_of(piece: &Aligned) -> impl Iterator<Item = Failure> + '_ {
    piece.rows.iter().flat_map(move |row| {
        piece.targets.iter().filter_map(move |&target| {
            let cell = row.targets.get(&target)?;
            (cell.origin == crate::aligned::Origin::Failed).then(|| Failure {
                doc: piece.doc.clone(),
                id: row.id.clone(),
                target,
                error: cell.error.clone().unwrap_or_default(),
            })
        })
    })
}

/// Records written one JSON line each to an anonymous temporary file (made at the first),
/// to be read back once, in order, while summary.json is written.
struct Spool {
    dir: PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
    count: usize,
}

impl Spool {
    fn new(dir: &Path) -> Self {
        Spool {
            dir: dir.to_path_buf(),
            file: None,
            count: 0,
        }
    }

    fn push(&mut self, record: &impl Serialize) -> std::io::Result<()> {
        let file = match &mut self.file {
            Some(file) => file,
            None => {
                std::fs::create_dir_all(&self.dir)?;
                let made = tempfile::tempfile_in(&self.dir)?;
                self.file.insert(std::io::BufWriter::new(made))
            }
        };
        serde_json::to_writer(&mut *file, record)?;
        file.write_all(b"\n")?;
        self.count += 1;
        Ok(())
    }

    /// The records, to be read from the first.
    fn read_back(self) -> std::io::Result<Recorded> {
        let lines = match self.file {
            None => None,
            Some(file) => {
                let mut file = file.into_inner().map_err(|e| e.into_error())?;
                file.rewind()?;
                Some(std::io::BufReader::new(file).lines())
            }
        };
        Ok(Recorded {
            lines: std::cell::RefCell::new(lines),
            count: self.count,
        })
    }
}

/// A [`Spool`] being read back.
struct Recorded {
    lines: std::cell::RefCell<Option<std::io::Lines<std::io::BufReader<std::fs::File>>>>,
    count: usize,
}

impl Recorded {
    /// The next `count` records, read when serialized.
    fn next<T>(&self, count: usize) -> Spooled<'_, T> {
        Spooled {
            from: self,
            count,
            of: std::marker::PhantomData,
        }
    }
}

/// Records of a spool, serialized as a sequence as they are read: the serializations of a
/// summary take them in the order they were written.
struct Spooled<'a, T> {
    from: &'a Recorded,
    count: usize,
    of: std::marker::PhantomData<T>,
}

impl<T: Serialize + DeserializeOwned> Serialize for Spooled<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = serializer.serialize_seq(Some(self.count))?;
        let mut lines = self.from.lines.borrow_mut();
        for _ in 0..self.count {
            let line = lines
                .as_mut()
                .and_then(Iterator::next)
                .ok_or_else(|| S::Error::custom("summary spool: a record is missing"))?
                .map_err(S::Error::custom)?;
            let record: T = serde_json::from_str(&line).map_err(S::Error::custom)?;
            seq.serialize_element(&record)?;
        }
        seq.end()
    }
}

/// What a piece says of its document, without its rows or what it left out.
fn head_of(piece: &Aligned) -> Aligned {
    Aligned {
        doc: piece.doc.clone(),
        source_path: piece.source_path.clone(),
        lang: piece.lang,
        targets: piece.targets.clone(),
        rows: Vec::new(),
        dropped: Vec::new(),
        title: piece.title.clone(),
        metadata: piece.metadata.clone(),
        lang_mismatch: piece.lang_mismatch.clone(),
    }
}

/// What [`alongside`]'s sink answers once the consumer has stopped (after an error of its own).
#[derive(Debug, PartialEq)]
pub struct WriterGone;

/// What [`alongside`] has handed over and the consumer not yet finished with, by weight.
struct Budget {
    pending: std::sync::Mutex<usize>,
    changed: std::sync::Condvar,
}

impl Budget {
    fn lock(&self) -> std::sync::MutexGuard<'_, usize> {
        // A poisoned lock only means the other side panicked; the count is still right.
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The items a consumer of [`alongside`] takes, one at a time: taking the next gives back the
/// weight of the one before (it is done with it).
struct Taken<'a, T> {
    items: std::sync::mpsc::Receiver<(T, usize)>,
    budget: &'a Budget,
    held: usize,
}

impl<T> Iterator for Taken<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.release();
        let (item, weight) = self.items.recv().ok()?;
        self.held = weight;
        Some(item)
    }
}

impl<T> Taken<'_, T> {
    fn release(&mut self) {
        if self.held > 0 {
            *self.budget.lock() -= self.held;
            self.held = 0;
            self.budget.changed.notify_all();
        }
    }
}

impl<T> Drop for Taken<'_, T> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Runs `produce` on this thread, handing what it makes to `consume` on a thread of its own
/// through a sink that waits while the items handed over and not yet done weigh more than
/// `limit` (an item heavier than `limit` alone still goes). Returns both results; once
/// `consume` has returned, the sink answers [`WriterGone`].
fn alongside<T: Send, P, C: Send>(
    limit: usize,
    weight: impl Fn(&T) -> usize,
    produce: impl FnOnce(&mut dyn FnMut(T) -> Result<(), WriterGone>) -> P,
    consume: impl FnOnce(Taken<'_, T>) -> C + Send,
) -> (P, C) {
    let budget = Budget {
        pending: std::sync::Mutex::new(0),
        changed: std::sync::Condvar::new(),
    };
    let gone = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel();
        let (budget, gone) = (&budget, &gone);
        let consumer = scope.spawn(move || {
            let consumed = consume(Taken {
                items: rx,
                budget,
                held: 0,
            });
            gone.store(true, std::sync::atomic::Ordering::SeqCst);
            budget.changed.notify_all();
            consumed
        });
        let produced = produce(&mut |item| {
            let w = weight(&item);
            let mut pending = budget.lock();
            while *pending > 0
                && *pending + w > limit
                && !gone.load(std::sync::atomic::Ordering::SeqCst)
            {
                pending = budget
                    .changed
                    .wait(pending)
                    .unwrap_or_else(|e| e.into_inner());
            }
            if gone.load(std::sync::atomic::Ordering::SeqCst) {
                return Err(WriterGone);
            }
            *pending += w;
            drop(pending);
            tx.send((item, w)).map_err(|_| WriterGone)
        });
        // Closing the sink ends the consumer's loop.
        drop(tx);
        let consumed = match consumer.join() {
            Ok(consumed) => consumed,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        (produced, consumed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;
    use std::time::Duration;

    /// Long enough never to be reached when the code is right: only a consumer that runs in
    /// line with the producer (the bug) waits this long, and then the test fails.
    const DEADLOCK: Duration = Duration::from_secs(30);

    #[test]
    fn the_consumer_works_while_the_producer_goes_on() {
        // The consumer holds its first item until the producer says it has gone on past
        // handing it over: done in line, the producer would never get there.
        let (went_on, wait_for_it) = mpsc::channel();
        let (produced, consumed) = alongside(
            100,
            |_: &u32| 1,
            |sink| {
                sink(1).unwrap();
                went_on.send(()).unwrap();
                sink(2).unwrap();
                "done"
            },
            move |items| {
                let mut got = Vec::new();
                for item in items {
                    if item == 1 {
                        wait_for_it.recv_timeout(DEADLOCK).expect("not alongside");
                    }
                    got.push(item);
                }
                got
            },
        );
        assert_eq!(produced, "done");
        assert_eq!(consumed, [1, 2]);
    }

    #[test]
    fn the_producer_is_held_back_by_the_weight_not_yet_written() {
        // Items of 6 against a limit of 10: the next goes only once the consumer is done
        // with the one before, so when it holds item k the producer has handed k, not k + 1.
        let handed = &AtomicUsize::new(0);
        let (about_to, told) = mpsc::channel();
        let (_, seen) = alongside(
            10,
            |_: &usize| 6,
            |sink| {
                for k in 1..=5 {
                    about_to.send(k).unwrap();
                    sink(k).unwrap();
                    handed.store(k, Ordering::SeqCst);
                }
            },
            move |items| {
                let mut seen = Vec::new();
                for k in items {
                    if k < 5 {
                        // The producer has stored `k` and reached the next hand-over.
                        while told.recv_timeout(DEADLOCK).expect("the producer went on") <= k {}
                        seen.push((k, handed.load(Ordering::SeqCst)));
                    }
                }
                seen
            },
        );
        assert_eq!(seen, (1..5).map(|k| (k, k)).collect::<Vec<_>>());
    }

    #[test]
    fn a_consumer_that_stopped_refuses_what_follows() {
        let (produced, consumed) = alongside(
            1,
            |_: &i32| 1,
            |sink| {
                // The first is taken and the consumer stops; from then on the sink refuses
                // (the second may still be sent before the consumer is gone).
                (0..4).map(&mut *sink).collect::<Vec<_>>()
            },
            |mut items| items.next(),
        );
        assert_eq!(consumed, Some(0));
        assert_eq!(produced[0], Ok(()));
        assert_eq!(produced.last(), Some(&Err(WriterGone)));
    }

    #[test]
    fn documents_are_put_in_place_several_at_once_and_the_first_failure_is_the_writers() {
        // The first document is held in its `persist` until the second's has begun: put in
        // place one at a time, it would wait for ever (and fail after DEADLOCK).
        let (second_began, wait_for_it) = mpsc::channel();
        let wait_for_it = std::sync::Mutex::new(wait_for_it);
        let second_began = std::sync::Mutex::new(second_began);
        let done = std::sync::Mutex::new(Vec::new());
        let failure = |n: u32| WriteError {
            path: format!("doc-{n}"),
            source: std::io::Error::other("disk full"),
        };
        let persist = |n: u32| {
            match n {
                0 => {
                    let waited = wait_for_it.lock().unwrap().recv_timeout(DEADLOCK);
                    // One at a time: reported as this document's failure, not the fourth's.
                    waited.map_err(|_| failure(n))?;
                }
                1 => second_began.lock().unwrap().send(()).unwrap(),
                _ => {}
            }
            done.lock().unwrap().push(n);
            if n == 3 {
                return Err(failure(n));
            }
            Ok(())
        };
        let written = persisting(persist, |put| -> Result<(), WriteError> {
            for n in 0..4 {
                put(n)?;
            }
            // Once a document could not be put in place, `put` refuses: the writer stops.
            loop {
                put(4)?;
            }
        });
        let error = written.expect_err("the failure is reported");
        assert_eq!(error.path, "doc-3");
        let mut done = done.into_inner().unwrap();
        done.sort();
        assert_eq!(done[..4], [0, 1, 2, 3]);
        assert!(done[4..].iter().all(|&n| n == 4));
    }

    #[test]
    fn an_item_heavier_than_the_limit_still_goes() {
        let (_, consumed) = alongside(
            3,
            |w: &usize| *w,
            |sink| {
                sink(10).unwrap();
                sink(1).unwrap();
            },
            |items| items.collect::<Vec<_>>(),
        );
        assert_eq!(consumed, [10, 1]);
    }
}
