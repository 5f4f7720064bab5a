//! The translation memory's backends side by side, as a documented command (it measures wall
//! time, so it is not part of the test suite):
//!
//! ```sh
//! cargo bench --bench cache                          # 145,000 entries, as 10,000 articles leave
//! BITEXT_BENCH_ENTRIES=20000 cargo bench --bench cache   # a quicker look
//! BITEXT_BENCH_ARTICLES=10000 cargo bench --bench cache  # and `bitext batch` over a collection
//! ```
//!
//! For each backend (the file store, `dir:`; the SQLite database, the default; a PostgreSQL
//! database on a private server started from Debian's binaries as the tests do, with fsync on)
//! it writes the same generated entries through the `Store` API, one `put_many` per response
//! of 50 as the pipeline does, in news-like sentences of the three languages; then measures
//! what they take on disk (allocated blocks; for PostgreSQL its tables' size on the server)
//! against the entries' bytes (the file store's JSON files, the size `cache stats` reports for
//! it), the time of `stats` on a store opened anew (what `bitext cache stats` does), and a
//! fully cached read pass: every key asked for again with one `get_many` per 10 articles (145
//! keys), as a second batch run does; then the same pass with claims on, as a run that buys
//! does: what the claims add to a run that needs none; the lookups of the imported
//! translation memory such a run adds (`peek_many` of the same texts' memory keys, all
//! misses, as where no TMX was imported); and `bitext cache export --format tmx` of the whole
//! store into a file, as a user runs it.
//!
//! With `BITEXT_BENCH_ARTICLES=N`, the issue's figures as a user meets them: `bitext batch`
//! (the `pseudo` provider, into Chinese) over a generated collection of N articles, for each
//! backend: the first run, a second run into a fresh output folder (every segment served from
//! the cache), reading the articles alone, `bitext cache stats`, and the cache's size on disk
//! against the entries' bytes (the file store's JSON files for the same entries, as the issue
//! counts them; and against the bytes the store itself reports).
//! `BITEXT_BENCH_BACKENDS=sqlite,postgres` measures some backends alone.

// The integration tests' support: the private PostgreSQL server, of which this benchmark uses
// a small part.
#[allow(dead_code)]
#[path = "../tests/it/support/mod.rs"]
mod support;

#[path = "support/collection.rs"]
mod collection;

use bitext::cache::{
    CacheEntry, CacheKey, CacheRequest, FsStore, PgStore, SqliteStore, Store, KEY_SCHEMA,
};
use bitext::lang::Lang;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Instant;

const RESPONSE: usize = 50;
const READ_CHUNK: usize = 145;

const PAIRS: [(Lang, Lang); 6] = [
    (Lang::En, Lang::Vi),
    (Lang::En, Lang::Zh),
    (Lang::Vi, Lang::En),
    (Lang::Vi, Lang::Zh),
    (Lang::Zh, Lang::En),
    (Lang::Zh, Lang::Vi),
];

const WORDS: [&[&str]; 3] = [
    &[
        "the",
        "delegation",
        "visited",
        "Hanoi",
        "forum",
        "women",
        "union",
        "cooperation",
        "province",
        "trade",
        "ministry",
        "announced",
        "on",
        "Monday",
        "agreement",
        "border",
    ],
    &[
        "phái", "đoàn", "đã", "thăm", "Hà", "Nội", "diễn", "đàn", "phụ", "nữ", "hợp", "tác",
        "tỉnh", "thương", "mại", "bộ",
    ],
    &[
        "代表团",
        "访问",
        "河内",
        "论坛",
        "妇女",
        "联合会",
        "合作",
        "省",
        "贸易",
        "部",
        "宣布",
        "星期一",
        "协议",
        "边境",
        "发展",
        "会议",
    ],
];

fn words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => WORDS[0],
        Lang::Vi => WORDS[1],
        Lang::Zh => WORDS[2],
    }
}

/// A sentence of about 24 words (news sentences' median), different for every `i`.
fn sentence(lang: Lang, i: usize, rng: &mut fastrand::Rng) -> String {
    let sep = if lang == Lang::Zh { "" } else { " " };
    let mut s: Vec<&str> = (0..rng.usize(14..34))
        .map(|_| words(lang)[rng.usize(..16)])
        .collect();
    let n = i.to_string();
    s.push(&n);
    s.join(sep) + if lang == Lang::Zh { "。" } else { "." }
}

