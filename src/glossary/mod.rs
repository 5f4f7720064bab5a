//! The curated glossary: term files that reviewers edit, and finding their terms in text.
//!
//! A glossary is a folder of TSV files, one per kind of term (organisations.tsv, people.tsv ...).
//! Each row is one concept with its forms in every language; see glossary/README.md.
//!
//! Matching is one leftmost-longest Aho-Corasick pass per segment over folded text (see
//! [`fold`]): NFC and NFD alike, either Vietnamese tone-mark placement, letter case where the
//! form allows it; Latin-script forms match whole words only, Chinese forms anywhere.

pub mod exchange;
pub mod fold;
pub mod lint;
pub mod tbx;

use crate::lang::Lang;
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA as ContiguousNfa;
use aho_corasick::{AhoCorasick, Anchored, MatchKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The forms of a concept in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forms {
    pub preferred: String,
    pub variants: Vec<String>,
    /// Known wrong renderings, flagged wherever they appear.
    pub deprecated: Vec<String>,
}

impl Forms {
    /// The preferred form and then the accepted variants.
    pub fn accepted(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.preferred.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

#[derive(Clone, Debug)]
pub struct Term {
    pub id: String,
    /// The file stem the term comes from: organisations, titles, people, places, events.
    pub kind: String,
    pub forms: BTreeMap<Lang, Forms>,
    pub status: String,
    pub note: String,
    /// How letter case is matched; `None` lets each form decide (see [`CaseRule`]).
    pub case: Option<CaseRule>,
    pub file: PathBuf,
    pub line: usize,
}

/// The `case` column of a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRule {
    /// Only the forms as written match.
    Exact,
    /// Any letter case matches.
    Ignore,
}

impl CaseRule {
    /// The value of the `case` column: `Some(None)` for an empty cell, `None` for an unknown one.
    pub fn parse(cell: &str) -> Option<Option<CaseRule>> {
        match cell {
            "" => Some(None),
            "exact" => Some(Some(CaseRule::Exact)),
            "ignore" => Some(Some(CaseRule::Ignore)),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CaseRule::Exact => "exact",
            CaseRule::Ignore => "ignore",
        }
    }

    /// Whether a form ignores case: by the term's rule, else unless it has no lower-case
    /// letter (an acronym such as `SCO` must not match `sco`).
    pub fn ignores_case(rule: Option<CaseRule>, form: &str) -> bool {
        match rule {
            Some(CaseRule::Exact) => false,
            Some(CaseRule::Ignore) => true,
            None => form.chars().any(char::is_lowercase),
        }
    }
}

/// The columns of a term file, in the order bitext writes them.
pub const COLUMNS: [&str; 10] = [
    "id",
    "vi",
    "en",
    "zh",
    "vi_deprecated",
    "en_deprecated",
    "zh_deprecated",
    "status",
    "note",
    "case",
];

impl Term {
    /// The value of one column of the term file, as it would be written there; empty for a
    /// column that bitext does not know.
    pub fn cell(&self, column: &str) -> String {
        let forms = |code: &str| {
            let lang = Lang::ALL.into_iter().find(|l| l.code() == code)?;
            self.forms.get(&lang)
        };
        match column {
            "id" => self.id.clone(),
            "status" => self.status.clone(),
            "note" => self.note.clone(),
            "case" => self.case.map_or("", CaseRule::as_str).to_string(),
            _ => {
                if let Some(code) = column.strip_suffix("_deprecated") {
                    forms(code).map_or_else(String::new, |f| f.deprecated.join("|"))
                } else {
                    forms(column).map_or_else(String::new, |f| {
                        f.accepted()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join("|")
                    })
                }
            }
        }
    }

    /// Whether two terms say the same: forms, status, note and case rule (not where they are
    /// written, nor their kind).
    pub fn same_content(&self, other: &Term) -> bool {
        let nonempty = |t: &Term| -> BTreeMap<Lang, Forms> {
            t.forms
                .iter()
                .filter(|(_, f)| {
                    !f.preferred.is_empty() || !f.variants.is_empty() || !f.deprecated.is_empty()
                })
                .map(|(l, f)| (*l, f.clone()))
                .collect()
        };
        self.id == other.id
            && nonempty(self) == nonempty(other)
            && self.status == other.status
            && self.note == other.note
            && self.case == other.case
    }
}

/// A term found in one line of a text, with offsets into the whole text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineHit {
    pub term: Arc<str>,
    /// The term's kind (the file stem it comes from).
    pub kind: String,
    pub lang: Lang,
    /// Byte offsets into the whole text (not into the line).
    pub start: usize,
    pub end: usize,
    pub surface: String,
    /// 1-based line number.
    pub line: usize,
}

/// The `*.tsv` files of a folder, in name order.
pub fn tsv_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// A term found in a text: byte offsets into that text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TermHit {
    /// The concept's id (shared, as a segment may hold many hits).
    pub term: Arc<str>,
    pub lang: Lang,
    pub start: usize,
    pub end: usize,
    pub surface: String,
}

