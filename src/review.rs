//! Reviewers' corrections: human translations of exact source segments, which every later run
//! uses before the cache and before any provider, and which no machine translation replaces.
//!
//! They live in one JSON Lines file per language pair (`reviews/vi-en.jsonl`), sorted by source
//! text, so that a team can keep them under version control and read their diffs. Each file is
//! rewritten atomically on import; runs only read them.

use crate::fsio::write_atomic;
use crate::lang::Lang;
use crate::output::review::Reviewed;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One correction: the target text a reviewer gave for this exact source text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub source: String,
    pub target: String,
    /// Where it was imported from (file, document and segment id), for the record.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("{path}:{line}: not a correction record ({message}): fix or remove that line")]
    Parse {
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
    Write(#[from] crate::fsio::WriteError),
}

/// The translation a run would give a source text now (source language, target language,
/// text), if it has one: a correction, else the cached machine translation.
pub type CurrentTranslation<'a> = dyn Fn(Lang, Lang, &str) -> Option<String> + 'a;

/// What importing one reviewed file did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Entries stored as new or changed corrections.
    pub stored: usize,
    /// Entries that said what a run gives now or what was already stored.
    pub unchanged: usize,
}

/// Whether a reviewed entry says what a run would give now: the current translation (compared
/// in NFC), or a copy of a source without letters (numbers, symbols), which a run copies too.
fn says_what_a_run_gives(entry: &Reviewed, current: &CurrentTranslation) -> bool {
    let copy = entry.target == entry.source && !crate::text::has_letters(&entry.source);
    copy || current(entry.source_lang, entry.target_lang, &entry.source)
        .is_some_and(|now| crate::text::nfc(&now) == crate::text::nfc(&entry.target))
}

/// Every correction of a workspace, by language pair and NFC source text.
#[derive(Debug, Default)]
pub struct Reviews {
    dir: PathBuf,
    pairs: HashMap<(Lang, Lang), BTreeMap<String, Correction>>,
}

