//! A minimal runtime for the records pallet's unit tests, with a mocked registry, consent and
//! clock.

use core::cell::RefCell;
use std::collections::BTreeSet;

use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::{
	consent::{ConsentId, Moment, SessionId},
	Action, ConsentVerifier, DataClass, Decision, OrganizationId, Purpose, Role,
};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{self, advance, suspend, MockClock, MockRegistry, START};

use crate as pallet_records;

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
/// Deposit per version.
pub const VERSION_DEPOSIT: u64 = 10;
/// Deposit per batch.
pub const BATCH_DEPOSIT: u64 = 15;
/// The consent the mock consent verifier permits with (see [`MockConsent`]).
pub const PERMITTING_CONSENT: ConsentId = 7;
/// The open break-glass session of the mock (the clinic on `PATIENT`).
pub const OPEN_SESSION: SessionId = 3;
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
	pub type Records = pallet_records;
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

/// The registry of the tests: four organisations, one staff account each; the laboratory is
/// also a trial sponsor.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 4] = [
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
	(CLINIC, &[Role::Clinic], &[CLINIC_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[PHARMACY_STAFF]),
	(LAB, &[Role::Laboratory, Role::TrialSponsor], &[LAB_STAFF]),
];

thread_local! {
	static PERMITS: RefCell<BTreeSet<(u64, OrganizationId, DataClass, Purpose)>> = const { RefCell::new(BTreeSet::new()) };
}

/// Lets `org` access `subject`'s `class` data for `purpose`, citing [`PERMITTING_CONSENT`].
pub fn permit(subject: u64, org: OrganizationId, class: DataClass, purpose: Purpose) {
	PERMITS.with(|p| p.borrow_mut().insert((subject, org, class, purpose)));
}

/// The mock consent pallet: permits what [`permit`] allowed, denies nothing; the clinic has an
/// open break-glass session on `PATIENT`.
pub struct MockConsent;
impl ConsentVerifier<u64> for MockConsent {
	fn decide(
		subject: &u64,
		organization: OrganizationId,
		_action: Action,
		class: DataClass,
		purpose: Purpose,
		_at: Moment,
	) -> Decision {
		if PERMITS.with(|p| p.borrow().contains(&(*subject, organization, class, purpose))) {
			Decision::Permit { consent: PERMITTING_CONSENT }
		} else {
			Decision::NotApplicable
		}
	}

	fn active_consent_for(
		_subject: &u64,
		_organization: OrganizationId,
		_purpose: Purpose,
		_at: Moment,
	) -> Option<ConsentId> {
		None
	}

	fn open_break_glass(
		subject: &u64,
		organization: OrganizationId,
		_at: Moment,
	) -> Option<SessionId> {
		(*subject == PATIENT && organization == CLINIC).then_some(OPEN_SESSION)
	}
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Consent = MockConsent;
	type Time = MockClock;
	type VersionDeposit = ConstU64<VERSION_DEPOSIT>;
	type BatchDeposit = ConstU64<BATCH_DEPOSIT>;
	type MaxVersions = ConstU32<3>;
	type MaxBatchLeaves = ConstU32<1_000>;
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

	fn permit(
		subject: &u64,
		accessor: OrganizationId,
		class: DataClass,
		purpose: Purpose,
	) -> ConsentId {
		permit(*subject, accessor, class, purpose);
		PERMITTING_CONSENT
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
		PERMITS.with(|p| p.borrow_mut().clear());
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
			Records::do_try_state().expect("invariants hold after the test");
		});
	}
}
