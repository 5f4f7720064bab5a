//! XML helpers shared by the TBX glossary exchange and the TMX and XLIFF outputs.
//!
//! quick-xml escapes only `& < > " '`; the files bitext writes must also survive characters
//! XML 1.0 cannot carry (control characters in a provider's answer) and keep line breaks in
//! attribute values and carriage returns in text, which a parser would otherwise normalise away.

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::Writer;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

/// A whole UTF-8 document written in memory by `body` after the XML declaration, indented by
/// two spaces, with a final line break.
pub fn document(body: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>) -> io::Result<String> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    body(&mut writer)?;
    let mut xml = String::from_utf8(writer.into_inner())
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    xml.push('\n');
    Ok(xml)
}

/// Whether XML 1.0 can carry `c` at all, even as a character reference.
pub fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The first character of `text` that XML 1.0 cannot carry.
pub fn forbidden(text: &str) -> Option<char> {
    text.chars().find(|&c| !allowed(c))
}

/// Escapes `text` for element content (`attribute == false`) or a double-quoted attribute
/// value. `forbidden` writes what stands for a character XML cannot carry.
pub fn escape_with(
    text: &str,
    attribute: bool,
    mut forbidden: impl FnMut(&mut String, char),
) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // A parser turns a literal CR into LF, and in attributes tabs and LFs into spaces.
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            c if !allowed(c) => forbidden(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// Escapes element content; a character XML cannot carry becomes U+FFFD, so the loss shows.
pub fn escape_text(text: &str) -> String {
    escape_with(text, false, |out, _| out.push(char::REPLACEMENT_CHARACTER))
}

/// An attribute whose value is escaped here rather than by quick-xml, which would let line
/// breaks and forbidden characters through.
pub fn attr<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key.as_bytes()),
        value: Cow::Owned(
            escape_with(value, true, |out, _| out.push(char::REPLACEMENT_CHARACTER)).into_bytes(),
        ),
    }
}

/// XML 1.0 (5th edition) NameChar.
fn name_char(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z' | '0'..='9' | ':' | '_' | '-' | '.' | '\u{B7}'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{203F}'..='\u{2040}' | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// The character an escape `_xHHHH_` at the start of `s` stands for, and the escape's length.
fn escape_at(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix("_x")?;
    let end = rest.find('_')?;
    let hex = &rest[..end];
    if !(4..=6).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?;
    Some((c, end + 3))
}

/// Turns an id into an NMTOKEN: every character an NMTOKEN cannot hold becomes `_xHHHH_`, and
/// so does a `_` before an `x`, so that every `_x` of the result starts an escape. Ids that
/// are already NMTOKENs (bitext's segment ids `b3.s2`, ordinary file names) come back
/// unchanged.
pub fn nmtoken(id: &str) -> Cow<'_, str> {
    let kept = |i: usize, c: char| name_char(c) && !(c == '_' && id[i..].starts_with("_x"));
    if id.char_indices().all(|(i, c)| kept(i, c)) {
        return Cow::Borrowed(id);
    }
    let mut out = String::with_capacity(id.len() + 8);
    for (i, c) in id.char_indices() {
        if kept(i, c) {
            out.push(c);
        } else {
            let _ = write!(out, "_x{:04X}_", c as u32);
        }
    }
    Cow::Owned(out)
}

/// Undoes [`nmtoken`].
pub fn from_nmtoken(token: &str) -> Cow<'_, str> {
    if !token.contains("_x") {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    let mut i = 0;
    while i < token.len() {
        let rest = &token[i..];
        if let Some((c, len)) = escape_at(rest) {
            out.push(c);
            i += len;
        } else if let Some(c) = rest.chars().next() {
            out.push(c);
            i += c.len_utf8();
        }
    }
    Cow::Owned(out)
}

/// A file read as a stream for quick-xml: counts the lines it has handed over, so that an
/// error names its line without the file being in memory, and refuses to hand over more than
/// `limit` bytes between two [`Lines::mark`]s, so that one element (a text of gigabytes, a
/// tag without end) cannot take unbounded memory. quick-xml takes its bytes through
/// `fill_buf` and `consume`, which is where both are counted.
pub struct Lines<R> {
    inner: R,
    line: usize,
    since_mark: usize,
    limit: usize,
}

impl<R: io::BufRead> Lines<R> {
    pub fn new(inner: R, limit: usize) -> Self {
        Lines {
            inner,
            line: 1,
            since_mark: 0,
            limit,
        }
    }

