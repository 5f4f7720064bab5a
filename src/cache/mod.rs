//! The translation memory of every paid call: content-addressed entries, kept by default in
//! one SQLite database ([`sqlite`]), in a PostgreSQL database that many machines share
//! ([`postgres`]), or one file per entry ([`file`]).
//!
//! The key is the SHA-256 of a canonical, versioned record of everything that determines the
//! answer ([`CacheRequest`]) and nothing else: no API key, no batch, no timestamp. Every
//! backend verifies an entry against its key when it reads it, stores a response whole or not
//! at all, and lets several processes share one cache.

pub mod file;
pub mod postgres;
pub mod sqlite;

pub use file::FsStore;
pub use postgres::{PgAddress, PgStore};
pub use sqlite::SqliteStore;

use crate::glossary::TermPair;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    #[error("cache database {path}: {message} ({hint})")]
    Database {
        path: String,
        message: String,
        hint: &'static str,
    },
    #[error(
        "cache database {path}: other processes kept it locked for more than {seconds:.1} s \
         (another bitext is writing a lot at once, or a process hangs holding it: wait for it \
         or stop it, then run again)"
    )]
    Locked { path: String, seconds: f64 },
    #[error(
        "this cache backend does not support {what} yet (the SQLite database, PostgreSQL and the file \
         store do: pass --cache DIR or --cache dir:DIR)"
    )]
    Unsupported { what: &'static str },
}

/// The provider name of the units imported from a team's TMX (`bitext import FILE.tmx`): human
/// translations kept in the store beside the machine ones, under keys that only the language
/// pair and the source text make ([`memory_request`]). No provider kind is called this.
pub const MEMORY_PROVIDER: &str = "tm";

/// The request an imported translation-memory unit is kept under: the language pair and the
/// source text in NFC without white space at either end (what a segment's text always is),
/// nothing of any provider, model or glossary, so that a segment finds it whoever translates.
pub fn memory_request(source: Lang, target: Lang, text: &str) -> CacheRequest {
    CacheRequest {
        schema: KEY_SCHEMA,
        provider: MEMORY_PROVIDER.to_string(),
        model: "tmx".to_string(),
        endpoint_family: "tmx".to_string(),
        source_lang: source,
        target_lang: target,
        text: crate::text::nfc(text.trim()).into_owned(),
        terms: Vec::new(),
        options: serde_json::json!({}),
    }
}

/// Which entries a [`Store::scan`] or [`Store::forget`] takes: all of the given conditions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Provider kind (`deepl`), or [`MEMORY_PROVIDER`] for the imported units.
    pub provider: Option<String>,
    pub model: Option<String>,
    /// Source and target language.
    pub pair: Option<(Lang, Lang)>,
    /// Entries written before this time (seconds since the Unix epoch).
    pub created_before: Option<u64>,
    /// Machine translations only: leaves the imported units out.
    pub machine_only: bool,
}

impl Filter {
    /// Whether an entry passes.
    pub fn matches(&self, entry: &CacheEntry) -> bool {
        let r = &entry.request;
        self.provider.as_ref().is_none_or(|p| *p == r.provider)
            && self.model.as_ref().is_none_or(|m| *m == r.model)
            && self
                .pair
                .is_none_or(|(s, t)| s == r.source_lang && t == r.target_lang)
            && self.created_before.is_none_or(|c| entry.created < c)
            && !(self.machine_only && r.provider == MEMORY_PROVIDER)
    }

    /// Whether it names any condition that narrows the entries.
    pub fn is_empty(&self) -> bool {
        self.provider.is_none()
            && self.model.is_none()
            && self.pair.is_none()
            && self.created_before.is_none()
    }
}

/// One page of a [`Store::scan`]: entries in key order, and where the next page starts
/// (`None` after the last).
#[derive(Debug, Default)]
pub struct Page {
    pub entries: Vec<(CacheKey, CacheEntry)>,
    /// The last key this page looked at: the next page starts after it.
    pub next: Option<CacheKey>,
    /// Entries looked at that did not pass verification (left out).
    pub corrupt: u64,
}

