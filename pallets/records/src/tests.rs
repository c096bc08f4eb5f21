//! Unit tests: every call's success path with its event, every error variant, wrong origins and
//! roles, version chains, erasure (versions removed, tombstone kept), ids that other organisations
//! cannot squat, batches with real Merkle proofs, the access log against a consent double that
//! follows `pallet-consent`'s decision rule (permit, deny, not applicable), its deposits and
//! pruning; deposits held and released exactly. Invariants after every test.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	commit,
	consent::{Grantee, Provision},
	merkle,
	records::{batch_id, record_id, AccessBasis, BatchOutcome, VerifyOutcome, VersionStatus},
	Action, Commitment, DataClass, OrganizationId, Purpose, Role,
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, TokenError};

use crate::{
	mock::*, AccessLog, AccessLogLength, AccessLogStart, Error, Event, HoldReason, Record,
	Records as RecordStore, Versions,
};

/// The hospital's local id of the record most tests use.
const LOCAL: H256 = H256::repeat_byte(0xa1);
/// A local id of a batch.
const BATCH_LOCAL: H256 = H256::repeat_byte(0xb1);

/// The id of the hospital's record under [`LOCAL`].
fn record() -> H256 {
	record_id(HOSPITAL, &LOCAL)
}

fn doc(text: &str) -> Commitment {
	commit(b"healthchain/test-record", &[42u8; 16], text.as_bytes()).unwrap()
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::from(reason), &who)
}

/// The hospital anchors version 1 of [`record`] of `PATIENT` (lab results).
fn anchor_v1() {
	anchor_v1_of(DataClass::LabResults);
}

/// The hospital anchors version 1 of [`record`] of `PATIENT`, of data class `class`.
fn anchor_v1_of(class: DataClass) {
	assert_ok!(Records::anchor(signed(HOSPITAL_STAFF), LOCAL, PATIENT, class, doc("v1")));
}

/// `who` logs that `accessor` accessed [`record`] for `purpose` on `basis`.
fn log(who: u64, accessor: OrganizationId, purpose: Purpose, basis: AccessBasis) -> DispatchResult {
	Records::log_access(signed(who), record(), accessor, purpose, basis)
}

/// The clinic's access to [`record`] for treatment, citing consent `consent`, logged by the
/// hospital.
fn log_treatment(consent: u64) -> DispatchResult {
	log(HOSPITAL_STAFF, CLINIC, Purpose::Treatment, AccessBasis::Consent(consent))
}

#[test]
fn every_call_needs_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		let none = RuntimeOrigin::none;
		let bad = DispatchError::BadOrigin;
		assert_noop!(Records::anchor(none(), LOCAL, PATIENT, DataClass::LabResults, doc("x")), bad);
		assert_noop!(Records::anchor_version(none(), record(), doc("x")), bad);
		assert_noop!(Records::mark_entered_in_error(none(), record(), 1), bad);
		assert_noop!(Records::erase(none(), record()), bad);
		assert_noop!(
			Records::anchor_batch(none(), BATCH_LOCAL, H256::zero(), 1, DataClass::Imaging),
			bad
		);
		assert_noop!(
			Records::log_access(
				none(),
				record(),
				CLINIC,
				Purpose::Treatment,
				AccessBasis::Consent(1)
			),
			bad
		);
		assert_noop!(Records::prune_access_log(none(), PATIENT), bad);
	});
}

mod anchoring {
	use super::*;

