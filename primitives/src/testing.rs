//! Test doubles shared by the pallets' unit tests (feature `test-utils`, never in the runtime):
//! a clock, a consortium registry and sponsorships whose contents each test sets, so that pallets
//! can be tested without depending on each other.

use core::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::{consent::Moment, OrganizationId, OrganizationRegistry, Role, Sponsors};

/// The mock clock's start: 2026-01-01T00:00:00Z.
pub const START: Moment = 1_767_225_600_000;
/// An hour in ms.
pub const HOUR: Moment = 3_600_000;
/// A day in ms.
pub const DAY: Moment = 24 * HOUR;

/// Since when each (organisation, role) has been active without a break.
type ActiveSince = BTreeMap<(OrganizationId, Role), Moment>;

thread_local! {
	static NOW: RefCell<Moment> = const { RefCell::new(START) };
	static MEMBERS: RefCell<BTreeMap<u64, OrganizationId>> = const { RefCell::new(BTreeMap::new()) };
	static ROLES: RefCell<BTreeMap<OrganizationId, Vec<Role>>> = const { RefCell::new(BTreeMap::new()) };
	static SUSPENDED: RefCell<BTreeSet<(OrganizationId, Role)>> = const { RefCell::new(BTreeSet::new()) };
	static ACTIVE_SINCE: RefCell<ActiveSince> = const { RefCell::new(BTreeMap::new()) };
	static SPONSORED: RefCell<BTreeMap<u64, u64>> = const { RefCell::new(BTreeMap::new()) };
}

/// When [`reset`] makes every listed role active: a year before [`START`], so that tests can
/// ask about past dates.
pub const ACTIVE_SINCE_AT_RESET: Moment = START - 365 * DAY;

