//! Reading articles into blocks, and cleaning the noise of scraped pages out of them.
//!
//! Every line that is not translated is kept in [`Document::dropped`] with the reason, so that
//! nothing disappears silently. The cleaning rules are data ([`DropRule`]) that a workspace can
//! extend in bitext.toml.

mod blocks;
mod clean;
mod extract;
mod html;
mod markdown;
pub mod metadata;
mod plain;
mod stream;

pub use clean::{Cleaner, DropRule, DEFAULT_DROP_RULES};
pub(crate) use markdown::parse_in_chunks as parse_markdown_in_chunks;
pub use metadata::Metadata;
pub use plain::parse_joined_lines;
pub use stream::{open, DocumentReader, Input, Next, Opened, ReadOptions, MAX_LINE_BYTES};

use crate::glossary::TermHit;
use crate::lang::{self, Lang};
use crate::text::nfc;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;

/// One article: its blocks in reading order and the lines that were left out.
#[derive(Clone, Debug)]
pub struct Document {
    /// Stable name of the document, the file stem (`stdin` for standard input).
    pub id: String,
    /// Where it was read from (`-` for standard input).
    pub source: String,
    pub lang: Lang,
    pub blocks: Vec<Block>,
    pub dropped: Vec<Dropped>,
    /// What the page declares about the article (empty for plain text and Markdown).
    pub metadata: Metadata,
    /// The page declares a language other than the one the document is read in.
    pub lang_mismatch: Option<LangMismatch>,
    /// The first heading before the body's first paragraph (a plain-text or Markdown
    /// article's title line), settled when the document is assembled; a document read as a
    /// stream ([`DocumentReader`]) knows it once its opening is read.
    pub opening_heading: Option<String>,
}

impl Document {
    /// The article's headline: the page's, else the first heading before the body's first
    /// paragraph (a plain-text or Markdown article's title line).
    pub fn title(&self) -> Option<&str> {
        self.metadata
            .headline
            .as_deref()
            .or(self.opening_heading.as_deref())
    }

    /// What the reader of this document should be told: a declared language that the text
    /// contradicts, and a page whose markup was bounded (nesting flattened, attributes cut).
    /// The command layer prints these.
    pub fn warnings(&self) -> Vec<String> {
        let mismatch = self
            .lang_mismatch
            .iter()
            .map(|m| format!("{}: {m}", self.source));
        let nesting = self
            .dropped
            .iter()
            .filter(|d| d.reason == NESTED_TOO_DEEP || d.reason == TOO_MANY_ATTRIBUTES)
            .map(|d| format!("{}:{}: {}", self.source, d.line, d.text));
        mismatch.chain(nesting).collect()
    }
}

/// The reason of the record an HTML page gets when its nesting was bounded.
pub const NESTED_TOO_DEEP: &str = "nested too deep";
/// The reason of the record an HTML page gets when a tag's attributes were bounded.
pub const TOO_MANY_ATTRIBUTES: &str = "too many attributes";

/// A page declaring one language (`<html lang>`, `og:locale`, JSON-LD `inLanguage`) whose
/// text is read in another. Pages copy templates between language editions, so the
/// declaration is the weaker witness: the detected language wins unless `--from` chose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LangMismatch {
    /// The tag as the page wrote it.
    pub declared: String,
    /// The language that tag names.
    pub declared_lang: Lang,
    /// The language the document is read in.
    pub used: Lang,
    /// `detected` (from the text) or `from` (the `--from` option).
    pub chosen_by: &'static str,
}

impl std::fmt::Display for LangMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (tag, used) = (&self.declared, self.used.name());
        if self.chosen_by == "from" {
            write!(
                f,
                "the page declares language '{tag}', but --from says {used}; reading it as {used}"
            )
        } else {
            write!(f, "the page declares language '{tag}', but its text reads as {used}; reading it as {used} (pass --from to choose)")
        }
    }
}

