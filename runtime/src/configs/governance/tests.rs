//! The governance rules, one test each, on the real runtime: thresholds exact at the boundary,
//! delays, who may propose, seats that follow the registry, double votes, expiry, the
//! emergency path.

use frame_support::{
	assert_noop, assert_ok,
	traits::{schedule::DispatchTime, Hooks, StorePreimage, VoteTally},
};
use pallet_referenda::{ReferendumIndex, ReferendumInfo, ReferendumInfoFor};
use sp_runtime::{BuildStorage, DispatchError, Perbill};

use super::{
	origins::{Origin, Pace},
	tracks::{self, periods, rehearsal, BUSINESS_THRESHOLD, EMERGENCY_THRESHOLD, ROOT_THRESHOLD},
	RegistrySeats, MAX_SEATS,
};
use crate::{
	AccountId, Balances, Consortium, Organizations, OriginCaller, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, Scheduler, Sudo, System, UNIT,
};
use healthchain_primitives::ConsortiumSeats;
use healthchain_primitives::{Commitment, OrganizationRegistry, Role};

type CollectiveError = pallet_ranked_collective::Error<Runtime>;
type RegistryError = pallet_organizations::Error<Runtime>;

fn seat(i: u8) -> AccountId {
	AccountId::from([i; 32])
}

const OUTSIDER: u8 = 200;

/// A chain with `seats` organisations (admins `seat(1..=seats)`, one seat each), an outsider,
/// referenda at the rehearsal pace, and `seat(1)` as the sudo key.
fn chain(seats: u8) -> sp_io::TestExternalities {
	let mut balances: Vec<(AccountId, u128)> =
		(1..=seats).map(|i| (seat(i), 10_000 * UNIT)).collect();
	balances.push((seat(OUTSIDER), 10_000 * UNIT));
	let config = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
		organizations: pallet_organizations::GenesisConfig {
			organizations: (1..=seats)
				.map(|i| (seat(i), vec![Role::Clinic], Commitment::repeat_byte(i), vec![]))
				.collect(),
			company_prefixes: vec![],
		},
		governance_origins: super::origins::GenesisConfig {
			pace: Pace::Rehearsal,
			..Default::default()
		},
		sudo: pallet_sudo::GenesisConfig { key: Some(seat(1)) },
		..Default::default()
	};
	let mut ext = sp_io::TestExternalities::new(config.build_storage().unwrap());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs the chain's scheduler (referendum alarms, enactments) up to block `n`.
fn run_to(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Scheduler::on_initialize(next);
	}
}

fn run_for(blocks: u32) {
	run_to(System::block_number() + blocks);
}

/// `who` submits `call` to be dispatched as `origin` and places the decision deposit; returns
/// the referendum's index.
fn propose(who: u8, origin: OriginCaller, call: RuntimeCall) -> ReferendumIndex {
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	let bounded = <crate::Preimage as StorePreimage>::bound(call).unwrap();
	assert_ok!(Referenda::submit(
		RuntimeOrigin::signed(seat(who)),
		Box::new(origin),
		bounded,
		DispatchTime::After(0),
	));
	assert_ok!(Referenda::place_decision_deposit(RuntimeOrigin::signed(seat(who)), index));
	index
}

/// Each organisation whose voter is `seat(v)` votes, through the registry.
fn vote(index: ReferendumIndex, voters: impl IntoIterator<Item = u8>, aye: bool) {
	for v in voters {
		assert_ok!(Organizations::vote(RuntimeOrigin::signed(seat(v)), index, aye));
	}
}

fn tally(index: ReferendumIndex) -> pallet_ranked_collective::TallyOf<Runtime> {
	match ReferendumInfoFor::<Runtime>::get(index) {
		Some(ReferendumInfo::Ongoing(status)) => status.tally,
		other => panic!("not ongoing: {other:?}"),
	}
}

fn is_seat(account: &AccountId) -> bool {
	pallet_ranked_collective::Members::<Runtime>::contains_key(account)
}

fn root() -> OriginCaller {
	OriginCaller::system(frame_system::RawOrigin::Root)
}

fn business() -> OriginCaller {
	OriginCaller::GovernanceOrigins(Origin::Business)
}

fn emergency() -> OriginCaller {
	OriginCaller::GovernanceOrigins(Origin::Emergency)
}

