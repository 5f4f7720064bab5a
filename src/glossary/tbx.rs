//! TBX export and import: TBX-Basic, in the DCA style of TBX v3 (ISO 30042:2019).
//!
//! The export is what the TBX core structure schema (`TBXcoreStructV03.rng`) validates:
//!
//! ```xml
//! <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
//!   <tbxHeader><fileDesc><sourceDesc><p>…</p></sourceDesc></fileDesc></tbxHeader>
//!   <text><body>
//!     <conceptEntry id="acwf">
//!       <descrip type="subjectField">organisations</descrip>   <!-- the kind -->
//!       <admin type="projectSubset">approved</admin>           <!-- the status -->
//!       <note>…</note>                                          <!-- the note -->
//!       <note>case: exact</note>                                <!-- the case rule -->
//!       <langSec xml:lang="en">
//!         <termSec>
//!           <term>All-China Women's Federation</term>
//!           <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
//!         </termSec>
//!         …  admittedTerm-admn-sts for variants, deprecatedTerm-admn-sts for deprecated forms
//! ```
//!
//! TBX-Basic has no data category for a review status or a case rule: the status goes in an
//! `admin` of type `projectSubset` (one of the three admin types TBX-Basic permits), so that
//! the unverified concepts form a subset a terminology tool can filter on; the case rule goes
//! in a `note` that reads exactly `case: exact` or `case: ignore`.
//!
//! The import reads that, and TBX v2 (`martif`, `termEntry`, `langSet`, `tig`/`ntig`) as well.

use super::exchange::{Draft, ExchangeError, FormStatus};
use super::{CaseRule, Term};
use crate::lang::Lang;
use crate::xml::{attribute, push_text};
use quick_xml::events::{BytesText, Event};
use quick_xml::{Reader, Writer};
use std::io;
use std::path::Path;

pub const NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// What the export left out.
#[derive(Debug, Default)]
pub struct TbxExport {
    pub xml: String,
    pub concepts: usize,
    /// Concepts without any form (TBX needs at least one language section).
    pub skipped: Vec<String>,
}

/// Whether `id` can be an XML ID (an NCName): a letter or `_` first, then letters, digits,
/// `-`, `.`, `_`.
fn xml_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

