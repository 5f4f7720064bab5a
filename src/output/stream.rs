//! Writing a document part by part, so that a large document never has to be held whole:
//! each writer says what it can write before any row, renders the rows of each part as they
//! come, and at the end gives what closes the file, and what goes before everything else
//! when that depends on every row (the Markdown and reading page headers count failures and
//! name providers). Those rows wait in a spool file until the header is known.
//!
//! The one-shot [`render`] goes through the same three steps, so a document written in parts
//! has the bytes of the same document written at once.

use super::{Context, Format};
use crate::aligned::Aligned;
use crate::fsio::{temp_file_in, WriteError};
use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

/// One output file of one document, written in three steps.
pub(super) trait Parts {
    /// What can be written before any row.
    fn head(&mut self, _doc: &Aligned) -> Vec<u8> {
        Vec::new()
    }
    /// The rows of one part, in order. A part holds whole blocks but for a paragraph larger
    /// than a part, which the next part goes on with (its rows keep the block's index): a
    /// writer that renders a block as a whole may hold its last block open until
    /// [`Parts::end_rows`] or a row of another block.
    fn rows(&mut self, part: &Aligned) -> Vec<u8>;
    /// Once every row is given: what [`Parts::rows`] held open (the last block).
    fn end_rows(&mut self) -> Vec<u8> {
        Vec::new()
    }
    /// What one part adds to a list that closes the file, after the rows (the reading page
    /// lists the lines left out): it waits in a spool of its own, so that no writer holds a
    /// list that grows with the document.
    fn aside(&mut self, _part: &Aligned) -> Vec<u8> {
        Vec::new()
    }
    /// Once every row is written: what goes before the aside and after it (between the rows
    /// and [`Parts::finish`]'s tail), which may count what the asides listed.
    fn around_aside(&mut self) -> (Vec<u8>, Vec<u8>) {
        (Vec::new(), Vec::new())
    }
    /// Once every row is written: what goes before everything ([`Parts::late_head`] writers
    /// only) and what closes the file.
    fn finish(&mut self, doc: &Aligned) -> (Vec<u8>, Vec<u8>);
    /// Whether [`Parts::finish`] gives a header, so the rows must wait until it is known.
    /// Such a writer has no early [`Parts::head`]: all it puts before the rows comes late.
    fn late_head(&self) -> bool {
        false
    }
}

/// The whole file of one document at once.
pub(super) fn render(parts: &mut dyn Parts, doc: &Aligned) -> String {
    let mut out = parts.head(doc);
    out.extend(parts.rows(doc));
    out.extend(parts.end_rows());
    let aside = parts.aside(doc);
    let (before, after) = parts.around_aside();
    let (late, tail) = parts.finish(doc);
    let mut all = late;
    for piece in [out, before, aside, after, tail] {
        all.extend(piece);
    }
    String::from_utf8(all).expect("writers write UTF-8")
}

/// An XML writer as [`crate::xml::document`] makes one, the declaration written: the XML
/// writers keep one for a whole file, so that every part is indented as the one-shot file.
pub(super) fn xml_writer() -> quick_xml::Writer<Vec<u8>> {
    use quick_xml::events::{BytesDecl, Event};
    let mut writer = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect("writing to memory cannot fail");
    writer
}

/// What an XML writer wrote since it was last asked, taken out of it: its indentation state
/// stays for the next part.
pub(super) fn taken(w: &mut quick_xml::Writer<Vec<u8>>, written: std::io::Result<()>) -> Vec<u8> {
    written.expect("writing to memory cannot fail");
    std::mem::take(w.get_mut())
}

/// Closes the elements still open, innermost first, and ends the file with a line break.
pub(super) fn closed(
    w: &mut quick_xml::Writer<Vec<u8>>,
    open: &[&str],
    written: std::io::Result<()>,
) -> Vec<u8> {
    use quick_xml::events::{BytesEnd, Event};
    let written = written.and_then(|()| {
        open.iter()
            .try_for_each(|name| w.write_event(Event::End(BytesEnd::new(*name))).map(drop))
    });
    let mut tail = taken(w, written);
    tail.push(b'\n');
    tail
}

