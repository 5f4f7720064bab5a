//! The commands translators expect of a translation memory, through the real binary against
//! the fake DeepL: `cache export` (TMX that xmllint, translate-toolkit and OmegaT take, and
//! JSON Lines), `import FILE.tmx` (a team's memory used before the cache and any provider,
//! after reviewers' corrections), `cache forget`, and `translate`/`batch --refresh`.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::tools;
use crate::support::workspace::{Config, Workspace};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

const KEY: &str = "tm-commands-key-51c0:fx";

/// Articles in the three languages; the Vietnamese one carries markup-like text, and its
/// last sentence is also in the English one's folder neighbour (see `batch_refresh`).
const VI: &str = "Bộ Ngoại giao họp báo chiều thứ Năm.\n\nPhái đoàn <đại biểu> & \"khách mời\" đến Hà Nội.\n\nHai bên ký thỏa thuận hợp tác.\n";
const EN: &str =
    "The forum opened in Nanning on Monday.\n\nDelegates discussed digital skills for women.\n";
const ZH: &str = "论坛在南宁开幕。\n\n双方签署了合作协议。\n";

fn workspace(deepl: &FakeDeepl) -> Workspace {
    let ws = Config::fake("deepl", &deepl.url(), "")
        .run("provider", "deepl")
        .run("glossary", "no-glossary")
        .build();
    ws.write("vi.txt", VI);
    ws.write("en.txt", EN);
    ws.write("zh.txt", ZH);
    ws
}

fn run(ws: &Workspace, args: &[&str]) -> crate::support::workspace::Run {
    ws.run(args, &[("DEEPL_API_KEY", KEY)])
}

fn stats(ws: &Workspace) -> Value {
    let out = run(ws, &["cache", "stats", "--json"]);
    out.assert_code(0);
    serde_json::from_str(out.stdout.trim()).expect("stats JSON")
}

