//! Benchmarks (v2) of every call at its worst case: full rule tables, claims of drug lines
//! (each with its pack looked up, checked and claimed, and its fingerprint checked and stored)
//! resting on an encounter record and drawing on a prior authorisation.

use alloc::vec::Vec;

use frame_benchmarking::v2::*;
use frame_support::{traits::Get, BoundedVec};
use frame_system::RawOrigin;
use healthchain_primitives::{
	claims::{
		day_of, ClaimDecision, ClaimId, ClaimUse, CoverageId, Day, LineSubmission, Outcome,
		PolicyId, ReasonCode, Rule, ServiceCode, Settlement,
	},
	consent::Moment,
	provenance::Gtin,
	Commitment, Role,
};

use crate::*;

/// The benchmarks' clock: 2026-01-01.
const BASE: Moment = 1_767_225_600_000;

fn today() -> Day {
	day_of(BASE)
}

/// The drug of the benchmarks (a GTIN with its check digit).
fn drug() -> Gtin {
	(0..10u64)
		.map(|check| Gtin(950_600_013_435 * 10 + check))
		.find(|g| g.is_valid())
		.expect("one check digit is valid")
}

/// The `i`th of the benchmarks' HCPCS codes (`J0000`, `J0001`, …).
fn hcpcs(i: u32) -> ServiceCode {
	let digits = alloc::format!("{:04}", i % 10_000);
	let mut code = *b"J0000";
	code[1..].copy_from_slice(digits.as_bytes());
	ServiceCode::Hcpcs(code)
}

/// A rule table of `n` rows (at least one): HCPCS codes, and last the drug, needing prior
/// authorisation, so that finding it reads the whole table.
fn rules<T: Config>(n: u32) -> RulesOf<T> {
	let n = n.max(1);
	let mut rows: Vec<Rule> = (0..n - 1)
		.map(|i| Rule { code: hcpcs(i), max_unit_amount: 100, max_units: 4, prior_auth: false })
		.collect();
	rows.push(Rule {
		code: ServiceCode::Drug(drug()),
		max_unit_amount: 1_000,
		max_units: 1,
		prior_auth: true,
	});
	BoundedVec::truncate_from(rows)
}

fn c(n: u8) -> Commitment {
	Commitment::repeat_byte(n)
}

/// What a claim's benchmark needs: the payer's member, the provider's (a pharmacy), the
/// patient, the coverage and an approved prior authorisation of `MaxLines` lines, the drug's
/// last, with room for `MaxLines` packs of it.
struct Setting<T: Config> {
	payer: T::AccountId,
	provider: T::AccountId,
	provider_org: healthchain_primitives::OrganizationId,
	patient: T::AccountId,
	coverage: CoverageId,
	policy: PolicyId,
	prior_auth: ClaimId,
}

fn setting<T: Config>() -> Setting<T> {
	T::BenchmarkHelper::set_now(BASE);
	let (payer_org, payer) = T::BenchmarkHelper::organization_with_role(Role::Insurer);
	let (provider_org, provider) = T::BenchmarkHelper::provider_of_every_kind(BASE);
	let patient: T::AccountId = account("patient", 0, 0);
	let policy = NextPolicyId::<T>::get();
	Pallet::<T>::publish_policy(
		RawOrigin::Signed(payer.clone()).into(),
		None,
		c(1),
		today() - 30,
		today() + 3_600,
		rules::<T>(T::MaxRules::get()),
	)
	.expect("policy published");
	// Later versions for later dates: a claim's date is looked up through every version looked
	// at, the version in force last.
	for v in 1..crate::POLICY_LOOKBACK {
		Pallet::<T>::publish_policy(
			RawOrigin::Signed(payer.clone()).into(),
			Some(policy),
			c(1),
			today() + 4_000 + v,
			today() + 5_000,
			rules::<T>(T::MaxRules::get()),
		)
		.expect("later version published");
	}
	let coverage = NextCoverageId::<T>::get();
	Pallet::<T>::record_coverage(
		RawOrigin::Signed(payer.clone()).into(),
		patient.clone(),
		policy,
		today() - 30,
		today() + 3_600,
	)
	.expect("coverage recorded");
	T::BenchmarkHelper::payment_consent(&patient, payer_org);
	let max = T::MaxLines::get();
	let prior_auth = NextClaimId::<T>::get();
	let request = Submission {
		use_: ClaimUse::Preauthorization,
		coverage,
		service_date: today(),
		bundle: c(2),
		encounter: None,
		prior_auth: None,
		lines: preauthorized_lines::<T>(max),
	};
	// The payer approves every line in full.
	let approved = request.lines.iter().map(|l| l.amount).collect();
	Pallet::<T>::submit_claim(RawOrigin::Signed(provider.clone()).into(), request)
		.expect("preauthorization submitted");
	Pallet::<T>::adjudicate(
		RawOrigin::Signed(payer.clone()).into(),
		prior_auth,
		BoundedVec::truncate_from(approved),
		None,
		c(3),
	)
	.expect("preauthorization approved");
	Setting { payer, provider, provider_org, patient, coverage, policy, prior_auth }
}

