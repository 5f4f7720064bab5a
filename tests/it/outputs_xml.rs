//! TMX and XLIFF from `bitext translate`, checked by their real consumers: xmllint against the
//! official TMX 1.4 DTD and XLIFF 2.0 schema, translate-toolkit reading the TMX, and bitext's
//! own reader taking a reviewed XLIFF back.

use crate::support::fake_deepl::{DeeplFault, FakeDeepl};
use crate::support::tools;
use crate::support::workspace::{Config, Workspace};
use bitext::output::xliff::read_reviewed;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const DEEPL_KEY: &str = "deepl-test-key-0a7e31:fx";

/// Validates every .tmx against the TMX DTD and every .xlf against the XLIFF 2.0 schema.
fn validate(files: &[PathBuf]) {
    if !tools::xmllint() {
        return;
    }
    let (Some(dtd), Some(xsd)) = (
        tools::schema("tmx14.dtd"),
        tools::schema("xliff_core_2.0.xsd"),
    ) else {
        return;
    };
    for file in files {
        let args: [&std::ffi::OsStr; 2] = match file.extension().and_then(|e| e.to_str()) {
            Some("tmx") => ["--dtdvalid".as_ref(), dtd.as_ref()],
            Some("xlf") => ["--schema".as_ref(), xsd.as_ref()],
            _ => continue,
        };
        if let Err(complaint) = tools::xmllint_validate(&args, file) {
            panic!("xmllint rejects {}:\n{complaint}", file.display());
        }
    }
}

