//! A minimal runtime for the claims pallet's unit tests: the real consent pallet, a mocked
//! registry and clock, and mocked records and packs.

use core::cell::RefCell;
use std::collections::BTreeMap;

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	BoundedVec,
};
use healthchain_primitives::{
	claims::{day_of, DispenseLookup, RecordFacts, RecordLookup},
	consent::{Grantee, Moment, Provision},
	provenance::{Gtin, PackKey},
	records::RecordId,
	Action, DataClass, OrganizationId, Purpose, Role,
};
use sp_core::H256;
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{
	self, advance, now, suspend, MockClock, MockRegistry, DAY,
};

use crate as pallet_claims;

type Block = frame_system::mocking::MockBlock<Test>;

/// Organisations.
pub const HOSPITAL: OrganizationId = 1;
/// Organisations.
pub const PHARMACY: OrganizationId = 2;
/// Organisations.
pub const INSURER: OrganizationId = 3;
/// Organisations.
pub const OTHER_INSURER: OrganizationId = 4;
/// Organisations: a manufacturer (not a provider, not a payer).
pub const MAKER: OrganizationId = 5;
/// Organisations: another hospital.
pub const OTHER_HOSPITAL: OrganizationId = 6;
/// Staff of [`HOSPITAL`].
pub const HOSPITAL_STAFF: u64 = 10;
/// Staff of [`PHARMACY`].
pub const PHARMACY_STAFF: u64 = 20;
/// Staff of [`INSURER`].
pub const INSURER_STAFF: u64 = 30;
/// Staff of [`OTHER_INSURER`].
pub const OTHER_INSURER_STAFF: u64 = 40;
/// Staff of [`MAKER`].
pub const MAKER_STAFF: u64 = 50;
/// Staff of [`OTHER_HOSPITAL`].
pub const OTHER_HOSPITAL_STAFF: u64 = 60;
/// A patient who consents to payment disclosure to both insurers.
pub const PATIENT: u64 = 1;
/// A patient without a payment consent.
pub const OTHER_PATIENT: u64 = 2;
/// An account of no organisation, with almost nothing.
pub const OUTSIDER: u64 = 99;
/// Deposits.
pub const POLICY_DEPOSIT: u64 = 10;
/// Deposits.
pub const COVERAGE_DEPOSIT: u64 = 5;
/// Deposits.
pub const CLAIM_DEPOSIT: u64 = 2;
/// Starting balance.
pub const ENDOWMENT: u64 = 10_000;
/// Claim window (days).
pub const WINDOW: u32 = 365;
/// Retention of claims.
pub const RETENTION: Moment = 7 * 365 * DAY;

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
	pub type Claims = pallet_claims;
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
	pub const MaxBreakGlassDuration: Moment = 12 * 3_600_000;
	pub const JustificationPeriod: Moment = 3 * DAY;
	/// Whether claims need a payment consent (tests switch it off).
	pub static RequireConsent: bool = true;
}

/// The real consent pallet decides the payment-consent check, with the mock registry and clock.
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
	type OnConsentEnded = ();
	type Sponsors = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ConsentBenchmarks;
}

/// The consent pallet's benchmark helper in this mock.
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

thread_local! {
	static RECORDS: RefCell<BTreeMap<RecordId, RecordFacts<u64>>> = const { RefCell::new(BTreeMap::new()) };
	static DISPENSED: RefCell<BTreeMap<PackKey, (OrganizationId, Moment)>> = const { RefCell::new(BTreeMap::new()) };
}

/// The mocked records registry.
pub struct MockRecords;
impl RecordLookup<u64> for MockRecords {
	fn record_facts(id: &RecordId) -> Option<RecordFacts<u64>> {
		RECORDS.with(|r| r.borrow().get(id).cloned())
	}
}

/// The mocked drug provenance.
pub struct MockPacks;
impl DispenseLookup for MockPacks {
	fn dispensed(pack: &PackKey) -> Option<(OrganizationId, Moment)> {
		DISPENSED.with(|d| d.borrow().get(pack).copied())
	}
}

/// Stores a record with these facts; returns its id.
pub fn add_record(custodian: OrganizationId, subject: u64, class: DataClass) -> RecordId {
	RECORDS.with(|r| {
		let mut r = r.borrow_mut();
		let id = H256::from_low_u64_be(r.len() as u64 + 1);
		r.insert(id, RecordFacts { custodian, subject, class, in_force: true });
		id
	})
}

/// An encounter record of `provider` for `patient`.
pub fn encounter(provider: OrganizationId, patient: u64) -> RecordId {
	add_record(provider, patient, DataClass::Encounters)
}

/// Marks record `id` as no longer in force.
pub fn retire_record(id: RecordId) {
	RECORDS.with(|r| {
		if let Some(facts) = r.borrow_mut().get_mut(&id) {
			facts.in_force = false;
		}
	});
}

