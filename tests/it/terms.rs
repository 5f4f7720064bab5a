//! Glossary enforcement end to end: terms reach the provider, translations are checked, a
//! failed check gets one stricter retry (batched), what still fails is reported, and editing
//! one term re-translates exactly the segments that contain it. Where nothing native takes
//! the terms they are protected from the first send and paid for once, with the dry run
//! exact; DeepL glossaries are created once across processes and aged before they are
//! deleted; DeepL and LLM requests carry their paragraphs as context.

use crate::support::fake_deepl::{DeeplFault, FakeDeepl, FakeGlossary};
use crate::support::fake_openai::{FakeOpenAi, OpenAiFault};
use crate::support::workspace::{samples, Config, Workspace};
use serde_json::Value;
use std::collections::BTreeSet;

/// `translate --provider PROFILE --to TO` of the NGO leadership session article, the key in
/// the environment.
fn translate_ngo_session(
    ws: &Workspace,
    profile: &str,
    to: &str,
    key: (&str, &str),
) -> crate::support::workspace::Run {
    translate_sample(
        ws,
        "en-shanghai-ngo-leadership-session.txt",
        profile,
        to,
        key,
    )
}

/// `translate --provider PROFILE --to TO` of the sample article `name`, the key in the
/// environment.
fn translate_sample(
    ws: &Workspace,
    name: &str,
    profile: &str,
    to: &str,
    key: (&str, &str),
) -> crate::support::workspace::Run {
    let article = Workspace::sample(name);
    let article = article.to_str().unwrap();
    ws.run(
        &["translate", "--provider", profile, "--to", to, article],
        &[key],
    )
}

/// The first record whose source text contains `needle`.
fn record_containing<'a>(recs: &'a [Value], needle: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["source"]["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no record with {needle:?}"))
}

/// A workspace with its own copy of the project glossary, which a test may edit, and fast
/// retries.
fn with_own_glossary(config: Config) -> Workspace {
    let ws = config
        .run("retry_base_ms", 1)
        .run("retry_max_ms", 10)
        .build();
    for entry in std::fs::read_dir(Workspace::project_glossary()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "tsv") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            ws.write(&format!("glossary/{name}"), std::fs::read(&path).unwrap());
        }
    }
    ws
}

