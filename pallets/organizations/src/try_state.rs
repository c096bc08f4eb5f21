//! Invariants of the registry, checked after every unit test and under try-runtime.

use frame_support::{ensure, traits::Get};
use healthchain_primitives::organizations::RoleStatus;
use sp_runtime::TryRuntimeError;

use crate::{
	Config, Members, NextOrganizationId, OrganizationMembers, Organizations, Pallet,
	RoleActiveSince,
};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every organisation's id is below `NextOrganizationId`, it has at least one admin, and
	///   its member and admin counts match its member accounts, within `MaxMembers`;
	/// - every organisation's voter is one of its admin accounts;
	/// - every member account maps back to an existing organisation that lists it, and vice
	///   versa;
	/// - every activation time (`RoleActiveSince`) belongs to an existing organisation that holds
	///   its role actively.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextOrganizationId::<T>::get();
		for (id, org) in Organizations::<T>::iter() {
			ensure!(id < next, "organisation id at or above NextOrganizationId");
			ensure!(org.admins >= 1, "organisation without an admin");
			ensure!(org.admins <= org.members, "more admins than members");
			ensure!(org.members <= T::MaxMembers::get(), "more members than MaxMembers");
			let (mut members, mut admins) = (0u32, 0u32);
			for account in OrganizationMembers::<T>::iter_key_prefix(id) {
				let membership = Members::<T>::get(&account)
					.ok_or("listed member account without a membership")?;
				ensure!(membership.organization == id, "member listed under another organisation");
				members += 1;
				if membership.is_admin {
					admins += 1;
				}
			}
			ensure!(members == org.members, "member count does not match member accounts");
			ensure!(admins == org.admins, "admin count does not match admin accounts");
			let voter = Members::<T>::get(&org.voter).ok_or("voter is not a member account")?;
			ensure!(
				voter.organization == id && voter.is_admin,
				"voter is not an admin of its organisation"
			);
		}
		for (account, membership) in Members::<T>::iter() {
			ensure!(
				Organizations::<T>::contains_key(membership.organization),
				"member of an organisation that does not exist"
			);
			ensure!(
				OrganizationMembers::<T>::contains_key(membership.organization, &account),
				"membership not listed under its organisation"
			);
		}
		for (organization, role, _) in RoleActiveSince::<T>::iter() {
			let org = Organizations::<T>::get(organization)
				.ok_or("activation time of an organisation that does not exist")?;
			ensure!(
				org.roles.get(&role) == Some(&RoleStatus::Active),
				"activation time of a role not held actively"
			);
		}
		Ok(())
	}
}
