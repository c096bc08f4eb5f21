//! Weights of `pallet-organizations`.
//!
//! The implementation for the runtime is generated from `benchmarking.rs` on the project's
//! reference machine with `scripts/benchmark.sh organizations`; until it is, the pallet is not
//! wired into the runtime.

use frame_support::weights::Weight;

/// Weights of the registry's calls.
pub trait WeightInfo {
	/// `admit` with `r` roles.
	fn admit(r: u32) -> Weight;
	/// `remove` of an organisation with `m` members.
	fn remove(m: u32) -> Weight;
	/// `grant_role`.
	fn grant_role() -> Weight;
	/// `suspend_role`.
	fn suspend_role() -> Weight;
	/// `reinstate_role`.
	fn reinstate_role() -> Weight;
	/// `revoke_role`.
	fn revoke_role() -> Weight;
	/// `add_member`.
	fn add_member() -> Weight;
	/// `remove_member`.
	fn remove_member() -> Weight;
	/// `set_credentials`.
	fn set_credentials() -> Weight;
}
