//! TMX 1.4b output: one translation unit per segment, one variant per language that has text.
//!
//! ```xml
//! <tmx version="1.4">
//!   <header creationtool="bitext" … srclang="vi" datatype="plaintext"/>
//!   <body>
//!     <tu tuid="b1.s1">
//!       <prop type="x-document">DOC</prop>
//!       <prop type="x-segment">b1.s1</prop>
//!       <tuv xml:lang="vi"><seg>…</seg></tuv>
//!       <tuv xml:lang="en">
//!         <prop type="x-origin">api</prop>
//!         <prop type="x-provider">deepl</prop>
//!         <seg>…</seg>
//!       </tuv>
//! ```
//!
//! When the page declared metadata, the header carries it as `<prop type="x-headline">`,
//! `x-published`, `x-author` … (TMX 1.4b allows props in the header).
//!
//! There is no DOCTYPE, so that no tool goes looking for `tmx14.dtd`, and no creation date,
//! so that a run that changes nothing writes the same bytes.

use super::{origin_name, translation, Context};
use crate::aligned::{Aligned, Cell, Row};
use crate::xml::{attr, escape_text};
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io;

/// The whole TMX document of one aligned document.
pub fn render(doc: &Aligned, ctx: &Context) -> String {
    super::stream::render(&mut Tmx::new(*ctx), doc)
}

/// The TMX writer, part by part: one XML writer for the whole file, so that every part is
/// indented as the one-shot file is.
pub(super) struct Tmx<'a> {
    w: Writer<Vec<u8>>,
    ctx: Context<'a>,
}

impl<'a> Tmx<'a> {
    pub(super) fn new(ctx: Context<'a>) -> Self {
        Tmx {
            w: super::stream::xml_writer(),
            ctx,
        }
    }
}

impl super::stream::Parts for Tmx<'_> {
    fn head(&mut self, doc: &Aligned) -> Vec<u8> {
        let written = head(&mut self.w, doc, &self.ctx);
        super::stream::taken(&mut self.w, written)
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        let ctx = self.ctx;
        let written = doc
            .rows
            .iter()
            .try_for_each(|row| write_unit(&mut self.w, doc, row, &ctx));
        super::stream::taken(&mut self.w, written)
    }

    fn finish(&mut self, _doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        (
            Vec::new(),
            super::stream::closed(&mut self.w, &["body", "tmx"], Ok(())),
        )
    }
}

/// The declaration, `<tmx>`, the header and `<body>`: everything before the first unit.
fn head(w: &mut Writer<Vec<u8>>, doc: &Aligned, ctx: &Context) -> io::Result<()> {
    w.write_event(Event::Start(
        BytesStart::new("tmx").with_attributes([("version", "1.4")]),
    ))?;
    let header = w.create_element("header").with_attributes([
        attr("creationtool", "bitext"),
        attr("creationtoolversion", env!("CARGO_PKG_VERSION")),
        attr("segtype", "sentence"),
        attr("o-tmf", "bitext"),
        attr("adminlang", "en"),
        attr("srclang", ctx.tag(doc.lang)),
        attr("datatype", "plaintext"),
    ]);
    // What the page declared about the article, as the header's own properties.
    let fields = super::metadata_fields(&doc.metadata, doc.lang_mismatch.as_ref());
    if fields.is_empty() {
        header.write_empty()?;
    } else {
        header.write_inner_content(|w| {
            for (name, value) in &fields {
                prop(w, &format!("x-{name}"), value)?;
            }
            Ok(())
        })?;
    }
    w.write_event(Event::Start(BytesStart::new("body")))?;
    Ok(())
}

