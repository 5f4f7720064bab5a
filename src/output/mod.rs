//! Writers of the aligned result, one submodule per format; every file is written atomically.
//!
//! Each writer is a pure function of one document's [`Aligned`] rows and a [`Context`]
//! (glossary, language tags); [`write_document`] picks the writers and names the files.

pub mod html;
mod layout;
pub mod markdown;
pub mod tmx;
pub mod xliff;

use crate::config::Format;
use crate::glossary::Glossary;
use crate::lang::Lang;
use crate::pipeline::{Aligned, Origin};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[error(
    "{path}: cannot write: {source} (check that the output folder is writable, or pass --out DIR)"
)]
pub struct WriteError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// reader never sees half a file and a killed run leaves the old file intact.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let err = |source| WriteError {
        path: path.display().to_string(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_data().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
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
    targets: &'a BTreeMap<crate::lang::Lang, crate::pipeline::Cell>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hits: Vec<JsonTerm<'a>>,
    /// Deprecated glossary forms found in the source.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    flags: &'a [crate::glossary::Violation],
}

/// One JSON record per segment.
pub fn render_jsonl(doc: &Aligned) -> String {
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
    out
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
    out
}

/// A header `id, <source lang>, <targets>...`, then one row per segment. A failed cell is empty.
pub fn render_tsv(doc: &Aligned) -> String {
    let mut out = String::from("id\t");
    out.push_str(doc.lang.code());
    for t in &doc.targets {
        out.push('\t');
        out.push_str(t.code());
    }
    out.push('\n');
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
    out
}

/// What writers need besides the rows: the glossary (term forms for notes and highlights) and
/// the language tags the user wants in TMX and XLIFF.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub glossary: &'a Glossary,
    /// The tag written for Chinese: `zh-CN` (what most CAT tools expect) or `zh-Hans`.
    pub zh_tag: &'a str,
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
    let mut files: Vec<(String, String)> = Vec::new();
    for format in formats {
        match format {
            Format::Jsonl => files.push((format!("{}.jsonl", doc.doc), render_jsonl(doc))),
            Format::Tsv => files.push((format!("{}.tsv", doc.doc), render_tsv(doc))),
            Format::Tmx => files.push((format!("{}.tmx", doc.doc), tmx::render(doc, ctx))),
            Format::Md => files.push((format!("{}.md", doc.doc), markdown::render(doc, ctx))),
            Format::Html => files.push((format!("{}.html", doc.doc), html::render(doc, ctx))),
            Format::Xliff => {
                for &target in &doc.targets {
                    files.push((
                        format!("{}.{}.xlf", doc.doc, target.code()),
                        xliff::render(doc, target, ctx),
                    ));
                }
            }
        }
    }
    let mut written = Vec::new();
    for (name, body) in files {
        let path = out_dir.join(name);
        write_atomic(&path, body.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;
    use crate::lang::Lang;
    use crate::pipeline::{Cell, Row};

    fn aligned() -> Aligned {
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
        }
    }

    #[test]
    fn tsv_escapes_tabs_and_newlines() {
        assert_eq!(
            render_tsv(&aligned()),
            "id\ten\tzh\nb1.s1\tOne\\\\two\t第一\\t行\\n第二\n"
        );
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

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x/y.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }
}