	#[test]
	fn anchor_stores_version_one_holds_the_deposit_and_verifies() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			System::assert_last_event(
				Event::RecordAnchored {
					record: record(),
					custodian: HOSPITAL,
					class: DataClass::LabResults,
				}
				.into(),
			);
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), VERSION_DEPOSIT);
			let ok = Records::verify(record(), doc("v1"));
			assert_eq!(ok.outcome, VerifyOutcome::Match);
			let v = ok.version.unwrap();
			assert_eq!((v.version, v.status, v.anchored_at_ms), (1, VersionStatus::Current, START));
			assert_eq!(Records::verify(record(), doc("tampered")).outcome, VerifyOutcome::Mismatch);
			assert_eq!(Records::verify(H256::zero(), doc("v1")).outcome, VerifyOutcome::Unknown);
			// The local id is not itself a record id.
			assert_eq!(Records::verify(LOCAL, doc("v1")).outcome, VerifyOutcome::Unknown);
		});
	}

	#[test]
	fn only_custodial_roles_in_good_standing_anchor() {
		ExtBuilder.build_and_execute(|| {
			for who in [PHARMACY_STAFF, PATIENT] {
				assert_noop!(
					Records::anchor(signed(who), LOCAL, PATIENT, DataClass::LabResults, doc("x")),
					Error::<Test>::NotAuthorized
				);
			}
			suspend(HOSPITAL, Role::Hospital);
			assert_noop!(
				Records::anchor(
					signed(HOSPITAL_STAFF),
					LOCAL,
					PATIENT,
					DataClass::LabResults,
					doc("x")
				),
				Error::<Test>::NotAuthorized
			);
			// A laboratory may.
			assert_ok!(Records::anchor(
				signed(LAB_STAFF),
				LOCAL,
				PATIENT,
				DataClass::LabResults,
				doc("x")
			));
			System::assert_last_event(
				Event::RecordAnchored {
					record: record_id(LAB, &LOCAL),
					custodian: LAB,
					class: DataClass::LabResults,
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_custodian_cannot_reuse_a_local_id_and_deposits_must_be_payable() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			// Another member of the same organisation: the same id.
			assert_noop!(
				Records::anchor(
					signed(HOSPITAL_NURSE),
					LOCAL,
					PATIENT,
					DataClass::Imaging,
					doc("y")
				),
				Error::<Test>::AlreadyExists
			);
			assert_ok!(Balances::transfer_allow_death(
				signed(CLINIC_STAFF),
				GUARDIAN,
				ENDOWMENT - 5
			));
			assert_noop!(
				Records::anchor(signed(CLINIC_STAFF), LOCAL, PATIENT, DataClass::Imaging, doc("y")),
				TokenError::FundsUnavailable
			);
		});
	}

	/// Finding 3: an organisation that copies a custodian's anchor from the transaction pool and
	/// gets it in first anchors its own id, not the custodian's.
	#[test]
	fn another_organisation_cannot_block_a_custodians_record_id() {
		ExtBuilder.build_and_execute(|| {
			// The laboratory front-runs the hospital's anchor with the same arguments.
			assert_ok!(Records::anchor(
				signed(LAB_STAFF),
				LOCAL,
				PATIENT,
				DataClass::LabResults,
				doc("v1")
			));
			// The hospital's anchor still succeeds, under the hospital's id.
			anchor_v1();
			System::assert_last_event(
				Event::RecordAnchored {
					record: record(),
					custodian: HOSPITAL,
					class: DataClass::LabResults,
				}
				.into(),
			);
			assert_ne!(record(), record_id(LAB, &LOCAL));
			assert_eq!(RecordStore::<Test>::get(record()).map(|r| r.custodian), Some(HOSPITAL));
			assert_eq!(
				RecordStore::<Test>::get(record_id(LAB, &LOCAL)).map(|r| r.custodian),
				Some(LAB)
			);
			// And the squatter cannot touch the hospital's record.
			assert_noop!(
				Records::anchor_version(signed(LAB_STAFF), record(), doc("forged")),
				Error::<Test>::NotAuthorized
			);
		});
	}
}

mod versions {
	use super::*;

	#[test]
	fn a_new_version_supersedes_the_old_which_still_verifies_as_superseded() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			advance(1_000);
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v2")));
			System::assert_last_event(
				Event::VersionAnchored { record: record(), version: 2 }.into(),
			);
			let old = Records::verify(record(), doc("v1"));
			assert_eq!(old.outcome, VerifyOutcome::Match);
			assert_eq!(old.version.unwrap().status, VersionStatus::Superseded);
			assert_eq!(old.latest_version, Some(2));
			let new = Records::verify(record(), doc("v2")).version.unwrap();
			assert_eq!((new.version, new.status), (2, VersionStatus::Current));
			let history = Records::history(record()).unwrap();
			assert_eq!(history.versions.len(), 2);
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), 2 * VERSION_DEPOSIT);
		});
	}

	#[test]
	fn versions_only_by_the_custodian_and_within_bounds() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v2")),
				Error::<Test>::NotFound
			);
			anchor_v1();
			assert_noop!(
				Records::anchor_version(signed(LAB_STAFF), record(), doc("v2")),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v2")));
			assert_ok!(Records::anchor_version(signed(HOSPITAL_NURSE), record(), doc("v3")));
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v4")),
				Error::<Test>::TooManyVersions
			);
		});
	}

	#[test]
	fn entered_in_error_once_and_only_for_live_versions() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 1),
				Error::<Test>::NotFound
			);
			anchor_v1();
			assert_ok!(Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 1));
			System::assert_last_event(
				Event::MarkedEnteredInError { record: record(), version: 1 }.into(),
			);
			assert_eq!(
				Records::verify(record(), doc("v1")).version.unwrap().status,
				VersionStatus::EnteredInError
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 1),
				Error::<Test>::InvalidStatus
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 2),
				Error::<Test>::NoSuchVersion
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(CLINIC_STAFF), record(), 1),
				Error::<Test>::NotAuthorized
			);
			// A new version after an error is current again.
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("fixed")));
			assert_eq!(
				Records::verify(record(), doc("v1")).version.unwrap().status,
				VersionStatus::EnteredInError
			);
		});
	}
}

