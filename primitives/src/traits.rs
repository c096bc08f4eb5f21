//! Traits through which pallets ask each other questions without depending on each other: a
//! pallet declares the trait in its `Config`, the runtime wires in the pallet that implements it,
//! and unit tests mock it.

use crate::vocabulary::Role;

/// Identifier of an organisation in the consortium registry (public, sequential).
pub type OrganizationId = u32;

/// The consortium registry: which organisation an account acts for, and with which roles.
pub trait OrganizationRegistry<AccountId> {
	/// The organisation `who` is a member account of, if any.
	fn organization_of(who: &AccountId) -> Option<OrganizationId>;

	/// Whether organisation `org` exists.
	fn exists(org: OrganizationId) -> bool;

	/// Whether organisation `org` exists and holds `role`, not suspended, now.
	fn has_active_role(org: OrganizationId, role: Role) -> bool;

	/// Whether organisation `org` is in good standing now: it exists, holds at least one role,
	/// and none of its roles is suspended.
	fn is_active(org: OrganizationId) -> bool;

	/// Since when (ms) organisation `org` has held `role` actively without a break, if it holds
	/// it actively now: the time of the grant or of the last reinstatement. A role that was
	/// active before the registry kept these times reports 0 (since the chain began).
	fn role_active_since(org: OrganizationId, role: Role) -> Option<crate::consent::Moment>;

	/// The organisation `who` acts for, provided it holds `role` actively now.
	fn acting_with_role(who: &AccountId, role: Role) -> Option<OrganizationId> {
		Self::organization_of(who).filter(|org| Self::has_active_role(*org, role))
	}
}

/// Which organisation each GS1 Company Prefix is assigned to: the registry's answer to "who may
/// register products under this GTIN" and "who may number a case with this SSCC"
/// (`pallet-provenance` asks it at registration and when a case is packed).
pub trait CompanyPrefixes {
	/// The organisation holding the assigned GS1 Company Prefix that `gtin` begins with (after
	/// its indicator digit), if any. Assigned prefixes never overlap, so there is at most one.
	/// At most one look-up per prefix length (nine: 4 to 12 digits).
	fn holder_of_gtin(gtin: crate::provenance::Gtin) -> Option<OrganizationId>;

	/// The organisation holding the assigned GS1 Company Prefix that `sscc` begins with (after
	/// its extension digit), if any; at most one, found in at most nine look-ups, as for a GTIN.
	fn holder_of_sscc(sscc: crate::provenance::Sscc) -> Option<OrganizationId>;
}

/// The seats of the consortium's governing body: one per organisation. The registry calls these
/// when governance admits or removes an organisation, so that seats follow admissions with no
/// separate step and no member can add one, and when an organisation's voter casts its vote.
///
/// A seat belongs to the organisation, not to an account: the implementation keeps it under an
/// account derived from the organisation's id, which no key signs for. The organisation's voter
/// (an admin account, which the organisation may change) votes through the registry, so that
/// changing the voter never gives a seat a second vote on an open poll.
///
/// Each change is made in the same transaction as the registry's, and fails it when it fails.
/// The registry's admission and removal weights are benchmarked in the runtime, with the
/// runtime's seats, so they include what a seat change costs there.
pub trait ConsortiumSeats<AccountId> {
	/// The account that holds the seat of `org` in the governing body.
	fn seat_of(org: OrganizationId) -> AccountId;
	/// Gives `org` its seat (it was admitted).
	fn add_seat(org: OrganizationId) -> sp_runtime::DispatchResult;
	/// Takes the seat of `org` away (it was removed).
	fn remove_seat(org: OrganizationId) -> sp_runtime::DispatchResult;
	/// Casts, or changes, the vote of `org`'s seat on poll `poll`.
	fn vote(org: OrganizationId, poll: u32, aye: bool) -> sp_runtime::DispatchResult;
	/// The weight of [`Self::vote`].
	fn vote_weight() -> sp_runtime::Weight;
}

/// Sponsorship of accounts that hold no tokens (patients): a consortium organisation pays the
/// fees of the patient operations such an account signs — within an allowance per period — and
/// the deposits those operations hold. Pallets that hold a deposit for an action a patient takes
/// ask [`Self::deposit_payer`] (or [`Self::deposit_payer_and_weight_used`] for a call the
/// patient signs), record the answer beside the deposit and return the deposit to that account,
/// whatever happens to the sponsorship meanwhile; the calls a sponsored account may
/// make add [`Self::sponsored_call_weight`] to their weight, and once they have run keep only
/// [`Self::sponsored_call_weight_used`] of it.
pub trait Sponsors<AccountId> {
	/// The account whose balance holds the deposits of `who`'s actions: the sponsor's paying
	/// account while a sponsorship of `who` is in force, else `who`.
	fn deposit_payer(who: &AccountId) -> AccountId;

	/// What sponsorship adds, at worst, to a call a sponsored account may sign: the fee taken
	/// from the sponsor (looking the sponsorship up, checking and updating its allowance), the
	/// deposit payer looked up, and [`Self::sponsored_call_weight_used`]'s own look-up.
	/// Benchmarked by the implementation.
	fn sponsored_call_weight() -> sp_runtime::Weight;

	/// What sponsorship added to a call `who` signed, asked once the call has run: all of
	/// [`Self::sponsored_call_weight`] when a sponsorship of `who` is in force (it paid the
	/// fee of such a call), else the look-ups alone — whether one pays, made by the fee path
	/// (at validation and when charging) and by this function, and the deposit payer's — so
	/// that an account paying its own fee is not charged for a sponsor's. Never more than
	/// [`Self::sponsored_call_weight`].
	fn sponsored_call_weight_used(who: &AccountId) -> sp_runtime::Weight;

	/// [`Self::deposit_payer`] and [`Self::sponsored_call_weight_used`] of `who`, for a call
	/// `who` signs that holds a deposit of their own; an implementation may answer both from
	/// one look-up (this default makes two). Asked before the call has run, it answers what
	/// `sponsored_call_weight_used` would answer after it only for a call that changes no
	/// sponsorship and no membership of a sponsor's organisation — as a consent grant, a
	/// replacement and a proxy's appointment do not.
	fn deposit_payer_and_weight_used(who: &AccountId) -> (AccountId, sp_runtime::Weight) {
		(Self::deposit_payer(who), Self::sponsored_call_weight_used(who))
	}
}

/// Nobody is sponsored: every account pays its own fees and deposits.
impl<AccountId: Clone> Sponsors<AccountId> for () {
	fn deposit_payer(who: &AccountId) -> AccountId {
		who.clone()
	}

	fn sponsored_call_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}

	fn sponsored_call_weight_used(_: &AccountId) -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}
