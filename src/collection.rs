//! Which documents a batch reads: folders walked, glob patterns expanded and listed paths read
//! as a stream, so that no collection, however large, is ever held in memory as a whole.
//!
//! A document's name (its place under the output folder) depends on its path and on the
//! files beside it, never on the order of the arguments or on the rest of the collection: the
//! same file gets the same name in every run, on every shard, and two documents never share
//! one. With a single folder as input, names are relative to it; otherwise they are the paths
//! as given. A name is the path without its extension, unless another text file beside it has
//! the same stem (`a.txt` and `a.md`: then both keep theirs) or the stem itself ends in a text
//! extension (`a.md.txt` keeps its whole name, which `a.md` alone could not have).
//!
//! Names keep only a path's plain parts, so two different files can still meet on one
//! (`in/a.txt` and `in/../a.txt`): [`Collection::count`] refuses them, naming both, before
//! any work. One file reached by several spellings (`a.txt`, `./a.txt`, `d/../a.txt`, a link to
//! it) is not a collision: [`identity`] tells it, and a batch does it once.
//!
//! A walked folder's symbolic links are resolved one by one: a link to a file inside it is a
//! document, a link to a folder inside it is left to the walk of that folder, and a link that
//! is broken, loops, or leads outside (unless links are followed) is a document that fails;
//! so is an entry the walk cannot read. None of them stops the walk.

use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Seek, Write};
use std::path::{Component, Path, PathBuf};

/// Extensions read when a folder is walked.
pub const EXTENSIONS: [&str; 6] = ["txt", "md", "markdown", "html", "htm", "xhtml"];

/// One document of a collection: where it is, and its name under the output folder.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    pub path: PathBuf,
    /// Relative, `/`-separated, never leaving the output folder.
    pub name: String,
    /// Why it cannot be read, found while walking (a broken or looping symbolic link, a link
    /// out of the folder not followed, a folder that cannot be listed): a document that
    /// fails, so that one bad entry does not stop the others.
    pub problem: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum CollectionError {
    #[error("{0}: no such file or folder (check the path, or quote a glob pattern)")]
    Missing(String),
    #[error("{pattern}: not a valid glob pattern: {message}")]
    Pattern { pattern: String, message: String },
    #[error("--shard {0}: write K/N with 1 ≤ K ≤ N, for example --shard 2/4")]
    Shard(String),
    #[error("standard input: {0} (give one path per line)")]
    List(std::io::Error),
    #[error(
        "{first} and {second} would both be written as {name}.*: rename one of them, or give \
         them in separate runs with their own --out"
    )]
    Collision {
        name: String,
        first: String,
        second: String,
    },
}

/// What a file is, however it was spelt (`a.txt`, `./a.txt`, `d/../a.txt`, a link to it): a
/// digest of the path the file system resolves it to, 16 bytes so that remembering every
/// document of a run stays small. `None` when it cannot be resolved.
pub fn identity(path: &Path) -> Option<[u8; 16]> {
    let resolved = std::fs::canonicalize(path).ok()?;
    let digest = Sha256::digest(resolved.as_os_str().as_encoded_bytes());
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    Some(id)
}

/// A stable share of the documents: `K/N` takes those whose name hashes to K-1 modulo N.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl std::str::FromStr for Shard {
    type Err = CollectionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || CollectionError::Shard(s.to_string());
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (u64, u64) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if n == 0 || k == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard {
            index: k - 1,
            count: n,
        })
    }
}

impl Shard {
    /// Whether this shard takes the document: the same answer on every machine and run.
    pub fn takes(&self, name: &str) -> bool {
        let digest = Sha256::digest(name.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(first) % self.count == self.index
    }
}

/// The output name of a path: its normal components only, `/`-separated, without its
/// extension unless `keep_extension`, so that no input (`../x`, `/etc/x`, `C:\x`) can write
/// outside the output folder.
pub fn safe_name(relative: &Path, keep_extension: bool) -> Option<String> {
    let mut parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .filter(|p| !p.is_empty() && p != "." && p != "..")
        .collect();
    let last = parts.pop()?;
    let stem = match last.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() && !keep_extension => stem.to_string(),
        _ => last,
    };
    parts.push(stem);
    Some(parts.join("/"))
}

/// The text extension a file name ends in, if any, in lower case.
fn text_extension(name: &std::ffi::OsStr) -> Option<&'static str> {
    let extension = Path::new(name).extension()?.to_str()?;
    EXTENSIONS
        .into_iter()
        .find(|e| e.eq_ignore_ascii_case(extension))
}

