//! The store for machines that share nothing but a network: every entry a row of a PostgreSQL
//! database (`cache = "postgres://USER@HOST:PORT/DB"`), with the password from the
//! environment (`PGPASSWORD`, read by the command layer), never from the address.
//!
//! The guarantees are the database store's ([`super::sqlite`]): a response's entries are
//! committed in one transaction before `put_many` returns (the server's own durable commit),
//! each row is verified when read (its request hashes to its key, its translation to its
//! checksum), and `bitext cache stats` reads a small tally table that the same transactions
//! keep (by trigger), at any size. The tables (`bitext_entries`, `bitext_tally`,
//! `bitext_claims`, `bitext_layout`) are made on first use, under a lock, so that machines
//! starting together make them once.
//!
//! Claims across machines: a lookup that misses a key claims it in `bitext_claims` with a
//! lease on the server's clock (`now()`), and the claimer's connection holds a session-level
//! advisory lock that names it. Another process that needs the key waits, up to a bound, for
//! its answer; the claim ends with the answer, when its owner's lock is gone (the process
//! died and its connection with it: at once), or when the lease runs out (a machine that
//! vanished with its connection half-open). No file is shared, and no clock but the server's
//! is trusted.
//!
//! `Store` is synchronous and is called from inside the pipeline's tokio runtime, where a
//! runtime of one's own cannot be entered (the sync `postgres` crate does that and panics).
//! So this store owns a small runtime of its own (one thread) that runs tokio-postgres, and a
//! call hands it a future and waits on a channel, which is safe on any thread: the caller
//! blocks as it does on SQLite's file.

use super::sqlite::{checksum, key_bytes, verified};
use super::{
    CacheEntry, CacheError, CacheKey, Filter, GroupStats, Page, Store, StoreStats, MEMORY_PROVIDER,
};
use futures::StreamExt;
use std::future::Future;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, NoTls};

/// The layout of the tables, in `bitext_layout`. A database of a later layout is refused.
const LAYOUT: i32 = 1;

/// The first key of every advisory lock bitext takes (`btxt`), so that its locks are told
/// apart from other programs' in `pg_locks`.
const LOCK_SPACE: i32 = 0x6274_7874;

const SCHEMA: &str = "
CREATE TABLE bitext_entries (
    key bytea PRIMARY KEY,
    provider text NOT NULL,
    model text NOT NULL,
    source text NOT NULL,
    target text NOT NULL,
    request text NOT NULL,
    translation text NOT NULL,
    sum bigint NOT NULL,
    created bigint NOT NULL
);
CREATE TABLE bitext_tally (
    provider text NOT NULL,
    model text NOT NULL,
    source text NOT NULL,
    target text NOT NULL,
    entries bigint NOT NULL,
    bytes bigint NOT NULL,
    PRIMARY KEY (provider, model, source, target)
);
CREATE TABLE bitext_claims (
    key bytea PRIMARY KEY,
    owner text NOT NULL,
    lock integer NOT NULL,
    expires timestamptz NOT NULL
);
CREATE INDEX bitext_claims_owner ON bitext_claims (owner);
CREATE FUNCTION bitext_count_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE bitext_tally SET entries = entries - 1,
            bytes = bytes - octet_length(OLD.request) - octet_length(OLD.translation)
        WHERE provider = OLD.provider AND model = OLD.model
            AND source = OLD.source AND target = OLD.target;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO bitext_tally VALUES (NEW.provider, NEW.model, NEW.source, NEW.target, 1,
            octet_length(NEW.request) + octet_length(NEW.translation))
        ON CONFLICT (provider, model, source, target) DO UPDATE
            SET entries = bitext_tally.entries + 1, bytes = bitext_tally.bytes + excluded.bytes;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER bitext_entries_counted AFTER INSERT OR UPDATE OR DELETE ON bitext_entries
    FOR EACH ROW EXECUTE FUNCTION bitext_count_entries();
";

/// The rows of one response, in key order. Each entry replaces the row of its key only if it
/// differs: two machines that bought the same answer do not rewrite it, and a row that failed
/// verification is replaced.
const UPSERT: &str = "
INSERT INTO bitext_entries (key, provider, model, source, target, request, translation, sum, created)
SELECT * FROM unnest($1::bytea[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
    $7::text[], $8::int8[], $9::int8[])
    AS r(key, provider, model, source, target, request, translation, sum, created)
ORDER BY key
ON CONFLICT (key) DO UPDATE SET
    provider = excluded.provider, model = excluded.model, source = excluded.source,
    target = excluded.target, request = excluded.request, translation = excluded.translation,
    sum = excluded.sum, created = excluded.created
WHERE bitext_entries.request IS DISTINCT FROM excluded.request
    OR bitext_entries.translation IS DISTINCT FROM excluded.translation
    OR bitext_entries.sum IS DISTINCT FROM excluded.sum";

/// The tally rows of a response's groups, made if new and locked in one order before any
/// entry is written: the triggers then update rows this transaction already holds, so two
/// writers never wait for each other in opposite orders (a deadlock).
const TALLY_ROWS: &str = "
INSERT INTO bitext_tally
SELECT DISTINCT p, m, s, t, 0::int8, 0::int8
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS g(p, m, s, t)
ORDER BY 1, 2, 3, 4
ON CONFLICT DO NOTHING";

const LOCK_TALLY: &str = "
SELECT 1 FROM bitext_tally
WHERE (provider, model, source, target) IN
    (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]))
