//! The reading outputs of the real binary (`--format html,md`): their structure and escaping
//! checked here, the page's behaviour in Debian's Chromium by tests/browser/check_page.mjs
//! (no console error, no request, counterparts, layout, languages, terms, inert payloads).

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::tools;
use crate::support::workspace::{Config, Workspace};
use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const DEEPL_KEY: &str = "deepl-test-key-4f1c9e:fx";
const VI_ARTICLE: &str = "vi-asean-women-forum-nanning.txt";
/// What a hostile (or broken) translation service might answer.
const PAYLOAD: &str =
    "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"> Delegates & \"robots\"";
const PAYLOAD_SCRIPT: &str = "<script>window.__xss=1</script>";

/// Translating with the project's glossary into every language, with fast retries.
fn config() -> Config {
    Config::new()
        .run("to", vec!["vi", "en", "zh"])
        .project_glossary()
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 5)
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// The languages of a record: its source, then its targets.
fn languages(record: &Value) -> Vec<String> {
    let mut langs = vec![record["source"]["lang"].as_str().expect("lang").to_owned()];
    if let Some(targets) = record["targets"].as_object() {
        langs.extend(targets.keys().cloned());
    }
    langs
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e:?}"))
}

/// Structure of a page that holds for every document, read with an HTML parser: its own style
/// and script only, nothing that could reach outside the file, every segment once in every
/// language's column, in the order of the source.
fn assert_page_structure(page: &str, records: &[Value], name: &str) -> Html {
    assert!(page.starts_with("<!DOCTYPE html>"), "{name}");
    let html = Html::parse_document(page);
    let csp = html
        .select(&selector("meta[http-equiv=\"Content-Security-Policy\"]"))
        .next()
        .and_then(|m| m.value().attr("content"))
        .unwrap_or_else(|| panic!("{name}: no policy"));
    assert!(csp.starts_with("default-src 'none';"), "{name}: {csp}");
    let scripts: Vec<_> = html.select(&selector("script")).collect();
    assert_eq!(
        scripts.len(),
        2,
        "{name}: the data block and the page's script"
    );
    assert_eq!(scripts[0].value().attr("type"), Some("application/json"));
    let fetching = "img, link, iframe, object, embed, video, audio, source, form, base, \
                    [src], [href], [srcset], [action], [formaction], [poster], [background], [style]";
    let found: Vec<String> = html.select(&selector(fetching)).map(|e| e.html()).collect();
    assert!(
        found.is_empty(),
        "{name}: elements that could load or style: {found:?}"
    );
    for style in html.select(&selector("style")) {
        let css: String = style.text().collect();
        assert!(!css.contains("url(") && !css.contains("@import"), "{name}");
    }
    let mut columns: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for cell in html.select(&selector("section.block > .cell[data-lang]")) {
        let lang = cell
            .value()
            .attr("data-lang")
            .unwrap_or_default()
            .to_owned();
        let ids = columns.entry(lang).or_default();
        for seg in cell.select(&selector(".seg[data-seg]")) {
            ids.push(seg.value().attr("data-seg").unwrap_or_default().to_owned());
        }
    }
    let ids: Vec<String> = records
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_owned())
        .collect();
    let langs: Vec<String> = records.first().map(languages).unwrap_or_default();
    assert_eq!(
        columns.keys().cloned().collect::<BTreeSet<_>>(),
        langs.iter().cloned().collect::<BTreeSet<_>>(),
        "{name}"
    );
    for (lang, column) in &columns {
        assert_eq!(column, &ids, "{name}: the segments of the {lang} column");
    }
    let blocks: BTreeSet<u64> = records.iter().filter_map(|r| r["block"].as_u64()).collect();
    assert_eq!(
        html.select(&selector("section.block")).count(),
        blocks.len(),
        "{name}"
    );
    html
}

/// Structure of a Markdown document: one rule per block, each language's paragraph labelled.
fn assert_markdown_structure(md: &str, records: &[Value], name: &str) {
    assert!(!md.contains('<'), "{name}: raw `<` in Markdown");
    let blocks: BTreeSet<u64> = records.iter().filter_map(|r| r["block"].as_u64()).collect();
    assert_eq!(md.matches("\n---\n").count(), blocks.len(), "{name}");
    let Some(first) = records.first() else {
        return;
    };
    for lang in languages(first) {
        let label = format!("`{lang}` ");
        let labelled = md
            .lines()
            .filter(|l| {
                l.trim_start_matches(['#', '-', '>', ' '])
                    .starts_with(&label)
            })
            .count();
        let code = records
            .iter()
            .filter(|r| r["kind"] == "code")
            .filter_map(|r| r["block"].as_u64())
            .collect::<BTreeSet<_>>()
            .len();
        assert_eq!(
            labelled,
            blocks.len() - code,
            "{name}: paragraphs labelled {lang}"
        );
    }
}

