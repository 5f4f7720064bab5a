//! `bitext segment`: how articles are read, cleaned and split into sentences, as text or as
//! JSON records (what the page declared, then segments and dropped lines in the order of the
//! source lines).

use super::args::{Cli, SegmentArgs, SegmentFormat};
use super::common::{joined, load_config, read_documents, to_stdout};
use super::{Exit, Failure, Outcome};
use crate::document::{Cleaner, Document, Dropped, LangChoice, LangMismatch, Metadata};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Serialize)]
struct SegmentRecord<'a> {
    doc: &'a str,
    block: usize,
    kind: &'a str,
    id: &'a str,
    lang: crate::lang::Lang,
    text: &'a str,
    translatable: bool,
    /// `credit` for a credit line, `sentence` otherwise.
    segment: &'static str,
}

/// The first record of a document whose page declared something about it.
#[derive(Serialize)]
struct DocumentRecord<'a> {
    doc: &'a str,
    kind: &'static str,
    lang: crate::lang::Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    metadata: &'a Metadata,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang_mismatch: Option<&'a LangMismatch>,
}

#[derive(Serialize)]
struct DroppedRecord<'a> {
    doc: &'a str,
    kind: &'static str,
    line: usize,
    reason: &'a str,
    text: &'a str,
    size: usize,
}

pub(super) fn run(cli: &Cli, args: &SegmentArgs) -> Outcome {
    let loaded = load_config(cli)?;
    let cleaner = Cleaner::new(&loaded.file.clean.drop).map_err(Failure::usage)?;
    let lang = match args.lang.as_str() {
        "auto" => LangChoice::Auto,
        code => LangChoice::Fixed(
            code.parse()
                .map_err(|e| Failure::usage(format!("--lang: {e} or auto")))?,
        ),
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let (docs, errors) = read_documents(&files, &args.input, lang, &cleaner);
    let jsonl = args.format == SegmentFormat::Jsonl;
    let complete = to_stdout(|out| print_segments(out, &docs, jsonl))?;
    // A reader that stopped early (`| head`) saw what it wanted: the rest does not matter.
    if complete && !errors.is_empty() {
        return Err(Failure::usage(joined(&errors)));
    }
    Ok(Exit::Done)
}

fn print_segments(out: &mut dyn Write, docs: &[Document], jsonl: bool) -> std::io::Result<()> {
    for doc in docs {
        if !doc.metadata.is_empty() || doc.lang_mismatch.is_some() {
            if jsonl {
                let record = DocumentRecord {
                    doc: &doc.id,
                    kind: "document",
                    lang: doc.lang,
                    title: doc.title(),
                    metadata: &doc.metadata,
                    lang_mismatch: doc.lang_mismatch.as_ref(),
                };
                write_json(out, &record)?;
            } else {
                print_metadata(out, doc)?;
            }
        }
        // Blocks and dropped lines in the order of the source lines.
        let mut dropped = doc.dropped.iter().peekable();
        for (n, block) in doc.blocks.iter().enumerate() {
            while let Some(d) = dropped.next_if(|d| d.line < block.line) {
                if jsonl {
                    write_json(out, &dropped_record(doc, d))?;
                }
            }
            if !jsonl && n > 0 {
                writeln!(out)?;
            }
            for seg in &block.segments {
                if jsonl {
                    let record = SegmentRecord {
                        doc: &doc.id,
                        block: block.index,
                        kind: block.kind.as_str(),
                        id: &seg.id,
                        lang: doc.lang,
                        text: &seg.text,
                        translatable: seg.translatable,
                        segment: seg.kind.as_str(),
                    };
                    write_json(out, &record)?;
                } else {
                    writeln!(out, "{}", crate::text::escape_controls(&seg.text))?;
                }
            }
        }
        if jsonl {
            for d in dropped {
                write_json(out, &dropped_record(doc, d))?;
            }
        }
    }
    Ok(())
}

/// The page's metadata as `# field: value` lines (named as in TMX and XLIFF) and a blank
/// line, above the segments.
fn print_metadata(out: &mut dyn Write, doc: &Document) -> std::io::Result<()> {
    for (name, value) in crate::output::metadata_fields(&doc.metadata, doc.lang_mismatch.as_ref()) {
        // One line per field, whatever line breaks the page put in it.
        let value = value.replace(['\n', '\r'], " ");
        writeln!(out, "# {name}: {}", crate::text::escape_controls(&value))?;
    }
    writeln!(out)
}

fn dropped_record<'a>(doc: &'a Document, d: &'a Dropped) -> DroppedRecord<'a> {
    DroppedRecord {
        doc: &doc.id,
        kind: "dropped",
        line: d.line,
        reason: &d.reason,
        text: &d.text,
        size: d.size,
    }
}

fn write_json(out: &mut dyn Write, record: &impl Serialize) -> std::io::Result<()> {
    let line = serde_json::to_string(record)?;
    writeln!(out, "{}", crate::text::escape_controls_json(&line))
}
