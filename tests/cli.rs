//! The `policy-claims` program (and the `extract` example, the same program), run as a process:
//! flags, help, JSON-lines input, CSV output, offsets, context, error handling, bounded memory.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use policy_claims::Extractor;

use crate::varied::varied;

/// Readout-like documents in our own words, with no time expressions or datelines so that the
/// snapshots do not depend on time resolution. The ids exercise CSV quoting.
const DOCS: &[(&str, &str)] = &[
    (
        r#""trade-1""#,
        "The delegations reviewed commerce across the border. Exports of farm goods reached $2.4 billion, \
         and about 1,500 firms now ship to both markets. Tariffs on fertiliser fell by 3 percent.",
    ),
    (
        "42",
        "On migration, the officials noted that more than 12,000 asylum seekers were registered at the \
         northern crossings, and nearly two-thirds of them were families.",
    ),
    (
        r#""aid, \"phase 2\"\nannex""#,
        "The agency will provide up to $15 million in food aid, enough for between 80,000 and 95,000 people, \
         and will deliver 4,200 metric tons of grain.",
    ),
];

fn docs_jsonl() -> String {
    DOCS.iter().map(|(id, text)| format!("{{\"id\": {id}, \"text\": {}}}\n", serde_json::json!(text))).collect()
}

/// The `policy-claims` binary, which cargo builds for this test with the same profile and
/// features (so no second build of the library, as running `cargo build` from here would be).
fn program() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_policy-claims"))
}

/// Runs the program with `args` and `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    run_with(program(), args, stdin)
}

fn run_with(program: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start policy-claims");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_string();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// RFC 4180 records, parsed independently of the program's writer: fields separated by commas,
/// records by CRLF, quoted fields may hold commas, CR, LF and doubled quotes.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert!(!matches!(c, '"' | '\r' | '\n'), "unquoted {c:?} in a CSV field");
                field.push(c);
            }
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "CSV does not end with a complete record");
    rows
}

#[test]
fn jsonl_in_jsonl_out() {
    let out = run(&["--input", "jsonl", "--format", "jsonl"], &docs_jsonl());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // Every claim of every document, with its id and source, in input order.
    let ex = Extractor::new();
    let want: Vec<(serde_json::Value, String)> = DOCS
        .iter()
        .flat_map(|(id, t)| {
            let id: serde_json::Value = serde_json::from_str(id).unwrap();
            ex.claims(t).into_iter().map(move |c| (id.clone(), c.text))
        })
        .collect();
    let got: Vec<(serde_json::Value, String)> =
        lines.iter().map(|l| (l["id"].clone(), l["text"].as_str().unwrap().to_string())).collect();
    assert_eq!(got, want);
    assert!(lines.iter().all(|l| l["source"] == "-"));
    // The documents exercise an integer id: the comparison above covers it only if it has claims.
    assert!(got.iter().any(|(id, _)| id == 42));
    insta::assert_snapshot!("jsonl_out", stdout);
}

#[test]
fn jsonl_in_csv_out() {
    let out = run(&["--input", "jsonl", "--format", "csv"], &docs_jsonl());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let rows = parse_csv(&stdout);
    assert_eq!(rows[0][..5], ["source", "id", "text", "start", "end"]);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "ragged CSV");
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let ex = Extractor::new();
    let mut want = Vec::new();
    for (id, t) in DOCS {
        let id = match serde_json::from_str::<serde_json::Value>(id).unwrap() {
            serde_json::Value::String(s) => s,
            n => n.to_string(),
        };
        for c in ex.claims(t) {
            let hedge = serde_json::to_value(c.hedge.kind).unwrap().as_str().unwrap().to_string();
            want.push(vec![id.clone(), c.text, c.span.start.to_string(), c.span.end.to_string(), hedge]);
        }
    }
    let got: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|r| ["id", "text", "start", "end", "hedge"].iter().map(|h| r[col(h)].clone()).collect())
        .collect();
    assert_eq!(got, want);
    // The id with a comma, quotes and a newline survives the round trip.
    assert!(got.iter().any(|r| r[0] == "aid, \"phase 2\"\nannex"));
    assert!(stdout.contains(
        r#","aid, ""phase 2""
annex","#
    ));
    insta::assert_snapshot!("csv_out", stdout);
}