#[test]
fn editing_one_term_retranslates_exactly_the_segments_that_contain_it() {
    let ws = with_own_glossary(Config::new());
    let files = samples();
    let mut args = vec!["translate", "--to", "vi,en,zh"];
    args.extend(files.iter().map(String::as_str));
    ws.run(&args, &[]).assert_code(0);
    let first = ws.json("out/summary.json");
    assert!(first["terms_enforced"].as_u64().unwrap() > 100, "{first}");
    assert_eq!(first["term_violations"], 0, "pseudo substitutes every term");

    // The distinct English segments that contain the Shanghai Women's Federation.
    let with_term: BTreeSet<String> = ws
        .records()
        .iter()
        .filter(|r| {
            r["hits"]
                .as_array()
                .is_some_and(|h| h.iter().any(|h| h["id"] == "swf"))
        })
        .map(|r| r["source"]["text"].as_str().unwrap().to_string())
        .collect();
    assert!(with_term.len() >= 5, "{with_term:?}");

    // A reviewer changes the term's preferred Chinese form (only Chinese, so only the
    // translations into Chinese of those segments change).
    let path = ws.path().join("glossary/organisations.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap();
    let edited = tsv.replace(
        "\t上海市妇女联合会|上海市妇联\t",
        "\t上海市妇联|上海市妇女联合会\t",
    );
    assert_ne!(tsv, edited, "the test expects the swf row's Chinese cell");
    std::fs::write(&path, edited).unwrap();

    ws.run(&args, &[]).assert_code(0);
    let second = ws.json("out/summary.json");
    eprintln!(
        "one-term edit: {} segments contain `swf`; the re-run sent {} segment(s) in {} request(s)",
        with_term.len(),
        second["segments_sent"],
        second["requests"]
    );
    assert_eq!(
        second["segments_sent"].as_u64().unwrap() as usize,
        with_term.len(),
        "{second}"
    );
    assert!(second["requests"].as_u64().unwrap() >= 1);
    let changed: Vec<Value> = ws
        .records()
        .into_iter()
        .filter(|r| r["targets"]["zh"]["origin"] == "pseudo")
        .collect();
    assert_eq!(
        changed
            .iter()
            .map(|r| r["source"]["text"].as_str().unwrap().to_string())
            .collect::<BTreeSet<_>>(),
        with_term
    );
    assert!(changed.iter().all(|r| r["targets"]["zh"]["text"]
        .as_str()
        .unwrap()
        .contains("上海市妇联")));
}

#[test]
fn an_llm_that_ignores_the_terms_is_asked_again_strictly() {
    let llm = FakeOpenAi::start("sk-terms-test");
    llm.push_fault(OpenAiFault::IgnoreTerms);
    let ws = with_own_glossary(Config::new().llm(
        &llm.url(),
        "model = \"m\"\nbatch_size = 50\nconcurrency = 1",
    ));
    let run = translate_ngo_session(&ws, "llm", "zh", ("LLM_KEY", "sk-terms-test"));
    run.assert_code(0);
    let summary = ws.json("out/summary.json");
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    let with_terms = recs
        .iter()
        .filter(|r| r["hits"].as_array().is_some_and(|h| !h.is_empty()))
        .count();
    assert!(with_terms >= 3);
    assert_eq!(
        summary["term_retries"].as_u64().unwrap() as usize,
        with_terms,
        "{summary}"
    );
    assert_eq!(summary["term_violations"], 0, "{summary}");
    // The strict re-sends are batched as any send: one more request for all of them.
    assert_eq!(
        llm.translate_requests(),
        2,
        "one batch, then one strict batch"
    );
    let strict = &llm.bodies()[1];
    let user: Value =
        serde_json::from_str(strict["messages"][1]["content"].as_str().unwrap()).unwrap();
    assert_eq!(
        user["segments"].as_array().map(Vec::len),
        Some(with_terms),
        "{user}"
    );
    let system = llm.last_body()["messages"][0]["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(system.contains("mandatory"), "{system}");
    let swf = record_containing(&recs, "held by SWF");
    assert!(
        swf["targets"]["zh"]["text"]
            .as_str()
            .unwrap()
            .contains("上海市妇女联合会"),
        "{swf}"
    );
    assert!(swf["targets"]["zh"].get("terms").is_none());
}

#[test]
fn deepl_gets_the_glossary_as_its_own_and_keeps_it_in_sync() {
    let deepl = FakeDeepl::start("deepl-terms-key");
    let ws = with_own_glossary(Config::new().provider("deepl", &deepl.url(), "concurrency = 1"));
    let article = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    let article = article.to_str().unwrap();
    let env = [("DEEPL_API_KEY", "deepl-terms-key")];
    let run = |cache: &str| {
        let run = ws.run(
            &[
                "translate",
                "--provider",
                "deepl",
                "--to",
                "vi,zh",
                "--cache",
                cache,
                article,
            ],
            &env,
        );
        run.assert_code(0);
        ws.json("out/summary.json")
    };
    let summary = run("cache-1");
    // One DeepL glossary per language pair, used by every translate request.
    let (glossaries, created, deleted) = deepl.glossaries();
    assert_eq!(
        (glossaries.len(), created, deleted),
        (2, 2, 0),
        "{glossaries:?}"
    );
    let names: Vec<&str> = glossaries.iter().map(|g| g.name.as_str()).collect();
    assert!(
        names.iter().any(|n| n.starts_with("bitext en-zh "))
            && names.iter().any(|n| n.starts_with("bitext en-vi "))
    );
    let en_zh = glossaries
        .iter()
        .find(|g| g.name.starts_with("bitext en-zh"))
        .unwrap();
    let entries = &en_zh.dictionaries[0].2;
    assert!(entries.contains(&(
        "Shanghai Women's Federation".to_string(),
        "上海市妇女联合会".to_string()
    )));
    assert!(deepl.last_body()["glossary_id"].is_string());
    // The glossary did the work: no violations, no strict retries.
    assert_eq!(summary["term_violations"], 0, "{summary}");
    assert_eq!(summary["term_retries"], 0, "{summary}");

    // Unchanged entries: the same glossaries serve a new run.
    run("cache-2");
    assert_eq!(
        deepl.glossaries().1,
        2,
        "a glossary was created again without a change"
    );

    // A reviewer edits one Chinese form: only the en-zh glossary is replaced.
    let path = ws.path().join("glossary/organisations.tsv");
    let tsv = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        tsv.replace(
            "\t上海市妇女联合会|上海市妇联\t",
            "\t上海市妇联|上海市妇女联合会\t",
        ),
    )
    .unwrap();
    run("cache-3");
    // The older en-zh version stays while a run that started with it may still use it.
    let (glossaries, created, deleted) = deepl.glossaries();
    assert_eq!((glossaries.len(), created, deleted), (3, 3, 0));
    // A day later it is stale: the next run deletes it, and only it.
    deepl.age_glossaries(bitext::provider::deepl::STALE_AFTER + std::time::Duration::from_secs(60));
    run("cache-4");
    let (glossaries, created, deleted) = deepl.glossaries();
    assert_eq!((glossaries.len(), created, deleted), (2, 3, 1));
    let zh: Vec<&FakeGlossary> = glossaries
        .iter()
        .filter(|g| g.name.starts_with("bitext en-zh "))
        .collect();
    assert_eq!(zh.len(), 1);
    assert!(zh[0].dictionaries[0].2.contains(&(
        "Shanghai Women's Federation".to_string(),
        "上海市妇联".to_string()
    )));
}

#[test]
fn deepl_retries_a_term_that_was_missed_with_tags_where_it_can() {
    let deepl = FakeDeepl::start("deepl-terms-key");
    // The first request comes back as if the glossary had not been applied.
    deepl.push_fault(DeeplFault::IgnoreGlossary);
    let ws = with_own_glossary(Config::new().provider("deepl", &deepl.url(), "concurrency = 1"));
    let run = translate_ngo_session(&ws, "deepl", "zh", ("DEEPL_API_KEY", "deepl-terms-key"));
    run.assert_code(0);
    let summary = ws.json("out/summary.json");
    assert!(summary["term_retries"].as_u64().unwrap() >= 3, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    // The retry sent the terms inside tags DeepL leaves alone.
    let body = deepl.last_body();
    assert_eq!(body["tag_handling"], "xml");
    assert_eq!(body["ignore_tags"], serde_json::json!(["keep"]));
    assert!(
        body["text"][0].as_str().unwrap().contains("<keep>"),
        "{body}"
    );
    let recs = ws.jsonl("out/en-shanghai-ngo-leadership-session.jsonl");
    let swf = record_containing(&recs, "held by SWF");
    let zh = swf["targets"]["zh"]["text"].as_str().unwrap();
    assert!(
        zh.contains("上海市妇女联合会") && !zh.contains("<keep>"),
        "{zh}"
    );
}

/// The corpus through each provider, with the project glossary: terms enforced, retried and
/// still violated. The figures are printed (run with `--nocapture`) for the record.
#[test]
fn corpus_terms_through_every_provider() {
    let deepl = FakeDeepl::start("deepl-corpus-key");
    let llm = FakeOpenAi::start("sk-corpus");
    let ws = with_own_glossary(
        Config::new()
            .provider("deepl", &deepl.url(), "")
            .llm(&llm.url(), "model = \"m\""),
    );
    let files = samples();
    let env = [
        ("DEEPL_API_KEY", "deepl-corpus-key"),
        ("LLM_KEY", "sk-corpus"),
    ];
    for provider in ["pseudo", "deepl", "llm"] {
        ws.run(&corpus_args(provider, provider, &files), &env)
            .assert_code(0);
        let s = ws.json("out/summary.json");
        let recs = ws.records();
        let hits: usize = recs
            .iter()
            .map(|r| r["hits"].as_array().map_or(0, Vec::len))
            .sum();
        eprintln!(
            "{provider}: {hits} term hits in the corpus, {} terms enforced, {} strict retries, {} violations, {} requests",
            s["terms_enforced"], s["term_retries"], s["term_violations"], s["requests"]
        );
        assert!(s["terms_enforced"].as_u64().unwrap() > 100);
        assert_eq!(s["term_violations"], 0, "{provider}: {s}");
        // The interview's known mistranslation of 和红梅 is flagged in the source.
        assert!(s["source_flags"].as_u64().unwrap() >= 2, "{s}");
        let flagged = recs.iter().find(|r| r["flags"].is_array()).unwrap();
        assert_eq!(flagged["flags"][0]["id"], "he-hongmei");
        assert_eq!(flagged["flags"][0]["expected"], "He Hongmei");
    }
}

/// What one provider's run over the corpus into the two other languages each cost: its
/// `--dry-run` estimate, and what the fake received and billed.
#[derive(Debug)]
struct Bill {
    provider: &'static str,
    estimated_requests: u64,
    estimated_chars: u64,
    requests: usize,
    billed: usize,
    term_retries: u64,
    term_violations: u64,
}

/// `translate --provider PROFILE --to vi,en,zh --cache CACHE FILES…`: the corpus into the
/// two other languages each.
fn corpus_args<'a>(profile: &'a str, cache: &'a str, files: &'a [String]) -> Vec<&'a str> {
    let mut args = vec![
        "translate",
        "--provider",
        profile,
        "--to",
        "vi,en,zh",
        "--cache",
        cache,
    ];
    args.extend(files.iter().map(String::as_str));
    args
}

