//! summary.json, the record a translate run leaves beside its outputs: the run's counters, what
//! each document gave (segments, failures, dropped lines, files written) and every failed
//! segment. Scripts read it, so its fields are a schema: add to it, do not rename.
//!
//! [`run_and_write`] is a translate run that writes its outputs part by part, as the pipeline
//! finishes them, so that a large document is never held whole in rows or rendered files.

use crate::aligned::Aligned;
use crate::document::{Document, Dropped, LangMismatch, Metadata};
use crate::fsio::{write_atomic, WriteError};
use crate::lang::Lang;
use crate::output::{self, Context, Format};
use crate::pipeline::{Failure, Pipeline, RunResult, RunStats, Stop};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// The name of the record in the output folder.
pub const FILE_NAME: &str = "summary.json";

/// One document of a run, as summary.json lists it.
#[derive(Serialize)]
pub struct DocumentSummary<'a> {
    pub doc: &'a str,
    pub source: &'a str,
    pub lang: Lang,
    pub segments: usize,
    pub failed: usize,
    pub dropped: &'a [Dropped],
    pub outputs: Vec<String>,
    /// The article's headline, `null` when it has none.
    pub title: Option<&'a str>,
    /// What the page declared (headline, date, authors …); `{}` for plain text.
    pub metadata: &'a Metadata,
    /// The language the page declared, when the text reads as another; else `null`.
    pub lang_mismatch: Option<&'a LangMismatch>,
}

/// The whole of summary.json.
#[derive(Serialize)]
pub struct Summary<'a> {
    pub provider: &'a str,
    #[serde(flatten)]
    pub stats: &'a RunStats,
    pub elapsed_seconds: f64,
    pub stopped: Option<&'a Stop>,
    pub documents_detail: Vec<DocumentSummary<'a>>,
    pub failed_segments: &'a [Failure],
    /// Inputs that could not be read (each message names the file and what to do); the run
    /// translated the others.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub unreadable_documents: &'a [String],
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

/// Translates `docs` in parts of about `part_bytes` of text (see [`crate::pipeline::parts`])
/// and writes each document's outputs as its parts are done, then summary.json; every file
/// is renamed into place once complete. Returns the run and the seconds since `started`
/// when the outputs were written.
///
/// The outputs are written on a thread of their own while the pipeline goes on with the
/// next part on `runtime`: every file is synced to disk before it is renamed, which takes
/// about a second for a part of a few hundred articles, and done in line it left every lane
/// idle at each part's end. The pipeline may be one part ahead of the writer, no more (so
/// at most two parts' rows are held); a write error stops the run at its next part.
pub fn run_and_write(
    runtime: &tokio::runtime::Runtime,
    pipeline: &Pipeline,
    docs: &[Document],
    part_bytes: usize,
    to: &Destination<'_>,
    started: Instant,
) -> Result<(RunResult, f64), WriteError> {
    let Destination {
        out_dir,
        formats,
        ctx,
        provider,
        unreadable,
    } = to;
    let (out_dir, formats, provider) = (*out_dir, *formats, *provider);
    let parts = crate::pipeline::parts(docs, part_bytes);
    let one_part = parts.iter().map(|p| p.pieces.len()).max().unwrap_or(0);
    let write = |pieces: std::sync::mpsc::Receiver<(usize, Aligned, bool)>| {
        let mut open: Vec<Option<output::DocumentWriter>> = docs.iter().map(|_| None).collect();
        let mut segments = vec![0usize; docs.len()];
        let mut outputs = vec![Vec::new(); docs.len()];
        for (d, piece, last) in pieces {
            let writer = match &mut open[d] {
                Some(writer) => writer,
                slot => slot.insert(output::DocumentWriter::begin(
                    &piece, out_dir, formats, ctx,
                )?),
            };
            writer.rows(&piece)?;
            segments[d] += piece.rows.len();
            if last {
                if let Some(writer) = open[d].take() {
                    outputs[d] = writer.finish()?;
                }
            }
        }
        Ok::<_, WriteError>((segments, outputs))
    };
    let run = |sink: &mut dyn FnMut((usize, Aligned, bool)) -> Result<(), WriterGone>| {
        let hand_over = |d, piece, last| sink((d, piece, last));
        runtime.block_on(pipeline.run_in_parts(docs, &parts, hand_over))
    };
    let (result, written) = alongside(one_part.max(1), run, write);
    // The writer's error is the run's; without one, the run was not stopped by it.
    let (segments, outputs) = written?;
    let result = result.map_err(|WriterGone| WriteError {
        path: out_dir.display().to_string(),
        source: std::io::Error::other("the output writer stopped"),
    })?;
    let documents_detail = docs
        .iter()
        .zip(segments)
        .zip(&outputs)
        .map(|((doc, segments), written)| DocumentSummary {
            doc: &doc.id,
            source: &doc.source,
            lang: doc.lang,
            segments,
            failed: result.failures.iter().filter(|f| f.doc == doc.id).count(),
            dropped: &doc.dropped,
            outputs: written.iter().map(|p| p.display().to_string()).collect(),
            title: doc.title(),
            metadata: &doc.metadata,
            lang_mismatch: doc.lang_mismatch.as_ref(),
        })
        .collect();
    let elapsed = started.elapsed().as_secs_f64();
    write_summary(
        &result,
        documents_detail,
        out_dir,
        provider,
        elapsed,
        unreadable,
    )?;
    Ok((result, elapsed))
}