/// A preauthorization request of `max` lines (at least one): `max - 1` of the rule table's
/// HCPCS codes (`hcpcs`; the table lists `MaxRules - 1` of them), one unit each, and last the
/// drug, `max` units, so that finding the drug's line reads every line of it (a real one may
/// list `MaxLines` codes).
fn preauthorized_lines<T: Config>(max: u32) -> BoundedVec<LineSubmission, T::MaxLines> {
	let max = max.max(1);
	assert!(max <= T::MaxRules::get(), "every code but the drug's is in the rule table");
	let mut lines: Vec<LineSubmission> = (0..max - 1)
		.map(|i| LineSubmission { code: hcpcs(i), units: 1, amount: 100, pack: None })
		.collect();
	lines.push(LineSubmission {
		code: ServiceCode::Drug(drug()),
		units: max,
		amount: 100 * max as u128,
		pack: None,
	});
	BoundedVec::truncate_from(lines)
}

/// A claim of `lines` drug lines, each a pack the provider dispensed today (serials from
/// `first`), resting on an encounter record and drawing on the prior authorisation; each line
/// bills `amount`.
fn claim<T: Config>(s: &Setting<T>, lines: u32, first: u32, amount: u128) -> SubmissionOf<T> {
	let record = T::BenchmarkHelper::encounter(s.provider_org, &s.patient);
	Submission {
		use_: ClaimUse::Claim,
		coverage: s.coverage,
		service_date: today(),
		bundle: c(4),
		encounter: Some(record),
		prior_auth: Some(s.prior_auth),
		lines: BoundedVec::truncate_from(
			(first..first + lines)
				.map(|n| {
					let pack = T::BenchmarkHelper::dispensed_pack(s.provider_org, drug(), n);
					LineSubmission {
						code: ServiceCode::Drug(drug()),
						units: 1,
						amount,
						pack: Some(pack.serial),
					}
				})
				.collect(),
		),
	}
}

/// Submits a claim of `lines` lines: approved by the rules when `amount` is within them,
/// else pended (over the rule's amount).
fn submitted<T: Config>(s: &Setting<T>, lines: u32, amount: u128) -> ClaimId {
	let id = NextClaimId::<T>::get();
	Pallet::<T>::submit_claim(
		RawOrigin::Signed(s.provider.clone()).into(),
		claim(s, lines, 0, amount),
	)
	.expect("claim submitted");
	id
}

