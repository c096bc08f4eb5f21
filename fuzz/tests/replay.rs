//! The committed corpus and every past finding, replayed: no input may break an invariant, the
//! corpus keeps every healthcare call succeeding, and the metadata seeds follow the runtime.

use std::path::{Path, PathBuf};

use healthchain_fuzz::{Actor, Advance, Chain, Coverage, Step, HEALTHCARE_PALLETS};

fn dir(name: &str) -> PathBuf {
	package_dir().join(name)
}

/// This package's directory, as cargo gives it when it runs the test (`CARGO_MANIFEST_DIR` at run
/// time). `env!` alone would pin the clone that compiled the binary: clones that share the target
/// directory reuse each other's test binaries, and that clone may be gone.
fn package_dir() -> PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// Runs every input of `dir`, returning the coverage and the inputs that broke something.
fn replay(dir: &Path) -> (Coverage, Vec<String>) {
	let mut coverage = Coverage::default();
	let mut findings = Vec::new();
	for file in healthchain_fuzz::input_files(dir) {
		let data = std::fs::read(&file).expect("a corpus file can be read");
		match std::panic::catch_unwind(|| healthchain_fuzz::run(&data)) {
			Ok(outcome) => coverage.add(&outcome),
			Err(panic) => {
				let message = panic
					.downcast_ref::<String>()
					.cloned()
					.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
					.unwrap_or_default();
				findings.push(format!("{}: {message}", file.display()));
			},
		}
	}
	(coverage, findings)
}

#[test]
fn the_corpus_replays_without_a_finding_and_every_healthcare_call_succeeds() {
	let corpus = dir("corpus/runtime");
	assert!(
		healthchain_fuzz::input_files(&corpus).len() > 100,
		"the corpus is committed under fuzz/corpus/runtime"
	);
	let (coverage, findings) = replay(&corpus);
	assert!(
		findings.is_empty(),
		"inputs of the corpus broke an invariant:\n{}",
		findings.join("\n")
	);
	let mut never = Vec::new();
	for pallet in HEALTHCARE_PALLETS {
		for call in healthchain_fuzz::calls_of(pallet) {
			if !coverage.succeeded(pallet, &call) {
				never.push(format!("{pallet}::{call}"));
			}
		}
	}
	assert!(never.is_empty(), "healthcare calls no corpus input makes succeed: {never:?}");
}

#[test]
fn every_past_finding_replays_without_a_finding() {
	let (_, findings) = replay(&dir("regressions"));
	assert!(findings.is_empty(), "a past finding is back:\n{}", findings.join("\n"));
}

#[test]
fn the_metadata_seeds_are_committed_for_every_call_of_the_runtime() {
	let corpus = dir("corpus/runtime");
	let (seeds, undecodable) = healthchain_fuzz::seeds::metadata_seeds();
	assert!(undecodable.is_empty(), "calls without a seed: {undecodable:?}");
	assert_eq!(seeds.len(), healthchain_fuzz::seeds::runtime_calls().len());
	for (name, bytes) in seeds {
		let committed = std::fs::read(corpus.join(format!("seed-{name}")));
		assert_eq!(
			committed.ok().as_deref(),
			Some(&bytes[..]),
			"seed-{name} is missing or stale: run `scripts/fuzz.sh --seeds`"
		);
	}
	let scenario = healthchain_fuzz::encode(&healthchain_fuzz::scenario::steps());
	assert_eq!(
		std::fs::read(corpus.join("scenario")).ok(),
		Some(scenario),
		"the committed scenario is stale: run `scripts/fuzz.sh --seeds`"
	);
}

