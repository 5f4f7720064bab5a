//! Cutting a segment too long for one request into pieces that fit: a 10 MB "sentence" (a
//! table dumped as one line, a text with no full stop) is sent as pieces within the
//! provider's request size, each cached on its own, and their translations joined back into
//! one cell. A cut falls at the best boundary in reach: after sentence-like punctuation, else
//! after white space, else between two characters; never inside a UTF-8 character or inside
//! a glossary term, which must reach the provider whole to be enforced.

use crate::lang::{is_han, Lang};
use std::ops::Range;

/// Punctuation after which a piece may end as a sentence would: full stops, question and
/// exclamation marks, semicolons and colons, in Latin and CJK forms, and a line break.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ':' | '…' | '\n' | '。' | '！' | '？' | '；' | '：' | '，' | '、'
    )
}

/// Byte ranges that cover `text` in order, each at most `max` bytes long unless a protected
/// range (a glossary term) longer than that forces one piece past it. The ranges are
/// contiguous: their texts together give `text` back.
pub(super) fn cut(text: &str, max: usize, protected: &[Range<usize>]) -> Vec<Range<usize>> {
    let max = max.max(4);
    let inside = |p: usize| protected.iter().any(|r| r.start < p && p < r.end);
    let mut pieces = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut end = start + max;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[start..end];
        // Candidate cuts, as byte offsets in `text`, after each character of the window.
        let after = |pred: &dyn Fn(char, Option<char>) -> bool| {
            let mut chars = window.char_indices().peekable();
            let mut best = None;
            while let Some((i, c)) = chars.next() {
                let next = chars
                    .peek()
                    .map(|&(_, n)| n)
                    .or_else(|| text[end..].chars().next());
                let p = start + i + c.len_utf8();
                if p > start && pred(c, next) && !inside(p) {
                    best = Some(p);
                }
            }
            best
        };
        let clause = |c: char, next: Option<char>| {
            // Latin punctuation ends a clause before a space; CJK punctuation carries its own.
            ends_clause(c) && (!c.is_ascii() || next.is_none_or(char::is_whitespace))
        };
        let cut = after(&clause)
            .map(|p| skip_space(text, p, end))
            .or_else(|| {
                after(&|c, next| c.is_whitespace() && !next.is_some_and(char::is_whitespace))
            })
            .or_else(|| after(&|_, _| true))
            // The window lies inside one protected term: the piece ends where it does.
            .or_else(|| {
                protected
                    .iter()
                    .find(|r| r.start < end && start < r.end)
                    .map(|r| r.end)
            })
            .unwrap_or(end);
        pieces.push(start..cut);
        start = cut;
    }
    if start < text.len() || pieces.is_empty() {
        pieces.push(start..text.len());
    }
    pieces
}