ORDER BY provider, model, source, target
FOR UPDATE";

const LOOKUP: &str =
    "SELECT key, request, translation, sum, created FROM bitext_entries WHERE key = ANY($1)";

/// The conditions of a [`Filter`] on a row's group, one fixed text for every filter: a
/// condition whose parameter is NULL takes every row. `$1`..`$4`: provider, model, source,
/// target (text); `$6`: machine translations only (bool), `$7` the memory's provider.
const GROUP_FILTER: &str = "($1::text IS NULL OR provider = $1) \
    AND ($2::text IS NULL OR model = $2) AND ($3::text IS NULL OR source = $3) \
    AND ($4::text IS NULL OR target = $4) AND (NOT $6::bool OR provider <> $7)";

/// The filter's time condition, `$5`: written before (int8).
const CREATED_FILTER: &str = "($5::int8 IS NULL OR created < $5)";

/// Claims of other owners on these keys that no longer hold: their lease ran out, or their
/// owner's advisory lock is gone (its connection ended: the process died).
const DROP_DEAD_CLAIMS: &str = "
DELETE FROM bitext_claims c
WHERE c.key = ANY($1) AND c.owner <> $2 AND (c.expires <= now() OR c.lock NOT IN (
    SELECT l.objid::int8 FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.granted AND l.classid::int8 = $3 AND l.objsubid = 2
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())))";

/// Claims the keys nobody holds and that have no answer yet (or only a row that failed
/// verification, `$5`), in key order; returns those this owner holds now.
const CLAIM: &str = "
INSERT INTO bitext_claims (key, owner, lock, expires)
SELECT k, $2, $3, now() + $4::int8 * interval '1 millisecond'
FROM unnest($1::bytea[]) AS k
WHERE NOT EXISTS (SELECT 1 FROM bitext_entries e WHERE e.key = k) OR k = ANY($5)
ORDER BY k
ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lock = excluded.lock,
    expires = excluded.expires
WHERE bitext_claims.owner = excluded.owner
RETURNING key";

/// How long an operation waits for locks other writers hold, by default, before it fails.
const BUSY_LIMIT: Duration = Duration::from_secs(60);

/// How long connecting to the server may take, unless the address says (`connect_timeout`).
const CONNECT_LIMIT: Duration = Duration::from_secs(10);

/// As the database store's: a claim holds this long without news from its owner.
const LEASE: Duration = Duration::from_secs(120);

/// How long a lookup waits, in all, for answers other processes are buying.
const CLAIM_WAIT: Duration = Duration::from_secs(600);

/// The prefixes of a PostgreSQL address.
pub const PREFIXES: [&str; 2] = ["postgres://", "postgresql://"];

/// Whether a cache address names a PostgreSQL server.
pub fn is_address(spec: &str) -> bool {
    PREFIXES.iter().any(|p| spec.starts_with(p))
}

/// A PostgreSQL server and database, as `cache =` names it, with the password given apart.
/// It shows as `postgres://USER@HOST:PORT/DB`, rebuilt from the parsed parts, so that nothing
/// secret a URL could carry is ever shown.
#[derive(Clone)]
pub struct PgAddress {
    config: tokio_postgres::Config,
    shown: String,
}

impl PartialEq for PgAddress {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown && self.config.get_password() == other.config.get_password()
    }
}

impl Eq for PgAddress {}

impl std::fmt::Debug for PgAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl std::fmt::Display for PgAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl PgAddress {
    /// Reads `postgres://USER@HOST[:PORT]/DB[?options]`. A password in it is refused (it would
    /// be seen in process lists, shell histories and bitext.toml): the message says where to
    /// put it. The error never repeats the address.
    pub fn parse(spec: &str) -> Result<PgAddress, String> {
        if !is_address(spec) {
            return Err("a PostgreSQL address starts with postgres:// or postgresql://".into());
        }
        let config: tokio_postgres::Config = spec.parse().map_err(|e| {
            format!(
                "not a PostgreSQL URL ({}): write postgres://USER@HOST:PORT/DATABASE",
                describe(&e)
            )
        })?;
        if config.get_password().is_some() {
            return Err(
                "the PostgreSQL address holds a password: remove it from the address \
                 and set PGPASSWORD in the environment instead (it is never shown or logged)"
                    .into(),
            );
        }
        let Some(user) = config.get_user() else {
            return Err(
                "the PostgreSQL address names no user: write postgres://USER@HOST:PORT/DATABASE"
                    .into(),
            );
        };
        if config.get_ssl_mode() == tokio_postgres::config::SslMode::Require {
            return Err(
                "sslmode=require: this build of bitext speaks to PostgreSQL without \
                 TLS; reach the server over a private network or a tunnel, and leave sslmode \
                 out"
                .into(),
            );
        }
        let hosts: Vec<String> = config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let host = match host {
                    tokio_postgres::config::Host::Tcp(name) => name.clone(),
                    tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
                };
                match config.get_ports().get(i).or(config.get_ports().first()) {
                    Some(port) => format!("{host}:{port}"),
                    None => host,
                }
            })
            .collect();
        if hosts.is_empty() {
            return Err(
                "the PostgreSQL address names no host: write postgres://USER@HOST:PORT/DATABASE"
                    .into(),
            );
        }
        let dbname = config.get_dbname().unwrap_or(user);
        let shown = format!("postgres://{user}@{}/{dbname}", hosts.join(","));
        let mut config = config;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_LIMIT);
        }
        if config.get_application_name().is_none() {
            config.application_name("bitext");
        }
        // A machine that vanished is noticed within about a minute, not two hours.
        config.keepalives_idle(Duration::from_secs(30));
        Ok(PgAddress { config, shown })
    }

    /// The same address with the password the environment gave (`PGPASSWORD`).
    pub fn with_password(mut self, password: Option<String>) -> Self {
        if let Some(password) = password.filter(|p| !p.is_empty()) {
            self.config.password(password);
        }
        self
    }
}

