//! `bitext batch` over a generated collection, as a user runs it (the binary, `pseudo`
//! provider, into Chinese): a first run, a second run with nothing changed, and reading the
//! files alone, which the second run aims to stay within 3× of.
//!
//! ```sh
//! cargo bench --bench batch                      # 1,000 articles (about 6 MB)
//! BITEXT_BENCH_ARTICLES=10000 cargo bench --bench batch
//! ```
//!
//! The first run is measured on a tenth of the collection, each time into a fresh output and
//! cache folder.

#[path = "support/collection.rs"]
mod collection;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::Path;
use std::process::Command;

fn batch(collection: &Path, work: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(["batch", "--provider", "pseudo", "--to", "zh", "--quiet"])
        .arg(collection)
        .arg("--out")
        .arg(work.join("out"))
        .arg("--cache")
        .arg(work.join("cache"))
        .arg("--glossary")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary"))
        .current_dir(work)
        .status()
        .expect("bitext runs");
    assert!(status.success(), "bitext batch failed");
}

/// Reads every article, as `cat` would: the floor of a run that only checks hashes.
fn read_all(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| std::fs::read(e.path()).map_or(0, |b| b.len()))
        .sum()
}

fn bench(c: &mut Criterion) {
    let articles: usize = std::env::var("BITEXT_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let root = tempfile::tempdir().expect("temporary folder");
    let full = root.path().join("collection");
    let bytes = collection::generate(&full, articles, 1).expect("collection");
    let share = root.path().join("share");
    let share_bytes = collection::generate(&share, (articles / 10).max(1), 2).expect("collection");

    let mut group = c.benchmark_group(format!("batch {articles} articles"));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("read the files alone", |b| b.iter(|| read_all(&full)));

    let work = root.path().join("work");
    std::fs::create_dir_all(&work).expect("work folder");
    batch(&full, &work);
    group.bench_function("second run, nothing changed", |b| {
        b.iter(|| batch(&full, &work))
    });

    group.throughput(Throughput::Bytes(share_bytes as u64));
    group.bench_function(format!("first run, {} articles", articles / 10), |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("work folder"),
            |fresh| batch(&share, fresh.path()),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