/// A cut after punctuation takes the white space after it too, up to `limit`: the next piece
/// then opens on its first word.
fn skip_space(text: &str, mut p: usize, limit: usize) -> usize {
    for c in text[p..limit].chars() {
        if !c.is_whitespace() {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// The translations of a segment's pieces as one text: pieces of text written with spaces
/// are joined by one; Chinese text, whose punctuation carries its own spacing, by none
/// (pseudo output and copied numbers can put Latin text in a Chinese cell: those keep a
/// space).
pub(super) fn join(target: Lang, pieces: &[&str]) -> String {
    let mut out = String::new();
    for piece in pieces {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        let cjk = |c: char| is_han(c) || (!c.is_ascii() && ends_clause(c));
        let tight = target == Lang::Zh
            && (out.chars().last().is_some_and(cjk) || piece.chars().next().is_some_and(cjk));
        if !out.is_empty() && !tight {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece within `max`, on a char boundary, and the pieces give the text back.
    fn check(text: &str, max: usize, protected: &[Range<usize>]) -> Vec<String> {
        let pieces = cut(text, max, protected);
        let mut back = String::new();
        for piece in &pieces {
            assert!(text.is_char_boundary(piece.start) && text.is_char_boundary(piece.end));
            assert!(piece.len() <= max, "{piece:?} longer than {max}");
            assert!(!piece.is_empty());
            back.push_str(&text[piece.clone()]);
        }
        assert_eq!(back, text);
        pieces.iter().map(|r| text[r.clone()].to_string()).collect()
    }

    #[test]
    fn english_is_cut_after_full_stops_then_at_spaces() {
        let text = "The forum opened on Monday. Delegates from ten countries spoke. It closed.";
        let pieces = check(text, 40, &[]);
        assert_eq!(
            pieces,
            [
                "The forum opened on Monday. ",
                "Delegates from ten countries spoke. ",
                "It closed."
            ]
        );
        // No punctuation: at the last space within reach.
        let words = "one two three four five six seven eight nine ten";
        assert_eq!(check(words, 16, &[])[0], "one two three ");
        // A decimal point is no full stop.
        assert_eq!(
            check("It rose 3.5 percent over the year", 14, &[])[0],
            "It rose 3.5 "
        );
    }

    #[test]
    fn vietnamese_is_cut_between_whole_characters() {
        let text = "Phụ nữ Việt Nam họp tại Hà Nội; hội nghị kết thúc tốt đẹp và đầy hứng khởi";
        let pieces = check(text, 48, &[]);
        assert_eq!(pieces[0], "Phụ nữ Việt Nam họp tại Hà Nội; ");
        // A run of letters with no space at all still comes apart between characters.
        let word = "ệ".repeat(50);
        for max in [4, 5, 7, 10, 31] {
            check(&word, max, &[]);
        }
    }

    #[test]
    fn chinese_is_cut_after_its_own_punctuation() {
        let text = "中华全国妇女联合会在北京召开会议。来自十个国家的代表发言，会议圆满结束。";
        let pieces = check(text, 60, &[]);
        assert_eq!(pieces[0], "中华全国妇女联合会在北京召开会议。");
        assert!(pieces.len() >= 2);
        // Without punctuation: between characters, each of three bytes.
        let plain = "妇女".repeat(40);
        let pieces = check(&plain, 20, &[]);
        let (last, whole) = pieces.split_last().unwrap();
        assert!(whole.iter().all(|p| p.chars().count() == 6), "{pieces:?}");
        assert_eq!(last.chars().count(), 80 % 6);
    }

    #[test]
    fn a_glossary_term_is_never_cut() {
        let text = "Delegates of the All-China Women's Federation met delegates again and again";
        let term = text.find("All-China").unwrap()..text.find(" met").unwrap();
        for max in 20..40 {
            let pieces = cut(text, max, std::slice::from_ref(&term));
            assert!(
                pieces
                    .iter()
                    .all(|p| !(term.start < p.end && p.end < term.end)),
                "{max}: {pieces:?}"
            );
        }
        // A term longer than a piece may be: one piece holds it whole.
        let long = "x".repeat(30);
        let pieces = cut(&long, 10, std::slice::from_ref(&(5..25)));
        assert_eq!(pieces[0], 0..5);
        assert_eq!(pieces[1], 5..25);
    }

    #[test]
    fn short_text_is_one_piece() {
        let one = |text: &str| match cut(text, 100, &[]).as_slice() {
            [piece] => piece.clone(),
            pieces => panic!("{pieces:?}"),
        };
        assert_eq!(one("Short."), 0..6);
        assert_eq!(one(""), 0..0);
    }

    #[test]
    fn pieces_join_with_the_spacing_of_the_target() {
        assert_eq!(join(Lang::En, &["One. ", "Two."]), "One. Two.");
        assert_eq!(join(Lang::Vi, &["Một.", " Hai."]), "Một. Hai.");
        assert_eq!(join(Lang::Zh, &["第一。", "第二。"]), "第一。第二。");
    }
}
