//! A minimal runtime for the provenance unit tests, with a mocked registry and clock.

use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use std::collections::BTreeMap;

use healthchain_primitives::{
	provenance::{CompanyPrefix, Gtin, Sscc},
	CompanyPrefixes, OrganizationId, Role,
};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{
	self, advance, now, suspend, MockClock, MockRegistry, DAY,
};

use crate as pallet_provenance;

type Block = frame_system::mocking::MockBlock<Test>;

/// Organisations of the tests.
pub const MAKER: OrganizationId = 1;
/// A second manufacturer.
pub const OTHER_MAKER: OrganizationId = 2;
/// A wholesaler.
pub const WHOLESALER: OrganizationId = 3;
/// A pharmacy.
pub const PHARMACY: OrganizationId = 4;
/// A hospital.
pub const HOSPITAL: OrganizationId = 5;
/// A regulator.
pub const REGULATOR: OrganizationId = 6;
/// A clinic (no supply-chain role).
pub const CLINIC: OrganizationId = 7;
/// A manufacturer whose staff cannot pay deposits.
pub const POOR_MAKER: OrganizationId = 8;
/// A second pharmacy.
pub const OTHER_PHARMACY: OrganizationId = 9;

/// Member accounts: the organisation's id times ten.
pub const MAKER_STAFF: u64 = 10;
/// Member of `OTHER_MAKER`.
pub const OTHER_MAKER_STAFF: u64 = 20;
/// Member of `WHOLESALER`.
pub const WHOLESALER_STAFF: u64 = 30;
/// Member of `PHARMACY`.
pub const PHARMACY_STAFF: u64 = 40;
/// Member of `HOSPITAL`.
pub const HOSPITAL_STAFF: u64 = 50;
/// Member of `REGULATOR`.
pub const REGULATOR_STAFF: u64 = 60;
/// Member of `CLINIC`.
pub const CLINIC_STAFF: u64 = 70;
/// Member of `POOR_MAKER`.
pub const POOR_STAFF: u64 = 80;
/// Member of `OTHER_PHARMACY`.
pub const OTHER_PHARMACY_STAFF: u64 = 90;
/// No organisation's member.
pub const OUTSIDER: u64 = 1;

/// Deposits.
pub const PRODUCT_DEPOSIT: u64 = 20;
/// Deposits.
pub const BATCH_DEPOSIT: u64 = 10;
/// Deposits.
pub const PACK_DEPOSIT: u64 = 1;
/// Deposits.
pub const CASE_DEPOSIT: u64 = 5;
/// Starting balance.
pub const ENDOWMENT: u64 = 10_000;
/// The history bound of the tests: 12 custody events and the investigation reserve of 8.
pub const MAX_HISTORY: u32 = 20;
/// How long the tests keep records: a year.
pub const RETENTION: u64 = 365 * DAY;

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
	pub type Provenance = pallet_provenance;
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

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type CompanyPrefixes = MockPrefixes;
	type Time = MockClock;
	type ProductDeposit = ConstU64<PRODUCT_DEPOSIT>;
	type BatchDeposit = ConstU64<BATCH_DEPOSIT>;
	type PackDeposit = ConstU64<PACK_DEPOSIT>;
	type CaseDeposit = ConstU64<CASE_DEPOSIT>;
	type MaxCommission = ConstU32<16>;
	type MaxCaseSize = ConstU32<8>;
	type MaxHistory = ConstU32<MAX_HISTORY>;
	type UndoWindow = ConstU64<{ 10 * DAY }>;
	type RecordRetention = ConstU64<RETENTION>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistry {
	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		match role {
			Role::Manufacturer | Role::Repackager => (MAKER, MAKER_STAFF),
			Role::Wholesaler => (WHOLESALER, WHOLESALER_STAFF),
			Role::Hospital => (HOSPITAL, HOSPITAL_STAFF),
			Role::Regulator => (REGULATOR, REGULATOR_STAFF),
			_ => (PHARMACY, PHARMACY_STAFF),
		}
	}

	fn assign_company_prefix(organization: OrganizationId, prefix: CompanyPrefix) {
		assign_prefix(organization, prefix);
	}

	fn set_time(at: healthchain_primitives::consent::Moment) {
		// Back to the start (with the tests' registry), then forward to `at`.
		testing::reset(&ORGANIZATIONS);
		advance(at.saturating_sub(now()));
	}
}