/// What a store holds, in total and per provider, model and language pair.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    /// `sqlite`, `postgres` or `files`.
    pub backend: &'static str,
    pub entries: u64,
    /// The entries' own bytes: what the file store writes as files, and for the database the
    /// request and the translation each row keeps.
    pub bytes: u64,
    /// What the store takes on disk, with its file system's blocks (file store) or its
    /// database, write-ahead log and index files.
    pub disk_bytes: u64,
    /// Entries that could not be read or did not match their key. Counted only when
    /// `verified` (the database counts them with `--verify`; the file store always reads
    /// every entry).
    pub corrupt: u64,
    pub verified: bool,
    pub groups: Vec<GroupStats>,
}

/// The entries of one provider, model and language pair.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GroupStats {
    pub provider: String,
    pub model: String,
    pub source: String,
    pub target: String,
    pub entries: u64,
    pub bytes: u64,
}

impl StoreStats {
    /// Adds one entry of `bytes` to its group (kept sorted).
    pub(crate) fn count(&mut self, request: &CacheRequest, bytes: u64) {
        self.entries += 1;
        self.bytes += bytes;
        let group = GroupStats {
            provider: request.provider.clone(),
            model: request.model.clone(),
            source: request.source_lang.to_string(),
            target: request.target_lang.to_string(),
            entries: 0,
            bytes: 0,
        };
        let at = self.groups.binary_search_by(|g| {
            (&g.provider, &g.model, &g.source, &g.target).cmp(&(
                &group.provider,
                &group.model,
                &group.source,
                &group.target,
            ))
        });
        let at = match at {
            Ok(at) => at,
            Err(at) => {
                self.groups.insert(at, group);
                at
            }
        };
        self.groups[at].entries += 1;
        self.groups[at].bytes += bytes;
    }
}

/// Where translations are kept. The SQLite database is the default; a shared backend (the
/// PostgreSQL database that several machines reach, or a key-value server, an object store)
/// implements the same interface, so that machines splitting one collection with `--shard`
/// never pay twice for one segment.
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
///
/// A backend shared by processes may claim the keys `get_many` misses, as the databases do
/// ([`SqliteStore::claiming`], [`PgStore::claiming`]): another process's `get_many` then waits, within a bound, for
/// their answers instead of missing them; `put_many` ends the claims of what it stores and
/// `settle` those of what the run could not buy, and a claim whose owner died ends by itself.
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

    /// Waits until every entry `put_many` accepted is stored or known lost, and returns how
    /// many were lost since the last call: accepted, then not stored (the disk filled while
    /// they were filed). A run reports them, since the next run pays for them again. A
    /// backend whose `put_many` returns only once its entries are stored loses none this way:
    /// its failures are `put_many`'s errors.
    fn settle(&self) -> u64 {
        0
    }

    /// Like [`Store::stats`], and every entry read and checked against its key, however long
    /// that takes; a store whose `stats` already reads every entry keeps this default.
    fn stats_verified(&self) -> Result<StoreStats, CacheError> {
        self.stats()
    }

    /// The entries for many keys, as [`Store::get_many`], but never claiming what is missing
    /// nor waiting for what others claimed: for lookups whose misses are not bought (the
    /// imported translation memory, an import's comparison with what is there).
    fn peek_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let _ = keys;
        Err(CacheError::Unsupported {
            what: "lookups without claims (the imported translation memory)",
        })
    }

    /// Up to `limit` entries that pass `filter`, verified, in key order, after `after`: a
    /// memory of any size is read a page at a time, each page one query.
    fn scan(
        &self,
        filter: &Filter,
        after: Option<&CacheKey>,
        limit: usize,
    ) -> Result<Page, CacheError> {
        let _ = (filter, after, limit);
        Err(CacheError::Unsupported {
            what: "reading every entry (cache export)",
        })
    }

    /// How many units of the imported translation memory the store holds, and their bytes,
    /// if it keeps a tally that answers at once (`(0, 0)` without units); `None` when it
    /// keeps none. Batch folds it into its settings, so that an import does documents again;
    /// a run skips the memory's lookups when it is known to be empty.
    fn memory_tally(&self) -> Result<Option<(u64, u64)>, CacheError> {
        Ok(None)
    }

    /// Removes every entry that passes `filter` (the per-group tally follows) and returns
    /// how many it removed.
    fn forget(&self, filter: &Filter) -> Result<u64, CacheError> {
        let _ = filter;
        Err(CacheError::Unsupported {
            what: "removing entries (cache forget)",
        })
    }
}

