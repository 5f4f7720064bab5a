//! bitext: turn news articles into aligned Vietnamese–English–Chinese parallel text.
//!
//! The stages follow one another and data flows one way:
//! [`document`] reads and cleans, [`segment`] splits into sentences, [`glossary`] finds terms,
//! [`pipeline`] plans, takes reviewers' corrections from [`review`], consults the [`cache`] and
//! calls a [`provider`], producing the [`aligned`] result that [`output`] writes (with a [`summary`] of the run). [`batch`]
//! runs the pipeline over a [`collection`]. Leaves that every stage may use: [`lang`],
//! [`text`], [`xml`], [`fsio`] (atomic writes, scratch folders) and [`fingerprints`] (a set
//! of fingerprints that moves to disk past a bound). [`config`] resolves
//! bitext.toml into each stage's settings; [`cli`] is the only place that knows about
//! command-line arguments. ARCHITECTURE.md has the map; a test below keeps the graph acyclic.

pub mod aligned;
pub mod batch;
pub mod cache;
pub mod cli;
pub mod collection;
pub mod config;
pub mod document;
pub mod fingerprints;
pub mod fsio;
#[doc(hidden)]
pub mod fuzzing;
pub mod glossary;
pub mod lang;
pub mod output;
pub mod pipeline;
pub mod provider;
pub mod review;
pub mod segment;
pub mod summary;
pub mod text;
pub mod tm;
pub mod xml;

