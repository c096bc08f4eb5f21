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
