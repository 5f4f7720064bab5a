//! bitext: turn news articles into aligned Vietnamese–English–Chinese parallel text.
//!
//! The stages follow one another and data flows one way:
//! [`document`] reads and cleans, [`segment`] splits into sentences, [`glossary`] finds terms,
//! [`pipeline`] plans, takes reviewers' corrections from [`review`], consults the [`cache`] and
//! calls a [`provider`], producing the [`aligned`] result that [`output`] writes (with a [`summary`] of the run). [`batch`]
//! runs the pipeline over a [`collection`]. Leaves that every stage may use: [`lang`],
//! [`text`], [`xml`] and [`fsio`] (atomic writes, scratch folders). [`config`] resolves
//! bitext.toml into each stage's settings; [`cli`] is the only place that knows about
//! command-line arguments. ARCHITECTURE.md has the map; a test below keeps the graph acyclic.

pub mod aligned;
pub mod batch;
pub mod cache;
pub mod cli;
pub mod collection;
pub mod config;
pub mod document;
pub mod fsio;
pub mod glossary;
pub mod lang;
pub mod output;
pub mod pipeline;
pub mod provider;
pub mod review;
pub mod segment;
pub mod summary;
pub mod text;
pub mod xml;

#[cfg(test)]
mod module_graph {
    //! The crate's top-level modules must not reach each other in a cycle: data flows one way,
    //! and only the command layer sees everything. This reads the sources, so a `use` that
    //! closes a cycle fails here, not in a review.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Which top-level modules each top-level module names (`crate::x`), tests left out.
    fn edges() -> BTreeMap<String, BTreeSet<String>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let single = regex::Regex::new(r"crate::([a-z_]+)").unwrap();
        let group = regex::Regex::new(r"crate::\{([^}]*)\}").unwrap();
        let word = regex::Regex::new(r"(?:^|,)\s*([a-z_]+)").unwrap();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let top = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let top = top.trim_end_matches(".rs").to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            // Unit tests may reach anywhere; they are not part of the graph.
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
            let uses = graph.entry(top.clone()).or_default();
            let mut add = |m: &str| {
                if m != top && m != "self" {
                    uses.insert(m.to_string());
                }
            };
            for c in single.captures_iter(code) {
                add(&c[1]);
            }
            for c in group.captures_iter(code) {
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
