//! Storage migrations of the records pallet, one module per storage version they lead to (the
//! pattern of `pallet_consent::migrations`: an unchecked migration in `VersionedMigration`,
//! try-runtime checks, unit tests from a hand-written old layout, an entry in the runtime's
//! `Migrations`).

#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use core::marker::PhantomData;

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	migrations::VersionedMigration,
	pallet_prelude::TypeInfo,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use healthchain_primitives::{DataClass, OrganizationId};

use crate::{BalanceOf, Config, Pallet, Record, Records};

/// Version 1: a tombstone (an erased record) keeps no patient and no data class; a live record
/// names both as before.
pub mod v1 {
	use super::*;

	/// A record as version 0 stored it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct OldRecord<AccountId, Balance> {
		/// The patient.
		pub subject: AccountId,
		/// The custodian organisation.
		pub custodian: OrganizationId,
		/// The data class.
		pub class: DataClass,
		/// Number of versions anchored.
		pub versions: u32,
		/// Whether the record was erased.
		pub erased: bool,
		/// The tombstone's deposit, once erased.
		pub tombstone_deposit: Option<(AccountId, Balance)>,
	}

	/// The version-0 value of [`Records`].
	pub type OldRecordOf<T> = OldRecord<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// Rewrites every record: a live one keeps its patient and class, a tombstone drops both.
	///
	/// One pass over every record in one block (a read and a write each): fit for the chains
	/// this runs on today; a chain with millions of records runs it as a multi-block migration.
	pub struct UncheckedMigrateToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut records = 0u64;
			Records::<T>::translate::<OldRecordOf<T>, _>(|_id, old| {
				records = records.saturating_add(1);
				let live = !old.erased;
				Some(Record {
					subject: live.then_some(old.subject),
					custodian: old.custodian,
					class: live.then_some(old.class),
					versions: old.versions,
					erased: old.erased,
					tombstone_deposit: old.tombstone_deposit,
				})
			});
			// The proof holds each old record with its trie path.
			let per_record = OldRecordOf::<T>::max_encoded_len() as u64 + 2 * 32 * 16;
			T::DbWeight::get()
				.reads_writes(records, records)
				.saturating_add(Weight::from_parts(0, per_record.saturating_mul(records)))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let (mut live, mut erased) = (0u64, 0u64);
			for id in Records::<T>::iter_keys() {
				let key = Records::<T>::hashed_key_for(id);
				if let Some(old) = frame_support::storage::unhashed::get::<OldRecordOf<T>>(&key) {
					if old.erased {
						erased += 1;
					} else {
						live += 1;
					}
				}
			}
			Ok((live, erased).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (live, erased) = <(u64, u64)>::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("pre_upgrade state"))?;
			let (mut live_after, mut erased_after) = (0u64, 0u64);
			for record in Records::<T>::iter_values() {
				if record.erased {
					frame_support::ensure!(
						record.subject.is_none() && record.class.is_none(),
						"a migrated tombstone still names its patient or class"
					);
					erased_after += 1;
				} else {
					live_after += 1;
				}
			}
			frame_support::ensure!(
				(live, erased) == (live_after, erased_after),
				"records before and after differ"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// [`UncheckedMigrateToV1`], run only on storage version 0, which it moves to 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

#[cfg(test)]
mod tests {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	use sp_core::H256;

	use super::*;
	use crate::mock::*;

	/// Writes `record` in the version-0 layout.
	fn put_old(record: H256, old: &v1::OldRecordOf<Test>) {
		let key = crate::Records::<Test>::hashed_key_for(record);
		frame_support::storage::unhashed::put(&key, old);
	}

	fn old(erased: bool) -> v1::OldRecordOf<Test> {
		v1::OldRecord {
			subject: PATIENT,
			custodian: HOSPITAL,
			class: DataClass::LabResults,
			versions: 2,
			erased,
			tombstone_deposit: erased.then_some((HOSPITAL_STAFF, 1)),
		}
	}

	#[test]
	fn tombstones_lose_patient_and_class_live_records_keep_them_and_the_version_moves_to_1() {
		ExtBuilder.build().execute_with(|| {
			let (live, tomb) = (H256::repeat_byte(1), H256::repeat_byte(2));
			put_old(live, &old(false));
			put_old(tomb, &old(true));
			StorageVersion::new(0).put::<Pallet<Test>>();

			let weight = v1::MigrateToV1::<Test>::on_runtime_upgrade();

			let l = crate::Records::<Test>::get(live).expect("still there");
			assert_eq!(
				(l.subject, l.class, l.versions),
				(Some(PATIENT), Some(DataClass::LabResults), 2)
			);
			let t = crate::Records::<Test>::get(tomb).expect("still there");
			assert_eq!((t.subject, t.class, t.erased), (None, None, true));
			assert_eq!(t.tombstone_deposit, Some((HOSPITAL_STAFF, 1)));
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
			assert!(weight.proof_size() >= 2 * v1::OldRecordOf::<Test>::max_encoded_len() as u64);
		});
	}

	/// The try-runtime checks themselves on a hand-written old layout: a live record with its
	/// version and an erased one with its deposit, as `do_try_state` expects them.
	#[cfg(feature = "try-runtime")]
	#[test]
	fn the_migration_passes_its_try_runtime_checks() {
		ExtBuilder.build().execute_with(|| {
			frame_support::assert_ok!(crate::Pallet::<Test>::anchor(
				RuntimeOrigin::signed(HOSPITAL_STAFF),
				H256::repeat_byte(5),
				PATIENT,
				DataClass::LabResults,
				H256::repeat_byte(6),
			));
			frame_support::assert_ok!(crate::Pallet::<Test>::anchor(
				RuntimeOrigin::signed(HOSPITAL_STAFF),
				H256::repeat_byte(7),
				PATIENT,
				DataClass::Imaging,
				H256::repeat_byte(8),
			));
			let ids: Vec<H256> = crate::Records::<Test>::iter_keys().collect();
			frame_support::assert_ok!(crate::Pallet::<Test>::erase(
				RuntimeOrigin::signed(HOSPITAL_STAFF),
				ids[0]
			));
			// Back to the version-0 layout: the tombstone names its patient and class again.
			for id in ids {
				let r = crate::Records::<Test>::get(id).unwrap();
				let class = r.class.unwrap_or(DataClass::Imaging);
				put_old(
					id,
					&v1::OldRecord {
						subject: PATIENT,
						custodian: r.custodian,
						class,
						versions: r.versions,
						erased: r.erased,
						tombstone_deposit: r.tombstone_deposit,
					},
				);
			}
			StorageVersion::new(0).put::<Pallet<Test>>();
			v1::MigrateToV1::<Test>::try_on_runtime_upgrade(true)
				.expect("pre_upgrade, the migration and post_upgrade pass");
		});
	}

	#[test]
	fn the_migration_does_nothing_on_version_1() {
		ExtBuilder.build().execute_with(|| {
			let id = H256::repeat_byte(3);
			let current = Record {
				subject: Some(PATIENT),
				custodian: HOSPITAL,
				class: Some(DataClass::Imaging),
				versions: 1,
				erased: false,
				tombstone_deposit: None,
			};
			crate::Records::<Test>::insert(id, current.clone());
			StorageVersion::new(1).put::<Pallet<Test>>();
			v1::MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(crate::Records::<Test>::get(id), Some(current));
		});
	}
}
