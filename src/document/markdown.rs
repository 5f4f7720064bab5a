//! Markdown input, read with pulldown-cmark: one block per paragraph, heading, list item, quoted
//! paragraph, table cell or code block, with inline code protected from translation.
//!
//! Text belongs to the innermost block around it, so nothing is emitted twice; its kind comes
//! from the innermost heading, list item, quote or table cell around it (a paragraph inside a
//! quote is a quote), else it is a paragraph.

use super::blocks::{collect, trim_code, Collector, Item, Run};
use super::stream::Held;
use super::{BlockKind, Cleaner, Dropped, RawBlock, ReadError};
use pulldown_cmark::{BrokenLink, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::{HashSet, VecDeque};
use std::ops::Range;
use std::sync::Arc;

/// What the parser reads. Strikethrough stays off: a single `~` is common in Chinese and
/// Vietnamese ranges (`10~20`) and would be eaten as markup. Metadata blocks are read only
/// as the document's front matter ([`FRONT_MATTER`]): pulldown-cmark takes any `---` line
/// followed by text as the start of one, anywhere, and a thematic break written that way
/// made everything up to the next `---` "metadata".
const OPTIONS: Options = Options::ENABLE_TABLES;

/// The options for the front matter at the very start of a document.
const FRONT_MATTER: Options = OPTIONS
    .union(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS)
    .union(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);

/// How far front matter is looked for: a `---` first line with no closing line within this
/// many lines is a thematic break, not the start of front matter.
const FRONT_MATTER_MAX_LINES: usize = 1000;

/// How much text a chunk gathers before it is parsed. A document is parsed a chunk at a time
/// so that reading a large one holds a chunk, not the file; a chunk ends after a whole number
/// of top-level blocks (see [`Chunker`]), so the blocks are those of the text parsed whole.
pub(super) const CHUNK_BYTES: usize = 256 << 10;

/// Reads a Markdown text held whole (as [`MarkdownBlocks`] reads a file).
pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    parse_in_chunks(text, cleaner, CHUNK_BYTES)
}

/// [`parse`] with chunks of about `chunk` bytes (small in tests and fuzzing, to cut everywhere).
pub(crate) fn parse_in_chunks(
    text: &str,
    cleaner: &Cleaner,
    chunk: usize,
) -> (Vec<RawBlock>, Vec<Dropped>) {
    let lines = || super::plain::text_lines(text);
    // A text of one chunk has no definitions elsewhere to look up.
    let labels = if text.len() > chunk {
        reference_labels(lines(), chunk).unwrap_or_default()
    } else {
        Labels::default()
    };
    let mut blocks = MarkdownBlocks::new(lines(), cleaner.clone(), Arc::new(labels));
    blocks.chunks.size = chunk;
    collect(blocks)
}

/// The labels of a document's link reference definitions (`[label]: url`), normalised as
/// [`label_key`] does: a chunk's links may name a definition made in another chunk.
#[derive(Debug, Default)]
pub(super) struct Labels(HashSet<String>);

