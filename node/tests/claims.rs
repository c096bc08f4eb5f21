//! End to end against `healthchain-node --dev`: insurance claims (issue scenario). The payer is
//! demo organisation 8 (Ferdie//stash, Insurer); the second payer is 7 (Eve//stash), granted
//! `Insurer` through the development chain's sudo key (Alice). The hospital is 0 (Dave), the
//! pharmacy 3 (Alice//stash), the manufacturer 4 (Bob//stash); the patient is Charlie, who is in
//! no organisation.
//!
//! The hospital treats (an encounter record) and the pharmacy dispenses (a serialised pack);
//! both claims are approved by the policy's rules in the block they are submitted in, and the
//! hospital's is settled. The same service billed to the second payer is flagged as a duplicate
//! and pended; a drug line naming a pack never dispensed is kept as `error` with its signal; a
//! manufacturer's claim and a claim without the patient's payment consent are refused. All of it
//! is read back as FHIR over JSON-RPC.

mod common;

use std::time::Duration;

use common::{runtime_error, DevNode, Included};
use frame_support::BoundedVec;
use healthchain_primitives::{
	claims::{
		day_of, ClaimDecision, ClaimId, ClaimUse, CoverageId, Day, LineSubmission, Outcome, Rule,
		ServiceCode, Signal,
	},
	commit,
	consent::{Grantee, Provision},
	provenance::{Gtin, Item, Lot, PackKey, Serial},
	records::{record_id, RecordId},
	Action, Commitment, DataClass, Purpose, Role,
};
use healthchain_runtime::{Runtime, RuntimeCall, RuntimeError, RuntimeEvent};
use pallet_claims::{Call as ClaimsCall, Error as ClaimsError, Event as ClaimsEvent, Submission};
use pallet_consent::{Call as ConsentCall, ConsentTerms};
use pallet_provenance::Call as ProvenanceCall;
use pallet_records::Call as RecordsCall;
use serde_json::{json, Value};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{
	self, Alice, AliceStash, BobStash, Charlie, Dave, EveStash, FerdieStash,
};

/// The hospital: Dave's organisation.
const HOSPITAL: u32 = 0;
/// The pharmacy: Alice//stash's organisation.
const PHARMACY: u32 = 3;
/// The second payer: Eve//stash's organisation, an ethics committee until granted `Insurer`.
const SECOND_PAYER: u32 = 7;
/// The payer: Ferdie//stash's organisation (Regulator, Insurer).
const PAYER: u32 = 8;
/// The patient: a funded development account that is no organisation's member.
const PATIENT: Sr25519Keyring = Charlie;
/// GS1's example GTIN (each test has its own node, so provenance.rs's product is no clash).
const GTIN_DIGITS: &str = "09501101530003";
/// The batch the dispensed packs come from.
const LOT: &str = "LOT-CLM";
/// 2030-12-31.
const EXPIRY: &str = "301231";
/// The encounter record's local id at the hospital.
const ENCOUNTER: H256 = H256::repeat_byte(0xe1);
/// An injection, HCPCS Level II.
const J1100: ServiceCode = ServiceCode::Hcpcs(*b"J1100");
/// The code system FHIR shows HCPCS codes under.
const HCPCS_SYSTEM: &str = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
/// The code system FHIR shows GTINs under.
const GTIN_SYSTEM: &str = "https://www.gs1.org/gtin";
/// How long to wait for the first block.
const FIRST_BLOCK_TIMEOUT: Duration = Duration::from_secs(60);

/// The product's GTIN.
fn gtin() -> Gtin {
	Gtin::parse(GTIN_DIGITS).unwrap()
}

/// The serial number of pack `n`, as text.
fn serial_text(n: u32) -> String {
	format!("CLM{n:05}")
}

/// The serial number of pack `n`.
fn serial(n: u32) -> Serial {
	BoundedVec::truncate_from(serial_text(n).into_bytes())
}

/// Pack `n`'s key.
fn key(n: u32) -> PackKey {
	PackKey { gtin: gtin(), serial: serial(n) }
}

/// The batch's lot number.
fn lot() -> Lot {
	BoundedVec::truncate_from(LOT.as_bytes().to_vec())
}

