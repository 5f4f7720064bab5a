//! Shared by the Markdown and HTML readers: a block's text gathered from inline pieces, and the
//! checks every finished block goes through (drop rules, a block repeated right after itself).

use super::{BlockKind, Cleaner, Dropped, RawBlock, ReadError};
use std::ops::Range;

/// How much of a dropped element's text is kept in the record: enough to recognise it.
const EXCERPT_CHARS: usize = 200;

/// The inline content of the block being read, whitespace-collapsed as it arrives so that the
/// protected ranges are byte ranges of the final text.
#[derive(Debug, Default)]
pub(super) struct Run {
    text: String,
    protected: Vec<Range<usize>>,
    /// Whitespace seen since the last character kept; written out only before a next character,
    /// which trims the block at both ends.
    space: bool,
    protect_depth: usize,
    protect_start: Option<usize>,
    /// Source line of the block; set by whoever starts it, or by its first text.
    pub line: Option<usize>,
}

impl Run {
    pub fn push_str(&mut self, s: &str) {
        // Word by word: whitespace before a word (in this piece or at the end of the last)
        // becomes one space.
        if crate::text::starts_with_whitespace(s) {
            self.space = true;
        }
        for (k, word) in crate::text::words(s).enumerate() {
            if k > 0 {
                self.space = true;
            }
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.space = false;
            if self.protect_depth > 0 && self.protect_start.is_none() {
                // Started lazily, so that a separating space stays outside the range.
                self.protect_start = Some(self.text.len());
            }
            self.text.push_str(word);
        }
        // Whitespace after the last word (or a piece that is all whitespace) separates it
        // from what comes next.
        if crate::text::ends_with_whitespace(s) {
            self.space = true;
        }
    }

    /// A line break: it separates words like a space does.
    pub fn space(&mut self) {
        self.space = true;
    }

    pub fn open_protected(&mut self) {
        self.protect_depth += 1;
    }

    pub fn close_protected(&mut self) {
        self.protect_depth = self.protect_depth.saturating_sub(1);
        if self.protect_depth == 0 {
            self.end_protected();
        }
    }

    fn end_protected(&mut self) {
        if let Some(start) = self.protect_start.take() {
            if start < self.text.len() {
                self.protected.push(start..self.text.len());
            }
        }
    }

    /// Hands over what was gathered and starts afresh; inline code still open goes on protecting
    /// the next block's text.
    pub fn take(&mut self) -> (Option<usize>, String, Vec<Range<usize>>) {
        self.end_protected();
        self.space = false;
        (
            self.line.take(),
            std::mem::take(&mut self.text),
            std::mem::take(&mut self.protected),
        )
    }
}

/// Collects finished blocks and dropped pieces, applying the workspace's drop rules and the
/// repeated-block rule on the way in.
#[derive(Debug)]
pub(super) struct Collector<'c> {
    cleaner: &'c Cleaner,
    blocks: Vec<RawBlock>,
    dropped: Vec<Dropped>,
    /// The line and text of the block before the first of `blocks`, when the text is read a
    /// piece at a time ([`Collector::resume`]): the repeated-block rule looks back across pieces.
    previous: Option<(usize, String)>,
}

impl<'c> Collector<'c> {
    pub fn new(cleaner: &'c Cleaner) -> Self {
        Collector::resume(cleaner, None)
    }

    /// A collector that goes on after a block already handed out (its line and text).
    pub fn resume(cleaner: &'c Cleaner, previous: Option<(usize, String)>) -> Self {
        Collector {
            cleaner,
            blocks: Vec::new(),
            dropped: Vec::new(),
            previous,
        }
    }

    /// Adds a block unless it is empty, matches a drop rule or repeats the block before it.
    pub fn block(
        &mut self,
        line: usize,
        kind: BlockKind,
        text: String,
        protected: Vec<Range<usize>>,
    ) {
        if text.trim().is_empty() {
            return;
        }
        // Code is copied as it is, and a table cell's number is data, so rules about page text
        // (an image name, a lone page number) must not eat them.
        if !matches!(kind, BlockKind::Code | BlockKind::TableCell) {
            if let Some(reason) = self.cleaner.line_rule(&text) {
                self.dropped.push(Dropped::new(line, reason, text));
                return;
            }
        }
        // Equal neighbouring cells are ordinary in a table (two zeros, two "yes"), not a scraping
        // accident; dropping one would shift the columns.
        if kind != BlockKind::TableCell {
            let previous = match self.blocks.last() {
                Some(b) => Some((b.line, b.text.as_str())),
                None => self.previous.as_ref().map(|(l, t)| (*l, t.as_str())),
            };
            if let Some((previous_line, previous)) = previous {
                if previous == text {
                    let reason = format!("duplicate of line {previous_line}");
                    self.dropped.push(Dropped::new(line, reason, text));
                    return;
                }
            }
        }
        self.blocks.push(RawBlock {
            line,
            kind,
            text,
            protected,
        });
    }