/// What a provider needs to enforce one term in one segment.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct TermPair {
    pub id: String,
    pub source: String,
    pub target: String,
}

#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    #[error("{path}: cannot read glossary: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Format {
        path: String,
        line: usize,
        message: String,
    },
}

/// The patterns of one language, in two automata: forms that start with a letter of a
/// spaced script can only start at a word start, so their automaton is run anchored at word
/// starts (much less work than scanning every byte); forms that start with a Chinese
/// character can start anywhere and are scanned for.
struct Matcher {
    at_word_start: Option<(ContiguousNfa, Vec<Pattern>)>,
    anywhere: Option<(AhoCorasick, Vec<Pattern>)>,
}

/// What a pattern of the automaton stands for.
struct Pattern {
    term: usize,
    /// The form folded without case folding, when case must match exactly.
    exact: Option<String>,
    /// Whether each end must fall on a word boundary (not for Chinese characters).
    bounded: (bool, bool),
}

/// All terms, and one matcher per language over their accepted forms.
#[derive(Default)]
pub struct Glossary {
    terms: Vec<Term>,
    ids: Vec<Arc<str>>,
    by_id: HashMap<String, usize>,
    matchers: HashMap<Lang, Matcher>,
}

impl std::fmt::Debug for Glossary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Glossary")
            .field("terms", &self.terms.len())
            .finish()
    }
}

impl Glossary {
    pub fn empty() -> Self {
        Glossary::default()
    }

    /// Loads every `*.tsv` file of a folder, in name order. A missing folder is an empty glossary.
    pub fn load_dir(dir: &Path) -> Result<Self, GlossaryError> {
        let io = |source| GlossaryError::Io {
            path: dir.display().to_string(),
            source,
        };
        if !dir.exists() {
            return Ok(Glossary::empty());
        }
        let files = tsv_files(dir).map_err(io)?;
        let mut terms = Vec::new();
        for file in files {
            let bytes = std::fs::read(&file).map_err(|source| GlossaryError::Io {
                path: file.display().to_string(),
                source,
            })?;
            let text = String::from_utf8(bytes).map_err(|e| {
                // The line of the first bad byte, so that the user can find and fix it.
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                GlossaryError::Format {
                    path: file.display().to_string(),
                    line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
                    message: "invalid UTF-8: save the file as UTF-8 (bitext glossary lint shows the column)".into(),
                }
            })?;
            terms.extend(parse_tsv(&file, &text)?);
        }
        Glossary::from_terms(terms)
    }

