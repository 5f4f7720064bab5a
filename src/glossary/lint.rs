//! `bitext glossary lint`: checks the term files as written, cell by cell, before parsing.
//!
//! The checks work on the raw text, so they also report what [`parse_tsv`](super::parse_tsv)
//! would refuse (extra cells, a missing `id` column, an unknown `case`), and point at the cell:
//! every [`Diagnostic`] has a file, a 1-based line and the 1-based character column where the
//! offending cell starts (1 for a problem of the whole row).

use super::{fold, CaseRule, GlossaryError};
use crate::lang::Lang;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem in a term file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column where the offending cell starts; 1 for a whole row.
    pub column: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: error|warning: message`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.severity,
            self.message
        )
    }
}

/// The outcome of linting a folder.
#[derive(Debug, Default)]
pub struct LintReport {
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
}

impl LintReport {
    pub fn errors(&self) -> usize {
        count(&self.diagnostics, Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        count(&self.diagnostics, Severity::Warning)
    }

    /// `N errors, M warnings in K files`
    pub fn summary(&self) -> String {
        format!(
            "{}, {} in {}",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning"),
            plural(self.files, "file")
        )
    }
}

fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Lints every `*.tsv` file of `dir`. A folder that does not exist is an error (unlike for
/// [`Glossary::load_dir`](super::Glossary::load_dir)): linting nothing is a mistake.
pub fn lint_dir(dir: &Path) -> Result<LintReport, GlossaryError> {
    let io = |path: &Path, source| GlossaryError::Io {
        path: path.display().to_string(),
        source,
    };
    if !dir.is_dir() {
        return Err(io(
            dir,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
        ));
    }
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in super::tsv_files(dir).map_err(|e| io(dir, e))? {
        let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
        match String::from_utf8(bytes) {
            Ok(text) => files.push((path, text)),
            Err(e) => {
                // Point at the first bad byte: the line, and the column of the characters before it.
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                let line = valid.matches('\n').count() + 1;
                let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                unreadable.push(Diagnostic {
                    path,
                    line,
                    column,
                    severity: Severity::Error,
                    message: "invalid UTF-8: save the file as UTF-8".into(),
                });
            }
        }
    }
    let count = files.len() + unreadable.len();
    let mut diagnostics = lint_texts(&files);
    diagnostics.extend(unreadable);
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    Ok(LintReport {
        diagnostics,
        files: count,
    })
}

/// What a column of the header is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Id,
    Forms(Lang),
    Deprecated(Lang),
    Status,
    Note,
    Case,
    Unknown,
}

fn column_of(name: &str) -> Column {
    match name {
        "id" => Column::Id,
        "status" => Column::Status,
        "note" => Column::Note,
        "case" => Column::Case,
        _ => {
            let lang = |code: &str| Lang::ALL.into_iter().find(|l| l.code() == code);
            if let Some(lang) = name.strip_suffix("_deprecated").and_then(lang) {
                Column::Deprecated(lang)
            } else if let Some(lang) = lang(name) {
                Column::Forms(lang)
            } else {
                Column::Unknown
            }
        }
    }
}

/// A cell of a row: its text and the 1-based character column where it starts.
#[derive(Clone, Copy)]
struct Cell<'a> {
    text: &'a str,
    column: usize,
}

fn cells(row: &str) -> Vec<Cell<'_>> {
    let mut column = 1;
    row.split('\t')
        .map(|text| {
            let cell = Cell { text, column };
            column += text.chars().count() + 1;
            cell
        })
        .collect()
}

/// Where an accepted or deprecated form was written.
struct Site {
    id: String,
    lang: Lang,
    raw: String,
    /// Whether the form matches only in the letter case written (see [`CaseRule::ignores_case`]).
    case_sensitive: bool,
    path: PathBuf,
    line: usize,
    column: usize,
}

#[derive(Default)]
struct Linter {
    out: Vec<Diagnostic>,
    /// The first row of each id.
    ids: HashMap<String, (PathBuf, usize)>,
    /// Accepted forms by language and folded text, in file order.
    accepted: HashMap<(Lang, String), Vec<Site>>,
    /// Deprecated forms, in file order.
    deprecated: Vec<(String, Site)>,
}

impl Linter {
    fn push(
        &mut self,
        path: &Path,
        line: usize,
        column: usize,
        severity: Severity,
        message: String,
    ) {
        self.out.push(Diagnostic {
            path: path.to_path_buf(),
            line,
            column,
            severity,
            message,
        });
    }
}

/// Lints term files given as (path, text), in the order given (the first row of a duplicate id
/// or a shared form is the one named in the message). Diagnostics come sorted by the files'
/// order, then line and column.
/// The commonest function words of each language: a term with one of them as a form matches
/// nearly every sentence. Short on purpose: only words that are never a name on their own.
const COMMON_WORDS: [(Lang, &[&str]); 3] = [
    (
        Lang::En,
        &[
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "is", "are",
            "was", "it", "as", "be", "he", "she", "we", "you", "they", "that", "this", "with",
            "from", "not",
        ],
    ),
    (
        Lang::Vi,
        &[
            "và", "của", "là", "có", "được", "cho", "với", "các", "những", "một", "trong", "này",
            "đã", "không", "thì", "mà", "để", "ở", "tại", "ra", "về", "khi", "người",
        ],
    ),
    (
        Lang::Zh,
        &[
            "我们", "他们", "她们", "你们", "一个", "没有", "这个", "那个", "什么", "可以", "因为",
            "所以", "但是", "已经", "就是", "这些", "那些",
        ],
    ),
];

/// Why `form` would be found inside ordinary text: one Chinese character (Chinese forms match
/// anywhere, there being no spaces between words), or one of the language's commonest words.
/// A single Latin letter matches only as a word of its own, and can be a name (X, the company).
fn matches_ordinary_text(lang: Lang, form: &str) -> Option<&'static str> {
    let mut chars = form.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if crate::lang::is_han(c) {
            return Some("a single Chinese character");
        }
    }
    let folded = fold::fold(form, true).text;
    COMMON_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, words)| words.iter().any(|w| fold::fold(w, true).text == folded))
        .then_some("one of the commonest words of the language")
}

pub fn lint_texts(files: &[(PathBuf, String)]) -> Vec<Diagnostic> {
    let mut linter = Linter::default();
    for (path, text) in files {
        lint_file(&mut linter, path, text);
    }
    shared_forms(&mut linter);
    let order: HashMap<&Path, usize> = files
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (p.as_path(), i))
        .collect();
    let mut out = linter.out;
    out.sort_by_key(|d| {
        (
            order.get(d.path.as_path()).copied().unwrap_or(usize::MAX),
            d.line,
            d.column,
        )
    });
    out
}

fn lint_file(linter: &mut Linter, path: &Path, text: &str) {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.strip_suffix('\r').unwrap_or(l)));
    let Some((header_line, header)) = lines.find(|(_, l)| !l.trim().is_empty()) else {
        return;
    };
    let header = header.strip_prefix('\u{feff}').unwrap_or(header);
    let header_cells = cells(header);
    let mut columns = Vec::with_capacity(header_cells.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for cell in &header_cells {
        text_checks(linter, path, header_line, cell, false);
        let name = cell.text.trim();
        let column = column_of(name);
        if let Some(first) = seen.insert(name, cell.column) {
            linter.push(
                path,
                header_line,
                cell.column,
                Severity::Error,
                format!("column '{name}' appears twice (first at column {first}): the second is ignored"),
            );
            columns.push(Column::Unknown);
            continue;
        }
        if column == Column::Unknown {
            let message = if name.is_empty() {
                "empty column name: the column is ignored".to_string()
            } else {
                format!(
                    "unknown column '{name}' is ignored: the columns are {}",
                    super::COLUMNS.join(", ")
                )
            };
            linter.push(path, header_line, cell.column, Severity::Warning, message);
        }
        columns.push(column);
    }
    if !columns.contains(&Column::Id) {
        linter.push(
            path,
            header_line,
            1,
            Severity::Error,
            "the header has no 'id' column: the first row must name the columns (id, vi, en, zh, ...)"
                .into(),
        );
    }
    for (line, row) in lines {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        lint_row(linter, path, line, row, &columns);
    }
}

/// NFC and stray spaces, for any cell.
fn text_checks(linter: &mut Linter, path: &Path, line: usize, cell: &Cell, forms: bool) {
    let text = cell.text;
    if !unicode_normalization::is_nfc(text) {
        linter.push(
            path,
            line,
            cell.column,
            Severity::Error,
            format!(
                "'{text}' is not in Unicode NFC: normalise the file to NFC (composed characters)"
            ),
        );
    }
    let problem = if text.trim() != text {
        Some("leading or trailing space")
    } else if forms && text.split('|').any(|f| f.trim() != f) {
        Some("space around '|'")
    } else if text
        .chars()
        .zip(text.chars().skip(1))
        .any(|(a, b)| a.is_whitespace() && b.is_whitespace())
    {
        Some("double space")
    } else {
        None
    };
    if let Some(problem) = problem {
        linter.push(
            path,
            line,
            cell.column,
            Severity::Error,
            format!("{problem} in '{text}': remove it"),
        );
    }
}

fn lint_row(linter: &mut Linter, path: &Path, line: usize, row: &str, columns: &[Column]) {
    let row_cells = cells(row);
    if row_cells.len() > columns.len() {
        linter.push(
            path,
            line,
            row_cells[columns.len()].column,
            Severity::Error,
            format!(
                "{} cells but the header has {} columns: remove the extra tab",
                row_cells.len(),
                columns.len()
            ),
        );
    }
    let cell_of = |wanted: Column| -> Option<Cell> {
        columns
            .iter()
            .position(|c| *c == wanted)
            .and_then(|i| row_cells.get(i).copied())
    };
    for (i, cell) in row_cells.iter().enumerate().take(columns.len()) {
        let forms = matches!(columns[i], Column::Forms(_) | Column::Deprecated(_));
        text_checks(linter, path, line, cell, forms);
    }

    // The id.
    let id = match cell_of(Column::Id) {
        None if columns.contains(&Column::Id) => {
            linter.push(
                path,
                line,
                1,
                Severity::Error,
                "empty id: every row needs a stable id".into(),
            );
            String::new()
        }
        None => String::new(),
        Some(cell) => {
            let id = cell.text.trim();
            if id.is_empty() {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    "empty id: every row needs a stable id".into(),
                );
            } else if let Some((first_path, first_line)) = linter.ids.get(id).cloned() {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    format!(
                        "duplicate id '{id}' (first at {}:{first_line}): give each concept its own id",
                        first_path.display()
                    ),
                );
            } else {
                if !well_formed_id(id) {
                    linter.push(
                        path,
                        line,
                        cell.column,
                        Severity::Warning,
                        format!("id '{id}': use lowercase letters, digits and hyphens, starting with a letter (TBX export needs a letter first)"),
                    );
                }
                linter
                    .ids
                    .insert(id.to_string(), (path.to_path_buf(), line));
            }
            id.to_string()
        }
    };

    // Status and case.
    let status = cell_of(Column::Status);
    match status.map(|c| (c, c.text.trim())) {
        Some((_, "approved" | "unverified")) => {}
        Some((cell, s)) if !s.is_empty() => linter.push(
            path,
            line,
            cell.column,
            Severity::Warning,
            format!("unknown status '{s}': use approved or unverified"),
        ),
        _ => {
            let column = status.map_or(1, |c| c.column);
            linter.push(
                path,
                line,
                column,
                Severity::Warning,
                "no status: use approved or unverified".into(),
            );
        }
    }
    let case = match cell_of(Column::Case) {
        None => None,
        Some(cell) => match CaseRule::parse(cell.text.trim()) {
            Some(case) => case,
            None => {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    format!(
                        "case is '{}': use exact, ignore or leave it empty",
                        cell.text.trim()
                    ),
                );
                None
            }
        },
    };

    // The forms, language by language.
    let mut any_form = false;
    for lang in Lang::ALL {
        let accepted_cell = cell_of(Column::Forms(lang));
        let deprecated_cell = cell_of(Column::Deprecated(lang));
        let split = |cell: Option<Cell>| -> Vec<String> {
            cell.map_or_else(Vec::new, |c| {
                if c.text.trim().is_empty() {
                    Vec::new()
                } else {
                    c.text.split('|').map(|f| f.trim().to_string()).collect()
                }
            })
        };
        let accepted = split(accepted_cell);
        let deprecated = split(deprecated_cell);
        any_form |= !accepted.is_empty() || !deprecated.is_empty();
        if let Some(cell) = accepted_cell {
            if accepted.first().is_some_and(String::is_empty) {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    format!("{lang}: empty preferred form before '|': the first form is the preferred one"),
                );
            } else if accepted.iter().skip(1).any(String::is_empty) {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    format!("{lang}: empty form between '|': remove the extra '|'"),
                );
            }
        }
        if let Some(cell) = deprecated_cell {
            if deprecated.iter().any(String::is_empty) {
                linter.push(
                    path,
                    line,
                    cell.column,
                    Severity::Error,
                    format!("{lang}_deprecated: empty form between '|': remove the extra '|'"),
                );
            }
        }
        if accepted.is_empty() && !deprecated.is_empty() {
            let column = accepted_cell.or(deprecated_cell).map_or(1, |c| c.column);
            linter.push(
                path,
                line,
                column,
                Severity::Error,
                format!("{lang}: deprecated forms but no preferred form: add the right form (or move the row's {lang}_deprecated to a concept that has one)"),
            );
        }
        if let Some(cell) = accepted_cell {
            for form in accepted.iter().filter(|f| !f.is_empty()) {
                if let Some(why) = matches_ordinary_text(lang, form) {
                    linter.push(
                        path,
                        line,
                        cell.column,
                        Severity::Warning,
                        format!("{lang}: '{form}' is {why}: it would be found in ordinary sentences and replaced there (我的朋友 would become 我the朋友); give the term's full name"),
                    );
                }
            }
        }
        for (list, cell) in [(&accepted, accepted_cell), (&deprecated, deprecated_cell)] {
            let Some(cell) = cell else { continue };
            for (i, form) in list.iter().enumerate() {
                if !form.is_empty() && list[..i].contains(form) {
                    linter.push(
                        path,
                        line,
                        cell.column,
                        Severity::Warning,
                        format!("{lang}: '{form}' is listed twice"),
                    );
                }
            }
        }
        if let Some(cell) = deprecated_cell {
            for form in deprecated.iter().filter(|f| !f.is_empty()) {
                let folded = fold::fold(form, true).text;
                if let Some(same) = accepted
                    .iter()
                    .find(|a| !a.is_empty() && fold::fold(a, true).text == folded)
                {
                    linter.push(
                        path,
                        line,
                        cell.column,
                        Severity::Error,
                        format!("{lang}: deprecated form '{form}' is also an accepted form ('{same}') of this concept: keep it in one column"),
                    );
                }
            }
        }
        if id.is_empty() {
            continue;
        }
        let site = |form: &str, cell: Cell| Site {
            id: id.clone(),
            lang,
            raw: form.to_string(),
            case_sensitive: !CaseRule::ignores_case(case, form),
            path: path.to_path_buf(),
            line,
            column: cell.column,
        };
        if let Some(cell) = accepted_cell {
            for form in accepted.iter().filter(|f| !f.is_empty()) {
                linter
                    .accepted
                    .entry((lang, fold::fold(form, true).text))
                    .or_default()
                    .push(site(form, cell));
            }
        }
        if let Some(cell) = deprecated_cell {
            for form in deprecated.iter().filter(|f| !f.is_empty()) {
                linter
                    .deprecated
                    .push((fold::fold(form, true).text, site(form, cell)));
            }
        }
    }
    if !any_form {
        linter.push(
            path,
            line,
            1,
            Severity::Warning,
            "no forms in any language: fill in at least one".into(),
        );
    }
}

/// The convention of glossary/README.md: lowercase, digits, hyphens; a letter first (an XML
/// ID in TBX must not start with a digit).
fn well_formed_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A form that two concepts share in one language: an error, as the matcher cannot tell which
/// concept a text means; a warning when one of them matches only in its own letter case and
/// the two are written in different cases (`Muse` the town, `muse` the word), since the case
/// then tells them apart in the text, though the matcher still finds only one of them.
/// A deprecated form of one concept that another accepts is a warning.
fn shared_forms(linter: &mut Linter) {
    let mut found = Vec::new();
    let mut groups: Vec<&Vec<Site>> = linter.accepted.values().collect();
    groups.sort_by_key(|g| (g[0].path.clone(), g[0].line, g[0].column));
    for sites in groups {
        for (i, site) in sites.iter().enumerate() {
            let Some(first) = sites[..i].iter().find(|s| s.id != site.id) else {
                continue;
            };
            if sites[..i].iter().any(|s| s.id == site.id) {
                continue; // this concept was reported for an earlier form of the same group
            }
            let differ_in_case =
                fold::fold(&first.raw, false).text != fold::fold(&site.raw, false).text;
            let severity = if (first.case_sensitive || site.case_sensitive) && differ_in_case {
                Severity::Warning
            } else {
                Severity::Error
            };
            let message = match severity {
                Severity::Error => format!(
                    "{}: '{}' is also a form of '{}' ({}:{}, '{}'): one form must name one concept",
                    site.lang,
                    site.raw,
                    first.id,
                    first.path.display(),
                    first.line,
                    first.raw
                ),
                Severity::Warning => format!(
                    "{}: '{}' is also a form of '{}' ({}:{}, '{}') in another letter case: only one of them is ever matched",
                    site.lang,
                    site.raw,
                    first.id,
                    first.path.display(),
                    first.line,
                    first.raw
                ),
            };
            found.push(Diagnostic {
                path: site.path.clone(),
                line: site.line,
                column: site.column,
                severity,
                message,
            });
        }
    }
    for (folded, site) in &linter.deprecated {
        let Some(sites) = linter.accepted.get(&(site.lang, folded.clone())) else {
            continue;
        };
        if let Some(other) = sites.iter().find(|s| s.id != site.id) {
            found.push(Diagnostic {
                path: site.path.clone(),
                line: site.line,
                column: site.column,
                severity: Severity::Warning,
                message: format!(
                    "{}: deprecated form '{}' is an accepted form of '{}' ({}:{}): check which concept it belongs to",
                    site.lang,
                    site.raw,
                    other.id,
                    other.path.display(),
                    other.line
                ),
            });
        }
    }
    linter.out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id\tvi\ten\tzh\tvi_deprecated\ten_deprecated\tzh_deprecated\tstatus\tnote\tcase\n";

    fn lint(files: &[(&str, &str)]) -> Vec<String> {
        let files: Vec<(PathBuf, String)> = files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect();
        lint_texts(&files).iter().map(|d| d.to_string()).collect()
    }

    fn one(body: &str) -> Vec<String> {
        lint(&[("g/a.tsv", &format!("{HEADER}{body}"))])
    }

    #[test]
    fn a_clean_file_has_no_diagnostics() {
        let out = one(
            "sco\tTổ chức Hợp tác Thượng Hải\tShanghai Cooperation Organization|SCO\t上海合作组织\t\t\t\tapproved\t\t\n\
             # a comment\n\
             \n\
             he-hongmei\t\tHe Hongmei\t和红梅\t\tHe and Hongmei\t\tunverified\tnote with 'quotes'\t\n",
        );
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn forms_found_in_every_sentence_are_warned_of() {
        let out = one("de\t\tthe\t的\t\t\t\tapproved\t\t\n\
             we\tchúng tôi|và\tWe\t我们\t\t\t\tapproved\t\t\n\
             x\t\tX\t\t\t\t\tapproved\t\t\n");
        let warned: Vec<&str> = out
            .iter()
            .filter_map(|d| d.split(": warning: ").nth(1))
            .filter_map(|m| m.split(": it would").next())
            .collect();
        assert_eq!(
            warned,
            [
                "en: 'the' is one of the commonest words of the language",
                "zh: '的' is a single Chinese character",
                "vi: 'và' is one of the commonest words of the language",
                "en: 'We' is one of the commonest words of the language",
                "zh: '我们' is one of the commonest words of the language",
            ],
            "{out:?}"
        );
    }

    #[test]
    fn extra_cells_point_at_the_first_extra_cell() {
        let out = one("x\t\tX\t\t\t\t\tapproved\t\t\textra\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:2:21: error: 11 cells but the header has 10 columns: remove the extra tab"
            ]
        );
    }

    #[test]
    fn missing_id_column_and_unknown_columns() {
        let out = lint(&[("g/a.tsv", "name\ten\tstatus\tcolour\nx\tX\tapproved\tred\n")]);
        assert_eq!(
            out,
            vec![
                "g/a.tsv:1:1: warning: unknown column 'name' is ignored: the columns are id, vi, en, zh, vi_deprecated, en_deprecated, zh_deprecated, status, note, case",
                "g/a.tsv:1:1: error: the header has no 'id' column: the first row must name the columns (id, vi, en, zh, ...)",
                "g/a.tsv:1:16: warning: unknown column 'colour' is ignored: the columns are id, vi, en, zh, vi_deprecated, en_deprecated, zh_deprecated, status, note, case",
            ]
        );
        let out = lint(&[("g/a.tsv", "id\ten\ten\nx\tX\tY\n")]);
        assert_eq!(out[0], "g/a.tsv:1:7: error: column 'en' appears twice (first at column 4): the second is ignored");
    }

    #[test]
    fn empty_and_duplicate_ids_within_and_across_files() {
        let out = lint(&[
            (
                "g/a.tsv",
                "id\ten\tstatus\nx\tX\tapproved\n\tY\tapproved\nx\tZ\tapproved\n",
            ),
            (
                "g/b.tsv",
                "en\tid\tstatus\nW\tx\tapproved\nBad Id\tBad_Id\tapproved\n",
            ),
        ]);
        assert_eq!(
            out,
            vec![
                "g/a.tsv:3:1: error: empty id: every row needs a stable id",
                "g/a.tsv:4:1: error: duplicate id 'x' (first at g/a.tsv:2): give each concept its own id",
                "g/b.tsv:2:3: error: duplicate id 'x' (first at g/a.tsv:2): give each concept its own id",
                "g/b.tsv:3:8: warning: id 'Bad_Id': use lowercase letters, digits and hyphens, starting with a letter (TBX export needs a letter first)",
            ]
        );
    }

    #[test]
    fn a_form_of_two_concepts_is_an_error_after_folding() {
        // Case and tone-mark placement do not make two forms different.
        let out = one("a\tHòa Bình\t\t\t\t\t\tapproved\t\t\n\
             b\thoà bình\t\t\t\t\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec!["g/a.tsv:3:3: error: vi: 'hoà bình' is also a form of 'a' (g/a.tsv:2, 'Hòa Bình'): one form must name one concept"]
        );
    }

    #[test]
    fn a_shared_form_in_another_case_with_an_exact_term_is_a_warning() {
        let out = one("muse\tMuse\tMuse\t木姐\t\t\t\tapproved\t\texact\n\
             muse-word\t\tmuse\t\t\t\t\tunverified\t\t\n\
             muse-again\t\tMuse\t\t\t\t\tunverified\t\t\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:3:12: warning: en: 'muse' is also a form of 'muse' (g/a.tsv:2, 'Muse') in another letter case: only one of them is ever matched",
                "g/a.tsv:4:13: error: en: 'Muse' is also a form of 'muse' (g/a.tsv:2, 'Muse'): one form must name one concept",
            ]
        );
    }

    #[test]
    fn empty_preferred_form_with_variants_or_deprecated_forms() {
        let out = one("a\t\t|Variant\t\t\t\t\tapproved\t\t\n\
             b\t\t\t\t\tWrong\t\tapproved\t\t\n\
             c\t\tC||D|\t\t\t\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:2:4: error: en: empty preferred form before '|': the first form is the preferred one",
                "g/a.tsv:3:4: error: en: deprecated forms but no preferred form: add the right form (or move the row's en_deprecated to a concept that has one)",
                "g/a.tsv:4:4: error: en: empty form between '|': remove the extra '|'",
            ]
        );
    }

    #[test]
    fn text_that_is_not_nfc_is_an_error() {
        let out = one("a\tHo\u{0300}a Bi\u{0300}nh\t\t\t\t\t\tapproved\t\t\n");
        assert_eq!(out.len(), 1);
        assert!(
            out[0].starts_with("g/a.tsv:2:3: error: '")
                && out[0].ends_with(
                    "' is not in Unicode NFC: normalise the file to NFC (composed characters)"
                ),
            "{out:?}"
        );
    }

    #[test]
    fn stray_spaces_are_errors() {
        let out = one("a \tA\t\t\t\t\t\tapproved\t\t\n\
             b\tB | C\t\t\t\t\t\tapproved\t\t\n\
             c\tC  D\t\t\t\t\t\tapproved\t\t\n\
             d\tD\t\t\t\t\t\tapproved\t a note\t\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:2:1: error: leading or trailing space in 'a ': remove it",
                "g/a.tsv:3:3: error: space around '|' in 'B | C': remove it",
                "g/a.tsv:4:3: error: double space in 'C  D': remove it",
                "g/a.tsv:5:19: error: leading or trailing space in ' a note': remove it",
            ]
        );
    }

    #[test]
    fn a_deprecated_form_equal_to_an_accepted_one_is_an_error() {
        let out = one("a\t\tHe Hongmei\t\t\the hongmei|He and Hongmei\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec!["g/a.tsv:2:17: error: en: deprecated form 'he hongmei' is also an accepted form ('He Hongmei') of this concept: keep it in one column"]
        );
    }

    #[test]
    fn a_deprecated_form_that_another_concept_accepts_is_a_warning() {
        let out = one("chair\t\tChair|President\t\t\t\t\tapproved\t\t\n\
             vice\t\tVice Chair\t\t\tPresident\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec!["g/a.tsv:3:20: warning: en: deprecated form 'President' is an accepted form of 'chair' (g/a.tsv:2): check which concept it belongs to"]
        );
    }

    #[test]
    fn unknown_status_is_a_warning_and_unknown_case_an_error() {
        let out = one("a\tA\t\t\t\t\t\tdraft\t\t\n\
             b\tB\t\t\t\t\t\t\t\t\n\
             c\tC\t\t\t\t\t\tapproved\t\tupper\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:2:10: warning: unknown status 'draft': use approved or unverified",
                "g/a.tsv:3:10: warning: no status: use approved or unverified",
                "g/a.tsv:4:20: error: case is 'upper': use exact, ignore or leave it empty",
            ]
        );
    }

    #[test]
    fn repeated_forms_and_rows_without_forms_are_warnings() {
        let out = one("a\tA|A\t\t\t\t\t\tapproved\t\t\n\
             b\t\t\t\t\t\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec![
                "g/a.tsv:2:3: warning: vi: 'A' is listed twice",
                "g/a.tsv:3:1: warning: no forms in any language: fill in at least one",
            ]
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let out = one("a\tĐỗ Thị\tDo Thi \t\t\t\t\tapproved\t\t\n");
        assert_eq!(
            out,
            vec!["g/a.tsv:2:10: error: leading or trailing space in 'Do Thi ': remove it"]
        );
    }

    #[test]
    fn report_summary_counts() {
        let report = LintReport {
            diagnostics: one("a\tA\t\t\t\t\t\tdraft\t\tupper\n")
                .iter()
                .map(|_| Diagnostic {
                    path: "x".into(),
                    line: 1,
                    column: 1,
                    severity: Severity::Error,
                    message: String::new(),
                })
                .collect(),
            files: 1,
        };
        assert_eq!(report.summary(), "2 errors, 0 warnings in 1 file");
    }

    #[test]
    fn the_project_glossary_has_no_errors() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary");
        let report = lint_dir(&dir).unwrap();
        let errors: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(report.files, 5);
    }
}
