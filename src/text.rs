//! Small text helpers shared by several stages: Unicode normalisation, letter tests, and
//! making control characters from outside visible before they reach a terminal or a file.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns the text in Unicode normalisation form C, borrowing when it already is.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// The length in bytes of the whitespace character (Unicode's `White_Space`, what
/// `char::is_whitespace` says) that starts at byte `i` of `bytes`, or 0 if none does. Told from
/// the bytes: the reader goes over every text of a page several times, and decoding each
/// character to ask the Unicode tables was the most of that time. Only four lead bytes start
/// whitespace beyond ASCII (U+0085, U+00A0; U+1680; U+2000..U+200A, U+2028, U+2029, U+202F,
/// U+205F; U+3000), so a Vietnamese letter or a Han character is passed on its first byte.
#[inline]
pub fn whitespace_len(bytes: &[u8], i: usize) -> usize {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match at(0) {
        b'\t'..=b'\r' | b' ' => 1,
        0xc2 if matches!(at(1), 0x85 | 0xa0) => 2,
        0xe1 if at(1) == 0x9a && at(2) == 0x80 => 3,
        0xe2 => match (at(1), at(2)) {
            (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f) => 3,
            _ => 0,
        },
        0xe3 if at(1) == 0x80 && at(2) == 0x80 => 3,
        _ => 0,
    }
}

/// The bytes that may start whitespace ([`whitespace_len`]): a word's other bytes are passed
/// by one look in this table.
static MAY_START_WHITESPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b as u8, b'\t'..=b'\r' | b' ' | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        b += 1;
    }
    table
};

/// The words of a text: what `str::split_whitespace` gives, found a byte at a time (see
/// [`whitespace_len`]).
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // Past the whitespace before the word.
        loop {
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            match whitespace_len(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        // To the whitespace after it: a byte that starts none is passed alone (a
        // continuation byte never starts whitespace), so ASCII letters cost one test each.
        while i < bytes.len() {
            if MAY_START_WHITESPACE[usize::from(bytes[i])] && whitespace_len(bytes, i) > 0 {
                break;
            }
            i += 1;
        }
        self.at = i;
        // Both ends are on character boundaries: the start of whitespace or the text's end,
        // and the first byte after whitespace.
        self.text.get(start..i)
    }
}

/// Whether a text is what [`collapse_whitespace`] makes of it: no whitespace but single ASCII
/// spaces between words.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    // As if a space came before: one at the start is not collapsed.
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        if MAY_START_WHITESPACE[usize::from(b)] {
            if b == b' ' {
                if after_space {
                    return false;
                }
                after_space = true;
                continue;
            }
            if whitespace_len(bytes, i) > 0 {
                return false;
            }
        }
        after_space = false;
    }
    !after_space || bytes.is_empty()
}

/// Whether a text starts with whitespace ([`whitespace_len`]).
pub fn starts_with_whitespace(text: &str) -> bool {
    whitespace_len(text.as_bytes(), 0) > 0
}

/// Whether a text ends with whitespace: its last character is one of [`whitespace_len`]'s.
pub fn ends_with_whitespace(text: &str) -> bool {
    let bytes = text.as_bytes();
    (1..=3.min(bytes.len())).any(|n| whitespace_len(bytes, bytes.len() - n) == n)
}

/// The words of a text joined by single spaces, its leading and trailing whitespace gone (what
/// `split_whitespace().collect::<Vec<_>>().join(" ")` gives, without the vector).
pub fn collapse_whitespace(text: &str) -> String {
    // Most texts of a page are collapsed already: copied whole, not a word at a time.
    if is_collapsed(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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

/// Whether `c` must not reach a terminal or a text output raw: C0 controls other than tab and
/// line feed (ESC starts the escape sequences that retitle windows, clear screens, fake
/// hyperlinks; CR overwrites the line already shown), DEL, C1 controls (CSI and OSC have
/// one-byte forms there), and the bidirectional embeddings, overrides and isolates, which
/// reorder what is shown so that a text reads as something it is not. Tab and line feed are
/// kept: every format that forbids them (TSV, a Markdown line) escapes them its own way.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every [`is_hidden_control`] character written visibly as `\u{1b}`: the one
/// escape used for terminal lines (errors, `failed:` lines, warnings, names of files) and for
/// the TSV and Markdown outputs. Escaped rather than dropped so that what a server or a
/// document sent can still be seen and reported; `\u{..}` because it names the character
/// exactly and is inert in every format it lands in. Borrows when there is nothing to escape,
/// which is nearly always.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    escape_controls_but(text, |_| false)
}

/// [`escape_controls`], leaving the characters `keep` says raw: the log keeps the ESC of its
/// own colours on a terminal (the logger escapes every ESC in what it is given to log).
pub fn escape_controls_but(text: &str, keep: fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    replace_hidden(text, keep, |c| format!("\\u{{{:x}}}", c as u32))
}

/// A line of JSON with every [`is_hidden_control`] character that serde_json leaves raw (DEL,
/// C1, the bidi controls; it escapes C0 itself) written as a JSON `\uXXXX` escape: the same
/// JSON value, so nothing is lost for the program reading it, and nothing a terminal acts on.
/// Such a character can only stand inside a string of valid JSON, where the escape means it.
pub fn escape_controls_json(json: &str) -> std::borrow::Cow<'_, str> {
    replace_hidden(json, |_| false, |c| format!("\\u{:04x}", c as u32))
}

