//! A minimal runtime for the trials registry's unit tests, with a mocked registry, consent and
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

pub use healthchain_primitives::testing::{
	self, advance, now, suspend, MockClock, MockRegistry, DAY,
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
/// The research consent the mock reports.
pub const RESEARCH_CONSENT: ConsentId = 11;
/// Deposits.
pub const TRIAL_DEPOSIT: u64 = 50;
/// Deposits.
pub const ENROLMENT_DEPOSIT: u64 = 5;
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
	static CONSENTS: RefCell<BTreeSet<(u64, OrganizationId)>> = const { RefCell::new(BTreeSet::new()) };
}

/// Gives `subject` a research consent to `org`.
pub fn consent_to_research(subject: u64, org: OrganizationId) {
	CONSENTS.with(|c| c.borrow_mut().insert((subject, org)));
}

/// Withdraws it.
pub fn withdraw_research_consent(subject: u64, org: OrganizationId) {
	CONSENTS.with(|c| c.borrow_mut().remove(&(subject, org)));
}

/// The registry of the tests: three sponsors, an ethics committee and a hospital.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 5] = [
	(SPONSOR, &[Role::TrialSponsor], &[SPONSOR_STAFF]),
	(OTHER_SPONSOR, &[Role::TrialSponsor], &[OTHER_SPONSOR_STAFF]),
	(POOR_SPONSOR, &[Role::TrialSponsor], &[POOR_SPONSOR_STAFF]),
	(ETHICS, &[Role::EthicsCommittee], &[ETHICS_STAFF]),
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF]),
];

/// The mock consent pallet: research consents as [`consent_to_research`] set them.
pub struct MockConsent;
impl ConsentVerifier<u64> for MockConsent {
	fn decide(
		_subject: &u64,
		_organization: OrganizationId,
		_action: Action,
		_class: DataClass,
		_purpose: Purpose,
		_at: Moment,
	) -> Decision {
		Decision::NotApplicable
	}

	fn active_consent_for(
		subject: &u64,
		organization: OrganizationId,
		purpose: Purpose,
		_at: Moment,
	) -> Option<ConsentId> {
		(purpose == Purpose::Research
			&& CONSENTS.with(|c| c.borrow().contains(&(*subject, organization))))
		.then_some(RESEARCH_CONSENT)
	}

	fn open_break_glass(_: &u64, _: OrganizationId, _: Moment) -> Option<SessionId> {
		None
	}
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Consent = MockConsent;
	type Time = MockClock;
	type TrialDeposit = ConstU64<TRIAL_DEPOSIT>;
	type EnrolmentDeposit = ConstU64<ENROLMENT_DEPOSIT>;
	type MaxOutcomes = ConstU32<4>;
	type MaxResults = ConstU32<8>;
	type MaxAmendments = ConstU32<2>;
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

	fn research_consent(subject: &u64, sponsor: OrganizationId) -> ConsentId {
		consent_to_research(*subject, sponsor);
		RESEARCH_CONSENT
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
		CONSENTS.with(|c| {
			let mut c = c.borrow_mut();
			c.clear();
			c.insert((CONSENTING, SPONSOR));
		});
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> =
			[SPONSOR_STAFF, ETHICS_STAFF, HOSPITAL_STAFF, OTHER_SPONSOR_STAFF, CONSENTING]
				.into_iter()
				.map(|a| (a, ENDOWMENT))
				.collect();
		balances.push((POOR_SPONSOR_STAFF, 5));
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
			Trials::do_try_state().expect("invariants hold after the test");
		});
	}
}
