//! Batch throughput, in documents per second: 1,000 readout-sized documents, one thread against
//! `Extractor::extract_all` on all cores (feature `parallel`, on by default).
//!
//! `cargo bench --bench batch` runs it; `cargo bench --bench batch -- --test` is the smoke run.
//! The speed-up is the ratio of the `batch/single` and `batch/parallel` times; a last line also
//! quotes it from the two run in alternation, which is fairer on a machine shared with other work.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, Criterion, Throughput};
use policy_claims::{Document, Extractor};

#[path = "../tests/varied.rs"]
mod varied;
use varied::varied;

fn documents(n: usize) -> Vec<Document> {
    (0..n).map(|k| Document::new(k as u64, varied(k))).collect()
}

fn bench(c: &mut Criterion) {
    let ex = Extractor::new();
    let docs = documents(1_000);
    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    g.bench_function("single", |b| {
        b.iter(|| black_box(&docs).iter().map(|d| ex.extract_document(d)).collect::<Vec<_>>())
    });
    #[cfg(feature = "parallel")]
    g.bench_function("parallel", |b| b.iter(|| ex.extract_all(black_box(&docs))));
    g.finish();
}

/// Criterion measures `single` and `parallel` one after the other, so on a machine shared with
/// other work their ratio also measures how the load changed in between. This runs the two in
/// alternation and quotes the speed-up from the fastest run of each, and from the medians.
#[cfg(feature = "parallel")]
fn interleaved_speedup(rounds: usize) {
    use std::time::Instant;
    let ex = Extractor::new();
    let docs = documents(1_000);
    let time = |f: &dyn Fn() -> Vec<policy_claims::DocumentClaims>| {
        let t = Instant::now();
        black_box(f());
        t.elapsed().as_secs_f64()
    };
    let (mut single, mut parallel) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        single.push(time(&|| docs.iter().map(|d| ex.extract_document(d)).collect()));
        parallel.push(time(&|| ex.extract_all(&docs)));
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[0], v[v.len() / 2])
    };
    let ((s_min, s_med), (p_min, p_med)) = (stats(&mut single), stats(&mut parallel));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "batch/interleaved ({rounds} rounds, 1,000 documents, {threads} threads): single {:.0} docs/s, parallel {:.0} \
         docs/s, speed-up {:.2}x (fastest runs), {:.2}x (medians)",
        1000.0 / s_min,
        1000.0 / p_min,
        s_min / p_min,
        s_med / p_med
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    #[cfg(feature = "parallel")]
    if !std::env::args().any(|a| a == "--test" || a == "--list") {
        interleaved_speedup(21);
    }
}
