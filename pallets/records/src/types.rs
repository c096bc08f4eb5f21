//! Stored types of the records pallet.

use codec::{Decode, Encode, MaxEncodedLen};
use healthchain_primitives::{
	consent::Moment,
	records::{AccessEntry, VersionStatus},
	Commitment, DataClass, OrganizationId,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// A record: who it is about, who keeps it, what kind of data, how many versions. Once erased it
/// is a tombstone: its versions are gone, and so are its patient and data class (the current
/// state no longer says whose it was or what it held; the anchoring block, its event, archive
/// nodes and the patient's unpruned access-log entries still do); the custodian, the number of
/// versions and the deposit stay, paid for by version 1's deposit.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Record<AccountId, Balance> {
	/// The patient; `None` once erased.
	pub subject: Option<AccountId>,
	/// The custodian organisation (holds the document off chain).
	pub custodian: OrganizationId,
	/// The data class; `None` once erased.
	pub class: Option<DataClass>,
	/// Number of versions anchored (the latest is this number); kept after erasure.
	pub versions: u32,
	/// Whether the record was erased: then it is a tombstone and has no stored versions.
	pub erased: bool,
	/// Once erased: who pays for the tombstone and how much — version 1's depositor and deposit,
	/// still held, for good. `None` while the record is live (the header then rides on version
	/// 1's deposit).
	pub tombstone_deposit: Option<(AccountId, Balance)>,
}

/// One version of a record (removed, with its deposit returned, when the record is erased).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Version<AccountId, Balance, BlockNumber> {
	/// The salted commitment to the document.
	pub commitment: Commitment,
	/// Its status: `Current`, `Superseded` or `EnteredInError` (never `Erased`: erased records
	/// keep no versions).
	pub status: VersionStatus,
	/// Block anchored in.
	pub anchored_at: BlockNumber,
	/// Time anchored (ms).
	pub anchored_at_ms: Moment,
	/// Who paid the deposit (the member account that anchored it).
	pub depositor: AccountId,
	/// The deposit held, released when the record is erased.
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

/// An access-log entry as stored: the entry and the deposit that pays for its storage.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct LoggedAccess<AccountId, Balance> {
	/// The entry, as queries report it.
	pub entry: AccessEntry,
	/// Who paid the deposit (the custodian's member account that logged it).
	pub depositor: AccountId,
	/// The deposit held, released when the entry is pruned after the retention period.
	pub deposit: Balance,
}
