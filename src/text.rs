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

/// The words of a text joined by single spaces, its leading and trailing whitespace gone (what
/// `split_whitespace().collect::<Vec<_>>().join(" ")` gives, without the vector).
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
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
