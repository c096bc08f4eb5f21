//! Unit tests: every call and error, and the fee path — who pays, the allowance and its period,
//! and what is refused before a block.

use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, PostDispatchInfo},
	traits::{fungible::InspectHold, Currency},
};
use healthchain_primitives::{Role, Sponsors};
use pallet_transaction_payment::OnChargeTransaction;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

use crate::{
	mock::*, Error, Event, HoldReason, Offers, Sponsorships, ALLOWANCE_EXHAUSTED, SPONSORED_TIP,
};

type Fees = <Test as pallet_transaction_payment::Config>::OnChargeTransaction;
type Charged = <Fees as OnChargeTransaction<Test>>::LiquidityInfo;

fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::SponsorshipDeposit.into(), &who)
}

/// `payer` offers to sponsor `account`, and `account` accepts.
fn sponsor(payer: u64, account: u64, allowance: u64) {
	offer(payer, account, allowance);
	assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(account), payer));
}

/// `payer` offers to sponsor `account`.
fn offer(payer: u64, account: u64, allowance: u64) {
	assert_ok!(Sponsorship::sponsor(RuntimeOrigin::signed(payer), account, allowance));
}

fn accept(payer: u64) -> RuntimeCall {
	RuntimeCall::Sponsorship(crate::Call::accept_sponsorship { payer })
}

fn spent(account: u64) -> u64 {
	Sponsorships::<Test>::get(account).expect("sponsored").spent
}

/// Validates, then withdraws, `fee` for `call` signed by `who`, as the transaction extension does
/// in the pool and then in a block.
fn charge(
	who: u64,
	call: &RuntimeCall,
	fee: u64,
	tip: u64,
) -> Result<Charged, TransactionValidityError> {
	let info = DispatchInfo::default();
	Fees::can_withdraw_fee(&who, call, &info, fee, tip)?;
	Fees::withdraw_fee(&who, call, &info, fee, tip)
}

/// Settles a charged fee at `actual` (with tip `tip`) after dispatch.
fn settle(who: u64, actual: u64, tip: u64, charged: Charged) {
	let (info, post) = (DispatchInfo::default(), PostDispatchInfo::default());
	assert_ok!(Fees::correct_and_deposit_fee(&who, &info, &post, actual, tip, charged));
}

fn decline(account: u64) -> RuntimeCall {
	RuntimeCall::Sponsorship(crate::Call::end_sponsorship { account })
}

fn exhausted() -> TransactionValidityError {
	InvalidTransaction::Custom(ALLOWANCE_EXHAUSTED).into()
}

fn cannot_pay() -> TransactionValidityError {
	InvalidTransaction::Payment.into()
}

#[test]
fn a_member_sponsors_an_account_that_holds_nothing() {
	ExtBuilder.build_and_execute(|| {
		assert!(!System::account_exists(&PATIENT));
		offer(HOSPITAL_STAFF, PATIENT, 300);
		System::assert_last_event(Event::Offered { account: PATIENT, allowance: 300 }.into());
		let o = Offers::<Test>::get(PATIENT, HOSPITAL_STAFF).unwrap();
		assert_eq!((o.organization, o.allowance, o.deposit), (HOSPITAL, 300, DEPOSIT));
		// The account exists, so it can sign its acceptance, though it holds nothing.
		assert!(System::account_exists(&PATIENT));
		assert!(!Sponsorships::<Test>::contains_key(PATIENT));
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), HOSPITAL_STAFF));
		assert!(!Offers::<Test>::contains_key(PATIENT, HOSPITAL_STAFF));
		let s = Sponsorships::<Test>::get(PATIENT).unwrap();
		assert_eq!(
			(s.organization, s.payer, s.allowance, s.spent),
			(HOSPITAL, HOSPITAL_STAFF, 300, 0)
		);
		assert_eq!(held(HOSPITAL_STAFF), DEPOSIT);
		// The account now exists (with a nonce) though it holds nothing.
		assert!(System::account_exists(&PATIENT));
		assert_eq!(free(PATIENT), 0);
		System::assert_last_event(Event::Sponsored { account: PATIENT, allowance: 300 }.into());
	});
}

