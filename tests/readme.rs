//! The README's Rust examples, compiled and run as a crate that depends on this one would: with
//! `rustc` given `--extern policy_claims` and nothing else, so `chrono` and `rust_decimal` can
//! only come through this crate's re-exports. (The README is also the crate's documentation, and
//! its examples run as doctests; but rustdoc passes every dependency of the package to a doctest,
//! so a doctest that names `chrono` compiles here and fails in a user's crate.)

use std::path::{Path, PathBuf};
use std::process::Command;

/// The ```` ```rust ```` blocks of the README, in order.
fn rust_blocks(readme: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```rust") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

/// The library as the integration tests link it: the newest `libpolicy_claims-*.rlib` beside
/// this test's executable, with the rlibs of its dependencies.
fn library() -> (PathBuf, PathBuf) {
    let deps = std::env::current_exe().unwrap().parent().unwrap().to_path_buf();
    let rlib = std::fs::read_dir(&deps)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with("libpolicy_claims-") && name.ends_with(".rlib")
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
        .expect("no libpolicy_claims-*.rlib beside the test executable");
    (deps, rlib)
}

#[test]
fn readme_examples_compile_and_run_in_an_outside_crate() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let blocks = rust_blocks(&readme);
    assert!(blocks.len() >= 2, "the README has {} Rust examples", blocks.len());
    let (deps, rlib) = library();
    let dir = std::env::temp_dir().join(format!("policy-claims-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (k, block) in blocks.iter().enumerate() {
        // As rustdoc does: the example is the body of `main`.
        let source = dir.join(format!("readme_{k}.rs"));
        std::fs::write(&source, format!("fn main() {{\n{block}}}\n")).unwrap();
        let exe = dir.join(format!("readme_{k}{}", std::env::consts::EXE_SUFFIX));
        let out = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
            .args(["--edition", "2021", "--crate-type", "bin", "-C", "debuginfo=0"])
            .arg(format!("--crate-name=readme_{k}"))
            .arg("-L")
            .arg(format!("dependency={}", deps.display()))
            .arg("--extern")
            .arg(format!("policy_claims={}", rlib.display()))
            .arg("-o")
            .arg(&exe)
            .arg(&source)
            .output()
            .expect("cannot run rustc");
        assert!(
            out.status.success(),
            "README example {} does not compile in a crate that depends on policy-claims alone:\n{}\n{block}",
            k + 1,
            String::from_utf8_lossy(&out.stderr)
        );
        let run = Command::new(&exe).output().unwrap();
        assert!(run.status.success(), "README example {} failed:\n{}", k + 1, String::from_utf8_lossy(&run.stderr));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn blocks_are_found() {
    let md = "text\n```rust\nlet a = 1;\n```\n```sh\nls\n```\n```rust\nlet b = 2;\n```\n";
    assert_eq!(rust_blocks(md), ["let a = 1;\n", "let b = 2;\n"]);
}
