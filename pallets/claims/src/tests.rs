//! Unit tests: policies, coverage, claims auto-approved, pended, refused with signals, decided,
//! appealed, cancelled, paid, removed; prior authorisation; every error variant; deposits.
//! Invariants after every test.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use healthchain_primitives::{
	claims::{
		ClaimDecision, ClaimId, ClaimStatus, ClaimUse, CoverageId, LineSubmission, Outcome, Party,
		PolicyId, ReasonCode, Rule, ServiceCode, Settlement, Signal,
	},
	records::RecordId,
	Commitment, DataClass, Role,
};
use sp_runtime::{DispatchError, TokenError};

use crate::{
	mock::*, ClaimedPacks, Claims as Store, Coverages, Error, Event, Fingerprints, Flagged,
	HoldReason, NextClaimId, PatientCoverages, RulesOf, SubmissionOf,
};

const VISIT: ServiceCode = ServiceCode::Hcpcs(*b"J1100");
const WHEELCHAIR: ServiceCode = ServiceCode::Hcpcs(*b"E0110");
const UNLISTED: ServiceCode = ServiceCode::Hcpcs(*b"A4216");

fn c(n: u8) -> Commitment {
	Commitment::repeat_byte(n)
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The rule table: a visit (≤ 50 a unit, ≤ 4 units), a wheelchair (≤ 1,000, 1 unit, prior
/// authorisation), the drug (≤ 300, 1 unit).
fn rules() -> RulesOf<Test> {
	BoundedVec::truncate_from(vec![
		Rule { code: VISIT, max_unit_amount: 50, max_units: 4, prior_auth: false },
		Rule { code: WHEELCHAIR, max_unit_amount: 1_000, max_units: 1, prior_auth: true },
		Rule {
			code: ServiceCode::Drug(DRUG),
			max_unit_amount: 300,
			max_units: 1,
			prior_auth: false,
		},
	])
}

/// A policy of `staff`'s insurer, valid from 400 days ago to 400 days ahead.
fn publish(staff: u64) -> PolicyId {
	let id = crate::NextPolicyId::<Test>::get();
	assert_ok!(Claims::publish_policy(
		signed(staff),
		None,
		c(1),
		today() - 400,
		today() + 400,
		rules()
	));
	id
}

/// Covers `patient` by `policy` of `staff`'s insurer, from a year ago to a year ahead.
fn cover(staff: u64, patient: u64, policy: PolicyId) -> CoverageId {
	let id = crate::NextCoverageId::<Test>::get();
	assert_ok!(Claims::record_coverage(
		signed(staff),
		patient,
		policy,
		today() - 365,
		today() + 365
	));
	id
}

/// [`PATIENT`] covered by [`INSURER`]; returns the coverage.
fn covered() -> CoverageId {
	let policy = publish(INSURER_STAFF);
	cover(INSURER_STAFF, PATIENT, policy)
}

fn line(code: ServiceCode, units: u32, amount: u128) -> LineSubmission {
	LineSubmission { code, units, amount, pack: None }
}

fn drug_line(n: u32, amount: u128) -> LineSubmission {
	LineSubmission { code: ServiceCode::Drug(DRUG), units: 1, amount, pack: Some(pack(n).serial) }
}

fn claim_of(
	coverage: CoverageId,
	encounter: Option<RecordId>,
	lines: Vec<LineSubmission>,
) -> SubmissionOf<Test> {
	SubmissionOf::<Test> {
		use_: ClaimUse::Claim,
		coverage,
		service_date: today(),
		bundle: c(2),
		encounter,
		prior_auth: None,
		lines: BoundedVec::truncate_from(lines),
	}
}

fn submit(who: u64, s: SubmissionOf<Test>) -> ClaimId {
	let id = NextClaimId::<Test>::get();
	assert_ok!(Claims::submit_claim(signed(who), s));
	id
}

/// A hospital visit of [`PATIENT`] under `coverage`, with its encounter record.
fn visit(coverage: CoverageId) -> SubmissionOf<Test> {
	claim_of(coverage, Some(encounter(HOSPITAL, PATIENT)), vec![line(VISIT, 2, 80)])
}

fn stored(id: ClaimId) -> crate::ClaimOf<Test> {
	Store::<Test>::get(id).expect("claim stored")
}

fn assert_state(id: ClaimId, outcome: Outcome, decision: ClaimDecision) {
	let claim = stored(id);
	assert_eq!((claim.outcome, claim.decision), (outcome, decision));
}

fn reasons(id: ClaimId) -> Vec<ReasonCode> {
	Claims::claim_info(id).unwrap().reasons
}

fn signals(id: ClaimId) -> Vec<Signal> {
	Claims::claim_info(id).unwrap().signals
}

mod policies_and_coverage {
	use super::*;

	#[test]
	fn a_payer_publishes_versions_and_holds_a_deposit_for_each() {
		ExtBuilder.build_and_execute(|| {
			let policy = publish(INSURER_STAFF);
			System::assert_last_event(
				Event::PolicyPublished { policy, version: 1, payer: INSURER }.into(),
			);
			assert_ok!(Claims::publish_policy(
				signed(INSURER_STAFF),
				Some(policy),
				c(9),
				1,
				2,
				rules()
			));
			let latest = Claims::policy_info(policy, None).unwrap();
			assert_eq!((latest.version, latest.latest, latest.document), (2, 2, c(9)));
			assert_eq!(Claims::policy_info(policy, Some(1)).unwrap().document, c(1));
			assert_eq!(Claims::policy_info(policy, Some(3)), None);
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::PolicyDeposit.into(), &INSURER_STAFF),
				2 * POLICY_DEPOSIT
			);
		});
	}

	#[test]
	fn policies_refuse_other_roles_other_payers_bad_periods_and_bad_rules() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Claims::publish_policy(signed(HOSPITAL_STAFF), None, c(1), 1, 2, rules()),
				Error::<Test>::NotAuthorized
			);
			let policy = publish(INSURER_STAFF);
			assert_noop!(
				Claims::publish_policy(
					signed(OTHER_INSURER_STAFF),
					Some(policy),
					c(1),
					1,
					2,
					rules()
				),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::publish_policy(signed(INSURER_STAFF), Some(77), c(1), 1, 2, rules()),
				Error::<Test>::UnknownPolicy
			);
			assert_noop!(
				Claims::publish_policy(signed(INSURER_STAFF), None, c(1), 3, 2, rules()),
				Error::<Test>::InvalidPeriod
			);
			let cpt = Rule {
				code: ServiceCode::Hcpcs(*b"99213"),
				max_unit_amount: 1,
				max_units: 1,
				prior_auth: false,
			};
			assert_noop!(
				Claims::publish_policy(
					signed(INSURER_STAFF),
					None,
					c(1),
					1,
					2,
					BoundedVec::truncate_from(vec![cpt])
				),
				Error::<Test>::InvalidRule
			);
			let no_units =
				Rule { code: VISIT, max_unit_amount: 1, max_units: 0, prior_auth: false };
			assert_noop!(
				Claims::publish_policy(
					signed(INSURER_STAFF),
					None,
					c(1),
					1,
					2,
					BoundedVec::truncate_from(vec![no_units])
				),
				Error::<Test>::InvalidRule
			);
			let twice = BoundedVec::truncate_from(vec![rules()[0], rules()[0]]);
			assert_noop!(
				Claims::publish_policy(signed(INSURER_STAFF), None, c(1), 1, 2, twice),
				Error::<Test>::DuplicateRule
			);
			crate::NextPolicyId::<Test>::put(u32::MAX);
			assert_noop!(
				Claims::publish_policy(signed(INSURER_STAFF), None, c(1), 1, 2, rules()),
				Error::<Test>::IdsExhausted
			);
		});
	}

	#[test]
	fn coverage_is_recorded_queried_ended_and_removed_after_the_claim_window() {
		ExtBuilder.build_and_execute(|| {
			let policy = publish(INSURER_STAFF);
			let coverage = cover(INSURER_STAFF, PATIENT, policy);
			System::assert_last_event(
				Event::CoverageRecorded { coverage, payer: INSURER, policy, patient: PATIENT }
					.into(),
			);
			assert_eq!(Claims::eligibility(&PATIENT, today()).len(), 1);
			assert!(Claims::eligibility(&PATIENT, today() + 366).is_empty());
			assert!(Claims::eligibility(&OTHER_PATIENT, today()).is_empty());

			assert_noop!(
				Claims::end_coverage(signed(INSURER_STAFF), coverage, today() - 1),
				Error::<Test>::InvalidPeriod
			);
			assert_noop!(
				Claims::end_coverage(signed(OTHER_INSURER_STAFF), coverage, today()),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::end_coverage(signed(INSURER_STAFF), 9, today()),
				Error::<Test>::UnknownCoverage
			);
			assert_ok!(Claims::end_coverage(signed(INSURER_STAFF), coverage, today() + 10));
			System::assert_last_event(Event::CoverageEnded { coverage, end: today() + 10 }.into());
			assert!(Claims::eligibility(&PATIENT, today() + 11).is_empty());

			assert_noop!(
				Claims::remove_coverage(signed(OUTSIDER), coverage),
				Error::<Test>::CoverageInUse
			);
			assert_noop!(
				Claims::remove_coverage(signed(OUTSIDER), 9),
				Error::<Test>::UnknownCoverage
			);
			advance((10 + WINDOW as u64 + 1) * DAY);
			assert_ok!(Claims::remove_coverage(signed(OUTSIDER), coverage));
			System::assert_last_event(Event::CoverageRemoved { coverage }.into());
			assert!(!Coverages::<Test>::contains_key(coverage));
			assert!(!PatientCoverages::<Test>::contains_key(PATIENT, INSURER));
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::CoverageDeposit.into(), &INSURER_STAFF),
				0
			);
		});
	}

	#[test]
	fn coverage_refuses_other_payers_unknown_policies_bad_periods_and_too_many() {
		ExtBuilder.build_and_execute(|| {
			let policy = publish(INSURER_STAFF);
			assert_noop!(
				Claims::record_coverage(signed(OTHER_INSURER_STAFF), PATIENT, policy, 1, 2),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::record_coverage(signed(HOSPITAL_STAFF), PATIENT, policy, 1, 2),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::record_coverage(signed(INSURER_STAFF), PATIENT, 5, 1, 2),
				Error::<Test>::UnknownPolicy
			);
			assert_noop!(
				Claims::record_coverage(signed(INSURER_STAFF), PATIENT, policy, 3, 2),
				Error::<Test>::InvalidPeriod
			);
			// A coverage always ends: at most ten years.
			let too_long = 2 + crate::MAX_COVERAGE_DAYS;
			assert_noop!(
				Claims::record_coverage(signed(INSURER_STAFF), PATIENT, policy, 1, too_long),
				Error::<Test>::InvalidPeriod
			);
			cover(INSURER_STAFF, PATIENT, policy);
			cover(INSURER_STAFF, PATIENT, policy);
			assert_noop!(
				Claims::record_coverage(signed(INSURER_STAFF), PATIENT, policy, 1, 2),
				Error::<Test>::TooManyCoverages
			);
			// One payer's full list leaves another payer's free.
			cover(OTHER_INSURER_STAFF, PATIENT, publish(OTHER_INSURER_STAFF));
			assert_eq!(Claims::eligibility(&PATIENT, today()).len(), 3);
			crate::NextCoverageId::<Test>::put(u64::MAX);
			assert_noop!(
				Claims::record_coverage(signed(INSURER_STAFF), OTHER_PATIENT, policy, 1, 2),
				Error::<Test>::IdsExhausted
			);
		});
	}
}

