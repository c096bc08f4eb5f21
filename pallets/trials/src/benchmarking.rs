//! Benchmarks (v2) of every call at its worst case.

use alloc::vec::Vec;

use frame_benchmarking::v2::*;
use frame_support::{traits::Get, BoundedVec};
use frame_system::RawOrigin;
use healthchain_primitives::{
	consent::{Grantee, OnConsentEnded},
	trials::{DataUse, Phase, StudyType, TrialId, TrialStatus},
	Action, Commitment, ConsentVerifier, DataClass, Purpose, Role,
};

use crate::*;

fn outcomes<T: Config>(first: u8) -> OutcomesOf<T> {
	let n = T::MaxOutcomes::get();
	BoundedVec::truncate_from(
		(0..n).map(|i| Commitment::repeat_byte(first.wrapping_add(i as u8))).collect(),
	)
}

/// The largest registration: `MaxOutcomes` primary and secondary outcomes, a late one so that
/// registering also raises a flag.
fn registration<T: Config>() -> RegistrationOf<T> {
	Registration {
		record: Commitment::repeat_byte(0xa0),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_size: 1_000,
		first_enrolment: 0,
		primary_completion: 1,
		protocol: Commitment::repeat_byte(0xb0),
		sap: Commitment::repeat_byte(0xc0),
		primary_outcomes: outcomes::<T>(0x10),
		secondary_outcomes: outcomes::<T>(0x60),
		data_use: widest_data_use(),
	}
}

/// The largest data use: every data class and every action, each once.
fn widest_data_use() -> DataUse {
	DataUse {
		classes: BoundedVec::truncate_from(DataClass::ON_CHAIN.to_vec()),
		actions: BoundedVec::truncate_from(Action::ALL.to_vec()),
	}
}

/// A participant enrolled, on one research consent, in `count` recruiting trials; returns a
/// member of the last trial's sponsor, the participant and the trials.
///
/// With `one_sponsor`, every trial is one sponsor's, whose member enrols, and the consent names
/// that sponsor. Without it — the worst case of ending the consent — each trial is another
/// sponsor's, whose own member enrols and holds the deposit, and the consent is given to every
/// trial sponsor by their role: ending it releases deposits from as many accounts as there are
/// trials, and asking whether a successor still covers them asks about as many organisations.
fn enrolled_in<T: Config>(
	count: u32,
	one_sponsor: bool,
) -> (T::AccountId, T::AccountId, Vec<TrialId>) {
	let participant: T::AccountId = account("participant", 0, 0);
	let mut trials = Vec::new();
	let mut sponsor_member = None;
	for index in 0..count {
		let (sponsor, member) = if one_sponsor {
			T::BenchmarkHelper::organization_with_role(Role::TrialSponsor)
		} else {
			T::BenchmarkHelper::other_organization_with_role(Role::TrialSponsor, index)
		};
		let id = recruiting_by::<T>(member.clone());
		if trials.is_empty() {
			let grantee = if one_sponsor {
				Grantee::Organization(sponsor)
			} else {
				Grantee::Role(Role::TrialSponsor)
			};
			T::BenchmarkHelper::research_consent(&participant, grantee, &widest_data_use());
		}
		Pallet::<T>::enroll(RawOrigin::Signed(member.clone()).into(), id, participant.clone(), 1)
			.expect("enrolled");
		trials.push(id);
		sponsor_member = Some(member);
	}
	(sponsor_member.expect("at least one trial"), participant, trials)
}

/// A participant enrolled in `MaxTrialsPerParticipant` trials of one sponsor ([`enrolled_in`]).
fn enrolled_everywhere<T: Config>() -> (T::AccountId, T::AccountId, Vec<TrialId>) {
	enrolled_in::<T>(T::MaxTrialsPerParticipant::get(), true)
}

/// A sponsor member and a registered trial of its.
fn registered<T: Config>() -> (T::AccountId, TrialId) {
	let (_, member) = T::BenchmarkHelper::organization_with_role(Role::TrialSponsor);
	(member.clone(), registered_by::<T>(member))
}

/// A trial registered by sponsor member `member`.
fn registered_by<T: Config>(member: T::AccountId) -> TrialId {
	let id = NextTrialId::<T>::get();
	Pallet::<T>::register(RawOrigin::Signed(member).into(), registration::<T>())
		.expect("registered");
	id
}

/// A recruiting trial with its ethics approval.
fn recruiting<T: Config>() -> (T::AccountId, TrialId) {
	let (_, member) = T::BenchmarkHelper::organization_with_role(Role::TrialSponsor);
	(member.clone(), recruiting_by::<T>(member))
}

