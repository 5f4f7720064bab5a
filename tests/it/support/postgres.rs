//! A private PostgreSQL server for the tests of this binary: Debian's own binaries
//! (`/usr/lib/postgresql/*/bin`), a cluster made by `initdb` in a temporary folder, listening
//! on a free port of 127.0.0.1 and on a unix socket in that folder, started once and shared
//! by every test of the binary.
//!
//! It stops when the test binary ends, however it ends: a small guardian process (in its own
//! process group, so a Ctrl-C does not reach it first) reads a pipe whose other end only
//! this process holds; at end of file it stops the server and removes the folder.
//!
//! `initdb` refuses to run as root: as root, every server program runs as the `postgres`
//! user Debian's package makes (or `nobody`), through `runuser`, on a folder handed to it.
//! Connections over TCP need the password ([`PASSWORD`], given as `PGPASSWORD` or to
//! [`bitext::cache::PgAddress::with_password`]), as a real server's would; the socket, used
//! only by the tests' own `psql`, trusts its user.
//!
//! Where no server binaries exist the tests that need one skip with a note, and fail in CI
//! (`BITEXT_REQUIRE_TOOLS=1`), which installs them.

use super::tools;
use bitext::cache::PgAddress;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// The user the cluster is made for, and its password (unlike any other string, so that a
/// test can look for it in what bitext prints and writes).
pub const USER: &str = "bitext";
pub const PASSWORD: &str = "pw-5ecret-0f-the-test-cluster";

/// What a child process of a test is told to reach the parent's server.
const PORT_VAR: &str = "BITEXT_TEST_PG_PORT";

pub struct PgServer {
    pub port: u16,
    bin: PathBuf,
    socket: PathBuf,
    /// Closing it (this process's end) stops the server.
    _guardian: Mutex<Child>,
    made: Mutex<HashSet<String>>,
}

/// The shared server, started on first use; `None` (a skip, or a failure in CI) where the
/// binaries are missing.
pub fn server() -> Option<&'static PgServer> {
    static SERVER: OnceLock<Option<PgServer>> = OnceLock::new();
    SERVER
        .get_or_init(|| {
            let Some(bin) = binaries() else {
                tools::missing("PostgreSQL's server (apt-get install postgresql)");
                return None;
            };
            Some(start(&bin).unwrap_or_else(|e| panic!("cannot start PostgreSQL: {e}")))
        })
        .as_ref()
}