/// Whether the name of the file at `path` keeps its extension: when a namesake has the same
/// stem, or when the stem would read as a file name of its own. Names with and without
/// extensions therefore never meet.
fn keeps_extension(path: &Path, has_namesake: bool) -> bool {
    has_namesake || path.file_stem().and_then(text_extension).is_some()
}

/// Where documents come from, in the order given.
enum Source {
    Folder(PathBuf),
    File(PathBuf),
    Pattern(String),
    /// The paths listed on standard input, kept in an anonymous temporary file so that the
    /// list can be read twice (once to count, once to work) without being held in memory.
    List,
}

impl Source {
    /// What a path or pattern names, if anything: given on the command line or listed.
    fn of(arg: &str) -> Option<Source> {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            Some(Source::Folder(path))
        } else if path.is_file() {
            Some(Source::File(path))
        } else if arg.contains(['*', '?', '[']) {
            Some(Source::Pattern(arg.to_string()))
        } else {
            None
        }
    }
}

/// The documents of a run: read lazily, as many times as needed, always in the same order.
pub struct Collection {
    sources: Vec<Source>,
    /// The only source, when it is a folder: names are relative to it.
    base: Option<PathBuf>,
    list: Option<std::fs::File>,
    shard: Option<Shard>,
    follow_symlinks: bool,
}

impl Collection {
    /// The documents named by folders (walked recursively, by extension), files and glob
    /// patterns, plus the paths listed on `list` when an argument is `-`. Arguments that
    /// name nothing are refused here, before any work; a listed path that is missing is a
    /// document that fails, so that one stale line does not stop a nightly run.
    pub fn new(
        args: &[String],
        list: Option<&mut dyn BufRead>,
        shard: Option<Shard>,
    ) -> Result<Self, CollectionError> {
        let mut list = list;
        let mut sources = Vec::new();
        let mut spooled = None;
        for arg in args {
            if arg == "-" {
                if spooled.is_none() {
                    spooled = Some(spool(list.take())?);
                }
                sources.push(Source::List);
                continue;
            }
            let source = match Source::of(arg) {
                Some(Source::Pattern(pattern)) => {
                    glob::Pattern::new(&pattern).map_err(|e| CollectionError::Pattern {
                        pattern: arg.clone(),
                        message: e.to_string(),
                    })?;
                    Source::Pattern(pattern)
                }
                Some(source) => source,
                None => return Err(CollectionError::Missing(arg.clone())),
            };
            sources.push(source);
        }
        let base = match sources.as_slice() {
            [Source::Folder(folder)] => Some(folder.clone()),
            _ => None,
        };
        Ok(Collection {
            sources,
            base,
            list: spooled,
            shard,
            follow_symlinks: false,
        })
    }

    /// Whether a walked folder's symbolic links that lead out of it are followed. Links
    /// inside it are either way: a link to a file is a document named by the link, a link to
    /// a folder is left out, its files being walked under their own names.
    pub fn follow_symlinks(mut self, follow: bool) -> Self {
        self.follow_symlinks = follow;
        self
    }

    /// How many documents there are, walking the collection once, and refusing two different
    /// files that would share a name (`a.txt` and `../a.txt`, `/x/a.txt` and `x/a.txt`): the
    /// second would overwrite the first's outputs and state. A file reached twice is not a
    /// collision: a batch does it once.
    pub fn count(&self) -> Result<u64, CollectionError> {
        // The names of one folder's files are their distinct relative paths: only several
        // sources, patterns or lists can collide, and only those pay for remembering a digest
        // of each name and file.
        let may_collide = self.base.is_none();
        let mut documents = self.documents();
        // Without a shard or a possible collision the names do not matter here, and asking
        // the file system for each listed file's namesakes would double the cost of a run
        // with nothing to do.
        documents.exact_names = self.shard.is_some() || may_collide;
        let mut files: std::collections::HashMap<[u8; 16], [u8; 16]> = Default::default();
        let mut collision = None;
        let mut n = 0;
        for input in documents {
            let input = input?;
            n += 1;
            if !may_collide || input.problem.is_some() {
                continue;
            }
            let Some(file) = identity(&input.path) else {
                continue;
            };
            let mut name = [0u8; 16];
            name.copy_from_slice(&Sha256::digest(input.name.as_bytes())[..16]);
            if *files.entry(name).or_insert(file) != file {
                collision = Some(input);
                break;
            }
        }
        match collision {
            None => Ok(n),
            Some(second) => Err(self.collision(second)),
        }
    }

