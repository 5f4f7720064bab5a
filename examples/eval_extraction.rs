//! Scores bitext's reading of whole HTML pages against the article a person marked on each:
//! every page of `DIR/{en,vi,zh}/NAME.html` (default `tests/pages`) goes through the path of
//! `bitext segment --input-format html`, and the text it would send for translation is scored
//! against `NAME.gold.txt` with bag-of-tokens precision, recall and F1 (tests/pages/score.rs).
//! Prints each page, the macro average per language and overall, and how many regions were left
//! out for each reason.
//!
//! ```sh
//! cargo run --release --example eval_extraction [-- DIR] [--show PAGE]
//! ```
//!
//! `--show PAGE` (a name such as `wire-rates`) also prints what that page would send.

#[path = "../tests/pages/score.rs"]
mod score;

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut show = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next(),
            _ => dir = PathBuf::from(arg),
        }
    }
    let outcomes = score::evaluate(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if outcomes.is_empty() {
        return Err(format!("{}: no pages (LANG/NAME.html)", dir.display()).into());
    }
    println!(
        "{:<4} {:<30} {:>6} {:>6} {:>6}  {:>6} {:>7}",
        "lang", "page", "P", "R", "F1", "blocks", "dropped"
    );
    for o in &outcomes {
        let s = o.score;
        let (blocks, dropped, note) = match &o.doc {
            Ok(doc) => (doc.blocks.len(), doc.dropped.len(), String::new()),
            Err(e) => (0, 0, format!("  ERROR {e}")),
        };
        println!(
            "{:<4} {:<30} {:>6.3} {:>6.3} {:>6.3}  {blocks:>6} {dropped:>7}{note}",
            o.page.lang, o.page.name, s.precision, s.recall, s.f1
        );
        // TODO(issue 14): print the page's metadata (headline, date, author, site, canonical
        // URL, declared and detected language) once `Document` carries them.
        if show.as_deref() == Some(o.page.name.as_str()) {
            if let Ok(doc) = &o.doc {
                println!("--- sent for translation:\n{}\n---", score::sent_text(doc));
                for d in &doc.dropped {
                    println!("    dropped line {} ({}): {}", d.line, d.reason, d.text);
                }
            }
        }
    }
    println!();
    let mut langs: Vec<&str> = outcomes.iter().map(|o| o.page.lang.as_str()).collect();
    langs.dedup();
    for lang in langs.iter().map(|l| Some(*l)).chain([None]) {
        let n = outcomes
            .iter()
            .filter(|o| lang.is_none_or(|l| o.page.lang == l))
            .count();
        let s = score::mean_of(&outcomes, lang);
        println!(
            "{:<8} {n:>3} pages  P {:.3}  R {:.3}  F1 {:.3}",
            lang.unwrap_or("overall"),
            s.precision,
            s.recall,
            s.f1
        );
    }
    println!("\nleft out, by reason:");
    for (reason, n) in score::dropped_by_reason(&outcomes) {
        println!("{n:>6}  {reason}");
    }
    Ok(())
}
