//! `bitext batch` killed with SIGKILL at random moments, twenty times, then resumed: nothing
//! it had received is paid for again, nothing is lost, no file is left corrupt.
//!
//! The fake DeepL server counts every text it bills, per target. After each kill the test
//! notes what the cache holds (filed entries and journals); a text billed again although the
//! cache held its answer is a duplicated payment. A text billed again whose answer never
//! reached the cache was in flight when the process died: still being answered, or answered
//! and not yet read and journaled (one traced case: four answers sent 2 ms before the kill, in
//! the run's first requests, none read yet). Those are counted and printed, not failed: no
//! client can keep an answer it has not read, and a real provider bills them as well.
//!
//! The seed of the kill moments is printed; `BITEXT_KILL_SEED=N` replays a sequence.

use crate::support::fake_deepl::{FakeDeepl, Traffic};
use crate::support::workspace::{Config, Workspace};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

const KEY: &str = "kill-test-key:fx";
const DOCUMENTS: usize = 36;
const KILLS: usize = 20;
const PLACES: [&str; 6] = ["Hanoi", "Nanning", "Kunming", "Da Nang", "Shanghai", "Hue"];

/// Articles of distinct sentences, plus a line every article repeats, as boilerplate does.
fn collection(ws: &Workspace) {
    for d in 0..DOCUMENTS {
        let mut text = format!("Delegates meet in {} ({d})\n\n", PLACES[d % PLACES.len()]);
        for p in 0..5 {
            let sentences: Vec<String> = (0..4)
                .map(|s| {
                    let place = PLACES[(d + p + s) % PLACES.len()];
                    format!(
                        "On day {s} of visit {p}, the delegation of article {d} met {} partners in {place}.",
                        d * 7 + p * 3 + s
                    )
                })
                .collect();
            text.push_str(&sentences.join(" "));
            text.push_str("\n\n");
        }
        text.push_str("Photos: the Women's Union press office.\n");
        ws.write(&format!("in/site-{}/article-{d:02}.txt", d % 3), text);
    }
}

/// `(target, text)` with the fake's target code brought to the pipeline's (`ZH-HANS` → `zh`).
fn pair(target: &str, text: &str) -> (String, String) {
    let lang = target
        .split('-')
        .next()
        .unwrap_or(target)
        .to_ascii_lowercase();
    (lang, text.to_string())
}

/// The answers the cache keeps: the database's entries, and a file store's filed entries and
/// the journals a recovery will file.
fn kept(cache: &Path) -> HashSet<(String, String)> {
    let mut kept = HashSet::new();
    bitext::cache::SqliteStore::new(cache)
        .for_each_entry(|_, entry| {
            kept.insert((
                entry.request.target_lang.to_string(),
                entry.request.text.clone(),
            ));
        })
        .expect("the cache database reads");
    let mut add = |entry: &Value| {
        let request = &entry["request"];
        if let (Some(target), Some(text)) =
            (request["target_lang"].as_str(), request["text"].as_str())
        {
            kept.insert(pair(target, text));
        }
    };
    for entry in crate::support::files_under(cache) {
        let Ok(bytes) = std::fs::read(&entry) else {
            continue;
        };
        match entry.extension().and_then(|x| x.to_str()) {
            Some("json") => {
                if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
                    add(&value);
                }
            }
            Some("jsonl") => {
                for line in bytes.split(|&b| b == b'\n') {
                    if let Ok(value) = serde_json::from_slice::<Value>(line) {
                        add(&value);
                    }
                }
            }
            _ => {}
        }
    }
    kept
}

/// Output files that do not parse: a JSONL line that is not JSON, a TSV row whose cell count
/// differs from its header's, a report that is not JSON.
fn corrupt_outputs(out: &Path) -> Vec<String> {
    let mut corrupt = Vec::new();
    for path in crate::support::files_under(out) {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) => {
                corrupt.push(name);
                continue;
            }
        };
        let fine = match path.extension().and_then(|x| x.to_str()) {
            Some("jsonl") => {
                !text.is_empty()
                    && text.ends_with('\n')
                    && text
                        .lines()
                        .all(|l| serde_json::from_str::<Value>(l).is_ok())
            }
            Some("tsv") => {
                let mut lines = text.lines();
                let columns = lines.next().map_or(0, |h| h.split('\t').count());
                columns >= 2
                    && text.ends_with('\n')
                    && lines.all(|l| l.split('\t').count() == columns)
            }
            Some("json") => serde_json::from_str::<Value>(&text).is_ok(),
            _ => true,
        };
        if !fine {
            corrupt.push(name);
        }
    }
    corrupt
}

