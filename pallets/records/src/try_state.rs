//! Invariants of the records pallet, checked after every unit test and under try-runtime.

use frame_support::{ensure, traits::Get};
use healthchain_primitives::records::VersionStatus;
use sp_runtime::TryRuntimeError;

use crate::{AccessLog, AccessLogLength, Config, Pallet, Records, Versions};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every record has versions 1..=`versions` and no others, within `MaxVersions`;
	/// - a live record has at most one `Current` version, and only its latest can be current;
	/// - an erased record keeps no commitment and no deposit; a live one keeps every commitment;
	/// - every access-log position below the patient's length holds an entry, none above.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (id, record) in Records::<T>::iter() {
			ensure!(record.versions >= 1, "record without versions");
			ensure!(record.versions <= T::MaxVersions::get(), "more versions than MaxVersions");
			let mut current = 0u32;
			for n in 1..=record.versions {
				let v = Versions::<T>::get(id, n).ok_or("missing version")?;
				if v.status == VersionStatus::Current {
					current += 1;
					ensure!(n == record.versions, "an older version is current");
				}
				if record.erased {
					ensure!(v.commitment.is_none(), "erased record keeps a commitment");
					ensure!(v.deposit == Default::default(), "erased record keeps a deposit");
					ensure!(v.status == VersionStatus::Erased, "erased record, live version");
				} else {
					ensure!(v.commitment.is_some(), "live version without commitment");
				}
			}
			ensure!(current <= 1, "several current versions");
			ensure!(
				Versions::<T>::get(id, record.versions.saturating_add(1)).is_none(),
				"version beyond the count"
			);
		}
		for (subject, length) in AccessLogLength::<T>::iter() {
			ensure!(length > 0, "empty log length stored");
			ensure!(
				AccessLog::<T>::contains_key(&subject, length - 1),
				"log shorter than its length"
			);
			ensure!(!AccessLog::<T>::contains_key(&subject, length), "log longer than its length");
		}
		Ok(())
	}
}
