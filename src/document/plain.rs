//! Plain text: every non-empty line is a block; noise lines are dropped with their reason.

use super::blocks::{collect, Item};
use super::{BlockKind, Cleaner, Dropped, RawBlock, ReadError};
use regex::Regex;
use std::collections::VecDeque;

/// A line that survived cleaning.
struct Kept {
    line: usize,
    text: String,
    after_image: bool,
    /// A blank line (or a dropped line) came before it: a paragraph may start here.
    after_break: bool,
    /// The raw line ended in white space, as lines wrapped by a program do.
    soft_wrapped: bool,
    /// The line is one or two capitals, as when a PDF sets a word vertically.
    stacked: bool,
    /// Characters of its last physical line (the text may have joined several).
    last_line_chars: usize,
}

fn is_stacked_letters(line: &str) -> bool {
    (1..=2).contains(&line.chars().count()) && line.chars().all(char::is_uppercase)
}

/// Lines ended by `\n`, `\r\n` or a lone `\r` (old Mac files, stray carriage returns).
fn physical_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                Some(line)
            }
            None => {
                let line = rest;
                rest = "";
                Some(line)
            }
        }
    })
}

/// Whether `next` continues the sentence of the line before it, read from both sides of the
/// break. The line before must leave its sentence open (no final punctuation) and not look
/// like a title (all capitals, or three or more words all capitalised) or a parenthesis; the
/// line after must not open a block of its own (a list item, a label, a dateline's capitals,
/// or `set_apart`: indented, or opening with markup).
/// Then a line wrapped where it ended with a space (hard-wrapped mail, text copied from a PDF)
/// goes on in lower case or with a bracket; otherwise the line after must itself carry the
/// sentence to its end (`Chinese President` / `Xi Jinping stressed … on Wednesday.`). In
/// scraped news a line is a paragraph, so a short line followed by another unfinished one
/// (`features` / `contact manager`) stays a block of its own.
fn continues(prev: &Kept, next: &str, set_apart: bool) -> bool {
    let prev_text = prev.text.trim_end();
    let open_ended = !prev_text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';', '：', '；']);
    if !open_ended || looks_like_title(prev_text) || prev_text.ends_with([')', '）']) {
        return false;
    }
    if prev.soft_wrapped && next.starts_with(|c: char| c.is_lowercase() || c == '(') {
        return true;
    }
    // A long line broken before a lower-case word is text wrapped at a line's width, in the
    // middle of a sentence that may run on over more lines (`… Administration. More` /
    // `than 400,000 people … at the` / `city's two airports …`): no need for the line after
    // to finish it. A short one (`features` / `contact manager`) is a list or a menu.
    // Filled greedily, as a program wraps: the next line's first word would not have fitted
    // on the line before at the width the two lines show (a line followed by a longer one
    // that starts with a short word was broken on purpose).
    let next_chars = next.chars().count();
    let first_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let filled = prev.last_line_chars + 1 + first_word > prev.last_line_chars.max(next_chars);
    let wrapped_long = prev.last_line_chars >= MIN_WRAPPED_LINE && filled;
    if wrapped_long
        && !set_apart
        && next.starts_with(char::is_lowercase)
        && !is_list_item(next)
        && !metadata_label().is_match(next)
        && !speaker_label().is_match(next)
    {
        return true;
    }
    let opens_block = set_apart
        || is_list_item(next)
        || metadata_label().is_match(next)
        || speaker_label().is_match(next)
        || starts_with_capitals(next)
        || opens_with_agency_dateline(next)
        || opens_with_han_dateline(next);
    let Some(first) = next.chars().next() else {
        return false;
    };
    // Han text wrapped at a fixed width, in the middle of a sentence that runs on over more
    // lines (`…老旧小区改造，加装` / `电梯、修缮管网、增设停车位，居民生活条件` / `明显改善。…`):
    // the lines are as long as each other, to a character or two, and the one before has a
    // clause mark, which a headline rarely has; the next need not finish the sentence.
    let han_wrapped = prev_text
        .chars()
        .next_back()
        .is_some_and(crate::lang::is_han)
        && crate::lang::is_han(first)
        && prev.last_line_chars >= MIN_WRAPPED_HAN_LINE
        && prev.last_line_chars.abs_diff(next.chars().count()) <= HAN_WRAP_SLACK
        && prev_text.contains(['，', '、', '；', ','])
        // `时间：…` / `地点：…`: lines of labels are no wrapped sentence.
        && !next.chars().take(6).any(|c| matches!(c, '：' | ':'));
    if han_wrapped && !opens_block {
        return true;
    }
    if opens_block || !first.is_alphanumeric() || !carries_to_an_end(next) {
        return false;
    }
    // A comma or a dash left hanging is the surest sign; otherwise the sentence the lines
    // would make must be long enough to be one (`A photo of the hall` / `Four.` are two),
    // and a Han line, with no capitals to tell a headline (`东盟妇女论坛在南宁举行`), must
    // be too short to be one (`中国国家主席`).
    if prev_text.ends_with([',', '，', '、', '-', '–', '—']) || first.is_lowercase() {
        return true;
    }
    if prev_text
        .chars()
        .next_back()
        .is_some_and(crate::lang::is_han)
    {
        // A long Han line that holds a clause mark is a sentence under way, wrapped at a
        // line's width (`…宣布，嫦娥六号探测器已完成月球背面` / `采样任务，…。`): a
        // headline is shorter, and rarely has its clauses punctuated.
        let count = prev_text.chars().count();
        let clause_mark = prev_text.contains(['，', '；', '：']);
        return count <= MAX_HAN_FRAGMENT || (clause_mark && count >= MIN_WRAPPED_HAN);
    }
    let first_sentence = next.split(['.', '!', '?']).next().unwrap_or(next);
    first_sentence.split_whitespace().count() >= 3
}

