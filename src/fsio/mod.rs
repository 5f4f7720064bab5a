//! File I/O that every stage shares and none owns: atomic writes and per-process scratch
//! folders. A leaf: it uses no other module of the crate.

pub mod scratch;

pub use scratch::Scratch;

use std::io::Write;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
#[error(
    "{path}: cannot write: {source} (check that the output folder is writable, or pass --out DIR)"
)]
pub struct WriteError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// reader never sees half a file and a killed run leaves the old file intact.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_via(path, bytes, None)
}

/// [`write_atomic`] with the temporary file in a scratch folder on the same file system
/// (see [`scratch`]), so that a process killed mid-write leaves nothing beside the
/// outputs.
pub fn write_atomic_via(
    path: &Path,
    bytes: &[u8],
    scratch: Option<&Path>,
) -> Result<(), WriteError> {
    write_atomic_with(path, scratch, |out| out.write_all(bytes))
}

/// [`write_atomic_via`] of what `write` writes, through a buffer: a file too large to be held
/// is written as it is made.
pub fn write_atomic_with(
    path: &Path,
    scratch: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let err = |source| WriteError {
        path: path.display().to_string(),
        source,
    };
    let tmp = match scratch {
        Some(scratch) => {
            std::fs::create_dir_all(folder_of(path)).map_err(err)?;
            temp_file_in(scratch).map_err(err)?
        }
        None => temp_file_beside(path).map_err(err)?,
    };
    let mut out = std::io::BufWriter::new(tmp);
    write(&mut out).map_err(err)?;
    let tmp = out.into_inner().map_err(|e| err(e.into_error()))?;
    persist(tmp, path).map_err(err)
}

/// The folder a file goes in: its parent, or `.` for a bare name.
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A temporary file in the folder `path` will be in (made if missing), to be written in
/// steps and then put in place with [`persist`].
pub fn temp_file_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir)?;
    temp_file_in(dir)
}

/// Puts a finished temporary file (one of [`temp_file_in`]) in place as `path`: its data on
/// disk first, then the rename, so that a reader or a crash sees the old file or the whole
/// new one. Every file written in steps ends here.
pub fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    tmp.as_file().sync_data()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A temporary file in `dir` that is renamed into place once written. tempfile creates its
/// files 0600; a file that becomes an output or a cache entry is created 0666 instead, which
/// the process's umask narrows as for any file the user creates (0644 under the usual 022),
/// so that a team sharing outputs or a cache can read them.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn written_files_take_the_umask_not_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomic(&path, b"x").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        // What a plain create gives under this process's umask, whatever it is.
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, b"x").unwrap();
        let expected = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, expected, "{mode:o} vs {expected:o}");
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x/y.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }
}