/// What translate-toolkit reads in each TMX: per file, its units as `{id, langs, source}`.
/// `None` when translate-toolkit is missing (outside CI).
fn toolkit_units(files: &[PathBuf]) -> Option<BTreeMap<String, Vec<Value>>> {
    if !tools::translate_toolkit() {
        return None;
    }
    const SCRIPT: &str = r#"
import json, sys
from translate.storage import tmx
from translate.misc.xml_helpers import getXMLlang
out = {}
for path in sys.argv[1:]:
    store = tmx.tmxfile.parsefile(path)
    out[path] = [
        {"id": u.getid(), "langs": [getXMLlang(n) for n in u.getlanguageNodes()], "source": u.source}
        for u in store.units
    ]
print(json.dumps(out))
"#;
    let output = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .args(files)
        .output()
        .expect("run python3");
    assert!(
        output.status.success(),
        "translate-toolkit cannot read the TMX:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("the script prints JSON"))
}

/// The XLIFF with every segment of one state set to `reviewed`, as a reviewer's tool would.
fn approve(xml: &str, state: &str) -> String {
    xml.replace(
        &format!("<segment state=\"{state}\""),
        "<segment state=\"reviewed\"",
    )
}

fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("out/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

#[test]
fn every_sample_gives_tmx_and_xliff_that_validate_and_read_back() {
    let ws = Workspace::new();
    let glossary = Workspace::project_glossary();
    let samples: Vec<String> = Workspace::all_samples()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(samples.len(), 5);
    // Two runs with their own caches translate everything anew: they must write the same bytes.
    for (out, cache) in [("out", "cache-a"), ("again", "cache-b")] {
        let mut args = vec![
            "translate",
            "--to",
            "vi,en,zh",
            "--format",
            "jsonl,tmx,xliff",
            "--glossary",
            glossary.to_str().unwrap(),
            "--cache",
            cache,
            "--out",
            out,
        ];
        args.extend(samples.iter().map(String::as_str));
        ws.run(&args, &[]).assert_code(0);
    }
    let out = ws.path().join("out");
    let tmx = files_with(&out, "tmx");
    let xlf = files_with(&out, "xlf");
    assert_eq!((tmx.len(), xlf.len()), (5, 10));
    for file in tmx.iter().chain(&xlf) {
        let again = ws.path().join("again").join(file.file_name().unwrap());
        assert!(
            std::fs::read(file).unwrap() == std::fs::read(&again).unwrap(),
            "{} differs between two runs",
            file.display()
        );
    }

    let mut segments = BTreeMap::new();
    for sample in Workspace::all_samples() {
        let stem = sample.file_stem().unwrap().to_string_lossy().into_owned();
        let recs = ws.jsonl(&format!("out/{stem}.jsonl"));
        let source = recs[0]["source"]["lang"].as_str().unwrap().to_string();
        let tmx_text = ws.read(&format!("out/{stem}.tmx"));
        assert_eq!(tmx_text.matches("<tu ").count(), recs.len(), "{stem}.tmx");
        for target in ["vi", "en", "zh"].into_iter().filter(|t| *t != source) {
            let name = format!("out/{stem}.{target}.xlf");
            let xml = ws.read(&name);
            assert_eq!(xml.matches("<unit ").count(), recs.len(), "{name}");
            assert!(xml.contains("<note category=\"glossary\">"), "{name}");
            // Pseudo translations are `translated`: nothing to import until a reviewer acts.
            let path = Path::new(&name);
            assert_eq!(read_reviewed(path, &xml).unwrap(), vec![]);
            let back = read_reviewed(path, &approve(&xml, "translated")).unwrap();
            assert_eq!(back.len(), recs.len(), "{name}");
            for (r, rec) in back.iter().zip(&recs) {
                assert_eq!(r.doc.as_deref(), Some(stem.as_str()));
                assert_eq!(r.id, rec["id"].as_str().unwrap());
                assert_eq!(r.source_lang.code(), source);
                assert_eq!(r.target_lang.code(), target);
                assert_eq!(r.source, rec["source"]["text"].as_str().unwrap());
                assert_eq!(r.target, rec["targets"][target]["text"].as_str().unwrap());
            }
        }
        segments.insert(stem, recs);
    }

    validate(&tmx.iter().chain(&xlf).cloned().collect::<Vec<_>>());

    let Some(read) = toolkit_units(&tmx) else {
        return;
    };
    for file in &tmx {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let units = &read[&file.display().to_string()];
        let recs = &segments[&stem];
        assert_eq!(units.len(), recs.len(), "{stem}.tmx: units");
        for (unit, rec) in units.iter().zip(recs) {
            assert_eq!(unit["id"], rec["id"]);
            assert_eq!(unit["source"], rec["source"]["text"]);
            let mut langs: Vec<&str> = unit["langs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
                .collect();
            langs.sort();
            assert_eq!(langs, ["en", "vi", "zh-CN"], "{stem}.tmx {}", unit["id"]);
        }
        eprintln!(
            "translate-toolkit: {stem}.tmx: {} units, each with vi, en, zh-CN",
            units.len()
        );
    }
}

#[test]
fn failures_markup_and_control_characters_stay_valid() {
    let deepl = FakeDeepl::start(DEEPL_KEY);
    // The first request is answered, then the quota runs out: the rest fails.
    deepl.push_fault(DeeplFault::Delay(std::time::Duration::ZERO));
    deepl.push_fault(DeeplFault::QuotaExceeded);
    let ws = Config::new()
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 5)
        .provider(
            "deepl",
            &deepl.url(),
            "batch_size = 2\nconcurrency = 1\ntimeout_secs = 5",
        )
        .no_glossary()
        .build();
    ws.write(
        "my article (draft).txt",
        "Tom & \"Jerry\" wrote ]]> on the wall.\u{7} Then they left.\n\n\
         A bell\u{1} rang at 5 <b>o'clock</b>, twice.\tTabbed.\n\n\
         The third paragraph says nothing new.\n\n\
         The fourth one neither, but it is here.\n",
    );
    let run = ws.run(
        &[
            "translate",
            "--provider",
            "deepl",
            "--glossary",
            "no-glossary",
            "--to",
            "zh",
            "--format",
            "jsonl,tmx,xliff",
            "my article (draft).txt",
        ],
        &[("DEEPL_API_KEY", DEEPL_KEY)],
    );
    run.assert_code(1);
    let recs = ws.jsonl("out/my article (draft).jsonl");
    let origin = |r: &Value| r["targets"]["zh"]["origin"].as_str().unwrap().to_string();
    let translated = recs.iter().filter(|r| origin(r) == "api").count();
    let failed = recs.iter().filter(|r| origin(r) == "failed").count();
    assert!(translated > 0 && failed > 0, "{recs:?}");
    assert_eq!(translated + failed, recs.len());
    assert!(
        recs.iter().any(|r| r["source"]["text"]
            .as_str()
            .unwrap()
            .contains(['\u{7}', '\u{1}'])),
        "the control characters should reach the outputs: {recs:?}"
    );

    let xml = ws.read("out/my article (draft).zh.xlf");
    assert!(xml.contains("<file id=\"my_x0020_article_x0020__x0028_draft_x0029_\""));
    assert_eq!(
        xml.matches("<segment state=\"initial\" subState=\"bitext:failed\">")
            .count(),
        failed
    );
    assert_eq!(xml.matches("<note category=\"error\">").count(), failed);
    assert!(xml.contains("<cp hex=\"0007\"/>"), "{xml}");
    let tmx = ws.path().join("out/my article (draft).tmx");
    assert!(!ws.read("out/my article (draft).tmx").contains('\u{7}'));
    validate(&[tmx.clone(), ws.path().join("out/my article (draft).zh.xlf")]);

    // A reviewer approves the machine translations; the failed segments have nothing to give.
    let back = read_reviewed(Path::new("r.xlf"), &approve(&xml, "translated")).unwrap();
    let approved: Vec<&Value> = recs.iter().filter(|r| origin(r) == "api").collect();
    assert_eq!(back.len(), approved.len());
    for (r, rec) in back.iter().zip(approved) {
        assert_eq!(r.doc.as_deref(), Some("my article (draft)"));
        assert_eq!(r.id, rec["id"].as_str().unwrap());
        assert_eq!(r.source, rec["source"]["text"].as_str().unwrap());
        assert_eq!(r.target, rec["targets"]["zh"]["text"].as_str().unwrap());
    }
    assert!(read_reviewed(Path::new("r.xlf"), &approve(&xml, "initial"))
        .unwrap()
        .is_empty());

    let Some(read) = toolkit_units(std::slice::from_ref(&tmx)) else {
        return;
    };
    let units = &read[&tmx.display().to_string()];
    assert_eq!(units.len(), recs.len());
    for (unit, rec) in units.iter().zip(&recs) {
        let want: &[&str] = if origin(rec) == "api" {
            &["en", "zh-CN"]
        } else {
            &["en"]
        };
        assert_eq!(unit["langs"], serde_json::json!(want), "{unit}");
    }
}
