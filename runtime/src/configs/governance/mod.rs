//! Governance: one organisation, one vote (`docs/governance.md`).
//!
//! - **Seats.** The governing body is a ranked collective ([`Consortium`](crate::Consortium))
//!   with one seat per admitted organisation, kept under an account derived from the
//!   organisation's id ([`SEATS_PALLET_ID`]), which no key signs for. Seats follow the registry
//!   ([`RegistrySeats`]): admission adds one, removal takes it away; nothing else adds or
//!   removes a seat (every membership origin of the collective is `EnsureNever`). The
//!   organisation's voter casts the seat's vote through `organizations.vote`, so a new voter
//!   changes the seat's vote and never adds a second one.
//! - **Decisions.** A voter submits a referendum ([`Referenda`](crate::Referenda)) on one of the
//!   [`tracks`], the seats vote aye or nay (one vote each), and an approved call is enacted by
//!   the scheduler after the track's delay, dispatched with the track's origin: `Root` (two
//!   thirds, the longest delays), [`origins::Origin::Business`] (more than half) or
//!   [`origins::Origin::Emergency`] (three quarters, fast, and only for cancelling referenda and
//!   enactments and suspending roles).
//! - **Sudo** stays in the runtime for the development chain only: the `local_testnet` and
//!   `production` presets have no key, and `Root` (a two-thirds referendum) can remove the key
//!   of a chain that has one (`sudo.remove_key`).

pub mod origins;
#[cfg(test)]
mod tests;
pub mod tracks;

use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstU32, EitherOf, EqualPrivilegeOnly, LinearStoragePrice,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureNever, EnsureRoot};
use healthchain_primitives::OrganizationId;
use pallet_ranked_collective::{MemberIndex, Rank, WeightInfo as _};
use pallet_scheduler::WeightInfo as _;
use sp_runtime::{
	traits::{AccountIdConversion, Convert, MaybeConvert},
	DispatchResult, Perbill,
};

use super::{healthcare::deposit, system::RuntimeBlockWeights};
use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, UNIT,
};
pub use origins::{BusinessOrigin, EmergencyOrigin};

/// Who governs the healthcare pallets and the registry: `Root` (a two-thirds referendum) or a
/// `business` referendum (more than half of the seats).
pub type GovernanceOrigin = EitherOf<EnsureRoot<AccountId>, BusinessOrigin>;

/// Who may suspend an organisation's role: governance, or the `emergency` track (three quarters
/// of the seats, fast) against a compromised organisation.
pub type SuspendOrigin = EitherOf<GovernanceOrigin, EmergencyOrigin>;

/// Most seats: organisations the consortium can hold.
pub const MAX_SEATS: MemberIndex = 256;

/// The governing body's collective instance (the default one).
pub type ConsortiumInstance = ();

/// Every seat votes on every track, with one vote.
pub struct EverySeatVotes;

impl Convert<u16, Rank> for EverySeatVotes {
	fn convert(_track: u16) -> Rank {
		0
	}
}

/// At most [`MAX_SEATS`] seats (all of rank 0).
pub struct SeatLimit;

impl MaybeConvert<Rank, MemberIndex> for SeatLimit {
	fn maybe_convert(_rank: Rank) -> Option<MemberIndex> {
		Some(MAX_SEATS)
	}
}

impl pallet_ranked_collective::Config<ConsortiumInstance> for Runtime {
	/// The weights polkadot-sdk ships: its benchmarks need origins that add members, which this
	/// runtime does not have (seats follow the registry).
	type WeightInfo = pallet_ranked_collective::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	/// Seats follow the registry only ([`RegistrySeats`]): no origin adds, removes, promotes,
	/// demotes or exchanges a seat directly.
	type AddOrigin = EnsureNever<()>;
	type RemoveOrigin = EnsureNever<Rank>;
	type PromoteOrigin = EnsureNever<Rank>;
	type DemoteOrigin = EnsureNever<Rank>;
	type ExchangeOrigin = EnsureNever<()>;
	type Polls = Referenda;
	type MinRankOfClass = EverySeatVotes;
	type MemberSwappedHandler = ();
	/// Rank 0 on a track whose minimum rank is 0: one vote per seat.
	type VoteWeight = pallet_ranked_collective::Linear;
	type MaxMemberCount = SeatLimit;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkSetup = ();
}

/// Where the seats' accounts come from: `modl` ++ `hc/seats` ++ the organisation's id.
pub const SEATS_PALLET_ID: PalletId = PalletId(*b"hc/seats");

