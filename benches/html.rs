//! Reading speed of whole HTML pages: the UTF-8 test pages of tests/pages, their bodies
//! concatenated into one page of 1 MB, one of 10 MB and one of 50 MB, so that the figures show
//! whether the time is linear in the page's size. Two groups: `html read` is the HTML reader
//! alone (tokenizing, the tree, extraction, metadata, cleaning: `document::read` with the
//! language fixed, so no detection), `html segment` the whole path of `bitext segment
//! --input-format html` (reading, language detection, sentence segmentation) on 1 and 10 MB.
//! A third, `html parts`, measures what the reader used to be built on, for comparison:
//! html5ever's tokenizer alone (into a sink that drops every token), and tokenizer and tree
//! builder into scraper's tree.
//!
//! Time is the benchmark thread's CPU time ([`CpuTime`]), not the wall clock: the figure is
//! what one core does, whatever else the machine runs (on a shared machine the wall clock
//! counted the other processes' turns too, and varied fourfold).
//!
//! ```sh
//! cargo bench --bench html
//! ```

use bitext::document::{self, Cleaner, InputFormat, LangChoice};
use bitext::lang::Lang;
use bitext::segment::segment_input;
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::TokenizerResult;
use std::path::Path;

/// Every UTF-8 test page, whole (the legacy-encoded ones are not text yet).
fn whole_pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut files = Vec::new();
    for lang in ["en", "vi", "zh"] {
        for entry in std::fs::read_dir(dir.join(lang)).expect("tests/pages") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "html") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .filter_map(|p| String::from_utf8(std::fs::read(p).expect("page")).ok())
        .collect()
}

/// The `<body>` of every UTF-8 test page.
fn bodies() -> Vec<String> {
    whole_pages()
        .into_iter()
        .map(|page| {
            let start = page.find("<body").unwrap_or(0);
            let end = page.rfind("</body>").unwrap_or(page.len());
            page[start..end].to_string()
        })
        .collect()
}

/// One page of at least `size` bytes: the first page's head, then bodies until it is large enough.
fn page_of(size: usize, bodies: &[String]) -> String {
    let mut page =
        String::from("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head>\n");
    for body in bodies.iter().cycle() {
        if page.len() >= size {
            break;
        }
        page.push_str("<div class=\"page\">");
        page.push_str(body);
        page.push_str("</div>\n");
    }
    page.push_str("</html>\n");
    page
}

/// The HTML reader alone, the language fixed; the number of blocks it read.
fn read(page: &str, cleaner: &Cleaner) -> usize {
    document::read(
        "bench",
        "bench.html",
        page,
        InputFormat::Html,
        LangChoice::Fixed(Lang::Vi),
        cleaner,
    )
    .expect("the page reads")
    .blocks
    .len()
}

fn bench_html(c: &mut Criterion<CpuTime>) {
    let bodies = bodies();
    let cleaner = Cleaner::default();
    let pages: Vec<(usize, String)> = [1, 10, 50]
        .into_iter()
        .map(|mb| (mb, page_of(mb * 1024 * 1024, &bodies)))
        .collect();

    let mut group = c.benchmark_group("html read");
    group.sample_size(10);
    // The realistic set: every UTF-8 test page read as a page of its own, head included.
    let set = whole_pages();
    group.throughput(Throughput::Bytes(set.iter().map(|p| p.len() as u64).sum()));
    group.bench_function(format!("{} test pages, one by one", set.len()), |b| {
        b.iter(|| set.iter().map(|page| read(page, &cleaner)).sum::<usize>())
    });
    for (mb, page) in &pages {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("{mb} MB page"), |b| b.iter(|| read(page, &cleaner)));
    }
    group.finish();

    let mut group = c.benchmark_group("html segment");
    group.sample_size(10);
    for (mb, page) in pages.iter().filter(|(mb, _)| *mb <= 10) {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("{mb} MB page"), |b| {
            b.iter(|| {
                let doc = segment_input(
                    "bench",
                    "bench.html",
                    page,
                    InputFormat::Html,
                    LangChoice::Auto,
                    &cleaner,
                    false,
                )
                .expect("the page reads");
                doc.blocks.len()
            })
        });
    }
    group.finish();
}

/// A token sink that keeps nothing: the tokenizer's own cost.
struct Discard;

impl TokenSink for Discard {
    type Handle = ();
    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        std::hint::black_box(token);
        TokenSinkResult::Continue
    }
}

fn bench_parts(c: &mut Criterion<CpuTime>) {
    let bodies = bodies();
    let page = page_of(10 * 1024 * 1024, &bodies);
    let mut group = c.benchmark_group("html parts");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("tokenizer alone, 10 MB page", |b| {
        b.iter(|| {
            let tokenizer = Tokenizer::new(Discard, TokenizerOpts::default());
            let input = BufferQueue::default();
            input.push_back(StrTendril::from_slice(&page));
            while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
            tokenizer.end();
        })
    });
    group.bench_function("scraper tree, 10 MB page", |b| {
        b.iter(|| scraper::Html::parse_document(&page).tree.nodes().count())
    });
    group.finish();
}

/// The calling thread's CPU time, in nanoseconds.
pub struct CpuTime;

fn thread_cpu_nanos() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec to write to; the clock id is a constant every Linux has.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    assert!(ok, "the thread's CPU clock");
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

/// Nanoseconds are shown as criterion shows durations.
static WALL: WallTime = WallTime;

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_nanos()
    }

    fn end(&self, start: u64) -> u64 {
        thread_cpu_nanos().saturating_sub(start)
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench_html, bench_parts
}
criterion_main!(benches);