fn write_unit(w: &mut Writer<Vec<u8>>, doc: &Aligned, row: &Row, ctx: &Context) -> io::Result<()> {
    w.create_element("tu")
        .with_attribute(attr("tuid", &row.id))
        .write_inner_content(|w| {
            prop(w, "x-document", &doc.doc)?;
            prop(w, "x-segment", &row.id)?;
            variant(w, ctx.tag(doc.lang), None, &row.source)?;
            for target in &doc.targets {
                let Some(cell) = row.targets.get(target) else {
                    continue;
                };
                if let Some(text) = translation(cell) {
                    variant(w, ctx.tag(*target), Some(cell), text)?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

fn variant(w: &mut Writer<Vec<u8>>, tag: &str, cell: Option<&Cell>, text: &str) -> io::Result<()> {
    w.create_element("tuv")
        .with_attribute(attr("xml:lang", tag))
        .write_inner_content(|w| {
            if let Some(cell) = cell {
                prop(w, "x-origin", origin_name(cell.origin))?;
                let extra = [
                    ("x-provider", cell.provider.as_deref()),
                    ("x-model", cell.model.as_deref()),
                    ("x-via", cell.via.map(|l| l.code())),
                ];
                for (kind, value) in extra {
                    if let Some(value) = value {
                        prop(w, kind, value)?;
                    }
                }
            }
            w.create_element("seg")
                .write_text_content(BytesText::from_escaped(escape_text(text)))?;
            Ok(())
        })?;
    Ok(())
}

/// An XML writer for a TMX file written in steps (as the translation memory's export does):
/// the declaration written, two spaces of indentation.
pub fn writer() -> Writer<Vec<u8>> {
    super::stream::xml_writer()
}

/// `<tmx version="1.4">` and a `<header>` with these attributes, in this order, and these
/// properties, then `<body>`: everything before the first unit. [`end`] closes them.
pub fn start(
    w: &mut Writer<Vec<u8>>,
    attributes: &[(&str, &str)],
    props: &[(&str, &str)],
) -> io::Result<()> {
    w.write_event(Event::Start(
        BytesStart::new("tmx").with_attributes([("version", "1.4")]),
    ))?;
    let header = w
        .create_element("header")
        .with_attributes(attributes.iter().map(|(k, v)| attr(k, v)));
    if props.is_empty() {
        header.write_empty()?;
    } else {
        header.write_inner_content(|w| props.iter().try_for_each(|(k, v)| prop(w, k, v)))?;
    }
    w.write_event(Event::Start(BytesStart::new("body")))?;
    Ok(())
}

/// Closes `<body>` and `<tmx>`, and ends the file with a line break.
pub fn end(w: &mut Writer<Vec<u8>>) -> Vec<u8> {
    super::stream::closed(w, &["body", "tmx"], Ok(()))
}

/// One variant of a [`unit`]: its language tag, its attributes besides `xml:lang`, its
/// properties and its text.
pub struct Variant<'a> {
    pub lang: &'a str,
    pub attributes: Vec<(&'a str, String)>,
    pub props: Vec<(&'a str, String)>,
    pub text: &'a str,
}

/// One `<tu>` with these attributes and properties and its variants, everything escaped.
pub fn unit(
    w: &mut Writer<Vec<u8>>,
    attributes: &[(&str, String)],
    props: &[(&str, String)],
    variants: &[Variant],
) -> io::Result<()> {
    w.create_element("tu")
        .with_attributes(attributes.iter().map(|(k, v)| attr(k, v)))
        .write_inner_content(|w| {
            for (kind, value) in props {
                prop(w, kind, value)?;
            }
            for v in variants {
                w.create_element("tuv")
                    .with_attribute(attr("xml:lang", v.lang))
                    .with_attributes(v.attributes.iter().map(|(k, value)| attr(k, value)))
                    .write_inner_content(|w| {
                        for (kind, value) in &v.props {
                            prop(w, kind, value)?;
                        }
                        w.create_element("seg")
                            .write_text_content(BytesText::from_escaped(escape_text(v.text)))?;
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// What the writer holds since it was last asked, taken out of it.
pub fn take(w: &mut Writer<Vec<u8>>) -> Vec<u8> {
    std::mem::take(w.get_mut())
}

fn prop(w: &mut Writer<Vec<u8>>, kind: &str, value: &str) -> io::Result<()> {
    w.create_element("prop")
        .with_attribute(attr("type", kind))
        .write_text_content(BytesText::from_escaped(escape_text(value)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::{glossary, rich};

    fn tmx(zh_tag: &str) -> String {
        let glossary = glossary();
        render(
            &rich(),
            &Context {
                glossary: &glossary,
                zh_tag,
                scratch: None,
            },
        )
    }

    #[test]
    fn header_says_what_the_dtd_requires_and_nothing_that_changes() {
        let xml = tmx("zh-CN");
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"bitext\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" o-tmf=\"bitext\" adminlang=\"en\" srclang=\"vi\" datatype=\"plaintext\"/>\n  <body>\n"), "{xml}");
        assert!(!xml.contains("date"));
        assert_eq!(xml, tmx("zh-CN"));
    }

    #[test]
    fn one_unit_per_segment_one_variant_per_language_with_text() {
        let xml = tmx("zh-Hans");
        assert_eq!(xml.matches("<tu ").count(), 3);
        let units: Vec<&str> = xml.split("<tu ").skip(1).collect();
        let langs = |u: &str| -> Vec<String> {
            u.split("<tuv xml:lang=\"")
                .skip(1)
                .map(|t| t[..t.find('"').unwrap()].to_string())
                .collect()
        };
        // The failed Chinese of the first segment and the missing one of the third are left out.
        assert_eq!(langs(units[0]), ["vi", "en"]);
        assert_eq!(langs(units[1]), ["vi", "en", "zh-Hans"]);
        assert_eq!(langs(units[2]), ["vi", "en"]);
        assert!(units[0].starts_with("tuid=\"b1.s1\">\n      <prop type=\"x-document\">vi-rich</prop>\n      <prop type=\"x-segment\">b1.s1</prop>\n      <tuv xml:lang=\"vi\">\n        <seg>"), "{}", units[0]);
        assert!(units[0].contains("<tuv xml:lang=\"en\">\n        <prop type=\"x-origin\">api</prop>\n        <prop type=\"x-provider\">deepl</prop>\n        <seg>"));
        assert!(units[1]
            .contains("<prop type=\"x-origin\">reviewed</prop>\n        <seg>Two lines</seg>"));
    }

    #[test]
    fn text_is_escaped_and_control_characters_replaced() {
        let xml = tmx("zh-CN");
        assert!(
            xml.contains(
                "<seg>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\u{FFFD}</seg>"
            ),
            "{xml}"
        );
        assert!(xml.contains("<seg>  Hai   dòng\nđây </seg>"));
        assert!(!xml.contains('\u{7}'));
    }
}