#[test]
fn every_sample_gets_a_page_and_a_markdown_document() {
    let ws = config().build();
    let samples = Workspace::all_samples();
    let mut args = vec![
        "translate".to_owned(),
        "--format".into(),
        "jsonl,html,md".into(),
    ];
    args.extend(samples.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ws.run(&args, &[]).assert_code(0);
    for sample in &samples {
        let name = stem(sample);
        let records = ws.jsonl(&format!("out/{name}.jsonl"));
        assert!(!records.is_empty(), "{name}");
        let page = ws.read(&format!("out/{name}.html"));
        assert_page_structure(&page, &records, &name);
        // Pseudo output is said to be pseudo output.
        assert!(page.contains("<strong>Pseudo output.</strong>"), "{name}");
        assert!(page.contains("class=\"seg o-pseudo"), "{name}");
        // Glossary terms are marked in the translations too, and their forms are on the page.
        let hits = records
            .iter()
            .filter(|r| r["hits"].as_array().is_some_and(|h| !h.is_empty()))
            .count();
        if hits > 0 {
            assert!(page.contains("<mark class=\"term\" data-term="), "{name}");
            assert!(page.contains("\"preferred\":"), "{name}");
        }
        let md = ws.read(&format!("out/{name}.md"));
        // The title is the headline (the first heading before the body), else the file's name.
        let headline = records
            .iter()
            .take_while(|r| r["kind"] != "paragraph")
            .find(|r| r["kind"] == "heading")
            .and_then(|r| r["source"]["text"].as_str());
        let title = headline.map_or(format!("# {name}\n"), |h| format!("# {h}"));
        assert!(md.starts_with(&title), "{name}");
        assert_markdown_structure(&md, &records, &name);
    }
}

#[test]
fn a_second_run_from_the_cache_is_still_marked_pseudo() {
    let ws = config().build();
    let article = Workspace::sample(VI_ARTICLE);
    let args = [
        "translate",
        "--format",
        "html,md",
        article.to_str().expect("path"),
    ];
    ws.run(&args, &[]).assert_code(0);
    ws.run(&args, &[]).assert_code(0);
    let page = ws.read("out/vi-asean-women-forum-nanning.html");
    assert!(page.contains("<strong>Pseudo output.</strong>"));
    assert!(page.contains("class=\"seg o-cache o-pseudo"));
    assert!(ws
        .read("out/vi-asean-women-forum-nanning.md")
        .contains("**Pseudo output:**"));
}

/// Whether node, Chromium and playwright-core are here; in CI a missing one fails the test.
fn browser_ready() -> bool {
    let node = tools::available("node", &["--version"], "apt-get install nodejs");
    let chromium = tools::available(
        "/usr/bin/chromium",
        &["--version"],
        "apt-get install chromium",
    );
    let module = browser_dir().join("node_modules/playwright-core/package.json");
    let playwright = module.is_file();
    if !playwright {
        tools::missing("playwright-core (cd tests/browser && npm ci)");
    }
    node && chromium && playwright
}

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Runs check_page.mjs on a page; returns its JSON result, failing with it when a check fails.
/// Screenshots go to the workspace, or to `BITEXT_SCREENSHOTS` when set (to look at them).
fn check_in_browser(ws: &Workspace, page: &Path, name: &str, extra: &[&str]) -> Value {
    let shots = std::env::var_os("BITEXT_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| ws.path().to_path_buf());
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    let out = Command::new("node")
        .current_dir(browser_dir())
        .arg("check_page.mjs")
        .arg(page)
        .arg(shots.join(format!("{name}.png")))
        .arg("--phone")
        .arg(shots.join(format!("{name}-phone.png")))
        .args(extra)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let result: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "check_page.mjs printed no JSON ({e}); exit {:?}\n--- stdout\n{stdout}\n--- stderr\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        out.status.success() && result["ok"] == true,
        "browser checks failed: {:#}",
        result["failures"]
    );
    assert!(shots.join(format!("{name}.png")).is_file());
    // Shown with --nocapture: what the browser saw.
    println!("{name}: {result:#}");
    result
}

#[test]
fn the_vietnamese_reading_page_works_in_chromium() {
    if !browser_ready() {
        return;
    }
    let ws = config().build();
    let article = Workspace::sample(VI_ARTICLE);
    let run = ws.run(
        &[
            "translate",
            "--format",
            "html,jsonl",
            article.to_str().expect("path"),
        ],
        &[],
    );
    run.assert_code(0);
    let page = ws.path().join("out/vi-asean-women-forum-nanning.html");
    let result = check_in_browser(&ws, &page, "reading-page-vi", &[]);
    let records = ws.jsonl("out/vi-asean-women-forum-nanning.jsonl");
    let checks = &result["checks"];
    assert_eq!(checks["alignment"]["segments"], records.len());
    assert_eq!(
        checks["alignment"]["languages"],
        serde_json::json!(["vi", "en", "zh"])
    );
    assert_eq!(checks["no_network"]["foreign"], serde_json::json!([]));
    assert!(checks["term_forms_on_hover"]["in_translations"].as_u64() > Some(0));
}

#[test]
fn a_translation_s_markup_shows_as_text_in_chromium() {
    let deepl = FakeDeepl::start(DEEPL_KEY);
    // Batches of ten, one at a time, no retry: the first batch into English fails for good.
    let ws = config()
        .run("max_retries", 0)
        .provider(
            "deepl",
            &deepl.url(),
            "timeout_secs = 5\nbatch_size = 10\nconcurrency = 1",
        )
        .build();
    deepl.push_fault(DeeplFault::Server(500));
    deepl.answer("trải nghiệm robot", PAYLOAD);
    let article = Workspace::sample(VI_ARTICLE);
    let run = ws.run(
        &[
            "translate",
            "--provider",
            "deepl",
            "--to",
            "en,zh",
            "--format",
            "html,md,jsonl",
            article.to_str().expect("path"),
        ],
        &[("DEEPL_API_KEY", DEEPL_KEY)],
    );
    run.assert_code(1);
    let records = ws.jsonl("out/vi-asean-women-forum-nanning.jsonl");
    let failed = records
        .iter()
        .filter(|r| r["targets"]["en"]["origin"] == "failed")
        .count();
    assert_eq!(failed, 10, "the first English batch failed");
    let hostile = records
        .iter()
        .find(|r| r["targets"]["zh"]["text"] == PAYLOAD)
        .expect("the chosen answer reached the output");
    // The answer drops the glossary's ASEAN, so the page has a violation to show.
    assert!(hostile["targets"]["zh"]["terms"]
        .as_array()
        .is_some_and(|t| !t.is_empty()));

    let page = ws.read("out/vi-asean-women-forum-nanning.html");
    let html = assert_page_structure(&page, &records, "deepl");
    assert!(!page.contains(PAYLOAD_SCRIPT));
    // The parser reads the payload back as the text of the sentence, in both translations.
    let id = hostile["id"].as_str().expect("id");
    let texts: Vec<String> = html
        .select(&selector(".cell[data-lang] .seg[data-seg]"))
        .filter(|s| s.value().attr("data-seg") == Some(id))
        .map(|s| s.text().collect())
        .collect();
    assert_eq!(texts.len(), 3);
    assert_eq!(texts[1], PAYLOAD);
    assert_eq!(texts[2], PAYLOAD);
    assert_eq!(
        html.select(&selector("#text .seg.o-failed")).count(),
        failed
    );
    assert!(page.contains("<strong>10 translation(s) missing:</strong>"));
    assert!(page.contains("class=\"seg o-api viol\""));
    assert!(!page.contains("Pseudo output"));
    let md = ws.read("out/vi-asean-women-forum-nanning.md");
    assert!(!md.contains('<'));
    assert_eq!(md.matches("**\\[not translated").count(), failed);
    assert!(md.contains("&lt;script&gt;window.\\_\\_xss=1&lt;/script&gt;"));

    if !browser_ready() {
        return;
    }
    let path = ws.path().join("out/vi-asean-women-forum-nanning.html");
    let result = check_in_browser(
        &ws,
        &path,
        "reading-page-xss",
        &["--expect-text", PAYLOAD_SCRIPT],
    );
    assert_eq!(result["checks"]["xss_inert"]["ran"], false);
    assert!(result["checks"]["xss_inert"]["shown_as_text"].as_u64() >= Some(2));
}
