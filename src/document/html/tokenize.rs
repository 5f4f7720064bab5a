//! The HTML tokenizer: tags, text, comments and raw text in one forward pass over the page.
//!
//! It follows the WHATWG tokenizer's states where they decide what is text and what is markup
//! (tag names and attributes, quoted and unquoted values, comments and their odd ends, bogus
//! comments, the doctype, raw text and RCDATA up to their own end tag, character references
//! with the standard's table and its legacy rules) and skips what only validators need (parse
//! errors, the doctype's fields, script's escaped states). It was measured against the crates
//! that tokenize HTML on the bench's pages (html5ever's tokenizer, html5gum, lol_html,
//! tl): all ran at 140-200 MB/s, which left too little of a 20 ms/MB budget for building the
//! tree and extracting the article; this one finds each `<` and `&` with `memchr` and borrows
//! every text and attribute that needs no decoding.
//!
//! Every state moves forward or ends the input, so the time is linear in the page; a tag's
//! attributes past [`MAX_ATTRIBUTES`] are counted and left out, so that a tag of a million
//! attributes costs no more than its bytes.

use std::borrow::Cow;

/// Attributes a tag keeps. Real pages stay far below (a heavy `<img>` has about twenty).
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// An attribute: its name lowercased, its value decoded.
pub(crate) type Attr<'a> = (Cow<'a, str>, Cow<'a, str>);

/// What the tokenizer hands over, in order.
pub(crate) trait Sink<'a> {
    /// A start tag; `at` is the offset of the `>` that ends it (or of the input's end).
    /// Answers how the content that follows is read.
    fn start(
        &mut self,
        name: Cow<'a, str>,
        attrs: &mut Vec<Attr<'a>>,
        self_closing: bool,
        at: usize,
    ) -> Content;
    fn end(&mut self, name: Cow<'a, str>, at: usize);
    /// Text, character references decoded; `at` is the offset where it starts.
    fn text(&mut self, text: Cow<'a, str>, at: usize);
}

/// How the content after a start tag is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    Markup,
    /// Text up to the element's own end tag (`script`, `style`).
    RawText,
    /// The same with character references decoded (`title`, `textarea`).
    Rcdata,
    /// Text to the end of the input.
    Plaintext,
}

