//! Sentence boundaries for Vietnamese, English and Chinese.
//!
//! Segmentation is lossless: a block's segments, together with the white space between them,
//! give back the block exactly, because a block is only ever cut, and only white space is
//! trimmed from the pieces. The word lists that decide hard cases (abbreviations, sentence
//! starters) are data, one file per language in `rules/`.
//!
//! What one segment is, with examples in the three languages, is written down in
//! `POLICY.md` beside this file.
//!
//! One pass over the bytes finds candidate cuts after terminal punctuation; cuts that fall
//! inside a matched bracket (or a short quotation) are withdrawn when it closes, while those
//! inside a quotation of sentences stand; inline list enumerators (`1. … 2. …`, `a) … b) …`)
//! add cuts of their own, and a credit closing the block (`(Photo: VNA)`, `credit.rs`) one
//! before it. Only punctuation bytes are looked at closely, so the pass runs at memory speed
//! over ordinary text.

mod credit;
mod rules;

pub use rules::Rules;

use crate::document::{
    Block, BlockKind, Cleaner, Document, InputFormat, LangChoice, ReadError, Segment, SegmentKind,
};
use crate::lang::{is_han, Lang};
use crate::text::has_letters;
use std::ops::Range;

/// A quotation or bracket longer than this does not hold back the sentence ends inside it:
/// such a span is more likely two unrelated quote marks than one quotation.
const SPAN_LIMIT: usize = 600;

/// The longest word, in bytes, the rules look at before or after a stop. Abbreviations,
/// initials and enumerators are far shorter; a longer run without a space stands for itself by
/// its last (or first) bytes, so that a page of `A.A.A.…` costs a bounded look per stop
/// rather than one back to the start of the run.
const WORD_LIMIT: usize = 64;

/// Bytes that may start a character the scanner must look at: ASCII punctuation it cares
/// about, and the lead bytes of the Unicode blocks holding general and CJK punctuation.
static INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let ascii = b".!?\"'`()[]{}";
    let mut i = 0;
    while i < ascii.len() {
        table[ascii[i] as usize] = true;
        i += 1;
    }
    // U+2000–U+2FFF (quotes, dashes, ellipsis, bullets), U+3000–U+3FFF (CJK punctuation),
    // U+FF00–U+FFFF (full-width forms); also U+00AB/U+00BB guillemets (lead byte 0xC2).
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    table[0xC2] = true;
    table
};

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '．' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// Terminals that end a sentence without a following space.
fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '●' | '◦' | '‣')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// Kinds of paired delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pair {
    Paren,
    Bracket,
    Brace,
    /// Straight and curly double quotes are one kind: which way a mark points is read from
    /// its neighbours, so a typo'd `“` closing a `"` still closes it.
    Double,
    Single,
    Guillemet,
    Corner,
    WhiteCorner,
    Title,
    FullParen,
    Lenticular,
    Angle,
}

fn opens(c: char) -> Option<Pair> {
    Some(match c {
        '(' => Pair::Paren,
        '[' => Pair::Bracket,
        '{' => Pair::Brace,
        '‘' | '`' => Pair::Single,
        '«' => Pair::Guillemet,
        '「' => Pair::Corner,
        '『' => Pair::WhiteCorner,
        '《' => Pair::Title,
        '（' => Pair::FullParen,
        '【' => Pair::Lenticular,
        '〈' => Pair::Angle,
        _ => return None,
    })
}

fn closes(c: char) -> Option<Pair> {
    Some(match c {
        ')' => Pair::Paren,
        ']' => Pair::Bracket,
        '}' => Pair::Brace,
        '»' => Pair::Guillemet,
        '」' => Pair::Corner,
        '』' => Pair::WhiteCorner,
        '》' => Pair::Title,
        '）' => Pair::FullParen,
        '】' => Pair::Lenticular,
        '〉' => Pair::Angle,
        _ => return None,
    })
}

/// Quotation marks, as opposed to brackets: sentences inside a quotation are segments of
/// their own, while a bracket keeps what it holds in the sentence around it.
fn is_quotation(pair: Pair) -> bool {
    matches!(
        pair,
        Pair::Double | Pair::Single | Pair::Guillemet | Pair::Corner | Pair::WhiteCorner
    )
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„')
}

/// A quotation this short (in characters, a Han character counting two) is a phrase, a
/// title or an exclamation inside its sentence (`called out "Stop! Stop!" and ran`), not
/// speech of several sentences: the stops inside it do not end a segment.
const SHORT_QUOTATION: usize = 24;

#[derive(Debug)]
struct Open {
    pair: Pair,
    pos: usize,
    /// Number of cuts when it opened: cuts made after that are inside it.
    cuts_before: usize,
}

/// A list enumerator found inline (`2.` or `b)`), a candidate for starting a new segment.
#[derive(Debug)]
struct Enumerator {
    /// Where the item starts (its bullet, or the number itself).
    start: usize,
    value: u32,
    alphabetic: bool,
    /// The position right after its marker, where a cut may have been made wrongly.
    after: usize,
    /// Whether a list may begin here. `2.` after a word mid-sentence is far more often a
    /// number ending a sentence (`on day 3. The delegation left on day 4.`) than an item, so
    /// a run of such numbers is a list only when its first item opens the text, follows a
    /// bullet, or follows a sentence end or a colon (`The plan: 1. Build 2. Test`). Later
    /// items follow the previous item's text, and `a.`, `b)` are not numbers a sentence
    /// ends with: those may begin a list anywhere.
    opens: bool,
}

/// The state of one pass over a text.
struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    rules: &'static Rules,
    cuts: Vec<usize>,
    stack: Vec<Open>,
    enumerators: Vec<Enumerator>,
    /// Where the last run of terminal punctuation ended, cut or not.
    last_terminal: usize,
    /// How many more looks for a word's lower-case form (see `common_word`) this text allows.
    evidence_budget: std::cell::Cell<u32>,
}

