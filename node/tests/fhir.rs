//! End to end against `healthchain-node --dev`: every FHIR projection the node serves
//! (`healthchain_recordProvenance`, `healthchain_researchStudy`, `healthchain_consent`) is valid
//! FHIR R5 according to an independent validator, the `fhir.resources` R5 models run by
//! `scripts/fhir_validate.py`.
//!
//! The validator runs under the Python named by `$HEALTHCHAIN_FHIR_PYTHON` (scripts/test.sh sets
//! it), else under the venv scripts/setup.sh installs, `~/.cache/healthchain/venv/bin/python`.
//! Without either the tests fail, saying so: a projection nobody validated is not a pass.

mod common;

use std::{
	io::Write,
	path::PathBuf,
	process::{Command, Output, Stdio},
};

use common::{DevNode, Included};
use frame_support::BoundedVec;
use healthchain_primitives::{
	commit,
	consent::{Grantee, Provision},
	records::record_id,
	trials::{DataUse, Phase, StudyType, TerminationReason, TrialStatus},
	Action, Commitment, DataClass, Purpose, Role,
};
use healthchain_runtime::{Runtime, RuntimeCall};
use pallet_consent::{Call as ConsentCall, ConsentTerms};
use pallet_records::Call as RecordsCall;
use pallet_trials::{Call as TrialsCall, RegistrationOf};
use serde_json::{json, Value};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Dave, DaveStash, EveStash};

const DAY_MS: u64 = 24 * 60 * 60 * 1000;
const HOSPITAL: u32 = 0;
const RECORD: H256 = H256::repeat_byte(0x7a);
const ERASED: H256 = H256::repeat_byte(0x7b);

/// This package's directory, as cargo gives it when it runs the test (`CARGO_MANIFEST_DIR` at run
/// time). `env!` alone would pin the clone that compiled the binary: clones that share the target
/// directory reuse each other's test binaries, and that clone may be gone.
fn package_dir() -> PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// The Python with fhir.resources R5, and the validator script.
fn validator() -> (PathBuf, PathBuf) {
	let script = package_dir().join("../scripts/fhir_validate.py");
	let python = match std::env::var_os("HEALTHCHAIN_FHIR_PYTHON") {
		Some(python) => PathBuf::from(python),
		None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
			.join(".cache/healthchain/venv/bin/python"),
	};
	assert!(
		python.is_file(),
		"no FHIR validator: {} does not exist. Run scripts/setup.sh (it installs \
		 scripts/requirements-fhir.txt into ~/.cache/healthchain/venv) or set \
		 HEALTHCHAIN_FHIR_PYTHON to a Python that has them",
		python.display()
	);
	assert!(script.is_file(), "the validator script {} is missing", script.display());
	(python, script)
}

/// Runs the validator on `resource` (as its standard input).
fn run_validator(resource: &Value) -> Output {
	let (python, script) = validator();
	let mut child = Command::new(&python)
		.arg(&script)
		.arg("-")
		.stdin(Stdio::piped())
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()
		.unwrap_or_else(|e| panic!("cannot run {} {}: {e}", python.display(), script.display()));
	let mut stdin = child.stdin.take().expect("piped stdin");
	stdin.write_all(resource.to_string().as_bytes()).expect("the validator reads its input");
	drop(stdin);
	child.wait_with_output().expect("the validator finishes")
}

/// Fails the test, with the validator's findings and the resource, unless `resource` is valid
/// FHIR R5.
fn assert_valid_fhir(what: &str, resource: &Value) {
	let output = run_validator(resource);
	let stdout = String::from_utf8_lossy(&output.stdout);
	let stderr = String::from_utf8_lossy(&output.stderr);
	match output.status.code() {
		Some(0) => {},
		Some(1) => panic!(
			"{what} is not valid FHIR R5:\n{stdout}{stderr}--- the resource ---\n{}",
			serde_json::to_string_pretty(resource).unwrap_or_default()
		),
		_ => panic!("the FHIR validator could not run ({}):\n{stderr}{stdout}", output.status),
	}
}

fn hex(h: &H256) -> String {
	format!("{h:?}")
}

fn doc(text: &str) -> Commitment {
	commit(b"healthchain/fhir-document", &[7u8; 32], text.as_bytes()).unwrap()
}

