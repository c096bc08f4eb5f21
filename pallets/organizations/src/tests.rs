//! Unit tests: every call's success path with its event, every error, origins and roles,
//! deposits held and released exactly. Invariants run after every test.

use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
	BoundedVec,
};
use healthchain_primitives::{
	organizations::RoleStatus,
	provenance::{CompanyPrefix, Gtin, Sscc},
	Commitment, CompanyPrefixes as _, OrganizationRegistry, Role,
};
use sp_runtime::{DispatchError, TokenError};

use crate::{
	mock::*, CompanyPrefixes, Error, Event, HoldReason, Members, NextOrganizationId,
	OrganizationMembers, Organizations as OrgStorage, PrefixEntry, PrefixesOf, RoleActiveSince,
};

const ADMIN: u64 = 1;
const STAFF: u64 = 2;
const OTHER_ADMIN: u64 = 3;
const OUTSIDER: u64 = 4;

fn roles(list: &[Role]) -> BoundedVec<Role, <Test as crate::Config>::MaxRoles> {
	BoundedVec::try_from(list.to_vec()).expect("within MaxRoles")
}

fn creds(byte: u8) -> Commitment {
	Commitment::repeat_byte(byte)
}

fn governance() -> RuntimeOrigin {
	RuntimeOrigin::signed(GOVERNOR)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::from(reason), &who)
}

/// Admits a hospital with `ADMIN` as admin; returns its id.
fn admit_hospital() -> u32 {
	let id = NextOrganizationId::<Test>::get();
	assert_ok!(Organizations::admit(governance(), ADMIN, roles(&[Role::Hospital]), creds(1)));
	id
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

fn prefix(digits: u8, value: u64) -> CompanyPrefix {
	CompanyPrefix { digits, value }
}

/// GS1's example GTIN, 0 9501101 53000 3: under the 7-digit prefix 9501101.
const GS1_EXAMPLE: Gtin = Gtin(9_501_101_530_003);

/// Governance assigns `prefix` to `organization`.
fn assign(organization: u32, prefix: CompanyPrefix) {
	assert_ok!(Organizations::assign_company_prefix(governance(), organization, prefix));
}

/// Admits a manufacturer with `OTHER_ADMIN` as admin; returns its id.
fn admit_maker() -> u32 {
	let id = NextOrganizationId::<Test>::get();
	assert_ok!(Organizations::admit(
		governance(),
		OTHER_ADMIN,
		roles(&[Role::Manufacturer]),
		creds(2)
	));
	id
}

mod admit {
	use super::*;

	#[test]
	fn admits_with_roles_holds_the_deposit_and_emits_events() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Organizations::admit(
				governance(),
				ADMIN,
				roles(&[Role::Hospital, Role::Laboratory]),
				creds(7)
			));
			System::assert_has_event(
				Event::OrganizationAdmitted { organization: 0, admin: ADMIN }.into(),
			);
			System::assert_has_event(
				Event::RoleGranted { organization: 0, role: Role::Hospital }.into(),
			);
			System::assert_last_event(
				Event::RoleGranted { organization: 0, role: Role::Laboratory }.into(),
			);
			let org = OrgStorage::<Test>::get(0).unwrap();
			assert_eq!(org.credentials, creds(7));
			assert_eq!((org.members, org.admins), (1, 1));
			assert_eq!(org.created, 1);
			assert_eq!(held(HoldReason::OrganizationDeposit, ADMIN), ORG_DEPOSIT);
			assert_eq!(Balances::free_balance(ADMIN), ENDOWMENT - ORG_DEPOSIT);
			assert_eq!(Organizations::organization_of(&ADMIN), Some(0));
			assert!(Organizations::has_active_role(0, Role::Laboratory));
			assert_eq!(NextOrganizationId::<Test>::get(), 1);
		});
	}

	#[test]
	fn root_is_governance_too() {
		ExtBuilder.build_and_execute(|| {
			assert_ok!(Organizations::admit(
				RuntimeOrigin::root(),
				ADMIN,
				roles(&[Role::Pharmacy]),
				creds(1)
			));
			assert!(Organizations::has_active_role(0, Role::Pharmacy));
		});
	}

	#[test]
	fn refused_for_a_non_governance_origin() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Organizations::admit(
					RuntimeOrigin::signed(OUTSIDER),
					ADMIN,
					roles(&[Role::Hospital]),
					creds(1)
				),
				DispatchError::BadOrigin
			);
			// An organisation's own admin is no governance either.
			admit_hospital();
			assert_noop!(
				Organizations::admit(
					RuntimeOrigin::signed(ADMIN),
					OTHER_ADMIN,
					roles(&[Role::Hospital]),
					creds(1)
				),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn refused_without_roles_or_with_duplicates() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Organizations::admit(governance(), ADMIN, roles(&[]), creds(1)),
				Error::<Test>::NoRoles
			);
			assert_noop!(
				Organizations::admit(
					governance(),
					ADMIN,
					roles(&[Role::Clinic, Role::Clinic]),
					creds(1)
				),
				Error::<Test>::DuplicateRole
			);
		});
	}

	#[test]
	fn refused_for_an_account_that_is_already_a_member() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_noop!(
				Organizations::admit(governance(), ADMIN, roles(&[Role::Clinic]), creds(2)),
				Error::<Test>::AlreadyMember
			);
		});
	}

	#[test]
	fn refused_when_the_admin_cannot_pay_the_deposit() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Organizations::admit(governance(), POOR, roles(&[Role::Clinic]), creds(2)),
				DispatchError::Token(TokenError::FundsUnavailable)
			);
		});
	}

	#[test]
	fn refused_when_ids_are_exhausted() {
		ExtBuilder.build_and_execute(|| {
			NextOrganizationId::<Test>::put(u32::MAX);
			assert_noop!(
				Organizations::admit(governance(), ADMIN, roles(&[Role::Clinic]), creds(2)),
				Error::<Test>::IdsExhausted
			);
		});
	}
}