    /// Records a piece of the source that is not translated; `text` is shortened to an excerpt.
    pub fn drop<'a, I>(&mut self, line: usize, reason: &str, text: I)
    where
        I: IntoIterator<Item = &'a str> + Clone,
    {
        let size = text.clone().into_iter().map(super::text_size).sum();
        self.drop_sized(line, reason, text, size);
    }

    /// Records a piece of the source that is not translated, `size` characters of text (not
    /// counting whitespace, known beforehand so that a huge piece is not read twice); `text`
    /// is shortened to an excerpt.
    pub fn drop_sized<'a>(
        &mut self,
        line: usize,
        reason: &str,
        text: impl IntoIterator<Item = &'a str>,
        size: usize,
    ) {
        self.drop_excerpted(line, reason, excerpt(text), size);
    }

    /// Records a piece of the source that is not translated, of which `excerpt` is already
    /// the excerpt (made by [`excerpt`]: a dropped element's text is read once, not twice).
    pub fn drop_excerpted(&mut self, line: usize, reason: &str, excerpt: String, size: usize) {
        self.dropped.push(Dropped {
            line,
            reason: reason.to_string(),
            text: excerpt,
            size,
        });
    }

    pub fn finish(self) -> (Vec<RawBlock>, Vec<Dropped>) {
        (self.blocks, self.dropped)
    }

    /// Like [`Collector::finish`], with what a [`Collector::resume`] for the next piece needs:
    /// the line and text of the last block.
    pub fn finish_resumable(self) -> (Vec<RawBlock>, Vec<Dropped>, Option<(usize, String)>) {
        let previous = match self.blocks.last() {
            Some(b) => Some((b.line, b.text.clone())),
            None => self.previous,
        };
        (self.blocks, self.dropped, previous)
    }
}

/// The pieces joined with whitespace collapsed, cut after [`EXCERPT_CHARS`] characters. Stops
/// reading pieces once it has enough, so a huge dropped script costs no more than a small one.
pub(super) fn excerpt<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    // Room for a short excerpt at once: most are a link's or a label's few words, and
    // growing from nothing reallocated each of them several times.
    let mut out = String::with_capacity(64);
    let mut count = 0;
    let mut space = false;
    for piece in pieces {
        // Word by word: whitespace between two words (in a piece or across pieces) becomes one
        // space, and a word is copied whole while it fits.
        if crate::text::starts_with_whitespace(piece) {
            space = true;
        }
        for (k, word) in crate::text::words(piece).enumerate() {
            if k > 0 {
                space = true;
            }
            if count == EXCERPT_CHARS {
                out.push('…');
                return out;
            }
            if space && !out.is_empty() {
                out.push(' ');
                count += 1;
            }
            space = false;
            let room = EXCERPT_CHARS - count;
            // A word of no more bytes than there is room for characters fits whatever it is.
            let cut = if word.len() <= room {
                None
            } else {
                word.char_indices().map(|(i, _)| i).nth(room)
            };
            match cut {
                None => {
                    out.push_str(word);
                    count += word.chars().count();
                }
                Some(cut) => {
                    out.push_str(&word[..cut]);
                    out.push('…');
                    return out;
                }
            }
        }
        if crate::text::ends_with_whitespace(piece) {
            space = true;
        }
    }
    out
}

