//! A document read as a stream of blocks, so that reading a large file holds a block at a time
//! rather than the file: [`open`] checks the whole input first (binary, invalid UTF-8, the
//! language, all before anything is paid for), then [`Opened::reader`] reads it again from the
//! start a block at a time ([`DocumentReader`]). Plain text is read line by line through a
//! `BufReader`, Markdown a chunk of whole blocks at a time; HTML is parsed whole (telling the
//! article from the page needs the whole page) and its blocks handed out one by one.

use super::blocks::Item;
use super::markdown::{self, Labels, MarkdownBlocks};
use super::plain::PlainBlocks;
use super::{Block, BlockKind, Cleaner, Document, Dropped, InputFormat, LangChoice, ReadError};
use crate::lang::{Lang, Letters};
use crate::text::nfc;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::PathBuf;

/// Longest line a plain text may have: a "line" past this is not text a person wrote (a
/// table or a database dumped as one line); it is refused with its line number rather than
/// read into memory whatever its size.
pub const MAX_LINE_BYTES: usize = 256 << 20;

/// Largest HTML page read: a page is parsed whole (telling the article from the rest of the
/// page needs all of it), at about eight times its size in memory, so past this it is refused
/// with what to do rather than read into memory whatever its size.
pub const MAX_PAGE_BYTES: usize = 256 << 20;

/// How many blocks the language is guessed from, as [`super::assemble`] samples them.
const LANGUAGE_SAMPLE_BLOCKS: usize = 200;

/// Where a document's bytes are: a file named, or an open file (standard input, which the
/// command layer copies to a temporary file so that it can be read twice).
#[derive(Clone, Debug)]
pub enum Input {
    Path(PathBuf),
    /// Shared by the copies of an [`Opened`]: each read opens its own handle and rewinds it.
    File(std::sync::Arc<File>),
}

impl Input {
    /// The input from its start, buffered.
    fn open(&self, shown: &str) -> Result<BufReader<File>, ReadError> {
        let io = |source| ReadError::Io {
            path: shown.to_string(),
            source,
        };
        let mut file = match self {
            Input::Path(path) => File::open(path).map_err(io)?,
            Input::File(file) => file.try_clone().map_err(io)?,
        };
        file.rewind().map_err(io)?;
        Ok(BufReader::with_capacity(1 << 16, file))
    }

    /// The whole input, refused past `max` bytes.
    fn read_all(&self, shown: &str, max: usize) -> Result<Vec<u8>, ReadError> {
        let mut bytes = Vec::new();
        self.open(shown)?
            .take(max as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| ReadError::Io {
                path: shown.to_string(),
                source,
            })?;
        if bytes.len() > max {
            return Err(ReadError::PageTooLarge {
                path: shown.to_string(),
                max,
            });
        }
        Ok(bytes)
    }
}

/// How to read a document.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub format: InputFormat,
    pub lang: LangChoice,
    pub cleaner: Cleaner,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    pub lossy: bool,
    /// In plain text, single line breaks inside a paragraph are spaces.
    pub join_lines: bool,
}

/// A document checked and ready to be read: its name, where it was read from and its language.
/// A copy reads the document again from its start (an estimate before the run, then the run).
#[derive(Clone, Debug)]
pub struct Opened {
    pub id: String,
    pub source: String,
    pub lang: Lang,
    how: How,
}

#[derive(Clone, Debug)]
enum How {
    /// Parsed whole when opened (HTML).
    Whole(Box<Document>),
    /// Plain text, read again line by line.
    Plain {
        input: Input,
        cleaner: Cleaner,
        lossy: bool,
        joined: bool,
    },
    /// Markdown, read again a chunk at a time, its links resolved against the reference
    /// definitions found when it was opened.
    Markdown {
        input: Input,
        cleaner: Cleaner,
        lossy: bool,
        labels: std::sync::Arc<Labels>,
    },
}

impl Opened {
    /// The document without its blocks, for a reader that reads them as a stream.
    fn head(&self) -> Document {
        Document {
            id: self.id.clone(),
            source: self.source.clone(),
            lang: self.lang,
            blocks: Vec::new(),
            dropped: Vec::new(),
            metadata: Default::default(),
            lang_mismatch: None,
            opening_heading: None,
        }
    }