    pub fn from_terms(terms: Vec<Term>) -> Result<Self, GlossaryError> {
        let mut by_id = HashMap::new();
        for (i, term) in terms.iter().enumerate() {
            if let Some(first) = by_id.insert(term.id.clone(), i) {
                return Err(GlossaryError::Format {
                    path: term.file.display().to_string(),
                    line: term.line,
                    message: format!(
                        "duplicate id '{}' (first at {}:{}): give each concept its own id",
                        term.id,
                        terms[first].file.display(),
                        terms[first].line
                    ),
                });
            }
        }
        let mut matchers = HashMap::new();
        let error = |e: aho_corasick::BuildError| GlossaryError::Format {
            path: "glossary".into(),
            line: 0,
            message: format!("cannot build the matcher: {e}"),
        };
        for lang in Lang::ALL {
            let mut sets: [(Vec<String>, Vec<Pattern>); 2] = Default::default();
            for (i, term) in terms.iter().enumerate() {
                let Some(forms) = term.forms.get(&lang) else {
                    continue;
                };
                for form in forms.accepted().filter(|f| !f.is_empty()) {
                    let ignore = CaseRule::ignores_case(term.case, form);
                    let latin = |c: Option<char>| c.is_some_and(|c| !crate::lang::is_han(c));
                    let bounded = (latin(form.chars().next()), latin(form.chars().next_back()));
                    let set = &mut sets[usize::from(!bounded.0)];
                    set.0.push(fold::fold(form, true).text);
                    set.1.push(Pattern {
                        term: i,
                        exact: (!ignore).then(|| fold::fold(form, false).text),
                        bounded,
                    });
                }
            }
            let [(word_folded, word_patterns), (free_folded, free_patterns)] = sets;
            if word_patterns.is_empty() && free_patterns.is_empty() {
                continue;
            }
            let at_word_start = if word_patterns.is_empty() {
                None
            } else {
                let nfa = aho_corasick::nfa::contiguous::Builder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .dense_depth(4)
                    .build(&word_folded)
                    .map_err(error)?;
                Some((nfa, word_patterns))
            };
            let anywhere = if free_patterns.is_empty() {
                None
            } else {
                let automaton = AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&free_folded)
                    .map_err(error)?;
                Some((automaton, free_patterns))
            };
            matchers.insert(
                lang,
                Matcher {
                    at_word_start,
                    anywhere,
                },
            );
        }
        Ok(Glossary {
            ids: terms.iter().map(|t| Arc::from(t.id.as_str())).collect(),
            terms,
            by_id,
            matchers,
        })
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.by_id.get(id).map(|&i| &self.terms[i])
    }

    /// The terms of `lang` in `text`, leftmost-longest, with offsets into `text`.
    pub fn find(&self, lang: Lang, text: &str) -> Vec<TermHit> {
        let Some(matcher) = self.matchers.get(&lang) else {
            return Vec::new();
        };
        let folded = fold::fold(text, true);
        let haystack = folded.text.as_str();
        // Candidates as (folded start, folded end, pattern set, pattern index).
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        if let Some((nfa, patterns)) = &matcher.at_word_start {
            let bytes = haystack.as_bytes();
            let mut pos = 0;
            let mut in_word = false;
            while pos < bytes.len() {
                let b = bytes[pos];
                let word_byte = if b < 0x80 {
                    b.is_ascii_alphanumeric()
                } else if b & 0xC0 == 0x80 {
                    // A continuation byte belongs to the character before it.
                    in_word
                } else {
                    haystack[pos..]
                        .chars()
                        .next()
                        .is_some_and(fold::is_word_char)
                };
                // Only the start of a word can start a match.
                if in_word || !word_byte {
                    in_word = word_byte;
                    pos += 1;
                    continue;
                }
                // Walk the trie from this word start; the last match seen is the longest.
                let mut longest = None;
                if let Ok(mut sid) = nfa.start_state(Anchored::Yes) {
                    for (k, &byte) in bytes[pos..].iter().enumerate() {
                        sid = nfa.next_state(Anchored::Yes, sid, byte);
                        if nfa.is_dead(sid) {
                            break;
                        }
                        if nfa.is_match(sid) {
                            let end = pos + k + 1;
                            let index = nfa.match_pattern(sid, 0).as_usize();
                            if self.accept(&patterns[index], haystack, pos, end) {
                                longest = Some((end, index));
                            }
                        }
                    }
                }
                match longest {
                    Some((end, index)) => {
                        found.push((pos, end, 0, index));
                        pos = end;
                        in_word = haystack[..pos]
                            .chars()
                            .next_back()
                            .is_some_and(fold::is_word_char);
                    }
                    None => {
                        in_word = true;
                        pos += 1;
                    }
                }
            }
        }
        if let Some((automaton, patterns)) = &matcher.anywhere {
            for m in automaton.find_iter(haystack) {
                if self.accept(
                    &patterns[m.pattern().as_usize()],
                    haystack,
                    m.start(),
                    m.end(),
                ) {
                    found.push((m.start(), m.end(), 1, m.pattern().as_usize()));
                }
            }
            // Leftmost-longest across both sets.
            found.sort_by_key(|&(s, e, _, _)| (s, std::cmp::Reverse(e)));
            let mut last_end = 0;
            found.retain(|&(s, e, _, _)| {
                let keep = s >= last_end;
                if keep {
                    last_end = e;
                }
                keep
            });
        }
        let mut hits = Vec::with_capacity(found.len());
        for (s, e, set, index) in found {
            let pattern = match set {
                0 => matcher.at_word_start.as_ref().map(|(_, p)| &p[index]),
                _ => matcher.anywhere.as_ref().map(|(_, p)| &p[index]),
            };
            let Some(pattern) = pattern else { continue };
            let (start, end) = folded.original(s, e);
            let surface = &text[start..end];
            if let Some(exact) = &pattern.exact {
                if fold::fold(surface, false).text != *exact {
                    continue;
                }
            }
            hits.push(TermHit {
                term: self.ids[pattern.term].clone(),
                lang,
                start,
                end,
                surface: surface.to_string(),
            });
        }
        hits
    }

    /// The terms of `lang` in every line of `text`, with 1-based line numbers and byte offsets
    /// into the whole of `text`. Lines end at `\n` (a `\r` before it is not part of the line),
    /// so a form never matches across a line break.
    pub fn find_lines(&self, lang: Lang, text: &str) -> Vec<LineHit> {
        let mut hits = Vec::new();
        let mut offset = 0;
        for (n, raw) in text.split_inclusive('\n').enumerate() {
            let line = raw.strip_suffix('\n').unwrap_or(raw);
            let line = line.strip_suffix('\r').unwrap_or(line);
            for hit in self.find(lang, line) {
                hits.push(LineHit {
                    kind: self
                        .term(&hit.term)
                        .map(|t| t.kind.clone())
                        .unwrap_or_default(),
                    term: hit.term,
                    lang,
                    line: n + 1,
                    start: offset + hit.start,
                    end: offset + hit.end,
                    surface: hit.surface,
                });
            }
            offset += raw.len();
        }
        hits
    }

    /// Whether a match respects the word boundaries its form asks for.
    fn accept(&self, pattern: &Pattern, haystack: &str, start: usize, end: usize) -> bool {
        let (left, right) = pattern.bounded;
        let before = haystack[..start].chars().next_back();
        let after = haystack[end..].chars().next();
        !((left && before.is_some_and(fold::is_word_char))
            || (right && after.is_some_and(fold::is_word_char)))
    }

    /// The term pairs to enforce when translating a segment with these hits into `target`:
    /// sorted and without repeats, so that they are a stable part of the cache key.
    pub fn pairs_for(&self, hits: &[TermHit], target: Lang) -> Vec<TermPair> {
        let mut pairs: Vec<TermPair> = hits
            .iter()
            .filter_map(|hit| {
                let term = self.term(&hit.term)?;
                let forms = term.forms.get(&target)?;
                (!forms.preferred.is_empty()).then(|| TermPair {
                    id: term.id.clone(),
                    source: hit.surface.clone(),
                    target: forms.preferred.clone(),
                })
            })
            .collect();
        pairs.sort();
        pairs.dedup();
        pairs
    }
}

