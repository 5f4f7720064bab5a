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
    let err = |source| WriteError {
        path: path.display().to_string(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = tempfile::NamedTempFile::new_in(scratch.unwrap_or(dir)).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_data().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