/// A valid GTIN of the tests' drug.
pub const DRUG: Gtin = Gtin(9_506_000_134_352);

/// Pack `n` of the tests' drug.
pub fn pack(n: u32) -> PackKey {
	PackKey { gtin: DRUG, serial: BoundedVec::truncate_from(format!("SN{n}").into_bytes()) }
}

/// Records pack `key` as dispensed by `by` at `at`.
pub fn dispense(key: &PackKey, by: OrganizationId, at: Moment) {
	DISPENSED.with(|d| d.borrow_mut().insert(key.clone(), (by, at)));
}

/// Today's day number.
pub fn today() -> u32 {
	day_of(now())
}

/// Payment-consent terms of a patient to `org`: access to encounters and medications.
pub fn payment_terms(org: OrganizationId) -> pallet_consent::ConsentTerms {
	pallet_consent::ConsentTerms {
		grantee: Grantee::Organization(org),
		provision: Provision::Permit,
		classes: BoundedVec::truncate_from(vec![DataClass::Encounters, DataClass::Medications]),
		purposes: BoundedVec::truncate_from(vec![Purpose::Payment]),
		actions: BoundedVec::truncate_from(vec![Action::Access]),
		valid_from: None,
		valid_until: None,
	}
}

/// The registry of the tests.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 6] = [
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[PHARMACY_STAFF]),
	(INSURER, &[Role::Insurer], &[INSURER_STAFF]),
	(OTHER_INSURER, &[Role::Insurer], &[OTHER_INSURER_STAFF]),
	(MAKER, &[Role::Manufacturer], &[MAKER_STAFF]),
	(OTHER_HOSPITAL, &[Role::Hospital], &[OTHER_HOSPITAL_STAFF]),
];

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Consent = Consent;
	type Records = MockRecords;
	type Packs = MockPacks;
	type Time = MockClock;
	type RequirePaymentConsent = RequireConsent;
	type ClaimWindow = ConstU32<WINDOW>;
	type ClaimRetention = ConstU64<RETENTION>;
	type PolicyDeposit = ConstU64<POLICY_DEPOSIT>;
	type CoverageDeposit = ConstU64<COVERAGE_DEPOSIT>;
	type ClaimDeposit = ConstU64<CLAIM_DEPOSIT>;
	type MaxRules = ConstU32<8>;
	type MaxLines = ConstU32<4>;
	type MaxCoveragesPerPatient = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistry {
	fn set_now(at: Moment) {
		testing::set_now(at);
	}

	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		match role {
			Role::Insurer => (INSURER, INSURER_STAFF),
			Role::Pharmacy => (PHARMACY, PHARMACY_STAFF),
			_ => (HOSPITAL, HOSPITAL_STAFF),
		}
	}

	fn provider_of_every_kind(after: Moment) -> (OrganizationId, u64) {
		let roles = crate::PROVIDER_ROLES;
		for role in &roles[..3] {
			testing::set_active_since(PHARMACY, *role, after + DAY);
		}
		(PHARMACY, PHARMACY_STAFF)
	}

	fn payment_consent(patient: &u64, payer: OrganizationId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(patient, ENDOWMENT);
		frame_support::assert_ok!(Consent::grant(
			RuntimeOrigin::signed(*patient),
			*patient,
			payment_terms(payer)
		));
	}

	fn encounter(provider: OrganizationId, patient: &u64) -> RecordId {
		encounter(provider, *patient)
	}

	fn dispensed_pack(pharmacy: OrganizationId, gtin: Gtin, n: u32) -> PackKey {
		let key =
			PackKey { gtin, serial: BoundedVec::truncate_from(format!("SN{n}").into_bytes()) };
		dispense(&key, pharmacy, now());
		key
	}
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with staff endowed, the clock at `START`, and [`PATIENT`] consenting to
	/// payment disclosure to both insurers.
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		RECORDS.with(|r| r.borrow_mut().clear());
		DISPENSED.with(|d| d.borrow_mut().clear());
		RequireConsent::set(true);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = [
			HOSPITAL_STAFF,
			PHARMACY_STAFF,
			INSURER_STAFF,
			OTHER_INSURER_STAFF,
			MAKER_STAFF,
			OTHER_HOSPITAL_STAFF,
			PATIENT,
			OTHER_PATIENT,
		]
		.into_iter()
		.map(|a| (a, ENDOWMENT))
		.collect();
		balances.push((OUTSIDER, 1));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for payer in [INSURER, OTHER_INSURER] {
				frame_support::assert_ok!(Consent::grant(
					RuntimeOrigin::signed(PATIENT),
					PATIENT,
					payment_terms(payer)
				));
			}
		});
		ext
	}

	/// Runs `test`, then the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Claims::do_try_state().expect("invariants hold after the test");
			Consent::do_try_state().expect("consent invariants hold after the test");
		});
	}
}
