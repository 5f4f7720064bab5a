//! The translation memory of every paid call: content-addressed entries on disk.
//!
//! The key is the SHA-256 of a canonical, versioned record of everything that determines the
//! answer ([`CacheRequest`]) and nothing else: no API key, no batch, no timestamp. Entries are
//! written atomically (a temporary file renamed into place) and verified when read, so a killed
//! run never leaves a half-written entry and several processes can share one cache.

use crate::glossary::TermPair;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Bumped whenever the meaning of a key changes, so old entries are never misread.
pub const KEY_SCHEMA: u32 = 1;

/// Everything that determines a translation. Field order is the canonical order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CacheRequest {
    pub schema: u32,
    /// Provider kind (`deepl`, `openai`, `pseudo`), not the profile name a user gave it.
    pub provider: String,
    /// Model or engine that produced the answer.
    pub model: String,
    /// API family, for providers whose endpoints answer differently (`deepl-v2`).
    pub endpoint_family: String,
    pub source_lang: Lang,
    pub target_lang: Lang,
    /// The NFC source text.
    pub text: String,
    /// The glossary terms matched in this segment, sorted.
    pub terms: Vec<TermPair>,
    /// Provider options that change the answer (formality, prompt version ...), with sorted keys.
    pub options: serde_json::Value,
}

impl CacheRequest {
    pub fn key(&self) -> CacheKey {
        let canonical = serde_json::to_vec(self).expect("a cache request always serialises");
        CacheKey(hex::encode(Sha256::digest(&canonical)))
    }
}

/// Hex SHA-256 of a [`CacheRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CacheKey(pub String);

impl std::fmt::Display for CacheKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A stored translation together with the request that produced it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CacheEntry {
    pub request: CacheRequest,
    pub translation: String,
    /// Seconds since the Unix epoch when the entry was written.
    pub created: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error(
        "cache {path}: {source} (check that the cache folder is writable, or pass --cache DIR)"
    )]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    pub entries: u64,
    pub bytes: u64,
    /// Entries that could not be read or did not match their key.
    pub corrupt: u64,
}

/// Where translations are kept. The file store is the default; a shared backend (a key-value
/// server, an object store, a database that several machines reach) implements the same
/// interface, so that machines splitting one collection with `--shard` never pay twice for
/// one segment.
///
/// What a backend must guarantee:
/// - keys are content hashes, so an entry never changes once written: two machines that
///   write one key write the same request, and either write may win;
/// - `put`/`put_many` return only once the entries would survive the process being killed,
///   and a reader never sees half an entry;
/// - a miss or an unreadable entry is `None`, never an error: the pipeline then pays for the
///   segment again rather than stop.
///
/// The pipeline asks for all of a run's keys with one [`Store::get_many`] and stores each
/// provider response with one [`Store::put_many`], so a backend across the network costs one
/// round trip per request to the provider, not one per segment.
pub trait Store: Send + Sync {
    /// The entry for a key, or `None` on a miss. An entry that fails verification is a miss.
    fn get(&self, key: &CacheKey) -> Result<Option<CacheEntry>, CacheError>;
    fn put(&self, key: &CacheKey, entry: &CacheEntry) -> Result<(), CacheError>;
    fn stats(&self) -> Result<StoreStats, CacheError>;

    /// The entries for many keys, in order. A backend across the network answers them in one
    /// round trip.
    fn get_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        keys.iter().map(|key| self.get(key)).collect()
    }

    /// Stores the entries of one provider response together.
    fn put_many(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<(), CacheError> {
        entries
            .iter()
            .try_for_each(|(key, entry)| self.put(key, entry))
    }
}

/// A response's journal file, locked until its entries are filed.
struct Journal {
    file: std::fs::File,
    path: PathBuf,
}

/// One JSON file per entry under `<root>/v1/<first two hex digits>/<key>.json`.
#[derive(Clone, Debug)]
pub struct FsStore {
    root: PathBuf,
}