    /// The document as it was parsed, when its format is parsed whole: what it warns about.
    pub fn warnings(&self) -> Vec<String> {
        match &self.how {
            How::Whole(doc) => doc.warnings(),
            How::Plain { .. } | How::Markdown { .. } => Vec::new(),
        }
    }

    /// Reads the document from its start, a block at a time.
    pub fn reader(self) -> Result<DocumentReader, ReadError> {
        let streamed = self.head();
        let (head, blocks) = match self.how {
            How::Whole(doc) => {
                let mut doc = *doc;
                let blocks = std::mem::take(&mut doc.blocks);
                (doc, Blocks::Whole(blocks.into_iter()))
            }
            How::Plain {
                input,
                cleaner,
                lossy,
                joined,
            } => {
                let lines = FileLines::new(input.open(&self.source)?, &self.source, lossy);
                let items = PlainBlocks::new(lines, cleaner, joined);
                (streamed, Blocks::Stream(Box::new(items)))
            }
            How::Markdown {
                input,
                cleaner,
                lossy,
                labels,
            } => {
                let lines = FileLines::new(input.open(&self.source)?, &self.source, lossy);
                let items = MarkdownBlocks::new(lines, cleaner, labels);
                (streamed, Blocks::Stream(Box::new(items)))
            }
        };
        Ok(DocumentReader {
            head,
            blocks,
            count: 0,
            in_body: false,
            each: None,
            left_out: 0,
        })
    }
}

/// Checks a document and settles its language; Markdown and HTML are parsed here. Every
/// error a document can have is found here, before a run starts, except one the file gains
/// while it is being read.
pub fn open(
    id: &str,
    shown: &str,
    input: Input,
    options: &ReadOptions,
) -> Result<Opened, ReadError> {
    let opened = |lang, how| Opened {
        id: id.to_string(),
        source: shown.to_string(),
        lang,
        how,
    };
    if options.format == InputFormat::Html {
        let bytes = input.read_all(shown, MAX_PAGE_BYTES)?;
        let text = super::decode_as(shown, &bytes, options.format, options.lossy)?;
        drop(bytes);
        let doc = super::read(
            id,
            shown,
            &text,
            options.format,
            options.lang,
            &options.cleaner,
        )?;
        return Ok(opened(doc.lang, How::Whole(Box::new(doc))));
    }
    let size = check_text(
        &mut input.open(shown)?,
        shown,
        options.lossy,
        MAX_LINE_BYTES,
    )?;
    let lines =
        || -> Result<_, ReadError> { Ok(FileLines::new(input.open(shown)?, shown, options.lossy)) };
    if options.format == InputFormat::Markdown {
        // A document of one chunk has no definitions elsewhere to look up.
        let labels = if size > markdown::CHUNK_BYTES {
            markdown::reference_labels(lines()?, markdown::CHUNK_BYTES)?
        } else {
            Labels::default()
        };
        let labels = std::sync::Arc::new(labels);
        let lang = match options.lang {
            LangChoice::Fixed(lang) => lang,
            LangChoice::Auto => {
                let items = MarkdownBlocks::new(lines()?, options.cleaner.clone(), labels.clone());
                detect_language(items, shown)?
            }
        };
        let how = How::Markdown {
            input,
            cleaner: options.cleaner.clone(),
            lossy: options.lossy,
            labels,
        };
        return Ok(opened(lang, how));
    }
    let lang = match options.lang {
        LangChoice::Fixed(lang) => lang,
        LangChoice::Auto => {
            let items = PlainBlocks::new(lines()?, options.cleaner.clone(), options.join_lines);
            detect_language(items, shown)?
        }
    };
    Ok(opened(
        lang,
        How::Plain {
            input,
            cleaner: options.cleaner.clone(),
            lossy: options.lossy,
            joined: options.join_lines,
        },
    ))
}

/// The language of a document from the letters of its first blocks, read as the document
/// will be read (as [`super::assemble`] samples a document held whole).
fn detect_language(
    items: impl Iterator<Item = Result<Item, ReadError>>,
    shown: &str,
) -> Result<Lang, ReadError> {
    let mut letters = Letters::default();
    let mut sampled = 0;
    for item in items {
        if let Item::Block(block) = item? {
            if block.kind != BlockKind::Code {
                letters.add(&block.text);
                sampled += 1;
                if sampled == LANGUAGE_SAMPLE_BLOCKS {
                    break;
                }
            }
        }
    }
    letters.detect().ok_or_else(|| ReadError::UnknownLanguage {
        path: shown.to_string(),
    })
}

