//! Types and the runtime API of medical-records anchoring (`pallet-records`).
//!
//! A record id is derived on chain from the custodian organisation and a random 32-byte local id
//! that the custodian's system chooses ([`record_id`]); it is never derived from content or
//! identity. Because the custodian is part of the id, no other organisation can take a
//! custodian's id first by copying its anchor from the transaction pool: the copy gets a
//! different id. Batch ids are derived the same way ([`batch_id`]). A record's versions each
//! anchor a salted commitment to the off-chain document.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

use crate::{
	commitment::Commitment,
	consent::{ConsentId, Moment, SessionId},
	merkle::MerkleProof,
	traits::OrganizationId,
	vocabulary::{DataClass, Purpose},
};

/// A record's id (32 bytes): [`record_id`] of its custodian and the custodian's local id.
pub type RecordId = H256;

/// A batch's id (32 bytes): [`batch_id`] of its custodian and the custodian's local id.
pub type BatchId = H256;

/// Domain tag of [`record_id`].
pub const RECORD_ID_DOMAIN: &[u8] = b"healthchain/record-id";

/// Domain tag of [`batch_id`].
pub const BATCH_ID_DOMAIN: &[u8] = b"healthchain/batch-id";

/// The id of the record that organisation `custodian` anchors under its random `local_id`:
/// `blake2_256(SCALE(RECORD_ID_DOMAIN) ‖ SCALE(custodian: u32) ‖ local_id)`. The same on chain,
/// in the node and in clients.
pub fn record_id(custodian: OrganizationId, local_id: &H256) -> RecordId {
	derive_id(RECORD_ID_DOMAIN, custodian, local_id)
}

/// The id of the batch that organisation `custodian` anchors under its random `local_id`:
/// `blake2_256(SCALE(BATCH_ID_DOMAIN) ‖ SCALE(custodian: u32) ‖ local_id)`.
pub fn batch_id(custodian: OrganizationId, local_id: &H256) -> BatchId {
	derive_id(BATCH_ID_DOMAIN, custodian, local_id)
}

fn derive_id(domain: &[u8], custodian: OrganizationId, local_id: &H256) -> H256 {
	(domain, custodian, local_id).using_encoded(<BlakeTwo256 as sp_runtime::traits::Hash>::hash)
}

/// The status of one version of a record (after FHIR DocumentReference).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum VersionStatus {
	/// The latest version.
	Current,
	/// Replaced by a later version.
	Superseded,
	/// Marked as entered in error by the custodian.
	EnteredInError,
	/// Erased: the salt was destroyed and the commitment removed from state. Erasure removes a
	/// record's versions, so queries of this chain do not report it; it stays for clients.
	Erased,
}

/// Why an access was allowed.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum AccessBasis {
	/// A consent that permits it.
	Consent(ConsentId),
	/// An open break-glass session (emergency access, to be justified).
	BreakGlass(SessionId),
}

/// One version of a record, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct VersionInfo {
	/// Version number, from 1.
	pub version: u32,
	/// The commitment; `None` once erased.
	pub commitment: Option<Commitment>,
	/// Its status.
	pub status: VersionStatus,
	/// Block it was anchored in.
	pub anchored_at: u32,
	/// Time it was anchored (ms).
	pub anchored_at_ms: Moment,
}

/// A record and its versions, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RecordHistory<AccountId> {
	/// The record.
	pub id: RecordId,
	/// The patient; `None` once erased (a tombstone names no one).
	pub subject: Option<AccountId>,
	/// The custodian organisation.
	pub custodian: OrganizationId,
	/// The data class; `None` once erased.
	pub class: Option<DataClass>,
	/// Whether the record was erased (a tombstone).
	pub erased: bool,
	/// Versions, oldest first; empty once erased.
	pub versions: Vec<VersionInfo>,
}

/// The outcome of checking a commitment against a record.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum VerifyOutcome {
	/// The commitment is that of a version of the record.
	Match,
	/// The record exists but no version has this commitment.
	Mismatch,
	/// The record was erased: nothing can be verified any more (its versions are gone).
	Erased,
	/// No such record.
	Unknown,
}

/// The answer of `verify`.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Verification {
	/// Match, mismatch, erased or unknown.
	pub outcome: VerifyOutcome,
	/// The matching version (on a match), else the latest; `None` if the record is unknown or
	/// erased.
	pub version: Option<VersionInfo>,
	/// The latest version number (of an erased record: how many versions it had).
	pub latest_version: Option<u32>,
}

/// The answer of `verify_batch`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum BatchOutcome {
	/// The proof shows the commitment is in the batch.
	Included,
	/// The proof does not match the batch's root.
	NotIncluded,
	/// No such batch.
	UnknownBatch,
}