/// What went wrong talking to the server, before it is told in a [`CacheError`].
#[derive(Debug)]
enum Fail {
    Pg(tokio_postgres::Error),
    /// The server did not answer within the bound.
    Timeout(Duration),
    Refused(String),
}

impl From<tokio_postgres::Error> for Fail {
    fn from(e: tokio_postgres::Error) -> Self {
        Fail::Pg(e)
    }
}

/// The server's message when it sent one, else the client's with its cause.
fn describe(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_string(),
        };
    }
    match std::error::Error::source(e) {
        Some(cause) => format!("{e}: {cause}"),
        None => e.to_string(),
    }
}

/// One connection, and the advisory lock that names this store's claims on it.
struct Session {
    client: Client,
    lock: Option<i32>,
}

struct Inner {
    config: tokio_postgres::Config,
    busy_limit: Duration,
    session: tokio::sync::Mutex<Option<Session>>,
}

/// This store's side of the claims.
struct Claims {
    owner: String,
    /// The advisory lock's second key while a session holds it (0: none yet).
    lock: AtomicI32,
    lease: Duration,
    wait: Duration,
}

pub struct PgStore {
    address: PgAddress,
    inner: Arc<Inner>,
    /// Taken only in `drop`, where it is shut down without waiting (a runtime dropped inside
    /// another's task would panic).
    runtime: Option<tokio::runtime::Runtime>,
    claims: Option<Arc<Claims>>,
    /// Set when the runtime could not be started: every operation returns it.
    broken: Option<String>,
}