impl<'a> Scan<'a> {
    fn char_at(&self, i: usize) -> char {
        let b = self.bytes[i];
        if b < 0x80 {
            b as char
        } else {
            self.text[i..].chars().next().unwrap_or('\u{FFFD}')
        }
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    fn last_cut(&self) -> usize {
        self.cuts.last().copied().unwrap_or(0)
    }

    /// Start of the current sentence: the first non-space after the last cut, past a bullet.
    fn sentence_start(&self) -> usize {
        let from = self.last_cut();
        let rest = self.text[from..].trim_start();
        let rest = match rest.chars().next() {
            Some(b) if is_bullet(b) => rest[b.len_utf8()..].trim_start(),
            _ => rest,
        };
        self.text.len() - rest.len()
    }

    fn open(&mut self, pair: Pair, pos: usize) {
        self.stack.push(Open {
            pair,
            pos,
            cuts_before: self.cuts.len(),
        });
    }

    /// Closes the innermost open `pair`. The cuts made inside a bracket are withdrawn (it is
    /// part of its sentence); those inside a quotation stand, unless it is short.
    fn close(&mut self, pair: Pair, pos: usize) -> bool {
        let Some(k) = self.stack.iter().rposition(|o| o.pair == pair) else {
            return false;
        };
        let open = &self.stack[k];
        if pos - open.pos <= SPAN_LIMIT
            && self.cuts.len() > open.cuts_before
            && (!is_quotation(pair) || self.keeps_whole(pair, k, pos))
        {
            let keep = open.cuts_before;
            self.cuts.truncate(keep);
        }
        self.stack.truncate(k);
        true
    }

    /// Whether the quotation opened by `self.stack[k]` keeps its sentences in one segment
    /// when it closes at `pos`: a short one, or one in single quotes standing on its own.
    /// Speech in news is quoted in double quotes (or 「」, 《》 being titles); a quotation in
    /// single quotes outside one is a term, a title, or literary dialogue that keeps its
    /// exclamations together (`'Well! How brave they'll think me!'`), while single quotes
    /// inside double ones follow the outer quotation.
    fn keeps_whole(&self, pair: Pair, k: usize, pos: usize) -> bool {
        let outer_double = self.stack[..k].iter().any(|o| o.pair == Pair::Double);
        (pair == Pair::Single && !outer_double) || self.is_short(self.stack[k].pos, pos)
    }

    /// Whether the quotation between the marks at `open` and `close` is short (bounded by
    /// [`SPAN_LIMIT`], as `close` only asks within it).
    fn is_short(&self, open: usize, close: usize) -> bool {
        let inner = self.text.get(open..close).unwrap_or("");
        let mut weight = 0;
        for c in inner.chars().skip(1) {
            weight += if is_han(c) { 2 } else { 1 };
            if weight > SHORT_QUOTATION {
                return false;
            }
        }
        true
    }

    /// Whether the double quote `c` at `i` opens a quotation, read from its neighbours: a
    /// mark with space (or an opening bracket, a dash, a colon) before it and a word after it
    /// opens; one glued to the word before and followed by space or punctuation closes,
    /// whichever way it is drawn (`decision.“ However` closes). Only where the neighbours
    /// do not tell does the glyph decide, and a straight quote closes an open quotation.
    fn double_opens(&self, i: usize, c: char) -> bool {
        let before = self.char_before(i);
        let after = self.text[i + c.len_utf8()..].chars().next();
        let open_before = before.is_none_or(|b| {
            b.is_whitespace()
                || opens(b).is_some()
                || is_dash(b)
                || matches!(b, ':' | '：' | '，' | '、')
        });
        let open_after = after.is_none_or(|a| {
            a.is_whitespace()
                || closes(a).is_some()
                || matches!(a, ',' | '.' | ';' | ':' | '，' | '。' | '；' | '：' | '、')
                || is_terminal(a)
        });
        match (open_before, open_after) {
            (true, false) => true,
            (false, true) => false,
            _ => match c {
                '“' | '„' => true,
                '”' => false,
                _ => !self.has_open(Pair::Double),
            },
        }
    }

    fn has_open(&self, pair: Pair) -> bool {
        self.stack.iter().any(|o| o.pair == pair)
    }

    /// Handles a quote or bracket at `i`; returns whether it was one.
    fn delimiter(&mut self, i: usize, c: char) -> bool {
        match c {
            '"' | '“' | '”' | '„' => {
                if self.double_opens(i, c) {
                    self.open(Pair::Double, i);
                } else {
                    self.close(Pair::Double, i);
                }
                true
            }
            '\'' | '’' => {
                let before = self.char_before(i);
                let after = self.text[i + c.len_utf8()..].chars().next();
                let letter_before = before.is_some_and(char::is_alphanumeric);
                let letter_after = after.is_some_and(char::is_alphanumeric);
                if letter_before && letter_after {
                    // An apostrophe: they'll, Women’s.
                } else if !letter_after || letter_before {
                    self.close(Pair::Single, i);
                } else if c == '\''
                    && before.is_none_or(|b| {
                        b.is_whitespace() || opens(b).is_some() || is_double_quote(b) || is_dash(b)
                    })
                {
                    self.open(Pair::Single, i);
                }
                true
            }
            _ => {
                if let Some(pair) = opens(c) {
                    self.open(pair, i);
                    true
                } else if let Some(pair) = closes(c) {
                    self.close(pair, i);
                    true
                } else {
                    false
                }
            }
        }
    }

    /// A closing quote after a dash ends interrupted speech: `"If you please, sir--" The
    /// Rabbit started`. Only a capital after it opens a new sentence.
    fn interrupted_speech(&self, quote: usize, c: char) -> bool {
        let head = &self.text[..quote];
        let after = &self.text[quote + c.len_utf8()..];
        let closes_open = self.has_open(Pair::Double) && !self.double_opens(quote, c);
        closes_open
            && (head.ends_with("--") || head.ends_with('—'))
            && after.starts_with(char::is_whitespace)
            && after.trim_start().starts_with(char::is_uppercase)
    }

    /// Records `token` + marker as a possible inline list enumerator.
    fn enumerator(&mut self, marker: usize, after: usize) {
        let token_start = self.text[..marker]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric())
            .last()
            .map_or(marker, |(p, _)| p);
        let token = &self.text[token_start..marker];
        let rest = &self.text[after..];
        if token.is_empty() || !rest.starts_with(char::is_whitespace) {
            return;
        }
        let is_dot = self.bytes[marker] == b'.';
        let numeric = token.bytes().all(|b| b.is_ascii_digit());
        // After a colon or a semicolon a number and a stop count items, in lower case too
        // (`three recommendations: 1. speed up …; 2. cut …`).
        let after_list_mark = self.text[..token_start]
            .trim_end_matches([' ', '\t'])
            .ends_with([':', ';', '：', '；']);
        if is_dot
            && numeric
            && !after_list_mark
            && !rest.trim_start().starts_with(char::is_uppercase)
        {
            // `for 1. above`, `1. 000 m`: a reference or a number, not a list item.
            return;
        }
        let (value, alphabetic) = if token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()) {
            (token.parse().unwrap_or(0), false)
        } else if token.len() == 1 && token.as_bytes()[0].is_ascii_lowercase() {
            (u32::from(token.as_bytes()[0] - b'a') + 1, true)
        } else {
            return;
        };
        // The item starts at the token, at its opening parenthesis (`(b)`), or at a bullet
        // right before it (`• 9.`, `⁃9.`).
        let mut start = token_start;
        let mut token_start = token_start;
        if self.bytes[marker] == b')' && token_start > 0 && self.bytes[token_start - 1] == b'(' {
            token_start -= 1;
            start = token_start;
        }
        let before = self.text[..token_start].trim_end_matches([' ', '\t']);
        let opens = match before.chars().next_back() {
            None => true,
            Some(b) if is_bullet(b) => {
                start = before.len() - b.len_utf8();
                true
            }
            Some(b) if before.len() < token_start => {
                alphabetic
                    || !is_dot
                    || b == '\n'
                    || is_terminal(b)
                    || matches!(b, ':' | ';' | '：' | '；')
            }
            Some(_) => return,
        };
        self.enumerators.push(Enumerator {
            start,
            value,
            alphabetic,
            after,
            opens,
        });
    }

    /// Records `（一）` or `（2）` closing at `close` as a possible inline list enumerator: the
    /// Chinese way of counting a list's items in running text (`分为两个阶段：（一）试点阶段；
    /// （二）推广阶段。`), with no space after it.
    fn bracketed_enumerator(&mut self, close: usize) {
        // The opening mark is a few characters back at most (`（二十一）`): looked for there
        // only, so that a text of closing marks with none opened costs no pass per mark.
        let from = self.text[..close]
            .char_indices()
            .rev()
            .nth(4)
            .map_or(0, |(p, _)| p);
        let head = &self.text[..close];
        let Some(open) = head[from..].rfind('（').map(|p| from + p) else {
            return;
        };
        let token = &head[open + '（'.len_utf8()..];
        let digits =
            !token.is_empty() && token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit());
        let Some(value) = (if digits {
            token.parse().ok()
        } else {
            han_number(token)
        }) else {
            return;
        };
        let before = self.text[..open].trim_end_matches([' ', '\t']);
        let opens = before.chars().next_back().is_none_or(|b| {
            b == '\n' || is_bullet(b) || is_terminal(b) || matches!(b, ':' | ';' | '：' | '；')
        });
        self.enumerators.push(Enumerator {
            start: open,
            value,
            alphabetic: false,
            after: close + '）'.len_utf8(),
            opens,
        });
    }

    /// Handles the terminal `c` at `i`: takes the punctuation, quotes and footnote marks that
    /// belong to the sentence, decides whether it ends there, and returns where to go on.
    fn terminal(&mut self, i: usize, c: char) -> usize {
        let n = self.bytes.len();
        let mut j = i + c.len_utf8();
        let mut dots = usize::from(c == '.');
        let mut ellipsis = c == '…';
        let mut terminals_end = j;
        // A stop that ends a bracket or a title opened inside the sentence belongs to what
        // it holds (`包括《谁动了我的奶酪？》《活着》等。`, `the film (What Now?) opens`); one
        // that opened the sentence (`(Dinah was the cat.)`) stands as a sentence.
        let mut closes_inner_bracket = false;
        // The same for a short quotation set inside a Han sentence as a phrase, not opening
        // it nor opened by a colon as speech is (`影片中“我命由我不由天！”这句台词…`): its stop
        // ends nothing when the sentence goes on in Han text right after the mark.
        let mut closes_quoted_phrase = false;
        while j < n {
            let d = self.char_at(j);
            if is_terminal(d) {
                dots += usize::from(d == '.');
                ellipsis |= d == '…';
                j += d.len_utf8();
                terminals_end = j;
                // The sentence's own stop after the title (`《山那边还有山！》。`) ends it.
                closes_inner_bracket = false;
                closes_quoted_phrase = false;
            } else if is_double_quote(d) && !self.double_opens(j, d) {
                closes_quoted_phrase |= self.quoted_phrase(Pair::Double, j);
                self.close(Pair::Double, j);
                j += d.len_utf8();
            } else if matches!(d, '\'' | '’')
                && (self.has_open(Pair::Single)
                    || !self.text[j + d.len_utf8()..].starts_with(char::is_alphanumeric))
            {
                self.close(Pair::Single, j);
                j += d.len_utf8();
            } else if let Some(pair) = closes(d) {
                let opened = self.stack.iter().rposition(|o| o.pair == pair);
                if let Some(k) = opened.filter(|_| !is_quotation(pair)) {
                    closes_inner_bracket |= self.stack[k].pos > self.sentence_start();
                } else if opened.is_some() {
                    closes_quoted_phrase |= self.quoted_phrase(pair, j);
                }
                self.close(pair, j);
                j += d.len_utf8();
            } else {
                break;
            }
        }
        if closes_inner_bracket || closes_quoted_phrase && self.text[j..].starts_with(is_han) {
            self.last_terminal = j;
            return j;
        }
        ellipsis |= dots >= 2;
        // `[...]` marks an omission inside a quotation, never an ending.
        if dots >= 3
            && i > 0
            && self.bytes[i - 1] == b'['
            && self.bytes.get(terminals_end) == Some(&b']')
        {
            return j;
        }
        if c == '.' && dots == 1 && self.text[j..].starts_with(" . .") {
            return self.spaced_ellipsis(i, j);
        }
        if c == '.' && dots == 1 {
            j = self.footnotes(i, j);
        }
        j = self.spaced_footnote(j);
        if c == '.' {
            self.enumerator(i, j);
        }
        if self.ends_sentence(i, c, j, ellipsis) && !self.interjection(i, c) {
            self.cuts.push(j);
        }
        self.last_terminal = j;
        j
    }

    /// Whether the innermost open `pair`, closing at `close`, is a short quotation set inside
    /// its sentence as a phrase: opened right after a Han character (not at the
    /// sentence's start, not after a colon or a space, where speech opens).
    fn quoted_phrase(&self, pair: Pair, close: usize) -> bool {
        let Some(open) = self.stack.iter().rev().find(|o| o.pair == pair) else {
            return false;
        };
        open.pos > self.sentence_start()
            && self.char_before(open.pos).is_some_and(is_han)
            && self.is_short(open.pos, close)
    }

    /// An exclamation or question of one or two words inside a quotation (`"Oh dear! Oh
    /// dear! I shall be late!"`) is an interjection within the speech, not a sentence of it.
    fn interjection(&self, at: usize, c: char) -> bool {
        if !matches!(c, '!' | '?') {
            return false;
        }
        let Some(quote) = self.stack.iter().rev().find(|o| is_quotation(o.pair)) else {
            return false;
        };
        let from = quote.pos.max(self.last_terminal).max(self.last_cut());
        // Count back at most three words, each at most WORD_LIMIT bytes long.
        let mut floor = from.max(at.saturating_sub(3 * WORD_LIMIT));
        while !self.text.is_char_boundary(floor) {
            floor += 1;
        }
        let words = self.text[floor..at].split_whitespace().count();
        floor == from && words <= 2
    }

    /// A spaced ellipsis (`. . .`, MLA style). Three dots mark an omission within a sentence;
    /// four are an omission and a full stop. A full stop glued to a word and followed by a
    /// spaced ellipsis ends its sentence, and the ellipsis opens the next one.
    fn spaced_ellipsis(&mut self, first: usize, mut j: usize) -> usize {
        let glued = self.char_before(first).is_some_and(|c| !c.is_whitespace());
        let mut dots = 1;
        while self.text[j..].starts_with(" .") {
            j += 2;
            dots += 1;
        }
        // Take closing quotes and brackets after the last dot.
        while let Some(d) = self.text[j..].chars().next() {
            if closes(d).is_some() || is_double_quote(d) || matches!(d, '\'' | '’') {
                self.delimiter(j, d);
                j += d.len_utf8();
            } else {
                break;
            }
        }
        let capital_next = self.text[j..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase());
        let at_end = self.text[j..].trim().is_empty();
        if glued && dots >= 4 && !at_end {
            if capital_next {
                self.cuts.push(first + 1);
            }
        } else if dots >= 4 && capital_next {
            self.cuts.push(j);
        }
        j
    }

    /// Footnote marks after a full stop belong to the sentence: `martyr.[1]`, `(1987).1`,
    /// `consultation.11 12`.
    fn footnotes(&self, dot: usize, mut j: usize) -> usize {
        let bytes = self.bytes;
        let digits = |from: usize| {
            bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let mut bracketed = false;
        while j < bytes.len() && bytes[j] == b'[' {
            let d = digits(j + 1);
            if d == 0 || d > 3 || bytes.get(j + 1 + d) != Some(&b']') {
                break;
            }
            j += d + 2;
            bracketed = true;
        }
        if bracketed {
            return j;
        }
        let after_word = self
            .char_before(dot)
            .is_some_and(|c| c.is_alphabetic() || c == ')');
        let d = if j < bytes.len() { digits(j) } else { 0 };
        if !after_word || d == 0 || d > 3 {
            return j;
        }
        j += d;
        // Further footnote numbers separated by spaces, if a sentence follows them.
        loop {
            if bytes.get(j) != Some(&b' ') {
                break;
            }
            let d = digits(j + 1);
            let next = j + 1 + d;
            if d == 0 || d > 3 || bytes.get(next) != Some(&b' ') {
                break;
            }
            if !self.text[next + 1..].starts_with(char::is_uppercase) {
                break;
            }
            j = next;
        }
        j
    }

    /// A bracketed footnote mark one space after a stop belongs to that sentence: `greenhouse
    /// gas. [1] It is`. Returns where the sentence ends.
    fn spaced_footnote(&self, j: usize) -> usize {
        let bytes = self.bytes;
        if bytes.get(j) != Some(&b' ') || bytes.get(j + 1) != Some(&b'[') {
            return j;
        }
        let d = bytes[j + 2..]
            .iter()
            .take(4)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let close = j + 2 + d;
        let ends = bytes.get(close + 1).is_none_or(|b| b.is_ascii_whitespace());
        if (1..=3).contains(&d) && bytes.get(close) == Some(&b']') && ends {
            close + 1
        } else {
            j
        }
    }

    /// The word before byte `end`, back to white space, an opening bracket or the last cut.
    fn word_before(&self, end: usize) -> &'a str {
        let mut floor = self.last_cut().min(end).max(end.saturating_sub(WORD_LIMIT));
        while !self.text.is_char_boundary(floor) {
            floor += 1;
        }
        let head = &self.text[floor..end];
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                c.is_whitespace() || opens(c).is_some() || is_double_quote(c) || c == '\''
            })
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &self.text[floor + start..end];
        // Han text has no spaces: a Latin word written right after it (`代表Dr.`, `教授J.`)
        // starts where the script changes.
        match word.char_indices().rev().find(|&(_, c)| is_han(c)) {
            Some((p, c)) if p + c.len_utf8() < word.len() => &word[p + c.len_utf8()..],
            _ => word,
        }
    }

    /// Whether the word before `start` (past white space) is capitalised or an initial: an
    /// initial at `start` then stands inside a name (`George W. Bush`, `J. K. Lee`).
    fn name_before(&self, start: usize) -> bool {
        let head = self.text[..start].trim_end();
        if head.len() == start {
            return false;
        }
        let word = self.word_before(head.len());
        let word = word.strip_suffix('.').unwrap_or(word);
        word.chars().next().is_some_and(char::is_uppercase)
    }

    fn ends_sentence(&self, at: usize, c: char, end: usize, ellipsis: bool) -> bool {
        let text = self.text;
        let Some(next) = text[end..].chars().next() else {
            return true;
        };
        if is_cjk_terminal(c) {
            // A full-width full stop between digits is a decimal point.
            let digit_before = self.char_before(at).is_some_and(|p| p.is_ascii_digit());
            // No sentence opens with a clause mark: `高喊“加油！加油！”，现场…` goes on.
            let clause_after = matches!(next, '，' | '、' | '；' | '：' | ',' | ';' | ':');
            return !(c == '。' && digit_before && next.is_ascii_digit()
                || clause_after
                || self.attribution_after_quote(at, end));
        }
        if !next.is_whitespace() {
            if is_dash(next) && credit::sign_off(&text[end..]) {
                // `…establishment.-VNA`: the agency's sign-off stands alone.
                return true;
            }
            if is_han(next) {
                if ellipsis && closes_quotation(&text[at..end]) {
                    // `“我只是想让孩子们……”话没说完`: speech that trails off and closes
                    // ends its sentence, unless a said-clause follows.
                    return !self.attribution_after_quote(at, end);
                }
                // `资金、人才、市场……这些困难`: an ellipsis glued to Han text trails off a
                // list or a phrase inside the sentence; `Co. Ltd.尚未` is an abbreviation.
                return !(ellipsis || (c == '.' && self.abbreviation_before(at)));
            }
            if matches!(next, '“' | '「' | '『' | '《' | '（') {
                return true;
            }
            return c == '.' && !ellipsis && self.glued(at, end);
        }
        let rest = text[end..].trim_start();
        if rest.is_empty() {
            return true;
        }
        // Look past opening quotes, brackets and dashes for the first letter or digit.
        let Some((offset, first)) = rest.char_indices().find(|&(_, ch)| {
            !(opens(ch).is_some() || is_dash(ch) || is_double_quote(ch) || ch == '\'')
        }) else {
            return true;
        };
        if first.is_whitespace() && rest[..offset].chars().all(is_dash) {
            // ` -- you have cake`: a dash then a lower-case continuation.
            let after = rest[offset..].trim_start();
            if after.starts_with(char::is_lowercase) {
                return false;
            }
        }
        if first.is_lowercase() {
            // A quotation opening after a full stop starts a sentence even in lower case
            // (`… nước ngoài. "khi sang Mỹ …"`), unless the stop belongs to an abbreviation.
            let quoted = rest[..offset].contains(['"', '“']);
            // A name written with a small first letter and a capital inside (`iPhone`,
            // `eBay`) opens a sentence as a capitalised word does; a word that continues one
            // has no capital after its first letter.
            let camel = !ellipsis && is_camel_case(&rest[offset..]);
            let opens = quoted && c == '.' && !ellipsis || camel;
            if !opens {
                return false;
            }
            let word = self.word_before(at).to_lowercase();
            return !self.rules.is_listed_abbreviation(&word);
        }
        if rest.starts_with('(') {
            let open = end + (text[end..].len() - rest.len());
            if self.credit_at(open) {
                // `… 2024. (Photo: VNA)`: a credit is a segment of its own.
                return true;
            }
            if self.closing_remark(open) {
                return false;
            }
        }
        if !first.is_alphanumeric() {
            // A sentence does not open with `,` or `?` (`Fig. ??`, `with? , What`).
            return !(matches!(first, ',' | ';' | ':') || is_terminal(first));
        }
        if ellipsis {
            // `mất mát... Năm 1960` ends; `suốt... 15 năm` does not.
            return first.is_uppercase() || is_han(first);
        }
        if c != '.' {
            return true;
        }
        let next_word: &str = {
            let w = &rest[offset..];
            let len = w
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphanumeric())
                .map_or(w.len(), |(p, _)| p);
            &w[..len]
        };
        let word = self.word_before(at);
        let lower = word.to_lowercase();
        let rules = self.rules;
        // What follows the next word: its own stop (`Feb.`, `Ltd.`), or a lower-case word
        // that shows the next word opened a clause (`Shipments begin`).
        let after_next = &rest[offset + next_word.len()..];
        let next_lower = next_word.to_lowercase();
        let next_has_stop = !next_word.is_empty() && after_next.starts_with('.');
        // `10 a.m. Feb. 3`: the next word is itself an abbreviation read before a number (a
        // month's), so the date goes on.
        let dated_abbreviation = next_has_stop && rules.before_number.contains(&next_lower);
        if first.is_ascii_digit() && rules.before_number.contains(&lower) {
            return false;
        }
        if rules.never_final.contains(&lower) || title_chain(&lower, rules) {
            return false;
        }
        if rules.spaced_thousands
            && !word.is_empty()
            && word.len() <= 3
            && word.bytes().all(|b| b.is_ascii_digit())
            && next_word.bytes().all(|b| b.is_ascii_digit())
        {
            // `28. 000 đồng`: Vietnamese typesetting spaces its thousands separator.
            return false;
        }
        if at - word.len() == self.sentence_start() && (is_enumerator(word) || is_initial(word)) {
            // `I. Share how ...`, `2. The second point`, `Q. What is ...` open a sentence.
            return false;
        }
        if rules.time.contains(&lower) || (is_dotted(word) && self.number_before(at - word.len())) {
            // `He left at 6 p.m. Travelers …` ends; `at 3 p.m. Tuesday` and an opening
            // `At 5 a.m. Mr. Smith …` do not.
            let words_before = self.text[self.sentence_start()..at]
                .split_whitespace()
                .count();
            // A lone word closed by its own stop (`at 4 p.m. Tuesday.`) finishes this
            // sentence: a sentence of one word after a time is far rarer than a time's
            // weekday, zone or place. An abbreviation there (`6 p.m. Mr. Smith …`) is not one.
            let lone_word = next_has_stop
                && !is_initial(next_word)
                && !rules.is_listed_abbreviation(&next_lower)
                && after_next[1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|ch| !ch.is_lowercase());
            return first.is_uppercase()
                && !rules.not_starters.contains(next_word)
                && !dated_abbreviation
                && !lone_word
                && words_before > 3;
        }
        let abbreviation =
            rules.maybe_final.contains(&lower) || is_initial(word) || is_dotted(word);
        if abbreviation {
            if is_initial(next_word) && rest[offset + next_word.len()..].starts_with('.') {
                // `U. A. E.`, `J. K. Adams`: a run of initials.
                return false;
            }
            if next_has_stop && rules.maybe_final.contains(&next_lower) {
                // `Samsung Electronics Co. Ltd.`: a chain of listed abbreviations names one
                // thing.
                return false;
            }
            // An initial inside a name is followed by the rest of the name, capitalised: only
            // a word known to open sentences, or seen in lower case, shows a new one there.
            let inside_name = is_initial(word) && self.name_before(at - word.len());
            return rules.starters.contains(next_word)
                || (rules.capital_opens_after_abbreviation
                    && first.is_uppercase()
                    && !inside_name)
                || self.common_word(at, next_word)
                || (rules.maybe_final.contains(&lower) && opens_clause(next_word, after_next));
        }
        true
    }

    /// `“…三年。”外交部长对记者说。`: a Han clause right after a quotation's closing mark
    /// that only says who spoke (short, no mark of its own, ending in one of the language's
    /// speech verbs before its stop) belongs to the quotation, as `…," he said.` does in
    /// English. Cut there it would be a fragment no one can translate alone.
    fn attribution_after_quote(&self, at: usize, end: usize) -> bool {
        /// The longest attribution, in characters (`大使周四在河内举行的招待会上说`).
        const MAX_ATTRIBUTION: usize = 30;
        if !closes_quotation(&self.text[at..end]) || self.rules.speech_verbs.is_empty() {
            return false;
        }
        let rest = &self.text[end..];
        let Some((stop, _)) = rest
            .char_indices()
            .take(MAX_ATTRIBUTION + 1)
            .find(|&(_, ch)| is_terminal(ch) || opens(ch).is_some() || is_double_quote(ch))
        else {
            return false;
        };
        let clause = &rest[..stop];
        rest[stop..].starts_with(['。', '.'])
            && clause.chars().next().is_some_and(is_han)
            // A clause with marks of its own (`林晓云笑了笑，没有回答。`) says more than who spoke.
            && !clause.contains(['，', '、', '；', '：', ',', ';', ':'])
            && self
                .rules
                .speech_verbs
                .iter()
                .any(|verb| clause.ends_with(verb.as_str()))
    }

    /// Whether a parenthesised credit opens at `open` (within [`SPAN_LIMIT`]).
    fn credit_at(&self, open: usize) -> bool {
        let mut end = self.text.len().min(open + SPAN_LIMIT);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &self.text[open..end];
        window
            .find(')')
            .is_some_and(|close| credit::stands_alone(&window[..=close], self.rules))
    }

    /// Whether the full stop at `at` ends an abbreviation, an initial or a dotted form.
    fn abbreviation_before(&self, at: usize) -> bool {
        let word = self.word_before(at);
        let lower = word.to_lowercase();
        self.rules.never_final.contains(&lower)
            || self.rules.maybe_final.contains(&lower)
            || is_initial(word)
            || is_dotted(word)
    }

    /// Whether the word ending before `start` (past white space) is a number: `753 B.C.`.
    fn number_before(&self, start: usize) -> bool {
        let head = self.text[..start].trim_end();
        if head.len() == start {
            return false;
        }
        let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        let before = &head[..head.len() - digits];
        digits > 0 && (before.is_empty() || before.ends_with(char::is_whitespace))
    }

    /// Punkt's orthographic evidence: a capitalised word after an abbreviation opens a
    /// sentence when the text around also has it in lower case (`Corp. Both companies …
    /// both sides`): it is a common word, capitalised because it starts the sentence. A
    /// name is never written in lower case. The look is bounded, so that a text made of
    /// abbreviations stays linear.
    fn common_word(&self, at: usize, word: &str) -> bool {
        const WINDOW: usize = 4096;
        if word.is_empty() || word.len() > WORD_LIMIT {
            return false;
        }
        let lower = word.to_lowercase();
        if lower == word {
            return false;
        }
        let budget = self.evidence_budget.get();
        if budget == 0 {
            return false;
        }
        self.evidence_budget.set(budget - 1);
        let mut from = at.saturating_sub(WINDOW);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = self.text.len().min(at + WINDOW);
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        let hay = &self.text.as_bytes()[from..to];
        memchr::memmem::find_iter(hay, lower.as_bytes()).any(|p| {
            let before = self.text[..from + p].chars().next_back();
            let after = self.text[from + p + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// A parenthesis opening at `open` after a sentence end is a remark on that sentence when
    /// nothing but the end of the block or lower-case text follows it: `… house!' (Which was
    /// very likely true.)`. Followed by a new sentence, it stands alone.
    fn closing_remark(&self, open: usize) -> bool {
        // The limit counts bytes: step back to the start of the character it lands in.
        let mut end = self.text.len().min(open + SPAN_LIMIT);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &self.text[open..end];
        let mut depth = 0usize;
        for (p, ch) in window.char_indices() {
            match ch {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        let after = self.text[open + p + 1..].trim_start();
                        return after.is_empty() || after.starts_with(char::is_lowercase);
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// A sentence glued to the next one without a space: `world.Today`, `1,000.That`.
    fn glued(&self, at: usize, end: usize) -> bool {
        let word = self.word_before(at);
        let Some(last) = word.chars().next_back() else {
            return false;
        };
        if !(last.is_lowercase() || last.is_ascii_digit()) || word.chars().count() < 2 {
            return false;
        }
        let lower = word.to_lowercase();
        if self.rules.never_final.contains(&lower)
            || self.rules.maybe_final.contains(&lower)
            || is_dotted(word)
        {
            return false;
        }
        let mut limit = self.text.len().min(end + WORD_LIMIT);
        while !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        let token = self.text[end..limit]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if token.contains(['@', '/', '.', ':']) {
            // An address, not two sentences: `Jane.Doe@example.com`, `testurl.Awesome.com`.
            return false;
        }
        let mut following = token.chars();
        match (following.next(), following.next()) {
            (Some(a), Some(b)) => a.is_uppercase() && b.is_lowercase(),
            // `2014-2017.A conference`: a one-letter word (`A`, `I`) and a lower-case one.
            (Some(a), None) => {
                let after = &self.text[end + a.len_utf8()..];
                a.is_uppercase()
                    && after.starts_with(' ')
                    && after[1..].starts_with(char::is_lowercase)
            }
            _ => false,
        }
    }

    /// Applies inline lists: a run of enumerators counting up (1, 2, 3 or a, b, c) starts a
    /// segment at each item, and the cut right after each marker is withdrawn.
    fn apply_enumerators(&mut self) {
        let mut run: Vec<usize> = Vec::new();
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for (k, e) in self.enumerators.iter().enumerate() {
            let continues = run.last().is_some_and(|&p| {
                let prev = &self.enumerators[p];
                prev.alphabetic == e.alphabetic && prev.value + 1 == e.value
            });
            if !continues {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
                if !e.opens {
                    continue;
                }
            }
            run.push(k);
        }
        if run.len() >= 2 {
            runs.push(run);
        }
        for run in runs {
            for k in run {
                let (start, after) = (self.enumerators[k].start, self.enumerators[k].after);
                self.cuts.retain(|&c| c != after);
                if start > 0 {
                    self.cuts.push(start);
                }
            }
        }
    }
}

/// A number from one to ninety-nine written in Han numerals (`三`, `十二`, `二十`, `二十一`).
fn han_number(token: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1)
    };
    let chars: Vec<char> = token.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', d] => Some(10 * digit(*t)? + digit(*d)?),
        _ => None,
    }
}

/// Whether the word opening `text` starts in lower case and has a capital after (`iPhone`,
/// `eBay`, `iOS`): a name, which opens a sentence in lower case.
fn is_camel_case(text: &str) -> bool {
    let word = text
        .char_indices()
        .find(|&(_, ch)| !ch.is_alphanumeric())
        .map_or(text, |(p, _)| &text[..p]);
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && word.chars().count() >= 3
        && chars.any(char::is_uppercase)
}

/// Whether the punctuation after a stop (`。”`, `……」`) closes a quotation.
fn closes_quotation(marks: &str) -> bool {
    marks
        .chars()
        .any(|ch| matches!(ch, '”' | '」' | '』' | '"' | '»'))
}

/// Whether `word`, capitalised after a listed abbreviation, opens a clause: a lower-case word
/// follows it (`Nvidia Corp. Shipments begin`). A title or a name after the abbreviation goes
/// on in capitals (`Sony Corp. Chairman Kazuo Hirai`), and an acronym is no evidence.
fn opens_clause(word: &str, after: &str) -> bool {
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    capitalised
        && word.chars().count() >= 2
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_lowercase))
}

/// A single capital letter: an initial (`Albert I. Jones`).
/// A chain of titles written as one word (`ThS.BS.`, `PGS.TS.BS.`): every part is a title,
/// so the chain never ends a sentence, whatever its order.
fn title_chain(lower: &str, rules: &Rules) -> bool {
    lower.contains('.')
        && lower
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| rules.never_final.contains(p))
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters between dots: `U.S`, `e.g`, `Ph.D`.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

fn is_enumerator(word: &str) -> bool {
    (!word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()))
        || (!word.is_empty()
            && word.len() <= 5
            && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Splits text into sentences for one language.
#[derive(Clone, Copy, Debug)]
pub struct Segmenter {
    lang: Lang,
    rules: &'static Rules,
}

impl Segmenter {
    pub fn new(lang: Lang) -> Self {
        Segmenter {
            lang,
            rules: Rules::builtin(lang),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Byte ranges of the sentences of `text`, without surrounding white space.
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        self.split_protected(text, &[])
    }

    /// Like [`Segmenter::split`], never cutting inside a protected range (inline code).
    pub fn split_protected(&self, text: &str, protected: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut scan = Scan {
            text,
            bytes: text.as_bytes(),
            rules: self.rules,
            cuts: Vec::new(),
            stack: Vec::new(),
            enumerators: Vec::new(),
            last_terminal: 0,
            evidence_budget: std::cell::Cell::new(64),
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !INTERESTING[bytes[i] as usize] {
                i += 1;
                continue;
            }
            let c = scan.char_at(i);
            if is_terminal(c) {
                i = scan.terminal(i, c);
                continue;
            }
            if c == ')' {
                scan.enumerator(i, i + 1);
            } else if c == '）' {
                scan.bracketed_enumerator(i);
            }
            let interrupted = is_double_quote(c) && scan.interrupted_speech(i, c);
            let delimiter = scan.delimiter(i, c);
            if interrupted {
                scan.cuts.push(i + c.len_utf8());
            }
            if !delimiter && is_bullet(c) && i > 0 {
                let spaced = scan.char_before(i).is_some_and(char::is_whitespace);
                if spaced {
                    scan.cuts.push(i);
                }
            }
            i += c.len_utf8();
        }
        scan.apply_enumerators();
        let mut cuts = scan.cuts;
        if let Some(open) = credit::trailing(text, self.rules) {
            // `… in Hanoi (Photo: VNA)`: a credit closing the block, even after no stop.
            cuts.push(open);
        }
        cuts.retain(|&c| !protected.iter().any(|r| r.start < c && c < r.end));
        cuts.sort_unstable();
        cuts.dedup();

        let mut out = Vec::with_capacity(cuts.len() + 1);
        let mut from = 0;
        for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
            let piece = &text[from..cut];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                out.push(from + lead..from + lead + trimmed.len());
            }
            from = cut;
        }
        out
    }

    /// Fills the block's segments. A speaker's label (`Q:`, `Hỏi:`, `He Hongmei:`) opens the
    /// first sentence of what is said and stays with it, as a dateline does: the sentence
    /// alone would not say who speaks, and readers align the line whole.
    pub fn segment_block(&self, block: &mut Block) {
        if block.kind == BlockKind::Code {
            // Code is kept whole and never translated.
            let trimmed = block.text.trim_end();
            let lead = trimmed.len() - trimmed.trim_start().len();
            block.segments = vec![Segment {
                id: format!("b{}.s1", block.index),
                start: lead,
                text: trimmed[lead..].to_string(),
                kind: SegmentKind::Sentence,
                translatable: false,
                hits: Vec::new(),
                flags: Vec::new(),
            }];
            return;
        }
        block.segments = self
            .split_protected(&block.text, &block.protected)
            .into_iter()
            .enumerate()
            .map(|(n, span)| {
                let text = block.text[span.clone()].to_string();
                let kind = if credit::is_credit(&text, self.rules) {
                    SegmentKind::Credit
                } else {
                    SegmentKind::Sentence
                };
                Segment {
                    id: format!("b{}.s{}", block.index, n + 1),
                    start: span.start,
                    // A credit only names an agency or a photographer: nothing to translate.
                    translatable: kind != SegmentKind::Credit && has_letters(&text),
                    kind,
                    text,
                    hits: Vec::new(),
                    flags: Vec::new(),
                }
            })
            .collect();
    }

    pub fn segment_document(&self, doc: &mut Document) {
        for block in &mut doc.blocks {
            self.segment_block(block);
        }
    }
}

/// Reads text of a format and segments it: the path of `bitext segment` and of translation.
/// With `join_lines`, single line breaks inside a plain-text paragraph are spaces.
pub fn segment_input(
    id: &str,
    source: &str,
    text: &str,
    format: InputFormat,
    lang: LangChoice,
    cleaner: &Cleaner,
    join_lines: bool,
) -> Result<Document, ReadError> {
    let mut doc = if join_lines && format == InputFormat::Text {
        let (blocks, dropped) = crate::document::parse_joined_lines(text, cleaner);
        crate::document::assemble(id, source, blocks, dropped, lang)?
    } else {
        crate::document::read(id, source, text, format, lang, cleaner)?
    };
    Segmenter::new(doc.lang).segment_document(&mut doc);
    Ok(doc)
}

/// Reads an opened document a block at a time, each block segmented as it is read: the path
/// of translation, where a large document is never held whole.
pub fn reader(
    opened: crate::document::Opened,
) -> Result<crate::document::DocumentReader, ReadError> {
    let segmenter = Segmenter::new(opened.lang);
    Ok(opened
        .reader()?
        .each_block(move |block| segmenter.segment_block(block)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(lang: Lang, text: &str) -> Vec<&str> {
        let seg = Segmenter::new(lang);
        seg.split(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Asserts that each text splits as expected in its language.
    fn check(cases: &[(Lang, &str, &[&str])]) {
        for (lang, text, expected) in cases {
            assert_eq!(split(*lang, text), *expected, "{text}");
        }
    }

    #[test]
    fn the_word_after_an_abbreviation_is_evidence() {
        check(&[
            // A month's abbreviation after a time carries the date on.
            (
                Lang::En,
                "The vote opens at 10 a.m. Feb. 3, officials said. Polls close at 7 p.m. Results follow.",
                &[
                    "The vote opens at 10 a.m. Feb. 3, officials said.",
                    "Polls close at 7 p.m.",
                    "Results follow.",
                ],
            ),
            // A capitalised word then a lower-case one opens a sentence after a company's
            // suffix; a title before a name does not.
            (
                Lang::En,
                "The chips come from Nvidia Corp. Shipments begin in May.",
                &["The chips come from Nvidia Corp.", "Shipments begin in May."],
            ),
            (
                Lang::En,
                "He met Sony Corp. Chairman Kazuo Hirai in Tokyo.",
                &["He met Sony Corp. Chairman Kazuo Hirai in Tokyo."],
            ),
            // The dotted forms keep their own evidence: `U.S. Senate passed` goes on.
            (
                Lang::En,
                "The U.S. Senate passed the bill.",
                &["The U.S. Senate passed the bill."],
            ),
            // A chain of listed abbreviations names one company, even where a capital after
            // an abbreviation opens a sentence.
            (
                Lang::Vi,
                "Công ty ký với Samsung Electronics Co. Ltd. vào tháng trước. Giá trị không được công bố.",
                &[
                    "Công ty ký với Samsung Electronics Co. Ltd. vào tháng trước.",
                    "Giá trị không được công bố.",
                ],
            ),
            // Speech that trails off and closes ends its sentence; a said-clause stays.
            (
                Lang::Zh,
                "他说：“我只是想让孩子们……”话没说完，他就哭了。",
                &["他说：“我只是想让孩子们……”", "话没说完，他就哭了。"],
            ),
            (
                Lang::Zh,
                "“我们再等等……”村民们说。大家都走了。",
                &["“我们再等等……”村民们说。", "大家都走了。"],
            ),
        ]);
    }

    #[test]
    fn english_rules() {
        assert_eq!(
            split(
                Lang::En,
                "On January 19, a session was held by SWF. 18 NGOs attended the session."
            ),
            vec![
                "On January 19, a session was held by SWF.",
                "18 NGOs attended the session."
            ]
        );
        assert_eq!(
            split(
                Lang::En,
                "It is in Muse No. 2 Middle School. Mr. Li said so."
            ),
            vec!["It is in Muse No. 2 Middle School.", "Mr. Li said so."]
        );
        assert_eq!(
            split(Lang::En, "When did it start? year? In what context was it?"),
            vec!["When did it start? year?", "In what context was it?"]
        );
        assert_eq!(
            split(Lang::En, "Which countries? , What forms were adopted?"),
            vec!["Which countries? , What forms were adopted?"]
        );
        assert_eq!(
            split(Lang::En, "He said \"It works.\" Then he left."),
            vec!["He said \"It works.\"", "Then he left."]
        );
        assert_eq!(
            split(Lang::En, "I. Share how Beijing has advanced"),
            vec!["I. Share how Beijing has advanced"]
        );
        assert_eq!(
            split(Lang::En, "J. R. Smith arrived in the U.S. yesterday."),
            vec!["J. R. Smith arrived in the U.S. yesterday."]
        );
        assert_eq!(
            split(Lang::En, "It costs 3.5 dollars."),
            vec!["It costs 3.5 dollars."]
        );
    }

    #[test]
    fn numbers_ending_sentences_are_not_an_inline_list() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::En,
                "The delegation arrived on day 3. The delegation left on day 4. They went home on day 5.",
                &["The delegation arrived on day 3.", "The delegation left on day 4.", "They went home on day 5."],
            ),
            (
                Lang::En,
                "Talks resumed in round 1. Agreement came in round 2. Signing follows in round 3.",
                &["Talks resumed in round 1.", "Agreement came in round 2.", "Signing follows in round 3."],
            ),
            (
                Lang::Vi,
                "Đoàn đến Hà Nội vào ngày 3. Đoàn rời đi vào ngày 4. Họ về nước vào ngày 5.",
                &["Đoàn đến Hà Nội vào ngày 3.", "Đoàn rời đi vào ngày 4.", "Họ về nước vào ngày 5."],
            ),
            (
                Lang::Zh,
                "代表团第3天抵达。第4天离开。第5天回国。",
                &["代表团第3天抵达。", "第4天离开。", "第5天回国。"],
            ),
            (
                Lang::Zh,
                "代表团于3日抵达河内. 4日离开. 5日回国.",
                &["代表团于3日抵达河内.", "4日离开.", "5日回国."],
            ),
        ];
        check(cases);
    }

    #[test]
    fn inline_lists_still_split_at_each_item() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::En,
                "The plan: 1. Build the hall 2. Test the roof 3. Open it",
                &[
                    "The plan:",
                    "1. Build the hall",
                    "2. Test the roof",
                    "3. Open it",
                ],
            ),
            (
                Lang::En,
                "They met twice. 1. The first visit 2. The second visit",
                &[
                    "They met twice.",
                    "1. The first visit",
                    "2. The second visit",
                ],
            ),
            (
                Lang::Vi,
                "Kế hoạch gồm: 1. Xây hội trường 2. Kiểm tra mái 3. Khánh thành",
                &[
                    "Kế hoạch gồm:",
                    "1. Xây hội trường",
                    "2. Kiểm tra mái",
                    "3. Khánh thành",
                ],
            ),
            (
                Lang::En,
                "The model holds by 1) taking the view and 2) judging the rest.",
                &[
                    "The model holds by",
                    "1) taking the view and",
                    "2) judging the rest.",
                ],
            ),
            // Counted in brackets, in Han numerals or digits, with no space after.
            (
                Lang::Zh,
                "方案分为三步：（一）摸底调查；（二）制定标准；（三）全面实施。",
                &[
                    "方案分为三步：",
                    "（一）摸底调查；",
                    "（二）制定标准；",
                    "（三）全面实施。",
                ],
            ),
            (
                Lang::Zh,
                "会议明确：（1）先行先试；（2）逐步推开。",
                &["会议明确：", "（1）先行先试；", "（2）逐步推开。"],
            ),
            // One bracketed number inside a sentence is a reference, not a list.
            (
                Lang::Zh,
                "依照第（一）项规定，该申请不予受理。",
                &["依照第（一）项规定，该申请不予受理。"],
            ),
        ];
        check(cases);
    }

    #[test]
    fn names_in_lower_case_citations_and_road_numbers() {
        check(&[
            // A name with a small first letter and a capital inside opens a sentence.
            (
                Lang::En,
                "Sales slowed in March. iPhone orders fell by a tenth. eBay said little.",
                &["Sales slowed in March.", "iPhone orders fell by a tenth.", "eBay said little."],
            ),
            // `et al.` ends a sentence before a word that opens one, not before a year.
            (
                Lang::En,
                "The method follows Tran et al. It was tested on two sets. See Tran et al. 2021 for more.",
                &[
                    "The method follows Tran et al.",
                    "It was tested on two sets.",
                    "See Tran et al. 2021 for more.",
                ],
            ),
            (
                Lang::En,
                "Details are in Sect. 3. The code is public.",
                &["Details are in Sect. 3.", "The code is public."],
            ),
            (
                Lang::Vi,
                "Xe tải đi trên QL. 5 thì gặp nạn. Hai người bị thương.",
                &["Xe tải đi trên QL. 5 thì gặp nạn.", "Hai người bị thương."],
            ),
        ]);
    }

    #[test]
    fn vietnamese_rules() {
        assert_eq!(
            split(
                Lang::Vi,
                "Ngày 16/7, tại TP. Nam Ninh đã diễn ra Diễn đàn. Đoàn đại biểu gồm 13 thành viên."
            ),
            vec![
                "Ngày 16/7, tại TP. Nam Ninh đã diễn ra Diễn đàn.",
                "Đoàn đại biểu gồm 13 thành viên."
            ]
        );
        assert_eq!(
            split(Lang::Vi, "Hỗ trợ y tế, giáo dục... Ông Vương phát biểu."),
            vec!["Hỗ trợ y tế, giáo dục...", "Ông Vương phát biểu."]
        );
    }

    #[test]
    fn chinese_rules() {
        assert_eq!(
            split(Lang::Zh, "我们明天一起去看《摔跤吧！爸爸》好吗？好！"),
            vec!["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]
        );
        // A title's own question mark, closing the title mid-sentence, ends nothing; a
        // bracket that opens the sentence is one.
        assert_eq!(
            split(Lang::Zh, "书目包括《谁在说谎？》《归来》等。明年再增加。"),
            vec!["书目包括《谁在说谎？》《归来》等。", "明年再增加。"]
        );
        assert_eq!(
            split(
                Lang::En,
                "The film (Why Now?) opens Friday. (It won a prize.) Tickets sold out."
            ),
            vec![
                "The film (Why Now?) opens Friday.",
                "(It won a prize.)",
                "Tickets sold out."
            ]
        );
        assert_eq!(
            split(Lang::Zh, "他说：“走吧。”我们走了。"),
            vec!["他说：“走吧。”", "我们走了。"]
        );
        // An attribution ending in a speech verb stays with the quotation; another clause
        // after it is a sentence of its own.
        assert_eq!(
            split(Lang::Zh, "“太好了！”她高兴地说。大家都笑了。"),
            vec!["“太好了！”她高兴地说。", "大家都笑了。"]
        );
        assert_eq!(
            split(
                Lang::Zh,
                "「我們走了三個小時才到。」司機說。兩輛卡車被沖走了。"
            ),
            vec!["「我們走了三個小時才到。」司機說。", "兩輛卡車被沖走了。"]
        );
        assert_eq!(
            split(Lang::Zh, "“我们走了。”大家都笑了起来。"),
            vec!["“我们走了。”", "大家都笑了起来。"]
        );
        // A clause with a mark of its own after the quotation says more than who spoke,
        // even when it ends in a speech verb.
        assert_eq!(
            split(Lang::Zh, "记者问道：「几点开始？」校长想了想，没有回答。"),
            vec!["记者问道：「几点开始？」", "校长想了想，没有回答。"]
        );
        // A short quotation set in the sentence as a phrase keeps its stop; one opened by a
        // colon, or opening the sentence, is speech and ends it.
        assert_eq!(
            split(Lang::Zh, "墙上写着“安全第一！”几个大字。工人们每天经过。"),
            vec!["墙上写着“安全第一！”几个大字。", "工人们每天经过。"]
        );
        assert_eq!(
            split(Lang::Zh, "他喊道：“安全第一！”工人们停了下来。"),
            vec!["他喊道：“安全第一！”", "工人们停了下来。"]
        );
        assert_eq!(
            split(Lang::Zh, "增长了3。5个百分点。"),
            vec!["增长了3。5个百分点。"]
        );
    }

    #[test]
    fn sentences_inside_quotations_are_segments_and_marks_stay_with_them() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::En,
                "\"We are ready. It took three years,\" she said. \"Now we work.\"",
                &["\"We are ready.", "It took three years,\" she said.", "\"Now we work.\""],
            ),
            (
                Lang::Vi,
                "Bà nói: “Đây là chuyến thăm rất ấn tượng. Tôi nghĩ hai nước rất gần gũi.”",
                &["Bà nói: “Đây là chuyến thăm rất ấn tượng.", "Tôi nghĩ hai nước rất gần gũi.”"],
            ),
            (
                Lang::Zh,
                "他说：「今年的收成来得很晚。农民损失了三分之一的稻米。」他走了。",
                &["他说：「今年的收成来得很晚。", "农民损失了三分之一的稻米。」", "他走了。"],
            ),
            // Short quotations and interjections stay inside their sentence.
            (Lang::En, "They shouted \"Yes! Yes!\" and left.", &["They shouted \"Yes! Yes!\" and left."]),
            (
                Lang::En,
                "He cried, \"Oh dear! Oh dear! I shall be far too late for the meeting!\" and ran.",
                &["He cried, \"Oh dear! Oh dear! I shall be far too late for the meeting!\" and ran."],
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_left_quote_used_as_a_closer_closes() {
        // The typo'd `“` closes the `"`, so the next quotation opens and closes right.
        let text =
            "He said it \"had not been decided.“ However, aides said \"soon, within two weeks. Very soon.\" It was.";
        assert_eq!(
            split(Lang::En, text),
            vec![
                "He said it \"had not been decided.“",
                "However, aides said \"soon, within two weeks.",
                "Very soon.\"",
                "It was."
            ]
        );
    }

    #[test]
    fn abbreviations_read_the_next_word_too() {
        let cases: &[(Lang, &str, &[&str])] = &[
            // Estimates before a figure go on; a chain of titles is a title.
            (
                Lang::En,
                "Records kept since ca. 1880 show it. Sales were est. 85% of the total.",
                &[
                    "Records kept since ca. 1880 show it.",
                    "Sales were est. 85% of the total.",
                ],
            ),
            (
                Lang::Vi,
                "Bệnh nhân đã ổn định. ThS.BS. Lê Minh Quân cho biết như vậy.",
                &["Bệnh nhân đã ổn định.", "ThS.BS. Lê Minh Quân cho biết như vậy."],
            ),
            // Items after a colon, in lower case.
            (
                Lang::En,
                "It makes three recommendations: 1. speed up spending; 2. cut red tape; 3. widen credit.",
                &[
                    "It makes three recommendations:",
                    "1. speed up spending;",
                    "2. cut red tape;",
                    "3. widen credit.",
                ],
            ),
            // A clause mark after a closing quote: the sentence goes on.
            (
                Lang::Zh,
                "观众齐声高喊“加油！加油！”，现场气氛十分热烈。导演说了话。",
                &["观众齐声高喊“加油！加油！”，现场气氛十分热烈。", "导演说了话。"],
            ),
            // A title's own mark, then the sentence's stop: the sentence ends there.
            (
                Lang::Zh,
                "题目是《山那边还有山！》。班主任说了话。",
                &["题目是《山那边还有山！》。", "班主任说了话。"],
            ),
            // A time's zone, or a lone word closed by its own stop, finishes the sentence;
            // an abbreviation after the time (`Mr.`) does not stop the cut.
            (
                Lang::En,
                "Yields fell to 4.03% by 4 p.m. EDT. Stocks rose. He left at 6 p.m. Mr. Li stayed.",
                &[
                    "Yields fell to 4.03% by 4 p.m. EDT.",
                    "Stocks rose.",
                    "He left at 6 p.m.",
                    "Mr. Li stayed.",
                ],
            ),
            (
                Lang::En,
                "The talks ended late on Friday at 11 p.m. Hanoi. Both sides met again.",
                &[
                    "The talks ended late on Friday at 11 p.m. Hanoi.",
                    "Both sides met again.",
                ],
            ),
            (
                Lang::En,
                "Rome was founded in 753 B.C. Augustus came later. By A.D. 117 it was vast.",
                &[
                    "Rome was founded in 753 B.C.",
                    "Augustus came later.",
                    "By A.D. 117 it was vast.",
                ],
            ),
            // `both` in lower case elsewhere: a common word, so `Both` opens a sentence.
            (
                Lang::En,
                "It went to Samsung C&T Corp. Both firms, both sides said, were pleased.",
                &[
                    "It went to Samsung C&T Corp.",
                    "Both firms, both sides said, were pleased.",
                ],
            ),
            (
                Lang::En,
                "The U. A. E. team and Mme. Binh met Prof. J. K. Adams.",
                &["The U. A. E. team and Mme. Binh met Prof. J. K. Adams."],
            ),
            // Initials inside a name, in Vietnamese (where a capital after an abbreviation
            // opens a sentence) and glued to Han text; a single letter after a lower-case
            // word, or before a word that opens sentences, still ends one.
            (
                Lang::Vi,
                "Giáo sư J. K. Lee và ông George W. Bush đến. Đó là kế hoạch B. Kế hoạch này tốt.",
                &[
                    "Giáo sư J. K. Lee và ông George W. Bush đến.",
                    "Đó là kế hoạch B.",
                    "Kế hoạch này tốt.",
                ],
            ),
            (
                Lang::Vi,
                "Người phát ngôn là ông Nguyễn Văn A. Ông cho biết thêm.",
                &["Người phát ngôn là ông Nguyễn Văn A.", "Ông cho biết thêm."],
            ),
            (
                Lang::Zh,
                "清华大学教授J. K. Lee主持会议。世卫组织代表Dr. Smith出席。",
                &[
                    "清华大学教授J. K. Lee主持会议。",
                    "世卫组织代表Dr. Smith出席。",
                ],
            ),
            (
                Lang::En,
                "It ran in 2014-2017.A review follows.",
                &["It ran in 2014-2017.", "A review follows."],
            ),
            (
                Lang::En,
                "Methane is a greenhouse gas. [1] It leaks from wells.",
                &["Methane is a greenhouse gas. [1]", "It leaks from wells."],
            ),
            (
                Lang::Zh,
                "Samsung Co. Ltd.尚未置评。",
                &["Samsung Co. Ltd.尚未置评。"],
            ),
            (
                Lang::Zh,
                "资金、人才……这些困难依然存在。",
                &["资金、人才……这些困难依然存在。"],
            ),
        ];
        check(cases);
    }

    #[test]
    fn credits_are_cut_off_and_marked() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::En,
                "Delegates meet in Nanning. (Photo: VNA)",
                &["Delegates meet in Nanning.", "(Photo: VNA)"],
            ),
            (
                Lang::En,
                "Lanterns in a park in Beijing (Xinhua/Ding Lin)",
                &["Lanterns in a park in Beijing", "(Xinhua/Ding Lin)"],
            ),
            (
                Lang::En,
                "The deal marks 75 years of ties.-VNA",
                &["The deal marks 75 years of ties.", "-VNA"],
            ),
            (
                Lang::Vi,
                "Các đại biểu dự Diễn đàn. (Ảnh: TTXVN)",
                &["Các đại biểu dự Diễn đàn.", "(Ảnh: TTXVN)"],
            ),
            (
                Lang::Zh,
                "游客观赏花灯。（新华社记者 丁林 摄）",
                &["游客观赏花灯。", "（新华社记者 丁林 摄）"],
            ),
            // A remark in brackets is not a credit.
            (
                Lang::En,
                "He left. (Which was true.)",
                &["He left. (Which was true.)"],
            ),
            // A wire story's sign-off: one capitalised word in parentheses after the end.
            (
                Lang::En,
                "The forum opens next week. (Xinhua)",
                &["The forum opens next week.", "(Xinhua)"],
            ),
            // An acronym glossing the name before it is part of the sentence, with the
            // sentence's stop after it or none.
            (
                Lang::En,
                "The meeting was hosted by the Japan External Trade Organization (JETRO).",
                &["The meeting was hosted by the Japan External Trade Organization (JETRO)."],
            ),
            (
                Lang::En,
                "Officials briefed the Vietnam News Agency (VNA)",
                &["Officials briefed the Vietnam News Agency (VNA)"],
            ),
            (
                Lang::En,
                "Firefighters at the site in Manila (AFP)",
                &["Firefighters at the site in Manila", "(AFP)"],
            ),
        ];
        check(cases);
        let mut block = Block {
            index: 1,
            line: 1,
            kind: BlockKind::Speaker,
            text: "Image: NASA/Bill Ingalls.".into(),
            protected: vec![],
            segments: vec![],
        };
        Segmenter::new(Lang::En).segment_block(&mut block);
        assert_eq!(block.segments.len(), 1);
        assert_eq!(block.segments[0].kind, SegmentKind::Credit);
        assert!(!block.segments[0].translatable);
    }

    #[test]
    fn a_speakers_label_stays_with_what_is_said() {
        let mut block = Block {
            index: 3,
            line: 5,
            kind: BlockKind::Speaker,
            text: "He Hongmei: In the 1990s, it began. It grew.".into(),
            protected: vec![],
            segments: vec![],
        };
        Segmenter::new(Lang::En).segment_block(&mut block);
        let texts: Vec<_> = block.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["He Hongmei: In the 1990s, it began.", "It grew."]
        );
        assert_eq!(block.segments[1].id, "b3.s2");
    }

    #[test]
    fn lossless_on_mixed_text() {
        let text = "  First one.  Second one!\tThird?  他说。好的！ Cuối cùng.  ";
        for lang in Lang::ALL {
            let spans = Segmenter::new(lang).split(text);
            let mut rebuilt = String::new();
            let mut last = 0;
            for r in &spans {
                assert!(text[last..r.start].chars().all(char::is_whitespace));
                rebuilt.push_str(&text[last..r.end]);
                last = r.end;
            }
            rebuilt.push_str(&text[last..]);
            assert_eq!(rebuilt, text);
            assert!(text[last..].chars().all(char::is_whitespace));
        }
    }

    mod lossless {
        use super::*;
        use proptest::prelude::*;

        /// Text mixing the three scripts with every kind of punctuation the scanner handles.
        fn mixed_text() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "Mr.",
                "U.S.",
                "p.",
                "55",
                "1.",
                "2)",
                "(a)",
                "a.",
                "b.",
                "...",
                ". . .",
                "…",
                "!",
                "?",
                "?!",
                ".",
                "。",
                "！",
                "？",
                "．",
                "“",
                "”",
                "\"",
                "'",
                "’",
                "‘",
                "`",
                "(",
                ")",
                "[1]",
                "《",
                "》",
                "「",
                "」",
                "—",
                "--",
                "•",
                "⁃",
                " ",
                "  ",
                "\t",
                "\n",
                "The",
                "hello",
                "Đỗ",
                "Thị",
                "phụ nữ",
                "TP.",
                "28. 000",
                "中华",
                "妇女",
                "联合会",
                "3。5",
                "I",
                "x.Y",
                "Jane.Doe@example.com",
                "\u{0301}",
                "🙂",
            ]);
            prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
        }

        proptest! {
            #[test]
            fn segments_and_white_space_give_back_the_text(text in mixed_text(), lang in 0usize..3) {
                let lang = Lang::ALL[lang];
                let spans = Segmenter::new(lang).split(&text);
                let mut rebuilt = String::new();
                let mut last = 0;
                for span in &spans {
                    prop_assert!(span.start >= last && span.end > span.start);
                    let gap = &text[last..span.start];
                    prop_assert!(gap.chars().all(char::is_whitespace), "gap {:?}", gap);
                    let seg = &text[span.clone()];
                    prop_assert_eq!(seg, seg.trim());
                    rebuilt.push_str(gap);
                    rebuilt.push_str(seg);
                    last = span.end;
                }
                prop_assert!(text[last..].chars().all(char::is_whitespace));
                rebuilt.push_str(&text[last..]);
                prop_assert_eq!(rebuilt, text);
            }

            #[test]
            fn arbitrary_unicode_never_panics(text in "\\PC{0,200}", lang in 0usize..3) {
                let spans = Segmenter::new(Lang::ALL[lang]).split(&text);
                let covered: usize = spans.iter().map(|s| s.len()).sum();
                prop_assert!(covered <= text.len());
            }
        }
    }
}