/// The shortest line read as filled to a line's width when the next goes on in lower case:
/// hard-wrapped text runs 60 to 80 characters a line and a wrapped line falls short of that
/// by less than a word.
const MIN_WRAPPED_LINE: usize = 40;

/// The longest Han line without final punctuation read as the start of a sentence broken
/// across lines rather than as a title.
const MAX_HAN_FRAGMENT: usize = 8;

/// The shortest Han line with a clause mark read as wrapped inside a sentence rather than as
/// a headline: Chinese headlines run to about twenty characters, wrapped text to a line's width.
const MIN_WRAPPED_HAN: usize = 20;

/// The shortest Han line read as wrapped at a fixed width when the next is as long.
const MIN_WRAPPED_HAN_LINE: usize = 12;

/// How many characters two lines wrapped at the same width may differ by (a full-width mark
/// or a Latin figure moves the break).
const HAN_WRAP_SLACK: usize = 2;

/// A Chinese dateline, `新华社北京10月20日电`: a day's number and `日电` near the start.
fn opens_with_han_dateline(line: &str) -> bool {
    /// The longest agency and place before the date, in bytes.
    const MAX_HEAD: usize = 60;
    line.match_indices("日电")
        .any(|(p, _)| p <= MAX_HEAD && line[..p].ends_with(|c: char| c.is_ascii_digit()))
}

