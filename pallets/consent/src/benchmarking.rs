//! Benchmarks (v2) of every call at its worst case, and of the decision over a full list of
//! consents.

use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::Precision,
		Get, Time,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use healthchain_primitives::{
	consent::{ConsentStatus, Grantee, Moment, Provision, ProxyKind},
	Action, Commitment, ConsentVerifier, DataClass, OrganizationId, OrganizationRegistry, Purpose,
	Role,
};
use sp_runtime::Saturating;

use crate::*;

const ALL_CLASSES: [DataClass; 10] = DataClass::ON_CHAIN;
const ALL_PURPOSES: [Purpose; 7] = [
	Purpose::Treatment,
	Purpose::EmergencyTreatment,
	Purpose::Payment,
	Purpose::Operations,
	Purpose::Research,
	Purpose::PublicHealth,
	Purpose::PatientRequest,
];
const ALL_ACTIONS: [Action; 5] = Action::ALL;

/// An account with enough balance for every deposit it may pay.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let many: BalanceOf<T> = (T::MaxConsentsPerSubject::get() + T::MaxProxies::get() + 10).into();
	let amount = T::ConsentDeposit::get()
		.saturating_add(T::ProxyDeposit::get())
		.saturating_add(T::BreakGlassDeposit::get())
		.saturating_mul(many)
		.saturating_add(T::Currency::minimum_balance().saturating_mul(100u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// The widest terms: every class, purpose and action, granted to a role (so deciding must ask
/// the registry), with an end.
fn widest(provision: Provision, role: Role) -> ConsentTerms {
	ConsentTerms {
		grantee: Grantee::Role(role),
		provision,
		classes: BoundedVec::truncate_from(ALL_CLASSES.to_vec()),
		purposes: BoundedVec::truncate_from(ALL_PURPOSES.to_vec()),
		actions: BoundedVec::truncate_from(ALL_ACTIONS.to_vec()),
		valid_from: None,
		valid_until: Some(Moment::MAX),
	}
}

/// The patient with `MaxProxies` proxies; returns the patient and the last proxy, whom every
/// authorisation check has to scan the whole list to find.
fn patient_with_proxies<T: Config>() -> (T::AccountId, T::AccountId) {
	let patient = funded::<T>("patient", 0);
	let mut last = patient.clone();
	for i in 0..T::MaxProxies::get() {
		last = funded::<T>("proxy", i);
		Pallet::<T>::appoint_proxy(
			RawOrigin::Signed(patient.clone()).into(),
			last.clone(),
			ProxyKind::Guardian,
			None,
		)
		.expect("proxy appointed");
	}
	(patient, last)
}

/// Fills the patient's consents up to `count`, granted by `grantor`, each to a role, every role
/// in turn (so a decision must ask the registry about each role).
fn fill_consents<T: Config>(patient: &T::AccountId, grantor: &T::AccountId, count: u32) {
	for i in 0..count {
		Pallet::<T>::grant(
			RawOrigin::Signed(grantor.clone()).into(),
			patient.clone(),
			widest(Provision::Permit, Role::ALL[i as usize % Role::ALL.len()]),
		)
		.expect("consent granted");
	}
}

/// Fills the patient's list with `count` consents no longer in force, each as long as a rule
/// gets: every class, purpose and action, to a named organisation, and ended (revoked) — what
/// the calls that change a patient's list read (and all but `grant` decode and re-encode), at
/// its largest.
fn fill_ended_consents<T: Config>(patient: &T::AccountId, grantor: &T::AccountId, count: u32) {
	for _ in 0..count {
		let id = grant_to_organization::<T>(patient, grantor);
		Pallet::<T>::revoke(RawOrigin::Signed(grantor.clone()).into(), id).expect("revoked");
	}
}

/// An active consent of the patient to a named organisation, with the widest terms, granted by
/// `grantor`; its id.
fn grant_to_organization<T: Config>(
	patient: &T::AccountId,
	grantor: &T::AccountId,
) -> healthchain_primitives::ConsentId {
	let (organization, _) = T::BenchmarkHelper::organization_with_role(Role::Clinic);
	let id = NextConsentId::<T>::get();
	Pallet::<T>::grant(
		RawOrigin::Signed(grantor.clone()).into(),
		patient.clone(),
		ConsentTerms {
			grantee: Grantee::Organization(organization),
			..widest(Provision::Permit, Role::Clinic)
		},
	)
	.expect("consent granted");
	id
}

/// Moves a deposit of `amount` held for `reason` from `from` to `to`: a state in which someone
/// else paid it (a patient's sponsor, an opener who has since left its organisation).
fn move_hold<T: Config>(
	reason: HoldReason,
	amount: BalanceOf<T>,
	from: &T::AccountId,
	to: &T::AccountId,
) -> Result<(), BenchmarkError> {
	let reason: T::RuntimeHoldReason = reason.into();
	T::Currency::release(&reason, from, amount, Precision::Exact)?;
	T::Currency::hold(&reason, to, amount)?;
	Ok(())
}

/// Stores `count` sessions on `patient` by organisations other than `organization`, listed as
/// the patient's open sessions: with access open if `open`, else already run out (each one
/// still read, and dropped, by the next opening).
fn fill_sessions<T: Config>(
	patient: &T::AccountId,
	organization: OrganizationId,
	count: u32,
	open: bool,
) {
	for i in 0..count {
		let id = NextSessionId::<T>::get();
		NextSessionId::<T>::put(id + 1);
		Sessions::<T>::insert(
			id,
			Session {
				subject: patient.clone(),
				organization: organization.wrapping_add(1 + i),
				opened_by: patient.clone(),
				opened_at: 0,
				expires_at: if open { Moment::MAX } else { 0 },
				justification_due: Moment::MAX,
				justification: None,
				flagged: false,
				deposit: Default::default(),
			},
		);
		OpenSessions::<T>::mutate(patient, |ids| ids.try_push(id).expect("within bound"));
		SubjectSessions::<T>::insert(patient, id, ());
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `n`: the consents already in the patient's list (ended, at their longest), to which the
	/// grant appends one (the list is read from the state, as proof, but not decoded).
	#[benchmark]
	fn grant(n: Linear<0, { T::MaxConsentsPerSubject::get() - 1 }>) {
		let (patient, proxy) = patient_with_proxies::<T>();
		fill_ended_consents::<T>(&patient, &proxy, n);
		// To a named organisation: the grant checks it exists in the registry.
		let (organization, _) = T::BenchmarkHelper::organization_with_role(Role::Clinic);
		let terms = ConsentTerms {
			grantee: Grantee::Organization(organization),
			..widest(Provision::Deny, Role::Clinic)
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(proxy), patient.clone(), terms);

		assert_eq!(SubjectConsents::<T>::get(&patient).len() as u32, n + 1);
	}

	/// `n`: the consents in the patient's list (the others ended, at their longest); the
	/// revoked one is found last.
	#[benchmark]
	fn revoke(n: Linear<1, { T::MaxConsentsPerSubject::get() }>) {
		let (patient, proxy) = patient_with_proxies::<T>();
		fill_ended_consents::<T>(&patient, &proxy, n - 1);
		let id = grant_to_organization::<T>(&patient, &proxy);

		#[extrinsic_call]
		_(RawOrigin::Signed(proxy), id);

		assert_eq!(Consents::<T>::get(id).map(|c| c.status), Some(ConsentStatus::Revoked));
	}

	/// `n`: the consents in the patient's list before the new version joins it (the others
	/// ended, at their longest); the replaced one is found last.
	#[benchmark]
	fn replace(n: Linear<1, { T::MaxConsentsPerSubject::get() - 1 }>) {
		let (patient, proxy) = patient_with_proxies::<T>();
		fill_ended_consents::<T>(&patient, &proxy, n - 1);
		let id = grant_to_organization::<T>(&patient, &proxy);
		let (organization, _) = T::BenchmarkHelper::organization_with_role(Role::Clinic);
		let terms = ConsentTerms {
			grantee: Grantee::Organization(organization),
			..widest(Provision::Permit, Role::Clinic)
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(proxy), id, terms);

		assert_eq!(Consents::<T>::get(id).map(|c| c.status), Some(ConsentStatus::Superseded));
	}

	/// A proxy removes a consent the patient paid for: not its depositor, so it is checked
	/// against the patient's full list of proxies, and found last. `n`: the consents in the
	/// patient's list (ended, at their longest); the removed one is the first, so every other
	/// moves up.
	#[benchmark]
	fn remove(n: Linear<1, { T::MaxConsentsPerSubject::get() }>) {
		let (patient, proxy) = patient_with_proxies::<T>();
		let id = NextConsentId::<T>::get();
		fill_ended_consents::<T>(&patient, &patient, n);
		assert_eq!(Consents::<T>::get(id).map(|c| c.depositor), Some(patient));

		#[extrinsic_call]
		_(RawOrigin::Signed(proxy), id);

		assert!(Consents::<T>::get(id).is_none());
	}

	#[benchmark]
	fn appoint_proxy() {
		let patient = funded::<T>("patient", 0);
		for i in 1..T::MaxProxies::get() {
			let proxy = funded::<T>("proxy", i);
			Pallet::<T>::appoint_proxy(
				RawOrigin::Signed(patient.clone()).into(),
				proxy,
				ProxyKind::Guardian,
				None,
			)
			.expect("appointed");
		}
		let proxy = funded::<T>("proxy", 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			proxy,
			ProxyKind::LegalRepresentative,
			Some(Moment::MAX),
		);

		assert_eq!(Proxies::<T>::get(&patient).len() as u32, T::MaxProxies::get());
	}

	/// The path that reads most: the sponsor that paid the last proxy's deposit takes it back
	/// once the appointment has ended, so the clock is read as well as the whole proxy list (the
	/// patient's and the proxy's own paths read no clock).
	#[benchmark]
	fn remove_proxy() -> Result<(), BenchmarkError> {
		let (patient, proxy) = patient_with_proxies::<T>();
		let sponsor = funded::<T>("sponsor", 0);
		move_hold::<T>(HoldReason::ProxyDeposit, T::ProxyDeposit::get(), &patient, &sponsor)?;
		Proxies::<T>::mutate(&patient, |proxies| {
			if let Some(p) = proxies.iter_mut().find(|p| p.account == proxy) {
				p.depositor = sponsor.clone();
				p.until = Some(T::Time::now());
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), patient.clone(), proxy);

		assert_eq!(Proxies::<T>::get(&patient).len() as u32, T::MaxProxies::get() - 1);
		Ok(())
	}

	/// The patient's open-session list is full of sessions whose access has run out: every
	/// one is read and dropped before the new one is listed.
	#[benchmark]
	fn open_break_glass() {
		let (organization, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
		let patient = funded::<T>("patient", 0);
		fill_sessions::<T>(&patient, organization, T::MaxOpenSessions::get(), false);
		let duration = T::MaxBreakGlassDuration::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(member), patient.clone(), duration);

		assert_eq!(OpenSessions::<T>::get(&patient).len(), 1);
	}

	#[benchmark]
	fn justify() -> Result<(), BenchmarkError> {
		let (_, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
		let patient = funded::<T>("patient", 0);
		let id = NextSessionId::<T>::get();
		Pallet::<T>::open_break_glass(
			RawOrigin::Signed(member.clone()).into(),
			patient.clone(),
			T::MaxBreakGlassDuration::get(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, Commitment::repeat_byte(7));

		assert!(Sessions::<T>::get(id).is_some_and(|s| s.justification.is_some()));
		Ok(())
	}

	#[benchmark]
	fn flag_overdue() {
		let patient = funded::<T>("patient", 0);
		let id = NextSessionId::<T>::get();
		fill_sessions::<T>(&patient, 0, 1, true);
		Sessions::<T>::mutate(id, |s| {
			if let Some(s) = s {
				s.justification_due = 0;
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(patient), id);

		assert!(Sessions::<T>::get(id).is_some_and(|s| s.flagged));
	}

	/// The opener's path, which reads what a member's does and the clock besides: the account
	/// that opened the session is no longer a member of the organisation (the registry is asked,
	/// and misses), its access has ended, and it is still listed among the patient's
	/// `MaxOpenSessions` open sessions (not yet tidied).
	#[benchmark]
	fn close_break_glass() -> Result<(), BenchmarkError> {
		let (organization, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
		let patient = funded::<T>("patient", 0);
		fill_sessions::<T>(&patient, organization, T::MaxOpenSessions::get() - 1, true);
		let id = NextSessionId::<T>::get();
		Pallet::<T>::open_break_glass(
			RawOrigin::Signed(member.clone()).into(),
			patient.clone(),
			T::MaxBreakGlassDuration::get(),
		)?;
		Pallet::<T>::justify(RawOrigin::Signed(member.clone()).into(), id, Commitment::zero())?;
		// The opener left the organisation: the session names an account outside it, which holds
		// the deposit; and its access has run out.
		let opener = funded::<T>("opener", 0);
		move_hold::<T>(
			HoldReason::BreakGlassDeposit,
			T::BreakGlassDeposit::get(),
			&member,
			&opener,
		)?;
		Sessions::<T>::mutate(id, |s| {
			if let Some(s) = s {
				s.opened_by = opener.clone();
				s.expires_at = s.opened_at;
			}
		});
		assert!(T::Registry::organization_of(&opener) != Some(organization));

		#[extrinsic_call]
		_(RawOrigin::Signed(opener), id);

		assert!(Sessions::<T>::get(id).is_none());
		Ok(())
	}

	/// The patient ends a session whose access is still open, the last of `MaxOpenSessions`
	/// open ones (the other paths — governance, tidying a run-out session — do no more).
	#[benchmark]
	fn end_break_glass() -> Result<(), BenchmarkError> {
		let (organization, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
		let patient = funded::<T>("patient", 0);
		fill_sessions::<T>(&patient, organization, T::MaxOpenSessions::get() - 1, true);
		let id = NextSessionId::<T>::get();
		Pallet::<T>::open_break_glass(
			RawOrigin::Signed(member).into(),
			patient.clone(),
			T::MaxBreakGlassDuration::get(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), id);

		assert!(!OpenSessions::<T>::get(&patient).contains(&id));
		Ok(())
	}

	/// The decision over `MaxConsentsPerSubject` consents that all have to be looked at: each
	/// is a permit to a role, every role among them (the registry is asked once per role), none
	/// denies. The consents themselves are one read.
	#[benchmark]
	fn decide() {
		let (organization, _) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
		let patient = funded::<T>("patient", 0);
		fill_consents::<T>(&patient, &patient, T::MaxConsentsPerSubject::get());
		let now = T::Time::now();
		let decision;

		#[block]
		{
			decision = Pallet::<T>::decide_for_organization(
				&patient,
				organization,
				Action::Correct,
				DataClass::Documents,
				Purpose::PatientRequest,
				now,
			);
		}

		assert!(decision.is_permit());
	}

	/// `consent_covering` (what trials' `enroll` and `reconsent` ask) for the widest data use,
	/// every action and class, over `MaxConsentsPerSubject` permits to every grantee in turn
	/// that an organisation holding every role answers to: each role, and the organisation by
	/// name (the registry is asked once for each of the twelve, and every permit is given to
	/// it). Each lists every action and every class but the last one asked (`Restricted`,
	/// which `All` does not cover), so each is checked in full and none covers. The consents
	/// are one read, as for `decide`.
	#[benchmark]
	fn consent_covering() {
		let (organization, _) = T::BenchmarkHelper::organization_with_every_role();
		let patient = funded::<T>("patient", 0);
		let (last, granted) = ALL_CLASSES.split_last().expect("classes");
		assert!(!granted.iter().any(|class| class.covers(*last)), "no granted class covers it");
		let grantees: alloc::vec::Vec<Grantee> = Role::ALL
			.into_iter()
			.map(Grantee::Role)
			.chain([Grantee::Organization(organization)])
			.collect();
		for i in 0..T::MaxConsentsPerSubject::get() {
			Pallet::<T>::grant(
				RawOrigin::Signed(patient.clone()).into(),
				patient.clone(),
				ConsentTerms {
					grantee: grantees[i as usize % grantees.len()],
					classes: BoundedVec::truncate_from(granted.to_vec()),
					..widest(Provision::Permit, Role::Hospital)
				},
			)
			.expect("consent granted");
		}
		let now = T::Time::now();
		let covering;

		#[block]
		{
			covering = <Pallet<T> as ConsentVerifier<T::AccountId>>::consent_covering(
				&patient,
				organization,
				Purpose::Research,
				&ALL_ACTIONS,
				&ALL_CLASSES,
				now,
			);
		}

		assert!(covering.is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
