//! The fuzz targets' stable-toolchain counterpart, which CI runs: every input a fuzz run found
//! to break a parser (kept in tests/fuzz-crashes/<target>/) is replayed, and each parser gets a
//! short proptest run on mutations of its committed seed corpus (fuzz/corpus/<target>/seed-*).
//! The properties are the fuzz targets' own, in `bitext::fuzzing`; CONTRIBUTING.md
//! ("Fuzzing") says how to run the real fuzzers and add a crash here.

use bitext::fuzzing::{self, Checked};
use proptest::prelude::*;
use proptest::sample::Index;
use std::path::{Path, PathBuf};

type Target = fn(&[u8]) -> Checked;

/// Every fuzz target, by the name of its folder.
const TARGETS: &[(&str, Target)] = &[
    ("html", fuzzing::html),
    ("plain", fuzzing::plain),
    ("markdown", fuzzing::markdown),
    ("segment", fuzzing::segment),
    ("glossary_tsv", fuzzing::glossary_tsv),
    ("glossary_csv", fuzzing::glossary_csv),
    ("glossary_tbx", fuzzing::glossary_tbx),
    ("review_xliff", fuzzing::review_xliff),
    ("review_tsv", fuzzing::review_tsv),
    ("tm_tmx", fuzzing::tm_tmx),
    ("deepl", fuzzing::deepl),
    ("google", fuzzing::google),
    ("microsoft", fuzzing::microsoft),
    ("libretranslate", fuzzing::libretranslate),
    ("openai", fuzzing::openai),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files of a folder, sorted; none when it does not exist.
fn files_in(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    files.sort();
    files
}

/// The folders of test data `target` also seeds from, as `fuzz/seed-dirs` lists them.
fn seed_dirs(target: &str) -> Vec<PathBuf> {
    let listed = std::fs::read_to_string(root().join("fuzz/seed-dirs")).expect("fuzz/seed-dirs");
    listed
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '))
        .filter(|(name, _)| *name == target)
        .flat_map(|(_, dirs)| dirs.split_whitespace().map(|d| root().join(d)))
        .collect()
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = root().join("fuzz/corpus").join(target);
    let shared = seed_dirs(target).into_iter().flat_map(|d| files_in(&d, ""));
    files_in(&dir, "seed-")
        .into_iter()
        .chain(shared)
        .collect::<Vec<_>>()
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

fn target(name: &str) -> Target {
    TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or_else(|| panic!("no fuzz target {name}"))
}

#[test]
fn every_crash_a_fuzzer_found_stays_fixed() {
    let crashes = root().join("tests/fuzz-crashes");
    let mut replayed = 0usize;
    for (name, run) in TARGETS {
        for path in files_in(&crashes.join(name), "") {
            let data = std::fs::read(&path).unwrap();
            if let Err(broken) = run(&data) {
                panic!("{}: {broken}", path.display());
            }
            replayed += 1;
        }
    }
    assert!(crashes.is_dir(), "tests/fuzz-crashes is missing");
    let _ = replayed;
}

#[test]
fn every_target_has_seeds_that_pass() {
    for (name, run) in TARGETS {
        let seeds = seeds(name);
        assert!(
            !seeds.is_empty(),
            "fuzz/corpus/{name} has no seed-* files and fuzz/seed-dirs no folder for it"
        );
        for (i, seed) in seeds.iter().enumerate() {
            if let Err(broken) = run(seed) {
                panic!("{name} seed {i}: {broken}");
            }
        }
    }
}

/// The checks catch what they are there to catch: text lost between segments, a cut inside a
/// character, a segment not trimmed.
#[test]
fn the_segmenter_check_sees_a_lost_byte() {
    let text = "Một câu. 一句。";
    assert!(fuzzing::check_split(text, &[0..11, 12..text.len()]).is_ok());
    assert!(
        fuzzing::check_split(text, std::slice::from_ref(&(0..10))).is_err(),
        "lost the rest"
    );
    assert!(
        fuzzing::check_split(text, &[0..11, 13..text.len()]).is_err(),
        "cut a character"
    );
    assert!(
        fuzzing::check_split(text, std::slice::from_ref(&(0..12))).is_err(),
        "not trimmed"
    );
    assert!(
        fuzzing::check_split(text, &[12..text.len(), 0..11]).is_err(),
        "out of order"
    );
}

/// Pieces worth splicing into any of the formats: markup, separators, sentence ends of the three
/// languages, escapes, placeholders, JSON.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<p>",
    "</p>",
    "<div class=\"sidebar\">",
    "</div>",
    "<script>",
    "<br>",
    "<article>",
    "<meta charset=\"gbk\">",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "&amp;",
    "&#x1F600;",
    "&#0;",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\"",
    "'",
    ",",
    ";",
    ". ",
    "! ",
    "? ",
    "。",
    "！",
    "？",
    "…",
    "“",
    "”",
    "「",
    "」",
    "(",
    ")",
    "1. ",
    "- ",
    "* ",
    "# ",
    "> ",
    "`",
    "```\n",
    "|",
    "---",
    "Dr. ",
    "U.S. ",
    "TP.HCM ",
    "ông ",
    "Hà Nội",
    "上海",
    "\u{feff}",
    "\u{200b}",
    "\u{301}",
    "[[T1]]",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "\"text\"",
    "\"translations\"",
    "id\tvi\ten\tzh\n",
    "<segment state=\"reviewed\">",
    "<target>",
    "</target>",
    "<source>",
    "<unit id=\"b1.s1\">",
    "<termEntry>",
    "<langSet xml:lang=\"vi\">",
    "<term>",
    "</term>",
];

/// One change to an input: insert random bytes, insert a token, cut a span, or repeat a span
/// (which is how quadratic paths show).
#[derive(Clone, Debug)]
enum Edit {
    Bytes(Index, Vec<u8>),
    Token(Index, Index),
    Cut(Index, usize),
    Repeat(Index, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..12))
            .prop_map(|(at, b)| Edit::Bytes(at, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(at, t)| Edit::Token(at, t)),
        (any::<Index>(), 1usize..64).prop_map(|(at, n)| Edit::Cut(at, n)),
        (any::<Index>(), 1usize..32, 2usize..40).prop_map(|(at, n, k)| Edit::Repeat(at, n, k)),
    ]
}