mod erasure {
	use super::*;

	/// Finding 2: erasure removes every version entry (deposits of versions 2.. back to whoever
	/// paid them) and keeps only the record's header as a tombstone, paid for by version 1's
	/// deposit.
	#[test]
	fn erase_removes_every_version_and_keeps_only_the_tombstone() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_ok!(Records::anchor_version(signed(HOSPITAL_NURSE), record(), doc("v2")));
			assert_ok!(Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 1));
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v3")));
			assert_eq!(Versions::<Test>::iter_prefix(record()).count(), 3);

			assert_ok!(Records::erase(signed(HOSPITAL_NURSE), record()));
			System::assert_last_event(Event::RecordErased { record: record() }.into());

			assert_eq!(Versions::<Test>::iter_prefix(record()).count(), 0, "no version stays");
			assert_eq!(
				RecordStore::<Test>::get(record()),
				Some(Record {
					subject: None,
					custodian: HOSPITAL,
					class: None,
					versions: 3,
					erased: true,
					tombstone_deposit: Some((HOSPITAL_STAFF, VERSION_DEPOSIT)),
				}),
				"the tombstone stays, naming neither the patient nor the data class"
			);
			// Versions 2 and 3 paid back; version 1's deposit now pays for the tombstone.
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), VERSION_DEPOSIT);
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_NURSE), 0);
			let erased = Records::verify(record(), doc("v3"));
			assert_eq!(erased.outcome, VerifyOutcome::Erased);
			assert_eq!((erased.version, erased.latest_version), (None, Some(3)));
			let history = Records::history(record()).unwrap();
			assert!(history.erased && history.versions.is_empty());
			assert_eq!((history.subject, history.class), (None, None));
		});
	}

	#[test]
	fn an_erased_record_takes_no_more_changes_and_its_id_stays_taken() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_ok!(Records::erase(signed(HOSPITAL_STAFF), record()));
			assert_noop!(Records::erase(signed(HOSPITAL_STAFF), record()), Error::<Test>::Erased);
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), record(), doc("v2")),
				Error::<Test>::Erased
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), record(), 1),
				Error::<Test>::Erased
			);
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(log_treatment(consent), Error::<Test>::Erased);
			assert_noop!(
				Records::anchor(
					signed(HOSPITAL_STAFF),
					LOCAL,
					PATIENT,
					DataClass::LabResults,
					doc("v1")
				),
				Error::<Test>::AlreadyExists
			);
		});
	}

	#[test]
	fn erase_only_by_the_custodian() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(Records::erase(signed(HOSPITAL_STAFF), record()), Error::<Test>::NotFound);
			anchor_v1();
			assert_noop!(
				Records::erase(signed(CLINIC_STAFF), record()),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(Records::erase(signed(PATIENT), record()), Error::<Test>::NotAuthorized);
		});
	}
}

