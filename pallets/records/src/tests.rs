//! Unit tests: every call's success path with its event, every error variant, wrong origins and
//! roles, version chains, erasure, batches with real Merkle proofs, the access log against the
//! (mocked) consent verifier, deposits held and released exactly. Invariants after every test.

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	commit, merkle,
	records::{AccessBasis, BatchOutcome, VerifyOutcome, VersionStatus},
	Commitment, DataClass, Purpose, Role,
};
use sp_core::H256;
use sp_runtime::{DispatchError, TokenError};

use crate::{mock::*, AccessLogLength, Error, Event, HoldReason, Records as RecordStore};

const RECORD: H256 = H256::repeat_byte(0xa1);
const BATCH: H256 = H256::repeat_byte(0xb1);

fn doc(text: &str) -> Commitment {
	commit(b"healthchain/test-record", &[42u8; 16], text.as_bytes()).unwrap()
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::from(reason), &who)
}

fn anchor_v1() {
	assert_ok!(Records::anchor(
		signed(HOSPITAL_STAFF),
		RECORD,
		PATIENT,
		DataClass::LabResults,
		doc("v1")
	));
}

mod anchoring {
	use super::*;

	#[test]
	fn anchor_stores_version_one_holds_the_deposit_and_verifies() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			System::assert_last_event(
				Event::RecordAnchored {
					record: RECORD,
					custodian: HOSPITAL,
					class: DataClass::LabResults,
				}
				.into(),
			);
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), VERSION_DEPOSIT);
			let ok = Records::verify(RECORD, doc("v1"));
			assert_eq!(ok.outcome, VerifyOutcome::Match);
			let v = ok.version.unwrap();
			assert_eq!((v.version, v.status, v.anchored_at_ms), (1, VersionStatus::Current, START));
			assert_eq!(Records::verify(RECORD, doc("tampered")).outcome, VerifyOutcome::Mismatch);
			assert_eq!(Records::verify(H256::zero(), doc("v1")).outcome, VerifyOutcome::Unknown);
		});
	}

	#[test]
	fn only_custodial_roles_in_good_standing_anchor() {
		ExtBuilder.build_and_execute(|| {
			for who in [PHARMACY_STAFF, PATIENT] {
				assert_noop!(
					Records::anchor(signed(who), RECORD, PATIENT, DataClass::LabResults, doc("x")),
					Error::<Test>::NotAuthorized
				);
			}
			suspend(HOSPITAL, Role::Hospital);
			assert_noop!(
				Records::anchor(
					signed(HOSPITAL_STAFF),
					RECORD,
					PATIENT,
					DataClass::LabResults,
					doc("x")
				),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Records::anchor(
					RuntimeOrigin::none(),
					RECORD,
					PATIENT,
					DataClass::LabResults,
					doc("x")
				),
				DispatchError::BadOrigin
			);
			// A laboratory may.
			assert_ok!(Records::anchor(
				signed(LAB_STAFF),
				RECORD,
				PATIENT,
				DataClass::LabResults,
				doc("x")
			));
		});
	}

	#[test]
	fn ids_are_unique_and_deposits_must_be_payable() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_noop!(
				Records::anchor(signed(LAB_STAFF), RECORD, PATIENT, DataClass::Imaging, doc("y")),
				Error::<Test>::AlreadyExists
			);
			assert_ok!(Balances::transfer_allow_death(
				signed(CLINIC_STAFF),
				GUARDIAN,
				ENDOWMENT - 5
			));
			assert_noop!(
				Records::anchor(signed(CLINIC_STAFF), BATCH, PATIENT, DataClass::Imaging, doc("y")),
				TokenError::FundsUnavailable
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
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v2")));
			System::assert_last_event(Event::VersionAnchored { record: RECORD, version: 2 }.into());
			let old = Records::verify(RECORD, doc("v1"));
			assert_eq!(old.outcome, VerifyOutcome::Match);
			assert_eq!(old.version.unwrap().status, VersionStatus::Superseded);
			assert_eq!(old.latest_version, Some(2));
			let new = Records::verify(RECORD, doc("v2")).version.unwrap();
			assert_eq!((new.version, new.status), (2, VersionStatus::Current));
			let history = Records::history(RECORD).unwrap();
			assert_eq!(history.versions.len(), 2);
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), 2 * VERSION_DEPOSIT);
		});
	}

	#[test]
	fn versions_only_by_the_custodian_and_within_bounds() {
		ExtBuilder.build_and_execute(|| {
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v2")),
				Error::<Test>::NotFound
			);
			anchor_v1();
			assert_noop!(
				Records::anchor_version(signed(LAB_STAFF), RECORD, doc("v2")),
				Error::<Test>::NotAuthorized
			);
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v2")));
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v3")));
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v4")),
				Error::<Test>::TooManyVersions
			);
		});
	}

	#[test]
	fn entered_in_error_once_and_only_for_live_versions() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_ok!(Records::mark_entered_in_error(signed(HOSPITAL_STAFF), RECORD, 1));
			System::assert_last_event(
				Event::MarkedEnteredInError { record: RECORD, version: 1 }.into(),
			);
			assert_eq!(
				Records::verify(RECORD, doc("v1")).version.unwrap().status,
				VersionStatus::EnteredInError
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), RECORD, 1),
				Error::<Test>::InvalidStatus
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(HOSPITAL_STAFF), RECORD, 2),
				Error::<Test>::NoSuchVersion
			);
			assert_noop!(
				Records::mark_entered_in_error(signed(CLINIC_STAFF), RECORD, 1),
				Error::<Test>::NotAuthorized
			);
			// A new version after an error is current again.
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("fixed")));
			assert_eq!(
				Records::verify(RECORD, doc("v1")).version.unwrap().status,
				VersionStatus::EnteredInError
			);
		});
	}
}

