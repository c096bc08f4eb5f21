//! Storage migrations of the consent pallet, one module per storage version they lead to.
//!
//! The pattern (docs/pallets/consent.md): an [`UncheckedOnRuntimeUpgrade`] that does the work,
//! wrapped in [`VersionedMigration`] so that it runs only when the on-chain storage version is the
//! one it expects and bumps it afterwards; `pre_upgrade`/`post_upgrade` (try-runtime) check what
//! it promises; unit tests write the old layout by hand and check the new one, including the
//! pallet's invariants. The runtime lists every migration in `Executive`'s `Migrations`.

use alloc::vec::Vec;
use core::marker::PhantomData;

use codec::MaxEncodedLen;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
use healthchain_primitives::consent::ConsentId;

use crate::{Config, ConsentOf, ConsentRule, Consents, Pallet, Proxies, Proxy, SubjectConsents};

/// Version 1: each patient's list holds every consent's [`ConsentRule`] instead of its id, so a
/// decision reads one value instead of one item per consent.
pub mod v1 {
	use super::*;

	/// The version-0 value of [`SubjectConsents`]: the patient's consent ids, oldest first.
	pub type OldList<T> = BoundedVec<ConsentId, <T as Config>::MaxConsentsPerSubject>;

	/// Rewrites every patient's list of ids as the list of those consents' rules (ids of
	/// consents that no longer exist are dropped: version 0 never left such ids behind).
	///
	/// One pass over every patient with consents, in one block: a read of the list and one
	/// per listed consent, a write per patient. That suits the chains this runs on today (none
	/// live with many patients); a chain with millions of patients needs it as a multi-block
	/// migration (`pallet-migrations`) instead.
	pub struct UncheckedMigrateToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes, mut proof) = (0u64, 0u64, 0u64);
			// What the block's proof holds per patient: the old list and each listed consent
			// (at their largest encoding, with a trie path each).
			let per_read = 2 * 32 * 16;
			let list_proof = OldList::<T>::max_encoded_len() as u64 + per_read;
			let consent_proof = ConsentOf::<T>::max_encoded_len() as u64 + per_read;
			SubjectConsents::<T>::translate::<OldList<T>, _>(|_subject, ids| {
				reads = reads.saturating_add(1 + ids.len() as u64);
				writes = writes.saturating_add(1);
				proof = proof
					.saturating_add(list_proof)
					.saturating_add(consent_proof.saturating_mul(ids.len() as u64));
				let rules: Vec<ConsentRule> = ids
					.into_iter()
					.filter_map(|id| Consents::<T>::get(id).map(|c| ConsentRule::of(id, &c)))
					.collect();
				// The same bound as the old list: nothing is cut.
				Some(BoundedVec::truncate_from(rules))
			});
			T::DbWeight::get()
				.reads_writes(reads, writes)
				.saturating_add(Weight::from_parts(0, proof))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			// How many listed consents exist: the same number must be listed afterwards.
			let listed: u64 = SubjectConsents::<T>::iter_keys()
				.map(|subject| {
					let key = SubjectConsents::<T>::hashed_key_for(&subject);
					frame_support::storage::unhashed::get::<OldList<T>>(&key).map_or(0, |ids| {
						ids.iter().filter(|id| Consents::<T>::contains_key(**id)).count() as u64
					})
				})
				.sum();
			Ok(listed.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = u64::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("pre_upgrade state"))?;
			let after: u64 = SubjectConsents::<T>::iter_values().map(|r| r.len() as u64).sum();
			frame_support::ensure!(before == after, "consents listed before and after differ");
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

/// Version 2: each proxy appointment records whose balance holds its deposit, since a patient's
/// sponsor may pay it; every appointment stored before paid from the patient's own balance.
pub mod v2 {
	use codec::{Decode, Encode};
	use frame_support::pallet_prelude::TypeInfo;
	use healthchain_primitives::consent::{Moment, ProxyKind};

	use super::*;
	use crate::{BalanceOf, ProxyOf};

