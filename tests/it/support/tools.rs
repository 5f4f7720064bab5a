//! External programs some tests use as real peers (xmllint, translate-toolkit, OmegaT,
//! Chromium).
//!
//! On a developer machine a missing tool skips the check with a note; in CI
//! (`BITEXT_REQUIRE_TOOLS=1`, set by `.ci/run`, which installs them) it fails the test, so a
//! check can never be skipped unnoticed.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether `program --version` (or the given probe arguments) runs; panics in CI when not.
pub fn available(program: &str, probe: &[&str], install_hint: &str) -> bool {
    let ok = Command::new(program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        missing(&format!("{program} ({install_hint})"));
    }
    ok
}

/// Reports a missing tool: a failure in CI, a skipped check elsewhere.
pub fn missing(what: &str) {
    if std::env::var_os("BITEXT_REQUIRE_TOOLS").is_some() {
        panic!("{what} is required in CI (BITEXT_REQUIRE_TOOLS is set) but is missing");
    }
    eprintln!("skipped a check: {what} is missing");
}

/// xmllint, for schema validation.
pub fn xmllint() -> bool {
    available("xmllint", &["--version"], "apt-get install libxml2-utils")
}

/// translate-toolkit's TMX reader, run through python3.
pub fn translate_toolkit() -> bool {
    available(
        "python3",
        &["-c", "import translate.storage.tmx"],
        "pip install translate-toolkit==3.20.4",
    )
}

/// Debian's OmegaT launcher. `--help` is the probe because it prints the usage and exits
/// without touching the user's configuration; an unknown option would start the GUI instead.
pub fn omegat() -> bool {
    available("omegat", &["--help"], "apt-get install omegat")
}

/// A file of ../shared/reference/schemas, the official schemas beside the repository.
pub fn schema(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/schemas")
        .join(name);
    if path.is_file() {
        Some(path)
    } else {
        missing(&format!("the schema {}", path.display()));
        None
    }
}

/// Validates `file` with xmllint and the given extra arguments (`--schema X`, `--relaxng X`,
/// `--dtdvalid X`); returns xmllint's complaint when it rejects the file.
pub fn xmllint_validate(args: &[&std::ffi::OsStr], file: &Path) -> Result<(), String> {
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet"])
        .args(args)
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run xmllint: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}
