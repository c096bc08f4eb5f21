//! A minimal runtime for the trials registry's unit tests, with a mocked registry, consent and
//! clock.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	BoundedVec,
};
use healthchain_primitives::{
	consent::{ConsentId, Grantee, Moment, Provision},
	trials::DataUse,
	Action, DataClass, OrganizationId, Purpose, Role,
};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{
	self, advance, now, sponsor, suspend, MockClock, MockRegistry, MockSponsors, DAY, HOUR,
	SPONSORED_CALL_WEIGHT, SPONSORSHIP_LOOKUP_WEIGHT,
};

use crate as pallet_trials;

type Block = frame_system::mocking::MockBlock<Test>;

/// A sponsor's staff.
pub const SPONSOR_STAFF: u64 = 50;
/// An ethics committee's staff.
pub const ETHICS_STAFF: u64 = 60;
/// A hospital's staff (not a sponsor).
pub const HOSPITAL_STAFF: u64 = 10;
/// Another sponsor's staff.
pub const OTHER_SPONSOR_STAFF: u64 = 70;
/// A participant with a research consent to the sponsor.
pub const CONSENTING: u64 = 1;
/// A participant without one.
pub const NOT_CONSENTING: u64 = 2;
/// An account with too little for a deposit, acting for a third sponsor.
pub const POOR_SPONSOR_STAFF: u64 = 99;
/// Organisations.
pub const SPONSOR: OrganizationId = 5;
/// Organisations.
pub const ETHICS: OrganizationId = 6;
/// Organisations.
pub const HOSPITAL: OrganizationId = 1;
/// Organisations.
pub const OTHER_SPONSOR: OrganizationId = 7;
/// Organisations.
pub const POOR_SPONSOR: OrganizationId = 9;
/// Organisations: a sponsor that is also an ethics committee.
pub const SELF_REVIEWING: OrganizationId = 8;
/// Its staff.
pub const SELF_REVIEWING_STAFF: u64 = 80;
/// The participant's guardian (appointed by some tests).
pub const GUARDIAN: u64 = 3;
/// Deposits.
pub const TRIAL_DEPOSIT: u64 = 50;
/// Deposits.
pub const ENROLMENT_DEPOSIT: u64 = 5;
/// Deposits.
pub const AMENDMENT_DEPOSIT: u64 = 3;
/// Starting balance.
pub const ENDOWMENT: u64 = 10_000;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Trials = pallet_trials;
	#[runtime::pallet_index(3)]
	pub type Consent = pallet_consent;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const MaxBreakGlassDuration: Moment = 12 * HOUR;
	pub const JustificationPeriod: Moment = 3 * DAY;
}

/// The real consent pallet decides, with the mock registry and clock: enrolment is tested
/// against the documented decision rule (deny wins, classes, actions, time), and revoking or
/// replacing a consent reaches this pallet through `OnConsentEnded`.
impl pallet_consent::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Time = MockClock;
	type ConsentDeposit = ConstU64<1>;
	type ProxyDeposit = ConstU64<1>;
	type BreakGlassDeposit = ConstU64<1>;
	type MaxConsentsPerSubject = ConstU32<8>;
	type MaxProxies = ConstU32<2>;
	type MaxOpenSessions = ConstU32<2>;
	type MaxBreakGlassDuration = MaxBreakGlassDuration;
	type JustificationPeriod = JustificationPeriod;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type OnConsentEnded = Trials;
	type Sponsors = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ConsentBenchmarks;
}

/// The consent pallet's benchmark helper in this mock: the trials helper's organisations.
#[cfg(feature = "runtime-benchmarks")]
pub struct ConsentBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consent::BenchmarkHelper<u64> for ConsentBenchmarks {
	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		<MockRegistry as crate::BenchmarkHelper<u64>>::organization_with_role(role)
	}

	fn organization_with_every_role() -> (OrganizationId, u64) {
		use frame_support::traits::fungible::Mutate;
		let (org, member) = healthchain_primitives::testing::organization_with_every_role();
		Balances::set_balance(&member, ENDOWMENT);
		(org, member)
	}
}

/// The data use of the tests' trials: lab results and genomics, collected and used.
pub fn data_use() -> DataUse {
	DataUse {
		classes: BoundedVec::truncate_from(vec![DataClass::LabResults, DataClass::Restricted]),
		actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
	}
}