#[test]
fn malformed_lines_are_reported_skipped_and_fail_the_run() {
    let good = docs_jsonl();
    let good: Vec<&str> = good.lines().collect();
    let input = [
        good[0],
        "",
        "{\"id\": 7, \"text\": \"unterminated",
        "   ",
        good[1],
        "{\"id\": 8}",
        "{\"id\": 9, \"text\": \"About 40 trucks.\", \"reference_date\": \"2024-02-30\"}",
        "[\"not\", \"an object\"]",
        "{\"text\": \"No id for these 12 ships.\"}",
        "{\"id\": -1, \"text\": \"Negative ids are refused.\"}",
        good[2],
    ]
    .join("\n");
    let out = run(&["--input", "jsonl", "--format", "jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    insta::assert_snapshot!("malformed_stderr", stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 6, "{stderr}");
    for (line, number) in lines.iter().zip([3, 6, 7, 8, 9, 10]) {
        assert!(line.starts_with(&format!("policy-claims: standard input: line {number}: ")), "{line}");
    }
    // Every well-formed document still comes out, complete and in order.
    let clean = run(&["--input", "jsonl", "--format", "jsonl"], &docs_jsonl());
    assert_eq!(text(&out.stdout), text(&clean.stdout));
}

#[test]
fn numeric_and_string_ids_and_reference_dates() {
    let input = "{\"id\": 5, \"text\": \"Nearly 300 families arrived.\", \"reference_date\": \"2023-11-17\"}\n\
                 {\"id\": \"5\", \"text\": \"Nearly 300 families arrived.\", \"reference_date\": null, \"lang\": \"en\"}\n";
    let out = run(&["--input", "jsonl", "--format", "jsonl"], input);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((&lines[0]["id"], &lines[1]["id"]), (&serde_json::json!(5), &serde_json::json!("5")));
    assert_eq!(lines[0]["value"], "300");
}

#[test]
fn summary_goes_to_stderr_for_machine_formats() {
    let out = run(&["--input", "jsonl", "--format", "csv", "--summary"], &docs_jsonl());
    assert_eq!(out.status.code(), Some(0));
    assert!(!text(&out.stdout).contains("summary"));
    let stderr = text(&out.stderr);
    insta::assert_snapshot!("summary_stderr", stderr);
    let claims: usize = DOCS.iter().map(|(_, t)| Extractor::new().claims(t).len()).sum();
    assert!(stderr.contains(&format!("summary: total: 3 documents, {claims} claims, 0 input lines skipped")));

    let out = run(&["--input", "jsonl", "--summary"], &docs_jsonl());
    let stdout = text(&out.stdout);
    assert_eq!(text(&out.stderr), "");
    assert!(stdout.ends_with(&format!("{}\n", stderr.lines().last().unwrap())), "{stdout}");
}

#[test]
fn threads_flag() {
    let input: String = (0..600)
        .map(|k| format!("{}\n", serde_json::json!({"id": k, "text": varied(k)})))
        .collect::<String>()
        .replace("\"id\":599,", "\"id\":599.5,");
    let one = run(&["--input", "jsonl", "--format", "jsonl", "--threads", "1"], &input);
    let two = run(&["--input", "jsonl", "--format", "jsonl", "--threads", "2"], &input);
    let all = run(&["--input", "jsonl", "--format", "jsonl"], &input);
    assert_eq!(one.status.code(), Some(2));
    assert!(text(&one.stdout).lines().count() > 599 * 10);
    for other in [&two, &all] {
        assert_eq!(other.status.code(), Some(2));
        assert_eq!(text(&other.stdout), text(&one.stdout));
    }
    assert_eq!(text(&all.stderr), text(&one.stderr));
    // Without the `parallel` feature an explicit --threads 2 says that it runs on one thread.
    let note = if cfg!(feature = "parallel") {
        ""
    } else {
        "policy-claims: built without the `parallel` feature; --threads 2 runs on one thread\n"
    };
    assert_eq!(text(&two.stderr), format!("{note}{}", text(&one.stderr)));
    assert!(text(&one.stderr).starts_with("policy-claims: standard input: line 600: invalid type: floating point"));

    for bad in ["0", "-2", "two", ""] {
        let out = run(&["--input", "jsonl", "--threads", bad], "");
        assert_eq!(out.status.code(), Some(2), "--threads {bad:?}");
        assert_eq!(
            text(&out.stderr),
            format!("policy-claims: --threads: {bad:?} is not a whole number of threads, 1 or more\n")
        );
        assert!(out.stdout.is_empty());
    }
}

/// Output that cannot be written is an error (exit 1, one line), whether standard output is
/// full or closed (`>&-`, which the Rust runtime would otherwise quietly point at /dev/null);
/// output thrown away on purpose (`> /dev/null`) is none.
#[cfg(target_os = "linux")]
#[test]
fn closed_or_full_standard_output_is_an_error() {
    let closed = Command::new("sh")
        .args(["-c", "exec \"$0\" --format jsonl >&-"])
        .arg(program())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(closed.status.code(), Some(1));
    assert_eq!(text(&closed.stderr), "policy-claims: writing output: standard output is closed\n");
    let full = Command::new(program())
        .args(["--format", "jsonl"])
        .stdout(std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(text(&full.stderr).starts_with("policy-claims: writing output: "), "{}", text(&full.stderr));
    for null in
        [Stdio::null(), Stdio::from(std::fs::OpenOptions::new().read(true).write(true).open("/dev/null").unwrap())]
    {
        let out = Command::new(program()).args(["--format", "jsonl"]).stdout(null).output().unwrap();
        assert_eq!((out.status.code(), text(&out.stderr)), (Some(0), String::new()));
    }
}

/// `--threads` beyond four per core runs four per core, with a warning: ten thousand threads
/// once took a minute and a half on 300 documents.
#[test]
fn too_many_threads_are_capped() {
    let input: String =
        (0..300).map(|k| format!("{}\n", serde_json::json!({"id": k, "text": varied(k)}))).collect::<String>();
    let start = std::time::Instant::now();
    let many = run(&["--input", "jsonl", "--format", "jsonl", "--threads", "1000000"], &input);
    let elapsed = start.elapsed();
    let one = run(&["--input", "jsonl", "--format", "jsonl", "--threads", "1"], &input);
    assert_eq!(many.status.code(), Some(0), "{}", text(&many.stderr));
    assert_eq!(text(&many.stdout), text(&one.stdout));
    assert!(elapsed < std::time::Duration::from_secs(30), "took {elapsed:?}");
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let want = if cfg!(feature = "parallel") {
        format!(
            "policy-claims: --threads 1000000 is more than 4 per core ({cores} cores); running {} threads\n",
            4 * cores
        )
    } else {
        "policy-claims: built without the `parallel` feature; --threads 1000000 runs on one thread\n".to_string()
    };
    assert_eq!(text(&many.stderr), want);
    // Four per core is no warning.
    let four = run(&["--input", "jsonl", "--format", "jsonl", "--threads", &(4 * cores).to_string()], &input);
    assert_eq!((four.status.code(), text(&four.stderr)), (Some(0), String::new()));
}

#[test]
fn text_input_still_works() {
    let out = run(&["--format", "jsonl", "-"], DOCS[0].1);
    assert_eq!(out.status.code(), Some(0));
    let first: serde_json::Value = serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!((first["source"].as_str(), first.get("id")), (Some("-"), None));
    let out = run(&["--format", "csv", "-"], DOCS[0].1);
    let rows = parse_csv(&text(&out.stdout));
    assert_eq!(rows.len(), 1 + Extractor::new().claims(DOCS[0].1).len());
    assert!(rows[1..].iter().all(|r| r[0] == "-" && r[1] == "-"));
    let out = run(&["--input", "jsonl", "--times"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), "policy-claims: --times works on --input text only; --input jsonl extracts claims\n");
}

#[test]
fn the_table_shows_change_and_modality() {
    let doc = "Exports rose 4 percent to $12 billion. The ministry will provide $3 million.\n";
    let out = run(&["-"], doc);
    assert_eq!(out.status.code(), Some(0));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    let header: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(header, ["figure", "kind", "value", "unit", "hedge", "change", "modality", "time", "counted"]);
    let cells = |k: usize| lines[k].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>();
    assert_eq!(cells(2), ["4 percent", "percent", "4", "%", "exact", "delta up", "reported"]);
    assert_eq!(cells(3), ["$12 billion", "money", "12000000000", "USD", "exact", "to up", "reported"]);
    assert_eq!(cells(4), ["$3 million", "money", "3000000", "USD", "exact", "committed"]);
}

// ---------------------------------------------------------------------------------------------
// Bounded memory

/// The peak resident set (VmHWM, in kB) of the program streaming `n` readout-sized documents,
/// sampled from `/proc/<pid>/status` while it runs, and the number of documents that came out.
#[cfg(target_os = "linux")]
fn peak_rss_kb(n: usize) -> (u64, usize) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let mut child = Command::new(program())
        .args(["--input", "jsonl", "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("cannot start policy-claims");
    let status = PathBuf::from(format!("/proc/{}/status", child.id()));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let mut peak = 0;
            while !done.load(Ordering::Relaxed) {
                // After the child exits its status has no VmHWM line; the last sample before stands.
                let hwm = std::fs::read_to_string(&status).ok().and_then(|s| {
                    s.lines().find_map(|l| l.strip_prefix("VmHWM:")?.trim().strip_suffix("kB")?.trim().parse().ok())
                });
                peak = peak.max(hwm.unwrap_or(0));
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            peak
        })
    };
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for k in 0..n {
            let line = serde_json::json!({"id": format!("doc-{k}"), "text": varied(k)});
            writeln!(stdin, "{line}")?;
        }
        Ok::<(), std::io::Error>(())
    });
    // Count the documents that come out (ids are consecutive in the output, one run per document).
    let mut documents = 0;
    let mut last = String::new();
    for row in BufReader::new(child.stdout.take().unwrap()).split(b'\n').skip(1) {
        let row = row.unwrap();
        let id = row.split(|&b| b == b',').nth(1).unwrap().to_vec();
        if id != last.as_bytes() {
            documents += 1;
            last = String::from_utf8(id).unwrap();
        }
    }
    let status = child.wait().unwrap();
    done.store(true, Ordering::Relaxed);
    assert!(status.success(), "policy-claims failed on {n} documents: {status}");
    writer.join().unwrap().unwrap();
    (sampler.join().unwrap(), documents)
}

