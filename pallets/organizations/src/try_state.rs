//! Invariants of the registry, checked after every unit test and under try-runtime.

use alloc::collections::BTreeMap;

use frame_support::{ensure, traits::Get};
use healthchain_primitives::organizations::RoleStatus;
use sp_runtime::TryRuntimeError;

use crate::{
	CompanyPrefix, CompanyPrefixes, Config, Members, NextOrganizationId, OrganizationMembers,
	Organizations, Pallet, PrefixesOf, RoleActiveSince,
};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every organisation's id is below `NextOrganizationId`, it has at least one admin, and
	///   its member and admin counts match its member accounts, within `MaxMembers`;
	/// - every organisation's voter is one of its admin accounts;
	/// - every member account maps back to an existing organisation that lists it, and vice
	///   versa;
	/// - every activation time (`RoleActiveSince`) belongs to an existing organisation that holds
	///   its role actively;
	/// - every GS1 Company Prefix an organisation lists (`PrefixesOf`, within `MaxCompanyPrefixes`,
	///   never an empty list) is valid and assigned to it, and every assigned one is listed by its
	///   holder, which exists;
	/// - no two assigned prefixes overlap, and every entry's count of longer ones is the number of
	///   assigned prefixes that extend it (an entry with neither holder nor count is not kept).
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
		let mut assigned = 0u32;
		for (organization, held) in PrefixesOf::<T>::iter() {
			ensure!(
				Organizations::<T>::contains_key(organization),
				"prefixes of an organisation that does not exist"
			);
			ensure!(held.len() as u32 <= T::MaxCompanyPrefixes::get(), "too many prefixes held");
			ensure!(!held.is_empty(), "an empty list of prefixes kept");
			for prefix in held.iter() {
				ensure!(prefix.is_valid(), "invalid prefix held");
				let entry = CompanyPrefixes::<T>::get(prefix).ok_or("held prefix not assigned")?;
				ensure!(entry.holder == Some(organization), "held prefix assigned to another");
				assigned += 1;
			}
		}
		// How many assigned prefixes extend each shorter one, counted from the assigned ones.
		let mut extending: BTreeMap<CompanyPrefix, u32> = BTreeMap::new();
		for (prefix, entry) in CompanyPrefixes::<T>::iter() {
			if entry.holder.is_some() {
				for p in prefix.shorter() {
					*extending.entry(p).or_default() += 1;
				}
			}
		}
		let mut holders = 0u32;
		for (prefix, entry) in CompanyPrefixes::<T>::iter() {
			ensure!(entry.holder.is_some() || entry.longer > 0, "empty prefix entry kept");
			let extensions = extending.remove(&prefix).unwrap_or_default();
			ensure!(entry.longer == extensions, "count of longer prefixes is wrong");
			if let Some(organization) = entry.holder {
				holders += 1;
				ensure!(extensions == 0, "an assigned prefix is extended by another");
				ensure!(
					PrefixesOf::<T>::get(organization).contains(&prefix),
					"assigned prefix not listed by its holder"
				);
				let overlapped = prefix
					.shorter()
					.any(|p| CompanyPrefixes::<T>::get(p).is_some_and(|e| e.holder.is_some()));
				ensure!(!overlapped, "an assigned prefix extends another");
			}
		}
		ensure!(extending.is_empty(), "a shorter prefix of an assigned one has no entry");
		ensure!(holders == assigned, "assigned prefixes and held ones differ");
		Ok(())
	}
}