/// What [`alongside`]'s sink answers once the consumer has stopped (after an error of its own).
#[derive(Debug, PartialEq)]
pub struct WriterGone;

/// Runs `produce` on this thread, handing what it makes to `consume` on a thread of its own
/// through a sink that holds at most `ahead` items not yet taken (a full sink waits). Returns
/// both results; once `consume` has returned, the sink answers [`WriterGone`].
fn alongside<T: Send, P, C>(
    ahead: usize,
    produce: impl FnOnce(&mut dyn FnMut(T) -> Result<(), WriterGone>) -> P,
    consume: impl FnOnce(std::sync::mpsc::Receiver<T>) -> C + Send,
) -> (P, C)
where
    C: Send,
{
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel(ahead);
        let consumer = scope.spawn(move || consume(rx));
        let produced = produce(&mut |item| tx.send(item).map_err(|_| WriterGone));
        // Closing the sink ends the consumer's loop.
        drop(tx);
        let consumed = match consumer.join() {
            Ok(consumed) => consumed,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        (produced, consumed)
    })
}

/// Writes summary.json.
fn write_summary(
    result: &RunResult,
    documents_detail: Vec<DocumentSummary>,
    out_dir: &Path,
    provider: &str,
    elapsed: f64,
    unreadable_documents: &[String],
) -> Result<(), WriteError> {
    let summary = Summary {
        provider,
        stats: &result.stats,
        elapsed_seconds: (elapsed * 1000.0).round() / 1000.0,
        stopped: result.stopped.as_ref(),
        documents_detail,
        failed_segments: &result.failures,
        unreadable_documents,
    };
    let json = serde_json::to_string_pretty(&summary).expect("a summary always serialises");
    write_atomic(&out_dir.join(FILE_NAME), json.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
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
            1,
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
    fn a_consumer_that_stopped_refuses_what_follows() {
        let (produced, consumed) = alongside(
            1,
            |sink| {
                // The first is taken and the consumer stops; from then on the sink refuses
                // (the second may still fit the buffer before the consumer is gone).
                (0..4).map(&mut *sink).collect::<Vec<_>>()
            },
            |items| items.recv().ok(),
        );
        assert_eq!(consumed, Some(0));
        assert_eq!(produced[0], Ok(()));
        assert_eq!(produced.last(), Some(&Err(WriterGone)));
    }
}
