//! Unit tests: every call's success path with its event, every error variant, wrong roles and
//! sponsors, the status machine, amendments and re-consent, the four flags, deposits. Invariants
//! after every test.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use healthchain_primitives::{
	consent::Provision,
	trials::{DataUse, Phase, StudyType, TerminationReason, TrialFlag, TrialStatus, Withdrawal},
	Action, Commitment, DataClass,
};
use sp_runtime::{DispatchError, TokenError};

use crate::{
	mock::*, Enrolments, Error, Event, HoldReason, NextTrialId, RegistrationOf, Trials as Store,
	TWELVE_MONTHS,
};

fn c(n: u8) -> Commitment {
	Commitment::repeat_byte(n)
}

fn outcomes(list: &[u8]) -> BoundedVec<Commitment, <Test as crate::Config>::MaxOutcomes> {
	BoundedVec::truncate_from(list.iter().map(|n| c(*n)).collect())
}

/// Two primary outcomes (1, 2), three secondary (3, 4, 5), enrolment in 30 days, primary
/// completion in a year.
fn registration() -> RegistrationOf<Test> {
	RegistrationOf::<Test> {
		record: c(0xa0),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_size: 300,
		first_enrolment: now() + 30 * DAY,
		primary_completion: now() + 365 * DAY,
		protocol: c(0xb0),
		sap: c(0xc0),
		primary_outcomes: outcomes(&[1, 2]),
		secondary_outcomes: outcomes(&[3, 4, 5]),
		data_use: data_use(),
	}
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn register() -> u32 {
	let id = NextTrialId::<Test>::get();
	assert_ok!(Trials::register(signed(SPONSOR_STAFF), registration()));
	id
}

fn recruiting() -> u32 {
	let id = register();
	assert_ok!(Trials::approve(signed(ETHICS_STAFF), id));
	assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Recruiting));
	id
}

/// A trial whose recruitment has ended, with nobody enrolled, still before its primary
/// completion date.
fn active() -> u32 {
	let id = recruiting();
	assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::ActiveNotRecruiting));
	id
}

/// A trial stopped early, with nobody enrolled: its results are due.
fn stopped() -> u32 {
	let id = recruiting();
	let stop = TrialStatus::Terminated(TerminationReason::Futility);
	assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, stop));
	id
}

fn flags(id: u32) -> Vec<TrialFlag> {
	Trials::trial_info(id).unwrap().flags
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::from(reason), &who)
}

mod registration {
	use super::*;

	#[test]
	fn a_sponsor_registers_with_outcomes_fixed_and_a_deposit() {
		ExtBuilder.build_and_execute(|| {
			let id = register();
			System::assert_last_event(
				Event::TrialRegistered { trial: id, sponsor: SPONSOR }.into(),
			);
			let info = Trials::trial_info(id).unwrap();
			assert_eq!(info.status, TrialStatus::NotYetRecruiting);
			assert_eq!(
				(info.version, info.primary_outcomes.len(), info.secondary_outcomes.len()),
				(1, 2, 3)
			);
			assert!(info.flags.is_empty());
			assert_eq!(held(HoldReason::TrialDeposit, SPONSOR_STAFF), TRIAL_DEPOSIT);
		});
	}

