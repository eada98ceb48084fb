//! Hostile inputs for the linear-time and memory tests: each generator repeats a pattern that
//! once cost, or could cost, more than linear time or memory, up to about `bytes` bytes.

/// A generator's name and the function that writes about `bytes` of it.
pub type Generator = (&'static str, fn(usize) -> String);

/// Ordinary prose: our fixture documents back to back.
const PROSE: &[&str] = &[
    include_str!("../fixtures/trade.txt"),
    include_str!("../fixtures/migration.txt"),
    include_str!("../fixtures/humanitarian.txt"),
    include_str!("../fixtures/health.txt"),
    include_str!("../fixtures/energy.txt"),
    include_str!("../fixtures/jobs.txt"),
];

/// `unit` repeated to about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// The generators whose text the tests read with `mentions` as well as `claims`.
pub const MENTIONS: &[&str] = &["vulgar fractions", "no white space: 1.1.1.", "slashes", "dashes"];

/// The generators whose text the tests read with `times` as well as `claims`.
pub const TIMES: &[&str] = &["month names", "slashes", "sentences", "no white space: 1.1.1."];

/// The generators whose text the memory test reads, and with what: text without white space
/// once made one paragraph of the whole input.
pub const MEMORY: &[(&str, &str)] = &[
    ("prose", "claims"),
    ("no white space: 1.1.1.", "claims"),
    ("vulgar percentages", "mentions"),
    ("no-break spaces", "claims"),
    ("month names", "times"),
];

/// Every generator, by name.
pub fn generators() -> Vec<Generator> {
    vec![
        ("prose", |n| {
            let mut s = String::with_capacity(n + 8192);
            let mut k = 0;
            while s.len() < n {
                s.push_str(PROSE[k % PROSE.len()]);
                s.push_str("\n\n");
                k += 1;
            }
            s
        }),
        ("vulgar fractions", |n| repeat("½ ", n)),
        ("vulgar fractions and commas", |n| repeat("½, ", n)),
        ("vulgar percentages", |n| repeat("½%", n)),
        ("bracketed fractions", |n| repeat("(½) ", n)),
        ("dollar fractions", |n| repeat("$½ ", n)),
        ("no white space: 1.1.1.", |n| repeat("1.", n)),
        ("no white space: figures", |n| repeat("$1-2%,3/4;5.6€", n)),
        ("no white space: words", |n| repeat("millionsofdollars", n)),
        ("no-break spaces", |n| repeat("5\u{a0}million\u{a0}dollars\u{a0}", n)),
        ("month names", |n| {
            repeat("January February March April May June July August September October November December ", n)
        }),
        ("slashes", |n| {
            let mut s = String::with_capacity(n + 16);
            let mut k = 1u64;
            while s.len() < n {
                s.push_str(&k.to_string());
                s.push('/');
                k += 1;
            }
            s
        }),
        ("hedges", |n| repeat("nearly more than up to between about ", n)),
        ("hedged figures", |n| repeat("more than 10 and less than 20 or about 3-5 MUSD ", n)),
        ("claims", |n| repeat("2,000 refugees arrived in 2022 and ", n)),
        ("list lines", |n| repeat("$4 million\n- $7 million for food\n", n)),
        ("dashes", |n| repeat("1-2–3—4‑5−", n)),
        ("sentences", |n| repeat("It rose 5%. In May. ", n)),
    ]
}
