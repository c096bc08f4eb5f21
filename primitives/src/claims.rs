//! Types, traits and the runtime API of insurance claims (`pallet-claims`), after HL7 FHIR R5
//! Claim / ClaimResponse / ExplanationOfBenefit and Da Vinci Prior Authorization.
//!
//! On chain only: organisation ids, patient pseudonyms (accounts), amounts, public codes
//! (HCPCS Level II, GTIN), dates as day numbers, statuses, commitments to the documents that
//! stay off chain (policy, claim bundle, response, remittance) and keyed fingerprints
//! ([`fingerprint`]).

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

use crate::{
	consent::Moment,
	provenance::{Gtin, PackKey},
	records::RecordId,
	traits::OrganizationId,
	Commitment,
};

/// A claim's id (sequential).
pub type ClaimId = u64;

/// A coverage's id (sequential).
pub type CoverageId = u64;

/// A coverage policy's id (sequential); its versions are numbered from 1.
pub type PolicyId = u32;

/// A calendar date: days since 1970-01-01 (UTC).
pub type Day = u32;

/// The day (UTC) that time `at` (ms since the epoch) falls in.
pub fn day_of(at: Moment) -> Day {
	(at / crate::time::MILLISECS_PER_DAY).min(Day::MAX as u64) as Day
}

/// A code a claim line bills, from a public code set only.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum ServiceCode {
	/// An HCPCS Level II code: a letter `A`–`V` and four digits (`J1100`, `E0110`). CPT codes
	/// (five digits, or four and a letter) cannot be written in this form.
	Hcpcs([u8; 5]),
	/// A drug, by the GTIN of its pack (NDC in a GTIN): the line names the dispensed pack.
	Drug(Gtin),
}

impl ServiceCode {
	/// Whether the code is well formed: an HCPCS Level II code as above, or a GTIN with a valid
	/// check digit.
	pub fn is_valid(&self) -> bool {
		match self {
			ServiceCode::Hcpcs(code) => {
				(b'A'..=b'V').contains(&code[0]) && code[1..].iter().all(u8::is_ascii_digit)
			},
			ServiceCode::Drug(gtin) => gtin.is_valid(),
		}
	}

	/// Whether the code bills a drug.
	pub fn is_drug(&self) -> bool {
		matches!(self, ServiceCode::Drug(_))
	}

	/// The code as text: the HCPCS code, or the GTIN's 14 digits.
	#[cfg(feature = "std")]
	pub fn to_text(&self) -> String {
		match self {
			ServiceCode::Hcpcs(code) => String::from_utf8_lossy(code).into_owned(),
			ServiceCode::Drug(gtin) => gtin.to_digits(),
		}
	}
}

/// One row of a policy's public rule table.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Rule {
	/// The code the row is about.
	pub code: ServiceCode,
	/// The most the payer allows per unit (its fee schedule), in the settlement currency's
	/// smallest unit.
	pub max_unit_amount: u128,
	/// The most units one claim line may bill.
	pub max_units: u32,
	/// Whether a claim for the code needs an approved prior authorisation.
	pub prior_auth: bool,
}

code_enum! {
	/// What a claim asks for (FHIR `Claim.use`).
	ClaimUse {
		/// Payment for services given (`claim`).
		Claim,
		/// Prior authorisation of services planned (`preauthorization`).
		Preauthorization,
	}
}

/// One line of a claim as the provider submits it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct LineSubmission {
	/// The billed code.
	pub code: ServiceCode,
	/// Units (at least 1).
	pub units: u32,
	/// The billed amount for the line (at least 1).
	pub amount: u128,
	/// For a drug line of a claim: the serial of the dispensed pack (its GTIN is the code's).
	pub pack: Option<crate::provenance::Serial>,
}

code_enum! {
	/// A claim's status (FHIR `Claim.status`, financial resource status).
	ClaimStatus {
		/// In force.
		Active,
		/// Withdrawn by the provider.
		Cancelled,
		/// Withdrawn by the provider as made in error.
		EnteredInError,
	}
}

code_enum! {
	/// Where adjudication stands (FHIR `ClaimResponse.outcome`).
	Outcome {
		/// Waiting for the payer.
		Queued,
		/// Adjudicated in full.
		Complete,
		/// Adjudicated in part.
		Partial,
		/// Not adjudicated: the facts it rests on failed the chain's checks.
		Error,
	}
}

