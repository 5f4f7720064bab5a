//! Writers of the aligned result, one submodule per format; every file is written atomically.
//!
//! Each writer is a pure function of one document's [`Aligned`] rows and a [`Context`]
//! (glossary, language tags); [`write_document`] picks the writers and names the files.

pub mod html;
mod layout;
pub mod markdown;
pub mod review;
mod stream;
pub mod tmx;
pub mod xliff;

use crate::aligned::{Aligned, Cell, Origin};
use crate::fsio::{write_atomic_via, WriteError};
use crate::glossary::Glossary;
use crate::lang::Lang;
pub use review::{read_reviewed_tsv, ReadError, Reviewed};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
pub use stream::{Closed, DocumentWriter};

/// An output format a run can write. The command line (`--format`) and bitext.toml
/// (`formats`) name them as clap derives from the variants: jsonl, tsv, tmx, xliff, md, html.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jsonl,
    Tsv,
    Tmx,
    Xliff,
    Md,
    Html,
}

impl Format {
    /// The format named `name`, as on the command line.
    pub fn named(name: &str) -> Option<Self> {
        <Format as clap::ValueEnum>::from_str(name, false).ok()
    }

    /// Every format's name, in the order of the variants.
    pub fn names() -> Vec<String> {
        <Format as clap::ValueEnum>::value_variants()
            .iter()
            .filter_map(clap::ValueEnum::to_possible_value)
            .map(|v| v.get_name().to_string())
            .collect()
    }

    /// The names as a sentence lists them: `jsonl, tsv, … or html`.
    pub fn names_or() -> String {
        let names = Format::names();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }

    /// The help of `--format`.
    pub fn help() -> String {
        format!(
            "Output formats, comma-separated: {} (default: jsonl,tsv)",
            Format::names().join(", ")
        )
    }
}

#[derive(Serialize)]
struct JsonSource<'a> {
    lang: crate::lang::Lang,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    id: &'a str,
    start: usize,
    end: usize,
    surface: &'a str,
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    doc: &'a str,
    id: &'a str,
    block: usize,
    kind: &'a str,
    source: JsonSource<'a>,
    targets: &'a BTreeMap<crate::lang::Lang, Cell>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hits: Vec<JsonTerm<'a>>,
    /// Deprecated glossary forms found in the source.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    flags: &'a [crate::glossary::Violation],
}

/// The record that opens a document's JSONL when the page declared something about it.
#[derive(Serialize)]
struct JsonDocument<'a> {
    doc: &'a str,
    /// `document`, where a segment's record has its block's kind: a reader that takes every
    /// line for a segment can skip it by that.
    kind: &'static str,
    lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    metadata: &'a crate::document::Metadata,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang_mismatch: Option<&'a crate::document::LangMismatch>,
}

/// A document record (`"kind":"document"`) first when the page declared metadata or a
/// language, then one JSON record per segment.
pub fn render_jsonl(doc: &Aligned) -> String {
    stream::render(&mut Jsonl, doc)
}

/// The JSONL writer, part by part.
struct Jsonl;

impl stream::Parts for Jsonl {
    fn head(&mut self, doc: &Aligned) -> Vec<u8> {
        let mut out = String::new();
        if !doc.metadata.is_empty() || doc.lang_mismatch.is_some() {
            let record = JsonDocument {
                doc: &doc.doc,
                kind: "document",
                lang: doc.lang,
                title: doc.title.as_deref(),
                metadata: &doc.metadata,
                lang_mismatch: doc.lang_mismatch.as_ref(),
            };
            out.push_str(&serde_json::to_string(&record).expect("records always serialise"));
            out.push('\n');
        }
        out.into_bytes()
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        let mut out = String::new();
        for row in &doc.rows {
            let record = JsonRecord {
                doc: &doc.doc,
                id: &row.id,
                block: row.block,
                kind: row.kind.as_str(),
                source: JsonSource {
                    lang: doc.lang,
                    text: &row.source,
                },
                targets: &row.targets,
                hits: row
                    .hits
                    .iter()
                    .map(|h| JsonTerm {
                        id: &h.term,
                        start: h.start,
                        end: h.end,
                        surface: &h.surface,
                    })
                    .collect(),
                flags: &row.flags,
            };
            out.push_str(&serde_json::to_string(&record).expect("records always serialise"));
            out.push('\n');
        }
        out.into_bytes()
    }

    fn finish(&mut self, _doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        (Vec::new(), Vec::new())
    }
}

