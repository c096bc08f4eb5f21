//! Governance: one organisation, one vote (`docs/governance.md`).
//!
//! - **Seats.** The governing body is a ranked collective ([`Consortium`](crate::Consortium))
//!   with one seat per admitted organisation, held by the organisation's voter. Seats follow
//!   the registry ([`RegistrySeats`]): admission adds one, removal takes it away, an
//!   organisation may hand its seat to another of its admins; nothing else adds or removes a
//!   seat (every membership origin of the collective is `EnsureNever`).
//! - **Decisions.** A seat holder submits a referendum ([`Referenda`](crate::Referenda)) on one
//!   of the [`tracks`], the seats vote aye or nay (one vote each), and an approved call is
//!   enacted by the scheduler after the track's delay, dispatched with the track's origin:
//!   `Root` (two thirds, the longest delay), [`origins::Origin::Business`] (more than half) or
//!   [`origins::Origin::Emergency`] (three quarters, fast).
//! - **Sudo** stays in the runtime for the development chain only: the `local_testnet` and
//!   `production` presets have no key, and `Root` (a two-thirds referendum) can remove the key
//!   of a chain that has one (`sudo.remove_key`).

pub mod origins;
#[cfg(test)]
mod tests;
pub mod tracks;

use core::cmp::Ordering;

use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, EitherOf, LinearStoragePrice, PrivilegeCmp},
	weights::Weight,
};
use frame_system::{EnsureNever, EnsureRoot};
use pallet_ranked_collective::{MemberIndex, Rank};
use sp_runtime::{
	traits::{Convert, MaybeConvert},
	DispatchResult, Perbill,
};

use super::{healthcare::deposit, system::RuntimeBlockWeights};
use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, UNIT,
};
pub use origins::{BusinessOrigin, EmergencyOrigin};

/// Who governs the healthcare pallets and the registry: `Root` (a two-thirds referendum), a
/// `business` referendum (more than half of the seats) or an `emergency` one (three quarters).
pub type GovernanceOrigin =
	EitherOf<EnsureRoot<AccountId>, EitherOf<BusinessOrigin, EmergencyOrigin>>;

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

/// The registry's seats, kept in the ranked collective: one seat (rank 0) per organisation.
pub struct RegistrySeats;

impl healthchain_primitives::ConsortiumSeats<AccountId> for RegistrySeats {
	fn add_seat(voter: &AccountId) -> DispatchResult {
		pallet_ranked_collective::Pallet::<Runtime, ConsortiumInstance>::do_add_member(
			voter.clone(),
			true,
		)
	}

	fn remove_seat(voter: &AccountId) -> DispatchResult {
		pallet_ranked_collective::Pallet::<Runtime, ConsortiumInstance>::do_remove_member_from_rank(
			voter, 0,
		)?;
		System::deposit_event(
			pallet_ranked_collective::Event::<Runtime, ConsortiumInstance>::MemberRemoved {
				who: voter.clone(),
				rank: 0,
			},
		);
		Ok(())
	}

	fn move_seat(from: &AccountId, to: &AccountId) -> DispatchResult {
		type Collective = pallet_ranked_collective::Pallet<Runtime, ConsortiumInstance>;
		Collective::do_remove_member_from_rank(from, 0)?;
		Collective::do_add_member(to.clone(), false)?;
		System::deposit_event(
			pallet_ranked_collective::Event::<Runtime, ConsortiumInstance>::MemberExchanged {
				who: from.clone(),
				new_who: to.clone(),
			},
		);
		Ok(())
	}
}

parameter_types! {
	/// What submitting a referendum holds from the seat holder (returned when it ends, unless
	/// the emergency track kills it).
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
	/// Only a seat holder submits.
	type SubmitOrigin = pallet_ranked_collective::EnsureMember<Runtime, ConsortiumInstance, 0>;
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

impl origins::Config for Runtime {}

parameter_types! {
	/// Scheduled calls (enactments, referendum alarms) may use most of a block.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

/// Whether the origin `left` may cancel or reschedule a call scheduled by `right`: the same
/// origin may; `Root` may cancel anything; the emergency origin may cancel what `Root`
/// scheduled (an approved runtime upgrade waiting for its enactment).
pub struct EmergencyMayCancel;

impl PrivilegeCmp<OriginCaller> for EmergencyMayCancel {
	fn cmp_privilege(left: &OriginCaller, right: &OriginCaller) -> Option<Ordering> {
		use frame_system::RawOrigin;
		if left == right {
			return Some(Ordering::Equal);
		}
		match (left, right) {
			(OriginCaller::system(RawOrigin::Root), _) => Some(Ordering::Greater),
			(
				OriginCaller::GovernanceOrigins(origins::Origin::Emergency),
				OriginCaller::system(RawOrigin::Root),
			) => Some(Ordering::Greater),
			_ => None,
		}
	}
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// `Root` schedules; the emergency track cancels scheduled enactments.
	type ScheduleOrigin = EitherOf<EnsureRoot<AccountId>, EmergencyOrigin>;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type OriginPrivilegeCmp = EmergencyMayCancel;
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
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
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
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
