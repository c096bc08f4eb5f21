//! Tools around the runtime fuzzer (scripts/fuzz.sh uses them):
//!
//! - `fuzz-tool seeds DIR`: writes one input per runtime call from the metadata
//!   (`seed-Pallet.call`) and the scenario that makes every healthcare call succeed
//!   (`scenario`) into DIR.
//! - `fuzz-tool replay PATH…`: runs every input under the paths (files or directories), stops
//!   at the first finding (a panic, with the input's name), and prints how many inputs and
//!   calls ran, how fast, and each healthcare call's count of dispatches and successes.
//! - `fuzz-tool show FILE`: prints an input's steps and what each did.

use std::{
	path::{Path, PathBuf},
	time::Instant,
};

use healthchain_fuzz::{Coverage, HEALTHCARE_PALLETS};

fn main() {
	let args: Vec<String> = std::env::args().skip(1).collect();
	match args.first().map(String::as_str) {
		Some("seeds") if args.len() == 2 => seeds(Path::new(&args[1])),
		Some("replay") if args.len() >= 2 => replay(&args[1..]),
		Some("show") if args.len() == 2 => show(Path::new(&args[1])),
		_ => {
			eprintln!("usage: fuzz-tool seeds DIR | replay PATH… | show FILE");
			std::process::exit(2);
		},
	}
}

fn seeds(dir: &Path) {
	std::fs::create_dir_all(dir).expect("the seed directory can be created");
	let (seeds, undecodable) = healthchain_fuzz::seeds::metadata_seeds();
	for (name, bytes) in &seeds {
		std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("a seed can be written");
	}
	let scenario = healthchain_fuzz::encode(&healthchain_fuzz::scenario::steps());
	std::fs::write(dir.join("scenario"), scenario).expect("the scenario can be written");
	println!(
		"{} seeds from the metadata and the scenario written to {}",
		seeds.len(),
		dir.display()
	);
	for name in undecodable {
		println!("no seed for {name}: its simplest arguments do not decode");
	}
}

/// Every input under `paths`, sorted.
fn inputs(paths: &[String]) -> Vec<PathBuf> {
	let mut files = Vec::new();
	for path in paths {
		let path = PathBuf::from(path);
		assert!(path.exists(), "{} does not exist", path.display());
		files.extend(healthchain_fuzz::input_files(&path));
	}
	files.sort();
	files
}

fn replay(paths: &[String]) {
	let files = inputs(paths);
	let mut coverage = Coverage::default();
	let (mut calls, mut blocks) = (0usize, 0u32);
	let started = Instant::now();
	for file in &files {
		let data = std::fs::read(file).expect("the input can be read");
		let outcome =
			std::panic::catch_unwind(|| healthchain_fuzz::run(&data)).unwrap_or_else(|_| {
				eprintln!("FINDING: {} (see the panic above)", file.display());
				std::process::exit(1);
			});
		calls += outcome.dispatched();
		blocks += outcome.blocks;
		coverage.add(&outcome);
	}
	let secs = started.elapsed().as_secs_f64();
	println!(
		"{} inputs, {blocks} blocks, {calls} calls in {secs:.1} s: {:.0} inputs/s, {:.0} calls/s",
		files.len(),
		files.len() as f64 / secs,
		calls as f64 / secs
	);
	let (mut reached, mut succeeded, mut total) = (0, 0, 0);
	println!("{:<14} {:<24} {:>10} {:>10}", "pallet", "call", "dispatched", "succeeded");
	for pallet in HEALTHCARE_PALLETS {
		for call in healthchain_fuzz::calls_of(pallet) {
			let (n, ok) = coverage
				.calls
				.get(&(pallet.to_string(), call.clone()))
				.copied()
				.unwrap_or_default();
			total += 1;
			reached += usize::from(n > 0);
			succeeded += usize::from(ok > 0);
			println!("{pallet:<14} {call:<24} {n:>10} {ok:>10}");
		}
	}
	println!("healthcare calls: {total}, reached {reached}, succeeded {succeeded}");
	let all = healthchain_fuzz::seeds::runtime_calls();
	let other = all.iter().filter(|c| !HEALTHCARE_PALLETS.contains(&c.pallet.as_str()));
	let (mut other_total, mut other_reached) = (0, 0);
	for c in other {
		other_total += 1;
		other_reached +=
			usize::from(coverage.calls.contains_key(&(c.pallet.clone(), c.call.clone())));
	}
	println!("other calls: {other_total}, reached {other_reached}");
	let mut slowest: Vec<_> = coverage.slowest.iter().collect();
	slowest.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0));
	println!("calls slowest natively for the ref-time charged (time / charged ref-time):");
	for ((pallet, call), (ratio, elapsed, charged)) in slowest.into_iter().take(10) {
		println!("  {pallet}::{call}: {ratio:.3} ({elapsed:?} for {charged} ps)");
	}
}

fn show(file: &Path) {
	let data = std::fs::read(file).expect("the input can be read");
	let steps = healthchain_fuzz::decode(&data);
	let outcome = healthchain_fuzz::run(&data);
	for (step, done) in steps.iter().zip(outcome.calls.iter()) {
		println!(
			"{:?} {:?}: {:?}\n    -> {:?} ({} bytes of proof)",
			step.advance, step.actor, step.call, done.result, done.proof
		);
	}
}
