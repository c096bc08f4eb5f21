//! The runtime upgrade rehearsed on a populated state: the scenario (every healthcare call, a
//! hospital's records, consents, proxies, packs in custody, trials, insurance claims) runs
//! first, then the runtime's upgrade hooks run the way `try-runtime` runs them before a real
//! upgrade (`Executive::try_runtime_upgrade`: every migration's `pre_upgrade`/`post_upgrade`, the
//! whole state decoded, every pallet's `try_state`).

use codec::Encode;
use frame_support::traits::{GetStorageVersion, StorageVersion, UpgradeCheckSelect};
use healthchain_fuzz::Chain;
use healthchain_runtime::{Executive, Runtime};

/// A chain after the whole scenario.
fn populated() -> Chain {
	let mut chain = Chain::new();
	let outcome = chain.run(&healthchain_fuzz::scenario::steps());
	assert!(outcome.calls.iter().all(|c| c.result == Some(Ok(()))), "the scenario runs");
	chain
}

/// As the next upgrade of a chain at today's storage versions runs them; afterwards every
/// pallet stores the storage version its code has.
#[test]
fn the_upgrade_hooks_pass_on_a_populated_state() {
	let mut chain = populated();
	chain.execute_with(|| {
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect("migrations, state decoding and every try_state pass");
		macro_rules! same_version {
			($($pallet:ident),*) => {$(
				assert_eq!(
					healthchain_runtime::$pallet::on_chain_storage_version(),
					healthchain_runtime::$pallet::in_code_storage_version(),
					stringify!($pallet)
				);
			)*};
		}
		same_version!(Organizations, Consent, Records, Trials, Provenance, Claims, Sponsorship);
	});
}

/// Every migration of the runtime on real data: the scenario's state is written back in the
/// layouts of storage version 0 (consent: each patient's list of consent ids, proxies without
/// their payer; records: every record with a patient and a class, as version 0 kept them even
/// for tombstones) and the on-chain versions set to 0, as on a chain that has not upgraded yet.
/// The upgrade hooks then run every migration in turn, their `pre_upgrade`/`post_upgrade`
/// checks and every `try_state` pass, and the state is what it was.
#[test]
fn every_migration_moves_a_populated_version_zero_state_to_the_current_one() {
	use frame_support::storage::unhashed;
	use pallet_consent::migrations::{v1::OldList as OldConsentList, v2};
	use pallet_records::migrations::v1::OldRecord;
	let mut chain = populated();
	let (consents, proxies, records) = chain.execute_with(|| {
		let consents: Vec<_> = pallet_consent::SubjectConsents::<Runtime>::iter().collect();
		let proxies: Vec<_> = pallet_consent::Proxies::<Runtime>::iter().collect();
		let records: Vec<_> = pallet_records::Records::<Runtime>::iter().collect();
		assert!(!consents.is_empty() && !proxies.is_empty() && !records.is_empty());
		assert!(records.iter().any(|(_, r)| r.erased), "the scenario erases a record");
		for (subject, rules) in &consents {
			let ids =
				OldConsentList::<Runtime>::truncate_from(rules.iter().map(|r| r.id).collect());
			let key = pallet_consent::SubjectConsents::<Runtime>::hashed_key_for(subject);
			unhashed::put_raw(&key, &ids.encode());
		}
		for (subject, list) in &proxies {
			assert!(list.iter().all(|p| &p.depositor == subject), "patients paid their proxies");
			let old = v2::OldList::<Runtime>::truncate_from(
				list.iter()
					.map(|p| v2::OldProxy {
						account: p.account.clone(),
						kind: p.kind,
						until: p.until,
						deposit: p.deposit,
					})
					.collect(),
			);
			let key = pallet_consent::Proxies::<Runtime>::hashed_key_for(subject);
			unhashed::put_raw(&key, &old.encode());
		}
		// A tombstone of version 0 still named a patient and a class; any will do.
		let someone = sp_keyring::Sr25519Keyring::Two.to_account_id();
		for (id, record) in &records {
			let old = OldRecord {
				subject: record.subject.clone().unwrap_or_else(|| someone.clone()),
				custodian: record.custodian,
				class: record.class.unwrap_or(healthchain_primitives::DataClass::Restricted),
				versions: record.versions,
				erased: record.erased,
				tombstone_deposit: record.tombstone_deposit.clone(),
			};
			let key = pallet_records::Records::<Runtime>::hashed_key_for(id);
			unhashed::put_raw(&key, &old.encode());
		}
		StorageVersion::new(0).put::<pallet_consent::Pallet<Runtime>>();
		StorageVersion::new(0).put::<pallet_records::Pallet<Runtime>>();
		(consents, proxies, records)
	});
	chain.execute_with(|| {
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All).expect("the upgrade passes");
		assert_eq!(
			healthchain_runtime::Consent::on_chain_storage_version(),
			StorageVersion::new(2)
		);
		assert_eq!(
			healthchain_runtime::Records::on_chain_storage_version(),
			StorageVersion::new(1)
		);
		let after_consents: Vec<_> = pallet_consent::SubjectConsents::<Runtime>::iter().collect();
		let after_proxies: Vec<_> = pallet_consent::Proxies::<Runtime>::iter().collect();
		let after_records: Vec<_> = pallet_records::Records::<Runtime>::iter().collect();
		assert_eq!(after_consents, consents, "every patient's consent rules are back");
		assert_eq!(after_proxies, proxies, "every appointment is back, with the patient as payer");
		assert_eq!(after_records, records, "every record is back, tombstones without a patient");
	});
}