/// All capitals, or three or more words of four letters or more, all capitalised: a title.
fn looks_like_title(line: &str) -> bool {
    // All capitals, counted among the letters that have a case: Han text with an acronym in
    // it (`价格指数（CPI）…`) is no title in capitals, its characters have no case.
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    let lower = line.chars().filter(|c| c.is_lowercase()).count();
    if upper > 0 && lower == 0 && 2 * upper >= letters {
        return true;
    }
    let long: Vec<&str> = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    long.len() >= 3 && long.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// A first word of two or more capitals (`HANOI (VNA) –`, `BEIJING, March 1`): a dateline or
/// a heading opens there.
fn starts_with_capitals(line: &str) -> bool {
    let word: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// A dateline in the case of the place's name, then the agency in parentheses and a dash:
/// `Hà Nội (TTXVN) -`, `Washington (AP) —`, `Ho Chi Minh City, May 2 (VNA) –`. Capitals
/// alone (`HANOI (VNA) –`) are `starts_with_capitals`.
fn opens_with_agency_dateline(line: &str) -> bool {
    /// The longest place and date before the agency, in bytes.
    const MAX_PLACE: usize = 60;
    let Some(open) = line.find('(').filter(|&open| open > 0 && open <= MAX_PLACE) else {
        return false;
    };
    let Some(close) = line[open..].find(')').map(|c| open + c) else {
        return false;
    };
    let place_words_capitalised = line[..open]
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let agency = &line[open + 1..close];
    let agency_named = !agency.trim().is_empty()
        && agency.split_whitespace().count() <= 3
        && agency
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let dash_after = line[close + 1..].trim_start().starts_with(['-', '–', '—']);
    place_words_capitalised && agency_named && dash_after
}

/// The line reaches a sentence's end: it ends with one, or holds one followed by more text.
fn carries_to_an_end(line: &str) -> bool {
    ends_sentence(line)
        || line.char_indices().any(|(p, c)| {
            matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
                && line[p + c.len_utf8()..].starts_with([' '])
                || matches!(c, '。' | '！' | '？')
        })
}

/// How two lines are joined: Han text runs on without a space (as a browser joins lines of
/// CJK text), everything else with one.
fn join_lines(prev: &mut String, next: &str) {
    use crate::lang::is_han;
    // Full-width punctuation and the quotes and ellipsis Chinese shares with other scripts
    // run on too when Han text is on the other side: `会议，` / `研究…`.
    let cjk = |c: char| {
        is_han(c)
            || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF65)
            || matches!(c, '“' | '”' | '‘' | '’' | '…')
    };
    let (last, first) = (prev.chars().next_back(), next.chars().next());
    let han_both = match (last, first) {
        (Some(a), Some(b)) => (is_han(a) && cjk(b)) || (cjk(a) && is_han(b)),
        _ => false,
    };
    if !han_both {
        prev.push(' ');
    }
    prev.push_str(next);
}

/// Cleaning, a line at a time: drops noise with its reason and keeps the rest in order. The
/// line kept last may still grow (a wrapped line, a stray full stop, letters set one per
/// line), so it is handed on only when the next one is kept, or at the end. Every rule looks
/// at the current line and the one kept before it, never further: a document read as a
/// stream is cleaned exactly as one read whole.
struct Cleaning {
    cleaner: Cleaner,
    line_no: usize,
    last: Option<Kept>,
    after_image: bool,
    after_break: bool,
}

impl Cleaning {
    fn new(cleaner: Cleaner) -> Self {
        Cleaning {
            cleaner,
            line_no: 0,
            last: None,
            after_image: false,
            after_break: true,
        }
    }

    /// Takes the next physical line; returns the kept line it settles, if any.
    fn line(&mut self, raw: &str, dropped: &mut Vec<Dropped>) -> Option<Kept> {
        self.line_no += 1;
        let line_no = self.line_no;
        let cleaner = &self.cleaner;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            self.after_break = true;
            return None;
        }
        let cleaned = cleaner.strip_tag_remnants(trimmed, line_no, dropped);
        let mut cleaned = cleaner.strip_fillers(&cleaned, line_no, dropped);
        if cleaned.is_empty() {
            // The whole line was markup or leaders; what was removed is recorded.
            self.after_break = true;
            return None;
        }
        let soft_wrapped = raw.ends_with([' ', '\t']);
        if let Some(prev) = self.last.as_mut().filter(|_| !self.after_break) {
            // An indented line, or one that opened with a tag, starts a paragraph.
            let set_apart = raw.starts_with(char::is_whitespace)
                || cleaned.chars().next() != trimmed.chars().next();
            if continues(prev, &cleaned, set_apart) {
                join_lines(&mut prev.text, &cleaned);
                prev.soft_wrapped = soft_wrapped;
                prev.last_line_chars = cleaned.chars().count();
                return None;
            }
            if is_stacked_letters(&cleaned) && prev.stacked {
                // Letters set one per line (`W`, `A`, `RN` …) spell one word.
                prev.text.push_str(&cleaned);
                return None;
            }
            // A full stop that slipped onto the next line belongs to the sentence above.
            let stray = cleaned
                .char_indices()
                .take_while(|&(_, c)| matches!(c, '.' | '!' | '?' | '。' | '！' | '？'))
                .last()
                .map_or(0, |(p, c)| p + c.len_utf8());
            if stray > 0
                && (stray == cleaned.len() || cleaned[stray..].starts_with(char::is_whitespace))
            {
                prev.text.push_str(&cleaned[..stray]);
                cleaned = cleaned[stray..].trim_start().to_string();
                if cleaned.is_empty() {
                    return None;
                }
            }
        }
        let reason = if let Some(reason) = cleaner.line_rule(&cleaned) {
            Some(reason.to_string())
        } else {
            self.last
                .as_ref()
                .filter(|prev| prev.text == cleaned)
                .map(|prev| format!("duplicate of line {}", prev.line))
        };
        if let Some(reason) = reason {
            self.after_image = reason == "image file name";
            self.after_break = true;
            dropped.push(Dropped::new(line_no, reason, cleaned));
            return None;
        }
        let kept = Kept {
            line: line_no,
            last_line_chars: cleaned.chars().count(),
            stacked: is_stacked_letters(&cleaned),
            text: cleaned,
            after_image: self.after_image,
            after_break: self.after_break,
            soft_wrapped,
        };
        self.after_image = false;
        self.after_break = false;
        self.last.replace(kept)
    }

    /// The line kept last, once there are no more.
    fn finish(&mut self) -> Option<Kept> {
        self.last.take()
    }
}

