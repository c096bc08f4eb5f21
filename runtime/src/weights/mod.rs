//! Weights of code from outside this repository, benchmarked on this runtime
//! (`scripts/benchmark.sh <pallet> runtime/src/weights/<pallet>.rs`, all of them by
//! `scripts/benchmark-all.sh`): the transaction extensions every extrinsic runs, and the FRAME
//! and Cumulus pallets of the runtime with calls. The weights those pallets ship with were
//! measured on another runtime and machine, and `frame_system`'s default charges nothing at all
//! (docs/reliability.md). `pallet_referenda` and `pallet_ranked_collective`
//! keep their shipped weights (their benchmarks need origins this runtime's tracks do not offer
//! to benchmarks); those charge proof. The collator selection's benchmarks run here only for
//! its governance calls and its block-author hook (no candidate slots: `MaxCandidates` is 0);
//! `pallet_collator_selection.rs` says what each of its calls is charged. The healthcare pallets keep theirs in their own crates.
//! `paritydb_read.rs` and `paritydb_write.rs` hold the database's read and write costs, measured
//! here by `scripts/benchmark-storage.sh`; [`ParityDbWeight`] is what the runtime charges.
//! `block_weights.rs` holds an empty block's cost and `extrinsic_weights.rs` a signed remark's,
//! measured here by `scripts/benchmark-overhead.sh`, and the extrinsic's base derived from it
//! (the remark less what the transaction extensions are charged on their own:
//! `scripts/extrinsic-base.py`).

pub mod block_weights;
pub mod cumulus_pallet_parachain_system;
pub mod cumulus_pallet_weight_reclaim;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collator_selection;
pub mod pallet_collator_selection_measured;
pub mod pallet_preimage;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod paritydb_read;
pub mod paritydb_write;

use frame_support::{parameter_types, weights::RuntimeDbWeight};

parameter_types! {
	/// The database weights the runtime charges (`frame_system::Config::DbWeight`): a read and a
	/// write of ParityDB, measured here on a state of a consortium's size.
	pub const ParityDbWeight: RuntimeDbWeight =
		RuntimeDbWeight { read: paritydb_read::READ, write: paritydb_write::WRITE };
}
