//! Weights of code from outside this repository that every extrinsic runs, benchmarked on this
//! runtime (`scripts/benchmark.sh <pallet> runtime/src/weights/<pallet>.rs`, all of them by
//! `scripts/benchmark-all.sh`): the transaction extensions. The healthcare pallets keep theirs in
//! their own crates.

pub mod cumulus_pallet_weight_reclaim;
pub mod frame_system_extensions;
pub mod pallet_transaction_payment;
