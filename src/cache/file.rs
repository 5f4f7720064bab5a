//! The file store: one JSON file per entry under `<root>/v1/<first two hex digits>/<key>.json`,
//! written atomically (a temporary file renamed into place) and verified when read. It was the
//! only store before the database; it stays selectable (`--cache dir:PATH`) and is what
//! [`super::sqlite`] migrates from.

use super::{CacheEntry, CacheError, CacheKey, Filter, Page, Store, StoreStats, KEY_SCHEMA};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::fsio::Scratch;

/// One JSON file per entry under `<root>/v1/<first two hex digits>/<key>.json`.
#[derive(Clone, Debug)]
pub struct FsStore {
    root: PathBuf,
    shared: Arc<Shared>,
}

/// What the clones of one store share.
#[derive(Debug, Default)]
struct Shared {
    /// Where this process writes entries before renaming them into place, and the journal
    /// of the responses it is filing.
    scratch: Mutex<Option<Arc<Scratch>>>,
    /// Answers journaled but not filed yet: lookups find them here meanwhile.
    pending: Arc<Mutex<HashMap<CacheKey, CacheEntry>>>,
    /// Files journaled responses on a thread of its own, so that the task reading the
    /// provider's answers goes back to them after one write instead of a sync per entry.
    filer: Mutex<Option<Filer>>,
    /// Entries journaled, then not filed, since [`Store::settle`] last asked: the journal
    /// goes with this process's scratch folder, so they are lost.
    lost: Arc<AtomicU64>,
}

#[derive(Debug)]
struct Filer {
    queue: std::sync::mpsc::SyncSender<Filing>,
    thread: std::thread::JoinHandle<()>,
}

/// One journaled response for the filer.
struct Filing {
    entries: Vec<(CacheKey, CacheEntry)>,
    journal: PathBuf,
    scratch: Arc<Scratch>,
}

/// Responses the filer may be behind by before `put_many` waits for it: bounds memory when
/// answers come faster than the disk files them.
const FILER_BACKLOG: usize = 16;

impl Drop for Shared {
    fn drop(&mut self) {
        if let Some(filer) = self.filer.get_mut().ok().and_then(Option::take) {
            drop(filer.queue);
            let _ = filer.thread.join();
        }
    }
}

