//! Reading back what a reviewer corrected: the TSV bitext wrote, edited in a spreadsheet or a
//! text editor (the XLIFF reader is [`super::xliff::read_reviewed`]).

use super::unescape_tsv;
use crate::lang::Lang;
use std::path::Path;

/// One reviewed translation of one segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewed {
    /// The document id, when the file says (XLIFF does, in `<file id>`; a TSV does not).
    pub doc: Option<String>,
    /// The segment id (`b3.s2`).
    pub id: String,
    pub source_lang: Lang,
    pub target_lang: Lang,
    pub source: String,
    pub target: String,
}

/// A reviewed file bitext cannot read, with the place and the way out.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct ReadError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl ReadError {
    pub fn new(path: &Path, line: usize, message: impl Into<String>) -> Self {
        ReadError {
            path: path.display().to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Reads a TSV as [`super::render_tsv`] writes it (`id`, the source language, then the
/// targets) and returns every non-empty target cell: the importing command decides which
/// ones changed. The file does not name its document, so `doc` is `None`.
pub fn read_reviewed_tsv(path: &Path, text: &str) -> Result<Vec<Reviewed>, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A real CR inside a cell is written `\r`, so a raw one ends a line saved on Windows.
    let mut lines = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(n, l)| (n + 1, l))
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((header_line, header)) = lines.next() else {
        return Err(ReadError::new(
            path,
            1,
            "the file is empty: expected the header 'id<TAB>source language<TAB>targets…' that bitext writes",
        ));
    };
    let columns: Vec<&str> = header.split('\t').collect();
    let bad_header = |message: String| ReadError::new(path, header_line, message);
    if columns.first().map(|c| c.trim()) != Some("id") || columns.len() < 3 {
        return Err(bad_header(format!(
            "the header is '{}', not 'id<TAB>source language<TAB>target language…': is this a TSV written by bitext translate?",
            header.escape_debug()
        )));
    }
    let mut langs = Vec::with_capacity(columns.len() - 1);
    for column in &columns[1..] {
        let lang: Lang = column
            .parse()
            .map_err(|e| bad_header(format!("header column '{}': {e}", column.trim())))?;
        if langs.contains(&lang) {
            return Err(bad_header(format!(
                "header: the language '{lang}' appears twice; keep one column per language"
            )));
        }
        langs.push(lang);
    }
    let source_lang = langs[0];
    let mut out = Vec::new();
    for (n, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != columns.len() {
            return Err(ReadError::new(
                path,
                n,
                format!(
                    "{} cells where the header has {}: a tab inside a cell must be written \\t",
                    cells.len(),
                    columns.len()
                ),
            ));
        }
        let id = unescape_tsv(cells[0].trim());
        if id.is_empty() {
            return Err(ReadError::new(
                path,
                n,
                "the id cell is empty: keep the ids bitext wrote, they say which segment a row is",
            ));
        }
        let source = unescape_tsv(cells[1]);
        for (cell, &target_lang) in cells[2..].iter().zip(&langs[1..]) {
            let target = unescape_tsv(cell);
            if target.trim().is_empty() {
                continue;
            }
            out.push(Reviewed {
                doc: None,
                id: id.clone(),
                source_lang,
                target_lang,
                source: source.clone(),
                target,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aligned::Origin;
    use crate::output::{escape_tsv, render_tsv};

    #[test]
    fn reads_back_what_render_tsv_wrote() {
        let mut doc = crate::output::tests::aligned();
        doc.targets.push(Lang::Vi);
        let tsv = render_tsv(&doc).replace('\n', "\r\n");
        let back = read_reviewed_tsv(Path::new("a.tsv"), &format!("\u{feff}{tsv}\n")).unwrap();
        assert_eq!(
            back,
            vec![Reviewed {
                doc: None,
                id: "b1.s1".into(),
                source_lang: Lang::En,
                target_lang: Lang::Zh,
                source: "One\\two".into(),
                target: "第一\t行\n第二".into(),
            }]
        );
        assert_eq!(doc.rows[0].targets[&Lang::Zh].origin, Origin::Api);
    }

    #[test]
    fn every_target_cell_with_text_counts() {
        let text = format!(
            "id\tvi\ten\tzh\nb1.s1\tMột\tOne\t\nb1.s2\tHai\t\t{}\n",
            escape_tsv("二\\n")
        );
        let back = read_reviewed_tsv(Path::new("a.tsv"), &text).unwrap();
        let got: Vec<(&str, Lang, &str)> = back
            .iter()
            .map(|r| (r.id.as_str(), r.target_lang, r.target.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![("b1.s1", Lang::En, "One"), ("b1.s2", Lang::Zh, "二\\n")]
        );
    }

    #[test]
    fn bad_files_say_where_and_what_to_do() {
        let e = |text: &str| {
            read_reviewed_tsv(Path::new("r.tsv"), text)
                .unwrap_err()
                .to_string()
        };
        assert!(e("").starts_with("r.tsv:1: the file is empty"));
        assert!(e("segment\ten\tzh\n").contains("is this a TSV written by bitext translate?"));
        assert!(e("id\ten\tfr\n").starts_with("r.tsv:1: header column 'fr': unknown language"));
        assert!(e("id\ten\ten-GB\n").contains("appears twice"));
        let short = e("id\ten\tzh\nb1.s1\tOne\n");
        assert!(
            short.starts_with("r.tsv:2: 2 cells where the header has 3"),
            "{short}"
        );
        assert!(e("id\ten\tzh\n\tOne\t一\n").contains("the id cell is empty"));
    }
}