/// What the tokenizer met that the page should be told of.
#[derive(Default, Debug)]
pub(crate) struct Report {
    /// Attributes left out past [`MAX_ATTRIBUTES`], over all tags.
    pub attrs_removed: usize,
    /// The offset of the first tag that lost some.
    pub first_cut: Option<usize>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `bytes[from..to]` lowercased, borrowed when it is lowercase already. Both ends are at ASCII
/// bytes, so on character boundaries.
fn lower<'a>(text: &'a str, from: usize, to: usize) -> Cow<'a, str> {
    let s = &text[from..to];
    if s.bytes().any(|b| b.is_ascii_uppercase() || b == 0) {
        Cow::Owned(s.to_ascii_lowercase().replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Reads `text` into `sink`.
pub(crate) fn tokenize<'a>(text: &'a str, sink: &mut impl Sink<'a>) -> Report {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut report = Report::default();
    let mut attrs: Vec<Attr<'a>> = Vec::new();
    // Where the pending text started: a `<` that opens nothing is text and joins it.
    let mut text_from = 0;
    let mut i = 0;
    while i < len {
        let Some(found) = memchr::memchr(b'<', &bytes[i..]) else {
            break;
        };
        let lt = i + found;
        let next = bytes.get(lt + 1).copied();
        let flush = |sink: &mut _, to: usize| {
            if text_from < to {
                emit_text(text, text_from, to, true, sink);
            }
        };
        match next {
            Some(b) if b.is_ascii_alphabetic() => {
                let Some((tag, after)) = read_tag(text, lt + 1, &mut attrs, &mut report) else {
                    // The input ends inside the tag: the tag is dropped, its text with it.
                    flush(sink, lt);
                    return report;
                };
                flush(sink, lt);
                let content = sink.start(tag.name.clone(), &mut attrs, tag.self_closing, after - 1);
                attrs.clear();
                i = after;
                if content != Content::Markup {
                    i = raw_text(text, i, &tag.name, content, sink);
                }
                text_from = i;
            }
            Some(b'/') => match bytes.get(lt + 2).copied() {
                Some(b) if b.is_ascii_alphabetic() => {
                    let Some((tag, after)) = read_tag(text, lt + 2, &mut attrs, &mut report) else {
                        flush(sink, lt);
                        return report;
                    };
                    attrs.clear();
                    flush(sink, lt);
                    sink.end(tag.name, after - 1);
                    i = after;
                    text_from = i;
                }
                // `</>` is nothing at all.
                Some(b'>') => {
                    flush(sink, lt);
                    i = lt + 3;
                    text_from = i;
                }
                // `</` at the end is text.
                None => break,
                // `</3`, `</ x>`: a bogus comment up to the next `>`.
                Some(_) => {
                    flush(sink, lt);
                    i = past(bytes, b'>', lt + 2);
                    text_from = i;
                }
            },
            Some(b'!') => {
                flush(sink, lt);
                i = markup_declaration(bytes, lt + 2);
                text_from = i;
            }
            Some(b'?') => {
                flush(sink, lt);
                i = past(bytes, b'>', lt + 2);
                text_from = i;
            }
            // A `<` that opens nothing is text.
            _ => i = lt + 1,
        }
    }
    if text_from < len {
        emit_text(text, text_from, len, true, sink);
    }
    report
}

/// One past the next `byte` at or after `from`, or the end.
fn past(bytes: &[u8], byte: u8, from: usize) -> usize {
    let from = from.min(bytes.len());
    memchr::memchr(byte, &bytes[from..]).map_or(bytes.len(), |p| from + p + 1)
}

/// After `<!`: a comment, a doctype or a bogus comment; the offset after it.
fn markup_declaration(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    if rest.starts_with(b"--") {
        let body = from + 2;
        // `<!-->` and `<!--->` are empty comments.
        if bytes.get(body) == Some(&b'>') {
            return body + 1;
        }
        if bytes.get(body..body + 2) == Some(b"->") {
            return body + 2;
        }
        let mut at = body;
        while let Some(p) = memchr::memchr(b'>', &bytes[at..]) {
            let gt = at + p;
            let before = &bytes[body..gt];
            if before.ends_with(b"--") || before.ends_with(b"--!") {
                return gt + 1;
            }
            at = gt + 1;
        }
        return bytes.len();
    }
    // `<!DOCTYPE ...>`, `<![CDATA[...]]>` outside foreign content, and anything else: up to `>`.
    past(bytes, b'>', from)
}

struct TagHead<'a> {
    name: Cow<'a, str>,
    self_closing: bool,
}

