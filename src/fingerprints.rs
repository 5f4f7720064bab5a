//! A set of 64-bit fingerprints, each with a one-byte mark, whose memory does not grow with
//! what it holds: at most [`MEMORY_LIMIT`] of them are kept in memory, and past that they move
//! into a private temporary SQLite database (SQLite's own: a file in the temporary folder,
//! removed when the set is dropped), whose page cache is bounded too. What a run has received,
//! what a `--refresh` run has bought and what an estimate has counted are sets of this kind,
//! one entry per distinct request: in memory they grew with the document (a 200 MB text, about
//! 700,000 requests, held 18 MB).
//!
//! It is exact: what was inserted is found, on disk or in memory. If the database cannot be
//! made (no temporary folder to write), the set warns once and stays in memory.

use std::collections::HashMap;

/// How many fingerprints are kept in memory before they move to disk: a hash table of about
/// 600 KiB at its largest (a document of about 1.5 MB of text into two targets fills it).
pub const MEMORY_LIMIT: usize = 1 << 14;

/// SQLite's page cache for the spilled fingerprints, in KiB (a negative `cache_size`).
const DISK_CACHE_KIB: i64 = 1024;

/// The set; see the module's documentation.
pub struct Fingerprints {
    memory: HashMap<u64, u8>,
    limit: usize,
    disk: Disk,
}

enum Disk {
    /// Everything is in memory.
    Unused,
    Spilled(rusqlite::Connection),
    /// The database could not be made or written: everything stays in memory.
    Unavailable,
}

impl Default for Fingerprints {
    fn default() -> Self {
        Fingerprints::with_limit(MEMORY_LIMIT)
    }
}

impl std::fmt::Debug for Fingerprints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fingerprints")
            .field("in_memory", &self.memory.len())
            .field("spilled", &matches!(self.disk, Disk::Spilled(_)))
            .finish()
    }
}

impl Fingerprints {
    /// A set that keeps at most `limit` fingerprints in memory (at least one).
    pub fn with_limit(limit: usize) -> Self {
        Fingerprints {
            memory: HashMap::new(),
            limit: limit.max(1),
            disk: Disk::Unused,
        }
    }

    /// How many fingerprints are held in memory now: never more than the limit, unless the
    /// disk could not be used.
    pub fn in_memory(&self) -> usize {
        self.memory.len()
    }

    /// The mark of each fingerprint, `None` for those not in the set.
    pub fn get_many(&self, fingerprints: &[u64]) -> Vec<Option<u8>> {
        let mut marks: Vec<Option<u8>> = fingerprints
            .iter()
            .map(|fp| self.memory.get(fp).copied())
            .collect();
        if let Disk::Spilled(conn) = &self.disk {
            let mut missed: Vec<usize> = (0..marks.len()).filter(|&i| marks[i].is_none()).collect();
            // In the table's order: each page is read once for all the keys on it.
            missed.sort_unstable_by_key(|&i| as_key(fingerprints[i]));
            if !missed.is_empty() {
                match on_disk(conn, missed.iter().map(|&i| fingerprints[i])) {
                    Ok(found) => {
                        for (i, mark) in missed.into_iter().zip(found) {
                            marks[i] = mark;
                        }
                    }
                    // Rows written are read back: this is a damaged temporary file, which
                    // only makes a later part's repeat look like an earlier run's.
                    Err(e) => tracing::warn!("the run's record of what it received: {e}"),
                }
            }
        }
        marks
    }

    /// Adds each fingerprint with its mark, unless it is in the set already (then it keeps its
    /// first mark); returns, for each, whether it was new.
    pub fn insert_many(&mut self, items: &[(u64, u8)]) -> Vec<bool> {
        let fingerprints: Vec<u64> = items.iter().map(|&(fp, _)| fp).collect();
        let known = self.get_many(&fingerprints);
        let mut new = Vec::with_capacity(items.len());
        for (&(fp, mark), known) in items.iter().zip(known) {
            // A fingerprint twice in `items` is new the first time only.
            let fresh = known.is_none() && !self.memory.contains_key(&fp);
            if fresh {
                self.memory.insert(fp, mark);
            }
            new.push(fresh);
        }
        if self.memory.len() > self.limit {
            self.spill();
        }
        new
    }

    /// Adds each fingerprint with its mark without looking whether it is in the set already
    /// (which, past the memory's bound, is a read of the disk): for fingerprints known to be
    /// new, or whose mark is the same whenever they come again. One added again while the
    /// first is on disk keeps the first mark there, and the second until it moves there too.
    pub fn add_many(&mut self, items: &[(u64, u8)]) {
        for &(fp, mark) in items {
            self.memory.entry(fp).or_insert(mark);
        }
        if self.memory.len() > self.limit {
            self.spill();
        }
    }

    /// Moves what memory holds into the database (made on the first spill).
    fn spill(&mut self) {
        if matches!(self.disk, Disk::Unused) {
            self.disk = match open_disk() {
                Ok(conn) => Disk::Spilled(conn),
                Err(e) => {
                    tracing::warn!(
                        "cannot keep the run's record of what it received on disk ({e}): it \
                         stays in memory, which then grows with the documents"
                    );
                    Disk::Unavailable
                }
            };
        }
        let Disk::Spilled(conn) = &self.disk else {
            return;
        };
        match write_disk(conn, &self.memory) {
            // The table's room is kept for what comes next: memory stays at its largest.
            Ok(()) => self.memory.clear(),
            Err(e) => {
                tracing::warn!(
                    "cannot keep the run's record of what it received on disk ({e}): it stays \
                     in memory, which then grows with the documents"
                );
                // Everything the database holds comes back into memory, so that nothing
                // inserted is lost.
                let Disk::Spilled(conn) = std::mem::replace(&mut self.disk, Disk::Unavailable)
                else {
                    return;
                };
                if let Err(e) = write_back(&conn, &mut self.memory) {
                    tracing::warn!("the run's record of what it received: {e}");
                }
            }
        }
    }
}

