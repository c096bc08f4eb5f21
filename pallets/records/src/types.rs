//! Stored types of the records pallet.

use codec::{Decode, Encode, MaxEncodedLen};
use healthchain_primitives::{
	consent::Moment, records::VersionStatus, Commitment, DataClass, OrganizationId,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// A record: who it is about, who keeps it, what kind of data, how many versions.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Record<AccountId> {
	/// The patient.
	pub subject: AccountId,
	/// The custodian organisation (holds the document off chain).
	pub custodian: OrganizationId,
	/// The data class.
	pub class: DataClass,
	/// Number of versions anchored (the latest is this number).
	pub versions: u32,
	/// Whether the record was erased: then it is a tombstone.
	pub erased: bool,
}

/// One version of a record.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Version<AccountId, Balance, BlockNumber> {
	/// The salted commitment to the document; removed on erasure.
	pub commitment: Option<Commitment>,
	/// Its status.
	pub status: VersionStatus,
	/// Block anchored in.
	pub anchored_at: BlockNumber,
	/// Time anchored (ms).
	pub anchored_at_ms: Moment,
	/// Who paid the deposit (the member account that anchored it).
	pub depositor: AccountId,
	/// The deposit held; 0 once released.
	pub deposit: Balance,
}

/// An anchored batch.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Batch<AccountId, Balance, BlockNumber> {
	/// The custodian organisation.
	pub custodian: OrganizationId,
	/// The Merkle root (`healthchain_primitives::merkle`) of its commitments.
	pub root: H256,
	/// Number of commitments.
	pub leaf_count: u32,
	/// Their data class.
	pub class: DataClass,
	/// Block anchored in.
	pub anchored_at: BlockNumber,
	/// Time anchored (ms).
	pub anchored_at_ms: Moment,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}