/// The opening of a document, held until [`promote_headline`] can judge it: the first
/// blocks, as many as it looks at.
struct Opening {
    blocks: Vec<RawBlock>,
    after_image: Vec<bool>,
    /// Still gathering; afterwards blocks go straight out.
    open: bool,
}

/// Blocks `promote_headline` looks at: those above the headline and the one after it.
const OPENING_BLOCKS: usize = MAX_BLOCKS_ABOVE_HEADLINE + 2;

impl Opening {
    fn new() -> Self {
        Opening {
            blocks: Vec::new(),
            after_image: Vec::new(),
            open: true,
        }
    }

    fn push(&mut self, block: RawBlock, after_image: bool, out: &mut VecDeque<Item>) {
        if !self.open {
            out.push_back(Item::Block(block));
            return;
        }
        self.blocks.push(block);
        self.after_image.push(after_image);
        if self.blocks.len() == OPENING_BLOCKS {
            self.close(out);
        }
    }

    fn close(&mut self, out: &mut VecDeque<Item>) {
        if self.open {
            self.open = false;
            promote_headline(&mut self.blocks, &self.after_image);
            out.extend(self.blocks.drain(..).map(Item::Block));
        }
    }
}

/// How a plain text becomes blocks: a line each, or paragraphs of lines (`--join-lines`).
enum Shape {
    Lines {
        in_body: bool,
    },
    Joined {
        /// The block being gathered, with whether it starts under an image.
        current: Option<(RawBlock, bool)>,
        /// A paragraph was among the blocks before the current one.
        in_body: bool,
    },
}

/// Plain text read a line at a time into blocks ([`Item`]s): memory holds the current line,
/// the block being gathered and the few opening blocks a headline is judged by, whatever the
/// length of the text.
pub(super) struct PlainBlocks<L> {
    lines: L,
    cleaning: Cleaning,
    shape: Shape,
    opening: Opening,
    out: VecDeque<Item>,
    dropped: Vec<Dropped>,
    done: bool,
}

impl<L: Iterator<Item = Result<String, ReadError>>> PlainBlocks<L> {
    pub(super) fn new(lines: L, cleaner: Cleaner, joined: bool) -> Self {
        let shape = if joined {
            Shape::Joined {
                current: None,
                in_body: false,
            }
        } else {
            Shape::Lines { in_body: false }
        };
        PlainBlocks {
            lines,
            cleaning: Cleaning::new(cleaner),
            shape,
            opening: Opening::new(),
            out: VecDeque::new(),
            dropped: Vec::new(),
            done: false,
        }
    }

