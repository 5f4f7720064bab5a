//! Moving the glossary in and out: CSV and DeepL glossary TSV exports, and importing terms
//! (from TBX or CSV) into the term files of a glossary folder.
//!
//! TBX itself is in [`tbx`](super::tbx); both readers build terms through [`Draft`], which
//! checks that every value fits a TSV cell.

use super::lint::{self, Diagnostic, Severity};
use super::{parse_tsv, CaseRule, Forms, GlossaryError, Term, COLUMNS};
use crate::lang::Lang;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The kind (and file stem) of imported terms whose kind is missing or not a usable file name.
pub const IMPORTED_KIND: &str = "imported";

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{path}:{line}: {message}")]
    Format {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Glossary(#[from] GlossaryError),
    /// Imported terms that differ from terms of the same id already in the glossary.
    #[error("{}", .0.join("\n"))]
    Conflicts(Vec<String>),
    /// The glossary would have (or already has) lint errors.
    #[error("{message}")]
    Lint {
        message: String,
        diagnostics: Vec<Diagnostic>,
    },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> ExchangeError + '_ {
    move |source| ExchangeError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What a form is in its concept, as TBX's administrative status says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormStatus {
    Preferred,
    Admitted,
    Deprecated,
}

/// A term as read from an exchange file, before its values are checked.
#[derive(Debug, Default)]
pub struct Draft {
    pub id: String,
    pub kind: Option<String>,
    pub forms: BTreeMap<Lang, Vec<(String, FormStatus)>>,
    pub status: Option<String>,
    pub notes: Vec<String>,
    pub case: Option<CaseRule>,
    /// The file read and the line of the entry, for messages.
    pub path: PathBuf,
    pub line: usize,
}

impl Draft {
    /// The term: values in NFC and trimmed, notes joined on one line, the first preferred form
    /// (else the first accepted one) preferred, a missing status `unverified` (not reviewed
    /// here), a kind that is not a plain file name [`IMPORTED_KIND`]. A form that a term file
    /// cannot hold (a tab, a line break, a `|`, another control character) is an error.
    pub fn finish(self) -> Result<Term, ExchangeError> {
        let err = |message: String| ExchangeError::Format {
            path: self.path.display().to_string(),
            line: self.line,
            message,
        };
        let id: String = self.id.trim().nfc().collect();
        if id.is_empty() {
            return Err(err("an entry without an id".into()));
        }
        if id
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '|')
        {
            return Err(err(format!(
                "id '{id}' contains a space, '|' or a control character"
            )));
        }
        let mut forms = BTreeMap::new();
        for (lang, list) in &self.forms {
            let mut preferred = None;
            let mut accepted = Vec::new();
            let mut deprecated = Vec::new();
            for (raw, status) in list {
                let form: String = raw.trim().nfc().collect();
                if form.is_empty() {
                    continue;
                }
                if let Some(bad) = form.chars().find(|&c| c.is_control() || c == '|') {
                    return Err(err(format!(
                        "id '{id}': {lang} form '{}' contains {}, which a term file cannot hold",
                        form.escape_debug(),
                        if bad == '|' {
                            "'|'".to_string()
                        } else {
                            format!("U+{:04X}", bad as u32)
                        }
                    )));
                }
                let list = match status {
                    FormStatus::Preferred if preferred.is_none() => {
                        preferred = Some(form);
                        continue;
                    }
                    FormStatus::Preferred | FormStatus::Admitted => &mut accepted,
                    FormStatus::Deprecated => &mut deprecated,
                };
                if !list.contains(&form) {
                    list.push(form);
                }
            }
            let preferred = match preferred {
                Some(p) => {
                    accepted.retain(|f| *f != p);
                    p
                }
                None if !accepted.is_empty() => accepted.remove(0),
                None => String::new(),
            };
            if preferred.is_empty() && deprecated.is_empty() {
                continue;
            }
            forms.insert(
                *lang,
                Forms {
                    preferred,
                    variants: accepted,
                    deprecated,
                },
            );
        }
        let one_line = |s: &str| -> String {
            s.nfc()
                .collect::<String>()
                .split(|c: char| c.is_whitespace() || c.is_control())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let note = self
            .notes
            .iter()
            .map(|n| one_line(n))
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        let status = self
            .status
            .as_deref()
            .map(one_line)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "unverified".to_string());
        let kind = self
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|k| plain_file_stem(k))
            .unwrap_or(IMPORTED_KIND)
            .to_string();
        Ok(Term {
            id,
            kind,
            forms,
            status,
            note,
            case: self.case,
            file: self.path,
            line: self.line,
        })
    }
}

