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

	/// The organisation `who` acts for, provided it holds `role` actively now.
	fn acting_with_role(who: &AccountId, role: Role) -> Option<OrganizationId> {
		Self::organization_of(who).filter(|org| Self::has_active_role(*org, role))
	}
}

/// The seats of the consortium's governing body: one per organisation, held by one of its admin
/// accounts (the organisation's voter). The registry calls these when governance admits or
/// removes an organisation and when an organisation hands its seat to another admin, so that
/// seats follow admissions with no separate step and no member can add one.
///
/// Each change is made in the same transaction as the registry's, and fails it when it fails.
/// The registry's weights are benchmarked in the runtime, with the runtime's seats, so they
/// include what a change costs there.
pub trait ConsortiumSeats<AccountId> {
	/// Gives `voter` a seat (an organisation was admitted).
	fn add_seat(voter: &AccountId) -> sp_runtime::DispatchResult;
	/// Takes the seat of `voter` away (its organisation was removed). Votes it cast on polls
	/// still open are its polls' business (`docs/governance.md`).
	fn remove_seat(voter: &AccountId) -> sp_runtime::DispatchResult;
	/// Moves the seat of `from` to `to` (the organisation chose another voter).
	fn move_seat(from: &AccountId, to: &AccountId) -> sp_runtime::DispatchResult;
}

/// No governing body: seats are not kept (unit tests of pallets that do not govern).
impl<AccountId> ConsortiumSeats<AccountId> for () {
	fn add_seat(_: &AccountId) -> sp_runtime::DispatchResult {
		Ok(())
	}
	fn remove_seat(_: &AccountId) -> sp_runtime::DispatchResult {
		Ok(())
	}
	fn move_seat(_: &AccountId, _: &AccountId) -> sp_runtime::DispatchResult {
		Ok(())
	}
}