mod roles {
	use super::*;

	#[test]
	fn grant_suspend_reinstate_revoke_lifecycle() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			System::set_block_number(5);

			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			System::assert_last_event(
				Event::RoleGranted { organization: org, role: Role::Laboratory }.into(),
			);
			assert_eq!(Organizations::acting_with_role(&ADMIN, Role::Laboratory), Some(org));
			assert_eq!(OrgStorage::<Test>::get(org).unwrap().updated, 5);

			assert_ok!(Organizations::suspend_role(governance(), org, Role::Laboratory));
			System::assert_last_event(
				Event::RoleSuspended { organization: org, role: Role::Laboratory }.into(),
			);
			assert_eq!(Organizations::acting_with_role(&ADMIN, Role::Laboratory), None);
			assert_eq!(
				OrgStorage::<Test>::get(org).unwrap().roles.get(&Role::Laboratory),
				Some(&RoleStatus::Suspended)
			);
			// Other roles are unaffected.
			assert_eq!(Organizations::acting_with_role(&ADMIN, Role::Hospital), Some(org));

			assert_ok!(Organizations::reinstate_role(governance(), org, Role::Laboratory));
			System::assert_last_event(
				Event::RoleReinstated { organization: org, role: Role::Laboratory }.into(),
			);
			assert!(Organizations::has_active_role(org, Role::Laboratory));

			assert_ok!(Organizations::revoke_role(governance(), org, Role::Laboratory));
			System::assert_last_event(
				Event::RoleRevoked { organization: org, role: Role::Laboratory }.into(),
			);
			assert!(!Organizations::has_active_role(org, Role::Laboratory));
		});
	}

	/// An organisation is in good standing while it holds a role and none is suspended:
	/// consents to it by name permit nothing once any role is suspended or it is removed.
	#[test]
	fn good_standing_needs_every_role_active() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert!(Organizations::is_active(org));
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert!(Organizations::is_active(org));
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Laboratory));
			assert!(!Organizations::is_active(org), "one suspended role is enough");
			assert_ok!(Organizations::reinstate_role(governance(), org, Role::Laboratory));
			assert!(Organizations::is_active(org));
			assert_ok!(Organizations::revoke_role(governance(), org, Role::Laboratory));
			assert_ok!(Organizations::revoke_role(governance(), org, Role::Hospital));
			assert!(!Organizations::is_active(org), "no role: not in good standing");
			assert_ok!(Organizations::remove(governance(), org));
			assert!(!Organizations::is_active(org));
			assert!(!Organizations::is_active(org + 100));
		});
	}

	#[test]
	fn a_suspended_role_can_be_revoked() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Hospital));
			assert_ok!(Organizations::revoke_role(governance(), org, Role::Hospital));
			assert!(OrgStorage::<Test>::get(org).unwrap().roles.is_empty());
		});
	}

	#[test]
	fn governance_only() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			for who in [OUTSIDER, ADMIN] {
				let origin = || RuntimeOrigin::signed(who);
				assert_noop!(
					Organizations::grant_role(origin(), org, Role::Clinic),
					DispatchError::BadOrigin
				);
				assert_noop!(
					Organizations::suspend_role(origin(), org, Role::Hospital),
					DispatchError::BadOrigin
				);
				assert_noop!(
					Organizations::reinstate_role(origin(), org, Role::Hospital),
					DispatchError::BadOrigin
				);
				assert_noop!(
					Organizations::revoke_role(origin(), org, Role::Hospital),
					DispatchError::BadOrigin
				);
			}
		});
	}

	#[test]
	fn unknown_organisation() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Organizations::grant_role(governance(), 9, Role::Clinic),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Organizations::suspend_role(governance(), 9, Role::Clinic),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Organizations::reinstate_role(governance(), 9, Role::Clinic),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Organizations::revoke_role(governance(), 9, Role::Clinic),
				Error::<Test>::NotFound
			);
		});
	}

	#[test]
	fn illegal_transitions_are_refused() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_noop!(
				Organizations::grant_role(governance(), org, Role::Hospital),
				Error::<Test>::RoleAlreadyGranted
			);
			assert_noop!(
				Organizations::suspend_role(governance(), org, Role::Clinic),
				Error::<Test>::RoleNotGranted
			);
			assert_noop!(
				Organizations::reinstate_role(governance(), org, Role::Clinic),
				Error::<Test>::RoleNotGranted
			);
			assert_noop!(
				Organizations::revoke_role(governance(), org, Role::Clinic),
				Error::<Test>::RoleNotGranted
			);
			assert_noop!(
				Organizations::reinstate_role(governance(), org, Role::Hospital),
				Error::<Test>::RoleNotSuspended
			);
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Hospital));
			assert_noop!(
				Organizations::suspend_role(governance(), org, Role::Hospital),
				Error::<Test>::RoleAlreadySuspended
			);
		});
	}

	#[test]
	fn at_most_max_roles() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::grant_role(governance(), org, Role::Clinic));
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert_noop!(
				Organizations::grant_role(governance(), org, Role::Pharmacy),
				Error::<Test>::TooManyRoles
			);
		});
	}
}

mod members {
	use super::*;

