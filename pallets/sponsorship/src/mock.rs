//! A minimal runtime for the sponsorship pallet's unit tests: balances, transaction payment with
//! [`PayFromSponsor`] as its fee path, a mocked registry.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU64, Contains},
	weights::IdentityFee,
};
use healthchain_primitives::{OrganizationId, Role};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{self, remove_organization, suspend, MockRegistry};

use crate as pallet_sponsorship;
use crate::{OnSponsoredFee, PayFromSponsor};

type Block = frame_system::mocking::MockBlock<Test>;

/// A patient's pseudonym at the hospital, holding nothing.
pub const PATIENT: u64 = 1;
/// Another patient, holding nothing and sponsored by nobody.
pub const STRANGER: u64 = 2;
/// A patient who holds tokens of their own.
pub const FUNDED_PATIENT: u64 = 3;
/// Staff of the hospital (organisation 1): the payer in most tests.
pub const HOSPITAL_STAFF: u64 = 10;
/// Another member account of the hospital.
pub const HOSPITAL_CLERK: u64 = 11;
/// Staff of the clinic (organisation 2).
pub const CLINIC_STAFF: u64 = 20;
/// A member account of the pharmacy (organisation 3) holding too little for a deposit.
pub const POOR_STAFF: u64 = 30;
/// Organisation ids.
pub const HOSPITAL: OrganizationId = 1;
/// Organisation ids.
pub const CLINIC: OrganizationId = 2;
/// Organisation ids.
pub const PHARMACY: OrganizationId = 3;
/// The sponsorship deposit.
pub const DEPOSIT: u64 = 50;
/// The largest allowance per period.
pub const MAX_ALLOWANCE: u64 = 1_000;
/// Blocks per allowance period.
pub const PERIOD: u64 = 10;
/// Starting balance of the staff accounts and of `FUNDED_PATIENT`.
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
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(3)]
	pub type Sponsorship = pallet_sponsorship;
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

#[derive_impl(pallet_transaction_payment::config_preludes::TestDefaultConfig)]
impl pallet_transaction_payment::Config for Test {
	type OnChargeTransaction = PayFromSponsor<Test, Balances, (), SponsoredFeeBudget>;
	type WeightToFee = IdentityFee<u64>;
	type LengthToFee = IdentityFee<u64>;
}

/// The mock's patient operation: `System::remark` (and nothing else) is sponsored.
pub struct PatientCalls;
impl Contains<RuntimeCall> for PatientCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::System(frame_system::Call::remark { .. }))
	}
}

/// A sponsored call.
pub fn patient_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![1] })
}

/// A call no sponsorship pays for.
pub fn other_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1] })
}

parameter_types! {
	pub const Period: u64 = PERIOD;
	/// How many more sponsored fees [`SponsoredFeeBudget`] lets through.
	pub static SponsoredFeeRoom: u32 = u32::MAX;
	/// How many sponsored fees [`SponsoredFeeBudget`] was told of.
	pub static SponsoredFeesCounted: u32 = 0;
}

/// A block's budget as the runtime keeps one: counts every sponsored fee it is told of, and
/// refuses them once [`SponsoredFeeRoom`] is spent.
pub struct SponsoredFeeBudget;
impl OnSponsoredFee for SponsoredFeeBudget {
	fn on_sponsored_fee() -> Result<(), sp_runtime::transaction_validity::TransactionValidityError>
	{
		let room = SponsoredFeeRoom::get();
		if room == 0 {
			return Err(
				sp_runtime::transaction_validity::InvalidTransaction::ExhaustsResources.into()
			);
		}
		SponsoredFeeRoom::set(room - 1);
		SponsoredFeesCounted::set(SponsoredFeesCounted::get() + 1);
		Ok(())
	}
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type SponsoredCalls = PatientCalls;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type SponsorshipDeposit = ConstU64<DEPOSIT>;
	type Period = Period;
	type MaxAllowance = ConstU64<MAX_ALLOWANCE>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, RuntimeCall> for MockRegistry {
	fn sponsoring_member() -> (OrganizationId, u64) {
		(HOSPITAL, HOSPITAL_STAFF)
	}

	fn another_sponsoring_member() -> (OrganizationId, u64) {
		(CLINIC, CLINIC_STAFF)
	}

	fn sponsored_call() -> RuntimeCall {
		patient_call()
	}
}

/// The registry of the tests.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 3] = [
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF, HOSPITAL_CLERK]),
	(CLINIC, &[Role::Clinic], &[CLINIC_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[POOR_STAFF]),
];

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with the staff accounts and `FUNDED_PATIENT` endowed, `POOR_STAFF` nearly
	/// empty, the patients holding nothing, at block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> =
			[HOSPITAL_STAFF, HOSPITAL_CLERK, CLINIC_STAFF, FUNDED_PATIENT]
				.into_iter()
				.map(|a| (a, ENDOWMENT))
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
			Sponsorship::do_try_state().expect("invariants hold after the test");
		});
	}
}