/// The registry of the tests.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 9] = [
	(MAKER, &[Role::Manufacturer], &[MAKER_STAFF]),
	(OTHER_MAKER, &[Role::Manufacturer], &[OTHER_MAKER_STAFF]),
	(WHOLESALER, &[Role::Wholesaler], &[WHOLESALER_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[PHARMACY_STAFF]),
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
	(REGULATOR, &[Role::Regulator], &[REGULATOR_STAFF]),
	(CLINIC, &[Role::Clinic], &[CLINIC_STAFF]),
	(POOR_MAKER, &[Role::Manufacturer], &[POOR_STAFF]),
	(OTHER_PHARMACY, &[Role::Pharmacy], &[OTHER_PHARMACY_STAFF]),
];

thread_local! {
	static PREFIXES: RefCell<BTreeMap<CompanyPrefix, OrganizationId>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// The GS1 Company Prefixes of the tests: `MAKER` holds GS1's example 9501101 (of
/// `09501101530003`) and 0614141 (of GS1's example SSCC `106141411234567897`, the tests' cases),
/// `WHOLESALER` 0614142 (for its own cases), `OTHER_MAKER` 9506000 (of `09506000134352`),
/// `POOR_MAKER` 5012345 (of `05012345000008`). None overlaps the benchmarks' 614141123456 (of
/// their GTIN `06141411234562`) or 376104250001 (of their SSCC `037610425000100012`).
pub const PREFIXES_AT_START: [(OrganizationId, CompanyPrefix); 5] = [
	(MAKER, CompanyPrefix { digits: 7, value: 9_501_101 }),
	(MAKER, CompanyPrefix { digits: 7, value: 614_141 }),
	(WHOLESALER, CompanyPrefix { digits: 7, value: 614_142 }),
	(OTHER_MAKER, CompanyPrefix { digits: 7, value: 9_506_000 }),
	(POOR_MAKER, CompanyPrefix { digits: 7, value: 5_012_345 }),
];

/// Makes `organization` the holder of `prefix` (the tests' stand-in for governance).
pub fn assign_prefix(organization: OrganizationId, prefix: CompanyPrefix) {
	PREFIXES.with(|p| p.borrow_mut().insert(prefix, organization));
}

/// Withdraws `prefix` from whoever holds it.
pub fn withdraw_prefix(prefix: CompanyPrefix) {
	PREFIXES.with(|p| p.borrow_mut().remove(&prefix));
}

/// The mock holders of GS1 Company Prefixes, for the pallet's `CompanyPrefixes`: the longest
/// prefix assigned that the GTIN begins with (the registry's never overlap).
pub struct MockPrefixes;
impl CompanyPrefixes for MockPrefixes {
	fn holder_of_gtin(gtin: Gtin) -> Option<OrganizationId> {
		longest_assigned(|digits| gtin.company_prefix(digits))
	}

	fn holder_of_sscc(sscc: Sscc) -> Option<OrganizationId> {
		longest_assigned(|digits| sscc.company_prefix(digits))
	}
}

/// The holder of the longest assigned prefix among a key's first digits (`prefix_of(12)`, …,
/// `prefix_of(4)`).
fn longest_assigned(prefix_of: impl Fn(u8) -> CompanyPrefix) -> Option<OrganizationId> {
	PREFIXES.with(|p| {
		let p = p.borrow();
		(CompanyPrefix::MIN_DIGITS..=CompanyPrefix::MAX_DIGITS)
			.rev()
			.find_map(|digits| p.get(&prefix_of(digits)).copied())
	})
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with every member endowed (the poor one with 5), the clock at `START`
	/// (2026-01-01).
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		PREFIXES.with(|p| {
			*p.borrow_mut() = PREFIXES_AT_START.into_iter().map(|(o, p)| (p, o)).collect()
		});
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = ORGANIZATIONS
			.iter()
			.flat_map(|(_, _, members)| members.iter().copied())
			.filter(|m| *m != POOR_STAFF)
			.map(|m| (m, ENDOWMENT))
			.collect();
		balances.push((POOR_STAFF, 5));
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
			Provenance::do_try_state().expect("invariants hold after the test");
		});
	}
}
