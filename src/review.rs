//! Reviewers' corrections: human translations of exact source segments, which every later run
//! uses before the cache and before any provider, and which no machine translation replaces.
//!
//! They live in one JSON Lines file per language pair (`reviews/vi-en.jsonl`), sorted by source
//! text, so that a team can keep them under version control and read their diffs. Each file is
//! rewritten atomically on import; runs only read them.

use crate::fsio::write_atomic;
use crate::lang::Lang;
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
