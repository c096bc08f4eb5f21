//! Types and the runtime API of the clinical-trial registry (`pallet-trials`), after the WHO
//! Trial Registration Data Set and ClinicalTrials.gov.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use sp_runtime::{traits::ConstU32, BoundedVec};

use crate::{
	commitment::Commitment,
	consent::Moment,
	traits::OrganizationId,
	vocabulary::{Action, DataClass},
};

/// A trial's id (sequential).
pub type TrialId = u32;

/// What a trial does with its participants' data, declared at registration: the research
/// consent that allows an enrolment must cover every action on every class listed.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct DataUse {
	/// The data classes the trial collects or uses (each at most once).
	pub classes: BoundedVec<DataClass, ConstU32<16>>,
	/// What it does with them (each at most once).
	pub actions: BoundedVec<Action, ConstU32<8>>,
}

/// Why an enrolment ended before the trial did.
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
pub enum Withdrawal {
	/// The participant (or their proxy) withdrew.
	ByParticipant,
	/// The sponsor withdrew the participant.
	BySponsor,
	/// The research consent it rested on was revoked, or replaced by one that no longer
	/// covers the trial's data use.
	ConsentEnded,
}

code_enum! {
	/// Trial phase.
	Phase {
		/// Not applicable (e.g. device or behavioural studies).
		NotApplicable,
		/// Early phase 1.
		EarlyPhase1,
		/// Phase 1.
		Phase1,
		/// Phase 1/2.
		Phase1Phase2,
		/// Phase 2.
		Phase2,
		/// Phase 2/3.
		Phase2Phase3,
		/// Phase 3.
		Phase3,
		/// Phase 4.
		Phase4,
	}
}

code_enum! {
	/// Study type.
	StudyType {
		/// Interventional.
		Interventional,
		/// Observational.
		Observational,
		/// Expanded access.
		ExpandedAccess,
	}
}

code_enum! {
	/// Why a trial was terminated.
	TerminationReason {
		/// Safety concerns.
		Safety,
		/// Efficacy shown early.
		Efficacy,
		/// Futility.
		Futility,
		/// Too few participants.
		LowEnrolment,
		/// Funding ended.
		Funding,
		/// A business decision of the sponsor.
		SponsorDecision,
		/// Another reason.
		Other,
	}
}

/// Recruitment status, after ClinicalTrials.gov.
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
pub enum TrialStatus {
	/// Registered, not recruiting yet.
	NotYetRecruiting,
	/// Recruiting participants (needs an ethics approval of the current protocol version).
	Recruiting,
	/// Recruitment paused.
	Suspended,
	/// Running, no longer recruiting.
	ActiveNotRecruiting,
	/// Completed.
	Completed,
	/// Stopped early, with the reason.
	Terminated(TerminationReason),
	/// Stopped before enrolling anyone.
	Withdrawn,
}

impl TrialStatus {
	/// Whether the trial is closed (completed, terminated or withdrawn).
	pub fn is_closed(self) -> bool {
		matches!(self, TrialStatus::Completed | TrialStatus::Terminated(_) | TrialStatus::Withdrawn)
	}

	/// Whether `self → to` is a legal transition (approval is checked separately).
	pub fn can_become(self, to: TrialStatus) -> bool {
		use TrialStatus::*;
		matches!(
			(self, to),
			(NotYetRecruiting, Recruiting)
				| (NotYetRecruiting, Withdrawn)
				| (Recruiting, Suspended)
				| (Recruiting, ActiveNotRecruiting)
				| (Suspended, Recruiting)
				| (Suspended, ActiveNotRecruiting)
				| (ActiveNotRecruiting, Completed)
				| (Recruiting | Suspended | ActiveNotRecruiting, Terminated(_))
		)
	}
}

/// Integrity flags, computed on chain from the registry's own data.
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
pub enum TrialFlag {
	/// First enrolment before registration (registered retrospectively).
	LateRegistration,
	/// Results report outcomes that were not registered (or amended in), or leave a registered
	/// primary outcome without a result.
	OutcomeSwitched,
	/// No results 12 months after primary completion (not for a withdrawn trial, which never
	/// enrolled anyone).
	ResultsOverdue,
	/// An open trial without any update for 12 months.
	StatusStale,
}

impl TrialFlag {
	/// Every flag.
	pub const ALL: [TrialFlag; 4] = [
		TrialFlag::LateRegistration,
		TrialFlag::OutcomeSwitched,
		TrialFlag::ResultsOverdue,
		TrialFlag::StatusStale,
	];

	/// The flag's bit in a flag set.
	pub fn bit(self) -> u8 {
		1 << (self as u8)
	}
}

/// A trial as queries report it, with its flags at the time asked about.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TrialInfo {
	/// Its id.
	pub id: TrialId,
	/// The sponsor.
	pub sponsor: OrganizationId,
	/// Commitment to the WHO TRDS record.
	pub record: Commitment,
	/// Phase.
	pub phase: Phase,
	/// Study type.
	pub study_type: StudyType,
	/// Target sample size.
	pub target_size: u32,
	/// Declared first enrolment (ms).
	pub first_enrolment: Moment,
	/// Planned primary completion (ms).
	pub primary_completion: Moment,
	/// Registered at (ms).
	pub registered_at: Moment,
	/// Status.
	pub status: TrialStatus,
	/// Last update (ms).
	pub updated_at: Moment,
	/// Protocol version in force.
	pub version: u32,
	/// Protocol hash in force.
	pub protocol: Commitment,
	/// SAP hash in force.
	pub sap: Commitment,
	/// Primary outcomes in force.
	pub primary_outcomes: Vec<Commitment>,
	/// Secondary outcomes in force.
	pub secondary_outcomes: Vec<Commitment>,
	/// Ethics approval of the version in force.
	pub approval: Option<(OrganizationId, Moment)>,
	/// What the trial does with participants' data.
	pub data_use: DataUse,
	/// Participants enrolled now.
	pub enrolled: u32,
	/// Participants withdrawn so far.
	pub withdrawn: u32,
	/// Results hash and time, once submitted.
	pub results: Option<(Commitment, Moment)>,
	/// Flags that hold now.
	pub flags: Vec<TrialFlag>,
}

/// An amendment as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AmendmentInfo {
	/// The protocol version it created.
	pub version: u32,
	/// Protocol hash.
	pub protocol: Commitment,
	/// SAP hash.
	pub sap: Commitment,
	/// Primary outcomes.
	pub primary_outcomes: Vec<Commitment>,
	/// Secondary outcomes.
	pub secondary_outcomes: Vec<Commitment>,
	/// Whether it asked participants to consent again.
	pub reconsent_required: bool,
	/// When (ms).
	pub at: Moment,
}

sp_api::decl_runtime_apis! {
	/// Questions apps ask the trial registry.
	pub trait TrialsApi {
		/// Trial `id`, with its flags now.
		fn trial(id: TrialId) -> Option<TrialInfo>;

		/// The amendments of trial `id`, in order (the registration is version 1).
		fn amendments(id: TrialId) -> Vec<AmendmentInfo>;

		/// Trials, optionally of one sponsor and/or in one status, from id `from`, at most
		/// `limit` (≤ 100).
		fn trials(sponsor: Option<OrganizationId>, status: Option<TrialStatus>, from: TrialId, limit: u32) -> Vec<TrialInfo>;
	}
}
