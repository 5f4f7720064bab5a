//! Reading whole news pages (tests/pages, described in its README): the text bitext would send
//! for translation, scored against each page's gold article with the scoring of
//! `examples/eval_extraction.rs`; and pathological pages built here, each of which must give a
//! sensible result rather than a panic, a stack overflow or a hang.

#[path = "../pages/score.rs"]
mod score;

use bitext::document::{Cleaner, Document, InputFormat, LangChoice};
use bitext::lang::Lang;
use bitext::segment::segment_input;
use std::path::Path;

// Floors of the macro-averaged F1, precision and recall per language, set at what the reader
// achieved when the pages were written (F1 en 0.626, vi 0.476, zh 0.459: it kept the whole
// page), raised with main-content extraction (overall F1 0.895), raised when the short lines
// inside the article's container (bylines, datelines, credits, editor and source lines, link
// lines, teasers) were left out (39 pages: F1 en 0.990, vi 1.000, zh 0.998), and raised again
// with page furniture, interface lines, lone teaser cards, sign-up boxes and author bios left
// out: on the 60 dev pages F1 en 0.999, vi 1.000, zh 1.000, precision en 0.998, vi 1.000, zh
// 0.999, recall 1.000 each. Just under, so a regression fails. tests/pages/heldout and
// heldout2 are not scored here: they are the held-out checks (README).
const F1_FLOOR_EN: f64 = 0.99;
const F1_FLOOR_VI: f64 = 0.99;
const F1_FLOOR_ZH: f64 = 0.99;
const PRECISION_FLOOR_EN: f64 = 0.99;
const PRECISION_FLOOR_VI: f64 = 0.99;
const PRECISION_FLOOR_ZH: f64 = 0.99;
const RECALL_FLOOR_EN: f64 = 0.99;
const RECALL_FLOOR_VI: f64 = 0.99;
const RECALL_FLOOR_ZH: f64 = 0.99;

fn pages_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

#[test]
fn news_pages_score_above_the_floor() {
    let outcomes = score::evaluate(&pages_dir()).expect("tests/pages");
    let report: Vec<String> = outcomes
        .iter()
        .map(|o| {
            format!(
                "{}/{}: P {:.3} R {:.3} F1 {:.3}",
                o.page.lang, o.page.name, o.score.precision, o.score.recall, o.score.f1
            )
        })
        .collect();
    let report = report.join("\n");
    for (lang, f1_floor, precision_floor, recall_floor) in [
        ("en", F1_FLOOR_EN, PRECISION_FLOOR_EN, RECALL_FLOOR_EN),
        ("vi", F1_FLOOR_VI, PRECISION_FLOOR_VI, RECALL_FLOOR_VI),
        ("zh", F1_FLOOR_ZH, PRECISION_FLOOR_ZH, RECALL_FLOOR_ZH),
    ] {
        let n = outcomes.iter().filter(|o| o.page.lang == lang).count();
        assert!(n >= 20, "{lang}: {n} pages, want at least 20");
        let mean = score::mean_of(&outcomes, Some(lang));
        assert!(
            mean.f1 >= f1_floor && mean.precision >= precision_floor && mean.recall >= recall_floor,
            "{lang}: F1 {:.3} (floor {f1_floor}), precision {:.3} (floor {precision_floor}), \
             recall {:.3} (floor {recall_floor})\n{report}",
            mean.f1,
            mean.precision,
            mean.recall
        );
    }
    // What was left out is reported: every page that reads names at least one region, with
    // its reason.
    for o in &outcomes {
        if let Ok(doc) = &o.doc {
            assert!(
                !doc.dropped.is_empty(),
                "{}: nothing reported as left out",
                o.page.name
            );
        }
    }
    assert!(!score::dropped_by_reason(&outcomes).is_empty());
}

#[test]
fn every_page_has_its_gold() {
    for page in score::pages(&pages_dir()).expect("tests/pages") {
        let gold = std::fs::read_to_string(&page.gold)
            .unwrap_or_else(|e| panic!("{}: {e}", page.gold.display()));
        assert!(
            score::tokens(&gold).len() >= 40,
            "{}: a gold article of fewer than 40 tokens",
            page.gold.display()
        );
    }
}