/// A `Root`-only call whose effect is easy to see: the outsider's balance set to 7 units.
fn root_only_call() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
		who: seat(OUTSIDER).into(),
		new_free: 7 * UNIT,
	})
}

fn root_call_enacted() -> bool {
	Balances::free_balance(seat(OUTSIDER)) == 7 * UNIT
}

fn approved(index: ReferendumIndex) -> bool {
	matches!(ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Approved(..)))
}

fn rejected(index: ReferendumIndex) -> bool {
	matches!(ReferendumInfoFor::<Runtime>::get(index), Some(ReferendumInfo::Rejected(..)))
}

/// Longest a referendum on the track `periods` index can take from submission to enactment.
fn whole_course(track: usize) -> u32 {
	let p = periods(Pace::Rehearsal)[track];
	p.prepare + p.decision + p.confirm + p.enactment + 2
}

fn dispatched_results() -> Vec<sp_runtime::DispatchResult> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result, .. }) => {
				Some(result)
			},
			_ => None,
		})
		.collect()
}

#[test]
fn thresholds_are_exact_at_the_boundary_for_every_seat_count() {
	// Support is ayes over all seats, as the ranked collective computes it.
	for seats in 1..=MAX_SEATS {
		for ayes in 0..=seats {
			let support = Perbill::from_rational(ayes, seats);
			assert_eq!(support >= ROOT_THRESHOLD, 3 * ayes >= 2 * seats, "root {ayes}/{seats}");
			assert_eq!(support >= BUSINESS_THRESHOLD, 2 * ayes > seats, "business {ayes}/{seats}");
			assert_eq!(
				support >= EMERGENCY_THRESHOLD,
				4 * ayes >= 3 * seats,
				"emergency {ayes}/{seats}"
			);
		}
	}
	// Emergencies are never easier than the rest.
	assert!(EMERGENCY_THRESHOLD > ROOT_THRESHOLD && ROOT_THRESHOLD > BUSINESS_THRESHOLD);
}

#[test]
fn root_takes_two_thirds_of_all_seats_six_of_nine_passes() {
	chain(9).execute_with(|| {
		let index = propose(1, root(), root_only_call());
		vote(index, 1..=6, true);
		run_for(whole_course(0));
		assert!(approved(index));
		assert!(root_call_enacted());
	});
}

#[test]
fn root_refuses_five_of_nine_even_with_no_nays_and_rejects_at_the_deadline() {
	chain(9).execute_with(|| {
		let index = propose(1, root(), root_only_call());
		vote(index, 1..=5, true);
		run_for(whole_course(0));
		assert!(rejected(index));
		assert!(!root_call_enacted());
	});
}

#[test]
fn business_takes_more_than_half_four_of_eight_is_not_enough() {
	for (ayes, passes) in [(4u8, false), (5, true)] {
		chain(8).execute_with(|| {
			let admit = RuntimeCall::Organizations(pallet_organizations::Call::admit {
				admin: seat(OUTSIDER),
				roles: vec![Role::Pharmacy].try_into().unwrap(),
				credentials: Commitment::repeat_byte(9),
			});
			let index = propose(1, business(), admit);
			vote(index, 1..=ayes, true);
			run_for(whole_course(1));
			assert_eq!(approved(index), passes, "{ayes} of 8");
			// Admitted by vote, the organisation has its seat at once.
			assert_eq!(Organizations::organization_of(&seat(OUTSIDER)).is_some(), passes);
			assert_eq!(is_seat(&RegistrySeats::seat_of(8)), passes);
			assert_eq!(pallet_ranked_collective::MemberCount::<Runtime>::get(0), 8 + passes as u32);
		});
	}
}

/// A unanimous referendum on `track` (dispatching as `origin`) is approved, yet its
/// `Root`-only call fails with `BadOrigin`.
fn assert_cannot_reach_root(origin: OriginCaller, track: usize) {
	chain(4).execute_with(|| {
		let index = propose(1, origin, root_only_call());
		vote(index, 1..=4, true);
		run_for(whole_course(track));
		assert!(approved(index));
		assert!(!root_call_enacted());
		assert!(dispatched_results().contains(&Err(DispatchError::BadOrigin)));
	});
}

#[test]
fn the_business_track_cannot_reach_root() {
	assert_cannot_reach_root(business(), 1);
}