#[test]
fn every_scenario_step_succeeds() {
	let steps = healthchain_fuzz::scenario::steps();
	let outcome = Chain::new().run(&steps);
	assert_eq!(outcome.calls.len(), steps.len(), "the scenario fits the blocks an input may build");
	let failed: Vec<_> = steps
		.iter()
		.zip(&outcome.calls)
		.enumerate()
		.filter(|(_, (_, done))| done.result != Some(Ok(())))
		.map(|(i, (step, done))| {
			format!("step {i} {:?} {:?}: {:?}", step.actor, step.call, done.result)
		})
		.collect();
	assert!(failed.is_empty(), "scenario steps that did not succeed:\n{}", failed.join("\n"));
}

#[test]
fn inputs_decode_to_the_steps_they_encode() {
	let steps = healthchain_fuzz::scenario::steps();
	let decoded = healthchain_fuzz::decode(&healthchain_fuzz::encode(&steps));
	assert_eq!(decoded.len(), steps.len().min(healthchain_fuzz::MAX_STEPS));
	for (a, b) in steps.iter().zip(&decoded) {
		assert_eq!((a.advance, a.actor, &a.call), (b.advance, b.actor, &b.call));
	}
}

#[test]
#[should_panic(expected = "total issuance is not the sum of the accounts")]
fn money_from_nowhere_is_caught() {
	let mut chain = Chain::new();
	chain.execute_with(|| {
		pallet_balances::TotalIssuance::<healthchain_runtime::Runtime>::mutate(|i| *i += 1)
	});
	chain.block(1, &[]);
}

#[test]
#[should_panic(expected = "block 1: try_state failed")]
fn a_broken_healthcare_invariant_is_caught() {
	let mut chain = Chain::new();
	// A member account listed under organisation 0 without a membership.
	chain.execute_with(|| {
		let stranger = sp_keyring::Sr25519Keyring::Two.to_account_id();
		pallet_organizations::OrganizationMembers::<healthchain_runtime::Runtime>::insert(
			0,
			stranger,
			(),
		);
		// The pallet's own invariant is what breaks (`AllPalletsWithSystem` only says one did).
		assert_eq!(
			pallet_organizations::Pallet::<healthchain_runtime::Runtime>::do_try_state(),
			Err("listed member account without a membership".into())
		);
	});
	chain.block(1, &[]);
}

#[test]
#[should_panic(expected = "more than its reserved 0")]
fn a_hold_beyond_the_reserved_balance_is_caught() {
	let mut chain = Chain::new();
	// The hospital's admin holds the organisation's deposit since genesis.
	chain.execute_with(|| {
		let dave = sp_keyring::Sr25519Keyring::Dave.to_account_id();
		frame_system::Account::<healthchain_runtime::Runtime>::mutate(dave, |a| {
			a.data.reserved = 0
		});
	});
	chain.block(1, &[]);
}

/// The sudo key states a weight of nothing for a call that reads an account the transaction
/// did not: the proof check stops the run.
#[test]
#[should_panic(expected = "bytes of proof, charged 0")]
fn a_call_charged_less_proof_than_it_reads_is_caught() {
	use healthchain_runtime::RuntimeCall;
	let set_balance = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
		who: sp_keyring::Sr25519Keyring::Two.to_account_id().into(),
		new_free: healthchain_runtime::UNIT,
	});
	let unchecked = RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight {
		call: Box::new(set_balance),
		weight: frame_support::weights::Weight::zero(),
	});
	Chain::new().run(&[Step::new(Advance::Block, Actor::Alice, unchecked)]);
}

#[test]
fn calls_that_change_storage_behind_the_pallets_are_left_out() {
	use healthchain_runtime::RuntimeCall;
	let set_storage = RuntimeCall::System(frame_system::Call::set_storage { items: vec![] });
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
	assert!(!healthchain_fuzz::dispatchable(&set_storage));
	assert!(healthchain_fuzz::dispatchable(&remark));
	let sudo =
		|call: RuntimeCall| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	assert!(!healthchain_fuzz::dispatchable(&sudo(set_storage)));
	assert!(healthchain_fuzz::dispatchable(&sudo(remark)));
}