	#[test]
	fn admin_adds_a_member_who_then_acts_for_the_organisation() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			System::assert_last_event(
				Event::MemberAdded { organization: org, account: STAFF, is_admin: false }.into(),
			);
			assert_eq!(held(HoldReason::MemberDeposit, ADMIN), MEMBER_DEPOSIT);
			assert_eq!(Organizations::acting_with_role(&STAFF, Role::Hospital), Some(org));
			assert_eq!(Organizations::acting_with_role(&STAFF, Role::Pharmacy), None);
			let org_record = OrgStorage::<Test>::get(org).unwrap();
			assert_eq!((org_record.members, org_record.admins), (2, 1));
		});
	}

	#[test]
	fn an_added_admin_can_add_members_and_pays_their_deposit() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), OTHER_ADMIN, true));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(OTHER_ADMIN), STAFF, false));
			assert_eq!(held(HoldReason::MemberDeposit, OTHER_ADMIN), MEMBER_DEPOSIT);
			assert_eq!(Members::<Test>::get(STAFF).unwrap().depositor, Some(OTHER_ADMIN));
		});
	}

	#[test]
	fn only_admins_add_members() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(OUTSIDER), STAFF, false),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			// A plain member is not an admin.
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(STAFF), OUTSIDER, false),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn an_account_acts_for_one_organisation() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::admit(
				governance(),
				OTHER_ADMIN,
				roles(&[Role::Pharmacy]),
				creds(2)
			));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(OTHER_ADMIN), STAFF, false),
				Error::<Test>::AlreadyMember
			);
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(ADMIN), OTHER_ADMIN, false),
				Error::<Test>::AlreadyMember
			);
		});
	}

	#[test]
	fn at_most_max_members() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			for account in [5, 6, 7] {
				assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), account, false));
			}
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(ADMIN), 8, false),
				Error::<Test>::TooManyMembers
			);
		});
	}

	#[test]
	fn the_adding_admin_must_afford_the_deposit() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), POOR, true));
			assert_noop!(
				Organizations::add_member(RuntimeOrigin::signed(POOR), STAFF, false),
				DispatchError::Token(TokenError::FundsUnavailable)
			);
		});
	}

	#[test]
	fn admin_removes_a_member_and_the_deposit_returns_to_its_payer() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), OTHER_ADMIN, true));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(OTHER_ADMIN), STAFF, false));
			let free_before = Balances::free_balance(OTHER_ADMIN);
			// Removed by an admin other than the one who paid.
			assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(ADMIN), STAFF));
			System::assert_last_event(
				Event::MemberRemoved { organization: org, account: STAFF }.into(),
			);
			assert_eq!(held(HoldReason::MemberDeposit, OTHER_ADMIN), 0);
			assert_eq!(Balances::free_balance(OTHER_ADMIN), free_before + MEMBER_DEPOSIT);
			assert_eq!(Organizations::organization_of(&STAFF), None);
			assert!(!OrganizationMembers::<Test>::contains_key(org, STAFF));
		});
	}

	#[test]
	fn a_member_may_leave() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(STAFF), STAFF));
			System::assert_last_event(
				Event::MemberRemoved { organization: org, account: STAFF }.into(),
			);
			assert_eq!(held(HoldReason::MemberDeposit, ADMIN), 0);
		});
	}

	#[test]
	fn removal_refusals() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::admit(
				governance(),
				OTHER_ADMIN,
				roles(&[Role::Pharmacy]),
				creds(2)
			));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(ADMIN), OUTSIDER),
				Error::<Test>::NotMember
			);
			// An admin of another organisation.
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(OTHER_ADMIN), STAFF),
				Error::<Test>::NotAuthorized
			);
			// A plain member removing someone else.
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), 5, false));
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(STAFF), 5),
				Error::<Test>::NotAuthorized
			);
			// The last admin stays.
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(ADMIN), ADMIN),
				Error::<Test>::LastAdmin
			);
		});
	}

	#[test]
	fn an_admin_may_leave_when_another_admin_remains() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), OTHER_ADMIN, true));
			// The first admin holds the seat: it hands it over before it leaves.
			assert_ok!(Organizations::set_voter(RuntimeOrigin::signed(ADMIN), org, OTHER_ADMIN));
			assert_ok!(Organizations::remove_member(RuntimeOrigin::signed(OTHER_ADMIN), ADMIN));
			let record = OrgStorage::<Test>::get(org).unwrap();
			assert_eq!((record.members, record.admins), (1, 1));
			// The organisation deposit stays held from its first admin until removal.
			assert_eq!(held(HoldReason::OrganizationDeposit, ADMIN), ORG_DEPOSIT);
		});
	}
}

mod credentials {
	use super::*;

	#[test]
	fn admin_updates_the_commitment() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			System::set_block_number(9);
			assert_ok!(Organizations::set_credentials(RuntimeOrigin::signed(ADMIN), creds(9)));
			System::assert_last_event(Event::CredentialsUpdated { organization: org }.into());
			let record = OrgStorage::<Test>::get(org).unwrap();
			assert_eq!(record.credentials, creds(9));
			assert_eq!(record.updated, 9);
		});
	}

	#[test]
	fn only_admins_update_it() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			assert_noop!(
				Organizations::set_credentials(RuntimeOrigin::signed(STAFF), creds(9)),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Organizations::set_credentials(RuntimeOrigin::signed(OUTSIDER), creds(9)),
				Error::<Test>::NotAuthorized
			);
		});
	}
}

mod removal {
	use super::*;