    /// A kept line, settled: a block of its own, or part of the one being gathered.
    fn kept(&mut self, l: Kept) {
        match &mut self.shape {
            Shape::Lines { in_body } => {
                let kind = classify(&l.text, l.after_image, !*in_body);
                *in_body |= kind == BlockKind::Paragraph;
                let block = RawBlock {
                    line: l.line,
                    kind,
                    text: l.text,
                    protected: Vec::new(),
                };
                self.opening.push(block, l.after_image, &mut self.out);
            }
            Shape::Joined { current, in_body } => {
                let starts_block = l.after_break || is_list_item(&l.text) || current.is_none();
                match current {
                    Some((block, _)) if !starts_block => {
                        block.text.push(' ');
                        block.text.push_str(&l.text);
                    }
                    _ => {
                        let new = RawBlock {
                            line: l.line,
                            kind: BlockKind::Paragraph,
                            text: l.text,
                            protected: Vec::new(),
                        };
                        if let Some((done, after_image)) = current.replace((new, l.after_image)) {
                            *in_body |= done.kind == BlockKind::Paragraph;
                            self.opening.push(done, after_image, &mut self.out);
                        }
                    }
                }
                if let Some((block, starts_after_image)) = current {
                    block.kind = classify(&block.text, *starts_after_image, !*in_body);
                }
            }
        }
    }

    fn end(&mut self) {
        if let Some(l) = self.cleaning.finish() {
            self.kept(l);
        }
        if let Shape::Joined { current, .. } = &mut self.shape {
            if let Some((block, after_image)) = current.take() {
                self.opening.push(block, after_image, &mut self.out);
            }
        }
        self.opening.close(&mut self.out);
    }
}

impl<L: Iterator<Item = Result<String, ReadError>>> Iterator for PlainBlocks<L> {
    type Item = Result<Item, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.out.pop_front() {
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            match self.lines.next() {
                Some(Ok(line)) => {
                    let settled = self.cleaning.line(&line, &mut self.dropped);
                    self.out.extend(self.dropped.drain(..).map(Item::Dropped));
                    if let Some(l) = settled {
                        self.kept(l);
                    }
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                None => {
                    self.done = true;
                    self.end();
                }
            }
        }
    }
}

impl<L: super::stream::Held> super::stream::Held for PlainBlocks<L> {
    fn held(&self) -> usize {
        let item = |i: &Item| match i {
            Item::Block(b) => b.text.len(),
            Item::Dropped(d) => d.text.len(),
        };
        let current = match &self.shape {
            Shape::Joined {
                current: Some((block, _)),
                ..
            } => block.text.len(),
            _ => 0,
        };
        self.lines.held()
            + self.out.iter().map(item).sum::<usize>()
            + self
                .opening
                .blocks
                .iter()
                .map(|b| b.text.len())
                .sum::<usize>()
            + self.cleaning.last.as_ref().map_or(0, |k| k.text.len())
            + self.dropped.iter().map(|d| d.text.len()).sum::<usize>()
            + current
    }
}

#[cfg(test)]
pub(super) fn physical_lines_of(text: &str) -> Vec<String> {
    physical_lines(text).map(str::to_string).collect()
}

pub(super) fn text_lines(text: &str) -> impl Iterator<Item = Result<String, ReadError>> + '_ {
    physical_lines(text).map(|l| Ok(l.to_string()))
}

/// Splits plain text into blocks, one non-empty line each, dropping noise with its reason.
pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    collect(PlainBlocks::new(text_lines(text), cleaner.clone(), false))
}

/// How many blocks may stand above a headline: the lead photo's caption, as scraped pages
/// put the photo before the title (sometimes its alt text and its caption both).
const MAX_BLOCKS_ABOVE_HEADLINE: usize = 2;

/// Finds the headline that a caption pushed out of the opening. Scraped news often starts
/// with the lead photo's caption, a full sentence, and only then the title: read line by line,
/// that sentence looks like the body's first paragraph and the title after it like a caption.
/// When no heading has been seen, a title-shaped line (short, no final punctuation, not under
/// an image) standing within the first few blocks, with a paragraph right after it and only
/// sentences above it, is the headline, and those sentences above it are captions: nothing
/// but a photo's caption comes before a news article's headline. This looks at the shape and
/// position of lines only, never at their words, and at the first [`OPENING_BLOCKS`] blocks
/// only, so a stream holds no more than those.
fn promote_headline(blocks: &mut [RawBlock], after_image: &[bool]) {
    let limit = blocks.len().min(MAX_BLOCKS_ABOVE_HEADLINE + 1);
    let Some(h) = (1..limit).find(|&i| {
        blocks[i].kind == BlockKind::Caption
            && !after_image.get(i).copied().unwrap_or(false)
            && is_title_shaped(&blocks[i].text)
    }) else {
        return;
    };
    let above_are_sentences = blocks[..h]
        .iter()
        .all(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Caption));
    let body_follows = blocks
        .get(h + 1)
        .is_some_and(|b| b.kind == BlockKind::Paragraph);
    if !above_are_sentences || !body_follows {
        return;
    }
    blocks[h].kind = BlockKind::Heading;
    for b in &mut blocks[..h] {
        b.kind = BlockKind::Caption;
    }
}

