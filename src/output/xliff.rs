//! XLIFF 2.0 output, one file per target language, and the reader that brings a reviewer's
//! work back.
//!
//! ```xml
//! <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="en">
//!   <file id="DOC" original="samples/DOC.txt">
//!     <unit id="b1.s1">
//!       <notes>
//!         <note category="glossary">acwf: Hội Liên hiệp Phụ nữ … → All-China Women's Federation</note>
//!       </notes>
//!       <segment state="translated" subState="bitext:api">
//!         <source>…</source>
//!         <target>…</target>
//!       </segment>
//!     </unit>
//! ```
//!
//! A unit id is the segment id and the file id the document id, made into NMTOKENs by
//! [`crate::xml::nmtoken`] (which leaves ids like `b1.s1` alone), so the reader can tell which
//! segment a reviewed unit belongs to. The state says how far the text has come: `initial`
//! without a translation, `translated` for a machine's (the origin is in `subState`),
//! `reviewed` for a reviewer's. A character XML cannot carry is written as `<cp hex="…"/>` in
//! source and target, as XLIFF provides, and as U+FFFD in notes, which take no markup.

use super::review::{ReadError, Reviewed};
use super::{origin_name, Context};
use crate::aligned::{Aligned, Cell, Origin, Row};
use crate::lang::Lang;
use crate::xml::{attr, attribute, escape_text, escape_with, from_nmtoken, line_at, nmtoken};
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Writer};
use std::fmt::Write as _;
use std::io;
use std::path::Path;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF document of one aligned document into one target language.
pub fn render(doc: &Aligned, target: Lang, ctx: &Context) -> String {
    super::stream::render(&mut Xliff::new(target, *ctx), doc)
}

/// The XLIFF writer of one target, part by part: one XML writer for the whole file, so that
/// every part is indented as the one-shot file is.
pub(super) struct Xliff<'a> {
    w: Writer<Vec<u8>>,
    target: Lang,
    ctx: Context<'a>,
    units: usize,
}

impl<'a> Xliff<'a> {
    pub(super) fn new(target: Lang, ctx: Context<'a>) -> Self {
        Xliff {
            w: super::stream::xml_writer(),
            target,
            ctx,
            units: 0,
        }
    }
}

impl super::stream::Parts for Xliff<'_> {
    fn head(&mut self, doc: &Aligned) -> Vec<u8> {
        let written = head(&mut self.w, doc, self.target, &self.ctx);
        super::stream::taken(&mut self.w, written)
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        let (target, ctx) = (self.target, self.ctx);
        self.units += doc.rows.len();
        let written = doc
            .rows
            .iter()
            .try_for_each(|row| write_unit(&mut self.w, row, target, &ctx));
        super::stream::taken(&mut self.w, written)
    }

    fn finish(&mut self, _doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        let mut written = Ok(());
        if self.units == 0 {
            // A <file> needs a unit or a group; a document with no segment gets an empty
            // group rather than no file, so that every document has its XLIFF.
            written = self
                .w
                .create_element("group")
                .with_attribute(attr("id", "empty"))
                .write_empty()
                .map(drop);
        }
        (
            Vec::new(),
            super::stream::closed(&mut self.w, &["file", "xliff"], written),
        )
    }
}