#[test]
fn only_members_of_active_organisations_sponsor() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(FUNDED_PATIENT), PATIENT, 10),
			Error::<Test>::NotMember
		);
		suspend(CLINIC, Role::Clinic);
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(CLINIC_STAFF), PATIENT, 10),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn sponsoring_checks_the_account_and_the_allowance() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(HOSPITAL_STAFF), HOSPITAL_STAFF, 10),
			Error::<Test>::SelfSponsorship
		);
		for allowance in [0, MAX_ALLOWANCE + 1] {
			assert_noop!(
				Sponsorship::sponsor(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, allowance),
				Error::<Test>::InvalidAllowance
			);
		}
		offer(HOSPITAL_STAFF, PATIENT, MAX_ALLOWANCE);
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, 10),
			Error::<Test>::AlreadyOffered
		);
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), HOSPITAL_STAFF));
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, 10),
			Error::<Test>::AlreadySponsored
		);
		// One sponsor per account: a second organisation's offer waits, and takes over only
		// when the patient accepts it; the first sponsorship's deposit goes back.
		offer(CLINIC_STAFF, PATIENT, 10);
		assert_eq!(Sponsorships::<Test>::get(PATIENT).unwrap().payer, HOSPITAL_STAFF);
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), CLINIC_STAFF));
		System::assert_has_event(Event::SponsorshipEnded { account: PATIENT }.into());
		System::assert_last_event(Event::Sponsored { account: PATIENT, allowance: 10 }.into());
		assert_eq!(Sponsorships::<Test>::get(PATIENT).unwrap().payer, CLINIC_STAFF);
		assert_eq!((held(HOSPITAL_STAFF), held(CLINIC_STAFF)), (0, DEPOSIT));
	});
}

#[test]
fn the_payer_pays_the_sponsorship_deposit() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(POOR_STAFF), PATIENT, 10),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert!(!Offers::<Test>::contains_key(PATIENT, POOR_STAFF));
		assert!(!System::account_exists(&PATIENT));
	});
}

#[test]
fn the_payer_sets_the_allowance() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_ok!(Sponsorship::set_allowance(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, 20));
		assert_eq!(Sponsorships::<Test>::get(PATIENT).unwrap().allowance, 20);
		System::assert_last_event(Event::AllowanceSet { account: PATIENT, allowance: 20 }.into());
		// Not another member of the same organisation, nor anyone else.
		for who in [HOSPITAL_CLERK, CLINIC_STAFF] {
			assert_noop!(
				Sponsorship::set_allowance(RuntimeOrigin::signed(who), PATIENT, 30),
				Error::<Test>::NotAuthorized
			);
		}
		assert_noop!(
			Sponsorship::set_allowance(RuntimeOrigin::signed(PATIENT), PATIENT, 30),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Sponsorship::set_allowance(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, 0),
			Error::<Test>::InvalidAllowance
		);
		assert_noop!(
			Sponsorship::set_allowance(RuntimeOrigin::signed(HOSPITAL_STAFF), STRANGER, 30),
			Error::<Test>::NotSponsored
		);
	});
}

#[test]
fn the_patient_or_the_sponsor_ends_a_sponsorship() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		for who in [CLINIC_STAFF, HOSPITAL_CLERK] {
			assert_noop!(
				Sponsorship::end_sponsorship(RuntimeOrigin::signed(who), PATIENT),
				Error::<Test>::NotAuthorized
			);
		}
		assert_ok!(Sponsorship::end_sponsorship(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT));
		assert_eq!(held(HOSPITAL_STAFF), 0);
		assert_eq!(free(HOSPITAL_STAFF), ENDOWMENT);
		// The account stays, with its nonce: nothing it signed can be replayed later.
		assert!(System::account_exists(&PATIENT));
		System::assert_last_event(Event::SponsorshipEnded { account: PATIENT }.into());
		assert_noop!(
			Sponsorship::end_sponsorship(RuntimeOrigin::signed(PATIENT), PATIENT),
			Error::<Test>::NotSponsored
		);

		// The patient declines a sponsorship; governance may end any.
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_ok!(Sponsorship::end_sponsorship(RuntimeOrigin::signed(PATIENT), PATIENT));
		assert!(!Sponsorships::<Test>::contains_key(PATIENT));
		sponsor(CLINIC_STAFF, PATIENT, 300);
		assert_ok!(Sponsorship::end_sponsorship(RuntimeOrigin::root(), PATIENT));
		assert!(!Sponsorships::<Test>::contains_key(PATIENT));
	});
}