impl Glossary {
    /// Source-to-target entries for a language pair, as term bases of translation APIs take
    /// them: every accepted source form to the preferred target form; sources unique, entries
    /// without tabs or line breaks, sorted, so that equal glossaries give equal lists.
    pub fn entries(&self, source: Lang, target: Lang) -> Vec<(String, String)> {
        let mut entries = std::collections::BTreeMap::new();
        for term in &self.terms {
            let (Some(from), Some(to)) = (term.forms.get(&source), term.forms.get(&target)) else {
                continue;
            };
            if to.preferred.is_empty() || to.preferred.contains(['\t', '\n', '\r']) {
                continue;
            }
            for form in from.accepted() {
                if !form.is_empty() && !form.contains(['\t', '\n', '\r']) {
                    entries
                        .entry(form.to_string())
                        .or_insert_with(|| to.preferred.clone());
                }
            }
        }
        entries.into_iter().collect()
    }
}

/// A glossary term the translation did not render as the glossary says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub id: String,
    /// The preferred target form.
    pub expected: String,
    /// A deprecated form found in the translation, or `None` when the term is simply missing.
    pub found: Option<String>,
}

impl Glossary {
    /// Checks a translation into `target` of a segment whose matched terms are `pairs`: each
    /// term's preferred or accepted target form must appear (with the folding used for
    /// matching), and no deprecated form of any term may.
    pub fn check(&self, target: Lang, translation: &str, pairs: &[TermPair]) -> Vec<Violation> {
        // Nothing to look for: no folding, which holds eight bytes per byte of the text (a
        // "sentence" of 10 MB took 180 MB).
        if pairs.is_empty() && !self.has_deprecated(target) {
            return Vec::new();
        }
        let folded = fold::fold(translation, true);
        let mut violations = Vec::new();
        for pair in pairs {
            let Some(term) = self.term(&pair.id) else {
                continue;
            };
            let Some(forms) = term.forms.get(&target) else {
                continue;
            };
            let present = forms
                .accepted()
                .filter(|f| !f.is_empty())
                .any(|form| contains_form(&folded, translation, form, term.case));
            if !present {
                violations.push(Violation {
                    id: term.id.clone(),
                    expected: forms.preferred.clone(),
                    found: None,
                });
            }
        }
        violations.extend(self.deprecated_in(target, &folded, translation));
        violations
    }