/// The drug, as a billed code.
fn drug() -> ServiceCode {
	ServiceCode::Drug(gtin())
}

/// A salted commitment to an off-chain document (policy, claim bundle, remittance).
fn document(text: &str) -> Commitment {
	commit(b"healthchain/claims-e2e", &[7u8; 32], text.as_bytes()).unwrap()
}

/// A 32-byte value as the JSON-RPC answers show it: `0x` and 64 hex digits.
fn hex(h: &H256) -> String {
	format!("{h:?}")
}

/// Day `day` (days since 1970-01-01) as an ISO 8601 date, `2026-11-22` (Howard Hinnant's
/// civil-from-days, as the node computes it).
fn iso(day: Day) -> String {
	let z = i64::from(day) + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let d = doy - (153 * mp + 2) / 5 + 1;
	let m = if mp < 10 { mp + 3 } else { mp - 9 };
	let y = yoe + era * 400 + i64::from(m <= 2);
	format!("{y:04}-{m:02}-{d:02}")
}

/// The day (UTC) of block `at`'s timestamp.
fn day_of_block(node: &DevNode, at: H256) -> Day {
	day_of(node.timestamp(at))
}

/// Signs, submits and waits for `call`, failing the test unless it succeeded.
fn ok(node: &DevNode, who: Sr25519Keyring, call: RuntimeCall) -> Included {
	let included = node.execute(who, call);
	assert!(included.succeeded(), "{included:?}");
	included
}

/// The claims pallet's error behind a failed extrinsic, if that is why it failed.
fn claims_error(included: &Included) -> Option<ClaimsError<Runtime>> {
	match runtime_error(included.dispatch_error()?) {
		Some(RuntimeError::Claims(e)) => Some(e),
		_ => None,
	}
}

/// Signs and submits a claims call that must fail; the name of the pallet's error.
fn refused(node: &DevNode, who: Sr25519Keyring, call: ClaimsCall<Runtime>) -> String {
	let included = node.execute(who, RuntimeCall::Claims(call));
	format!("{:?}", claims_error(&included).unwrap_or_else(|| panic!("not refused: {included:?}")))
}

/// Dispatches `call` with `Root` origin through the development chain's sudo key (Alice), the
/// fast path to what the consortium does by referendum; fails the test unless the call
/// succeeded.
fn sudo(node: &DevNode, call: RuntimeCall) -> Included {
	let included =
		node.execute(Alice, RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) }));
	let result = included.events.iter().find_map(|e| match e {
		RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => Some(*sudo_result),
		_ => None,
	});
	match result {
		Some(Ok(())) => included,
		Some(Err(e)) => panic!("the sudo call failed: {e:?} ({:?})", runtime_error(e)),
		None => panic!("no Sudid event: {included:?}"),
	}
}

/// Whether the extrinsic emitted the claims event `event`.
fn emitted(included: &Included, event: ClaimsEvent<Runtime>) -> bool {
	included.events.contains(&RuntimeEvent::Claims(event))
}

/// A rule table row without prior authorisation.
fn rule(code: ServiceCode, max_unit_amount: u128, max_units: u32) -> Rule {
	Rule { code, max_unit_amount, max_units, prior_auth: false }
}

/// A new policy (version 1) applying to service dates `valid_from..=valid_until`.
fn new_policy(name: &str, valid_from: Day, valid_until: Day, rules: Vec<Rule>) -> RuntimeCall {
	RuntimeCall::Claims(ClaimsCall::publish_policy {
		policy: None,
		document: document(name),
		valid_from,
		valid_until,
		rules: BoundedVec::truncate_from(rules),
	})
}

/// The patient's consent to `payer`: access to encounters and medications for payment, which
/// the runtime asks for (`RequirePaymentConsent`).
fn payment_consent(payer: u32) -> RuntimeCall {
	RuntimeCall::Consent(ConsentCall::grant {
		subject: PATIENT.to_account_id(),
		terms: ConsentTerms {
			grantee: Grantee::Organization(payer),
			provision: Provision::Permit,
			classes: BoundedVec::truncate_from(vec![DataClass::Encounters, DataClass::Medications]),
			purposes: BoundedVec::truncate_from(vec![Purpose::Payment]),
			actions: BoundedVec::truncate_from(vec![Action::Access]),
			valid_from: None,
			valid_until: None,
		},
	})
}