/// The writers of one format for one document, each with its file's name: XLIFF has one
/// per target language.
pub(super) fn writers<'a>(
    format: Format,
    doc: &Aligned,
    ctx: &Context<'a>,
) -> Vec<(String, Box<dyn Parts + 'a>)> {
    let ctx = *ctx;
    let name = |ext: &str| format!("{}.{ext}", doc.doc);
    match format {
        Format::Jsonl => vec![(name("jsonl"), Box::new(super::Jsonl))],
        Format::Tsv => vec![(name("tsv"), Box::new(super::Tsv))],
        Format::Tmx => vec![(name("tmx"), Box::new(super::tmx::Tmx::new(ctx)))],
        Format::Md => vec![(name("md"), Box::new(super::markdown::Markdown::default()))],
        Format::Html => vec![(name("html"), Box::new(super::html::Page::new(ctx)))],
        Format::Xliff => doc
            .targets
            .iter()
            .map(|&t| {
                let parts: Box<dyn Parts + 'a> = Box::new(super::xliff::Xliff::new(t, ctx));
                (format!("{}.{}.xlf", doc.doc, t.code()), parts)
            })
            .collect(),
    }
}

/// One file being written: rows go to its temporary file, or to a spool while its header
/// waits for the last row.
struct Open<'a> {
    path: PathBuf,
    parts: Box<dyn Parts + 'a>,
    out: BufWriter<tempfile::NamedTempFile>,
    spool: Option<BufWriter<std::fs::File>>,
    /// What the parts gave for the list after the rows ([`Parts::aside`]), once there is any.
    aside: Option<BufWriter<std::fs::File>>,
    /// Where the spools go.
    dir: PathBuf,
}

/// Every requested file of one document, written part by part and renamed into place at the
/// end: until then the old files (or none) stay, and a killed run leaves only temporary
/// files in the scratch folder (or beside the outputs without one).
pub struct DocumentWriter<'a> {
    doc: Aligned,
    files: Vec<Open<'a>>,
}

