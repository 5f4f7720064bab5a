//! A throwaway bitext workspace and a driver for the real `bitext` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary folder used as the current directory of bitext runs.
pub struct Workspace {
    dir: tempfile::TempDir,
}

/// A `bitext.toml` for a test workspace: the `[run]` table's settings, then provider profiles
/// (or any other tables), and the folders the run expects. Built into a [`Workspace`].
#[derive(Default)]
pub struct Config {
    run: Vec<(String, toml::Value)>,
    tables: String,
    no_glossary: bool,
}

impl Config {
    /// A configuration without settings: bitext's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Into every language with fast retries, as tests against a fake run.
    pub fn fast() -> Self {
        Self::new()
            .run("to", vec!["vi", "en", "zh"])
            .run("retry_base_ms", 1)
            .run("retry_max_ms", 20)
            .run("max_retries", 8)
    }

    /// A `[run]` setting; a later one replaces an earlier one of the same key.
    pub fn run(mut self, key: &str, value: impl Into<toml::Value>) -> Self {
        let value = value.into();
        match self.run.iter_mut().find(|(k, _)| k == key) {
            Some(setting) => setting.1 = value,
            None => self.run.push((key.to_owned(), value)),
        }
        self
    }

    /// The project's own glossary for `[run] glossary`.
    pub fn project_glossary(self) -> Self {
        let glossary = Workspace::project_glossary().display().to_string();
        self.run("glossary", glossary)
    }

    /// A `[providers.<profile>]` table pointing at `endpoint`; `extra` is more lines for it.
    pub fn provider(self, profile: &str, endpoint: &str, extra: &str) -> Self {
        self.toml(&format!(
            "[providers.{profile}]\nendpoint = \"{endpoint}\"\n{extra}\n"
        ))
    }

    /// An OpenAI-compatible profile `llm` at `endpoint`, its key in `LLM_KEY`.
    pub fn llm(self, endpoint: &str, extra: &str) -> Self {
        let extra = format!("kind = \"openai\"\napi_key_env = \"LLM_KEY\"\n{extra}");
        self.provider("llm", endpoint, &extra)
    }

    /// More tables, as TOML text.
    pub fn toml(mut self, text: &str) -> Self {
        self.tables.push_str(text);
        self
    }

    /// Also an empty `no-glossary/` folder, for runs given `--glossary no-glossary` (transport
    /// tests run without terms, so that glossary retries do not change the counts).
    pub fn no_glossary(mut self) -> Self {
        self.no_glossary = true;
        self
    }

    /// Where `profile` points at a fake server at `endpoint`, as tests against a fake use
    /// it: every language, fast retries, a 5-second timeout, and `no-glossary/`; `extra` is
    /// more lines for the profile's table.
    pub fn fake(profile: &str, endpoint: &str, extra: &str) -> Self {
        let extra = format!("timeout_secs = 5\n{extra}");
        Self::fast()
            .provider(profile, endpoint, &extra)
            .no_glossary()
    }

    /// The `bitext.toml` text.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if !self.run.is_empty() {
            text.push_str("[run]\n");
            for (key, value) in &self.run {
                text.push_str(&format!("{key} = {value}\n"));
            }
        }
        text.push_str(&self.tables);
        text
    }

    /// A new workspace with this configuration.
    pub fn build(&self) -> Workspace {
        let ws = Workspace::new();
        ws.write("bitext.toml", self.render());
        if self.no_glossary {
            std::fs::create_dir_all(ws.path().join("no-glossary")).expect("mkdir no-glossary");
        }
        ws
    }
}

/// Every bundled article of samples/, as command-line arguments.
pub fn samples() -> Vec<String> {
    Workspace::all_samples()
        .iter()
        .map(|p| p.display().to_string())
        .collect()
}

/// What a run of the binary left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Workspace {
    pub fn new() -> Self {
        Workspace {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// [`Config::fake`] with the project's glossary: a workspace whose `profile` points at a
    /// fake server.
    pub fn with_provider(profile: &str, endpoint: &str, extra: &str) -> Self {
        Config::fake(profile, endpoint, extra)
            .project_glossary()
            .build()
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, content).expect("write");
        path
    }

    /// A bundled article from samples/.
    pub fn sample(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name)
    }

    pub fn all_samples() -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"))
                .expect("samples/")
                .map(|e| e.expect("entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
        files.sort();
        files
    }

    /// The project's own glossary folder.
    pub fn project_glossary() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary")
    }

    /// A command for the binary, run in the workspace, with no provider keys inherited.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_bitext"));
        cmd.current_dir(self.dir.path())
            .env_remove("DEEPL_API_KEY")
            .env_remove("OPENAI_API_KEY")
            .env_remove("GOOGLE_API_KEY")
            .env_remove("GOOGLE_ACCESS_TOKEN")
            .env_remove("MICROSOFT_TRANSLATOR_KEY")
            .env_remove("LIBRETRANSLATE_API_KEY")
            .env_remove("BITEXT_LOG")
            .stdin(Stdio::null());
        cmd
    }

    pub fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = self.command();
        cmd.args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        finish(cmd.output().expect("run bitext"))
    }

    /// Runs with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        use std::io::Write;
        let mut cmd = self.command();
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn bitext");
        let written = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
        // A run that fails on its arguments exits without reading its input: not our error.
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
        finish(child.wait_with_output().expect("wait bitext"))
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn json(&self, rel: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn jsonl(&self, rel: &str) -> Vec<serde_json::Value> {
        self.read(rel)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{rel}: {e}: {l}")))
            .collect()
    }

    /// The JSONL records of a run over `files`, in order (`out/<stem>.jsonl` of each).
    pub fn records_of(&self, files: &[impl AsRef<Path>]) -> Vec<serde_json::Value> {
        files
            .iter()
            .flat_map(|p| {
                let stem = p.as_ref().file_stem().expect("a file name");
                self.jsonl(&format!("out/{}.jsonl", stem.to_string_lossy()))
            })
            .collect()
    }

    /// The JSONL records of a run over every bundled article.
    pub fn records(&self) -> Vec<serde_json::Value> {
        self.records_of(&Self::all_samples())
    }

    /// Every file below the workspace, with its bytes.
    pub fn all_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for entry in std::fs::read_dir(dir).expect("read_dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    let bytes = std::fs::read(&path).expect("read");
                    out.push((path, bytes));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Run {
    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code {} (wanted {code})\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}
