//! End to end against `healthchain-node --dev`: records anchoring (issue scenario). The hospital
//! is demo organisation 0 (Dave), the laboratory 2 (Ferdie), the pharmacy 3 (Alice//stash); the
//! patient is Alice.

mod common;

use common::{runtime_error, DevNode};
use healthchain_primitives::{
	commit, merkle,
	records::{batch_id, record_id, AccessBasis},
	Commitment, DataClass, Purpose,
};
use healthchain_runtime::{RuntimeCall, RuntimeError};
use pallet_records::Call as RecordsCall;
use serde_json::{json, Value};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, AliceStash, Dave, Ferdie};

const RECORD: H256 = H256::repeat_byte(0x5a);
const ERASED: H256 = H256::repeat_byte(0x5b);
const BATCH: H256 = H256::repeat_byte(0x6c);

fn doc(text: &str) -> Commitment {
	commit(b"healthchain/fhir-document", &[9u8; 32], text.as_bytes()).unwrap()
}

fn hex(h: &H256) -> String {
	format!("{h:?}")
}

fn verify(node: &DevNode, record: &H256, commitment: &Commitment) -> Value {
	node.call("healthchain_verifyRecord", json!([hex(record), hex(commitment)]))
}

fn records_error(
	included: &common::Included,
) -> Option<pallet_records::Error<healthchain_runtime::Runtime>> {
	match runtime_error(included.dispatch_error()?) {
		Some(RuntimeError::Records(e)) => Some(e),
		_ => None,
	}
}