/// A service line (no pack).
fn service(code: ServiceCode, units: u32, amount: u128) -> LineSubmission {
	LineSubmission { code, units, amount, pack: None }
}

/// A drug line for one unit of pack `n`.
fn drug_line(n: u32, amount: u128) -> LineSubmission {
	LineSubmission { code: drug(), units: 1, amount, pack: Some(serial(n)) }
}

/// A claim (not a preauthorization) under `coverage` for services given on `service_date`.
fn claim(
	coverage: CoverageId,
	service_date: Day,
	encounter: Option<RecordId>,
	lines: Vec<LineSubmission>,
	bundle: &str,
) -> ClaimsCall<Runtime> {
	ClaimsCall::submit_claim {
		submission: Submission {
			use_: ClaimUse::Claim,
			coverage,
			service_date,
			bundle: document(bundle),
			encounter,
			prior_auth: None,
			lines: BoundedVec::truncate_from(lines),
		},
	}
}

/// Submits `call` as `who`, failing the test unless it succeeded; the id of the claim it
/// submitted, and the extrinsic's inclusion.
fn submitted(
	node: &DevNode,
	who: Sr25519Keyring,
	call: ClaimsCall<Runtime>,
) -> (ClaimId, Included) {
	let included = ok(node, who, RuntimeCall::Claims(call));
	let id = included
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::Claims(ClaimsEvent::ClaimSubmitted { claim, .. }) => Some(*claim),
			_ => None,
		})
		.unwrap_or_else(|| panic!("no ClaimSubmitted event: {included:?}"));
	(id, included)
}

/// `healthchain_claim`: the claim as a FHIR ClaimResponse, the plain claim under `healthchain`.
fn claim_response(node: &DevNode, id: ClaimId) -> Value {
	node.call("healthchain_claim", json!([id]))
}

/// The ids of a page of claims, sorted (pages follow the index's order, not the ids').
fn ids(page: &Value) -> Vec<u64> {
	let mut ids: Vec<u64> = page["claims"]
		.as_array()
		.unwrap_or_else(|| panic!("not a page of claims: {page}"))
		.iter()
		.map(|c| c["id"].as_u64().expect("a claim id"))
		.collect();
	ids.sort_unstable();
	ids
}

/// The adjudication categories of an `adjudication` or `total` list.
fn categories(list: &Value) -> Vec<&str> {
	list.as_array()
		.map(|l| l.iter().filter_map(|a| a["category"]["coding"][0]["code"].as_str()).collect())
		.unwrap_or_default()
}

