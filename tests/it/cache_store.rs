//! The translation memory's backends against one conformance suite: every test of the `Store`
//! contract runs on the file store, the SQLite database and a real PostgreSQL server
//! (`support::postgres`, one database per cache folder) alike. Then what only the database does: moving a file store in, its bound
//! on waiting for a lock; and what several real processes do to one cache.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::postgres;
use crate::support::workspace::{Config, Workspace};
use bitext::cache::{
    CacheEntry, CacheError, CacheKey, CacheRequest, Filter, FsStore, PgStore, SqliteStore, Store,
    KEY_SCHEMA,
};
use bitext::lang::Lang;
use serde_json::Value;
use sha2::Digest;
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The backends under test, each opened on a cache folder.
#[derive(Clone, Copy, Debug)]
enum Backend {
    Files,
    Sqlite,
    Postgres,
}

/// Every backend; PostgreSQL where its server can be started (always in CI).
fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Files, Backend::Sqlite];
    if postgres::server().is_some() {
        all.push(Backend::Postgres);
    }
    all
}

/// The PostgreSQL database that stands for a cache folder: one per folder, so that opening
/// a folder again opens the same database, as with the other backends.
fn database_of(dir: &Path) -> String {
    let digest = sha2::Sha256::digest(dir.to_string_lossy().as_bytes());
    format!("t_{}", &hex::encode(digest)[..20])
}

impl Backend {
    fn open(self, dir: &Path) -> Box<dyn Store> {
        match self {
            Backend::Files => Box::new(FsStore::new(dir)),
            Backend::Sqlite => Box::new(SqliteStore::new(dir)),
            Backend::Postgres => Box::new(PgStore::new(self.address(dir))),
        }
    }

    /// The database of a folder, made if need be (in a child process, the parent made it).
    fn address(self, dir: &Path) -> bitext::cache::PgAddress {
        if let Some(address) = postgres::address_in_child(&database_of(dir)) {
            return address;
        }
        let server = postgres::server().expect("a PostgreSQL server");
        postgres::address(&server.database(&database_of(dir)))
    }

    /// Makes what child processes will open (the database of a folder).
    fn prepare(self, dir: &Path) {
        if let Backend::Postgres = self {
            self.address(dir);
        }
    }

    fn name(self) -> &'static str {
        match self {
            Backend::Files => "files",
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    fn parse(name: &str) -> Backend {
        match name {
            "files" => Backend::Files,
            "postgres" => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }

    /// Damages the stored entry of `key` so that its request no longer matches it, as a bad
    /// disk or a hand edit would.
    fn tamper(self, dir: &Path, key: &CacheKey) {
        match self {
            Backend::Files => {
                let path = dir
                    .join(format!("v{KEY_SCHEMA}"))
                    .join(&key.0[..2])
                    .join(format!("{}.json", key.0));
                let text = std::fs::read_to_string(&path).unwrap();
                std::fs::write(&path, text.replacen("\"text\": \"", "\"text\": \"x", 1)).unwrap();
            }
            Backend::Sqlite => {
                let db = rusqlite::Connection::open(dir.join("bitext.sqlite3")).unwrap();
                let changed = db
                    .execute(
                        "UPDATE entries SET translation = translation || '!' WHERE key = ?1",
                        [hex::decode(&key.0).unwrap()],
                    )
                    .unwrap();
                assert_eq!(changed, 1);
            }
            Backend::Postgres => pg_tamper(&database_of(dir), key),
        }
    }
}

/// Damages the entry of `key` in a PostgreSQL database of the test server.
fn pg_tamper(database: &str, key: &CacheKey) {
    let server = postgres::server().unwrap();
    let changed = server.psql(
        database,
        &format!(
            "UPDATE bitext_entries SET translation = translation || '!' \
             WHERE key = '\\x{}'::bytea RETURNING 1",
            key.0
        ),
    );
    assert_eq!(changed.trim(), "1");
}

/// Texts in the three languages, so that keys, groups and bytes are not all ASCII.
const TEXTS: [(Lang, Lang, &str, &str); 6] = [
    (
        Lang::En,
        Lang::Vi,
        "The delegation visited Hanoi.",
        "Phái đoàn đã thăm Hà Nội.",
    ),
    (
        Lang::En,
        Lang::Zh,
        "The forum opened in Nanning.",
        "论坛在南宁开幕。",
    ),
    (
        Lang::Vi,
        Lang::En,
        "Hội nghị bế mạc hôm thứ Sáu.",
        "The conference closed on Friday.",
    ),
    (
        Lang::Vi,
        Lang::Zh,
        "Đại biểu đến từ Côn Minh.",
        "代表来自昆明。",
    ),
    (
        Lang::Zh,
        Lang::En,
        "妇女联合会发表声明。",
        "The Women's Union issued a statement.",
    ),
    (
        Lang::Zh,
        Lang::Vi,
        "双方签署了合作协议。",
        "Hai bên đã ký thỏa thuận hợp tác.",
    ),
];

fn request(provider: &str, source: Lang, target: Lang, text: &str) -> CacheRequest {
    CacheRequest {
        schema: KEY_SCHEMA,
        provider: provider.into(),
        model: "default".into(),
        endpoint_family: format!("{provider}-v2"),
        source_lang: source,
        target_lang: target,
        text: text.into(),
        terms: vec![],
        options: serde_json::json!({}),
    }
}

fn entry(provider: &str, i: usize, tag: &str) -> (CacheKey, CacheEntry) {
    let (source, target, text, translation) = TEXTS[i % TEXTS.len()];
    let request = request(provider, source, target, &format!("{text} ({tag} {i})"));
    let entry = CacheEntry {
        translation: format!("{translation} ({tag} {i})"),
        request: request.clone(),
        created: 1_700_000_000 + i as u64,
    };
    (request.key(), entry)
}

fn entries(tag: &str, range: std::ops::Range<usize>) -> Vec<(CacheKey, CacheEntry)> {
    range.map(|i| entry("deepl", i, tag)).collect()
}

fn assert_all_served(store: &dyn Store, expected: &[(CacheKey, CacheEntry)], what: &str) {
    let keys: Vec<&CacheKey> = expected.iter().map(|(k, _)| k).collect();
    let found = store.get_many(&keys).unwrap();
    let missing = expected
        .iter()
        .zip(&found)
        .filter(|((_, e), f)| f.as_ref() != Some(e))
        .count();
    assert_eq!(
        missing,
        0,
        "{what}: {missing} of {} not served",
        expected.len()
    );
}

#[test]
fn conformance_get_put_get_many_put_many_stats_settle() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let store = backend.open(dir.path());
        let what = backend.name();
        let (key, one) = entry("deepl", 0, "one");
        assert_eq!(store.get(&key).unwrap(), None, "{what}: empty");
        assert_eq!(store.stats().unwrap().entries, 0, "{what}");
        store.put(&key, &one).unwrap();
        assert_eq!(store.get(&key).unwrap().as_ref(), Some(&one), "{what}");

        let batch = entries("batch", 1..13);
        store.put_many(&batch).unwrap();
        let missing = entry("deepl", 99, "never").0;
        let keys = vec![&batch[5].0, &missing, &key, &batch[0].0];
        let found = store.get_many(&keys).unwrap();
        assert_eq!(found.len(), 4, "{what}");
        assert_eq!(found[0].as_ref(), Some(&batch[5].1), "{what}: in order");
        assert_eq!(found[1], None, "{what}");
        assert_eq!(found[2].as_ref(), Some(&one), "{what}");
        assert_eq!(found[3].as_ref(), Some(&batch[0].1), "{what}");

        // Writing the same entries again adds nothing; another provider is its own group.
        store.put_many(&batch).unwrap();
        let google: Vec<_> = (0..3).map(|i| entry("google", i, "g")).collect();
        store.put_many(&google).unwrap();
        assert_eq!(store.settle(), 0, "{what}: nothing lost");
        let stats = store.stats().unwrap();
        assert_eq!(stats.entries, 16, "{what}: {stats:?}");
        assert_eq!(stats.backend, what);
        assert!(stats.bytes > 16 * 100, "{what}: {stats:?}");
        assert!(stats.disk_bytes > 0, "{what}: {stats:?}");
        let groups: HashMap<(String, String, String), u64> = stats
            .groups
            .iter()
            .map(|g| {
                (
                    (g.provider.clone(), g.source.clone(), g.target.clone()),
                    g.entries,
                )
            })
            .collect();
        // deepl: 13 entries over the six pairs (0..13: pairs 0 and 1 thrice, others twice).
        assert_eq!(
            groups[&("deepl".into(), "en".into(), "vi".into())],
            3,
            "{what}"
        );
        assert_eq!(
            groups[&("deepl".into(), "zh".into(), "vi".into())],
            2,
            "{what}"
        );
        assert_eq!(
            groups[&("google".into(), "en".into(), "zh".into())],
            1,
            "{what}"
        );
        assert_eq!(groups.len(), 9, "{what}: {groups:?}");
        assert_eq!(
            stats.groups.iter().map(|g| g.entries).sum::<u64>(),
            16,
            "{what}"
        );
        let verified = store.stats_verified().unwrap();
        assert_eq!(
            (verified.entries, verified.corrupt, verified.bytes),
            (16, 0, stats.bytes),
            "{what}: the tally is what the entries add up to"
        );

        // A store opened anew on the folder serves the same.
        drop(store);
        let again = backend.open(dir.path());
        assert_all_served(&*again, &batch, what);
        assert_eq!(again.stats().unwrap().entries, 16, "{what}");
    }
}