/// A structural unit: a heading, a paragraph, a list item, a caption ...
#[derive(Clone, Debug)]
pub struct Block {
    /// 1-based position among the document's blocks.
    pub index: usize,
    /// 1-based line of the source file the block starts on.
    pub line: usize,
    pub kind: BlockKind,
    pub text: String,
    /// Byte ranges of `text` that must reach the target untranslated (inline code).
    pub protected: Vec<Range<usize>>,
    /// Filled by the segmenter.
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Caption,
    /// A line of an interview that opens with the speaker's label (`Reporter:`).
    Speaker,
    /// A header line such as `Date: 2023-03-19` or `Source: ...`.
    Metadata,
    Quote,
    TableCell,
    /// Program code: kept as it is, never translated.
    Code,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::Caption => "caption",
            BlockKind::Speaker => "speaker",
            BlockKind::Metadata => "metadata",
            BlockKind::Quote => "quote",
            BlockKind::TableCell => "table_cell",
            BlockKind::Code => "code",
        }
    }
}

/// What a segment is. A credit (`(Photo: VNA)`, `(Xinhua/Ding Lin)`, `-VNA`) only names an
/// agency or a photographer: it is never sent to a provider, and its row keeps the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// A sentence, a heading, a label: text to translate when it has letters.
    Sentence,
    Credit,
}

impl SegmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Sentence => "sentence",
            SegmentKind::Credit => "credit",
        }
    }
}

/// A sentence (or a label) inside a block.
#[derive(Clone, Debug)]
pub struct Segment {
    /// `b3.s2`: block 3, sentence 2.
    pub id: String,
    /// Byte offset of the segment in its block's text.
    pub start: usize,
    pub text: String,
    pub kind: SegmentKind,
    /// False for segments with nothing to translate (numbers, dates, punctuation, credits).
    pub translatable: bool,
    /// Glossary terms found in the segment, filled by the glossary stage.
    pub hits: Vec<TermHit>,
    /// Deprecated glossary forms in the source itself (a known mistranslation upstream).
    pub flags: Vec<crate::glossary::Violation>,
}

/// A line that was not turned into a block, or a piece removed from one.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Dropped {
    pub line: usize,
    pub reason: String,
    /// What was left out, or the start of it when it is long (see `size`).
    pub text: String,
    /// How much text was left out, in characters not counting whitespace: a dropped menu's
    /// excerpt is short, its size says what it weighed.
    pub size: usize,
}

impl Dropped {
    /// A piece left out whole: its size is that of `text`.
    pub fn new(line: usize, reason: impl Into<String>, text: String) -> Self {
        Dropped {
            line,
            reason: reason.into(),
            size: text_size(&text),
            text,
        }
    }
}

/// The size of a text as [`Dropped::size`] counts it: characters other than whitespace.
pub fn text_size(text: &str) -> usize {
    text.split_whitespace().map(|w| w.chars().count()).sum()
}

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid UTF-8 at byte offset {offset}: convert the file to UTF-8")]
    InvalidUtf8 { path: String, offset: usize },
    #[error(
        "{path}: looks like a binary file (NUL byte at offset {offset}); bitext reads text only"
    )]
    Binary { path: String, offset: usize },
    #[error("{path}:{line}: line longer than {max} bytes: this is not text to translate; split the file into lines")]
    LineTooLong {
        path: String,
        line: usize,
        max: usize,
    },
    #[error("{path}: an HTML page larger than {max} bytes: a page is read whole to tell its article from the rest, so split it, or read it as text with --input-format txt")]
    PageTooLarge { path: String, max: usize },
    #[error("{path}: cannot tell the language (no letters found): pass --from vi|en|zh")]
    UnknownLanguage { path: String },
    #[error("cleaning rule {index} ('{pattern}'): {message}")]
    BadRule {
        index: usize,
        pattern: String,
        message: String,
    },
}

/// Which language to assume for a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    Auto,
    Fixed(Lang),
}