    /// The line (from 1) of the next byte to be read.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Starts counting towards the limit again: called once an element is read.
    pub fn mark(&mut self) {
        self.since_mark = 0;
    }
}

/// The error [`Lines`] gives past its limit.
pub const TOO_LONG: &str = "a single element or text is longer than bitext reads";

impl<R: io::BufRead> io::Read for Lines<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = io::BufRead::fill_buf(self)?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl<R: io::BufRead> io::BufRead for Lines<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.since_mark > self.limit {
            return Err(io::Error::new(io::ErrorKind::InvalidData, TOO_LONG));
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        // The bytes consumed are the front of what `fill_buf` just returned: asking for them
        // again reads nothing.
        if let Ok(buffered) = self.inner.fill_buf() {
            let n = n.min(buffered.len());
            self.line += memchr::memchr_iter(b'\n', &buffered[..n]).count();
        }
        self.since_mark = self.since_mark.saturating_add(n);
        self.inner.consume(n);
    }
}

/// The line (from 1) of byte offset `pos` in `xml`, for error messages.
pub fn line_at(xml: &str, pos: u64) -> usize {
    let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(xml.len());
    memchr::memchr_iter(b'\n', &xml.as_bytes()[..pos]).count() + 1
}

/// An attribute's unescaped value, by its qualified name as written (`id`, `xml:lang`).
pub fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    match e.try_get_attribute(name) {
        Ok(Some(a)) => a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| Some(v.into_owned()))
            .map_err(|e| format!("bad attribute {name}: {e}")),
        Ok(None) => Ok(None),
        Err(e) => Err(format!("bad attributes: {e}")),
    }
}

/// Appends the characters a text, CDATA or reference event stands for; other events add
/// nothing. An entity other than the five XML predefines is an error.
pub fn push_text(event: &Event<'_>, out: &mut String) -> Result<(), String> {
    match event {
        Event::Text(t) => out.push_str(
            &t.xml10_content()
                .map_err(|e| format!("malformed text: {e}"))?,
        ),
        Event::CData(t) => out.push_str(
            &t.xml10_content()
                .map_err(|e| format!("malformed text: {e}"))?,
        ),
        Event::GeneralRef(r) if r.is_char_ref() => {
            if let Some(c) = r
                .resolve_char_ref()
                .map_err(|e| format!("bad character reference: {e}"))?
            {
                out.push(c);
            }
        }
        Event::GeneralRef(r) => {
            let name = r.decode().map_err(|e| format!("bad reference: {e}"))?;
            match quick_xml::escape::resolve_predefined_entity(&name) {
                Some(s) => out.push_str(s),
                None => return Err(format!("unknown entity '&{name};'")),
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_markup_quotes_and_forbidden_characters() {
        assert_eq!(
            escape_text("<script>alert(1)</script> & \"q\" 'a'\u{7}\r\n"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &apos;a&apos;\u{FFFD}&#13;\n"
        );
        let a = attr("k", "a\tb\nc\u{0}");
        assert_eq!(&*a.value, "a&#9;b&#10;c\u{FFFD}".as_bytes());
        assert_eq!(forbidden("ok\u{FFFE}"), Some('\u{FFFE}'));
        assert_eq!(forbidden("tab\tand 中文"), None);
    }

    #[test]
    fn nmtokens_leave_ordinary_ids_alone() {
        assert_eq!(nmtoken("b3.s2"), "b3.s2");
        assert!(matches!(nmtoken("vi-asean_forum"), Cow::Borrowed(_)));
        assert_eq!(nmtoken("Tin tức Việt"), "Tin_x0020_tức_x0020_Việt");
        assert_eq!(nmtoken("a/b"), "a_x002F_b");
        assert_eq!(nmtoken("_x0041_"), "_x005F_x0041_");
        assert_eq!(from_nmtoken("_x005F_x0041_"), "_x0041_");
        assert_eq!(from_nmtoken("a_x002F_b"), "a/b");
        assert_eq!(from_nmtoken("a_xZZ_b"), "a_xZZ_b");
        // The escape of the space must not swallow the `_x0041` before it.
        assert_eq!(nmtoken("_x0041 "), "_x005F_x0041_x0020_");
        assert_eq!(from_nmtoken("_x005F_x0041_x0020_"), "_x0041 ");
    }

    proptest! {
        #[test]
        fn nmtoken_round_trips(id in "\\PC{1,12}|[_x0-9A-F ]{1,12}") {
            let token = nmtoken(&id);
            prop_assert!(token.chars().all(name_char), "{}", token);
            prop_assert_eq!(from_nmtoken(&token), id.as_str());
        }
    }
}