fn apply(mut data: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let at = |i: &Index, len: usize| i.index(len + 1);
        match e {
            Edit::Bytes(i, b) => {
                let p = at(i, data.len());
                data.splice(p..p, b.iter().copied());
            }
            Edit::Token(i, t) => {
                let p = at(i, data.len());
                let token = TOKENS[t.index(TOKENS.len())].as_bytes();
                data.splice(p..p, token.iter().copied());
            }
            Edit::Cut(i, n) => {
                let p = at(i, data.len());
                let end = (p + n).min(data.len());
                data.drain(p..end);
            }
            Edit::Repeat(i, n, k) => {
                let p = at(i, data.len());
                let end = (p + n).min(data.len());
                let piece = data[p..end].repeat(*k);
                data.splice(end..end, piece);
            }
        }
    }
    data
}

/// A seed of the target, changed by a few edits.
fn mutated(name: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds(name);
    (any::<Index>(), prop::collection::vec(edit(), 0..10)).prop_map(move |(i, edits)| {
        let seed = if seeds.is_empty() {
            Vec::new()
        } else {
            seeds[i.index(seeds.len())].clone()
        };
        apply(seed, &edits)
    })
}

/// Random bytes, for the paths a well-formed seed never takes.
fn noise() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..256)
}

fn holds(name: &str, data: &[u8]) -> Result<(), TestCaseError> {
    target(name)(data).map_err(TestCaseError::fail)
}

/// One proptest per target: `cases` mutated seeds and as many random inputs.
macro_rules! smoke {
    ($($test:ident: $name:literal, $cases:expr;)*) => {$(
        proptest! {
            #![proptest_config(ProptestConfig { cases: $cases, ..ProptestConfig::default() })]
            #[test]
            fn $test(data in prop_oneof![3 => mutated($name), 1 => noise()]) {
                holds($name, &data)?;
            }
        }
    )*};
}

smoke! {
    html_smoke: "html", 64;
    plain_smoke: "plain", 128;
    markdown_smoke: "markdown", 192;
    segment_smoke: "segment", 256;
    glossary_tsv_smoke: "glossary_tsv", 128;
    glossary_csv_smoke: "glossary_csv", 128;
    glossary_tbx_smoke: "glossary_tbx", 96;
    review_xliff_smoke: "review_xliff", 192;
    review_tsv_smoke: "review_tsv", 192;
    tm_tmx_smoke: "tm_tmx", 192;
    deepl_smoke: "deepl", 256;
    google_smoke: "google", 256;
    microsoft_smoke: "microsoft", 256;
    libretranslate_smoke: "libretranslate", 256;
    openai_smoke: "openai", 256;
}

/// html5ever's time grows with the square of the nesting depth (servo/html5ever#788), so the
/// reader flattens what nests deeper than browsers allow into its ancestor at that depth: every
/// text is still read, in order, on its line. (That it is fast is the fuzz target's
/// `-timeout` to judge; no test measures time.)
#[test]
fn a_page_nested_too_deep_keeps_every_text_in_order_on_its_line() {
    use bitext::document::{read, Cleaner, InputFormat, LangChoice};
    use bitext::lang::Lang;
    let page = |inner: &str| {
        format!("<html><body>\n<p>Phóng viên đưa tin trước.</p>\n{inner}\n<p>Sau cùng.</p></body></html>")
    };
    for whole_page in [true, false] {
        let cleaner = Cleaner::default().with_whole_page(whole_page);
        let read_page = |html: &str| {
            let choice = LangChoice::Fixed(Lang::Vi);
            read("p", "p.html", html, InputFormat::Html, choice, &cleaner).unwrap()
        };
        let deep = format!(
            "{}<p>Sâu nhất.</p>{}",
            "<div>\n".repeat(20_000),
            "</div>".repeat(20_000)
        );
        let doc = read_page(&page(&deep));
        let texts: Vec<(&str, usize)> = doc
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.line))
            .collect();
        if whole_page {
            assert_eq!(
                texts,
                vec![
                    ("Phóng viên đưa tin trước.", 2),
                    ("Sâu nhất.", 20_003),
                    ("Sau cùng.", 20_004)
                ]
            );
        } else {
            assert!(texts.contains(&("Sâu nhất.", 20_003)), "{texts:?}");
        }
    }

    let cleaner = Cleaner::default().with_whole_page(true);
    let wide: String = (0..3_000)
        .map(|i| format!("<div><p>Đoạn số {i}.</p></div>"))
        .collect();
    let doc = read(
        "p",
        "p.html",
        &page(&wide),
        InputFormat::Html,
        LangChoice::Fixed(Lang::Vi),
        &cleaner,
    )
    .unwrap();
    assert_eq!(
        doc.blocks.last().map(|b| b.text.as_str()),
        Some("Sau cùng.")
    );
    assert_eq!(doc.blocks.len(), 3_002);
}