/// The page's metadata as `(name, value)` pairs, in a fixed order, for the formats that carry
/// them as named properties (TMX `<prop type="x-NAME">`, XLIFF `<note category="NAME">`).
/// A field with several values (authors, declared languages) gives one pair each.
pub fn metadata_fields(
    meta: &crate::document::Metadata,
    mismatch: Option<&crate::document::LangMismatch>,
) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let mut one = |name, value: &Option<String>| {
        if let Some(value) = value {
            fields.push((name, value.clone()));
        }
    };
    one("headline", &meta.headline);
    one("published", &meta.published);
    one("published-iso", &meta.published_iso);
    one("site-name", &meta.site_name);
    one("canonical-url", &meta.canonical_url);
    one("description", &meta.description);
    fields.extend(meta.authors.iter().map(|a| ("author", a.clone())));
    fields.extend(
        meta.declared_langs
            .iter()
            .map(|l| ("declared-language", l.clone())),
    );
    if let Some(m) = mismatch {
        fields.push(("language-mismatch", m.to_string()));
    }
    fields
}

/// Escapes a cell so that a tab or a line break inside the text cannot break the table.
pub fn escape_tsv(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    crate::text::escape_controls(&out).into_owned()
}

/// Undoes [`escape_tsv`]. A backslash before anything else is kept as typed, since reviewers
/// edit these files by hand and `C:\dir` should not turn into an error.
pub fn unescape_tsv(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A header `id, <source lang>, <targets>...`, then one row per segment. A failed cell is empty.
pub fn render_tsv(doc: &Aligned) -> String {
    stream::render(&mut Tsv, doc)
}

/// The TSV writer, part by part.
struct Tsv;

impl stream::Parts for Tsv {
    fn head(&mut self, doc: &Aligned) -> Vec<u8> {
        let mut out = String::from("id\t");
        out.push_str(doc.lang.code());
        for t in &doc.targets {
            out.push('\t');
            out.push_str(t.code());
        }
        out.push('\n');
        out.into_bytes()
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        let mut out = String::new();
        for row in &doc.rows {
            out.push_str(&escape_tsv(&row.id));
            out.push('\t');
            out.push_str(&escape_tsv(&row.source));
            for t in &doc.targets {
                out.push('\t');
                if let Some(cell) = row.targets.get(t) {
                    if cell.origin != Origin::Failed {
                        out.push_str(&escape_tsv(cell.text.as_deref().unwrap_or("")));
                    }
                }
            }
            out.push('\n');
        }
        out.into_bytes()
    }

    fn finish(&mut self, _doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        (Vec::new(), Vec::new())
    }
}

/// The translation a cell holds, if any: a failed cell has none, whatever its text says.
pub fn translation(cell: &Cell) -> Option<&str> {
    match cell.origin {
        Origin::Failed => None,
        _ => cell.text.as_deref().filter(|t| !t.is_empty()),
    }
}

/// The name an origin has in the JSONL output, for the formats that record it as text.
pub fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::Api => "api",
        Origin::Cache => "cache",
        Origin::Pseudo => "pseudo",
        Origin::Copy => "copy",
        Origin::Failed => "failed",
        Origin::Reviewed => "reviewed",
        Origin::Memory => "tm",
    }
}

/// What writers need besides the rows: the glossary (term forms for notes and highlights) and
/// the language tags the user wants in TMX and XLIFF.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub glossary: &'a Glossary,
    /// The tag written for Chinese: `zh-CN` (what most CAT tools expect) or `zh-Hans`.
    pub zh_tag: &'a str,
    /// Where files are written before being renamed into place; `None` writes them beside
    /// their final name.
    pub scratch: Option<&'a Path>,
}

impl Context<'_> {
    /// The BCP 47 tag of a language in TMX and XLIFF files.
    pub fn tag(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Zh => self.zh_tag,
        }
    }
}

