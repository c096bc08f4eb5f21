//! Invariants of the sponsorship pallet, checked after every unit test and under try-runtime.

use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

use crate::{Config, Pallet, Sponsorships};

impl<T: Config> Pallet<T> {
	/// Checks that every sponsorship:
	/// - has a non-zero allowance within `MaxAllowance` (what it spent may exceed a lowered
	///   allowance, or include a refusal paid beyond it);
	/// - did not start its period in the future;
	/// - gives its account a reason to exist (a sufficient reference) and has not sponsored its
	///   own payer.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (account, s) in Sponsorships::<T>::iter() {
			ensure!(
				s.allowance > 0u32.into() && s.allowance <= T::MaxAllowance::get(),
				"allowance out of range"
			);
			ensure!(s.period_start <= now, "period starts in the future");
			ensure!(
				frame_system::Pallet::<T>::sufficients(&account) >= 1,
				"sponsored account without a sufficient reference"
			);
			ensure!(s.payer != account, "account pays for itself");
		}
		Ok(())
	}
}