/// Short and without final punctuation: how headlines, section titles and captions look.
fn is_title_shaped(line: &str) -> bool {
    !ends_sentence(line) && line.chars().count() <= MAX_TITLE_CHARS
}

/// Longest line that is taken for a title rather than a sentence missing its full stop.
const MAX_TITLE_CHARS: usize = 250;

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', '」', '』', '）'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';', '：', '；'])
}

/// Like [`parse`], but a paragraph runs until a blank line, its lines joined by spaces: for
/// text copied from PDFs or hard-wrapped mail. A list item still starts a block of its own.
pub fn parse_joined_lines(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    collect(PlainBlocks::new(text_lines(text), cleaner.clone(), true))
}

fn is_list_item(line: &str) -> bool {
    ["- ", "• ", "* ", "· "].iter().any(|p| line.starts_with(p))
}

fn metadata_label() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:date|source|author|by|editor|published|updated|photo|ngày|nguồn|tác giả|ảnh|来源|日期|作者|编辑|发布时间)\s*[:：]")
            .expect("valid pattern")
    })
}

fn speaker_label() -> &'static Regex {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        // One to four capitalised words, then a colon and the words spoken.
        Regex::new(r"^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}\s*[:：]\s*\S")
            .expect("valid pattern")
    })
}

/// The kind of a block; `before_body` is true until the first paragraph, where a line without
/// final punctuation is the headline or a subtitle rather than a caption.
fn classify(line: &str, after_image: bool, before_body: bool) -> BlockKind {
    if metadata_label().is_match(line) {
        return BlockKind::Metadata;
    }
    if after_image {
        return BlockKind::Caption;
    }
    if is_list_item(line) {
        return BlockKind::ListItem;
    }
    if speaker_label().is_match(line) {
        return BlockKind::Speaker;
    }
    if is_title_shaped(line) {
        // Lines without final punctuation are headlines, section titles or photo captions.
        return if before_body {
            BlockKind::Heading
        } else {
            BlockKind::Caption
        };
    }
    BlockKind::Paragraph
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, DropRule, InputFormat, LangChoice};
    use crate::lang::Lang;

    fn read(text: &str) -> Document {
        super::super::read(
            "t",
            "t.txt",
            text,
            InputFormat::Text,
            LangChoice::Auto,
            &Cleaner::default(),
        )
        .unwrap()
    }

    #[test]
    fn drops_noise_with_reasons() {
        let doc = read("Tin tức hôm nay.\nTin tức hôm nay.\n\nndo_br_gen-h-z68.jpg\nChú thích ảnh ở đây.\n< br />\nfontSize:   big middle small\nXem thêm");
        let reasons: Vec<_> = doc
            .dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (2, "duplicate of line 1"),
                (4, "image file name"),
                (6, "markup remnant"),
                (7, "page chrome"),
                (8, "page chrome"),
            ]
        );
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[1].kind, BlockKind::Caption);
        assert_eq!(doc.lang, Lang::Vi);
    }

    #[test]
    fn strips_inline_remnants_and_keeps_the_text() {
        let doc = read("< /div> He and Hongmei made a speech.");
        assert_eq!(doc.blocks[0].text, "He and Hongmei made a speech.");
        assert_eq!(doc.dropped[0].text, "< /div>");
    }

    #[test]
    fn classifies_blocks() {
        let doc = read("Women NGOs Annual Leadership Session Held\nDate: 2023-03-19\n- At the level of safeguards, things.\nReporter: When did it start?\nHe Hongmei: In the 1990s.\nA plain sentence here.");
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Metadata,
                BlockKind::ListItem,
                BlockKind::Speaker,
                BlockKind::Speaker,
                BlockKind::Paragraph
            ]
        );
    }

    fn texts(doc: &Document) -> Vec<&str> {
        doc.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_line_break_inside_a_sentence_is_read_from_both_sides() {
        let en = read("Chinese President\nXi Jinping stressed the importance of science on Wednesday.\nHe met students and\nteachers in the hall.\n");
        assert_eq!(
            texts(&en),
            [
                "Chinese President Xi Jinping stressed the importance of science on Wednesday.",
                "He met students and teachers in the hall."
            ]
        );
        let vi = read("Chủ tịch nước\nLương Cường đã hội kiến Thủ tướng Lào.\n");
        assert_eq!(
            texts(&vi),
            ["Chủ tịch nước Lương Cường đã hội kiến Thủ tướng Lào."]
        );
        let zh = read("中国国家主席\n习近平强调了科学合作的重要性。\n");
        assert_eq!(texts(&zh), ["中国国家主席习近平强调了科学合作的重要性。"]);
        // A long Han line with a clause mark is wrapped text; full-width punctuation runs on
        // without a space.
        let zh = read(
            "国家航天局20日宣布，嫦娥六号探测器已完成月球背面\n采样任务，样品将于下月返回地球。\n",
        );
        assert_eq!(
            texts(&zh),
            ["国家航天局20日宣布，嫦娥六号探测器已完成月球背面采样任务，样品将于下月返回地球。"]
        );
        let zh = read("国务院总理李强20日主持召开国务院常务会议，\n研究部署有关政策措施。\n");
        assert_eq!(
            texts(&zh),
            ["国务院总理李强20日主持召开国务院常务会议，研究部署有关政策措施。"]
        );
        // Text wrapped at a line's width runs on over lines that finish nothing, in lower
        // case: a long line filled to the width is read as wrapped, in any language.
        let en = read("Typhoon Bebinca made landfall on Monday, the strongest storm to hit since 1949. More\nthan 400,000 people were moved to shelters before it arrived, and all of the\nflights were cancelled.\n");
        assert_eq!(
            texts(&en),
            ["Typhoon Bebinca made landfall on Monday, the strongest storm to hit since 1949. More than 400,000 people were moved to shelters before it arrived, and all of the flights were cancelled."]
        );
        let vi = read("Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 7h sáng nay, vị trí tâm bão số 3\nở khoảng 19,8 độ Vĩ Bắc; 108,5 độ Kinh Đông, cách Quảng Ninh khoảng 250 km về phía\nđông nam.\n");
        assert_eq!(texts(&vi).len(), 1, "{:?}", texts(&vi));
        // Han text with an acronym in it is no title in capitals: its wrapped line runs on.
        let zh = read("价格指数（CPI）同比下降0.4%，环比持平。其中，食品价格同比下降4.3%，非食品价格\n同比上涨0.5%。\n");
        assert_eq!(texts(&zh).len(), 1, "{:?}", texts(&zh));
        // Han text wrapped at a fixed width runs on over lines that finish nothing: the lines
        // are as long as each other; a headline with a comma over a longer paragraph is not.
        let zh = read("今年以来，各地积极推进老旧小区改造，加装\n电梯、修缮管网、增设停车位，居民生活条件\n明显改善。截至6月底，全国已开工改造老旧\n小区2.3万个。\n");
        assert_eq!(texts(&zh).len(), 1, "{:?}", texts(&zh));
        let zh = read("时间：2024年5月1日，上午九时\n地点：北京国家会议中心\n");
        assert_eq!(texts(&zh).len(), 2, "{:?}", texts(&zh));
        let zh = read("稳就业保民生，多地出台新举措\n记者从人社部获悉，今年以来各地相继出台稳就业政策，帮助企业吸纳就业，高校毕业生就业形势总体稳定。\n");
        assert_eq!(texts(&zh).len(), 2, "{:?}", texts(&zh));
        // A line followed by a longer one that starts with a short word was broken on
        // purpose, not by a program filling lines.
        let en = read("This eBook is for the use of anyone anywhere at no cost\nyou may copy it, give it away or re-use it under the terms of this license\n");
        assert_eq!(texts(&en).len(), 2, "{:?}", texts(&en));
        // Titles, datelines, lists, indented lines and unfinished short lines stay apart.
        for text in [
            "Vietnam And Laos Sign Cooperation Deals\nThey signed twelve documents.\n",
            "A caption without a stop\nHANOI (VNA) - They signed twelve documents.\n",
            "Thủ tướng chỉ đạo khắc phục hậu quả bão\nHà Nội (TTXVN) - Sáng 9/9, Thủ tướng chủ trì cuộc họp.\n",
            "Floods cut off villages in the north\nHo Chi Minh City, May 2 (Reuters) — Rain fell all day.\n",
            "features\ncontact manager\nevents, activities\n",
            "The plan\n- Build the hall.\n",
            "A photo of the hall\nFour.\n",
            "东盟妇女论坛在南宁举行\n论坛于7月16日开幕。\n",
            "习近平会见越南国家主席，双方同意深化两国全面战略合作\n新华社北京10月20日电 国家主席习近平会见越南国家主席。\n",
            "Chapter one\n  It was a cold night.\n",
        ] {
            let doc = read(text);
            assert!(doc.blocks.len() >= 2, "{text:?} became {:?}", texts(&doc));
        }
    }

    fn kinds(doc: &Document) -> Vec<BlockKind> {
        doc.blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn headline_after_a_caption_is_the_headline() {
        use BlockKind::*;
        let vi = read("Các đại biểu chụp ảnh lưu niệm trước giờ khai mạc.\n\nPhụ nữ Việt Nam tự tin hội nhập trong kỷ nguyên số\n\nDiễn đàn là dịp để các đại biểu thảo luận.\n\nNgày 16/7, tại Nam Ninh, đã diễn ra Diễn đàn.\n\nMột dòng chú thích ảnh");
        assert_eq!(
            kinds(&vi),
            [Caption, Heading, Paragraph, Paragraph, Caption]
        );
        assert_eq!(
            vi.title(),
            Some("Phụ nữ Việt Nam tự tin hội nhập trong kỷ nguyên số")
        );
        let en = read("Delegates pose for a photo before the opening.\nWomen Leaders Meet in Nanning\nThe forum opened on Wednesday.\nIt lasted two days.");
        assert_eq!(kinds(&en), [Caption, Heading, Paragraph, Paragraph]);
        let zh = read("代表们在开幕前合影留念。\n东盟妇女论坛在南宁举行\n论坛于7月16日开幕。\n共有180名代表参加。");
        assert_eq!(kinds(&zh), [Caption, Heading, Paragraph, Paragraph]);
        assert_eq!(zh.title(), Some("东盟妇女论坛在南宁举行"));
    }

    #[test]
    fn a_caption_line_later_in_the_body_stays_a_caption() {
        use BlockKind::*;
        // Too far from the opening to be the headline, and with no paragraph after it.
        let doc = read("One sentence.\nTwo sentence.\nThree sentence.\nA photo of the hall\nFour.");
        assert_eq!(
            kinds(&doc),
            [Paragraph, Paragraph, Paragraph, Caption, Paragraph]
        );
        assert_eq!(doc.title(), None);
        let doc = read("One sentence.\nA photo of the hall\n- a list item");
        assert_eq!(kinds(&doc), [Paragraph, Caption, ListItem]);
        // A headline already in place is left alone.
        let doc = read("Title Here\nFirst sentence.\nSecond line here\nThird.");
        assert_eq!(kinds(&doc), [Heading, Paragraph, Caption, Paragraph]);
        assert_eq!(doc.title(), Some("Title Here"));
    }

    #[test]
    fn user_rules_extend_the_defaults() {
        let cleaner = Cleaner::new(&[DropRule {
            pattern: "Advertisement".into(),
            reason: "advert".into(),
        }])
        .unwrap();
        let doc = super::super::read(
            "t",
            "t",
            "Advertisement\nReal text.",
            InputFormat::Text,
            LangChoice::Auto,
            &cleaner,
        )
        .unwrap();
        assert_eq!(doc.dropped[0].reason, "advert");
        let bad = Cleaner::new(&[DropRule {
            pattern: "(".into(),
            reason: "x".into(),
        }]);
        assert!(matches!(bad, Err(ReadError::BadRule { index: 5, .. })));
    }
}
