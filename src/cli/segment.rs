//! `bitext segment`: how articles are read, cleaned and split into sentences, as text or as
//! JSON records (what the page declared, then segments and dropped lines in the order of the
//! source lines).

use super::args::{Cli, SegmentArgs, SegmentFormat};
use super::common::{distinct, joined, load_config, open_document, to_stdout};
use super::{Exit, Failure, Outcome};
use crate::document::{
    Cleaner, Document, DocumentReader, Dropped, LangChoice, LangMismatch, Metadata,
};
use serde::Serialize;
use std::collections::VecDeque;
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
    let cleaner = cleaner.with_whole_page(args.input.whole_page);
    let jsonl = args.format == SegmentFormat::Jsonl;
    let mut errors = Vec::new();
    // One document at a time, printed as it is read: a long one is never held whole.
    let complete = to_stdout(|out| {
        for path in distinct(&files) {
            let read =
                open_document(path, &args.input, lang, &cleaner).and_then(crate::segment::reader);
            match read {
                Ok(reader) => {
                    if let Err(e) = print_segments(out, reader, jsonl)? {
                        errors.push(e.to_string());
                    }
                }
                Err(e) => errors.push(e.to_string()),
            }
        }
        Ok(())
    })?;
    // A reader that stopped early (`| head`) saw what it wanted: the rest does not matter.
    if complete && !errors.is_empty() {
        return Err(Failure::usage(joined(&errors)));
    }
    Ok(Exit::Done)
}

/// Prints a document as it is read: what its page declared, then its segments and the
/// pieces left out in the order of the source lines. The outer error is the output's, the
/// inner one the document's (what was read before it is printed).
fn print_segments(
    out: &mut dyn Write,
    mut reader: DocumentReader,
    jsonl: bool,
) -> std::io::Result<Result<(), crate::document::ReadError>> {
    let doc = reader.head();
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
    let (id, lang) = (doc.id.clone(), doc.lang);
    // Left out and not yet printed: a reader may have read past a block when it hands it out.
    let mut dropped: VecDeque<Dropped> = VecDeque::new();
    let mut printed = 0;
    while let Some(block) = reader.next_block() {
        let block = match block {
            Ok(block) => block,
            Err(e) => return Ok(Err(e)),
        };
        dropped.extend(reader.take_dropped());
        while let Some(d) = dropped.pop_front() {
            if d.line >= block.line {
                dropped.push_front(d);
                break;
            }
            if jsonl {
                write_json(out, &dropped_record(&id, &d))?;
            }
        }
        if !jsonl && printed > 0 {
            writeln!(out)?;
        }
        printed += 1;
        for seg in &block.segments {
            if jsonl {
                let record = SegmentRecord {
                    doc: &id,
                    block: block.index,
                    kind: block.kind.as_str(),
                    id: &seg.id,
                    lang,
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
        dropped.extend(reader.take_dropped());
        for d in &dropped {
            write_json(out, &dropped_record(&id, d))?;
        }
    }
    Ok(Ok(()))
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

fn dropped_record<'a>(doc: &'a str, d: &'a Dropped) -> DroppedRecord<'a> {
    DroppedRecord {
        doc,
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
