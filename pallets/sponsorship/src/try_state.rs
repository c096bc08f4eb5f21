//! Invariants of the sponsorship pallet, checked after every unit test and under try-runtime.

use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::{BalanceOf, Config, HoldReason, Offers, Pallet, Sponsorships};

impl<T: Config> Pallet<T> {
	/// Checks that every sponsorship:
	/// - has a non-zero allowance within `MaxAllowance` (what it spent may exceed a lowered
	///   allowance, or include a refusal paid beyond it);
	/// - did not start its period in the future;
	/// - gives its account a reason to exist (a sufficient reference) and has not sponsored its
	///   own payer.
	///
	/// and that every offer has an allowance in range, gives its account a sufficient reference
	/// (the account signs its acceptance), was not made by its own account nor by the payer
	/// already sponsoring it (`sponsor` refuses that, and accepting takes the offer); and that what
	/// each payer has held for this pallet is exactly the deposits of its sponsorships and
	/// offers.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut deposits = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (account, payer, offer) in Offers::<T>::iter() {
			ensure!(
				offer.allowance > 0u32.into() && offer.allowance <= T::MaxAllowance::get(),
				"offered allowance out of range"
			);
			ensure!(
				frame_system::Pallet::<T>::sufficients(&account) >= 1,
				"offered account without a sufficient reference"
			);
			ensure!(payer != account, "account offers to pay for itself");
			ensure!(
				Sponsorships::<T>::get(&account).is_none_or(|s| s.payer != payer),
				"an offer from the payer already sponsoring the account"
			);
			deposits.entry(payer).or_default().saturating_accrue(offer.deposit);
		}
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
			deposits.entry(s.payer).or_default().saturating_accrue(s.deposit);
		}
		for (payer, sum) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::SponsorshipDeposit.into(), &payer) == sum,
				"a payer's sponsorship hold is not its deposits"
			);
		}
		Ok(())
	}
}
