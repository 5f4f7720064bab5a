//! Generates a collection of news articles for batch benchmarks, from the bundled samples
//! (see `benches/support/collection.rs`).
//!
//! ```sh
//! cargo run --release --example collection -- DIR [ARTICLES] [SEED]
//! ```

#[path = "../benches/support/collection.rs"]
mod collection;

use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: collection DIR [ARTICLES (10000)] [SEED (1)]");
        std::process::exit(2);
    };
    let count: usize = args.get(1).map_or(Ok(10_000), |a| a.parse())?;
    let seed: u64 = args.get(2).map_or(Ok(1), |a| a.parse())?;
    let bytes = collection::generate(Path::new(dir), count, seed)?;
    eprintln!(
        "{count} articles, {:.1} MB, in {dir}",
        bytes as f64 / 1_000_000.0
    );
    Ok(())
}