	#[test]
	fn only_sponsors_in_good_standing_register() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Trials::register(signed(HOSPITAL_STAFF), registration()),
				Error::<Test>::NotAuthorized
			);
			suspend(SPONSOR, healthchain_primitives::Role::TrialSponsor);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), registration()),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Trials::register(RuntimeOrigin::none(), registration()),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn registrations_are_validated() {
		ExtBuilder.build_and_execute(|| {
			let mut r = registration();
			r.primary_outcomes = outcomes(&[]);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), r),
				Error::<Test>::NoPrimaryOutcome
			);
			let mut r = registration();
			r.secondary_outcomes = outcomes(&[3, 1]);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), r),
				Error::<Test>::DuplicateOutcome
			);
			let mut r = registration();
			r.primary_completion = r.first_enrolment;
			assert_noop!(Trials::register(signed(SPONSOR_STAFF), r), Error::<Test>::InvalidDates);
			let mut r = registration();
			r.target_size = 0;
			assert_noop!(Trials::register(signed(SPONSOR_STAFF), r), Error::<Test>::InvalidTarget);
			assert_noop!(
				Trials::register(signed(POOR_SPONSOR_STAFF), registration()),
				TokenError::FundsUnavailable
			);
			let mut r = registration();
			r.data_use.classes = BoundedVec::new();
			assert_noop!(Trials::register(signed(SPONSOR_STAFF), r), Error::<Test>::EmptyDataUse);
			let mut r = registration();
			r.data_use.actions = BoundedVec::new();
			assert_noop!(Trials::register(signed(SPONSOR_STAFF), r), Error::<Test>::EmptyDataUse);
			let mut r = registration();
			r.data_use.actions =
				BoundedVec::truncate_from(vec![Action::Use, Action::Collect, Action::Use]);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), r),
				Error::<Test>::DuplicateDataUse
			);
			// A trial collecting sensitive data says `Restricted`; the category is in the
			// committed protocol.
			let mut r = registration();
			r.data_use.classes =
				BoundedVec::truncate_from(vec![DataClass::LabResults, DataClass::SubstanceUse]);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), r),
				Error::<Test>::SensitiveCategory
			);
			NextTrialId::<Test>::put(u32::MAX);
			assert_noop!(
				Trials::register(signed(SPONSOR_STAFF), registration()),
				Error::<Test>::IdsExhausted
			);
			NextTrialId::<Test>::put(0);
		});
	}

	#[test]
	fn a_retrospective_registration_is_flagged_at_once() {
		ExtBuilder.build_and_execute(|| {
			let mut r = registration();
			r.first_enrolment = now() - DAY;
			assert_ok!(Trials::register(signed(SPONSOR_STAFF), r));
			System::assert_last_event(
				Event::FlagRaised { trial: 0, flag: TrialFlag::LateRegistration }.into(),
			);
			assert_eq!(flags(0), vec![TrialFlag::LateRegistration]);
		});
	}
}

mod status {
	use super::*;

	#[test]
	fn recruiting_needs_an_ethics_approval() {
		ExtBuilder.build_and_execute(|| {
			let id = register();
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Recruiting),
				Error::<Test>::NotApproved
			);
			assert_noop!(Trials::approve(signed(HOSPITAL_STAFF), id), Error::<Test>::NotAuthorized);
			assert_noop!(Trials::approve(signed(SPONSOR_STAFF), id), Error::<Test>::NotAuthorized);
			assert_noop!(Trials::approve(signed(ETHICS_STAFF), 9), Error::<Test>::NotFound);
			assert_ok!(Trials::approve(signed(ETHICS_STAFF), id));
			System::assert_last_event(
				Event::EthicsApproved { trial: id, version: 1, committee: ETHICS }.into(),
			);
			assert_noop!(Trials::approve(signed(ETHICS_STAFF), id), Error::<Test>::AlreadyApproved);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Recruiting));
			assert_noop!(Trials::approve(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
			System::assert_last_event(
				Event::StatusChanged {
					trial: id,
					from: TrialStatus::NotYetRecruiting,
					to: TrialStatus::Recruiting,
				}
				.into(),
			);
		});
	}

	/// Review finding 4: a sponsor that also holds `EthicsCommittee` cannot approve its own
	/// trial; an independent committee can.
	#[test]
	fn an_approval_must_be_independent_of_the_sponsor() {
		ExtBuilder.build_and_execute(|| {
			let id = NextTrialId::<Test>::get();
			assert_ok!(Trials::register(signed(SELF_REVIEWING_STAFF), registration()));
			assert_noop!(
				Trials::approve(signed(SELF_REVIEWING_STAFF), id),
				Error::<Test>::NotIndependent
			);
			assert_ok!(Trials::approve(signed(ETHICS_STAFF), id));
			// The self-reviewing organisation may still approve someone else's trial.
			let other = register();
			assert_ok!(Trials::approve(signed(SELF_REVIEWING_STAFF), other));
			System::assert_last_event(
				Event::EthicsApproved { trial: other, version: 1, committee: SELF_REVIEWING }
					.into(),
			);
		});
	}

	#[test]
	fn the_status_machine_refuses_illegal_moves() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			for (to, ok) in [
				(TrialStatus::Completed, false),
				(TrialStatus::Withdrawn, false),
				(TrialStatus::NotYetRecruiting, false),
				(TrialStatus::Suspended, true),
				(TrialStatus::Recruiting, true),
				(TrialStatus::ActiveNotRecruiting, true),
				(TrialStatus::Recruiting, false),
				(TrialStatus::Completed, true),
				(TrialStatus::Terminated(TerminationReason::Safety), false),
			] {
				if ok {
					assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, to));
				} else {
					assert_noop!(
						Trials::set_status(signed(SPONSOR_STAFF), id, to),
						Error::<Test>::InvalidTransition
					);
				}
			}
			assert_noop!(Trials::approve(signed(ETHICS_STAFF), id), Error::<Test>::Closed);
		});
	}

	#[test]
	fn terminate_with_a_reason_withdraw_only_without_participants() {
		ExtBuilder.build_and_execute(|| {
			let quiet = register();
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), quiet, TrialStatus::Withdrawn));
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			let reason = TrialStatus::Terminated(TerminationReason::Futility);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, reason));
			assert_eq!(Trials::trial_info(id).unwrap().status, reason);
			// Withdrawal after enrolment is refused (a fresh trial shows the check).
			let other = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), other, CONSENTING, 1));
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), other, TrialStatus::Suspended));
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), other, TrialStatus::Withdrawn),
				Error::<Test>::InvalidTransition
			);
			assert_noop!(
				Trials::set_status(signed(OTHER_SPONSOR_STAFF), other, TrialStatus::Recruiting),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), 99, TrialStatus::Recruiting),
				Error::<Test>::NotFound
			);
		});
	}

	#[test]
	fn has_participants_blocks_a_withdrawal_the_machine_would_allow() {
		ExtBuilder.build_and_execute(|| {
			// Enrolled participants on a trial still `NotYetRecruiting` cannot happen through the
			// calls; the check guards the invariant anyway.
			let id = register();
			Store::<Test>::mutate(id, |t| t.as_mut().unwrap().enrolled = 1);
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Withdrawn),
				Error::<Test>::HasParticipants
			);
			Store::<Test>::mutate(id, |t| t.as_mut().unwrap().enrolled = 0);
		});
	}
}