#[test]
fn a_sponsored_account_is_never_removed_so_its_nonce_never_restarts() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		System::inc_account_nonce(PATIENT);
		System::inc_account_nonce(PATIENT);
		assert_ok!(Sponsorship::end_sponsorship(RuntimeOrigin::signed(PATIENT), PATIENT));
		assert_eq!(System::account_nonce(PATIENT), 2);
		// Sponsored again: one sufficient reference, not two.
		sponsor(CLINIC_STAFF, PATIENT, 300);
		assert_eq!(System::sufficients(&PATIENT), 1);
		assert_eq!(System::account_nonce(PATIENT), 2);
	});
}

#[test]
fn declining_is_paid_beyond_the_allowance() {
	ExtBuilder.build_and_execute(|| {
		// A sponsor leaves one unit a day: the patient cannot act, but can always leave.
		sponsor(HOSPITAL_STAFF, PATIENT, 1);
		assert_eq!(charge(PATIENT, &patient_call(), 10, 0).err(), Some(exhausted()));
		let before = free(HOSPITAL_STAFF);
		let charged = charge(PATIENT, &decline(PATIENT), 10, 0).expect("the sponsor pays");
		settle(PATIENT, 10, 0, charged);
		assert_eq!(free(HOSPITAL_STAFF), before - 10);
		// Ending someone else's sponsorship is no refusal: the signer pays, and has nothing.
		sponsor(HOSPITAL_STAFF, STRANGER, 300);
		assert_eq!(charge(PATIENT, &decline(STRANGER), 10, 0).err(), Some(cannot_pay()));
	});
}

#[test]
fn the_allowance_may_drop_below_what_was_spent() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		let charged = charge(PATIENT, &patient_call(), 100, 0).unwrap();
		settle(PATIENT, 100, 0, charged);
		assert_ok!(Sponsorship::set_allowance(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, 50));
		assert_eq!(charge(PATIENT, &patient_call(), 1, 0).err(), Some(exhausted()));
	});
}

#[test]
fn a_funded_account_survives_the_end_of_its_sponsorship() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, FUNDED_PATIENT, 300);
		assert_ok!(Sponsorship::end_sponsorship(
			RuntimeOrigin::signed(FUNDED_PATIENT),
			FUNDED_PATIENT
		));
		assert!(System::account_exists(&FUNDED_PATIENT));
		assert_eq!(free(FUNDED_PATIENT), ENDOWMENT);
	});
}

#[test]
fn a_suspended_sponsor_pays_nothing_meanwhile() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		suspend(HOSPITAL, Role::Hospital);
		assert_eq!(charge(PATIENT, &patient_call(), 10, 0).err(), Some(cannot_pay()));
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&PATIENT), PATIENT);
		// A suspension is temporary: strangers may not end the sponsorship meanwhile.
		assert_noop!(
			Sponsorship::end_sponsorship(RuntimeOrigin::signed(STRANGER), PATIENT),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn a_payer_who_left_the_organisation_pays_nothing_and_anyone_may_end_it() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		remove_organization(HOSPITAL);
		assert_eq!(charge(PATIENT, &patient_call(), 10, 0).err(), Some(cannot_pay()));
		assert_ok!(Sponsorship::end_sponsorship(RuntimeOrigin::signed(STRANGER), PATIENT));
		assert_eq!(held(HOSPITAL_STAFF), 0);
	});
}

#[test]
fn the_payer_pays_a_sponsored_patients_fee_and_gets_the_unused_part_back() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		let before = free(HOSPITAL_STAFF);
		let charged = charge(PATIENT, &patient_call(), 100, 0).expect("the sponsor pays");
		assert_eq!(free(HOSPITAL_STAFF), before - 100);
		assert_eq!(spent(PATIENT), 100);
		settle(PATIENT, 60, 0, charged);
		assert_eq!(free(HOSPITAL_STAFF), before - 60);
		assert_eq!(spent(PATIENT), 60);
		assert_eq!(free(PATIENT), 0);
	});
}

#[test]
fn the_allowance_bounds_what_a_patient_spends_per_period() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		for _ in 0..3 {
			let charged = charge(PATIENT, &patient_call(), 100, 0).unwrap();
			settle(PATIENT, 100, 0, charged);
		}
		// Refused at validation: the pool drops it before any block.
		let info = DispatchInfo::default();
		assert_eq!(
			Fees::can_withdraw_fee(&PATIENT, &patient_call(), &info, 1, 0),
			Err(exhausted())
		);
		assert_eq!(charge(PATIENT, &patient_call(), 1, 0).err(), Some(exhausted()));
		// The next period starts afresh.
		System::set_block_number(1 + PERIOD);
		let charged = charge(PATIENT, &patient_call(), 100, 0).unwrap();
		settle(PATIENT, 100, 0, charged);
		assert_eq!(spent(PATIENT), 100);
		assert_eq!(Sponsorships::<Test>::get(PATIENT).unwrap().period_start, 1 + PERIOD);
	});
}