/// Code as written, without the blank lines around it; indentation of the first line is kept.
pub(super) fn trim_code(code: &str) -> &str {
    let code = code.trim_end();
    match code.find(|c: char| !c.is_whitespace()) {
        Some(first) => {
            let line_start = code[..first].rfind('\n').map_or(0, |i| i + 1);
            &code[line_start..]
        }
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_collapses_whitespace_and_keeps_protected_ranges_exact() {
        let mut run = Run::default();
        run.push_str("  Gõ lệnh \n ");
        run.open_protected();
        run.push_str(" cargo   build ");
        run.close_protected();
        run.push_str(" để  biên dịch. ");
        let (_, text, protected) = run.take();
        assert_eq!(text, "Gõ lệnh cargo build để biên dịch.");
        assert_eq!(protected.len(), 1);
        assert_eq!(&text[protected[0].clone()], "cargo build");
    }

    #[test]
    fn excerpt_is_bounded_on_a_char_boundary() {
        let long = "Hà Nội ".repeat(100);
        let e = excerpt([long.as_str()]);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.ends_with('…'));
        assert_eq!(excerpt(["  a \n", " b "]), "a b");
    }

    /// What the excerpt was made by before it went word by word, one character at a time, with
    /// its bound mended: it asked `count == EXCERPT_CHARS`, which a space that reached the bound
    /// stepped over, and the excerpt then ran to the end of the text (a dropped region's text
    /// whole, however large).
    fn excerpt_by_chars<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
        let mut out = String::new();
        let (mut count, mut space) = (0, false);
        for c in pieces.into_iter().flat_map(str::chars) {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if count >= EXCERPT_CHARS {
                out.push('…');
                return out;
            }
            if space && !out.is_empty() {
                out.push(' ');
                count += 1;
                if count >= EXCERPT_CHARS {
                    out.push('…');
                    return out;
                }
            }
            space = false;
            out.push(c);
            count += 1;
        }
        out
    }

    #[test]
    fn excerpt_word_by_word_is_the_excerpt_char_by_char() {
        let words = [
            "Hà",
            "Nội",
            "北京市",
            "a",
            "",
            " ",
            "\n\t",
            "\u{3000}",
            "x.y",
            "ngày",
        ];
        // Pieces of every length around the bound, spaces inside and between them.
        for n in [
            0usize, 1, 2, 3, 50, 66, 67, 68, 99, 100, 101, 150, 199, 200, 201, 400,
        ] {
            for shift in 0..words.len() {
                let pieces: Vec<String> = (0..n)
                    .map(|i| {
                        let w = words[(i * 7 + shift) % words.len()];
                        if i % 3 == 0 {
                            format!(" {w}")
                        } else {
                            w.to_string()
                        }
                    })
                    .collect();
                let refs = pieces.iter().map(String::as_str);
                assert_eq!(excerpt(refs.clone()), excerpt_by_chars(refs), "{pieces:?}");
            }
        }
        let long = "x".repeat(EXCERPT_CHARS);
        assert_eq!(excerpt([long.as_str()]), long);
        assert_eq!(excerpt([long.as_str(), " y"]), format!("{long}…"));
        assert_eq!(excerpt([long.as_str(), "y"]), format!("{long}…"));
        // A space that reaches the bound ends the excerpt (it used to step over the bound).
        let short = "x".repeat(EXCERPT_CHARS - 1);
        let after = "y".repeat(1000);
        let e = excerpt([short.as_str(), " ", after.as_str()]);
        assert_eq!(e, format!("{short} …"));
    }

    /// Pieces pushed into a run make the text they made when it went one character at a time:
    /// whitespace anywhere between words (inside a piece, at its edges, a piece of whitespace
    /// alone) is one space, none at the ends; protected ranges cover their words exactly.
    #[test]
    fn run_word_by_word_is_the_run_char_by_char() {
        let words = [
            "Hà",
            " Nội ",
            "北京市",
            "",
            " ",
            "\n\t",
            "\u{3000}",
            "x.y",
            "ngày\u{a0}",
            "a",
        ];
        for n in 0..40usize {
            for shift in 0..words.len() {
                let pieces: Vec<&str> = (0..n)
                    .map(|i| words[(i * 3 + shift) % words.len()])
                    .collect();
                let mut run = Run::default();
                let (mut expected, mut space) = (String::new(), false);
                for (i, piece) in pieces.iter().enumerate() {
                    if i == n / 2 {
                        run.open_protected();
                    }
                    run.push_str(piece);
                    for c in piece.chars() {
                        if c.is_whitespace() {
                            space = true;
                            continue;
                        }
                        if space && !expected.is_empty() {
                            expected.push(' ');
                        }
                        space = false;
                        expected.push(c);
                    }
                }
                run.close_protected();
                let (_, text, protected) = run.take();
                assert_eq!(text, expected, "{pieces:?}");
                for range in protected {
                    let inside = &text[range];
                    assert_eq!(inside.trim(), inside, "{pieces:?}");
                }
            }
        }
    }

    #[test]
    fn trim_code_keeps_indentation() {
        assert_eq!(
            trim_code("\n\n    fn main() {}\n  x\n\n"),
            "    fn main() {}\n  x"
        );
        assert_eq!(trim_code(" \n "), "");
    }

    #[test]
    fn collector_skips_repeats_but_not_in_tables() {
        let cleaner = Cleaner::default();
        let mut c = Collector::new(&cleaner);
        c.block(1, BlockKind::Paragraph, "Một.".into(), vec![]);
        c.block(2, BlockKind::Caption, "Một.".into(), vec![]);
        c.block(3, BlockKind::TableCell, "0".into(), vec![]);
        c.block(3, BlockKind::TableCell, "0".into(), vec![]);
        c.block(4, BlockKind::Paragraph, "anh.jpg".into(), vec![]);
        c.block(5, BlockKind::Code, "anh.jpg".into(), vec![]);
        let (blocks, dropped) = c.finish();
        assert_eq!(blocks.len(), 4);
        assert_eq!(dropped[0].reason, "duplicate of line 1");
        assert_eq!(dropped[1].reason, "image file name");
    }
}

/// What a reader gives, in order: blocks, and the pieces of the source it left out.
#[derive(Clone, Debug)]
pub(super) enum Item {
    Block(RawBlock),
    Dropped(Dropped),
}

/// Runs a reader over a text held whole; returns its blocks and what it left out.
pub(super) fn collect(
    items: impl Iterator<Item = Result<Item, ReadError>>,
) -> (Vec<RawBlock>, Vec<Dropped>) {
    let (mut blocks, mut dropped) = (Vec::new(), Vec::new());
    for item in items.flatten() {
        match item {
            Item::Block(b) => blocks.push(b),
            Item::Dropped(d) => dropped.push(d),
        }
    }
    (blocks, dropped)
}