    /// Deprecated forms in a text, e.g. a known mistranslation in the source itself.
    pub fn find_deprecated(&self, lang: Lang, text: &str) -> Vec<Violation> {
        if !self.has_deprecated(lang) {
            return Vec::new();
        }
        self.deprecated_in(lang, &fold::fold(text, true), text)
    }

    /// Whether any term has a deprecated form in `lang`.
    fn has_deprecated(&self, lang: Lang) -> bool {
        self.terms
            .iter()
            .any(|t| t.forms.get(&lang).is_some_and(|f| !f.deprecated.is_empty()))
    }

    /// The deprecated forms of `lang` found in `text` (already folded as `folded`).
    fn deprecated_in(&self, lang: Lang, folded: &fold::Folded, text: &str) -> Vec<Violation> {
        let mut found = Vec::new();
        for term in &self.terms {
            let Some(forms) = term.forms.get(&lang) else {
                continue;
            };
            for bad in &forms.deprecated {
                if contains_form(folded, text, bad, term.case) {
                    found.push(Violation {
                        id: term.id.clone(),
                        expected: forms.preferred.clone(),
                        found: Some(bad.clone()),
                    });
                }
            }
        }
        found
    }
}

/// Whether `form` occurs in the folded text as a whole word (anywhere, for Chinese), with the
/// letter case the term asks for.
fn contains_form(
    folded: &fold::Folded,
    original: &str,
    form: &str,
    case: Option<CaseRule>,
) -> bool {
    let needle = fold::fold(form, true).text;
    if needle.is_empty() {
        return false;
    }
    let exact = (!CaseRule::ignores_case(case, form)).then(|| fold::fold(form, false).text);
    let bounded_left = form.chars().next().is_some_and(|c| !crate::lang::is_han(c));
    let bounded_right = form
        .chars()
        .next_back()
        .is_some_and(|c| !crate::lang::is_han(c));
    let hay = folded.text.as_str();
    let mut from = 0;
    while let Some(at) = hay[from..].find(&needle) {
        let start = from + at;
        let end = start + needle.len();
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
        if bounded_left
            && hay[..start]
                .chars()
                .next_back()
                .is_some_and(fold::is_word_char)
        {
            continue;
        }
        if bounded_right && hay[end..].chars().next().is_some_and(fold::is_word_char) {
            continue;
        }
        if let Some(exact) = &exact {
            let (s, e) = folded.original(start, end);
            if fold::fold(&original[s..e], false).text != *exact {
                continue;
            }
        }
        return true;
    }
    false
}