/// Lowercase letters, digits, `-` and `_`, a letter or digit first: safe as a file name.
fn plain_file_stem(kind: &str) -> bool {
    kind.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && kind
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The columns of the CSV export: those of a term file, then the kind.
pub fn csv_columns() -> Vec<&'static str> {
    let mut columns = COLUMNS.to_vec();
    columns.push("kind");
    columns
}

/// One CSV row per concept, with the columns of a term file and a last `kind` column; forms
/// joined with `|` as in the term files; quoted where needed.
pub fn to_csv(terms: &[Term]) -> Result<String, ExchangeError> {
    let csv_error = |e: csv::Error| ExchangeError::Io {
        path: "CSV".into(),
        source: std::io::Error::other(e.to_string()),
    };
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let columns = csv_columns();
    writer.write_record(&columns).map_err(csv_error)?;
    for term in terms {
        let row = columns.iter().map(|c| match *c {
            "kind" => term.kind.clone(),
            c => term.cell(c),
        });
        writer.write_record(row).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|e| ExchangeError::Io {
        path: "CSV".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    String::from_utf8(bytes).map_err(|e| ExchangeError::Io {
        path: "CSV".into(),
        source: std::io::Error::other(e.to_string()),
    })
}

/// Reads a CSV file with a header row naming the columns as in a term file (any order; `kind`
/// optional). `path` is for messages.
pub fn from_csv(path: &Path, text: &str) -> Result<Vec<Term>, ExchangeError> {
    let shown = path.display().to_string();
    let err = |line: usize, message: String| ExchangeError::Format {
        path: shown.clone(),
        line,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| err(1, format!("cannot read the header: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let id_col = col("id").ok_or_else(|| {
        err(
            1,
            "the header has no 'id' column: the first row must name the columns (id, vi, en, zh, ...)"
                .into(),
        )
    })?;
    let mut terms = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            err(line, format!("malformed CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let case_cell = cell(col("case"));
        let case = CaseRule::parse(case_cell).ok_or_else(|| {
            err(
                line,
                format!("case is '{case_cell}': use exact, ignore or leave it empty"),
            )
        })?;
        let mut draft = Draft {
            id: cell(Some(id_col)).to_string(),
            kind: Some(cell(col("kind")).to_string()).filter(|k| !k.is_empty()),
            status: Some(cell(col("status")).to_string()).filter(|s| !s.is_empty()),
            notes: vec![cell(col("note")).to_string()],
            case,
            path: path.to_path_buf(),
            line,
            ..Draft::default()
        };
        for lang in Lang::ALL {
            let mut list = Vec::new();
            for (i, form) in cell(col(lang.code())).split('|').enumerate() {
                let status = if i == 0 {
                    FormStatus::Preferred
                } else {
                    FormStatus::Admitted
                };
                list.push((form.to_string(), status));
            }
            for form in cell(col(&format!("{}_deprecated", lang.code()))).split('|') {
                list.push((form.to_string(), FormStatus::Deprecated));
            }
            draft.forms.insert(lang, list);
        }
        terms.push(draft.finish()?);
    }
    Ok(terms)
}

/// A DeepL glossary for one language pair, in DeepL's TSV entry format.
#[derive(Debug, Default)]
pub struct DeeplGlossary {
    /// `source<TAB>target` lines.
    pub text: String,
    pub entries: usize,
    /// Concepts without a form on one side.
    pub concepts_skipped: usize,
    /// Entries left out, and why.
    pub skipped: Vec<String>,
}

/// DeepL's rules for a glossary entry: not empty, no leading or trailing whitespace, no
/// control characters (C0, C1) or Unicode line separators, at most 1024 bytes.
fn deepl_entry_problem(text: &str) -> Option<&'static str> {
    if text.is_empty() {
        Some("empty")
    } else if text.trim() != text {
        Some("leading or trailing whitespace")
    } else if text
        .chars()
        .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
    {
        Some("a control character or line break")
    } else if text.len() > 1024 {
        Some("longer than 1024 bytes")
    } else {
        None
    }
}

/// Every accepted `from` form of each concept mapped to its preferred `to` form. Concepts
/// missing either side are skipped; a source already mapped is not repeated (DeepL wants
/// unique sources): the first concept keeps it, and a clash with another target is reported.
pub fn to_deepl_tsv(terms: &[Term], from: Lang, to: Lang) -> DeeplGlossary {
    let mut out = DeeplGlossary::default();
    let mut sources: HashMap<String, (&str, &str)> = HashMap::new();
    for term in terms {
        let (Some(source), Some(target)) = (term.forms.get(&from), term.forms.get(&to)) else {
            out.concepts_skipped += 1;
            continue;
        };
        let target = target.preferred.as_str();
        if target.is_empty() || source.preferred.is_empty() {
            out.concepts_skipped += 1;
            continue;
        }
        if let Some(problem) = deepl_entry_problem(target) {
            out.skipped.push(format!(
                "{}: target '{}' is {problem}",
                term.id,
                target.escape_debug()
            ));
            continue;
        }
        for form in source.accepted() {
            if let Some(problem) = deepl_entry_problem(form) {
                out.skipped.push(format!(
                    "{}: source '{}' is {problem}",
                    term.id,
                    form.escape_debug()
                ));
                continue;
            }
            match sources.get(form) {
                Some((_, t)) if *t == target => {}
                Some((id, t)) => out.skipped.push(format!(
                    "{}: source '{form}' already maps to '{t}' (from {id}), not to '{target}'",
                    term.id
                )),
                None => {
                    sources.insert(form.to_string(), (&term.id, target));
                    out.text.push_str(form);
                    out.text.push('\t');
                    out.text.push_str(target);
                    out.text.push('\n');
                    out.entries += 1;
                }
            }
        }
    }
    out
}

/// A term as one row of a term file with these columns.
pub fn render_row(term: &Term, columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| term.cell(c))
        .collect::<Vec<_>>()
        .join("\t")
}

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportOutcome {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// The files written, in name order.
    pub written: Vec<PathBuf>,
    /// Lint warnings of the glossary after the import.
    pub warnings: Vec<Diagnostic>,
}

/// A term file being edited, line by line.
struct FileEdit {
    path: PathBuf,
    /// `None` for a deleted line.
    lines: Vec<Option<String>>,
    /// The index of the header line, and its column names.
    header: Option<usize>,
    columns: Vec<String>,
    newline: &'static str,
    changed: bool,
}

impl FileEdit {
    fn new(path: PathBuf) -> Self {
        FileEdit {
            path,
            lines: Vec::new(),
            header: None,
            columns: Vec::new(),
            newline: "\n",
            changed: true,
        }
    }

    fn parse(path: PathBuf, text: &str) -> Self {
        let lines: Vec<Option<String>> = text
            .lines()
            .map(|l| Some(l.strip_suffix('\r').unwrap_or(l).to_string()))
            .collect();
        let header = lines
            .iter()
            .position(|l| l.as_deref().is_some_and(|l| !l.trim().is_empty()));
        let columns = header
            .and_then(|i| lines[i].as_deref())
            .map(|h| {
                h.trim_start_matches('\u{feff}')
                    .split('\t')
                    .map(|c| c.trim().to_string())
                    .collect()
            })
            .unwrap_or_default();
        FileEdit {
            path,
            lines,
            header,
            columns,
            newline: if text.contains("\r\n") { "\r\n" } else { "\n" },
            changed: false,
        }
    }

    /// Adds the columns the term needs that the header lacks (a header if there is none).
    fn ensure_columns(&mut self, term: &Term) {
        let Some(header) = self.header else {
            self.columns = COLUMNS.iter().map(|c| c.to_string()).collect();
            self.lines.insert(0, Some(self.columns.join("\t")));
            self.header = Some(0);
            self.changed = true;
            return;
        };
        for column in COLUMNS {
            if !term.cell(column).is_empty() && !self.columns.iter().any(|c| c == column) {
                self.columns.push(column.to_string());
                if let Some(Some(line)) = self.lines.get_mut(header) {
                    line.push('\t');
                    line.push_str(column);
                }
                self.changed = true;
            }
        }
    }

    fn append(&mut self, term: &Term) {
        self.ensure_columns(term);
        self.lines.push(Some(render_row(term, &self.columns)));
        self.changed = true;
    }

    fn replace(&mut self, line: usize, term: &Term) {
        self.ensure_columns(term);
        let row = render_row(term, &self.columns);
        if let Some(slot) = line.checked_sub(1).and_then(|i| self.lines.get_mut(i)) {
            *slot = Some(row);
            self.changed = true;
        }
    }

    fn remove(&mut self, line: usize) {
        if let Some(slot) = line.checked_sub(1).and_then(|i| self.lines.get_mut(i)) {
            *slot = None;
            self.changed = true;
        }
    }

    fn render(&self) -> String {
        let mut text = String::new();
        for line in self.lines.iter().flatten() {
            text.push_str(line);
            text.push_str(self.newline);
        }
        text
    }
}

/// Imports terms into the term files of `dir` (created if missing): each term goes to the
/// file of its kind (`<kind>.tsv`, made with the standard header if new). A term whose id is
/// already in the glossary with the same content is left alone; with different content it is
/// a conflict, reported with both places, unless `replace` (then the row is rewritten where
/// it is, or moved to the file of its new kind). Nothing is written when there is a conflict,
/// when the glossary already has lint errors, or when the result would have any.
pub fn import_terms(
    dir: &Path,
    imported: Vec<Term>,
    replace: bool,
) -> Result<ImportOutcome, ExchangeError> {
    let mut first: HashMap<&str, &Term> = HashMap::new();
    for term in &imported {
        if let Some(earlier) = first.insert(&term.id, term) {
            return Err(ExchangeError::Format {
                path: term.file.display().to_string(),
                line: term.line,
                message: format!(
                    "id '{}' appears twice in the import (first at line {})",
                    term.id, earlier.line
                ),
            });
        }
    }

    let mut texts = Vec::new();
    if dir.exists() {
        for path in super::tsv_files(dir).map_err(io_error(dir))? {
            let text = std::fs::read_to_string(&path).map_err(io_error(&path))?;
            texts.push((path, text));
        }
    }
    let before = lint::lint_texts(&texts);
    if before.iter().any(|d| d.severity == Severity::Error) {
        return Err(ExchangeError::Lint {
            message: format!(
                "{} has lint errors: fix them first (bitext glossary lint {}); nothing was imported",
                dir.display(),
                dir.display()
            ),
            diagnostics: before,
        });
    }
    let mut files: Vec<FileEdit> = Vec::new();
    let mut existing: HashMap<String, (usize, Term)> = HashMap::new();
    for (i, (path, text)) in texts.iter().enumerate() {
        for term in parse_tsv(path, text)? {
            existing.insert(term.id.clone(), (i, term));
        }
        files.push(FileEdit::parse(path.clone(), text));
    }

    let mut outcome = ImportOutcome::default();
    let mut conflicts = Vec::new();
    for term in &imported {
        let Some((index, old)) = existing.get(&term.id) else {
            file_for(&mut files, dir, &term.kind).append(term);
            outcome.added += 1;
            continue;
        };
        let same_kind = term.kind == IMPORTED_KIND || term.kind == old.kind;
        if same_kind && old.same_content(term) {
            outcome.unchanged += 1;
            continue;
        }
        if !replace {
            conflicts.push(format!(
                "id '{}': {}:{} differs from {}:{} (pass --replace to overwrite it)",
                term.id,
                term.file.display(),
                term.line,
                old.file.display(),
                old.line
            ));
            continue;
        }
        outcome.replaced += 1;
        let kind = if term.kind == IMPORTED_KIND {
            &old.kind
        } else {
            &term.kind
        };
        if *kind == old.kind {
            files[*index].replace(old.line, term);
        } else {
            files[*index].remove(old.line);
            file_for(&mut files, dir, kind).append(term);
        }
    }
    if !conflicts.is_empty() {
        return Err(ExchangeError::Conflicts(conflicts));
    }

    files.sort_by(|a, b| a.path.cmp(&b.path));
    let composed: Vec<(PathBuf, String)> =
        files.iter().map(|f| (f.path.clone(), f.render())).collect();
    let after = lint::lint_texts(&composed);
    if after.iter().any(|d| d.severity == Severity::Error) {
        return Err(ExchangeError::Lint {
            message: format!(
                "the import would leave {} with lint errors; nothing was written",
                dir.display()
            ),
            diagnostics: after,
        });
    }
    for (file, (path, text)) in files.iter().zip(&composed) {
        if file.changed {
            crate::fsio::write_atomic(path, text.as_bytes()).map_err(|e| ExchangeError::Io {
                path: e.path,
                source: e.source,
            })?;
            outcome.written.push(path.clone());
        }
    }
    outcome.warnings = after;
    Ok(outcome)
}

fn file_for<'a>(files: &'a mut Vec<FileEdit>, dir: &Path, kind: &str) -> &'a mut FileEdit {
    let path = dir.join(format!("{kind}.tsv"));
    let index = match files.iter().position(|f| f.path == path) {
        Some(i) => i,
        None => {
            files.push(FileEdit::new(path));
            files.len() - 1
        }
    };
    &mut files[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<Term> {
        parse_tsv(Path::new("g/organisations.tsv"), text).unwrap()
    }

    const SAMPLE: &str = "id\tvi\ten\tzh\tvi_deprecated\ten_deprecated\tzh_deprecated\tstatus\tnote\tcase\n\
        acwf\tHội Liên hiệp Phụ nữ toàn quốc Trung Hoa\tAll-China Women's Federation|ACWF\t中华全国妇女联合会|全国妇联\t\t\t\tapproved\t\t\n\
        he-hongmei\t\tHe Hongmei\t和红梅\t\tHe and Hongmei\t\tunverified\tsays \"and\", a comma\t\n\
        muse\tMuse\tMuse\t木姐\t\t\t\tapproved\t\texact\n";

    #[test]
    fn csv_quotes_and_reads_back() {
        let original = terms(SAMPLE);
        let csv = to_csv(&original).unwrap();
        assert!(csv.starts_with(
            "id,vi,en,zh,vi_deprecated,en_deprecated,zh_deprecated,status,note,case,kind\n"
        ));
        assert!(csv.contains("\"says \"\"and\"\", a comma\""), "{csv}");
        let back = from_csv(Path::new("x.csv"), &csv).unwrap();
        assert_eq!(back.len(), original.len());
        for (a, b) in original.iter().zip(&back) {
            assert!(a.same_content(b), "{a:?}\n{b:?}");
            assert_eq!(b.kind, "organisations");
        }
    }

    #[test]
    fn csv_errors_name_the_line() {
        let e = from_csv(Path::new("x.csv"), "id,en,case\na,A,\nb,B,upper\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.csv:3: case is 'upper': use exact, ignore or leave it empty"
        );
        let e = from_csv(Path::new("x.csv"), "en\nA\n").unwrap_err();
        assert!(e.to_string().contains("no 'id' column"));
    }

    #[test]
    fn drafts_are_cleaned_and_checked() {
        let mut draft = Draft {
            id: " x ".into(),
            kind: Some("Weird Kind".into()),
            notes: vec!["two\nlines".into(), "  ".into(), "more".into()],
            ..Draft::default()
        };
        draft.forms.insert(
            Lang::Vi,
            vec![
                ("Ho\u{0300}a".into(), FormStatus::Admitted),
                (" Hòa Bình ".into(), FormStatus::Preferred),
                ("Hòa".into(), FormStatus::Admitted),
                ("Hoa".into(), FormStatus::Deprecated),
            ],
        );
        let term = draft.finish().unwrap();
        assert_eq!(term.id, "x");
        assert_eq!(term.kind, IMPORTED_KIND);
        assert_eq!(term.status, "unverified");
        assert_eq!(term.note, "two lines; more");
        let vi = &term.forms[&Lang::Vi];
        assert_eq!(vi.preferred, "Hòa Bình");
        assert_eq!(vi.variants, vec!["Hòa".to_string()]);
        assert_eq!(vi.deprecated, vec!["Hoa".to_string()]);

        let mut draft = Draft {
            id: "y".into(),
            ..Draft::default()
        };
        draft
            .forms
            .insert(Lang::En, vec![("A|B".into(), FormStatus::Preferred)]);
        assert!(draft.finish().unwrap_err().to_string().contains("'|'"));
    }

    #[test]
    fn deepl_tsv_has_unique_clean_sources() {
        let text = "id\ten\tzh\tstatus\n\
            chair\tChairperson|Chair|President\t主席\tapproved\n\
            state-president\tPresident\t国家主席\tapproved\n\
            vice\tVice Chair|Vice Chair\t副主席\tapproved\n\
            no-zh\tNanning\t\tapproved\n";
        let out = to_deepl_tsv(&terms(text), Lang::En, Lang::Zh);
        assert_eq!(
            out.text,
            "Chairperson\t主席\nChair\t主席\nPresident\t主席\nVice Chair\t副主席\n"
        );
        assert_eq!(out.entries, 4);
        assert_eq!(out.concepts_skipped, 1);
        assert_eq!(
            out.skipped,
            vec!["state-president: source 'President' already maps to '主席' (from chair), not to '国家主席'"]
        );
        assert_eq!(
            deepl_entry_problem(" a"),
            Some("leading or trailing whitespace")
        );
        assert_eq!(
            deepl_entry_problem("a\u{2028}b"),
            Some("a control character or line break")
        );
        assert_eq!(deepl_entry_problem(""), Some("empty"));
    }

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    #[test]
    fn import_adds_keeps_and_refuses_conflicts() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "organisations.tsv",
            "id\ten\tstatus\n# comment\nacwf\tAll-China Women's Federation\tapproved\n",
        );
        let imported = from_csv(
            Path::new("in.csv"),
            "id,en,status,kind,case\n\
             acwf,All-China Women's Federation,approved,organisations,\n\
             nanning,Nanning,approved,places,\n\
             sco,SCO,approved,,exact\n",
        )
        .unwrap();
        let outcome = import_terms(dir.path(), imported, false).unwrap();
        assert_eq!(
            (outcome.added, outcome.unchanged, outcome.replaced),
            (2, 1, 0)
        );
        let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert_eq!(
            read("organisations.tsv"),
            "id\ten\tstatus\n# comment\nacwf\tAll-China Women's Federation\tapproved\n"
        );
        assert!(read("places.tsv").starts_with("id\tvi\ten\t"));
        // The kind-less term goes to imported.tsv; the case column is kept.
        assert!(read("imported.tsv").ends_with("sco\t\tSCO\t\t\t\t\tapproved\t\texact\n"));
        assert_eq!(outcome.written.len(), 2);

        // A different term under an existing id: refused, naming both places.
        let changed = from_csv(
            Path::new("in.csv"),
            "id,en,status,kind\nacwf,ACWF,approved,organisations\n",
        )
        .unwrap();
        let e = import_terms(dir.path(), changed.clone(), false).unwrap_err();
        let organisations = dir.path().join("organisations.tsv");
        assert_eq!(
            e.to_string(),
            format!(
                "id 'acwf': in.csv:2 differs from {}:3 (pass --replace to overwrite it)",
                organisations.display()
            )
        );
        // With --replace, the row is rewritten in place.
        let outcome = import_terms(dir.path(), changed, true).unwrap();
        assert_eq!(outcome.replaced, 1);
        assert_eq!(
            read("organisations.tsv"),
            "id\ten\tstatus\n# comment\nacwf\tACWF\tapproved\n"
        );

        // Moving to another kind with --replace.
        let moved = from_csv(
            Path::new("in.csv"),
            "id,en,status,kind\nacwf,ACWF,approved,events\n",
        )
        .unwrap();
        import_terms(dir.path(), moved, true).unwrap();
        assert_eq!(read("organisations.tsv"), "id\ten\tstatus\n# comment\n");
        assert!(read("events.tsv").ends_with("acwf\t\tACWF\t\t\t\t\tapproved\t\t\n"));
    }

    #[test]
    fn import_refuses_to_leave_lint_errors() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "places.tsv",
            "id\ten\tstatus\nnanning\tNanning\tapproved\n",
        );
        let clash = from_csv(
            Path::new("in.csv"),
            "id,en,status,kind\nnanning-city,nanning,approved,places\n",
        )
        .unwrap();
        match import_terms(dir.path(), clash, false) {
            Err(ExchangeError::Lint { diagnostics, .. }) => {
                assert!(diagnostics[0].message.contains("also a form of 'nanning'"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            std::fs::read_to_string(dir.path().join("places.tsv")).unwrap(),
            "id\ten\tstatus\nnanning\tNanning\tapproved\n"
        );
        let twice = from_csv(Path::new("in.csv"), "id,en\na,A\na,B\n").unwrap();
        assert!(import_terms(dir.path(), twice, false)
            .unwrap_err()
            .to_string()
            .contains("appears twice"));
    }
}
