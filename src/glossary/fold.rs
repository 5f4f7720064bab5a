//! Folding text for term matching, with a map back to the original offsets.
//!
//! Folding makes equal what a reader sees as equal: NFC and NFD, the two placements of a
//! Vietnamese tone mark (`hoà` / `hòa`, `thuỷ` / `thủy`), and, when asked, letter case. Tone
//! marks are moved to the end of their syllable, so both placements fold to one string; the
//! other marks (circumflex, breve, horn) stay on their vowel, so `Bắc` and `Bác` stay apart.

use unicode_normalization::char::decompose_canonical;

/// The five Vietnamese tone marks as combining characters.
fn is_tone_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// Folded text and, for each of its bytes, the span of the original character it came from.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    pub text: String,
    /// `spans[i]` is the original `(start, end)` of the character behind folded byte `i`;
    /// empty when the folding kept every byte where it was (ASCII text).
    spans: Vec<(u32, u32)>,
}

impl Folded {
    /// The original byte range behind the folded range `start..end`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.spans.is_empty() {
            return (start, end);
        }
        let covered = &self.spans[start..end];
        let lo = covered.iter().map(|s| s.0).min().unwrap_or(0);
        let hi = covered.iter().map(|s| s.1).max().unwrap_or(0);
        (lo as usize, hi as usize)
    }
}

/// Folds `text`; with `ignore_case`, letters are also lower-cased (Unicode case folding as
/// far as one character maps to characters).
pub fn fold(text: &str, ignore_case: bool) -> Folded {
    if text.is_ascii() {
        let text = if ignore_case {
            text.to_ascii_lowercase()
        } else {
            text.to_string()
        };
        return Folded {
            text,
            spans: Vec::new(),
        };
    }
    let mut out = Folded {
        text: String::with_capacity(text.len() + 8),
        spans: Vec::with_capacity(text.len() + 8),
    };
    // The tone of the current syllable and the original span of the character carrying it.
    let mut pending: Option<(char, (u32, u32))> = None;
    let push = |out: &mut Folded, c: char, span: (u32, u32)| {
        out.text.push(c);
        for _ in 0..c.len_utf8() {
            out.spans.push(span);
        }
    };
    for (start, original) in text.char_indices() {
        let span = (start as u32, (start + original.len_utf8()) as u32);
        if original.is_ascii() {
            // Most characters, even in Vietnamese: no decomposition, no tone.
            if original.is_ascii_alphabetic() {
                let c = if ignore_case {
                    original.to_ascii_lowercase()
                } else {
                    original
                };
                out.text.push(c);
                out.spans.push(span);
            } else {
                if let Some((tone, tone_span)) = pending.take() {
                    push(&mut out, tone, tone_span);
                }
                out.text.push(original);
                out.spans.push(span);
            }
            continue;
        }
        if original == '’' || original == 'ʼ' {
            // The typographic apostrophe reads as the typewriter one: `Women’s`.
            if let Some((tone, tone_span)) = pending.take() {
                push(&mut out, tone, tone_span);
            }
            push(&mut out, '\'', span);
            continue;
        }
        let mut pieces: [char; 4] = ['\0'; 4];
        let mut count = 0;
        decompose_canonical(original, |d| {
            if count < pieces.len() {
                pieces[count] = d;
                count += 1;
            }
        });
        for &c in &pieces[..count] {
            if is_tone_mark(c) {
                pending = Some((c, span));
            } else if is_combining(c) {
                push(&mut out, c, span);
            } else if c.is_alphabetic() {
                if ignore_case {
                    for lower in c.to_lowercase() {
                        push(&mut out, lower, span);
                    }
                } else {
                    push(&mut out, c, span);
                }
            } else {
                // The syllable ends: its tone goes after it.
                if let Some((tone, tone_span)) = pending.take() {
                    push(&mut out, tone, tone_span);
                }
                push(&mut out, c, span);
            }
        }
    }
    if let Some((tone, tone_span)) = pending.take() {
        push(&mut out, tone, tone_span);
    }
    out
}

/// Whether `c` continues a word in folded text (letters, digits, combining marks; not Han).
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        // The Latin letters of Vietnamese and western European text: decided without the
        // general Unicode tables, which are slow on this hot path.
        0x00C0..=0x024F => c != '×' && c != '÷',
        0x1E00..=0x1EFF | 0x0300..=0x036F => true,
        _ => (c.is_alphanumeric() && !crate::lang::is_han(c)) || is_combining(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_and_normal_forms_fold_together() {
        let variants = ["hoà", "hòa", "ho\u{0300}a", "hoa\u{0300}"];
        let folded: Vec<String> = variants.iter().map(|v| fold(v, false).text).collect();
        assert!(folded.iter().all(|f| *f == folded[0]), "{folded:?}");
        assert_eq!(fold("thuỷ", false).text, fold("thủy", false).text);
        assert_eq!(fold("Thuỵ Lệ", true).text, fold("thụy lệ", true).text);
        // Marks other than tones still tell words apart.
        assert_ne!(fold("Bắc", false).text, fold("Bác", false).text);
        assert_ne!(fold("Ba", false).text, fold("Bà", false).text);
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "Ông Vương Duy Bình phát biểu";
        let f = fold(text, true);
        let at = f.text.find(&fold("duy bình", true).text).unwrap();
        let (s, e) = f.original(at, at + fold("duy bình", true).text.len());
        assert_eq!(&text[s..e], "Duy Bình");
        let ascii = fold("The SCO Forum", true);
        assert_eq!(ascii.text, "the sco forum");
        assert_eq!(ascii.original(4, 7), (4, 7));
    }

    #[test]
    fn case_folding_only_when_asked() {
        assert_eq!(fold("Phó Chủ tịch", false).text.chars().next(), Some('P'));
        assert_eq!(
            fold("Phó Chủ tịch", true).text,
            fold("phó chủ tịch", true).text
        );
        assert_eq!(fold("ĐỖ", true).text, fold("đỗ", true).text);
    }
}