impl PgStore {
    /// The store of a database; nothing is connected until it is first used.
    pub fn new(address: PgAddress) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("bitext-postgres")
            .enable_all()
            .build();
        let (runtime, broken) = match runtime {
            Ok(rt) => (Some(rt), None),
            Err(e) => (
                None,
                Some(format!("cannot start its client's runtime: {e}")),
            ),
        };
        PgStore {
            inner: Arc::new(Inner {
                config: address.config.clone(),
                busy_limit: BUSY_LIMIT,
                session: tokio::sync::Mutex::new(None),
            }),
            address,
            runtime,
            claims: None,
            broken,
        }
    }

    /// As [`super::SqliteStore::with_claims`]: lookups claim what they miss and wait, up to
    /// `wait` in all, for what others claimed; a claim ends with its answer, when its owner's
    /// connection ends, or `lease` after its owner last stored anything.
    pub fn with_claims(mut self, lease: Duration, wait: Duration) -> Self {
        self.claims = Some(Arc::new(Claims {
            owner: format!("{}-{:016x}", std::process::id(), fastrand::u64(..)),
            lock: AtomicI32::new(0),
            lease,
            wait,
        }));
        self
    }

    /// Claims with the default lease (120 s) and wait (600 s).
    pub fn claiming(self) -> Self {
        self.with_claims(LEASE, CLAIM_WAIT)
    }

    /// How long an operation waits for locks others hold before it fails with
    /// [`CacheError::Locked`]; also the bound on one operation's answer from the server.
    pub fn with_busy_limit(mut self, limit: Duration) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.busy_limit = limit;
        }
        self
    }

    /// The address, as it is shown.
    pub fn address(&self) -> &PgAddress {
        &self.address
    }

    /// Connects (and makes the tables) now, so that a run learns before it buys anything
    /// that its memory cannot be reached.
    pub fn check(&self) -> Result<(), CacheError> {
        self.call(|inner| async move {
            session(&inner, &mut *inner.session.lock().await)
                .await
                .map(|_| ())
        })
    }

    /// Runs the future `make` returns on this store's runtime and waits for it, within the
    /// bound; a connection found closed is opened again and the operation tried once more
    /// (each is idempotent).
    fn call<T, F, Fut>(&self, make: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: Fn(Arc<Inner>) -> Fut + Send + 'static,
        Fut: Future<Output = Result<T, Fail>> + Send + 'static,
    {
        self.call_within(Some(self.inner.busy_limit + CONNECT_LIMIT), make)
    }

    /// [`Self::call`] with the bound on the server's answer given (`None`: a read of the
    /// whole table, whose time grows with it).
    fn call_within<T, F, Fut>(&self, bound: Option<Duration>, make: F) -> Result<T, CacheError>
    where
        T: Send + 'static,
        F: Fn(Arc<Inner>) -> Fut + Send + 'static,
        Fut: Future<Output = Result<T, Fail>> + Send + 'static,
    {
        let Some(runtime) = &self.runtime else {
            return Err(self.database(
                self.broken.clone().unwrap_or_default(),
                "check the machine's limits",
            ));
        };
        let inner = self.inner.clone();
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        runtime.spawn(async move {
            let mut attempt = 0;
            let outcome = loop {
                attempt += 1;
                let outcome = match bound {
                    Some(bound) => match tokio::time::timeout(bound, make(inner.clone())).await {
                        Ok(outcome) => outcome,
                        Err(_) => Err(Fail::Timeout(bound)),
                    },
                    None => make(inner.clone()).await,
                };
                let retry = match &outcome {
                    Err(Fail::Pg(e)) => e.is_closed() || retryable(e),
                    _ => false,
                };
                if let Err(Fail::Pg(e)) = &outcome {
                    if e.is_closed() || e.as_db_error().is_none() {
                        // A connection that failed is not used again: the next one is new
                        // (and its advisory lock taken anew).
                        inner.session.lock().await.take();
                    }
                }
                if let Err(Fail::Timeout(_)) = &outcome {
                    inner.session.lock().await.take();
                }
                if retry && attempt < 3 {
                    if let Err(fail) = &outcome {
                        tracing::debug!("cache database: trying again after {fail:?}");
                    }
                    continue;
                }
                break outcome;
            };
            let _ = tx.send(outcome);
        });
        match rx.recv() {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(fail)) => Err(self.error(fail)),
            Err(_) => Err(self.database(
                "its client stopped".into(),
                "run again; if it repeats, report it",
            )),
        }
    }

    fn database(&self, message: String, hint: &'static str) -> CacheError {
        CacheError::Database {
            path: self.address.shown.clone(),
            message,
            hint,
        }
    }

    fn error(&self, fail: Fail) -> CacheError {
        let e = match fail {
            Fail::Timeout(bound) => {
                return self.database(
                    format!("the server did not answer within {} s", bound.as_secs()),
                    "check that the server is up, reachable and not overloaded",
                )
            }
            Fail::Refused(message) => {
                return self.database(message, "use a database of this bitext's layout")
            }
            Fail::Pg(e) => e,
        };
        let code = e.code().cloned();
        if code == Some(SqlState::LOCK_NOT_AVAILABLE) || code == Some(SqlState::QUERY_CANCELED) {
            return CacheError::Locked {
                path: self.address.shown.clone(),
                seconds: self.inner.busy_limit.as_secs_f64(),
            };
        }
        let hint = match code {
            Some(SqlState::DISK_FULL) => "free space on the database server's disk",
            Some(SqlState::INVALID_PASSWORD | SqlState::INVALID_AUTHORIZATION_SPECIFICATION) => {
                "check the user in the address and the password in PGPASSWORD"
            }
            Some(SqlState::INVALID_CATALOG_NAME) => {
                "create the database first (createdb), or name one that exists"
            }
            Some(SqlState::INSUFFICIENT_PRIVILEGE) => {
                "the user needs to create tables in the database, and to read and write them"
            }
            Some(_) => "check the database server",
            None => "check that the server is up and reachable at that address",
        };
        self.database(describe(&e), hint)
    }

    /// For keys a lookup missed, as the database store does: claims those nobody holds (or
    /// whose owner is gone) and returns `None` for them, to be bought here; waits for those
    /// that live owners hold, and returns their answers as they are stored.
    fn claim_or_wait(
        &self,
        claims: &Arc<Claims>,
        keys: &[&CacheKey],
    ) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let mut answers = vec![None; keys.len()];
        let mut waiting: Vec<usize> = (0..keys.len())
            .filter(|&i| key_bytes(keys[i]).is_some())
            .collect();
        super::wait_in_rounds(claims.wait, || {
            let asked: Vec<(CacheKey, Vec<u8>)> = waiting
                .iter()
                .filter_map(|&i| Some((keys[i].clone(), key_bytes(keys[i])?)))
                .collect();
            let round = {
                let claims = claims.clone();
                let asked = Arc::new(asked);
                self.call(move |inner| claim_round(inner, claims.clone(), asked.clone()))?
            };
            let mut still = Vec::new();
            for (at, outcome) in waiting.iter().zip(round) {
                match outcome {
                    Round::Answer(entry) => answers[*at] = Some(entry),
                    Round::Mine => {}
                    Round::Held => still.push(*at),
                }
            }
            waiting = still;
            Ok((waiting.len(), None))
        })?;
        Ok(answers)
    }

    /// Gives up this store's claims: their answers were stored, or will not be.
    fn release_claims(&self) {
        let Some(claims) = &self.claims else { return };
        if claims.lock.load(Ordering::SeqCst) == 0 {
            return;
        }
        let owner = claims.owner.clone();
        let released = self.call(move |inner| {
            let owner = owner.clone();
            async move {
                let guard = inner.session.lock().await;
                // Claims of a connection that ended have ended with it.
                let Some(session) = guard.as_ref() else {
                    return Ok(());
                };
                session
                    .client
                    .execute("DELETE FROM bitext_claims WHERE owner = $1", &[&owner])
                    .await?;
                Ok(())
            }
        });
        if let Err(e) = released {
            tracing::debug!("{e}; the claims will expire");
        }
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        self.release_claims();
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

fn retryable(e: &tokio_postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(&SqlState::T_R_DEADLOCK_DETECTED | &SqlState::T_R_SERIALIZATION_FAILURE)
            | Some(&SqlState::ADMIN_SHUTDOWN)
    )
}

/// The session, connected (and the tables made) if it is not.
async fn session<'a>(
    inner: &Inner,
    slot: &'a mut Option<Session>,
) -> Result<&'a mut Session, Fail> {
    if slot.as_ref().is_some_and(|s| s.client.is_closed()) {
        *slot = None;
    }
    if slot.is_none() {
        *slot = Some(connect(inner).await?);
    }
    Ok(slot.as_mut().expect("connected above"))
}