/// A tag from its name's first letter: its name and attributes, and the offset after its `>`;
/// `None` if the input ends inside it.
fn read_tag<'a>(
    text: &'a str,
    from: usize,
    attrs: &mut Vec<Attr<'a>>,
    report: &mut Report,
) -> Option<(TagHead<'a>, usize)> {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut j = from;
    while j < len && !is_space(bytes[j]) && !matches!(bytes[j], b'>' | b'/') {
        j += 1;
    }
    let name = lower(text, from, j);
    let mut self_closing = false;
    let mut count = 0usize;
    loop {
        while j < len && is_space(bytes[j]) {
            j += 1;
        }
        if j >= len {
            return None;
        }
        match bytes[j] {
            b'>' => return Some((TagHead { name, self_closing }, j + 1)),
            b'/' => {
                j += 1;
                self_closing = bytes.get(j) == Some(&b'>');
                continue;
            }
            _ => {}
        }
        self_closing = false;
        // A name's first character may be anything, `=` included.
        let name_from = j;
        j += 1;
        while j < len && !is_space(bytes[j]) && !matches!(bytes[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name_to = j;
        while j < len && is_space(bytes[j]) {
            j += 1;
        }
        let mut value: Cow<'a, str> = Cow::Borrowed("");
        if j < len && bytes[j] == b'=' {
            j += 1;
            while j < len && is_space(bytes[j]) {
                j += 1;
            }
            match bytes.get(j) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let start = j + 1;
                    let end = start + memchr::memchr(quote, &bytes[start..])?;
                    value = decode(text, start, end, true);
                    j = end + 1;
                }
                Some(_) => {
                    let start = j;
                    while j < len && !is_space(bytes[j]) && bytes[j] != b'>' {
                        j += 1;
                    }
                    value = decode(text, start, j, true);
                }
                None => return None,
            }
        }
        count += 1;
        if count > MAX_ATTRIBUTES {
            report.attrs_removed += 1;
            report.first_cut.get_or_insert(from);
            continue;
        }
        let attr_name = lower(text, name_from, name_to);
        // The first of two attributes of one name counts (the standard's rule). A tag keeps at
        // most MAX_ATTRIBUTES, so this is bounded.
        if !attrs.iter().any(|(n, _)| *n == attr_name) {
            attrs.push((attr_name, value));
        }
    }
}

/// The text of a raw text or RCDATA element from `from` up to its own end tag, handed to the
/// sink; the offset after the end tag (which is handed over too), or the end.
fn raw_text<'a>(
    text: &'a str,
    from: usize,
    name: &str,
    content: Content,
    sink: &mut impl Sink<'a>,
) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let decode_refs = content == Content::Rcdata;
    if content == Content::Plaintext {
        emit_text(text, from, len, decode_refs, sink);
        return len;
    }
    let name = name.as_bytes();
    let mut at = from;
    while let Some(p) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + p;
        let after = lt + 2 + name.len();
        let is_end = bytes.get(lt + 1) == Some(&b'/')
            && bytes
                .get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && bytes
                .get(after)
                .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>');
        if is_end {
            if from < lt {
                emit_text(text, from, lt, decode_refs, sink);
            }
            // Whatever the end tag holds up to its `>` is not text.
            let gt = past(bytes, b'>', after);
            sink.end(
                Cow::Owned(String::from_utf8_lossy(name).into_owned()),
                gt - 1,
            );
            return gt;
        }
        at = lt + 1;
    }
    if from < len {
        emit_text(text, from, len, decode_refs, sink);
    }
    len
}

fn emit_text<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    references: bool,
    sink: &mut impl Sink<'a>,
) {
    // Raw text (a script) keeps its `&`s; everything else has its references decoded.
    let value = if references {
        decode(text, from, to, false)
    } else {
        normalize(text, from, to)
    };
    sink.text(value, from);
}

/// Raw text with only the input's line ends normalised (CR LF and CR to LF) and NULs replaced.
fn normalize(text: &str, from: usize, to: usize) -> Cow<'_, str> {
    let s = &text[from..to];
    if memchr::memchr2(b'\r', b'\0', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\0', "\u{fffd}"),
    )
}

