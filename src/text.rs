//! Small text helpers shared by several stages: Unicode normalisation and letter tests.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns the text in Unicode normalisation form C, borrowing when it already is.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// Whether the text contains at least one letter, i.e. whether there is anything to translate.
pub fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Number of Unicode scalar values, the unit providers bill by.
pub fn char_count(text: &str) -> u64 {
    text.chars().count() as u64
}

/// An estimate of the tokens an LLM tokenizer makes of the text, for pacing and `--dry-run`:
/// about four ASCII characters a token, a token for each Han character, and two for three
/// other characters (Vietnamese letters with diacritics split words into short pieces).
pub fn estimate_tokens(text: &str) -> u64 {
    let (mut ascii, mut han, mut other) = (0u64, 0u64, 0u64);
    for c in text.chars() {
        if c.is_ascii() {
            ascii += 1;
        } else if matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
        {
            han += 1;
        } else {
            other += 1;
        }
    }
    ascii.div_ceil(4) + han + (other * 2).div_ceil(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_estimates_follow_the_script() {
        assert_eq!(estimate_tokens(""), 0);
        assert_eq!(estimate_tokens("The women met."), 4);
        assert_eq!(estimate_tokens("上海市妇女联合会"), 8);
        // "Phụ nữ": 4 ASCII characters (1 token) and 2 others (2 tokens).
        assert_eq!(estimate_tokens("Phụ nữ"), 3);
    }

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let decomposed = "Vie\u{0302}\u{0323}t";
        assert_eq!(nfc(decomposed), "Việt");
        assert!(matches!(nfc("Việt"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn letters() {
        assert!(has_letters("2022-2027 năm"));
        assert!(!has_letters("2022-2027 ..."));
    }
}