/// Terms of a research consent of `subject`'s to `org` covering `data_use`, signed by the
/// subject; returns its id.
pub fn consent_to_research(subject: u64, org: OrganizationId, data_use: &DataUse) -> ConsentId {
	let id = pallet_consent::NextConsentId::<Test>::get();
	frame_support::assert_ok!(Consent::grant(
		RuntimeOrigin::signed(subject),
		subject,
		research_terms(org, Provision::Permit, data_use),
	));
	id
}

/// Research-consent terms to `org` over `data_use`.
pub fn research_terms(
	org: OrganizationId,
	provision: Provision,
	data_use: &DataUse,
) -> pallet_consent::ConsentTerms {
	pallet_consent::ConsentTerms {
		grantee: Grantee::Organization(org),
		provision,
		classes: BoundedVec::truncate_from(data_use.classes.to_vec()),
		purposes: BoundedVec::truncate_from(vec![Purpose::Research]),
		actions: BoundedVec::truncate_from(data_use.actions.to_vec()),
		valid_from: None,
		valid_until: None,
	}
}

/// The research consent `CONSENTING` holds from the start (the first consent stored).
pub const RESEARCH_CONSENT: ConsentId = 0;

/// The registry of the tests: three sponsors, an ethics committee, a hospital, and a sponsor
/// that is its own ethics committee.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 6] = [
	(SPONSOR, &[Role::TrialSponsor], &[SPONSOR_STAFF]),
	(OTHER_SPONSOR, &[Role::TrialSponsor], &[OTHER_SPONSOR_STAFF]),
	(POOR_SPONSOR, &[Role::TrialSponsor], &[POOR_SPONSOR_STAFF]),
	(ETHICS, &[Role::EthicsCommittee], &[ETHICS_STAFF]),
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
	(SELF_REVIEWING, &[Role::TrialSponsor, Role::EthicsCommittee], &[SELF_REVIEWING_STAFF]),
];

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Consent = Consent;
	type Time = MockClock;
	type TrialDeposit = ConstU64<TRIAL_DEPOSIT>;
	type EnrolmentDeposit = ConstU64<ENROLMENT_DEPOSIT>;
	type AmendmentDeposit = ConstU64<AMENDMENT_DEPOSIT>;
	type MaxTrialsPerParticipant = ConstU32<2>;
	type MaxOutcomes = ConstU32<4>;
	type MaxResults = ConstU32<8>;
	type MaxAmendments = ConstU32<2>;
	type Sponsors = MockSponsors;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistry {
	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		match role {
			Role::EthicsCommittee => (ETHICS, ETHICS_STAFF),
			Role::Hospital => (HOSPITAL, HOSPITAL_STAFF),
			_ => (SPONSOR, SPONSOR_STAFF),
		}
	}

	fn other_organization_with_role(role: Role, index: u32) -> (OrganizationId, u64) {
		use frame_support::traits::fungible::Mutate;
		let org = 1_000 + index;
		let member = 20_000 + u64::from(index);
		testing::add_organization(org, &[role], &[member]);
		Balances::set_balance(&member, ENDOWMENT);
		(org, member)
	}

	fn research_consent(subject: &u64, grantee: Grantee, data_use: &DataUse) -> ConsentId {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(subject, ENDOWMENT);
		let id = pallet_consent::NextConsentId::<Test>::get();
		let terms = pallet_consent::ConsentTerms {
			grantee,
			..research_terms(SPONSOR, Provision::Permit, data_use)
		};
		frame_support::assert_ok!(Consent::grant(RuntimeOrigin::signed(*subject), *subject, terms));
		id
	}
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with staff endowed, the clock at `START`, `CONSENTING` consenting to
	/// research by `SPONSOR`.
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = [
			SPONSOR_STAFF,
			ETHICS_STAFF,
			HOSPITAL_STAFF,
			OTHER_SPONSOR_STAFF,
			SELF_REVIEWING_STAFF,
			CONSENTING,
			NOT_CONSENTING,
			GUARDIAN,
		]
		.into_iter()
		.map(|a| (a, ENDOWMENT))
		.collect();
		balances.push((POOR_SPONSOR_STAFF, 5));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			consent_to_research(CONSENTING, SPONSOR, &data_use());
		});
		ext
	}

	/// Runs `test`, then the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Trials::do_try_state().expect("invariants hold after the test");
			Consent::do_try_state().expect("consent invariants hold after the test");
		});
	}
}
