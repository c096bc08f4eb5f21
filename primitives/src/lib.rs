//! # HealthChain primitives
//!
//! Types shared by the HealthChain runtime, its pallets, the node and client code. This crate is
//! `no_std` so that it compiles into the runtime's wasm as well as into native clients.
//!
//! - the chain's basic types (accounts, balances, blocks, time and currency units);
//! - [`vocabulary`]: roles, data classes, purposes and actions — small fixed code sets;
//! - [`commitment`]: salted commitments and the helper that computes them, on and off chain;
//! - [`traits`]: how pallets ask each other (the organisation registry, …);
//! - [`organizations`]: the registry's query types and runtime API;
//! - [`consent`]: consent types, the [`ConsentVerifier`] trait and the consent runtime API;
//! - [`merkle`]: the Merkle trees and proofs of batch anchoring, on and off chain;
//! - [`records`]: record-anchoring types and the records runtime API;
//! - [`trials`]: clinical-trial registry types and the trials runtime API;
//! - [`provenance`]: GS1 identifiers, element strings, drug-provenance types and runtime API;
//! - [`claims`]: insurance-claim types, the lookups claims make and the claims runtime API.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

/// Declares a small code set: a field-less enum with the derives every code of the chain needs
/// (SCALE, type info, JSON).
macro_rules! code_enum {
	($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
		$(#[$meta])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Serialize, Deserialize,
			Clone, Copy, PartialEq, Eq, Debug,
		)]
		pub enum $name { $($(#[$vmeta])* $variant),* }
	};
}

pub mod claims;
pub mod commitment;
pub mod consent;
pub mod merkle;
pub mod organizations;
pub mod provenance;
pub mod records;
#[cfg(feature = "test-utils")]
pub mod testing;
pub mod traits;
pub mod trials;
pub mod vocabulary;

pub use commitment::{commit, Commitment, CommitmentError, MIN_SALT_LEN};
pub use consent::{ConsentId, ConsentVerifier, Decision, Moment};
pub use traits::{
	CompanyPrefixes, ConsortiumSeats, OrganizationId, OrganizationRegistry, Sponsors,
};
pub use vocabulary::{Action, DataClass, Purpose, Role};

/// Whether `items` lists something twice (for the short vocabulary lists of call arguments:
/// quadratic, and allocation-free).
pub fn has_duplicates<X: PartialEq>(items: &[X]) -> bool {
	items.iter().enumerate().any(|(i, x)| items.iter().take(i).any(|y| y == x))
}

use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};

/// Signature scheme of transactions: sr25519, ed25519 or ecdsa, chosen per signer.
pub type Signature = MultiSignature;

/// An account on chain: the public key of the signer (32 bytes).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account, in the smallest indivisible unit.
pub type Balance = u128;

/// Transaction counter of an account.
pub type Nonce = u32;

/// A 256-bit hash (block hashes, state roots, commitments).
pub type Hash = sp_core::H256;

/// Block height.
pub type BlockNumber = u32;

/// How a transaction names its sender.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// The block type as seen by the node, which does not decode extrinsics.
pub type OpaqueBlock = generic::Block<Header, sp_runtime::OpaqueExtrinsic>;

/// Units of the chain's fee token. One `UNIT` is 10^12 base units.
pub mod currency {
	use super::Balance;

	/// One whole token.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a token.
	pub const MILLIUNIT: Balance = 1_000_000_000;
	/// A millionth of a token.
	pub const MICROUNIT: Balance = 1_000_000;
	/// The smallest balance an account may hold; below it the account is reaped.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;

	// Checked when compiling: a zero deposit would let dust accounts fill the state.
	const _: () = assert!(EXISTENTIAL_DEPOSIT > 0 && EXISTENTIAL_DEPOSIT < UNIT);
}

/// Time, measured in milliseconds and in blocks.
pub mod time {
	use super::BlockNumber;

	/// Target block time of the parachain, and the Aura slot duration (6 s, async backing).
	pub const MILLISECS_PER_BLOCK: u64 = 6000;
	/// Aura slot duration. Changing it on a live chain bricks block production.
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
	/// Blocks in a minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks in an hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks in a day.
	pub const DAYS: BlockNumber = HOURS * 24;
	/// Milliseconds in a day, for rules that are measured on the chain's timestamp.
	pub const MILLISECS_PER_DAY: u64 = 24 * 60 * 60 * 1000;
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn block_time_constants_agree() {
		assert_eq!(time::MINUTES, 10);
		assert_eq!(time::DAYS, 14_400);
		assert_eq!(time::MILLISECS_PER_DAY / time::MILLISECS_PER_BLOCK, time::DAYS as u64);
	}
}
