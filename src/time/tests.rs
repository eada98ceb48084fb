//! Tests of `find_times`: recognition and resolution together.

use super::*;

#[test]
fn debug_dump() {
    let r = ReferenceDate { date: NaiveDate::from_ymd_opt(2023, 11, 17), source: ReferenceSource::Given, span: None };
    let text = std::fs::read_to_string("/tmp/dbg.txt").unwrap_or_default();
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(&format!("## {line}\n"));
        for t in find_times(line, &r) {
            out.push_str(&format!("   {:?} {:?}..{:?} {:?} {:?} rel={}\n", t.text, t.start, t.end, t.granularity, t.kind, t.relative));
        }
    }
    std::fs::write("/tmp/dbg.out", out).unwrap();
}