#[test]
fn a_sponsored_transaction_may_not_tip() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(
			charge(PATIENT, &patient_call(), 20, 10).err(),
			Some(InvalidTransaction::Custom(SPONSORED_TIP).into())
		);
	});
}

#[test]
fn no_free_path_for_accounts_nobody_sponsors_or_for_other_calls() {
	ExtBuilder.build_and_execute(|| {
		// Nobody sponsors the stranger, who holds nothing.
		assert_eq!(charge(STRANGER, &patient_call(), 10, 0).err(), Some(cannot_pay()));
		// A sponsored patient's other calls are theirs to pay.
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(charge(PATIENT, &other_call(), 10, 0).err(), Some(cannot_pay()));
		assert_eq!(spent(PATIENT), 0);
	});
}

#[test]
fn accounts_without_a_sponsorship_pay_as_before() {
	ExtBuilder.build_and_execute(|| {
		// A fee of 100 with a tip of 5, of which 70 (tip included) turns out due.
		let charged = charge(FUNDED_PATIENT, &patient_call(), 100, 5).unwrap();
		assert_eq!(free(FUNDED_PATIENT), ENDOWMENT - 100);
		settle(FUNDED_PATIENT, 70, 5, charged);
		assert_eq!(free(FUNDED_PATIENT), ENDOWMENT - 70);
	});
}

#[test]
fn a_payer_that_cannot_pay_is_refused_before_a_block() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, MAX_ALLOWANCE);
		let _ = Balances::make_free_balance_be(&HOSPITAL_STAFF, DEPOSIT + 5);
		assert_eq!(charge(PATIENT, &patient_call(), 100, 0).err(), Some(cannot_pay()));
		assert_eq!(spent(PATIENT), 0);
	});
}

#[test]
fn deposits_of_a_sponsored_account_are_paid_by_the_payer() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&PATIENT), PATIENT);
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&PATIENT), HOSPITAL_STAFF);
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&STRANGER), STRANGER);
	});
}

/// The one-look-up answer a patient's own deposit asks for is the two answers it replaces,
/// with a sponsorship in force and without one.
#[test]
fn the_deposit_payer_and_the_weight_come_from_one_look_up_as_from_two() {
	ExtBuilder.build_and_execute(|| {
		let both = |who| <Sponsorship as Sponsors<u64>>::deposit_payer_and_weight_used(&who);
		let apart = |who| {
			(
				<Sponsorship as Sponsors<u64>>::deposit_payer(&who),
				<Sponsorship as Sponsors<u64>>::sponsored_call_weight_used(&who),
			)
		};
		assert_eq!(both(PATIENT), apart(PATIENT));
		assert_eq!(both(PATIENT).0, PATIENT);
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(both(PATIENT), apart(PATIENT));
		assert_eq!(
			both(PATIENT),
			(HOSPITAL_STAFF, <Sponsorship as Sponsors<u64>>::sponsored_call_weight())
		);
		assert_eq!(both(STRANGER), apart(STRANGER));
		// Stored but not in force (its sponsor's organisation suspended): the patient pays.
		suspend(HOSPITAL, Role::Hospital);
		assert_eq!(both(PATIENT), apart(PATIENT));
		assert_eq!(both(PATIENT).0, PATIENT);
	});
}