async fn connect(inner: &Inner) -> Result<Session, Fail> {
    let (client, connection) = inner.config.connect(NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!("cache database connection: {e}");
        }
    });
    let encoding = client.query_one("SHOW server_encoding", &[]).await?;
    let encoding: String = encoding.get(0);
    if !encoding.eq_ignore_ascii_case("UTF8") {
        return Err(Fail::Refused(format!(
            "the database's encoding is {encoding}, not UTF8: create it with ENCODING 'UTF8'"
        )));
    }
    // Waits for other writers' locks are bounded by the server too, and fail clearly.
    client
        .batch_execute(&format!(
            "SET lock_timeout = {}",
            inner.busy_limit.as_millis().max(1)
        ))
        .await?;
    make_tables(&client).await?;
    Ok(Session { client, lock: None })
}

/// Makes the tables if they are not there, under a transaction-scoped advisory lock so that
/// machines starting together do not race; refuses a database of a later layout.
async fn make_tables(client: &Client) -> Result<(), Fail> {
    let layout = client
        .query_opt(
            "SELECT layout FROM bitext_layout WHERE to_regclass('bitext_layout') IS NOT NULL",
            &[],
        )
        .await;
    let layout: Option<i32> = match layout {
        Ok(row) => row.map(|r| r.get(0)),
        Err(e) if e.code() == Some(&SqlState::UNDEFINED_TABLE) => None,
        Err(e) => return Err(e.into()),
    };
    if layout == Some(LAYOUT) {
        return Ok(());
    }
    client.batch_execute("BEGIN").await?;
    let made = async {
        client
            .execute("SELECT pg_advisory_xact_lock($1, 0)", &[&LOCK_SPACE])
            .await?;
        client
            .batch_execute("CREATE TABLE IF NOT EXISTS bitext_layout (layout integer NOT NULL)")
            .await?;
        let layout: Option<i32> = client
            .query_opt("SELECT max(layout) FROM bitext_layout", &[])
            .await?
            .and_then(|r| r.get(0));
        match layout {
            None => {
                client.batch_execute(SCHEMA).await?;
                client
                    .execute("INSERT INTO bitext_layout VALUES ($1)", &[&LAYOUT])
                    .await?;
                Ok(())
            }
            Some(LAYOUT) => Ok(()),
            Some(later) => Err(Fail::Refused(format!(
                "its tables are of layout {later}, made by another bitext than this one \
                 (layout {LAYOUT})"
            ))),
        }
    }
    .await;
    match made {
        Ok(()) => client.batch_execute("COMMIT").await?,
        Err(_) => {
            let _ = client.batch_execute("ROLLBACK").await;
        }
    }
    made
}

/// A row read back, as the entry it holds if it passes verification.
fn entry_of(row: &tokio_postgres::Row) -> (CacheKey, Option<CacheEntry>) {
    let key: Vec<u8> = row.get(0);
    let key = CacheKey(hex::encode(key));
    let entry = verified(&key, row.get(1), row.get(2), row.get(3), row.get(4));
    (key, entry)
}

async fn lookup(
    client: &Client,
    keys: &[Vec<u8>],
) -> Result<std::collections::HashMap<CacheKey, Option<CacheEntry>>, Fail> {
    let rows = client.query(LOOKUP, &[&keys]).await?;
    Ok(rows.iter().map(entry_of).collect())
}

/// One response's rows, as columns.
#[derive(Default)]
struct Columns {
    keys: Vec<Vec<u8>>,
    providers: Vec<String>,
    models: Vec<String>,
    sources: Vec<String>,
    targets: Vec<String>,
    requests: Vec<String>,
    translations: Vec<String>,
    sums: Vec<i64>,
    created: Vec<i64>,
}