	/// A proxy appointment as version 1 stored it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct OldProxy<AccountId, Balance> {
		/// The proxy's account.
		pub account: AccountId,
		/// Guardian or legal representative.
		pub kind: ProxyKind,
		/// The appointment ends at (exclusive, ms), if it ends.
		pub until: Option<Moment>,
		/// The deposit, held from the patient.
		pub deposit: Balance,
	}

	/// The version-1 value of [`Proxies`].
	pub type OldList<T> = BoundedVec<
		OldProxy<<T as frame_system::Config>::AccountId, BalanceOf<T>>,
		<T as Config>::MaxProxies,
	>;

	/// Rewrites every patient's proxies with the patient as each deposit's payer.
	///
	/// One pass over every patient with proxies, in one block (a read and a write each): fit
	/// for chains with few such patients; a large chain runs it as a multi-block migration.
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut patients = 0u64;
			Proxies::<T>::translate(|subject, old: OldList<T>| {
				patients = patients.saturating_add(1);
				let new: Vec<ProxyOf<T>> = old
					.into_iter()
					.map(|p| Proxy {
						account: p.account,
						kind: p.kind,
						until: p.until,
						depositor: subject.clone(),
						deposit: p.deposit,
					})
					.collect();
				// The same bound as the old list: nothing is cut.
				Some(BoundedVec::truncate_from(new))
			});
			let per_patient = OldList::<T>::max_encoded_len() as u64 + 2 * 32 * 16;
			T::DbWeight::get()
				.reads_writes(patients, patients)
				.saturating_add(Weight::from_parts(0, per_patient.saturating_mul(patients)))
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let count: u64 = Proxies::<T>::iter_keys()
				.map(|subject| {
					let key = Proxies::<T>::hashed_key_for(&subject);
					frame_support::storage::unhashed::get::<OldList<T>>(&key)
						.map_or(0, |list| list.len() as u64)
				})
				.sum();
			Ok(count.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u64::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("pre_upgrade state"))?;
			let mut after = 0u64;
			for (subject, list) in Proxies::<T>::iter() {
				frame_support::ensure!(
					list.iter().all(|p| p.depositor == subject),
					"a migrated proxy's deposit is not the patient's"
				);
				after += list.len() as u64;
			}
			frame_support::ensure!(before == after, "proxies before and after differ");
			Pallet::<T>::do_try_state()
		}
	}

	/// [`UncheckedMigrateToV2`], run only on storage version 1, which it moves to 2.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

#[cfg(test)]
mod tests {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	use healthchain_primitives::consent::{Grantee, Provision};

	use super::*;
	use crate::{mock::*, ConsentTerms};

