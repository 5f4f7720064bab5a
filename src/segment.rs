//! Sentence boundaries for Vietnamese, English and Chinese.
//!
//! Segmentation is lossless: a block's segments, together with the white space between them,
//! give back the block exactly, because segments are spans of the block and only white space
//! is ever left between them. Abbreviation lists are data, one per language.

use crate::document::{Block, BlockKind, Document, Segment};
use crate::lang::{is_han, Lang};
use crate::text::has_letters;
use std::collections::HashSet;
use std::ops::Range;

/// Abbreviations after which a full stop never ends a sentence (titles, `No. 5`, dotted forms).
const EN_NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "jr", "sr", "gen", "col", "lt",
    "sgt", "capt", "gov", "sen", "rep", "rev", "hon", "pres", "fig", "figs", "vol", "art", "sec",
    "ch", "pp", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "approx", "dept", "est", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that often end a sentence: a full stop after them is final when the next word
/// starts with a capital.
const EN_MAYBE_FINAL: &[&str] = &[
    "etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "jr", "bros", "llc", "plc",
];

const VI_NEVER_FINAL: &[&str] = &[
    "tp", "ts", "pgs", "pgs.ts", "gs", "gs.ts", "ths", "bs", "ks", "ls", "q", "p", "tt", "tx",
    "nxb", "th.s", "mr", "mrs", "ms", "dr", "no", "st",
];

const VI_MAYBE_FINAL: &[&str] = &["v.v", "vv", "etc"];

/// Closing quotes and brackets that belong to the sentence before them.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '」' | '』' | '）' | '】' | '》' | '〉'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇')
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Splits text into sentences for one language.
#[derive(Clone, Debug)]
pub struct Segmenter {
    lang: Lang,
    never_final: HashSet<String>,
    maybe_final: HashSet<String>,
}

impl Segmenter {
    pub fn new(lang: Lang) -> Self {
        let (never, maybe): (&[&str], &[&str]) = match lang {
            Lang::En | Lang::Zh => (EN_NEVER_FINAL, EN_MAYBE_FINAL),
            Lang::Vi => (VI_NEVER_FINAL, VI_MAYBE_FINAL),
        };
        Segmenter {
            lang,
            never_final: never.iter().map(|s| s.to_string()).collect(),
            maybe_final: maybe.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Byte ranges of the sentences of `text`, without surrounding white space.
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut start: Option<usize> = None;
        let mut title_depth = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if start.is_none() {
                if c.is_whitespace() {
                    i += 1;
                    continue;
                }
                start = Some(pos);
            }
            match c {
                '《' => title_depth += 1,
                '》' => title_depth = title_depth.saturating_sub(1),
                _ => {}
            }
            if !is_terminal(c) {
                i += 1;
                continue;
            }
            // The sentence takes any further terminals and closing quotes or brackets.
            let mut j = i + 1;
            while j < chars.len() && (is_terminal(chars[j].1) || is_closing(chars[j].1)) {
                if chars[j].1 == '》' {
                    title_depth = title_depth.saturating_sub(1);
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let seg_start = start.unwrap_or(pos);
            if self.is_boundary(text, &chars, seg_start, i, j, title_depth) {
                out.push(seg_start..end);
                start = None;
            }
            i = j;
        }
        if let Some(s) = start {
            let end = text.trim_end().len();
            if end > s {
                out.push(s..end);
            }
        }
        out
    }

    /// Whether the terminal at `chars[at]`, whose sentence runs to `chars[next]`, ends it.
    fn is_boundary(
        &self,
        text: &str,
        chars: &[(usize, char)],
        seg_start: usize,
        at: usize,
        next: usize,
        title_depth: usize,
    ) -> bool {
        let c = chars[at].1;
        if title_depth > 0 {
            return false;
        }
        let Some(&(_, following)) = chars.get(next) else {
            return true;
        };
        if is_cjk_terminal(c) {
            // A full-width full stop between digits is a decimal point, not an ending.
            let prev_digit = at > 0 && chars[at - 1].1.is_ascii_digit();
            return !(c == '。' && prev_digit && following.is_ascii_digit());
        }
        // After a Latin terminal, the next sentence starts after white space, or straight away
        // with a Chinese character in mixed text.
        if !following.is_whitespace() {
            return is_han(following);
        }
        let Some(&(_, next_word)) = chars[next..].iter().find(|(_, ch)| !ch.is_whitespace()) else {
            return true;
        };
        if !starts_sentence(next_word) {
            return false;
        }
        if c != '.' {
            return true;
        }
        let word = word_before(text, chars[at].0);
        let lower = word.to_lowercase();
        if self.never_final.contains(&lower) {
            return false;
        }
        if self.maybe_final.contains(&lower) {
            return next_word.is_uppercase() || is_han(next_word);
        }
        let letters: Vec<char> = word.chars().collect();
        // An initial, as in `J. Smith`.
        if letters.len() == 1 && letters[0].is_uppercase() {
            return false;
        }
        // Dotted abbreviations (`U.S`, `P.S`) are made of single letters between dots.
        if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
            return false;
        }
        // An enumerator opening the block: `I. Share how ...`, `2. The second point`.
        let word_start = chars[at].0 - word.len();
        if word_start == seg_start && is_enumerator(word) {
            return false;
        }
        true
    }

    /// Fills the block's segments. A speaker's label is a segment of its own.
    pub fn segment_block(&self, block: &mut Block) {
        let mut spans = Vec::new();
        let mut offset = 0;
        if block.kind == BlockKind::Speaker {
            if let Some(colon) = block.text.find([':', '：']) {
                let label_end =
                    colon + block.text[colon..].chars().next().map_or(1, char::len_utf8);
                spans.push(0..label_end);
                offset = label_end;
            }
        }
        spans.extend(
            self.split(&block.text[offset..])
                .into_iter()
                .map(|r| r.start + offset..r.end + offset),
        );
        block.segments = spans
            .into_iter()
            .enumerate()
            .map(|(n, span)| {
                let text = block.text[span.clone()].to_string();
                Segment {
                    id: format!("b{}.s{}", block.index, n + 1),
                    start: span.start,
                    translatable: has_letters(&text),
                    text,
                    hits: Vec::new(),
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

/// A character that can open a sentence: a capital, a digit, an opening quote or bracket, or
/// a character of a script without case.
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '「' | '『' | '《' | '—' | '-'
        )
        || (c.is_alphabetic() && !c.is_lowercase())
}

/// The word that ends at byte `end`, after the last white space or opening bracket.
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '\'' | '‘'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    &head[start..]
}

fn is_enumerator(word: &str) -> bool {
    (!word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()))
        || (!word.is_empty()
            && word.len() <= 5
            && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(lang: Lang, text: &str) -> Vec<&str> {
        let seg = Segmenter::new(lang);
        seg.split(text).into_iter().map(|r| &text[r]).collect()
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
        assert_eq!(
            split(Lang::Zh, "他说：“走吧。”我们走了。"),
            vec!["他说：“走吧。”", "我们走了。"]
        );
        assert_eq!(
            split(Lang::Zh, "增长了3。5个百分点。"),
            vec!["增长了3。5个百分点。"]
        );
    }

    #[test]
    fn speaker_label_is_its_own_segment() {
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
            vec!["He Hongmei:", "In the 1990s, it began.", "It grew."]
        );
        assert_eq!(block.segments[2].id, "b3.s3");
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
}
