//! Reading an HTML page is linear in its size, told without a clock: this process's global
//! allocator counts the allocations and the bytes allocated (reallocations included, each one a
//! copy), and reading a page four times as large must cost about four times as many of both.
//! What would fail it: a string copied per ancestor or per node of a growing region, a vector
//! rebuilt at each element, a record per pair of elements. A binary of its own (not a module of
//! `tests/it`), since the allocator is the whole process's, and one test in it, since the
//! counts are too.
//!
//! The pages are those of the reading benchmark (`benches/html.rs`): the bodies of the UTF-8
//! test pages one after another, each in a `<div>`, under one head.

use bitext::document::{self, Cleaner, InputFormat, LangChoice};
use bitext::lang::Lang;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static CALLS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; only counts are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size, Ordering::Relaxed);
        System.realloc(p, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The `<body>` of every UTF-8 test page.
fn bodies() -> Vec<String> {
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
        .map(|page| {
            let start = page.find("<body").unwrap_or(0);
            let end = page.rfind("</body>").unwrap_or(page.len());
            page[start..end].to_string()
        })
        .collect()
}

/// One page of `copies` rounds of every body.
fn page_of(copies: usize, bodies: &[String]) -> String {
    let mut page =
        String::from("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head>\n");
    for _ in 0..copies {
        for body in bodies {
            page.push_str("<div class=\"page\">");
            page.push_str(body);
            page.push_str("</div>\n");
        }
    }
    page.push_str("</html>\n");
    page
}

/// The allocations and bytes allocated reading a page, and the blocks and records of what was
/// left out it gave.
fn cost_of(page: &str, cleaner: &Cleaner) -> (usize, usize, usize, usize) {
    let (calls, bytes) = (CALLS.load(Ordering::SeqCst), BYTES.load(Ordering::SeqCst));
    let doc = document::read(
        "linear",
        "linear.html",
        page,
        InputFormat::Html,
        LangChoice::Fixed(Lang::Vi),
        cleaner,
    )
    .expect("the page reads");
    let (blocks, dropped) = (doc.blocks.len(), doc.dropped.len());
    drop(doc);
    (
        CALLS.load(Ordering::SeqCst) - calls,
        BYTES.load(Ordering::SeqCst) - bytes,
        blocks,
        dropped,
    )
}

#[test]
fn reading_a_page_four_times_as_large_costs_four_times_as_much() {
    let bodies = bodies();
    assert!(bodies.len() >= 40, "the test pages are there");
    let cleaner = Cleaner::default();
    // Once first, so that what is made once a process (the patterns) is not counted.
    cost_of(&page_of(1, &bodies), &cleaner);
    let small = page_of(2, &bodies);
    let large = page_of(8, &bodies);
    let (calls, bytes, blocks, dropped) = cost_of(&small, &cleaner);
    let (calls4, bytes4, blocks4, dropped4) = cost_of(&large, &cleaner);
    // The same article text four times over: the reading did the same work per copy.
    assert!(
        blocks > 100 && blocks4 >= 4 * blocks - 4,
        "{blocks} then {blocks4}"
    );
    let per = |x: usize, y: usize| y as f64 / x as f64;
    // Vectors that double and maps that grow leave some slack, and a page that repeats its
    // lines more has more of them left out as repeated labels: a quarter past four times is
    // allowed; a cost that grows with the square of the page is sixteen times.
    assert!(
        per(calls, calls4) <= 5.0,
        "allocations: {calls} for {} bytes ({dropped} left out), {calls4} for {} ({dropped4})",
        small.len(),
        large.len()
    );
    assert!(
        per(bytes, bytes4) <= 5.0,
        "bytes allocated: {bytes} for {} bytes of page, {bytes4} for {}",
        small.len(),
        large.len()
    );
}
