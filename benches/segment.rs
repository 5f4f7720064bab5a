//! Segmentation speed over already-read blocks: the bundled articles repeated to over 10 MB.
//!
//! ```sh
//! cargo bench --bench segment
//! ```

use bitext::document::{Cleaner, InputFormat, LangChoice};
use bitext::segment::{segment_input, Segmenter};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// Blocks of the samples (as the reader makes them), per language, repeated past 10 MB.
fn corpus_blocks() -> Vec<(Segmenter, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("samples/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let cleaner = Cleaner::default();
    let mut per_doc = Vec::new();
    let mut size = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("sample");
        let doc = segment_input(
            "bench",
            "bench",
            &text,
            InputFormat::Text,
            LangChoice::Auto,
            &cleaner,
            false,
        )
        .expect("sample reads");
        let blocks: Vec<String> = doc.blocks.iter().map(|b| b.text.clone()).collect();
        size += blocks.iter().map(String::len).sum::<usize>();
        per_doc.push((Segmenter::new(doc.lang), blocks));
    }
    let copies = (10 * 1024 * 1024) / size + 1;
    per_doc
        .into_iter()
        .map(|(seg, blocks)| {
            let repeated = (0..copies).flat_map(|_| blocks.iter().cloned()).collect();
            (seg, repeated)
        })
        .collect()
}

fn bench_segment(c: &mut Criterion) {
    let corpus = corpus_blocks();
    let bytes: usize = corpus
        .iter()
        .flat_map(|(_, b)| b.iter().map(String::len))
        .sum();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("corpus x{:.1} MB", bytes as f64 / 1e6), |b| {
        b.iter(|| {
            let mut segments = 0;
            for (segmenter, blocks) in &corpus {
                for block in blocks {
                    segments += segmenter.split(block).len();
                }
            }
            segments
        })
    });
    group.finish();
}

criterion_group!(benches, bench_segment);
criterion_main!(benches);
