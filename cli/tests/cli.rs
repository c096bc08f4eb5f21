//! The `healthchain` command line driven as a process against a dev node, one test per
//! subcommand family: what a member's staff would type, and what they would see go wrong.
//!
//! Dev chain organisations (runtime/src/genesis_config_presets.rs): 0 hospital (//Dave),
//! 3 pharmacy (//Alice//stash), 4 manufacturer (//Bob//stash), 5 wholesaler
//! (//Charlie//stash), 6 trial sponsor (//Dave//stash).

use std::{
	path::{Path, PathBuf},
	process::{Command, Output},
};

use healthchain_client::{
	devnode::{node_binary, DevNode},
	rpc::records::RecordsRpcClient,
	Client,
};
use serde_json::Value;

struct Run {
	code: i32,
	stdout: String,
	stderr: String,
}

impl Run {
	fn json(&self) -> Value {
		serde_json::from_str(&self.stdout)
			.unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
	}
}

/// Runs `healthchain ARGS` against `node`.
fn cli(node: &DevNode, args: &[&str]) -> Run {
	cli_with(node, &[], args)
}

/// Runs `healthchain ARGS` against `node` with the environment variables `env` set.
fn cli_with(node: &DevNode, env: &[(&str, &str)], args: &[&str]) -> Run {
	let output: Output = Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(args)
		.env("HEALTHCHAIN_URL", &node.url)
		.env_remove("HEALTHCHAIN_SURI")
		.env_remove("HEALTHCHAIN_KEYFILE")
		.env_remove("HEALTHCHAIN_KEY_PASSWORD")
		.envs(env.iter().copied())
		.output()
		.expect("the CLI runs");
	Run {
		code: output.status.code().unwrap_or(-1),
		stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
		stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
	}
}

/// Runs it and requires exit status `code`.
fn expect(node: &DevNode, code: i32, args: &[&str]) -> Run {
	let run = cli(node, args);
	if run.code != code {
		let log = node.log();
		let tail: Vec<&str> = log.lines().rev().take(40).collect();
		panic!(
			"healthchain {args:?} exited {} (wanted {code})\nstdout:\n{}\nstderr:\n{}\nthe node's \
			 last log lines:\n{}",
			run.code,
			run.stdout,
			run.stderr,
			tail.into_iter().rev().collect::<Vec<_>>().join("\n")
		);
	}
	run
}

fn start() -> DevNode {
	DevNode::start(&node_binary()).expect("a dev node")
}

/// This package's directory, as cargo gives it when it runs the test (`CARGO_MANIFEST_DIR` at run
/// time). `env!` alone would pin the clone that compiled the binary: clones that share the target
/// directory reuse each other's test binaries, and that clone may be gone.
fn package_dir() -> PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

