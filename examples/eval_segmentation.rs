//! Scores bitext's segmentation on sentence-boundary test cases, the way
//! ../shared/segmentation/README.md says: strip each segment, collapse white space, drop
//! empty segments, compare the lists exactly. A folder holds either the shared cases (one
//! JSON object per line, `{"id", "lang", "text", "expected": [...]}`, in `en.jsonl` …) or
//! the project's own passages (`en.txt` …, the format of tests/segmentation/README.md).
//!
//! Each case goes through the same code path as `bitext segment --lang L` on standard input.
//!
//! ```sh
//! cargo run --release --example eval_segmentation -- ../shared/segmentation tests/segmentation \
//!     tests/segmentation/heldout [--show-failures]
//! ```

#[path = "../tests/segmentation/passages.rs"]
mod passages;

use bitext::document::{Cleaner, InputFormat, LangChoice};
use bitext::lang::Lang;
use bitext::segment::segment_input;
use std::path::{Path, PathBuf};

struct Case {
    id: String,
    text: String,
    expected: Vec<String>,
}

fn normalise(items: impl IntoIterator<Item = String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

/// The cases of one language in `dir`, and whether they are passages (scored with the
/// passages' own white-space rule).
fn cases(dir: &Path, lang: Lang) -> Result<Option<(Vec<Case>, bool)>, String> {
    let jsonl = dir.join(format!("{}.jsonl", lang.code()));
    let txt = dir.join(format!("{}.txt", lang.code()));
    if let Ok(text) = std::fs::read_to_string(&jsonl) {
        let mut out = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let case: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", jsonl.display(), n + 1))?;
            out.push(Case {
                id: case["id"].as_str().unwrap_or_default().to_string(),
                text: case["text"].as_str().unwrap_or_default().to_string(),
                expected: normalise(
                    case["expected"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|v| v.as_str().map(str::to_string)),
                ),
            });
        }
        return Ok(Some((out, false)));
    }
    if let Ok(text) = std::fs::read_to_string(&txt) {
        let parsed = passages::parse(&txt.display().to_string(), &text)?;
        let out = parsed
            .into_iter()
            .map(|p| Case {
                id: p.id,
                text: p.text,
                expected: p.expected,
            })
            .collect();
        return Ok(Some((out, true)));
    }
    Ok(None)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show-failures");
    let dirs: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if dirs.is_empty() {
        return Err("usage: eval_segmentation DIR... [--show-failures]".into());
    }
    let cleaner = Cleaner::default();
    for dir in &dirs {
        println!("{}", dir.display());
        for lang in [Lang::En, Lang::Vi, Lang::Zh] {
            let Some((cases, own)) = cases(dir, lang)? else {
                continue;
            };
            let (mut total, mut passed) = (0usize, 0usize);
            for case in cases {
                let doc = segment_input(
                    "case",
                    "case",
                    &case.text,
                    InputFormat::Text,
                    LangChoice::Fixed(lang),
                    &cleaner,
                    false,
                )?;
                let texts = doc
                    .blocks
                    .iter()
                    .flat_map(|b| b.segments.iter().map(|s| s.text.clone()));
                let got = if own {
                    texts
                        .map(|t| passages::normalise(&t))
                        .filter(|s| !s.is_empty())
                        .collect()
                } else {
                    normalise(texts)
                };
                total += 1;
                if got == case.expected {
                    passed += 1;
                } else if show {
                    println!(
                        "FAIL {} {}\n  text: {:?}\n  want: {:?}\n  got:  {got:?}",
                        lang, case.id, case.text, case.expected
                    );
                }
            }
            println!(
                "  {}: {passed}/{total} = {:.1}%",
                lang,
                100.0 * passed as f64 / total.max(1) as f64
            );
        }
    }
    Ok(())
}