/// The rounds of a lookup that waits for keys other processes claimed, as both databases
/// run them: `round` serves and claims what it can and returns how many keys live owners
/// still hold (and, if known, how many owners); between rounds a pause that doubles from
/// 20 ms to 500 ms; past `wait` in all, the rest are left to be bought, with a warning.
pub(crate) fn wait_in_rounds(
    wait: std::time::Duration,
    mut round: impl FnMut() -> Result<(usize, Option<usize>), CacheError>,
) -> Result<(), CacheError> {
    use std::time::{Duration, Instant};
    let started = Instant::now();
    let mut pause = Duration::from_millis(20);
    loop {
        let (held, owners) = round()?;
        if held == 0 {
            return Ok(());
        }
        if started.elapsed() >= wait {
            tracing::warn!(
                "{held} translation(s) other processes are buying did not arrive within {} s; \
                 buying them",
                wait.as_secs()
            );
            return Ok(());
        }
        if pause == Duration::from_millis(20) {
            match owners {
                Some(owners) => tracing::info!(
                    "cache: waiting for {held} translation(s) that {owners} other process(es) \
                     are buying"
                ),
                None => tracing::info!(
                    "cache: waiting for {held} translation(s) that other processes are buying"
                ),
            }
        }
        std::thread::sleep(pause.min(wait.saturating_sub(started.elapsed())));
        pause = (pause * 2).min(Duration::from_millis(500));
    }
}

/// The database's file name in the cache folder.
pub const DATABASE_FILE: &str = "bitext.sqlite3";

/// Where the cache is, as `--cache` or `cache =` in bitext.toml say: a folder, which holds the
/// database (`<folder>/bitext.sqlite3`), `dir:<folder>` for the file store in that folder, or
/// `postgres://USER@HOST:PORT/DB` (also `postgresql://`) for a PostgreSQL database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    Database(PathBuf),
    Files(PathBuf),
    /// Boxed: an address is much larger than a path.
    Postgres(Box<PgAddress>),
    /// An address that names PostgreSQL but cannot be used: why (never the address itself,
    /// which may hold a password). Opening it fails with this.
    Invalid(String),
}

/// The prefix that selects the file store.
pub const FILES_PREFIX: &str = "dir:";

impl Location {
    pub fn parse(spec: &Path) -> Location {
        let text = spec.to_str();
        if let Some(url) = text.filter(|s| postgres::is_address(s)) {
            return match PgAddress::parse(url) {
                Ok(address) => Location::Postgres(Box::new(address)),
                Err(why) => Location::Invalid(why),
            };
        }
        match text.and_then(|s| s.strip_prefix(FILES_PREFIX)) {
            Some(dir) => Location::Files(PathBuf::from(dir)),
            None => Location::Database(spec.to_path_buf()),
        }
    }

    /// The same location with the database password the environment gave (`PGPASSWORD`),
    /// for a PostgreSQL address; other locations need none.
    pub fn with_password(self, password: Option<String>) -> Location {
        match self {
            Location::Postgres(address) => {
                Location::Postgres(Box::new(address.with_password(password)))
            }
            other => other,
        }
    }

