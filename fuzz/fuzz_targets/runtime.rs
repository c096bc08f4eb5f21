//! The coverage-guided fuzz target (`cargo fuzz run runtime`, scripts/fuzz.sh): one input from
//! genesis per execution, every invariant of `healthchain_fuzz` checked after each block.
//!
//! With `HEALTHCHAIN_FUZZ_STATS` set, every process writes (every ten inputs) how many inputs it ran and how many
//! calls those dispatched to `$HEALTHCHAIN_FUZZ_STATS.<pid>` (scripts/fuzz.sh adds them up).
#![no_main]

use std::sync::atomic::{AtomicU64, Ordering};

static INPUTS: AtomicU64 = AtomicU64::new(0);
static CALLS: AtomicU64 = AtomicU64::new(0);

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	let outcome = healthchain_fuzz::run(data);
	let calls = CALLS.fetch_add(outcome.dispatched() as u64, Ordering::Relaxed)
		+ outcome.dispatched() as u64;
	let inputs = INPUTS.fetch_add(1, Ordering::Relaxed) + 1;
	if inputs % 10 == 0 {
		if let Some(path) = std::env::var_os("HEALTHCHAIN_FUZZ_STATS") {
			let mut path = std::path::PathBuf::from(path).into_os_string();
			path.push(format!(".{}", std::process::id()));
			let _ = std::fs::write(path, format!("{inputs} {calls}\n"));
		}
	}
});