/// A batch, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct BatchInfo {
	/// The batch.
	pub id: BatchId,
	/// The custodian organisation.
	pub custodian: OrganizationId,
	/// The Merkle root of the batch's commitments.
	pub root: H256,
	/// Number of commitments.
	pub leaf_count: u32,
	/// Their data class.
	pub class: DataClass,
	/// Block anchored in.
	pub anchored_at: u32,
	/// Time anchored (ms).
	pub anchored_at_ms: Moment,
}

/// An access-log entry (after FHIR AuditEvent).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AccessEntry {
	/// The record accessed.
	pub record: RecordId,
	/// The organisation that accessed it.
	pub accessor: OrganizationId,
	/// The custodian that logged it.
	pub custodian: OrganizationId,
	/// Purpose of use.
	pub purpose: Purpose,
	/// The consent or break-glass session that allowed it.
	pub basis: AccessBasis,
	/// When (ms).
	pub at: Moment,
	/// Block it was logged in.
	pub block: u32,
}

/// A record as version 1 of [`RecordsApi`] reported it: a tombstone still named its patient
/// and data class. Nodes decode it from runtimes older than the tombstone change.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RecordHistoryV1<AccountId> {
	/// The record.
	pub id: RecordId,
	/// The patient.
	pub subject: AccountId,
	/// The custodian organisation.
	pub custodian: OrganizationId,
	/// The data class.
	pub class: DataClass,
	/// Whether the record was erased (a tombstone).
	pub erased: bool,
	/// Versions, oldest first; empty once erased.
	pub versions: Vec<VersionInfo>,
}

impl<AccountId> From<RecordHistoryV1<AccountId>> for RecordHistory<AccountId> {
	/// What the current API answers for the same record: a tombstone names no one.
	fn from(old: RecordHistoryV1<AccountId>) -> Self {
		let live = !old.erased;
		Self {
			id: old.id,
			subject: live.then_some(old.subject),
			custodian: old.custodian,
			class: live.then_some(old.class),
			erased: old.erased,
			versions: old.versions,
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Questions apps ask about anchored records.
	///
	/// Version 2: `history` of an erased record names neither its patient nor its data class.
	#[api_version(2)]
	pub trait RecordsApi<AccountId>
	where
		AccountId: codec::Codec,
	{
		/// Checks `commitment` against record `id`.
		fn verify(id: RecordId, commitment: Commitment) -> Verification;

		/// Record `id` and all its versions (a tombstone: no versions, no patient, no class).
		fn history(id: RecordId) -> Option<RecordHistory<AccountId>>;

		/// Record `id` as version 1 reported it.
		#[changed_in(2)]
		fn history(id: RecordId) -> Option<RecordHistoryV1<AccountId>>;

		/// Batch `id`.
		fn batch(id: BatchId) -> Option<BatchInfo>;

		/// Whether `proof` shows `commitment` is in batch `id`.
		fn verify_batch(id: BatchId, commitment: Commitment, proof: MerkleProof) -> BatchOutcome;

		/// The access log of `subject`: its length (entries ever logged) and at most `limit`
		/// entries from position `from`, each with its position. Entries pruned after the
		/// retention period are skipped, so the first position returned may be above `from`.
		fn access_log(subject: AccountId, from: u32, limit: u32) -> (u32, Vec<(u32, AccessEntry)>);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_old_runtimes_tombstone_is_reported_naming_no_one() {
		let old = |erased| RecordHistoryV1 {
			id: H256::repeat_byte(1),
			subject: 7u64,
			custodian: 2,
			class: DataClass::LabResults,
			erased,
			versions: Vec::new(),
		};
		let live: RecordHistory<u64> = old(false).into();
		assert_eq!((live.subject, live.class), (Some(7), Some(DataClass::LabResults)));
		let tombstone: RecordHistory<u64> = old(true).into();
		assert_eq!((tombstone.subject, tombstone.class, tombstone.custodian), (None, None, 2));
	}

	#[test]
	fn ids_are_namespaced_by_custodian_and_kind() {
		let local = H256::repeat_byte(0x42);
		assert_eq!(record_id(1, &local), record_id(1, &local));
		assert_ne!(record_id(1, &local), record_id(2, &local));
		assert_ne!(record_id(1, &local), record_id(1, &H256::repeat_byte(0x43)));
		assert_ne!(record_id(1, &local), batch_id(1, &local));
		assert_ne!(record_id(1, &local), local);
	}

	#[test]
	fn record_ids_follow_the_documented_preimage() {
		let local = H256::repeat_byte(7);
		let mut preimage = RECORD_ID_DOMAIN.encode();
		preimage.extend_from_slice(&5u32.to_le_bytes());
		preimage.extend_from_slice(local.as_bytes());
		assert_eq!(record_id(5, &local), H256(sp_io::hashing::blake2_256(&preimage)));
	}
}
