//! OmegaT (Debian's 3.6, run headless in console mode) takes the TMX of `bitext translate` as
//! a translation memory: with the file in a project's `tm/auto/`, every segment of the article
//! comes out translated with our text, in English and in Chinese from the same multilingual
//! file.

use crate::support::tools;
use crate::support::workspace::Workspace;
use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const DOC: &str = "vi-asean-women-forum-nanning";

/// One OmegaT run takes about 3 s here, JVM start included; this only stops a hung one.
const OMEGAT_TIMEOUT: Duration = Duration::from_secs(60);

/// A project per target language: the language OmegaT is told, its tokenizer (fuzzy matching
/// only; exact matches do not depend on it), the key of that target in our JSONL, and the
/// `--to` of the bitext run that writes the TMX.
///
/// The target comes first in `--to`, so its variant is not the last of its unit: when a unit
/// has no variant in the project's target language, OmegaT 3.6 falls back to every other
/// variant and the last one wins. A wrongly tagged variant would then give the other
/// language's text and fail the check instead of passing by luck.
const TARGETS: [(&str, &str, &str, &str); 2] = [
    (
        "en",
        "org.omegat.tokenizer.LuceneEnglishTokenizer",
        "en",
        "en,zh",
    ),
    // bitext tags Chinese `zh-CN` in TMX unless `chinese_tag` says otherwise.
    (
        "zh-CN",
        "org.omegat.tokenizer.LuceneSmartChineseTokenizer",
        "zh",
        "zh,en",
    ),
];

/// An OmegaT 3.6 project: sentence segmentation is off so that each paragraph of the source
/// file is one segment, exactly one of our units; the folders OmegaT refuses to open without
/// are created.
pub(crate) fn create_project(dir: &Path, target_lang: &str, target_tok: &str, source_text: &str) {
    for sub in ["source", "target", "tm/auto", "glossary", "omegat"] {
        std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
    }
    std::fs::write(dir.join("source/article.txt"), source_text).expect("write source");
    let project = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>vi</source_lang>
    <target_lang>{target_lang}</target_lang>
    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
    <target_tok>{target_tok}</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"#
    );
    std::fs::write(dir.join("omegat.project"), project).expect("write omegat.project");
}

/// Runs `omegat PROJECT --mode=console-translate` in `ws`, its output going to `log`.
///
/// Paths are relative to the workspace because Debian's launcher passes its arguments on
/// unquoted (`$*`) and the JVM splits `JAVA_TOOL_OPTIONS` on spaces: a temp dir with a space
/// in it must not break the run. Java takes `user.home` from the password database, not from
/// `$HOME`, so both point into the workspace: nothing is read from or written to the user's
/// own OmegaT configuration.
pub(crate) fn console_translate(ws: &Workspace, project: &str, log: &Path) -> Result<(), String> {
    let home = format!("{project}-home");
    std::fs::create_dir_all(ws.path().join(&home)).expect("mkdir home");
    let out = File::create(log).expect("create log");
    let mut child = Command::new("omegat")
        .current_dir(ws.path())
        .arg(project)
        .arg("--mode=console-translate")
        .arg(format!("--config-dir={home}/config"))
        .args(["--no-team", "--disable-project-locking"])
        .env("HOME", ws.path().join(&home))
        // Headless, so that nothing reaches for a display; UTF-8 whatever the CI locale.
        .env(
            "JAVA_TOOL_OPTIONS",
            format!("-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.home={home}"),
        )
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("dup log"))
        .stderr(out)
        .spawn()
        .map_err(|e| format!("cannot run omegat: {e}"))?;
    match wait_or_kill(&mut child, OMEGAT_TIMEOUT) {
        Some(status) if status.success() => Ok(()),
        Some(status) => Err(format!("omegat exited with {status}")),
        None => Err(format!("omegat still ran after {OMEGAT_TIMEOUT:?}; killed")),
    }
}

/// The child's exit status, or `None` after killing it when it outlives `limit`.
fn wait_or_kill(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for omegat") {
            return Some(status);
        }
        if start.elapsed() > limit {
            // The launcher execs java, so this is the JVM itself.
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn omegat_fills_every_segment_from_the_tmx_in_tm_auto() {
    if !tools::omegat() {
        return;
    }
    let ws = Workspace::new();
    let sample = Workspace::sample(&format!("{DOC}.txt"));
    let mut problems = Vec::new();
    for (lang, tokenizer, key, to) in TARGETS {
        // The pseudo provider (the offline default) writes `[en] <source>`: text that exists
        // nowhere but in our TMX.
        let out = format!("out-{key}");
        ws.run(
            &[
                "translate",
                sample.to_str().unwrap(),
                "--to",
                to,
                "--format",
                "jsonl,tmx",
                "--out",
                &out,
            ],
            &[],
        )
        .assert_code(0);
        let recs = ws.jsonl(&format!("{out}/{DOC}.jsonl"));
        let sources: Vec<&str> = recs
            .iter()
            .map(|r| r["source"]["text"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = recs
            .iter()
            .map(|r| r["targets"][key]["text"].as_str().unwrap())
            .collect();
        for (s, t) in sources.iter().zip(&expected) {
            // OmegaT's text filter makes a segment of each line and skips blank ones: a
            // segment with a line break in it would become two and match nothing.
            assert!(!s.contains('\n') && !s.trim().is_empty(), "{s:?}");
            // OmegaT writes an untranslated segment as its source: a translation equal to
            // its source would prove nothing.
            assert_ne!(
                s, t,
                "vi→{lang}: the translation must differ from the source"
            );
        }

        let project = format!("omegat-{lang}");
        let dir = ws.path().join(&project);
        create_project(&dir, lang, tokenizer, &(sources.join("\n\n") + "\n"));
        std::fs::copy(
            ws.path().join(format!("{out}/{DOC}.tmx")),
            dir.join(format!("tm/auto/{DOC}.tmx")),
        )
        .expect("copy the TMX");
        let log = ws.path().join(format!("{project}.log"));
        let ran = console_translate(&ws, &project, &log);
        let log_text = std::fs::read_to_string(&log).unwrap_or_default();
        if let Err(e) = ran {
            panic!("vi→{lang}: {e}\n--- OmegaT's output\n{log_text}");
        }

        let written = ws.read(&format!("{project}/target/article.txt"));
        let got: Vec<&str> = written.lines().filter(|l| !l.is_empty()).collect();
        let matched = got.iter().zip(&expected).filter(|(g, e)| g == e).count();
        eprintln!(
            "OmegaT vi→{lang}: {matched}/{} segments filled from the TMX",
            expected.len()
        );
        if got.len() != expected.len() || matched != expected.len() {
            let first_miss = got
                .iter()
                .zip(&expected)
                .find(|(g, e)| g != e)
                .map(|(g, e)| format!("first difference: wrote {g:?}, TMX has {e:?}"))
                .unwrap_or_default();
            problems.push(format!(
                "vi→{lang}: {matched}/{} segments from the TMX, {} written; {first_miss}\n\
                 --- OmegaT's output\n{log_text}",
                expected.len(),
                got.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
