//! Scores bitext's segmentation on sentence-boundary test cases (one JSON object per line:
//! `{"id", "lang", "text", "expected": [...]}`), the way ../shared/segmentation/README.md
//! says: strip each segment, collapse white space, drop empty segments, compare the lists.
//!
//! Each case goes through the same code path as `bitext segment --lang L` on standard input.
//!
//! ```sh
//! cargo run --release --example eval_segmentation -- ../shared/segmentation [--show-failures]
//! ```

use bitext::document::{Cleaner, InputFormat, LangChoice};
use bitext::lang::Lang;
use bitext::segment::segment_input;
use std::path::PathBuf;

fn normalise(items: impl IntoIterator<Item = String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: eval_segmentation DIR [--show-failures]")?,
    );
    let show = args.any(|a| a == "--show-failures");
    let cleaner = Cleaner::default();
    for lang in [Lang::En, Lang::Vi, Lang::Zh] {
        let path = dir.join(format!("{}.jsonl", lang.code()));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (mut total, mut passed) = (0usize, 0usize);
        for (n, line) in text.lines().enumerate() {
            let case: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            let input = case["text"].as_str().unwrap_or_default();
            let expected = normalise(
                case["expected"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_string)),
            );
            let doc = segment_input(
                "case",
                "case",
                input,
                InputFormat::Text,
                LangChoice::Fixed(lang),
                &cleaner,
                false,
            )?;
            let got = normalise(
                doc.blocks
                    .iter()
                    .flat_map(|b| b.segments.iter().map(|s| s.text.clone())),
            );
            total += 1;
            if got == expected {
                passed += 1;
            } else if show {
                println!(
                    "FAIL {} {}\n  text: {input:?}\n  want: {expected:?}\n  got:  {got:?}",
                    lang, case["id"]
                );
            }
        }
        println!(
            "{}: {passed}/{total} = {:.1}%",
            lang,
            100.0 * passed as f64 / total.max(1) as f64
        );
    }
    Ok(())
}