fn generate(n: usize) -> Vec<(CacheKey, CacheEntry)> {
    let mut rng = fastrand::Rng::with_seed(16);
    (0..n)
        .map(|i| {
            let (source, target) = PAIRS[i % PAIRS.len()];
            let request = CacheRequest {
                schema: KEY_SCHEMA,
                provider: "deepl".into(),
                model: "default".into(),
                endpoint_family: "deepl-v2".into(),
                source_lang: source,
                target_lang: target,
                text: sentence(source, i, &mut rng),
                terms: vec![],
                options: serde_json::json!({}),
            };
            let entry = CacheEntry {
                translation: sentence(target, i, &mut rng),
                request: request.clone(),
                created: 1_700_000_000,
            };
            (request.key(), entry)
        })
        .collect()
}

/// Bytes allocated on disk under `dir`, as `du` counts them.
fn allocated(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.blocks() * 512)
        .sum()
}

struct Figures {
    put_per_s: f64,
    disk: u64,
    stats_s: f64,
    command_s: f64,
    read_s: f64,
    claimed_read_s: f64,
    memory_s: f64,
    export_s: f64,
    entries: u64,
}

/// How the benchmark reaches one backend.
struct Backend<'a> {
    name: &'static str,
    /// Opens the store of a scratch folder; with claims or without.
    open: &'a dyn Fn(&Path, bool) -> Box<dyn Store>,
    /// The `--cache` of that folder.
    spec: &'a dyn Fn(&Path) -> String,
    /// What the store takes on disk, for those that are not files of the folder.
    on_server: bool,
}

fn measure(backend: &Backend, entries: &[(CacheKey, CacheEntry)]) -> Figures {
    let name = backend.name;
    let dir = tempfile::tempdir_in(std::env::var("BITEXT_BENCH_DIR").unwrap_or("target".into()))
        .expect("a scratch folder");
    let store = (backend.open)(dir.path(), false);
    let started = Instant::now();
    for response in entries.chunks(RESPONSE) {
        store.put_many(response).expect("stored");
    }
    assert_eq!(store.settle(), 0, "{name}: nothing lost");
    let put_s = started.elapsed().as_secs_f64();
    drop(store);

    let started = Instant::now();
    let stats = (backend.open)(dir.path(), false).stats().expect("stats");
    let stats_s = started.elapsed().as_secs_f64();
    assert_eq!(stats.entries, entries.len() as u64, "{name}");
    let command_s = cache_stats(&(backend.spec)(dir.path()), dir.path());

    let read_s = read_pass(&*(backend.open)(dir.path(), false), entries, name);
    let claimed_read_s = read_pass(&*(backend.open)(dir.path(), true), entries, name);
    let memory_s = memory_pass(&*(backend.open)(dir.path(), false), entries, name);
    let tmx = dir.path().join("export.tmx");
    let tmx = tmx.to_str().expect("a UTF-8 path");
    let spec = (backend.spec)(dir.path());
    let args = [
        "cache", "export", "--format", "tmx", "--cache", &spec, "--out", tmx,
    ];
    let export_s = bitext(&args, dir.path()).0;
    let exported = std::fs::metadata(tmx).map_or(0, |m| m.len());
    assert!(exported > 0, "{name}: an exported TMX");
    std::fs::remove_file(tmx).expect("removed");
    Figures {
        put_per_s: entries.len() as f64 / put_s,
        disk: if backend.on_server {
            stats.disk_bytes
        } else {
            allocated(dir.path())
        },
        stats_s,
        command_s,
        read_s,
        claimed_read_s,
        memory_s,
        export_s,
        entries: stats.entries,
    }
}

/// Every key asked for again, 145 at a time; the seconds it took.
fn read_pass(store: &dyn Store, entries: &[(CacheKey, CacheEntry)], name: &str) -> f64 {
    let started = Instant::now();
    let mut served = 0;
    for chunk in entries.chunks(READ_CHUNK) {
        let keys: Vec<&CacheKey> = chunk.iter().map(|(k, _)| k).collect();
        served += store
            .get_many(&keys)
            .expect("read")
            .iter()
            .flatten()
            .count();
    }
    let read_s = started.elapsed().as_secs_f64();
    assert_eq!(served, entries.len(), "{name}: every entry served");
    read_s
}