/// The newest `/usr/lib/postgresql/<version>/bin` with `initdb` and `pg_ctl`.
fn binaries() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|e| {
            let version: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// As root: the user the server runs as.
fn server_user() -> &'static str {
    let exists = |u: &str| {
        Command::new("id")
            .arg(u)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if exists("postgres") {
        "postgres"
    } else {
        "nobody"
    }
}

/// `program` run as the server's user.
fn as_server_user(program: &Path, root: bool) -> Command {
    if root {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", server_user(), "--"]).arg(program);
        cmd
    } else {
        Command::new(program)
    }
}

fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

fn start(bin: &Path) -> Result<PgServer, String> {
    let root = is_root();
    let folder = tempfile::Builder::new()
        .prefix("bitext-pg-")
        .tempdir()
        .map_err(|e| e.to_string())?
        .keep();
    let data = folder.join("data");
    let socket = folder.join("socket");
    std::fs::create_dir_all(&socket).map_err(|e| e.to_string())?;
    let pwfile = folder.join("password");
    std::fs::write(&pwfile, PASSWORD).map_err(|e| e.to_string())?;
    if root {
        run(
            Command::new("chown")
                .args(["-R", server_user()])
                .arg(&folder),
            "chown",
        )?;
    }
    // The guardian first, so that the folder goes even if what follows fails.
    let pg_ctl = bin.join("pg_ctl");
    let run_as = if root {
        format!("runuser -u {} --", server_user())
    } else {
        String::new()
    };
    let guardian = {
        use std::os::unix::process::CommandExt;
        Command::new("sh")
            .args([
                "-c",
                "cat >/dev/null; $RUN_AS \"$PG_CTL\" -D \"$DATA\" stop -m immediate >/dev/null 2>&1; rm -rf \"$FOLDER\"",
            ])
            .env("RUN_AS", &run_as)
            .env("PG_CTL", &pg_ctl)
            .env("DATA", &data)
            .env("FOLDER", &folder)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("guardian: {e}"))?
    };
    run(
        as_server_user(&bin.join("initdb"), root)
            .arg("-D")
            .arg(&data)
            .args(["-U", USER, "-E", "UTF8", "--no-locale", "--no-sync"])
            .args(["--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display())),
        "initdb",
    )?;
    let mut last = String::new();
    for _ in 0..3 {
        let port = free_port();
        // Tests need no durability against a power cut of the server; benchmarks measure
        // the real thing (`BITEXT_PG_FSYNC=on`).
        let fsync = std::env::var("BITEXT_PG_FSYNC").unwrap_or_else(|_| "off".into());
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync={fsync} -c max_connections=200",
            socket.display()
        );
        let started = {
            use std::os::unix::process::CommandExt;
            run(
                as_server_user(&pg_ctl, root)
                    .arg("-D")
                    .arg(&data)
                    .arg("-l")
                    .arg(folder.join("server.log"))
                    .args(["-w", "-t", "60", "-o", &options, "start"])
                    .process_group(0),
                "pg_ctl start",
            )
        };
        match started {
            Ok(()) => {
                return Ok(PgServer {
                    port,
                    bin: bin.to_path_buf(),
                    socket,
                    _guardian: Mutex::new(guardian),
                    made: Mutex::default(),
                })
            }
            // Another program took the port meanwhile: another one.
            Err(e) => last = e,
        }
    }
    Err(last)
}

impl PgServer {
    /// The address of a database of this server, as a user writes it (no password).
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{USER}@127.0.0.1:{}/{database}", self.port)
    }

    /// A database of that name, made if it is not there yet.
    pub fn database(&self, name: &str) -> String {
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        if made.insert(name.to_string()) {
            let exists = self.psql(
                "postgres",
                &format!("SELECT 1 FROM pg_database WHERE datname = '{name}'"),
            );
            if exists.trim().is_empty() {
                self.psql("postgres", &format!("CREATE DATABASE \"{name}\""));
            }
        }
        self.url(name)
    }

    /// A fresh database of its own, for one test: its name and address.
    pub fn fresh_database(&self, tag: &str) -> (String, String) {
        let name = format!("{tag}_{:012x}", fastrand::u64(..) >> 16);
        let url = self.database(&name);
        (name, url)
    }

    /// `psql` as the cluster's user over the socket, unaligned, stopping at an error.
    pub fn psql_command(&self, database: &str) -> Command {
        let mut cmd = Command::new(self.bin.join("psql"));
        cmd.args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"])
            .arg("-h")
            .arg(&self.socket)
            .args(["-p", &self.port.to_string(), "-U", USER, "-d", database]);
        cmd
    }

    /// Runs SQL; its output.
    pub fn psql(&self, database: &str, sql: &str) -> String {
        let out = self
            .psql_command(database)
            .args(["-c", sql])
            .stdin(Stdio::null())
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Hands a folder to the user the server runs as (as root; otherwise it is that user's
    /// already), e.g. for a tablespace.
    pub fn hand_over(&self, folder: &Path) {
        if is_root() {
            run(
                Command::new("chown")
                    .args(["-R", server_user()])
                    .arg(folder),
                "chown",
            )
            .unwrap();
        }
    }

    /// What a child process needs to reach this server ([`address_in_child`]).
    pub fn child_env(&self) -> [(&'static str, String); 2] {
        [
            (PORT_VAR, self.port.to_string()),
            ("PGPASSWORD", PASSWORD.to_string()),
        ]
    }
}

/// The address of a database, with its password, for the library's stores.
pub fn address(url: &str) -> PgAddress {
    PgAddress::parse(url)
        .expect("a test address")
        .with_password(Some(PASSWORD.into()))
}

/// In a child process that a test started with [`PgServer::child_env`]: the address of a
/// database of the parent's server (made by the parent).
pub fn address_in_child(database: &str) -> Option<PgAddress> {
    let port = std::env::var(PORT_VAR).ok()?;
    Some(address(&format!(
        "postgres://{USER}@127.0.0.1:{port}/{database}"
    )))
}