/// `<xliff>`, `<file>` and the file's notes: everything before the first unit.
fn head(w: &mut Writer<Vec<u8>>, doc: &Aligned, target: Lang, ctx: &Context) -> io::Result<()> {
    w.write_event(Event::Start(BytesStart::new("xliff").with_attributes([
        attr("xmlns", NAMESPACE),
        attr("version", "2.0"),
        attr("srcLang", ctx.tag(doc.lang)),
        attr("trgLang", ctx.tag(target)),
    ])))?;
    w.write_event(Event::Start(BytesStart::new("file").with_attributes([
        attr("id", &nmtoken(&doc.doc)),
        attr("original", &doc.source_path),
    ])))?;
    // What the page declared about the article: file-level notes, which the core schema
    // allows before the units.
    let fields = super::metadata_fields(&doc.metadata, doc.lang_mismatch.as_ref());
    if !fields.is_empty() {
        w.create_element("notes").write_inner_content(|w| {
            for (name, value) in &fields {
                w.create_element("note")
                    .with_attribute(attr("category", name))
                    .write_text_content(BytesText::from_escaped(escape_text(value)))?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn write_unit(w: &mut Writer<Vec<u8>>, row: &Row, target: Lang, ctx: &Context) -> io::Result<()> {
    let cell = row.targets.get(&target);
    let translation = cell.and_then(super::translation);
    let state = match (translation, cell.map(|c| c.origin)) {
        (None, _) => "initial",
        (Some(_), Some(Origin::Reviewed)) => "reviewed",
        (Some(_), _) => "translated",
    };
    let notes = notes(row, cell, target, ctx);
    w.create_element("unit")
        .with_attribute(attr("id", &nmtoken(&row.id)))
        .write_inner_content(|w| {
            if !notes.is_empty() {
                w.create_element("notes").write_inner_content(|w| {
                    for (category, text) in &notes {
                        w.create_element("note")
                            .with_attribute(attr("category", category))
                            .write_text_content(BytesText::from_escaped(escape_text(text)))?;
                    }
                    Ok(())
                })?;
            }
            let mut segment = w
                .create_element("segment")
                .with_attribute(attr("state", state));
            if let Some(cell) = cell {
                let sub_state = format!("bitext:{}", origin_name(cell.origin));
                segment = segment.with_attribute(attr("subState", &sub_state));
            }
            segment.write_inner_content(|w| {
                content(w, "source", &row.source)?;
                if let Some(text) = translation {
                    content(w, "target", text)?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

/// A `<source>` or `<target>`. Whitespace a tool could take for layout (line breaks, runs of
/// spaces, spaces at either end) is marked as meant with `xml:space="preserve"`.
fn content(w: &mut Writer<Vec<u8>>, name: &str, text: &str) -> io::Result<()> {
    let escaped = escape_with(text, false, |out, c| {
        let _ = write!(out, "<cp hex=\"{:04X}\"/>", c as u32);
    });
    let mut element = w.create_element(name);
    let meant = text.trim() != text || text.contains("  ") || text.contains(['\n', '\r', '\t']);
    if meant {
        element = element.with_attribute(attr("xml:space", "preserve"));
    }
    element.write_text_content(BytesText::from_escaped(escaped))?;
    Ok(())
}

/// The notes of a unit, `(category, text)`: glossary terms of the source with the form the
/// glossary wants in the target, deprecated forms in the source, terms the translation gets
/// wrong, and why there is no translation.
fn notes(
    row: &Row,
    cell: Option<&Cell>,
    target: Lang,
    ctx: &Context,
) -> Vec<(&'static str, String)> {
    let mut notes: Vec<(&'static str, String)> = Vec::new();
    for hit in &row.hits {
        let preferred = ctx
            .glossary
            .term(&hit.term)
            .and_then(|t| t.forms.get(&target))
            .map(|f| f.preferred.as_str())
            .filter(|f| !f.is_empty());
        if let Some(preferred) = preferred {
            let note = (
                "glossary",
                format!("{}: {} → {preferred}", hit.term, hit.surface),
            );
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    for flag in &row.flags {
        if let Some(found) = &flag.found {
            notes.push((
                "terminology-source",
                format!(
                    "{}: the source uses the deprecated form \"{found}\"; the glossary prefers \"{}\"",
                    flag.id, flag.expected
                ),
            ));
        }
    }
    let Some(cell) = cell else {
        return notes;
    };
    for v in &cell.terms {
        let text = match &v.found {
            Some(found) => format!(
                "{}: the translation uses the deprecated form \"{found}\"; the glossary prefers \"{}\"",
                v.id, v.expected
            ),
            None => format!(
                "{}: the translation lacks the glossary form \"{}\"",
                v.id, v.expected
            ),
        };
        notes.push(("terminology-violation", text));
    }
    if cell.origin == Origin::Failed {
        let error = cell.error.as_deref().unwrap_or("no reason given");
        notes.push(("error", format!("no translation: {error}")));
    }
    notes
}

/// One `<segment>` or `<ignorable>` being read.
#[derive(Default)]
struct Part {
    ignorable: bool,
    source: String,
    target: Option<String>,
}

/// One `<unit>` being read: its parts joined in order.
struct Unit {
    id: Option<String>,
    pos: u64,
    source: String,
    target: String,
    segments: usize,
    /// Every segment is `reviewed` or `final`.
    done: bool,
}

/// Text being collected from a `<source>` or `<target>`, inline markup and all.
struct Capture {
    target: bool,
    /// How many elements were open at its start tag, itself included.
    depth: usize,
    /// Whether whitespace at either end is kept: `xml:space="preserve"`, or in an ignorable.
    keep: bool,
    text: String,
}

/// Where the reader is: the open file, unit, segment and text, and the xml:space in force.
#[derive(Default)]
struct Reading {
    doc: Option<String>,
    unit: Option<Unit>,
    part: Option<Part>,
    capture: Option<Capture>,
    /// One entry per open element: whether xml:space="preserve" is in force.
    preserve: Vec<bool>,
}

impl Reading {
    /// An XLIFF start tag outside `<source>` and `<target>`.
    fn open(
        &mut self,
        e: &BytesStart<'_>,
        name: &str,
        empty: bool,
        pos: u64,
    ) -> Result<(), String> {
        match name {
            "file" => self.doc = attribute(e, "id")?.map(|id| from_nmtoken(&id).into_owned()),
            "unit" => {
                self.unit = Some(Unit {
                    id: attribute(e, "id")?,
                    pos,
                    source: String::new(),
                    target: String::new(),
                    segments: 0,
                    done: true,
                })
            }
            "segment" | "ignorable" if !empty => {
                if let Some(u) = &mut self.unit {
                    let ignorable = name == "ignorable";
                    if !ignorable {
                        let state = attribute(e, "state")?;
                        u.segments += 1;
                        u.done &= matches!(state.as_deref(), Some("reviewed" | "final"));
                    }
                    self.part = Some(Part {
                        ignorable,
                        ..Part::default()
                    });
                }
            }
            "source" | "target" => {
                let Some(p) = &mut self.part else {
                    return Ok(());
                };
                let target = name == "target";
                if empty {
                    if target {
                        p.target = Some(String::new());
                    }
                } else {
                    self.capture = Some(Capture {
                        target,
                        depth: self.preserve.len(),
                        keep: p.ignorable || self.preserve.last().copied().unwrap_or(false),
                        text: String::new(),
                    });
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The end tag of the `<source>` or `<target>` being read.
    fn end_capture(&mut self, c: Capture) {
        let Some(p) = &mut self.part else {
            return;
        };
        let text = if c.keep {
            c.text
        } else {
            c.text.trim().to_string()
        };
        if c.target {
            p.target = Some(text);
        } else {
            p.source = text;
        }
    }

    /// An XLIFF end tag outside `<source>` and `<target>`; returns the unit it closes.
    fn close(&mut self, name: &[u8]) -> Option<Unit> {
        match name {
            b"segment" | b"ignorable" => {
                if let (Some(p), Some(u)) = (self.part.take(), &mut self.unit) {
                    u.source.push_str(&p.source);
                    // An ignorable without a target stands for itself in the target.
                    match (p.target, p.ignorable) {
                        (Some(t), _) => u.target.push_str(&t),
                        (None, true) => u.target.push_str(&p.source),
                        (None, false) => {}
                    }
                }
            }
            b"unit" => return self.unit.take(),
            b"file" => self.doc = None,
            _ => {}
        }
        None
    }
}

/// Reads an XLIFF 2 file (bitext's, or one a CAT tool saved from it) and returns the units
/// whose every segment is `reviewed` or `final` and whose target has text. Inline markup in
/// source and target counts for its text; `<cp/>` for its character. The text of a segment
/// not marked `xml:space="preserve"` loses whitespace at either end, as a tool may have
/// indented it; the whitespace between segments lives in `<ignorable>`s, which keep theirs.
pub fn read_reviewed(path: &Path, text: &str) -> Result<Vec<Reviewed>, ReadError> {
    let xml = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = |pos: u64, message: String| ReadError::new(path, line_at(xml, pos), message);
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().check_end_names = true;

    let mut langs: Option<(Lang, Lang)> = None;
    let mut at = Reading::default();
    let mut out = Vec::new();
    loop {
        let pos = reader.buffer_position();
        let (ours, event) = match reader.read_resolved_event() {
            // Elements of other namespaces (a tool's metadata) are not XLIFF structure.
            Ok((ns, event)) => (
                match ns {
                    ResolveResult::Bound(Namespace(n)) => n == NAMESPACE.as_bytes(),
                    ResolveResult::Unbound => true,
                    ResolveResult::Unknown(_) => false,
                },
                event,
            ),
            Err(e) => {
                return Err(err(
                    reader.error_position(),
                    format!("malformed XML: {e} (was the file saved completely?)"),
                ))
            }
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let local = e.local_name();
                let name = std::str::from_utf8(local.as_ref()).unwrap_or("");
                if langs.is_none() {
                    langs = Some(root(e, name, ours).map_err(|m| err(pos, m))?);
                }
                if !empty {
                    let inherited = at.preserve.last().copied().unwrap_or(false);
                    let space = attribute(e, "xml:space").map_err(|m| err(pos, m))?;
                    at.preserve.push(match space.as_deref() {
                        Some("preserve") => true,
                        Some("default") => false,
                        _ => inherited,
                    });
                }
                if let Some(c) = &mut at.capture {
                    // Other inline markup: its text counts, the tags do not.
                    if ours && name == "cp" {
                        c.text.push(code_point(e).map_err(|m| err(pos, m))?);
                    }
                } else if ours {
                    at.open(e, name, empty, pos).map_err(|m| err(pos, m))?;
                }
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                if let Some(c) = &mut at.capture {
                    crate::xml::push_text(&event, &mut c.text).map_err(|m| err(pos, m))?;
                }
            }
            Event::End(ref e) => {
                let depth = at.preserve.len();
                at.preserve.pop();
                match at.capture.take() {
                    Some(c) if c.depth == depth => at.end_capture(c),
                    Some(c) => at.capture = Some(c),
                    None if ours => {
                        if let (Some(u), Some((source_lang, target_lang))) =
                            (at.close(e.local_name().as_ref()), langs)
                        {
                            let reviewed = finish(u, at.doc.as_deref(), source_lang, target_lang)
                                .map_err(|(pos, m)| err(pos, m))?;
                            out.extend(reviewed);
                        }
                    }
                    None => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if langs.is_none() {
        return Err(err(0, "not an XLIFF file: there is no root element".into()));
    }
    Ok(out)
}

/// Checks the root element and returns its source and target languages.
fn root(e: &BytesStart<'_>, name: &str, ours: bool) -> Result<(Lang, Lang), String> {
    let version = attribute(e, "version")?.unwrap_or_default();
    if name != "xliff" {
        return Err(format!(
            "not an XLIFF file: the root element is <{name}>; give the .xlf file bitext wrote or a CAT tool exported"
        ));
    }
    if version.starts_with('1') || !ours {
        return Err(format!(
            "this is XLIFF {}, and bitext reads XLIFF 2: export the file from your tool as XLIFF 2.0",
            if version.is_empty() { "of another namespace" } else { &version }
        ));
    }
    let lang = |key: &str| -> Result<Lang, String> {
        let tag = attribute(e, key)?.ok_or_else(|| {
            format!("<xliff> has no {key}: bitext needs it to know the language of the texts")
        })?;
        tag.parse()
            .map_err(|_| format!("{key}=\"{tag}\" is not a language bitext works in (vi, en, zh)"))
    };
    Ok((lang("srcLang")?, lang("trgLang")?))
}

/// The character of a `<cp hex="…"/>`.
fn code_point(e: &BytesStart<'_>) -> Result<char, String> {
    let hex = attribute(e, "hex")?.unwrap_or_default();
    u32::from_str_radix(&hex, 16)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| format!("<cp hex=\"{hex}\"> is not a Unicode code point"))
}

/// The reviewed translation of a unit, if it has one; an error (with where) when it has one
/// but no id to say which segment it belongs to.
fn finish(
    u: Unit,
    doc: Option<&str>,
    source_lang: Lang,
    target_lang: Lang,
) -> Result<Option<Reviewed>, (u64, String)> {
    if u.segments == 0 || !u.done || u.target.trim().is_empty() {
        return Ok(None);
    }
    let Some(id) = u.id else {
        return Err((
            u.pos,
            "a reviewed <unit> has no id, so bitext cannot tell which segment it is: keep the unit ids bitext wrote".into(),
        ));
    };
    Ok(Some(Reviewed {
        doc: doc.map(str::to_string),
        id: from_nmtoken(&id).into_owned(),
        source_lang,
        target_lang,
        source: u.source,
        target: u.target,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::{glossary, rich, ACWF_VI, ACWF_ZH};

    fn render_with(doc: &Aligned, target: Lang, zh_tag: &str) -> String {
        let glossary = glossary();
        let ctx = Context {
            glossary: &glossary,
            zh_tag,
            scratch: None,
        };
        render(doc, target, &ctx)
    }

    fn xliff(target: Lang) -> String {
        render_with(&rich(), target, "zh-CN")
    }

    /// The text of the unit with this id, from its start tag to its end tag.
    fn unit<'a>(xml: &'a str, id: &str) -> &'a str {
        let start = xml
            .find(&format!("<unit id=\"{id}\">"))
            .unwrap_or_else(|| panic!("no unit {id} in {xml}"));
        let end = start + xml[start..].find("</unit>").unwrap();
        &xml[start..end]
    }

    #[test]
    fn header_and_file_name_the_languages_and_the_document() {
        let xml = xliff(Lang::Zh);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"vi\" trgLang=\"zh-CN\">\n  <file id=\"vi-rich\" original=\"in/vi-rich.txt\">\n"), "{xml}");
        assert!(xml.ends_with("</xliff>\n"));
        assert_eq!(xml.matches("<unit ").count(), 3);
    }

    #[test]
    fn states_follow_the_origin() {
        let en = xliff(Lang::En);
        assert!(
            unit(&en, "b1.s1").contains("<segment state=\"translated\" subState=\"bitext:api\">")
        );
        assert!(unit(&en, "b1.s2")
            .contains("<segment state=\"reviewed\" subState=\"bitext:reviewed\">"));
        assert!(
            unit(&en, "b2.s1").contains("<segment state=\"translated\" subState=\"bitext:copy\">")
        );
        let zh = xliff(Lang::Zh);
        let failed = unit(&zh, "b1.s1");
        assert!(failed.contains("<segment state=\"initial\" subState=\"bitext:failed\">"));
        assert!(!failed.contains("<target"), "{failed}");
        assert!(failed
            .contains("<note category=\"error\">no translation: HTTP 500: &lt;busy&gt;</note>"));
        assert!(unit(&zh, "b1.s2")
            .contains("<segment state=\"translated\" subState=\"bitext:pseudo\">"));
        let missing = unit(&zh, "b2.s1");
        assert!(missing.contains("<segment state=\"initial\">"), "{missing}");
        assert!(!missing.contains("<target") && !missing.contains("<notes>"));
    }

    #[test]
    fn text_is_escaped_and_control_characters_become_code_points() {
        let en = xliff(Lang::En);
        assert!(unit(&en, "b1.s1").contains(
            "<target>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;<cp hex=\"0007\"/></target>"
        ), "{en}");
        assert!(!en.contains("<script>"));
        assert!(unit(&en, "b1.s2")
            .contains("<source xml:space=\"preserve\">  Hai   dòng\nđây </source>"));
        assert!(unit(&en, "b1.s2").contains("<target>Two lines</target>"));
    }

    #[test]
    fn notes_carry_terms_and_come_before_the_segment() {
        let en = xliff(Lang::En);
        let first = unit(&en, "b1.s1");
        let note = format!("<note category=\"glossary\">acwf: {ACWF_VI} → All-China Women&apos;s Federation</note>");
        assert_eq!(first.matches(&note).count(), 1, "{first}");
        assert!(first.find("</notes>").unwrap() < first.find("<segment").unwrap());
        let zh = xliff(Lang::Zh);
        let second = unit(&zh, "b1.s2");
        assert!(second.contains(&format!("<note category=\"terminology-violation\">acwf: the translation lacks the glossary form &quot;{ACWF_ZH}&quot;</note>")), "{second}");
        assert!(second.contains("<note category=\"terminology-source\">acwf: the source uses the deprecated form &quot;Hội Phụ nữ Trung Quốc&quot;"));
        assert!(unit(&zh, "b1.s1").contains(&format!("→ {ACWF_ZH}</note>")));
    }

    #[test]
    fn odd_ids_become_nmtokens_and_come_back() {
        let mut doc = rich();
        doc.doc = "Bài báo 1 (bản nháp)".into();
        doc.rows[1].id = "b1 s2/x".into();
        let xml = render_with(&doc, Lang::En, "zh-Hans");
        assert!(
            xml.contains("<file id=\"Bài_x0020_báo_x0020_1_x0020__x0028_bản_x0020_nháp_x0029_\""),
            "{xml}"
        );
        assert!(xml.contains("<unit id=\"b1_x0020_s2_x002F_x\">"));
        let back = read_reviewed(Path::new("a.xlf"), &xml).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].doc.as_deref(), Some("Bài báo 1 (bản nháp)"));
        assert_eq!(back[0].id, "b1 s2/x");
    }

    #[test]
    fn an_empty_document_still_has_a_valid_file() {
        let mut doc = rich();
        doc.rows.clear();
        let xml = render_with(&doc, Lang::En, "zh-Hans");
        assert!(xml.contains("<group id=\"empty\"/>"), "{xml}");
        assert!(read_reviewed(Path::new("a.xlf"), &xml).unwrap().is_empty());
    }

    #[test]
    fn round_trip_returns_reviewed_units_only() {
        let en = xliff(Lang::En);
        let back = read_reviewed(Path::new("doc.en.xlf"), &en).unwrap();
        assert_eq!(
            back,
            vec![Reviewed {
                doc: Some("vi-rich".into()),
                id: "b1.s2".into(),
                source_lang: Lang::Vi,
                target_lang: Lang::En,
                source: "  Hai   dòng\nđây ".into(),
                target: "Two lines".into(),
            }]
        );
        // A reviewer approves the machine translation as it is.
        let approved = en.replacen(
            "<segment state=\"translated\" subState=\"bitext:api\">",
            "<segment state=\"final\" subState=\"bitext:api\">",
            1,
        );
        let back = read_reviewed(Path::new("doc.en.xlf"), &approved).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].id, "b1.s1");
        assert_eq!(back[0].source, format!("{ACWF_VI} họp."));
        assert_eq!(
            back[0].target,
            "<script>alert(1)</script> & \"quotes\"\u{7}"
        );
        // Failed and missing translations have no target to import, whatever their state.
        let zh = xliff(Lang::Zh).replace("state=\"initial\"", "state=\"reviewed\"");
        let back = read_reviewed(Path::new("doc.zh.xlf"), &zh).unwrap();
        assert!(back.is_empty(), "{back:?}");
    }

    #[test]
    fn reads_what_other_tools_write() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
    xmlns:tool="urn:example:tool" version="2.1" srcLang="en-GB" trgLang="zh-Hans-CN" tool:build="7">
 <x:file id="doc_x0020_1" tool:x="y">
  <x:group id="g1">
   <x:unit id="b1.s1" tool:locked="no">
    <mda:metadata><mda:metaGroup><mda:meta type="x">
      <x:source>not this</x:source></mda:meta></mda:metaGroup></mda:metadata>
    <x:notes><x:note>reviewer: <!-- fine --> ok</x:note></x:notes>
    <x:segment id="s1" state="final">
     <x:source>The <x:pc id="1">ACWF</x:pc> met.</x:source>
     <x:target xml:lang="zh-CN">
       <x:mrk id="m1" type="term">全国妇联</x:mrk>开会了<x:cp hex="2603"/><![CDATA[<&>]]>&#x41;&amp;
     </x:target>
    </x:segment>
    <x:ignorable><x:source> </x:source></x:ignorable>
    <x:segment state="reviewed"><x:source>Two.</x:source><x:target>二。</x:target></x:segment>
   </x:unit>
   <x:unit id="b1.s2"><x:segment state="reviewed"><x:source>Half</x:source><x:target>一半</x:target></x:segment>
    <x:segment state="translated"><x:source>done</x:source><x:target>完成</x:target></x:segment></x:unit>
   <x:unit id="b1.s3" xml:space="preserve"><x:segment state="final"><x:source> Sp </x:source><x:target> 空 </x:target></x:segment></x:unit>
   <x:unit id="b1.s4"><x:segment state="final"><x:source>Empty</x:source><x:target/></x:segment></x:unit>
  </x:group>
 </x:file>
</x:xliff>"#;
        let back = read_reviewed(Path::new("tool.xlf"), xml).unwrap();
        let got: Vec<(&str, &str, &str)> = back
            .iter()
            .map(|r| (r.id.as_str(), r.source.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("b1.s1", "The ACWF met. Two.", "全国妇联开会了☃<&>A& 二。"),
                ("b1.s3", " Sp ", " 空 "),
            ]
        );
        assert_eq!(back[0].doc.as_deref(), Some("doc 1"));
        assert_eq!(
            (back[0].source_lang, back[0].target_lang),
            (Lang::En, Lang::Zh)
        );
    }

    #[test]
    fn unreadable_files_say_where_and_what_to_do() {
        let e = |xml: &str| {
            read_reviewed(Path::new("r.xlf"), xml)
                .unwrap_err()
                .to_string()
        };
        let v12 = e("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>");
        assert!(
            v12.starts_with("r.xlf:2: this is XLIFF 1.2, and bitext reads XLIFF 2: export"),
            "{v12}"
        );
        assert!(
            e("<tmx version=\"1.4\"/>").contains("not an XLIFF file: the root element is <tmx>")
        );
        assert!(e("").contains("not an XLIFF file: there is no root element"));
        let lang = e(&format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"vi\" trgLang=\"fr\"/>"
        ));
        assert!(
            lang.contains("trgLang=\"fr\" is not a language bitext works in"),
            "{lang}"
        );
        let none = e(&format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"vi\"/>"
        ));
        assert!(none.contains("<xliff> has no trgLang"), "{none}");
        let broken = e(&format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\">\n<file id=\"a\">\n<unit id=\"u\">\n</file>\n</xliff>"));
        assert!(broken.starts_with("r.xlf:4: malformed XML"), "{broken}");
        let no_id = e(&format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\">\n<file id=\"a\">\n<unit>\n<segment state=\"final\"><source>a</source><target>b</target></segment></unit></file></xliff>"));
        assert!(
            no_id.starts_with("r.xlf:3: a reviewed <unit> has no id"),
            "{no_id}"
        );
        let cp = e(&format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"vi\" trgLang=\"en\"><file id=\"a\"><unit id=\"u\"><segment><source><cp hex=\"D800\"/></source></segment></unit></file></xliff>"));
        assert!(
            cp.contains("<cp hex=\"D800\"> is not a Unicode code point"),
            "{cp}"
        );
    }
}
