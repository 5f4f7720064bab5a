//! The default store: every entry a row of one SQLite database, `<cache>/bitext.sqlite3`, in
//! write-ahead-log mode, so that any number of processes on one machine read it while one at a
//! time writes, and anyone can open it with `sqlite3`.
//!
//! What the file store guarantees holds here through SQLite's transactions: a response's
//! entries are committed together before `put_many` returns, so a process killed at any
//! moment leaves every answer it was told was stored, and never half of one; a full disk
//! fails the commit, which `put_many` returns. The commit is a write to the log, not a sync
//! (`synchronous = NORMAL`, as the file store's journal is a write): the log is synced at each
//! checkpoint and at the end of every run ([`Store::settle`]), so a power cut loses at most
//! the responses since then, never the database's consistency. (With a sync per commit, a
//! run killed 20 times paid for 87 answers it had received and not yet kept, against 12.) Each
//! row is verified when read, as a file is: its request must hash to its key and its
//! translation to its checksum, else it is a miss. Writers that find the database locked wait
//! and retry, up to a bound ([`SqliteStore::with_busy_limit`]), past which the error says so.
//!
//! Per provider, model and language pair, a tally table kept by triggers in the same
//! transactions makes `bitext cache stats` one small read at any size.

use super::{
    CacheEntry, CacheError, CacheKey, CacheRequest, Filter, FsStore, GroupStats, Page, Store,
    StoreStats, DATABASE_FILE, MEMORY_PROVIDER,
};
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The page size of a new database, in bytes.
const PAGE_SIZE: i64 = 8_192;