    /// The error for `second`, whose name an earlier document of another file took: found by
    /// reading the collection again, since only digests were kept.
    fn collision(&self, second: Input) -> CollectionError {
        let file = identity(&second.path);
        let first = self
            .documents()
            .flatten()
            .find(|d| d.name == second.name && identity(&d.path) != file)
            .map_or_else(
                || "another document".to_string(),
                |d| d.path.display().to_string(),
            );
        CollectionError::Collision {
            name: second.name,
            first,
            second: second.path.display().to_string(),
        }
    }

    /// The documents, one at a time. Listed paths are read from the start again, so two of
    /// these must not be read at once.
    pub fn documents(&self) -> Documents<'_> {
        Documents {
            collection: self,
            next_source: 0,
            walks: Vec::new(),
            ready: VecDeque::new(),
            exact_names: true,
        }
    }

    /// The name of a document found at `path` (walking from `root`, if it was walked).
    fn name(&self, path: &Path, root: Option<&Path>, has_namesake: bool) -> Option<String> {
        let relative = match (&self.base, root) {
            (Some(base), Some(root)) if base == root => path.strip_prefix(base).unwrap_or(path),
            _ => path,
        };
        safe_name(relative, keeps_extension(path, has_namesake))
    }

    fn takes(&self, name: &str) -> bool {
        self.shard.is_none_or(|s| s.takes(name))
    }
}

/// Reads the list into an anonymous file, which the system removes however the run ends.
fn spool(list: Option<&mut dyn BufRead>) -> Result<std::fs::File, CollectionError> {
    let mut file = tempfile::tempfile().map_err(CollectionError::List)?;
    if let Some(list) = list {
        let mut out = std::io::BufWriter::new(&mut file);
        for line in list.lines() {
            let line = line.map_err(CollectionError::List)?;
            let line = line.trim();
            if !line.is_empty() {
                writeln!(out, "{line}").map_err(CollectionError::List)?;
            }
        }
        out.flush().map_err(CollectionError::List)?;
    }
    Ok(file)
}

/// Whether another text file beside `path` has its stem, asked of the file system: for files
/// named one by one, whose siblings were not walked.
fn has_namesake(path: &Path) -> bool {
    let (Some(stem), Some(own)) = (path.file_stem(), path.file_name().and_then(text_extension))
    else {
        return false;
    };
    let stem = stem.to_string_lossy();
    EXTENSIONS
        .iter()
        .filter(|e| **e != own)
        .any(|e| path.with_file_name(format!("{stem}.{e}")).is_file())
}

/// A walk in progress.
enum Walk {
    /// Files first, by stem and then by name, then sub-folders by name: text files that
    /// share a stem arrive one after the other, and are named together.
    Folder {
        root: PathBuf,
        entries: walkdir::IntoIter,
        /// The text files of one folder with one stem, seen so far.
        namesakes: Vec<PathBuf>,
        /// The folder as the file system resolves it, to tell links that leave it; `None`
        /// when links are followed wherever they lead.
        inside: Option<PathBuf>,
    },
    Pattern(glob::Paths),
    List(std::io::Lines<BufReader<std::fs::File>>),
}

/// The documents of a [`Collection`], read as they are needed.
pub struct Documents<'a> {
    collection: &'a Collection,
    next_source: usize,
    walks: Vec<Walk>,
    ready: VecDeque<Input>,
    exact_names: bool,
}