#[test]
fn records_are_anchored_versioned_batched_erased_and_verified() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);
	let alice = Alice.to_account_id();
	// Ids are namespaced by custodian: Dave's hospital is organisation 0, Ferdie's lab 2.
	let rec = record_id(0, &RECORD);
	let erased_rec = record_id(0, &ERASED);
	let batch = batch_id(2, &BATCH);

	// Version 1 by the hospital: the right commitment matches, a tampered one does not.
	let anchored = node.execute(
		Dave,
		RuntimeCall::Records(RecordsCall::anchor {
			local_id: RECORD,
			subject: alice.clone(),
			class: DataClass::LabResults,
			commitment: doc("potassium 4.1 mmol/L"),
		}),
	);
	assert!(anchored.succeeded(), "{anchored:?}");
	let ok = verify(&node, &rec, &doc("potassium 4.1 mmol/L"));
	assert_eq!(ok["outcome"], "match");
	assert_eq!(ok["version"]["version"], 1);
	assert_eq!(ok["version"]["status"], "current");
	assert_eq!(ok["version"]["anchoredAt"], anchored.block_number);
	assert_eq!(verify(&node, &rec, &doc("potassium 5.1 mmol/L"))["outcome"], "mismatch");

	// Version 2 supersedes version 1.
	let v2 = node.execute(
		Dave,
		RuntimeCall::Records(RecordsCall::anchor_version {
			record: rec,
			commitment: doc("potassium 4.1 mmol/L (amended)"),
		}),
	);
	assert!(v2.succeeded(), "{v2:?}");
	let old = verify(&node, &rec, &doc("potassium 4.1 mmol/L"));
	assert_eq!(
		(old["outcome"].clone(), old["version"]["status"].clone()),
		(json!("match"), json!("superseded"))
	);
	assert_eq!(old["latestVersion"], 2);
	let history = node.call("healthchain_recordHistory", json!([hex(&rec)]));
	assert_eq!(history["versions"].as_array().map(Vec::len), Some(2));
	assert_eq!(history["subject"], alice.to_string());
	let provenance = node.call("healthchain_recordProvenance", json!([hex(&rec)]));
	assert_eq!(provenance["resourceType"], "Bundle");
	assert_eq!(provenance["entry"][1]["resource"]["activity"]["coding"][0]["code"], "UPDATE");

	// The laboratory anchors 1,000 commitments in one extrinsic; one proves, a wrong proof fails.
	let readings: Vec<Commitment> =
		(0..1_000).map(|i| doc(&format!("glucose reading {i}"))).collect();
	let root = merkle::root(&readings).unwrap();
	let anchored_batch = node.execute(
		Ferdie,
		RuntimeCall::Records(RecordsCall::anchor_batch {
			local_id: BATCH,
			root,
			leaf_count: 1_000,
			class: DataClass::LabResults,
		}),
	);
	assert!(anchored_batch.succeeded(), "{anchored_batch:?}");
	let proof = merkle::proof(&readings, 421).unwrap();
	let proof_json = serde_json::to_value(&proof).unwrap();
	let included = node.call(
		"healthchain_verifyBatchProof",
		json!([hex(&batch), hex(&readings[421]), proof_json.clone()]),
	);
	assert_eq!(included["outcome"], "included");
	let wrong = node.call(
		"healthchain_verifyBatchProof",
		json!([hex(&batch), hex(&readings[422]), proof_json]),
	);
	assert_eq!(wrong["outcome"], "notIncluded");
	assert_eq!(node.call("healthchain_batch", json!([hex(&batch)]))["leafCount"], 1_000);

	// A pharmacy holds no custodial role.
	let pharmacy = node.execute(
		AliceStash,
		RuntimeCall::Records(RecordsCall::anchor {
			local_id: H256::repeat_byte(0x99),
			subject: alice.clone(),
			class: DataClass::Medications,
			commitment: doc("prescription"),
		}),
	);
	assert!(
		matches!(records_error(&pharmacy), Some(pallet_records::Error::NotAuthorized)),
		"{:?}",
		records_error(&pharmacy)
	);

	// Access by the clinic without consent is refused; with the patient's consent it is logged.
	let log = |basis| {
		node.execute(
			Dave,
			RuntimeCall::Records(RecordsCall::log_access {
				record: rec,
				accessor: 1,
				purpose: Purpose::Treatment,
				basis,
			}),
		)
	};
	let refused = log(AccessBasis::Consent(0));
	assert!(
		matches!(records_error(&refused), Some(pallet_records::Error::NotPermitted)),
		"{refused:?}"
	);
	let consent = node.execute(
		Alice,
		RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: alice.clone(),
			terms: pallet_consent::ConsentTerms {
				grantee: healthchain_primitives::consent::Grantee::Organization(1),
				provision: healthchain_primitives::consent::Provision::Permit,
				classes: frame_support::BoundedVec::truncate_from(vec![DataClass::LabResults]),
				purposes: frame_support::BoundedVec::truncate_from(vec![Purpose::Treatment]),
				actions: frame_support::BoundedVec::truncate_from(vec![
					healthchain_primitives::Action::Access,
				]),
				valid_from: None,
				valid_until: None,
			},
		}),
	);
	let consent_id = consent
		.events
		.iter()
		.find_map(|e| match e {
			healthchain_runtime::RuntimeEvent::Consent(pallet_consent::Event::ConsentGranted {
				consent,
				..
			}) => Some(*consent),
			_ => None,
		})
		.expect("consent granted");
	assert!(log(AccessBasis::Consent(consent_id)).succeeded());
	let access = node.call("healthchain_accessLog", json!([alice.to_string()]));
	assert_eq!(access["length"], 1);
	assert_eq!(access["entries"][0]["basis"]["consent"], consent_id);
	assert_eq!(access["entries"][0]["accessor"], 1);

	// A record erased verifies as erased, not unknown.
	assert!(node
		.execute(
			Dave,
			RuntimeCall::Records(RecordsCall::anchor {
				local_id: ERASED,
				subject: alice.clone(),
				class: DataClass::Restricted,
				commitment: doc("session notes"),
			}),
		)
		.succeeded());
	let erased =
		node.execute(Dave, RuntimeCall::Records(RecordsCall::erase { record: erased_rec }));
	assert!(erased.succeeded(), "{erased:?}");
	let answer = verify(&node, &erased_rec, &doc("session notes"));
	assert_eq!(answer["outcome"], "erased");
	// Erasure removed every version: only the tombstone's count remains.
	assert_eq!(answer["version"], Value::Null);
	assert_eq!(answer["latestVersion"], 1);
	// The tombstone names neither the patient nor the data class.
	let tombstone = node.call("healthchain_recordHistory", json!([hex(&erased_rec)]));
	assert_eq!(
		(tombstone["erased"].clone(), tombstone["subject"].clone()),
		(json!(true), Value::Null)
	);
	assert_eq!(tombstone["class"], Value::Null);
	assert_eq!(verify(&node, &H256::repeat_byte(0x01), &doc("x"))["outcome"], "unknown");

	// Bad parameters say what is wrong.
	let err =
		node.rpc("healthchain_verifyRecord", json!(["0x12", hex(&doc("x"))])).expect_err("bad id");
	assert_eq!(err.code, -32602);
	assert!(err.message.contains("invalid record id"), "{}", err.message);
	let err = node
		.rpc(
			"healthchain_verifyBatchProof",
			json!([hex(&batch), hex(&readings[0]), { "index": 0 }]),
		)
		.expect_err("bad proof");
	assert!(err.message.contains("invalid proof"), "{}", err.message);
}
