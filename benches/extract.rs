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

/// Paragraphs of readout prose that state no figures, in our own words. Real readouts are mostly
/// such prose: the seed readout holds four claims in 6 KB, our fixtures one every ~100 bytes.
const PROSE: &[&str] = &[
    "The two leaders reaffirmed the strategic partnership between their countries and discussed ways to deepen cooperation on economic competitiveness, climate change, citizen security and the management of migration across the hemisphere.",
    "The President expressed appreciation for the commitment the Prime Minister has shown to confront the trafficking of people, illicit drugs and arms, and both sides agreed to expand law enforcement cooperation against the criminal networks that profit from it.",
    "The ministers discussed the importance of resilient supply chains, the availability of clean energy technologies and advances in artificial intelligence, and agreed that their countries have an opportunity to boost shared prosperity through the creation of good jobs.",
    "The delegations welcomed progress on regulatory alignment in the information and communication technology and semiconductor sectors, which is helping both economies take advantage of opportunities now and in the future.",
    "Both governments recognized the essential partnership they have built to manage unprecedented levels of migration, and agreed to work together to address the actions of those who facilitate irregular migration for profit.",
    "The leaders also discussed their joint commitment to address the root causes of migration and to expand lawful pathways, and expressed concern about efforts to undermine democratic processes in the region.",
];

/// About `bytes` of fixture prose, each copy with its digits shifted so no two copies are alike.
/// With `prose_per_doc` > 0, that many figure-free paragraphs follow each document, for the
/// figure density of real readouts.
fn corpus(bytes: usize, prose_per_doc: usize) -> String {
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
        for p in 0..prose_per_doc {
            out.push_str(PROSE[(k + p) % PROSE.len()]);
            out.push_str(if p % 2 == 1 { "\n\n" } else { " " });
        }
        out.push_str("\n\n");
        k += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    // Load the time automaton and the word tables before timing (once per process).
    let ex = Extractor::new();
    ex.prepare();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("article", |b| b.iter(|| black_box(ex.claims(black_box(ARTICLE)))));

    // Dense: our fixture documents back to back (a claim every ~100 bytes).
    let dense = corpus(5 << 20, 0);
    g.throughput(Throughput::Bytes(dense.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(15));
    g.bench_function("fixtures_5mb/claims", |b| b.iter(|| black_box(ex.claims(black_box(&dense)))));
    g.bench_function("fixtures_5mb/mentions", |b| b.iter(|| black_box(ex.mentions(black_box(&dense)))));
    g.bench_function("fixtures_5mb/times", |b| b.iter(|| black_box(ex.times(black_box(&dense)))));
    // Mixed: each fixture followed by six paragraphs of figure-free readout prose (a claim every
    // ~270 bytes; the seed readout has one every ~1,450).
    let mixed = corpus(5 << 20, 6);
    g.throughput(Throughput::Bytes(mixed.len() as u64));
    g.bench_function("mixed_5mb/claims", |b| b.iter(|| black_box(ex.claims(black_box(&mixed)))));
    // Readout density: fifty paragraphs of figure-free prose after each fixture, for a claim
    // every ~1,450 bytes, as in the seed readout (4 claims in 5.8 KB).
    let readout = corpus(5 << 20, 50);
    g.throughput(Throughput::Bytes(readout.len() as u64));
    g.bench_function("readout_5mb/claims", |b| b.iter(|| black_box(ex.claims(black_box(&readout)))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