/// The lookups of the imported memory that a fully cached run adds: the memory keys of every
/// entry's text, all misses; the seconds it took.
fn memory_pass(store: &dyn Store, entries: &[(CacheKey, CacheEntry)], name: &str) -> f64 {
    let memory_keys: Vec<CacheKey> = entries
        .iter()
        .map(|(_, e)| {
            let r = &e.request;
            bitext::cache::memory_request(r.source_lang, r.target_lang, &r.text).key()
        })
        .collect();
    let started = Instant::now();
    for chunk in memory_keys.chunks(READ_CHUNK) {
        let keys: Vec<&CacheKey> = chunk.iter().collect();
        let found = store.peek_many(&keys).expect("peek");
        assert!(found.iter().all(Option::is_none), "{name}: no memory units");
    }
    started.elapsed().as_secs_f64()
}

/// `bitext` as a user runs it, in `dir`, with the database password in its environment;
/// the seconds it took and its standard output.
fn bitext(args: &[&str], dir: &Path) -> (f64, String) {
    let started = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(args)
        .current_dir(dir)
        .env("PGPASSWORD", support::postgres::PASSWORD)
        .output()
        .expect("bitext runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "bitext {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (seconds, String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The whole `bitext cache stats` command.
fn cache_stats(spec: &str, dir: &Path) -> f64 {
    bitext(&["cache", "stats", "--json", "--cache", spec], dir).0
}

/// `bitext batch` over a collection with each backend: first run, a fully cached second run
/// into fresh outputs, `cache stats`, and the cache's size against its entries' bytes.
fn batch_figures(backends: &[Backend], articles: usize) {
    let root = tempfile::tempdir_in(std::env::var("BITEXT_BENCH_DIR").unwrap_or("target".into()))
        .expect("a scratch folder");
    let collection = root.path().join("collection");
    let bytes = collection::generate(&collection, articles, 1).expect("collection");
    let started = Instant::now();
    let read: usize = walkdir::WalkDir::new(&collection)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| std::fs::read(e.path()).map_or(0, |b| b.len()))
        .sum();
    let read_s = started.elapsed().as_secs_f64();
    assert_eq!(read, bytes);
    println!(
        "\nbitext batch over {articles} articles ({:.1} MB; reading them alone: {read_s:.2} s)",
        bytes as f64 / 1e6
    );
    println!(
        "{:<8} {:>10} {:>10} {:>9} {:>10} {:>11} {:>8} {:>10} {:>14}",
        "backend",
        "first s",
        "cached s",
        "entries",
        "MiB",
        "disk MiB",
        "disk/x",
        "disk/own",
        "cache stats s"
    );
    let glossary = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary");
    let glossary = glossary.to_str().expect("a UTF-8 path");
    let collection = collection.to_str().expect("a UTF-8 path");
    // The entries' bytes as the issue counts them: the file store's JSON files, the same
    // entries whichever store holds them (the runs are deterministic).
    let mut json_bytes = None;
    for backend in backends {
        let work = tempfile::tempdir_in(root.path()).expect("a scratch folder");
        let spec = (backend.spec)(&work.path().join("cache"));
        let run = |out: &str| {
            let args = [
                "batch",
                collection,
                "--provider",
                "pseudo",
                "--to",
                "zh",
                "--quiet",
                "--out",
                out,
                "--cache",
                &spec,
                "--glossary",
                glossary,
            ];
            bitext(&args, work.path()).0
        };
        let first_s = run("out-1");
        let cached_s = run("out-2");
        let (stats_s, json) = bitext(&["cache", "stats", "--json", "--cache", &spec], work.path());
        let stats: serde_json::Value = serde_json::from_str(json.trim()).expect("stats JSON");
        let entries = stats["entries"].as_u64().unwrap_or(0);
        let entry_bytes = stats["bytes"].as_u64().unwrap_or(0);
        if backend.name == "files" {
            json_bytes = Some(entry_bytes);
        }
        let disk = if backend.on_server {
            stats["disk_bytes"].as_u64().unwrap_or(0)
        } else {
            allocated(&work.path().join("cache"))
        };
        let against_json = json_bytes.map_or("-".to_string(), |j| {
            format!("{:.2}", disk as f64 / j.max(1) as f64)
        });
        println!(
            "{:<8} {first_s:>10.2} {cached_s:>10.2} {entries:>9} {:>10.1} {:>11.1} {against_json:>8} {:>10.2} {stats_s:>14.4}",
            backend.name,
            entry_bytes as f64 / 1_048_576.0,
            disk as f64 / 1_048_576.0,
            disk as f64 / entry_bytes.max(1) as f64,
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other run (`cargo test --benches`) only checks it builds.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let n = std::env::var("BITEXT_BENCH_ENTRIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(145_000);
    let chosen = std::env::var("BITEXT_BENCH_BACKENDS").unwrap_or("files,sqlite,postgres".into());
    let chosen = |name: &str| chosen.split(',').any(|c| c == name);
    let files_open = |d: &Path, _claims: bool| -> Box<dyn Store> { Box::new(FsStore::new(d)) };
    let sqlite_open = |d: &Path, claims: bool| -> Box<dyn Store> {
        let store = SqliteStore::new(d);
        Box::new(if claims { store.claiming() } else { store })
    };
    let files_spec = |d: &Path| format!("dir:{}", d.display());
    let sqlite_spec = |d: &Path| d.display().to_string();
    let mut backends = vec![
        Backend {
            name: "files",
            open: &files_open,
            spec: &files_spec,
            on_server: false,
        },
        Backend {
            name: "sqlite",
            open: &sqlite_open,
            spec: &sqlite_spec,
            on_server: false,
        },
    ];
    // The server writes as a real one does: every commit synced.
    std::env::set_var("BITEXT_PG_FSYNC", "on");
    let server = chosen("postgres").then(support::postgres::server).flatten();
    // One database per scratch folder, as the tests do.
    let database = |d: &Path| -> String {
        let server = server.expect("a PostgreSQL server");
        let name: String = d
            .to_string_lossy()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        let tail = &name[name.len().saturating_sub(40)..];
        server.database(&format!("b_{tail}"))
    };
    let pg_open = |d: &Path, claims: bool| -> Box<dyn Store> {
        let store = PgStore::new(support::postgres::address(&database(d)));
        Box::new(if claims { store.claiming() } else { store })
    };
    let pg_spec = |d: &Path| database(d);
    if server.is_some() {
        backends.push(Backend {
            name: "postgres",
            open: &pg_open,
            spec: &pg_spec,
            on_server: true,
        });
    }
    backends.retain(|b| chosen(b.name));

    let entries = generate(n);
    // The entries' bytes: the JSON files the file store writes for them.
    let entry_bytes: u64 = entries
        .iter()
        .map(|(_, e)| serde_json::to_vec_pretty(e).expect("serialises").len() as u64)
        .sum();
    println!(
        "{n} entries, {:.1} MiB as the file store's JSON ({:.0} bytes each)",
        entry_bytes as f64 / 1_048_576.0,
        entry_bytes as f64 / n as f64
    );
    println!(
        "{:<8} {:>10} {:>10} {:>8} {:>10} {:>14} {:>12} {:>12} {:>10} {:>10}",
        "backend",
        "put/s",
        "disk MiB",
        "disk/x",
        "stats s",
        "cache stats s",
        "read pass s",
        "claiming s",
        "tm pass s",
        "export s"
    );
    let mut reads = Vec::new();
    for backend in &backends {
        let f = measure(backend, &entries);
        assert_eq!(f.entries, n as u64);
        println!(
            "{:<8} {:>10.0} {:>10.1} {:>8.2} {:>10.4} {:>14.4} {:>12.3} {:>12.3} {:>10.3} {:>10.2}",
            backend.name,
            f.put_per_s,
            f.disk as f64 / 1_048_576.0,
            f.disk as f64 / entry_bytes as f64,
            f.stats_s,
            f.command_s,
            f.read_s,
            f.claimed_read_s,
            f.memory_s,
            f.export_s
        );
        reads.push((backend.name, f.read_s));
    }
    if let Some((_, files)) = reads.iter().find(|(n, _)| *n == "files") {
        for (name, read) in reads.iter().filter(|(n, _)| *n != "files") {
            println!(
                "cached read pass, {name} / files: {:.2}x (target <= 1.5)",
                read / files
            );
        }
    }
    let articles: usize = std::env::var("BITEXT_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    if articles > 0 {
        batch_figures(&backends, articles);
    }
}
