//! The consortium's own origins, the pace its referenda run at, and the emergency track's one
//! call of its own.
//!
//! A referendum dispatches its call with its track's origin: `Root` for the `root` track, and for
//! the two other tracks one of the origins here — [`Origin::Business`] (a simple majority of the
//! seats) and [`Origin::Emergency`] (three quarters of them, fast). Pallets name the origins they
//! accept through [`BusinessOrigin`] and [`EmergencyOrigin`].
//!
//! The same pallet keeps the [`Pace`] of referenda, set at genesis: `Production` on a
//! consortium's chain, `Rehearsal` (minutes instead of days) on development and test networks
//! so that a vote can be rehearsed end to end.

pub use pallet_governance_origins::*;

#[frame_support::pallet]
pub mod pallet_governance_origins {
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// How the pallet reaches the referenda and the scheduler.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may cancel an approved referendum's enactment: the emergency track.
		type EmergencyOrigin: EnsureOrigin<<Self as frame_system::Config>::RuntimeOrigin>;
		/// The enactments of approved referenda.
		type Enactments: CancelEnactment;
		/// The weight of [`Pallet::cancel_enactment`]: the scheduler's benchmarked
		/// `cancel_named` at a full block agenda, and the referendum's read.
		type CancelWeight: Get<Weight>;
	}

	/// Why an enactment could not be cancelled.
	#[derive(Debug, PartialEq, Eq)]
	pub enum CancelError {
		/// No approved referendum has this index.
		NotApproved,
		/// Its call is no longer waiting: enacted already, or cancelled.
		NotWaiting,
	}

	/// Cancels what an approved referendum scheduled.
	pub trait CancelEnactment {
		/// Cancels the enactment of approved referendum `index`, if its call is still waiting.
		fn cancel_enactment(index: u32) -> Result<(), CancelError>;
	}

	/// Errors of [`Pallet::cancel_enactment`].
	#[pallet::error]
	pub enum Error<T> {
		/// No approved referendum has this index.
		NotApproved,
		/// The referendum's call is no longer waiting: enacted already, or cancelled.
		NotWaiting,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Cancels the enactment of approved referendum `index` while it waits for its track's
		/// enactment delay (a runtime upgrade that must not happen, say). The scheduler emits
		/// its `Canceled` event.
		///
		/// Origin: [`Config::EmergencyOrigin`] (three quarters of the seats).
		#[pallet::call_index(0)]
		#[pallet::weight(T::CancelWeight::get())]
		pub fn cancel_enactment(origin: OriginFor<T>, index: u32) -> DispatchResult {
			T::EmergencyOrigin::ensure_origin(origin)?;
			T::Enactments::cancel_enactment(index).map_err(|e| match e {
				CancelError::NotApproved => Error::<T>::NotApproved.into(),
				CancelError::NotWaiting => Error::<T>::NotWaiting.into(),
			})
		}
	}

	/// The pallet of the consortium's origins.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The origins the consortium's referenda dispatch with, besides `Root`.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// A simple majority of the seats approved it (track `business`): admitting,
		/// suspending and removing organisations and roles, the healthcare pallets' governance
		/// calls.
		Business,
		/// Three quarters of the seats approved it on the fast track (`emergency`): cancelling a
		/// referendum or an approved referendum's enactment, suspending a compromised
		/// organisation's role.
		Emergency,
	}

	/// How fast referenda run.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		Default,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
		serde::Serialize,
		serde::Deserialize,
	)]
	pub enum Pace {
		/// The periods of a consortium's chain: hours and days (`docs/governance.md`).
		#[default]
		Production,
		/// The periods of development and test networks: a few blocks, so that proposals,
		/// votes, confirmation and enactment can be rehearsed in minutes.
		Rehearsal,
	}

	/// The pace of referenda on this chain, fixed at genesis (only a `Root` storage write, i.e.
	/// a two-thirds vote, could change it).
	#[pallet::storage]
	pub type CurrentPace<T> = StorageValue<_, Pace, ValueQuery>;

	/// The pace a chain starts with.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `Production` unless the preset says otherwise.
		pub pace: Pace,
		/// Ties the configuration to the runtime.
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			CurrentPace::<T>::put(self.pace);
		}
	}

	macro_rules! ensure_origin {
		($(#[$meta:meta])* $name:ident => $variant:ident) => {
			$(#[$meta])*
			pub struct $name;
			impl<O: frame_support::traits::OriginTrait + From<Origin>> EnsureOrigin<O> for $name
			where
				for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
			{
				type Success = ();
				fn try_origin(o: O) -> Result<Self::Success, O> {
					let accepted = matches!(o.caller().try_into(), Ok(Origin::$variant));
					if accepted {
						Ok(())
					} else {
						Err(o)
					}
				}
				#[cfg(feature = "runtime-benchmarks")]
				fn try_successful_origin() -> Result<O, ()> {
					Ok(O::from(Origin::$variant))
				}
			}
		};
	}

	ensure_origin!(
		/// Accepts [`Origin::Business`]: a simple majority of the seats.
		BusinessOrigin => Business
	);
	ensure_origin!(
		/// Accepts [`Origin::Emergency`]: three quarters of the seats, on the fast track.
		EmergencyOrigin => Emergency
	);
}
