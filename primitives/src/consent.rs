//! Types and the runtime API of patient consent (`pallet-consent`), and the
//! [`ConsentVerifier`] trait through which records and trials ask it.
//!
//! A *subject* is a patient as the chain knows them: an account (or a pseudonymous account the
//! patient chose), never a name or a medical record number.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use sp_runtime::Weight;

use crate::{
	commitment::Commitment,
	traits::OrganizationId,
	vocabulary::{Action, DataClass, Purpose, Role},
};

/// Identifier of a consent (sequential; reveals nothing about the patient).
pub type ConsentId = u64;

/// Identifier of a break-glass session (sequential).
pub type SessionId = u64;

/// Milliseconds since the Unix epoch, as the chain's timestamp counts them.
pub type Moment = u64;

/// Most break-glass sessions one query returns (`ConsentApi::break_glass_sessions`).
pub const MAX_SESSIONS_PAGE: u32 = 256;

/// Who a consent is given to.
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
pub enum Grantee {
	/// One organisation of the registry.
	Organization(OrganizationId),
	/// Every organisation that actively holds this role at decision time.
	Role(Role),
}

/// What a consent says (FHIR Consent `decision`).
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
pub enum Provision {
	/// Allows what it covers.
	Permit,
	/// Forbids what it covers; overrides every permit.
	Deny,
}

/// The stored status of a consent. Expiry is not stored: it follows from the validity period
/// and the time asked about.
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
pub enum ConsentStatus {
	/// In force within its validity period.
	Active,
	/// Revoked by the patient or a proxy; never in force again.
	Revoked,
	/// Replaced by a newer version.
	Superseded,
}

/// Who asks: an account (resolved to the organisation it acts for) or an organisation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Actor<AccountId> {
	/// A member account of an organisation.
	Account(AccountId),
	/// An organisation.
	Organization(OrganizationId),
}

/// The answer to "may this actor do this now?".
///
/// Several consents may apply: a deny overrides every permit; among consents with the same
/// provision the oldest (lowest id) is cited.
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
pub enum Decision {
	/// A consent permits it, and no consent denies it.
	Permit {
		/// The consent cited.
		consent: ConsentId,
	},
	/// A consent denies it.
	Deny {
		/// The consent cited.
		consent: ConsentId,
	},
	/// No consent in force covers it (which a caller must treat as "not allowed").
	NotApplicable,
}

impl Decision {
	/// Whether the decision is a permit.
	pub fn is_permit(&self) -> bool {
		matches!(self, Decision::Permit { .. })
	}
}

/// How a patient's proxy relates to them.
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
pub enum ProxyKind {
	/// A parent or guardian.
	Guardian,
	/// A legal representative.
	LegalRepresentative,
}

/// A consent as queries report it, with its status at the time asked about.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ConsentInfo<AccountId> {
	/// Its id.
	pub id: ConsentId,
	/// The patient.
	pub subject: AccountId,
	/// Who signed it: the patient or their proxy.
	pub grantor: AccountId,
	/// Who it is given to.
	pub grantee: Grantee,
	/// Permit or deny.
	pub provision: Provision,
	/// Data classes covered.
	pub classes: Vec<DataClass>,
	/// Purposes covered.
	pub purposes: Vec<Purpose>,
	/// Actions covered.
	pub actions: Vec<Action>,
	/// In force from (ms since the epoch).
	pub valid_from: Moment,
	/// In force until (exclusive), if it ends.
	pub valid_until: Option<Moment>,
	/// Stored status.
	pub status: ConsentStatus,
	/// Whether the validity period is over at the time asked about.
	pub expired: bool,
	/// The consent this one replaced.
	pub supersedes: Option<ConsentId>,
	/// The consent that replaced this one.
	pub superseded_by: Option<ConsentId>,
	/// Block it was granted in.
	pub created: u32,
	/// When it was granted (ms).
	pub created_at: Moment,
	/// When it stopped being in force by revocation or replacement (ms), if it did.
	pub ended_at: Option<Moment>,
}

/// A break-glass session as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct BreakGlassInfo<AccountId> {
	/// Its id.
	pub id: SessionId,
	/// The patient.
	pub subject: AccountId,
	/// The organisation that opened it.
	pub organization: OrganizationId,
	/// The member account that opened it.
	pub opened_by: AccountId,
	/// Opened at (ms).
	pub opened_at: Moment,
	/// Access ends at (ms, exclusive).
	pub expires_at: Moment,
	/// The justification is due by (ms).
	pub justification_due: Moment,
	/// The justification commitment, once given.
	pub justification: Option<Commitment>,
	/// Whether access is open at the time asked about.
	pub open: bool,
	/// Whether the justification is missing past its deadline at the time asked about.
	pub overdue: bool,
	/// Whether the missing justification has been flagged on chain.
	pub flagged: bool,
}