/// Decodes raw bytes as UTF-8 text: refuses binary files, names the offset of the first invalid
/// byte (or, when `lossy`, replaces invalid sequences and warns), drops a byte-order mark and
/// normalises to NFC.
pub fn decode(path: &str, bytes: &[u8], lossy: bool) -> Result<String, ReadError> {
    let probe = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = probe.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(e) if lossy => {
            tracing::warn!(
                "{path}: invalid UTF-8 from byte offset {}; replaced with U+FFFD as --lossy asks",
                e.valid_up_to()
            );
            String::from_utf8_lossy(bytes)
        }
        Err(e) => {
            return Err(ReadError::InvalidUtf8 {
                path: path.to_string(),
                offset: e.valid_up_to(),
            })
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(nfc(text).into_owned())
}

/// Decodes the bytes of a file of the given format. An HTML page is decoded as a browser would
/// by its byte-order mark, else by the charset its `<meta>` declares in its first 1024 bytes
/// (GB2312, GBK, windows-1258 ... any WHATWG label), unless it is valid UTF-8 as it stands: a
/// page converted to UTF-8 that still declares its old charset is common, the reverse is not.
/// Everything else, and a page that declares nothing, is UTF-8 as [`decode`] reads it.
pub fn decode_as(
    path: &str,
    bytes: &[u8],
    format: InputFormat,
    lossy: bool,
) -> Result<String, ReadError> {
    if format != InputFormat::Html {
        return decode(path, bytes, lossy);
    }
    let declared = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) => Some(encoding),
        None if std::str::from_utf8(bytes).is_ok() => None,
        None => html_charset(&bytes[..bytes.len().min(1024)]),
    };
    match declared {
        Some(encoding) if encoding != encoding_rs::UTF_8 => {
            // Strips the BOM; malformed sequences become U+FFFD, as in a browser.
            let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
            if had_errors {
                tracing::warn!(
                    "{path}: bytes that are not valid {}; replaced with U+FFFD",
                    encoding.name()
                );
            }
            Ok(nfc(&text).into_owned())
        }
        _ => decode(path, bytes, lossy),
    }
}

/// The encoding an HTML page's `<meta charset>` or `<meta http-equiv="Content-Type"
/// content="...; charset=...">` names, found as the HTML standard's prescan finds it (a
/// simplified prescan: the first `charset=` inside a `<meta` tag).
fn html_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while let Some(found) = find(&lower[at..], b"<meta") {
        let start = at + found + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest
                .trim_ascii_start()
                .strip_prefix(b"=")?
                .trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let label_end = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/') || b.is_ascii_whitespace())
                .unwrap_or(rest.len());
            let encoding = encoding_rs::Encoding::for_label(&rest[..label_end])?;
            // The standard's rule: a page cannot declare itself UTF-16 from inside itself,
            // and x-user-defined means windows-1252.
            return Some(
                if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else if encoding == encoding_rs::X_USER_DEFINED {
                    encoding_rs::WINDOWS_1252
                } else {
                    encoding
                },
            );
        }
        at = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// Reads a file of the given format (or standard input for `-`): its name as shown in
/// messages, and its text decoded as [`decode_as`] does.
pub fn read_source_as(
    path: &Path,
    format: InputFormat,
    lossy: bool,
) -> Result<(String, String), ReadError> {
    let (shown, bytes) = read_bytes(path)?;
    let text = decode_as(&shown, &bytes, format, lossy)?;
    Ok((shown, text))
}

/// Reads a file (or standard input for `-`): its name as shown in messages, and its text.
pub fn read_source(path: &Path, lossy: bool) -> Result<(String, String), ReadError> {
    let (shown, bytes) = read_bytes(path)?;
    let text = decode(&shown, &bytes, lossy)?;
    Ok((shown, text))
}

fn read_bytes(path: &Path) -> Result<(String, Vec<u8>), ReadError> {
    let shown = path.display().to_string();
    let bytes = if shown == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            ReadError::Io {
                path: shown.clone(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| ReadError::Io {
            path: shown.clone(),
            source,
        })?
    };
    Ok((shown, bytes))
}

/// The document id for a path: its file stem, `stdin` for `-`.
pub fn doc_id(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".to_string())
}

/// The input formats bitext reads, named on the command line (`--input-format`) as txt, md or
/// html; the longer names stay accepted as aliases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
pub enum InputFormat {
    #[value(name = "txt", alias = "text")]
    #[serde(rename = "txt")]
    Text,
    #[value(name = "md", alias = "markdown")]
    #[serde(rename = "md")]
    Markdown,
    #[value(alias = "htm")]
    #[serde(rename = "html")]
    Html,
}

impl InputFormat {
    /// By file extension; anything unknown is plain text.
    pub fn from_path(path: &Path) -> Self {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => InputFormat::Markdown,
            "html" | "htm" | "xhtml" => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }
}