mod submission {
	use super::*;

	#[test]
	fn a_visit_within_the_rules_is_approved_in_the_same_block() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = submit(HOSPITAL_STAFF, visit(coverage));
			assert_state(id, Outcome::Complete, ClaimDecision::Approved);
			let info = Claims::claim_info(id).unwrap();
			assert!(info.auto_adjudicated);
			assert_eq!((info.billed, info.approved), (80, 80));
			assert_eq!((info.provider, info.payer, info.patient), (HOSPITAL, INSURER, PATIENT));
			assert!(info.signals.is_empty() && info.reasons.is_empty());
			System::assert_has_event(
				Event::ClaimSubmitted {
					claim: id,
					use_: ClaimUse::Claim,
					provider: HOSPITAL,
					payer: INSURER,
				}
				.into(),
			);
			System::assert_last_event(
				Event::ClaimAdjudicated {
					claim: id,
					outcome: Outcome::Complete,
					decision: ClaimDecision::Approved,
					approved: 80,
					automatic: true,
				}
				.into(),
			);
			assert_eq!(
				Balances::balance_on_hold(&HoldReason::ClaimDeposit.into(), &HOSPITAL_STAFF),
				CLAIM_DEPOSIT
			);
			assert_eq!(Fingerprints::<Test>::iter_keys().count(), 1);
			assert_eq!(Claims::claims_of(Party::Provider(HOSPITAL), None, 10).len(), 1);
			assert_eq!(Claims::claims_of(Party::Payer(INSURER), None, 10).len(), 1);
			assert!(Claims::claims_of(Party::Payer(OTHER_INSURER), None, 10).is_empty());
		});
	}

	#[test]
	fn a_dispensed_pack_is_claimed_once_by_the_pharmacy_that_dispensed_it() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			dispense(&pack(1), PHARMACY, now());
			let id = submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(1, 250)]));
			assert_state(id, Outcome::Complete, ClaimDecision::Approved);
			assert_eq!(ClaimedPacks::<Test>::get(pack(1)), Some(1));

			// The same pack again, to another payer: a duplicate, pended.
			let other = cover(OTHER_INSURER_STAFF, PATIENT, publish(OTHER_INSURER_STAFF));
			let again = submit(PHARMACY_STAFF, claim_of(other, None, vec![drug_line(1, 250)]));
			assert_state(again, Outcome::Queued, ClaimDecision::Pending);
			assert_eq!(signals(again), vec![Signal::Duplicate]);
			assert_eq!(reasons(again), vec![ReasonCode::Duplicate]);
			System::assert_has_event(
				Event::SignalRaised { claim: again, signal: Signal::Duplicate }.into(),
			);
		});
	}

	#[test]
	fn a_drug_line_without_a_dispense_is_refused_and_kept_with_its_signal() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(1, 250)]));
			assert_state(id, Outcome::Error, ClaimDecision::Denied);
			assert_eq!(signals(id), vec![Signal::NotDispensed]);
			assert_eq!(reasons(id), vec![ReasonCode::FactsNotVerified]);
			assert!(Flagged::<Test>::contains_key(id));
			assert_eq!(Claims::flagged(None, 10).len(), 1);
			assert!(
				ClaimedPacks::<Test>::iter_keys().next().is_none(),
				"a refused claim claims nothing"
			);
			assert!(Fingerprints::<Test>::iter_keys().next().is_none());
			System::assert_has_event(
				Event::SignalRaised { claim: id, signal: Signal::NotDispensed }.into(),
			);
			// Refused: neither the payer nor an appeal can change it.
			assert_noop!(
				Claims::adjudicate(
					signed(INSURER_STAFF),
					id,
					BoundedVec::truncate_from(vec![250]),
					None,
					c(3)
				),
				Error::<Test>::NotPending
			);
			assert_noop!(
				Claims::appeal(signed(PHARMACY_STAFF), id, c(4)),
				Error::<Test>::NotAppealable
			);
		});
	}

	#[test]
	fn a_pack_dispensed_by_another_pharmacy_or_on_another_day_is_signalled() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			dispense(&pack(1), HOSPITAL, now());
			let elsewhere =
				submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(1, 250)]));
			assert_eq!(signals(elsewhere), vec![Signal::DispensedElsewhere]);
			dispense(&pack(2), PHARMACY, now() - 2 * DAY);
			let other_day =
				submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(2, 250)]));
			assert_eq!(signals(other_day), vec![Signal::DispensedElsewhere]);
			assert_state(other_day, Outcome::Error, ClaimDecision::Denied);
		});
	}

	#[test]
	fn service_lines_need_the_providers_encounter_record_for_the_patient() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let lines = || vec![line(VISIT, 1, 40)];
			let none = submit(HOSPITAL_STAFF, claim_of(coverage, None, lines()));
			let other_hospital = encounter(OTHER_HOSPITAL, PATIENT);
			let other_patient = encounter(HOSPITAL, OTHER_PATIENT);
			let lab = add_record(HOSPITAL, PATIENT, DataClass::LabResults);
			let retired = encounter(HOSPITAL, PATIENT);
			retire_record(retired);
			let unknown = RecordId::repeat_byte(0xee);
			for (n, record) in
				[other_hospital, other_patient, lab, retired, unknown].into_iter().enumerate()
			{
				// A different units count each time, so no line duplicates another.
				let id = submit(
					HOSPITAL_STAFF,
					claim_of(coverage, Some(record), vec![line(VISIT, n as u32 + 2, 40)]),
				);
				assert_eq!(signals(id), vec![Signal::NoEncounter], "record {n}");
			}
			assert_eq!(signals(none), vec![Signal::NoEncounter]);
			assert_state(none, Outcome::Error, ClaimDecision::Denied);
		});
	}

	#[test]
	fn a_provider_whose_role_began_after_the_service_date_is_signalled() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			testing::set_active_since(HOSPITAL, Role::Hospital, now());
			let mut s = visit(coverage);
			s.service_date = today() - 1;
			let id = submit(HOSPITAL_STAFF, s);
			assert_eq!(signals(id), vec![Signal::ProviderNotActive]);
			assert_state(id, Outcome::Error, ClaimDecision::Denied);
			// On the day the role began, it was active.
			let same_day = submit(HOSPITAL_STAFF, visit(coverage));
			assert!(signals(same_day).is_empty());
		});
	}

	#[test]
	fn the_same_service_billed_to_a_second_payer_is_pended_as_a_duplicate() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let record = encounter(HOSPITAL, PATIENT);
			let first =
				submit(HOSPITAL_STAFF, claim_of(coverage, Some(record), vec![line(VISIT, 2, 80)]));
			assert_state(first, Outcome::Complete, ClaimDecision::Approved);
			let second_payer = cover(OTHER_INSURER_STAFF, PATIENT, publish(OTHER_INSURER_STAFF));
			let second = submit(
				HOSPITAL_STAFF,
				claim_of(second_payer, Some(record), vec![line(VISIT, 2, 80)]),
			);
			assert_state(second, Outcome::Queued, ClaimDecision::Pending);
			assert_eq!(signals(second), vec![Signal::Duplicate]);
			assert_eq!(
				Claims::flagged(None, 10).iter().map(|c| c.id).collect::<Vec<_>>(),
				vec![second]
			);
			// The same service split into other units is the same service.
			let split =
				submit(HOSPITAL_STAFF, claim_of(coverage, Some(record), vec![line(VISIT, 1, 40)]));
			assert_eq!(signals(split), vec![Signal::Duplicate]);
			// The next day is another service.
			advance(DAY);
			let next_day =
				submit(HOSPITAL_STAFF, claim_of(coverage, Some(record), vec![line(VISIT, 2, 80)]));
			assert!(signals(next_day).is_empty());
		});
	}

	#[test]
	fn claims_outside_the_rule_table_wait_for_the_payer_with_their_reasons() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let record = encounter(HOSPITAL, PATIENT);
			let cases = [
				(line(UNLISTED, 1, 10), ReasonCode::NotCovered),
				(line(VISIT, 5, 100), ReasonCode::UnitsExceeded),
				(line(VISIT, 1, 51), ReasonCode::AmountExceeded),
				(line(WHEELCHAIR, 1, 900), ReasonCode::PriorAuthRequired),
			];
			for (days_ago, (l, reason)) in cases.into_iter().enumerate() {
				// Each case a day apart, so that no case duplicates another.
				let mut s = claim_of(coverage, Some(record), vec![l]);
				s.service_date = today() - days_ago as u32;
				let id = submit(HOSPITAL_STAFF, s);
				assert_state(id, Outcome::Queued, ClaimDecision::Pending);
				assert_eq!(reasons(id), vec![reason]);
				assert!(signals(id).is_empty());
			}
		});
	}

	#[test]
	fn submissions_are_refused_for_who_makes_them_and_their_form() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			assert_noop!(
				Claims::submit_claim(signed(MAKER_STAFF), visit(coverage)),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::submit_claim(signed(OUTSIDER), visit(coverage)),
				Error::<Test>::NotAuthorized
			);
			suspend(HOSPITAL, Role::Hospital);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), visit(coverage)),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn malformed_lines_are_refused() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let record = Some(encounter(HOSPITAL, PATIENT));
			let refuse = |lines: Vec<LineSubmission>, error: Error<Test>| {
				assert_noop!(
					Claims::submit_claim(signed(HOSPITAL_STAFF), claim_of(coverage, record, lines)),
					error
				);
			};
			refuse(vec![], Error::<Test>::NoLines);
			refuse(vec![line(ServiceCode::Hcpcs(*b"99213"), 1, 1)], Error::<Test>::InvalidLine);
			refuse(vec![line(VISIT, 0, 1)], Error::<Test>::InvalidLine);
			refuse(vec![line(VISIT, 1, 0)], Error::<Test>::InvalidLine);
			refuse(vec![line(ServiceCode::Drug(DRUG), 1, 1)], Error::<Test>::InvalidLine);
			let mut with_pack = line(VISIT, 1, 1);
			with_pack.pack = Some(pack(1).serial);
			refuse(vec![with_pack], Error::<Test>::InvalidLine);
			refuse(vec![line(VISIT, 1, 1), line(VISIT, 1, 2)], Error::<Test>::DuplicateLine);
			refuse(vec![drug_line(1, 1), drug_line(1, 2)], Error::<Test>::DuplicateLine);
		});
	}

	#[test]
	fn dates_coverage_policy_and_consent_are_checked() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let mut future = visit(coverage);
			future.service_date = today() + 1;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), future),
				Error::<Test>::InvalidServiceDate
			);
			let mut late = visit(coverage);
			late.service_date = today() - WINDOW - 1;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), late),
				Error::<Test>::InvalidServiceDate
			);
			// A coverage that starts today does not cover yesterday.
			let narrow = crate::NextCoverageId::<Test>::get();
			assert_ok!(Claims::record_coverage(
				signed(INSURER_STAFF),
				PATIENT,
				0,
				today(),
				today() + 10
			));
			let mut uncovered = visit(narrow);
			uncovered.service_date = today() - 1;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), uncovered),
				Error::<Test>::NotCovered
			);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), visit(7)),
				Error::<Test>::UnknownCoverage
			);

			// No version of the policy applies to the service date.
			let late_policy = crate::NextPolicyId::<Test>::get();
			let (from, until) = (today() - 5, today() + 5);
			assert_ok!(Claims::publish_policy(
				signed(OTHER_INSURER_STAFF),
				None,
				c(5),
				from,
				until,
				rules()
			));
			let late = cover(OTHER_INSURER_STAFF, PATIENT, late_policy);
			let mut before = visit(late);
			before.service_date = today() - 10;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), before),
				Error::<Test>::PolicyNotInForce
			);
		});
	}

	#[test]
	fn a_claim_is_adjudicated_under_the_version_in_force_on_its_service_date() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			// Next year's version (no visits) does not stop this year's claims.
			let next_year = BoundedVec::truncate_from(vec![rules()[2]]);
			let (from, until) = (today() + 1, today() + 400);
			assert_ok!(Claims::publish_policy(
				signed(INSURER_STAFF),
				Some(0),
				c(5),
				from,
				until,
				next_year
			));
			let id = submit(HOSPITAL_STAFF, visit(coverage));
			assert_state(id, Outcome::Complete, ClaimDecision::Approved);
			assert_eq!(stored(id).policy, (0, 1));
			// Only the last `POLICY_LOOKBACK` versions are looked at.
			for v in 0..crate::POLICY_LOOKBACK {
				let from = today() + 500 + v;
				assert_ok!(Claims::publish_policy(
					signed(INSURER_STAFF),
					Some(0),
					c(6),
					from,
					from + 10,
					rules()
				));
			}
			advance(DAY);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), visit(coverage)),
				Error::<Test>::PolicyNotInForce
			);
		});
	}

	#[test]
	fn the_payment_consent_is_asked_only_when_the_runtime_requires_it() {
		ExtBuilder.build_and_execute(|| {
			let policy = publish(INSURER_STAFF);
			let coverage = cover(INSURER_STAFF, OTHER_PATIENT, policy);
			let s = || {
				claim_of(
					coverage,
					Some(encounter(HOSPITAL, OTHER_PATIENT)),
					vec![line(VISIT, 1, 40)],
				)
			};
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), s()),
				Error::<Test>::NoPaymentConsent
			);
			RequireConsent::set(false);
			let id = submit(HOSPITAL_STAFF, s());
			assert_state(id, Outcome::Complete, ClaimDecision::Approved);
		});
	}

	#[test]
	fn claim_ids_can_run_out() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			NextClaimId::<Test>::put(u64::MAX);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), visit(coverage)),
				Error::<Test>::IdsExhausted
			);
		});
	}

	#[test]
	fn a_provider_that_cannot_pay_the_deposit_is_refused() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			use frame_support::traits::fungible::Mutate;
			Balances::set_balance(&HOSPITAL_STAFF, 1);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), visit(coverage)),
				DispatchError::Token(TokenError::FundsUnavailable)
			);
		});
	}
}