	#[test]
	fn removes_every_member_and_releases_every_deposit_exactly() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), OTHER_ADMIN, true));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(OTHER_ADMIN), STAFF, false));
			assert_ok!(Organizations::remove(governance(), org));
			assert_eq!(last_event(), Event::OrganizationRemoved { organization: org }.into());
			for who in [ADMIN, OTHER_ADMIN, STAFF] {
				System::assert_has_event(
					Event::MemberRemoved { organization: org, account: who }.into(),
				);
				assert_eq!(Organizations::organization_of(&who), None);
			}
			assert_eq!(held(HoldReason::OrganizationDeposit, ADMIN), 0);
			assert_eq!(held(HoldReason::MemberDeposit, ADMIN), 0);
			assert_eq!(held(HoldReason::MemberDeposit, OTHER_ADMIN), 0);
			assert_eq!(Balances::free_balance(ADMIN), ENDOWMENT);
			assert_eq!(Balances::free_balance(OTHER_ADMIN), ENDOWMENT);
			assert!(OrgStorage::<Test>::get(org).is_none());
			assert!(!Organizations::has_active_role(org, Role::Hospital));
		});
	}

	#[test]
	fn governance_only_and_existing_only() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_noop!(
				Organizations::remove(RuntimeOrigin::signed(ADMIN), org),
				DispatchError::BadOrigin
			);
			assert_noop!(Organizations::remove(governance(), 7), Error::<Test>::NotFound);
		});
	}

	#[test]
	fn ids_are_not_reused() {
		ExtBuilder.build_and_execute(|| {
			let first = admit_hospital();
			assert_ok!(Organizations::remove(governance(), first));
			let second = admit_hospital();
			assert_eq!(second, first + 1);
		});
	}
}

/// Since when each role has been active without a break: set at admission, grant and
/// reinstatement, cleared by suspension, revocation and removal.
mod active_since {
	use super::*;

	#[test]
	fn admission_and_grant_record_the_time() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_eq!(RoleActiveSince::<Test>::get(org, Role::Hospital), Some(START));
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), Some(START));
			advance(DAY);
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert_eq!(Organizations::role_active_since(org, Role::Laboratory), Some(now()));
			assert_eq!(now(), START + DAY);
			// The other role keeps its time.
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), Some(START));
		});
	}

	#[test]
	fn suspension_clears_the_time_and_reinstatement_records_a_new_one() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			advance(DAY);
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Hospital));
			assert_eq!(RoleActiveSince::<Test>::get(org, Role::Hospital), None);
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), None);
			advance(DAY);
			assert_ok!(Organizations::reinstate_role(governance(), org, Role::Hospital));
			assert_eq!(
				Organizations::role_active_since(org, Role::Hospital),
				Some(START + 2 * DAY),
				"active again since the reinstatement, not since the admission"
			);
		});
	}

	#[test]
	fn revocation_clears_the_time() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert_ok!(Organizations::revoke_role(governance(), org, Role::Laboratory));
			assert_eq!(RoleActiveSince::<Test>::get(org, Role::Laboratory), None);
			assert_eq!(Organizations::role_active_since(org, Role::Laboratory), None);
			// A suspended role, revoked, has no time either.
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Hospital));
			assert_ok!(Organizations::revoke_role(governance(), org, Role::Hospital));
			assert_eq!(RoleActiveSince::<Test>::iter_prefix(org).count(), 0);
		});
	}

	#[test]
	fn removal_clears_every_time_of_the_organisation_only() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert_ok!(Organizations::grant_role(governance(), org, Role::Clinic));
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Clinic));
			let other = NextOrganizationId::<Test>::get();
			assert_ok!(Organizations::admit(
				governance(),
				OTHER_ADMIN,
				roles(&[Role::Pharmacy]),
				creds(2)
			));
			assert_eq!(RoleActiveSince::<Test>::iter_prefix(org).count(), 2);
			assert_ok!(Organizations::remove(governance(), org));
			assert_eq!(RoleActiveSince::<Test>::iter_prefix(org).count(), 0);
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), None);
			assert_eq!(Organizations::role_active_since(other, Role::Pharmacy), Some(START));
		});
	}

	#[test]
	fn an_active_role_with_no_time_kept_is_active_since_0() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			// As for a role held from before the registry kept these times.
			RoleActiveSince::<Test>::remove(org, Role::Hospital);
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), Some(0));
		});
	}

	#[test]
	fn a_role_not_held_or_an_unknown_organisation_has_no_time() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_eq!(Organizations::role_active_since(org, Role::Clinic), None);
			assert_eq!(Organizations::role_active_since(org + 1, Role::Hospital), None);
		});
	}

	#[test]
	fn refused_calls_record_nothing() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			advance(DAY);
			assert_noop!(
				Organizations::grant_role(governance(), org, Role::Hospital),
				Error::<Test>::RoleAlreadyGranted
			);
			assert_noop!(
				Organizations::reinstate_role(governance(), org, Role::Hospital),
				Error::<Test>::RoleNotSuspended
			);
			assert_eq!(Organizations::role_active_since(org, Role::Hospital), Some(START));
		});
	}
}

mod queries {
	use super::*;

	#[test]
	fn organisation_info_lists_roles_and_members() {
		ExtBuilder.build_and_execute(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::grant_role(governance(), org, Role::Laboratory));
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Laboratory));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			let info = Organizations::organization_info(org).unwrap();
			assert_eq!(
				info.roles,
				vec![
					(Role::Hospital, RoleStatus::Active),
					(Role::Laboratory, RoleStatus::Suspended)
				]
			);
			let mut members: Vec<(u64, bool)> =
				info.members.iter().map(|m| (m.account, m.is_admin)).collect();
			members.sort();
			assert_eq!(members, vec![(ADMIN, true), (STAFF, false)]);
			assert_eq!(Organizations::organizations_of(&STAFF), vec![org]);
			assert!(Organizations::organizations_of(&OUTSIDER).is_empty());
			assert!(Organizations::organization_info(42).is_none());
		});
	}

	#[test]
	fn integrity_test_passes() {
		ExtBuilder.build_and_execute(|| {
			<Organizations as Hooks<u64>>::integrity_test();
		});
	}
}