/// The layout of the tables, in `PRAGMA user_version`. A database of a later layout is
/// refused rather than misread.
const LAYOUT: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS entries (
    key BLOB PRIMARY KEY NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    request TEXT NOT NULL,
    translation TEXT NOT NULL,
    sum INTEGER NOT NULL,
    created INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tally (
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    entries INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (provider, model, source, target)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (
    key BLOB PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS entries_counted AFTER INSERT ON entries BEGIN
    INSERT INTO tally VALUES (NEW.provider, NEW.model, NEW.source, NEW.target, 1,
        octet_length(NEW.request) + octet_length(NEW.translation))
    ON CONFLICT DO UPDATE SET entries = entries + 1, bytes = bytes + excluded.bytes;
END;
CREATE TRIGGER IF NOT EXISTS entries_uncounted AFTER DELETE ON entries BEGIN
    UPDATE tally SET entries = entries - 1,
        bytes = bytes - octet_length(OLD.request) - octet_length(OLD.translation)
    WHERE provider = OLD.provider AND model = OLD.model
        AND source = OLD.source AND target = OLD.target;
END;
CREATE TRIGGER IF NOT EXISTS entries_recounted AFTER UPDATE ON entries BEGIN
    UPDATE tally SET entries = entries - 1,
        bytes = bytes - octet_length(OLD.request) - octet_length(OLD.translation)
    WHERE provider = OLD.provider AND model = OLD.model
        AND source = OLD.source AND target = OLD.target;
    INSERT INTO tally VALUES (NEW.provider, NEW.model, NEW.source, NEW.target, 1,
        octet_length(NEW.request) + octet_length(NEW.translation))
    ON CONFLICT DO UPDATE SET entries = entries + 1, bytes = bytes + excluded.bytes;
END;
";

/// An entry replaces the row of its key only if it differs: two processes that bought the
/// same answer do not rewrite it, and a row that failed verification is replaced.
const UPSERT: &str = "
INSERT INTO entries (key, provider, model, source, target, request, translation, sum, created)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (key) DO UPDATE SET
    provider = excluded.provider, model = excluded.model, source = excluded.source,
    target = excluded.target, request = excluded.request, translation = excluded.translation,
    sum = excluded.sum, created = excluded.created
WHERE entries.request IS NOT excluded.request
    OR entries.translation IS NOT excluded.translation
    OR entries.sum IS NOT excluded.sum";

const LOOKUP: &str = "SELECT request, translation, sum, created FROM entries WHERE key = ?1";

/// How long a write waits for other processes' by default before it fails.
const BUSY_LIMIT: Duration = Duration::from_secs(60);

/// How long a claim holds without news from its owner: every response it stores renews its
/// claims. Past it, or as soon as its owner is seen dead, another process takes the claim.
const LEASE: Duration = Duration::from_secs(120);

/// How long a lookup waits, in all, for answers other processes are buying.
const CLAIM_WAIT: Duration = Duration::from_secs(600);

/// Entries of a migrated folder committed per transaction: a kill loses at most one
/// uncommitted chunk, which the next run copies again.
const MIGRATION_CHUNK: usize = 2_000;

pub struct SqliteStore {
    dir: PathBuf,
    path: PathBuf,
    /// Opened on first use: a run that writes nothing leaves no database behind, and one whose
    /// cache cannot be created fails at its first write, which is counted, not at its start.
    conn: Mutex<Option<Connection>>,
    busy_limit: Duration,
    /// Whether lookups claim the keys they miss, and wait for those others claimed.
    claims: Option<Claims>,
}

/// This store's side of the claims: who it is, and the lock that tells others it lives.
struct Claims {
    owner: String,
    /// `<cache>/claims/<owner>.lock`, locked while this store lives; made at its first claim.
    lock: Mutex<Option<std::fs::File>>,
    lease: Duration,
    wait: Duration,
}

/// What [`SqliteStore::migrate`] moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// Entries copied (or found already there).
    pub entries: u64,
    /// Files that were not whole entries matching their keys: left in the retired folder.
    pub corrupt: u64,
    /// Where the old folder is now.
    pub retired: PathBuf,
}

impl SqliteStore {
    /// The store of the cache folder `dir` (its database is `dir/bitext.sqlite3`).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        SqliteStore {
            path: dir.join(DATABASE_FILE),
            dir,
            conn: Mutex::new(None),
            busy_limit: BUSY_LIMIT,
            claims: None,
        }
    }

    /// Makes lookups claim the keys they miss, so that another process that needs one of them
    /// meanwhile waits for its answer rather than buy it again; and wait, up to `wait` in all,
    /// for the keys others claimed. A claim ends when its answer is stored, when its owner is
    /// seen dead (its lock file unlocked), or `lease` after its owner last stored anything.
    pub fn with_claims(mut self, lease: Duration, wait: Duration) -> Self {
        self.claims = Some(Claims {
            owner: format!("{}-{:016x}", std::process::id(), fastrand::u64(..)),
            lock: Mutex::new(None),
            lease,
            wait,
        });
        self
    }

    /// Claims with the default lease (120 s) and wait (600 s).
    pub fn claiming(self) -> Self {
        self.with_claims(LEASE, CLAIM_WAIT)
    }

    /// How long an operation waits for other processes holding the database before it fails
    /// with [`CacheError::Locked`].
    pub fn with_busy_limit(mut self, limit: Duration) -> Self {
        self.busy_limit = limit;
        self
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the connection, opening (and creating, if `create`) the database first;
    /// `None` when it does not exist and `create` is false. Retries while other processes
    /// hold the database, up to the busy limit.
    fn with<T>(
        &self,
        create: bool,
        mut f: impl FnMut(&mut Connection) -> rusqlite::Result<T>,
    ) -> Result<Option<T>, CacheError> {
        let mut slot = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let started = Instant::now();
        loop {
            let attempt = match slot.as_mut() {
                Some(conn) => f(conn).map(Some),
                None if !create && !self.path.exists() => return Ok(None),
                None => match self.open() {
                    Ok(conn) => {
                        *slot = Some(conn);
                        continue;
                    }
                    Err(e) => Err(e),
                },
            };
            match attempt {
                Ok(value) => return Ok(value),
                // SQLite's own wait (the busy timeout) has run out once, or it returned at
                // once where it does not wait (a shared-memory index being rebuilt).
                Err(e) if is_busy(&e) && started.elapsed() < self.busy_limit => {
                    tracing::debug!("cache database busy ({e}); trying again");
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => return Err(self.error(e, started.elapsed())),
            }
        }
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        std::fs::create_dir_all(&self.dir).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(format!(
                    "cannot create the folder {}: {e}",
                    self.dir.display()
                )),
            )
        })?;
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Each wait of SQLite's is bounded by a fraction of ours, so that `with` can say
        // past the whole bound that the database stayed locked.
        conn.busy_timeout(self.busy_limit.min(Duration::from_secs(5)))?;
        // Only a new database takes it (before WAL is on). Entries of a few hundred bytes
        // leave on average half an entry unused at the end of each page: measured on 20,000
        // entries, 4 KiB pages took 1.07x the entries' JSON, 8 KiB 1.05x at the same write
        // rate, 16 KiB 1.03x but a third fewer writes a second.
        conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(
                "cache database {}: journal mode {mode}, not WAL",
                self.path.display()
            );
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let layout: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if layout < LAYOUT {
            let mut conn = conn;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA)?;
            tx.pragma_update(None, "user_version", LAYOUT)?;
            tx.commit()?;
            return Ok(conn);
        }
        if layout > LAYOUT {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_MISMATCH),
                Some(format!(
                    "its tables are of layout {layout}, made by a newer bitext than this one \
                     (layout {LAYOUT})"
                )),
            ));
        }
        Ok(conn)
    }

    fn error(&self, e: rusqlite::Error, waited: Duration) -> CacheError {
        let path = self.path.display().to_string();
        if is_busy(&e) {
            return CacheError::Locked {
                path,
                seconds: waited.as_secs_f64(),
            };
        }
        let hint = match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => "free space on its disk, or pass --cache DIR",
            Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
                "check that the cache folder is writable, or pass --cache DIR"
            }
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                "the file is damaged or not a bitext cache: move it away, or pass --cache DIR"
            }
            _ => "check the file, or pass --cache DIR",
        };
        CacheError::Database {
            path,
            message: e.to_string(),
            hint,
        }
    }

    /// Moves the file store's folder beside the database (`<cache>/v1`) in: files what a
    /// killed run of it had journaled, copies every entry that matches its key, and only once
    /// all are committed renames the folder to `v1.migrated` (the user may delete it). A run
    /// killed meanwhile leaves the folder, and the next one copies it again; several
    /// processes migrating at once each commit the same rows. `None` if there is no folder.
    pub fn migrate(&self) -> Result<Option<Migration>, CacheError> {
        let files = FsStore::new(&self.dir);
        let folder = files.entries_folder();
        if !folder.is_dir() {
            return Ok(None);
        }
        files.recover()?;
        let mut chunk = Vec::with_capacity(MIGRATION_CHUNK);
        let mut failure = None;
        let (mut entries, mut corrupt) = (0, 0);
        files.for_each_file(|_, _, entry| {
            let Some(entry) = entry else {
                corrupt += 1;
                return;
            };
            entries += 1;
            chunk.push((entry.request.key(), entry));
            if chunk.len() == MIGRATION_CHUNK && failure.is_none() {
                failure = self.put_many(&chunk).err();
                chunk.clear();
            }
        })?;
        if let Some(e) = failure {
            return Err(e);
        }
        self.put_many(&chunk)?;
        drop(files);
        let retired = retire(&folder)?;
        Ok(Some(Migration {
            entries,
            corrupt,
            retired,
        }))
    }

    /// Calls `each` with every entry the database holds that passes verification, and
    /// returns how many rows did not.
    pub fn for_each_entry(
        &self,
        mut each: impl FnMut(CacheKey, CacheEntry),
    ) -> Result<u64, CacheError> {
        let corrupt = self.with(false, |conn| {
            let mut corrupt = 0;
            let tx = conn.transaction()?;
            {
                let mut rows =
                    tx.prepare("SELECT key, request, translation, sum, created FROM entries")?;
                let mut rows = rows.query([])?;
                while let Some(row) = rows.next()? {
                    let key: Vec<u8> = row.get(0)?;
                    let key = CacheKey(hex::encode(key));
                    match verified(&key, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?) {
                        Some(entry) => each(key, entry),
                        None => corrupt += 1,
                    }
                }
            }
            tx.commit()?;
            Ok(corrupt)
        })?;
        Ok(corrupt.unwrap_or(0))
    }

    /// For keys a lookup missed: claims those nobody holds (or whose owner is gone) and
    /// returns `None` for them, to be bought by this process; waits for those that live
    /// owners hold, and returns their answers as they are stored. A key whose owner gives it
    /// up without an answer is claimed in turn; past the wait, the rest are misses.
    fn claim_or_wait(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let claims = self.claims.as_ref().expect("claims on");
        let mut answers = vec![None; keys.len()];
        let mut waiting: Vec<usize> = (0..keys.len()).collect();
        super::wait_in_rounds(claims.wait, || {
            let owners = self.claim_round(claims, keys, &mut waiting, &mut answers)?;
            Ok((waiting.len(), Some(owners)))
        })?;
        Ok(answers)
    }

    /// One round of [`Self::claim_or_wait`] in one write transaction: answers stored since,
    /// claims taken; `waiting` keeps the keys still held by live owners, whose number it
    /// returns.
    fn claim_round(
        &self,
        claims: &Claims,
        keys: &[&CacheKey],
        waiting: &mut Vec<usize>,
        answers: &mut [Option<CacheEntry>],
    ) -> Result<usize, CacheError> {
        self.own_lock(claims)?;
        let mut alive: std::collections::HashMap<String, bool> = Default::default();
        let outcome = self.with(true, |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut still = Vec::new();
            let mut got = Vec::new();
            {
                let mut lookup = tx.prepare_cached(LOOKUP)?;
                let mut holder = tx.prepare_cached("SELECT owner, expires FROM claims WHERE key = ?1")?;
                let mut claim = tx.prepare_cached(
                    "INSERT INTO claims (key, owner, expires) VALUES (?1, ?2, ?3) \
                     ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires = excluded.expires",
                )?;
                for &i in waiting.iter() {
                    let key = keys[i];
                    let Some(bytes) = key_bytes(key) else { continue };
                    let row = lookup
                        .query_row(params![bytes], |r| {
                            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                        })
                        .optional()?;
                    if let Some(entry) = row.and_then(|(q, t, s, c)| verified(key, q, t, s, c)) {
                        got.push((i, entry));
                        continue;
                    }
                    let held = holder
                        .query_row(params![bytes], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                        .optional()?;
                    let live = held.as_ref().is_some_and(|(owner, expires)| {
                        owner != &claims.owner
                            && *expires > now_ms()
                            && *alive
                                .entry(owner.clone())
                                .or_insert_with(|| self.owner_alive(owner))
                    });
                    if live {
                        still.push(i);
                    } else {
                        claim.execute(params![bytes, claims.owner, expiry(claims.lease)])?;
                    }
                }
            }
            tx.commit()?;
            Ok((still, got))
        })?;
        let (still, got) = outcome.unwrap_or_default();
        for (i, entry) in got {
            answers[i] = Some(entry);
        }
        *waiting = still;
        Ok(alive.values().filter(|&&a| a).count())
    }

    fn claims_dir(&self) -> PathBuf {
        self.dir.join("claims")
    }

    /// Takes this store's lock file, on its first claim, and removes those of owners that
    /// died (unlocked).
    fn own_lock(&self, claims: &Claims) -> Result<(), CacheError> {
        let mut lock = claims.lock.lock().unwrap_or_else(|e| e.into_inner());
        if lock.is_some() {
            return Ok(());
        }
        let dir = self.claims_dir();
        let path = dir.join(format!("{}.lock", claims.owner));
        let io = |source| CacheError::Io {
            path: dir.display().to_string(),
            source,
        };
        // Another process may remove the folder (its last lock file gone) or our new file
        // (taking it for a dead owner's) between the steps: then again, a few times.
        let mut attempts = 0;
        let file = loop {
            attempts += 1;
            let made = std::fs::create_dir_all(&dir).and_then(|()| std::fs::File::create(&path));
            let file = match made {
                Ok(file) => file,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && attempts < 5 => continue,
                Err(e) => return Err(io(e)),
            };
            match file.try_lock() {
                Ok(()) | Err(std::fs::TryLockError::WouldBlock) => {}
                // A file system without locks: others rely on the lease alone.
                Err(std::fs::TryLockError::Error(e)) => tracing::debug!("claims lock: {e}"),
            }
            if path.exists() || attempts >= 5 {
                break file;
            }
        };
        *lock = Some(file);
        drop(lock);
        for other in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let other = other.path();
            let owner = other.file_stem().map(|s| s.to_string_lossy().into_owned());
            if other != path && other.extension().is_some_and(|x| x == "lock") {
                // Removes the file if its owner is dead.
                let _ = owner.map(|o| self.owner_alive(&o));
            }
        }
        Ok(())
    }

    /// Whether the owner of a claim still runs: its lock file is there and locked. One whose
    /// file is unlocked died without releasing its claims; its file is removed.
    fn owner_alive(&self, owner: &str) -> bool {
        let path = self.claims_dir().join(format!("{owner}.lock"));
        let Ok(file) = std::fs::File::open(&path) else {
            return false;
        };
        match file.try_lock() {
            Ok(()) => {
                let _ = std::fs::remove_file(&path);
                false
            }
            Err(std::fs::TryLockError::WouldBlock) => true,
            // Locks unsupported: trust the lease.
            Err(std::fs::TryLockError::Error(_)) => true,
        }
    }

    /// Gives up this store's claims: their answers were stored, or will not be.
    fn release_claims(&self) {
        let Some(claims) = &self.claims else { return };
        if claims
            .lock
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_none()
        {
            return;
        }
        let released = self.with(false, |conn| {
            conn.execute("DELETE FROM claims WHERE owner = ?1", params![claims.owner])
        });
        if let Err(e) = released {
            tracing::debug!("{e}; the claims will expire");
        }
    }

    /// One read transaction for all the keys: one snapshot, one lock of the log.
    fn lookup(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let found = self.with(false, |conn| {
            let tx = conn.transaction()?;
            let mut found = Vec::with_capacity(keys.len());
            {
                let mut lookup = tx.prepare_cached(LOOKUP)?;
                for key in keys {
                    let Some(bytes) = key_bytes(key) else {
                        found.push(None);
                        continue;
                    };
                    let row = lookup
                        .query_row(params![bytes], |r| {
                            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                        })
                        .optional()?;
                    found.push(row.and_then(|(request, translation, sum, created)| {
                        let entry = verified(key, request, translation, sum, created);
                        if entry.is_none() {
                            tracing::warn!(
                                key = %key,
                                "cache entry does not match its key; ignoring it and translating again"
                            );
                        }
                        entry
                    }));
                }
            }
            tx.commit()?;
            Ok(found)
        })?;
        Ok(found.unwrap_or_else(|| vec![None; keys.len()]))
    }

    /// The size of the database and its log on disk.
    fn disk_bytes(&self) -> u64 {
        ["", "-wal", "-shm"]
            .iter()
            .filter_map(|suffix| {
                let mut name = self.path.clone().into_os_string();
                name.push(suffix);
                std::fs::metadata(name).ok()
            })
            .map(|m| m.len())
            .sum()
    }
}