/// Checks the bytes of a text as [`super::decode`] does, a buffer at a time: refuses a binary
/// file (a NUL byte in the first 8 KiB) and names the offset of the first invalid UTF-8 byte
/// (or, when `lossy`, warns of it once); and refuses a line longer than `max_line` bytes
/// (between two `\n`), as [`FileLines`] would later. Returns the text's size in bytes
/// (`usize::MAX` when the check stopped at invalid UTF-8 it was told to let through).
fn check_text(
    reader: &mut impl Read,
    shown: &str,
    lossy: bool,
    max_line: usize,
) -> Result<usize, ReadError> {
    // Small enough to cost nothing to clear for each of a batch's thousand short articles.
    let mut buf = vec![0u8; 64 << 10];
    // Bytes of a character the last buffer cut, then the new buffer.
    let mut pending: Vec<u8> = Vec::new();
    let mut offset = 0usize;
    let mut lines = LineLengths::default();
    loop {
        let n = read_some(reader, &mut buf).map_err(|source| ReadError::Io {
            path: shown.to_string(),
            source,
        })?;
        if let Some(line) = lines.add(&buf[..n], max_line) {
            return Err(ReadError::LineTooLong {
                path: shown.to_string(),
                line,
                max: max_line,
            });
        }
        if offset + pending.len() < 8192 {
            let start = offset + pending.len();
            let probe = &buf[..n.min(8192 - start)];
            if let Some(i) = probe.iter().position(|&b| b == 0) {
                return Err(ReadError::Binary {
                    path: shown.to_string(),
                    offset: start + i,
                });
            }
        }
        if n == 0 {
            if pending.is_empty() {
                return Ok(offset);
            }
            // A character cut off by the end of the file.
            return invalid(shown, offset, lossy).map(|()| offset + pending.len());
        }
        pending.extend_from_slice(&buf[..n]);
        match std::str::from_utf8(&pending) {
            Ok(_) => {
                offset += pending.len();
                pending.clear();
            }
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                offset += valid;
                pending.drain(..valid);
            }
            // Lossy: the check ends here, and the size is not known.
            Err(e) => return invalid(shown, offset + e.valid_up_to(), lossy).map(|()| usize::MAX),
        }
    }
}

/// The length of the line being read and how many came before it, counted as
/// [`FileLines`] counts them (a line ends at `\n`, `\r\n` or a lone `\r`; its length runs
/// between two `\n`).
#[derive(Default)]
struct LineLengths {
    /// Bytes since the last `\n`.
    since_newline: usize,
    /// Lines ended so far.
    ended: usize,
    /// The last buffer ended with a `\r`: a `\n` first in the next one is the same break.
    cr: bool,
}

impl LineLengths {
    /// Counts a buffer; returns the number of the first line longer than `max`, if any.
    fn add(&mut self, bytes: &[u8], max: usize) -> Option<usize> {
        if bytes.is_empty() {
            return None;
        }
        let mut start = 0;
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            let pair = if at == 0 {
                self.cr
            } else {
                bytes[at - 1] == b'\r'
            };
            if bytes[at] == b'\n' {
                // A `\r` just before is part of the break, not of the line.
                let len = self.since_newline + at - start - usize::from(pair);
                if len > max {
                    return Some(self.ended + 1);
                }
                self.since_newline = 0;
                start = at + 1;
                if !pair {
                    self.ended += 1;
                }
            } else {
                self.ended += 1;
            }
        }
        self.since_newline += bytes.len() - start;
        self.cr = bytes.last() == Some(&b'\r');
        // Without its end (a `\r` aside, which may end the file).
        let len = self.since_newline - usize::from(self.cr);
        (len > max).then_some(self.ended + 1)
    }
}

fn invalid(shown: &str, offset: usize, lossy: bool) -> Result<(), ReadError> {
    if lossy {
        tracing::warn!(
            "{shown}: invalid UTF-8 from byte offset {offset}; replaced with U+FFFD as --lossy asks"
        );
        return Ok(());
    }
    Err(ReadError::InvalidUtf8 {
        path: shown.to_string(),
        offset,
    })
}