fn succeeded(node: &DevNode, included: Included) -> Included {
	if !included.succeeded() {
		node.fail(&format!("the extrinsic failed: {included:?}"));
	}
	included
}

fn outcomes(
	list: &[u8],
) -> BoundedVec<Commitment, <Runtime as pallet_trials::Config>::MaxOutcomes> {
	BoundedVec::truncate_from(list.iter().map(|n| Commitment::repeat_byte(*n)).collect())
}

fn registered(node: &DevNode) -> u32 {
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as u64;
	let registration = RegistrationOf::<Runtime> {
		record: Commitment::repeat_byte(0xa0),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_size: 200,
		first_enrolment: now + DAY_MS,
		primary_completion: now + 30 * DAY_MS,
		protocol: Commitment::repeat_byte(0xb0),
		sap: Commitment::repeat_byte(0xc0),
		primary_outcomes: outcomes(&[1, 2]),
		secondary_outcomes: outcomes(&[3]),
		data_use: DataUse {
			classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
			actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
		},
	};
	let included =
		node.execute(DaveStash, RuntimeCall::Trials(TrialsCall::register { registration }));
	included
		.registered_trial()
		.unwrap_or_else(|| node.fail(&format!("trial not registered: {included:?}")))
}

fn granted(node: &DevNode, terms: ConsentTerms) -> u64 {
	let included = node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::grant { subject: Alice.to_account_id(), terms }),
	);
	included
		.granted_consent()
		.unwrap_or_else(|| node.fail(&format!("consent not granted: {included:?}")))
}