/// The `total` line of a `--dry-run`: (characters, requests).
fn dry_run_total(stdout: &str) -> (u64, u64) {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("total"))
        .unwrap_or_else(|| panic!("no total in {stdout}"));
    let n: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap())
        .collect();
    (n[1], n[2])
}

/// Runs the corpus through `profile` with `--dry-run`, then for real (each with a cache of
/// its own), and reads the bill off the fake.
fn corpus_bill(
    ws: &Workspace,
    provider: &'static str,
    profile: &str,
    env: &[(&str, &str)],
    fake: (&dyn Fn() -> usize, &dyn Fn() -> usize),
) -> Bill {
    let files = samples();
    let cache = format!("cache-{profile}");
    let args = corpus_args(profile, &cache, &files);
    let mut dry = args.clone();
    dry.push("--dry-run");
    let estimate = ws.run(&dry, env);
    estimate.assert_code(0);
    let (estimated_chars, estimated_requests) = dry_run_total(&estimate.stdout);
    assert_eq!(fake.0(), 0, "{provider}: the dry run sent a translation");
    ws.run(&args, env).assert_code(0);
    let s = ws.json("out/summary.json");
    let bill = Bill {
        provider,
        estimated_requests,
        estimated_chars,
        requests: fake.0(),
        billed: fake.1(),
        term_retries: s["term_retries"].as_u64().unwrap(),
        term_violations: s["term_violations"].as_u64().unwrap(),
    };
    assert_eq!(
        s["billed_characters"].as_u64().unwrap() as usize,
        bill.billed,
        "{provider}: the run's bill is the fake's"
    );
    eprintln!("{bill:?}");
    bill
}