/// `text[from..to]` with its character references decoded, line ends normalised and NULs
/// replaced; borrowed when there is nothing to change. `in_attr`: the attribute rule (a legacy
/// reference without `;` before `=` or a letter is left as written).
fn decode(text: &str, from: usize, to: usize, in_attr: bool) -> Cow<'_, str> {
    let s = &text[from..to];
    let bytes = s.as_bytes();
    if memchr::memchr3(b'&', b'\r', b'\0', bytes).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr3(b'&', b'\r', b'\0', &bytes[i..]) {
        let at = i + p;
        out.push_str(&s[copied..at]);
        match bytes[at] {
            b'\r' => {
                out.push('\n');
                i = at + 1 + usize::from(bytes.get(at + 1) == Some(&b'\n'));
            }
            b'\0' => {
                out.push('\u{fffd}');
                i = at + 1;
            }
            _ => match reference(&bytes[at + 1..], in_attr) {
                Some((chars, used)) => {
                    out.extend(chars.into_iter().flatten());
                    i = at + 1 + used;
                }
                None => {
                    out.push('&');
                    i = at + 1;
                }
            },
        }
        copied = i;
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// Longest name of the standard's table; every reference without its `;` (`&amp`, `&copy`)
/// is at most six letters long.
const MAX_ENTITY_NAME: usize = 32;
const MAX_LEGACY_NAME: usize = 6;

/// A character reference after its `&`: the characters it stands for and the bytes it used.
fn reference(rest: &[u8], in_attr: bool) -> Option<([Option<char>; 2], usize)> {
    if rest.first() == Some(&b'#') {
        return numeric(rest);
    }
    let name_len = rest
        .iter()
        .take(MAX_ENTITY_NAME + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > MAX_ENTITY_NAME {
        return None;
    }
    // All ASCII, so a str.
    let name = std::str::from_utf8(&rest[..name_len]).ok()?;
    let chars = |(a, b): (u32, u32)| [char::from_u32(a), char::from_u32(b).filter(|_| b != 0)];
    if rest.get(name_len) == Some(&b';') {
        let mut key = [0u8; MAX_ENTITY_NAME + 1];
        key[..name_len].copy_from_slice(&rest[..name_len]);
        key[name_len] = b';';
        let key = std::str::from_utf8(&key[..=name_len]).ok()?;
        // The table also holds every prefix of a name, as (0, 0), for matching as it reads.
        if let Some(&found) = web_atoms::NAMED_ENTITIES.get(key).filter(|f| f.0 != 0) {
            return Some((chars(found), name_len + 1));
        }
    }
    // The longest legacy reference written without its `;`.
    for n in (2..=name_len.min(MAX_LEGACY_NAME)).rev() {
        if let Some(&found) = web_atoms::NAMED_ENTITIES
            .get(&name[..n])
            .filter(|f| f.0 != 0)
        {
            let next = rest.get(n).copied();
            if in_attr && next.is_some_and(|b| b == b'=' || b.is_ascii_alphanumeric()) {
                return None;
            }
            return Some((chars(found), n));
        }
    }
    None
}

/// `#123;` or `#x1F;` (the `;` optional): the character, the standard's replacements for the
/// invalid ones and for the C1 controls that windows-1252 pages meant as letters.
fn numeric(rest: &[u8]) -> Option<([Option<char>; 2], usize)> {
    let hex = matches!(rest.get(1), Some(b'x' | b'X'));
    let start = if hex { 2 } else { 1 };
    let digits = rest[start..]
        .iter()
        .take_while(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
        .count();
    if digits == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for &b in &rest[start..start + digits] {
        let d = (b as char).to_digit(16).unwrap_or(0);
        value = value
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(d);
    }
    let mut used = start + digits;
    if rest.get(used) == Some(&b';') {
        used += 1;
    }
    let c = match value {
        0 | 0xD800..=0xDFFF | 0x11_0000.. => '\u{fffd}',
        0x80..=0x9F => web_atoms::C1_REPLACEMENTS[(value - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(value).unwrap_or('\u{fffd}')),
        v => char::from_u32(v).unwrap_or('\u{fffd}'),
    };
    Some(([Some(c), None], used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Record(Vec<String>);

    impl<'a> Sink<'a> for Record {
        fn start(
            &mut self,
            name: Cow<'a, str>,
            attrs: &mut Vec<Attr<'a>>,
            self_closing: bool,
            _: usize,
        ) -> Content {
            let attrs: Vec<String> = attrs.iter().map(|(n, v)| format!(" {n}={v}")).collect();
            let slash = if self_closing { "/" } else { "" };
            self.0.push(format!("<{name}{}{slash}>", attrs.concat()));
            match &*name {
                "script" | "style" => Content::RawText,
                "title" | "textarea" => Content::Rcdata,
                "plaintext" => Content::Plaintext,
                _ => Content::Markup,
            }
        }
        fn end(&mut self, name: Cow<'a, str>, _: usize) {
            self.0.push(format!("</{name}>"));
        }
        fn text(&mut self, text: Cow<'a, str>, _: usize) {
            self.0.push(text.into_owned());
        }
    }

    fn tokens(html: &str) -> Vec<String> {
        let mut r = Record::default();
        tokenize(html, &mut r);
        r.0
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            tokens(
                "<P Class=\"a b\" id=x data-v='1&amp;2' hidden>Hé &amp; &lt;b&gt; &copy 2024</p >"
            ),
            [
                "<p class=a b id=x data-v=1&2 hidden=>",
                "Hé & <b> © 2024",
                "</p>"
            ]
        );
        assert_eq!(tokens("a < b <3 </> c"), ["a < b <3 ", " c"]);
        // A `/` not right before the `>` closes nothing.
        assert_eq!(
            tokens("<br/><img src=a.jpg / >"),
            ["<br/>", "<img src=a.jpg>"]
        );
        assert_eq!(tokens("<p a=1 a=2>"), ["<p a=1>"]);
        // The input ends inside a tag: the tag is dropped.
        assert_eq!(tokens("x<p a=\"open"), ["x"]);
        assert_eq!(tokens("x</"), ["x</"]);
    }

    #[test]
    fn comments_doctype_and_bogus_comments() {
        assert_eq!(
            tokens("<!DOCTYPE html>a<!-- <p> -->b<!-->c<!--->d<!-- x --!>e<?php x ?>f</ x>g<!x>h"),
            ["a", "b", "c", "d", "e", "f", "g", "h"]
        );
        assert_eq!(tokens("a<!-- never closed <p>x"), ["a"]);
    }

    #[test]
    fn raw_text_and_rcdata_end_at_their_own_end_tag() {
        assert_eq!(
            tokens("<script>if (a<b && c</p>) {}</SCRIPT >x<title>A &amp; B</title>"),
            [
                "<script>",
                "if (a<b && c</p>) {}",
                "</script>",
                "x",
                "<title>",
                "A & B",
                "</title>"
            ]
        );
        assert_eq!(tokens("<style>a{}"), ["<style>", "a{}"]);
        assert_eq!(
            tokens("<plaintext></plaintext>"),
            ["<plaintext>", "</plaintext>"]
        );
    }

    #[test]
    fn references_by_the_standards_rules() {
        assert_eq!(
            tokens("&#8217;&#x4E2D;&#0;&#x110000;&#150;&#;&#x;"),
            ["’中\u{fffd}\u{fffd}–&#;&#x;"]
        );
        assert_eq!(tokens("&notit; &notin; &bogus; &amp"), ["¬it; ∉ &bogus; &"]);
        // In an attribute, a legacy reference before `=` or a letter stays as written.
        assert_eq!(
            tokens("<a href=\"?a=1&copy=2&ampx&amp;\">"),
            ["<a href=?a=1&copy=2&ampx&>"]
        );
        assert_eq!(tokens("a\r\nb\rc\0"), ["a\nb\nc\u{fffd}"]);
    }

    #[test]
    fn attributes_past_the_bound_are_counted_and_left_out() {
        let attrs: Vec<String> = (0..1000).map(|i| format!("a{i}=\"v\"")).collect();
        let html = format!("x\n<p {}>Text stays.</p>", attrs.join("\n"));
        let mut r = Record::default();
        let report = tokenize(&html, &mut r);
        assert_eq!(report.attrs_removed, 1000 - MAX_ATTRIBUTES);
        assert_eq!(report.first_cut, Some(3));
        assert_eq!(r.0[1].matches('=').count(), MAX_ATTRIBUTES);
        assert_eq!(r.0[2], "Text stays.");
    }
}