#[test]
fn conformance_a_damaged_entry_is_a_miss_counted_as_corrupt_and_replaced_by_the_next_put() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let store = backend.open(dir.path());
        let what = backend.name();
        let batch = entries("t", 0..6);
        store.put_many(&batch).unwrap();
        store.settle();
        backend.tamper(dir.path(), &batch[2].0);
        let fresh = backend.open(dir.path());
        assert_eq!(fresh.get(&batch[2].0).unwrap(), None, "{what}: not trusted");
        assert_eq!(fresh.get(&batch[3].0).unwrap().as_ref(), Some(&batch[3].1));
        assert_eq!(fresh.stats_verified().unwrap().corrupt, 1, "{what}");
        fresh.put(&batch[2].0, &batch[2].1).unwrap();
        fresh.settle();
        assert_eq!(
            fresh.get(&batch[2].0).unwrap().as_ref(),
            Some(&batch[2].1),
            "{what}"
        );
        let stats = fresh.stats_verified().unwrap();
        assert_eq!((stats.entries, stats.corrupt), (6, 0), "{what}: {stats:?}");
    }
}

#[test]
fn conformance_threads_writing_the_same_and_different_keys_lose_nothing() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let store: std::sync::Arc<dyn Store> = backend.open(dir.path()).into();
        let shared = entries("shared", 0..120);
        std::thread::scope(|s| {
            for t in 0..8 {
                let store = store.clone();
                let shared = &shared;
                s.spawn(move || {
                    let own = entries(&format!("thread-{t}"), 0..120);
                    for (mine, common) in own.chunks(10).zip(shared.chunks(10)) {
                        store.put_many(mine).unwrap();
                        store.put_many(common).unwrap();
                    }
                });
            }
        });
        assert_eq!(store.settle(), 0);
        let mut all = shared.clone();
        for t in 0..8 {
            all.extend(entries(&format!("thread-{t}"), 0..120));
        }
        assert_all_served(&*store, &all, backend.name());
        let stats = store.stats_verified().unwrap();
        assert_eq!(
            (stats.entries, stats.corrupt),
            (9 * 120, 0),
            "{}",
            backend.name()
        );
    }
}

/// Waits for every child; the standard error of those that failed.
fn failures(children: Vec<std::process::Child>) -> Vec<String> {
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .filter(|out| !out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stderr).into_owned())
        .collect()
}

/// Runs this test binary's hidden child `cache_store::child_writer` with its job.
fn child(job: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "cache_store::child_writer",
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("BITEXT_CACHE_CHILD", job)
    .stdin(Stdio::null());
    if let Some(server) = postgres::server() {
        cmd.envs(server.child_env());
    }
    cmd
}

/// The child process: `backend|dir|tag|batches|size` writes `batches` responses of `size`
/// entries tagged `tag` (`shared` is the tag every child writes), one `put_many` each, every
/// other one of the shared ones, and prints `committed N` after each.
#[test]
#[ignore = "a child process of the multi-process tests, run by them"]
fn child_writer() {
    let job = std::env::var("BITEXT_CACHE_CHILD").expect("run by the multi-process tests");
    let parts: Vec<&str> = job.split('|').collect();
    let backend = Backend::parse(parts[0]);
    let store = backend.open(Path::new(parts[1]));
    let (batches, size): (usize, usize) = (parts[3].parse().unwrap(), parts[4].parse().unwrap());
    for b in 0..batches {
        let own = entries(parts[2], b * size..(b + 1) * size);
        store.put_many(&own).unwrap();
        let shared = entries("shared", b * size..(b + 1) * size);
        store.put_many(&shared).unwrap();
        println!("committed {b}");
    }
    assert_eq!(store.settle(), 0);
}

#[test]
fn conformance_eight_processes_writing_the_same_and_different_keys_make_no_error_and_lose_nothing()
{
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        backend.prepare(dir.path());
        let (batches, size) = (20, 25);
        let children: Vec<_> = (0..8)
            .map(|p| {
                child(&format!(
                    "{}|{}|proc-{p}|{batches}|{size}",
                    backend.name(),
                    dir.path().display()
                ))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
            })
            .collect();
        let errors = failures(children);
        assert!(errors.is_empty(), "{}: {errors:?}", backend.name());
        let store = backend.open(dir.path());
        let mut all = entries("shared", 0..batches * size);
        for p in 0..8 {
            all.extend(entries(&format!("proc-{p}"), 0..batches * size));
        }
        assert_all_served(&*store, &all, backend.name());
        let stats = store.stats_verified().unwrap();
        assert_eq!(
            (stats.entries, stats.corrupt),
            (9 * (batches * size) as u64, 0),
            "{}",
            backend.name()
        );
    }
}

#[test]
fn conformance_a_writer_killed_mid_write_leaves_every_committed_response_and_no_damage() {
    for backend in backends() {
        for kill_after in [0, 3, 11] {
            let dir = tempfile::tempdir().unwrap();
            backend.prepare(dir.path());
            let mut writer = child(&format!(
                "{}|{}|killed|400|40",
                backend.name(),
                dir.path().display()
            ))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
            let mut lines = std::io::BufReader::new(writer.stdout.take().unwrap()).lines();
            let mut committed = 0;
            for line in lines.by_ref() {
                if line.unwrap().starts_with("committed") {
                    committed += 1;
                    if committed > kill_after {
                        break;
                    }
                }
            }
            // SIGKILL while it writes the next responses.
            writer.kill().unwrap();
            writer.wait().unwrap();
            assert!(committed > kill_after, "{}: the writer ran", backend.name());
            if let Backend::Files = backend {
                FsStore::new(dir.path()).recover().unwrap();
            }
            let store = backend.open(dir.path());
            let told = entries("killed", 0..committed * 40);
            assert_all_served(&*store, &told, backend.name());
            let stats = store.stats_verified().unwrap();
            assert_eq!(stats.corrupt, 0, "{}: {stats:?}", backend.name());
            assert!(
                stats.entries >= 2 * told.len() as u64,
                "{}: {stats:?}",
                backend.name()
            );
            // And the store goes on taking entries.
            let more = entries("after", 0..5);
            store.put_many(&more).unwrap();
            store.settle();
            assert_all_served(&*store, &more, backend.name());
        }
    }
}