impl Documents<'_> {
    fn offer(&mut self, path: PathBuf, root: Option<&Path>, ambiguous: bool) {
        if let Some(name) = self.collection.name(&path, root, ambiguous) {
            if self.collection.takes(&name) {
                self.ready.push_back(Input {
                    path,
                    name,
                    problem: None,
                });
            }
        }
    }

    /// An entry that cannot be read, named with its extension so that it never takes the name
    /// of a readable namesake.
    fn offer_problem(&mut self, path: PathBuf, root: Option<&Path>, problem: String) {
        if let Some(name) = self.collection.name(&path, root, true) {
            if self.collection.takes(&name) {
                self.ready.push_back(Input {
                    path,
                    name,
                    problem: Some(problem),
                });
            }
        }
    }

    fn offer_file(&mut self, path: PathBuf) {
        let ambiguous = self.exact_names && has_namesake(&path);
        self.offer(path, None, ambiguous);
    }

    fn offer_namesakes(&mut self, root: &Path, namesakes: Vec<PathBuf>) {
        let shared = namesakes.len() > 1;
        for path in namesakes {
            self.offer(path, Some(root), shared);
        }
    }

    fn start(&mut self, source: &Source) -> Result<(), CollectionError> {
        match source {
            Source::Folder(root) => self
                .walks
                .push(folder_walk(root.clone(), self.collection.follow_symlinks)),
            Source::File(path) => self.offer_file(path.clone()),
            Source::Pattern(pattern) => self.walks.push(pattern_walk(pattern)?),
            Source::List => {
                let file =
                    self.collection.list.as_ref().ok_or_else(|| {
                        CollectionError::List(std::io::ErrorKind::NotFound.into())
                    })?;
                let mut file = file.try_clone().map_err(CollectionError::List)?;
                file.rewind().map_err(CollectionError::List)?;
                self.walks.push(Walk::List(BufReader::new(file).lines()));
            }
        }
        Ok(())
    }

    /// Moves the innermost walk on by one entry.
    fn step(&mut self) -> Result<(), CollectionError> {
        let Some(walk) = self.walks.last_mut() else {
            return Ok(());
        };
        match walk {
            Walk::Folder {
                root,
                entries,
                namesakes,
                inside,
            } => {
                let entry = match entries.next() {
                    Some(Ok(entry)) => entry,
                    Some(Err(e)) => {
                        // One entry: the walk goes on past it.
                        let path = e.path().unwrap_or(root).to_path_buf();
                        let problem = match e.loop_ancestor() {
                            Some(ancestor) => format!(
                                "a symbolic link loop (it leads back to {})",
                                ancestor.display()
                            ),
                            None => e
                                .io_error()
                                .map_or_else(|| e.to_string(), |io| io.to_string()),
                        };
                        if e.loop_ancestor().is_some() || may_hold_documents(&path) {
                            let (root, done) = (root.clone(), std::mem::take(namesakes));
                            self.offer_namesakes(&root, done);
                            self.offer_problem(path, Some(&root), problem);
                        }
                        return Ok(());
                    }
                    None => {
                        let (root, last) = (root.clone(), std::mem::take(namesakes));
                        self.walks.pop();
                        self.offer_namesakes(&root, last);
                        return Ok(());
                    }
                };
                let is_file = if entry.path_is_symlink() && entry.file_type().is_symlink() {
                    // Not followed by the walk: resolved here, and kept only inside the folder.
                    match link_target(entry.path(), inside.as_deref()) {
                        Link::File => true,
                        Link::Folder => false,
                        Link::Problem(problem) => {
                            if may_hold_documents(entry.path()) {
                                let (root, done) = (root.clone(), std::mem::take(namesakes));
                                self.offer_namesakes(&root, done);
                                self.offer_problem(entry.into_path(), Some(&root), problem);
                            }
                            return Ok(());
                        }
                    }
                } else {
                    entry.file_type().is_file()
                };
                if !is_file || text_extension(entry.file_name()).is_none() {
                    return Ok(());
                }
                let path = entry.into_path();
                let same_stem = namesakes.last().is_some_and(|last| {
                    last.parent() == path.parent() && last.file_stem() == path.file_stem()
                });
                if same_stem {
                    namesakes.push(path);
                    return Ok(());
                }
                let done = std::mem::replace(namesakes, vec![path]);
                let root = root.clone();
                self.offer_namesakes(&root, done);
                Ok(())
            }
            Walk::Pattern(paths) => match paths.next() {
                Some(Ok(path)) => {
                    if path.is_file() {
                        self.offer_file(path);
                    } else if path.is_symlink() && may_hold_documents(&path) {
                        let problem = match std::fs::metadata(&path) {
                            Err(e) => format!("a broken symbolic link ({e})"),
                            Ok(_) => return Ok(()),
                        };
                        self.offer_problem(path, None, problem);
                    }
                    Ok(())
                }
                Some(Err(e)) => {
                    // One entry the pattern could not read: the others go on.
                    let path = e.path().to_path_buf();
                    let problem = e.error().to_string();
                    self.offer_problem(path, None, problem);
                    Ok(())
                }
                None => {
                    self.walks.pop();
                    Ok(())
                }
            },
            Walk::List(lines) => match lines.next() {
                Some(Ok(line)) => {
                    // A listed path that names nothing is a document that will fail.
                    let source = Source::of(&line).unwrap_or_else(|| Source::File(line.into()));
                    self.start(&source)
                }
                Some(Err(e)) => {
                    self.walks.pop();
                    Err(CollectionError::List(e))
                }
                None => {
                    self.walks.pop();
                    Ok(())
                }
            },
        }
    }
}