#[test]
fn a_sponsored_fee_is_counted_before_it_is_charged_and_may_be_refused() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		SponsoredFeesCounted::set(0);
		// A fee its signer pays, and a call no sponsorship pays for, are not counted.
		settle(FUNDED_PATIENT, 5, 0, charge(FUNDED_PATIENT, &patient_call(), 5, 0).unwrap());
		settle(HOSPITAL_STAFF, 5, 0, charge(HOSPITAL_STAFF, &other_call(), 5, 0).unwrap());
		assert_eq!(SponsoredFeesCounted::get(), 0);
		// A sponsored one is.
		settle(PATIENT, 5, 0, charge(PATIENT, &patient_call(), 5, 0).unwrap());
		assert_eq!(SponsoredFeesCounted::get(), 1);
		assert_eq!(spent(PATIENT), 5);
		// A block with no room left: refused before anything is written, neither the payer's
		// balance nor the allowance's spending moves. Validation (the pool's) is not counted.
		SponsoredFeeRoom::set(0);
		let before = free(HOSPITAL_STAFF);
		let info = DispatchInfo::default();
		assert_ok!(Fees::can_withdraw_fee(&PATIENT, &patient_call(), &info, 5, 0));
		let refused = Fees::withdraw_fee(&PATIENT, &patient_call(), &info, 5, 0);
		assert_eq!(refused.err(), Some(InvalidTransaction::ExhaustsResources.into()));
		assert_eq!((free(HOSPITAL_STAFF), spent(PATIENT)), (before, 5));
		assert_eq!(SponsoredFeesCounted::get(), 1);
	});
}

/// A call a sponsored account may sign keeps a sponsor's part of its weight only while a
/// sponsorship of its signer is in force — a sponsor paid its fee — and the look-ups alone
/// otherwise; declining one's own sponsorship keeps all of it, ending another's or
/// governance's ending keeps what they used.
#[test]
fn only_a_sponsored_signer_keeps_the_sponsors_part_of_the_weight() {
	use crate::WeightInfo;
	use frame_support::dispatch::GetDispatchInfo;
	type W = <Test as crate::Config>::WeightInfo;
	let full = <Sponsorship as Sponsors<u64>>::sponsored_call_weight();
	// Three look-ups' time, one look-up's proof: they read the same keys.
	let lookup = <W as WeightInfo>::deposit_payer();
	let lookups =
		frame_support::weights::Weight::from_parts(3 * lookup.ref_time(), lookup.proof_size());
	assert_eq!(full, W::charge_sponsored() + lookup * 2);
	assert!(lookups.all_lt(full), "the look-ups are part of a sponsored call's weight");
	let used = |r: Result<PostDispatchInfo, _>| r.expect("dispatched").actual_weight;
	ExtBuilder.build_and_execute(|| {
		let kept = |who| <Sponsorship as Sponsors<u64>>::sponsored_call_weight_used(&who);
		assert_eq!(kept(PATIENT), lookups);
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(kept(PATIENT), full);

		let declared = decline(PATIENT).get_dispatch_info().call_weight;
		assert_eq!(declared, W::end_sponsorship() + full);
		// Declining one's own sponsorship in force: the sponsor paid.
		assert_eq!(
			used(Sponsorship::end_sponsorship(RuntimeOrigin::signed(PATIENT), PATIENT)),
			Some(W::end_sponsorship() + full)
		);
		// The payer ending it paid their own fee.
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(
			used(Sponsorship::end_sponsorship(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT)),
			Some(W::end_sponsorship() + lookups)
		);
		// Governance pays no fee.
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		assert_eq!(
			used(Sponsorship::end_sponsorship(RuntimeOrigin::root(), PATIENT)),
			Some(W::end_sponsorship())
		);
		// Not in force while the sponsoring organisation is suspended: the patient pays.
		sponsor(HOSPITAL_STAFF, PATIENT, 300);
		suspend(HOSPITAL, Role::Hospital);
		assert_eq!(kept(PATIENT), lookups);
	});
}

/// The audit's attack (session 45): a member makes itself the payer of a patient who did not
/// ask, then empties its balance, so that every patient operation — revoking a consent,
/// withdrawing from a trial, declining — is refused in the pool. An offer pays nothing and
/// changes nothing for the patient until the patient accepts it.
#[test]
fn an_offer_nobody_accepted_changes_nothing_for_the_account() {
	ExtBuilder.build_and_execute(|| {
		offer(HOSPITAL_STAFF, FUNDED_PATIENT, MAX_ALLOWANCE);
		offer(HOSPITAL_STAFF, PATIENT, MAX_ALLOWANCE);
		let _ = Balances::make_free_balance_be(&HOSPITAL_STAFF, 5);
		// The patient with funds pays their own operations and declines nothing.
		let charged = charge(FUNDED_PATIENT, &patient_call(), 100, 0).expect("pays itself");
		settle(FUNDED_PATIENT, 100, 0, charged);
		assert_eq!(free(FUNDED_PATIENT), ENDOWMENT - 100);
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&FUNDED_PATIENT), FUNDED_PATIENT);
		// The one without funds is where it was: nobody pays for it.
		assert_eq!(charge(PATIENT, &patient_call(), 10, 0).err(), Some(cannot_pay()));
		assert_eq!(charge(PATIENT, &decline(PATIENT), 10, 0).err(), Some(cannot_pay()));
		assert_eq!(<Sponsorship as Sponsors<u64>>::deposit_payer(&PATIENT), PATIENT);
		// Nor does an offer's member pay an acceptance it cannot pay (the pool refuses it).
		assert_eq!(charge(PATIENT, &accept(HOSPITAL_STAFF), 100, 0).err(), Some(cannot_pay()));
		assert!(!Sponsorships::<Test>::contains_key(PATIENT));
	});
}