#[test]
fn a_database_locked_past_the_bound_is_a_clear_error_and_a_wait_within_it_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::new(dir.path()).with_busy_limit(Duration::from_millis(300));
    let batch = entries("lock", 0..3);
    store.put_many(&batch[..1]).unwrap();
    let holder = rusqlite::Connection::open(store.path()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store.put_many(&batch[1..]).unwrap_err();
    assert!(matches!(err, CacheError::Locked { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("bitext.sqlite3") && message.contains("kept it locked for more than"),
        "{message}"
    );
    // Readers are not blocked by a writer.
    assert_eq!(store.get(&batch[0].0).unwrap().as_ref(), Some(&batch[0].1));
    holder.execute_batch("COMMIT").unwrap();
    store.put_many(&batch[1..]).unwrap();
    assert_all_served(&store, &batch, "after the lock");
}

/// A cache folder of the file store as the current code writes it, with `n` entries, one of
/// them damaged, and the journal of a killed run holding two more.
fn v1_folder(dir: &Path, n: usize) -> Vec<(CacheKey, CacheEntry)> {
    let files = FsStore::new(dir);
    let all = entries("v1", 0..n);
    for chunk in all.chunks(50) {
        files.put_many(chunk).unwrap();
    }
    assert_eq!(files.settle(), 0);
    drop(files);
    let journaled = entries("journaled", 0..2);
    let dead = dir.join("v1/tmp/run-dead");
    std::fs::create_dir_all(&dead).unwrap();
    std::fs::write(dir.join("v1/tmp/run-dead.lock"), "").unwrap();
    let lines: String = journaled
        .iter()
        .map(|(_, e)| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    std::fs::write(dead.join("response-1.jsonl"), lines).unwrap();
    std::fs::create_dir_all(dir.join("v1/ff")).unwrap();
    std::fs::write(dir.join("v1/ff/broken.json"), "{\"request\":").unwrap();
    all.into_iter().chain(journaled).collect()
}

#[test]
fn a_v1_folder_is_moved_into_the_database_on_first_use_losing_nothing() {
    let ws = Config::fast().no_glossary().build();
    let cache = ws.path().join("cache");
    let expected = v1_folder(&cache, 300);
    let run = ws.run(&["cache", "stats", "--json"], &[]);
    run.assert_code(0);
    let stats: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(stats["backend"], "sqlite", "{stats}");
    assert_eq!(stats["entries"], 302, "{stats}");
    assert!(!cache.join("v1").exists(), "the folder is retired");
    assert!(cache.join("v1.migrated").is_dir(), "kept, renamed");
    assert!(cache.join("v1.migrated/ff/broken.json").is_file());
    let store = SqliteStore::new(&cache);
    assert_all_served(&store, &expected, "migrated");
    assert_eq!(store.stats_verified().unwrap().corrupt, 0);

    // `bitext cache migrate` does the same on demand, and a second time finds nothing.
    let other = ws.path().join("other");
    let expected = v1_folder(&other, 120);
    let run = ws.run(&["cache", "migrate", "--cache", "other"], &[]);
    run.assert_code(0);
    assert!(run.stdout.contains("122 entries moved"), "{}", run.stdout);
    assert!(run.stdout.contains("1 file(s)"), "{}", run.stdout);
    assert_all_served(&SqliteStore::new(&other), &expected, "migrate");
    let again = ws.run(&["cache", "migrate", "--cache", "other"], &[]);
    again.assert_code(0);
    assert!(again.stdout.contains("no file store"), "{}", again.stdout);
}

#[test]
fn a_migration_killed_before_its_commit_leaves_the_folder_and_the_next_one_finishes_it() {
    let dir = tempfile::tempdir().unwrap();
    let expected = v1_folder(dir.path(), 40);
    // What a kill before the rename leaves: some of the entries already in the database,
    // the folder still there.
    SqliteStore::new(dir.path())
        .put_many(&expected[..10])
        .unwrap();
    assert!(dir.path().join("v1").is_dir());
    let store = SqliteStore::new(dir.path());
    let migration = store.migrate().unwrap().expect("a folder to move");
    assert_eq!((migration.entries, migration.corrupt), (42, 1));
    assert_all_served(&store, &expected, "finished");
    assert_eq!(store.stats().unwrap().entries, 42);
}

#[test]
fn the_file_store_stays_selectable_with_dir_and_is_not_migrated() {
    let ws = Config::fast().no_glossary().build();
    let article = Workspace::sample("vi-asean-women-forum-nanning.txt");
    let article = article.to_str().unwrap();
    ws.run(
        &["translate", article, "--to", "en", "--cache", "dir:old"],
        &[],
    )
    .assert_code(0);
    assert!(ws.path().join("old/v1").is_dir());
    assert!(!ws.path().join("old/bitext.sqlite3").exists());
    let stats = ws.run(&["cache", "stats", "--json", "--cache", "dir:old"], &[]);
    let stats: Value = serde_json::from_str(stats.stdout.trim()).unwrap();
    assert_eq!(stats["backend"], "files");
    let entries = stats["entries"].as_u64().unwrap();
    assert!(entries > 5, "{stats}");
    // Pointed at the same folder without `dir:`, the database takes the entries over and the
    // run pays for nothing.
    let run = ws.run(
        &[
            "translate",
            article,
            "--to",
            "en",
            "--cache",
            "old",
            "--out",
            "again",
        ],
        &[],
    );
    run.assert_code(0);
    assert_eq!(ws.json("again/summary.json")["segments_sent"], 0);
    assert!(ws.path().join("old/bitext.sqlite3").is_file());
    assert!(ws.path().join("old/v1.migrated").is_dir());
}

/// Eight `bitext translate` processes started at once over the same articles and one cache,
/// against the fake DeepL that counts what it bills: no process fails, the cache ends holding
/// every distinct text, and what was paid more than once is counted and printed per backend.
/// The file store has no claims: processes that miss the same text at the same moment each
/// buy it. The databases' claims (SQLite, PostgreSQL) make the others wait: each text is
/// bought once.
#[test]
fn eight_translate_processes_on_one_cache_fail_none_and_keep_everything() {
    const KEY: &str = "multi-process-key:fx";
    let mut caches = vec![
        (Backend::Files, "dir:cache".to_string()),
        (Backend::Sqlite, "cache".to_string()),
    ];
    if let Some(server) = pg() {
        caches.push((Backend::Postgres, server.fresh_database("eight").1));
    }
    for (backend, cache) in &caches {
        let (backend, cache) = (*backend, cache.as_str());
        let deepl = FakeDeepl::start(KEY);
        let ws = Config::new()
            .run("to", vec!["vi", "zh"])
            .run("provider", "deepl")
            .run("retry_base_ms", 1)
            .provider("deepl", &deepl.url(), "batch_size = 20")
            .no_glossary()
            .build();
        let articles: Vec<String> = [
            "en-shanghai-ngo-leadership-session.txt",
            "en-yunnan-women-diplomacy-interview.txt",
        ]
        .iter()
        .map(|n| Workspace::sample(n).to_string_lossy().into_owned())
        .collect();
        let children: Vec<_> = (0..8)
            .map(|p| {
                let out = format!("out-{p}");
                let mut args = vec!["translate", "--glossary", "no-glossary", "--cache", cache];
                args.extend(["--out", &out]);
                args.extend(articles.iter().map(String::as_str));
                ws.command()
                    .args(&args)
                    .env("DEEPL_API_KEY", KEY)
                    .env("PGPASSWORD", postgres::PASSWORD)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let errors = failures(children);
        let billed = deepl.billed();
        let distinct: HashSet<&(String, String)> = billed.iter().collect();
        let stats = ws.run(
            &["cache", "stats", "--json", "--verify", "--cache", cache],
            &[("PGPASSWORD", postgres::PASSWORD)],
        );
        stats.assert_code(0);
        let stats: Value = serde_json::from_str(stats.stdout.trim()).unwrap();
        eprintln!(
            "{}: 8 processes, {} texts billed for {} distinct ({} paid more than once); \
             cache entries {}, corrupt {}; errors {}",
            backend.name(),
            billed.len(),
            distinct.len(),
            billed.len() - distinct.len(),
            stats["entries"],
            stats["corrupt"],
            errors.len()
        );
        assert!(errors.is_empty(), "{}: {errors:?}", backend.name());
        if let Backend::Sqlite | Backend::Postgres = backend {
            // The databases' claims: each text bought once, the others waited for it.
            assert_eq!(billed.len(), distinct.len(), "paid twice with claims");
        }
        assert_eq!(stats["backend"], backend.name());
        assert_eq!(stats["entries"].as_u64().unwrap(), distinct.len() as u64);
        assert_eq!(stats["corrupt"], 0);
        // All eight wrote the same outputs, and a ninth run pays nothing.
        let first = ws.read("out-0/en-yunnan-women-diplomacy-interview.tsv");
        for p in 1..8 {
            assert_eq!(
                ws.read(&format!("out-{p}/en-yunnan-women-diplomacy-interview.tsv")),
                first
            );
        }
        let mut args = vec!["translate", "--glossary", "no-glossary", "--cache", cache];
        args.extend(["--out", "last"]);
        args.extend(articles.iter().map(String::as_str));
        ws.run(
            &args,
            &[("DEEPL_API_KEY", KEY), ("PGPASSWORD", postgres::PASSWORD)],
        )
        .assert_code(0);
        assert_eq!(deepl.billed().len(), billed.len(), "{}", backend.name());
    }
}

#[test]
fn a_lookup_waits_for_what_another_store_claimed_and_gets_its_answer() {
    let dir = tempfile::tempdir().unwrap();
    let claiming = |wait| SqliteStore::new(dir.path()).with_claims(Duration::from_secs(60), wait);
    let buyer = claiming(Duration::from_secs(60));
    let batch = entries("claimed", 0..8);
    let keys: Vec<&CacheKey> = batch.iter().map(|(k, _)| k).collect();
    // The buyer misses and claims them all.
    assert!(buyer.get_many(&keys).unwrap().iter().all(Option::is_none));
    let waiter = claiming(Duration::from_secs(60));
    std::thread::scope(|s| {
        let waiting = s.spawn(|| waiter.get_many(&keys).unwrap());
        // The waiter is served what the buyer stores, whenever that is.
        buyer.put_many(&batch[..5]).unwrap();
        buyer.put_many(&batch[5..]).unwrap();
        let got = waiting.join().unwrap();
        let expected: Vec<Option<CacheEntry>> =
            batch.iter().map(|(_, e)| Some(e.clone())).collect();
        assert_eq!(got, expected);
    });
    // Claims end with their answers: nothing is left claimed.
    let db = rusqlite::Connection::open(buyer.path()).unwrap();
    let left: i64 = db
        .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_claim_whose_owner_died_or_gave_up_is_taken_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let batch = entries("orphan", 0..4);
    let keys: Vec<&CacheKey> = batch.iter().map(|(k, _)| k).collect();
    // A store that claims and gives up its claims without answers (its run failed on them).
    let failed = SqliteStore::new(dir.path()).claiming();
    assert!(failed
        .get_many(&keys[..2])
        .unwrap()
        .iter()
        .all(Option::is_none));
    assert_eq!(failed.settle(), 0);
    // Claims of an owner killed before it could release them: rows, no lock file.
    let db = rusqlite::Connection::open(dir.path().join("bitext.sqlite3")).unwrap();
    for key in &keys[2..] {
        db.execute(
            "INSERT INTO claims (key, owner, expires) VALUES (?1, 'killed-1', 9000000000000)",
            [hex::decode(&key.0).unwrap()],
        )
        .unwrap();
    }
    // A store that would wait an hour for a live owner takes all four at once as its own.
    let next = SqliteStore::new(dir.path())
        .with_claims(Duration::from_secs(60), Duration::from_secs(3600));
    assert!(next.get_many(&keys).unwrap().iter().all(Option::is_none));
    let mine: i64 = db
        .query_row("SELECT count(DISTINCT owner) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mine, 1);
    next.put_many(&batch).unwrap();
    assert_all_served(&next, &batch, "bought by the next");
}

/// A small file system of its own (tmpfs), unmounted when dropped; `None` where this process
/// may not mount one (not root, or in a container that forbids it).
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(bytes: u64) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk { dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Writes responses of long entries until the store refuses one: those it accepted, and its
/// error.
fn fill(store: &dyn Store) -> (Vec<(CacheKey, CacheEntry)>, Option<String>) {
    let mut accepted = Vec::new();
    for b in 0..10_000 {
        let mut batch = entries(&format!("full-{b}"), 0..20);
        for (_, e) in &mut batch {
            e.translation.push_str(&"đầy ".repeat(200));
        }
        match store.put_many(&batch) {
            Ok(()) => accepted.extend(batch),
            Err(e) => return (accepted, Some(e.to_string())),
        }
    }
    (accepted, None)
}

#[test]
fn conformance_a_full_disk_fails_writes_clearly_and_keeps_every_entry_it_accepted() {
    for backend in backends() {
        if let Backend::Postgres = backend {
            // The server's disk is not this process's to fill: see
            // `postgres_a_full_disk_under_the_entries_fails_writes_clearly_and_loses_nothing`.
            continue;
        }
        let Some(disk) = SmallDisk::mount(1 << 20) else {
            eprintln!("no tmpfs can be mounted here: the full-disk test needs root");
            return;
        };
        let store = backend.open(disk.dir.path());
        let what = backend.name();
        let (accepted, error) = fill(&*store);
        let lost = store.settle();
        drop(store);
        let store = backend.open(disk.dir.path());
        let keys: Vec<&CacheKey> = accepted.iter().map(|(k, _)| k).collect();
        let served = store
            .get_many(&keys)
            .unwrap()
            .iter()
            .zip(&accepted)
            .filter(|(f, (_, e))| f.as_ref() == Some(e))
            .count();
        eprintln!(
            "{what}: full disk after {} accepted entries, {lost} of them reported lost, {served} served; error: {error:?}",
            accepted.len()
        );
        assert!(!accepted.is_empty(), "{what}: some went in first");
        // Every entry accepted is served, or was reported lost (the file store files after
        // accepting; the database only accepts what it committed).
        assert_eq!(served as u64 + lost, accepted.len() as u64, "{what}");
        assert_eq!(store.stats_verified().unwrap().corrupt, 0, "{what}");
        if let Backend::Sqlite = backend {
            assert_eq!(lost, 0);
            let error = error.expect("the database refused a write");
            assert!(error.contains("free space"), "{error}");
        }
    }
}

/// Every entry a scan gives, page after page of `page` entries.
fn scan_all(store: &dyn Store, filter: &Filter, page: usize) -> (Vec<(CacheKey, CacheEntry)>, u64) {
    let (mut all, mut corrupt, mut after) = (Vec::new(), 0, None);
    for _ in 0..10_000 {
        let got = store.scan(filter, after.as_ref(), page).unwrap();
        assert!(got.entries.len() <= page);
        corrupt += got.corrupt;
        all.extend(got.entries);
        match got.next {
            Some(next) => after = Some(next),
            None => return (all, corrupt),
        }
    }
    panic!("a scan that never ends");
}

/// The entries of the scan tests: 30 of DeepL over the six pairs, 6 of Google, and 2 units of
/// an imported memory; created one second apart.
fn mixed() -> Vec<(CacheKey, CacheEntry)> {
    let mut all = entries("scan", 0..30);
    all.extend((30..36).map(|i| entry("google", i, "g")));
    for (i, (source, target, text, translation)) in TEXTS.iter().take(2).enumerate() {
        let request = bitext::cache::memory_request(*source, *target, text);
        all.push((
            request.key(),
            CacheEntry {
                request,
                translation: translation.to_string(),
                created: 1_700_000_100 + i as u64,
            },
        ));
    }
    all
}

#[test]
fn conformance_a_scan_gives_every_entry_once_in_key_order_a_page_at_a_time_and_filters() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let store = backend.open(dir.path());
        let what = backend.name();
        let all = mixed();
        store.put_many(&all).unwrap();
        store.settle();
        // One damaged entry: left out, and counted.
        backend.tamper(dir.path(), &all[3].0);

        let (got, corrupt) = scan_all(&*store, &Filter::default(), 7);
        assert_eq!(corrupt, 1, "{what}");
        let keys: Vec<&CacheKey> = got.iter().map(|(k, _)| k).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(keys, sorted, "{what}: in key order, each once");
        assert_eq!(got.len(), all.len() - 1, "{what}");
        for (key, entry) in &got {
            let expected = all.iter().find(|(k, _)| k == key).unwrap();
            assert_eq!(&expected.1, entry, "{what}");
        }
        // Pages of one and one page of everything give the same.
        assert_eq!(
            scan_all(&*store, &Filter::default(), 1).0.len(),
            got.len(),
            "{what}"
        );
        assert_eq!(
            scan_all(&*store, &Filter::default(), 1000).0.len(),
            got.len(),
            "{what}"
        );

        let count = |filter: Filter| scan_all(&*store, &filter, 4).0.len();
        let expected = |f: &dyn Fn(&CacheEntry) -> bool| {
            all.iter()
                .enumerate()
                .filter(|(i, (_, e))| *i != 3 && f(e))
                .count()
        };
        let pair = Filter {
            pair: Some((Lang::Vi, Lang::En)),
            ..Filter::default()
        };
        assert_eq!(
            count(pair),
            expected(&|e| e.request.source_lang == Lang::Vi && e.request.target_lang == Lang::En),
            "{what}"
        );
        let google = Filter {
            provider: Some("google".into()),
            ..Filter::default()
        };
        assert_eq!(count(google), 6, "{what}");
        let memory = Filter {
            provider: Some("tm".into()),
            ..Filter::default()
        };
        assert_eq!(count(memory), 2, "{what}");
        let machine = Filter {
            machine_only: true,
            ..Filter::default()
        };
        assert_eq!(count(machine), all.len() - 1 - 2, "{what}");
        let old = Filter {
            created_before: Some(1_700_000_010),
            model: Some("default".into()),
            ..Filter::default()
        };
        assert_eq!(
            count(old),
            expected(&|e| e.created < 1_700_000_010),
            "{what}"
        );
        let none = Filter {
            provider: Some("openai".into()),
            ..Filter::default()
        };
        assert_eq!(count(none), 0, "{what}");
        // Lookups that claim nothing serve what is stored and miss what is not.
        let missing = entry("deepl", 99, "never").0;
        let peeked = store.peek_many(&[&all[0].0, &missing]).unwrap();
        assert_eq!(peeked[0].as_ref(), Some(&all[0].1), "{what}");
        assert_eq!(peeked[1], None, "{what}");
    }
}

#[test]
fn conformance_forget_removes_what_the_filter_takes_and_the_tally_follows() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let store = backend.open(dir.path());
        let what = backend.name();
        let all = mixed();
        store.put_many(&all).unwrap();
        store.settle();
        let pair = Filter {
            pair: Some((Lang::Vi, Lang::En)),
            machine_only: true,
            ..Filter::default()
        };
        let vi_en = all
            .iter()
            .filter(|(_, e)| {
                e.request.source_lang == Lang::Vi
                    && e.request.target_lang == Lang::En
                    && e.request.provider != "tm"
            })
            .count() as u64;
        assert!(vi_en > 0);
        assert_eq!(store.forget(&pair).unwrap(), vi_en, "{what}");
        assert_eq!(
            store.forget(&pair).unwrap(),
            0,
            "{what}: nothing left to remove"
        );
        let stats = store.stats().unwrap();
        assert_eq!(stats.entries, all.len() as u64 - vi_en, "{what}");
        assert!(
            !stats
                .groups
                .iter()
                .any(|g| g.source == "vi" && g.target == "en" && g.provider != "tm"),
            "{what}: {stats:?}"
        );
        let verified = store.stats_verified().unwrap();
        assert_eq!(
            (verified.entries, verified.bytes),
            (stats.entries, stats.bytes),
            "{what}: the tally is what the entries add up to"
        );
        // The imported units stay unless named; then they go too.
        let google = Filter {
            provider: Some("google".into()),
            ..Filter::default()
        };
        // Google's six, but for its vi→en one, already gone.
        assert_eq!(store.forget(&google).unwrap(), 5, "{what}");
        let old = Filter {
            created_before: Some(1_700_000_200),
            machine_only: true,
            ..Filter::default()
        };
        store.forget(&old).unwrap();
        assert_eq!(
            store.stats().unwrap().entries,
            2,
            "{what}: the memory's two units"
        );
        let memory = Filter {
            provider: Some("tm".into()),
            ..Filter::default()
        };
        assert_eq!(store.forget(&memory).unwrap(), 2, "{what}");
        assert_eq!(store.stats().unwrap().entries, 0, "{what}");
        // A forgotten entry is a miss, and can be stored again.
        assert_eq!(store.get(&all[0].0).unwrap(), None, "{what}");
        store.put_many(&all[..1]).unwrap();
        assert_eq!(
            store.get(&all[0].0).unwrap().as_ref(),
            Some(&all[0].1),
            "{what}"
        );
    }
}

#[test]
fn a_lookup_of_the_imported_memory_claims_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::new(dir.path()).claiming();
    store.put_many(&entries("one", 0..1)).unwrap();
    let missing = entry("deepl", 7, "missing").0;
    assert_eq!(store.peek_many(&[&missing]).unwrap(), vec![None]);
    let db = rusqlite::Connection::open(dir.path().join("bitext.sqlite3")).unwrap();
    let claims: i64 = db
        .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(claims, 0, "a peek must not claim what it misses");
    // A lookup that buys its misses does claim them.
    assert_eq!(store.get_many(&[&missing]).unwrap(), vec![None]);
    let claims: i64 = db
        .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(claims, 1);
}

#[test]
fn a_new_database_takes_8_kib_pages_and_an_existing_one_keeps_its_own() {
    let page_size = |path: &Path| -> i64 {
        let db = rusqlite::Connection::open(path).unwrap();
        db.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap()
    };
    let fresh = tempfile::tempdir().unwrap();
    let store = SqliteStore::new(fresh.path());
    let (key, value) = entry("deepl", 1, "page");
    store.put(&key, &value).unwrap();
    assert_eq!(page_size(store.path()), 8192);

    // A database made before (SQLite's default 4 KiB pages) is used as it is: changing the
    // page size of one in WAL mode would need a VACUUM that rewrites the whole file.
    let old = tempfile::tempdir().unwrap();
    let path = old.path().join("bitext.sqlite3");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;")
        .unwrap();
    let store = SqliteStore::new(old.path());
    store.put(&key, &value).unwrap();
    assert_eq!(
        store.get(&key).unwrap().map(|e| e.translation),
        Some(value.translation)
    );
    assert_eq!(page_size(&path), 4096);
}

/// The shared server, or a skip (a failure in CI).
fn pg() -> Option<&'static postgres::PgServer> {
    postgres::server()
}

fn pg_claims(server: &postgres::PgServer, db: &str) -> (i64, i64) {
    let out = server.psql(
        db,
        "SELECT count(*), count(DISTINCT owner) FROM bitext_claims",
    );
    let (n, owners) = out.trim().split_once('|').unwrap();
    (n.parse().unwrap(), owners.parse().unwrap())
}

#[test]
fn postgres_a_lookup_waits_for_another_machines_claim_and_a_dead_owners_claims_are_taken_at_once() {
    let Some(server) = pg() else { return };
    let (db, url) = server.fresh_database("claims");
    let claiming = |app: &str, wait| {
        PgStore::new(postgres::address(&format!("{url}?application_name={app}")))
            .with_claims(Duration::from_secs(60), wait)
    };
    let buyer = claiming("buyer", Duration::from_secs(60));
    let batch = entries("claimed", 0..8);
    let keys: Vec<&CacheKey> = batch.iter().map(|(k, _)| k).collect();
    assert!(buyer.get_many(&keys).unwrap().iter().all(Option::is_none));
    assert_eq!(pg_claims(server, &db), (8, 1), "the buyer holds all eight");
    let waiter = claiming("waiter", Duration::from_secs(60));
    std::thread::scope(|s| {
        let waiting = s.spawn(|| waiter.get_many(&keys).unwrap());
        buyer.put_many(&batch[..5]).unwrap();
        buyer.put_many(&batch[5..]).unwrap();
        let got = waiting.join().unwrap();
        let expected: Vec<Option<CacheEntry>> =
            batch.iter().map(|(_, e)| Some(e.clone())).collect();
        assert_eq!(
            got, expected,
            "served what the buyer stored, nothing bought"
        );
    });
    assert_eq!(pg_claims(server, &db).0, 0, "claims end with their answers");

    // An owner whose connection ends (its process was killed, or its machine's link cut):
    // its claims are taken at once by a store that would wait an hour for a live owner.
    let dying = claiming("dying", Duration::from_secs(60));
    let more = entries("orphan", 0..6);
    let more_keys: Vec<&CacheKey> = more.iter().map(|(k, _)| k).collect();
    assert!(dying
        .get_many(&more_keys[..3])
        .unwrap()
        .iter()
        .all(Option::is_none));
    let killed = server.psql(
        &db,
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'dying'",
    );
    assert_eq!(killed.trim(), "1");
    // A live owner whose lease ran out (a machine gone with its connection half-open).
    let stale = claiming("stale", Duration::from_secs(60));
    assert!(stale
        .get_many(&more_keys[3..])
        .unwrap()
        .iter()
        .all(Option::is_none));
    server.psql(
        &db,
        "UPDATE bitext_claims SET expires = now() - interval '1 second' WHERE key IN \
         (SELECT key FROM bitext_claims ORDER BY key) AND owner NOT IN \
         (SELECT owner FROM bitext_claims ORDER BY owner LIMIT 0) AND expires > now() \
         AND lock IN (SELECT objid::int FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
         WHERE a.application_name = 'stale' AND l.locktype = 'advisory')",
    );
    assert_eq!(pg_claims(server, &db), (6, 2));
    let next = claiming("next", Duration::from_secs(3600));
    assert!(next
        .get_many(&more_keys)
        .unwrap()
        .iter()
        .all(Option::is_none));
    assert_eq!(
        pg_claims(server, &db),
        (6, 1),
        "all six are the next store's"
    );
    next.put_many(&more).unwrap();
    assert_all_served(&next, &more, "bought by the next");
    // The store whose connection was cut connects again and goes on storing.
    dying.put_many(&more[..1]).unwrap();
    assert_eq!(next.settle(), 0);
    // A row that fails verification is no answer to wait for: claimed and bought again.
    pg_tamper(&db, &more[0].0);
    let fresh = claiming("fresh", Duration::from_secs(3600));
    assert_eq!(fresh.get_many(&more_keys[..2]).unwrap()[0], None);
    fresh.put_many(&more[..1]).unwrap();
    assert_eq!(fresh.get(&more[0].0).unwrap().as_ref(), Some(&more[0].1));
    drop((dying, stale, next, fresh));
    assert_eq!(pg_claims(server, &db).0, 0, "nothing left claimed");
}