#[cfg(test)]
mod module_graph {
    //! The crate's top-level modules must not reach each other in a cycle: data flows one way,
    //! and only the command layer sees everything. These tests read the sources, so a `use`
    //! that closes a cycle or crosses a seam fails here, not in a review.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    /// Every source file below the command layer: (top-level module, path, code without its
    /// unit tests, which may reach anywhere).
    fn sources() -> Vec<(String, PathBuf, String)> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let top = rel.components().next().unwrap().as_os_str();
            let top = top.to_string_lossy().trim_end_matches(".rs").to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            files.push((top, rel.to_path_buf(), without_test_items(&text)));
        }
        files
    }

    /// The text with every `#[cfg(test)]` item (a test module, a test-only function) cut out,
    /// by matching its braces; braces inside string and character literals and comments do
    /// not count.
    fn without_test_items(text: &str) -> String {
        let mut kept = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("#[cfg(test)]") {
            kept.push_str(&rest[..at]);
            let item = &rest[at..];
            rest = match item.find(['{', ';']) {
                Some(open) if item.as_bytes()[open] == b'{' => {
                    &item[open + item_end(&item[open..])..]
                }
                Some(semi) => &item[semi + 1..],
                None => "",
            };
        }
        kept.push_str(rest);
        kept
    }

    /// The length of the braced block `block` starts with.
    fn item_end(block: &str) -> usize {
        let bytes = block.as_bytes();
        let (mut depth, mut i) = (0usize, 0usize);
        while i < bytes.len() {
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i += block[i..].find('\n').unwrap_or(block.len() - i);
                }
                b'r' if block[i..].starts_with("r#\"") || block[i..].starts_with("r\"") => {
                    let hashes = block[i + 1..].bytes().take_while(|&b| b == b'#').count();
                    let close = format!("\"{}", "#".repeat(hashes));
                    let body = i + 2 + hashes;
                    i = body
                        + block[body..]
                            .find(&close)
                            .map_or(block.len() - body, |e| e + close.len())
                        - 1;
                }
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        block.len()
    }

    /// Which top-level modules each top-level module names (`crate::x`, `crate::{x, y}`).
    fn edges() -> BTreeMap<String, BTreeSet<String>> {
        let single = regex::Regex::new(r"crate::([a-z_]+)").unwrap();
        let group = regex::Regex::new(r"crate::\{([^}]*)\}").unwrap();
        let word = regex::Regex::new(r"(?:^|,)\s*([a-z_]+)").unwrap();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (top, _, code) in sources() {
            let uses = graph.entry(top.clone()).or_default();
            let mut add = |m: &str| {
                if m != top && m != "self" {
                    uses.insert(m.to_string());
                }
            };
            for c in single.captures_iter(&code) {
                add(&c[1]);
            }
            for c in group.captures_iter(&code) {
                for w in word.captures_iter(&c[1]) {
                    add(&w[1]);
                }
            }
        }
        graph
    }

    /// A path from `from` back to `from`, if there is one.
    fn cycle_through(
        graph: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
    ) -> Option<Vec<String>> {
        let mut stack = vec![(from.to_string(), vec![from.to_string()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == from {
                    let mut cycle = path.clone();
                    cycle.push(from.to_string());
                    return Some(cycle);
                }
                if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
        None
    }

    #[test]
    fn top_level_modules_form_no_cycle() {
        let graph = edges();
        assert!(graph.len() > 10, "read too few modules: {graph:?}");
        for module in graph.keys() {
            if let Some(cycle) = cycle_through(&graph, module) {
                panic!("modules form a cycle: {}", cycle.join(" -> "));
            }
        }
    }

    #[test]
    fn only_the_command_layer_uses_the_command_layer() {
        for (module, uses) in edges() {
            assert!(
                module == "cli" || !uses.contains("cli"),
                "{module} uses cli; the command layer sits above every stage"
            );
        }
    }

    #[test]
    fn stages_keep_to_their_side_of_each_seam() {
        let graph = edges();
        let forbidden = [
            ("provider", "cache", "providers know no cache"),
            (
                "provider",
                "pipeline",
                "providers know nothing of planning or retries",
            ),
            ("output", "provider", "outputs know no provider"),
            (
                "output",
                "pipeline",
                "outputs read the aligned result, not the pipeline",
            ),
            (
                "aligned",
                "pipeline",
                "the aligned result does not know who makes it",
            ),
        ];
        for (module, other, why) in forbidden {
            let uses = graph.get(module).cloned().unwrap_or_default();
            assert!(!uses.contains(other), "{module} uses {other}, but {why}");
        }
        for leaf in ["fsio", "lang", "text", "xml", "collection", "fingerprints"] {
            let uses = graph.get(leaf).cloned().unwrap_or_default();
            assert!(
                uses.iter().all(|m| m == "lang" || m == "text"),
                "{leaf} is a leaf but uses {uses:?}"
            );
        }
    }

    #[test]
    fn nothing_below_the_command_layer_reads_the_environment_or_prints() {
        let banned =
            regex::Regex::new(r"\b(std::env::var|env::var|env::vars|e?println!|e?print!)").unwrap();
        for (top, path, code) in sources() {
            if top == "cli" {
                continue;
            }
            if let Some(m) = banned.find(&code) {
                panic!(
                    "src/{} uses {}: only the command layer reads the environment or prints",
                    path.display(),
                    m.as_str()
                );
            }
        }
    }

    #[test]
    fn test_items_are_cut_by_their_braces() {
        let text = "use crate::a;\n#[cfg(test)]\nmod tests {\n    fn f() { let s = \"}\"; let c = '{'; }\n    use crate::b;\n}\nuse crate::c;\n#[cfg(test)]\nuse crate::d;\nfn g() {}\n";
        let kept = without_test_items(text);
        assert!(
            kept.contains("crate::a") && kept.contains("crate::c"),
            "{kept}"
        );
        assert!(
            !kept.contains("crate::b") && !kept.contains("crate::d"),
            "{kept}"
        );
        assert!(kept.contains("fn g()"), "{kept}");
    }

    #[test]
    fn the_check_sees_a_cycle() {
        let mut graph = BTreeMap::new();
        graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
        graph.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
        assert_eq!(
            cycle_through(&graph, "a"),
            Some(vec!["a".into(), "b".into(), "a".into()])
        );
    }
}