/// A block as a reader found it, before numbering, language detection and segmentation.
#[derive(Clone, Debug, PartialEq)]
pub struct RawBlock {
    /// 1-based line of the source where the block starts.
    pub line: usize,
    pub kind: BlockKind,
    pub text: String,
    /// Byte ranges of `text` that must reach the target untranslated (inline code).
    pub protected: Vec<Range<usize>>,
}

/// Reads text of the given format into a document.
pub fn read(
    id: &str,
    source: &str,
    text: &str,
    format: InputFormat,
    lang: LangChoice,
    cleaner: &Cleaner,
) -> Result<Document, ReadError> {
    let none = |(blocks, dropped)| (blocks, dropped, Metadata::default());
    let (blocks, dropped, metadata) = match format {
        InputFormat::Text => none(plain::parse(text, cleaner)),
        InputFormat::Markdown => none(markdown::parse(text, cleaner)),
        InputFormat::Html => html::parse(text, cleaner),
    };
    assemble_with_metadata(id, source, blocks, dropped, metadata, lang)
}

/// Numbers the blocks and settles the document's language.
pub fn assemble(
    id: &str,
    source: &str,
    raw: Vec<RawBlock>,
    dropped: Vec<Dropped>,
    lang: LangChoice,
) -> Result<Document, ReadError> {
    assemble_with_metadata(id, source, raw, dropped, Metadata::default(), lang)
}

/// Text compared for sameness: letters and digits only, lower case, so that a headline in the
/// metadata matches the body's heading whatever its punctuation and spacing.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether the page's headline is already one of the body's blocks: the same text, or (for a
/// heading) one containing the other, as when a title keeps a site's suffix the metadata had
/// no name for.
fn has_headline(raw: &[RawBlock], headline: &str) -> bool {
    let wanted = comparable(headline);
    if wanted.is_empty() {
        return true;
    }
    raw.iter().any(|b| {
        let text = comparable(&b.text);
        let (short, long) = if text.len() < wanted.len() {
            (&text, &wanted)
        } else {
            (&wanted, &text)
        };
        // Most of the longer one, so that a one-word title is not found in any heading.
        text == wanted
            || (b.kind == BlockKind::Heading
                && short.len() * 2 >= long.len()
                && long.contains(short.as_str()))
    })
}

/// Whether the body opens with a heading before its first paragraph.
fn opening_heading(raw: &[RawBlock]) -> Option<&RawBlock> {
    raw.iter()
        .take_while(|b| b.kind != BlockKind::Paragraph)
        .find(|b| b.kind == BlockKind::Heading)
}