fn split_forms(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parses one term file. The header names the columns: `id`, one column per language code,
/// `<code>_deprecated`, `status`, `note`.
pub fn parse_tsv(path: &Path, text: &str) -> Result<Vec<Term>, GlossaryError> {
    let shown = path.display().to_string();
    let kind = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let err = |line: usize, message: String| GlossaryError::Format {
        path: shown.clone(),
        line,
        message,
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.strip_suffix('\r').unwrap_or(l)));
    let Some((header_line, header)) = lines.find(|(_, l)| !l.trim().is_empty()) else {
        return Ok(Vec::new());
    };
    let columns: Vec<&str> = header.trim_start_matches('\u{feff}').split('\t').collect();
    let col = |name: &str| columns.iter().position(|c| c.trim() == name);
    let id_col = col("id").ok_or_else(|| {
        err(
            header_line,
            "the header has no 'id' column: the first row must name the columns (id, vi, en, zh, ...)".into(),
        )
    })?;
    let mut terms = Vec::new();
    for (line, row) in lines {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = row.split('\t').collect();
        if cells.len() > columns.len() {
            return Err(err(
                line,
                format!(
                    "{} cells but the header has {} columns: remove the extra tab",
                    cells.len(),
                    columns.len()
                ),
            ));
        }
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |c| c.trim());
        let id = cell(Some(id_col));
        if id.is_empty() {
            return Err(err(line, "empty id: every row needs a stable id".into()));
        }
        let mut forms = BTreeMap::new();
        for lang in Lang::ALL {
            let mut accepted = split_forms(cell(col(lang.code())));
            let deprecated = split_forms(cell(col(&format!("{}_deprecated", lang.code()))));
            if accepted.is_empty() && deprecated.is_empty() {
                continue;
            }
            let preferred = if accepted.is_empty() {
                String::new()
            } else {
                accepted.remove(0)
            };
            forms.insert(
                lang,
                Forms {
                    preferred,
                    variants: accepted,
                    deprecated,
                },
            );
        }
        let case = match CaseRule::parse(cell(col("case"))) {
            Some(case) => case,
            None => {
                return Err(err(
                    line,
                    format!(
                        "case is '{}': use exact, ignore or leave it empty",
                        cell(col("case"))
                    ),
                ))
            }
        };
        terms.push(Term {
            id: id.to_string(),
            kind: kind.clone(),
            forms,
            status: cell(col("status")).to_string(),
            note: cell(col("note")).to_string(),
            case,
            file: path.to_path_buf(),
            line,
        });
    }
    Ok(terms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_file_that_is_not_utf8_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = b"id\tvi\ten\tzh\nhanoi\tH\xc3\xa0 N\xe1\xbb\x99i\tHanoi\t".to_vec();
        bytes.extend_from_slice(b"\n\xff\xfe\n");
        std::fs::write(dir.path().join("places.tsv"), bytes).unwrap();
        let e = Glossary::load_dir(dir.path()).unwrap_err().to_string();
        assert!(e.ends_with("places.tsv:3: invalid UTF-8: save the file as UTF-8 (bitext glossary lint shows the column)"), "{e}");
    }

    fn glossary() -> Glossary {
        let text = "id\tvi\ten\tzh\ten_deprecated\tstatus\tnote\n\
            sco\tTổ chức Hợp tác Thượng Hải\tShanghai Cooperation Organization|SCO\t上海合作组织\t\tapproved\t\n\
            vice-chair\tPhó Chủ tịch\tVice Chairperson|vice chair\t副主席\t\tapproved\t\n\
            chair\tChủ tịch\tChairperson\t主席\t\tapproved\t\n\
            he-hongmei\t\tHe Hongmei\t和红梅\tHe and Hongmei\tapproved\tknown mistranslation\n";
        Glossary::from_terms(parse_tsv(Path::new("orgs.tsv"), text).unwrap()).unwrap()
    }

    #[test]
    fn longest_match_and_whole_words() {
        let g = glossary();
        let hits = g.find(Lang::Zh, "中华全国妇女联合会副主席林怡");
        assert_eq!(hits.len(), 1);
        assert_eq!(&*hits[0].term, "vice-chair");
        assert_eq!(hits[0].surface, "副主席");
        assert!(g.find(Lang::En, "the SCOPE of work").is_empty());
        let hits = g.find(Lang::En, "at the SCO forum, the vice chair said");
        let ids: Vec<_> = hits.iter().map(|h| &*h.term).collect();
        assert_eq!(ids, vec!["sco", "vice-chair"]);
        assert_eq!(&"at the SCO forum"[hits[0].start..hits[0].end], "SCO");
    }

    #[test]
    fn folding_matches_tone_placement_normal_forms_and_case() {
        let text = "id\tvi\ten\n\
            thuy-le\tThụy Lệ\tRuili\n\
            hoa-binh\tHòa Bình\t\n\
            sco\t\tSCO\n";
        let g = Glossary::from_terms(parse_tsv(Path::new("p.tsv"), text).unwrap()).unwrap();
        for input in [
            "ở Thuỵ Lệ",
            "ở thụy lệ",
            "ở Thu\u{0323}y Lê\u{0323}",
            "ở Thuy\u{0323} Lê\u{0323}",
        ] {
            let hits = g.find(Lang::Vi, input);
            assert_eq!(hits.len(), 1, "{input}");
            assert_eq!(&input[hits[0].start..hits[0].end], hits[0].surface);
            assert!(input.ends_with(&hits[0].surface));
        }
        assert_eq!(&*g.find(Lang::Vi, "tỉnh Hoà Bình")[0].term, "hoa-binh");
        // The acronym keeps its case; a word that merely contains it is no match.
        assert_eq!(g.find(Lang::En, "the SCO summit").len(), 1);
        assert!(g.find(Lang::En, "the sco summit").is_empty());
        assert!(g.find(Lang::En, "the SCOPE").is_empty());
    }

    #[test]
    fn pairs_are_sorted_and_use_the_preferred_target() {
        let g = glossary();
        let hits = g.find(Lang::Vi, "Phó Chủ tịch và Chủ tịch");
        let pairs = g.pairs_for(&hits, Lang::En);
        assert_eq!(
            pairs,
            vec![
                TermPair {
                    id: "chair".into(),
                    source: "Chủ tịch".into(),
                    target: "Chairperson".into()
                },
                TermPair {
                    id: "vice-chair".into(),
                    source: "Phó Chủ tịch".into(),
                    target: "Vice Chairperson".into()
                },
            ]
        );
    }

    #[test]
    fn checks_find_missing_terms_and_deprecated_forms() {
        let g = glossary();
        let hits = g.find(Lang::En, "He Hongmei met the vice chair.");
        let pairs = g.pairs_for(&hits, Lang::Zh);
        assert_eq!(pairs.len(), 2);
        assert!(g.check(Lang::Zh, "和红梅会见了副主席。", &pairs).is_empty());
        let missing = g.check(Lang::Zh, "和红梅会见了主席。", &pairs);
        assert_eq!(
            missing,
            vec![Violation {
                id: "vice-chair".into(),
                expected: "副主席".into(),
                found: None
            }]
        );
        // A deprecated rendering is flagged wherever it appears.
        let bad = g.check(Lang::En, "Then He and Hongmei spoke.", &[]);
        assert_eq!(bad[0].found.as_deref(), Some("He and Hongmei"));
        assert_eq!(
            g.find_deprecated(Lang::En, "He and Hongmei made a speech.")
                .len(),
            1
        );
        // Accepted variants and letter case pass; a form inside a longer word does not.
        let en_pairs = g.pairs_for(&g.find(Lang::Zh, "副主席"), Lang::En);
        assert!(g
            .check(Lang::En, "The VICE CHAIR spoke.", &en_pairs)
            .is_empty());
        assert_eq!(
            g.check(Lang::En, "The vice chairs spoke.", &en_pairs).len(),
            1
        );
    }

    #[test]
    fn line_hits_have_offsets_into_the_whole_text() {
        let g = glossary();
        let text = "The SCO met.\r\nThe vice chair spoke.\n\n主席说";
        let hits = g.find_lines(Lang::En, text);
        let found: Vec<(&str, usize, &str)> = hits
            .iter()
            .map(|h| (&*h.term, h.line, &text[h.start..h.end]))
            .collect();
        assert_eq!(
            found,
            vec![("sco", 1, "SCO"), ("vice-chair", 2, "vice chair")]
        );
        assert_eq!(hits[0].kind, "orgs");
        let hits = g.find_lines(Lang::Zh, text);
        assert_eq!(
            (hits[0].line, &text[hits[0].start..hits[0].end]),
            (4, "主席")
        );
    }

    #[test]
    fn cells_render_as_written_and_same_content_ignores_place() {
        let terms = parse_tsv(
            Path::new("a.tsv"),
            "id\ten\ten_deprecated\tstatus\tcase\nx\tA|B\tC\tapproved\texact\n",
        )
        .unwrap();
        let t = &terms[0];
        assert_eq!(t.cell("en"), "A|B");
        assert_eq!(t.cell("en_deprecated"), "C");
        assert_eq!(t.cell("zh"), "");
        assert_eq!(t.cell("case"), "exact");
        assert_eq!(t.cell("colour"), "");
        let mut moved = t.clone();
        moved.file = PathBuf::from("b.tsv");
        moved.line = 9;
        assert!(t.same_content(&moved));
        moved.note = "changed".into();
        assert!(!t.same_content(&moved));
    }

    #[test]
    fn format_errors_name_file_and_line() {
        let e = parse_tsv(Path::new("g/people.tsv"), "id\ten\n\tXu Feng\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "g/people.tsv:2: empty id: every row needs a stable id"
        );
        let terms = parse_tsv(Path::new("a.tsv"), "id\ten\nx\tA\n").unwrap();
        let mut twice = terms.clone();
        twice.extend(terms);
        assert!(Glossary::from_terms(twice)
            .unwrap_err()
            .to_string()
            .contains("duplicate id 'x'"));
    }
}