mod adjudication {
	use super::*;

	/// A claim pended for an unlisted code beside a visit: 10 + 80 billed.
	fn pended(coverage: CoverageId) -> ClaimId {
		let record = encounter(HOSPITAL, PATIENT);
		submit(
			HOSPITAL_STAFF,
			claim_of(coverage, Some(record), vec![line(UNLISTED, 1, 10), line(VISIT, 2, 80)]),
		)
	}

	fn amounts(list: &[u128]) -> crate::AmountsOf<Test> {
		BoundedVec::truncate_from(list.to_vec())
	}

	#[test]
	fn the_payer_approves_in_part_the_provider_appeals_once_and_the_payer_approves() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = pended(coverage);
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), id, amounts(&[0, 80]), None, c(3)),
				Error::<Test>::ReasonRequired
			);
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				id,
				amounts(&[0, 80]),
				Some(ReasonCode::NotNecessary),
				c(3)
			));
			assert_state(id, Outcome::Partial, ClaimDecision::Partial);
			assert_eq!(Claims::claim_info(id).unwrap().approved, 80);
			assert_eq!(reasons(id), vec![ReasonCode::NotCovered, ReasonCode::NotNecessary]);
			System::assert_last_event(
				Event::ClaimAdjudicated {
					claim: id,
					outcome: Outcome::Partial,
					decision: ClaimDecision::Partial,
					approved: 80,
					automatic: false,
				}
				.into(),
			);

			assert_noop!(
				Claims::appeal(signed(OTHER_HOSPITAL_STAFF), id, c(4)),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(Claims::appeal(signed(HOSPITAL_STAFF), id, c(4)));
			System::assert_has_event(Event::ClaimAppealed { claim: id }.into());
			assert_state(id, Outcome::Queued, ClaimDecision::Pending);
			assert_eq!(stored(id).bundle, c(4));
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				id,
				amounts(&[10, 80]),
				None,
				c(5)
			));
			assert_state(id, Outcome::Complete, ClaimDecision::Approved);
			assert_noop!(
				Claims::appeal(signed(HOSPITAL_STAFF), id, c(6)),
				Error::<Test>::NotAppealable
			);
		});
	}

	#[test]
	fn a_denial_can_be_appealed_once_only() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = pended(coverage);
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				id,
				amounts(&[0, 0]),
				Some(ReasonCode::Other),
				c(3)
			));
			assert_state(id, Outcome::Complete, ClaimDecision::Denied);
			assert_ok!(Claims::appeal(signed(HOSPITAL_STAFF), id, c(4)));
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				id,
				amounts(&[0, 0]),
				Some(ReasonCode::Other),
				c(5)
			));
			assert_noop!(
				Claims::appeal(signed(HOSPITAL_STAFF), id, c(6)),
				Error::<Test>::NotAppealable
			);
		});
	}

	#[test]
	fn only_the_payer_decides_and_only_what_is_pending_within_what_was_billed() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = pended(coverage);
			assert_noop!(
				Claims::adjudicate(signed(OTHER_INSURER_STAFF), id, amounts(&[10, 80]), None, c(3)),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), 99, amounts(&[10, 80]), None, c(3)),
				Error::<Test>::UnknownClaim
			);
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), id, amounts(&[10]), None, c(3)),
				Error::<Test>::InvalidDecision
			);
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), id, amounts(&[11, 80]), None, c(3)),
				Error::<Test>::InvalidDecision
			);
			// Yesterday's visit: not a duplicate of today's.
			let mut yesterday =
				claim_of(coverage, Some(encounter(HOSPITAL, PATIENT)), vec![line(VISIT, 1, 40)]);
			yesterday.service_date = today() - 1;
			let approved = submit(HOSPITAL_STAFF, yesterday);
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), approved, amounts(&[40]), None, c(3)),
				Error::<Test>::NotPending
			);
			assert_ok!(Claims::cancel(signed(HOSPITAL_STAFF), id, false));
			assert_noop!(
				Claims::adjudicate(signed(INSURER_STAFF), id, amounts(&[10, 80]), None, c(3)),
				Error::<Test>::NotActive
			);
		});
	}
}