#[test]
fn every_fhir_projection_of_a_dev_node_is_valid_fhir_r5() {
	// Fail at once, before the node starts, when there is no validator.
	validator();
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);
	// Record ids are namespaced by custodian.
	let record = record_id(HOSPITAL, &RECORD);
	let erased_record = record_id(HOSPITAL, &ERASED);

	// Provenance: a record with a superseded version, one entered in error and a current one
	// (CREATE, NULLIFY, UPDATE), and an erased record (no versions left).
	succeeded(
		&node,
		node.execute(
			Dave,
			RuntimeCall::Records(RecordsCall::anchor {
				local_id: RECORD,
				subject: Alice.to_account_id(),
				class: DataClass::LabResults,
				commitment: doc("sodium 140 mmol/L"),
			}),
		),
	);
	for text in ["sodium 104 mmol/L", "sodium 140 mmol/L (verified)"] {
		let version = RecordsCall::anchor_version { record, commitment: doc(text) };
		succeeded(&node, node.execute(Dave, RuntimeCall::Records(version)));
	}
	let in_error = RecordsCall::mark_entered_in_error { record, version: 2 };
	succeeded(&node, node.execute(Dave, RuntimeCall::Records(in_error)));
	let provenance = node.call("healthchain_recordProvenance", json!([hex(&record)]));
	let entries = provenance["entry"].as_array().cloned().unwrap_or_default();
	let codes: Vec<&str> = entries
		.iter()
		.map(|e| e["resource"]["activity"]["coding"][0]["code"].as_str().unwrap_or_default())
		.collect();
	assert_eq!(codes, ["CREATE", "NULLIFY", "UPDATE"], "{provenance}");
	for entry in &entries {
		let data = entry["resource"]["signature"][0]["data"].as_str().unwrap_or_default();
		assert!(data.len() == 44 && !data.starts_with("0x"), "base64 of 32 bytes: {data}");
	}
	assert_valid_fhir("healthchain_recordProvenance (three versions)", &provenance);

	succeeded(
		&node,
		node.execute(
			Dave,
			RuntimeCall::Records(RecordsCall::anchor {
				local_id: ERASED,
				subject: Alice.to_account_id(),
				class: DataClass::Restricted,
				commitment: doc("session notes"),
			}),
		),
	);
	succeeded(
		&node,
		node.execute(Dave, RuntimeCall::Records(RecordsCall::erase { record: erased_record })),
	);
	let erased = node.call("healthchain_recordProvenance", json!([hex(&erased_record)]));
	assert_eq!(erased["resourceType"], "Bundle", "{erased}");
	assert_valid_fhir("healthchain_recordProvenance (erased record)", &erased);

	// ResearchStudy: not yet recruiting without flags (once an empty flags string), and
	// terminated after recruiting, with results (accepted once recruitment has ended) and a
	// raised flag.
	let waiting = registered(&node);
	let terminated = registered(&node);
	succeeded(
		&node,
		node.execute(EveStash, RuntimeCall::Trials(TrialsCall::approve { trial: terminated })),
	);
	for status in [TrialStatus::Recruiting, TrialStatus::Terminated(TerminationReason::Safety)] {
		let call = TrialsCall::set_status { trial: terminated, status };
		succeeded(&node, node.execute(DaveStash, RuntimeCall::Trials(call)));
	}
	let results = BoundedVec::truncate_from(
		[1u8, 2, 9]
			.iter()
			.map(|n| (Commitment::repeat_byte(*n), Commitment::repeat_byte(n + 0x80)))
			.collect(),
	);
	let submit = TrialsCall::submit_results {
		trial: terminated,
		results: Commitment::repeat_byte(0xee),
		outcomes: results,
	};
	succeeded(&node, node.execute(DaveStash, RuntimeCall::Trials(submit)));
	for (trial, state) in [(waiting, "not-yet-recruiting"), (terminated, "terminated")] {
		let study = node.call("healthchain_researchStudy", json!([trial]));
		assert_eq!(study["resourceType"], "ResearchStudy", "{study}");
		assert_eq!(study["progressStatus"][0]["state"]["coding"][0]["code"], state, "{study}");
		assert_valid_fhir(&format!("healthchain_researchStudy({trial})"), &study);
	}
	let flagged = node.call("healthchain_researchStudy", json!([terminated]));
	assert!(flagged["extension"].to_string().contains("outcomeSwitched"), "{flagged}");

	// Consent: a permit to the hospital for 30 days, and a deny to every hospital by role.
	let now = node.timestamp(node.best_hash());
	let permit = granted(
		&node,
		ConsentTerms {
			grantee: Grantee::Organization(HOSPITAL),
			provision: Provision::Permit,
			classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
			purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			actions: BoundedVec::truncate_from(vec![Action::Access, Action::Use]),
			valid_from: None,
			valid_until: Some(now + 30 * DAY_MS),
		},
	);
	let deny = granted(
		&node,
		ConsentTerms {
			grantee: Grantee::Role(Role::Hospital),
			provision: Provision::Deny,
			classes: BoundedVec::truncate_from(vec![DataClass::Restricted]),
			purposes: BoundedVec::truncate_from(vec![Purpose::Research]),
			actions: BoundedVec::truncate_from(vec![Action::Disclose]),
			valid_from: None,
			valid_until: None,
		},
	);
	for id in [permit, deny] {
		let consent = node.call("healthchain_consent", json!([id]));
		assert_eq!(consent["resourceType"], "Consent", "{consent}");
		assert_valid_fhir(&format!("healthchain_consent({id})"), &consent);
	}
	let consent = node.call("healthchain_consent", json!([permit]));
	assert_eq!(consent["provision"][0]["purpose"][0]["display"], "treatment", "{consent}");
}

/// The validator is not a rubber stamp: the projections the audit found invalid (hex in a
/// base64Binary, an empty string, a study status outside the publication statuses) fail it.
#[test]
fn the_validator_rejects_the_projections_the_audit_found_invalid() {
	let hex_signature = json!({
		"resourceType": "Provenance",
		"target": [{ "identifier": { "system": "urn:healthchain:record", "value": "0x7a" } }],
		"recorded": "2026-11-22T03:20:00.123Z",
		"agent": [{ "who": { "identifier": { "value": "0" } } }],
		"signature": [{ "data": hex(&H256::repeat_byte(0x11)) }],
	});
	let empty_flags = json!({
		"resourceType": "ResearchStudy",
		"status": "active",
		"extension": [{ "url": "urn:healthchain:flags", "valueString": "" }],
	});
	let recruitment_status = json!({ "resourceType": "ResearchStudy", "status": "approved" });
	for (what, resource, finding) in [
		("hex signature", hex_signature, "signature"),
		("empty flags", empty_flags, "valueString"),
		("recruitment status", recruitment_status, "status"),
	] {
		let output = run_validator(&resource);
		let stdout = String::from_utf8_lossy(&output.stdout);
		assert_eq!(
			output.status.code(),
			Some(1),
			"{what}: {stdout}{}",
			String::from_utf8_lossy(&output.stderr)
		);
		assert!(stdout.contains(finding), "{what}: {stdout}");
	}
}