mod batches {
	use super::*;

	fn leaves(n: u32) -> Vec<Commitment> {
		(0..n).map(|i| doc(&format!("reading {i}"))).collect()
	}

	#[test]
	fn a_batch_of_a_thousand_proves_each_member_and_refuses_wrong_proofs() {
		ExtBuilder.build_and_execute(|| {
			let all = leaves(1_000);
			let root = merkle::root(&all).unwrap();
			let batch = batch_id(LAB, &BATCH_LOCAL);
			assert_ok!(Records::anchor_batch(
				signed(LAB_STAFF),
				BATCH_LOCAL,
				root,
				1_000,
				DataClass::LabResults
			));
			System::assert_last_event(
				Event::BatchAnchored { batch, custodian: LAB, leaf_count: 1_000 }.into(),
			);
			assert_eq!(held(HoldReason::BatchDeposit, LAB_STAFF), BATCH_DEPOSIT);
			let proof = merkle::proof(&all, 617).unwrap();
			assert_eq!(Records::verify_batch(batch, all[617], &proof), BatchOutcome::Included);
			assert_eq!(Records::verify_batch(batch, all[618], &proof), BatchOutcome::NotIncluded);
			let mut lying = proof.clone();
			lying.leaf_count = 999;
			assert_eq!(Records::verify_batch(batch, all[617], &lying), BatchOutcome::NotIncluded);
			assert_eq!(
				Records::verify_batch(BATCH_LOCAL, all[617], &proof),
				BatchOutcome::UnknownBatch
			);
			assert_eq!(Records::batch_info(batch).unwrap().root, root);
		});
	}

	#[test]
	fn batch_errors() {
		ExtBuilder.build_and_execute(|| {
			let root = H256::repeat_byte(1);
			assert_noop!(
				Records::anchor_batch(
					signed(PHARMACY_STAFF),
					BATCH_LOCAL,
					root,
					5,
					DataClass::Imaging
				),
				Error::<Test>::NotAuthorized
			);
			for bad in [0, 1_001] {
				assert_noop!(
					Records::anchor_batch(
						signed(LAB_STAFF),
						BATCH_LOCAL,
						root,
						bad,
						DataClass::Imaging
					),
					Error::<Test>::InvalidBatchSize
				);
			}
			assert_ok!(Records::anchor_batch(
				signed(LAB_STAFF),
				BATCH_LOCAL,
				root,
				5,
				DataClass::Imaging
			));
			assert_noop!(
				Records::anchor_batch(signed(LAB_STAFF), BATCH_LOCAL, root, 5, DataClass::Imaging),
				Error::<Test>::AlreadyExists
			);
		});
	}