async fn put_rows(
    inner: Arc<Inner>,
    rows: Arc<Columns>,
    claims: Option<Arc<Claims>>,
) -> Result<(), Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let tx = session.client.transaction().await?;
    let groups: [&(dyn tokio_postgres::types::ToSql + Sync); 4] =
        [&rows.providers, &rows.models, &rows.sources, &rows.targets];
    tx.execute(TALLY_ROWS, &groups).await?;
    tx.query(LOCK_TALLY, &groups).await?;
    tx.execute(
        UPSERT,
        &[
            &rows.keys,
            &rows.providers,
            &rows.models,
            &rows.sources,
            &rows.targets,
            &rows.requests,
            &rows.translations,
            &rows.sums,
            &rows.created,
        ],
    )
    .await?;
    if let Some(claims) = claims.filter(|c| c.lock.load(Ordering::SeqCst) != 0) {
        tx.execute(
            "DELETE FROM bitext_claims WHERE key = ANY($1)",
            &[&rows.keys],
        )
        .await?;
        // News from this owner: its other claims hold on. Only those past half their lease
        // are renewed: an update is a new row version here, and renewing every claim at
        // every response left six dead versions per claim (2,000 articles: 223,000 dead
        // rows, 24 MB, beside 33 MB of entries).
        let lease = claims.lease.as_millis() as i64;
        tx.execute(
            "UPDATE bitext_claims SET expires = now() + $2::int8 * interval '1 millisecond' \
             WHERE owner = $1 AND expires < now() + $3::int8 * interval '1 millisecond'",
            &[&claims.owner, &lease, &(lease / 2)],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// What one claim round found for a key.
enum Round {
    /// Its answer arrived.
    Answer(CacheEntry),
    /// This store holds its claim now: it buys it.
    Mine,
    /// A live owner holds it.
    Held,
}

/// Takes the advisory lock that names this store's claims on this session, if it has none.
async fn own_lock(session: &mut Session, claims: &Claims) -> Result<i32, Fail> {
    if let Some(lock) = session.lock {
        return Ok(lock);
    }
    for _ in 0..16 {
        let candidate = fastrand::i32(1..i32::MAX);
        let row = session
            .client
            .query_one(
                "SELECT pg_try_advisory_lock($1, $2)",
                &[&LOCK_SPACE, &candidate],
            )
            .await?;
        if row.get::<_, bool>(0) {
            session.lock = Some(candidate);
            claims.lock.store(candidate, Ordering::SeqCst);
            // Claims this owner took on an earlier connection are named by this one now.
            session
                .client
                .execute(
                    "UPDATE bitext_claims SET lock = $2 WHERE owner = $1",
                    &[&claims.owner, &candidate],
                )
                .await?;
            return Ok(candidate);
        }
    }
    Err(Fail::Refused(
        "no free advisory lock to name this process's claims".into(),
    ))
}

async fn claim_round(
    inner: Arc<Inner>,
    claims: Arc<Claims>,
    asked: Arc<Vec<(CacheKey, Vec<u8>)>>,
) -> Result<Vec<Round>, Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let lock = own_lock(session, &claims).await?;
    let client = &session.client;
    let bytes: Vec<Vec<u8>> = asked.iter().map(|(_, b)| b.clone()).collect();
    let mut found = lookup(client, &bytes).await?;
    let open: Vec<Vec<u8>> = asked
        .iter()
        .filter(|(key, _)| !matches!(found.get(key), Some(Some(_))))
        .map(|(_, b)| b.clone())
        .collect();
    // Rows that failed verification: bought again, once claimed.
    let damaged: Vec<Vec<u8>> = asked
        .iter()
        .filter(|(key, _)| matches!(found.get(key), Some(None)))
        .map(|(_, b)| b.clone())
        .collect();
    let mut mine = std::collections::HashSet::new();
    if !open.is_empty() {
        client
            .execute(
                DROP_DEAD_CLAIMS,
                &[&open, &claims.owner, &i64::from(LOCK_SPACE)],
            )
            .await?;
        let claimed = client
            .query(
                CLAIM,
                &[
                    &open,
                    &claims.owner,
                    &lock,
                    &(claims.lease.as_millis() as i64),
                    &damaged,
                ],
            )
            .await?;
        let claimed: Vec<Vec<u8>> = claimed.iter().map(|r| r.get(0)).collect();
        // An answer committed while the claim was being taken (its owner's claim gone with
        // it) is seen now, by a statement of its own: it is served, not bought again.
        let late = lookup(client, &claimed).await?;
        let late_keys: Vec<Vec<u8>> = late
            .iter()
            .filter(|(_, e)| e.is_some())
            .filter_map(|(k, _)| key_bytes(k))
            .collect();
        if !late_keys.is_empty() {
            client
                .execute(
                    "DELETE FROM bitext_claims WHERE key = ANY($1) AND owner = $2",
                    &[&late_keys, &claims.owner],
                )
                .await?;
        }
        for key in claimed {
            let key = CacheKey(hex::encode(&key));
            match late.get(&key) {
                Some(Some(entry)) => {
                    found.insert(key, Some(entry.clone()));
                }
                _ => {
                    mine.insert(key);
                }
            }
        }
    }
    Ok(asked
        .iter()
        .map(|(key, _)| match found.get(key) {
            Some(Some(entry)) => Round::Answer(entry.clone()),
            _ if mine.contains(key) => Round::Mine,
            _ => Round::Held,
        })
        .collect())
}

async fn read_stats(inner: Arc<Inner>) -> Result<StoreStats, Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let rows = session
        .client
        .query(
            "SELECT provider, model, source, target, entries, bytes FROM bitext_tally \
             WHERE entries > 0 ORDER BY provider, model, source, target",
            &[],
        )
        .await?;
    let groups: Vec<GroupStats> = rows
        .iter()
        .map(|r| GroupStats {
            provider: r.get(0),
            model: r.get(1),
            source: r.get(2),
            target: r.get(3),
            entries: r.get::<_, i64>(4).max(0) as u64,
            bytes: r.get::<_, i64>(5).max(0) as u64,
        })
        .collect();
    Ok(StoreStats {
        backend: "postgres",
        entries: groups.iter().map(|g| g.entries).sum(),
        bytes: groups.iter().map(|g| g.bytes).sum(),
        disk_bytes: disk_bytes(&session.client).await?,
        corrupt: 0,
        verified: false,
        groups,
    })
}

/// What the tables take on the server: their rows, indexes and out-of-line values.
async fn disk_bytes(client: &Client) -> Result<u64, Fail> {
    let row = client
        .query_one(
            "SELECT (pg_total_relation_size('bitext_entries') \
             + pg_total_relation_size('bitext_tally') \
             + pg_total_relation_size('bitext_claims'))::int8",
            &[],
        )
        .await?;
    Ok(row.get::<_, i64>(0).max(0) as u64)
}