mod company_prefixes {
	use super::*;

	#[test]
	fn governance_assigns_a_prefix_and_its_holder_owns_the_gtins_under_it() {
		ExtBuilder.build_and_execute(|| {
			let maker = admit_maker();
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), None);
			assign(maker, prefix(7, 9_501_101));
			assert_eq!(
				last_event(),
				Event::CompanyPrefixAssigned { prefix: prefix(7, 9_501_101), organization: maker }
					.into()
			);
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), Some(maker));
			// Any GTIN under it, whatever its indicator digit; none outside it.
			assert_eq!(Organizations::holder_of_gtin(Gtin(19_501_101_530_000)), Some(maker));
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_102_530_002)), None);
			assert_eq!(PrefixesOf::<Test>::get(maker).to_vec(), vec![prefix(7, 9_501_101)]);
			// Its 6-digit prefix counts it, and is nobody's.
			assert_eq!(
				CompanyPrefixes::<Test>::get(prefix(6, 950_110)),
				Some(PrefixEntry { holder: None, longer: 1 })
			);
			assert_ok!(Organizations::assign_company_prefix(
				RuntimeOrigin::root(),
				maker,
				prefix(12, 123_456_789_012)
			));
			assert_eq!(Organizations::holder_of_gtin(Gtin(11_234_567_890_125)), Some(maker));
		});
	}

	#[test]
	fn an_sscc_is_the_holder_of_the_prefix_after_its_extension_digit() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let maker = admit_maker();
			// GS1's example SSCC: 1 | 0614141 | 123456789 | 7.
			let example = Sscc(106_141_411_234_567_897);
			assert_eq!(Organizations::holder_of_sscc(example), None);
			assign(maker, prefix(7, 614_141));
			assert_eq!(Organizations::holder_of_sscc(example), Some(maker));
			// Whatever the extension digit: 3 | 0614141 | 000000001 | 3.
			assert_eq!(Organizations::holder_of_sscc(Sscc(306_141_410_000_000_013)), Some(maker));
			// The leading zero counts: 1 | 614141 0... is not under 0614141.
			assert_eq!(Organizations::holder_of_sscc(Sscc(161_414_100_000_000_011)), None);
			// A sibling prefix's cases are its holder's: 1 | 0614142 | 000000001 | 8.
			let sibling = Sscc(106_141_420_000_000_018);
			assert_eq!(Organizations::holder_of_sscc(sibling), None);
			assign(hospital, prefix(7, 614_142));
			assert_eq!(Organizations::holder_of_sscc(sibling), Some(hospital));
			assert_eq!(Organizations::holder_of_sscc(example), Some(maker));
			// The same prefix holds the GTINs with the same digits after their first.
			assert_eq!(Organizations::holder_of_gtin(Gtin(10_614_141_000_415)), Some(maker));
			assert_ok!(Organizations::withdraw_company_prefix(governance(), prefix(7, 614_141)));
			assert_eq!(Organizations::holder_of_sscc(example), None);
			assert_eq!(Organizations::holder_of_sscc(sibling), Some(hospital));
		});
	}

	#[test]
	fn a_gtin_is_its_prefix_holders_and_nobody_elses_however_close() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let maker = admit_maker();
			// Two 9-digit siblings and a 4-digit prefix elsewhere.
			for (org, p) in [
				(maker, prefix(9, 950_110_153)),
				(hospital, prefix(9, 950_110_154)),
				(hospital, prefix(4, 4_006)),
			] {
				assert_ok!(Organizations::assign_company_prefix(governance(), org, p));
			}
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), Some(maker));
			// 0 950110154 000 2: the sibling's.
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_101_540_002)), Some(hospital));
			// 0 950110155 000 1: the same first eight digits, under neither.
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_101_550_001)), None);
			// 0 9501 ...: shares only the shortest entry.
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_000_000_003)), None);
			// 0 4006 381333931: the 4-digit prefix's.
			assert_eq!(Organizations::holder_of_gtin(Gtin(4_006_381_333_931)), Some(hospital));
			assert_eq!(
				CompanyPrefixes::<Test>::get(prefix(8, 95_011_015)),
				Some(PrefixEntry { holder: None, longer: 2 })
			);
		});
	}

	#[test]
	fn governance_only_a_valid_prefix_and_an_existing_organisation() {
		ExtBuilder.build_and_execute(|| {
			let maker = admit_maker();
			for who in [ADMIN, OTHER_ADMIN, SUSPENDER] {
				assert_noop!(
					Organizations::assign_company_prefix(
						RuntimeOrigin::signed(who),
						maker,
						prefix(7, 9_501_101)
					),
					DispatchError::BadOrigin
				);
			}
			for bad in [prefix(3, 950), prefix(13, 1), prefix(7, 10_000_000)] {
				assert_noop!(
					Organizations::assign_company_prefix(governance(), maker, bad),
					Error::<Test>::InvalidCompanyPrefix
				);
			}
			assert_noop!(
				Organizations::assign_company_prefix(governance(), maker + 1, prefix(7, 9_501_101)),
				Error::<Test>::NotFound
			);
		});
	}

	#[test]
	fn overlapping_prefixes_are_refused_both_ways() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let maker = admit_maker();
			assign(maker, prefix(7, 9_501_101));
			for (org, taken) in [
				(maker, prefix(7, 9_501_101)),
				(hospital, prefix(7, 9_501_101)),
				// Longer, beginning with it.
				(hospital, prefix(9, 950_110_153)),
				// Shorter, begun with by it.
				(hospital, prefix(6, 950_110)),
			] {
				assert_noop!(
					Organizations::assign_company_prefix(governance(), org, taken),
					Error::<Test>::CompanyPrefixTaken
				);
			}
			// Its neighbours are free: the same first six digits, or leading zeros.
			assign(hospital, prefix(7, 9_501_102));
			assign(hospital, prefix(8, 9_501_101));
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), Some(maker));
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_102_530_002)), Some(hospital));
			assert_eq!(
				CompanyPrefixes::<Test>::get(prefix(6, 950_110)),
				Some(PrefixEntry { holder: None, longer: 2 })
			);
		});
	}

	#[test]
	fn at_most_max_company_prefixes() {
		ExtBuilder.build_and_execute(|| {
			let maker = admit_maker();
			for value in [111_111, 222_222] {
				assign(maker, prefix(6, value));
			}
			assert_noop!(
				Organizations::assign_company_prefix(governance(), maker, prefix(6, 333_333)),
				Error::<Test>::TooManyCompanyPrefixes
			);
		});
	}

	#[test]
	fn governance_withdraws_a_prefix_and_it_may_be_assigned_again() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let maker = admit_maker();
			assign(maker, prefix(9, 950_110_153));
			assert_noop!(
				Organizations::withdraw_company_prefix(
					RuntimeOrigin::signed(OTHER_ADMIN),
					prefix(9, 950_110_153)
				),
				DispatchError::BadOrigin
			);
			// Only an assigned prefix: not one an assigned one extends, nor an unknown one.
			for unassigned in [prefix(7, 9_501_101), prefix(9, 950_110_154)] {
				assert_noop!(
					Organizations::withdraw_company_prefix(governance(), unassigned),
					Error::<Test>::CompanyPrefixNotAssigned
				);
			}
			assert_ok!(Organizations::withdraw_company_prefix(
				governance(),
				prefix(9, 950_110_153)
			));
			assert_eq!(
				last_event(),
				Event::CompanyPrefixWithdrawn {
					prefix: prefix(9, 950_110_153),
					organization: maker
				}
				.into()
			);
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), None);
			assert!(!PrefixesOf::<Test>::contains_key(maker), "an empty list is not kept");
			// No entry is left behind, shorter ones included.
			assert_eq!(CompanyPrefixes::<Test>::iter().count(), 0);
			// A prefix it overlapped is free now.
			assign(hospital, prefix(7, 9_501_101));
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), Some(hospital));
		});
	}

	#[test]
	fn removing_an_organisation_withdraws_its_prefixes_only() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let maker = admit_maker();
			assign(maker, prefix(7, 9_501_101));
			assign(maker, prefix(12, 123_456_789_012));
			assign(hospital, prefix(7, 9_501_102));
			assert_ok!(Organizations::remove(governance(), maker));
			for withdrawn in [prefix(7, 9_501_101), prefix(12, 123_456_789_012)] {
				assert!(System::events().iter().any(|r| r.event
					== Event::CompanyPrefixWithdrawn { prefix: withdrawn, organization: maker }
						.into()));
			}
			assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), None);
			assert_eq!(Organizations::holder_of_gtin(Gtin(11_234_567_890_125)), None);
			assert_eq!(Organizations::holder_of_gtin(Gtin(9_501_102_530_002)), Some(hospital));
			assert!(!PrefixesOf::<Test>::contains_key(maker));
			assert_eq!(
				CompanyPrefixes::<Test>::get(prefix(6, 950_110)),
				Some(PrefixEntry { holder: None, longer: 1 })
			);
		});
	}

	#[test]
	fn try_state_catches_overlaps_wrong_counts_and_unlisted_prefixes() {
		ExtBuilder.build().execute_with(|| {
			let maker = admit_maker();
			assign(maker, prefix(7, 9_501_101));
			assert!(Organizations::do_try_state().is_ok());
			let assigned = PrefixEntry { holder: Some(maker), longer: 0 };
			// An overlapping assignment written past the call.
			CompanyPrefixes::<Test>::insert(prefix(8, 95_011_015), assigned.clone());
			assert!(Organizations::do_try_state().is_err(), "overlap");
			CompanyPrefixes::<Test>::remove(prefix(8, 95_011_015));
			CompanyPrefixes::<Test>::insert(
				prefix(6, 950_110),
				PrefixEntry { holder: None, longer: 2 },
			);
			assert!(Organizations::do_try_state().is_err(), "count");
			CompanyPrefixes::<Test>::insert(
				prefix(6, 950_110),
				PrefixEntry { holder: None, longer: 1 },
			);
			assert!(Organizations::do_try_state().is_ok());
			PrefixesOf::<Test>::remove(maker);
			assert!(Organizations::do_try_state().is_err(), "not listed");
		});
	}
}

