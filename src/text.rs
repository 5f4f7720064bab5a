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

#[cfg(test)]
mod tests {
    use super::*;

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