	/// Finding 3, for batches.
	#[test]
	fn another_organisation_cannot_block_a_custodians_batch_id() {
		ExtBuilder.build_and_execute(|| {
			let root = H256::repeat_byte(1);
			assert_ok!(Records::anchor_batch(
				signed(HOSPITAL_STAFF),
				BATCH_LOCAL,
				root,
				5,
				DataClass::LabResults
			));
			assert_ok!(Records::anchor_batch(
				signed(LAB_STAFF),
				BATCH_LOCAL,
				root,
				5,
				DataClass::LabResults
			));
			System::assert_last_event(
				Event::BatchAnchored {
					batch: batch_id(LAB, &BATCH_LOCAL),
					custodian: LAB,
					leaf_count: 5,
				}
				.into(),
			);
			assert_eq!(Records::batch_info(batch_id(LAB, &BATCH_LOCAL)).unwrap().custodian, LAB);
			assert_eq!(
				Records::batch_info(batch_id(HOSPITAL, &BATCH_LOCAL)).unwrap().custodian,
				HOSPITAL
			);
		});
	}
}

mod access_log {
	use super::*;

	/// Finding 1: each entry holds the log deposit from the member that logged it.
	#[test]
	fn access_with_the_permitting_consent_is_logged_in_order_and_holds_a_deposit() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			let basis = AccessBasis::Consent(consent);
			assert_ok!(log_treatment(consent));
			System::assert_last_event(Event::AccessLogged { subject: PATIENT, position: 0 }.into());
			// The event names the entry; the entry holds who, what, why and on what basis.
			let (_, first) = Records::access_log(&PATIENT, 0, 1);
			let e = &first[0].1;
			assert_eq!(
				(e.record, e.accessor, e.purpose, e.basis),
				(record(), CLINIC, Purpose::Treatment, basis)
			);
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_STAFF), ACCESS_LOG_DEPOSIT);
			assert_ok!(log(HOSPITAL_NURSE, CLINIC, Purpose::Treatment, basis));
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_NURSE), ACCESS_LOG_DEPOSIT);
			let stored = AccessLog::<Test>::get(PATIENT, 1).unwrap();
			assert_eq!((stored.depositor, stored.deposit), (HOSPITAL_NURSE, ACCESS_LOG_DEPOSIT));
			let (length, entries) = Records::access_log(&PATIENT, 1, 10);
			assert_eq!(length, 2);
			assert_eq!(entries.len(), 1);
			assert_eq!((entries[0].0, entries[0].1.accessor), (1, CLINIC));
			assert_eq!(AccessLogLength::<Test>::get(PATIENT), 2);
		});
	}

	/// Finding 1: a member who cannot pay the log deposit cannot log.
	#[test]
	fn logging_needs_the_log_deposit() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_ok!(Balances::transfer_allow_death(
				signed(HOSPITAL_NURSE),
				GUARDIAN,
				ENDOWMENT - 2
			));
			assert_noop!(
				log(HOSPITAL_NURSE, CLINIC, Purpose::Treatment, AccessBasis::Consent(consent)),
				TokenError::FundsUnavailable
			);
		});
	}

	/// Finding 1: after the retention period anyone may prune the oldest entries, which returns
	/// each deposit to whoever paid it; pruning stops at the first entry still retained, and
	/// positions are not reused.
	#[test]
	fn expired_entries_are_pruned_oldest_first_and_their_deposits_returned() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			let basis = AccessBasis::Consent(consent);
			assert_ok!(log_treatment(consent));
			advance(DAY);
			assert_ok!(log(HOSPITAL_NURSE, CLINIC, Purpose::Treatment, basis));
			assert_ok!(log(HOSPITAL_NURSE, CLINIC, Purpose::Treatment, basis));
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_NURSE), 2 * ACCESS_LOG_DEPOSIT);

			// Within the retention period nothing goes.
			advance(RETENTION - DAY - 1);
			assert_noop!(
				Records::prune_access_log(signed(OTHER_PATIENT), PATIENT),
				Error::<Test>::NothingExpired
			);

			// The first has expired, the two logged a day later have not. Stopping at the second
			// read it: the call keeps the weight of two entries, not one.
			use crate::WeightInfo;
			type W = <Test as crate::Config>::WeightInfo;
			let used = |r: frame_support::dispatch::DispatchResultWithPostInfo| {
				r.expect("pruned").actual_weight
			};
			advance(1);
			assert_eq!(
				used(Records::prune_access_log(signed(OTHER_PATIENT), PATIENT)),
				Some(W::prune_access_log(2))
			);
			System::assert_last_event(
				Event::AccessLogPruned { subject: PATIENT, from: 0, to: 1, by: OTHER_PATIENT }
					.into(),
			);
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_STAFF), 0);
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_NURSE), 2 * ACCESS_LOG_DEPOSIT);
			assert_eq!(AccessLogStart::<Test>::get(PATIENT), 1);
			let (length, entries) = Records::access_log(&PATIENT, 0, 10);
			let positions: Vec<u32> = entries.iter().map(|(position, _)| *position).collect();
			assert_eq!((length, positions), (3, vec![1, 2]));
			assert_noop!(
				Records::prune_access_log(signed(OTHER_PATIENT), PATIENT),
				Error::<Test>::NothingExpired
			);

			advance(DAY);
			// Both go, and the log ends there: nothing more was read.
			assert_eq!(
				used(Records::prune_access_log(signed(HOSPITAL_STAFF), PATIENT)),
				Some(W::prune_access_log(2))
			);
			System::assert_last_event(
				Event::AccessLogPruned { subject: PATIENT, from: 1, to: 3, by: HOSPITAL_STAFF }
					.into(),
			);
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_NURSE), 0);
			assert_eq!(Records::access_log(&PATIENT, 0, 10), (3, vec![]));
			// An empty log has nothing to prune.
			assert_noop!(
				Records::prune_access_log(signed(OTHER_PATIENT), PATIENT),
				Error::<Test>::NothingExpired
			);

			// The log goes on at the next position.
			assert_ok!(log_treatment(consent));
			System::assert_last_event(Event::AccessLogged { subject: PATIENT, position: 3 }.into());
		});
	}

	#[test]
	fn pruning_a_patient_without_a_log_is_refused() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::prune_access_log(signed(GUARDIAN), PATIENT),
				Error::<Test>::NothingExpired
			);
		});
	}

	#[test]
	fn one_prune_removes_at_most_max_prune_entries() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			for _ in 0..MAX_PRUNE + 1 {
				assert_ok!(log_treatment(consent));
			}
			advance(RETENTION);
			assert_ok!(Records::prune_access_log(signed(GUARDIAN), PATIENT));
			System::assert_last_event(
				Event::AccessLogPruned { subject: PATIENT, from: 0, to: MAX_PRUNE, by: GUARDIAN }
					.into(),
			);
			assert_ok!(Records::prune_access_log(signed(GUARDIAN), PATIENT));
			System::assert_last_event(
				Event::AccessLogPruned {
					subject: PATIENT,
					from: MAX_PRUNE,
					to: MAX_PRUNE + 1,
					by: GUARDIAN,
				}
				.into(),
			);
			assert_eq!(held(HoldReason::AccessLogDeposit, HOSPITAL_STAFF), 0);
		});
	}

	#[test]
	fn access_without_consent_or_by_others_is_refused() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(log_treatment(1), Error::<Test>::NotFound);
			anchor_v1();
			assert_noop!(log_treatment(1), Error::<Test>::NotPermitted);
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(
				log(CLINIC_STAFF, CLINIC, Purpose::Treatment, AccessBasis::Consent(consent)),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn break_glass_access_is_logged_as_such_for_emergencies_only_while_open() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let session = open_session(PATIENT, CLINIC, HOUR);
			let basis = AccessBasis::BreakGlass(session);
			assert_noop!(
				log(HOSPITAL_STAFF, CLINIC, Purpose::Treatment, basis),
				Error::<Test>::WrongPurpose
			);
			assert_noop!(
				log(HOSPITAL_STAFF, HOSPITAL, Purpose::EmergencyTreatment, basis),
				Error::<Test>::NoBreakGlass
			);
			assert_noop!(
				log(
					HOSPITAL_STAFF,
					CLINIC,
					Purpose::EmergencyTreatment,
					AccessBasis::BreakGlass(session + 1)
				),
				Error::<Test>::NoBreakGlass
			);
			assert_ok!(log(HOSPITAL_STAFF, CLINIC, Purpose::EmergencyTreatment, basis));
			System::assert_last_event(Event::AccessLogged { subject: PATIENT, position: 0 }.into());
			let (_, entries) = Records::access_log(&PATIENT, 0, 10);
			assert_eq!(entries[0].1.basis, AccessBasis::BreakGlass(session));
			// Once the session is over, no more.
			advance(HOUR);
			assert_noop!(
				log(HOSPITAL_STAFF, CLINIC, Purpose::EmergencyTreatment, basis),
				Error::<Test>::NoBreakGlass
			);
		});
	}

	#[test]
	fn a_full_log_is_refused() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let consent = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			AccessLogLength::<Test>::insert(PATIENT, u32::MAX);
			assert_noop!(log_treatment(consent), Error::<Test>::LogFull);
			AccessLogLength::<Test>::remove(PATIENT);
		});
	}
}