mod prior_authorisation {
	use super::*;

	fn preauth(coverage: CoverageId, units: u32, amount: u128) -> ClaimId {
		let s = SubmissionOf::<Test> {
			use_: ClaimUse::Preauthorization,
			coverage,
			service_date: today() + 7,
			bundle: c(7),
			encounter: None,
			prior_auth: None,
			lines: BoundedVec::truncate_from(vec![line(WHEELCHAIR, units, amount)]),
		};
		submit(HOSPITAL_STAFF, s)
	}

	fn wheelchair(coverage: CoverageId, pa: Option<ClaimId>, amount: u128) -> SubmissionOf<Test> {
		let mut s = claim_of(
			coverage,
			Some(encounter(HOSPITAL, PATIENT)),
			vec![line(WHEELCHAIR, 1, amount)],
		);
		s.prior_auth = pa;
		s
	}

	#[test]
	fn an_approved_preauthorization_lets_a_claim_be_approved_and_is_drawn_on() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let pa = preauth(coverage, 1, 900);
			assert_state(pa, Outcome::Queued, ClaimDecision::Pending);
			assert_eq!(reasons(pa), vec![ReasonCode::PriorAuthRequired]);
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				pa,
				BoundedVec::truncate_from(vec![900]),
				None,
				c(3)
			));
			// Preauthorizations are not paid.
			assert_noop!(
				Claims::instruct_payment(signed(INSURER_STAFF), pa, c(8)),
				Error::<Test>::NotPayable
			);

			advance(7 * DAY);
			let claim = submit(HOSPITAL_STAFF, wheelchair(coverage, Some(pa), 850));
			assert_state(claim, Outcome::Complete, ClaimDecision::Approved);
			assert_eq!(Claims::claim_info(pa).unwrap().lines[0].used, (1, 850));

			// Nothing left for a second wheelchair (next day, so not a duplicate).
			advance(DAY);
			let second = submit(HOSPITAL_STAFF, wheelchair(coverage, Some(pa), 50));
			assert_eq!(reasons(second), vec![ReasonCode::PriorAuthRequired]);

			// Cancelling the first claim gives back what it drew.
			assert_ok!(Claims::cancel(signed(HOSPITAL_STAFF), claim, false));
			assert_eq!(Claims::claim_info(pa).unwrap().lines[0].used, (0, 0));
		});
	}

	#[test]
	fn lines_of_one_code_draw_on_the_prior_authorisation_together() {
		ExtBuilder.build_and_execute(|| {
			// A policy where the drug needs prior authorisation, one unit at most per line.
			let mut table = rules();
			table[2].prior_auth = true;
			let (from, until) = (today() - 10, today() + 400);
			assert_ok!(Claims::publish_policy(
				signed(INSURER_STAFF),
				None,
				c(1),
				from,
				until,
				table
			));
			let coverage = cover(INSURER_STAFF, PATIENT, 0);
			let request = SubmissionOf::<Test> {
				use_: ClaimUse::Preauthorization,
				coverage,
				service_date: today(),
				bundle: c(7),
				encounter: None,
				prior_auth: None,
				lines: BoundedVec::truncate_from(vec![line(ServiceCode::Drug(DRUG), 1, 300)]),
			};
			let pa = submit(PHARMACY_STAFF, request);
			let full = BoundedVec::truncate_from(vec![300]);
			assert_ok!(Claims::adjudicate(signed(INSURER_STAFF), pa, full, None, c(3)));
			// Room for one pack: two packs in one claim are not approved by the rules.
			dispense(&pack(1), PHARMACY, now());
			dispense(&pack(2), PHARMACY, now());
			let mut two = claim_of(coverage, None, vec![drug_line(1, 300), drug_line(2, 300)]);
			two.prior_auth = Some(pa);
			let id = submit(PHARMACY_STAFF, two);
			assert_eq!(reasons(id), vec![ReasonCode::PriorAuthRequired]);
			assert_eq!(Claims::claim_info(pa).unwrap().lines[0].used, (0, 0));
			// A preauthorization is not appealed: a new one is requested.
			assert_noop!(
				Claims::appeal(signed(PHARMACY_STAFF), pa, c(4)),
				Error::<Test>::NotAppealable
			);
		});
	}

	#[test]
	fn prior_authorisations_must_be_approved_of_the_same_provider_and_coverage() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let pending = preauth(coverage, 1, 900);
			assert_noop!(
				Claims::submit_claim(
					signed(HOSPITAL_STAFF),
					wheelchair(coverage, Some(pending), 900)
				),
				Error::<Test>::InvalidPriorAuth
			);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), wheelchair(coverage, Some(42), 900)),
				Error::<Test>::InvalidPriorAuth
			);
			assert_ok!(Claims::adjudicate(
				signed(INSURER_STAFF),
				pending,
				BoundedVec::truncate_from(vec![900]),
				None,
				c(3)
			));
			let mut other = claim_of(
				coverage,
				Some(encounter(OTHER_HOSPITAL, PATIENT)),
				vec![line(WHEELCHAIR, 1, 900)],
			);
			other.prior_auth = Some(pending);
			assert_noop!(
				Claims::submit_claim(signed(OTHER_HOSPITAL_STAFF), other),
				Error::<Test>::InvalidPriorAuth
			);
			let visit = submit(HOSPITAL_STAFF, visit(coverage));
			assert_noop!(
				Claims::submit_claim(
					signed(HOSPITAL_STAFF),
					wheelchair(coverage, Some(visit), 900)
				),
				Error::<Test>::InvalidPriorAuth
			);
		});
	}

	#[test]
	fn preauthorizations_name_no_facts_and_plan_ahead() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let mut s = wheelchair(coverage, None, 900);
			s.use_ = ClaimUse::Preauthorization;
			s.service_date = today() + 1;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), s.clone()),
				Error::<Test>::UnexpectedReference
			);
			s.encounter = None;
			s.lines = BoundedVec::truncate_from(vec![drug_line(1, 100)]);
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), s.clone()),
				Error::<Test>::UnexpectedReference
			);
			s.lines = BoundedVec::truncate_from(vec![line(WHEELCHAIR, 1, 900)]);
			s.service_date = today() - 1;
			assert_noop!(
				Claims::submit_claim(signed(HOSPITAL_STAFF), s),
				Error::<Test>::InvalidServiceDate
			);
		});
	}
}