/// Renames a migrated folder to `<name>.migrated` (or `.migrated-2`, …, if that exists). A
/// folder another process renamed first is fine: it committed the same copy.
fn retire(folder: &Path) -> Result<PathBuf, CacheError> {
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1.. {
        let suffix = if n == 1 {
            ".migrated".to_string()
        } else {
            format!(".migrated-{n}")
        };
        let to = folder.with_file_name(format!("{name}{suffix}"));
        if to.exists() {
            continue;
        }
        return match std::fs::rename(folder, &to) {
            Ok(()) => Ok(to),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(to),
            Err(source) => Err(CacheError::Io {
                path: folder.display().to_string(),
                source,
            }),
        };
    }
    unreachable!("some suffix is free")
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        self.release_claims();
        if let Some(claims) = &self.claims {
            if let Some(file) = claims.lock.lock().unwrap_or_else(|e| e.into_inner()).take() {
                drop(file);
                let _ =
                    std::fs::remove_file(self.claims_dir().join(format!("{}.lock", claims.owner)));
                // The folder goes with its last lock file; another process may be making one.
                let _ = std::fs::remove_dir(self.claims_dir());
            }
        }
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// When a claim taken or renewed now ends.
fn expiry(lease: Duration) -> i64 {
    now_ms().saturating_add(lease.as_millis() as i64)
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// A filter as SQL: ` AND …` conditions on the indexed columns, and their values in order.
fn conditions(filter: &Filter) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut sql = String::new();
    let mut values = Vec::new();
    let mut text = |column: &str, value: &str| {
        sql.push_str(&format!(" AND {column} = ?"));
        values.push(Value::Text(value.to_string()));
    };
    if let Some(provider) = &filter.provider {
        text("provider", provider);
    }
    if let Some(model) = &filter.model {
        text("model", model);
    }
    if let Some((source, target)) = filter.pair {
        text("source", source.code());
        text("target", target.code());
    }
    if filter.machine_only {
        sql.push_str(" AND provider <> ?");
        values.push(Value::Text(MEMORY_PROVIDER.to_string()));
    }
    if let Some(before) = filter.created_before {
        sql.push_str(" AND created < ?");
        values.push(Value::Integer(i64::try_from(before).unwrap_or(i64::MAX)));
    }
    (sql, values)
}

/// A key's 32 bytes, as the database keeps it.
pub(super) fn key_bytes(key: &CacheKey) -> Option<Vec<u8>> {
    hex::decode(&key.0).ok().filter(|b| b.len() == 32)
}

/// The checksum of a translation: the first 8 bytes of its SHA-256.
pub(super) fn checksum(translation: &str) -> i64 {
    let digest = Sha256::digest(translation.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_le_bytes(first)
}

/// The entry of a row, if its request hashes to its key and its translation to its sum.
pub(super) fn verified(
    key: &CacheKey,
    request: String,
    translation: String,
    sum: i64,
    created: i64,
) -> Option<CacheEntry> {
    let request: CacheRequest = serde_json::from_str(&request).ok()?;
    if request.key() != *key || checksum(&translation) != sum {
        return None;
    }
    Some(CacheEntry {
        request,
        translation,
        created: u64::try_from(created).unwrap_or(0),
    })
}

impl Store for SqliteStore {
    fn get(&self, key: &CacheKey) -> Result<Option<CacheEntry>, CacheError> {
        Ok(self.get_many(&[key])?.pop().flatten())
    }

    fn put(&self, key: &CacheKey, entry: &CacheEntry) -> Result<(), CacheError> {
        self.put_many(std::slice::from_ref(&(key.clone(), entry.clone())))
    }

    /// One read transaction for all the keys, then claims for what it missed.
    fn get_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let mut found = self.lookup(keys)?;
        if self.claims.is_some() {
            let missed: Vec<usize> = (0..keys.len()).filter(|&i| found[i].is_none()).collect();
            if !missed.is_empty() {
                let missed_keys: Vec<&CacheKey> = missed.iter().map(|&i| keys[i]).collect();
                let answers = self.claim_or_wait(&missed_keys)?;
                for (i, answer) in missed.into_iter().zip(answers) {
                    found[i] = answer;
                }
            }
        }
        Ok(found)
    }

    fn peek_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        self.lookup(keys)
    }

    /// The tally's rows of the memory: one small read.
    fn memory_tally(&self) -> Result<Option<(u64, u64)>, CacheError> {
        let tally = self.with(false, |conn| {
            conn.query_row(
                "SELECT sum(entries), sum(bytes) FROM tally WHERE provider = ?1 AND entries > 0",
                params![MEMORY_PROVIDER],
                |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<i64>>(1)?)),
            )
        })?;
        Ok(Some(match tally {
            Some((Some(entries), Some(bytes))) if entries > 0 => {
                (entries as u64, bytes.max(0) as u64)
            }
            _ => (0, 0),
        }))
    }

    /// One query per page, in the order of the primary key, so that each page starts where
    /// the last one ended without reading it again.
    fn scan(
        &self,
        filter: &Filter,
        after: Option<&CacheKey>,
        limit: usize,
    ) -> Result<Page, CacheError> {
        let after = after.and_then(key_bytes).unwrap_or_default();
        let (conditions, mut values) = conditions(filter);
        let sql = format!(
            "SELECT key, request, translation, sum, created FROM entries \
             WHERE key > ? {conditions} ORDER BY key LIMIT ?"
        );
        values.insert(0, rusqlite::types::Value::Blob(after));
        values.push(rusqlite::types::Value::Integer(
            i64::try_from(limit.max(1)).unwrap_or(i64::MAX),
        ));
        let page = self.with(false, |conn| {
            let mut page = Page::default();
            let mut query = conn.prepare_cached(&sql)?;
            let mut rows = query.query(rusqlite::params_from_iter(values.iter()))?;
            let mut seen = 0;
            while let Some(row) = rows.next()? {
                seen += 1;
                let key = CacheKey(hex::encode(row.get::<_, Vec<u8>>(0)?));
                match verified(&key, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?) {
                    Some(entry) => page.entries.push((key.clone(), entry)),
                    None => page.corrupt += 1,
                }
                page.next = Some(key);
            }
            if seen < limit.max(1) {
                page.next = None;
            }
            Ok(page)
        })?;
        Ok(page.unwrap_or_default())
    }

    /// One statement in one write transaction; the triggers take the removed rows off the
    /// tally in it.
    fn forget(&self, filter: &Filter) -> Result<u64, CacheError> {
        let (conditions, values) = conditions(filter);
        let sql = format!("DELETE FROM entries WHERE 1 {conditions}");
        let removed = self.with(false, |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let removed = tx.execute(&sql, rusqlite::params_from_iter(values.iter()))?;
            tx.commit()?;
            Ok(removed as u64)
        })?;
        Ok(removed.unwrap_or(0))
    }

    /// One write transaction per response, committed before this returns.
    fn put_many(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<(), CacheError> {
        if entries.is_empty() {
            return Ok(());
        }
        let rows: Vec<_> = entries
            .iter()
            .filter_map(|(key, entry)| {
                let bytes = key_bytes(key);
                if bytes.is_none() {
                    tracing::warn!(key = %key, "not a cache key; not stored");
                }
                let request =
                    serde_json::to_string(&entry.request).expect("a cache request serialises");
                Some((bytes?, entry, request, checksum(&entry.translation)))
            })
            .collect();
        self.with(true, |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            {
                let mut upsert = tx.prepare_cached(UPSERT)?;
                for (key, entry, request, sum) in &rows {
                    let r = &entry.request;
                    upsert.execute(params![
                        key,
                        r.provider,
                        r.model,
                        r.source_lang.code(),
                        r.target_lang.code(),
                        request,
                        entry.translation,
                        sum,
                        i64::try_from(entry.created).unwrap_or(i64::MAX),
                    ])?;
                }
            }
            if let Some(claims) = &self.claims {
                let mut release = tx.prepare_cached("DELETE FROM claims WHERE key = ?1")?;
                for (key, ..) in &rows {
                    release.execute(params![key])?;
                }
                // News from this owner: its other claims hold on. Only those past half
                // their lease are renewed, so that a response does not rewrite every claim
                // of its run.
                tx.execute(
                    "UPDATE claims SET expires = ?1 WHERE owner = ?2 AND expires < ?3",
                    params![expiry(claims.lease), claims.owner, expiry(claims.lease / 2)],
                )?;
            }
            tx.commit()
        })?;
        Ok(())
    }

    /// The end of a run: claims whose answers were not stored (the provider failed on them)
    /// are given up, so that nobody waits for them, and the log is synced.
    fn settle(&self) -> u64 {
        self.release_claims();
        // The run's answers on disk for good: the checkpoint syncs the log.
        let synced = self.with(false, |conn| {
            conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        });
        if let Err(e) = synced {
            tracing::debug!("{e}; the log is synced at the next checkpoint");
        }
        0
    }

    fn stats(&self) -> Result<StoreStats, CacheError> {
        let groups = self.with(false, |conn| {
            let mut query = conn.prepare(
                "SELECT provider, model, source, target, entries, bytes FROM tally \
                 WHERE entries > 0 ORDER BY provider, model, source, target",
            )?;
            let groups = query
                .query_map([], |r| {
                    Ok(GroupStats {
                        provider: r.get(0)?,
                        model: r.get(1)?,
                        source: r.get(2)?,
                        target: r.get(3)?,
                        entries: r.get::<_, i64>(4)?.max(0) as u64,
                        bytes: r.get::<_, i64>(5)?.max(0) as u64,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(groups)
        })?;
        let groups = groups.unwrap_or_default();
        Ok(StoreStats {
            backend: "sqlite",
            entries: groups.iter().map(|g| g.entries).sum(),
            bytes: groups.iter().map(|g| g.bytes).sum(),
            disk_bytes: self.disk_bytes(),
            corrupt: 0,
            verified: false,
            groups,
        })
    }

    /// Reads every row and checks it, and has SQLite check its pages.
    fn stats_verified(&self) -> Result<StoreStats, CacheError> {
        let mut stats = StoreStats {
            backend: "sqlite",
            verified: true,
            ..StoreStats::default()
        };
        let corrupt = self.for_each_entry(|_, entry| {
            let bytes = serde_json::to_string(&entry.request).map_or(0, |r| r.len())
                + entry.translation.len();
            stats.count(&entry.request, bytes as u64);
        })?;
        let pages = self.with(false, |conn| {
            conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        })?;
        if pages.is_some_and(|p| p != "ok") {
            stats.corrupt += 1;
        }
        stats.corrupt += corrupt;
        stats.entries += corrupt;
        stats.disk_bytes = self.disk_bytes();
        Ok(stats)
    }
}