mod enrolment {
	use super::*;

	#[test]
	fn only_consenting_participants_are_enrolled() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, NOT_CONSENTING, 1),
				Error::<Test>::NoConsent
			);
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			System::assert_last_event(
				Event::ParticipantEnrolled {
					trial: id,
					participant: CONSENTING,
					version: 1,
					consent: RESEARCH_CONSENT,
				}
				.into(),
			);
			assert_eq!(held(HoldReason::EnrolmentDeposit, SPONSOR_STAFF), ENROLMENT_DEPOSIT);
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1),
				Error::<Test>::AlreadyEnrolled
			);
			assert_noop!(
				Trials::enroll(signed(OTHER_SPONSOR_STAFF), id, NOT_CONSENTING, 1),
				Error::<Test>::NotAuthorized
			);
			assert_eq!(Trials::trial_info(id).unwrap().enrolled, 1);
		});
	}

	#[test]
	fn enrolment_needs_recruiting_and_the_approved_version_in_force() {
		ExtBuilder.build_and_execute(|| {
			let id = register();
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1),
				Error::<Test>::NotRecruiting
			);
			let id = recruiting();
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 2),
				Error::<Test>::OutdatedProtocol
			);
			assert_ok!(Trials::amend(
				signed(SPONSOR_STAFF),
				id,
				c(0xb1),
				c(0xc1),
				outcomes(&[1, 2]),
				outcomes(&[3, 4, 6]),
				true
			));
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1),
				Error::<Test>::OutdatedProtocol
			);
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 2),
				Error::<Test>::NotApproved
			);
		});
	}

	#[test]
	fn an_amendment_can_require_reconsent() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_eq!(Trials::needs_reconsent(id, &CONSENTING), Some(false));
			assert_ok!(Trials::amend(
				signed(SPONSOR_STAFF),
				id,
				c(0xb1),
				c(0xc1),
				outcomes(&[1, 2]),
				outcomes(&[3, 4, 6]),
				true
			));
			System::assert_last_event(
				Event::Amended {
					trial: id,
					version: 2,
					outcomes_changed: true,
					reconsent_required: true,
				}
				.into(),
			);
			assert_eq!(Trials::needs_reconsent(id, &CONSENTING), Some(true));
			assert_noop!(
				Trials::reconsent(signed(SPONSOR_STAFF), id, CONSENTING),
				Error::<Test>::NotApproved
			);
			assert_ok!(Trials::approve(signed(ETHICS_STAFF), id));
			assert_noop!(
				Trials::reconsent(signed(SPONSOR_STAFF), id, NOT_CONSENTING),
				Error::<Test>::NotEnrolled
			);
			// A deny of part of the data use withholds re-consent until it is revoked.
			let deny = pallet_consent::NextConsentId::<Test>::get();
			assert_ok!(Consent::grant(
				signed(CONSENTING),
				CONSENTING,
				research_terms(SPONSOR, Provision::Deny, &data_use())
			));
			assert_noop!(
				Trials::reconsent(signed(SPONSOR_STAFF), id, CONSENTING),
				Error::<Test>::NoConsent
			);
			assert_ok!(Consent::revoke(signed(CONSENTING), deny));
			assert_ok!(Trials::reconsent(signed(SPONSOR_STAFF), id, CONSENTING));
			System::assert_last_event(
				Event::ParticipantReconsented { trial: id, participant: CONSENTING, version: 2 }
					.into(),
			);
			assert_eq!(Trials::needs_reconsent(id, &CONSENTING), Some(false));
			assert_eq!(Enrolments::<Test>::get(id, CONSENTING).unwrap().version, 2);
			assert_eq!(Trials::amendments(id).len(), 1);
		});
	}

	/// Review finding 6: a research permit for part of the data use is not enough.
	#[test]
	fn enrolment_needs_one_consent_covering_the_whole_data_use() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			let lab_results_only = DataUse {
				classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
				..data_use()
			};
			consent_to_research(NOT_CONSENTING, SPONSOR, &lab_results_only);
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, NOT_CONSENTING, 1),
				Error::<Test>::NoConsent
			);
			let collect_only =
				DataUse { actions: BoundedVec::truncate_from(vec![Action::Collect]), ..data_use() };
			consent_to_research(NOT_CONSENTING, SPONSOR, &collect_only);
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), id, NOT_CONSENTING, 1),
				Error::<Test>::NoConsent
			);
			let full = consent_to_research(NOT_CONSENTING, SPONSOR, &data_use());
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, NOT_CONSENTING, 1));
			assert_eq!(Enrolments::<Test>::get(id, NOT_CONSENTING).unwrap().consent, full);
		});
	}

	/// A withdrawal is charged a sponsor's fee path up front and keeps it only when its
	/// signer's sponsor paid: asked of the signer, not of the participant.
	#[test]
	fn a_withdrawal_keeps_the_sponsors_part_only_when_its_signer_is_sponsored() {
		use crate::mock::{SPONSORED_CALL_WEIGHT as FULL, SPONSORSHIP_LOOKUP_WEIGHT as LOOKUP};
		use frame_support::dispatch::GetDispatchInfo;
		let own = <() as crate::weights::WeightInfo>::withdraw();
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			let call = crate::Call::<Test>::withdraw { trial: id, participant: CONSENTING };
			assert_eq!(call.get_dispatch_info().call_weight, own + FULL);
			// The participant, sponsored, withdraws: the sponsor paid.
			sponsor(CONSENTING, Some(SPONSOR_STAFF));
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			let post = Trials::withdraw(signed(CONSENTING), id, CONSENTING).unwrap();
			assert_eq!(post.actual_weight, Some(own + FULL));
			// The trial's sponsor withdraws the same sponsored participant: its member paid
			// its own fee.
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			let post = Trials::withdraw(signed(SPONSOR_STAFF), id, CONSENTING).unwrap();
			assert_eq!(post.actual_weight, Some(own + LOOKUP));
		});
	}

	/// Review finding 6: the participant (or a proxy) withdraws; so may the sponsor; nobody
	/// else. The enrolment goes, the withdrawal is counted, the deposit comes back.
	#[test]
	fn participants_proxies_and_sponsors_withdraw() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_noop!(
				Trials::withdraw(signed(HOSPITAL_STAFF), id, CONSENTING),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Trials::withdraw(signed(OTHER_SPONSOR_STAFF), id, CONSENTING),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Trials::withdraw(signed(CONSENTING), 77, CONSENTING),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Trials::withdraw(RuntimeOrigin::none(), id, CONSENTING),
				DispatchError::BadOrigin
			);
			assert_ok!(Trials::withdraw(signed(CONSENTING), id, CONSENTING));
			System::assert_last_event(
				Event::ParticipantWithdrawn {
					trial: id,
					participant: CONSENTING,
					reason: Withdrawal::ByParticipant,
				}
				.into(),
			);
			let info = Trials::trial_info(id).unwrap();
			assert_eq!((info.enrolled, info.withdrawn), (0, 1));
			assert_eq!(held(HoldReason::EnrolmentDeposit, SPONSOR_STAFF), 0);
			assert_noop!(
				Trials::withdraw(signed(CONSENTING), id, CONSENTING),
				Error::<Test>::NotEnrolled
			);

			assert_ok!(pallet_consent::Pallet::<Test>::appoint_proxy(
				signed(CONSENTING),
				GUARDIAN,
				healthchain_primitives::consent::ProxyKind::Guardian,
				None
			));
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_ok!(Trials::withdraw(signed(GUARDIAN), id, CONSENTING));
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_ok!(Trials::withdraw(signed(SPONSOR_STAFF), id, CONSENTING));
			System::assert_last_event(
				Event::ParticipantWithdrawn {
					trial: id,
					participant: CONSENTING,
					reason: Withdrawal::BySponsor,
				}
				.into(),
			);
			assert_eq!(Trials::trial_info(id).unwrap().withdrawn, 3);
		});
	}

	/// Review finding 6: revoking the research consent withdraws every enrolment resting on
	/// it, through the consent pallet's hook.
	#[test]
	fn revoking_the_research_consent_withdraws() {
		ExtBuilder.build_and_execute(|| {
			let first = recruiting();
			let second = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), first, CONSENTING, 1));
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), second, CONSENTING, 1));
			assert_ok!(Consent::revoke(signed(CONSENTING), RESEARCH_CONSENT));
			System::assert_has_event(
				Event::ParticipantWithdrawn {
					trial: first,
					participant: CONSENTING,
					reason: Withdrawal::ConsentEnded,
				}
				.into(),
			);
			System::assert_last_event(
				Event::ParticipantWithdrawn {
					trial: second,
					participant: CONSENTING,
					reason: Withdrawal::ConsentEnded,
				}
				.into(),
			);
			assert!(Enrolments::<Test>::get(first, CONSENTING).is_none());
			assert_eq!(Trials::trial_info(second).unwrap().enrolled, 0);
			assert!(crate::Participations::<Test>::get(CONSENTING).is_empty());
		});
	}

	/// Ending a consent is charged for the most enrolments a patient may have, and refunds what
	/// the patient's own enrolments did not use: the hook's benchmark for as many as they have —
	/// each is read, whichever consent it rests on — and the line's intercept when they have none.
	#[test]
	fn ending_a_consent_pays_for_the_patients_own_enrolments() {
		ExtBuilder.build_and_execute(|| {
			use frame_support::dispatch::GetDispatchInfo;
			use healthchain_primitives::consent::OnConsentEnded;
			let hook = |n| <() as crate::weights::WeightInfo>::consent_ended(n);
			// The revocation's own weight for the patient's list of consents as it stands.
			let own = || {
				let listed = pallet_consent::SubjectConsents::<Test>::get(CONSENTING).len();
				<() as pallet_consent::WeightInfo>::revoke(listed as u32)
			};
			let most = <<Test as pallet_consent::Config>::MaxConsentsPerSubject as frame_support::traits::Get<u32>>::get();
			let charged = pallet_consent::Call::<Test>::revoke { consent: RESEARCH_CONSENT }
				.get_dispatch_info()
				.call_weight;
			assert_eq!(
				<Trials as OnConsentEnded<u64>>::weight(),
				hook(2),
				"MaxTrialsPerParticipant"
			);
			assert_eq!(charged, <() as pallet_consent::WeightInfo>::revoke(most) + hook(2));
			assert!(hook(1).all_lt(hook(2)));
			// Enrolled in two trials, one on the research consent to the sponsor, the other on
			// a consent to another sponsor: revoking the first reads both enrolments, pays for
			// two, and withdraws one.
			let first = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), first, CONSENTING, 1));
			let other_consent = consent_to_research(CONSENTING, OTHER_SPONSOR, &data_use());
			let second = NextTrialId::<Test>::get();
			assert_ok!(Trials::register(signed(OTHER_SPONSOR_STAFF), registration()));
			assert_ok!(Trials::approve(signed(ETHICS_STAFF), second));
			assert_ok!(Trials::set_status(
				signed(OTHER_SPONSOR_STAFF),
				second,
				TrialStatus::Recruiting
			));
			assert_ok!(Trials::enroll(signed(OTHER_SPONSOR_STAFF), second, CONSENTING, 1));
			let post = Consent::revoke(signed(CONSENTING), RESEARCH_CONSENT).unwrap();
			assert_eq!(post.actual_weight, Some(own() + hook(2)));
			assert!(Enrolments::<Test>::get(first, CONSENTING).is_none());
			assert_eq!(
				Enrolments::<Test>::get(second, CONSENTING).map(|e| e.consent),
				Some(other_consent)
			);
			// Revoking the second: one enrolment left, paid for one.
			let post = Consent::revoke(signed(CONSENTING), other_consent).unwrap();
			assert_eq!(post.actual_weight, Some(own() + hook(1)));
			assert!(crate::Participations::<Test>::get(CONSENTING).is_empty());
			// Enrolled nowhere: the hook's line at none, its intercept (the time and the
			// participations read), not a whole enrolment.
			let third = consent_to_research(CONSENTING, SPONSOR, &data_use());
			let post = Consent::revoke(signed(CONSENTING), third).unwrap();
			assert_eq!(post.actual_weight, Some(own() + hook(0)));
			assert!(hook(0).all_lt(hook(1)));
			assert_eq!(
				<Trials as OnConsentEnded<u64>>::on_consent_ended(&CONSENTING, third, None),
				hook(0)
			);
		});
	}

	/// Review finding 6: a replacement that still covers the data use carries the enrolment
	/// over; one that no longer does withdraws it.
	#[test]
	fn replacing_the_research_consent_keeps_or_withdraws_by_coverage() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			let same = pallet_consent::NextConsentId::<Test>::get();
			assert_ok!(Consent::replace(
				signed(CONSENTING),
				RESEARCH_CONSENT,
				research_terms(SPONSOR, Provision::Permit, &data_use())
			));
			assert_eq!(Enrolments::<Test>::get(id, CONSENTING).unwrap().consent, same);
			let narrower = DataUse {
				classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
				..data_use()
			};
			assert_ok!(Consent::replace(
				signed(CONSENTING),
				same,
				research_terms(SPONSOR, Provision::Permit, &narrower)
			));
			assert!(Enrolments::<Test>::get(id, CONSENTING).is_none());
			System::assert_has_event(
				Event::ParticipantWithdrawn {
					trial: id,
					participant: CONSENTING,
					reason: Withdrawal::ConsentEnded,
				}
				.into(),
			);
		});
	}

	/// A closed trial's enrolments are released by anyone: the deposit comes back and the
	/// participant's slot is free again, while the participant still counts as enrolled.
	#[test]
	fn a_closed_trials_enrolments_are_released() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_noop!(
				Trials::release_enrolment(signed(HOSPITAL_STAFF), id, CONSENTING),
				Error::<Test>::NotClosed
			);
			let reason = TrialStatus::Terminated(TerminationReason::Futility);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, reason));
			assert_noop!(
				Trials::release_enrolment(signed(HOSPITAL_STAFF), 77, CONSENTING),
				Error::<Test>::NotFound
			);
			assert_noop!(
				Trials::release_enrolment(signed(HOSPITAL_STAFF), id, NOT_CONSENTING),
				Error::<Test>::NotEnrolled
			);
			assert_ok!(Trials::release_enrolment(signed(HOSPITAL_STAFF), id, CONSENTING));
			System::assert_last_event(
				Event::EnrolmentReleased { trial: id, participant: CONSENTING }.into(),
			);
			assert_eq!(held(HoldReason::EnrolmentDeposit, SPONSOR_STAFF), 0);
			let info = Trials::trial_info(id).unwrap();
			assert_eq!((info.enrolled, info.withdrawn), (1, 0));
			assert!(crate::Participations::<Test>::get(CONSENTING).is_empty());
		});
	}

	/// A trial whose participants all withdrew still enrolled people: it cannot be
	/// `Withdrawn` (never started), only terminated.
	#[test]
	fn a_trial_that_enrolled_anyone_is_never_withdrawn() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), id, CONSENTING, 1));
			assert_ok!(Trials::withdraw(signed(CONSENTING), id, CONSENTING));
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Suspended));
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Withdrawn),
				Error::<Test>::InvalidTransition
			);
			Store::<Test>::mutate(id, |t| {
				t.as_mut().unwrap().status = TrialStatus::NotYetRecruiting
			});
			assert_noop!(
				Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Withdrawn),
				Error::<Test>::HasParticipants
			);
		});
	}

	#[test]
	fn enrolments_per_participant_and_per_trial_are_bounded() {
		ExtBuilder.build_and_execute(|| {
			let (a, b, third) = (recruiting(), recruiting(), recruiting());
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), a, CONSENTING, 1));
			assert_ok!(Trials::enroll(signed(SPONSOR_STAFF), b, CONSENTING, 1));
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), third, CONSENTING, 1),
				Error::<Test>::TooManyTrials
			);
			consent_to_research(NOT_CONSENTING, SPONSOR, &data_use());
			Store::<Test>::mutate(third, |t| t.as_mut().unwrap().enrolled = u32::MAX);
			assert_noop!(
				Trials::enroll(signed(SPONSOR_STAFF), third, NOT_CONSENTING, 1),
				Error::<Test>::TooManyParticipants
			);
			Store::<Test>::mutate(third, |t| t.as_mut().unwrap().enrolled = 0);
		});
	}

	#[test]
	fn amendments_are_bounded_validated_and_closed_trials_frozen() {
		ExtBuilder.build_and_execute(|| {
			let id = register();
			let amend = |n: u8| {
				Trials::amend(
					signed(SPONSOR_STAFF),
					id,
					c(n),
					c(n),
					outcomes(&[1]),
					outcomes(&[]),
					false,
				)
			};
			assert_noop!(
				Trials::amend(
					signed(SPONSOR_STAFF),
					id,
					c(1),
					c(1),
					outcomes(&[]),
					outcomes(&[]),
					false
				),
				Error::<Test>::NoPrimaryOutcome
			);
			assert_noop!(
				Trials::amend(
					signed(HOSPITAL_STAFF),
					id,
					c(1),
					c(1),
					outcomes(&[1]),
					outcomes(&[]),
					false
				),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(amend(0xd1));
			assert_eq!(held(HoldReason::AmendmentDeposit, SPONSOR_STAFF), AMENDMENT_DEPOSIT);
			assert_ok!(amend(0xd2));
			assert_noop!(amend(0xd3), Error::<Test>::TooManyAmendments);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, TrialStatus::Withdrawn));
			assert_noop!(amend(0xd4), Error::<Test>::Closed);
		});
	}
}