mod invariants {
	use super::*;

	#[test]
	fn try_state_catches_a_dangling_membership() {
		ExtBuilder.build().execute_with(|| {
			admit_hospital();
			OrgStorage::<Test>::remove(0);
			assert!(Organizations::do_try_state().is_err());
		});
	}

	#[test]
	fn try_state_catches_a_wrong_member_count() {
		ExtBuilder.build().execute_with(|| {
			let org = admit_hospital();
			OrgStorage::<Test>::mutate(org, |o| o.as_mut().unwrap().members = 3);
			assert!(Organizations::do_try_state().is_err());
		});
	}

	#[test]
	fn try_state_catches_a_time_of_a_role_not_held_actively() {
		ExtBuilder.build().execute_with(|| {
			let org = admit_hospital();
			assert_ok!(Organizations::suspend_role(governance(), org, Role::Hospital));
			assert!(Organizations::do_try_state().is_ok());
			RoleActiveSince::<Test>::insert(org, Role::Hospital, START);
			assert!(Organizations::do_try_state().is_err(), "suspended");
			RoleActiveSince::<Test>::remove(org, Role::Hospital);
			RoleActiveSince::<Test>::insert(org, Role::Clinic, START);
			assert!(Organizations::do_try_state().is_err(), "not held");
			RoleActiveSince::<Test>::remove(org, Role::Clinic);
			RoleActiveSince::<Test>::insert(org + 1, Role::Hospital, START);
			assert!(Organizations::do_try_state().is_err(), "no such organisation");
		});
	}
}

