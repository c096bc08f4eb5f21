//! A minimal runtime for the consent pallet's unit tests, with a mocked registry and clock.

use core::cell::RefCell;
use std::collections::BTreeSet;

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Time},
};
use healthchain_primitives::{consent::Moment, OrganizationId, OrganizationRegistry, Role};
use sp_runtime::BuildStorage;

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
/// Deposits.
pub const CONSENT_DEPOSIT: u64 = 10;
/// Deposits.
pub const PROXY_DEPOSIT: u64 = 7;
/// Deposits.
pub const BREAK_GLASS_DEPOSIT: u64 = 20;
/// Starting balance of every account but `POOR`.
pub const ENDOWMENT: u64 = 10_000;
/// One hour in ms.
pub const HOUR: Moment = 3_600_000;
/// One day in ms.
pub const DAY: Moment = 24 * HOUR;
/// The mock clock's start (2026-01-01).
pub const START: Moment = 1_767_225_600_000;

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

thread_local! {
	static NOW: RefCell<Moment> = const { RefCell::new(START) };
	static SUSPENDED: RefCell<BTreeSet<(OrganizationId, Role)>> = const { RefCell::new(BTreeSet::new()) };
}

/// The mock clock.
pub struct MockTime;
impl Time for MockTime {
	type Moment = Moment;
	fn now() -> Moment {
		NOW.with(|n| *n.borrow())
	}
}

/// Moves the mock clock forward by `ms`.
pub fn advance(ms: Moment) {
	NOW.with(|n| *n.borrow_mut() += ms);
}

/// The mock clock's time.
pub fn now() -> Moment {
	MockTime::now()
}

/// Suspends `role` of `org` in the mock registry.
pub fn suspend(org: OrganizationId, role: Role) {
	SUSPENDED.with(|s| s.borrow_mut().insert((org, role)));
}

/// The mock registry: four organisations, one staff account each.
pub struct MockRegistry;
impl MockRegistry {
	fn roles(org: OrganizationId) -> &'static [Role] {
		match org {
			HOSPITAL => &[Role::Hospital],
			CLINIC => &[Role::Clinic],
			PHARMACY => &[Role::Pharmacy],
			LAB => &[Role::Laboratory, Role::TrialSponsor],
			_ => &[],
		}
	}
}
impl OrganizationRegistry<u64> for MockRegistry {
	fn organization_of(who: &u64) -> Option<OrganizationId> {
		match *who {
			HOSPITAL_STAFF => Some(HOSPITAL),
			CLINIC_STAFF => Some(CLINIC),
			PHARMACY_STAFF => Some(PHARMACY),
			LAB_STAFF => Some(LAB),
			_ => None,
		}
	}
	fn exists(org: OrganizationId) -> bool {
		!Self::roles(org).is_empty()
	}
	fn has_active_role(org: OrganizationId, role: Role) -> bool {
		Self::roles(org).contains(&role) && !SUSPENDED.with(|s| s.borrow().contains(&(org, role)))
	}
}

parameter_types! {
	pub const MaxBreakGlassDuration: Moment = 12 * HOUR;
	pub const JustificationPeriod: Moment = 3 * DAY;
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Time = MockTime;
	type ConsentDeposit = ConstU64<CONSENT_DEPOSIT>;
	type ProxyDeposit = ConstU64<PROXY_DEPOSIT>;
	type BreakGlassDeposit = ConstU64<BREAK_GLASS_DEPOSIT>;
	type MaxConsentsPerSubject = ConstU32<5>;
	type MaxProxies = ConstU32<2>;
	type MaxSessionsPerSubject = ConstU32<2>;
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
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with every named account endowed, `POOR` nearly empty, the clock at
	/// `START` and no suspensions.
	pub fn build(self) -> sp_io::TestExternalities {
		NOW.with(|n| *n.borrow_mut() = START);
		SUSPENDED.with(|s| s.borrow_mut().clear());
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = [
			PATIENT,
			GUARDIAN,
			OTHER_PATIENT,
			HOSPITAL_STAFF,
			CLINIC_STAFF,
			PHARMACY_STAFF,
			LAB_STAFF,
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