/// Entries per (provider, source, target).
fn groups(stats: &Value) -> BTreeMap<(String, String, String), u64> {
    stats["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let s = |k: &str| g[k].as_str().unwrap().to_string();
            (
                (s("provider"), s("source"), s("target")),
                g["entries"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn validate_tmx(path: &std::path::Path) {
    if !tools::xmllint() {
        return;
    }
    let Some(dtd) = tools::schema("tmx14.dtd") else {
        return;
    };
    if let Err(complaint) = tools::xmllint_validate(&["--dtdvalid".as_ref(), dtd.as_ref()], path) {
        panic!("xmllint rejects {}:\n{complaint}", path.display());
    }
}

/// translate-toolkit's reading of a TMX: per unit, its languages and texts.
fn toolkit(path: &std::path::Path) -> Option<Vec<Value>> {
    if !tools::translate_toolkit() {
        return None;
    }
    const SCRIPT: &str = r#"
import json, sys
from translate.storage import tmx
from translate.misc.xml_helpers import getXMLlang
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([
    {"id": u.getid(), "langs": [getXMLlang(n) for n in u.getlanguageNodes()],
     "source": u.source, "target": u.target}
    for u in store.units]))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(path)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "translate-toolkit cannot read {}:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("JSON"))
}

#[test]
fn the_exported_memory_is_valid_tmx_translate_toolkit_reads_and_jsonl_holds_every_entry() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    run(&ws, &["translate", "vi.txt", "en.txt", "zh.txt"]).assert_code(0);
    let stats = stats(&ws);
    let total = stats["entries"].as_u64().unwrap();
    let per_group = groups(&stats);
    assert_eq!(total, 2 * (3 + 2 + 2), "{stats}");

    // Everything: one unit per entry, each saying its own source language.
    let all = run(
        &ws,
        &["cache", "export", "--format", "tmx", "-o", "tm/all.tmx"],
    );
    all.assert_code(0);
    assert!(
        all.stderr.contains(&format!("{total} entries exported")),
        "{}",
        all.stderr
    );
    let text = ws.read("tm/all.tmx");
    assert!(text.contains("srclang=\"*all*\""), "{text}");
    assert_eq!(text.matches("<tu ").count() as u64, total);
    assert_eq!(
        text.matches("<prop type=\"x-origin\">mt</prop>").count() as u64,
        total
    );
    assert!(
        text.contains("&lt;đại biểu&gt; &amp; &quot;khách mời&quot;"),
        "escaped"
    );
    assert!(!text.contains(KEY));
    validate_tmx(&ws.path().join("tm/all.tmx"));

    // One pair: the header's source language is the pair's, Chinese tagged zh-CN.
    run(
        &ws,
        &[
            "cache",
            "export",
            "--format",
            "tmx",
            "--pair",
            "vi-zh",
            "-o",
            "vi-zh.tmx",
        ],
    )
    .assert_code(0);
    let pair = ws.read("vi-zh.tmx");
    let vi_zh = per_group[&("deepl".into(), "vi".into(), "zh".into())];
    assert!(
        pair.contains("srclang=\"vi\" datatype=\"plaintext\""),
        "{pair}"
    );
    assert_eq!(pair.matches("<tu ").count() as u64, vi_zh);
    assert_eq!(
        pair.matches("<tuv xml:lang=\"zh-CN\">").count() as u64,
        vi_zh
    );
    validate_tmx(&ws.path().join("vi-zh.tmx"));
    if let Some(units) = toolkit(&ws.path().join("vi-zh.tmx")) {
        assert_eq!(units.len() as u64, vi_zh);
        let sources: HashSet<&str> = units
            .iter()
            .map(|u| u["source"].as_str().unwrap())
            .collect();
        assert!(
            sources.contains("Phái đoàn <đại biểu> & \"khách mời\" đến Hà Nội."),
            "{sources:?}"
        );
        for u in &units {
            assert_eq!(u["langs"], serde_json::json!(["vi", "zh-CN"]), "{u}");
            assert!(u["target"].as_str().unwrap().starts_with("<ZH"), "{u}");
        }
    }

    // JSON Lines on standard output: every entry, with what made it.
    let jsonl = run(&ws, &["cache", "export", "--format", "jsonl"]);
    jsonl.assert_code(0);
    let records: Vec<Value> = jsonl
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON record"))
        .collect();
    assert_eq!(records.len() as u64, total);
    let keys: HashSet<&str> = records.iter().map(|r| r["key"].as_str().unwrap()).collect();
    assert_eq!(keys.len() as u64, total, "each entry once");
    for r in &records {
        assert_eq!(r["origin"], "mt");
        assert_eq!(r["provider"], "deepl");
        assert!(r["created"].as_str().unwrap().ends_with('Z'), "{r}");
    }
    let google = run(
        &ws,
        &[
            "cache",
            "export",
            "--format",
            "jsonl",
            "--provider",
            "google",
        ],
    );
    assert_eq!(google.stdout, "", "no entry of another provider");

    // A bad pair is a usage error that names what to give.
    let bad = run(
        &ws,
        &["cache", "export", "--format", "tmx", "--pair", "vi-fr"],
    );
    bad.assert_code(2);
    assert!(bad.stderr.contains("--pair vi-fr"), "{}", bad.stderr);
}

#[test]
fn an_export_that_fails_leaves_the_old_file_whole() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    run(&ws, &["translate", "vi.txt"]).assert_code(0);
    ws.write("mem.tmx", "the previous export");
    // The store cannot be read: the database is not one.
    ws.write(
        "broken/bitext.sqlite3",
        "not a database, but long enough to be read as a header of one",
    );
    let failed = run(
        &ws,
        &[
            "cache", "export", "--format", "tmx", "--cache", "broken", "-o", "mem.tmx",
        ],
    );
    assert_ne!(failed.code, 0);
    assert!(failed.stderr.contains("broken"), "{}", failed.stderr);
    assert_eq!(ws.read("mem.tmx"), "the previous export");
    let leftovers: Vec<_> = std::fs::read_dir(ws.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A team's memory as CAT tools write it: a DOCTYPE, region-tagged languages, inline codes,
/// a Traditional Chinese and a French variant, two dated units for one source.
fn team_tmx() -> String {
    r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="vi-VN" datatype="plaintext"/>
  <body>
    <tu changedate="20240301T101500Z">
      <tuv xml:lang="vi-VN"><seg><bpt i="1">&lt;b&gt;</bpt>Bộ Ngoại giao<ept i="1">&lt;/b&gt;</ept> họp báo chiều thứ Năm.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The Foreign Ministry held a press conference on Thursday afternoon.</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>外交部周四下午举行记者会。</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>外交部週四下午舉行記者會。</seg></tuv>
    </tu>
    <tu changedate="20230101T000000Z">
      <tuv xml:lang="vi-VN"><seg>Bộ Ngoại giao họp báo chiều thứ Năm.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>An older rendering.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="vi-VN"><seg>Hai bên ký thỏa thuận hợp tác.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>The two sides signed a cooperation agreement.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Les deux parties ont signé un accord.</seg></tuv>
    </tu>
  </body>
</tmx>
"#
    .to_string()
}

#[test]
fn an_imported_tmx_serves_before_the_cache_and_any_provider_and_after_corrections() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    ws.write("team.tmx", team_tmx());
    let imported = run(&ws, &["import", "team.tmx"]);
    imported.assert_code(0);
    let said = &imported.stderr;
    assert!(
        said.contains(
            "3 unit(s) read; 3 translation(s) imported, 0 updated, 0 unchanged (vi-en 2, vi-zh 1)"
        ),
        "{said}"
    );
    assert!(
        said.contains("skipped 1: in a language bitext does not translate (zh-TW)"),
        "{said}"
    );
    assert!(
        said.contains("skipped 1: in a language bitext does not translate (fr-FR)"),
        "{said}"
    );
    assert!(
        said.contains("skipped 1: superseded by a newer unit"),
        "{said}"
    );
    // A reviewer's correction of the third sentence into English comes first.
    ws.write(
        "reviews/vi-en.jsonl",
        "{\"source\":\"Hai bên ký thỏa thuận hợp tác.\",\"target\":\"Both sides signed the deal (reviewed).\"}\n",
    );

    run(
        &ws,
        &[
            "translate",
            "vi.txt",
            "--to",
            "en,zh",
            "--format",
            "jsonl,xliff,tmx,html",
        ],
    )
    .assert_code(0);
    let rows = ws.jsonl("out/vi.jsonl");
    let cell = |i: usize, lang: &str| rows[i]["targets"][lang].clone();
    assert_eq!(cell(0, "en")["origin"], "tm");
    assert_eq!(
        cell(0, "en")["text"],
        "The Foreign Ministry held a press conference on Thursday afternoon."
    );
    assert_eq!(cell(0, "zh")["origin"], "tm");
    assert_eq!(cell(0, "zh")["text"], "外交部周四下午举行记者会。");
    assert_eq!(cell(2, "en")["origin"], "reviewed");
    assert_eq!(cell(2, "zh")["origin"], "api");
    assert_eq!(cell(1, "en")["origin"], "api");
    // Nothing the memory answered was sent.
    let billed: Vec<String> = deepl.billed().into_iter().map(|(_, t)| t).collect();
    assert!(
        !billed.iter().any(|t| t.starts_with("Bộ Ngoại giao")),
        "{billed:?}"
    );
    assert_eq!(billed.len(), 3, "{billed:?}");
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["from_memory"], 2, "{summary}");
    assert_eq!(summary["reviewed"], 1, "{summary}");
    // Every output that shows origin shows it.
    let tmx = ws.read("out/vi.tmx");
    assert_eq!(
        tmx.matches("<prop type=\"x-origin\">tm</prop>").count(),
        2,
        "{tmx}"
    );
    let page = ws.read("out/vi.html");
    assert!(page.contains("o-tm"), "the reading page marks it");
    assert!(ws
        .read("out/vi.en.xlf")
        .contains("The Foreign Ministry held"));

    // Importing the same file again changes nothing.
    let before = stats(&ws);
    let again = run(&ws, &["import", "team.tmx"]);
    again.assert_code(0);
    assert!(
        again
            .stderr
            .contains("0 translation(s) imported, 0 updated, 3 unchanged"),
        "{}",
        again.stderr
    );
    assert_eq!(stats(&ws), before);
    assert_eq!(groups(&before)[&("tm".into(), "vi".into(), "en".into())], 2);

    // Refreshing buys the machine translations again, never the memory's.
    run(&ws, &["translate", "vi.txt", "--to", "en,zh", "--refresh"]).assert_code(0);
    let billed: Vec<String> = deepl.billed().into_iter().map(|(_, t)| t).collect();
    assert_eq!(billed.len(), 6, "{billed:?}");
    assert!(
        !billed.iter().any(|t| t.starts_with("Bộ Ngoại giao")),
        "{billed:?}"
    );
    assert_eq!(ws.jsonl("out/vi.jsonl")[0]["targets"]["en"]["origin"], "tm");
}

#[test]
fn a_bad_tmx_is_refused_with_its_file_and_line_and_stores_nothing() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n";
    let cases = [
        (
            format!("{head}<tu><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv xml:lang=\"vi\"><seg>Một.</seg></tuv></tu>\n<tu><tuv xml:lang=\"en\"><seg>Two.</tuv></tu>\n</body></tmx>\n"),
            "bad.tmx:6: malformed XML",
        ),
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY lol \"lol\">\n<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&lol2;</seg></tuv></tu></body></tmx>\n".to_string(),
            "bad.tmx:6: unknown entity '&lol2;'",
        ),
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&xxe;</seg></tuv></tu></body></tmx>\n".to_string(),
            "bad.tmx:3: unknown entity '&xxe;'",
        ),
        (format!("{head}<tu><tuv><seg>No language.</seg></tuv></tu></body></tmx>"), "bad.tmx:5: a <tuv> without xml:lang"),
        ("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\"/>\n".to_string(), "bad.tmx:2: not a TMX file"),
    ];
    for (xml, expected) in cases {
        ws.write("bad.tmx", &xml);
        let out = run(&ws, &["import", "bad.tmx"]);
        out.assert_code(2);
        assert!(
            out.stderr.contains(expected),
            "wanted {expected:?}:\n{}",
            out.stderr
        );
        assert_eq!(stats(&ws)["entries"], 0, "{expected}: nothing stored");
    }
    ws.write("utf16.tmx", [0xFF, 0xFE, b'<', 0]);
    let out = run(&ws, &["import", "utf16.tmx"]);
    out.assert_code(2);
    assert!(
        out.stderr.contains("utf16.tmx:1: the file is UTF-16"),
        "{}",
        out.stderr
    );
}

