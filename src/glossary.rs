//! The curated glossary: term files that reviewers edit, and finding their terms in text.
//!
//! A glossary is a folder of TSV files, one per kind of term (organisations.tsv, people.tsv ...).
//! Each row is one concept with its forms in every language; see glossary/README.md.

use crate::lang::Lang;
use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

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
    pub file: PathBuf,
    pub line: usize,
}

/// A term found in a text: byte offsets into that text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TermHit {
    pub term: String,
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

struct Matcher {
    automaton: AhoCorasick,
    /// For each pattern, the index of its term.
    terms: Vec<usize>,
}

/// All terms, and one matcher per language over their accepted forms.
#[derive(Default)]
pub struct Glossary {
    terms: Vec<Term>,
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
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        let mut terms = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|source| GlossaryError::Io {
                path: file.display().to_string(),
                source,
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
        for lang in Lang::ALL {
            let mut patterns = Vec::new();
            let mut owners = Vec::new();
            for (i, term) in terms.iter().enumerate() {
                if let Some(forms) = term.forms.get(&lang) {
                    for form in forms.accepted().filter(|f| !f.is_empty()) {
                        patterns.push(form.to_string());
                        owners.push(i);
                    }
                }
            }
            if patterns.is_empty() {
                continue;
            }
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .map_err(|e| GlossaryError::Format {
                    path: "glossary".into(),
                    line: 0,
                    message: e.to_string(),
                })?;
            matchers.insert(
                lang,
                Matcher {
                    automaton,
                    terms: owners,
                },
            );
        }
        Ok(Glossary {
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

    /// The terms of `lang` in `text`, leftmost-longest, whole words for Latin-script forms.
    pub fn find(&self, lang: Lang, text: &str) -> Vec<TermHit> {
        let Some(matcher) = self.matchers.get(&lang) else {
            return Vec::new();
        };
        matcher
            .automaton
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .map(|m| TermHit {
                term: self.terms[matcher.terms[m.pattern().as_usize()]].id.clone(),
                lang,
                start: m.start(),
                end: m.end(),
                surface: text[m.start()..m.end()].to_string(),
            })
            .collect()
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

/// A Latin-script match must not sit inside a longer word (`SCO` in `SCOPE`).
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let is_word = |c: char| c.is_alphanumeric() && !crate::lang::is_han(c);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let left_ok = !(before.is_some_and(is_word) && first.is_some_and(is_word));
    let right_ok = !(after.is_some_and(is_word) && last.is_some_and(is_word));
    left_ok && right_ok
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
        terms.push(Term {
            id: id.to_string(),
            kind: kind.clone(),
            forms,
            status: cell(col("status")).to_string(),
            note: cell(col("note")).to_string(),
            file: path.to_path_buf(),
            line,
        });
    }
    Ok(terms)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(hits[0].term, "vice-chair");
        assert_eq!(hits[0].surface, "副主席");
        assert!(g.find(Lang::En, "the SCOPE of work").is_empty());
        let hits = g.find(Lang::En, "at the SCO forum, the vice chair said");
        let ids: Vec<_> = hits.iter().map(|h| h.term.as_str()).collect();
        assert_eq!(ids, vec!["sco", "vice-chair"]);
        assert_eq!(&"at the SCO forum"[hits[0].start..hits[0].end], "SCO");
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