/// Fills as much of `buf` as the reader gives before its end.
fn read_some(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// The physical lines of a text file (ended by `\n`, `\r\n` or a lone `\r`, as
/// `plain::physical_lines` cuts a text held whole), decoded one at a time as [`super::decode`]
/// decodes the whole file: the byte-order mark dropped, NFC applied (a line break is a
/// boundary normalisation never crosses, so lines normalised one by one give the text
/// normalised whole). A line longer than [`MAX_LINE_BYTES`] is an error.
pub(super) struct FileLines<R> {
    reader: R,
    path: String,
    lossy: bool,
    /// Bytes read before the current line.
    offset: usize,
    /// Lines read so far, for the message about a line too long.
    line_no: usize,
    /// [`MAX_LINE_BYTES`], smaller in tests.
    max_line: usize,
    raw: Vec<u8>,
    lines: VecDeque<String>,
    done: bool,
}

impl<R: BufRead> FileLines<R> {
    pub(super) fn new(reader: R, path: &str, lossy: bool) -> Self {
        FileLines {
            reader,
            path: path.to_string(),
            lossy,
            offset: 0,
            line_no: 0,
            max_line: MAX_LINE_BYTES,
            raw: Vec::new(),
            lines: VecDeque::new(),
            done: false,
        }
    }

    /// Reads up to the next `\n` and splits what it read at each `\r`.
    fn fill(&mut self) -> Result<bool, ReadError> {
        self.raw.clear();
        // A line of the longest length, with its `\r\n`.
        let limit = self.max_line as u64 + 2;
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.raw)
            .map_err(|source| ReadError::Io {
                path: self.path.clone(),
                source,
            })?;
        if n == 0 {
            return Ok(false);
        }
        let body = self.raw.strip_suffix(b"\n").unwrap_or(&self.raw);
        // `\r\n` is one line break; a `\r` that ends the file ends its last line.
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        if body.len() > self.max_line {
            return Err(ReadError::LineTooLong {
                path: self.path.clone(),
                line: self.line_no + 1,
                max: self.max_line,
            });
        }
        let text = match std::str::from_utf8(body) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) if self.lossy => String::from_utf8_lossy(body),
            Err(e) => {
                return Err(ReadError::InvalidUtf8 {
                    path: self.path.clone(),
                    offset: self.offset + e.valid_up_to(),
                })
            }
        };
        let text = if self.offset == 0 {
            text.strip_prefix('\u{feff}').unwrap_or(&text)
        } else {
            &text
        };
        for line in text.split('\r') {
            self.line_no += 1;
            self.lines.push_back(nfc(line).into_owned());
        }
        self.offset += n;
        Ok(true)
    }
}

/// What a reader holds: the bytes of text read and not yet handed out (lines, blocks being
/// gathered, the opening held for the headline rule, pieces left out not yet taken).
pub(super) trait Held {
    fn held(&self) -> usize;
}

impl<R> Held for FileLines<R> {
    fn held(&self) -> usize {
        self.raw.len() + self.lines.iter().map(String::len).sum::<usize>()
    }
}

/// A plain-text reader as a document reader keeps it.
trait Items: Iterator<Item = Result<Item, ReadError>> + Held {}

impl<T: Iterator<Item = Result<Item, ReadError>> + Held> Items for T {}