/// SQLite keeps integers signed: the fingerprint's bits as one.
fn as_key(fp: u64) -> i64 {
    i64::from_ne_bytes(fp.to_ne_bytes())
}

fn open_disk() -> rusqlite::Result<rusqlite::Connection> {
    // An empty name is a private, temporary database on disk, removed when it is closed.
    let conn = rusqlite::Connection::open("")?;
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; \
         PRAGMA cache_size = -{DISK_CACHE_KIB}; \
         CREATE TABLE seen (fp INTEGER PRIMARY KEY, mark INTEGER NOT NULL);"
    ))?;
    Ok(conn)
}

fn write_disk(conn: &rusqlite::Connection, memory: &HashMap<u64, u8>) -> rusqlite::Result<()> {
    // In the table's order: neighbours share a page, written once.
    let mut rows: Vec<(i64, u8)> = memory.iter().map(|(&fp, &m)| (as_key(fp), m)).collect();
    rows.sort_unstable();
    let tx = conn.unchecked_transaction()?;
    {
        let mut insert =
            tx.prepare_cached("INSERT OR IGNORE INTO seen (fp, mark) VALUES (?1, ?2)")?;
        for row in rows {
            insert.execute(row)?;
        }
    }
    tx.commit()
}

/// After a failed write: what the database has (the rows of earlier spills) is copied into
/// memory, so that nothing inserted is lost.
fn write_back(conn: &rusqlite::Connection, memory: &mut HashMap<u64, u8>) -> rusqlite::Result<()> {
    let mut all = conn.prepare("SELECT fp, mark FROM seen")?;
    let rows = all.query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, u8>(1)?)))?;
    for row in rows {
        let (fp, mark) = row?;
        memory
            .entry(u64::from_ne_bytes(fp.to_ne_bytes()))
            .or_insert(mark);
    }
    Ok(())
}

fn on_disk(
    conn: &rusqlite::Connection,
    fingerprints: impl Iterator<Item = u64>,
) -> rusqlite::Result<Vec<Option<u8>>> {
    use rusqlite::OptionalExtension;
    // One read transaction for all of them.
    let tx = conn.unchecked_transaction()?;
    let mut found = Vec::new();
    {
        let mut select = tx.prepare_cached("SELECT mark FROM seen WHERE fp = ?1")?;
        for fp in fingerprints {
            found.push(
                select
                    .query_row([as_key(fp)], |row| row.get::<_, u8>(0))
                    .optional()?,
            );
        }
    }
    tx.commit()?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_inserted_is_found_with_its_first_mark_after_it_moved_to_disk() {
        let mut set = Fingerprints::with_limit(100);
        let mut largest = 0;
        // Fingerprints spread over the whole range, the sign bit included.
        let fp = |i: u64| i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for chunk in 0..50u64 {
            let items: Vec<(u64, u8)> = (chunk * 40..chunk * 40 + 40)
                .map(|i| (fp(i), (i % 7) as u8))
                .collect();
            assert!(set.insert_many(&items).iter().all(|&new| new), "{chunk}");
            largest = largest.max(set.in_memory());
        }
        assert!(largest <= 100, "held {largest} in memory");
        assert!(matches!(set.disk, Disk::Spilled(_)));
        // Again, with other marks: none is new, and each keeps its first mark.
        let again: Vec<(u64, u8)> = (0..2000).map(|i| (fp(i), 99)).collect();
        assert!(set.insert_many(&again).iter().all(|&new| !new));
        let asked: Vec<u64> = (0..2100).map(fp).collect();
        let marks = set.get_many(&asked);
        for (i, mark) in marks.iter().enumerate() {
            let expected = (i < 2000).then_some((i % 7) as u8);
            assert_eq!(*mark, expected, "fingerprint {i}");
        }
    }

    #[test]
    fn what_was_added_unchecked_is_found_after_it_moved_to_disk() {
        let mut set = Fingerprints::with_limit(10);
        for chunk in 0..20u64 {
            let items: Vec<(u64, u8)> = (chunk * 7..chunk * 7 + 7).map(|i| (i << 40, 3)).collect();
            set.add_many(&items);
            assert!(set.in_memory() <= 10);
        }
        let asked: Vec<u64> = (0..150u64).map(|i| i << 40).collect();
        let marks = set.get_many(&asked);
        assert!(marks[..140].iter().all(|&m| m == Some(3)));
        assert!(marks[140..].iter().all(Option::is_none));
        // Checked inserts see them, on disk or not.
        assert!(set
            .insert_many(&[(0, 1), (139 << 40, 1)])
            .iter()
            .all(|&new| !new));
    }

    #[test]
    fn a_fingerprint_twice_in_one_insert_is_new_once() {
        let mut set = Fingerprints::with_limit(1);
        assert_eq!(
            set.insert_many(&[(7, 1), (7, 2), (8, 3)]),
            [true, false, true]
        );
        assert_eq!(set.get_many(&[7, 8, 9]), [Some(1), Some(3), None]);
        assert_eq!(set.in_memory(), 0, "both moved to disk");
    }
}
