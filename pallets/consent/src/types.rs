//! Stored types of the consent pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use healthchain_primitives::{
	consent::{ConsentId, ConsentStatus, Grantee, Moment, Provision, ProxyKind},
	Action, Commitment, DataClass, OrganizationId, Purpose,
};
use scale_info::TypeInfo;

/// Data classes of one consent (each at most once; the vocabulary has 13).
pub type Classes = BoundedVec<DataClass, ConstU32<16>>;
/// Purposes of one consent (each at most once; the vocabulary has 7).
pub type Purposes = BoundedVec<Purpose, ConstU32<8>>;
/// Actions of one consent (each at most once; the vocabulary has 5).
pub type Actions = BoundedVec<Action, ConstU32<8>>;

/// What a grant or a replacement says: the call argument.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct ConsentTerms {
	/// Who it is given to.
	pub grantee: Grantee,
	/// Permit or deny.
	pub provision: Provision,
	/// Data classes covered (`All` covers every class that is not sensitive).
	pub classes: Classes,
	/// Purposes covered.
	pub purposes: Purposes,
	/// Actions covered.
	pub actions: Actions,
	/// In force from (ms since the epoch); `None`: from now.
	pub valid_from: Option<Moment>,
	/// In force until (exclusive, ms); `None`: until revoked.
	pub valid_until: Option<Moment>,
}

/// A stored consent.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Consent<AccountId, Balance, BlockNumber> {
	/// The patient.
	pub subject: AccountId,
	/// Who signed it: the patient or their proxy.
	pub grantor: AccountId,
	/// Who it is given to.
	pub grantee: Grantee,
	/// Permit or deny.
	pub provision: Provision,
	/// Data classes covered.
	pub classes: Classes,
	/// Purposes covered.
	pub purposes: Purposes,
	/// Actions covered.
	pub actions: Actions,
	/// In force from (ms).
	pub valid_from: Moment,
	/// In force until (exclusive, ms), if it ends.
	pub valid_until: Option<Moment>,
	/// Stored status.
	pub status: ConsentStatus,
	/// The consent this one replaced.
	pub supersedes: Option<ConsentId>,
	/// The consent that replaced this one.
	pub superseded_by: Option<ConsentId>,
	/// Block it was granted in.
	pub created: BlockNumber,
	/// When it was granted (ms).
	pub created_at: Moment,
	/// When it stopped being in force by revocation or replacement (ms).
	pub ended_at: Option<Moment>,
	/// Who paid the deposit (the grantor).
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}

impl<AccountId, Balance, BlockNumber> Consent<AccountId, Balance, BlockNumber> {
	/// Whether the consent was in force at `at`: stored by then (a consent is never in force
	/// before the block that stored it), within its validity period, and not yet revoked or
	/// replaced at that time.
	pub fn in_force_at(&self, at: Moment) -> bool {
		self.created_at <= at
			&& self.valid_from <= at
			&& self.valid_until.is_none_or(|until| at < until)
			&& self.ended_at.is_none_or(|ended| at < ended)
	}

	/// Whether its validity period is over at `at`.
	pub fn expired_at(&self, at: Moment) -> bool {
		self.valid_until.is_some_and(|until| until <= at)
	}
}

/// The terms of one stored consent that a decision needs, kept in the patient's list
/// ([`crate::SubjectConsents`]) so that one storage read answers any question about the patient:
/// `decide`, `consent_covering` and what calls them (`records::log_access`, `trials::enroll`)
/// read one value, not one item per consent. [`crate::Consents`] keeps the rest (grantor,
/// history, deposit) for queries and for the calls that change a consent.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ConsentRule {
	/// The consent's id.
	pub id: ConsentId,
	/// Who it is given to.
	pub grantee: Grantee,
	/// Permit or deny.
	pub provision: Provision,
	/// Data classes covered.
	pub classes: Classes,
	/// Purposes covered.
	pub purposes: Purposes,
	/// Actions covered.
	pub actions: Actions,
	/// In force from (ms); never before the block that stored it.
	pub valid_from: Moment,
	/// In force until (exclusive, ms), if it ends.
	pub valid_until: Option<Moment>,
	/// When it stopped being in force by revocation or replacement (ms).
	pub ended_at: Option<Moment>,
}

impl ConsentRule {
	/// The rule of consent `id`. Its start is never before the consent was stored (true of
	/// every consent stored today; the `max` keeps [`Consent::in_force_at`]'s meaning for any
	/// stored before that rule).
	pub fn of<AccountId, Balance, BlockNumber>(
		id: ConsentId,
		c: &Consent<AccountId, Balance, BlockNumber>,
	) -> Self {
		Self {
			id,
			grantee: c.grantee,
			provision: c.provision,
			classes: c.classes.clone(),
			purposes: c.purposes.clone(),
			actions: c.actions.clone(),
			valid_from: c.valid_from.max(c.created_at),
			valid_until: c.valid_until,
			ended_at: c.ended_at,
		}
	}

	/// Whether the consent was in force at `at` (as [`Consent::in_force_at`]: its `valid_from`
	/// is never before it was stored).
	pub fn in_force_at(&self, at: Moment) -> bool {
		self.valid_from <= at
			&& self.valid_until.is_none_or(|until| at < until)
			&& self.ended_at.is_none_or(|ended| at < ended)
	}

	/// Whether it lists every action of `actions` and covers every class of `classes` (it does
	/// not look at the grantee, the purpose or the time).
	pub fn covers_all(&self, actions: &[Action], classes: &[DataClass]) -> bool {
		covers_all(&self.actions, &self.classes, actions, classes)
	}
}

/// Whether granted `granted_actions` and `granted_classes` list every action of `actions` and
/// cover every class of `classes`.
pub fn covers_all(
	granted_actions: &[Action],
	granted_classes: &[DataClass],
	actions: &[Action],
	classes: &[DataClass],
) -> bool {
	actions.iter().all(|a| granted_actions.contains(a))
		&& classes.iter().all(|class| granted_classes.iter().any(|granted| granted.covers(*class)))
}

/// A proxy a patient appointed.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Proxy<AccountId, Balance> {
	/// The proxy's account.
	pub account: AccountId,
	/// Guardian or legal representative.
	pub kind: ProxyKind,
	/// The appointment ends at (exclusive, ms), if it ends.
	pub until: Option<Moment>,
	/// Whose balance holds the deposit: the patient, or their sponsor.
	pub depositor: AccountId,
	/// The deposit held from `depositor`.
	pub deposit: Balance,
}

/// A break-glass session.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Session<AccountId, Balance> {
	/// The patient.
	pub subject: AccountId,
	/// The organisation that opened it.
	pub organization: OrganizationId,
	/// The member account that opened it (and paid the deposit).
	pub opened_by: AccountId,
	/// Opened at (ms).
	pub opened_at: Moment,
	/// Access ends at (exclusive, ms).
	pub expires_at: Moment,
	/// The justification is due by (ms).
	pub justification_due: Moment,
	/// The salted commitment to the off-chain justification, once given.
	pub justification: Option<Commitment>,
	/// Whether the missing justification was flagged on chain.
	pub flagged: bool,
	/// The deposit held from `opened_by`.
	pub deposit: Balance,
}

impl<AccountId, Balance> Session<AccountId, Balance> {
	/// Whether emergency access is open at `at`.
	pub fn open_at(&self, at: Moment) -> bool {
		self.opened_at <= at && at < self.expires_at
	}

	/// Whether the justification is missing past its deadline at `at`.
	pub fn overdue_at(&self, at: Moment) -> bool {
		self.justification.is_none() && self.justification_due <= at
	}
}