/// The corpus into the two other languages each (306 texts), with the project glossary,
/// through providers that cannot take it natively for some pairs: Google v2 (no glossary),
/// Microsoft (no dictionary for vi↔zh, and a dictionary billed with its markup elsewhere),
/// DeepL whose key may not use the glossary API. Each protects the terms from the first
/// send, so no term check fails and nothing is paid for twice; the requests are within 10%
/// and the characters within 5% of the best path's (LibreTranslate's placeholders); the dry
/// run predicts the bill exactly. Google and Microsoft with `terms = "markup"` (the engine
/// reads the terms, the markup is billed) are measured too, and held to the requests and the
/// exact dry run. Run with `--nocapture` for the table.
#[test]
fn terms_are_paid_once_where_no_glossary_takes_them() {
    use crate::support::fake_google::FakeGoogle;
    use crate::support::fake_libretranslate::FakeLibre;
    use crate::support::fake_microsoft::FakeMicrosoft;
    let libre = FakeLibre::start(None);
    let google = FakeGoogle::start("AIza-corpus", "token");
    let ms = FakeMicrosoft::start("ms-corpus");
    let google_markup = FakeGoogle::start("AIza-corpus", "token");
    let ms_markup = FakeMicrosoft::start("ms-corpus");
    let deepl = FakeDeepl::start("deepl-corpus");
    deepl.refuse_glossaries(404);
    let with_glossary = FakeDeepl::start("deepl-corpus");
    let ws = with_own_glossary(
        Config::new()
            .provider("libretranslate", &libre.url(), "")
            .provider("google", &google.url(), "")
            .provider("microsoft", &ms.url(), "")
            .provider("deepl", &deepl.url(), "")
            .toml(&format!(
                "[providers.deepl-glossary]\nkind = \"deepl\"\napi_key_env = \"DEEPL_API_KEY\"\nendpoint = \"{}\"\n",
                with_glossary.url()
            ))
            .toml(&format!(
                "[providers.google-markup]\nkind = \"google\"\napi_key_env = \"GOOGLE_API_KEY\"\nendpoint = \"{}\"\nterms = \"markup\"\n",
                google_markup.url()
            ))
            .toml(&format!(
                "[providers.microsoft-markup]\nkind = \"microsoft\"\napi_key_env = \"MICROSOFT_TRANSLATOR_KEY\"\nendpoint = \"{}\"\nterms = \"markup\"\n",
                ms_markup.url()
            )),
    );
    let env = [
        ("GOOGLE_API_KEY", "AIza-corpus"),
        ("MICROSOFT_TRANSLATOR_KEY", "ms-corpus"),
        ("DEEPL_API_KEY", "deepl-corpus"),
    ];
    let best = corpus_bill(
        &ws,
        "libretranslate",
        "libretranslate",
        &env,
        (&|| libre.translate_requests(), &|| libre.billed_chars()),
    );
    let native = corpus_bill(
        &ws,
        "deepl with its glossary",
        "deepl-glossary",
        &env,
        (&|| with_glossary.translate_requests(), &|| {
            with_glossary.billed_chars()
        }),
    );
    let bills = [
        corpus_bill(
            &ws,
            "google v2",
            "google",
            &env,
            (&|| google.translate_requests(), &|| google.billed_chars()),
        ),
        corpus_bill(
            &ws,
            "microsoft",
            "microsoft",
            &env,
            (&|| ms.translate_requests(), &|| ms.billed_chars()),
        ),
        corpus_bill(
            &ws,
            "deepl without its glossary API",
            "deepl",
            &env,
            (&|| deepl.translate_requests(), &|| deepl.billed_chars()),
        ),
    ];
    let markup = [
        corpus_bill(
            &ws,
            "google v2, terms = markup",
            "google-markup",
            &env,
            (&|| google_markup.translate_requests(), &|| {
                google_markup.billed_chars()
            }),
        ),
        corpus_bill(
            &ws,
            "microsoft, terms = markup",
            "microsoft-markup",
            &env,
            (&|| ms_markup.translate_requests(), &|| {
                ms_markup.billed_chars()
            }),
        ),
    ];
    for bill in std::iter::once(&native).chain(&bills).chain(&markup) {
        let who = bill.provider;
        assert_eq!(
            (bill.term_retries, bill.term_violations),
            (0, 0),
            "{bill:?}"
        );
        assert_eq!(
            bill.estimated_requests as usize, bill.requests,
            "{who}: dry run"
        );
        assert_eq!(bill.estimated_chars as usize, bill.billed, "{who}: dry run");
        assert!(
            bill.requests * 10 <= best.requests * 11,
            "{who}: {} requests against {} on the best path",
            bill.requests,
            best.requests
        );
    }
    // Placeholders cost what LibreTranslate's do; DeepL bills no tags, so without its
    // glossary API it pays what it pays with it, give or take the terms' target forms
    // standing for their source forms.
    for bill in &bills {
        assert!(
            bill.billed * 100 <= best.billed * 105,
            "{bill:?} against {best:?}"
        );
    }
    // The markup is billed: the spans cost more than placeholders, the dictionary (source
    // form, target form and element) more again.
    assert!(markup[0].billed > bills[0].billed, "{markup:?}");
    assert!(markup[1].billed > markup[0].billed, "{markup:?}");
    assert!(deepl.glossaries().0.is_empty());
}