mod erasure {
	use super::*;

	#[test]
	fn erase_leaves_a_tombstone_removes_commitments_and_returns_deposits() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_ok!(Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v2")));
			assert_ok!(Records::erase(signed(HOSPITAL_STAFF), RECORD));
			System::assert_last_event(Event::RecordErased { record: RECORD }.into());
			assert_eq!(held(HoldReason::VersionDeposit, HOSPITAL_STAFF), 0);
			let erased = Records::verify(RECORD, doc("v2"));
			assert_eq!(erased.outcome, VerifyOutcome::Erased);
			assert_eq!(erased.version.unwrap().commitment, None);
			assert!(Records::history(RECORD).unwrap().erased);
			assert!(RecordStore::<Test>::get(RECORD).is_some(), "the tombstone stays");
			assert_noop!(Records::erase(signed(HOSPITAL_STAFF), RECORD), Error::<Test>::Erased);
			assert_noop!(
				Records::anchor_version(signed(HOSPITAL_STAFF), RECORD, doc("v3")),
				Error::<Test>::Erased
			);
			assert_noop!(
				Records::anchor(
					signed(HOSPITAL_STAFF),
					RECORD,
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
			assert_noop!(Records::erase(signed(HOSPITAL_STAFF), RECORD), Error::<Test>::NotFound);
			anchor_v1();
			assert_noop!(
				Records::erase(signed(CLINIC_STAFF), RECORD),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(Records::erase(signed(PATIENT), RECORD), Error::<Test>::NotAuthorized);
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
			assert_ok!(Records::anchor_batch(
				signed(LAB_STAFF),
				BATCH,
				root,
				1_000,
				DataClass::LabResults
			));
			System::assert_last_event(
				Event::BatchAnchored { batch: BATCH, custodian: LAB, leaf_count: 1_000 }.into(),
			);
			assert_eq!(held(HoldReason::BatchDeposit, LAB_STAFF), BATCH_DEPOSIT);
			let proof = merkle::proof(&all, 617).unwrap();
			assert_eq!(Records::verify_batch(BATCH, all[617], &proof), BatchOutcome::Included);
			assert_eq!(Records::verify_batch(BATCH, all[618], &proof), BatchOutcome::NotIncluded);
			let mut lying = proof.clone();
			lying.leaf_count = 999;
			assert_eq!(Records::verify_batch(BATCH, all[617], &lying), BatchOutcome::NotIncluded);
			assert_eq!(
				Records::verify_batch(H256::zero(), all[617], &proof),
				BatchOutcome::UnknownBatch
			);
			assert_eq!(Records::batch_info(BATCH).unwrap().root, root);
		});
	}

	#[test]
	fn batch_errors() {
		ExtBuilder.build_and_execute(|| {
			let root = H256::repeat_byte(1);
			assert_noop!(
				Records::anchor_batch(signed(PHARMACY_STAFF), BATCH, root, 5, DataClass::Imaging),
				Error::<Test>::NotAuthorized
			);
			for bad in [0, 1_001] {
				assert_noop!(
					Records::anchor_batch(signed(LAB_STAFF), BATCH, root, bad, DataClass::Imaging),
					Error::<Test>::InvalidBatchSize
				);
			}
			assert_ok!(Records::anchor_batch(
				signed(LAB_STAFF),
				BATCH,
				root,
				5,
				DataClass::Imaging
			));
			assert_noop!(
				Records::anchor_batch(signed(LAB_STAFF), BATCH, root, 5, DataClass::Imaging),
				Error::<Test>::AlreadyExists
			);
		});
	}
}

mod access_log {
	use super::*;