#[test]
fn postgres_a_table_locked_past_the_bound_is_a_clear_error_and_reads_go_on() {
    let Some(server) = pg() else { return };
    let (db, url) = server.fresh_database("locked");
    let store = PgStore::new(postgres::address(&url)).with_busy_limit(Duration::from_millis(300));
    let batch = entries("lock", 0..3);
    store.put_many(&batch[..1]).unwrap();
    let mut holder = server
        .psql_command(&db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = holder.stdin.take().unwrap();
    use std::io::Write;
    writeln!(
        input,
        "BEGIN;\nLOCK TABLE bitext_tally IN EXCLUSIVE MODE;\n\\echo locked"
    )
    .unwrap();
    let mut out = std::io::BufReader::new(holder.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "locked");
    let err = store.put_many(&batch[1..]).unwrap_err();
    assert!(matches!(err, CacheError::Locked { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains(&url) && message.contains("kept it locked for more than"),
        "{message}"
    );
    assert!(!message.contains(postgres::PASSWORD), "{message}");
    assert_eq!(store.get(&batch[0].0).unwrap().as_ref(), Some(&batch[0].1));
    writeln!(input, "COMMIT;").unwrap();
    drop(input);
    holder.wait().unwrap();
    store.put_many(&batch[1..]).unwrap();
    assert_all_served(&store, &batch, "after the lock");
}

#[test]
fn postgres_from_the_command_line_with_the_password_from_the_environment_never_shown() {
    let Some(server) = pg() else { return };
    const KEY: &str = "pg-cli-key:fx";
    let deepl = FakeDeepl::start(KEY);
    let (_, url) = server.fresh_database("cli");
    let article = Workspace::sample("vi-asean-women-forum-nanning.txt");
    let article = article.to_str().unwrap();
    let with_password = url.replace("bitext@", &format!("bitext:{}@", postgres::PASSWORD));
    let config = |cache: &str| {
        Config::new()
            .run("to", vec!["en"])
            .run("provider", "deepl")
            .run("cache", cache)
            .provider("deepl", &deepl.url(), "")
            .no_glossary()
            .build()
    };
    let args = ["translate", "--glossary", "no-glossary", article];
    let good = [("DEEPL_API_KEY", KEY), ("PGPASSWORD", postgres::PASSWORD)];

    // A password in the address: refused where it is written, never repeated.
    let ws = config(&with_password);
    let run = ws.run(&args, &good);
    run.assert_code(2);
    assert!(
        run.stderr.contains("bitext.toml:") && run.stderr.contains("PGPASSWORD"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(postgres::PASSWORD), "{}", run.stderr);
    let ws = config(&url);
    let run = ws.run(&["translate", "--cache", &with_password, article], &good);
    run.assert_code(2);
    assert!(
        run.stderr.contains("--cache") && !run.stderr.contains(postgres::PASSWORD),
        "{}",
        run.stderr
    );

    // A wrong password, or no server there: the run stops before it buys anything.
    let wrong = ws.run(
        &args,
        &[("DEEPL_API_KEY", KEY), ("PGPASSWORD", "not-the-password")],
    );
    wrong.assert_code(1);
    assert!(
        wrong.stderr.contains("PGPASSWORD") && wrong.stderr.contains(&url),
        "{}",
        wrong.stderr
    );
    assert!(
        !wrong.stderr.contains("not-the-password"),
        "{}",
        wrong.stderr
    );
    let nobody = format!("postgres://bitext@127.0.0.1:{}/x", free_port());
    let down = ws.run(
        &[
            "translate",
            "--glossary",
            "no-glossary",
            "--cache",
            &nobody,
            article,
        ],
        &good,
    );
    down.assert_code(1);
    assert!(
        down.stderr.contains("reachable") && down.stderr.contains(&nobody),
        "{}",
        down.stderr
    );
    assert_eq!(
        deepl.billed().len(),
        0,
        "nothing bought that could not be kept"
    );

    // Right: a run pays, a second pays nothing, and the password is nowhere.
    let first = ws.run(&args, &good);
    first.assert_code(0);
    let paid = deepl.billed().len();
    assert!(paid > 5, "{paid}");
    ws.run(&[&args[..3], &["--out", "again", article]].concat(), &good)
        .assert_code(0);
    assert_eq!(ws.json("again/summary.json")["segments_sent"], 0);
    assert_eq!(deepl.billed().len(), paid);
    let stats = ws.run(&["cache", "stats"], &good);
    stats.assert_code(0);
    assert!(
        stats.stdout.contains(&format!("cache: {url} (postgres)")),
        "{}",
        stats.stdout
    );
    let json = ws.run(&["cache", "stats", "--json", "--verify"], &good);
    let json: Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(
        (json["backend"].as_str(), json["corrupt"].as_u64()),
        (Some("postgres"), Some(0))
    );
    assert_eq!(json["entries"].as_u64(), Some(paid as u64));

    // The memory's commands, with the password from the environment as above.
    let export = ws.run(
        &["cache", "export", "--format", "tmx", "--out", "memory.tmx"],
        &good,
    );
    export.assert_code(0);
    let tmx = std::fs::read_to_string(ws.path().join("memory.tmx")).unwrap();
    assert_eq!(
        tmx.matches("<tu ").count() + tmx.matches("<tu>").count(),
        paid
    );
    std::fs::write(
        ws.path().join("team.tmx"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="vi" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="vi"><seg>Hai bên ký thỏa thuận hợp tác.</seg></tuv>
      <tuv xml:lang="en"><seg>The two sides signed a cooperation agreement.</seg></tuv>
    </tu>
  </body>
</tmx>
"#,
    )
    .unwrap();
    let import = ws.run(&["import", "team.tmx"], &good);
    import.assert_code(0);
    let forget = ws.run(&["cache", "forget", "--provider", "deepl"], &good);
    forget.assert_code(0);
    assert!(
        forget.stdout.contains(&format!("{paid} entries removed")),
        "{}",
        forget.stdout
    );
    let json = ws.run(&["cache", "stats", "--json"], &good);
    let json: Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(
        json["entries"].as_u64(),
        Some(1),
        "the imported unit: {json}"
    );
    assert_eq!(json["groups"][0]["provider"], "tm", "{json}");
    for run in [&first, &stats, &export, &import, &forget] {
        assert!(
            !run.stderr.contains(postgres::PASSWORD) && !run.stdout.contains(postgres::PASSWORD)
        );
    }
    for (path, bytes) in ws.all_files() {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(postgres::PASSWORD),
            "{}",
            path.display()
        );
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[path = "../../benches/support/collection.rs"]
mod collection;

/// What four machines' runs over one collection cost.
struct Bill {
    billed: usize,
    distinct: usize,
}

impl Bill {
    fn paid_twice(&self) -> usize {
        self.billed - self.distinct
    }
}

/// `bitext batch` over the collection into `out-K`, as machine K of four would run it: its
/// own output folder, the shared PostgreSQL memory.
fn machine(ws: &Workspace, k: usize, shard: bool, env: &[(&str, String)]) -> Command {
    let out = format!("out-{k}");
    // Shards count from 1 (K of N).
    let shard_arg = format!("{}/4", k + 1);
    let mut args = vec![
        "batch",
        "collection",
        "--out",
        &out,
        "--glossary",
        "no-glossary",
    ];
    args.extend(["--group", "4"]);
    if shard {
        args.extend(["--shard", &shard_arg]);
    }
    let mut cmd = ws.command();
    cmd.args(&args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Four `bitext batch` processes, each with its own output folder as separate machines
/// would have, over one generated collection and one PostgreSQL memory, against the fake
/// DeepL that counts every text it bills: split with `--shard K/4`, all four over the same
/// documents, and all four with two of them killed (SIGKILL) mid-run and run again. Each
/// distinct text is paid once; a kill may cost at most the texts its process had in flight.
#[test]
fn postgres_four_machines_over_one_collection_pay_once_per_segment_even_with_kills() {
    let Some(server) = pg() else { return };
    const KEY: &str = "four-machines-key:fx";
    let mut report = Vec::new();
    for scenario in ["shards", "same documents", "kills"] {
        let deepl = FakeDeepl::start(KEY);
        // Answers take a while, as a real API's do, so that the machines overlap.
        deepl.shape(crate::support::fake_deepl::Traffic {
            latency: Duration::from_millis(15),
            ..Default::default()
        });
        let (_, url) = server.fresh_database("machines");
        let ws = Config::new()
            .run("to", vec!["zh"])
            .run("provider", "deepl")
            .run("cache", url.as_str())
            .run("retry_base_ms", 1)
            .provider("deepl", &deepl.url(), "batch_size = 20")
            .no_glossary()
            .build();
        collection::generate(&ws.path().join("collection"), 16, 7).unwrap();
        let env = vec![
            ("DEEPL_API_KEY", KEY.to_string()),
            ("PGPASSWORD", postgres::PASSWORD.to_string()),
        ];
        let shard = scenario == "shards";
        let answered = deepl.answers_channel();
        let mut children: Vec<_> = (0..4)
            .map(|k| machine(&ws, k, shard, &env).spawn().unwrap())
            .collect();
        let mut in_flight_at_kill = 0;
        if scenario == "kills" {
            // Two machines die once a dozen responses have been answered.
            while answered.recv().unwrap() < 12 {}
            in_flight_at_kill = deepl.in_flight();
            for child in &mut children[..2] {
                child.kill().unwrap();
                child.wait().unwrap();
            }
        }
        let survivors = children.split_off(if scenario == "kills" { 2 } else { 0 });
        let errors = failures(survivors);
        assert!(errors.is_empty(), "{scenario}: {errors:?}");
        if scenario == "kills" {
            // The two run again and finish what they had left.
            let reruns: Vec<_> = (0..2)
                .map(|k| machine(&ws, k, shard, &env).spawn().unwrap())
                .collect();
            let errors = failures(reruns);
            assert!(errors.is_empty(), "{scenario}, reruns: {errors:?}");
        }
        let billed = deepl.billed();
        let bill = Bill {
            billed: billed.len(),
            distinct: billed.iter().collect::<HashSet<_>>().len(),
        };
        let envs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let stats = ws.run(&["cache", "stats", "--json", "--verify"], &envs);
        stats.assert_code(0);
        let stats: Value = serde_json::from_str(stats.stdout.trim()).unwrap();
        assert_eq!(stats["corrupt"], 0, "{scenario}");
        assert_eq!(
            stats["entries"].as_u64(),
            Some(bill.distinct as u64),
            "{scenario}"
        );
        // Every document done once somewhere (shards) or in every folder alike.
        let mut done: HashMap<String, String> = HashMap::new();
        for k in 0..4 {
            let report = ws.json(&format!("out-{k}/report.json"));
            for doc in report["documents"].as_array().unwrap() {
                // A rerun skips what its killed run had finished.
                assert!(
                    ["done", "skipped"].contains(&doc["status"].as_str().unwrap()),
                    "{scenario}: {doc}"
                );
            }
            for (file, text) in files_with_ext(&ws.path().join(format!("out-{k}")), "tsv") {
                if let Some(before) = done.insert(file.clone(), text.clone()) {
                    assert_eq!(before, text, "{scenario}: {file} differs between machines");
                }
            }
        }
        assert_eq!(done.len(), 16, "{scenario}: every document translated");
        eprintln!(
            "{scenario}: 4 machines, {} texts billed for {} distinct ({} paid twice; {} requests in flight at the kill)",
            bill.billed,
            bill.distinct,
            bill.paid_twice(),
            in_flight_at_kill
        );
        if scenario == "kills" {
            // What the killed machines had sent and not yet stored is bought again: at most
            // the texts of the requests each had open, `concurrency` (4) of 20 texts. The
            // server's count of requests in flight, read a moment before the kill, is shown
            // but is no bound: an answer already received and not yet committed is in
            // neither.
            assert!(
                bill.paid_twice() <= 2 * 4 * 20,
                "{scenario}: {}",
                bill.paid_twice()
            );
        } else {
            assert_eq!(bill.paid_twice(), 0, "{scenario}");
        }
        report.push((scenario, bill.billed, bill.distinct));
    }
    assert_eq!(report.len(), 3);
}

/// The `.ext` files below `dir`, by name, with their text.
fn files_with_ext(dir: &Path, ext: &str) -> Vec<(String, String)> {
    crate::support::files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let name = p.strip_prefix(dir).unwrap().display().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The server's disk filling under the entries (their table on a small file system of its
/// own, as a tablespace): a write fails with a clear error, and every entry accepted before
/// is served, none damaged.
#[test]
fn postgres_a_full_disk_under_the_entries_fails_writes_clearly_and_loses_nothing() {
    let Some(server) = pg() else { return };
    let Some(disk) = SmallDisk::mount(1 << 20) else {
        eprintln!("no tmpfs can be mounted here: the full-disk test needs root");
        return;
    };
    server.hand_over(disk.dir.path());
    let (db, url) = server.fresh_database("full");
    let store = PgStore::new(postgres::address(&url));
    store.check().unwrap();
    let space = format!("small_{db}");
    server.psql(
        &db,
        &format!(
            "CREATE TABLESPACE {space} LOCATION '{}'",
            disk.dir.path().display()
        ),
    );
    server.psql(
        &db,
        &format!(
            "ALTER TABLE bitext_entries SET TABLESPACE {space}; \
             ALTER INDEX bitext_entries_pkey SET TABLESPACE {space}"
        ),
    );
    let (accepted, error) = fill(&store);
    assert_eq!(store.settle(), 0);
    let error = error.expect("the server refused a write");
    eprintln!(
        "postgres: full disk after {} accepted entries; error: {error}",
        accepted.len()
    );
    assert!(!accepted.is_empty(), "some went in first");
    assert!(
        error.contains("free space") && error.contains(&url),
        "{error}"
    );
    drop(store);
    let store = PgStore::new(postgres::address(&url));
    assert_all_served(&store, &accepted, "after the full disk");
    let stats = store.stats_verified().unwrap();
    assert_eq!((stats.entries, stats.corrupt), (accepted.len() as u64, 0));
    assert_eq!(
        store.stats().unwrap().entries,
        accepted.len() as u64,
        "the tally agrees"
    );
    drop(store);
    // The tablespace goes before its disk does.
    server.psql("postgres", &format!("DROP DATABASE \"{db}\" WITH (FORCE)"));
    server.psql("postgres", &format!("DROP TABLESPACE {space}"));
}

/// Each claim's expiry (seconds since the epoch), in key order.
fn expiries_sqlite(path: &Path) -> Vec<f64> {
    let db = rusqlite::Connection::open(path).unwrap();
    let mut query = db
        .prepare("SELECT expires FROM claims ORDER BY key")
        .unwrap();
    let expiries = query
        .query_map([], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|e| e.unwrap() as f64 / 1000.0)
        .collect();
    expiries
}

fn expiries_pg(server: &postgres::PgServer, db: &str) -> Vec<f64> {
    server
        .psql(
            db,
            "SELECT extract(epoch FROM expires) FROM bitext_claims ORDER BY key",
        )
        .lines()
        .map(|l| l.trim().parse().unwrap())
        .collect()
}

fn epoch_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

#[test]
fn a_response_renews_only_the_claims_past_half_their_lease() {
    // Each response stored says its owner is alive; renewing every claim each time rewrote
    // them all at every response (PostgreSQL kept each rewrite as a dead row).
    let lease = Duration::from_secs(600);
    let batch = entries("lease", 0..4);
    let keys: Vec<&CacheKey> = batch.iter().map(|(k, _)| k).collect();
    let mut by_key: Vec<usize> = (0..4).collect();
    by_key.sort_by_key(|&i| batch[i].0.clone());
    let check = |store: &dyn Store,
                 expiries: &dyn Fn() -> Vec<f64>,
                 age: &dyn Fn(&CacheKey),
                 what: &str| {
        assert!(store.get_many(&keys).unwrap().iter().all(Option::is_none));
        let before = expiries();
        assert_eq!(before.len(), 4, "{what}");
        store.put_many(&batch[..1]).unwrap();
        // Fresh claims are not rewritten: each keeps its expiry to the microsecond.
        let kept: Vec<f64> = by_key
            .iter()
            .zip(&before)
            .filter(|(&i, _)| i != 0)
            .map(|(_, &e)| e)
            .collect();
        assert_eq!(expiries(), kept, "{what}");
        // A claim with less than half its lease left is renewed by the next response.
        age(&batch[1].0);
        store.put_many(&batch[2..3]).unwrap();
        let renewed = expiries();
        assert_eq!(renewed.len(), 2, "{what}");
        let soon = epoch_now() + 500.0;
        assert!(renewed.iter().all(|&e| e > soon), "{what}: {renewed:?}");
    };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = SqliteStore::new(dir.path()).with_claims(lease, Duration::from_secs(60));
    let path = sqlite.path().to_path_buf();
    check(
        &sqlite,
        &|| expiries_sqlite(&path),
        &|key| {
            let db = rusqlite::Connection::open(&path).unwrap();
            let soon = ((epoch_now() + 5.0) * 1000.0) as i64;
            db.execute(
                "UPDATE claims SET expires = ?1 WHERE key = ?2",
                rusqlite::params![soon, hex::decode(&key.0).unwrap()],
            )
            .unwrap();
        },
        "sqlite",
    );
    let Some(server) = pg() else { return };
    let (db, url) = server.fresh_database("lease");
    let pg = PgStore::new(postgres::address(&url)).with_claims(lease, Duration::from_secs(60));
    check(
        &pg,
        &|| expiries_pg(server, &db),
        &|key| {
            server.psql(
                &db,
                &format!(
                    "UPDATE bitext_claims SET expires = now() + interval '5 seconds' \
                     WHERE key = '\\x{}'::bytea",
                    key.0
                ),
            );
        },
        "postgres",
    );
}