/// A recruiting trial, with its ethics approval, registered by sponsor member `member`.
fn recruiting_by<T: Config>(member: T::AccountId) -> TrialId {
	let id = registered_by::<T>(member.clone());
	let (_, committee) = T::BenchmarkHelper::organization_with_role(Role::EthicsCommittee);
	Pallet::<T>::approve(RawOrigin::Signed(committee).into(), id).expect("approved");
	Pallet::<T>::set_status(RawOrigin::Signed(member).into(), id, TrialStatus::Recruiting)
		.expect("recruiting");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let (_, member) = T::BenchmarkHelper::organization_with_role(Role::TrialSponsor);
		let registration = registration::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(member), registration);

		assert_eq!(NextTrialId::<T>::get(), 1);
	}

	#[benchmark]
	fn approve() {
		let (_, id) = registered::<T>();
		let (_, committee) = T::BenchmarkHelper::organization_with_role(Role::EthicsCommittee);

		#[extrinsic_call]
		_(RawOrigin::Signed(committee), id);

		assert!(Trials::<T>::get(id).is_some_and(|t| t.protocol.approval.is_some()));
	}

	#[benchmark]
	fn set_status() {
		let (member, id) = recruiting::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, TrialStatus::Suspended);

		assert!(Trials::<T>::get(id).is_some_and(|t| t.status == TrialStatus::Suspended));
	}

	#[benchmark]
	fn amend() {
		let (member, id) = recruiting::<T>();
		for v in 0..T::MaxAmendments::get().saturating_sub(1) {
			Pallet::<T>::amend(
				RawOrigin::Signed(member.clone()).into(),
				id,
				Commitment::repeat_byte(v as u8),
				Commitment::repeat_byte(v as u8),
				outcomes::<T>(0x10),
				outcomes::<T>(0x60),
				false,
			)
			.expect("amended");
		}

		#[extrinsic_call]
		_(
			RawOrigin::Signed(member),
			id,
			Commitment::repeat_byte(0xfe),
			Commitment::repeat_byte(0xfe),
			outcomes::<T>(0x20),
			outcomes::<T>(0x70),
			true,
		);

		assert_eq!(
			Trials::<T>::get(id).map(|t| t.protocol.version),
			Some(T::MaxAmendments::get() + 1)
		);
	}

	/// The decision itself is charged as `ConsentVerifier::decision_weight` on top.
	#[benchmark]
	fn enroll() {
		let (member, id) = recruiting::<T>();
		let sponsor = Trials::<T>::get(id).map(|t| t.sponsor).unwrap_or_default();
		let participant: T::AccountId = account("participant", 0, 0);
		T::BenchmarkHelper::research_consent(
			&participant,
			Grantee::Organization(sponsor),
			&widest_data_use(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, participant.clone(), 1);

		assert!(Enrolments::<T>::contains_key(id, &participant));
	}

	#[benchmark]
	fn reconsent() {
		let (member, id) = recruiting::<T>();
		let sponsor = Trials::<T>::get(id).map(|t| t.sponsor).unwrap_or_default();
		let participant: T::AccountId = account("participant", 0, 0);
		T::BenchmarkHelper::research_consent(
			&participant,
			Grantee::Organization(sponsor),
			&widest_data_use(),
		);
		Pallet::<T>::enroll(RawOrigin::Signed(member.clone()).into(), id, participant.clone(), 1)
			.expect("enrolled");
		Pallet::<T>::amend(
			RawOrigin::Signed(member.clone()).into(),
			id,
			Commitment::repeat_byte(1),
			Commitment::repeat_byte(1),
			outcomes::<T>(0x10),
			outcomes::<T>(0x60),
			true,
		)
		.expect("amended");
		let (_, committee) = T::BenchmarkHelper::organization_with_role(Role::EthicsCommittee);
		Pallet::<T>::approve(RawOrigin::Signed(committee).into(), id).expect("approved");

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, participant.clone());

		assert_eq!(Enrolments::<T>::get(id, &participant).map(|e| e.version), Some(2));
	}

	/// The sponsor withdraws a participant enrolled in the most trials (the last one listed).
	#[benchmark]
	fn withdraw() {
		let (member, participant, trials) = enrolled_everywhere::<T>();
		let last = *trials.last().expect("at least one trial");

		#[extrinsic_call]
		_(RawOrigin::Signed(member), last, participant.clone());

		assert!(!Enrolments::<T>::contains_key(last, &participant));
	}

	/// A consent on which the participant's enrolments in `n` trials of as many sponsors rest,
	/// each made by the sponsor's own member, replaced by a successor that covers the trials'
	/// data use but is given to a role no sponsor holds: each sponsor is asked about, none is
	/// covered, and every enrolment is withdrawn, its deposit released to its own depositor.
	/// (A revocation asks nothing; a successor that covers a trial moves its enrolment, one
	/// write instead of four; an enrolment resting on another consent is only read.)
	#[benchmark]
	fn consent_ended(n: Linear<1, { T::MaxTrialsPerParticipant::get() }>) {
		let (_, participant, trials) = enrolled_in::<T>(n, false);
		let depositors: Vec<_> = trials
			.iter()
			.filter_map(|id| Enrolments::<T>::get(id, &participant))
			.map(|e| e.depositor)
			.collect();
		assert_eq!(depositors.len(), trials.len());
		assert!(!healthchain_primitives::has_duplicates(&depositors), "one depositor each");
		let consent = trials
			.first()
			.and_then(|id| Enrolments::<T>::get(id, &participant))
			.map(|e| e.consent)
			.expect("enrolled");
		let successor = T::BenchmarkHelper::research_consent(
			&participant,
			Grantee::Role(Role::Hospital),
			&widest_data_use(),
		);
		// The successor fails on its grantee alone, so each trial's check gets as far as the
		// sponsor's roles: the same terms given to the sponsors' role would cover every trial.
		let same_terms_to_sponsors = T::BenchmarkHelper::research_consent(
			&participant,
			Grantee::Role(Role::TrialSponsor),
			&widest_data_use(),
		);
		let now = <T::Time as frame_support::traits::Time>::now();
		for trial in trials.iter().filter_map(Trials::<T>::get) {
			let (actions, classes) = (&trial.data_use.actions, &trial.data_use.classes);
			let covers = |consent| {
				T::Consent::covers(
					consent,
					&participant,
					trial.sponsor,
					Purpose::Research,
					actions,
					classes,
					now,
				)
			};
			assert!(!covers(successor) && covers(same_terms_to_sponsors));
		}

		#[block]
		{
			<Pallet<T> as OnConsentEnded<T::AccountId>>::on_consent_ended(
				&participant,
				consent,
				Some(successor),
			);
		}

		assert!(Participations::<T>::get(&participant).is_empty());
	}

	/// A participant enrolled in the most trials; the last one closed.
	#[benchmark]
	fn release_enrolment() {
		let (member, participant, trials) = enrolled_everywhere::<T>();
		let last = *trials.last().expect("at least one trial");
		Pallet::<T>::set_status(
			RawOrigin::Signed(member).into(),
			last,
			TrialStatus::Terminated(healthchain_primitives::trials::TerminationReason::Safety),
		)
		.expect("terminated");
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), last, participant.clone());

		assert!(!Enrolments::<T>::contains_key(last, &participant));
	}

	#[benchmark]
	fn submit_results() {
		let (member, id) = recruiting::<T>();
		// Results are due once recruitment has ended: the trial is stopped early.
		Pallet::<T>::set_status(
			RawOrigin::Signed(member.clone()).into(),
			id,
			TrialStatus::Terminated(healthchain_primitives::trials::TerminationReason::Safety),
		)
		.expect("a recruiting trial may be terminated");
		// Every outcome reported, the last one never registered: the full comparison, and the
		// flag is raised.
		let mut results: Vec<(Commitment, Commitment)> =
			outcomes::<T>(0x10).into_iter().chain(outcomes::<T>(0x60)).map(|o| (o, o)).collect();
		results.truncate(T::MaxResults::get() as usize - 1);
		results.push((Commitment::repeat_byte(0xff), Commitment::repeat_byte(0xff)));
		let results = BoundedVec::truncate_from(results);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, Commitment::repeat_byte(0xee), results);

		assert!(Trials::<T>::get(id).is_some_and(|t| t.results.is_some()));
	}

	#[benchmark]
	fn check_flags() {
		let (_, id) = recruiting::<T>();
		// A flag that holds and is not raised yet, whatever the clock says: the registration
		// came after the declared first enrolment.
		Trials::<T>::mutate(id, |t| {
			if let Some(t) = t {
				t.first_enrolment = 0;
				t.registered_at = 1;
				t.raised_flags = 0;
			}
		});
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(Trials::<T>::get(id).is_some_and(|t| t.raised_flags != 0));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
