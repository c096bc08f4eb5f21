//! A minimal runtime for the consent pallet's unit tests, with a mocked registry and clock.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::{consent::Moment, OrganizationId, Role};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{
	self, advance, now, remove_organization, sponsor, suspend, MockClock, MockRegistry,
	MockSponsors, DAY, HOUR, SPONSORED_CALL_WEIGHT, SPONSORSHIP_LOOKUP_WEIGHT,
};

use crate as pallet_consent;

type Block = frame_system::mocking::MockBlock<Test>;

/// The patient.
pub const PATIENT: u64 = 1;
/// Someone the patient may appoint as proxy.
pub const GUARDIAN: u64 = 2;
/// Another patient.
pub const OTHER_PATIENT: u64 = 3;
/// An account with too little balance for any deposit.
pub const POOR: u64 = 99;
/// Staff of the hospital (organisation 1).
pub const HOSPITAL_STAFF: u64 = 10;
/// Staff of the clinic (organisation 2).
pub const CLINIC_STAFF: u64 = 20;
/// Staff of the pharmacy (organisation 3).
pub const PHARMACY_STAFF: u64 = 30;
/// Staff of the laboratory (organisation 4), which is also a research sponsor.
pub const LAB_STAFF: u64 = 40;
/// Organisation ids.
pub const HOSPITAL: OrganizationId = 1;
/// Organisation ids.
pub const CLINIC: OrganizationId = 2;
/// Organisation ids.
pub const PHARMACY: OrganizationId = 3;
/// Organisation ids.
pub const LAB: OrganizationId = 4;
/// A second clinic (organisation 5), so that more clinical organisations than
/// `MaxOpenSessions` exist.
pub const OTHER_CLINIC: OrganizationId = 5;
/// Staff of the second clinic.
pub const OTHER_CLINIC_STAFF: u64 = 50;
/// Deposits.
pub const CONSENT_DEPOSIT: u64 = 10;
/// Deposits.
pub const PROXY_DEPOSIT: u64 = 7;
/// Deposits.
pub const BREAK_GLASS_DEPOSIT: u64 = 20;
/// Starting balance of every account but `POOR`.
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

/// The registry of the tests: five organisations, one staff account each; the laboratory is
/// also a trial sponsor.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 5] = [
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
	(CLINIC, &[Role::Clinic], &[CLINIC_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[PHARMACY_STAFF]),
	(LAB, &[Role::Laboratory, Role::TrialSponsor], &[LAB_STAFF]),
	(OTHER_CLINIC, &[Role::Clinic], &[OTHER_CLINIC_STAFF]),
];

/// The mock's bound on a patient's list of consents.
pub const MAX_CONSENTS: u32 = 5;

parameter_types! {
	pub const MaxBreakGlassDuration: Moment = 12 * HOUR;
	pub const JustificationPeriod: Moment = 3 * DAY;
	/// The bound on a patient's list of consents, which a test lowers as a runtime upgrade
	/// might (`ExtBuilder::build` puts it back).
	pub static MaxConsentsPerSubject: u32 = MAX_CONSENTS;
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Time = MockClock;
	type ConsentDeposit = ConstU64<CONSENT_DEPOSIT>;
	type ProxyDeposit = ConstU64<PROXY_DEPOSIT>;
	type BreakGlassDeposit = ConstU64<BREAK_GLASS_DEPOSIT>;
	type MaxConsentsPerSubject = MaxConsentsPerSubject;
	type MaxProxies = ConstU32<2>;
	type MaxOpenSessions = ConstU32<2>;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type OnConsentEnded = ();
	type Sponsors = MockSponsors;
	type MaxBreakGlassDuration = MaxBreakGlassDuration;
	type JustificationPeriod = JustificationPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistry {
	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		match role {
			Role::Clinic => (CLINIC, CLINIC_STAFF),
			Role::Pharmacy => (PHARMACY, PHARMACY_STAFF),
			Role::Laboratory | Role::TrialSponsor => (LAB, LAB_STAFF),
			_ => (HOSPITAL, HOSPITAL_STAFF),
		}
	}

	fn organization_with_every_role() -> (OrganizationId, u64) {
		testing::organization_with_every_role()
	}
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with every named account endowed, `POOR` nearly empty, the clock at
	/// `START` and no suspensions.
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		MaxConsentsPerSubject::set(MAX_CONSENTS);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = [
			PATIENT,
			GUARDIAN,
			OTHER_PATIENT,
			HOSPITAL_STAFF,
			CLINIC_STAFF,
			PHARMACY_STAFF,
			LAB_STAFF,
			OTHER_CLINIC_STAFF,
			testing::EVERY_ROLE_MEMBER,
		]
		.into_iter()
		.map(|a| (a, ENDOWMENT))
		.collect();
		balances.push((POOR, 5));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Consent::do_try_state().expect("invariants hold after the test");
		});
	}
}
