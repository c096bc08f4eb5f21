//! A minimal runtime for the registry's unit tests.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, EitherOfDiverse},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
pub use healthchain_primitives::testing::{self, advance, now, MockClock, DAY, START};
use sp_runtime::BuildStorage;

use crate as pallet_organizations;

type Block = frame_system::mocking::MockBlock<Test>;

/// The governance account of the mock (stands in for a members' referendum).
pub const GOVERNOR: u64 = 100;
/// An account with too little balance for any deposit.
pub const POOR: u64 = 99;
/// Organisation deposit.
pub const ORG_DEPOSIT: u64 = 100;
/// Member deposit.
pub const MEMBER_DEPOSIT: u64 = 10;
/// Starting balance of accounts 1..=10 and of the governor.
pub const ENDOWMENT: u64 = 1_000;

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
	pub type Organizations = pallet_organizations;
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
	pub const Governor: u64 = GOVERNOR;
}

impl frame_support::traits::SortedMembers<u64> for Governor {
	fn sorted_members() -> Vec<u64> {
		vec![GOVERNOR]
	}
}

parameter_types! {
	/// The governing body's seats as the mock keeps them: the seat accounts, in order of
	/// seating.
	pub storage SeatHolders: Vec<u64> = Vec::new();
	/// The seats' votes: (organisation, poll, aye), one per organisation and poll.
	pub storage SeatVotes: Vec<(u32, u32, bool)> = Vec::new();
}

/// Most seats the mock's governing body has, so that a refused seat can be tested.
pub const MAX_SEATS: usize = 3;

/// The first seat account: organisation `n`'s seat is `SEAT_BASE + n`.
pub const SEAT_BASE: u64 = 1_000;

/// A governing body that keeps its seats in [`SeatHolders`] and refuses a fourth.
pub struct MockSeats;

impl healthchain_primitives::ConsortiumSeats<u64> for MockSeats {
	fn seat_of(org: u32) -> u64 {
		SEAT_BASE + org as u64
	}

	fn add_seat(org: u32) -> sp_runtime::DispatchResult {
		let mut seats = SeatHolders::get();
		let seat = Self::seat_of(org);
		frame_support::ensure!(!seats.contains(&seat), "already seated");
		frame_support::ensure!(seats.len() < MAX_SEATS, "no free seat");
		seats.push(seat);
		SeatHolders::set(&seats);
		Ok(())
	}

	fn remove_seat(org: u32) -> sp_runtime::DispatchResult {
		let mut seats = SeatHolders::get();
		let at = seats.iter().position(|s| *s == Self::seat_of(org)).ok_or("no such seat")?;
		seats.remove(at);
		SeatHolders::set(&seats);
		Ok(())
	}

	fn vote(org: u32, poll: u32, aye: bool) -> sp_runtime::DispatchResult {
		frame_support::ensure!(SeatHolders::get().contains(&Self::seat_of(org)), "no such seat");
		frame_support::ensure!(poll != NO_SUCH_POLL, "no such poll");
		let mut votes = SeatVotes::get();
		votes.retain(|(o, p, _)| !(*o == org && *p == poll));
		votes.push((org, poll, aye));
		SeatVotes::set(&votes);
		Ok(())
	}

	fn vote_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// A poll the mock's body does not know.
pub const NO_SUCH_POLL: u32 = 99;

parameter_types! {
	pub const Suspender: u64 = SUSPENDER;
}

impl frame_support::traits::SortedMembers<u64> for Suspender {
	fn sorted_members() -> Vec<u64> {
		vec![SUSPENDER]
	}
}

/// An account that may suspend roles and nothing else (stands in for the emergency track).
pub const SUSPENDER: u64 = 101;

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Governor, u64>>;
	type OrganizationDeposit = ConstU64<ORG_DEPOSIT>;
	type MemberDeposit = ConstU64<MEMBER_DEPOSIT>;
	type MaxRoles = ConstU32<3>;
	type MaxMembers = ConstU32<4>;
	type MaxCompanyPrefixes = ConstU32<2>;
	type Seats = MockSeats;
	type SuspendOrigin = EitherOfDiverse<
		EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Governor, u64>>,
		EnsureSignedBy<Suspender, u64>,
	>;
	type Time = MockClock;
	type WeightInfo = ();
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with accounts 1..=10 and the governor endowed, `POOR` nearly empty; the
	/// mock clock at [`START`].
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&[]);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = (1..=10).map(|a| (a, ENDOWMENT)).collect();
		balances.push((GOVERNOR, ENDOWMENT));
		balances.push((POOR, 5));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then the registry's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Organizations::do_try_state().expect("invariants hold after the test");
			// One seat per organisation, and no other.
			let mut expected: Vec<u64> =
				crate::Organizations::<Test>::iter_keys().map(|id| SEAT_BASE + id as u64).collect();
			let mut seats = SeatHolders::get();
			expected.sort();
			seats.sort();
			assert_eq!(seats, expected, "seats follow the organisations");
		});
	}
}
