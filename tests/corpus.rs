//! Snapshot of every claim in each fixture document, rendered for review: one block per claim
//! with its kind, value, unit, hedge, time, counted noun, change and modality, then its source line with carets
//! under the figure.

use std::fmt::Write;

use chrono::NaiveDate;
use policy_claims::{Calendar, Claim, Extractor, Modality, TimeKind};

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).unwrap().as_str().unwrap_or_default().to_string()
}

/// The line around `c`, cut to 50 characters each side, with carets under the figure.
fn context(text: &str, c: &Claim) -> String {
    let line_start = text[..c.span.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[c.span.end..].find('\n').map_or(text.len(), |k| c.span.end + k);
    let before: String = {
        let b = &text[line_start..c.span.start];
        let n = b.chars().count();
        b.chars().skip(n.saturating_sub(50)).collect()
    };
    let figure = &text[c.span.start..c.span.end];
    let after: String = text[c.span.end..line_end].chars().take(50).collect();
    let pad = " ".repeat(before.chars().count());
    let carets = "^".repeat(figure.chars().count().max(1));
    format!("    {before}{figure}{after}\n    {pad}{carets}")
}

fn render(text: &str, claims: &[Claim]) -> String {
    let mut out = String::new();
    for c in claims {
        let value = match c.value_high {
            Some(h) => format!("{}..{}", c.value, h),
            None => c.value.to_string(),
        };
        write!(out, "[{}..{}] {} {}", c.span.start, c.span.end, snake(&c.kind), value).unwrap();
        if let Some(u) = &c.unit {
            write!(out, " {u}").unwrap();
        }
        write!(out, " | hedge {}", snake(&c.hedge.kind)).unwrap();
        if let Some(t) = &c.hedge.text {
            write!(out, " {t:?}").unwrap();
        }
        if let Some(t) = &c.time {
            let dates = match (t.start, t.end) {
                (Some(s), Some(e)) => format!("{s}..{e}"),
                (None, Some(e)) => format!("..{e}"),
                (Some(s), None) => format!("{s}.."),
                (None, None) => "unresolved".to_string(),
            };
            write!(out, " | time {:?} {dates}", t.text).unwrap();
            // The role, part and calendar where they are not the plain case.
            if t.kind != TimeKind::Period {
                write!(out, " {}", t.kind.as_str()).unwrap();
            }
            if let Some(m) = t.modifier {
                write!(out, " ({})", m.as_str()).unwrap();
            }
            if t.calendar != Calendar::Gregorian {
                write!(out, " [{}]", t.calendar.as_str()).unwrap();
            }
        }
        if let Some(n) = &c.counted {
            write!(out, " | counted {n:?}").unwrap();
        }
        // What the claim says, where it is not a plain reported level.
        if let Some(ch) = &c.change {
            write!(out, " | {}", ch.role).unwrap();
            if let Some(d) = ch.direction {
                write!(out, " {d}").unwrap();
            }
            if let Some(p) = ch.partner {
                write!(out, " (with {:?})", claims[p].text).unwrap();
            }
        }
        if c.modality != Modality::Reported {
            write!(out, " | {}", c.modality).unwrap();
        }
        writeln!(out, "\n{}", context(text, c)).unwrap();
    }
    out
}

/// Every fixture document, snapshot `extract@NAME.txt` each (as `insta::glob!` names them; a
/// directory listing does the globbing, so the tests need not build insta's `glob` feature).
#[test]
fn extract() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    assert!(paths.len() >= 6, "fixtures missing from {}", dir.display());
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let claims = Extractor::new().claims(&text);
        insta::with_settings!({ snapshot_suffix => name, input_file => &path }, {
            insta::assert_snapshot!(render(&text, &claims));
        });
    }
}

#[test]
fn extract_with_a_given_reference_date() {
    let text = std::fs::read_to_string("tests/fixtures/migration.txt").unwrap();
    let ex = Extractor::builder().reference_date(NaiveDate::from_ymd_opt(2023, 11, 17).unwrap()).build();
    insta::assert_snapshot!(render(&text, &ex.claims(&text)));
}