#[test]
fn genesis_admits_organisations_with_members_and_deposits() {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ADMIN, ENDOWMENT), (OTHER_ADMIN, ENDOWMENT)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> {
		organizations: vec![
			(ADMIN, vec![Role::Hospital, Role::Laboratory], creds(1), vec![STAFF]),
			(OTHER_ADMIN, vec![Role::Pharmacy], creds(2), vec![]),
		],
		company_prefixes: vec![(1, prefix(7, 9_501_101))],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(NextOrganizationId::<Test>::get(), 2);
		assert_eq!(Organizations::organization_of(&ADMIN), Some(0));
		assert_eq!(Organizations::organization_of(&STAFF), Some(0));
		assert_eq!(Organizations::organization_of(&OTHER_ADMIN), Some(1));
		assert!(Organizations::has_active_role(0, Role::Laboratory));
		assert!(!Organizations::has_active_role(1, Role::Hospital));
		// Genesis roles keep no activation time: active since the chain began.
		assert_eq!(RoleActiveSince::<Test>::iter().count(), 0);
		assert_eq!(Organizations::role_active_since(0, Role::Laboratory), Some(0));
		assert_eq!(Organizations::role_active_since(1, Role::Hospital), None);
		assert_eq!(OrgStorage::<Test>::get(0).unwrap().members, 2);
		assert_eq!(held(HoldReason::OrganizationDeposit, ADMIN), ORG_DEPOSIT);
		assert_eq!(held(HoldReason::MemberDeposit, ADMIN), MEMBER_DEPOSIT);
		// Genesis organisations are seated like admitted ones, their first admins the voters.
		assert_eq!(SeatHolders::get(), vec![SEAT_BASE, SEAT_BASE + 1]);
		assert_eq!(OrgStorage::<Test>::get(1).unwrap().voter, OTHER_ADMIN);
		assert_eq!(Organizations::holder_of_gtin(GS1_EXAMPLE), Some(1));
		Organizations::do_try_state().expect("invariants hold at genesis");
	});
}

#[test]
#[should_panic(expected = "genesis organisation must be admissible")]
fn genesis_refuses_an_unfunded_admin() {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		organizations: vec![(OUTSIDER, vec![Role::Clinic], creds(1), vec![])],
		company_prefixes: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
}

#[test]
#[should_panic(expected = "genesis prefix must be assignable")]
fn genesis_refuses_a_prefix_of_no_organisation() {
	use sp_runtime::BuildStorage;
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		organizations: vec![],
		company_prefixes: vec![(0, prefix(7, 9_501_101))],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
}

#[test]
fn the_registry_trait_knows_which_organisations_exist() {
	ExtBuilder.build_and_execute(|| {
		assert!(!Organizations::exists(0));
		let id = admit_hospital();
		assert!(Organizations::exists(id));
		assert_ok!(Organizations::remove(governance(), id));
		assert!(!Organizations::exists(id));
	});
}

/// One organisation, one seat, one vote: seats follow admissions and removals, no member can add
/// one, and changing the voter never gives a seat a second vote.
mod seats {
	use super::*;

	fn seat(org: u32) -> u64 {
		SEAT_BASE + org as u64
	}

	#[test]
	fn admission_seats_the_organisation_and_removal_unseats_it() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_eq!(OrgStorage::<Test>::get(hospital).unwrap().voter, ADMIN);
			assert_eq!(SeatHolders::get(), vec![seat(hospital)]);
			assert_ok!(Organizations::admit(
				governance(),
				OTHER_ADMIN,
				roles(&[Role::Pharmacy]),
				creds(2)
			));
			assert_eq!(SeatHolders::get(), vec![seat(hospital), seat(1)]);

