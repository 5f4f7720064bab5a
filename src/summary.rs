//! summary.json, the record a translate run leaves beside its outputs: the run's counters, what
//! each document gave (segments, failures, dropped lines, files written) and every failed
//! segment. Scripts read it, so its fields are a schema: add to it, do not rename.
//!
//! [`run_and_write`] is a translate run that writes its outputs part by part, as the pipeline
//! finishes them, so that a large document is never held whole in rows or rendered files.

use crate::aligned::Aligned;
use crate::document::{Dropped, LangMismatch, Metadata, ReadError};
use crate::fsio::{write_atomic, WriteError};
use crate::lang::Lang;
use crate::output::{self, Context, Format};
use crate::pipeline::{Failure, Piece, Pipeline, RunResult, RunStats, Stop};
use serde::Serialize;
use std::path::{Path, PathBuf};
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
    /// What the document says of itself, and everything it left out.
    head: Aligned,
    segments: usize,
    outputs: Vec<PathBuf>,
}

/// Translates the parts of a run (see [`Pipeline::parts`]) and writes each document's
/// outputs as its parts are done, then summary.json; every file is renamed into place once
/// complete. Returns the run and the seconds since `started` when the outputs were written.
pub async fn run_and_write(
    pipeline: &Pipeline,
    parts: impl IntoIterator<Item = Result<Vec<Piece>, ReadError>>,
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
    let mut open: Option<output::DocumentWriter> = None;
    let mut seen: Vec<Seen> = Vec::new();
    let parts = parts.into_iter().map(|part| part.map_err(RunError::from));
    let result = pipeline
        .run_stream(parts, |d, piece, last| {
            if d == seen.len() {
                seen.push(Seen {
                    head: head_of(&piece),
                    segments: 0,
                    outputs: Vec::new(),
                });
                open = Some(output::DocumentWriter::begin(
                    &piece, out_dir, formats, ctx,
                )?);
            }
            let doc = &mut seen[d];
            doc.head.dropped.extend_from_slice(&piece.dropped);
            doc.head.title.clone_from(&piece.title);
            doc.segments += piece.rows.len();
            // Documents come one after another: the open writer is this one's.
            if let Some(writer) = &mut open {
                writer.rows(&piece)?;
            }
            if last {
                if let Some(writer) = open.take() {
                    doc.outputs = writer.finish()?;
                }
            }
            Ok(())
        })
        .await?;
    let documents_detail = seen
        .iter()
        .map(|doc| DocumentSummary {
            doc: &doc.head.doc,
            source: &doc.head.source_path,
            lang: doc.head.lang,
            segments: doc.segments,
            failed: result
                .failures
                .iter()
                .filter(|f| f.doc == doc.head.doc)
                .count(),
            dropped: &doc.head.dropped,
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