/// Finding 4: `log_access` against a consent double that decides as `pallet-consent` documents:
/// deny wins over permit; action, class, purpose, time and grantee all matter.
mod consent_decisions {
	use super::*;

	#[test]
	fn a_deny_wins_over_a_permit_and_the_access_is_refused() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let permitting = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			let denying = deny(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(log_treatment(permitting), Error::<Test>::Denied);
			assert_noop!(log_treatment(denying), Error::<Test>::Denied);
			// Once the deny is revoked, the permit applies again.
			revoke(denying);
			assert_ok!(log_treatment(permitting));
			System::assert_last_event(Event::AccessLogged { subject: PATIENT, position: 0 }.into());
		});
	}

	#[test]
	fn an_older_deny_also_wins_and_a_role_deny_covers_its_holders() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			grant(MockConsentTerms::new(
				PATIENT,
				Grantee::Role(Role::Clinic),
				Provision::Deny,
				DataClass::All,
				Purpose::Treatment,
			));
			let permitting = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(log_treatment(permitting), Error::<Test>::Denied);
			// While the clinic's role is suspended, the role deny does not cover it — but nor
			// does the permit to it by name: an organisation out of good standing is permitted
			// nothing.
			suspend(CLINIC, Role::Clinic);
			assert_noop!(log_treatment(permitting), Error::<Test>::NotPermitted);
		});
	}

	#[test]
	fn a_deny_of_another_scope_does_not_apply() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let permitting = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			deny(PATIENT, CLINIC, DataClass::Imaging, Purpose::Treatment);
			deny(PATIENT, CLINIC, DataClass::LabResults, Purpose::Research);
			deny(PATIENT, LAB, DataClass::LabResults, Purpose::Treatment);
			deny(OTHER_PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			grant(MockConsentTerms {
				actions: vec![Action::Disclose],
				..MockConsentTerms::new(
					PATIENT,
					Grantee::Organization(CLINIC),
					Provision::Deny,
					DataClass::LabResults,
					Purpose::Treatment,
				)
			});
			grant(MockConsentTerms {
				valid_from: START + DAY,
				..MockConsentTerms::new(
					PATIENT,
					Grantee::Organization(CLINIC),
					Provision::Deny,
					DataClass::LabResults,
					Purpose::Treatment,
				)
			});
			assert_ok!(log_treatment(permitting));
		});
	}

	#[test]
	fn without_a_covering_consent_in_force_the_access_is_not_permitted() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let org = |org| Grantee::Organization(org);
			let terms = |grantee, class, purpose| {
				MockConsentTerms::new(PATIENT, grantee, Provision::Permit, class, purpose)
			};
			let refused: Vec<u64> = vec![
				// Another organisation, class, purpose, patient.
				grant(terms(org(LAB), DataClass::LabResults, Purpose::Treatment)),
				grant(terms(org(CLINIC), DataClass::Imaging, Purpose::Treatment)),
				grant(terms(org(CLINIC), DataClass::LabResults, Purpose::Research)),
				permit(OTHER_PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment),
				// Another role than the clinic's.
				grant(terms(Grantee::Role(Role::Pharmacy), DataClass::All, Purpose::Treatment)),
				// Another action.
				grant(MockConsentTerms {
					actions: vec![Action::Use, Action::Collect],
					..terms(org(CLINIC), DataClass::LabResults, Purpose::Treatment)
				}),
				// Not yet in force.
				grant(MockConsentTerms {
					valid_from: START + DAY,
					..terms(org(CLINIC), DataClass::LabResults, Purpose::Treatment)
				}),
				// Expired.
				grant(MockConsentTerms {
					valid_until: Some(START + HOUR),
					..terms(org(CLINIC), DataClass::LabResults, Purpose::Treatment)
				}),
			];
			let revoked = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			advance(HOUR);
			revoke(revoked);
			for consent in refused.into_iter().chain([revoked]) {
				assert_noop!(log_treatment(consent), Error::<Test>::NotPermitted);
			}
		});
	}

	#[test]
	fn all_does_not_cover_sensitive_classes() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1_of(DataClass::Restricted);
			let all = permit(PATIENT, CLINIC, DataClass::All, Purpose::Treatment);
			assert_noop!(log_treatment(all), Error::<Test>::NotPermitted);
			let named = permit(PATIENT, CLINIC, DataClass::Restricted, Purpose::Treatment);
			assert_ok!(log_treatment(named));
		});
	}

	#[test]
	fn a_sensitive_category_is_never_anchored_in_plain() {
		ExtBuilder.build_and_execute(|| {
			for class in [
				DataClass::Genomics,
				DataClass::MentalHealth,
				DataClass::SexualReproductive,
				DataClass::SubstanceUse,
			] {
				assert_noop!(
					Records::anchor(signed(HOSPITAL_STAFF), LOCAL, PATIENT, class, doc("v1")),
					Error::<Test>::SensitiveCategory
				);
				assert_noop!(
					Records::anchor_batch(
						signed(HOSPITAL_STAFF),
						LOCAL,
						H256::repeat_byte(1),
						4,
						class
					),
					Error::<Test>::SensitiveCategory
				);
			}
			// The category lives in the committed document; the chain knows `Restricted`.
			anchor_v1_of(DataClass::Restricted);
			assert_eq!(
				crate::Records::<Test>::get(record()).and_then(|r| r.class),
				Some(DataClass::Restricted)
			);
		});
	}

	#[test]
	fn a_role_grant_covers_organisations_actively_holding_the_role() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let role = grant(MockConsentTerms::new(
				PATIENT,
				Grantee::Role(Role::Clinic),
				Provision::Permit,
				DataClass::All,
				Purpose::Treatment,
			));
			assert_ok!(log_treatment(role));
			suspend(CLINIC, Role::Clinic);
			assert_noop!(log_treatment(role), Error::<Test>::NotPermitted);
		});
	}

	#[test]
	fn only_the_permit_the_decision_cites_is_accepted() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let oldest = permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			let newer = permit(PATIENT, CLINIC, DataClass::All, Purpose::Treatment);
			let unrelated = permit(PATIENT, LAB, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(log_treatment(newer), Error::<Test>::WrongConsent);
			assert_noop!(log_treatment(unrelated), Error::<Test>::WrongConsent);
			assert_ok!(log_treatment(oldest));
		});
	}
}