#[test]
fn a_root_decision_is_enacted_only_after_confirmation_and_the_enactment_delay() {
	chain(3).execute_with(|| {
		let start = System::block_number();
		let index = propose(1, root(), root_only_call());
		vote(index, 1..=3, true);
		let p = rehearsal::ROOT;
		// Deciding starts after the prepare period; then it must keep passing to be confirmed.
		while !approved(index) {
			assert!(System::block_number() < start + whole_course(0), "never approved");
			run_for(1);
		}
		let approved_at = System::block_number();
		assert!(approved_at >= start + p.prepare + p.confirm, "approved at #{approved_at}");
		// Approved, but not enacted before the delay…
		run_to(approved_at + p.enactment - 1);
		assert!(!root_call_enacted());
		// …and enacted when it has passed.
		run_to(approved_at + p.enactment);
		assert!(root_call_enacted());
	});
}

#[test]
fn objections_during_confirmation_stop_a_decision() {
	chain(3).execute_with(|| {
		let index = propose(1, root(), root_only_call());
		vote(index, 1..=3, true);
		run_for(rehearsal::ROOT.prepare + 1);
		let confirming = |index| match ReferendumInfoFor::<Runtime>::get(index) {
			Some(ReferendumInfo::Ongoing(status)) => {
				status.deciding.is_some_and(|d| d.confirming.is_some())
			},
			_ => false,
		};
		assert!(confirming(index));
		// Confirming; one member changes its mind: two of three is still two thirds…
		vote(index, [3], false);
		run_for(1);
		assert!(confirming(index));
		// …two members do: one of three is not.
		vote(index, [2], false);
		run_for(1);
		assert!(!confirming(index));
		run_for(whole_course(0));
		assert!(rejected(index));
		assert!(!root_call_enacted());
	});
}

