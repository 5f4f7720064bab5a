//! Scratch folders for files being written: one per process, locked while the process lives,
//! so that the next process removes what a killed one left without touching a live one's.
//!
//! Files are written in the scratch folder and renamed into place (same file system), so a
//! process killed at any moment leaves its half-written files here, never beside the outputs
//! or cache entries, and a later [`Scratch::sweep`] clears them.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

/// A folder of this process's own under a parent, removed when dropped.
#[derive(Debug)]
pub struct Scratch {
    dir: PathBuf,
    lock_path: PathBuf,
    /// Held for the life of the scratch: its lock tells sweepers the owner is alive.
    _lock: File,
}

impl Scratch {
    /// Creates `parent/run-XXXX/` with its lock file `parent/run-XXXX.lock`, locked.
    pub fn create(parent: &Path) -> std::io::Result<Scratch> {
        std::fs::create_dir_all(parent)?;
        // A sweeper can take a lock file in the instant between its creation and our lock;
        // a few tries are plenty.
        for _ in 0..8 {
            let (lock, lock_path) = tempfile::Builder::new()
                .prefix("run-")
                .suffix(".lock")
                .tempfile_in(parent)?
                .keep()
                .map_err(|e| e.error)?;
            match lock.try_lock() {
                Ok(()) => {}
                // A file system without locks: the scratch works, sweepers only see it as
                // abandoned, which [`Scratch::sweep`] guards against by age.
                Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {}
                Err(TryLockError::Error(e)) => return Err(e),
                Err(TryLockError::WouldBlock) => continue,
            }
            // A sweeper may have taken the lock file between its creation and our lock.
            if !lock_path.exists() {
                continue;
            }
            let dir = lock_path.with_extension("");
            std::fs::create_dir_all(&dir)?;
            return Ok(Scratch {
                dir,
                lock_path,
                _lock: lock,
            });
        }
        Err(std::io::Error::other(format!(
            "{}: cannot lock a scratch folder of its own (another process keeps taking them)",
            parent.display()
        )))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Removes the scratch folders under `parent` whose process is gone, after handing each
    /// to `salvage`, which rescues what it holds and says whether the folder may go; returns
    /// how many it removed. Folders of live processes are left alone.
    pub fn sweep(parent: &Path, mut salvage: impl FnMut(&Path) -> bool) -> std::io::Result<usize> {
        let entries = match std::fs::read_dir(parent) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let mut removed = 0;
        for entry in entries {
            let lock_path = entry?.path();
            if lock_path.extension().is_none_or(|x| x != "lock") {
                continue;
            }
            let Ok(lock) = File::open(&lock_path) else {
                continue;
            };
            match lock.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => continue,
                // Without locks, only a folder untouched for a day counts as abandoned.
                Err(TryLockError::Error(_)) => {
                    let old = std::fs::metadata(&lock_path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age.as_secs() > 86_400);
                    if !old {
                        continue;
                    }
                }
            }
            let dir = lock_path.with_extension("");
            if dir.is_dir() {
                if !salvage(&dir) {
                    continue;
                }
                std::fs::remove_dir_all(&dir)?;
            }
            std::fs::remove_file(&lock_path)?;
            removed += 1;
        }
        Ok(removed)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_removes_dead_scratch_folders_and_leaves_live_ones() {
        let parent = tempfile::tempdir().unwrap();
        let live = Scratch::create(parent.path()).unwrap();
        std::fs::write(live.dir().join("half"), "x").unwrap();

        // What a killed process leaves: its folder and a lock file nobody holds.
        std::fs::create_dir(parent.path().join("run-dead")).unwrap();
        std::fs::write(parent.path().join("run-dead/journal"), "kept").unwrap();
        std::fs::write(parent.path().join("run-dead.lock"), "").unwrap();

        let mut salvaged = Vec::new();
        let removed = Scratch::sweep(parent.path(), |dir| {
            salvaged.push(std::fs::read_to_string(dir.join("journal")).unwrap());
            true
        })
        .unwrap();
        assert_eq!(removed, 1);
        assert_eq!(salvaged, ["kept"]);
        assert!(!parent.path().join("run-dead").exists());
        assert!(!parent.path().join("run-dead.lock").exists());
        assert!(
            live.dir().join("half").exists(),
            "a live scratch is left alone"
        );

        let live_dir = live.dir().to_path_buf();
        drop(live);
        assert!(!live_dir.exists(), "a scratch is removed with its owner");
        assert_eq!(std::fs::read_dir(parent.path()).unwrap().count(), 0);
    }
}
