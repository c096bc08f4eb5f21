//! Invariants of the records pallet, checked after every unit test and under try-runtime.

use alloc::collections::BTreeMap;

use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use healthchain_primitives::records::VersionStatus;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

use crate::{
	AccessLog, AccessLogLength, AccessLogStart, BalanceOf, Batches, Config, HoldReason, Pallet,
	Records, Versions,
};

/// Deposits per depositor, as the stored items say.
type Deposits<T> = BTreeMap<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every live record has versions 1..=`versions` and no others, within `MaxVersions`; at
	///   most one is `Current`, only the latest can be, none is `Erased`;
	/// - an erased record (a tombstone) keeps no version at all but a deposit (version 1's), and
	///   names no patient and no data class; a live one names both and has no deposit of its
	///   own; no version belongs to a missing or erased record; no named sensitive category;
	/// - every patient's log holds exactly the positions from its start up to its length;
	/// - for each of the pallet's hold reasons, what every depositor has on hold equals the sum of
	///   the deposits the stored versions, tombstones, batches and access-log entries say they
	///   paid.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut version_deposits = Deposits::<T>::new();
		for (id, record) in Records::<T>::iter() {
			ensure!(
				record.class.is_none_or(|c| c.is_allowed_on_chain()),
				"a sensitive category stored in plain"
			);
			ensure!(
				record.subject.is_none() == record.erased
					&& record.class.is_none() == record.erased,
				"a tombstone names its patient or class, or a live record does not"
			);
			ensure!(record.versions >= 1, "record without versions");
			ensure!(record.versions <= T::MaxVersions::get(), "more versions than MaxVersions");
			if record.erased {
				ensure!(
					Versions::<T>::iter_prefix(id).next().is_none(),
					"tombstone keeps versions"
				);
				let (depositor, deposit) =
					record.tombstone_deposit.ok_or("tombstone without a deposit")?;
				Self::add_deposit(&mut version_deposits, depositor, deposit)?;
				continue;
			}
			ensure!(record.tombstone_deposit.is_none(), "live record with a tombstone deposit");
			let mut current = 0u32;
			for n in 1..=record.versions {
				let v = Versions::<T>::get(id, n).ok_or("missing version")?;
				ensure!(v.status != VersionStatus::Erased, "live record with an erased version");
				if v.status == VersionStatus::Current {
					current = current.saturating_add(1);
					ensure!(n == record.versions, "an older version is current");
				}
				Self::add_deposit(&mut version_deposits, v.depositor, v.deposit)?;
			}
			ensure!(current <= 1, "several current versions");
		}
		for (id, n) in Versions::<T>::iter_keys() {
			let record = Records::<T>::get(id).ok_or("version of no record")?;
			ensure!(!record.erased, "version of an erased record");
			ensure!((1..=record.versions).contains(&n), "version beyond the count");
		}
		Self::check_holds(HoldReason::VersionDeposit, version_deposits)?;

		let mut batch_deposits = Deposits::<T>::new();
		for (_, batch) in Batches::<T>::iter() {
			ensure!(batch.class.is_allowed_on_chain(), "a sensitive category stored in plain");
			Self::add_deposit(&mut batch_deposits, batch.depositor, batch.deposit)?;
		}
		Self::check_holds(HoldReason::BatchDeposit, batch_deposits)?;

		for (subject, length) in AccessLogLength::<T>::iter() {
			ensure!(length > 0, "empty log length stored");
			ensure!(AccessLogStart::<T>::get(&subject) <= length, "log starts beyond its length");
		}
		for (subject, start) in AccessLogStart::<T>::iter() {
			ensure!(start > 0, "zero log start stored");
			ensure!(AccessLogLength::<T>::contains_key(&subject), "log start without a log");
		}
		let mut stored = BTreeMap::<T::AccountId, u32>::new();
		let mut log_deposits = Deposits::<T>::new();
		for (subject, position, logged) in AccessLog::<T>::iter() {
			let start = AccessLogStart::<T>::get(&subject);
			let length = AccessLogLength::<T>::get(&subject);
			ensure!((start..length).contains(&position), "log entry outside its log");
			let count = stored.entry(subject).or_insert(0);
			*count = count.saturating_add(1);
			Self::add_deposit(&mut log_deposits, logged.depositor, logged.deposit)?;
		}
		for (subject, length) in AccessLogLength::<T>::iter() {
			let expected = length.saturating_sub(AccessLogStart::<T>::get(&subject));
			ensure!(
				stored.get(&subject).copied().unwrap_or(0) == expected,
				"log entries missing between its start and length"
			);
		}
		Self::check_holds(HoldReason::AccessLogDeposit, log_deposits)?;
		Ok(())
	}

	/// Adds `deposit` to `who`'s sum.
	fn add_deposit(
		sums: &mut Deposits<T>,
		who: T::AccountId,
		deposit: BalanceOf<T>,
	) -> Result<(), TryRuntimeError> {
		let sum = sums.entry(who).or_insert_with(Zero::zero);
		*sum = sum.checked_add(&deposit).ok_or("deposit sum overflows")?;
		Ok(())
	}

	/// Checks that every depositor in `sums` has exactly its sum on hold for `reason`.
	fn check_holds(reason: HoldReason, sums: Deposits<T>) -> Result<(), TryRuntimeError> {
		let reason: T::RuntimeHoldReason = reason.into();
		for (who, sum) in sums {
			ensure!(
				T::Currency::balance_on_hold(&reason, &who) == sum,
				"held deposits differ from the stored ones"
			);
		}
		Ok(())
	}
}