mod withdrawal_settlement_and_removal {
	use super::*;

	#[test]
	fn an_approved_claim_is_paid_disputed_paid_again_and_confirmed() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = submit(HOSPITAL_STAFF, visit(coverage));
			assert_noop!(
				Claims::confirm_payment(signed(HOSPITAL_STAFF), id),
				Error::<Test>::NoPaymentInstruction
			);
			assert_noop!(
				Claims::instruct_payment(signed(OTHER_INSURER_STAFF), id, c(8)),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::instruct_payment(signed(INSURER_STAFF), 99, c(8)),
				Error::<Test>::UnknownClaim
			);
			assert_ok!(Claims::instruct_payment(signed(INSURER_STAFF), id, c(8)));
			System::assert_last_event(
				Event::PaymentInstructed { claim: id, remittance: c(8) }.into(),
			);
			assert_noop!(
				Claims::instruct_payment(signed(INSURER_STAFF), id, c(8)),
				Error::<Test>::NotPayable
			);
			assert_noop!(
				Claims::cancel(signed(HOSPITAL_STAFF), id, false),
				Error::<Test>::PaymentInstructed
			);
			assert_noop!(
				Claims::dispute_payment(signed(PHARMACY_STAFF), id),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(Claims::dispute_payment(signed(HOSPITAL_STAFF), id));
			System::assert_last_event(Event::PaymentDisputed { claim: id }.into());
			assert_eq!(stored(id).settlement, Settlement::Disputed);
			assert_ok!(Claims::instruct_payment(signed(INSURER_STAFF), id, c(9)));
			assert_ok!(Claims::confirm_payment(signed(HOSPITAL_STAFF), id));
			System::assert_last_event(Event::PaymentConfirmed { claim: id }.into());
			let info = Claims::claim_info(id).unwrap();
			assert_eq!((info.settlement, info.remittance), (Settlement::Confirmed, Some(c(9))));
			assert_noop!(
				Claims::dispute_payment(signed(HOSPITAL_STAFF), id),
				Error::<Test>::NoPaymentInstruction
			);
		});
	}

	#[test]
	fn a_pending_claim_cannot_be_paid() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = submit(
				HOSPITAL_STAFF,
				claim_of(coverage, Some(encounter(HOSPITAL, PATIENT)), vec![line(UNLISTED, 1, 5)]),
			);
			assert_noop!(
				Claims::instruct_payment(signed(INSURER_STAFF), id, c(8)),
				Error::<Test>::NotPayable
			);
			assert_ok!(Claims::cancel(signed(HOSPITAL_STAFF), id, true));
			assert_noop!(
				Claims::instruct_payment(signed(INSURER_STAFF), id, c(8)),
				Error::<Test>::NotActive
			);
		});
	}

	#[test]
	fn cancelling_frees_the_service_for_a_corrected_claim() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			dispense(&pack(1), PHARMACY, now());
			let first = submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(1, 250)]));
			assert_noop!(
				Claims::cancel(signed(HOSPITAL_STAFF), first, false),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Claims::cancel(signed(PHARMACY_STAFF), 99, false),
				Error::<Test>::UnknownClaim
			);
			assert_ok!(Claims::cancel(signed(PHARMACY_STAFF), first, true));
			System::assert_last_event(
				Event::ClaimCancelled { claim: first, entered_in_error: true }.into(),
			);
			assert_eq!(stored(first).status, ClaimStatus::EnteredInError);
			assert_noop!(
				Claims::cancel(signed(PHARMACY_STAFF), first, false),
				Error::<Test>::NotActive
			);
			assert_noop!(
				Claims::appeal(signed(PHARMACY_STAFF), first, c(1)),
				Error::<Test>::NotActive
			);
			let corrected =
				submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(1, 240)]));
			assert!(signals(corrected).is_empty());
			assert_state(corrected, Outcome::Complete, ClaimDecision::Approved);
		});
	}

	#[test]
	fn claims_are_removed_by_anyone_after_their_retention_and_the_deposit_returns() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let id = submit(HOSPITAL_STAFF, visit(coverage));
			let refused = submit(PHARMACY_STAFF, claim_of(coverage, None, vec![drug_line(3, 100)]));
			assert_noop!(Claims::remove_claim(signed(OUTSIDER), id), Error::<Test>::TooEarly);
			assert_noop!(Claims::remove_claim(signed(OUTSIDER), 99), Error::<Test>::UnknownClaim);
			advance(RETENTION);
			assert_ok!(Claims::remove_claim(signed(OUTSIDER), id));
			System::assert_last_event(Event::ClaimRemoved { claim: id }.into());
			assert_ok!(Claims::remove_claim(signed(OUTSIDER), refused));
			assert_eq!(Store::<Test>::iter().count(), 0);
			assert_eq!(Fingerprints::<Test>::iter_keys().count(), 0);
			assert_eq!(Flagged::<Test>::iter_keys().count(), 0);
			assert!(Claims::claims_of(Party::Provider(HOSPITAL), None, 10).is_empty());
			for staff in [HOSPITAL_STAFF, PHARMACY_STAFF] {
				assert_eq!(Balances::balance_on_hold(&HoldReason::ClaimDeposit.into(), &staff), 0);
			}
		});
	}
}

mod queries {
	use super::*;

	#[test]
	fn claims_are_listed_by_party_in_pages() {
		ExtBuilder.build_and_execute(|| {
			let coverage = covered();
			let record = encounter(HOSPITAL, PATIENT);
			let ids: Vec<ClaimId> = (1..=5)
				.map(|units| {
					submit(
						HOSPITAL_STAFF,
						claim_of(coverage, Some(record), vec![line(VISIT, units, 10)]),
					)
				})
				.collect();
			// Pages of two, each starting after the last id of the one before, list every claim
			// once (in the index's order, not the ids').
			let mut seen = Vec::new();
			let mut after = None;
			loop {
				let page: Vec<ClaimId> = Claims::claims_of(Party::Provider(HOSPITAL), after, 2)
					.into_iter()
					.map(|c| c.id)
					.collect();
				assert!(page.len() <= 2);
				let Some(last) = page.last().copied() else { break };
				seen.extend(page);
				after = Some(last);
			}
			seen.sort();
			assert_eq!(seen, ids);
			assert_eq!(Claims::claims_of(Party::Payer(INSURER), None, 1000).len(), 5);
		});
	}
}
