//! The two promises of the README, on hostile text: extraction takes time linear in the input,
//! and memory bounded by a small constant times the input.
//!
//! Each generator of `hostile` runs at two sizes, 4× apart, through `claims` (and some through
//! `mentions` and `times`). The larger must cost at most [`SLOWER`] times the time of the smaller
//! (linear time is 4×; quadratic would be 16×). Some generators run again at two sizes larger
//! than a paragraph ever grows (the library reads a bounded paragraph at a time), and the larger
//! may hold at most [`WORKING`] bytes per input byte more than the smaller did, besides its
//! output; the output itself is held whole, at most [`PER_ITEM`] bytes per claim, mention or
//! time. The sizes are small, so that the test stays fast in the unoptimised test profile.
//!
//! A counting global allocator records the peak of live heap bytes. This binary holds a single
//! test, so nothing else runs while it measures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use policy_claims::Extractor;

mod hostile;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The smaller input of the timing runs, in bytes; the larger is four times as long.
const SMALL: usize = 32 << 10;

/// The smaller input of the memory runs: larger than the longest paragraph the library reads
/// at once (128 KB), so that what grows beyond it grows with the input.
const SMALL_MEMORY: usize = 160 << 10;

/// At most this many times slower on four times the input.
const SLOWER: f64 = 6.0;

/// The least time a run counts as taking, against timer noise.
const FLOOR: Duration = Duration::from_millis(3);

/// At most this many bytes held per input byte beyond the smaller run's, besides the output.
const WORKING: f64 = 16.0;

/// At most this many bytes per claim, mention or time returned, with its strings.
const PER_ITEM: usize = 1024;

/// What may stay allocated after a run besides its output (tables built on first use).
const SLACK: usize = 64 << 10;

/// One run: how long it took, the most heap it held at once beyond what was live before it,
/// how much of that its result still holds when it returns (the output), and how many items.
#[derive(Debug, Clone, Copy)]
struct Run {
    time: Duration,
    peak: usize,
    output: usize,
    items: usize,
}

impl Run {
    fn working(&self) -> usize {
        self.peak - self.output
    }
}

fn measure<T>(f: impl FnOnce() -> Vec<T>) -> Run {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let start = Instant::now();
    let out = f();
    let time = start.elapsed();
    let run = Run {
        time,
        peak: PEAK.load(Relaxed) - before,
        output: LIVE.load(Relaxed).saturating_sub(before),
        items: out.len(),
    };
    drop(out);
    run
}

/// Which of the library's readings to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Claims,
    Mentions,
    Times,
}

fn run(ex: &Extractor, what: What, text: &str) -> Run {
    match what {
        What::Claims => measure(|| ex.claims(text)),
        What::Mentions => measure(|| ex.mentions(text)),
        What::Times => measure(|| ex.times(text)),
    }
}

/// The faster of `n` runs (time is noisy; memory is not).
fn best_of(n: usize, ex: &Extractor, what: What, text: &str) -> Run {
    (0..n).map(|_| run(ex, what, text)).min_by_key(|r| r.time).expect("n > 0")
}

/// What is wrong with a run on `large` beside one on `small`, if anything.
fn fault(small: &Run, large: &Run, small_len: usize, large_len: usize, memory: bool) -> Option<String> {
    // Times of a few milliseconds are mostly noise: the smaller counts as at least [`FLOOR`].
    let ratio = large.time.as_secs_f64() / small.time.max(FLOOR).as_secs_f64();
    if ratio > SLOWER {
        return Some(format!("{ratio:.1}x the time for 4x the input"));
    }
    if !memory {
        return None;
    }
    let grown = large.working().saturating_sub(small.working()) as f64 / (large_len - small_len) as f64;
    if grown > WORKING {
        return Some(format!("{grown:.1} more bytes held per input byte"));
    }
    if large.output > PER_ITEM * large.items + SLACK {
        return Some(format!("{} bytes of output for {} items", large.output, large.items));
    }
    None
}

/// Runs `what` on `generate`'s text at `size` and four times `size`; a line for the report, and
/// what is wrong, if anything.
fn check(
    ex: &Extractor,
    name: &str,
    generate: fn(usize) -> String,
    what: What,
    size: usize,
) -> (String, Option<String>) {
    let memory = size >= SMALL_MEMORY;
    let (small_text, large_text) = (generate(size), generate(4 * size));
    let (small_len, large_len) = (small_text.len(), large_text.len());
    let mut small = run(ex, what, &small_text);
    let mut large = run(ex, what, &large_text);
    let mut found = fault(&small, &large, small_len, large_len, memory);
    // A fault is measured again, twice, the faster of three runs each, before it counts.
    for _ in 0..2 {
        if found.is_none() {
            break;
        }
        small = best_of(3, ex, what, &small_text);
        large = best_of(3, ex, what, &large_text);
        found = fault(&small, &large, small_len, large_len, memory);
    }
    let line = format!(
        "{name:>28} {what:>8?} {:>4} KB: {:>7.1?} -> {:>7.1?}; {:6.2} bytes per input byte held, {:6.2} with the \
         output ({} items)",
        size >> 10,
        small.time,
        large.time,
        large.working() as f64 / large_len as f64,
        large.peak as f64 / large_len as f64,
        large.items,
    );
    let found = found.map(|f| format!("{line}: {f}"));
    (line, found)
}

#[test]
fn linear_time_and_bounded_memory_on_hostile_text() {
    let ex = Extractor::new();
    ex.prepare();
    let start = Instant::now();
    let mut report = Vec::new();
    let mut faults = Vec::new();
    for (name, generate) in hostile::generators() {
        let mut runs = vec![(What::Claims, SMALL)];
        if hostile::MENTIONS.contains(&name) {
            runs.push((What::Mentions, SMALL));
        }
        if hostile::TIMES.contains(&name) {
            runs.push((What::Times, SMALL));
        }
        if let Some(&(_, what)) = hostile::MEMORY.iter().find(|(n, _)| *n == name) {
            let what = match what {
                "times" => What::Times,
                "mentions" => What::Mentions,
                _ => What::Claims,
            };
            runs.push((what, SMALL_MEMORY));
        }
        for (what, size) in runs {
            let (line, found) = check(&ex, name, generate, what, size);
            report.push(line);
            faults.extend(found);
        }
    }
    if std::env::var_os("LIMITS_REPORT").is_some() {
        eprintln!("{}\ntotal {:?}", report.join("\n"), start.elapsed());
    }
    assert!(faults.is_empty(), "broken promises:\n{}", faults.join("\n"));
}