#[test]
fn tokens_and_scores() {
    assert_eq!(
        score::tokens("Hà Nội, ngày 1/5: “Xin chào!” 新华社北京电 GDP增长5%"),
        vec![
            "hà", "nội", "ngày", "1", "5", "xin", "chào", "新", "华", "社", "北", "京", "电",
            "gdp", "增", "长", "5"
        ]
    );
    let s = score::score("the cat sat on the mat", "the cat sat");
    assert_eq!((s.precision, s.recall), (0.5, 1.0));
    assert!((s.f1 - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(score::score("", "gold text").f1, 0.0);
}

fn read(html: &str) -> Document {
    segment_input(
        "page",
        "page.html",
        html,
        InputFormat::Html,
        LangChoice::Fixed(Lang::En),
        &Cleaner::default(),
        false,
    )
    .expect("an HTML page always reads")
}

fn text_of(doc: &Document) -> String {
    doc.blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Kept, or left out with a reason that says so: never lost silently.
fn kept_or_reported(doc: &Document, needle: &str) -> bool {
    text_of(doc).contains(needle) || doc.dropped.iter().any(|d| d.text.contains(needle))
}

#[test]
fn deep_nesting_keeps_the_text() {
    let html = "<div>".repeat(5_000) + "<p>The words at the bottom of the nesting.</p>";
    let doc = read(&html);
    assert!(kept_or_reported(
        &doc,
        "The words at the bottom of the nesting."
    ));
}

#[test]
fn fifty_thousand_nested_divs_give_a_result() {
    // The reader bounds the depth it hands the parser (which is quadratic in it): the divs
    // below the bound are flattened into the one at the bound, and the page says so.
    let html = "<div>".repeat(50_000) + "<p>The words at the bottom of the nesting.</p>";
    let doc = read(&html);
    assert!(text_of(&doc).contains("The words at the bottom of the nesting."));
    let record = doc
        .dropped
        .iter()
        .find(|d| d.reason == "nested too deep")
        .expect("the flattening is reported");
    assert_eq!(record.size, 0, "nothing is left out: {record:?}");
    assert!(record.text.contains("deeper than 512"), "{record:?}");

    // Unclosed, and closed again: what comes after the nest is read as its own block.
    let html = "<section>".repeat(50_000)
        + "Words in the nest."
        + &"</section>".repeat(50_000)
        + "<p>Words after the nest.</p>";
    let doc = read(&html);
    let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["Words in the nest.", "Words after the nest."]);
}

#[test]
fn two_hundred_thousand_unclosed_tags_keep_every_paragraph() {
    // Each `<p>` closes the one before; the inline tags inside are never closed.
    let mut html = String::from("<html><body><article>");
    let n = 200_000 / 4;
    for i in 0..n {
        html.push_str(&format!(
            "<p><span><b><i>Paragraph number {i} of the story. "
        ));
    }
    let doc = read(&html);
    let text = text_of(&doc);
    assert!(text.contains("Paragraph number 0 of the story."));
    assert!(text.contains(&format!("Paragraph number {} of the story.", n - 1)));
}

#[test]
fn a_fifty_megabyte_page_keeps_its_paragraphs() {
    let mut html = String::from("<html><body><article><h1>A very long page</h1>\n");
    let mut n = 0;
    while html.len() < 50 * 1024 * 1024 {
        html.push_str(&format!(
            "<p>Paragraph {n}: the council said on Monday that the new bridge would open to \
             traffic next spring, after three years of work on the river crossing.</p>\n"
        ));
        n += 1;
    }
    html.push_str("</article></body></html>");
    let doc = read(&html);
    let paragraphs = doc
        .blocks
        .iter()
        .filter(|b| b.text.starts_with("Paragraph "))
        .count();
    assert_eq!(paragraphs, n);
    assert!(doc
        .blocks
        .iter()
        .any(|b| b.text.starts_with(&format!("Paragraph {}:", n - 1))));
}

#[test]
fn scripts_everywhere_are_left_out_and_reported() {
    let mut html =
        String::from("<html><head><script>var a = '<p>head script</p>';</script></head><body>");
    for i in 0..2_000 {
        html.push_str(&format!(
            "<script>track({i}); document.write('<p>written by script {i}</p>');</script>\
             <p>Story paragraph {i} <script>inline({i})</script>goes on.</p>\
             <noscript><p>Enable JavaScript {i}</p></noscript><style>.x{i} {{ color: red }}</style>"
        ));
    }
    html.push_str("<script>unclosed script at the end");
    let doc = read(&html);
    let text = text_of(&doc);
    assert!(!text.contains("script") && !text.contains("track(") && !text.contains("color"));
    for i in [0, 1_999] {
        assert!(
            text.contains(&format!("Story paragraph {i} goes on.")),
            "{i}"
        );
    }
    let reported = doc
        .dropped
        .iter()
        .filter(|d| d.reason.contains("script"))
        .count();
    assert!(
        reported >= 4 * 2_000,
        "{reported} scripts and styles reported"
    );
}

#[test]
fn fifty_thousand_short_lines_in_the_article_are_judged_and_the_paragraphs_kept() {
    // Every short line is a unit the line classifier reads; link lines share one container,
    // where a pass per line over its siblings would be quadratic.
    let mut html = String::from("<html><body><article><h1>A long live page</h1>\n");
    let n = 25_000;
    for i in 0..n {
        html.push_str(&format!(
            "<p>Update {i}: the council said the new bridge would open to traffic next spring, \
             after three years of work.</p><p>Updated 10:{:02} GMT</p>\
             <p><a href=\"/r/{i}\">Another story {i}</a></p>\n",
            i % 60
        ));
    }
    html.push_str("</article></body></html>");
    let doc = read(&html);
    let text = text_of(&doc);
    assert!(text.contains("Update 0: the council"));
    assert!(text.contains(&format!("Update {}: the council", n - 1)));
    assert!(!text.contains("Updated 10:"), "datelines kept");
    assert!(!text.contains("Another story"), "link lines kept");
    let datelines = doc
        .dropped
        .iter()
        .filter(|d| d.reason == "dateline")
        .count();
    assert_eq!(datelines, n);
}

/// Pages of the held-out sets that a mechanism was fixed on, each held to the recall it
/// reached (they are seen now; the unseen check is the example's first score of a new set):
/// the story's photos in a slideshow inside `<article>`, above `itemprop=articleBody`.
#[test]
fn a_slideshow_inside_the_article_keeps_its_captions() {
    for (page, floor) in [
        ("heldout8/en/wirephoto-port-strike", 0.99),
        ("heldout8/zh/wirephoto-qiaoliang", 0.99),
    ] {
        let dir = pages_dir();
        let html = dir.join(format!("{page}.html"));
        let gold = std::fs::read_to_string(dir.join(format!("{page}.gold.txt"))).expect("gold");
        let doc = score::read_page(&html).expect("page");
        let s = score::score(&score::sent_text(&doc), &gold);
        assert!(s.recall >= floor, "{page}: recall {:.3}", s.recall);
    }
}