code_enum! {
	/// The payer's (or the rules') decision (Da Vinci PAS review action, FHIR `adjudication`).
	ClaimDecision {
		/// Not decided yet.
		Pending,
		/// Approved in full.
		Approved,
		/// Approved in part.
		Partial,
		/// Denied.
		Denied,
	}
}

code_enum! {
	/// Where payment of an approved claim stands.
	Settlement {
		/// No payment instruction yet.
		None,
		/// The payer recorded a payment instruction (a commitment to the remittance).
		Instructed,
		/// The provider confirmed receipt.
		Confirmed,
		/// The provider disputed the payment; the payer may instruct again.
		Disputed,
	}
}

/// Why a claim was pended, denied or refused: X12 claim adjustment reason codes in spirit, a
/// small fixed set on chain.
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
	PartialOrd,
	Ord,
	Debug,
)]
pub enum ReasonCode {
	/// A code is not in the policy's rule table.
	NotCovered,
	/// A line bills more units than the rule allows.
	UnitsExceeded,
	/// A line bills more than the rule allows.
	AmountExceeded,
	/// A code needs a prior authorisation with enough left, and the claim names none.
	PriorAuthRequired,
	/// The same service was billed before ([`Signal::Duplicate`]).
	Duplicate,
	/// The facts the claim rests on failed the chain's checks (see its signals).
	FactsNotVerified,
	/// Not medically necessary (payer's decision).
	NotNecessary,
	/// Documentation insufficient (payer's decision).
	InsufficientDocumentation,
	/// Coordination of benefits: another payer is primary (payer's decision).
	OtherPayerPrimary,
	/// Anything else; the reason is in the response document.
	Other,
}

code_enum! {
	/// A fraud signal the chain raises on a claim from what it already knows.
	Signal {
		/// A line's fingerprint matches a line of another claim in force (the same service billed
		/// twice, to one payer or to two), or its pack was claimed before.
		Duplicate,
		/// A drug line names a pack that is not dispensed.
		NotDispensed,
		/// A drug line names a pack another organisation dispensed, or dispensed more than a day
		/// from the service date.
		DispensedElsewhere,
		/// Service lines without an encounter record of the provider for the patient.
		NoEncounter,
		/// The provider did not hold its role, in good standing, on the service date.
		ProviderNotActive,
	}
}

impl ReasonCode {
	/// Every reason, in declaration order.
	pub const ALL: [ReasonCode; 10] = [
		ReasonCode::NotCovered,
		ReasonCode::UnitsExceeded,
		ReasonCode::AmountExceeded,
		ReasonCode::PriorAuthRequired,
		ReasonCode::Duplicate,
		ReasonCode::FactsNotVerified,
		ReasonCode::NotNecessary,
		ReasonCode::InsufficientDocumentation,
		ReasonCode::OtherPayerPrimary,
		ReasonCode::Other,
	];

	/// The reason's bit in a set of reasons.
	pub fn bit(self) -> u16 {
		1 << (self as u16)
	}

	/// The reasons in set `bits`, in declaration order.
	pub fn of(bits: u16) -> Vec<ReasonCode> {
		ReasonCode::ALL.into_iter().filter(|r| bits & r.bit() != 0).collect()
	}
}

impl Signal {
	/// Every signal, in declaration order.
	pub const ALL: [Signal; 5] = [
		Signal::Duplicate,
		Signal::NotDispensed,
		Signal::DispensedElsewhere,
		Signal::NoEncounter,
		Signal::ProviderNotActive,
	];

	/// The signal's bit in a set of signals.
	pub fn bit(self) -> u8 {
		1 << (self as u8)
	}

	/// The signals in set `bits`, in declaration order.
	pub fn of(bits: u8) -> Vec<Signal> {
		Signal::ALL.into_iter().filter(|s| bits & s.bit() != 0).collect()
	}

	/// Whether the signal makes the claim's facts fail (the claim ends as `error` / `denied`);
	/// a duplicate only pends it for the payer (it may be coordination of benefits).
	pub fn is_fatal(self) -> bool {
		!matches!(self, Signal::Duplicate)
	}
}

/// Domain tag of [`fingerprint`].
pub const FINGERPRINT_DOMAIN: &[u8] = b"healthchain/claim-fingerprint";