/// A reference label as CommonMark matches it: case folded, inner whitespace collapsed.
fn label_key(label: &str) -> String {
    let mut key = String::with_capacity(label.len());
    for word in label.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Reads every chunk of a document for its reference definitions (a first pass: the links
/// of a chunk are resolved against the whole document's, as when it is parsed whole).
pub(super) fn reference_labels<L>(lines: L, chunk: usize) -> Result<Labels, ReadError>
where
    L: Iterator<Item = Result<String, ReadError>>,
{
    let mut chunks = Chunker::new(lines);
    chunks.size = chunk;
    let mut labels = HashSet::new();
    while let Some(text) = chunks.next_chunk()? {
        let parser = Parser::new_ext(&text.text, text.options);
        labels.extend(
            parser
                .reference_definitions()
                .iter()
                .map(|(k, _)| label_key(k)),
        );
        let carry = walk(&text.text, parser.into_offset_iter(), text.last, |_, _| {});
        chunks.carry(text, carry);
    }
    Ok(Labels(labels))
}

/// Feeds the events of a chunk's complete top-level blocks to `feed`, and returns where the
/// rest of `text` starts unless `last`: more text may still change the last block (a
/// paragraph that the next line continues or turns into a heading, a list that goes on, a
/// fence still open), so it is parsed again at the head of the next chunk. Every block
/// before it is closed by the one after it and reads the same whatever follows.
fn walk<'a>(
    text: &str,
    events: impl Iterator<Item = (Event<'a>, Range<usize>)>,
    last: bool,
    mut feed: impl FnMut(Event<'a>, Range<usize>),
) -> Option<usize> {
    let mut block: Vec<(Event<'a>, Range<usize>)> = Vec::new();
    let mut block_start = 0;
    // Where the content of the blocks fed so far ends: a container's own range may run on
    // over lines that have no events (a list's takes in the link definitions after it).
    let mut content_end = 0;
    let mut depth = 0usize;
    for (event, range) in events {
        if depth == 0 {
            for (event, range) in block.drain(..) {
                if !is_container(&event) {
                    content_end = content_end.max(range.end);
                }
                feed(event, range);
            }
            block_start = range.start;
        }
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        block.push((event, range));
    }
    if last {
        for (event, range) in block {
            feed(event, range);
        }
        return None;
    }
    // From the start of the last block's line (or the chunk's end when no block is left),
    // and back over the lines just above it that are not blank and hold nothing fed: a link
    // definition that may open the next paragraph is read again with it, or the paragraph
    // would start elsewhere.
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut start = if block.is_empty() {
        text.len()
    } else {
        line_start(block_start.min(text.len()))
    };
    while start > 0 {
        let above = line_start(start - 1);
        if above < content_end || text[above..start].trim().is_empty() {
            break;
        }
        start = above;
    }
    (start < text.len()).then_some(start)
}

/// A container block's own event: its range is not its content's.
fn is_container(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Start(Tag::List(_) | Tag::Item | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_))
            | Event::End(
                TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition
            )
    )
}

/// Text to parse: whole lines of the document from `first_line`.
struct Chunk {
    text: String,
    first_line: usize,
    options: Options,
    /// Nothing follows: its last block is complete.
    last: bool,
}

/// Cuts a document's lines into chunks of about [`CHUNK_BYTES`]. The unfinished last block of
/// a chunk is given back ([`Chunker::carry`]) and opens the next one; a block larger than a
/// chunk (one long list, an unclosed fence) makes the next chunks twice its size, so that it
/// is parsed a bounded number of times whatever its size.
struct Chunker<L> {
    lines: L,
    /// Lines read so far.
    read: usize,
    /// What the last chunk gave back, and its first line.
    carried: String,
    carried_line: usize,
    /// The front matter has been looked for.
    started: bool,
    done: bool,
    size: usize,
}

impl<L: Iterator<Item = Result<String, ReadError>>> Chunker<L> {
    fn new(lines: L) -> Self {
        Chunker {
            lines,
            read: 0,
            carried: String::new(),
            carried_line: 1,
            started: false,
            done: false,
            size: CHUNK_BYTES,
        }
    }

    fn line(&mut self) -> Result<Option<String>, ReadError> {
        if self.done {
            return Ok(None);
        }
        match self.lines.next().transpose()? {
            Some(line) => {
                self.read += 1;
                Ok(Some(line))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }

    fn next_chunk(&mut self) -> Result<Option<Chunk>, ReadError> {
        let mut text = std::mem::take(&mut self.carried);
        let first_line = if text.is_empty() {
            self.read + 1
        } else {
            self.carried_line
        };
        let target = self.size.max(2 * text.len());
        if !self.started {
            self.started = true;
            if let Some(front) = self.front_matter(&mut text)? {
                return Ok(Some(front));
            }
        }
        while text.len() < target {
            match self.line()? {
                Some(line) => {
                    text.push_str(&line);
                    text.push('\n');
                }
                None => break,
            }
        }
        if text.is_empty() && self.done {
            return Ok(None);
        }
        Ok(Some(Chunk {
            text,
            first_line,
            options: OPTIONS,
            last: self.done,
        }))
    }

    /// Reads the front matter when the document opens with one (a `---` or `+++` line, text
    /// right after it, a closing line within [`FRONT_MATTER_MAX_LINES`]): a chunk of its own,
    /// parsed with metadata blocks on. Otherwise the lines read stay in `text`.
    fn front_matter(&mut self, text: &mut String) -> Result<Option<Chunk>, ReadError> {
        let fence = |line: &str| {
            let marks = line.trim_end_matches([' ', '\t']);
            (marks == "---" || marks == "+++").then(|| marks.as_bytes()[0])
        };
        let Some(first) = self.line()? else {
            return Ok(None);
        };
        let opened = fence(&first);
        text.push_str(&first);
        text.push('\n');
        let Some(mark) = opened else {
            return Ok(None);
        };
        for k in 0..FRONT_MATTER_MAX_LINES {
            let Some(line) = self.line()? else {
                return Ok(None);
            };
            let closes = fence(&line) == Some(mark)
                || (mark == b'-' && line.trim_end_matches([' ', '\t']) == "...");
            let blank = line.trim().is_empty();
            text.push_str(&line);
            text.push('\n');
            if k == 0 && (blank || closes) {
                // Not front matter as CommonMark readers take it.
                return Ok(None);
            }
            if closes {
                return Ok(Some(Chunk {
                    text: std::mem::take(text),
                    first_line: 1,
                    options: FRONT_MATTER,
                    last: true,
                }));
            }
        }
        Ok(None)
    }

    /// Gives back the text of `chunk` from byte `from` (where [`walk`] left off before its
    /// unfinished last block) to open the next chunk; `None` when the chunk was read to its end.
    fn carry(&mut self, chunk: Chunk, from: Option<usize>) {
        let Some(from) = from else {
            return;
        };
        // From the start of the block's line, so that its indentation is read again.
        let start = chunk.text[..from].rfind('\n').map_or(0, |i| i + 1);
        self.carried_line =
            chunk.first_line + memchr::memchr_iter(b'\n', &chunk.text.as_bytes()[..start]).count();
        let mut text = chunk.text;
        text.drain(..start);
        self.carried = text;
    }
}

/// A Markdown document read a chunk at a time, as [`Item`]s in reading order: what a
/// document reader takes from a file ([`super::stream`]), and [`parse`] from a text.
pub(super) struct MarkdownBlocks<L> {
    chunks: Chunker<L>,
    cleaner: Cleaner,
    labels: Arc<Labels>,
    /// The last block handed out, for the repeated-block rule across chunks.
    previous: Option<(usize, String)>,
    ready: VecDeque<Item>,
    failed: bool,
}

impl<L: Iterator<Item = Result<String, ReadError>>> MarkdownBlocks<L> {
    pub(super) fn new(lines: L, cleaner: Cleaner, labels: Arc<Labels>) -> Self {
        MarkdownBlocks {
            chunks: Chunker::new(lines),
            cleaner,
            labels,
            previous: None,
            ready: VecDeque::new(),
            failed: false,
        }
    }

    /// Parses a chunk into `ready`; returns where its unfinished last block starts.
    fn read(&mut self, chunk: &Chunk) -> Option<usize> {
        let labels = Arc::clone(&self.labels);
        // A link whose definition is in another chunk: found, as in the document parsed
        // whole (its address is not needed, only that it is a link).
        let found = move |link: BrokenLink| {
            labels
                .0
                .contains(&label_key(&link.reference))
                .then_some((CowStr::Borrowed(""), CowStr::Borrowed("")))
        };
        let parser = Parser::new_with_broken_link_callback(&chunk.text, chunk.options, Some(found));
        let mut reader = Reader {
            out: Collector::resume(&self.cleaner, self.previous.take()),
            lines: LineIndex::new(&chunk.text, chunk.first_line),
            run: Run::default(),
            kinds: Vec::new(),
            image_depth: 0,
            images: Vec::new(),
            verbatim: None,
        };
        let carry = walk(
            &chunk.text,
            parser.into_offset_iter(),
            chunk.last,
            |event, range| reader.event(event, range),
        );
        reader.flush();
        let (blocks, dropped, previous) = reader.out.finish_resumable();
        self.previous = previous;
        // In the order of their lines, a piece left out before a block on the same line.
        let mut dropped = dropped.into_iter().peekable();
        for block in blocks {
            while let Some(d) = dropped.next_if(|d| d.line <= block.line) {
                self.ready.push_back(Item::Dropped(d));
            }
            self.ready.push_back(Item::Block(block));
        }
        self.ready.extend(dropped.map(Item::Dropped));
        carry
    }
}

impl<L: Iterator<Item = Result<String, ReadError>>> Iterator for MarkdownBlocks<L> {
    type Item = Result<Item, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(Ok(item));
            }
            if self.failed {
                return None;
            }
            match self.chunks.next_chunk() {
                Ok(Some(chunk)) => {
                    let carry = self.read(&chunk);
                    self.chunks.carry(chunk, carry);
                }
                Ok(None) => return None,
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

impl<L: Held> Held for MarkdownBlocks<L> {
    fn held(&self) -> usize {
        let item = |i: &Item| match i {
            Item::Block(b) => b.text.len(),
            Item::Dropped(d) => d.text.len(),
        };
        self.chunks.lines.held()
            + self.chunks.carried.len()
            + self.ready.iter().map(item).sum::<usize>()
            + self.previous.as_ref().map_or(0, |(_, t)| t.len())
    }
}

/// Content that is collected as written rather than as inline text.
enum Verbatim {
    Code { line: usize, text: String },
    Html { line: usize, text: String },
    Metadata,
}

struct Reader<'c> {
    out: Collector<'c>,
    lines: LineIndex,
    run: Run,
    /// Kinds of the enclosing headings, items, quotes and cells, innermost last.
    kinds: Vec<BlockKind>,
    image_depth: usize,
    /// Alt texts of the images in the current run, with their lines.
    images: Vec<(usize, Run)>,
    verbatim: Option<Verbatim>,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text, range),
            Event::Code(code) => {
                if let Some((_, alt)) = self.images.last_mut().filter(|_| self.image_depth > 0) {
                    alt.push_str(&code);
                } else {
                    self.note_line(range.start);
                    self.run.open_protected();
                    self.run.push_str(&code);
                    self.run.close_protected();
                }
            }
            Event::SoftBreak | Event::HardBreak => self.space(),
            Event::Html(html) => match &mut self.verbatim {
                Some(Verbatim::Html { text, .. }) => text.push_str(&html),
                _ => {
                    let line = self.lines.line_of(range.start);
                    self.out.drop(line, "markup", [html.as_ref()]);
                }
            },
            Event::InlineHtml(html) => {
                let line = self.lines.line_of(range.start);
                self.out.drop(line, "markup", [html.as_ref()]);
                if is_line_break(&html) {
                    self.space();
                }
            }
            Event::Rule => self.flush(),
            // Not enabled in the options; kept as text should that ever change.
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.text(&text, range)
            }
            Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let line = self.lines.line_of(range.start);
        match tag {
            Tag::Paragraph => self.open_block(line, None),
            Tag::Heading { .. } => self.open_block(line, Some(BlockKind::Heading)),
            Tag::Item => self.open_block(line, Some(BlockKind::ListItem)),
            Tag::BlockQuote(_) => self.open_block(line, Some(BlockKind::Quote)),
            Tag::TableCell => self.open_block(line, Some(BlockKind::TableCell)),
            Tag::List(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.flush(),
            Tag::CodeBlock(_) => {
                self.flush();
                self.verbatim = Some(Verbatim::Code {
                    line,
                    text: String::new(),
                });
            }
            Tag::HtmlBlock => {
                self.flush();
                self.verbatim = Some(Verbatim::Html {
                    line,
                    text: String::new(),
                });
            }
            Tag::MetadataBlock(_) => {
                self.flush();
                self.verbatim = Some(Verbatim::Metadata);
            }
            Tag::Image { .. } => {
                self.image_depth += 1;
                if self.image_depth == 1 {
                    self.images.push((line, Run::default()));
                }
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::TableCell => {
                self.flush();
                self.kinds.pop();
            }
            TagEnd::Paragraph
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                match self.verbatim.take() {
                    Some(Verbatim::Code { line, text }) => {
                        let code = trim_code(&text).to_string();
                        self.out.block(line, BlockKind::Code, code, Vec::new());
                    }
                    Some(Verbatim::Html { line, text }) => {
                        self.out.drop(line, "markup", [text.as_str()]);
                    }
                    Some(Verbatim::Metadata) | None => {}
                }
            }
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link => {}
        }
    }

    fn text(&mut self, text: &str, range: Range<usize>) {
        match &mut self.verbatim {
            Some(Verbatim::Code { text: code, .. }) => code.push_str(text),
            Some(Verbatim::Html { text: html, .. }) => html.push_str(text),
            Some(Verbatim::Metadata) => {
                // Front matter: each `key: value` line is a header line of the article.
                let first = self.lines.line_of(range.start);
                for (i, line) in text.lines().enumerate() {
                    let mut run = Run::default();
                    run.push_str(line);
                    let (_, line, _) = run.take();
                    self.out
                        .block(first + i, BlockKind::Metadata, line, Vec::new());
                }
            }
            None => {
                if let Some((_, alt)) = self.images.last_mut().filter(|_| self.image_depth > 0) {
                    alt.push_str(text);
                } else {
                    self.note_line(range.start);
                    self.run.push_str(text);
                }
            }
        }
    }

    fn space(&mut self) {
        match self.images.last_mut().filter(|_| self.image_depth > 0) {
            Some((_, alt)) => alt.space(),
            None => self.run.space(),
        }
    }

    /// A run with no line yet (text after a nested list, say) starts where its first text is.
    fn note_line(&mut self, offset: usize) {
        if self.run.line.is_none() {
            self.run.line = Some(self.lines.line_of(offset));
        }
    }

    fn open_block(&mut self, line: usize, kind: Option<BlockKind>) {
        self.flush();
        self.run.line = Some(line);
        if let Some(kind) = kind {
            self.kinds.push(kind);
        }
    }

    /// Ends the current block. Images that are all there is to it become captions (their alt
    /// text); images inside a sentence would break it, so their alt text is recorded instead.
    fn flush(&mut self) {
        let images = std::mem::take(&mut self.images);
        self.image_depth = 0;
        let (line, text, protected) = self.run.take();
        if text.is_empty() {
            for (line, mut alt) in images {
                let (_, alt, _) = alt.take();
                self.out.block(line, BlockKind::Caption, alt, Vec::new());
            }
            return;
        }
        for (line, mut alt) in images {
            let (_, alt, _) = alt.take();
            if !alt.is_empty() {
                self.out.drop(line, "image inside text", [alt.as_str()]);
            }
        }
        let kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
        self.out.block(line.unwrap_or(1), kind, text, protected);
    }
}

fn is_line_break(html: &str) -> bool {
    let tag = html.trim_start_matches('<').trim_start();
    tag.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("br"))
        && !tag[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Byte offset to 1-based line. The parser reports offsets almost always in increasing order,
/// so a cursor that steps forward makes the whole document linear; a step back searches.
struct LineIndex {
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    cursor: usize,
    /// The line number of the text's first line.
    first: usize,
}

impl LineIndex {
    fn new(text: &str, first: usize) -> Self {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        LineIndex {
            starts,
            cursor: 0,
            first,
        }
    }

    fn line_of(&mut self, offset: usize) -> usize {
        if self.starts[self.cursor] > offset {
            self.cursor = self
                .starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1);
        }
        while self
            .starts
            .get(self.cursor + 1)
            .is_some_and(|&next| next <= offset)
        {
            self.cursor += 1;
        }
        self.cursor + self.first
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    const ARTICLE: &str = r#"---
title: Hội nghị Phụ nữ ASEAN
date: 2024-05-01
---

# Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh

Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh

*Nam Ninh*, ngày 1/5 — Hội nghị **Phụ nữ ASEAN** (Q&amp;A&nbsp;trực tuyến) khai mạc với
đại biểu từ [10 quốc gia](https://example.com/a).  
Chủ đề: 10~20 dự án.

![Các đại biểu chụp ảnh lưu niệm](anh-dai-bieu.jpg)

anh-dai-bieu.jpg

> Chúng tôi cam kết hợp tác lâu dài.
>
> 我们致力于长期合作。

- Kinh tế số
  - Thương mại điện tử
  - Thanh toán `QR-Pay` xuyên biên giới
- Giáo dục

| Quốc gia | Đại biểu |
|---|---|
| Việt Nam | 12 |
| 中国 | 12 |

Chạy lệnh `bitext --from vi` để dịch, có ![biểu tượng](icon.png) ở đây.

```toml
[provider]
name = "deepl"
```

<div class="ad">
Quảng cáo
</div>

Xem thêm
"#;

    fn kinds_and_texts(blocks: &[RawBlock]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn reads_a_news_article() {
        let (blocks, dropped) = parse(ARTICLE, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Metadata, "title: Hội nghị Phụ nữ ASEAN"),
                (Metadata, "date: 2024-05-01"),
                (Heading, "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"),
                (
                    Paragraph,
                    "Nam Ninh, ngày 1/5 — Hội nghị Phụ nữ ASEAN (Q&A trực tuyến) khai mạc với \
                     đại biểu từ 10 quốc gia. Chủ đề: 10~20 dự án."
                ),
                (Caption, "Các đại biểu chụp ảnh lưu niệm"),
                (Quote, "Chúng tôi cam kết hợp tác lâu dài."),
                (Quote, "我们致力于长期合作。"),
                (ListItem, "Kinh tế số"),
                (ListItem, "Thương mại điện tử"),
                (ListItem, "Thanh toán QR-Pay xuyên biên giới"),
                (ListItem, "Giáo dục"),
                (TableCell, "Quốc gia"),
                (TableCell, "Đại biểu"),
                (TableCell, "Việt Nam"),
                (TableCell, "12"),
                (TableCell, "中国"),
                (TableCell, "12"),
                (Paragraph, "Chạy lệnh bitext --from vi để dịch, có ở đây."),
                (Code, "[provider]\nname = \"deepl\""),
            ]
        );
        let lines: Vec<usize> = blocks.iter().map(|b| b.line).collect();
        assert_eq!(
            lines,
            vec![2, 3, 6, 10, 14, 18, 20, 22, 23, 24, 25, 27, 27, 29, 29, 30, 30, 32, 34]
        );

        let item = &blocks[9];
        assert_eq!(item.protected.len(), 1);
        assert_eq!(&item.text[item.protected[0].clone()], "QR-Pay");
        let command = &blocks[17];
        assert_eq!(
            &command.text[command.protected[0].clone()],
            "bitext --from vi"
        );
        assert!(blocks[3].protected.is_empty());

        let reasons: Vec<(usize, &str, &str)> = dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str(), d.text.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (
                    8,
                    "duplicate of line 6",
                    "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"
                ),
                (16, "image file name", "anh-dai-bieu.jpg"),
                (32, "image inside text", "biểu tượng"),
                (39, "markup", "<div class=\"ad\"> Quảng cáo </div>"),
                (43, "page chrome", "Xem thêm"),
            ]
        );
    }

    #[test]
    fn loose_list_items_and_text_after_a_nested_list() {
        let md = "1. Mục một.\n\n   Đoạn hai của mục một.\n\n2. Mục hai\n   - con\n\n   sau danh sách con\n";
        let (blocks, _) = parse(md, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (ListItem, "Mục một."),
                (ListItem, "Đoạn hai của mục một."),
                (ListItem, "Mục hai"),
                (ListItem, "con"),
                (ListItem, "sau danh sách con"),
            ]
        );
        assert_eq!(blocks[4].line, 8);
    }

    #[test]
    fn inline_html_is_recorded_and_a_br_separates_words() {
        let (blocks, dropped) = parse("Một<br>hai <span>ba</span>.\n", &Cleaner::default());
        assert_eq!(blocks[0].text, "Một hai ba.");
        assert_eq!(dropped.len(), 3);
        assert!(dropped.iter().all(|d| d.reason == "markup"));
    }

    #[test]
    fn indented_code_is_code() {
        let (blocks, _) = parse(
            "Đoạn văn.\n\n    let x = 1;\n      y();\n",
            &Cleaner::default(),
        );
        assert_eq!(blocks[1].kind, Code);
        assert_eq!(blocks[1].text, "let x = 1;\n  y();");
        assert_eq!(blocks[1].line, 3);
    }

    /// A document of every construct whose reading depends on the lines around it: fences
    /// and comments with blank lines inside, loose lists with indented continuations and
    /// code, setext headings, tables, quotes, reference links defined at the end, a rule
    /// followed by text, repeated blocks, in the three languages.
    fn varied_document(sections: usize) -> String {
        let sentences = [
            "Hội nghị khai mạc tại Nam Ninh với đại biểu từ 10 quốc gia.",
            "The forum opened in Nanning with delegates from ten countries.",
            "论坛在南宁开幕，来自十个国家的代表出席。",
            "Bà nói: \"Đây là lần thứ tư tôi sang thăm.\"",
        ];
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut md = String::from("---\ntitle: Tài liệu\n---\n\n");
        for i in 0..sections {
            let s = sentences[next() % sentences.len()];
            let block = match next() % 14 {
                0 => format!("# {s}"),
                1 => format!("Tiêu đề {i}\n---"),
                2 => format!("- {s}\n- mục {i}\n  tiếp theo"),
                3 => format!("1. {s}\n\n   đoạn hai {i}\n\n       mã {i}\n2. mục hai"),
                4 => format!("```\nmã {i}\n\nkhông phải đoạn văn\n\n# không phải tiêu đề\n```"),
                5 => format!("<!-- chú thích {i}\n\nvẫn là chú thích\n-->"),
                6 => format!("> {s}\n>\n> {s} {i}"),
                7 => format!("| a | b |\n|---|---|\n| {s} | {i} |"),
                8 => format!("{s} Xem [nguồn][r{i}] và [R{i}]."),
                9 => format!("---\n{s} {i}"),
                10 => format!("    mã thụt lề {i}\n\n    thêm mã"),
                11 => format!("![ảnh {i}](a{i}.jpg)"),
                12 => s.to_string(),
                _ => format!("{s}\n{s} `mã-{i}` **đậm** {i}."),
            };
            md.push_str(&block);
            md.push_str(if next() % 3 == 0 { "\n\n\n" } else { "\n\n" });
        }
        for i in 0..sections {
            md.push_str(&format!("[r{i}]: https://example.com/{i} \"T\"\n"));
        }
        md
    }

    #[test]
    fn a_document_read_in_chunks_reads_as_it_does_whole() {
        let md = varied_document(400);
        let whole = parse_in_chunks(&md, &Cleaner::default(), usize::MAX);
        assert!(whole.0.len() > 300, "{}", whole.0.len());
        for chunk in [1, 40, 200, 1000, 5000] {
            let chunked = parse_in_chunks(&md, &Cleaner::default(), chunk);
            assert_eq!(
                format!("{:?}", chunked.0),
                format!("{:?}", whole.0),
                "blocks, chunks of {chunk} bytes"
            );
            assert_eq!(
                format!("{:?}", chunked.1),
                format!("{:?}", whole.1),
                "left out, chunks of {chunk} bytes"
            );
        }
        // The links defined at the end are links in every chunk (no brackets left).
        assert!(whole.0.iter().any(|b| b.text.contains("Xem nguồn và R")));
        assert!(!whole.0.iter().any(|b| b.text.contains("[nguồn]")));
    }

    #[test]
    fn front_matter_is_read_only_at_the_start() {
        let md = "---\ntitle: Bài\n---\n\nMở đầu.\n\n---\nĐoạn sau đường kẻ.\n\nĐoạn nữa.\n\n---\n\nKết.\n";
        let (blocks, _) = parse(md, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Metadata, "title: Bài"),
                (Paragraph, "Mở đầu."),
                (Paragraph, "Đoạn sau đường kẻ."),
                (Paragraph, "Đoạn nữa."),
                (Paragraph, "Kết."),
            ]
        );
        // Not front matter: a blank line after the opening rule, or no closing line.
        let (blocks, _) = parse("---\n\nMột.\n", &Cleaner::default());
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "Một.")]);
        let (blocks, _) = parse("---\nHai.\n", &Cleaner::default());
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "Hai.")]);
    }

    #[test]
    fn a_block_larger_than_a_chunk_is_parsed_a_bounded_number_of_times() {
        // One tight list of 5,000 items is one top-level block: each chunk gives it back, and
        // the next chunk is twice its size, so the text is read a few times, not once a chunk.
        let md: String = (0..5000).map(|i| format!("- mục số {i}\n")).collect();
        let mut chunks = Chunker::new(super::super::plain::text_lines(&md));
        chunks.size = 100;
        let mut parsed = 0;
        while let Some(chunk) = chunks.next_chunk().unwrap() {
            parsed += chunk.text.len();
            let carry = walk(
                &chunk.text,
                Parser::new_ext(&chunk.text, chunk.options).into_offset_iter(),
                chunk.last,
                |_, _| {},
            );
            chunks.carry(chunk, carry);
        }
        assert!(
            parsed < 4 * md.len(),
            "{parsed} bytes parsed for {}",
            md.len()
        );
        let (blocks, _) = parse_in_chunks(&md, &Cleaner::default(), 100);
        assert_eq!(blocks.len(), 5000);
        assert_eq!(blocks[4999].text, "mục số 4999");
        assert_eq!(blocks[4999].line, 5000);
    }

    #[test]
    fn line_index_answers_out_of_order_queries() {
        let mut index = LineIndex::new("a\nb\n\nc", 1);
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(5), 4);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(4), 3);
        assert_eq!(index.line_of(100), 4);
    }

    #[test]
    fn large_document_completes() {
        let section = "## Mục {i}\n\nĐoạn văn số {i} về hợp tác kinh tế, có `mã-{i}` và **chữ đậm**.\n\n- điểm một {i}\n- điểm hai {i}\n\n";
        let mut md = String::new();
        let mut n = 0;
        while md.len() < 2_000_000 {
            md.push_str(&section.replace("{i}", &n.to_string()));
            n += 1;
        }
        let (blocks, dropped) = parse(&md, &Cleaner::default());
        assert_eq!(blocks.len(), 4 * n);
        assert!(dropped.is_empty());
        let last = &blocks[blocks.len() - 1];
        assert_eq!(last.text, format!("điểm hai {}", n - 1));
        let last_line = md
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("- điểm hai"))
            .map(|(i, _)| i)
            .last();
        assert_eq!(Some(last.line), last_line.map(|i| i + 1));
    }
}