/// Reads every row as a stream (memory stays flat at any size) and checks it.
async fn verify_all(inner: Arc<Inner>) -> Result<StoreStats, Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let mut stats = StoreStats {
        backend: "postgres",
        verified: true,
        ..StoreStats::default()
    };
    let rows = session
        .client
        .query_raw(
            "SELECT key, request, translation, sum, created FROM bitext_entries",
            std::iter::empty::<&(dyn tokio_postgres::types::ToSql + Sync)>(),
        )
        .await?;
    futures::pin_mut!(rows);
    while let Some(row) = rows.next().await {
        match entry_of(&row?) {
            (_, Some(entry)) => {
                let bytes = serde_json::to_string(&entry.request).map_or(0, |r| r.len())
                    + entry.translation.len();
                stats.count(&entry.request, bytes as u64);
            }
            (_, None) => {
                stats.corrupt += 1;
                stats.entries += 1;
            }
        }
    }
    stats.disk_bytes = disk_bytes(&session.client).await?;
    Ok(stats)
}

/// A [`Filter`] as the parameters of [`GROUP_FILTER`] and [`CREATED_FILTER`].
#[derive(Clone)]
struct FilterParams {
    provider: Option<String>,
    model: Option<String>,
    source: Option<String>,
    target: Option<String>,
    created_before: Option<i64>,
    machine_only: bool,
}

impl FilterParams {
    fn of(filter: &Filter) -> FilterParams {
        FilterParams {
            provider: filter.provider.clone(),
            model: filter.model.clone(),
            source: filter.pair.map(|(s, _)| s.code().to_string()),
            target: filter.pair.map(|(_, t)| t.code().to_string()),
            created_before: filter
                .created_before
                .map(|c| i64::try_from(c).unwrap_or(i64::MAX)),
            machine_only: filter.machine_only,
        }
    }

    /// `$1`..`$7` of [`GROUP_FILTER`] and [`CREATED_FILTER`].
    fn params(&self) -> [&(dyn tokio_postgres::types::ToSql + Sync); 7] {
        [
            &self.provider,
            &self.model,
            &self.source,
            &self.target,
            &self.created_before,
            &self.machine_only,
            &MEMORY_PROVIDER,
        ]
    }
}

/// One page of a scan: the rows after `after` in key order, verified.
async fn scan_page(
    inner: Arc<Inner>,
    filter: Arc<FilterParams>,
    after: Arc<Vec<u8>>,
    limit: i64,
) -> Result<Page, Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let sql = format!(
        "SELECT key, request, translation, sum, created FROM bitext_entries \
         WHERE key > $8 AND {GROUP_FILTER} AND {CREATED_FILTER} ORDER BY key LIMIT $9"
    );
    let mut params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = filter.params().to_vec();
    let after: &Vec<u8> = &after;
    params.push(&after);
    params.push(&limit);
    let rows = session.client.query(&sql, &params).await?;
    let mut page = Page::default();
    for row in &rows {
        let (key, entry) = entry_of(row);
        match entry {
            Some(entry) => page.entries.push((key.clone(), entry)),
            None => page.corrupt += 1,
        }
        page.next = Some(key);
    }
    if (rows.len() as i64) < limit {
        page.next = None;
    }
    Ok(page)
}

/// Removes the rows a filter takes in one transaction, the tally rows they count locked
/// first in the order writers lock them, so that it never deadlocks with a writer.
async fn forget_rows(inner: Arc<Inner>, filter: Arc<FilterParams>) -> Result<u64, Fail> {
    let mut guard = inner.session.lock().await;
    let session = session(&inner, &mut guard).await?;
    let tx = session.client.transaction().await?;
    let params = filter.params();
    tx.query(
        &format!(
            // The groups any of whose rows may go; `$5` only typed (the tally has no time).
            "SELECT 1 FROM bitext_tally WHERE {GROUP_FILTER} AND ($5::int8 IS NULL OR TRUE) \
             ORDER BY provider, model, source, target FOR UPDATE"
        ),
        &params,
    )
    .await?;
    let removed = tx
        .execute(
            &format!("DELETE FROM bitext_entries WHERE {GROUP_FILTER} AND {CREATED_FILTER}"),
            &params,
        )
        .await?;
    tx.commit().await?;
    Ok(removed)
}

impl Store for PgStore {
    fn get(&self, key: &CacheKey) -> Result<Option<CacheEntry>, CacheError> {
        Ok(self.get_many(&[key])?.pop().flatten())
    }

    fn put(&self, key: &CacheKey, entry: &CacheEntry) -> Result<(), CacheError> {
        self.put_many(std::slice::from_ref(&(key.clone(), entry.clone())))
    }

