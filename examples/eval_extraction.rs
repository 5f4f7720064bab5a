//! Scores bitext's reading of whole HTML pages against the article a person marked on each:
//! every page of `DIR/{en,vi,zh}/NAME.html` (default `tests/pages`) goes through the path of
//! `bitext segment --input-format html`, and the text it would send for translation is scored
//! against `NAME.gold.txt` with bag-of-tokens precision, recall and F1 (tests/pages/score.rs).
//! Prints each page with the metadata found on it (headline, date, authors, site, canonical
//! address, declared language), the macro average per language and overall, how many pages
//! had each field of metadata, and how many regions were left out for each reason.
//!
//! ```sh
//! cargo run --release --example eval_extraction [-- DIR] [--show PAGE]
//! ```
//!
//! `--show PAGE` (a name such as `wire-rates`) also prints what that page would send and every
//! region it left out. `--quiet` leaves out the metadata lines.

#[path = "../tests/pages/score.rs"]
mod score;

use bitext::document::{Document, Metadata};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut show = None;
    let mut quiet = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next(),
            "--quiet" => quiet = true,
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
        if let (Ok(doc), false) = (&o.doc, quiet) {
            println!("     {}", metadata_line(doc));
        }
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
    println!("\nmetadata found, pages of {}:", outcomes.len());
    let docs: Vec<&Document> = outcomes
        .iter()
        .filter_map(|o| o.doc.as_ref().ok())
        .collect();
    let count = |f: &dyn Fn(&Metadata) -> bool| docs.iter().filter(|d| f(&d.metadata)).count();
    for (field, n) in [
        ("headline", count(&|m| m.headline.is_some())),
        ("date", count(&|m| m.published.is_some())),
        ("date as ISO 8601", count(&|m| m.published_iso.is_some())),
        ("authors", count(&|m| !m.authors.is_empty())),
        ("site", count(&|m| m.site_name.is_some())),
        ("canonical", count(&|m| m.canonical_url.is_some())),
        (
            "declared language",
            count(&|m| !m.declared_langs.is_empty()),
        ),
    ] {
        println!("{n:>6}  {field}");
    }
    println!("\nleft out, by reason:");
    for (reason, n) in score::dropped_by_reason(&outcomes) {
        println!("{n:>6}  {reason}");
    }
    Ok(())
}

/// The page's metadata on one line: what a reader of the report checks against the page.
fn metadata_line(doc: &Document) -> String {
    let m = &doc.metadata;
    let cut = |s: &str| -> String {
        let mut out: String = s.chars().take(60).collect();
        if out.len() < s.len() {
            out.push('…');
        }
        out
    };
    let or_none = |v: Option<&String>| v.map_or_else(|| "-".to_string(), |s| cut(s));
    format!(
        "headline: {} | date: {} | authors: {} | site: {} | canonical: {} | lang: {} (detected {})",
        or_none(m.headline.as_ref()),
        or_none(m.published_iso.as_ref().or(m.published.as_ref())),
        if m.authors.is_empty() {
            "-".to_string()
        } else {
            cut(&m.authors.join(", "))
        },
        or_none(m.site_name.as_ref()),
        or_none(m.canonical_url.as_ref()),
        if m.declared_langs.is_empty() {
            "-".to_string()
        } else {
            m.declared_langs.join(", ")
        },
        doc.lang,
    )
}