	#[test]
	fn access_with_the_permitting_consent_is_logged_in_order() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			let basis = AccessBasis::Consent(PERMITTING_CONSENT);
			assert_ok!(Records::log_access(
				signed(HOSPITAL_STAFF),
				RECORD,
				CLINIC,
				Purpose::Treatment,
				basis
			));
			System::assert_last_event(
				Event::AccessLogged {
					subject: PATIENT,
					position: 0,
					record: RECORD,
					accessor: CLINIC,
					purpose: Purpose::Treatment,
					basis,
				}
				.into(),
			);
			assert_ok!(Records::log_access(
				signed(HOSPITAL_STAFF),
				RECORD,
				CLINIC,
				Purpose::Treatment,
				basis
			));
			let (length, entries) = Records::access_log(&PATIENT, 1, 10);
			assert_eq!(length, 2);
			assert_eq!(entries.len(), 1);
			assert_eq!(entries[0].accessor, CLINIC);
			assert_eq!(AccessLogLength::<Test>::get(PATIENT), 2);
		});
	}

	#[test]
	fn access_without_consent_or_citing_the_wrong_one_is_refused() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					RECORD,
					CLINIC,
					Purpose::Treatment,
					AccessBasis::Consent(PERMITTING_CONSENT)
				),
				Error::<Test>::NotPermitted
			);
			permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					RECORD,
					CLINIC,
					Purpose::Treatment,
					AccessBasis::Consent(PERMITTING_CONSENT + 1)
				),
				Error::<Test>::NotPermitted
			);
			assert_noop!(
				Records::log_access(
					signed(CLINIC_STAFF),
					RECORD,
					CLINIC,
					Purpose::Treatment,
					AccessBasis::Consent(PERMITTING_CONSENT)
				),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					H256::zero(),
					CLINIC,
					Purpose::Treatment,
					AccessBasis::Consent(PERMITTING_CONSENT)
				),
				Error::<Test>::NotFound
			);
		});
	}

	#[test]
	fn break_glass_access_is_logged_as_such_for_emergencies_only() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			let basis = AccessBasis::BreakGlass(OPEN_SESSION);
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					RECORD,
					CLINIC,
					Purpose::Treatment,
					basis
				),
				Error::<Test>::WrongPurpose
			);
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					RECORD,
					HOSPITAL,
					Purpose::EmergencyTreatment,
					basis
				),
				Error::<Test>::NoBreakGlass
			);
			assert_ok!(Records::log_access(
				signed(HOSPITAL_STAFF),
				RECORD,
				CLINIC,
				Purpose::EmergencyTreatment,
				basis
			));
			let (_, entries) = Records::access_log(&PATIENT, 0, 10);
			assert_eq!(entries[0].basis, AccessBasis::BreakGlass(OPEN_SESSION));
		});
	}

	#[test]
	fn a_full_log_is_refused() {
		ExtBuilder.build_and_execute(|| {
			anchor_v1();
			permit(PATIENT, CLINIC, DataClass::LabResults, Purpose::Treatment);
			AccessLogLength::<Test>::insert(PATIENT, u32::MAX);
			assert_noop!(
				Records::log_access(
					signed(HOSPITAL_STAFF),
					RECORD,
					CLINIC,
					Purpose::Treatment,
					AccessBasis::Consent(PERMITTING_CONSENT)
				),
				Error::<Test>::LogFull
			);
			AccessLogLength::<Test>::remove(PATIENT);
		});
	}
}