/// How records and trials ask the consent pallet. Mocked in their unit tests.
pub trait ConsentVerifier<AccountId> {
	/// The decision for `organization` doing `action` on `class` data of `subject` for
	/// `purpose` at `at` (ms).
	fn decide(
		subject: &AccountId,
		organization: OrganizationId,
		action: Action,
		class: DataClass,
		purpose: Purpose,
		at: Moment,
	) -> Decision;

	/// The oldest single consent in force at `at` that permits `organization`, for `purpose`,
	/// every action of `actions` on every class of `classes` — provided no consent in force
	/// denies that organisation any of them for that purpose. Trials ask it before enrolling a
	/// participant (purpose `Research`, the trial's declared data use).
	fn consent_covering(
		subject: &AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		actions: &[Action],
		classes: &[DataClass],
		at: Moment,
	) -> Option<ConsentId>;

	/// Whether consent `consent` alone, as stored now, is a permit of `subject` in force at
	/// `at` that covers `organization` doing every action of `actions` on every class of
	/// `classes` for `purpose` (one read: no other consent is looked at).
	#[allow(clippy::too_many_arguments)]
	fn covers(
		consent: ConsentId,
		subject: &AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		actions: &[Action],
		classes: &[DataClass],
		at: Moment,
	) -> bool;

	/// Whether `who` may act for patient `subject` at `at`: it is the patient, or a proxy whose
	/// appointment has not ended.
	fn may_act_for(who: &AccountId, subject: &AccountId, at: Moment) -> bool;

	/// The most one `decide` or `consent_covering` costs (benchmarked by the consent pallet
	/// over a patient's full list of consents): a call that asks adds it to its own weight.
	fn decision_weight() -> Weight;

	/// Whether break-glass session `session` is `organization`'s on `subject` and open at `at`.
	/// One read of that session, whatever else the patient has open: what a caller is charged
	/// for it does not grow with the patient's other sessions.
	fn break_glass_open(
		session: SessionId,
		subject: &AccountId,
		organization: OrganizationId,
		at: Moment,
	) -> bool;
}

/// Told when a consent stops being in force early — revoked, or replaced by `successor` — so
/// that what rests on it follows (trials withdraw the enrolments it allowed).
pub trait OnConsentEnded<AccountId> {
	/// Consent `consent` of `subject` was revoked (`successor` is `None`) or replaced by
	/// `successor`. Returns what it cost, at most [`OnConsentEnded::weight`]: the calls that
	/// end consents charge that, and refund the difference.
	fn on_consent_ended(
		subject: &AccountId,
		consent: ConsentId,
		successor: Option<ConsentId>,
	) -> Weight;

	/// The most [`OnConsentEnded::on_consent_ended`] costs, added to the weight of the calls
	/// that end consents.
	fn weight() -> Weight;
}

impl<AccountId> OnConsentEnded<AccountId> for () {
	fn on_consent_ended(_: &AccountId, _: ConsentId, _: Option<ConsentId>) -> Weight {
		Weight::zero()
	}

	fn weight() -> Weight {
		Weight::zero()
	}
}

/// The runtime API, in a module of its own: the client side the macro generates adds `&self`
/// and the block hash to `decide`'s six parameters.
#[allow(clippy::too_many_arguments)]
mod api {
	use super::*;

	sp_api::decl_runtime_apis! {
		/// Questions apps ask about consent.
		pub trait ConsentApi<AccountId>
		where
			AccountId: codec::Codec,
		{
			/// The decision for `actor` doing `action` on `data_class` data of `subject` for
			/// `purpose` at `at` (ms; `None`: the current block's time). (Not `class`: metadata
			/// parameter names become identifiers in clients' generated code, and `class` is a
			/// reserved word in TypeScript and JavaScript.)
			fn decide(
				subject: AccountId,
				actor: Actor<AccountId>,
				action: Action,
				data_class: DataClass,
				purpose: Purpose,
				at: Option<Moment>,
			) -> Decision;

			/// A consent, with its status at the current block's time.
			fn consent(id: ConsentId) -> Option<ConsentInfo<AccountId>>;

			/// The consents stored for `subject` (in force or not), oldest first.
			fn consents_of(subject: AccountId) -> Vec<ConsentInfo<AccountId>>;

			/// The proxies `subject` has appointed: account, kind, end (ms) if any.
			fn proxies_of(subject: AccountId) -> Vec<(AccountId, ProxyKind, Option<Moment>)>;

			/// Stored break-glass sessions with their state at the current block's time: those on
			/// `subject` if given, else all; one page of at most `limit` (capped at
			/// [`MAX_SESSIONS_PAGE`]) in storage order, after session `after`.
			fn break_glass_sessions(
				subject: Option<AccountId>,
				after: Option<SessionId>,
				limit: u32,
			) -> Vec<BreakGlassInfo<AccountId>>;
		}
	}
}
pub use api::*;
