//! Readout-sized documents with varied figures, shared by the pipeline tests and the batch
//! bench (`#[path]`-included there).

/// The sample readout of the `extract` example.
pub const ARTICLE: &str = include_str!("../examples/data/sample_readout.txt");

/// The sample readout with its figures varied by `k`: the first digit of every number except
/// four-digit years is changed, so no two neighbouring documents state the same figures.
pub fn varied(k: usize) -> String {
    let mut out = String::with_capacity(ARTICLE.len());
    let mut rest = ARTICLE;
    let mut n = 0usize;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..i]);
        let digits = rest[i..].find(|c: char| !c.is_ascii_digit()).map_or(rest.len() - i, |j| j);
        let run = &rest[i..i + digits];
        if digits == 4 && (run.starts_with("19") || run.starts_with("20")) {
            out.push_str(run);
        } else {
            let first = usize::from(run.as_bytes()[0] - b'0');
            out.push(char::from(b'1' + ((first + k + n) % 9) as u8));
            out.push_str(&run[1..]);
        }
        n += 1;
        rest = &rest[i + digits..];
    }
    out.push_str(rest);
    out
}
