//! The reviewer's round trip: correct a sentence in the XLIFF or the TSV bitext wrote, import
//! it, and every later run uses the correction, marks it reviewed, and changes nothing else.

use crate::support::workspace::Workspace;
use serde_json::Value;

const DOC: &str = "vi-asean-women-forum-nanning";

fn translate(ws: &Workspace) -> Vec<Value> {
    let sample = Workspace::sample(&format!("{DOC}.txt"));
    let glossary = Workspace::project_glossary();
    ws.run(
        &[
            "translate",
            &sample.display().to_string(),
            "--to",
            "en,zh",
            "--format",
            "jsonl,tsv,xliff,html,tmx",
            "--glossary",
            &glossary.display().to_string(),
        ],
        &[],
    )
    .assert_code(0);
    ws.jsonl(&format!("out/{DOC}.jsonl"))
}

/// The unit of `id` in an XLIFF file, with its target replaced and its state set to reviewed.
fn review_unit(xliff: &str, id: &str, corrected: &str) -> String {
    let start = xliff
        .find(&format!("<unit id=\"{id}\">"))
        .expect("the unit");
    let end = start + xliff[start..].find("</unit>").expect("its end");
    let unit = &xliff[start..end];
    let t0 = unit.find("<target>").expect("a target") + "<target>".len();
    let t1 = unit.find("</target>").expect("target end");
    let reviewed = format!("{}{corrected}{}", &unit[..t0], &unit[t1..])
        .replace("state=\"translated\"", "state=\"reviewed\"");
    format!("{}{reviewed}{}", &xliff[..start], &xliff[end..])
}

fn without(rows: &[Value], id: &str, lang: &str) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            let mut r = r.clone();
            if r["id"] == id {
                r["targets"][lang] = Value::Null;
            }
            r
        })
        .collect()
}

#[test]
fn a_correction_in_xliff_is_used_by_every_later_run_and_changes_nothing_else() {
    let ws = Workspace::new();
    let before = translate(&ws);
    let id = "b3.s1";
    let corrected = "The 2025 ASEAN Women's Forum <reviewed> & \"final\".";
    let xliff = ws.read(&format!("out/{DOC}.en.xlf"));
    let escaped = corrected
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    ws.write("reviewed.en.xlf", review_unit(&xliff, id, &escaped));

    let run = ws.run(&["import", "reviewed.en.xlf"], &[]);
    run.assert_code(0);
    assert!(
        run.stderr.contains("1 correction(s) stored"),
        "{}",
        run.stderr
    );
    let stored = ws.read("reviews/vi-en.jsonl");
    assert_eq!(stored.lines().count(), 1, "{stored}");
    assert!(stored.contains(&format!("#{DOC}/{id}")), "{stored}");

    // The next run sends nothing, takes the correction, and changes no other cell.
    let after = translate(&ws);
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["requests"], 0, "{summary}");
    assert_eq!(summary["reviewed"], 1, "{summary}");
    let row = after.iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(row["targets"]["en"]["origin"], "reviewed");
    assert_eq!(row["targets"]["en"]["text"], corrected);
    assert_ne!(row["targets"]["zh"]["origin"], "reviewed");
    assert_eq!(without(&before, id, "en").len(), after.len());
    let strip_origin = |rows: Vec<Value>| -> Vec<Value> {
        rows.into_iter()
            .map(|mut r| {
                for lang in ["en", "zh"] {
                    if let Some(cell) = r["targets"].get_mut(lang) {
                        if cell.is_object() {
                            cell["origin"] = Value::Null;
                        }
                    }
                }
                r
            })
            .collect()
    };
    assert_eq!(
        strip_origin(without(&before, id, "en")),
        strip_origin(without(&after, id, "en")),
        "a cell other than the corrected one changed"
    );
    // The outputs mark it reviewed.
    let xliff = ws.read(&format!("out/{DOC}.en.xlf"));
    assert_eq!(xliff.matches("state=\"reviewed\"").count(), 1);
    assert!(
        xliff.contains("Women&apos;s Forum &lt;reviewed&gt; &amp;"),
        "the correction is written, escaped"
    );

    // So do the reading page and the translation memory.
    let page = ws.read(&format!("out/{DOC}.html"));
    assert!(page.contains("1 translation(s) reviewed by a person"));
    let tmx = ws.read(&format!("out/{DOC}.tmx"));
    assert_eq!(tmx.matches(">reviewed</prop>").count(), 1, "{tmx}");

    // Importing the same file again stores nothing new; a cleared cache does not bring the
    // machine translation back over the correction.
    let run = ws.run(&["import", "reviewed.en.xlf"], &[]);
    assert!(
        run.stderr.contains("0 correction(s) stored"),
        "{}",
        run.stderr
    );
    std::fs::remove_dir_all(ws.path().join("cache")).unwrap();
    let again = translate(&ws);
    let row = again.iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(row["targets"]["en"]["text"], corrected);
    assert_eq!(row["targets"]["en"]["origin"], "reviewed");
}

#[test]
fn an_edited_tsv_stores_only_the_cells_that_changed() {
    let ws = Workspace::new();
    translate(&ws);
    let tsv = ws.read(&format!("out/{DOC}.tsv"));
    let mut lines: Vec<String> = tsv.lines().map(str::to_string).collect();
    assert_eq!(lines[0], "id\tvi\ten\tzh");
    let row = lines.iter().position(|l| l.starts_with("b4.s1\t")).unwrap();
    let mut cells: Vec<String> = lines[row].split('\t').map(str::to_string).collect();
    cells[3] = "7月16日，2025年东盟妇女发展合作交流论坛在南宁举行。\\t(审校)".to_string();
    lines[row] = cells.join("\t");
    ws.write("edited.tsv", lines.join("\n") + "\n");

    let run = ws.run(
        &[
            "import",
            "edited.tsv",
            "--glossary",
            &Workspace::project_glossary().display().to_string(),
        ],
        &[],
    );
    run.assert_code(0);
    assert!(
        run.stderr.contains("1 correction(s) stored"),
        "{}",
        run.stderr
    );
    assert!(!ws.path().join("reviews/vi-en.jsonl").exists());
    let stored = ws.read("reviews/vi-zh.jsonl");
    assert_eq!(stored.lines().count(), 1, "{stored}");

    let after = translate(&ws);
    assert_eq!(ws.json("out/summary.json")["requests"], 0);
    let row = after.iter().find(|r| r["id"] == "b4.s1").unwrap();
    assert_eq!(row["targets"]["zh"]["origin"], "reviewed");
    assert_eq!(
        row["targets"]["zh"]["text"],
        "7月16日，2025年东盟妇女发展合作交流论坛在南宁举行。\t(审校)"
    );
    assert_eq!(
        after
            .iter()
            .flat_map(|r| ["en", "zh"].map(|l| r["targets"][l]["origin"].clone()))
            .filter(|o| o == "reviewed")
            .count(),
        1
    );
}

#[test]
fn a_file_that_is_not_a_review_is_refused_with_its_place() {
    let ws = Workspace::new();
    ws.write("notes.txt", "hello");
    let run = ws.run(&["import", "notes.txt"], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("notes.txt"), "{}", run.stderr);
    ws.write("broken.xlf", "<xliff version=\"2.0\"><file>");
    let run = ws.run(&["import", "broken.xlf"], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("broken.xlf:"), "{}", run.stderr);
    assert!(!ws.path().join("reviews").exists(), "nothing is stored");
}