/// What a symbolic link met in a walk that does not follow links leads to.
enum Link {
    /// A file inside the folder: a document, under the link's name.
    File,
    /// A folder inside it, walked anyway under its own name, or a link that leads to
    /// something other than a file or a folder.
    Folder,
    /// Nothing, a loop, or something outside the folder: a document that fails.
    Problem(String),
}

fn link_target(link: &Path, inside: Option<&Path>) -> Link {
    let target = match std::fs::canonicalize(link) {
        Ok(target) => target,
        Err(e) => return Link::Problem(format!("a broken symbolic link ({e})")),
    };
    if let Some(folder) = inside {
        if !target.starts_with(folder) {
            return Link::Problem(format!(
                "a symbolic link to {}, outside {}: not followed (pass --follow-symlinks to read it)",
                target.display(),
                folder.display()
            ));
        }
    }
    if target.is_file() {
        Link::File
    } else {
        Link::Folder
    }
}

/// Whether an entry that cannot be resolved may be a document or a folder of documents:
/// its name has a text extension or none at all (a link to `photo.jpg` is no loss).
fn may_hold_documents(path: &Path) -> bool {
    path.extension().is_none() || path.file_name().and_then(text_extension).is_some()
}

fn folder_walk(root: PathBuf, follow_symlinks: bool) -> Walk {
    // Without following links, a link is resolved against the folder as the file system
    // sees it; if even that fails, every link counts as leaving it.
    let inside =
        (!follow_symlinks).then(|| std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone()));
    let entries = walkdir::WalkDir::new(&root)
        .follow_links(follow_symlinks)
        .sort_by(|a, b| {
            fn key(e: &walkdir::DirEntry) -> (bool, &std::ffi::OsStr, bool, &std::ffi::OsStr) {
                let name = e.file_name();
                let is_dir = e.file_type().is_dir();
                let stem = if is_dir {
                    name
                } else {
                    Path::new(name).file_stem().unwrap_or(name)
                };
                (is_dir, stem, text_extension(name).is_none(), name)
            }
            key(a).cmp(&key(b))
        })
        .into_iter();
    Walk::Folder {
        root,
        entries,
        namesakes: Vec::new(),
        inside,
    }
}

fn pattern_walk(pattern: &str) -> Result<Walk, CollectionError> {
    let paths = glob::glob(pattern).map_err(|e| CollectionError::Pattern {
        pattern: pattern.to_string(),
        message: e.to_string(),
    })?;
    Ok(Walk::Pattern(paths))
}