mod results_and_flags {
	use super::*;

	fn results(
		pairs: &[(u8, u8)],
	) -> BoundedVec<(Commitment, Commitment), <Test as crate::Config>::MaxResults> {
		BoundedVec::truncate_from(pairs.iter().map(|(o, r)| (c(*o), c(*r))).collect())
	}

	#[test]
	fn matching_results_raise_no_flag() {
		ExtBuilder.build_and_execute(|| {
			let id = stopped();
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				id,
				c(0xee),
				results(&[(1, 0x11), (2, 0x12), (3, 0x13)])
			));
			System::assert_last_event(
				Event::ResultsSubmitted { trial: id, outcome_switched: false }.into(),
			);
			assert!(flags(id).is_empty());
			assert_noop!(
				Trials::submit_results(signed(SPONSOR_STAFF), id, c(0xee), results(&[(1, 1)])),
				Error::<Test>::ResultsAlreadySubmitted
			);
		});
	}

	#[test]
	fn an_unregistered_outcome_or_a_missing_primary_switches_outcomes() {
		ExtBuilder.build_and_execute(|| {
			let id = stopped();
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				id,
				c(0xee),
				results(&[(1, 0x11), (2, 0x12), (9, 0x19)])
			));
			System::assert_last_event(
				Event::FlagRaised { trial: id, flag: TrialFlag::OutcomeSwitched }.into(),
			);
			assert_eq!(flags(id), vec![TrialFlag::OutcomeSwitched]);
			let other = stopped();
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				other,
				c(0xee),
				results(&[(1, 0x11), (3, 0x13)])
			));
			assert_eq!(flags(other), vec![TrialFlag::OutcomeSwitched]);
			assert_noop!(
				Trials::submit_results(signed(HOSPITAL_STAFF), other, c(0), results(&[])),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn an_outcome_amended_in_is_not_a_switch() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_ok!(Trials::amend(
				signed(SPONSOR_STAFF),
				id,
				c(0xb1),
				c(0xc1),
				outcomes(&[1, 2]),
				outcomes(&[3, 4, 6]),
				false
			));
			let stop = TrialStatus::Terminated(TerminationReason::Futility);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), id, stop));
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				id,
				c(0xee),
				results(&[(1, 1), (2, 2), (6, 6)])
			));
			assert!(flags(id).is_empty());
		});
	}

	/// Session 46's audit finding: results committed before a trial ran silenced
	/// `ResultsOverdue` for good without reporting anything. They now wait until they are due:
	/// a trial completed or stopped early, or active past its primary completion date.
	#[test]
	fn results_wait_until_they_are_due() {
		ExtBuilder.build_and_execute(|| {
			let submit = |id| {
				Trials::submit_results(
					signed(SPONSOR_STAFF),
					id,
					c(0xee),
					results(&[(1, 1), (2, 2)]),
				)
			};
			let waiting = register();
			assert_noop!(submit(waiting), Error::<Test>::ResultsNotDue);
			let withdrawn = register();
			assert_ok!(Trials::set_status(
				signed(SPONSOR_STAFF),
				withdrawn,
				TrialStatus::Withdrawn
			));
			assert_noop!(submit(withdrawn), Error::<Test>::ResultsNotDue);
			let open = recruiting();
			assert_noop!(submit(open), Error::<Test>::ResultsNotDue);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), open, TrialStatus::Suspended));
			assert_noop!(submit(open), Error::<Test>::ResultsNotDue);
			let stop = TrialStatus::Terminated(TerminationReason::Safety);
			assert_ok!(Trials::set_status(signed(SPONSOR_STAFF), open, stop));
			assert_ok!(submit(open));
			// Active, not recruiting: due from the primary completion date on, a year after
			// registration (`registration`).
			let ended = active();
			let completion = Trials::trial_info(ended).unwrap().primary_completion;
			let completed = active();
			assert_ok!(Trials::set_status(
				signed(SPONSOR_STAFF),
				completed,
				TrialStatus::Completed
			));
			assert_ok!(submit(completed));
			advance(completion - now() - 1);
			assert_noop!(submit(ended), Error::<Test>::ResultsNotDue);
			advance(1);
			assert_ok!(submit(ended));
			assert!([open, completed, ended]
				.into_iter()
				.all(|id| Trials::trial_info(id).unwrap().results.is_some()));
		});
	}

	/// Session 46's audit finding: an amendment after the results could change the protocol
	/// (its outcomes) that the results were reported against.
	#[test]
	fn the_protocol_is_not_amended_after_the_results() {
		ExtBuilder.build_and_execute(|| {
			let id = active();
			advance(365 * DAY);
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				id,
				c(0xee),
				results(&[(1, 1), (2, 2)])
			));
			assert!(flags(id).is_empty());
			assert_noop!(
				Trials::amend(
					signed(SPONSOR_STAFF),
					id,
					c(0xb1),
					c(0xc1),
					outcomes(&[1, 9]),
					outcomes(&[]),
					false
				),
				Error::<Test>::ResultsAlreadySubmitted
			);
			let info = Trials::trial_info(id).unwrap();
			assert_eq!(info.version, 1);
			assert!(Trials::amendments(id).is_empty());
		});
	}

	#[test]
	fn overdue_and_stale_follow_the_clock_and_are_raised_by_anyone() {
		ExtBuilder.build_and_execute(|| {
			let id = recruiting();
			assert_noop!(Trials::check_flags(signed(CONSENTING), id), Error::<Test>::NothingToFlag);
			assert_noop!(Trials::check_flags(signed(CONSENTING), 77), Error::<Test>::NotFound);
			advance(365 * DAY + TWELVE_MONTHS);
			assert_eq!(flags(id), vec![TrialFlag::ResultsOverdue, TrialFlag::StatusStale]);
			assert_ok!(Trials::check_flags(signed(CONSENTING), id));
			System::assert_last_event(
				Event::FlagRaised { trial: id, flag: TrialFlag::StatusStale }.into(),
			);
			assert_noop!(Trials::check_flags(signed(CONSENTING), id), Error::<Test>::NothingToFlag);
			// An update ends staleness; results end the overdue flag.
			assert_ok!(Trials::set_status(
				signed(SPONSOR_STAFF),
				id,
				TrialStatus::ActiveNotRecruiting
			));
			assert_eq!(flags(id), vec![TrialFlag::ResultsOverdue]);
			assert_ok!(Trials::submit_results(
				signed(SPONSOR_STAFF),
				id,
				c(0xee),
				results(&[(1, 1), (2, 2)])
			));
			assert!(flags(id).is_empty());
		});
	}

	#[test]
	fn queries_filter_by_sponsor_and_status() {
		ExtBuilder.build_and_execute(|| {
			let a = recruiting();
			let b = register();
			assert_eq!(Trials::trials(Some(SPONSOR), None, 0, 10).len(), 2);
			assert_eq!(Trials::trials(Some(OTHER_SPONSOR), None, 0, 10).len(), 0);
			let recruiting_only = Trials::trials(None, Some(TrialStatus::Recruiting), 0, 10);
			assert_eq!(recruiting_only.iter().map(|t| t.id).collect::<Vec<_>>(), vec![a]);
			assert_eq!(Trials::trials(None, None, b, 10).len(), 1);
		});
	}

	/// Review finding 7: a filtered query reads at most `limit` trials, whatever matches; the
	/// next page starts at `from + limit`.
	#[test]
	fn a_filtered_query_reads_one_window_of_ids() {
		ExtBuilder.build_and_execute(|| {
			register();
			register();
			let other = NextTrialId::<Test>::get();
			assert_ok!(Trials::register(signed(OTHER_SPONSOR_STAFF), registration()));
			assert!(Trials::trials(Some(OTHER_SPONSOR), None, 0, 2).is_empty());
			let next_page = Trials::trials(Some(OTHER_SPONSOR), None, 2, 2);
			assert_eq!(next_page.iter().map(|t| t.id).collect::<Vec<_>>(), vec![other]);
			assert_eq!(Trials::trials(None, None, 0, 1_000).len(), 3, "limit capped, not refused");
		});
	}
}
