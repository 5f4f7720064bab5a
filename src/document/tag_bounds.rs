//! A bound on the attributes of one HTML tag, applied before the page reaches html5ever.
//!
//! html5ever's tokenizer checks each new attribute against every earlier one of the same tag
//! (duplicates are dropped), so a tag of `n` attributes costs `n²`: 100,000 attributes in one
//! 1 MB tag took 6 s. No article needs more than a few dozen, so past [`MAX_ATTRIBUTES`] the rest
//! of a tag's attributes are cut out here, in one linear pass that follows the tokenizer's tag
//! states closely enough (names, `=`, quoted and unquoted values, `/`); the page's text is never
//! touched, and line breaks inside a cut stay, so every later line number holds.

use std::borrow::Cow;

/// Attributes a tag keeps. Real pages stay far below (a heavy `<img>` has about twenty).
pub(super) const MAX_ATTRIBUTES: usize = 256;

/// A page with its over-long tags cut short.
pub(super) struct Bounded<'a> {
    pub text: Cow<'a, str>,
    /// Attributes left out, over all tags.
    pub removed: usize,
    /// The line of the first tag cut, 1-based.
    pub first_line: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `text` with every tag's attributes past the first [`MAX_ATTRIBUTES`] left out.
pub(super) fn bound_attributes(text: &str) -> Bounded<'_> {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut out: Option<String> = None;
    let (mut copied, mut removed, mut first_cut) = (0, 0, None);
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + found;
        if !bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        // The tag's name, then its attributes up to the `>` that ends it.
        let mut j = start + 1;
        while j < len && !is_space(bytes[j]) && !matches!(bytes[j], b'>' | b'/') {
            j += 1;
        }
        let (mut count, mut cut_at) = (0, None);
        loop {
            while j < len && (is_space(bytes[j]) || bytes[j] == b'/') {
                j += 1;
            }
            if j >= len || bytes[j] == b'>' {
                break;
            }
            count += 1;
            if count > MAX_ATTRIBUTES && cut_at.is_none() {
                cut_at = Some(j);
            }
            // A name's first character may be anything, `=` included (the tokenizer's rule).
            j += 1;
            while j < len && !is_space(bytes[j]) && !matches!(bytes[j], b'/' | b'>' | b'=') {
                j += 1;
            }
            let mut k = j;
            while k < len && is_space(bytes[k]) {
                k += 1;
            }
            if k < len && bytes[k] == b'=' {
                j = k + 1;
                while j < len && is_space(bytes[j]) {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        j = memchr::memchr(quote, &bytes[j + 1..]).map_or(len, |p| j + 1 + p + 1);
                    }
                    _ => {
                        while j < len && !is_space(bytes[j]) && bytes[j] != b'>' {
                            j += 1;
                        }
                    }
                }
            }
        }
        if let Some(cut) = cut_at {
            // Every cut starts after a space, a slash or a quote and ends at `>` or the end:
            // all ASCII, so both ends are character boundaries.
            let kept = out.get_or_insert_with(|| String::with_capacity(len));
            kept.push_str(&text[copied..cut]);
            let newlines = memchr::memchr_iter(b'\n', &bytes[cut..j]).count();
            kept.extend(std::iter::repeat_n('\n', newlines));
            copied = j;
            removed += count - MAX_ATTRIBUTES;
            first_cut.get_or_insert(start);
        }
        i = j.max(start + 1);
    }
    let first_line = first_cut.map_or(0, |at| 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count());
    let text = match out {
        Some(mut kept) => {
            kept.push_str(&text[copied..]);
            Cow::Owned(kept)
        }
        None => Cow::Borrowed(text),
    };
    Bounded {
        text,
        removed,
        first_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag_with(n: usize, sep: &str) -> String {
        let attrs: Vec<String> = (0..n).map(|i| format!("a{i}=\"v {i}\"")).collect();
        format!("<p {}>Text stays.</p>", attrs.join(sep))
    }

    #[test]
    fn pages_within_the_bound_are_untouched() {
        for page in [
            tag_with(MAX_ATTRIBUTES, " "),
            "<p class=x id='y' hidden data-a=1/>x < y and a<b".to_string(),
            "<!-- <p a b c> --><script>if (a<b) {}</script>".to_string(),
            "<p a=\"unterminated".to_string(),
            String::new(),
        ] {
            let bounded = bound_attributes(&page);
            assert!(matches!(bounded.text, Cow::Borrowed(_)), "{page}");
            assert_eq!(bounded.removed, 0);
        }
    }

    #[test]
    fn attributes_past_the_bound_are_cut_and_the_text_kept() {
        let page = format!("<html>\n{}\n<p>Next é line.</p>", tag_with(1000, "\n"));
        let bounded = bound_attributes(&page);
        assert_eq!(bounded.removed, 1000 - MAX_ATTRIBUTES);
        assert_eq!(bounded.first_line, 2);
        let text = bounded.text;
        assert!(text.contains(&format!("a{}=", MAX_ATTRIBUTES - 1)));
        assert!(!text.contains(&format!("a{}=", MAX_ATTRIBUTES)));
        assert!(text.contains(">Text stays.</p>\n<p>Next é line.</p>"));
        // Line breaks inside the cut stay: every later line keeps its number.
        assert_eq!(text.matches('\n').count(), page.matches('\n').count());
    }

    #[test]
    fn unquoted_values_slashes_and_a_tag_left_open_at_the_end() {
        let attrs: Vec<String> = (0..600).map(|i| format!("b{i}=v{i}/")).collect();
        let page = format!("<div {}", attrs.join(" "));
        let bounded = bound_attributes(&page);
        assert_eq!(bounded.removed, 600 - MAX_ATTRIBUTES);
        assert!(bounded.text.ends_with(&format!("b{}=v{}/ ", 255, 255)));
    }
}