/// Streaming 10,000 documents needs no more memory than streaming 1,000: nothing accumulates.
/// About 19 MB of input over the two runs, with the program as `cargo test` builds it (the `test`
/// profile, opt-level 1).
#[cfg(target_os = "linux")]
#[test]
fn memory_is_bounded_by_the_chunk_not_the_archive() {
    let (small, n_small) = peak_rss_kb(1_000);
    let (large, n_large) = peak_rss_kb(10_000);
    assert_eq!((n_small, n_large), (1_000, 10_000));
    assert!(small > 0, "no VmHWM sample from /proc");
    let growth_mb = large.saturating_sub(small) as f64 / 1024.0;
    println!("peak RSS: 1,000 documents {small} kB, 10,000 documents {large} kB, growth {growth_mb:.1} MB");
    // The issue allows 50 MB. Holding the whole archive instead of one chunk (chunk size raised to
    // 100,000) measured 10 MB and 57 MB here, a growth of 47 MB, so the bound is tighter than that
    // to make this test able to fail; streaming measured a growth under 1 MB.
    assert!(growth_mb < 16.0, "peak RSS grew by {growth_mb:.1} MB from 1,000 to 10,000 documents");
}

// ---------------------------------------------------------------------------------------------
// Flags, help, version

#[test]
fn help_and_version_go_to_stdout_and_exit_0() {
    let out = run(&["--help"], "");
    assert_eq!((out.status.code(), text(&out.stderr)), (Some(0), String::new()));
    let help = text(&out.stdout);
    assert!(help.starts_with(&format!("policy-claims {}\n", env!("CARGO_PKG_VERSION"))), "{help}");
    for flag in ["--input", "--format", "--offsets", "--context", "--reference-date", "--mentions", "--times"] {
        assert!(help.contains(flag), "--help does not mention {flag}");
    }
    for flag in ["--summary", "--threads", "--help", "--version", "Examples:"] {
        assert!(help.contains(flag), "--help does not mention {flag}");
    }
    assert_eq!(text(&run(&["-h"], "").stdout), help);

    let out = run(&["--version"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), format!("policy-claims {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_bad_flag_gets_one_line_naming_it() {
    for (args, want) in [
        (&["--bogus"][..], "policy-claims: unknown flag --bogus (see policy-claims --help)\n"),
        (&["--offsets", "utf16"], "policy-claims: --offsets: unknown offsets \"utf16\" (expected byte or char)\n"),
        (&["--format"], "policy-claims: --format needs a value (see policy-claims --help)\n"),
        (
            &["--reference-date", "17/11/2023"],
            "policy-claims: --reference-date: \"17/11/2023\" is not a date of the form YYYY-MM-DD\n",
        ),
    ] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stderr), want, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_missing_file_is_named_and_the_others_still_processed() {
    let dir = std::env::temp_dir().join(format!("policy-claims-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, DOCS[0].1).unwrap();
    let missing = dir.join("missing.txt");
    let (good, missing) = (good.to_str().unwrap(), missing.to_str().unwrap());
    let out = run(&["--format", "jsonl", missing, good], "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with(&format!("policy-claims: {missing}: ")), "{stderr}");
    assert_eq!(text(&out.stdout).lines().count(), Extractor::new().claims(DOCS[0].1).len());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Acceptance: with `--offsets char`, slicing the text by characters (as Python's `text[start:end]`
/// does) gives each claim's text, hedge words, time expression and sentence.
#[test]
fn char_offsets_slice_the_text_as_python_does() {
    let doc = "Le ministère — dans un communiqué publié à Montréal — a annoncé que nearly 300,000 \
               refugees arrived in 2023, and “more than 2,000 families” since.\n\n\
               Café exports rose 4 percent; the agency will spend up to €5 million by 2030.";
    let chars: Vec<char> = doc.chars().collect();
    let slice = |v: &serde_json::Value| -> String {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        chars[s..e].iter().collect()
    };
    let out = run(&["--format", "jsonl", "--offsets", "char", "--context", "-"], doc);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let claims: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["300,000", "2,000", "4 percent", "€5 million"]);
    for c in &claims {
        assert_eq!(slice(&c["span"]), c["text"].as_str().unwrap());
        assert_eq!(slice(&c["sentence"]), c["sentence_text"].as_str().unwrap());
        if !c["hedge"]["span"].is_null() {
            assert_eq!(slice(&c["hedge"]["span"]), c["hedge"]["text"].as_str().unwrap());
        }
        if !c["time"].is_null() {
            assert_eq!(slice(&c["time"]["span"]), c["time"]["text"].as_str().unwrap());
        }
    }
    // Byte offsets (the default) differ once "è", "—" and "é" come first.
    let bytes = run(&["--format", "jsonl", "-"], doc);
    let first: serde_json::Value = serde_json::from_str(text(&bytes.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(&doc[first["span"]["start"].as_u64().unwrap() as usize..][..7], "300,000");
    assert!(first["span"]["start"].as_u64() > claims[0]["span"]["start"].as_u64());
    assert!(first.get("sentence_text").is_none());

    // CSV carries the same offsets, and the sentence as its last column.
    let out = run(&["--format", "csv", "--offsets", "char", "--context", "-"], doc);
    let rows = parse_csv(&text(&out.stdout));
    assert_eq!(rows[0].last().map(String::as_str), Some("sentence_text"));
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    for (row, c) in rows[1..].iter().zip(&claims) {
        let (s, e): (usize, usize) = (row[col("start")].parse().unwrap(), row[col("end")].parse().unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), row[col("text")]);
        assert_eq!(row[col("sentence_text")], c["sentence_text"].as_str().unwrap());
    }
    assert_eq!(rows.len(), 1 + claims.len());
}

/// The `extract` example is the same program: same output on the sample and on a file. Cargo
/// builds examples for `cargo test` (not for `cargo test --test integration`, which skips this).
#[test]
fn the_example_is_the_same_program() {
    let deps = std::env::current_exe().unwrap().parent().unwrap().to_path_buf();
    let example = deps.parent().unwrap().join("examples").join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    if !example.exists() {
        eprintln!("the_example_is_the_same_program: {} not built, not compared", example.display());
        return;
    }
    for args in [&[][..], &["--format", "csv", "--context", "-"], &["--input", "jsonl", "--summary"]] {
        let (a, b) = (run(args, &docs_jsonl()), run_with(&example, args, &docs_jsonl()));
        assert_eq!((a.status.code(), &a.stdout, &a.stderr), (b.status.code(), &b.stdout, &b.stderr), "{args:?}");
        assert!(!a.stdout.is_empty());
    }
}

#[test]
fn context_and_offsets_refuse_what_they_cannot_do() {
    let out = run(&["--context"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "policy-claims: --context adds a column to jsonl and csv output; use --format jsonl or csv\n"
    );
    // --offsets char applies to mentions and times too.
    let doc = "Le café — 40 tonnes in 2023.";
    let out = run(&["--mentions", "--format", "jsonl", "--offsets", "char", "-"], doc);
    let chars: Vec<char> = doc.chars().collect();
    for line in text(&out.stdout).lines() {
        let m: serde_json::Value = serde_json::from_str(line).unwrap();
        let (s, e) = (m["span"]["start"].as_u64().unwrap() as usize, m["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), m["text"].as_str().unwrap());
    }
    assert_eq!(text(&out.stdout).lines().count(), 2);
}
