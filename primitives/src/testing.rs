//! Test doubles shared by the pallets' unit tests (feature `test-utils`, never in the runtime):
//! a clock and a consortium registry whose contents each test sets, so that pallets can be tested
//! without depending on each other.

use core::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::{consent::Moment, OrganizationId, OrganizationRegistry, Role};

/// The mock clock's start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;
/// An hour in ms.
pub const HOUR: Moment = 3_600_000;
/// A day in ms.
pub const DAY: Moment = 24 * HOUR;

thread_local! {
	static NOW: RefCell<Moment> = const { RefCell::new(START) };
	static MEMBERS: RefCell<BTreeMap<u64, OrganizationId>> = const { RefCell::new(BTreeMap::new()) };
	static ROLES: RefCell<BTreeMap<OrganizationId, Vec<Role>>> = const { RefCell::new(BTreeMap::new()) };
	static SUSPENDED: RefCell<BTreeSet<(OrganizationId, Role)>> = const { RefCell::new(BTreeSet::new()) };
}

/// Sets the clock to [`START`] and the registry to `organizations`: each organisation with its
/// roles (all active) and its member accounts.
pub fn reset(organizations: &[(OrganizationId, &[Role], &[u64])]) {
	NOW.with(|n| *n.borrow_mut() = START);
	SUSPENDED.with(|s| s.borrow_mut().clear());
	MEMBERS.with(|m| {
		let mut m = m.borrow_mut();
		m.clear();
		for (org, _, members) in organizations {
			for member in *members {
				m.insert(*member, *org);
			}
		}
	});
	ROLES.with(|r| {
		let mut r = r.borrow_mut();
		r.clear();
		for (org, roles, _) in organizations {
			r.insert(*org, roles.to_vec());
		}
	});
}

/// Moves the clock forward by `ms`.
pub fn advance(ms: Moment) {
	NOW.with(|n| *n.borrow_mut() += ms);
}

/// The clock's time.
pub fn now() -> Moment {
	NOW.with(|n| *n.borrow())
}

/// Suspends `role` of `org`.
pub fn suspend(org: OrganizationId, role: Role) {
	SUSPENDED.with(|s| s.borrow_mut().insert((org, role)));
}

/// The mock clock, for a pallet's `Time`.
pub struct MockClock;
impl frame_support::traits::Time for MockClock {
	type Moment = Moment;
	fn now() -> Moment {
		now()
	}
}

/// The mock registry, for a pallet's `Registry` (accounts are `u64`).
pub struct MockRegistry;
impl OrganizationRegistry<u64> for MockRegistry {
	fn organization_of(who: &u64) -> Option<OrganizationId> {
		MEMBERS.with(|m| m.borrow().get(who).copied())
	}

	fn exists(org: OrganizationId) -> bool {
		ROLES.with(|r| r.borrow().contains_key(&org))
	}

	fn has_active_role(org: OrganizationId, role: Role) -> bool {
		ROLES.with(|r| r.borrow().get(&org).is_some_and(|roles| roles.contains(&role)))
			&& !SUSPENDED.with(|s| s.borrow().contains(&(org, role)))
	}

	fn is_active(org: OrganizationId) -> bool {
		ROLES.with(|r| r.borrow().get(&org).cloned()).is_some_and(|roles| {
			!roles.is_empty() && roles.into_iter().all(|role| Self::has_active_role(org, role))
		})
	}
}

/// Removes organisation `org` from the registry (its members no longer act for it).
pub fn remove_organization(org: OrganizationId) {
	ROLES.with(|r| r.borrow_mut().remove(&org));
	MEMBERS.with(|m| m.borrow_mut().retain(|_, o| *o != org));
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::Time;

	#[test]
	fn the_registry_answers_what_reset_and_suspend_set() {
		reset(&[
			(1, &[Role::Hospital, Role::Laboratory], &[10, 11]),
			(2, &[Role::Pharmacy], &[20]),
		]);
		assert_eq!(MockRegistry::organization_of(&11), Some(1));
		assert_eq!(MockRegistry::organization_of(&99), None);
		assert!(MockRegistry::exists(2) && !MockRegistry::exists(3));
		assert!(MockRegistry::has_active_role(1, Role::Laboratory));
		assert!(MockRegistry::is_active(1));
		suspend(1, Role::Laboratory);
		assert!(!MockRegistry::has_active_role(1, Role::Laboratory));
		assert!(!MockRegistry::is_active(1), "one suspended role is enough");
		assert!(MockRegistry::is_active(2));
		remove_organization(2);
		assert!(!MockRegistry::exists(2) && !MockRegistry::is_active(2));
		assert_eq!(MockRegistry::organization_of(&20), None);
		assert_eq!(MockRegistry::acting_with_role(&10, Role::Hospital), Some(1));
		advance(DAY);
		assert_eq!(MockClock::now(), START + DAY);
		reset(&[]);
		assert_eq!(now(), START);
		assert!(!MockRegistry::exists(1));
	}
}