/// Session 45's second read: an offer and a sponsorship from the same payer never coexist,
/// and the invariants say so, as a state built by hand shows.
#[test]
fn an_offer_from_the_payer_already_sponsoring_the_account_breaks_the_invariants() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, MAX_ALLOWANCE);
		offer(CLINIC_STAFF, PATIENT, MAX_ALLOWANCE);
		assert_noop!(
			Sponsorship::sponsor(RuntimeOrigin::signed(HOSPITAL_STAFF), PATIENT, MAX_ALLOWANCE),
			Error::<Test>::AlreadySponsored
		);
		assert_ok!(Sponsorship::do_try_state());
		let taken = Offers::<Test>::take(PATIENT, CLINIC_STAFF).expect("offered");
		Offers::<Test>::insert(PATIENT, HOSPITAL_STAFF, taken.clone());
		assert_eq!(
			Sponsorship::do_try_state(),
			Err("an offer from the payer already sponsoring the account".into())
		);
		Offers::<Test>::remove(PATIENT, HOSPITAL_STAFF);
		Offers::<Test>::insert(PATIENT, CLINIC_STAFF, taken);
		assert_ok!(Sponsorship::do_try_state());
	});
}

#[test]
fn the_offering_member_pays_the_acceptance_outside_any_allowance() {
	ExtBuilder.build_and_execute(|| {
		offer(HOSPITAL_STAFF, PATIENT, 1);
		SponsoredFeesCounted::set(0);
		let before = free(HOSPITAL_STAFF);
		let charged = charge(PATIENT, &accept(HOSPITAL_STAFF), 100, 0).expect("the member pays");
		assert_eq!(free(HOSPITAL_STAFF), before - 100);
		assert_eq!(SponsoredFeesCounted::get(), 1, "counted as a sponsored fee's writes");
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), HOSPITAL_STAFF));
		settle(PATIENT, 60, 0, charged);
		// The unused part back to the member; nothing counted against the new allowance.
		assert_eq!(free(HOSPITAL_STAFF), before - 60);
		assert_eq!(spent(PATIENT), 0);
		assert_eq!(free(PATIENT), 0);
		// Accepted: the offer is gone, so a second acceptance is the signer's to pay.
		assert_eq!(charge(PATIENT, &accept(HOSPITAL_STAFF), 10, 0).err(), Some(cannot_pay()));
		// An offer pays no tip, and no call that accepts another account's offer.
		offer(CLINIC_STAFF, PATIENT, 300);
		assert_eq!(
			charge(PATIENT, &accept(CLINIC_STAFF), 20, 10).err(),
			Some(InvalidTransaction::Custom(SPONSORED_TIP).into())
		);
		assert_eq!(charge(STRANGER, &accept(CLINIC_STAFF), 10, 0).err(), Some(cannot_pay()));
		let charged = charge(PATIENT, &accept(CLINIC_STAFF), 10, 0).expect("the clinic pays");
		settle(PATIENT, 10, 0, charged);
		assert_eq!(free(CLINIC_STAFF), ENDOWMENT - DEPOSIT - 10);
	});
}

#[test]
fn only_an_offer_in_force_is_accepted() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), HOSPITAL_STAFF),
			Error::<Test>::NoOffer
		);
		offer(HOSPITAL_STAFF, PATIENT, 300);
		// Only the account the offer was made to accepts it.
		assert_noop!(
			Sponsorship::accept_sponsorship(RuntimeOrigin::signed(STRANGER), HOSPITAL_STAFF),
			Error::<Test>::NoOffer
		);
		suspend(HOSPITAL, Role::Hospital);
		// The suspended organisation's member pays nothing, so the patient would pay.
		assert_eq!(charge(PATIENT, &accept(HOSPITAL_STAFF), 10, 0).err(), Some(cannot_pay()));
		assert_noop!(
			Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), HOSPITAL_STAFF),
			Error::<Test>::OfferNotInForce
		);
		offer(CLINIC_STAFF, PATIENT, 300);
		remove_organization(CLINIC);
		assert_noop!(
			Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), CLINIC_STAFF),
			Error::<Test>::OfferNotInForce
		);
	});
}

