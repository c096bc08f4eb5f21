//! The referendum tracks: one per kind of decision, each with its origin, threshold and periods.
//!
//! | track | id | dispatches as | approves with (of all seats) | for |
//! |-------|----|---------------|------------------------------|-----|
//! | `root` | 0 | `Root` | [`ROOT_THRESHOLD`]: two thirds | runtime upgrades, the collator set, parameters, anything `Root` may do |
//! | `business` | 1 | [`Origin::Business`] | [`BUSINESS_THRESHOLD`]: more than half | admitting, suspending, removing organisations and roles; the healthcare pallets' governance calls |
//! | `emergency` | 2 | [`Origin::Emergency`] | [`EMERGENCY_THRESHOLD`]: three quarters | cancelling a referendum or a scheduled enactment; suspending a compromised organisation |
//!
//! A referendum passes when the seats voting aye reach the threshold *of all seats* (support:
//! abstaining is not agreeing) and the ayes reach it of the votes cast (approval), and keeps
//! passing for the track's confirm period. The call is then enacted after the track's enactment
//! delay at the earliest. Each threshold is a flat curve: the bar does not fall while a
//! referendum waits.
//!
//! The periods depend on the chain's [`Pace`]: [`production`] on a consortium's chain,
//! [`rehearsal`] on development and test networks.

use alloc::borrow::Cow;

use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array, Perbill};

use super::origins::{CurrentPace, Origin, Pace};
use crate::{Balance, BlockNumber, OriginCaller, Runtime, UNIT};

/// Two thirds of all seats. In parts per billion rounded down, as the tally rounds its support
/// (`Perbill::from_rational`): exactly two thirds of any seat count up to `MAX_SEATS` passes, one
/// aye fewer does not (tested for every count).
pub const ROOT_THRESHOLD: Perbill = Perbill::from_parts(666_666_666);
/// More than half of all seats: exactly half does not pass.
pub const BUSINESS_THRESHOLD: Perbill = Perbill::from_parts(500_000_001);
/// Three quarters of all seats: emergencies are harder to decide than anything else, only faster.
pub const EMERGENCY_THRESHOLD: Perbill = Perbill::from_parts(750_000_000);

/// The decision deposit of the `root` track (returned when the referendum ends).
pub const ROOT_DECISION_DEPOSIT: Balance = 1_000 * UNIT;
/// The decision deposit of the `business` track.
pub const BUSINESS_DECISION_DEPOSIT: Balance = 10 * UNIT;
/// The decision deposit of the `emergency` track.
pub const EMERGENCY_DECISION_DEPOSIT: Balance = 100 * UNIT;

/// How many referenda of each track may be deciding at once (more wait in the track's queue):
/// enough that one member's junk proposals, each holding a decision deposit, do not block a
/// track, and the emergency track can always kill them.
pub const ROOT_MAX_DECIDING: u32 = 16;
/// See [`ROOT_MAX_DECIDING`].
pub const BUSINESS_MAX_DECIDING: u32 = 32;
/// See [`ROOT_MAX_DECIDING`].
pub const EMERGENCY_MAX_DECIDING: u32 = 16;

/// The periods of one track, in blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods {
	/// From submission until voting can decide it: members read the proposal first.
	pub prepare: BlockNumber,
	/// How long it may be decided in; a referendum not passing by then is rejected.
	pub decision: BlockNumber,
	/// How long it must keep passing before it is approved: members who object can still
	/// change their votes.
	pub confirm: BlockNumber,
	/// The least delay between approval and enactment: members see what is coming and prepare
	/// (a node operator installs a new node for a runtime upgrade), or stop it on the emergency
	/// track.
	pub enactment: BlockNumber,
}

/// The periods of a consortium's chain (6-second blocks).
pub mod production {
	use super::Periods;
	use crate::{DAYS, HOURS, MINUTES};

