//! The pallets whose benchmarks the runtime exposes (`Benchmark` runtime API, built only with
//! `runtime-benchmarks`). `scripts/benchmark.sh <pallet>` runs one of them and writes its
//! weights; every pallet of the runtime that has benchmarks is listed.

use alloc::vec::Vec;

use frame_benchmarking::BenchmarkError;

use crate::{AccountId, ParachainSystem, Runtime, SessionKeys, System};

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

/// Fees are burned (no author to pay), so the only set-up before charging one is to tell the
/// benchmark which storage the extension list has already paid for.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {
	/// Leaves the payer's account out of `ChargeTransactionPayment`'s database and proof weight,
	/// as frame-benchmarking leaves `whitelisted_caller`'s out of the call benchmarks that sign
	/// with it: in [`crate::TxExtension`], `CheckNonce` reads and writes the signer's
	/// `System::Account` and is charged a read, a write and its proof for it
	/// (`frame_system_extensions::check_nonce`). When the fee is the signer's own, the fee
	/// extension reads and writes that same key again, in the block's overlay: the database
	/// sees one read and, when the block is committed, one write, and the block's proof holds
	/// the account once. Charging it twice cost every extrinsic 61.6 µs of compute it does not
	/// use, and reserved 3.6 kB of proof before dispatch (docs/performance.md, session 33). A
	/// sponsored fee is paid from another account, the payer's, whose read and write the
	/// sponsored call's own weight charges (`pallet_sponsorship`'s `charge_sponsored`, through
	/// `Sponsors::sponsored_call_weight`).
	///
	/// The key is the one the upstream benchmark charges: `account("caller", 0, 0)`'s. Should
	/// that benchmark pay another account one day, the key is simply not read, and the weight
	/// falls back to charging the read and write: an over-charge, never an under-charge. What
	/// this relies on is checked by `the_signers_account_is_charged_once_by_the_nonce_check`
	/// and `every_call_a_sponsor_pays_for_is_charged_the_payers_account` (`lib.rs`'s tests).
	fn setup_benchmark_environment() {
		let caller: AccountId = frame_benchmarking::account("caller", 0, 0);
		frame_benchmarking::benchmarking::add_to_whitelist(
			frame_system::Account::<Runtime>::hashed_key_for(&caller).into(),
		);
	}
}

impl cumulus_pallet_session_benchmarking::Config for Runtime {
	fn generate_session_keys_and_proof(owner: Self::AccountId) -> (Self::Keys, Vec<u8>) {
		use codec::Encode;
		let generated = SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}