/// The text with each [`is_hidden_control`] character that `keep` does not keep replaced by
/// its `escape`; borrowed when there is none.
fn replace_hidden(
    text: &str,
    keep: fn(char) -> bool,
    escape: fn(char) -> String,
) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| is_hidden_control(c) && !keep(c);
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The common entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;`, numeric `&#8217;`
/// `&#x27;`) decoded in one pass, so `&amp;lt;` becomes `&lt;`; anything unknown is kept as
/// written. Content systems leave them in JSON-LD and attribute text already decoded once
/// (read again, as browsers' structured-data readers do); engines write them in HTML answers.
pub fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 10);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

#[cfg(test)]
mod tests {
    /// Every character is whitespace to [`whitespace_len`] exactly when it is to
    /// `char::is_whitespace`, and splits words there as `split_whitespace` does.
    #[test]
    fn whitespace_by_bytes_is_unicode_whitespace() {
        let mut seen = 0;
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let n = super::whitespace_len(s.as_bytes(), 0);
            assert_eq!(n > 0, c.is_whitespace(), "{:?}", c);
            if n > 0 {
                assert_eq!(n, s.len());
                seen += 1;
            }
            let text = format!("a{c}b{c}");
            let ours: Vec<&str> = super::words(&text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{:?}", c);
            assert_eq!(super::starts_with_whitespace(s), c.is_whitespace());
            assert_eq!(super::ends_with_whitespace(&text), c.is_whitespace());
        }
        assert_eq!(seen, 25);
    }

    /// Collapsed is what `split_whitespace` joined by spaces gives, whether the text was
    /// collapsed already (copied whole) or not, next to every character.
    #[test]
    fn collapsed_is_split_whitespace_joined() {
        let reference = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        for c in (0..=0x10ffffu32)
            .step_by(7)
            .filter_map(char::from_u32)
            .chain(
                (0..0x3001)
                    .filter_map(char::from_u32)
                    .filter(|c| c.is_whitespace()),
            )
        {
            for text in [
                format!("a{c}b"),
                format!("{c}a b"),
                format!("a b{c}"),
                format!("a {c} b"),
                format!("Hà{c}Nội 北京"),
            ] {
                assert_eq!(
                    super::collapse_whitespace(&text),
                    reference(&text),
                    "{text:?}"
                );
            }
        }
        for text in [
            "",
            " ",
            "a",
            "a  b",
            " a",
            "a ",
            "a b",
            "a\tb",
            "a\u{3000}b",
        ] {
            assert_eq!(
                super::collapse_whitespace(text),
                reference(text),
                "{text:?}"
            );
        }
    }

    /// Mixed texts: runs of whitespace of every kind, at the ends, Vietnamese and Chinese.
    #[test]
    fn words_are_split_whitespace() {
        for text in [
            "",
            " ",
            "\u{3000}\u{a0}\t",
            "Hà Nội\u{a0}北京\u{3000}市 ",
            "  x\u{2028}\u{2029}y\u{202f}\u{205f}z\u{1680}w\u{85}v\u{200a}",
            "\u{2030}\u{2060}\u{e100}\u{3001}",
            "a\u{b}b\u{c}c\rd\ne",
        ] {
            let ours: Vec<&str> = super::words(text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
            assert_eq!(
                super::ends_with_whitespace(text),
                text.ends_with(char::is_whitespace)
            );
        }
    }

    use super::*;

    #[test]
    fn collapsed_whitespace_is_single_spaces_between_words() {
        assert_eq!(collapse_whitespace("  Hà \t Nội\n\n 北京 "), "Hà Nội 北京");
        assert_eq!(collapse_whitespace(" \u{3000} "), "");
        assert_eq!(collapse_whitespace("a"), "a");
    }

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

    #[test]
    fn controls_are_made_visible_and_text_is_kept() {
        // An OSC that retitles the window, a screen clear, a C1 CSI, DEL, a CR, a bidi override.
        let hostile = "ok\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{7f}\r\u{202e}txt.exe";
        let shown = escape_controls(hostile);
        assert_eq!(
            shown,
            "ok\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}31m\\u{7f}\\u{d}\\u{202e}txt.exe"
        );
        assert!(!shown.chars().any(is_hidden_control));
        // Tab and line feed stay; text in the three languages is borrowed untouched.
        for text in [
            "a\tb\nc",
            "Đoàn đại biểu đã đến.",
            "代表团于第3天抵达。",
            "",
        ] {
            assert!(matches!(escape_controls(text), std::borrow::Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn json_keeps_its_value_without_raw_controls() {
        let value =
            serde_json::json!({"error": "\u{1b}[2J\u{9b}0m\u{7f}\u{202e}gpj.exe Hà Nội 河内"});
        let line = value.to_string();
        assert!(
            line.chars().any(is_hidden_control),
            "serde_json leaves C1 raw"
        );
        let shown = escape_controls_json(&line);
        assert!(!shown.chars().any(is_hidden_control), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, value);
    }
}