/// The keyed fingerprint of one billed service: `blake2_256(SCALE(FINGERPRINT_DOMAIN) ‖
/// SCALE(patient) ‖ SCALE(provider: u32) ‖ SCALE(day: u32) ‖ SCALE(code) ‖
/// SCALE(pack: Option<Vec<u8>>))` — a drug line's service is the dispensing of its pack, so two
/// packs of one product dispensed the same day are two services. Neither the payer nor the units
/// are in it, so the same service billed to two payers, or split into parts, collides. It is keyed by the
/// patient's pseudonym: without the pseudonym the small space of (day, code, units) cannot be
/// searched, and with it the claim itself is readable, so the index reveals nothing more
/// (docs/pallets/claims.md argues it).
pub fn fingerprint<AccountId: Encode>(
	patient: &AccountId,
	provider: OrganizationId,
	day: Day,
	code: &ServiceCode,
	pack: Option<&[u8]>,
) -> H256 {
	(FINGERPRINT_DOMAIN, patient, provider, day, code, pack)
		.using_encoded(<BlakeTwo256 as sp_runtime::traits::Hash>::hash)
}

/// The facts of a record the claims pallet asks about: who keeps it, whose it is, of which
/// class, and whether it is in force (its latest version current, not entered in error).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RecordFacts<AccountId> {
	/// The custodian organisation.
	pub custodian: OrganizationId,
	/// The patient.
	pub subject: AccountId,
	/// The data class (as stored).
	pub class: crate::DataClass,
	/// Whether the record is in force.
	pub in_force: bool,
}

/// How the claims pallet asks pallet-records about an encounter. Mocked in its unit tests.
pub trait RecordLookup<AccountId> {
	/// The facts of record `id`, if it exists and is not erased (at most two reads).
	fn record_facts(id: &RecordId) -> Option<RecordFacts<AccountId>>;
}

/// How the claims pallet asks pallet-provenance about a dispensed pack. Mocked in its unit
/// tests.
pub trait DispenseLookup {
	/// Who dispensed pack `pack` and when (ms), if its custody is `Dispensed`. One read.
	fn dispensed(pack: &PackKey) -> Option<(OrganizationId, Moment)>;
}

/// One line of a claim, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct LineInfo {
	/// Line number, from 1.
	pub sequence: u32,
	/// The billed code.
	pub code: ServiceCode,
	/// Units.
	pub units: u32,
	/// Billed amount.
	pub amount: u128,
	/// The dispensed pack's serial (drug lines).
	pub pack: Option<Vec<u8>>,
	/// The amount approved (0 until decided).
	pub approved: u128,
	/// For an approved prior authorisation: units and amount used by claims since.
	pub used: (u32, u128),
}

/// A claim, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ClaimInfo<AccountId> {
	/// The claim.
	pub id: ClaimId,
	/// Claim or preauthorization.
	pub use_: ClaimUse,
	/// The provider organisation.
	pub provider: OrganizationId,
	/// The payer organisation.
	pub payer: OrganizationId,
	/// The coverage it is made under.
	pub coverage: CoverageId,
	/// The policy and the version it was adjudicated under.
	pub policy: (PolicyId, u32),
	/// The patient's pseudonym.
	pub patient: AccountId,
	/// The service date.
	pub service_date: Day,
	/// Commitment to the claim bundle (off chain).
	pub bundle: Commitment,
	/// The encounter record it rests on.
	pub encounter: Option<RecordId>,
	/// The prior authorisation it uses.
	pub prior_auth: Option<ClaimId>,
	/// The lines.
	pub lines: Vec<LineInfo>,
	/// Status.
	pub status: ClaimStatus,
	/// Outcome.
	pub outcome: Outcome,
	/// Decision.
	pub decision: ClaimDecision,
	/// Reasons given (by the rules or the payer).
	pub reasons: Vec<ReasonCode>,
	/// Fraud signals raised.
	pub signals: Vec<Signal>,
	/// Total billed.
	pub billed: u128,
	/// Total approved.
	pub approved: u128,
	/// Commitment to the payer's response document, once decided by the payer.
	pub response: Option<Commitment>,
	/// Whether it was appealed (once at most).
	pub appealed: bool,
	/// Whether it was approved by the rules in the block it was submitted in.
	pub auto_adjudicated: bool,
	/// Settlement.
	pub settlement: Settlement,
	/// Commitment to the remittance, once instructed.
	pub remittance: Option<Commitment>,
	/// Submitted at (ms).
	pub submitted_at: Moment,
	/// Last change (ms).
	pub updated_at: Moment,
}