impl<R: BufRead> Iterator for FileLines<R> {
    type Item = Result<String, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(line) = self.lines.pop_front() {
                return Some(Ok(line));
            }
            if self.done {
                return None;
            }
            match self.fill() {
                Ok(true) => {}
                Ok(false) => self.done = true,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// What a reader does to every block it reads (the segmenter).
type EachBlock = Box<dyn FnMut(&mut Block)>;

/// Where a reader's blocks come from.
enum Blocks {
    Stream(Box<dyn Items>),
    Whole(std::vec::IntoIter<Block>),
}

/// A document handed out a block at a time, numbered as [`super::assemble`] numbers them,
/// with what was left out so far and the headline as far as it is known.
pub struct DocumentReader {
    /// The document without its blocks: its name, language, metadata, the pieces left out
    /// since the last [`DocumentReader::piece`], and its opening heading once seen.
    head: Document,
    blocks: Blocks,
    count: usize,
    /// A paragraph has been read: the opening heading is settled.
    in_body: bool,
    each: Option<EachBlock>,
    /// Bytes of the text left out since the last piece.
    left_out: usize,
}

/// What [`DocumentReader::next_within`] reads.
pub enum Next {
    Block(Block),
    /// What was left out since the last piece weighs the limit: a piece should take it.
    LeftOut,
}

impl std::fmt::Debug for DocumentReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentReader")
            .field("id", &self.head.id)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

impl DocumentReader {
    /// A document read whole, handed out a block at a time.
    pub fn from_document(mut doc: Document) -> Self {
        let blocks = std::mem::take(&mut doc.blocks);
        DocumentReader {
            head: doc,
            blocks: Blocks::Whole(blocks.into_iter()),
            count: 0,
            in_body: false,
            each: None,
            left_out: 0,
        }
    }

    /// Applies `f` to every block as it is read (the segmenter, say).
    pub fn each_block(mut self, f: impl FnMut(&mut Block) + 'static) -> Self {
        self.each = Some(Box::new(f));
        self
    }

    /// The document's name, source and language.
    pub fn head(&self) -> &Document {
        &self.head
    }

    /// The next block, or `None` at the end.
    pub fn next_block(&mut self) -> Option<Result<Block, ReadError>> {
        loop {
            match self.next_within(usize::MAX)? {
                Ok(Next::Block(block)) => return Some(Ok(block)),
                Ok(Next::LeftOut) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// The next block, or [`Next::LeftOut`] once the text of what was left out since the last
    /// [`DocumentReader::piece`] reaches `limit` bytes, so that a piece takes it before the
    /// reader goes on (a text of nothing but dropped lines is read a part at a time too);
    /// `None` at the end.
    pub fn next_within(&mut self, limit: usize) -> Option<Result<Next, ReadError>> {
        let mut block = loop {
            if self.left_out > 0 && self.left_out >= limit {
                return Some(Ok(Next::LeftOut));
            }
            match &mut self.blocks {
                Blocks::Whole(blocks) => break blocks.next()?,
                Blocks::Stream(items) => match items.next()? {
                    Ok(Item::Dropped(d)) => {
                        self.left_out += d.text.len();
                        self.head.dropped.push(d);
                    }
                    Ok(Item::Block(raw)) => {
                        break Block {
                            index: self.count + 1,
                            line: raw.line,
                            kind: raw.kind,
                            text: raw.text,
                            protected: raw.protected,
                            segments: Vec::new(),
                        }
                    }
                    Err(e) => return Some(Err(e)),
                },
            }
        };
        self.count += 1;
        if !self.in_body {
            if block.kind == BlockKind::Heading && self.head.opening_heading.is_none() {
                self.head.opening_heading = Some(block.text.clone());
            }
            self.in_body = block.kind == BlockKind::Paragraph;
        }
        if let Some(f) = &mut self.each {
            f(&mut block);
        }
        Some(Ok(Next::Block(block)))
    }

    /// The bytes of text this reader holds besides the blocks it handed out: for a document
    /// read as a stream, what is read and not yet handed out, which a long document does not
    /// make larger (a few lines, the opening blocks, the block being gathered); for one
    /// parsed whole, the blocks still to hand out. What a test of the bound reads.
    pub fn held(&self) -> usize {
        let dropped: usize = self.head.dropped.iter().map(|d| d.text.len()).sum();
        dropped
            + match &self.blocks {
                Blocks::Stream(items) => items.held(),
                Blocks::Whole(blocks) => blocks.as_slice().iter().map(|b| b.text.len()).sum(),
            }
    }

    /// What was left out since the last piece (or the last call), taken.
    pub fn take_dropped(&mut self) -> Vec<Dropped> {
        self.left_out = 0;
        std::mem::take(&mut self.head.dropped)
    }

    /// A document of these blocks (read from this one), with what was left out since the
    /// last piece and the headline as known so far: what a part of a run translates.
    pub fn piece(&mut self, blocks: Vec<Block>) -> Document {
        Document {
            id: self.head.id.clone(),
            source: self.head.source.clone(),
            lang: self.head.lang,
            blocks,
            dropped: self.take_dropped(),
            metadata: self.head.metadata.clone(),
            lang_mismatch: self.head.lang_mismatch.clone(),
            opening_heading: self.head.opening_heading.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> Result<Vec<String>, ReadError> {
        FileLines::new(bytes, "f", false).collect()
    }

    #[test]
    fn file_lines_cut_where_a_text_held_whole_is_cut() {
        for text in [
            "a\nb",
            "a\n\nb\n",
            "a\r\nb\r\n\r\n",
            "x\r\r\n",
            "x\r",
            "x\r\r",
            "\r\n",
            "\n",
            "a\rb\nc",
            "",
            "\u{feff}Hà Nội\ne\u{301}\n\u{301}x",
        ] {
            let whole = super::super::decode("f", text.as_bytes(), false).unwrap();
            let expected: Vec<String> = super::super::plain::physical_lines_of(&whole);
            assert_eq!(lines(text.as_bytes()).unwrap(), expected, "{text:?}");
        }
    }

    #[test]
    fn file_lines_and_the_check_report_the_offsets_decode_reports() {
        let bytes = b"good line\nbad \xff here\n";
        let e = lines(bytes).unwrap_err();
        assert!(
            matches!(e, ReadError::InvalidUtf8 { offset: 14, .. }),
            "{e}"
        );
        for bytes in [
            &b"good line\nbad \xff here\n"[..],
            b"ab\xe1\x80",
            b"abc\xe1",
        ] {
            let whole = super::super::decode("f", bytes, false).unwrap_err();
            let checked = check_text(&mut &bytes[..], "f", false, 100).unwrap_err();
            assert_eq!(whole.to_string(), checked.to_string());
        }
        let nul = check_text(&mut &b"text\0more"[..], "f", false, 100).unwrap_err();
        assert!(matches!(nul, ReadError::Binary { offset: 4, .. }));
        assert!(check_text(&mut &b"bad \xff"[..], "f", true, 100).is_ok());
        let lossy: Vec<String> = FileLines::new(&b"bad \xff\nok"[..], "f", true)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(lossy, ["bad \u{fffd}", "ok"]);
    }

    #[test]
    fn a_line_longer_than_the_limit_is_refused_with_its_line_number() {
        let mut reader =
            FileLines::new(&b"short\r\nexactly ten\r\n0123456789abc\n"[..], "f", false);
        reader.max_line = 11;
        let read: Vec<Result<String, ReadError>> = reader.collect();
        assert_eq!(read.len(), 3, "nothing read after the error");
        assert_eq!(read[0].as_deref().ok(), Some("short"));
        assert_eq!(read[1].as_deref().ok(), Some("exactly ten"));
        let e = read[2].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("f:3: line longer than 11 bytes"), "{e}");
        let mut reader = FileLines::new(&b"0123456789ab\n"[..], "f", false);
        reader.max_line = 11;
        assert!(
            reader.next().unwrap().is_err(),
            "one byte over, without a \\r"
        );
        // The check before reading finds it, with the same line number.
        for (text, line) in [
            (&b"short\r\nexactly ten\r\n0123456789abc\n"[..], Some(3)),
            (b"a\rb\r\n0123456789ab", Some(3)),
            (b"exactly ten\r\nexactly ten\r", None),
            (b"exactly ten\n\n\r\n", None),
        ] {
            let found = check_text(&mut &text[..], "f", false, 11)
                .err()
                .map(|e| match e {
                    ReadError::LineTooLong { line, .. } => line,
                    other => panic!("{other}"),
                });
            assert_eq!(found, line, "{text:?}");
        }
    }

    #[test]
    fn a_page_past_the_limit_is_refused_with_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.html");
        std::fs::write(&path, "<p>x</p>".repeat(10)).unwrap();
        let input = Input::Path(path);
        assert_eq!(input.read_all("p.html", 80).unwrap().len(), 80);
        let e = input.read_all("p.html", 79).unwrap_err().to_string();
        assert!(
            e.starts_with("p.html: an HTML page larger than 79 bytes"),
            "{e}"
        );
        assert!(e.contains("--input-format txt"), "{e}");
    }

    #[test]
    fn a_character_cut_by_the_check_buffer_is_not_invalid() {
        // A three-byte character across the check's 1 MiB buffer boundary.
        let mut text = "a".repeat((1 << 20) - 1);
        text.push_str("中文 and more");
        assert!(check_text(&mut text.as_bytes(), "f", false, 2 << 20).is_ok());
    }
}
