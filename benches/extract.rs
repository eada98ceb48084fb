//! Throughput of claim extraction, in MB/s, on a generated corpus of readout-like prose.
//!
//! `cargo bench --bench extract` runs it; `cargo bench --bench extract -- --test` is the smoke run.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use policy_claims::Extractor;

const ARTICLE: &str = include_str!("../examples/data/sample_readout.txt");

/// The fixture documents: readouts and fact sheets on trade, migration, aid, health, energy, jobs.
const FIXTURES: &[&str] = &[
    ARTICLE,
    include_str!("../tests/fixtures/trade.txt"),
    include_str!("../tests/fixtures/migration.txt"),
    include_str!("../tests/fixtures/humanitarian.txt"),
    include_str!("../tests/fixtures/health.txt"),
    include_str!("../tests/fixtures/energy.txt"),
    include_str!("../tests/fixtures/jobs.txt"),
];

/// About `bytes` of fixture prose, each copy with its digits shifted so no two copies are alike.
fn corpus(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut k = 0usize;
    while out.len() < bytes {
        let doc = FIXTURES[k % FIXTURES.len()];
        let shift = (k / FIXTURES.len() % 9) as u8;
        out.extend(doc.chars().map(|c| match c {
            '1'..='8' => char::from(b'1' + (c as u8 - b'1' + shift) % 8),
            _ => c,
        }));
        out.push_str("\n\n");
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