impl FsStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FsStore {
            root: root.into(),
            shared: Arc::default(),
        }
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

    /// Hands a journaled response to the filer thread, started on first use; files it here
    /// if no thread can be started.
    fn send_to_filer(&self, filing: Filing) {
        let mut filer = self.shared.filer.lock().expect("filer lock");
        if filer.is_none() {
            let (queue, jobs) = std::sync::mpsc::sync_channel::<Filing>(FILER_BACKLOG);
            let store = FsStore::new(self.root.clone());
            let pending = self.shared.pending.clone();
            let lost = self.shared.lost.clone();
            let thread = std::thread::Builder::new()
                .name("cache-filer".into())
                .spawn(move || {
                    for filing in jobs {
                        store.file_journaled(filing, &pending, &lost);
                    }
                });
            match thread {
                Ok(thread) => *filer = Some(Filer { queue, thread }),
                Err(e) => {
                    tracing::debug!("no filer thread ({e}); filing in place");
                    drop(filer);
                    return self.file_journaled(filing, &self.shared.pending, &self.shared.lost);
                }
            }
        }
        if let Some(Filer { queue, .. }) = filer.as_ref() {
            if let Err(std::sync::mpsc::SendError(filing)) = queue.send(filing) {
                drop(filer);
                self.file_journaled(filing, &self.shared.pending, &self.shared.lost);
            }
        }
    }

    /// Files a journaled response's entries, then drops its journal; counts in `lost` the
    /// entries it could not file.
    fn file_journaled(
        &self,
        filing: Filing,
        pending: &Mutex<HashMap<CacheKey, CacheEntry>>,
        lost: &AtomicU64,
    ) {
        match self.file_entries(filing.scratch.dir(), &filing.entries) {
            Ok(()) => {
                let _ = std::fs::remove_file(&filing.journal);
                let mut pending = pending.lock().expect("pending lock");
                for (key, _) in &filing.entries {
                    pending.remove(key);
                }
            }
            // Still served from memory for the rest of this run, but gone when it ends (the
            // journal with its scratch folder): counted, so that the run says so and fails.
            Err(e) => {
                let unfiled = filing
                    .entries
                    .iter()
                    .filter(|(key, _)| !self.path_for(key).is_file())
                    .count();
                lost.fetch_add(unfiled as u64, Ordering::SeqCst);
                tracing::warn!("{e}; {unfiled} translation(s) of one response were not saved");
            }
        }
    }

    /// Waits until every response handed to the filer is filed.
    pub fn flush(&self) {
        let filer = self.shared.filer.lock().expect("filer lock").take();
        if let Some(filer) = filer {
            drop(filer.queue);
            let _ = filer.thread.join();
        }
    }

    /// Where this process's scratch folders live: `<root>/v1/tmp/`.
    fn scratch_root(&self) -> PathBuf {
        self.entries_dir().join("tmp")
    }

    /// This process's scratch folder, made on first use.
    fn scratch(&self) -> Result<Arc<Scratch>, CacheError> {
        let mut slot = self.shared.scratch.lock().expect("scratch lock");
        if let Some(scratch) = &*slot {
            return Ok(scratch.clone());
        }
        let root = self.scratch_root();
        let scratch = Arc::new(Scratch::create(&root).map_err(Self::io(&root))?);
        *slot = Some(scratch.clone());
        Ok(scratch)
    }

    /// Writes every entry to a temporary file in the scratch folder and syncs them all before
    /// renaming any into place: the syncs of one response follow each other, and a rename
    /// makes each entry appear whole or not at all.
    fn file_entries(
        &self,
        scratch: &Path,
        entries: &[(CacheKey, CacheEntry)],
    ) -> Result<(), CacheError> {
        let mut written = Vec::with_capacity(entries.len());
        for (key, entry) in entries {
            let mut tmp = tempfile::NamedTempFile::new_in(scratch).map_err(Self::io(scratch))?;
            let json = serde_json::to_vec_pretty(entry).expect("a cache entry always serialises");
            tmp.write_all(&json).map_err(Self::io(scratch))?;
            written.push((tmp, self.path_for(key)));
        }
        for (tmp, path) in &written {
            tmp.as_file().sync_data().map_err(Self::io(path))?;
        }
        for (tmp, path) in written {
            // Rename is atomic: a reader sees the old state or the whole new entry, never a part.
            match tmp.persist(&path) {
                Ok(_) => {}
                Err(e) if e.error.kind() == std::io::ErrorKind::NotFound => {
                    let dir = path.parent().expect("entry paths have a parent");
                    std::fs::create_dir_all(dir).map_err(Self::io(dir))?;
                    e.file
                        .persist(&path)
                        .map_err(|e| Self::io(&path)(e.error))?;
                }
                Err(e) => return Err(Self::io(&path)(e.error)),
            }
        }
        Ok(())
    }

    /// One response's entries, one per line, in a journal file of the scratch folder.
    fn journal(
        &self,
        scratch: &Path,
        entries: &[(CacheKey, CacheEntry)],
    ) -> Result<PathBuf, CacheError> {
        let (mut file, path) = tempfile::Builder::new()
            .prefix("response-")
            .suffix(".jsonl")
            .tempfile_in(scratch)
            .and_then(|tmp| tmp.keep().map_err(|e| e.error))
            .map_err(Self::io(scratch))?;
        let mut blob = Vec::new();
        for (_, entry) in entries {
            serde_json::to_writer(&mut blob, entry).expect("a cache entry always serialises");
            blob.push(b'\n');
        }
        file.write_all(&blob).map_err(Self::io(&path))?;
        Ok(path)
    }

    /// Files the entries of responses whose process was killed before filing them, clears
    /// what such processes left half-written, and returns how many entries it filed. The
    /// scratch folders of live processes are left alone; a journal line cut short by the kill
    /// is dropped, and a line that does not match its key is never filed.
    pub fn recover(&self) -> Result<usize, CacheError> {
        let root = self.scratch_root();
        let mut filed = 0;
        let mut failure = None;
        Scratch::sweep(&root, |dead| {
            let entries: Vec<(CacheKey, CacheEntry)> = std::fs::read_dir(dead)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .filter_map(|p| std::fs::read(p).ok())
                .flat_map(|text| {
                    text.split(|&b| b == b'\n')
                        .filter_map(|line| serde_json::from_slice::<CacheEntry>(line).ok())
                        .collect::<Vec<_>>()
                })
                .map(|entry| (entry.request.key(), entry))
                .filter(|(key, _)| !self.path_for(key).exists())
                .collect();
            if entries.is_empty() {
                return true;
            }
            let filing = self
                .scratch()
                .and_then(|scratch| self.file_entries(scratch.dir(), &entries));
            match filing {
                Ok(()) => {
                    filed += entries.len();
                    true
                }
                Err(e) => {
                    // Left in place for the next run to try again.
                    failure.get_or_insert(e);
                    false
                }
            }
        })
        .map_err(Self::io(&root))?;
        match failure {
            Some(e) => Err(e),
            None => Ok(filed),
        }
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
        if let Some(entry) = self.shared.pending.lock().expect("pending lock").get(key) {
            return Ok(Some(entry.clone()));
        }
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
        let scratch = self.scratch()?;
        let journal = self.journal(scratch.dir(), entries)?;
        self.shared
            .pending
            .lock()
            .expect("pending lock")
            .extend(entries.iter().cloned());
        self.send_to_filer(Filing {
            entries: entries.to_vec(),
            journal,
            scratch,
        });
        Ok(())
    }

    fn settle(&self) -> u64 {
        self.flush();
        self.shared.lost.swap(0, Ordering::SeqCst)
    }

    /// The file store claims nothing: its lookups are already peeks.
    fn peek_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        self.get_many(keys)
    }

    /// Keys in order are the shard folders in order, then the files of each in order: a page
    /// lists the folder it starts in and the next ones until it is full, so a whole scan
    /// lists each folder about once per page that touches it.
    fn scan(
        &self,
        filter: &Filter,
        after: Option<&CacheKey>,
        limit: usize,
    ) -> Result<Page, CacheError> {
        self.flush();
        let limit = limit.max(1);
        let mut page = Page::default();
        let top = self.entries_dir();
        let mut shards: Vec<String> = match std::fs::read_dir(&top) {
            Ok(list) => list
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_hexdigit()))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(page),
            Err(e) => return Err(Self::io(&top)(e)),
        };
        shards.sort();
        let after = after.map(|k| k.0.as_str()).unwrap_or("");
        let mut seen = 0;
        for shard in shards
            .iter()
            .filter(|s| s.as_str() >= after.get(..2).unwrap_or(""))
        {
            let dir = top.join(shard);
            let mut keys: Vec<String> = std::fs::read_dir(&dir)
                .map_err(Self::io(&dir))?
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
                .filter(|k| k.as_str() > after)
                .collect();
            keys.sort();
            for key in keys {
                let key = CacheKey(key);
                let path = self.path_for(&key);
                let entry = match std::fs::read(&path) {
                    Ok(bytes) => serde_json::from_slice::<CacheEntry>(&bytes)
                        .ok()
                        .filter(|e| e.request.key() == key),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(Self::io(&path)(e)),
                };
                seen += 1;
                match entry {
                    Some(entry) if filter.matches(&entry) => {
                        page.entries.push((key.clone(), entry))
                    }
                    Some(_) => {}
                    None => page.corrupt += 1,
                }
                page.next = Some(key);
                // A page ends after `limit` files looked at, as the database's after `limit`
                // rows that pass: either way a page holds at most `limit` entries.
                if seen == limit {
                    return Ok(page);
                }
            }
        }
        page.next = None;
        Ok(page)
    }

    /// Removes the files of the entries that pass; a damaged file is left (it is no entry of
    /// any provider: `cache stats` counts it).
    fn forget(&self, filter: &Filter) -> Result<u64, CacheError> {
        self.flush();
        let mut doomed = Vec::new();
        self.for_each_file(|path, _, entry| {
            if entry.is_some_and(|e| filter.matches(&e)) {
                doomed.push(path.to_path_buf());
            }
        })?;
        let mut removed = 0;
        for path in doomed {
            match std::fs::remove_file(&path) {
                Ok(()) => removed += 1,
                // Another process removed it first.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Self::io(&path)(e)),
            }
        }
        Ok(removed)
    }

    fn stats(&self) -> Result<StoreStats, CacheError> {
        self.flush();
        let mut stats = StoreStats {
            backend: "files",
            verified: true,
            ..StoreStats::default()
        };
        self.for_each_file(|path, bytes, entry| {
            // A block per entry at least: what the folder takes on disk.
            stats.disk_bytes += bytes.div_ceil(4096).max(1) * 4096;
            match entry {
                Some(entry) => stats.count(&entry.request, bytes),
                None => {
                    stats.entries += 1;
                    stats.bytes += bytes;
                    stats.corrupt += 1;
                    tracing::debug!(path = %path.display(), "corrupt cache entry");
                }
            }
        })?;
        Ok(stats)
    }
}