    /// One query for all the keys, and the claims of what it missed.
    fn get_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let mut answers = self.peek_many(keys)?;
        if let Some(claims) = &self.claims {
            let missed: Vec<usize> = (0..keys.len()).filter(|&i| answers[i].is_none()).collect();
            if !missed.is_empty() {
                let missed_keys: Vec<&CacheKey> = missed.iter().map(|&i| keys[i]).collect();
                let got = self.claim_or_wait(claims, &missed_keys)?;
                for (i, answer) in missed.into_iter().zip(got) {
                    answers[i] = answer;
                }
            }
        }
        Ok(answers)
    }

    /// One query for all the keys; nothing claimed.
    fn peek_many(&self, keys: &[&CacheKey]) -> Result<Vec<Option<CacheEntry>>, CacheError> {
        let bytes: Arc<Vec<Vec<u8>>> = Arc::new(keys.iter().filter_map(|k| key_bytes(k)).collect());
        let found = if bytes.is_empty() {
            Default::default()
        } else {
            self.call(move |inner| {
                let bytes = bytes.clone();
                async move {
                    let mut guard = inner.session.lock().await;
                    let session = session(&inner, &mut guard).await?;
                    lookup(&session.client, &bytes).await
                }
            })?
        };
        Ok(keys
            .iter()
            .map(|key| match found.get(*key) {
                Some(Some(entry)) => Some(entry.clone()),
                Some(None) => {
                    tracing::warn!(
                        key = %key,
                        "cache entry does not match its key; ignoring it and translating again"
                    );
                    None
                }
                None => None,
            })
            .collect())
    }

    /// The tally's rows of the memory: one small read.
    fn memory_tally(&self) -> Result<Option<(u64, u64)>, CacheError> {
        let (entries, bytes) = self.call(|inner| async move {
            let mut guard = inner.session.lock().await;
            let session = session(&inner, &mut guard).await?;
            let row = session
                .client
                .query_one(
                    "SELECT coalesce(sum(entries), 0)::int8, coalesce(sum(bytes), 0)::int8 \
                     FROM bitext_tally WHERE provider = $1 AND entries > 0",
                    &[&MEMORY_PROVIDER],
                )
                .await?;
            Ok((row.get::<_, i64>(0), row.get::<_, i64>(1)))
        })?;
        Ok(Some(if entries > 0 {
            (entries as u64, bytes.max(0) as u64)
        } else {
            (0, 0)
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
        let filter = Arc::new(FilterParams::of(filter));
        let after = Arc::new(after.and_then(key_bytes).unwrap_or_default());
        let limit = i64::try_from(limit.max(1)).unwrap_or(i64::MAX);
        self.call(move |inner| scan_page(inner, filter.clone(), after.clone(), limit))
    }

    /// One statement in one transaction; the triggers take the removed rows off the tally
    /// in it. Its time grows with the table, so it has no bound but the server's locks'.
    fn forget(&self, filter: &Filter) -> Result<u64, CacheError> {
        let filter = Arc::new(FilterParams::of(filter));
        self.call_within(None, move |inner| forget_rows(inner, filter.clone()))
    }

    /// One transaction per response, committed before this returns.
    fn put_many(&self, entries: &[(CacheKey, CacheEntry)]) -> Result<(), CacheError> {
        let mut sorted: Vec<(Vec<u8>, &CacheEntry)> = entries
            .iter()
            .filter_map(|(key, entry)| {
                let bytes = key_bytes(key);
                if bytes.is_none() {
                    tracing::warn!(key = %key, "not a cache key; not stored");
                }
                Some((bytes?, entry))
            })
            .collect();
        // Key order, each key once (the last entry of it wins, as one after another would).
        sorted.reverse();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        sorted.dedup_by(|a, b| a.0 == b.0);
        if sorted.is_empty() {
            return Ok(());
        }
        let mut rows = Columns::default();
        for (key, entry) in sorted {
            let r = &entry.request;
            rows.keys.push(key);
            rows.providers.push(r.provider.clone());
            rows.models.push(r.model.clone());
            rows.sources.push(r.source_lang.code().to_string());
            rows.targets.push(r.target_lang.code().to_string());
            rows.requests
                .push(serde_json::to_string(r).expect("a cache request serialises"));
            rows.translations.push(entry.translation.clone());
            rows.sums.push(checksum(&entry.translation));
            rows.created
                .push(i64::try_from(entry.created).unwrap_or(i64::MAX));
        }
        let rows = Arc::new(rows);
        let claims = self.claims.clone();
        self.call(move |inner| put_rows(inner, rows.clone(), claims.clone()))
    }

    /// The end of a run: claims whose answers were not stored are given up. Every commit
    /// was durable on the server already.
    fn settle(&self) -> u64 {
        self.release_claims();
        0
    }

    fn stats(&self) -> Result<StoreStats, CacheError> {
        self.call(read_stats)
    }

    fn stats_verified(&self) -> Result<StoreStats, CacheError> {
        self.call_within(None, verify_all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_shows_without_secrets_and_refuses_a_password() {
        let a = PgAddress::parse("postgres://team@db.example:5433/memory").unwrap();
        assert_eq!(a.to_string(), "postgres://team@db.example:5433/memory");
        let b = PgAddress::parse("postgresql://team@db.example/memory?application_name=x").unwrap();
        assert_eq!(b.to_string(), "postgres://team@db.example:5432/memory");
        for secret in [
            "postgres://team:hunter2@db.example/memory",
            "postgres://team@db.example/memory?password=hunter2",
        ] {
            let e = PgAddress::parse(secret).unwrap_err();
            assert!(e.contains("PGPASSWORD"), "{e}");
            assert!(!e.contains("hunter2"), "{e}");
        }
        let e = PgAddress::parse("postgres://db.example/memory").unwrap_err();
        assert!(e.contains("no user"), "{e}");
        let e = PgAddress::parse("postgres://team@db.example:notaport/m").unwrap_err();
        assert!(e.contains("not a PostgreSQL URL"), "{e}");
        let e = PgAddress::parse("postgres://team@db.example/m?sslmode=require").unwrap_err();
        assert!(e.contains("TLS"), "{e}");
        // The password given apart is kept, and never shown.
        let with = a.clone().with_password(Some("hunter2".into()));
        assert_eq!(with.to_string(), a.to_string());
        assert!(!format!("{with:?}").contains("hunter2"));
        assert_ne!(with, a);
    }
}