#[test]
fn claims_are_approved_by_rule_settled_flagged_as_duplicates_and_refused_without_a_dispense() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);
	let patient = PATIENT.to_account_id();
	// Genesis carries timestamp 0: "today" is the day of the first block.
	node.wait_for_block(1, FIRST_BLOCK_TIMEOUT);
	let today = day_of_block(&node, node.best_hash());
	let (from, until) = (today - 30, today + 365);

	// 1. The payer publishes a policy: an injection up to 50.00 a unit and 4 units a line, the
	// drug up to 200.00 and one unit, neither needing prior authorisation.
	let published = ok(
		&node,
		FerdieStash,
		new_policy(
			"payer 8 policy",
			from,
			until,
			vec![rule(J1100, 5_000, 4), rule(drug(), 20_000, 1)],
		),
	);
	assert!(
		emitted(&published, ClaimsEvent::PolicyPublished { policy: 0, version: 1, payer: PAYER }),
		"{published:?}"
	);
	assert_eq!(
		node.call("healthchain_policy", json!([0])),
		json!({
			"id": 0,
			"payer": PAYER,
			"version": 1,
			"latest": 1,
			"document": hex(&document("payer 8 policy")),
			"validFrom": iso(from),
			"validUntil": iso(until),
			"rules": [
				{
					"code": "J1100",
					"system": HCPCS_SYSTEM,
					"maxUnitAmount": "5000",
					"maxUnits": 4,
					"priorAuth": false,
				},
				{
					"code": GTIN_DIGITS,
					"system": GTIN_SYSTEM,
					"maxUnitAmount": "20000",
					"maxUnits": 1,
					"priorAuth": false,
				},
			],
		})
	);

	// 2. The payer covers the patient; eligibility says so.
	let covered = ok(
		&node,
		FerdieStash,
		RuntimeCall::Claims(ClaimsCall::record_coverage {
			patient: patient.clone(),
			policy: 0,
			start: from,
			end: until,
		}),
	);
	assert!(emitted(
		&covered,
		ClaimsEvent::CoverageRecorded {
			coverage: 0,
			payer: PAYER,
			policy: 0,
			patient: patient.clone(),
		}
	));
	let eligibility = node.call("healthchain_eligibility", json!([patient.to_string(), null]));
	assert_eq!(eligibility["resourceType"], "CoverageEligibilityResponse");
	assert_eq!(eligibility["insurer"]["identifier"]["value"], PAYER.to_string());
	assert_eq!(eligibility["insurance"][0]["coverage"]["reference"], "Coverage/0");
	assert_eq!(eligibility["healthchain"]["eligible"], true);
	assert_eq!(eligibility["healthchain"]["patient"], patient.to_string());
	assert_eq!(
		eligibility["healthchain"]["coverages"],
		json!([{ "id": 0, "payer": PAYER, "policy": 0, "start": iso(from), "end": iso(until) }])
	);

	// 3. The hospital treats the patient: an encounter record.
	let record = record_id(HOSPITAL, &ENCOUNTER);
	let anchored = ok(
		&node,
		Dave,
		RuntimeCall::Records(RecordsCall::anchor {
			local_id: ENCOUNTER,
			subject: patient.clone(),
			class: DataClass::Encounters,
			commitment: document("encounter: injection, two units"),
		}),
	);
	assert!(anchored.events.contains(&RuntimeEvent::Records(
		pallet_records::Event::RecordAnchored {
			record,
			custodian: HOSPITAL,
			class: DataClass::Encounters,
		}
	)));
	let visit_day = day_of_block(&node, anchored.block_hash);

	// 4. The pharmacy dispenses: the manufacturer registers the product and a batch, commissions
	// three packs and ships two to the pharmacy, which receives them and dispenses pack 0.
	let provenance = |who, call| ok(&node, who, RuntimeCall::Provenance(call));
	node.register_product_and_batch(BobStash, gtin(), lot(), EXPIRY);
	provenance(
		BobStash,
		ProvenanceCall::commission {
			gtin: gtin(),
			lot: lot(),
			serials: BoundedVec::truncate_from((0..3).map(serial).collect()),
		},
	);
	for n in 0..2 {
		provenance(BobStash, ProvenanceCall::ship { item: Item::Pack(key(n)), to: PHARMACY });
		provenance(AliceStash, ProvenanceCall::receive { item: Item::Pack(key(n)) });
	}
	let dispensed = provenance(AliceStash, ProvenanceCall::dispense { pack: key(0) });
	let dispense_day = day_of_block(&node, dispensed.block_hash);

	// 5. The hospital's claim: refused until the patient consents to the payer's access for
	// payment; then approved by the rules in the block it is submitted in.
	let visit = || claim(0, visit_day, Some(record), vec![service(J1100, 2, 8_000)], "visit");
	assert_eq!(refused(&node, Dave, visit()), "NoPaymentConsent");
	ok(&node, PATIENT, payment_consent(PAYER));
	let (hospital_claim, included) = submitted(&node, Dave, visit());
	assert_eq!(hospital_claim, 0);
	assert!(
		emitted(
			&included,
			ClaimsEvent::ClaimSubmitted {
				claim: 0,
				use_: ClaimUse::Claim,
				provider: HOSPITAL,
				payer: PAYER,
			}
		),
		"{included:?}"
	);
	assert!(
		emitted(
			&included,
			ClaimsEvent::ClaimAdjudicated {
				claim: 0,
				outcome: Outcome::Complete,
				decision: ClaimDecision::Approved,
				approved: 8_000,
				automatic: true,
			}
		),
		"{included:?}"
	);
	let response = claim_response(&node, 0);
	assert_eq!(response["resourceType"], "ClaimResponse");
	assert_eq!(response["id"], "0");
	assert_eq!(response["use"], "claim");
	assert_eq!(response["status"], "active");
	assert_eq!(response["outcome"], "complete");
	assert_eq!(response["decision"]["coding"][0]["code"], "approved");
	assert_eq!(response["type"]["coding"][0]["code"], "professional");
	assert_eq!(response["patient"]["identifier"]["value"], patient.to_string());
	assert_eq!(response["insurer"]["identifier"]["value"], PAYER.to_string());
	assert_eq!(response["requestor"]["identifier"]["value"], HOSPITAL.to_string());
	assert_eq!(response["insurance"][0]["coverage"]["reference"], "Coverage/0");
	assert_eq!(categories(&response["total"]), vec!["submitted", "benefit"]);
	assert_eq!(response["total"][0]["amount"]["value"], json!(80.0));
	assert_eq!(response["total"][0]["amount"]["currency"], "USD");
	assert_eq!(response["total"][0]["amount"]["extension"][0]["valueString"], "8000");
	assert_eq!(response["total"][1]["amount"]["extension"][0]["valueString"], "8000");
	let item = &response["item"][0];
	assert_eq!(item["reviewOutcome"]["decision"]["coding"][0]["code"], "approved");
	assert_eq!(item["extension"][0]["valueCodeableConcept"]["coding"][0]["code"], "J1100");
	assert_eq!(item["extension"][1]["valueUnsignedInt"], 2);
	for absent in ["error", "extension", "payment"] {
		assert_eq!(response.get(absent), None, "{absent}: {response}");
	}
	let plain = &response["healthchain"];
	assert_eq!(plain["autoAdjudicated"], true);
	assert_eq!(plain["encounter"], hex(&record));
	assert_eq!(plain["serviceDate"], iso(visit_day));
	assert_eq!(plain["policy"], json!([0, 1]));
	assert_eq!(
		(plain["billed"].clone(), plain["approved"].clone()),
		(json!("8000"), json!("8000"))
	);
	assert_eq!((plain["signals"].clone(), plain["reasons"].clone()), (json!([]), json!([])));
	assert_eq!(plain["settlement"], "none");

	// The pharmacy's claim for the dispensed pack: a pharmacy claim, approved by the rules too.
	let (pharmacy_claim, included) = submitted(
		&node,
		AliceStash,
		claim(0, dispense_day, None, vec![drug_line(0, 12_500)], "dispense of pack 0"),
	);
	assert_eq!(pharmacy_claim, 1);
	assert!(
		emitted(
			&included,
			ClaimsEvent::ClaimAdjudicated {
				claim: 1,
				outcome: Outcome::Complete,
				decision: ClaimDecision::Approved,
				approved: 12_500,
				automatic: true,
			}
		),
		"{included:?}"
	);
	let response = claim_response(&node, 1);
	assert_eq!(response["outcome"], "complete");
	assert_eq!(response["type"]["coding"][0]["code"], "pharmacy");
	assert_eq!(response["requestor"]["identifier"]["value"], PHARMACY.to_string());
	let item = &response["item"][0];
	assert_eq!(item["extension"][0]["valueCodeableConcept"]["coding"][0]["system"], GTIN_SYSTEM);
	assert_eq!(item["extension"][0]["valueCodeableConcept"]["coding"][0]["code"], GTIN_DIGITS);
	assert_eq!(item["extension"][2]["valueString"], serial_text(0));
	assert_eq!(response["healthchain"]["lines"][0]["pack"], serial_text(0));
	assert_eq!(response["healthchain"]["approved"], "12500");

	// The payer instructs payment of the hospital's claim; the hospital confirms it.
	let remittance = document("835 remittance, EFT trace 0001");
	let instructed = ok(
		&node,
		FerdieStash,
		RuntimeCall::Claims(ClaimsCall::instruct_payment { claim: 0, remittance }),
	);
	assert!(emitted(&instructed, ClaimsEvent::PaymentInstructed { claim: 0, remittance }));
	assert_eq!(claim_response(&node, 0)["payment"]["extension"][0]["valueCode"], "instructed");
	let confirmed = ok(&node, Dave, RuntimeCall::Claims(ClaimsCall::confirm_payment { claim: 0 }));
	assert!(emitted(&confirmed, ClaimsEvent::PaymentConfirmed { claim: 0 }));
	let settled = claim_response(&node, 0);
	assert_eq!(settled["payment"]["extension"][0]["valueCode"], "confirmed");
	assert_eq!(settled["payment"]["extension"][1]["valueString"], hex(&remittance));
	assert_eq!(settled["payment"]["amount"]["extension"][0]["valueString"], "8000");
	assert_eq!(settled["healthchain"]["settlement"], "confirmed");
	assert_eq!(settled["healthchain"]["remittance"], hex(&remittance));
	println!(
		"healthchain_claim 0 (ClaimResponse):\n{}",
		serde_json::to_string_pretty(&settled).unwrap()
	);
	let eob = node.call("healthchain_explanationOfBenefit", json!([0]));
	println!(
		"healthchain_explanationOfBenefit 0:\n{}",
		serde_json::to_string_pretty(&eob).unwrap()
	);
	assert_eq!(eob["resourceType"], "ExplanationOfBenefit");
	assert_eq!(eob["id"], "0");
	assert_eq!(eob["outcome"], "complete");
	assert_eq!(eob["decision"]["coding"][0]["code"], "approved");
	assert_eq!(eob["billablePeriod"], json!({ "start": iso(visit_day), "end": iso(visit_day) }));
	assert_eq!(eob["provider"]["identifier"]["value"], HOSPITAL.to_string());
	assert_eq!(eob["claimResponse"]["reference"], "ClaimResponse/0");
	assert_eq!(eob["item"][0]["productOrService"]["coding"][0]["code"], "J1100");
	assert_eq!(eob["item"][0]["quantity"]["value"], 2);
	assert_eq!(categories(&eob["total"]), vec!["submitted", "benefit"]);
	assert_eq!(eob["payment"]["extension"][0]["valueCode"], "confirmed");

	// 6. A second payer: organisation 7 is granted `Insurer` (Root, by sudo on this chain),
	// publishes its own policy and covers the same patient, who consents to its access too.
	let granted = sudo(
		&node,
		RuntimeCall::Organizations(pallet_organizations::Call::grant_role {
			organization: SECOND_PAYER,
			role: Role::Insurer,
		}),
	);
	assert!(granted.events.contains(&RuntimeEvent::Organizations(
		pallet_organizations::Event::RoleGranted {
			organization: SECOND_PAYER,
			role: Role::Insurer
		}
	)));
	ok(&node, EveStash, new_policy("payer 7 policy", from, until, vec![rule(J1100, 6_000, 4)]));
	assert_eq!(node.call("healthchain_policy", json!([1]))["payer"], SECOND_PAYER);
	ok(
		&node,
		EveStash,
		RuntimeCall::Claims(ClaimsCall::record_coverage {
			patient: patient.clone(),
			policy: 1,
			start: from,
			end: until,
		}),
	);
	ok(&node, PATIENT, payment_consent(SECOND_PAYER));
	let eligibility = node.call("healthchain_eligibility", json!([patient.to_string(), null]));
	// Listed per payer, in the index's order: compared by id.
	let mut coverages: Vec<(u64, u64)> = eligibility["healthchain"]["coverages"]
		.as_array()
		.expect("coverages")
		.iter()
		.map(|c| (c["id"].as_u64().expect("id"), c["payer"].as_u64().expect("payer")))
		.collect();
	coverages.sort();
	assert_eq!(coverages, vec![(0, u64::from(PAYER)), (1, u64::from(SECOND_PAYER))]);
	assert_eq!(eligibility.get("insurer"), None, "two payers: {eligibility}");

	// The hospital bills the same service (same day, code, units, encounter) to the second
	// payer: flagged as a duplicate and pended for the payer, not approved.
	let (duplicate, included) = submitted(
		&node,
		Dave,
		claim(1, visit_day, Some(record), vec![service(J1100, 2, 8_000)], "visit, again"),
	);
	assert_eq!(duplicate, 2);
	assert!(
		emitted(&included, ClaimsEvent::SignalRaised { claim: 2, signal: Signal::Duplicate }),
		"{included:?}"
	);
	assert!(
		!included
			.events
			.iter()
			.any(|e| matches!(e, RuntimeEvent::Claims(ClaimsEvent::ClaimAdjudicated { .. }))),
		"a duplicate is not decided by the rules: {included:?}"
	);
	let response = claim_response(&node, 2);
	assert_eq!(response["outcome"], "queued");
	assert_eq!(response["decision"]["coding"][0]["code"], "pending");
	assert_eq!(response["insurer"]["identifier"]["value"], SECOND_PAYER.to_string());
	assert_eq!(response["extension"][0]["valueCode"], "duplicate");
	assert_eq!(response["error"][0]["code"]["coding"][0]["code"], "duplicate");
	assert_eq!(categories(&response["total"]), vec!["submitted"]);
	assert_eq!(response["healthchain"]["signals"], json!(["duplicate"]));
	assert_eq!(response["healthchain"]["autoAdjudicated"], false);
	// Nothing is paid before the payer decides.
	assert_eq!(
		refused(
			&node,
			EveStash,
			ClaimsCall::instruct_payment { claim: 2, remittance: document("too early") }
		),
		"NotPayable"
	);
	assert_eq!(ids(&node.call("healthchain_claimsFlagged", json!([null, null]))), vec![2]);

	// 7. A drug line naming a pack that was received but never dispensed: kept, as an error
	// (denied) with its signal. (Billed for the day before, so that its fingerprint is not the
	// dispensed pack's claim's and the missing dispense is the only signal.)
	let (undispensed, included) = submitted(
		&node,
		AliceStash,
		claim(0, dispense_day - 1, None, vec![drug_line(1, 12_500)], "pack 1, never dispensed"),
	);
	assert_eq!(undispensed, 3);
	assert!(
		emitted(&included, ClaimsEvent::SignalRaised { claim: 3, signal: Signal::NotDispensed }),
		"{included:?}"
	);
	assert!(
		emitted(
			&included,
			ClaimsEvent::ClaimAdjudicated {
				claim: 3,
				outcome: Outcome::Error,
				decision: ClaimDecision::Denied,
				approved: 0,
				automatic: true,
			}
		),
		"{included:?}"
	);
	let response = claim_response(&node, 3);
	assert_eq!(response["outcome"], "error");
	assert_eq!(response["decision"]["coding"][0]["code"], "denied");
	assert_eq!(response["extension"][0]["valueCode"], "notDispensed");
	assert_eq!(response["healthchain"]["signals"], json!(["notDispensed"]));
	assert_eq!(response["healthchain"]["reasons"], json!(["factsNotVerified"]));
	assert_eq!(response["healthchain"]["approved"], "0");
	// A manufacturer is no provider: its claim is refused outright and leaves nothing.
	assert_eq!(
		refused(
			&node,
			BobStash,
			claim(0, dispense_day, None, vec![drug_line(2, 12_500)], "by the manufacturer")
		),
		"NotAuthorized"
	);
	assert_eq!(claim_response(&node, 4), Value::Null);

	// 8. Each party's claims, and the flagged ones.
	let of = |party: &str, org: u32| {
		ids(&node.call("healthchain_claimsOf", json!([party, org, null, null])))
	};
	assert_eq!(of("provider", HOSPITAL), vec![0, 2]);
	assert_eq!(of("provider", PHARMACY), vec![1, 3]);
	assert_eq!(of("payer", PAYER), vec![0, 1, 3]);
	assert_eq!(of("payer", SECOND_PAYER), vec![2]);
	let page = node.call("healthchain_claimsOf", json!(["provider", HOSPITAL, null, null]));
	assert_eq!(page["next"], Value::Null, "{page}");
	let flagged = node.call("healthchain_claimsFlagged", json!([null, null]));
	assert_eq!(ids(&flagged), vec![2, 3]);
	let err = node
		.rpc("healthchain_claimsOf", json!(["patient", HOSPITAL, null, null]))
		.expect_err("an unknown party");
	assert_eq!(err.code, -32602, "{err:?}");
	assert!(err.message.contains("provider, payer"), "{}", err.message);
}
