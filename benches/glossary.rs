//! Glossary matching speed: a generated 10,000-term glossary over 10 MB of corpus text, and
//! the time to build the matcher.
//!
//! ```sh
//! cargo bench --bench glossary
//! ```

use bitext::glossary::{parse_tsv, Glossary};
use bitext::lang::{detect, Lang};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn samples() -> Vec<(Lang, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("samples/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("sample");
            (detect(&text).expect("language"), text)
        })
        .collect()
}

/// 10,000 terms, as a newsroom's term base would hold them: the names found in the samples
/// (runs of two to four capitalised words, so that the articles do mention many terms),
/// completed with made-up personal and place names in the three languages that mostly do
/// not occur, as most of a large term base is absent from any one article.
fn generated_glossary(samples: &[(Lang, String)]) -> String {
    let mut state = 0x2545_f491_u64;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n.max(1)
    };
    let mut names = std::collections::BTreeSet::new();
    for (lang, text) in samples {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        for len in 2..=4 {
            for window in words.windows(len) {
                if window.iter().all(|w| w.starts_with(char::is_uppercase)) {
                    names.insert((*lang, window.join(" ")));
                }
            }
        }
    }
    let family = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
    ];
    let middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"];
    let given = [
        "Anh", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương",
        "Thảo", "Thủy", "Trung", "Tuấn", "Yến",
    ];
    let han: Vec<char> = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".chars().collect();
    let mut out = String::from("id\tvi\ten\tzh\tstatus\n");
    let mut n = 0;
    for (lang, name) in &names {
        let (vi, en) = if *lang == Lang::Vi {
            (name.clone(), String::new())
        } else {
            (String::new(), name.clone())
        };
        out.push_str(&format!("c{n}\t{vi}\t{en}\t\tunverified\n"));
        n += 1;
    }
    while n < 10_000 {
        let vi = format!(
            "{} {} {} {}",
            family[next(10)],
            middle[next(8)],
            given[next(16)],
            given[next(16)]
        );
        let ascii: String = vi.chars().filter(char::is_ascii).collect();
        let en = format!("{ascii} {n}");
        let zh: String = (0..3).map(|_| han[next(han.len())]).collect();
        out.push_str(&format!("g{n}\t{vi} {n}\t{en}\t{zh}{n}\tunverified\n"));
        n += 1;
    }
    out
}

fn bench_glossary(c: &mut Criterion) {
    let samples = samples();
    let tsv = generated_glossary(&samples);
    let terms = parse_tsv(Path::new("generated.tsv"), &tsv).expect("generated glossary parses");
    // Segment-sized pieces (lines) of the samples, repeated past 10 MB.
    let lines: Vec<(Lang, &str)> = samples
        .iter()
        .flat_map(|(lang, text)| {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(move |l| (*lang, l))
        })
        .collect();
    let unit: usize = lines.iter().map(|(_, l)| l.len()).sum();
    let copies = (10 * 1024 * 1024) / unit + 1;
    let corpus: Vec<(Lang, &str)> = (0..copies).flat_map(|_| lines.iter().copied()).collect();
    let bytes: usize = corpus.iter().map(|(_, l)| l.len()).sum();

    let mut group = c.benchmark_group("glossary");
    group.sample_size(10);
    group.bench_function("build 10,000 terms", |b| {
        b.iter_batched(
            || terms.clone(),
            |terms| Glossary::from_terms(terms).expect("builds").len(),
            criterion::BatchSize::LargeInput,
        )
    });
    let glossary = Glossary::from_terms(terms.clone()).expect("builds");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(
        format!("match 10,000 terms over {:.1} MB", bytes as f64 / 1e6),
        |b| {
            b.iter(|| {
                corpus
                    .iter()
                    .map(|(lang, line)| glossary.find(*lang, line).len())
                    .sum::<usize>()
            })
        },
    );
    group.bench_function("fold only", |b| {
        b.iter(|| {
            corpus
                .iter()
                .map(|(_, line)| bitext::glossary::fold::fold(line, true).text.len())
                .sum::<usize>()
        })
    });
    group.finish();
    let hits: usize = corpus
        .iter()
        .take(lines.len())
        .map(|(lang, l)| glossary.find(*lang, l).len())
        .sum();
    eprintln!("hits per copy of the samples: {hits}");
}

criterion_group!(benches, bench_glossary);
criterion_main!(benches);