	fn grant(grantee: Grantee, provision: Provision) -> ConsentId {
		let id = crate::NextConsentId::<Test>::get();
		frame_support::assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			PATIENT,
			ConsentTerms {
				grantee,
				provision,
				classes: BoundedVec::truncate_from(vec![healthchain_primitives::DataClass::All]),
				purposes: BoundedVec::truncate_from(vec![
					healthchain_primitives::Purpose::Treatment
				]),
				actions: BoundedVec::truncate_from(vec![healthchain_primitives::Action::Access]),
				valid_from: None,
				valid_until: None,
			},
		));
		id
	}

	/// Writes `subject`'s list in the version-0 layout: the ids alone.
	fn put_old_list(subject: &u64, ids: &[ConsentId]) {
		let key = SubjectConsents::<Test>::hashed_key_for(subject);
		let old: v1::OldList<Test> = BoundedVec::truncate_from(ids.to_vec());
		frame_support::storage::unhashed::put(&key, &old);
	}

	#[test]
	fn version_0_lists_become_rules_and_the_version_moves_to_1() {
		ExtBuilder.build().execute_with(|| {
			let permit = grant(Grantee::Organization(HOSPITAL), Provision::Permit);
			let deny = grant(Grantee::Role(healthchain_primitives::Role::Clinic), Provision::Deny);
			frame_support::assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), deny));
			let expected = SubjectConsents::<Test>::get(PATIENT);
			put_old_list(&PATIENT, &[permit, deny]);
			StorageVersion::new(0).put::<Pallet<Test>>();

			let weight = v1::MigrateToV1::<Test>::on_runtime_upgrade();

			assert_eq!(SubjectConsents::<Test>::get(PATIENT), expected);
			assert_eq!(expected.iter().map(|r| r.id).collect::<Vec<_>>(), vec![permit, deny]);
			assert!(expected[1].ended_at.is_some(), "the revoked consent's rule says so");
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
			// The proof holds the list and both consents it lists (the mock's database weights
			// are zero, so only the proof part is non-zero here).
			assert!(weight.proof_size() >= 2 * ConsentOf::<Test>::max_encoded_len() as u64);
			Pallet::<Test>::do_try_state().expect("invariants hold after the migration");
		});
	}

	#[test]
	fn the_migration_does_nothing_on_version_1() {
		ExtBuilder.build().execute_with(|| {
			grant(Grantee::Organization(HOSPITAL), Provision::Permit);
			let before = SubjectConsents::<Test>::get(PATIENT);
			StorageVersion::new(1).put::<Pallet<Test>>();
			v1::MigrateToV1::<Test>::on_runtime_upgrade();
			assert_eq!(SubjectConsents::<Test>::get(PATIENT), before);
		});
	}

	/// Writes `subject`'s proxies in the version-1 layout: no depositor.
	fn put_old_proxies(subject: &u64, proxies: &[(u64, u64)]) {
		let key = Proxies::<Test>::hashed_key_for(subject);
		let old: v2::OldList<Test> = BoundedVec::truncate_from(
			proxies
				.iter()
				.map(|(account, deposit)| v2::OldProxy {
					account: *account,
					kind: healthchain_primitives::consent::ProxyKind::Guardian,
					until: None,
					deposit: *deposit,
				})
				.collect::<Vec<_>>(),
		);
		frame_support::storage::unhashed::put(&key, &old);
	}

	#[test]
	fn version_1_proxies_get_the_patient_as_depositor_and_the_version_moves_to_2() {
		ExtBuilder.build().execute_with(|| {
			put_old_proxies(&PATIENT, &[(GUARDIAN, PROXY_DEPOSIT), (OTHER_PATIENT, PROXY_DEPOSIT)]);
			StorageVersion::new(1).put::<Pallet<Test>>();

			let weight = v2::MigrateToV2::<Test>::on_runtime_upgrade();

			let proxies = Proxies::<Test>::get(PATIENT);
			assert_eq!(
				proxies.iter().map(|p| (p.account, p.depositor, p.deposit)).collect::<Vec<_>>(),
				vec![(GUARDIAN, PATIENT, PROXY_DEPOSIT), (OTHER_PATIENT, PATIENT, PROXY_DEPOSIT)]
			);
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			assert!(weight.proof_size() >= v2::OldList::<Test>::max_encoded_len() as u64);
			Pallet::<Test>::do_try_state().expect("invariants hold after the migration");
		});
	}

	#[test]
	fn the_proxy_migration_does_nothing_on_version_2() {
		ExtBuilder.build().execute_with(|| {
			frame_support::assert_ok!(Consent::appoint_proxy(
				RuntimeOrigin::signed(PATIENT),
				GUARDIAN,
				healthchain_primitives::consent::ProxyKind::Guardian,
				None
			));
			let before = Proxies::<Test>::get(PATIENT);
			StorageVersion::new(2).put::<Pallet<Test>>();
			v2::MigrateToV2::<Test>::on_runtime_upgrade();
			assert_eq!(Proxies::<Test>::get(PATIENT), before);
		});
	}

	#[test]
	fn both_migrations_run_in_order_from_version_0() {
		ExtBuilder.build().execute_with(|| {
			let permit = grant(Grantee::Organization(HOSPITAL), Provision::Permit);
			put_old_list(&PATIENT, &[permit]);
			put_old_proxies(&PATIENT, &[(GUARDIAN, PROXY_DEPOSIT)]);
			StorageVersion::new(0).put::<Pallet<Test>>();
			<(v1::MigrateToV1<Test>, v2::MigrateToV2<Test>)>::on_runtime_upgrade();
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			assert_eq!(SubjectConsents::<Test>::get(PATIENT)[0].id, permit);
			assert_eq!(Proxies::<Test>::get(PATIENT)[0].depositor, PATIENT);
		});
	}

	/// The try-runtime checks themselves: `pre_upgrade`, the migration, `post_upgrade` (with
	/// the pallet's invariants), on hand-written old layouts.
	#[cfg(feature = "try-runtime")]
	#[test]
	fn both_migrations_pass_their_try_runtime_checks() {
		ExtBuilder.build().execute_with(|| {
			let permit = grant(Grantee::Organization(HOSPITAL), Provision::Permit);
			frame_support::assert_ok!(Consent::appoint_proxy(
				RuntimeOrigin::signed(PATIENT),
				GUARDIAN,
				healthchain_primitives::consent::ProxyKind::Guardian,
				None
			));
			put_old_list(&PATIENT, &[permit]);
			put_old_proxies(&PATIENT, &[(GUARDIAN, PROXY_DEPOSIT)]);
			StorageVersion::new(0).put::<Pallet<Test>>();
			<(v1::MigrateToV1<Test>, v2::MigrateToV2<Test>)>::try_on_runtime_upgrade(true)
				.expect("pre_upgrade, the migrations and post_upgrade pass");
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
		});
	}

	#[test]
	fn ids_of_missing_consents_are_dropped() {
		ExtBuilder.build().execute_with(|| {
			let kept = grant(Grantee::Organization(HOSPITAL), Provision::Permit);
			put_old_list(&PATIENT, &[kept, 999]);
			StorageVersion::new(0).put::<Pallet<Test>>();
			v1::MigrateToV1::<Test>::on_runtime_upgrade();
			let ids: Vec<_> = SubjectConsents::<Test>::get(PATIENT).iter().map(|r| r.id).collect();
			assert_eq!(ids, vec![kept]);
		});
	}
}