/// Sets the clock to [`START`] and the registry to `organizations`: each organisation with its
/// roles (all active, since [`ACTIVE_SINCE_AT_RESET`]) and its member accounts; nobody is
/// sponsored.
pub fn reset(organizations: &[(OrganizationId, &[Role], &[u64])]) {
	NOW.with(|n| *n.borrow_mut() = START);
	SUSPENDED.with(|s| s.borrow_mut().clear());
	SPONSORED.with(|s| s.borrow_mut().clear());
	ACTIVE_SINCE.with(|a| {
		let mut a = a.borrow_mut();
		a.clear();
		for (org, roles, _) in organizations {
			for role in *roles {
				a.insert((*org, *role), ACTIVE_SINCE_AT_RESET);
			}
		}
	});
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

/// Sets the clock to `at` (forward or back).
pub fn set_now(at: Moment) {
	NOW.with(|n| *n.borrow_mut() = at);
}

/// Moves the clock forward by `ms`.
pub fn advance(ms: Moment) {
	NOW.with(|n| *n.borrow_mut() += ms);
}

/// The clock's time.
pub fn now() -> Moment {
	NOW.with(|n| *n.borrow())
}

/// Suspends `role` of `org` (it reports no activation time while suspended).
pub fn suspend(org: OrganizationId, role: Role) {
	SUSPENDED.with(|s| s.borrow_mut().insert((org, role)));
	ACTIVE_SINCE.with(|a| a.borrow_mut().remove(&(org, role)));
}

/// Records that `role` of `org` has been active without a break since `at` (what the registry
/// reports while the role is active).
pub fn set_active_since(org: OrganizationId, role: Role, at: Moment) {
	ACTIVE_SINCE.with(|a| a.borrow_mut().insert((org, role), at));
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

	fn role_active_since(org: OrganizationId, role: Role) -> Option<Moment> {
		if !Self::has_active_role(org, role) {
			return None;
		}
		Some(ACTIVE_SINCE.with(|a| a.borrow().get(&(org, role)).copied().unwrap_or(0)))
	}
}

/// Adds organisation `org` to the registry with `roles` (active since
/// [`ACTIVE_SINCE_AT_RESET`]) and `members`, as [`reset`] does for each organisation it lists.
pub fn add_organization(org: OrganizationId, roles: &[Role], members: &[u64]) {
	ROLES.with(|r| r.borrow_mut().insert(org, roles.to_vec()));
	ACTIVE_SINCE.with(|a| {
		let mut a = a.borrow_mut();
		for role in roles {
			a.insert((org, *role), ACTIVE_SINCE_AT_RESET);
		}
	});
	MEMBERS.with(|m| {
		let mut m = m.borrow_mut();
		for member in members {
			m.insert(*member, org);
		}
	});
}

/// The organisation [`organization_with_every_role`] adds (an id no test's registry uses).
pub const EVERY_ROLE_ORGANIZATION: OrganizationId = 250;
/// Its one member (endowed only where a mock endows it).
pub const EVERY_ROLE_MEMBER: u64 = 250;

/// Adds [`EVERY_ROLE_ORGANIZATION`], holding every role (`Role::ALL`, active), with
/// [`EVERY_ROLE_MEMBER`] as its member, and returns both: the organisation a consent to any
/// role is given to, for the benchmarks that need one.
pub fn organization_with_every_role() -> (OrganizationId, u64) {
	add_organization(EVERY_ROLE_ORGANIZATION, &Role::ALL, &[EVERY_ROLE_MEMBER]);
	(EVERY_ROLE_ORGANIZATION, EVERY_ROLE_MEMBER)
}

/// Removes organisation `org` from the registry (its members no longer act for it).
pub fn remove_organization(org: OrganizationId) {
	ROLES.with(|r| r.borrow_mut().remove(&org));
	MEMBERS.with(|m| m.borrow_mut().retain(|_, o| *o != org));
	ACTIVE_SINCE.with(|a| a.borrow_mut().retain(|(o, _), _| *o != org));
}

/// The mock sponsorships, for a pallet's `Sponsors` (accounts are `u64`): who is sponsored, by
/// which payer ([`sponsor`]), and what sponsorship adds to the calls a sponsored account may sign.
pub struct MockSponsors;
impl Sponsors<u64> for MockSponsors {
	fn deposit_payer(who: &u64) -> u64 {
		SPONSORED.with(|s| s.borrow().get(who).copied()).unwrap_or(*who)
	}

	fn sponsored_call_weight() -> sp_runtime::Weight {
		SPONSORED_CALL_WEIGHT
	}

	fn sponsored_call_weight_used(who: &u64) -> sp_runtime::Weight {
		if SPONSORED.with(|s| s.borrow().contains_key(who)) {
			SPONSORED_CALL_WEIGHT
		} else {
			SPONSORSHIP_LOOKUP_WEIGHT
		}
	}
}

/// What [`MockSponsors`] adds to a call a sponsored account may sign, at worst.
pub const SPONSORED_CALL_WEIGHT: sp_runtime::Weight =
	sp_runtime::Weight::from_parts(300_000_000, 4_000);
/// What [`MockSponsors`] leaves of it when the signer paid their own fee.
pub const SPONSORSHIP_LOOKUP_WEIGHT: sp_runtime::Weight =
	sp_runtime::Weight::from_parts(60_000_000, 3_000);

/// `payer` now pays `account`'s fees and deposits (`None`: nobody does).
pub fn sponsor(account: u64, payer: Option<u64>) {
	SPONSORED.with(|s| match payer {
		Some(payer) => s.borrow_mut().insert(account, payer),
		None => s.borrow_mut().remove(&account),
	});
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::Time;

	#[test]
	fn the_organization_with_every_role_holds_each_role() {
		reset(&[]);
		let (org, member) = organization_with_every_role();
		assert_eq!(MockRegistry::organization_of(&member), Some(org));
		assert!(MockRegistry::is_active(org));
		for role in Role::ALL {
			assert!(MockRegistry::has_active_role(org, role), "{role:?}");
		}
	}

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
		assert_eq!(
			MockRegistry::role_active_since(1, Role::Laboratory),
			Some(ACTIVE_SINCE_AT_RESET),
			"reset makes every role active since a year before the clock's start"
		);
		assert_eq!(MockRegistry::role_active_since(1, Role::Pharmacy), None, "not held");
		assert_eq!(MockRegistry::role_active_since(3, Role::Hospital), None, "no such org");
		set_active_since(1, Role::Hospital, START + HOUR);
		assert_eq!(MockRegistry::role_active_since(1, Role::Hospital), Some(START + HOUR));
		suspend(1, Role::Laboratory);
		assert!(!MockRegistry::has_active_role(1, Role::Laboratory));
		assert_eq!(MockRegistry::role_active_since(1, Role::Laboratory), None, "suspended");
		assert!(!MockRegistry::is_active(1), "one suspended role is enough");
		assert!(MockRegistry::is_active(2));
		remove_organization(2);
		assert!(!MockRegistry::exists(2) && !MockRegistry::is_active(2));
		assert_eq!(MockRegistry::role_active_since(2, Role::Pharmacy), None);
		assert_eq!(MockRegistry::organization_of(&20), None);
		assert_eq!(MockRegistry::acting_with_role(&10, Role::Hospital), Some(1));
		advance(DAY);
		assert_eq!(MockClock::now(), START + DAY);
		reset(&[]);
		assert_eq!(now(), START);
		assert!(!MockRegistry::exists(1));
		assert_eq!(MockRegistry::role_active_since(1, Role::Hospital), None);
	}

	#[test]
	fn a_role_active_with_no_recorded_time_is_active_since_0() {
		reset(&[(1, &[Role::Hospital], &[10])]);
		ACTIVE_SINCE.with(|a| a.borrow_mut().clear());
		assert_eq!(MockRegistry::role_active_since(1, Role::Hospital), Some(0));
	}
}