#[test]
fn only_a_seat_holder_submits() {
	chain(3).execute_with(|| {
		let bounded = <crate::Preimage as StorePreimage>::bound(root_only_call()).unwrap();
		assert_noop!(
			Referenda::submit(
				RuntimeOrigin::signed(seat(OUTSIDER)),
				Box::new(root()),
				bounded,
				DispatchTime::After(0),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn only_a_voter_votes_and_a_second_vote_replaces_the_first() {
	chain(3).execute_with(|| {
		let index = propose(1, root(), root_only_call());
		assert_noop!(
			Organizations::vote(RuntimeOrigin::signed(seat(OUTSIDER)), index, true),
			RegistryError::NotVoter
		);
		// The voter's own account holds no seat: it votes only through its organisation.
		assert_noop!(
			Consortium::vote(RuntimeOrigin::signed(seat(1)), index, true),
			CollectiveError::NotMember
		);
		vote(index, [1, 1, 1], true);
		assert_eq!(tally(index).ayes(0), 1, "three votes by one seat count once");
		vote(index, [1], false);
		assert_eq!(tally(index).ayes(0), 0);
		assert_eq!(tally(index).approval(0), Perbill::zero());
	});
}

#[test]
fn a_new_voter_changes_its_seats_vote_and_never_adds_one() {
	chain(3).execute_with(|| {
		let index = propose(1, root(), root_only_call());
		vote(index, [1], true);
		// Organisation 0 adds admins and rotates its voter through them, each voting aye.
		for (i, next) in [150u8, 151, 152].into_iter().enumerate() {
			assert_ok!(Organizations::add_member(RuntimeOrigin::signed(seat(1)), seat(next), true));
			let current = if i == 0 { seat(1) } else { seat(next - 1) };
			assert_ok!(Organizations::set_voter(RuntimeOrigin::signed(current), 0, seat(next)));
			vote(index, [next], true);
		}
		assert_eq!(tally(index).ayes(0), 1, "one organisation, one aye");
		assert_noop!(
			Organizations::vote(RuntimeOrigin::signed(seat(1)), index, true),
			RegistryError::NotVoter
		);
		run_for(whole_course(0));
		assert!(!root_call_enacted(), "one of three seats is not two thirds");
	});
}

#[test]
fn a_removed_organisations_seat_votes_no_more() {
	chain(4).execute_with(|| {
		let remove =
			RuntimeCall::Organizations(pallet_organizations::Call::remove { organization: 3 });
		let index = propose(1, business(), remove);
		vote(index, 1..=3, true);
		run_for(whole_course(1));
		assert!(approved(index));
		assert!(Organizations::organization_of(&seat(4)).is_none());
		assert_eq!(pallet_ranked_collective::MemberCount::<Runtime>::get(0), 3);

		let next = propose(1, root(), root_only_call());
		assert!(!is_seat(&RegistrySeats::seat_of(3)));
		assert_noop!(
			Organizations::vote(RuntimeOrigin::signed(seat(4)), next, true),
			RegistryError::NotVoter
		);
		let bounded = <crate::Preimage as StorePreimage>::bound(root_only_call()).unwrap();
		assert_noop!(
			Referenda::submit(
				RuntimeOrigin::signed(seat(4)),
				Box::new(root()),
				bounded,
				DispatchTime::After(0)
			),
			DispatchError::BadOrigin
		);
		// Two thirds of the three remaining seats decide now.
		vote(next, 1..=2, true);
		run_for(whole_course(0));
		assert!(root_call_enacted());
	});
}

#[test]
fn no_origin_adds_or_removes_a_seat_directly() {
	chain(3).execute_with(|| {
		let a_seat = RegistrySeats::seat_of(0);
		assert_noop!(
			Consortium::add_member(RuntimeOrigin::root(), seat(OUTSIDER).into()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::remove_member(RuntimeOrigin::root(), a_seat.clone().into(), 0),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::exchange_member(
				RuntimeOrigin::root(),
				a_seat.into(),
				seat(OUTSIDER).into()
			),
			DispatchError::BadOrigin
		);
		// A member's own admin joins the organisation but gets no seat.
		assert_ok!(Organizations::add_member(RuntimeOrigin::signed(seat(1)), seat(OUTSIDER), true));
		assert!(!is_seat(&seat(OUTSIDER)));
		assert_eq!(pallet_ranked_collective::MemberCount::<Runtime>::get(0), 3);
		for org in 0..3 {
			assert!(is_seat(&RegistrySeats::seat_of(org)));
		}
	});
}

#[test]
fn an_undecided_proposal_times_out_and_one_not_passing_expires() {
	chain(3).execute_with(|| {
		// Nobody places the decision deposit: it times out.
		let bounded = <crate::Preimage as StorePreimage>::bound(root_only_call()).unwrap();
		let index = pallet_referenda::ReferendumCount::<Runtime>::get();
		assert_ok!(Referenda::submit(
			RuntimeOrigin::signed(seat(1)),
			Box::new(root()),
			bounded,
			DispatchTime::After(0)
		));
		run_for(rehearsal::UNDECIDING_TIMEOUT + 2);
		assert!(matches!(
			ReferendumInfoFor::<Runtime>::get(index),
			Some(ReferendumInfo::TimedOut(..))
		));
		// Deciding, but never passing: rejected when its decision period ends.
		let index = propose(1, root(), root_only_call());
		vote(index, [1], true);
		run_for(whole_course(0));
		assert!(rejected(index));
		// A vote after the end is refused.
		assert_noop!(
			Organizations::vote(RuntimeOrigin::signed(seat(2)), index, true),
			CollectiveError::NotPolling
		);
		assert!(!root_call_enacted());
	});
}

#[test]
fn the_emergency_track_cancels_an_approved_upgrade_before_its_enactment() {
	chain(8).execute_with(|| {
		let upgrade = propose(1, root(), root_only_call());
		vote(upgrade, 1..=6, true);
		while !approved(upgrade) {
			run_for(1);
		}
		let enactment_due = System::block_number() + rehearsal::ROOT.enactment;
		let cancel = RuntimeCall::GovernanceOrigins(super::origins::Call::cancel_enactment {
			index: upgrade,
		});
		let stop = propose(2, emergency(), cancel);
		vote(stop, 1..=6, true);
		while !approved(stop) {
			run_for(1);
		}
		run_for(rehearsal::EMERGENCY.enactment + 1);
		assert!(
			System::block_number() < enactment_due,
			"the emergency decision came before the upgrade's enactment was due"
		);
		assert!(dispatched_results().iter().all(|r| r.is_ok()));
		run_for(whole_course(0));
		assert!(!root_call_enacted(), "the cancelled upgrade never ran");
		// Cancelling again, or a referendum that was never approved, is refused.
		assert_noop!(
			super::origins::Pallet::<Runtime>::cancel_enactment(
				RuntimeOrigin::from(emergency()),
				upgrade
			),
			super::origins::Error::<Runtime>::NotWaiting
		);
		assert_noop!(
			super::origins::Pallet::<Runtime>::cancel_enactment(
				RuntimeOrigin::from(emergency()),
				99
			),
			super::origins::Error::<Runtime>::NotApproved
		);
		assert_noop!(
			super::origins::Pallet::<Runtime>::cancel_enactment(RuntimeOrigin::root(), upgrade),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_emergency_track_neither_schedules_nor_cancels_by_hand() {
	chain(4).execute_with(|| {
		let schedule = RuntimeCall::Scheduler(pallet_scheduler::Call::schedule_after {
			after: 100,
			maybe_periodic: None,
			priority: 0,
			call: Box::new(root_only_call()),
		});
		let cancel = RuntimeCall::Scheduler(pallet_scheduler::Call::cancel_named {
			id: super::ReferendaEnactments::name(0),
		});
		let admit = RuntimeCall::Organizations(pallet_organizations::Call::admit {
			admin: seat(OUTSIDER),
			roles: vec![Role::Pharmacy].try_into().unwrap(),
			credentials: Commitment::repeat_byte(9),
		});
		for call in [schedule, cancel, admit] {
			let index = propose(1, emergency(), call);
			vote(index, 1..=4, true);
		}
		run_for(whole_course(2));
		let results = dispatched_results();
		assert_eq!(results.iter().filter(|r| **r == Err(DispatchError::BadOrigin)).count(), 3);
		assert!(Organizations::organization_of(&seat(OUTSIDER)).is_none());
	});
}

#[test]
fn the_emergency_track_needs_three_quarters_two_thirds_is_not_enough() {
	chain(9).execute_with(|| {
		let suspend = RuntimeCall::Organizations(pallet_organizations::Call::suspend_role {
			organization: 0,
			role: Role::Clinic,
		});
		let index = propose(2, emergency(), suspend.clone());
		vote(index, 2..=7, true); // six of nine: two thirds
		run_for(whole_course(2));
		assert!(rejected(index));
		assert!(Organizations::has_active_role(0, Role::Clinic));

		let index = propose(2, emergency(), suspend);
		vote(index, 2..=8, true); // seven of nine
		run_for(rehearsal::EMERGENCY.prepare + rehearsal::EMERGENCY.confirm + 3);
		assert!(approved(index));
		assert!(!Organizations::has_active_role(0, Role::Clinic), "suspended fast");
		// A suspended organisation neither votes nor submits.
		let next = propose(2, root(), root_only_call());
		assert_noop!(
			Organizations::vote(RuntimeOrigin::signed(seat(1)), next, true),
			RegistryError::OrganizationSuspended
		);
		let bounded = <crate::Preimage as StorePreimage>::bound(root_only_call()).unwrap();
		assert_noop!(
			Referenda::submit(
				RuntimeOrigin::signed(seat(1)),
				Box::new(root()),
				bounded,
				DispatchTime::After(0)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_emergency_track_cannot_reach_root() {
	assert_cannot_reach_root(emergency(), 2);
}

#[test]
fn root_retires_the_sudo_key() {
	chain(3).execute_with(|| {
		assert!(pallet_sudo::Key::<Runtime>::get().is_some());
		let index = propose(1, root(), RuntimeCall::Sudo(pallet_sudo::Call::remove_key {}));
		vote(index, 1..=2, true);
		run_for(whole_course(0));
		assert!(approved(index));
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_noop!(
			Sudo::sudo(RuntimeOrigin::signed(seat(1)), Box::new(root_only_call())),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
}

#[test]
fn production_periods_are_long_and_metadata_shows_them() {
	use pallet_referenda::TracksInfo as _;
	let [root, business, emergency] = periods(Pace::Production);
	assert_eq!(root.enactment, 2 * crate::DAYS);
	assert!(root.enactment > business.enactment && business.enactment > emergency.enactment);
	assert!(emergency.decision < business.decision);
	// Outside any block (natively built metadata), the tracks show the production pace.
	let enactment: Vec<u32> =
		tracks::TracksInfo::tracks().map(|t| t.info.min_enactment_period).collect();
	assert_eq!(enactment, vec![root.enactment, business.enactment, emergency.enactment]);
	// In a rehearsal chain's state, the rehearsal pace.
	chain(1).execute_with(|| {
		let enactment: Vec<u32> =
			tracks::TracksInfo::tracks().map(|t| t.info.min_enactment_period).collect();
		assert_eq!(enactment, vec![10, 1, 1]);
	});
}