/// Like [`assemble`], with what the page declares: a headline the body lacks becomes its
/// first heading, so that it is translated like any heading, and a declared language is
/// checked against the text.
pub fn assemble_with_metadata(
    id: &str,
    source: &str,
    mut raw: Vec<RawBlock>,
    dropped: Vec<Dropped>,
    mut metadata: Metadata,
    lang: LangChoice,
) -> Result<Document, ReadError> {
    if metadata.headline_from_title {
        // A `<title>` (often cut short, or the site's section) gives way to the body's own
        // opening heading: that is the headline every output shows.
        if let Some(heading) = opening_heading(&raw) {
            metadata.headline = Some(heading.text.clone());
            metadata.headline_from_title = false;
        }
    }
    if let Some(headline) = &metadata.headline {
        if !raw.is_empty() && !has_headline(&raw, headline) {
            let line = raw.first().map_or(1, |b| b.line);
            raw.insert(
                0,
                RawBlock {
                    line,
                    kind: BlockKind::Heading,
                    text: headline.clone(),
                    protected: Vec::new(),
                },
            );
        }
    }
    let blocks: Vec<Block> = raw
        .into_iter()
        .enumerate()
        .map(|(i, b)| Block {
            index: i + 1,
            line: b.line,
            kind: b.kind,
            text: b.text,
            protected: b.protected,
            segments: Vec::new(),
        })
        .collect();
    let declared = metadata.declared_lang();
    let (lang, chosen_by) = match lang {
        LangChoice::Fixed(lang) => (lang, "from"),
        LangChoice::Auto => {
            let sample: String = blocks
                .iter()
                .filter(|b| b.kind != BlockKind::Code)
                .map(|b| b.text.as_str())
                .take(200)
                .collect::<Vec<_>>()
                .join("\n");
            // Text without letters cannot contradict the page, so its declaration serves.
            let detected = lang::detect(&sample).or(declared.map(|(l, _)| l));
            let detected = detected.ok_or_else(|| ReadError::UnknownLanguage {
                path: source.to_string(),
            })?;
            (detected, "detected")
        }
    };
    let lang_mismatch =
        declared
            .filter(|&(declared, _)| declared != lang)
            .map(|(declared_lang, tag)| LangMismatch {
                declared: tag.to_string(),
                declared_lang,
                used: lang,
                chosen_by,
            });
    let opening_heading = blocks
        .iter()
        .take_while(|b| b.kind != BlockKind::Paragraph)
        .find(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.clone());
    Ok(Document {
        id: id.to_string(),
        source: source.to_string(),
        lang,
        blocks,
        dropped,
        metadata,
        lang_mismatch,
        opening_heading,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_offsets() {
        assert!(matches!(
            decode("f", b"ab\xffcd", false),
            Err(ReadError::InvalidUtf8 { offset: 2, .. })
        ));
        assert!(matches!(
            decode("f", b"ab\0cd", false),
            Err(ReadError::Binary { .. })
        ));
        assert_eq!(
            decode("f", "\u{feff}x\r\ny".as_bytes(), false).unwrap(),
            "x\r\ny"
        );
        assert_eq!(decode("f", b"ab\xffcd", true).unwrap(), "ab\u{fffd}cd");
    }

    fn html_doc(html: &str) -> Document {
        read(
            "p",
            "p.html",
            html,
            InputFormat::Html,
            LangChoice::Auto,
            &Cleaner::default(),
        )
        .unwrap()
    }

    fn page(lang_attr: &str, body: &str, choice: LangChoice) -> Document {
        let html = format!(
            "<html lang=\"{lang_attr}\"><head><meta property=\"og:title\" content=\"Tiêu đề của trang\"></head><body>{body}</body></html>"
        );
        read(
            "p",
            "p.html",
            &html,
            InputFormat::Html,
            choice,
            &Cleaner::default(),
        )
        .unwrap()
    }

    #[test]
    fn a_page_nested_too_deep_is_a_warning_with_its_line() {
        let deep = format!(
            "{}<p>Deep inside the page there is still a sentence.</p>{}",
            "<div>".repeat(2000),
            "</div>".repeat(2000)
        );
        let doc = page("en", &deep, LangChoice::Auto);
        let warnings = doc.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("p.html:"), "{warnings:?}");
        assert!(warnings[0].contains("deeper than"), "{warnings:?}");
        assert!(doc
            .blocks
            .iter()
            .any(|b| b.text.contains("still a sentence")));
        let shallow = page(
            "en",
            "<div><p>This shallow page is written in plain English for the reader.</p></div>",
            LangChoice::Auto,
        );
        assert!(shallow.warnings().is_empty());
    }

    #[test]
    fn a_tag_of_too_many_attributes_is_cut_short_with_a_warning_and_its_text_kept() {
        let attrs: Vec<String> = (0..5000).map(|i| format!("data-x{i}=\"{i}\"")).collect();
        let body = format!(
            "<p {}>The sentence inside the crowded tag is still read.</p>",
            attrs.join(" ")
        );
        let doc = page("en", &body, LangChoice::Auto);
        assert!(doc.blocks.iter().any(|b| b.text.contains("crowded tag")));
        let warnings = doc.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("attributes"), "{warnings:?}");
    }

    #[test]
    fn declared_language_is_checked_against_the_text() {
        let vi = "<p>Đây là một đoạn văn tiếng Việt có dấu.</p>";
        let doc = page("zh-CN", vi, LangChoice::Auto);
        assert_eq!(doc.lang, Lang::Vi);
        let m = doc.lang_mismatch.clone().unwrap();
        assert_eq!(
            (m.declared.as_str(), m.declared_lang, m.used, m.chosen_by),
            ("zh-CN", Lang::Zh, Lang::Vi, "detected")
        );
        assert_eq!(doc.warnings().len(), 1);
        assert!(doc.warnings()[0].starts_with("p.html: the page declares language 'zh-CN'"));
        // --from wins, and the disagreement is still reported.
        let doc = page(
            "vi-VN",
            "<p>An English paragraph here.</p>",
            LangChoice::Fixed(Lang::Zh),
        );
        assert_eq!(doc.lang, Lang::Zh);
        assert_eq!(doc.lang_mismatch.unwrap().chosen_by, "from");
        // Agreement, or a language outside ours, says nothing.
        assert!(page("vi", vi, LangChoice::Auto).lang_mismatch.is_none());
        assert!(page("fr-FR", vi, LangChoice::Auto).lang_mismatch.is_none());
        // A page with no letters takes its declared language.
        let doc = page("zh-Hans", "<p>2024</p>", LangChoice::Auto);
        assert_eq!(doc.lang, Lang::Zh);
    }

    #[test]
    fn headline_from_metadata_becomes_the_first_heading_once() {
        let doc = page("vi", "<p>Đây là một đoạn văn.</p>", LangChoice::Auto);
        let blocks: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading, "Tiêu đề của trang"),
                (BlockKind::Paragraph, "Đây là một đoạn văn.")
            ]
        );
        assert_eq!(doc.blocks[1].index, 2);
        assert_eq!(doc.title(), Some("Tiêu đề của trang"));
        // Already in the body, whatever its punctuation and case: not added again.
        for body in [
            "<h1>Tiêu đề của trang.</h1><p>Đoạn.</p>",
            "<p>TIÊU ĐỀ CỦA TRANG</p><p>Đoạn.</p>",
            "<h2>Tiêu đề của trang | Báo</h2><p>Đoạn.</p>",
        ] {
            let doc = page("vi", body, LangChoice::Auto);
            assert_eq!(doc.blocks.len(), 2, "{body}");
        }
        // A page's <title> is not added when the body opens with its own heading.
        let html = "<title>Thế giới</title><h1>Hội nghị mở</h1><p>Đoạn.</p>";
        let doc = html_doc(html);
        assert_eq!(doc.blocks.len(), 2);
        let html = "<title>Hội nghị mở | Báo</title><p>Đoạn văn.</p>";
        let doc = html_doc(html);
        assert_eq!(doc.blocks[0].text, "Hội nghị mở | Báo");
        // A page with no body gets no lone headline.
        let doc = page("vi", "", LangChoice::Fixed(Lang::Vi));
        assert!(doc.blocks.is_empty());
    }

    #[test]
    fn html_is_decoded_by_its_declared_charset() {
        let html = InputFormat::Html;
        let (gbk, _, _) = encoding_rs::GBK.encode("<p>中华人民共和国，你好。</p>");
        let mut page = b"<html><head><meta charset=\"gb2312\"></head><body>".to_vec();
        page.extend_from_slice(&gbk);
        assert!(decode("f", &page, false).is_err(), "not UTF-8 as it stands");
        assert!(decode_as("f", &page, html, false)
            .unwrap()
            .contains("中华人民共和国，你好。"));

        // windows-1258 writes some tones as combining marks (here ô, then the dot below): NFC
        // composes them.
        let mut page =
            b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>".to_vec();
        page.extend_from_slice(b"H\xe0 N\xf4\xf2i");
        assert!(decode_as("f", &page, html, false)
            .unwrap()
            .ends_with("Hà Nội"));

        // A declaration past the first 1024 bytes is not looked for, as in a browser.
        let mut late = vec![b' '; 1100];
        late.extend_from_slice(b"<meta charset=gbk>");
        late.extend_from_slice(&gbk);
        assert!(decode_as("f", &late, html, false).is_err());
        // A page that is valid UTF-8 stays UTF-8 whatever it declares.
        let utf8 = "<meta charset=gbk><p>Hà Nội</p>";
        assert_eq!(decode_as("f", utf8.as_bytes(), html, false).unwrap(), utf8);
        // Plain text is never decoded by a declaration.
        assert!(decode_as("f", &page, InputFormat::Text, false).is_err());
        // UTF-16 with its byte-order mark, NUL bytes and all.
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("<p>Hà</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode_as("f", &utf16, html, false).unwrap(), "<p>Hà</p>");
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(
            InputFormat::from_path(Path::new("a/b.MD")),
            InputFormat::Markdown
        );
        assert_eq!(
            InputFormat::from_path(Path::new("x.htm")),
            InputFormat::Html
        );
        assert_eq!(InputFormat::from_path(Path::new("-")), InputFormat::Text);
    }
}