#[test]
fn forget_removes_what_its_filters_take_and_the_next_run_buys_only_that() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    ws.write("team.tmx", team_tmx());
    run(&ws, &["import", "team.tmx"]).assert_code(0);
    run(&ws, &["translate", "vi.txt", "en.txt", "--to", "vi,en,zh"]).assert_code(0);
    let before = groups(&stats(&ws));
    let vi_zh = before[&("deepl".into(), "vi".into(), "zh".into())];

    let none = run(&ws, &["cache", "forget"]);
    none.assert_code(2);
    assert!(
        none.stderr.contains("at least one of --provider"),
        "{}",
        none.stderr
    );
    let bad = run(&ws, &["cache", "forget", "--older-than", "soon"]);
    bad.assert_code(2);
    assert!(bad.stderr.contains("--older-than soon"), "{}", bad.stderr);

    let fresh = run(&ws, &["cache", "forget", "--older-than", "30d"]);
    fresh.assert_code(0);
    assert_eq!(fresh.stdout.trim(), "bitext: 0 entries removed");

    let pair = run(&ws, &["cache", "forget", "--pair", "vi-zh"]);
    pair.assert_code(0);
    assert_eq!(
        pair.stdout.trim(),
        format!("bitext: {vi_zh} entries removed")
    );
    let after = groups(&stats(&ws));
    assert!(
        !after.contains_key(&("deepl".into(), "vi".into(), "zh".into())),
        "{after:?}"
    );
    // The imported memory's vi→zh unit stays: only `--provider tm` names it.
    assert_eq!(after[&("tm".into(), "vi".into(), "zh".into())], 1);
    assert_eq!(after.len(), before.len() - 1);

    let billed = deepl.billed().len();
    run(&ws, &["translate", "vi.txt", "en.txt", "--to", "vi,en,zh"]).assert_code(0);
    let new: Vec<(String, String)> = deepl.billed()[billed..].to_vec();
    assert_eq!(new.len() as u64, vi_zh, "{new:?}");
    assert!(
        new.iter().all(|(lang, _)| lang.starts_with("ZH")),
        "{new:?}"
    );

    let memory = run(&ws, &["cache", "forget", "--provider", "tm"]);
    assert_eq!(memory.stdout.trim(), "bitext: 3 entries removed");
    assert!(!groups(&stats(&ws)).keys().any(|(p, _, _)| p == "tm"));
}