impl Reviews {
    /// Loads `DIR/<src>-<tgt>.jsonl` for every pair; a missing folder means no corrections.
    pub fn load(dir: &Path) -> Result<Self, ReviewError> {
        let mut reviews = Reviews {
            dir: dir.to_path_buf(),
            pairs: HashMap::new(),
        };
        for source in Lang::ALL {
            for target in Lang::ALL.into_iter().filter(|&t| t != source) {
                let path = reviews.file(source, target);
                let text = match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => {
                        return Err(ReviewError::Io {
                            path: path.display().to_string(),
                            source: e,
                        })
                    }
                };
                let entries = reviews.pairs.entry((source, target)).or_default();
                for (n, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let correction: Correction =
                        serde_json::from_str(line).map_err(|e| ReviewError::Parse {
                            path: path.display().to_string(),
                            line: n + 1,
                            message: e.to_string(),
                        })?;
                    let key = crate::text::nfc(&correction.source).into_owned();
                    entries.insert(key, correction);
                }
            }
        }
        Ok(reviews)
    }

    fn file(&self, source: Lang, target: Lang) -> PathBuf {
        self.dir.join(format!("{source}-{target}.jsonl"))
    }

    /// The reviewed translation of this exact source text, if there is one.
    pub fn get(&self, source: Lang, target: Lang, text: &str) -> Option<&str> {
        self.pairs
            .get(&(source, target))?
            .get(crate::text::nfc(text).as_ref())
            .map(|c| c.target.as_str())
    }

    pub fn len(&self) -> usize {
        self.pairs.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A hash of every correction: it changes whenever one is added, replaced or removed.
    pub fn fingerprint(&self) -> String {
        let mut pairs: Vec<_> = self.pairs.iter().collect();
        pairs.sort_by_key(|(pair, _)| **pair);
        let mut hasher = Sha256::new();
        for ((source, target), entries) in pairs {
            for correction in entries.values() {
                hasher.update(format!("{source}\t{target}\t").as_bytes());
                hasher.update(correction.source.as_bytes());
                hasher.update(b"\t");
                hasher.update(correction.target.as_bytes());
                hasher.update(b"\n");
            }
        }
        hex::encode(hasher.finalize())
    }

    /// Adds or replaces a correction in memory; returns whether anything changed.
    pub fn insert(&mut self, source: Lang, target: Lang, correction: Correction) -> bool {
        let key = crate::text::nfc(&correction.source).into_owned();
        let correction = Correction {
            source: key.clone(),
            target: crate::text::nfc(&correction.target).into_owned(),
            from: correction.from,
        };
        let entries = self.pairs.entry((source, target)).or_default();
        match entries.get(&key) {
            Some(old) if old.target == correction.target => false,
            _ => {
                entries.insert(key, correction);
                true
            }
        }
    }

    /// Takes the entries of one reviewed file (`shown` names it in each correction's `from`).
    /// With `current` — what a run would give a source text now — an entry that says just
    /// that is left out: an edited TSV does not say which cells a reviewer changed, and
    /// confirming a machine translation must not turn it into a correction. Without it (a
    /// reviewed XLIFF, whose entries a reviewer marked) every entry is a correction.
    pub fn import(
        &mut self,
        shown: &str,
        entries: Vec<Reviewed>,
        current: Option<&CurrentTranslation>,
    ) -> Imported {
        let mut imported = Imported::default();
        for entry in entries {
            let same_as_now = current.is_some_and(|current| says_what_a_run_gives(&entry, current));
            let from = format!(
                "{shown}#{}{}",
                entry.doc.map(|d| format!("{d}/")).unwrap_or_default(),
                entry.id
            );
            let changed = !same_as_now
                && self.insert(
                    entry.source_lang,
                    entry.target_lang,
                    Correction {
                        from,
                        source: entry.source,
                        target: entry.target,
                    },
                );
            if changed {
                imported.stored += 1;
            } else {
                imported.unchanged += 1;
            }
        }
        imported
    }

    /// Writes every pair's file, sorted by source text, each atomically.
    pub fn save(&self) -> Result<Vec<PathBuf>, ReviewError> {
        let mut written = Vec::new();
        let mut pairs: Vec<_> = self.pairs.iter().collect();
        pairs.sort_by_key(|(pair, _)| **pair);
        for (&(source, target), entries) in pairs {
            if entries.is_empty() {
                continue;
            }
            let mut body = String::new();
            for correction in entries.values() {
                body.push_str(
                    &serde_json::to_string(correction).expect("a correction always serialises"),
                );
                body.push('\n');
            }
            let path = self.file(source, target);
            write_atomic(&path, body.as_bytes())?;
            written.push(path);
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_round_trip_and_match_any_normalisation() {
        let dir = tempfile::tempdir().unwrap();
        let mut reviews = Reviews::load(&dir.path().join("reviews")).unwrap();
        assert!(reviews.is_empty());
        let nfd = "Vie\u{0302}\u{0323}t Nam.";
        let empty = reviews.fingerprint();
        assert!(reviews.insert(
            Lang::Vi,
            Lang::En,
            Correction {
                source: nfd.into(),
                target: "Viet Nam.".into(),
                from: "a.xlf".into(),
            }
        ));
        // The same correction again changes nothing.
        assert!(!reviews.insert(
            Lang::Vi,
            Lang::En,
            Correction {
                source: "Việt Nam.".into(),
                target: "Viet Nam.".into(),
                from: String::new(),
            }
        ));
        assert_ne!(
            reviews.fingerprint(),
            empty,
            "a correction changes the fingerprint"
        );
        let written = reviews.save().unwrap();
        assert_eq!(written, vec![dir.path().join("reviews/vi-en.jsonl")]);
        let again = Reviews::load(&dir.path().join("reviews")).unwrap();
        assert_eq!(
            again.get(Lang::Vi, Lang::En, "Việt Nam."),
            Some("Viet Nam.")
        );
        assert_eq!(again.get(Lang::Vi, Lang::En, nfd), Some("Viet Nam."));
        assert_eq!(again.get(Lang::Vi, Lang::Zh, "Việt Nam."), None);
        assert_eq!(again.fingerprint(), reviews.fingerprint());
    }

    #[test]
    fn an_edited_tsv_stores_only_the_cells_that_differ_from_now() {
        let dir = tempfile::tempdir().unwrap();
        let mut reviews = Reviews::load(dir.path()).unwrap();
        let entry = |id: &str, source: &str, target: &str| Reviewed {
            doc: None,
            id: id.into(),
            source_lang: Lang::Vi,
            target_lang: Lang::En,
            source: source.into(),
            target: target.into(),
        };
        let entries = vec![
            entry("b1.s1", "Xin chào.", "Hello."),
            entry("b1.s2", "Cảm ơn.", "Thank you very much."),
            entry("b2.s1", "2026", "2026"),
        ];
        let now = |_: Lang, _: Lang, source: &str| match source {
            "Xin chào." => Some("Hello.".to_string()),
            "Cảm ơn." => Some("Thanks.".to_string()),
            _ => None,
        };
        let imported = reviews.import("a.tsv", entries.clone(), Some(&now));
        assert_eq!(
            imported,
            Imported {
                stored: 1,
                unchanged: 2
            }
        );
        assert_eq!(
            reviews.get(Lang::Vi, Lang::En, "Cảm ơn."),
            Some("Thank you very much.")
        );
        assert_eq!(reviews.get(Lang::Vi, Lang::En, "Xin chào."), None);

        // Without a current translation (a reviewed XLIFF) every new entry is a correction.
        let imported = reviews.import("a.xlf", entries, None);
        assert_eq!(
            imported,
            Imported {
                stored: 2,
                unchanged: 1
            }
        );
        assert_eq!(reviews.get(Lang::Vi, Lang::En, "2026"), Some("2026"));
    }

    #[test]
    fn a_broken_line_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("en-zh.jsonl"),
            "{\"source\":\"a\",\"target\":\"b\"}\nnot json\n",
        )
        .unwrap();
        let e = Reviews::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("en-zh.jsonl:2:"), "{e}");
    }
}