#[test]
fn offers_wait_side_by_side_until_withdrawn() {
	ExtBuilder.build_and_execute(|| {
		offer(HOSPITAL_STAFF, PATIENT, 300);
		offer(HOSPITAL_CLERK, PATIENT, 200);
		offer(CLINIC_STAFF, PATIENT, 100);
		assert_eq!(Offers::<Test>::iter_prefix(PATIENT).count(), 3);
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), CLINIC_STAFF));
		assert_eq!(held(CLINIC_STAFF), DEPOSIT, "the offer's deposit stays for the sponsorship");
		// Neither another member of the offering organisation nor a stranger withdraws it.
		for who in [HOSPITAL_CLERK, STRANGER, CLINIC_STAFF] {
			assert_noop!(
				Sponsorship::withdraw_offer(RuntimeOrigin::signed(who), PATIENT, HOSPITAL_STAFF),
				Error::<Test>::NotAuthorized
			);
		}
		// The member that made it does.
		assert_ok!(Sponsorship::withdraw_offer(
			RuntimeOrigin::signed(HOSPITAL_STAFF),
			PATIENT,
			HOSPITAL_STAFF
		));
		System::assert_last_event(Event::OfferWithdrawn { account: PATIENT }.into());
		assert_eq!((held(HOSPITAL_STAFF), free(HOSPITAL_STAFF)), (0, ENDOWMENT));
		assert_noop!(
			Sponsorship::withdraw_offer(
				RuntimeOrigin::signed(HOSPITAL_STAFF),
				PATIENT,
				HOSPITAL_STAFF
			),
			Error::<Test>::NoOffer
		);
		// The account refuses one; governance withdraws any.
		assert_ok!(Sponsorship::withdraw_offer(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			HOSPITAL_CLERK
		));
		assert_eq!(held(HOSPITAL_CLERK), 0);
		offer(HOSPITAL_CLERK, STRANGER, 100);
		assert_ok!(Sponsorship::withdraw_offer(RuntimeOrigin::root(), STRANGER, HOSPITAL_CLERK));
		assert_eq!(held(HOSPITAL_CLERK), 0);
		// Anyone, once the member has left its organisation: the offer can never pay.
		offer(HOSPITAL_STAFF, STRANGER, 100);
		remove_organization(HOSPITAL);
		assert_ok!(Sponsorship::withdraw_offer(
			RuntimeOrigin::signed(FUNDED_PATIENT),
			STRANGER,
			HOSPITAL_STAFF
		));
		assert_eq!(held(HOSPITAL_STAFF), 0);
		assert_eq!(Offers::<Test>::iter().count(), 0);
	});
}