    /// The cache folder; for a server, its address as shown (no password).
    pub fn dir(&self) -> &Path {
        match self {
            Location::Database(dir) | Location::Files(dir) => dir,
            Location::Postgres(_) | Location::Invalid(_) => Path::new("postgres"),
        }
    }
}

/// The location as it may be shown: a folder, or a server's address without any secret.
impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Database(dir) => write!(f, "{}", dir.display()),
            Location::Files(dir) => write!(f, "{FILES_PREFIX}{}", dir.display()),
            Location::Postgres(address) => write!(f, "{address}"),
            Location::Invalid(_) => f.write_str("postgres://…"),
        }
    }
}

/// What opening a store did besides opening it.
#[derive(Debug, Default)]
pub struct Opened {
    /// Entries a killed run of the file store had journaled, filed now.
    pub recovered: usize,
    /// The file store's folder moved into the database, if there was one.
    pub migrated: Option<sqlite::Migration>,
    /// Why the file store's folder could not be moved in: this run then uses the file store,
    /// and the next one tries again.
    pub migration_failed: Option<CacheError>,
    /// Why a server's database could not be reached or used: a run that buys should stop
    /// before it buys anything it could not keep.
    pub unavailable: Option<CacheError>,
}

/// Opens the store at `location`. For the database, an old `v1` folder beside it is moved in
/// first ([`SqliteStore::migrate`]); for the file store, what killed runs left is filed.
/// Neither failure stops a run: a store that cannot be written reports it when it is written,
/// and counts what it could not keep.
///
/// With `claim`, the database's lookups claim what they miss and wait for what other
/// processes are buying ([`SqliteStore::claiming`]): for runs that will buy their misses, not
/// for a dry run's estimate.
pub fn open(location: &Location, claim: bool) -> (Arc<dyn Store>, Opened) {
    let mut opened = Opened::default();
    match location {
        Location::Files(dir) => {
            let store = FsStore::new(dir);
            match store.recover() {
                Ok(n) => opened.recovered = n,
                Err(e) => tracing::warn!("{e}; its answers may be asked for again"),
            }
            (Arc::new(store), opened)
        }
        Location::Database(dir) => {
            let mut store = SqliteStore::new(dir);
            if claim {
                store = store.claiming();
            }
            match store.migrate() {
                Ok(migrated) => opened.migrated = migrated,
                // The entries are still in the folder: this run is served from it, rather
                // than pay for them again, and the next run tries to move it again.
                Err(e) => {
                    opened.migration_failed = Some(e);
                    return (Arc::new(FsStore::new(dir)), opened);
                }
            }
            (Arc::new(store), opened)
        }
        Location::Postgres(address) => {
            let mut store = PgStore::new((**address).clone());
            if claim {
                store = store.claiming();
            }
            if let Err(e) = store.check() {
                opened.unavailable = Some(e);
            }
            (Arc::new(store), opened)
        }
        Location::Invalid(why) => {
            let error = CacheError::Database {
                path: "postgres://…".into(),
                message: why.clone(),
                hint: "fix `cache =` in bitext.toml or --cache",
            };
            opened.unavailable = Some(error);
            (Arc::new(Unavailable(why.clone())), opened)
        }
    }
}

/// The store of an address that cannot be used: every operation fails, saying why.
struct Unavailable(String);

impl Unavailable {
    fn error(&self) -> CacheError {
        CacheError::Database {
            path: "postgres://…".into(),
            message: self.0.clone(),
            hint: "fix `cache =` in bitext.toml or --cache",
        }
    }
}

impl Store for Unavailable {
    fn get(&self, _: &CacheKey) -> Result<Option<CacheEntry>, CacheError> {
        Err(self.error())
    }
    fn put(&self, _: &CacheKey, _: &CacheEntry) -> Result<(), CacheError> {
        Err(self.error())
    }
    fn stats(&self) -> Result<StoreStats, CacheError> {
        Err(self.error())
    }
}