			assert_ok!(Organizations::remove(governance(), hospital));
			assert_eq!(SeatHolders::get(), vec![seat(1)]);
		});
	}

	#[test]
	fn members_and_admins_added_by_an_organisation_get_no_seat() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, true));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), OUTSIDER, false));
			assert_eq!(SeatHolders::get(), vec![seat(hospital)]);
		});
	}

	#[test]
	fn a_refused_seat_refuses_the_admission() {
		ExtBuilder.build_and_execute(|| {
			for admin in 1..=MAX_SEATS as u64 {
				assert_ok!(Organizations::admit(
					governance(),
					admin,
					roles(&[Role::Clinic]),
					creds(1)
				));
			}
			let next = MAX_SEATS as u64 + 1;
			assert_noop!(
				Organizations::admit(governance(), next, roles(&[Role::Clinic]), creds(1)),
				DispatchError::Other("no free seat")
			);
			assert_eq!(held(HoldReason::OrganizationDeposit, next), 0);
			assert_eq!(Organizations::organization_of(&next), None);
		});
	}

	#[test]
	fn the_voter_casts_the_seats_one_vote() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, true));
			assert_ok!(Organizations::vote(RuntimeOrigin::signed(ADMIN), 7, true));
			assert_eq!(SeatVotes::get(), vec![(hospital, 7, true)]);
			// Another admin, a plain member, an outsider: no vote.
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), 5, false));
			for who in [STAFF, 5, OUTSIDER] {
				assert_noop!(
					Organizations::vote(RuntimeOrigin::signed(who), 7, false),
					Error::<Test>::NotVoter
				);
			}
			// The body's own refusal (no such poll) is the call's.
			assert_noop!(
				Organizations::vote(RuntimeOrigin::signed(ADMIN), NO_SUCH_POLL, true),
				DispatchError::Other("no such poll")
			);
		});
	}

	#[test]
	fn a_new_voter_changes_the_seats_vote_and_does_not_add_one() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, true));
			assert_ok!(Organizations::vote(RuntimeOrigin::signed(ADMIN), 7, true));
			assert_ok!(Organizations::set_voter(RuntimeOrigin::signed(ADMIN), hospital, STAFF));
			assert_eq!(
				last_event(),
				Event::VoterChanged { organization: hospital, from: ADMIN, to: STAFF }.into()
			);
			// The former voter has no vote; the new one changes the seat's vote, not adds one.
			assert_noop!(
				Organizations::vote(RuntimeOrigin::signed(ADMIN), 7, true),
				Error::<Test>::NotVoter
			);
			assert_ok!(Organizations::vote(RuntimeOrigin::signed(STAFF), 7, true));
			assert_eq!(SeatVotes::get(), vec![(hospital, 7, true)]);
			assert_eq!(SeatHolders::get(), vec![seat(hospital)]);
		});
	}

	#[test]
	fn a_suspended_organisation_does_not_vote() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_ok!(Organizations::suspend_role(
				RuntimeOrigin::signed(SUSPENDER),
				hospital,
				Role::Hospital
			));
			assert_noop!(
				Organizations::vote(RuntimeOrigin::signed(ADMIN), 7, true),
				Error::<Test>::OrganizationSuspended
			);
			assert_ok!(Organizations::reinstate_role(governance(), hospital, Role::Hospital));
			assert_ok!(Organizations::vote(RuntimeOrigin::signed(ADMIN), 7, true));
			// All roles revoked: no standing, no vote.
			assert_ok!(Organizations::revoke_role(governance(), hospital, Role::Hospital));
			assert_noop!(
				Organizations::vote(RuntimeOrigin::signed(ADMIN), 8, true),
				Error::<Test>::OrganizationSuspended
			);
		});
	}

	#[test]
	fn the_suspender_suspends_and_does_nothing_else() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			let suspender = RuntimeOrigin::signed(SUSPENDER);
			assert_noop!(
				Organizations::reinstate_role(suspender.clone(), hospital, Role::Hospital),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Organizations::admit(suspender.clone(), 5, roles(&[Role::Clinic]), creds(1)),
				DispatchError::BadOrigin
			);
			assert_noop!(Organizations::remove(suspender, hospital), DispatchError::BadOrigin);
		});
	}

	#[test]
	fn the_voter_cannot_leave_or_be_removed() {
		ExtBuilder.build_and_execute(|| {
			admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, true));
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(ADMIN), ADMIN),
				Error::<Test>::VoterCannotLeave
			);
			assert_noop!(
				Organizations::remove_member(RuntimeOrigin::signed(STAFF), ADMIN),
				Error::<Test>::VoterCannotLeave
			);
		});
	}

	#[test]
	fn only_the_voter_or_governance_names_a_voter_and_only_an_admin_of_the_organisation() {
		ExtBuilder.build_and_execute(|| {
			let hospital = admit_hospital();
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), STAFF, false));
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(ADMIN), 5, true));
			assert_ok!(Organizations::admit(
				governance(),
				OTHER_ADMIN,
				roles(&[Role::Pharmacy]),
				creds(2)
			));
			// A plain member, an admin of another organisation, an outsider.
			for to in [STAFF, OTHER_ADMIN, OUTSIDER] {
				assert_noop!(
					Organizations::set_voter(RuntimeOrigin::signed(ADMIN), hospital, to),
					Error::<Test>::VoterNotAdmin
				);
			}
			assert_noop!(
				Organizations::set_voter(RuntimeOrigin::signed(ADMIN), hospital, ADMIN),
				Error::<Test>::AlreadyVoter
			);
			assert_noop!(
				Organizations::set_voter(RuntimeOrigin::signed(ADMIN), 42, 5),
				Error::<Test>::NotFound
			);
			// Another admin (say, one that took a compromised voter key's place) may not.
			for caller in [5, STAFF, OUTSIDER, OTHER_ADMIN] {
				assert_noop!(
					Organizations::set_voter(RuntimeOrigin::signed(caller), hospital, 5),
					Error::<Test>::NotVoter
				);
			}
			assert_noop!(
				Organizations::set_voter(RuntimeOrigin::none(), hospital, 5),
				DispatchError::BadOrigin
			);
			// Governance may, for a lost or compromised voter key.
			assert_ok!(Organizations::set_voter(governance(), hospital, 5));
			assert_eq!(OrgStorage::<Test>::get(hospital).unwrap().voter, 5);
		});
	}
}
