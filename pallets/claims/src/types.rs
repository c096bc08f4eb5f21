//! Stored types of insurance claims.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::{
	claims::{
		ClaimDecision, ClaimId, ClaimStatus, ClaimUse, CoverageId, Day, LineSubmission, Outcome,
		PolicyId, Rule, ServiceCode, Settlement,
	},
	consent::Moment,
	provenance::Serial,
	records::RecordId,
	Commitment, OrganizationId,
};
use scale_info::TypeInfo;

/// A policy: its payer and its latest version (versions are kept under
/// [`crate::PolicyVersions`]).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PolicyHead {
	/// The payer organisation that publishes it.
	pub payer: OrganizationId,
	/// The latest version, from 1.
	pub latest: u32,
}

/// One version of a policy: the commitment to its document, the days it applies to and its
/// public rule table.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxRules))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Balance: MaxEncodedLen))]
pub struct PolicyVersion<AccountId, Balance, MaxRules: Get<u32>> {
	/// Commitment to the policy document (kept off chain).
	pub document: Commitment,
	/// First day the version applies to (by service date).
	pub valid_from: Day,
	/// Last day the version applies to.
	pub valid_until: Day,
	/// The rule table, one row per code.
	pub rules: BoundedVec<Rule, MaxRules>,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit (kept: claims cite the version they were adjudicated under).
	pub deposit: Balance,
}

/// A patient's coverage by a policy for a period.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Coverage<AccountId, Balance> {
	/// The payer.
	pub payer: OrganizationId,
	/// The policy.
	pub policy: PolicyId,
	/// The patient's pseudonym.
	pub patient: AccountId,
	/// First day covered.
	pub start: Day,
	/// Last day covered.
	pub end: Day,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit, returned when the coverage is removed.
	pub deposit: Balance,
}

/// One line of a claim as stored.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Line {
	/// The billed code.
	pub code: ServiceCode,
	/// Units.
	pub units: u32,
	/// Billed amount.
	pub amount: u128,
	/// The dispensed pack's serial (drug lines of a claim).
	pub pack: Option<Serial>,
	/// Amount approved (0 until decided).
	pub approved: u128,
	/// Of an approved prior authorisation: units and amount claims have used since.
	pub used: (u32, u128),
	/// Of a claim: units and amount this line drew from its prior authorisation (given back
	/// if the claim is cancelled).
	pub drawn: (u32, u128),
}

impl From<LineSubmission> for Line {
	fn from(l: LineSubmission) -> Line {
		Line {
			code: l.code,
			units: l.units,
			amount: l.amount,
			pack: l.pack,
			approved: 0,
			used: (0, 0),
			drawn: (0, 0),
		}
	}
}

/// What a provider submits: the call argument of `submit_claim`.
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
#[scale_info(skip_type_params(MaxLines))]
pub struct Submission<MaxLines: Get<u32>> {
	/// Claim or preauthorization.
	pub use_: ClaimUse,
	/// The coverage it is made under (which names payer, policy and patient).
	pub coverage: CoverageId,
	/// The service date (a preauthorization: the planned date).
	pub service_date: Day,
	/// Commitment to the claim bundle (FHIR Claim with its attachments, kept off chain, sent to
	/// the payer point to point).
	pub bundle: Commitment,
	/// The encounter record (pallet-records) the service lines rest on: anchored by the same
	/// provider for the same patient, class `Encounters`. Claims only.
	pub encounter: Option<RecordId>,
	/// The approved prior authorisation the lines that need one draw on. Claims only.
	pub prior_auth: Option<ClaimId>,
	/// The lines.
	pub lines: BoundedVec<LineSubmission, MaxLines>,
}

/// A claim or preauthorization as stored.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxLines))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Balance: MaxEncodedLen))]
pub struct Claim<AccountId, Balance, MaxLines: Get<u32>> {
	/// Claim or preauthorization.
	pub use_: ClaimUse,
	/// The provider organisation.
	pub provider: OrganizationId,
	/// The payer organisation.
	pub payer: OrganizationId,
	/// The coverage.
	pub coverage: CoverageId,
	/// The policy and the version in force at submission.
	pub policy: (PolicyId, u32),
	/// The patient's pseudonym.
	pub patient: AccountId,
	/// The service date.
	pub service_date: Day,
	/// Commitment to the claim bundle (replaced by the appeal's on appeal).
	pub bundle: Commitment,
	/// The encounter record.
	pub encounter: Option<RecordId>,
	/// The prior authorisation.
	pub prior_auth: Option<ClaimId>,
	/// The lines.
	pub lines: BoundedVec<Line, MaxLines>,
	/// Status.
	pub status: ClaimStatus,
	/// Outcome.
	pub outcome: Outcome,
	/// Decision.
	pub decision: ClaimDecision,
	/// Reasons, as a set of [`healthchain_primitives::claims::ReasonCode::bit`] bits.
	pub reasons: u16,
	/// Fraud signals, as a set of [`healthchain_primitives::claims::Signal`] bits.
	pub signals: u8,
	/// Commitment to the payer's response document, once the payer decided.
	pub response: Option<Commitment>,
	/// Whether it was appealed.
	pub appealed: bool,
	/// Whether the rules approved it in the block it was submitted in.
	pub auto_adjudicated: bool,
	/// Settlement.
	pub settlement: Settlement,
	/// Commitment to the remittance (X12 835, EFT trace), once instructed.
	pub remittance: Option<Commitment>,
	/// Submitted at (ms).
	pub submitted_at: Moment,
	/// Last change (ms).
	pub updated_at: Moment,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit, returned when the claim is removed after its retention period.
	pub deposit: Balance,
}

impl<AccountId, Balance, MaxLines: Get<u32>> Claim<AccountId, Balance, MaxLines> {
	/// Total billed.
	pub fn billed(&self) -> u128 {
		self.lines.iter().fold(0u128, |sum, l| sum.saturating_add(l.amount))
	}

	/// Total approved.
	pub fn approved(&self) -> u128 {
		self.lines.iter().fold(0u128, |sum, l| sum.saturating_add(l.approved))
	}

	/// Whether the claim is in force and approved, fully or in part (what a prior authorisation
	/// must be to be drawn on).
	pub fn is_approved_in_force(&self) -> bool {
		self.status == ClaimStatus::Active
			&& matches!(self.decision, ClaimDecision::Approved | ClaimDecision::Partial)
	}

	/// Whether the claim holds index entries (fingerprints, claimed packs): a claim in force
	/// whose facts passed.
	pub fn holds_index(&self) -> bool {
		self.use_ == ClaimUse::Claim
			&& self.status == ClaimStatus::Active
			&& self.outcome != Outcome::Error
	}
}