/// Writes the terms as a TBX-Basic document. `source` describes where they come from (it goes
/// in the header). Every value is escaped; an id that cannot be an XML ID, or a value with a
/// character XML cannot hold, is an error naming the concept.
pub fn to_tbx(terms: &[Term], source: &str) -> Result<TbxExport, ExchangeError> {
    let mut out = TbxExport::default();
    for term in terms {
        let bad = |message: String| ExchangeError::Format {
            path: term.file.display().to_string(),
            line: term.line,
            message,
        };
        if !xml_id(&term.id) {
            return Err(bad(format!(
                "id '{}' cannot be an XML ID (a letter first, then letters, digits, '-', '.', '_'): rename it to export TBX",
                term.id
            )));
        }
        let values = std::iter::once(term.note.as_str())
            .chain(std::iter::once(term.status.as_str()))
            .chain(std::iter::once(term.kind.as_str()))
            .chain(
                term.forms
                    .values()
                    .flat_map(|f| f.accepted().chain(f.deprecated.iter().map(String::as_str))),
            );
        for value in values {
            if let Some(c) = crate::xml::forbidden(value) {
                return Err(bad(format!(
                    "'{}' contains U+{:04X}, which XML cannot hold",
                    value.escape_debug(),
                    c as u32
                )));
            }
        }
    }
    let io_err = |e: io::Error| ExchangeError::Io {
        path: "TBX".into(),
        source: e,
    };
    let xml = crate::xml::document(|w| {
        w.create_element("tbx")
            .with_attributes([
                ("xmlns", NAMESPACE),
                ("type", "TBX-Basic"),
                ("style", "dca"),
                ("xml:lang", "en"),
            ])
            .write_inner_content(|w| {
                w.create_element("tbxHeader").write_inner_content(|w| {
                    w.create_element("fileDesc").write_inner_content(|w| {
                        w.create_element("sourceDesc").write_inner_content(|w| {
                            w.create_element("p")
                                .write_text_content(BytesText::new(source))?;
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                w.create_element("text").write_inner_content(|w| {
                    let entries: Vec<&Term> = terms.iter().filter(|t| has_forms(t)).collect();
                    if entries.is_empty() {
                        return Ok(());
                    }
                    w.create_element("body").write_inner_content(|w| {
                        for term in &entries {
                            write_entry(w, term)?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
        Ok(())
    })
    .map_err(io_err)?;
    for term in terms {
        if has_forms(term) {
            out.concepts += 1;
        } else {
            out.skipped.push(term.id.clone());
        }
    }
    out.xml = xml;
    Ok(out)
}

fn has_forms(term: &Term) -> bool {
    term.forms
        .values()
        .any(|f| !f.preferred.is_empty() || !f.variants.is_empty() || !f.deprecated.is_empty())
}

fn write_entry(w: &mut Writer<Vec<u8>>, term: &Term) -> io::Result<()> {
    w.create_element("conceptEntry")
        .with_attribute(("id", term.id.as_str()))
        .write_inner_content(|w| {
            if !term.kind.is_empty() {
                w.create_element("descrip")
                    .with_attribute(("type", "subjectField"))
                    .write_text_content(BytesText::new(&term.kind))?;
            }
            if !term.status.is_empty() {
                w.create_element("admin")
                    .with_attribute(("type", "projectSubset"))
                    .write_text_content(BytesText::new(&term.status))?;
            }
            if !term.note.is_empty() {
                w.create_element("note")
                    .write_text_content(BytesText::new(&term.note))?;
            }
            if let Some(case) = term.case {
                w.create_element("note")
                    .write_text_content(BytesText::new(&format!("case: {}", case.as_str())))?;
            }
            for (lang, forms) in &term.forms {
                let mut list: Vec<(&str, &str)> = Vec::new();
                if !forms.preferred.is_empty() {
                    list.push((&forms.preferred, "preferredTerm-admn-sts"));
                }
                list.extend(
                    forms
                        .variants
                        .iter()
                        .map(|f| (f.as_str(), "admittedTerm-admn-sts")),
                );
                list.extend(
                    forms
                        .deprecated
                        .iter()
                        .map(|f| (f.as_str(), "deprecatedTerm-admn-sts")),
                );
                list.retain(|(f, _)| !f.is_empty());
                if list.is_empty() {
                    continue;
                }
                w.create_element("langSec")
                    .with_attribute(("xml:lang", lang.code()))
                    .write_inner_content(|w| {
                        for (form, status) in list {
                            w.create_element("termSec").write_inner_content(|w| {
                                w.create_element("term")
                                    .write_text_content(BytesText::new(form))?;
                                w.create_element("termNote")
                                    .with_attribute(("type", "administrativeStatus"))
                                    .write_text_content(BytesText::new(status))?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The language of an `xml:lang` value: `vi`, `en`, `zh` and their regional forms
/// (`zh-CN`, `en-GB`, `vi-VN` …).
fn lang_of(tag: &str) -> Option<Lang> {
    tag.parse()
        .ok()
        .or_else(|| tag.split(['-', '_']).next().and_then(|p| p.parse().ok()))
}

/// The element whose text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    Term,
    AdminStatus,
    SubjectField,
    ProjectSubset,
    Note,
    Ignored,
}

/// Reads a TBX document (TBX v3 `tbx` or TBX v2 `martif`) into terms. Languages other than
/// vi, en and zh are skipped; `warnings` says which.
pub fn from_tbx(path: &Path, xml: &str) -> Result<(Vec<Term>, Vec<String>), ExchangeError> {
    let shown = path.display().to_string();
    let line_at = |pos: u64| crate::xml::line_at(xml, pos);
    let err = |line: usize, message: String| ExchangeError::Format {
        path: shown.clone(),
        line,
        message,
    };
    let mut reader = Reader::from_str(xml.strip_prefix('\u{feff}').unwrap_or(xml));
    reader.config_mut().check_end_names = true;

    let mut terms = Vec::new();
    let mut warnings = Vec::new();
    let mut root_seen = false;
    let mut entry: Option<Draft> = None;
    let mut lang: Option<Option<Lang>> = None; // Some(None): a language bitext does not keep
    let mut form: Option<(String, Option<FormStatus>)> = None;
    let mut capture: Option<(Capture, usize, String)> = None; // what, depth, text
    let mut depth = 0usize;
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            err(
                line_at(reader.error_position()),
                format!("malformed XML: {e}"),
            )
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name();
                let name = std::str::from_utf8(name.as_ref()).unwrap_or("");
                if !root_seen {
                    root_seen = true;
                    if name != "tbx" && name != "martif" {
                        return Err(err(
                            line_at(pos),
                            format!("not a TBX file: the root element is <{name}>, not <tbx> or <martif>"),
                        ));
                    }
                }
                if !empty {
                    depth += 1;
                }
                if capture.is_some() {
                    continue; // markup inside a value (<hi>, <ph/>): its text counts
                }
                match name {
                    "conceptEntry" | "termEntry" => {
                        let id = attribute(e, "id")
                            .map_err(|m| err(line_at(pos), m))?
                            .unwrap_or_default();
                        entry = Some(Draft {
                            id,
                            path: path.to_path_buf(),
                            line: line_at(pos),
                            ..Draft::default()
                        });
                    }
                    "langSec" | "langSet" if entry.is_some() => {
                        let tag = attribute(e, "xml:lang")
                            .map_err(|m| err(line_at(pos), m))?
                            .unwrap_or_default();
                        let found = lang_of(&tag);
                        if found.is_none() {
                            warnings.push(format!(
                                "{shown}:{}: language '{tag}' skipped (bitext keeps vi, en, zh)",
                                line_at(pos)
                            ));
                        }
                        lang = Some(found);
                    }
                    "termSec" | "tig" | "ntig" if lang.is_some() => {
                        form = Some((String::new(), None));
                    }
                    _ if empty || entry.is_none() => {}
                    "term" if form.is_some() => {
                        capture = Some((Capture::Term, depth, String::new()))
                    }
                    "termNote" if form.is_some() => {
                        let what = match attribute(e, "type").map_err(|m| err(line_at(pos), m))? {
                            Some(t) if t == "administrativeStatus" => Capture::AdminStatus,
                            _ => Capture::Ignored,
                        };
                        capture = Some((what, depth, String::new()));
                    }
                    "descrip" => {
                        let what = match attribute(e, "type").map_err(|m| err(line_at(pos), m))? {
                            Some(t) if t == "subjectField" => Capture::SubjectField,
                            _ => Capture::Ignored,
                        };
                        capture = Some((what, depth, String::new()));
                    }
                    "admin" => {
                        let what = match attribute(e, "type").map_err(|m| err(line_at(pos), m))? {
                            Some(t) if t == "projectSubset" => Capture::ProjectSubset,
                            _ => Capture::Ignored,
                        };
                        capture = Some((what, depth, String::new()));
                    }
                    "note" => capture = Some((Capture::Note, depth, String::new())),
                    _ => {}
                }
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                if let Some((_, _, text)) = &mut capture {
                    push_text(&event, text).map_err(|m| err(line_at(pos), m))?;
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = std::str::from_utf8(name.as_ref()).unwrap_or("");
                if let Some((what, at, text)) = capture.take() {
                    if depth != at {
                        capture = Some((what, at, text));
                        depth -= 1;
                        continue;
                    }
                    let text = text.trim().to_string();
                    match (what, entry.as_mut()) {
                        (Capture::Term, _) => {
                            if let Some(f) = form.as_mut() {
                                f.0 = text;
                            }
                        }
                        (Capture::AdminStatus, _) => {
                            if let Some(f) = form.as_mut() {
                                f.1 = match text.as_str() {
                                    "preferredTerm-admn-sts" => Some(FormStatus::Preferred),
                                    "deprecatedTerm-admn-sts" | "supersededTerm-admn-sts" => {
                                        Some(FormStatus::Deprecated)
                                    }
                                    _ => Some(FormStatus::Admitted),
                                };
                            }
                        }
                        (Capture::SubjectField, Some(d)) => d.kind = Some(text),
                        (Capture::ProjectSubset, Some(d)) => {
                            if matches!(text.as_str(), "approved" | "unverified") {
                                d.status = Some(text);
                            }
                        }
                        (Capture::Note, Some(d)) => {
                            match text
                                .strip_prefix("case:")
                                .map(str::trim)
                                .map(CaseRule::parse)
                            {
                                Some(Some(Some(case))) => d.case = Some(case),
                                _ => d.notes.push(text),
                            }
                        }
                        _ => {}
                    }
                    depth -= 1;
                    continue;
                }
                depth = depth.saturating_sub(1);
                match name {
                    "termSec" | "tig" | "ntig" => {
                        if let (Some((text, status)), Some(Some(l)), Some(d)) =
                            (form.take(), lang, entry.as_mut())
                        {
                            d.forms
                                .entry(l)
                                .or_default()
                                .push((text, status.unwrap_or(FormStatus::Admitted)));
                        }
                    }
                    "langSec" | "langSet" => lang = None,
                    "conceptEntry" | "termEntry" => {
                        if let Some(d) = entry.take() {
                            terms.push(d.finish()?);
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(err(1, "not a TBX file: no root element".into()));
    }
    Ok((terms, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::parse_tsv;

    const SAMPLE: &str = "id\tvi\ten\tzh\tvi_deprecated\ten_deprecated\tzh_deprecated\tstatus\tnote\tcase\n\
        acwf\tHội Liên hiệp Phụ nữ toàn quốc Trung Hoa\tAll-China Women's Federation|ACWF\t中华全国妇女联合会|全国妇联\t\t\t\tapproved\t\t\n\
        he-hongmei\t\tHe Hongmei\t和红梅\t\tHe and Hongmei\t\tunverified\t<b> & \"quotes\" 'too'\t\n\
        muse\tMuse\tMuse\t木姐\t\t\t\tapproved\t\texact\n";

    fn sample() -> Vec<Term> {
        parse_tsv(Path::new("g/people.tsv"), SAMPLE).unwrap()
    }

    #[test]
    fn export_escapes_and_marks_every_form() {
        let out = to_tbx(&sample(), "bitext <test> & co").unwrap();
        assert_eq!(out.concepts, 3);
        let xml = &out.xml;
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"), "{xml}");
        assert!(xml.contains("<p>bitext &lt;test&gt; &amp; co</p>"));
        assert!(xml.contains("<conceptEntry id=\"he-hongmei\">"));
        assert!(xml.contains("<descrip type=\"subjectField\">people</descrip>"));
        assert!(xml.contains("<admin type=\"projectSubset\">unverified</admin>"));
        assert!(
            xml.contains("<note>&lt;b&gt; &amp; &quot;quotes&quot; &apos;too&apos;</note>"),
            "{xml}"
        );
        assert!(xml.contains("<note>case: exact</note>"));
        assert!(xml.contains("<term>He and Hongmei</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"), "{xml}");
        assert!(xml.contains("<term>ACWF</term>\n            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"));
        assert!(xml.contains("<langSec xml:lang=\"zh\">"));
    }

    #[test]
    fn export_and_import_round_trip() {
        let original = sample();
        let out = to_tbx(&original, "test").unwrap();
        let (back, warnings) = from_tbx(Path::new("x.tbx"), &out.xml).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(back.len(), original.len());
        for (a, b) in original.iter().zip(&back) {
            assert!(a.same_content(b), "{a:?}\n{b:?}");
            assert_eq!(a.kind, b.kind);
        }
    }

    #[test]
    fn bad_ids_and_characters_are_refused() {
        let terms = parse_tsv(Path::new("g/a.tsv"), "id\ten\n2013-summit\tSummit\n").unwrap();
        let e = to_tbx(&terms, "t").unwrap_err().to_string();
        assert!(
            e.starts_with("g/a.tsv:2: id '2013-summit' cannot be an XML ID"),
            "{e}"
        );
        let terms = parse_tsv(Path::new("g/a.tsv"), "id\ten\nx\tA\u{7}B\n").unwrap();
        assert!(to_tbx(&terms, "t")
            .unwrap_err()
            .to_string()
            .contains("U+0007"));
    }

    #[test]
    fn imports_tbx_v2_and_foreign_languages() {
        let xml = r#"<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en-US">
 <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="c1">
   <descrip type="subjectField">Places &amp; Things</descrip>
   <langSet xml:lang="en-GB">
    <tig><term>Nan<hi>ning</hi></term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
    <tig><term>Nanning City</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
   </langSet>
   <langSet xml:lang="fr"><tig><term>Nanning</term></tig></langSet>
   <langSet xml:lang="zh-CN"><ntig><termGrp><term>&#x5357;宁</term></termGrp></ntig></langSet>
  </termEntry>
 </body></text>
</martif>"#;
        let (terms, warnings) = from_tbx(Path::new("v2.tbx"), xml).unwrap();
        assert_eq!(
            warnings,
            vec!["v2.tbx:11: language 'fr' skipped (bitext keeps vi, en, zh)"]
        );
        assert_eq!(terms.len(), 1);
        let t = &terms[0];
        assert_eq!(t.id, "c1");
        assert_eq!(t.kind, "imported");
        assert_eq!(t.status, "unverified");
        assert_eq!(t.forms[&Lang::En].preferred, "Nanning City");
        assert_eq!(t.forms[&Lang::En].variants, vec!["Nanning".to_string()]);
        assert_eq!(t.forms[&Lang::Zh].preferred, "南宁");
        assert_eq!(t.line, 5);
    }

    #[test]
    fn malformed_documents_are_errors_with_a_line() {
        let e = from_tbx(Path::new("x.tbx"), "<html/>")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a TBX file"), "{e}");
        let e = from_tbx(Path::new("x.tbx"), "<tbx>\n<text>\n</tbx>")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.tbx:3: malformed XML"), "{e}");
    }
}