/// An engine that loses placeholders (none documents keeping them): the texts whose terms
/// went missing are sent once more, together, in the markup Google and Microsoft document as
/// left untranslated (Microsoft's dictionary where English is on one side), and every term
/// arrives. Google: the English article into Chinese; Microsoft: the Vietnamese one into
/// English and Chinese (texts whose placeholders are the same for both targets in one
/// request, the others one target at a time), every first request losing them, and one
/// strict request per target after.
#[test]
fn a_lost_placeholder_is_sent_again_in_the_documented_markup() {
    use crate::support::fake_google::{FakeGoogle, GoogleFault};
    use crate::support::fake_microsoft::{FakeMicrosoft, MicrosoftFault};
    let google = FakeGoogle::start("AIza-lost", "token");
    google.push_fault(GoogleFault::DropPlaceholders);
    let ms = FakeMicrosoft::start("ms-lost");
    for _ in 0..3 {
        ms.push_fault(MicrosoftFault::DropPlaceholders);
    }
    let ws = with_own_glossary(
        Config::new()
            .provider("google", &google.url(), "concurrency = 1")
            .provider("microsoft", &ms.url(), "concurrency = 1"),
    );
    let expect_all_terms = |file: &str| {
        let summary = ws.json("out/summary.json");
        assert!(summary["term_retries"].as_u64().unwrap() >= 3, "{summary}");
        assert_eq!(summary["term_violations"], 0, "{summary}");
        for rec in ws.jsonl(&format!("out/{file}.jsonl")) {
            for (lang, target) in rec["targets"].as_object().unwrap() {
                let text = target["text"].as_str().unwrap_or_default();
                assert!(
                    !text.contains("[[") && !text.contains("<span"),
                    "{lang}: {text}"
                );
                assert!(target.get("terms").is_none(), "{rec}");
            }
        }
    };

    let run = translate_ngo_session(&ws, "google", "zh", ("GOOGLE_API_KEY", "AIza-lost"));
    run.assert_code(0);
    expect_all_terms("en-shanghai-ngo-leadership-session");
    let bodies = google.bodies();
    assert_eq!(bodies.len(), 2, "one request, then one strict request");
    assert_eq!(bodies[0]["format"], "text");
    assert_eq!(bodies[1]["format"], "html");
    let strict: Vec<&str> = bodies[1]["q"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(
        strict.iter().all(|t| t.contains("<span translate=\"no\">")),
        "{strict:?}"
    );
    assert!(
        strict.iter().any(|t| t.contains("上海市妇女联合会")),
        "{strict:?}"
    );

    let run = translate_sample(
        &ws,
        "vi-asean-women-forum-nanning.txt",
        "microsoft",
        "en,zh",
        ("MICROSOFT_TRANSLATOR_KEY", "ms-lost"),
    );
    run.assert_code(0);
    expect_all_terms("vi-asean-women-forum-nanning");
    let queries = ms.queries();
    let bodies = ms.bodies();
    assert_eq!(queries.len(), 5, "{queries:?}");
    let first = &queries[..3];
    assert!(
        first.iter().any(|q| q.contains("&to=en&to=zh-Hans")),
        "{queries:?}"
    );
    assert!(first.iter().all(|q| !q.contains("textType")), "{queries:?}");
    let texts = |n: usize| -> Vec<String> {
        let items = bodies[n].as_array().unwrap();
        items
            .iter()
            .map(|i| i["Text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!((0..3).flat_map(texts).any(|t| t.contains("[[T1]]")));
    // The strict re-sends: vi→en in the dictionary, vi→zh in spans as HTML.
    for (n, query) in queries.iter().enumerate().skip(3) {
        let texts = texts(n);
        if query.ends_with("&to=en") {
            assert!(!query.contains("textType"), "{query}");
            assert!(texts
                .iter()
                .all(|t| t.contains("<mstrans:dictionary translation=")));
        } else {
            assert!(query.ends_with("&to=zh-Hans&textType=html"), "{query}");
            assert!(texts.iter().all(|t| t.contains("<span translate=\"no\">")));
        }
    }
    assert_ne!(queries[3], queries[4]);
}

/// Eight processes start at once over the same article into two languages, and all list
/// DeepL's glossaries before any creates one (the fake holds their listings together): each
/// creates the pair's glossaries, lists again, keeps the oldest and deletes its own if it is
/// not that one. Two glossaries are left, one per pair, and every request used one of them;
/// a later run creates and deletes nothing.
#[test]
fn deepl_glossaries_are_created_once_by_processes_that_start_together() {
    const PROCESSES: usize = 8;
    let deepl = FakeDeepl::start("deepl-race-key");
    deepl.gather_glossary_lists(PROCESSES);
    let ws = with_own_glossary(Config::new().provider("deepl", &deepl.url(), ""));
    let article = Workspace::sample("en-shanghai-ngo-leadership-session.txt");
    let article = article.to_str().unwrap();
    let args = |n: usize| {
        let (cache, out) = (format!("cache-{n}"), format!("out-{n}"));
        vec![
            "translate".to_string(),
            "--provider".into(),
            "deepl".into(),
            "--to".into(),
            "vi,zh".into(),
            "--cache".into(),
            cache,
            "--out".into(),
            out,
            article.into(),
        ]
    };
    let children: Vec<std::process::Child> = (0..PROCESSES)
        .map(|n| {
            let mut cmd = ws.command();
            cmd.args(args(n))
                .env("DEEPL_API_KEY", "deepl-race-key")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().expect("spawn bitext")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait bitext");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (held, created, deleted) = deepl.glossaries();
    eprintln!(
        "{PROCESSES} processes at once: {created} glossaries created, {deleted} deleted, {} left",
        held.len()
    );
    assert_eq!(held.len(), 2, "{held:?}");
    // Every process saw none and created the first pair's (the second pair's relisting may
    // already show another's): 8 or more when all eight listings were held together, as
    // they are when the test runs alone (9 to 11 seen). Beside other heavy tests the race
    // was seen not to happen (2 created, 0 deleted; not understood yet): what must hold
    // either way is asserted below, and the figure is printed above.
    if created < PROCESSES {
        eprintln!("the race was not provoked this time: {created} created");
    }
    assert_eq!(deleted, created - 2);
    let ids: Vec<&str> = held.iter().map(|g| g.id.as_str()).collect();
    for body in deepl.bodies() {
        let used = body["glossary_id"].as_str().unwrap_or_default();
        assert!(ids.contains(&used), "{body}");
    }

    // A later run finds them by listing: nothing created, nothing deleted.
    let later = ws.run(
        &args(PROCESSES)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        &[("DEEPL_API_KEY", "deepl-race-key")],
    );
    later.assert_code(0);
    assert_eq!(deepl.glossaries().1, created);
    assert_eq!(deepl.glossaries().2, deleted);
}

/// DeepL gets each request's paragraphs as `context`: every sentence sent with the paragraph
/// it comes from, the body as DeepL's OpenAPI description has it (the fake refuses one that
/// is not), and the bill the same as without context (DeepL does not bill it). Turned off
/// with `context = false`, nothing else in the requests changes, and what a run with context
/// cached serves a run without it: context is not part of the cache key.
#[test]
fn deepl_requests_carry_their_paragraphs_as_context_free_of_charge() {
    let with = FakeDeepl::start("deepl-context-key");
    let without = FakeDeepl::start("deepl-context-key");
    let ws = with_own_glossary(
        Config::new()
            .provider("deepl", &with.url(), "")
            .toml(&format!(
                "[providers.deepl-blind]\nkind = \"deepl\"\napi_key_env = \"DEEPL_API_KEY\"\nendpoint = \"{}\"\ncontext = false\n",
                without.url()
            )),
    );
    let files = samples();
    let env = [("DEEPL_API_KEY", "deepl-context-key")];
    let run = |profile: &str, cache: &str| {
        ws.run(&corpus_args(profile, cache, &files), &env)
            .assert_code(0);
        ws.json("out/summary.json")
    };
    let first = run("deepl", "cache-context");
    let blind = run("deepl-blind", "cache-blind");
    assert_eq!(first["failures"], 0, "{first}");

    // Every request carries context, and each of its texts is in it.
    let schema = crate::support::openapi::deepl_translate_request();
    let bodies = with.bodies();
    assert!(!bodies.is_empty());
    for body in &bodies {
        assert_eq!(
            crate::support::openapi::violations(&schema, body),
            Vec::<String>::new()
        );
        let context = body["context"].as_str().expect("a context");
        for text in body["text"].as_array().unwrap() {
            let text = text.as_str().unwrap();
            // The glossary's forms were not applied to the context, only to the texts.
            if body.get("tag_handling").is_none() && body.get("glossary_id").is_some() {
                assert!(context.contains(text), "{text:?} not in {context:?}");
            }
        }
    }
    // The contexts are the articles' paragraphs, never a request's texts alone.
    let recs = ws.records_of(&files);
    let paragraph = record_containing(&recs, "held by SWF");
    let sentence = paragraph["source"]["text"].as_str().unwrap();
    assert!(with
        .contexts()
        .iter()
        .flatten()
        .any(|c| c.contains(sentence) && c.len() > sentence.len()));

    // Without context: the same requests, the same bill, no context anywhere.
    assert!(without.contexts().iter().all(Option::is_none));
    assert_eq!(without.bodies().len(), bodies.len());
    assert_eq!(without.billed_chars(), with.billed_chars());
    assert_eq!(first["billed_characters"], blind["billed_characters"]);
    eprintln!(
        "DeepL context: {} requests, {} characters billed with context, {} without",
        bodies.len(),
        with.billed_chars(),
        without.billed_chars()
    );

    // The cache filled with context serves the run without it: nothing is sent again.
    let before = without.bodies().len();
    let again = run("deepl-blind", "cache-context");
    assert_eq!(without.bodies().len(), before);
    assert_eq!(again["segments_sent"], 0, "{again}");
}

/// An OpenAI-compatible model gets each request's paragraphs as `context` in the user
/// message, with the instruction to read and not translate it; it costs prompt tokens, which
/// the dry run counts and the figures below show. `context = false` sends the requests as
/// they were before context existed.
#[test]
fn llm_requests_carry_their_paragraphs_as_context_at_a_cost_in_tokens() {
    let llm = FakeOpenAi::start("sk-context");
    let blind_llm = FakeOpenAi::start("sk-context");
    let ws = with_own_glossary(
        Config::new()
            .llm(&llm.url(), "model = \"m\"")
            .toml(&format!(
                "[providers.blind]\nkind = \"openai\"\napi_key_env = \"LLM_KEY\"\nendpoint = \"{}\"\nmodel = \"m\"\ncontext = false\n",
                blind_llm.url()
            )),
    );
    let files = samples();
    let env = [("LLM_KEY", "sk-context")];
    let run = |profile: &str, dry: bool| {
        let cache = format!("cache-{profile}");
        let mut args = corpus_args(profile, &cache, &files);
        if dry {
            args.push("--dry-run");
        }
        let run = ws.run(&args, &env);
        run.assert_code(0);
        run.stdout
    };
    let tokens = |stdout: &str| -> u64 {
        let line = stdout.lines().find(|l| l.starts_with("total")).unwrap();
        line.split_whitespace().last().unwrap().parse().unwrap()
    };
    let (with, without) = (tokens(&run("llm", true)), tokens(&run("blind", true)));
    run("llm", false);
    let used_with = ws.json("out/summary.json")["tokens"].as_u64().unwrap();
    run("blind", false);
    let used_without = ws.json("out/summary.json")["tokens"].as_u64().unwrap();
    eprintln!(
        "LLM context: estimated {with} tokens with context, {without} without; used {used_with} and {used_without}"
    );
    assert!(with > without && used_with > used_without);
    let contexts = llm.contexts();
    assert!(!contexts.is_empty() && contexts.iter().all(Option::is_some));
    assert!(blind_llm.contexts().iter().all(Option::is_none));
    let system = llm.bodies()[0]["messages"][0]["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(system.contains("do not translate it"), "{system}");
    let blind_system = blind_llm.bodies()[0]["messages"][0]["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!blind_system.contains("context"), "{blind_system}");
}

/// A glossary deleted while a run uses it (by another process's clean-up, or by hand): the
/// request naming it gets 404, the run drops the glossary and sends the texts again with the
/// terms in tags or in their target form, and nothing fails or misses a term.
#[test]
fn a_deepl_glossary_deleted_under_a_run_is_dropped_and_the_texts_sent_without_it() {
    let deepl = FakeDeepl::start("deepl-gone-key");
    deepl.delete_glossaries_after(1);
    let ws = with_own_glossary(Config::new().provider(
        "deepl",
        &deepl.url(),
        "concurrency = 1\nbatch_size = 5",
    ));
    let run = translate_ngo_session(&ws, "deepl", "vi,zh", ("DEEPL_API_KEY", "deepl-gone-key"));
    run.assert_code(0);
    let stderr = &run.stderr;
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["failures"], 0, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    let bodies = deepl.bodies();
    assert!(bodies[0]["glossary_id"].is_string());
    let last = bodies.last().unwrap();
    assert!(last.get("glossary_id").is_none(), "{last}");
    assert!(stderr.contains("no longer exists"), "{stderr}");
}

/// A key the glossary API refuses with 403 (as a restricted key is) still translates: the
/// run warns once, sends the terms with the texts from the first send, and no term check
/// fails.
#[test]
fn a_deepl_key_refused_the_glossary_api_sends_the_terms_with_the_texts() {
    let deepl = FakeDeepl::start("deepl-403-key");
    deepl.refuse_glossaries(403);
    let ws = with_own_glossary(Config::new().provider("deepl", &deepl.url(), ""));
    let run = translate_ngo_session(&ws, "deepl", "vi,zh", ("DEEPL_API_KEY", "deepl-403-key"));
    run.assert_code(0);
    assert!(
        run.stderr.contains("without DeepL glossaries"),
        "{}",
        run.stderr
    );
    let summary = ws.json("out/summary.json");
    assert_eq!(summary["term_retries"], 0, "{summary}");
    assert_eq!(summary["term_violations"], 0, "{summary}");
    let bodies = deepl.bodies();
    assert!(bodies.iter().all(|b| b.get("glossary_id").is_none()));
    // en→zh has tag handling, en→vi does not: tags for the one, target forms for the other.
    let zh = bodies
        .iter()
        .find(|b| b["target_lang"] == "ZH-HANS")
        .unwrap();
    assert_eq!(zh["tag_handling"], "xml", "{zh}");
    let vi = bodies.iter().find(|b| b["target_lang"] == "VI").unwrap();
    assert!(vi.get("tag_handling").is_none(), "{vi}");
    assert!(
        vi["text"].as_array().unwrap().iter().any(|t| t
            .as_str()
            .unwrap()
            .contains("Hội Liên hiệp Phụ nữ Thượng Hải")),
        "{vi}"
    );
}
