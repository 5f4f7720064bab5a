//! `bitext glossary lint|match|export|import`, driven through the real binary.

use crate::support::tools;
use crate::support::workspace::Workspace;
use bitext::glossary::{Glossary, Term};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;

fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn project_glossary() -> String {
    Workspace::project_glossary().display().to_string()
}

#[test]
fn the_project_glossary_lints_clean() {
    let ws = Workspace::new();
    let run = ws.run(&["glossary", "lint", &project_glossary()], &[]);
    run.assert_code(0);
    assert!(
        !run.stdout.contains(": error: "),
        "the project glossary has errors:\n{}",
        run.stdout
    );
    assert!(
        run.stderr.starts_with("0 errors, ") && run.stderr.contains(" in 5 files"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_folder_gets_exact_locations_and_exit_1() {
    let ws = Workspace::new();
    ws.write(
        "broken/organisations.tsv",
        "id\tvi\ten\tzh\ten_deprecated\tstatus\tnote\tcolour\n\
         acwf\tHội Liên hiệp Phụ nữ Trung Quốc\tAll-China Women's Federation|ACWF\t全国妇联\t\tapproved\t\t\n\
         vwu\tHội LHPN Việt Nam\tVietnam Women's Union | VWU\t\t\tapproved\t\t\n\
         acwf-2\t\tAll-china women's federation\t\t\tapproved\t\t\t\textra\n",
    );
    ws.write(
        "broken/people.tsv",
        "id\ten\ten_deprecated\tstatus\tcase\n\
         acwf\tXu Feng\t\tdraft\t\n\
         he-hongmei\tHe Hongmei\the hongmei\tunverified\tupper\n",
    );
    ws.write("broken/notes.txt", "not a term file\n");
    let run = ws.run(&["glossary", "lint", "broken"], &[]);
    run.assert_code(1);
    assert_eq!(
        run.stdout,
        "broken/organisations.tsv:1:39: warning: unknown column 'colour' is ignored: the columns are id, vi, en, zh, vi_deprecated, en_deprecated, zh_deprecated, status, note, case\n\
         broken/organisations.tsv:3:23: error: space around '|' in 'Vietnam Women's Union | VWU': remove it\n\
         broken/organisations.tsv:4:9: error: en: 'All-china women's federation' is also a form of 'acwf' (broken/organisations.tsv:2, 'All-China Women's Federation'): one form must name one concept\n\
         broken/organisations.tsv:4:51: error: 10 cells but the header has 8 columns: remove the extra tab\n\
         broken/people.tsv:2:1: error: duplicate id 'acwf' (first at broken/organisations.tsv:2): give each concept its own id\n\
         broken/people.tsv:2:15: warning: unknown status 'draft': use approved or unverified\n\
         broken/people.tsv:3:23: error: en: deprecated form 'he hongmei' is also an accepted form ('He Hongmei') of this concept: keep it in one column\n\
         broken/people.tsv:3:45: error: case is 'upper': use exact, ignore or leave it empty\n"
    );
    assert_eq!(run.stderr, "6 errors, 2 warnings in 2 files\n");

    // Without DIR: the configured folder, ./glossary by default.
    ws.write(
        "glossary/places.tsv",
        "id\ten\tstatus\nnanning\tNanning\tapproved\n",
    );
    let run = ws.run(&["glossary", "lint"], &[]);
    run.assert_code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "0 errors, 0 warnings in 1 file\n");

    // A folder that is not there is a usage error.
    let run = ws.run(&["glossary", "lint", "missing"], &[]);
    run.assert_code(2);
    assert!(run.stderr.contains("missing"), "{}", run.stderr);
}

#[test]
fn match_reports_terms_with_offsets_into_the_whole_input() {
    let ws = Workspace::new();
    let sample = Workspace::sample("en-yunnan-women-diplomacy-interview.txt");
    let run = ws.run(
        &[
            "glossary",
            "match",
            "--glossary",
            &project_glossary(),
            sample.to_str().unwrap(),
        ],
        &[],
    );
    run.assert_code(0);
    let bytes = std::fs::read(&sample).unwrap();
    let text = bitext::document::decode("sample", &bytes, false).unwrap();
    let hits = records(&run.stdout);
    assert!(!hits.is_empty());
    for hit in &hits {
        let (start, end) = (
            hit["start"].as_u64().unwrap() as usize,
            hit["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], hit["surface"].as_str().unwrap(), "{hit}");
        let line = text[..start].matches('\n').count() + 1;
        assert_eq!(hit["line"].as_u64().unwrap() as usize, line, "{hit}");
        assert_eq!(hit["lang"], "en");
    }
    let find = |term: &str| -> Vec<&Value> { hits.iter().filter(|h| h["term"] == term).collect() };
    let yunnan_wf = find("yunnan-wf");
    assert!(!yunnan_wf.is_empty());
    assert_eq!(yunnan_wf[0]["kind"], "organisations");
    assert_eq!(
        yunnan_wf[0]["surface"],
        "Women's Federation of Yunnan Province"
    );
    let un_women = find("un-women");
    assert!(!un_women.is_empty());
    assert!(un_women.iter().all(|h| h["surface"] == "UN Women"));
    // The speaker label has the accepted form; the mistranslated "… and Hongmei" never matches.
    assert!(find("he-hongmei")
        .iter()
        .all(|h| h["surface"] == "He Hongmei"));
    assert!(run.stderr.contains("language en"), "{}", run.stderr);
}

#[test]
fn match_reads_standard_input_and_counts_offsets_in_nfc() {
    let ws = Workspace::new();
    // Decomposed (NFD) Vietnamese on the second line.
    let input = "Tin tức\nÔng Vu\u{031b}o\u{031b}ng Duy Bi\u{0300}nh đến Nam Ninh.\n";
    let run = ws.run_stdin(
        &["glossary", "match", "--glossary", &project_glossary()],
        input,
    );
    run.assert_code(0);
    let nfc = bitext::document::decode("-", input.as_bytes(), false).unwrap();
    let hits = records(&run.stdout);
    let terms: Vec<&str> = hits.iter().map(|h| h["term"].as_str().unwrap()).collect();
    assert_eq!(terms, vec!["wang-weiping", "nanning"]);
    for hit in &hits {
        let (start, end) = (
            hit["start"].as_u64().unwrap() as usize,
            hit["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&nfc[start..end], hit["surface"].as_str().unwrap());
        assert_eq!(hit["line"], 2);
        assert_eq!(hit["lang"], "vi");
    }
    assert_eq!(hits[0]["surface"], "Vương Duy Bình");
    assert_eq!(hits[0]["kind"], "people");

    let run = ws.run_stdin(
        &[
            "glossary",
            "match",
            "--glossary",
            &project_glossary(),
            "--lang",
            "fr",
        ],
        "x",
    );
    run.assert_code(2);
}

fn load(dir: &Path) -> Vec<Term> {
    Glossary::load_dir(dir).unwrap().terms().to_vec()
}

#[track_caller]
fn assert_same_concepts(original: &[Term], imported: &[Term]) {
    assert_eq!(original.len(), imported.len());
    let by_id: std::collections::HashMap<&str, &Term> =
        imported.iter().map(|t| (t.id.as_str(), t)).collect();
    for term in original {
        let other = by_id
            .get(term.id.as_str())
            .unwrap_or_else(|| panic!("{} missing after the round trip", term.id));
        assert!(term.same_content(other), "{term:?}\n{other:?}");
        assert_eq!(term.kind, other.kind, "{}", term.id);
    }
}

#[test]
fn tbx_export_validates_and_round_trips_through_import() {
    let ws = Workspace::new();
    let run = ws.run(
        &[
            "glossary",
            "export",
            "--format",
            "tbx",
            "--glossary",
            &project_glossary(),
            "--out",
            "export/glossary.tbx",
        ],
        &[],
    );
    run.assert_code(0);
    let tbx = ws.path().join("export/glossary.tbx");
    let xml = ws.read("export/glossary.tbx");
    assert!(xml.contains("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"));
    assert_eq!(xml.matches("<conceptEntry id=").count(), 160);
    // Every quote and ampersand in the notes is escaped.
    assert!(xml.contains("Women&apos;s"));

    if let (true, Some(schema)) = (tools::xmllint(), tools::schema("TBXcoreStructV03.rng")) {
        if let Err(complaint) =
            tools::xmllint_validate(&["--relaxng".as_ref(), schema.as_ref()], &tbx)
        {
            panic!("xmllint rejects the export:\n{complaint}");
        }
    }

    let run = ws.run(
        &[
            "glossary",
            "import",
            "export/glossary.tbx",
            "--into",
            "empty",
        ],
        &[],
    );
    run.assert_code(0);
    assert!(run.stderr.contains("160 added"), "{}", run.stderr);
    let run = ws.run(&["glossary", "lint", "empty"], &[]);
    run.assert_code(0);
    assert_eq!(run.stdout, "", "lint after import");
    assert_same_concepts(
        &load(&Workspace::project_glossary()),
        &load(&ws.path().join("empty")),
    );

    // Importing again changes nothing.
    let run = ws.run(
        &[
            "glossary",
            "import",
            "export/glossary.tbx",
            "--into",
            "empty",
        ],
        &[],
    );
    run.assert_code(0);
    assert!(
        run.stderr.contains("0 added, 0 replaced, 160 unchanged"),
        "{}",
        run.stderr
    );
}

#[test]
fn csv_round_trip_and_import_conflicts() {
    let ws = Workspace::new();
    let run = ws.run(
        &[
            "glossary",
            "export",
            "--format",
            "csv",
            "--glossary",
            &project_glossary(),
        ],
        &[],
    );
    run.assert_code(0);
    assert!(run.stdout.starts_with(
        "id,vi,en,zh,vi_deprecated,en_deprecated,zh_deprecated,status,note,case,kind\n"
    ));
    ws.write("glossary.csv", &run.stdout);
    ws.run(&["glossary", "import", "glossary.csv", "--into", "g"], &[])
        .assert_code(0);
    ws.run(&["glossary", "lint", "g"], &[]).assert_code(0);
    assert_same_concepts(
        &load(&Workspace::project_glossary()),
        &load(&ws.path().join("g")),
    );

    // Another term under an existing id: refused with both places named, then replaced.
    ws.write(
        "change.csv",
        "id,en,zh,status,kind\nnanning,Nanning City,南宁市,unverified,places\n",
    );
    let run = ws.run(&["glossary", "import", "change.csv", "--into", "g"], &[]);
    run.assert_code(1);
    assert!(
        run.stderr
            .contains("id 'nanning': change.csv:2 differs from g/places.tsv:2"),
        "{}",
        run.stderr
    );
    assert!(ws
        .read("g/places.tsv")
        .contains("nanning\tNam Ninh\tNanning\t南宁"));
    let run = ws.run(
        &[
            "glossary",
            "import",
            "change.csv",
            "--into",
            "g",
            "--replace",
        ],
        &[],
    );
    run.assert_code(0);
    assert!(ws
        .read("g/places.tsv")
        .contains("nanning\t\tNanning City\t南宁市\t\t\t\tunverified\t\t\n"));
}

#[test]
fn deepl_tsv_has_one_target_per_unique_source() {
    let ws = Workspace::new();
    for (from, to) in [("en", "zh"), ("zh", "en"), ("vi", "en"), ("en", "vi")] {
        let run = ws.run(
            &[
                "glossary",
                "export",
                "--format",
                "deepl-tsv",
                "--from",
                from,
                "--to",
                to,
                "--glossary",
                &project_glossary(),
            ],
            &[],
        );
        run.assert_code(0);
        let mut sources = HashSet::new();
        for line in run.stdout.lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 2, "{line:?}");
            for cell in &cells {
                assert!(!cell.is_empty() && cell.trim() == *cell, "{line:?}");
            }
            assert!(
                sources.insert(cells[0].to_string()),
                "duplicate source {line:?}"
            );
        }
        assert!(sources.len() > 50, "{from}→{to}: {}", sources.len());
        if (from, to) == ("en", "zh") {
            assert!(run
                .stdout
                .contains("All-China Women's Federation\t中华全国妇女联合会\n"));
            assert!(run.stdout.contains("ACWF\t中华全国妇女联合会\n"));
        }
    }
    let run = ws.run(
        &[
            "glossary",
            "export",
            "--format",
            "deepl-tsv",
            "--glossary",
            &project_glossary(),
        ],
        &[],
    );
    run.assert_code(2);
    assert!(run.stderr.contains("--from and --to"), "{}", run.stderr);
}
