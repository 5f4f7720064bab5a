//! The translation memory's backends side by side, as a documented command (it measures wall
//! time, so it is not part of the test suite):
//!
//! ```sh
//! cargo bench --bench cache                          # 145,000 entries, as 10,000 articles leave
//! BITEXT_BENCH_ENTRIES=20000 cargo bench --bench cache   # a quicker look
//! ```
//!
//! For each backend (the file store, `dir:`; the SQLite database, the default) it writes the
//! same generated entries through the `Store` API, one `put_many` per response of 50 as the
//! pipeline does, in news-like sentences of the three languages; then measures what they take
//! on disk (allocated blocks) against the entries' bytes (the file store's JSON files, the
//! size `cache stats` reports for it), the time of `stats` on a store opened anew (what
//! `bitext cache stats` does), and a fully cached read pass: every key asked for again with
//! one `get_many` per 10 articles (145 keys), as a second batch run does; the lookups of the
//! imported translation memory such a run adds (`peek_many` of the same texts' memory keys,
//! all misses, as where no TMX was imported); and `bitext cache export --format tmx` of the
//! whole store into a file, as a user runs it.
//! `BITEXT_BENCH_BACKENDS=sqlite` measures one backend alone.

use bitext::cache::{CacheEntry, CacheKey, CacheRequest, FsStore, SqliteStore, Store, KEY_SCHEMA};
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
    memory_s: f64,
    export_s: f64,
    entries: u64,
}

fn measure(
    name: &str,
    open: &dyn Fn(&Path) -> Box<dyn Store>,
    prefix: &str,
    entries: &[(CacheKey, CacheEntry)],
) -> Figures {
    let dir = tempfile::tempdir_in(std::env::var("BITEXT_BENCH_DIR").unwrap_or("target".into()))
        .expect("a scratch folder");
    let store = open(dir.path());
    let started = Instant::now();
    for response in entries.chunks(RESPONSE) {
        store.put_many(response).expect("stored");
    }
    assert_eq!(store.settle(), 0, "{name}: nothing lost");
    let put_s = started.elapsed().as_secs_f64();
    drop(store);

    let started = Instant::now();
    let stats = open(dir.path()).stats().expect("stats");
    let stats_s = started.elapsed().as_secs_f64();
    assert_eq!(stats.entries, entries.len() as u64, "{name}");
    // The whole command, as a user runs it.
    let started = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(["cache", "stats", "--json", "--cache"])
        .arg(format!("{prefix}{}", dir.path().display()))
        .current_dir(dir.path())
        .output()
        .expect("bitext runs");
    let command_s = started.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let store = open(dir.path());
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
    let memory_s = started.elapsed().as_secs_f64();
    drop(store);
    let started = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(["cache", "export", "--format", "tmx", "--cache"])
        .arg(format!("{prefix}{}", dir.path().display()))
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .output()
        .expect("bitext runs");
    let export_s = started.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Figures {
        put_per_s: entries.len() as f64 / put_s,
        disk: allocated(dir.path()),
        stats_s,
        command_s,
        read_s,
        memory_s,
        export_s,
        entries: stats.entries,
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
        "{:<8} {:>12} {:>10} {:>8} {:>10} {:>14} {:>12} {:>10} {:>10}",
        "backend",
        "put/s",
        "disk MiB",
        "disk/x",
        "stats s",
        "cache stats s",
        "read pass s",
        "tm pass s",
        "export s"
    );
    let files: &dyn Fn(&Path) -> Box<dyn Store> = &|d| Box::new(FsStore::new(d));
    let sqlite: &dyn Fn(&Path) -> Box<dyn Store> = &|d| Box::new(SqliteStore::new(d));
    let mut reads = Vec::new();
    let chosen = std::env::var("BITEXT_BENCH_BACKENDS").unwrap_or("files,sqlite".into());
    for (name, open, prefix) in [("files", files, "dir:"), ("sqlite", sqlite, "")] {
        if !chosen.split(',').any(|c| c == name) {
            continue;
        }
        let f = measure(name, open, prefix, &entries);
        assert_eq!(f.entries, n as u64);
        println!(
            "{name:<8} {:>12.0} {:>10.1} {:>8.2} {:>10.4} {:>14.4} {:>12.3} {:>10.3} {:>10.2}",
            f.put_per_s,
            f.disk as f64 / 1_048_576.0,
            f.disk as f64 / entry_bytes as f64,
            f.stats_s,
            f.command_s,
            f.read_s,
            f.memory_s,
            f.export_s
        );
        reads.push(f.read_s);
    }
    if let [files, sqlite] = reads[..] {
        println!(
            "cached read pass, sqlite / files: {:.2}x (target <= 1.5)",
            sqlite / files
        );
    }
}
