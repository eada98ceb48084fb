//! Whether standard output was closed when the program started (`policy-claims FILE >&-`).
//!
//! The Rust runtime opens `/dev/null` in place of a closed standard stream before `main` runs,
//! so every write would succeed and nothing would come out. A function in `.init_array` runs
//! before the runtime does, and looks: on Linux, a closed descriptor has no entry in
//! `/proc/self/fd` (a system without `/proc` is taken to have it open). Elsewhere the answer is
//! always no.

use std::sync::atomic::{AtomicBool, Ordering};

static CLOSED: AtomicBool = AtomicBool::new(false);

/// Whether standard output was closed at start.
pub(crate) fn stdout_was_closed() -> bool {
    CLOSED.load(Ordering::Relaxed)
}

#[cfg(target_os = "linux")]
extern "C" fn look() {
    let proc_fds = std::fs::metadata("/proc/self/fd").is_ok_and(|m| m.is_dir());
    let closed = proc_fds && std::fs::symlink_metadata("/proc/self/fd/1").is_err();
    CLOSED.store(closed, Ordering::Relaxed);
}

// Run by the C runtime before `main`, and so before the Rust runtime reopens the descriptor.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static LOOK: extern "C" fn() = look;