/// Writes every requested format of one document; returns the paths written. XLIFF gets one
/// file per target language (`DOC.TARGET.xlf`), the other formats one file each.
pub fn write_document(
    doc: &Aligned,
    out_dir: &Path,
    formats: &[Format],
    ctx: &Context,
) -> Result<Vec<PathBuf>, WriteError> {
    // One file rendered at a time: a document's formats are never all in memory together.
    let mut written = Vec::new();
    for &format in formats {
        for (name, mut parts) in stream::writers(format, doc, ctx) {
            let path = out_dir.join(name);
            let body = stream::render(&mut *parts, doc);
            write_atomic_via(&path, body.as_bytes(), ctx.scratch)?;
            written.push(path);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aligned::{Cell, Row};
    use crate::document::BlockKind;
    use crate::lang::Lang;

    pub(super) fn aligned() -> Aligned {
        let mut targets = BTreeMap::new();
        targets.insert(
            Lang::Zh,
            Cell {
                text: Some("第一\t行\n第二".into()),
                origin: Origin::Api,
                provider: Some("deepl".into()),
                model: None,
                error: None,
                terms: vec![],
                via: None,
            },
        );
        Aligned {
            doc: "a".into(),
            source_path: "a.txt".into(),
            lang: Lang::En,
            targets: vec![Lang::Zh],
            rows: vec![Row {
                id: "b1.s1".into(),
                block: 1,
                kind: BlockKind::Paragraph,
                source: "One\\two".into(),
                hits: vec![],
                flags: vec![],
                targets,
            }],
            dropped: vec![],
            title: None,
            metadata: Default::default(),
            lang_mismatch: None,
        }
    }

    #[test]
    fn tsv_escapes_tabs_and_newlines() {
        assert_eq!(
            render_tsv(&aligned()),
            "id\ten\tzh\nb1.s1\tOne\\\\two\t第一\\t行\\n第二\n"
        );
    }

    pub(super) const ACWF_VI: &str = "Hội Liên hiệp Phụ nữ toàn quốc Trung Hoa";
    pub(super) const ACWF_ZH: &str = "中华全国妇女联合会";

    /// A glossary with one term, for the writers' notes.
    pub(super) fn glossary() -> Glossary {
        let tsv =
            format!("id\tvi\ten\tzh\nacwf\t{ACWF_VI}\tAll-China Women's Federation\t{ACWF_ZH}\n");
        let terms = crate::glossary::parse_tsv(std::path::Path::new("g/orgs.tsv"), &tsv).unwrap();
        Glossary::from_terms(terms).unwrap()
    }

    fn cell(text: Option<&str>, origin: Origin, provider: Option<&str>) -> Cell {
        Cell {
            text: text.map(str::to_string),
            origin,
            provider: provider.map(str::to_string),
            model: None,
            error: None,
            terms: vec![],
            via: None,
        }
    }

    /// A Vietnamese document into English and Chinese with every kind of cell: a hostile
    /// machine translation with a control character, a failure, a reviewer's text, a term
    /// violation, a copied number and a missing cell.
    pub(super) fn rich() -> Aligned {
        let hit = crate::glossary::TermHit {
            term: "acwf".into(),
            lang: Lang::Vi,
            start: 0,
            end: ACWF_VI.len(),
            surface: ACWF_VI.into(),
        };
        let mut failed = cell(None, Origin::Failed, Some("deepl"));
        failed.error = Some("HTTP 500: <busy>".into());
        let mut pseudo = cell(Some("[zh] 二"), Origin::Pseudo, Some("pseudo"));
        pseudo.terms = vec![crate::glossary::Violation {
            id: "acwf".into(),
            expected: ACWF_ZH.into(),
            found: None,
        }];
        let row = |id: &str, block: usize, source: &str, targets: Vec<(Lang, Cell)>| Row {
            id: id.into(),
            block,
            kind: BlockKind::Paragraph,
            source: source.into(),
            hits: vec![],
            flags: vec![],
            targets: targets.into_iter().collect(),
        };
        let mut first = row(
            "b1.s1",
            1,
            &format!("{ACWF_VI} họp."),
            vec![
                (
                    Lang::En,
                    cell(
                        Some("<script>alert(1)</script> & \"quotes\"\u{7}"),
                        Origin::Api,
                        Some("deepl"),
                    ),
                ),
                (Lang::Zh, failed),
            ],
        );
        first.hits = vec![hit.clone(), hit];
        let mut second = row(
            "b1.s2",
            1,
            "  Hai   dòng\nđây ",
            vec![
                (Lang::En, cell(Some("Two lines"), Origin::Reviewed, None)),
                (Lang::Zh, pseudo),
            ],
        );
        second.flags = vec![crate::glossary::Violation {
            id: "acwf".into(),
            expected: ACWF_VI.into(),
            found: Some("Hội Phụ nữ Trung Quốc".into()),
        }];
        let third = row(
            "b2.s1",
            2,
            "2023",
            vec![(Lang::En, cell(Some("2023"), Origin::Copy, None))],
        );
        Aligned {
            doc: "vi-rich".into(),
            source_path: "in/vi-rich.txt".into(),
            lang: Lang::Vi,
            targets: vec![Lang::En, Lang::Zh],
            rows: vec![first, second, third],
            dropped: vec![],
            title: None,
            metadata: Default::default(),
            lang_mismatch: None,
        }
    }

    /// [`rich`] from a page that declared hostile metadata and another language.
    pub(super) fn with_metadata() -> Aligned {
        let mut doc = rich();
        doc.metadata = crate::document::Metadata {
            headline: Some("<script>alert(1)</script> & \"Tin\" *đậm* # ]]>".into()),
            published: Some("16/7/2025".into()),
            published_iso: None,
            authors: vec!["Hồng <Mai>".into(), "Tú & Lan".into()],
            site_name: Some("Báo [Mẫu]".into()),
            canonical_url: Some("https://bao.example/a?x=1&y=\"2\"".into()),
            declared_langs: vec!["zh-CN".into()],
            description: None,
            headline_from_title: false,
        };
        doc.title = doc.metadata.headline.clone();
        doc.lang_mismatch = Some(crate::document::LangMismatch {
            declared: "zh-CN".into(),
            declared_lang: Lang::Zh,
            used: Lang::Vi,
            chosen_by: "detected",
        });
        doc
    }

    #[test]
    fn jsonl_opens_with_the_document_record_only_when_the_page_declared_one() {
        let text = render_jsonl(&with_metadata());
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["kind"], "document");
        assert_eq!(lines[0]["doc"], "vi-rich");
        assert_eq!(lines[0]["metadata"]["authors"][1], "Tú & Lan");
        assert_eq!(lines[0]["lang_mismatch"]["declared"], "zh-CN");
        assert_eq!(lines[1]["id"], "b1.s1");
        // Plain text declares nothing: every line is a segment, as before.
        assert!(render_jsonl(&rich())
            .lines()
            .all(|l| !l.contains("\"document\"")));
    }

    #[test]
    fn metadata_is_carried_escaped_by_every_writer() {
        let glossary = glossary();
        let ctx = Context {
            glossary: &glossary,
            zh_tag: "zh-CN",
            scratch: None,
        };
        let doc = with_metadata();
        let tmx = tmx::render(&doc, &ctx);
        assert!(tmx.contains("<prop type=\"x-headline\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tin&quot; *đậm* # ]]&gt;</prop>"), "{tmx}");
        assert!(tmx.contains("<prop type=\"x-author\">Hồng &lt;Mai&gt;</prop>"));
        assert!(tmx.contains("<prop type=\"x-language-mismatch\">"));
        let header_end = tmx.find("</header>").unwrap();
        assert!(header_end < tmx.find("<body>").unwrap());
        let xlf = xliff::render(&doc, Lang::En, &ctx);
        let file_notes = &xlf[xlf.find("<file ").unwrap()..xlf.find("<unit ").unwrap()];
        assert!(file_notes.contains("<note category=\"canonical-url\">https://bao.example/a?x=1&amp;y=&quot;2&quot;</note>"), "{file_notes}");
        assert!(file_notes.contains("<note category=\"site-name\">Báo [Mẫu]</note>"));
        let md = markdown::render(&doc, &ctx);
        assert!(md.starts_with("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Tin\" \\*đậm\\* \\# \\]\\]&gt;\n\n*By Hồng &lt;Mai&gt;, Tú &amp; Lan · Báo \\[Mẫu\\] · 16/7/2025 · "), "{md}");
        let page = html::render(&doc, &ctx);
        assert!(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tin&quot; *đậm* # ]]&gt; · bitext</title>"));
        assert!(page.contains("<p class=\"about byline\"><span>By Hồng &lt;Mai&gt;, Tú &amp; Lan</span><span>Báo [Mẫu]</span>"), "{page}");
        assert!(!page.contains("<script>alert"));
        // Without a headline, the title is the document's name, as before.
        assert!(markdown::render(&rich(), &ctx).starts_with("# vi-rich\n\nSource: "));
    }

    #[test]
    fn origin_names_match_the_jsonl() {
        for origin in [
            Origin::Api,
            Origin::Cache,
            Origin::Pseudo,
            Origin::Copy,
            Origin::Failed,
            Origin::Reviewed,
            Origin::Memory,
        ] {
            assert_eq!(serde_json::json!(origin), origin_name(origin));
        }
    }

    #[test]
    fn tsv_unescape_undoes_escape() {
        for text in ["a\\tb", "x\ty\nz\r", "\\\\n", "", "end\\"] {
            assert_eq!(unescape_tsv(&escape_tsv(text)), text, "{text:?}");
        }
        assert_eq!(unescape_tsv("C:\\dir\\"), "C:\\dir\\");
    }

    #[test]
    fn jsonl_has_the_documented_shape() {
        let line = render_jsonl(&aligned());
        let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
        assert_eq!(v["doc"], "a");
        assert_eq!(v["id"], "b1.s1");
        assert_eq!(v["block"], 1);
        assert_eq!(v["source"]["lang"], "en");
        assert_eq!(v["targets"]["zh"]["origin"], "api");
        assert_eq!(v["targets"]["zh"]["text"], "第一\t行\n第二");
    }
}