impl Iterator for Documents<'_> {
    type Item = Result<Input, CollectionError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(input) = self.ready.pop_front() {
                return Some(Ok(input));
            }
            if self.walks.is_empty() {
                if self.next_source == self.collection.sources.len() {
                    return None;
                }
                let collection = self.collection;
                self.next_source += 1;
                if let Err(e) = self.start(&collection.sources[self.next_source - 1]) {
                    return Some(Err(e));
                }
                continue;
            }
            if let Err(e) = self.step() {
                // The walk goes on past an unreadable entry; the caller decides whether to.
                return Some(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn names(collection: &Collection) -> Vec<String> {
        collection
            .documents()
            .map(|d| d.map(|d| d.name))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for file in files {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        dir
    }

    fn arg(path: &Path) -> String {
        path.display().to_string()
    }

    #[test]
    fn names_never_leave_the_output_folder() {
        let name = |p: &str| safe_name(Path::new(p), false);
        assert_eq!(name("a/b/c.txt").as_deref(), Some("a/b/c"));
        assert_eq!(name("../../etc/passwd").as_deref(), Some("etc/passwd"));
        assert_eq!(name("/abs/x.html").as_deref(), Some("abs/x"));
        assert_eq!(name("./.hidden").as_deref(), Some(".hidden"));
        assert_eq!(name(".."), None);
        assert_eq!(
            safe_name(Path::new("../a/b.md"), true).as_deref(),
            Some("a/b.md")
        );
    }

    #[test]
    fn shards_split_a_collection_stably_and_completely() {
        let shards: Vec<Shard> = (1..=4).map(|k| format!("{k}/4").parse().unwrap()).collect();
        for i in 0..1000 {
            let name = format!("site/2026/article-{i}");
            assert_eq!(shards.iter().filter(|s| s.takes(&name)).count(), 1);
        }
        let first = (0..1000)
            .filter(|i| shards[0].takes(&format!("a{i}")))
            .count();
        assert!((200..300).contains(&first), "{first}");
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }

    #[test]
    fn a_folder_is_walked_in_stem_order_with_namesakes_told_apart() {
        let dir = tree(&[
            "b.txt",
            "a.md",
            "a.txt",
            "a.md.txt",
            "photo.jpg",
            "z/c.html",
            "z/c.HTM",
            "z/d.markdown",
            "y/e.txt",
        ]);
        let collection = Collection::new(&[arg(dir.path())], None, None).unwrap();
        let found = names(&collection);
        assert_eq!(
            found,
            ["a.md", "a.txt", "a.md.txt", "b", "y/e", "z/c.HTM", "z/c.html", "z/d"],
            "namesakes keep their extensions, and so does a stem that reads as a file name"
        );
        assert_eq!(collection.count().unwrap(), 8);
        assert_eq!(names(&collection), found, "a second reading gives the same");
    }

    #[test]
    fn several_sources_name_documents_by_their_paths_and_a_file_given_twice_keeps_its_name() {
        let dir = tree(&["in/site/a.txt", "in/site/a.html", "in/b.txt", "other/b.txt"]);
        let root = dir.path();
        let collection = Collection::new(
            &[
                arg(&root.join("in")),
                arg(&root.join("other")),
                arg(&root.join("in/site/a.txt")),
            ],
            None,
            None,
        )
        .unwrap();
        let base = safe_name(root, true).unwrap();
        let found: Vec<String> = names(&collection)
            .into_iter()
            .map(|n| n.strip_prefix(&format!("{base}/")).unwrap().to_string())
            .collect();
        assert_eq!(
            found,
            [
                "in/b",
                "in/site/a.html",
                "in/site/a.txt",
                "other/b",
                "in/site/a.txt"
            ]
        );
    }

    #[test]
    fn a_list_is_read_twice_and_a_missing_line_is_still_a_document() {
        let dir = tree(&["a.txt", "f/b.txt", "f/c.txt"]);
        let root = dir.path();
        let text = format!(
            "{}\n\n  {}  \n{}\n",
            arg(&root.join("a.txt")),
            arg(&root.join("f")),
            arg(&root.join("gone.txt"))
        );
        let mut list = std::io::Cursor::new(text);
        let collection = Collection::new(&["-".to_string()], Some(&mut list), None).unwrap();
        assert_eq!(collection.count().unwrap(), 4);
        let found = names(&collection);
        assert_eq!(found.len(), 4);
        assert!(
            found[0].ends_with("/a") && found[3].ends_with("/gone"),
            "{found:?}"
        );
        assert!(found[1].ends_with("/f/b"), "{found:?}");
    }

    #[test]
    fn arguments_that_name_nothing_are_refused_before_any_work() {
        let missing = Collection::new(&["no/such/folder".to_string()], None, None);
        assert!(matches!(missing, Err(CollectionError::Missing(_))));
        let pattern = Collection::new(&["in/[".to_string()], None, None);
        assert!(matches!(pattern, Err(CollectionError::Pattern { .. })));
    }

    #[test]
    fn a_shard_takes_its_share_while_reading() {
        let files: Vec<String> = (0..200).map(|i| format!("d/{i}.txt")).collect();
        let dir = tree(&files.iter().map(String::as_str).collect::<Vec<_>>());
        let mut total = 0;
        for k in 1..=3 {
            let shard = Some(format!("{k}/3").parse().unwrap());
            let collection = Collection::new(&[arg(dir.path())], None, shard).unwrap();
            let n = collection.count().unwrap();
            assert!((40..100).contains(&n), "{n}");
            total += n;
        }
        assert_eq!(total, 200);
    }

    /// A folder with every kind of awkward link, and a file outside it.
    #[cfg(unix)]
    fn linked_tree() -> tempfile::TempDir {
        use std::os::unix::fs::symlink;
        let dir = tree(&["in/a.txt", "in/sub/b.txt", "outside.txt"]);
        let at = |p: &str| dir.path().join("in").join(p);
        symlink("gone.txt", at("broken.txt")).unwrap();
        symlink("self.txt", at("self.txt")).unwrap();
        symlink(".", at("loop")).unwrap();
        symlink("../outside.txt", at("out.txt")).unwrap();
        symlink("a.txt", at("alias.txt")).unwrap();
        symlink("nowhere.jpg", at("photo.jpg")).unwrap();
        symlink("sub", at("subl")).unwrap();
        dir
    }

    /// Each document's name, and whether it is one that fails.
    fn inputs(collection: &Collection) -> Vec<(String, bool)> {
        collection
            .documents()
            .map(|d| d.map(|d| (d.name, d.problem.is_some())))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[cfg(unix)]
    #[test]
    fn broken_looping_and_outward_links_are_documents_that_fail_and_the_walk_goes_on() {
        let dir = linked_tree();
        let collection = Collection::new(&[arg(&dir.path().join("in"))], None, None).unwrap();
        let found = inputs(&collection);
        let expected = [
            ("a", false),
            ("alias", false),
            ("broken.txt", true),
            ("out.txt", true),
            ("self.txt", true),
            ("sub/b", false),
        ]
        .map(|(n, p)| (n.to_string(), p));
        assert_eq!(found, expected, "links to folders inside are walked once");
        let out = collection
            .documents()
            .flatten()
            .find(|d| d.name == "out.txt");
        let problem = out.and_then(|d| d.problem).unwrap();
        assert!(problem.contains("--follow-symlinks"), "{problem}");
        assert_eq!(collection.count().unwrap(), 6);
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_folder_are_followed_when_asked_and_a_loop_is_one_failure() {
        let dir = linked_tree();
        let collection = Collection::new(&[arg(&dir.path().join("in"))], None, None)
            .unwrap()
            .follow_symlinks(true);
        let found = inputs(&collection);
        // The walk sorts a link to a folder by the link, among the files.
        let expected = [
            ("a", false),
            ("alias", false),
            ("broken.txt", true),
            ("loop", true),
            ("out", false),
            ("self.txt", true),
            ("subl/b", false),
            ("sub/b", false),
        ]
        .map(|(n, p)| (n.to_string(), p));
        assert_eq!(found, expected);
    }

    #[cfg(unix)]
    #[test]
    fn a_pattern_that_meets_a_broken_link_makes_it_a_document_that_fails() {
        let dir = linked_tree();
        let pattern = format!("{}/*.txt", arg(&dir.path().join("in")));
        let collection = Collection::new(&[pattern], None, None).unwrap();
        let found: Vec<(String, bool)> = inputs(&collection)
            .into_iter()
            .map(|(n, p)| (n.rsplit('/').next().unwrap().to_string(), p))
            .collect();
        let expected = [
            ("a", false),
            ("alias", false),
            ("broken.txt", true),
            ("out", false),
            ("self.txt", true),
        ]
        .map(|(n, p)| (n.to_string(), p));
        assert_eq!(found, expected);
    }

    #[test]
    fn two_files_that_would_share_a_name_are_refused_and_one_file_spelt_twice_is_not() {
        let dir = tree(&["w/a.txt", "a.txt", "w/d/x.txt"]);
        let root = dir.path().join("w");
        let at = |p: &str| arg(&root.join(p));
        // `w/../a.txt` and `w/a.txt` are both named `…/w/a`: two files, one name.
        let collection = Collection::new(&[at("a.txt"), at("../a.txt")], None, None).unwrap();
        match collection.count() {
            Err(CollectionError::Collision {
                name,
                first,
                second,
            }) => {
                assert!(name.ends_with("w/a"), "{name}");
                assert_eq!((first, second), (at("a.txt"), at("../a.txt")));
            }
            other => panic!("{other:?}"),
        }
        // The same file three ways, and a folder that holds it: not a collision.
        let collection = Collection::new(
            &[at("a.txt"), at("./a.txt"), at("d/../a.txt"), arg(&root)],
            None,
            None,
        )
        .unwrap();
        assert_eq!(collection.count().unwrap(), 5);
        let ids: HashSet<_> = collection
            .documents()
            .map(|d| identity(&d.unwrap().path).unwrap())
            .collect();
        assert_eq!(ids.len(), 2, "a.txt and d/x.txt");
    }
}