fn scratch(name: &str) -> PathBuf {
	let dir = std::env::temp_dir().join(format!("healthchain-cli-{}-{name}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	std::fs::create_dir_all(&dir).unwrap();
	dir
}

fn path(p: &Path) -> &str {
	p.to_str().unwrap()
}

/// `record anchor DOC --patient //Alice --class CLASS` and `rest`.
fn anchor_args<'a>(doc: &'a Path, class: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
	[&["record", "anchor", path(doc), "--patient", "//Alice", "--class", class][..], rest].concat()
}

/// A JSON-RPC call to `node` through the client library's connection.
fn node_rpc(node: &DevNode, method: &str, params: Vec<Value>) -> Value {
	use healthchain_client::jsonrpsee::core::{client::ClientT, params::ArrayParams};
	tokio::runtime::Runtime::new().unwrap().block_on(async {
		let client = Client::connect(&node.url).await.unwrap();
		let mut array = ArrayParams::new();
		for param in params {
			array.insert(param).unwrap();
		}
		client.rpc().request::<Value, _>(method, array).await.unwrap()
	})
}

const OBSERVATION: &str = r#"{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}]},"valueQuantity":{"value":5.4,"unit":"mmol/L"}}"#;

#[test]
fn record_anchor_then_verify_copies_and_tampering() {
	let node = start();
	let dir = scratch("record");
	let doc = dir.join("observation.json");
	std::fs::write(&doc, OBSERVATION).unwrap();
	let receipt = dir.join("observation.json.receipt.json");

	let run = expect(&node, 0, &anchor_args(&doc, "LabResults", &["--suri", "//Dave"]));
	assert!(run.stdout.contains("anchored"), "{}", run.stdout);
	for step in [
		"validated by the node",
		"in block #",
		"finalised in block #",
		"event Records.RecordAnchored",
	] {
		assert!(run.stderr.contains(step), "progress lacks {step:?}:\n{}", run.stderr);
	}
	let written: Value = serde_json::from_slice(&std::fs::read(&receipt).unwrap()).unwrap();
	assert_eq!(written["form"], "jcs");
	assert_eq!(written["status"], "anchored");
	let salt = written["salt"].as_str().unwrap().trim_start_matches("0x").to_string();
	assert_eq!(salt.len(), 64, "a 32-byte salt");
	{
		use std::os::unix::fs::PermissionsExt;
		let mode = std::fs::metadata(&receipt).unwrap().permissions().mode();
		assert_eq!(mode & 0o077, 0, "the receipt is readable by its owner only");
	}
	// The salt never left this machine: not in the block (the extrinsic and its events), not in
	// the node's log, not on standard output.
	let block = node_rpc(&node, "chain_getBlock", vec![written["blockHash"].clone()]).to_string();
	let commitment = written["commitment"].as_str().unwrap().trim_start_matches("0x");
	assert!(block.contains(commitment), "the block holds the commitment");
	assert!(!block.contains(&salt), "the salt is in the block");
	let events =
		expect(&node, 0, &["tx", "watch", written["extrinsic"].as_str().unwrap(), "--json"]);
	assert!(events.stdout.contains("RecordAnchored"), "{}", events.stdout);
	assert!(!events.stdout.contains(&salt) && !node.log().contains(&salt));
	assert!(!run.stdout.contains(&salt) && !run.stderr.contains(&salt));
	// Anchoring again would overwrite the receipt, the only copy of the salt: refused.
	let again = expect(&node, 1, &anchor_args(&doc, "LabResults", &["--suri", "//Dave"]));
	assert!(again.stderr.contains("may hold the only copy of earlier salts"), "{}", again.stderr);

	// A re-ordered, re-indented copy verifies; an altered one does not.
	let copy = dir.join("copy.json");
	std::fs::write(
		&copy,
		"{\n  \"valueQuantity\": {\"unit\": \"mmol/L\", \"value\": 5.40},\n  \"status\": \"final\",\n  \"code\": {\"coding\": [{\"code\": \"2345-7\", \"system\": \"http://loinc.org\"}]},\n  \"resourceType\": \"Observation\"\n}\n",
	)
	.unwrap();
	let run = expect(&node, 0, &["record", "verify", path(&copy), "--receipt", path(&receipt)]);
	assert!(run.stdout.starts_with("match: "), "{}", run.stdout);
	let altered = dir.join("altered.json");
	std::fs::write(&altered, OBSERVATION.replace("5.4", "9.4")).unwrap();
	let run = expect(
		&node,
		3,
		&["record", "verify", path(&altered), "--receipt", path(&receipt), "--json"],
	);
	assert_eq!(run.json()["chain"]["outcome"], "mismatch");
	// Tampering that breaks the JSON, or repeats a member, is a mismatch too.
	std::fs::write(&altered, &OBSERVATION[..OBSERVATION.len() - 1]).unwrap();
	expect(&node, 3, &["record", "verify", path(&altered), "--receipt", path(&receipt)]);
	std::fs::write(&altered, OBSERVATION.replacen('{', "{\"status\":\"draft\",", 1)).unwrap();
	expect(&node, 3, &["record", "verify", path(&altered), "--receipt", path(&receipt)]);

	// A receipt naming a record the chain does not have.
	let mut unknown = written.clone();
	unknown["record"] = Value::String(format!("0x{}", "11".repeat(32)));
	let unknown_receipt = dir.join("unknown.receipt.json");
	std::fs::write(&unknown_receipt, unknown.to_string()).unwrap();
	expect(&node, 5, &["record", "verify", path(&doc), "--receipt", path(&unknown_receipt)]);

	// A binary file is committed as it is.
	let scan = dir.join("scan.bin");
	std::fs::write(&scan, [0u8, 159, 146, 150, 255]).unwrap();
	let run = expect(&node, 0, &anchor_args(&scan, "Imaging", &["--suri", "//Dave", "--json"]));
	assert_eq!(run.json()["form"], "raw");
	// `--json` shows the receipt without its salt, and the receipt's pending record id, written
	// before sending, is the one the chain gave.
	let scan_receipt: Value =
		serde_json::from_slice(&std::fs::read(format!("{}.receipt.json", path(&scan))).unwrap())
			.unwrap();
	let scan_salt = scan_receipt["salt"].as_str().unwrap().trim_start_matches("0x");
	assert_eq!(scan_salt.len(), 64);
	assert!(!run.stdout.contains(scan_salt), "the salt is on standard output");
	assert_eq!(run.json()["salt"], Value::Null);
	assert_eq!(run.json()["record"], scan_receipt["record"]);
	expect(
		&node,
		0,
		&["record", "verify", path(&scan), "--receipt", &format!("{}.receipt.json", path(&scan))],
	);

	// Errors in words: a manufacturer is no custodian, a sensitive class is refused, no key.
	let refused = dir.join("refused.receipt.json");
	let run = expect(
		&node,
		1,
		&anchor_args(&doc, "LabResults", &["--suri", "//Bob//stash", "--receipt", path(&refused)]),
	);
	assert!(run.stderr.contains("the transaction failed: Records.NotAuthorized"), "{}", run.stderr);
	assert!(!refused.exists(), "a refused anchor leaves no receipt");
	let run = expect(
		&node,
		1,
		&anchor_args(&doc, "MentalHealth", &["--suri", "//Dave", "--receipt", path(&refused)]),
	);
	assert!(run.stderr.contains("Records.SensitiveCategory"), "{}", run.stderr);
	assert!(!refused.exists(), "a refused anchor leaves no receipt");
	let run = expect(&node, 1, &anchor_args(&doc, "LabResults", &["--receipt", path(&refused)]));
	assert!(run.stderr.contains("give --suri or --keyfile"), "{}", run.stderr);
	assert!(!refused.exists(), "no key, no receipt");
	let run = expect(&node, 1, &anchor_args(&doc, "Blood", &["--suri", "//Dave"]));
	assert!(run.stderr.contains("`Blood` is not one of: Demographics"), "{}", run.stderr);
}

#[test]
fn record_anchor_batch_of_a_thousand_files_with_proofs_the_runtime_accepts() {
	let node = start();
	let dir = scratch("batch");
	let docs = dir.join("documents");
	std::fs::create_dir_all(docs.join("labs")).unwrap();
	for i in 0..1_000u32 {
		let (name, content) = if i % 4 == 0 {
			(format!("labs/scan-{i:04}.bin"), i.to_le_bytes().repeat(8))
		} else {
			(
				format!("obs-{i:04}.json"),
				OBSERVATION.replace("5.4", &format!("{}.{}", i / 10, i % 10)).into_bytes(),
			)
		};
		std::fs::write(docs.join(name), content).unwrap();
	}
	let run = expect(
		&node,
		0,
		&["record", "anchor-batch", path(&docs), "--class", "LabResults", "--suri", "//Dave"],
	);
	assert!(run.stdout.contains("anchored 1000 documents as batch 0x"), "{}", run.stdout);
	assert!(
		run.stderr.contains("hashing [") && run.stderr.contains("1000/1000 (100%)"),
		"{}",
		run.stderr
	);
	let proofs_dir = PathBuf::from(format!("{}.proofs", path(&docs)));
	let mut proofs: Vec<PathBuf> = std::fs::read_dir(&proofs_dir)
		.unwrap()
		.chain(std::fs::read_dir(proofs_dir.join("labs")).unwrap())
		.map(|e| e.unwrap().path())
		.filter(|p| p.is_file())
		.collect();
	proofs.sort();
	assert_eq!(proofs.len(), 1_000, "one proof file per document, mirroring the tree");

	// Every proof is accepted by the runtime API (healthchain_verifyBatchProof).
	let runtime = tokio::runtime::Runtime::new().unwrap();
	let included = runtime.block_on(async {
		let client = Client::connect(&node.url).await.unwrap();
		let mut included = 0;
		for proof_path in &proofs {
			let proof: Value = serde_json::from_slice(&std::fs::read(proof_path).unwrap()).unwrap();
			let answer = client
				.rpc()
				.verify_batch_proof(
					proof["batch"].as_str().unwrap().into(),
					proof["commitment"].as_str().unwrap().into(),
					proof["proof"].clone(),
					None,
				)
				.await
				.unwrap();
			included += usize::from(answer["outcome"] == "included");
		}
		included
	});
	assert_eq!(included, 1_000, "every proof verifies on chain");

	// The CLI checks documents with their proofs: the first, a nested one, the last; a changed
	// document and a proof of another document fail.
	let proof_of = |doc: &str| proofs_dir.join(format!("{doc}.proof.json"));
	for doc in ["labs/scan-0000.bin", "obs-0001.json", "obs-0999.json"] {
		let proof = proof_of(doc);
		expect(
			&node,
			0,
			&["record", "proof-verify", path(&docs.join(doc)), "--proof", path(&proof)],
		);
	}
	let tampered = dir.join("tampered.json");
	std::fs::write(&tampered, OBSERVATION.replace("5.4", "99.9")).unwrap();
	let run = expect(
		&node,
		3,
		&[
			"record",
			"proof-verify",
			path(&tampered),
			"--proof",
			path(&proof_of("obs-0001.json")),
			"--json",
		],
	);
	assert_eq!(run.json()["chain"]["outcome"], "notIncluded");
	expect(
		&node,
		3,
		&[
			"record",
			"proof-verify",
			path(&docs.join("obs-0002.json")),
			"--proof",
			path(&proof_of("obs-0001.json")),
		],
	);
	// A second batch of the same directory would overwrite the proofs (the salts): refused.
	let run = expect(
		&node,
		1,
		&["record", "anchor-batch", path(&docs), "--class", "LabResults", "--suri", "//Dave"],
	);
	assert!(run.stderr.contains("is not empty"), "{}", run.stderr);
}

#[test]
fn consent_grant_list_decide_revoke() {
	let node = start();
	let run = expect(
		&node,
		0,
		&[
			"consent",
			"grant",
			"--to",
			"0",
			"--class",
			"LabResults,Medications",
			"--purpose",
			"Treatment",
			"--until",
			"2099-01-01",
			"--suri",
			"//Alice",
			"--json",
		],
	);
	let granted = run.json();
	let id = granted["consent"].as_u64().expect("a consent id");
	assert_eq!(granted["resource"]["resourceType"], "Consent");
	let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

	let run = expect(&node, 0, &["consent", "list", "--patient", alice]);
	assert!(
		run.stdout.contains(&format!(
			"#{id} [active] organisation 0 may access LabResults, Medications for Treatment until"
		)),
		"{}",
		run.stdout
	);
	let decide = [
		"consent",
		"decide",
		"--patient",
		"//Alice",
		"--actor",
		"0",
		"--class",
		"LabResults",
		"--purpose",
		"Treatment",
	];
	let run = expect(&node, 0, &decide);
	assert!(run.stdout.starts_with(&format!("permit (consent {id})")), "{}", run.stdout);
	// Not for research, and not by another organisation.
	expect(
		&node,
		6,
		&[
			"consent",
			"decide",
			"--patient",
			"//Alice",
			"--actor",
			"0",
			"--class",
			"LabResults",
			"--purpose",
			"Research",
		],
	);
	expect(
		&node,
		6,
		&[
			"consent",
			"decide",
			"--patient",
			"//Alice",
			"--actor",
			"1",
			"--class",
			"LabResults",
			"--purpose",
			"Treatment",
		],
	);

	// Someone else cannot revoke it; its patient can.
	let run = expect(&node, 1, &["consent", "revoke", &id.to_string(), "--suri", "//Bob"]);
	assert!(run.stderr.contains("the transaction failed: Consent.NotAuthorized"), "{}", run.stderr);
	expect(&node, 0, &decide);
	expect(&node, 0, &["consent", "revoke", &id.to_string(), "--suri", "//Alice"]);
	expect(&node, 6, &decide);
	let run = expect(
		&node,
		1,
		&[
			"consent",
			"grant",
			"--to",
			"role:Astrologer",
			"--class",
			"All",
			"--purpose",
			"Treatment",
			"--suri",
			"//Alice",
		],
	);
	assert!(run.stderr.contains("`Astrologer` is not one of: Hospital"), "{}", run.stderr);
}

#[test]
fn pack_commission_move_dispense_and_verdicts() {
	let node = start();
	let dir = scratch("pack");
	let master = dir.join("product.json");
	std::fs::write(
		&master,
		r#"{"resourceType":"MedicinalProductDefinition","name":[{"productName":"Amoxicillin 500 mg"}]}"#,
	)
	.unwrap();
	let gtin = "09501101530003";
	let pack = |serial: &str| format!("(01){gtin}(21){serial}(10)LOT42(17)301231");
	let maker = ["--suri", "//Bob//stash"];

	let receipt = dir.join("product.receipt.json");
	let run = expect(
		&node,
		0,
		&[
			"pack",
			"product",
			gtin,
			"--master-data",
			path(&master),
			"--receipt",
			path(&receipt),
			maker[0],
			maker[1],
		],
	);
	assert!(run.stdout.contains("registered in block #"), "{}", run.stdout);
	let written: Value = serde_json::from_slice(&std::fs::read(&receipt).unwrap()).unwrap();
	assert_eq!(written["status"], "registered");
	assert_eq!(written["form"], "jcs");
	assert_eq!(written["salt"].as_str().unwrap().len(), 66, "the master data's salt is kept");
	expect(
		&node,
		0,
		&["pack", "batch", gtin, "--lot", "LOT42", "--expiry", "301231", maker[0], maker[1]],
	);
	expect(&node, 0, &["pack", "commission", &pack("S1"), &pack("S2"), maker[0], maker[1]]);
	let run = expect(&node, 0, &["pack", "verify", &pack("S1")]);
	assert!(run.stdout.starts_with("AUTHENTIC"), "{}", run.stdout);

	// Manufacturer → wholesaler → pharmacy → patient.
	expect(&node, 0, &["pack", "ship", &pack("S1"), "--to", "5", maker[0], maker[1]]);
	expect(&node, 0, &["pack", "receive", &pack("S1"), "--suri", "//Charlie//stash"]);
	expect(&node, 0, &["pack", "ship", &pack("S1"), "--to", "3", "--suri", "//Charlie//stash"]);
	expect(&node, 0, &["pack", "receive", &pack("S1"), "--suri", "//Alice//stash"]);
	expect(&node, 0, &["pack", "dispense", &pack("S1"), "--suri", "//Alice//stash"]);

	let run = expect(&node, 16, &["pack", "verify", &pack("S1"), "--json"]);
	assert_eq!(run.json()["verdict"], "alreadyDispensed");
	let run = expect(&node, 10, &["pack", "verify", &pack("NEVER")]);
	assert!(run.stdout.starts_with("UNKNOWN"), "{}", run.stdout);
	let run =
		expect(&node, 11, &["pack", "verify", &format!("(01){gtin}(21)S2(10)OTHER(17)301231")]);
	assert!(run.stdout.contains("lot printed on the pack differs"), "{}", run.stdout);

	// Errors in words: an expiry that is not YYMMDD, a malformed element string, a pharmacy
	// shipping what it does not hold.
	let run = expect(
		&node,
		1,
		&["pack", "batch", gtin, "--lot", "L2", "--expiry", "+12345", maker[0], maker[1]],
	);
	assert!(run.stderr.contains("expiry `+12345` is not YYMMDD"), "{}", run.stderr);
	let run = expect(&node, 1, &["pack", "verify", "(01)123(21)X"]);
	assert!(run.stderr.contains("the node answered with an error"), "{}", run.stderr);
	let run =
		expect(&node, 1, &["pack", "ship", &pack("S2"), "--to", "5", "--suri", "//Alice//stash"]);
	assert!(run.stderr.contains("the transaction failed: Provenance."), "{}", run.stderr);
}

#[test]
fn trial_register_show_flags() {
	let node = start();
	let dir = scratch("trial");
	for name in ["trds.json", "protocol.pdf", "sap.pdf", "primary.txt"] {
		std::fs::write(dir.join(name), format!("{name} contents")).unwrap();
	}
	let file = |name: &str| dir.join(name).to_str().unwrap().to_string();
	let receipt = dir.join("receipt.json");
	let run = expect(
		&node,
		0,
		&[
			"trial",
			"register",
			"--record",
			&file("trds.json"),
			"--protocol",
			&file("protocol.pdf"),
			"--sap",
			&file("sap.pdf"),
			"--primary-outcome",
			&file("primary.txt"),
			"--phase",
			"Phase3",
			"--target-size",
			"300",
			"--first-enrolment",
			"2027-06-01",
			"--primary-completion",
			"2029-06-01",
			"--data-classes",
			"LabResults",
			"--receipt",
			path(&receipt),
			"--suri",
			"//Dave//stash",
			"--json",
		],
	);
	let id = run.json()["trial"].as_u64().expect("a trial id");
	assert_eq!(run.json()["documents"].as_array().unwrap().len(), 4);
	// The receipt keeps the four documents' salts; standard output shows none of them.
	let written: Value = serde_json::from_slice(&std::fs::read(&receipt).unwrap()).unwrap();
	assert_eq!(
		(written["status"].as_str(), written["trial"].as_u64()),
		(Some("registered"), Some(id))
	);
	let salts: Vec<&str> = written["documents"]
		.as_array()
		.unwrap()
		.iter()
		.map(|d| d["salt"].as_str().unwrap().trim_start_matches("0x"))
		.collect();
	assert_eq!(salts.len(), 4);
	assert!(salts.iter().all(|s| s.len() == 64 && !run.stdout.contains(s)), "{}", run.stdout);
	let run = expect(&node, 0, &["trial", "show", &id.to_string(), "--json"]);
	assert_eq!(run.json()["id"], id, "{}", run.stdout);
	assert_eq!(run.json()["sponsor"], 6, "{}", run.stdout);
	let run = expect(&node, 0, &["trial", "show", &id.to_string()]);
	assert!(run.stdout.contains("sponsor organisation 6"), "{}", run.stdout);
	expect(&node, 0, &["trial", "flags", &id.to_string()]);
	let refused = dir.join("refused-receipt.json");
	let run = expect(&node, 1, &["trial", "show", "9999"]);
	assert!(run.stderr.contains("there is no trial 9999"), "{}", run.stderr);
	let run = expect(
		&node,
		1,
		&[
			"trial",
			"register",
			"--record",
			&file("trds.json"),
			"--protocol",
			&file("protocol.pdf"),
			"--sap",
			&file("sap.pdf"),
			"--primary-outcome",
			&file("primary.txt"),
			"--phase",
			"Phase3",
			"--target-size",
			"300",
			"--first-enrolment",
			"2027-06-01",
			"--primary-completion",
			"2029-06-01",
			"--data-classes",
			"LabResults",
			"--receipt",
			path(&refused),
			"--suri",
			"//Dave",
		],
	);
	assert!(run.stderr.contains("the transaction failed: Trials."), "{}", run.stderr);
	assert!(!refused.exists(), "a refused registration leaves no receipt");
}

#[test]
fn org_show_members_and_tx_watch() {
	let node = start();
	let run = expect(&node, 0, &["org", "show", "0"]);
	assert!(run.stdout.contains("roles: Hospital (active), Laboratory (active)"), "{}", run.stdout);
	let run = expect(&node, 0, &["org", "members", "0", "--json"]);
	assert_eq!(run.json()[0]["isAdmin"], true);
	let run = expect(&node, 1, &["org", "show", "77"]);
	assert!(run.stderr.contains("there is no organisation 77"), "{}", run.stderr);

	// Keys from a polkadot.js JSON export (//Dave, password `healthchain-test`, made with
	// @polkadot/keyring 13), from a text key file and from the environment.
	let dir = scratch("tx");
	let export = package_dir().join("tests/fixtures/dave-polkadotjs.json");
	let export = export.to_str().expect("a UTF-8 path");
	let anchor = |name: &str| {
		let doc = dir.join(name);
		std::fs::write(&doc, OBSERVATION).unwrap();
		doc
	};
	let doc = anchor("note.json");
	let args = anchor_args(&doc, "LabResults", &[]);
	let run = cli_with(
		&node,
		&[("HEALTHCHAIN_KEYFILE", export), ("HEALTHCHAIN_KEY_PASSWORD", "wrong")],
		&args,
	);
	assert_eq!(run.code, 1, "{}", run.stderr);
	assert!(run.stderr.contains("cannot decrypt key file"), "{}", run.stderr);
	let run = cli_with(
		&node,
		&[("HEALTHCHAIN_KEY_PASSWORD", "healthchain-test")],
		&[&args[..], &["--keyfile", export, "--json"][..]].concat(),
	);
	assert_eq!(run.code, 0, "{}", run.stderr);
	assert_eq!(run.json()["custodian"], 0, "signed by //Dave, the hospital's admin");
	let hash = run.json()["extrinsic"].as_str().unwrap().to_string();
	let text_key = dir.join("dave.key");
	std::fs::write(&text_key, "//Dave\n").unwrap();
	let doc2 = anchor("note2.json");
	let run = cli_with(
		&node,
		&[("HEALTHCHAIN_KEYFILE", path(&text_key))],
		&anchor_args(&doc2, "LabResults", &[]),
	);
	assert_eq!(run.code, 0, "{}", run.stderr);
	let doc3 = anchor("note3.json");
	let run =
		cli_with(&node, &[("HEALTHCHAIN_SURI", "//Dave")], &anchor_args(&doc3, "LabResults", &[]));
	assert_eq!(run.code, 0, "{}", run.stderr);

	// A transaction's hash, followed afterwards.
	let run = expect(&node, 0, &["tx", "watch", &hash]);
	assert!(run.stdout.contains("finalised in block #"), "{}", run.stdout);
	assert!(run.stdout.contains("event Records.RecordAnchored"), "{}", run.stdout);
	let unknown = format!("0x{}", "22".repeat(32));
	let run = expect(&node, 1, &["tx", "watch", &unknown, "--timeout", "2"]);
	assert!(run.stderr.contains("is in none of the last 256 blocks"), "{}", run.stderr);

	// An unreachable node, in words.
	let output = Command::new(env!("CARGO_BIN_EXE_healthchain"))
		.args(["org", "show", "0", "--url", "ws://127.0.0.1:9"])
		.output()
		.unwrap();
	assert_eq!(output.status.code(), Some(1));
	assert!(
		String::from_utf8_lossy(&output.stderr).contains("cannot reach the node: ws://127.0.0.1:9")
	);
}
