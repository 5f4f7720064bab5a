//! A generated collection of news articles for batch benchmarks, from the bundled samples.
//!
//! Each article takes real sentences of the samples (page noise included) and varies them with
//! a place, a date and a figure, so that most segments of the collection are distinct, as
//! they are across a site's articles; some repeat, as boilerplate does. Articles go under
//! `DIR/site-N/YYYY/MM/`, about 5.8 KB each: 10,000 articles make about 58 MB. The same seed
//! gives the same collection. Used by `examples/collection.rs` and `benches/batch.rs`.

use bitext::document::{Cleaner, InputFormat, LangChoice};
use bitext::segment::segment_input;
use std::path::{Path, PathBuf};

const PLACES_EN: [&str; 12] = [
    "Beijing",
    "Shanghai",
    "Hanoi",
    "Nanning",
    "Kunming",
    "Ho Chi Minh City",
    "Guangzhou",
    "Da Nang",
    "Shenzhen",
    "Hai Phong",
    "Chengdu",
    "Can Tho",
];
const PLACES_VI: [&str; 8] = [
    "Hà Nội",
    "Nam Ninh",
    "Bắc Kinh",
    "Thượng Hải",
    "Đà Nẵng",
    "Côn Minh",
    "Hải Phòng",
    "Cần Thơ",
];

struct Pool {
    vietnamese: bool,
    /// Paragraphs of the samples, each a list of its sentences.
    paragraphs: Vec<Vec<String>>,
    /// Lines the reader drops or keeps as captions: image names, chrome.
    noise: Vec<String>,
}

fn pools(samples: &Path) -> Result<Vec<Pool>, Box<dyn std::error::Error>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut pools = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        let shown = path.display().to_string();
        let doc = segment_input(
            "sample",
            &shown,
            &text,
            InputFormat::Text,
            LangChoice::Auto,
            &Cleaner::default(),
            false,
        )?;
        let paragraphs = doc
            .blocks
            .iter()
            .map(|b| b.segments.iter().map(|s| s.text.clone()).collect())
            .filter(|s: &Vec<String>| !s.is_empty())
            .collect();
        let noise = doc.dropped.iter().map(|d| d.text.clone()).collect();
        pools.push(Pool {
            vietnamese: doc.lang == bitext::lang::Lang::Vi,
            paragraphs,
            noise,
        });
    }
    Ok(pools)
}

/// A sentence of the pool, made distinct by a place, a date and a figure.
fn vary(sentence: &str, vietnamese: bool, rng: &mut fastrand::Rng) -> String {
    let body = sentence.trim_end_matches(['.', '!', '?', '。']);
    let end = &sentence[body.len()..];
    let end = if end.is_empty() { "." } else { end };
    let day = rng.u32(1..=28);
    let month = rng.u32(1..=12);
    let figure = rng.u32(2..=900);
    if vietnamese {
        let place = PLACES_VI[rng.usize(..PLACES_VI.len())];
        match rng.u8(0..3) {
            0 => format!("{body} tại {place} ngày {day}/{month}{end}"),
            1 => format!("{body}, với {figure} đại biểu tham dự{end}"),
            _ => format!("Tại {place}, {}{end}", lower_first(body)),
        }
    } else {
        let place = PLACES_EN[rng.usize(..PLACES_EN.len())];
        match rng.u8(0..3) {
            0 => format!("{body} in {place} on {month}/{day}{end}"),
            1 => format!("{body}, with {figure} participants{end}"),
            _ => format!("In {place}, {}{end}", lower_first(body)),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        // Proper names stay capitalised: only lowercase a word that is followed by lowercase.
        Some(c) if chars.clone().next().is_some_and(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}

fn article(pool: &Pool, rng: &mut fastrand::Rng, n: usize) -> String {
    let mut out = String::with_capacity(6_500);
    let title = &pool.paragraphs[rng.usize(..pool.paragraphs.len())][0];
    out.push_str(title.trim_end_matches('.'));
    out.push_str(&format!(" ({n})\n\n"));
    while out.len() < 5_600 {
        if !pool.noise.is_empty() && rng.u8(0..8) == 0 {
            out.push_str(&pool.noise[rng.usize(..pool.noise.len())]);
            out.push_str("\n\n");
        }
        let paragraph = &pool.paragraphs[rng.usize(..pool.paragraphs.len())];
        let take = paragraph.len().min(rng.usize(2..=4));
        let start = rng.usize(..=paragraph.len() - take);
        let sentences: Vec<String> = paragraph[start..start + take]
            .iter()
            .map(|s| vary(s, pool.vietnamese, rng))
            .collect();
        out.push_str(&sentences.join(" "));
        out.push_str("\n\n");
    }
    out
}

/// Writes `count` articles under `dir`; returns their total size in bytes.
pub fn generate(dir: &Path, count: usize, seed: u64) -> Result<usize, Box<dyn std::error::Error>> {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let pools = pools(&samples)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut bytes = 0usize;
    for n in 0..count {
        // One Vietnamese article in five, as on a bilingual site.
        let pool = if n % 5 == 0 {
            pools.iter().find(|p| p.vietnamese)
        } else {
            let english: Vec<&Pool> = pools.iter().filter(|p| !p.vietnamese).collect();
            english.get(rng.usize(..english.len().max(1))).copied()
        }
        .ok_or("samples/ has no article of that language")?;
        let text = article(pool, &mut rng, n);
        let path = dir
            .join(format!("site-{}", n % 4))
            .join(format!("{}", 2020 + n % 7))
            .join(format!("{:02}", 1 + n % 12))
            .join(format!("article-{n:05}.txt"));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &text)?;
        bytes += text.len();
    }
    Ok(bytes)
}