/// What the test hears while a run goes: from the server, from the run's progress events,
/// and the end of the run's output (it finished or died).
enum Signal {
    Answer,
    Document(usize),
    Ended(usize),
}

#[test]
fn killed_twenty_times_at_random_moments_a_batch_pays_once_and_loses_nothing() {
    let seed = std::env::var("BITEXT_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    eprintln!("kill moments from seed {seed} (BITEXT_KILL_SEED={seed} replays them)");
    let mut rng = fastrand::Rng::with_seed(seed);

    let deepl = FakeDeepl::start(KEY);
    deepl.shape(Traffic {
        latency: Duration::from_millis(8),
        ..Traffic::default()
    });
    let ws = Config::new()
        .run("provider", "deepl")
        .run("retry_base_ms", 1)
        .provider("deepl", &deepl.url(), "batch_size = 12")
        .no_glossary()
        .build();
    collection(&ws);
    let (signals_tx, signals) = mpsc::channel();
    let answers = deepl.answers_channel();
    let forward = signals_tx.clone();
    std::thread::spawn(move || {
        for _ in answers {
            if forward.send(Signal::Answer).is_err() {
                break;
            }
        }
    });
    let args = [
        "batch",
        "in",
        "--out",
        "out",
        "--to",
        "vi,zh",
        "--glossary",
        "no-glossary",
        "--group",
        "3",
        "--json",
    ];

    // Per run: where its billing starts in the server's record, and what the cache kept
    // when it died.
    let mut runs: Vec<(usize, HashSet<(String, String)>)> = Vec::new();
    // Texts the server had answered when each kill was sent.
    let mut answered_at_kill: Vec<usize> = Vec::new();
    let mut landed = 0;
    for run in 0..KILLS {
        let start = deepl.billed().len();
        while signals.try_recv().is_ok() {}
        let mut child = ws
            .command()
            .args(args)
            .env("DEEPL_API_KEY", KEY)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("bitext runs");
        let stdout = child.stdout.take().expect("piped stdout");
        let events = signals_tx.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                if line.contains("\"event\":\"document\"") {
                    let _ = events.send(Signal::Document(run));
                }
            }
            let _ = events.send(Signal::Ended(run));
        });
        // The moment: after a few more answers from the server, or a few more documents
        // done, then a random offset; or when the run ends first, which is then a kill of a
        // finished process and not counted.
        let on_answers = rng.bool();
        let wanted = rng.usize(0..if on_answers { 6 } else { 5 });
        let offset = Duration::from_micros(rng.u64(0..12_000));
        let mut seen = 0;
        while seen < wanted {
            match signals.recv_timeout(Duration::from_secs(60)) {
                Ok(Signal::Answer) if on_answers => seen += 1,
                Ok(Signal::Document(r)) if r == run && !on_answers => seen += 1,
                Ok(Signal::Ended(r)) if r == run => break,
                Ok(_) => {}
                Err(e) => panic!("run {run} went silent for a minute: {e}"),
            }
        }
        // The random offset is what makes the moment random, not a wait for an effect.
        std::thread::sleep(offset);
        if child.try_wait().expect("child status").is_none() {
            landed += 1;
        }
        answered_at_kill.push(deepl.billed().len());
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Let the server finish what it was answering, so that its record is complete.
        while deepl.in_flight() > 0 {
            let _ = signals.recv_timeout(Duration::from_millis(50));
        }
        let k = kept(&ws.path().join("cache"));
        runs.push((start, k));
    }

    // The last run is left to finish.
    let start = deepl.billed().len();
    let last = ws.run(&args, &[("DEEPL_API_KEY", KEY)]);
    last.assert_code(0);
    let billed = deepl.billed();

    // Payments, run by run.
    let mut paid_again_though_kept = Vec::new();
    let mut paid_again_in_flight = 0;
    let mut answered_before_kill_not_kept = 0;
    let mut paid_twice_in_one_run = Vec::new();
    let ends: Vec<usize> = runs
        .iter()
        .skip(1)
        .map(|(s, _)| *s)
        .chain([start, billed.len()])
        .collect();
    let starts: Vec<usize> = runs.iter().map(|(s, _)| *s).chain([start]).collect();
    for (r, (&from, &to)) in starts.iter().zip(&ends).enumerate() {
        let before: HashSet<(String, String)> =
            billed[..from].iter().map(|(t, x)| pair(t, x)).collect();
        let mut in_run: HashMap<(String, String), usize> = HashMap::new();
        for (t, x) in &billed[from..to] {
            let p = pair(t, x);
            *in_run.entry(p.clone()).or_default() += 1;
            if r > 0 && runs[r - 1].1.contains(&p) {
                paid_again_though_kept.push(p);
            } else if before.contains(&p) {
                paid_again_in_flight += 1;
                // Answered before the kill was sent, yet not in the cache: the answer was on
                // its way to bitext, or read and not yet journaled.
                let first = billed.iter().position(|(t, x)| pair(t, x) == p);
                if first.is_some_and(|i| i < answered_at_kill[r - 1]) {
                    answered_before_kill_not_kept += 1;
                }
            }
        }
        paid_twice_in_one_run.extend(in_run.into_iter().filter(|(_, n)| *n > 1));
    }

    // Nothing lost: every document done, every segment translated into both targets.
    let report = ws.json("out/report.json");
    let docs = report["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), DOCUMENTS);
    let mut translations = 0;
    let mut segments = 0;
    for doc in docs {
        let name = doc["name"].as_str().expect("name");
        for row in ws.jsonl(&format!("out/{name}.jsonl")) {
            segments += 1;
            for target in ["vi", "zh"] {
                let origin = row["targets"][target]["origin"].as_str().unwrap_or("none");
                assert!(
                    origin == "api" || origin == "cache",
                    "{name} {}: {target} is {origin}",
                    row["id"]
                );
                translations += 1;
            }
        }
    }
    let distinct: HashSet<(String, String)> = billed.iter().map(|(t, x)| pair(t, x)).collect();
    let corrupt = corrupt_outputs(&ws.path().join("out"));
    let cache_stats = ws.run(&["cache", "stats", "--json", "--verify"], &[]);
    cache_stats.assert_code(0);
    let cache_stats: Value = serde_json::from_str(&cache_stats.stdout).expect("stats JSON");
    // Half-written files of killed runs are cleared by the next run.
    let leftovers: Vec<_> = crate::support::files_under(ws.path())
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".tmp"))
                || p.strip_prefix(ws.path())
                    .is_ok_and(|r| r.components().any(|c| c.as_os_str() == "tmp"))
        })
        .collect();
    eprintln!(
        "{KILLS} kills ({landed} during a run), then a full run: {} documents, {segments} \
         segments, {translations} translations; {} texts billed, {} distinct; paid again \
         though kept: {}; paid again, in flight at a kill: {paid_again_in_flight} \
         ({answered_before_kill_not_kept} of them answered before the kill was sent); paid \
         twice in one run: {}; corrupt outputs: {}; corrupt cache entries: {}; temporary \
         files left: {}",
        docs.len(),
        billed.len(),
        distinct.len(),
        paid_again_though_kept.len(),
        paid_twice_in_one_run.len(),
        corrupt.len(),
        cache_stats["corrupt"],
        leftovers.len(),
    );
    assert!(
        landed >= KILLS / 2,
        "most kills land during a run: {landed}"
    );
    assert!(
        paid_again_though_kept.is_empty(),
        "paid again though the cache held them: {paid_again_though_kept:?}"
    );
    assert!(
        paid_twice_in_one_run.is_empty(),
        "{paid_twice_in_one_run:?}"
    );
    assert!(corrupt.is_empty(), "corrupt outputs: {corrupt:?}");
    assert_eq!(cache_stats["corrupt"], 0);
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    // Every distinct text was paid for, and the cache kept each one.
    assert_eq!(
        kept(&ws.path().join("cache")),
        distinct,
        "the cache holds exactly what was paid for"
    );
}
