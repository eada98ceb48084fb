//! Throughput of claim extraction, in MB/s, on a generated corpus of readout-like prose.
//!
//! `cargo bench --bench extract` runs it; `cargo bench --bench extract -- --test` is the smoke run.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use policy_claims::Extractor;

const ARTICLE: &str = include_str!("../examples/data/sample_readout.txt");

/// Paragraphs in the style of readouts and fact sheets, with `{n}` slots for varying figures.
const PARAGRAPHS: &[&str] = &[
    "Two-way trade in goods and services between the two countries reached ${n}.4 billion in 2022, and the leaders agreed to expand cooperation on supply chains and clean energy.",
    "Nearly {n}00,000 individuals have arrived lawfully under the parole process in the last 12 months, and more than {n},000 refugees were resettled since January 2021.",
    "The Department announced up to ${n} million in new humanitarian assistance for FY 2024, bringing total support to between $3 and $3.5 billion since fiscal year 2017.",
    "Unemployment fell to {n}.1 percent in April 2023, the economy added roughly {n}50,000 jobs, and wages rose 0.{n} percentage points faster than prices.",
    "The new plants will add {n} GW of solar capacity and cut emissions by about {n} million metric tons a year, while oil output held near {n}.2 million barrels per day.",
    "The two leaders reaffirmed their commitment under Title 42 and the G7 framework, and discussed COVID-19 recovery and 5G networks during the once-in-a-generation summit.",
    "Health officials delivered {n} million doses of vaccine to more than {n},000 clinics, and one in five adults in rural counties received a booster by November 17, 2023.",
    "Millions of jobs depend on this partnership, and hundreds of thousands of workers cross the border each day; tens of billions of dollars in goods move through {n} ports of entry.",
];

/// About `bytes` of prose made from [`PARAGRAPHS`] with varying figures.
fn corpus(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 512);
    let mut k = 0usize;
    while out.len() < bytes {
        let p = PARAGRAPHS[k % PARAGRAPHS.len()];
        out.push_str(&p.replace("{n}", &(k % 9 + 1).to_string()));
        out.push_str(if k % 4 == 3 { "\n\n" } else { " " });
        k += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    c.bench_function("build", |b| b.iter(|| black_box(Extractor::new())));

    let ex = Extractor::new();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("article", |b| b.iter(|| black_box(ex.claims(black_box(ARTICLE)))));

    let big = corpus(5 << 20);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(15));
    g.bench_function("corpus_5mb/claims", |b| b.iter(|| black_box(ex.claims(black_box(&big)))));
    g.bench_function("corpus_5mb/mentions", |b| b.iter(|| black_box(ex.mentions(black_box(&big)))));
    g.bench_function("corpus_5mb/times", |b| b.iter(|| black_box(ex.times(black_box(&big)))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