impl<'a> DocumentWriter<'a> {
    /// Opens the files of a document; `doc` gives what the document says about itself (its
    /// rows are not read, nor what it left out: each part brings its own, see
    /// [`DocumentWriter::rows`]).
    pub fn begin(
        doc: &Aligned,
        out_dir: &Path,
        formats: &[Format],
        ctx: &Context<'a>,
    ) -> Result<Self, WriteError> {
        let mut head = doc.clone();
        head.rows = Vec::new();
        head.dropped = Vec::new();
        let mut files = Vec::new();
        for &format in formats {
            for (name, mut parts) in writers(format, &head, ctx) {
                let path = out_dir.join(name);
                let err = error(&path);
                let dir = ctx.scratch.unwrap_or(out_dir);
                std::fs::create_dir_all(dir).map_err(err)?;
                // A batch's documents keep their folders (`site/en/a`): the file's own.
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder).map_err(error(&path))?;
                }
                let mut out = BufWriter::new(temp_file_in(dir).map_err(error(&path))?);
                let spool = if parts.late_head() {
                    let file = tempfile::tempfile_in(dir).map_err(error(&path))?;
                    Some(BufWriter::new(file))
                } else {
                    None
                };
                let early = parts.head(&head);
                debug_assert!(
                    spool.is_none() || early.is_empty(),
                    "a late header has no early one"
                );
                out.write_all(&early).map_err(error(&path))?;
                files.push(Open {
                    path,
                    parts,
                    out,
                    spool,
                    aside: None,
                    dir: dir.to_path_buf(),
                });
            }
        }
        Ok(DocumentWriter { doc: head, files })
    }

    /// Appends the rows of one part. A part also brings what the document left out since the
    /// part before, and its headline as known so far (a document read as a stream knows its
    /// opening heading only once its opening is read): the late headers and the file's end
    /// are written with what the last part knows.
    pub fn rows(&mut self, part: &Aligned) -> Result<(), WriteError> {
        // What was left out is not kept: a writer that lists it does so part by part.
        self.doc.title.clone_from(&part.title);
        for file in &mut self.files {
            let bytes = file.parts.rows(part);
            let sink: &mut dyn Write = match &mut file.spool {
                Some(spool) => spool,
                None => &mut file.out,
            };
            sink.write_all(&bytes).map_err(error(&file.path))?;
            let aside = file.parts.aside(part);
            if aside.is_empty() {
                continue;
            }
            let spool = match &mut file.aside {
                Some(spool) => spool,
                None => {
                    let made = tempfile::tempfile_in(&file.dir).map_err(error(&file.path))?;
                    file.aside.insert(BufWriter::new(made))
                }
            };
            spool.write_all(&aside).map_err(error(&file.path))?;
        }
        Ok(())
    }

    /// Closes every file and renames it into place; returns the paths written.
    pub fn finish(self) -> Result<Vec<PathBuf>, WriteError> {
        self.close()?.persist()
    }

    /// Writes the end of every file: all that is left is to put them in place
    /// ([`Closed::persist`]), which a writer may leave to other threads.
    pub fn close(self) -> Result<Closed, WriteError> {
        let mut closed = Vec::new();
        for mut file in self.files {
            let path = file.path;
            let held = file.parts.end_rows();
            let sink: &mut dyn Write = match &mut file.spool {
                Some(spool) => spool,
                None => &mut file.out,
            };
            sink.write_all(&held).map_err(error(&path))?;
            let (late, tail) = file.parts.finish(&self.doc);
            let mut out = match file.spool {
                Some(spool) => {
                    // The header first, then the rows that waited for it.
                    let head = file
                        .out
                        .into_inner()
                        .map_err(|e| error(&path)(e.into_error()))?;
                    let mut out = BufWriter::new(head);
                    let mut spool = spool
                        .into_inner()
                        .map_err(|e| error(&path)(e.into_error()))?;
                    // Nothing was written at the start (a late header has no early one).
                    out.write_all(&late).map_err(error(&path))?;
                    spool.rewind().map_err(error(&path))?;
                    std::io::copy(&mut spool, &mut out).map_err(error(&path))?;
                    out
                }
                None => {
                    debug_assert!(late.is_empty(), "a header that waits needs a spool");
                    file.out
                }
            };
            let (before, after) = file.parts.around_aside();
            out.write_all(&before).map_err(error(&path))?;
            if let Some(aside) = file.aside {
                let mut aside = aside
                    .into_inner()
                    .map_err(|e| error(&path)(e.into_error()))?;
                aside.rewind().map_err(error(&path))?;
                std::io::copy(&mut aside, &mut out).map_err(error(&path))?;
            }
            out.write_all(&after).map_err(error(&path))?;
            out.write_all(&tail).map_err(error(&path))?;
            let tmp = out.into_inner().map_err(|e| error(&path)(e.into_error()))?;
            closed.push((tmp, path));
        }
        Ok(Closed(closed))
    }
}

/// A document's files, complete in their temporary files, to be put in place.
pub struct Closed(Vec<(tempfile::NamedTempFile, PathBuf)>);

impl Closed {
    /// The paths the files go to.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.0.iter().map(|(_, path)| path.clone()).collect()
    }

    /// Syncs every file to disk and renames it into place (see [`crate::fsio::persist`]);
    /// returns the paths written.
    pub fn persist(self) -> Result<Vec<PathBuf>, WriteError> {
        let mut written = Vec::new();
        for (tmp, path) in self.0 {
            crate::fsio::persist(tmp, &path).map_err(error(&path))?;
            written.push(path);
        }
        Ok(written)
    }
}

fn error(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError {
        path: path.display().to_string(),
        source,
    }
}