fn amounts<T: Config>(lines: u32, each: u128) -> AmountsOf<T> {
	BoundedVec::truncate_from((0..lines).map(|_| each).collect())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new policy (its version 1) with a rule table of `r` rows: the branch that takes an id
	/// and so writes one key more than a new version.
	#[benchmark]
	fn publish_new_policy(r: Linear<1, { T::MaxRules::get() }>) {
		T::BenchmarkHelper::set_now(BASE);
		let (_, payer) = T::BenchmarkHelper::organization_with_role(Role::Insurer);
		let id = NextPolicyId::<T>::get();

		#[extrinsic_call]
		publish_policy(RawOrigin::Signed(payer), None, c(1), today(), today() + 365, rules::<T>(r));

		assert_eq!(Policies::<T>::get(id).map(|h| h.latest), Some(1));
	}

	/// A new version of a policy with a rule table of `r` rows.
	#[benchmark]
	fn publish_policy(r: Linear<1, { T::MaxRules::get() }>) {
		T::BenchmarkHelper::set_now(BASE);
		let (_, payer) = T::BenchmarkHelper::organization_with_role(Role::Insurer);
		Pallet::<T>::publish_policy(
			RawOrigin::Signed(payer.clone()).into(),
			None,
			c(1),
			0,
			1,
			rules::<T>(1),
		)
		.expect("policy published");

		#[extrinsic_call]
		_(RawOrigin::Signed(payer), Some(0), c(2), today(), today() + 365, rules::<T>(r));

		assert_eq!(Policies::<T>::get(0).map(|h| h.latest), Some(2));
	}

	/// A coverage of a patient who has all but one of the coverages allowed.
	#[benchmark]
	fn record_coverage() {
		let s = setting::<T>();
		for _ in 1..T::MaxCoveragesPerPatient::get() - 1 {
			Pallet::<T>::record_coverage(
				RawOrigin::Signed(s.payer.clone()).into(),
				s.patient.clone(),
				s.policy,
				0,
				1,
			)
			.expect("coverage recorded");
		}
		let next = NextCoverageId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(s.payer), s.patient.clone(), s.policy, today(), today() + 365);

		assert!(Coverages::<T>::contains_key(next));
	}

	#[benchmark]
	fn end_coverage() {
		let s = setting::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(s.payer), s.coverage, today() + 1);

		assert_eq!(Coverages::<T>::get(s.coverage).map(|c| c.end), Some(today() + 1));
	}

	/// The removal of a coverage from a full list of the patient's coverages.
	#[benchmark]
	fn remove_coverage() {
		let s = setting::<T>();
		for _ in 1..T::MaxCoveragesPerPatient::get() {
			Pallet::<T>::record_coverage(
				RawOrigin::Signed(s.payer.clone()).into(),
				s.patient.clone(),
				s.policy,
				0,
				1,
			)
			.expect("coverage recorded");
		}
		Pallet::<T>::end_coverage(RawOrigin::Signed(s.payer.clone()).into(), s.coverage, today())
			.expect("coverage ended");
		let later = BASE
			+ (T::ClaimWindow::get() as u64 + 2) * healthchain_primitives::time::MILLISECS_PER_DAY;
		T::BenchmarkHelper::set_now(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.payer), s.coverage);

		assert!(!Coverages::<T>::contains_key(s.coverage));
	}

	/// A claim of `l` drug lines approved by the rules: the encounter record read, each pack
	/// looked up and claimed, each fingerprint checked and stored, the prior authorisation read
	/// and drawn on, the payment consent decided (its full cost is also charged apart).
	#[benchmark]
	fn submit_claim(l: Linear<1, { T::MaxLines::get() }>) {
		let s = setting::<T>();
		let submission = claim(&s, l, 0, 100);
		let id = NextClaimId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(s.provider.clone()), submission);

		let claim = Claims::<T>::get(id).expect("claim stored");
		assert_eq!(claim.decision, ClaimDecision::Approved, "approved by the rules");
		assert!(claim.auto_adjudicated);
	}

	/// The payer's approval of a pended claim of `l` lines that draws on its prior
	/// authorisation.
	#[benchmark]
	fn adjudicate(l: Linear<1, { T::MaxLines::get() }>) {
		let s = setting::<T>();
		let id = submitted(&s, l, 2_000);
		assert_eq!(Claims::<T>::get(id).map(|c| c.decision), Some(ClaimDecision::Pending));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(s.payer),
			id,
			amounts::<T>(l, 100),
			Some(ReasonCode::AmountExceeded),
			c(5),
		);

		assert_eq!(Claims::<T>::get(id).map(|c| c.outcome), Some(Outcome::Partial));
	}

	/// The appeal of a partly approved claim of `MaxLines` lines that gives back what it drew.
	#[benchmark]
	fn appeal() {
		let s = setting::<T>();
		let lines = T::MaxLines::get();
		let id = submitted(&s, lines, 2_000);
		Pallet::<T>::adjudicate(
			RawOrigin::Signed(s.payer.clone()).into(),
			id,
			amounts::<T>(lines, 100),
			Some(ReasonCode::AmountExceeded),
			c(5),
		)
		.expect("decided");

		#[extrinsic_call]
		_(RawOrigin::Signed(s.provider), id, c(6));

		assert_eq!(Claims::<T>::get(id).map(|c| c.appealed), Some(true));
	}

	/// The withdrawal of an approved claim of `l` lines: its fingerprints and packs freed and
	/// what it drew given back.
	#[benchmark]
	fn cancel(l: Linear<1, { T::MaxLines::get() }>) {
		let s = setting::<T>();
		let id = submitted(&s, l, 100);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.provider), id, true);

		assert!(Fingerprints::<T>::iter_keys().next().is_none());
	}

	#[benchmark]
	fn instruct_payment() {
		let s = setting::<T>();
		let id = submitted(&s, T::MaxLines::get(), 100);

		#[extrinsic_call]
		_(RawOrigin::Signed(s.payer), id, c(7));

		assert_eq!(Claims::<T>::get(id).map(|c| c.settlement), Some(Settlement::Instructed));
	}

	#[benchmark]
	fn confirm_payment() {
		let s = setting::<T>();
		let id = submitted(&s, T::MaxLines::get(), 100);
		Pallet::<T>::instruct_payment(RawOrigin::Signed(s.payer.clone()).into(), id, c(7))
			.expect("instructed");

		#[extrinsic_call]
		_(RawOrigin::Signed(s.provider), id);

		assert_eq!(Claims::<T>::get(id).map(|c| c.settlement), Some(Settlement::Confirmed));
	}

	#[benchmark]
	fn dispute_payment() {
		let s = setting::<T>();
		let id = submitted(&s, T::MaxLines::get(), 100);
		Pallet::<T>::instruct_payment(RawOrigin::Signed(s.payer.clone()).into(), id, c(7))
			.expect("instructed");

		#[extrinsic_call]
		_(RawOrigin::Signed(s.provider), id);

		assert_eq!(Claims::<T>::get(id).map(|c| c.settlement), Some(Settlement::Disputed));
	}

	/// The removal of a claim of `l` lines that still holds its fingerprints and packs.
	#[benchmark]
	fn remove_claim(l: Linear<1, { T::MaxLines::get() }>) {
		let s = setting::<T>();
		let id = submitted(&s, l, 100);
		T::BenchmarkHelper::set_now(BASE + T::ClaimRetention::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(s.payer), id);

		assert!(!Claims::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