#[test]
fn batch_refresh_redoes_unchanged_documents_and_buys_each_text_once() {
    let deepl = FakeDeepl::start(KEY);
    let ws = workspace(&deepl);
    // Two documents that share a sentence, done in groups of one: separate pipeline runs.
    ws.write(
        "in/a.txt",
        "Hai bên ký thỏa thuận hợp tác.\n\nĐoàn đến Hà Nội hôm qua.\n",
    );
    ws.write(
        "in/b.txt",
        "Hai bên ký thỏa thuận hợp tác.\n\nHội nghị bế mạc hôm thứ Sáu.\n",
    );
    let batch = |extra: &[&str]| {
        let mut args = vec![
            "batch", "in", "--out", "out", "--to", "en", "--group", "1", "--json",
        ];
        args.extend_from_slice(extra);
        let out = run(&ws, &args);
        out.assert_code(0);
        ws.json("out/report.json")
    };
    let statuses = |report: &Value| -> Vec<String> {
        report["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["status"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(statuses(&batch(&[])), ["done", "done"]);
    assert_eq!(deepl.billed().len(), 3);
    assert_eq!(statuses(&batch(&[])), ["skipped", "skipped"]);
    assert_eq!(deepl.billed().len(), 3);

    // An imported memory changes what a run gives: the documents are done again, with it.
    ws.write(
        "team.tmx",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"vi\"/><body>\n\
         <tu><tuv xml:lang=\"vi\"><seg>Đoàn đến Hà Nội hôm qua.</seg></tuv>\
         <tuv xml:lang=\"en\"><seg>The delegation reached Hanoi yesterday.</seg></tuv></tu>\n</body></tmx>\n",
    );
    run(&ws, &["import", "team.tmx"]).assert_code(0);
    assert_eq!(statuses(&batch(&[])), ["done", "done"]);
    assert_eq!(deepl.billed().len(), 3, "nothing bought");
    assert_eq!(ws.jsonl("out/a.jsonl")[1]["targets"]["en"]["origin"], "tm");
    assert_eq!(statuses(&batch(&[])), ["skipped", "skipped"]);

    deepl.answer("Hai bên", "The two sides signed (a newer answer).");
    assert_eq!(statuses(&batch(&["--refresh"])), ["done", "done"]);
    let billed: Vec<String> = deepl.billed()[3..].iter().map(|(_, t)| t.clone()).collect();
    // The memory's sentence is not bought; the shared one once, though its documents are
    // done in separate groups.
    assert_eq!(
        billed.len(),
        2,
        "each text bought once in the run: {billed:?}"
    );
    // What the cache held is replaced: the next plain run serves the newer answer.
    let exported = run(&ws, &["cache", "export", "--format", "jsonl"]);
    let newer = exported
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|r| r["source"] == "Hai bên ký thỏa thuận hợp tác.")
        .expect("the shared sentence");
    assert_eq!(
        newer["translation"],
        "The two sides signed (a newer answer)."
    );
    assert_eq!(
        stats(&ws)["entries"],
        4,
        "replaced, not added (and the memory's unit)"
    );
    run(
        &ws,
        &["translate", "in/b.txt", "--to", "en", "--out", "plain"],
    )
    .assert_code(0);
    assert_eq!(deepl.billed().len(), 5);
    assert_eq!(
        ws.jsonl("plain/b.jsonl")[0]["targets"]["en"]["text"],
        "The two sides signed (a newer answer)."
    );
}

/// OmegaT (console mode, as `omegat.rs` runs it) takes the exported memory as a project's
/// translation memory: with it in `tm/auto/`, every segment of the article comes out with
/// the memory's text.
#[test]
fn omegat_fills_every_segment_from_an_exported_memory() {
    if !tools::omegat() {
        return;
    }
    const DOC: &str = "vi-asean-women-forum-nanning";
    let ws = Workspace::new();
    let sample = Workspace::sample(&format!("{DOC}.txt"));
    // The pseudo provider's `[en] …`: text that exists nowhere but in the memory.
    ws.run(
        &[
            "translate",
            sample.to_str().unwrap(),
            "--to",
            "en",
            "--format",
            "jsonl",
        ],
        &[],
    )
    .assert_code(0);
    ws.run(
        &[
            "cache",
            "export",
            "--format",
            "tmx",
            "--pair",
            "vi-en",
            "--provider",
            "pseudo",
            "-o",
            "memory.tmx",
        ],
        &[],
    )
    .assert_code(0);
    let recs = ws.jsonl(&format!("out/{DOC}.jsonl"));
    let sources: Vec<&str> = recs
        .iter()
        .map(|r| r["source"]["text"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = recs
        .iter()
        .map(|r| r["targets"]["en"]["text"].as_str().unwrap())
        .collect();
    let project = "omegat-memory";
    let dir = ws.path().join(project);
    crate::omegat::create_project(
        &dir,
        "en",
        "org.omegat.tokenizer.LuceneEnglishTokenizer",
        &(sources.join("\n\n") + "\n"),
    );
    std::fs::copy(ws.path().join("memory.tmx"), dir.join("tm/auto/memory.tmx")).unwrap();
    let log = ws.path().join("omegat-memory.log");
    if let Err(e) = crate::omegat::console_translate(&ws, project, &log) {
        panic!("{e}\n{}", std::fs::read_to_string(&log).unwrap_or_default());
    }
    let written = ws.read(&format!("{project}/target/article.txt"));
    let got: Vec<&str> = written.lines().filter(|l| !l.is_empty()).collect();
    let matched = got.iter().zip(&expected).filter(|(g, e)| g == e).count();
    eprintln!(
        "OmegaT: {matched}/{} segments filled from the exported memory",
        expected.len()
    );
    assert_eq!(got.len(), expected.len(), "{written}");
    assert_eq!(matched, expected.len(), "{written}");

    // And back: the memory OmegaT exports for its project (`-level1.tmx`, plain TMX) is a
    // team's memory bitext imports; a run on an empty cache then takes every segment from it.
    let theirs = format!("{project}/{project}-level1.tmx");
    let imported = ws.run(&["import", &theirs, "--cache", "fresh"], &[]);
    imported.assert_code(0);
    assert!(
        imported
            .stderr
            .contains(&format!("{} translation(s) imported", expected.len())),
        "{}",
        imported.stderr
    );
    ws.run(
        &[
            "translate",
            sample.to_str().unwrap(),
            "--to",
            "en",
            "--cache",
            "fresh",
            "--out",
            "again",
        ],
        &[],
    )
    .assert_code(0);
    let again = ws.jsonl(&format!("again/{DOC}.jsonl"));
    for (r, e) in again.iter().zip(&expected) {
        assert_eq!(r["targets"]["en"]["origin"], "tm", "{r}");
        assert_eq!(r["targets"]["en"]["text"], *e, "{r}");
    }
}