impl FsStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FsStore { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn entries_dir(&self) -> PathBuf {
        self.root.join(format!("v{KEY_SCHEMA}"))
    }

    fn path_for(&self, key: &CacheKey) -> PathBuf {
        self.entries_dir()
            .join(&key.0[..2])
            .join(format!("{}.json", key.0))
    }

    /// Writes every entry to a temporary file first and syncs them all before renaming any
    /// into place: the syncs of one response follow each other, and a rename makes each
    /// entry appear whole or not at all.
    fn file_entries(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<(), CacheError> {
        let mut written = Vec::with_capacity(entries.len());
        for (key, entry) in entries {
            let path = self.path_for(key);
            let dir = path.parent().expect("entry paths have a parent");
            let mut tmp = match tempfile::NamedTempFile::new_in(dir) {
                Ok(tmp) => tmp,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    std::fs::create_dir_all(dir).map_err(Self::io(dir))?;
                    tempfile::NamedTempFile::new_in(dir).map_err(Self::io(dir))?
                }
                Err(e) => return Err(Self::io(dir)(e)),
            };
            let json = serde_json::to_vec_pretty(entry).expect("a cache entry always serialises");
            tmp.write_all(&json).map_err(Self::io(&path))?;
            written.push((tmp, path));
        }
        for (tmp, path) in &written {
            tmp.as_file().sync_data().map_err(Self::io(path))?;
        }
        for (tmp, path) in written {
            // Rename is atomic: a reader sees the old state or the whole new entry, never a part.
            tmp.persist(&path).map_err(|e| Self::io(&path)(e.error))?;
        }
        Ok(())
    }

    fn journal_dir(&self) -> PathBuf {
        self.entries_dir().join("journal")
    }

    /// One response's entries in a journal file of their own, locked while this process
    /// files them, so that another process's recovery leaves it alone.
    fn journal(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<Journal, CacheError> {
        let dir = self.journal_dir();
        let create = || {
            tempfile::Builder::new()
                .prefix("response-")
                .suffix(".jsonl")
                .tempfile_in(&dir)
        };
        let tmp = match create() {
            Ok(tmp) => tmp,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&dir).map_err(Self::io(&dir))?;
                create().map_err(Self::io(&dir))?
            }
            Err(e) => return Err(Self::io(&dir)(e)),
        };
        let (mut file, path) = tmp.keep().map_err(|e| Self::io(&dir)(e.error))?;
        // A folder whose file system cannot lock still gets the journal; only a concurrent
        // recovery could then file it early, which writes the same entries.
        let _ = file.try_lock();
        let mut blob = Vec::new();
        for (_, entry) in entries {
            serde_json::to_writer(&mut blob, entry).expect("a cache entry always serialises");
            blob.push(b'\n');
        }
        file.write_all(&blob).map_err(Self::io(&path))?;
        Ok(Journal { file, path })
    }

    /// Files the entries of responses whose process was killed before filing them, and
    /// returns how many it filed. Journals still locked by a live process are left alone;
    /// a line cut short by the kill, or one that does not match its key, is dropped.
    pub fn recover(&self) -> Result<usize, CacheError> {
        let dir = self.journal_dir();
        let journals = match std::fs::read_dir(&dir) {
            Ok(journals) => journals,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(Self::io(&dir)(e)),
        };
        let mut filed = 0;
        for journal in journals {
            let path = journal.map_err(Self::io(&dir))?.path();
            if path.extension().is_none_or(|x| x != "jsonl") {
                continue;
            }
            let Ok(file) = std::fs::File::open(&path) else {
                continue;
            };
            if let Err(std::fs::TryLockError::WouldBlock) = file.try_lock() {
                continue;
            }
            let text = std::fs::read(&path).map_err(Self::io(&path))?;
            let entries: Vec<(CacheKey, CacheEntry)> = text
                .split(|&b| b == b'\n')
                .filter_map(|line| serde_json::from_slice::<CacheEntry>(line).ok())
                .map(|entry| (entry.request.key(), entry))
                .filter(|(key, _)| !self.path_for(key).exists())
                .collect();
            self.file_entries(&entries)?;
            filed += entries.len();
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Self::io(&path)(e))
                }
                _ => {}
            }
        }
        Ok(filed)
    }

    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CacheError + '_ {
        move |source| CacheError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