	/// `root`: four hours to read, two weeks to decide, a day of confirmation, two days'
	/// notice: the longest of the three tracks in every period.
	pub const ROOT: Periods =
		Periods { prepare: 4 * HOURS, decision: 14 * DAYS, confirm: DAYS, enactment: 2 * DAYS };
	/// `business`: an hour to read, a week to decide, an hour of confirmation, ten minutes.
	pub const BUSINESS: Periods =
		Periods { prepare: HOURS, decision: 7 * DAYS, confirm: HOURS, enactment: 10 * MINUTES };
	/// `emergency`: decided within a day, confirmed for ten minutes, enacted at once.
	pub const EMERGENCY: Periods =
		Periods { prepare: 1, decision: DAYS, confirm: 10 * MINUTES, enactment: 1 };
	/// A referendum nobody placed a decision deposit for within this time times out.
	pub const UNDECIDING_TIMEOUT: crate::BlockNumber = 14 * DAYS;
}

/// The periods of development and test networks: the same order and proportions in blocks, so a
/// whole referendum takes about a minute.
pub mod rehearsal {
	use super::Periods;

	/// `root`: the enactment delay is still the longest wait.
	pub const ROOT: Periods = Periods { prepare: 3, decision: 40, confirm: 3, enactment: 10 };
	/// `business`.
	pub const BUSINESS: Periods = Periods { prepare: 2, decision: 40, confirm: 2, enactment: 1 };
	/// `emergency`.
	pub const EMERGENCY: Periods = Periods { prepare: 1, decision: 20, confirm: 1, enactment: 1 };
	/// See [`super::production::UNDECIDING_TIMEOUT`].
	pub const UNDECIDING_TIMEOUT: crate::BlockNumber = 40;
}

/// The chain's pace. Read from state; where there is no state (metadata built natively, outside
/// any block) the production pace, so that metadata always shows a consortium's periods.
pub fn pace() -> Pace {
	#[cfg(feature = "std")]
	if sp_externalities::with_externalities(|_| ()).is_none() {
		return Pace::Production;
	}
	CurrentPace::<Runtime>::get()
}

/// The `root`, `business` and `emergency` periods at `pace`.
pub fn periods(pace: Pace) -> [Periods; 3] {
	match pace {
		Pace::Production => [production::ROOT, production::BUSINESS, production::EMERGENCY],
		Pace::Rehearsal => [rehearsal::ROOT, rehearsal::BUSINESS, rehearsal::EMERGENCY],
	}
}

/// A flat curve: the same bar from the first block of a decision to the last.
const fn flat(threshold: Perbill) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_parts(1_000_000_000),
		floor: threshold,
		ceil: threshold,
	}
}

fn track(
	id: u16,
	name: &str,
	max_deciding: u32,
	decision_deposit: Balance,
	periods: Periods,
	threshold: Perbill,
) -> Track<u16, Balance, BlockNumber> {
	Track {
		id,
		info: TrackInfo {
			name: str_array(name),
			max_deciding,
			decision_deposit,
			prepare_period: periods.prepare,
			decision_period: periods.decision,
			confirm_period: periods.confirm,
			min_enactment_period: periods.enactment,
			min_approval: flat(threshold),
			min_support: flat(threshold),
		},
	}
}

/// The tracks, at the chain's pace.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = OriginCaller;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		let [root, business, emergency] = periods(pace());
		[
			track(0, "root", ROOT_MAX_DECIDING, ROOT_DECISION_DEPOSIT, root, ROOT_THRESHOLD),
			track(
				1,
				"business",
				BUSINESS_MAX_DECIDING,
				BUSINESS_DECISION_DEPOSIT,
				business,
				BUSINESS_THRESHOLD,
			),
			track(
				2,
				"emergency",
				EMERGENCY_MAX_DECIDING,
				EMERGENCY_DECISION_DEPOSIT,
				emergency,
				EMERGENCY_THRESHOLD,
			),
		]
		.into_iter()
		.map(Cow::Owned)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(0),
			OriginCaller::GovernanceOrigins(Origin::Business) => Ok(1),
			OriginCaller::GovernanceOrigins(Origin::Emergency) => Ok(2),
			_ => Err(()),
		}
	}
}

/// The `UndecidingTimeout` of referenda at the chain's pace.
pub struct UndecidingTimeout;

impl frame_support::traits::Get<BlockNumber> for UndecidingTimeout {
	fn get() -> BlockNumber {
		match pace() {
			Pace::Production => production::UNDECIDING_TIMEOUT,
			Pace::Rehearsal => rehearsal::UNDECIDING_TIMEOUT,
		}
	}
}