/// Accepting and refusing declare the sponsor's part of their weight, which the offering
/// member's fee path uses; a withdrawal keeps it whenever the account refuses, since the fee
/// path looked the offer and its member up even for an offer that could not pay.
#[test]
fn accepting_and_refusing_declare_the_sponsors_part_of_their_weight() {
	use crate::WeightInfo;
	use frame_support::dispatch::GetDispatchInfo;
	type W = <Test as crate::Config>::WeightInfo;
	let full = <Sponsorship as Sponsors<u64>>::sponsored_call_weight();
	let withdraw =
		|account, payer| RuntimeCall::Sponsorship(crate::Call::withdraw_offer { account, payer });
	assert_eq!(
		accept(HOSPITAL_STAFF).get_dispatch_info().call_weight,
		W::accept_sponsorship() + full
	);
	assert_eq!(
		withdraw(PATIENT, HOSPITAL_STAFF).get_dispatch_info().call_weight,
		W::withdraw_offer() + full
	);
	let used = |r: Result<PostDispatchInfo, _>| r.expect("dispatched").actual_weight;
	ExtBuilder.build_and_execute(|| {
		offer(HOSPITAL_STAFF, PATIENT, 300);
		offer(HOSPITAL_CLERK, PATIENT, 300);
		assert_eq!(
			used(Sponsorship::withdraw_offer(
				RuntimeOrigin::signed(PATIENT),
				PATIENT,
				HOSPITAL_STAFF
			)),
			Some(W::withdraw_offer() + full)
		);
		assert_eq!(
			used(Sponsorship::withdraw_offer(
				RuntimeOrigin::signed(HOSPITAL_CLERK),
				PATIENT,
				HOSPITAL_CLERK
			)),
			Some(W::withdraw_offer())
		);
		// An offer whose member left cannot pay: the account pays its own refusal, but its fee
		// path still read the offer and the member's organisation, so the weight stays.
		offer(HOSPITAL_STAFF, FUNDED_PATIENT, 300);
		remove_organization(HOSPITAL);
		let (before, staff) = (free(FUNDED_PATIENT), free(HOSPITAL_STAFF));
		charge(FUNDED_PATIENT, &withdraw(FUNDED_PATIENT, HOSPITAL_STAFF), 10, 0).expect("paid");
		assert_eq!(
			(free(FUNDED_PATIENT), free(HOSPITAL_STAFF)),
			(before - 10, staff),
			"the account pays its own refusal"
		);
		assert_eq!(
			used(Sponsorship::withdraw_offer(
				RuntimeOrigin::signed(FUNDED_PATIENT),
				FUNDED_PATIENT,
				HOSPITAL_STAFF
			)),
			Some(W::withdraw_offer() + full)
		);
	});
}

/// The audit's second finding (session 45): a sponsor the patient accepted that then empties
/// its payer leaves every patient operation, declining included, refused. Another provider's
/// offer, which that provider pays to accept, is the way out without governance.
#[test]
fn a_patient_whose_sponsor_stopped_paying_moves_to_another_offer() {
	ExtBuilder.build_and_execute(|| {
		sponsor(HOSPITAL_STAFF, PATIENT, MAX_ALLOWANCE);
		let _ = Balances::make_free_balance_be(&HOSPITAL_STAFF, 5);
		assert_eq!(charge(PATIENT, &patient_call(), 100, 0).err(), Some(cannot_pay()));
		assert_eq!(charge(PATIENT, &decline(PATIENT), 100, 0).err(), Some(cannot_pay()));
		offer(CLINIC_STAFF, PATIENT, 300);
		let charged = charge(PATIENT, &accept(CLINIC_STAFF), 100, 0).expect("the clinic pays");
		assert_ok!(Sponsorship::accept_sponsorship(RuntimeOrigin::signed(PATIENT), CLINIC_STAFF));
		settle(PATIENT, 100, 0, charged);
		assert_eq!(free(CLINIC_STAFF), ENDOWMENT - DEPOSIT - 100);
		// The old sponsorship's deposit went back to its payer; the patient acts again.
		assert_eq!((held(HOSPITAL_STAFF), free(HOSPITAL_STAFF)), (0, 5 + DEPOSIT));
		let charged = charge(PATIENT, &patient_call(), 100, 0).expect("the clinic pays");
		settle(PATIENT, 100, 0, charged);
		assert_eq!((spent(PATIENT), free(PATIENT)), (100, 0));
	});
}

/// An account that holds nothing refuses an offer it did not ask for at the offering member's
/// expense, once per offer; nobody else's withdrawal is the member's to pay.
#[test]
fn refusing_an_offer_is_paid_by_the_member_that_made_it() {
	ExtBuilder.build_and_execute(|| {
		offer(HOSPITAL_STAFF, PATIENT, 300);
		let refuse = |account, payer| {
			RuntimeCall::Sponsorship(crate::Call::withdraw_offer { account, payer })
		};
		assert_eq!(
			charge(STRANGER, &refuse(PATIENT, HOSPITAL_STAFF), 10, 0).err(),
			Some(cannot_pay())
		);
		let before = free(HOSPITAL_STAFF);
		let charged = charge(PATIENT, &refuse(PATIENT, HOSPITAL_STAFF), 10, 0).expect("paid");
		assert_ok!(Sponsorship::withdraw_offer(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			HOSPITAL_STAFF
		));
		settle(PATIENT, 10, 0, charged);
		assert_eq!(free(HOSPITAL_STAFF), before - 10 + DEPOSIT);
		// Gone: refusing again is the signer's to pay.
		assert_eq!(
			charge(PATIENT, &refuse(PATIENT, HOSPITAL_STAFF), 10, 0).err(),
			Some(cannot_pay())
		);
	});
}