/// A coverage, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CoverageInfo<AccountId> {
	/// The coverage.
	pub id: CoverageId,
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
}

/// One version of a policy, as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PolicyInfo {
	/// The policy.
	pub id: PolicyId,
	/// The version.
	pub version: u32,
	/// The latest version of the policy.
	pub latest: u32,
	/// The payer.
	pub payer: OrganizationId,
	/// Commitment to the policy document.
	pub document: Commitment,
	/// First day the version applies to.
	pub valid_from: Day,
	/// Last day the version applies to.
	pub valid_until: Day,
	/// The rule table.
	pub rules: Vec<Rule>,
}

/// Whose claims a page lists.
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
pub enum Party {
	/// Claims the organisation submitted.
	Provider(OrganizationId),
	/// Claims made to the organisation.
	Payer(OrganizationId),
}

sp_api::decl_runtime_apis! {
	/// Questions apps ask about claims.
	pub trait ClaimsApi<AccountId>
	where
		AccountId: codec::Codec,
	{
		/// Claim `id`.
		fn claim(id: ClaimId) -> Option<ClaimInfo<AccountId>>;

		/// The claims of `party`, at most `limit` (≤ 100), in the index's order (not the ids'):
		/// the first page with `after` = `None`, each next one after the last id of the page
		/// before.
		fn claims_of(party: Party, after: Option<ClaimId>, limit: u32) -> Vec<ClaimInfo<AccountId>>;

		/// The coverages of `patient` in force on `day`.
		fn eligibility(patient: AccountId, day: Day) -> Vec<CoverageInfo<AccountId>>;

		/// Version `version` of policy `id` (the latest if `None`).
		fn policy(id: PolicyId, version: Option<u32>) -> Option<PolicyInfo>;

		/// Claims with fraud signals, paged like `claims_of`.
		fn flagged(after: Option<ClaimId>, limit: u32) -> Vec<ClaimInfo<AccountId>>;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hcpcs_level_ii_codes_are_accepted_and_cpt_codes_are_not() {
		assert!(ServiceCode::Hcpcs(*b"J1100").is_valid());
		assert!(ServiceCode::Hcpcs(*b"E0110").is_valid());
		assert!(!ServiceCode::Hcpcs(*b"99213").is_valid(), "a CPT code");
		assert!(!ServiceCode::Hcpcs(*b"0001F").is_valid(), "a CPT category II code");
		assert!(!ServiceCode::Hcpcs(*b"W1234").is_valid(), "no such section");
		assert!(!ServiceCode::Hcpcs(*b"J11a0").is_valid());
		assert!(ServiceCode::Drug(Gtin(9_506_000_134_352)).is_valid());
		assert!(!ServiceCode::Drug(Gtin(9_506_000_134_353)).is_valid());
	}

	#[test]
	fn fingerprints_ignore_the_payer_and_the_units_and_differ_by_every_keyed_field() {
		let code = ServiceCode::Hcpcs(*b"J1100");
		let base = fingerprint(&1u64, 7, 20_000, &code, None);
		assert_eq!(base, fingerprint(&1u64, 7, 20_000, &code, None));
		assert_ne!(base, fingerprint(&2u64, 7, 20_000, &code, None));
		assert_ne!(base, fingerprint(&1u64, 8, 20_000, &code, None));
		assert_ne!(base, fingerprint(&1u64, 7, 20_001, &code, None));
		assert_ne!(base, fingerprint(&1u64, 7, 20_000, &ServiceCode::Hcpcs(*b"J1101"), None));
		assert_ne!(base, fingerprint(&1u64, 7, 20_000, &code, Some(&b"SN1"[..])));
	}

	#[test]
	fn signal_sets_round_trip_and_only_duplicates_are_not_fatal() {
		let bits = Signal::NoEncounter.bit() | Signal::Duplicate.bit();
		assert_eq!(Signal::of(bits), vec![Signal::Duplicate, Signal::NoEncounter]);
		assert_eq!(Signal::ALL.iter().filter(|s| !s.is_fatal()).count(), 1);
		assert_eq!(day_of(86_400_000 * 3 + 5), 3);
	}
}