impl Store for FsStore {
    fn get(&self, key: &CacheKey) -> Result<Option<CacheEntry>, CacheError> {
        let path = self.path_for(key);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Self::io(&path)(e)),
        };
        match serde_json::from_slice::<CacheEntry>(&bytes) {
            Ok(entry) if entry.request.key() == *key => Ok(Some(entry)),
            _ => {
                tracing::warn!(
                    path = %path.display(),
                    "cache entry does not match its key; ignoring it and translating again"
                );
                Ok(None)
            }
        }
    }

    fn put(&self, key: &CacheKey, entry: &CacheEntry) -> Result<(), CacheError> {
        self.put_many(std::slice::from_ref(&(key.clone(), entry.clone())))
    }

    /// Appends the whole response to a journal with one write first, then files each entry:
    /// a run killed while filing them loses nothing it paid for, since the next store
    /// opened on this folder files the journal ([`FsStore::recover`]). Filing one entry
    /// takes a file creation and a sync; the journal narrows the time in which a received
    /// answer exists only in memory from milliseconds to one write.
    fn put_many(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<(), CacheError> {
        if entries.is_empty() {
            return Ok(());
        }
        let journal = self.journal(entries)?;
        self.file_entries(entries)?;
        drop(journal.file);
        match std::fs::remove_file(&journal.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Self::io(&journal.path)(e)),
            _ => Ok(()),
        }
    }

    fn stats(&self) -> Result<StoreStats, CacheError> {
        let mut stats = StoreStats::default();
        let top = self.entries_dir();
        let shards = match std::fs::read_dir(&top) {
            Ok(shards) => shards,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(stats),
            Err(e) => return Err(Self::io(&top)(e)),
        };
        for shard in shards {
            let shard = shard.map_err(Self::io(&top))?.path();
            if !shard.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&shard).map_err(Self::io(&shard))? {
                let path = file.map_err(Self::io(&shard))?.path();
                if path.extension().is_none_or(|x| x != "json") {
                    continue;
                }
                let meta = std::fs::metadata(&path).map_err(Self::io(&path))?;
                stats.entries += 1;
                stats.bytes += meta.len();
                let valid = std::fs::read(&path)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<CacheEntry>(&b).ok())
                    .is_some_and(|e| {
                        path.file_stem()
                            .is_some_and(|stem| stem.to_string_lossy() == e.request.key().0)
                    });
                if !valid {
                    stats.corrupt += 1;
                }
            }
        }
        Ok(stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(text: &str) -> CacheRequest {
        CacheRequest {
            schema: KEY_SCHEMA,
            provider: "deepl".into(),
            model: "default".into(),
            endpoint_family: "deepl-v2".into(),
            source_lang: Lang::En,
            target_lang: Lang::Zh,
            text: text.into(),
            terms: vec![],
            options: serde_json::json!({}),
        }
    }

    #[test]
    fn key_depends_on_text_and_terms_only_through_the_request() {
        let a = request("Hello.");
        assert_eq!(a.key(), request("Hello.").key());
        assert_ne!(a.key(), request("Hello!").key());
        let mut with_term = request("Hello.");
        with_term.terms.push(TermPair {
            id: "x".into(),
            source: "Hello".into(),
            target: "你好".into(),
        });
        assert_ne!(a.key(), with_term.key());
        assert_eq!(a.key().0.len(), 64);
    }

    #[test]
    fn round_trip_and_verification() {
        let dir = tempfile::tempdir().unwrap();
        let store = FsStore::new(dir.path());
        let req = request("Hello.");
        let key = req.key();
        assert!(store.get(&key).unwrap().is_none());
        let entry = CacheEntry {
            request: req,
            translation: "你好。".into(),
            created: 1,
        };
        store.put(&key, &entry).unwrap();
        assert_eq!(store.get(&key).unwrap(), Some(entry.clone()));
        assert_eq!(store.stats().unwrap().entries, 1);

        // An entry whose content no longer matches its key is not trusted.
        let path = store.path_for(&key);
        let tampered = std::fs::read_to_string(&path)
            .unwrap()
            .replace("Hello.", "Bye.");
        std::fs::write(&path, tampered).unwrap();
        assert!(store.get(&key).unwrap().is_none());
        assert_eq!(store.stats().unwrap().corrupt, 1);
        // A half-written file is not trusted either.
        std::fs::write(&path, "{\"request\":").unwrap();
        assert!(store.get(&key).unwrap().is_none());
    }

    #[test]
    fn one_response_is_stored_and_looked_up_together() {
        let dir = tempfile::tempdir().unwrap();
        let store = FsStore::new(dir.path());
        let entries: Vec<(CacheKey, CacheEntry)> = ["One.", "Two.", "Three."]
            .iter()
            .map(|t| {
                let request = request(t);
                let entry = CacheEntry {
                    translation: format!("{t} (zh)"),
                    request: request.clone(),
                    created: 1,
                };
                (request.key(), entry)
            })
            .collect();
        store.put_many(&entries).unwrap();
        let missing = request("Four.").key();
        let keys = vec![&entries[2].0, &missing, &entries[0].0];
        let found = store.get_many(&keys).unwrap();
        assert_eq!(found[0].as_ref(), Some(&entries[2].1));
        assert_eq!(found[1], None);
        assert_eq!(found[2].as_ref(), Some(&entries[0].1));
        assert_eq!(store.stats().unwrap().entries, 3);
        // No temporary file is left beside the entries.
        let leftovers = walk_files(dir.path())
            .into_iter()
            .filter(|p| p.extension().is_none_or(|x| x != "json"))
            .count();
        assert_eq!(leftovers, 0);
    }

    #[test]
    fn a_response_killed_while_filed_is_filed_by_the_next_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = FsStore::new(dir.path());
        let entries: Vec<(CacheKey, CacheEntry)> = ["One.", "Two."]
            .iter()
            .map(|t| {
                let request = request(t);
                let entry = CacheEntry {
                    translation: format!("{t} (zh)"),
                    request: request.clone(),
                    created: 1,
                };
                (request.key(), entry)
            })
            .collect();
        // As if the process died after the journal write: the journal is there, unlocked,
        // with a last line cut short, and no entry is filed.
        let journal = store.journal(&entries).unwrap();
        let path = journal.path.clone();
        drop(journal);
        let mut text = std::fs::read(&path).unwrap();
        text.extend_from_slice(b"{\"request\":{\"schema\"");
        std::fs::write(&path, text).unwrap();
        assert!(store.get(&entries[0].0).unwrap().is_none());

        // A journal still held by a live process is left alone.
        let live = store.journal(&entries[..1]).unwrap();
        assert_eq!(FsStore::new(dir.path()).recover().unwrap(), 2);
        assert!(!path.exists());
        assert!(live.path.exists());
        for (key, entry) in &entries {
            assert_eq!(store.get(key).unwrap().as_ref(), Some(entry));
        }
        drop(live);
        assert_eq!(store.recover().unwrap(), 0, "its entries are already filed");
        assert_eq!(store.stats().unwrap().entries, 2);
    }

    fn walk_files(dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(walk_files(&path));
            } else {
                files.push(path);
            }
        }
        files
    }
}
