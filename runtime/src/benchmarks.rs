//! The pallets whose benchmarks the runtime exposes (`Benchmark` runtime API, built only with
//! `runtime-benchmarks`). `scripts/benchmark.sh <pallet>` runs one of them and writes its
//! weights; every pallet of the runtime that has benchmarks is listed.

use alloc::vec::Vec;

use frame_benchmarking::BenchmarkError;

use crate::{ParachainSystem, Runtime, SessionKeys, System};

pub use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[cumulus_pallet_parachain_system, ParachainSystem]
	[cumulus_pallet_weight_reclaim, WeightReclaim]
	[pallet_timestamp, Timestamp]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_sudo, Sudo]
	[pallet_referenda, Referenda]
	[pallet_scheduler, Scheduler]
	[pallet_preimage, Preimage]
	[pallet_collator_selection, CollatorSelection]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_organizations, Organizations]
	[pallet_consent, Consent]
	[pallet_records, Records]
	[pallet_trials, Trials]
	[pallet_claims, Claims]
	[pallet_provenance, Provenance]
	[pallet_sponsorship, Sponsorship]
);

impl frame_system_benchmarking::Config for Runtime {
	/// A parachain sets its code through parachain-system, which needs validation data and a
	/// host configuration that admits the code size.
	fn setup_set_code_requirements(code: &Vec<u8>) -> Result<(), BenchmarkError> {
		ParachainSystem::initialize_for_set_code_benchmark(code.len() as u32);
		Ok(())
	}

	fn verify_set_code() {
		System::assert_last_event(
			cumulus_pallet_parachain_system::Event::<Runtime>::ValidationFunctionStored.into(),
		);
	}
}

/// Fees are burned (no author to pay): nothing to set up before charging one.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

impl cumulus_pallet_session_benchmarking::Config for Runtime {
	fn generate_session_keys_and_proof(owner: Self::AccountId) -> (Self::Keys, Vec<u8>) {
		use codec::Encode;
		let generated = SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}