impl FsStore {
    /// Calls `each` with every entry file's path, size, and entry if it is whole and matches
    /// its key (else `None`), in no particular order.
    pub fn for_each_file(
        &self,
        mut each: impl FnMut(&Path, u64, Option<CacheEntry>),
    ) -> Result<(), CacheError> {
        let top = self.entries_dir();
        let shards = match std::fs::read_dir(&top) {
            Ok(shards) => shards,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Self::io(&top)(e)),
        };
        for shard in shards {
            let shard = shard.map_err(Self::io(&top))?.path();
            if !shard.is_dir() || shard.file_name().is_some_and(|n| n == "tmp") {
                continue;
            }
            for file in std::fs::read_dir(&shard).map_err(Self::io(&shard))? {
                let path = file.map_err(Self::io(&shard))?.path();
                if path.extension().is_none_or(|x| x != "json") {
                    continue;
                }
                let bytes = match std::fs::read(&path) {
                    Ok(bytes) => bytes,
                    // Gone since it was listed (another process moved the folder): not an
                    // entry any more.
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(Self::io(&path)(e)),
                };
                let entry = serde_json::from_slice::<CacheEntry>(&bytes)
                    .ok()
                    .filter(|e| {
                        path.file_stem()
                            .is_some_and(|stem| stem.to_string_lossy() == e.request.key().0)
                    });
                each(&path, bytes.len() as u64, entry);
            }
        }
        Ok(())
    }

    /// The folder of entries, `<root>/v1`.
    pub fn entries_folder(&self) -> PathBuf {
        self.entries_dir()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::CacheRequest;
    use crate::glossary::TermPair;
    use crate::lang::Lang;

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

    /// One response's entries: each text translated as itself marked `(zh)`.
    fn entries(texts: &[&str]) -> Vec<(CacheKey, CacheEntry)> {
        texts
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
            .collect()
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
        let entries = entries(&["One.", "Two.", "Three."]);
        store.put_many(&entries).unwrap();
        let missing = request("Four.").key();
        let keys = vec![&entries[2].0, &missing, &entries[0].0];
        let found = store.get_many(&keys).unwrap();
        assert_eq!(found[0].as_ref(), Some(&entries[2].1));
        assert_eq!(found[1], None);
        assert_eq!(found[2].as_ref(), Some(&entries[0].1));
        assert_eq!(store.stats().unwrap().entries, 3);
        // Once the store is gone, no temporary file, journal or scratch folder is left.
        drop(store);
        let leftovers = walkdir::WalkDir::new(dir.path())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter(|e| e.path().extension().is_none_or(|x| x != "json"))
            .count();
        assert_eq!(leftovers, 0);
    }

    #[test]
    fn a_response_killed_while_filed_is_filed_by_the_next_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = FsStore::new(dir.path());
        let entries = entries(&["One.", "Two."]);
        // What a process killed after its journal write leaves: an unlocked scratch folder
        // with the journal, its last line cut short, and no entry filed.
        let dead = dir.path().join("v1/tmp/run-dead");
        std::fs::create_dir_all(&dead).unwrap();
        std::fs::write(dir.path().join("v1/tmp/run-dead.lock"), "").unwrap();
        let journal = store.journal(&dead, &entries).unwrap();
        let mut text = std::fs::read(&journal).unwrap();
        text.extend_from_slice(b"{\"request\":{\"schema\"");
        std::fs::write(&journal, text).unwrap();
        std::fs::write(dead.join(".tmp-half-entry"), "{\"req").unwrap();
        assert!(store.get(&entries[0].0).unwrap().is_none());

        // A journal of a live process is left alone.
        let live = FsStore::new(dir.path());
        let live_scratch = live.scratch().unwrap();
        let live_journal = live.journal(live_scratch.dir(), &entries[..1]).unwrap();

        assert_eq!(FsStore::new(dir.path()).recover().unwrap(), 2);
        assert!(!dead.exists(), "the dead process's scratch is cleared");
        assert!(live_journal.exists());
        for (key, entry) in &entries {
            assert_eq!(store.get(key).unwrap().as_ref(), Some(entry));
        }
        assert_eq!(store.recover().unwrap(), 0);
        assert_eq!(store.stats().unwrap().entries, 2);
    }

    #[test]
    fn entries_accepted_then_not_filed_are_counted_as_lost() {
        let dir = tempfile::tempdir().unwrap();
        let store = FsStore::new(dir.path());
        let entries = entries(&["One.", "Two.", "Three."]);
        // The folder of the first entry is a regular file: its filing fails even for root,
        // after the journal was written.
        let blocked = &entries[0].0;
        std::fs::create_dir_all(dir.path().join("v1")).unwrap();
        std::fs::write(dir.path().join("v1").join(&blocked.0[..2]), "").unwrap();
        store.put_many(&entries).unwrap();
        assert_eq!(
            store
                .get(blocked)
                .unwrap()
                .map(|e| e.translation)
                .as_deref(),
            Some("One. (zh)"),
            "still served for the rest of the run"
        );
        // Filing stops at the first entry it cannot rename, which is the first.
        assert_eq!(store.settle(), 3, "not saved");
        assert!(!store.path_for(blocked).is_file());
        assert_eq!(store.settle(), 0, "counted once");
    }
}
