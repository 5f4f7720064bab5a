//! A throwaway bitext workspace and a driver for the real `bitext` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary folder used as the current directory of bitext runs.
pub struct Workspace {
    dir: tempfile::TempDir,
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
