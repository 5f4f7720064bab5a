//! What `deploy/` promises, checked: the Kubernetes Indexed Job read by a small YAML reader
//! of the subset it is written in (and, where PyYAML is installed, read by it too and
//! compared), its bitext.toml by bitext's own parser, its shard arithmetic by the shell it
//! runs in; and the cron script run for real, two hosts' shares at once, against a real
//! PostgreSQL memory and the fake DeepL.

use crate::support::fake_deepl::FakeDeepl;
use crate::support::postgres;
use crate::support::workspace::Workspace;
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn deploy(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("deploy")
        .join(rel)
}

/// A reader of the YAML subset the manifests use: block mappings and sequences, plain,
/// quoted and flow-sequence scalars, `|` and `>-` block scalars, comments, `---`. Anything
/// else (tabs, anchors, flow mappings, a key twice) is an error, not a guess.
struct Yaml {
    lines: Vec<String>,
    at: usize,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn significant(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

impl Yaml {
    fn documents(text: &str) -> Result<Vec<Value>, String> {
        let mut docs = Vec::new();
        let mut current = Vec::new();
        for line in text.lines() {
            if line.contains('\t') {
                return Err(format!("a tab in {line:?}"));
            }
            if line == "---" {
                docs.push(std::mem::take(&mut current));
            } else {
                current.push(line.to_string());
            }
        }
        docs.push(current);
        docs.into_iter()
            .filter(|d| d.iter().any(|l| significant(l)))
            .map(|lines| {
                let mut y = Yaml { lines, at: 0 };
                let value = y.block(0)?;
                y.skip();
                match y.lines.get(y.at) {
                    Some(extra) => Err(format!("line {}: unexpected {extra:?}", y.at + 1)),
                    None => Ok(value),
                }
            })
            .collect()
    }

    fn skip(&mut self) {
        while self.at < self.lines.len() && !significant(&self.lines[self.at]) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<(usize, String)> {
        self.skip();
        let line = self.lines.get(self.at)?;
        Some((indent_of(line), line.trim_start().to_string()))
    }

    fn block(&mut self, indent: usize) -> Result<Value, String> {
        match self.peek() {
            Some((i, text)) if i == indent && (text == "-" || text.starts_with("- ")) => {
                self.sequence(indent)
            }
            Some((i, _)) if i == indent => self.mapping(indent),
            other => Err(format!(
                "line {}: expected a block at {indent}: {other:?}",
                self.at + 1
            )),
        }
    }

    fn mapping(&mut self, indent: usize) -> Result<Value, String> {
        let mut map = Map::new();
        while let Some((i, text)) = self.peek() {
            if i < indent || (i == indent && text.starts_with("- ")) {
                break;
            }
            if i > indent {
                return Err(format!("line {}: unexpected indentation", self.at + 1));
            }
            let (key, rest) = match text.split_once(": ") {
                Some((k, r)) => (k.to_string(), strip_comment(r)),
                None if text.ends_with(':') => {
                    (text.trim_end_matches(':').to_string(), String::new())
                }
                None => return Err(format!("line {}: not `key: value`: {text:?}", self.at + 1)),
            };
            self.at += 1;
            let value = if rest.is_empty() {
                match self.peek() {
                    Some((i, _)) if i > indent => self.block(i)?,
                    Some((i, t)) if i == indent && t.starts_with("- ") => self.sequence(indent)?,
                    _ => Value::Null,
                }
            } else if ["|", "|-", ">", ">-"].contains(&rest.as_str()) {
                self.block_scalar(indent, &rest)?
            } else {
                scalar(&rest)?
            };
            if map.insert(unquote(&key)?, value).is_some() {
                return Err(format!("line {}: the key {key} twice", self.at));
            }
        }
        Ok(Value::Object(map))
    }

    fn sequence(&mut self, indent: usize) -> Result<Value, String> {
        let mut items = Vec::new();
        while let Some((i, text)) = self.peek() {
            if i != indent || !(text == "-" || text.starts_with("- ")) {
                break;
            }
            let content = text[1..].trim_start().to_string();
            if content.is_empty() {
                self.at += 1;
                let (deeper, _) = self.peek().ok_or("a sequence item with nothing in it")?;
                items.push(self.block(deeper)?);
            } else if ["|", "|-", ">", ">-"].contains(&content.as_str()) {
                self.at += 1;
                items.push(self.block_scalar(indent, &content)?);
            } else if content.starts_with('"') || content.starts_with('[') || !content.contains(':')
            {
                self.at += 1;
                items.push(scalar(&strip_comment(&content))?);
            } else {
                // `- key: value` opens a mapping at the column of `key`.
                let column = indent + (text.len() - content.len());
                self.lines[self.at] = format!("{}{content}", " ".repeat(column));
                items.push(self.mapping(column)?);
            }
        }
        Ok(Value::Array(items))
    }

    fn block_scalar(&mut self, indent: usize, style: &str) -> Result<Value, String> {
        let mut body = Vec::new();
        while self.at < self.lines.len() {
            let line = &self.lines[self.at];
            if !line.trim().is_empty() && indent_of(line) <= indent {
                break;
            }
            body.push(line.clone());
            self.at += 1;
        }
        while body.last().is_some_and(|l| l.trim().is_empty()) {
            body.pop();
        }
        let Some(column) = body
            .iter()
            .find(|l| !l.trim().is_empty())
            .map(|l| indent_of(l))
        else {
            return Ok(Value::String(String::new()));
        };
        let lines: Vec<&str> = body
            .iter()
            .map(|l| if l.len() >= column { &l[column..] } else { "" })
            .collect();
        let text = if style.starts_with('>') {
            lines.join(" ")
        } else {
            lines.join("\n")
        };
        Ok(Value::String(if style.ends_with('-') {
            text
        } else {
            text + "\n"
        }))
    }
}

/// A value's text without a trailing ` # comment` (outside quotes).
fn strip_comment(text: &str) -> String {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted && text[..i].ends_with(' ') => return text[..i].trim_end().to_string(),
            _ => {}
        }
    }
    text.trim_end().to_string()
}

fn unquote(text: &str) -> Result<String, String> {
    let Some(inner) = text.strip_prefix('"') else {
        return Ok(text.to_string());
    };
    let inner = inner
        .strip_suffix('"')
        .ok_or(format!("an unclosed quote: {text}"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(c @ ('"' | '\\')) => out.push(c),
                other => return Err(format!("an escape this reader does not know: {other:?}")),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

fn scalar(text: &str) -> Result<Value, String> {
    if let Some(inner) = text.strip_prefix('[') {
        let inner = inner
            .strip_suffix(']')
            .ok_or(format!("an unclosed [: {text}"))?;
        return inner
            .split(", ")
            .filter(|s| !s.trim().is_empty())
            .map(|s| scalar(s.trim()))
            .collect::<Result<_, _>>()
            .map(Value::Array);
    }
    if text.starts_with(['{', '&', '*', '!', '\'']) {
        return Err(format!("outside the subset this reader takes: {text}"));
    }
    if text.starts_with('"') {
        return unquote(text).map(Value::String);
    }
    Ok(match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => match text.parse::<i64>() {
            Ok(n) => json!(n),
            Err(_) => Value::String(text.to_string()),
        },
    })
}

#[test]
fn the_yaml_reader_reads_what_it_should_and_refuses_the_rest() {
    let docs = Yaml::documents(
        "a: 1\nb:\n  - x: \"q # not a comment\"\n    y: [\"s\", t]\n  - plain # comment\n  - >-\n    in a\n    list\nc: |\n  one\n  two\n---\nd: >-\n  folded\n  line\n",
    )
    .unwrap();
    assert_eq!(
        docs,
        vec![
            json!({"a": 1, "b": [{"x": "q # not a comment", "y": ["s", "t"]}, "plain", "in a list"], "c": "one\ntwo\n"}),
            json!({"d": "folded line"})
        ]
    );
    for bad in [
        "a: 1\na: 2\n",
        "a:\n\tb: 1\n",
        "a: {b: 1}\n",
        "a: &x 1\n",
        "a: 1\n   b: 2\n",
    ] {
        assert!(Yaml::documents(bad).is_err(), "{bad:?}");
    }
}

fn job_manifests() -> (Value, Value) {
    let text = std::fs::read_to_string(deploy("kubernetes/bitext-job.yaml")).unwrap();
    let docs = Yaml::documents(&text).unwrap();
    // Where PyYAML is installed, it reads the same.
    let py = Command::new("python3")
        .args([
            "-c",
            "import json, sys, yaml; print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))",
        ])
        .arg(deploy("kubernetes/bitext-job.yaml"))
        .output();
    match py {
        Ok(out) if out.status.success() => {
            let theirs: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(theirs, docs, "PyYAML reads the manifest otherwise");
        }
        _ => eprintln!(
            "note: PyYAML is not installed; the manifest was read by the test's reader only"
        ),
    }
    let [config, job] = <[Value; 2]>::try_from(docs).expect("a ConfigMap and a Job");
    (config, job)
}

#[test]
fn the_kubernetes_indexed_job_shards_the_collection_with_the_memory_and_secrets_it_says() {
    let (config, job) = job_manifests();
    assert_eq!(
        (config["kind"].as_str(), config["apiVersion"].as_str()),
        (Some("ConfigMap"), Some("v1"))
    );
    // Its bitext.toml is one bitext reads, with a PostgreSQL memory and no secret in it.
    let toml = config["data"]["bitext.toml"].as_str().unwrap();
    let file = bitext::config::parse(Path::new("bitext.toml"), toml).unwrap();
    let cache = file
        .run
        .cache
        .as_ref()
        .unwrap()
        .get_ref()
        .to_str()
        .unwrap()
        .to_string();
    assert!(bitext::cache::PgAddress::parse(&cache).is_ok(), "{cache}");
    assert_eq!(file.run.provider.as_deref(), Some("deepl"));

    assert_eq!(
        (job["kind"].as_str(), job["apiVersion"].as_str()),
        (Some("Job"), Some("batch/v1"))
    );
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"], "Indexed");
    let n = spec["completions"].as_i64().unwrap();
    assert_eq!(spec["parallelism"].as_i64(), Some(n));
    let pod = &spec["template"]["spec"];
    assert_eq!(
        pod["restartPolicy"], "Never",
        "a failed pod is retried for its index"
    );
    let container = &pod["containers"][0];
    let env = container["env"].as_array().unwrap();
    let var = |name: &str| {
        env.iter()
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(
        var("SHARDS")["value"].as_str(),
        Some(n.to_string().as_str())
    );
    for (name, key) in [
        ("DEEPL_API_KEY", "deepl-api-key"),
        ("PGPASSWORD", "pg-password"),
    ] {
        let from = &var(name)["valueFrom"]["secretKeyRef"];
        assert_eq!(
            (from["name"].as_str(), from["key"].as_str()),
            (Some("bitext"), Some(key))
        );
    }
    let mounts = container["volumeMounts"].as_array().unwrap();
    assert!(mounts
        .iter()
        .any(|m| m["mountPath"] == "/etc/bitext" && m["name"] == "config"));
    let command: Vec<&str> = container["command"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(command, ["/bin/sh", "-c"]);
    let script = container["args"][0].as_str().unwrap();

    // The shell it runs in gives each index its own shard and folder: a stand-in `bitext`
    // prints the arguments it was given.
    let fake = tempfile::tempdir().unwrap();
    let bin = fake.path().join("bitext");
    std::fs::write(&bin, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut shards = HashSet::new();
    let mut outs = HashSet::new();
    for index in 0..n {
        let out = Command::new("/bin/sh")
            .args(["-c", script])
            .env("PATH", format!("{}:/usr/bin:/bin", fake.path().display()))
            .env("JOB_COMPLETION_INDEX", index.to_string())
            .env("SHARDS", n.to_string())
            .output()
            .unwrap();
        assert!(out.status.success());
        let args: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        let after = |flag: &str| args[args.iter().position(|a| a == flag).unwrap() + 1].clone();
        assert_eq!(after("--config"), "/etc/bitext/bitext.toml");
        assert_eq!(args[2], "batch");
        shards.insert(after("--shard"));
        outs.insert(after("--out"));
    }
    let expected: HashSet<String> = (1..=n).map(|k| format!("{k}/{n}")).collect();
    assert_eq!(shards, expected, "shards 1..N, once each");
    assert_eq!(outs.len(), n as usize, "a folder of its own for each pod");
}

/// The cron script as two hosts run it at once, for real: each its own shard and folder,
/// the secrets from files, one PostgreSQL memory; every segment paid once; no secret on a
/// command line or in what it writes.
#[test]
fn the_cron_script_runs_two_hosts_shares_against_one_postgres_memory() {
    let Some(server) = postgres::server() else {
        return;
    };
    let script = deploy("cron/bitext-shard.sh");
    let crontab = std::fs::read_to_string(deploy("cron/crontab.example")).unwrap();
    let line = crontab.lines().find(|l| significant(l)).unwrap();
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert!(fields[5].ends_with("deploy/cron/bitext-shard.sh"), "{line}");
    assert!(
        fields[6].parse::<u32>().unwrap() <= fields[7].parse::<u32>().unwrap(),
        "{line}"
    );

    const KEY: &str = "cron-key:fx";
    let deepl = FakeDeepl::start(KEY);
    let (_, url) = server.fresh_database("cron");
    let ws = crate::support::workspace::Config::new()
        .run("to", vec!["zh"])
        .run("provider", "deepl")
        .run("cache", url.as_str())
        .run("glossary", "no-glossary")
        .provider("deepl", &deepl.url(), "batch_size = 10")
        .no_glossary()
        .build();
    ws.write("secrets/pg-password", postgres::PASSWORD);
    ws.write("secrets/deepl-api-key", KEY);
    let articles = Workspace::all_samples();
    assert!(articles.len() >= 4, "samples/ has articles");
    for article in &articles {
        let name = article.file_name().unwrap().to_str().unwrap();
        std::fs::create_dir_all(ws.path().join("collection")).unwrap();
        std::fs::copy(article, ws.path().join("collection").join(name)).unwrap();
    }
    let host = |k: &str, secrets: &str| {
        let mut cmd = Command::new(&script);
        cmd.args([k, "2"])
            .current_dir(ws.path())
            .env("BITEXT_CONFIG", ws.path().join("bitext.toml"))
            .env("BITEXT_COLLECTION", ws.path().join("collection"))
            .env("BITEXT_OUT", ws.path().join("out"))
            .env("BITEXT_SECRETS", ws.path().join(secrets))
            .env("BITEXT_BIN", env!("CARGO_BIN_EXE_bitext"))
            .env_remove("PGPASSWORD")
            .env_remove("DEEPL_API_KEY")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    };
    let usage = Command::new(&script).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let no_secrets = host("1", "nowhere").output().unwrap();
    assert_eq!(no_secrets.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_secrets.stderr).contains("pg-password"));
    assert!(deepl.billed().is_empty());

    let hosts: Vec<_> = ["1", "2"]
        .iter()
        .map(|k| host(k, "secrets").spawn().unwrap())
        .collect();
    for out in hosts.into_iter().map(|h| h.wait_with_output().unwrap()) {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(
            !stderr.contains(postgres::PASSWORD) && !stderr.contains(KEY),
            "{stderr}"
        );
    }
    let mut documents = 0;
    for k in 1..=2 {
        let report = ws.json(&format!("out/shard-{k}/report.json"));
        documents += report["documents"].as_array().unwrap().len();
    }
    assert_eq!(
        documents,
        articles.len(),
        "each document in one host's share"
    );
    let billed = deepl.billed();
    let distinct: HashSet<_> = billed.iter().collect();
    assert_eq!(billed.len(), distinct.len(), "paid once per segment");
    assert!(!billed.is_empty());
    for (path, bytes) in ws.all_files() {
        if path.starts_with(ws.path().join("secrets")) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(postgres::PASSWORD), "{}", path.display());
    }
    // A second run on a host pays nothing.
    let again = host("1", "secrets").output().unwrap();
    assert!(again.status.success());
    assert_eq!(deepl.billed().len(), billed.len());
}
