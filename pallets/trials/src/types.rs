//! Stored types of the trials registry.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::{
	consent::{ConsentId, Moment},
	trials::{DataUse, Phase, StudyType, TrialStatus},
	Commitment, OrganizationId,
};
use scale_info::TypeInfo;

/// What a sponsor registers: the call argument of `register`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxOutcomes))]
pub struct Registration<MaxOutcomes: Get<u32>> {
	/// Commitment to the full WHO Trial Registration Data Set record (kept off chain).
	pub record: Commitment,
	/// Phase.
	pub phase: Phase,
	/// Study type.
	pub study_type: StudyType,
	/// Target sample size.
	pub target_size: u32,
	/// Planned (or, for a retrospective registration, actual) date of first enrolment (ms).
	pub first_enrolment: Moment,
	/// Planned primary completion date (ms).
	pub primary_completion: Moment,
	/// Hash of the protocol.
	pub protocol: Commitment,
	/// Hash of the statistical analysis plan.
	pub sap: Commitment,
	/// One commitment per primary outcome.
	pub primary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// One commitment per secondary outcome.
	pub secondary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// What the trial does with participants' data: an enrolment needs a research consent
	/// covering all of it.
	pub data_use: DataUse,
}

/// The protocol version in force: protocol, SAP and outcomes, and its ethics approval.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxOutcomes))]
pub struct Protocol<MaxOutcomes: Get<u32>> {
	/// Version: 1 at registration, +1 per amendment.
	pub version: u32,
	/// Hash of the protocol.
	pub protocol: Commitment,
	/// Hash of the statistical analysis plan.
	pub sap: Commitment,
	/// Primary outcome commitments.
	pub primary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// Secondary outcome commitments.
	pub secondary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// The ethics committee that approved this version, and when (ms).
	pub approval: Option<(OrganizationId, Moment)>,
	/// Whether participants enrolled under earlier versions must consent again.
	pub reconsent_required: bool,
}

/// A registered trial.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxOutcomes))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Trial<AccountId, Balance, BlockNumber, MaxOutcomes: Get<u32>> {
	/// The sponsor organisation.
	pub sponsor: OrganizationId,
	/// Commitment to the WHO TRDS record.
	pub record: Commitment,
	/// Phase.
	pub phase: Phase,
	/// Study type.
	pub study_type: StudyType,
	/// Target sample size.
	pub target_size: u32,
	/// Declared date of first enrolment (ms).
	pub first_enrolment: Moment,
	/// Planned primary completion date (ms).
	pub primary_completion: Moment,
	/// Registered at (ms).
	pub registered_at: Moment,
	/// Registered in block.
	pub registered_block: BlockNumber,
	/// Current status.
	pub status: TrialStatus,
	/// Last status change or update (ms), for the staleness flag.
	pub updated_at: Moment,
	/// The protocol version in force.
	pub protocol: Protocol<MaxOutcomes>,
	/// The outcomes registered at version 1, kept to show later changes.
	pub registered_primary: BoundedVec<Commitment, MaxOutcomes>,
	/// What the trial does with participants' data, fixed at registration.
	pub data_use: DataUse,
	/// Participants enrolled now.
	pub enrolled: u32,
	/// Participants withdrawn so far (their enrolments are removed).
	pub withdrawn: u32,
	/// Enrolments released after the trial closed (removed, deposit returned; the participants
	/// still count as enrolled).
	pub released: u32,
	/// Participants enrolled under a version below this one must consent again (0: none).
	pub reconsent_from: u32,
	/// Flags raised on chain so far (bit set of `TrialFlag`).
	pub raised_flags: u8,
	/// Results, once submitted: hash and submission time (ms).
	pub results: Option<(Commitment, Moment)>,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}

/// An enrolment.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Enrolment<AccountId, Balance> {
	/// Protocol version the participant consented under.
	pub version: u32,
	/// The consent that allowed it.
	pub consent: ConsentId,
	/// Enrolled at (ms).
	pub at: Moment,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}

/// An amendment as stored.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxOutcomes))]
pub struct Amendment<MaxOutcomes: Get<u32>> {
	/// Hash of the amended protocol.
	pub protocol: Commitment,
	/// Hash of the amended SAP.
	pub sap: Commitment,
	/// Primary outcomes from this version on.
	pub primary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// Secondary outcomes from this version on.
	pub secondary_outcomes: BoundedVec<Commitment, MaxOutcomes>,
	/// Whether participants enrolled under earlier versions must consent again.
	pub reconsent_required: bool,
	/// When (ms).
	pub at: Moment,
}
