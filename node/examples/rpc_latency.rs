//! JSON-RPC latency of `healthchain_decide` on loopback, at the worst case the runtime allows:
//! the patient holds the maximum 64 consents, all role grants the registry must confirm.
//!
//! Built with the tests (`cargo test --workspace --no-run`, so it costs no extra compilation) and
//! run by `scripts/perf-rpc.sh`, which prints its JSON summary. Starts its own
//! `healthchain-node --dev` through the end-to-end harness; 10,000 sequential calls (override with
//! `CALLS`), one HTTP request each.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::DevNode;
use frame_support::BoundedVec;
use healthchain_primitives::{
	consent::{Grantee, Provision},
	Action, DataClass, Purpose, Role,
};
use healthchain_runtime::{configs::healthcare::MAX_CONSENTS_PER_PATIENT, RuntimeCall};
use serde_json::json;
use sp_keyring::Sr25519Keyring::{Alice, Dave};

fn main() {
	let calls: usize = std::env::var("CALLS").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000);
	let extra = std::env::var("NODE_ARGS").unwrap_or_default();
	let mut args = vec!["--dev-block-time", "60000"];
	args.extend(extra.split_whitespace());
	let node = DevNode::start_with(&args);
	let alice = Alice.to_account_id();

	// 63 consents that do not cover the question, then the one that does: the decision reads all.
	let grant = |purpose| {
		RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: alice.clone(),
			terms: pallet_consent::ConsentTerms {
				grantee: Grantee::Role(Role::Hospital),
				provision: Provision::Permit,
				classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
				purposes: BoundedVec::truncate_from(vec![purpose]),
				actions: BoundedVec::truncate_from(vec![Action::Access]),
				valid_from: None,
				valid_until: None,
			},
		})
	};
	let first_nonce = node.next_nonce(&alice);
	let mut last = None;
	for i in 0..MAX_CONSENTS_PER_PATIENT {
		let purpose =
			if i + 1 == MAX_CONSENTS_PER_PATIENT { Purpose::Treatment } else { Purpose::Payment };
		let xt = node.sign_with_nonce(Alice, grant(purpose), first_nonce + i);
		node.submit(&xt).unwrap_or_else(|e| node.fail(&format!("grant {i} refused: {e:?}")));
		last = Some(xt);
	}
	let included = node.wait_for_inclusion(&last.expect("grants submitted"), 0);
	assert!(included.succeeded(), "the last grant failed: {included:?}");
	let consents = node.call("healthchain_consentsOf", json!([alice.to_string()]));
	assert_eq!(consents.as_array().map(Vec::len), Some(MAX_CONSENTS_PER_PATIENT as usize));

	let params = json!([
		alice.to_string(),
		Dave.to_account_id().to_string(),
		"Access",
		"LabResults",
		"Treatment"
	]);
	let answer = node.call("healthchain_decide", params.clone());
	assert_eq!(answer["decision"], "permit", "{answer}");
	let mut samples = Vec::with_capacity(calls);
	let started = Instant::now();
	for _ in 0..calls {
		let t = Instant::now();
		node.call("healthchain_decide", params.clone());
		samples.push(t.elapsed().as_micros() as u64);
	}
	let wall = started.elapsed();
	samples.sort_unstable();
	let pick = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
	println!(
		"{}",
		json!({
			"method": "healthchain_decide",
			"consentsOfPatient": MAX_CONSENTS_PER_PATIENT,
			"calls": calls,
			"answer": answer,
			"p50_us": pick(0.50),
			"p90_us": pick(0.90),
			"p99_us": pick(0.99),
			"max_us": samples[samples.len() - 1],
			"calls_per_s": (calls as f64 / wall.as_secs_f64()).round(),
		})
	);
}