/// The registry's seats, kept in the ranked collective: one seat (rank 0) per organisation,
/// under an account derived from its id.
pub struct RegistrySeats;

type Collective = pallet_ranked_collective::Pallet<Runtime, ConsortiumInstance>;

impl healthchain_primitives::ConsortiumSeats<AccountId> for RegistrySeats {
	fn seat_of(org: OrganizationId) -> AccountId {
		SEATS_PALLET_ID.into_sub_account_truncating(org)
	}

	fn add_seat(org: OrganizationId) -> DispatchResult {
		Collective::do_add_member(Self::seat_of(org), true)
	}

	fn remove_seat(org: OrganizationId) -> DispatchResult {
		let seat = Self::seat_of(org);
		Collective::do_remove_member_from_rank(&seat, 0)?;
		System::deposit_event(
			pallet_ranked_collective::Event::<Runtime, ConsortiumInstance>::MemberRemoved {
				who: seat,
				rank: 0,
			},
		);
		Ok(())
	}

	fn vote(org: OrganizationId, poll: u32, aye: bool) -> DispatchResult {
		Collective::vote(RuntimeOrigin::signed(Self::seat_of(org)), poll, aye)
			.map(|_| ())
			.map_err(|e| e.error)
	}

	fn vote_weight() -> Weight {
		<Runtime as pallet_ranked_collective::Config<ConsortiumInstance>>::WeightInfo::vote()
	}
}

parameter_types! {
	/// What submitting a referendum holds from the voter (returned when it ends, unless the
	/// emergency track kills it).
	pub const SubmissionDeposit: Balance = 10 * UNIT;
	/// A referendum is checked every block while it decides.
	pub const AlarmInterval: BlockNumber = 1;
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	/// Only an organisation's voter submits (its organisation in good standing); it pays the
	/// submission deposit.
	type SubmitOrigin =
		frame_support::traits::AsEnsureOriginWithArg<pallet_organizations::EnsureVoter<Runtime>>;
	/// The emergency track cancels (deposits returned) or kills (deposits burnt) a referendum.
	type CancelOrigin = EmergencyOrigin;
	type KillOrigin = EmergencyOrigin;
	type Slash = ();
	type Votes = pallet_ranked_collective::Votes;
	type Tally = pallet_ranked_collective::TallyOf<Runtime, ConsortiumInstance>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<64>;
	type UndecidingTimeout = tracks::UndecidingTimeout;
	type AlarmInterval = AlarmInterval;
	type Tracks = tracks::TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// The enactments referenda schedule, by the name pallet-referenda gives them.
pub struct ReferendaEnactments;

impl ReferendaEnactments {
	/// The scheduler's name for the enactment of referendum `index`.
	pub fn name(index: u32) -> [u8; 32] {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		BlakeTwo256::hash_of(&(*b"assembly", "enactment", index)).0
	}
}

impl origins::CancelEnactment for ReferendaEnactments {
	fn cancel_enactment(index: u32) -> Result<(), origins::CancelError> {
		use frame_support::traits::schedule::v3::Named;
		if !matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
			Some(pallet_referenda::ReferendumInfo::Approved(..))
		) {
			return Err(origins::CancelError::NotApproved);
		}
		<Scheduler as Named<BlockNumber, RuntimeCall, OriginCaller>>::cancel_named(Self::name(
			index,
		))
		.map_err(|_| origins::CancelError::NotWaiting)
	}
}

parameter_types! {
	/// Calls the scheduler runs in one block at most.
	pub const MaxScheduledPerBlock: u32 = 50;
	/// `cancel_enactment`: the scheduler's benchmarked `cancel_named` with a full agenda, and
	/// the referendum's status read.
	pub CancelEnactmentWeight: Weight =
		<Runtime as pallet_scheduler::Config>::WeightInfo::cancel_named(MaxScheduledPerBlock::get())
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(1));
	/// Scheduled calls (enactments, referendum alarms) may use most of a block.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl origins::Config for Runtime {
	type EmergencyOrigin = EmergencyOrigin;
	type Enactments = ReferendaEnactments;
	type CancelWeight = CancelEnactmentWeight;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only `Root` schedules, cancels or reschedules by hand; the emergency track cancels an
	/// approved referendum's enactment through `GovernanceOrigins::cancel_enactment`, and
	/// nothing else.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = MaxScheduledPerBlock;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// Preimages (a proposal's call, when it is too long to go inline) hold a deposit.
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// The fixed part of a preimage's deposit: its status and request entries.
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	/// The deposit per byte of preimage.
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}
