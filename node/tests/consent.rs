//! End to end against `healthchain-node --dev`: patient consent and its decision API, proxies and
//! break-glass, over signed extrinsics and JSON-RPC (issue scenario). The patient is Alice; the
//! hospital is demo organisation 0 (Dave), the clinic 1 (Eve), the pharmacy 3 (Alice//stash).

mod common;

use common::{runtime_error, DevNode, Included};
use frame_support::BoundedVec;
use healthchain_primitives::{
	consent::{Grantee, Provision, ProxyKind},
	Action, DataClass, Purpose,
};
use healthchain_runtime::{RuntimeCall, RuntimeError, RuntimeEvent};
use pallet_consent::{Call as ConsentCall, ConsentTerms, Event as ConsentEvent};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring::{Alice, AliceStash, Bob, Dave, Eve};

const DAY_MS: u64 = 24 * 60 * 60 * 1000;
const HOSPITAL: u32 = 0;
const CLINIC: u32 = 1;

fn terms(
	grantee: Grantee,
	provision: Provision,
	classes: &[DataClass],
	purposes: &[Purpose],
	valid_until: Option<u64>,
) -> ConsentTerms {
	ConsentTerms {
		grantee,
		provision,
		classes: BoundedVec::truncate_from(classes.to_vec()),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		actions: BoundedVec::truncate_from(vec![Action::Access]),
		valid_from: None,
		valid_until,
	}
}

fn granted(included: &Included) -> u64 {
	assert!(included.succeeded(), "grant failed: {included:?}");
	included.granted_consent().expect("ConsentGranted event")
}

fn consent_error(
	included: &Included,
) -> Option<pallet_consent::Error<healthchain_runtime::Runtime>> {
	match runtime_error(included.dispatch_error()?) {
		Some(RuntimeError::Consent(e)) => Some(e),
		_ => None,
	}
}

/// `healthchain_decide` for Dave (the hospital's admin) on Alice's `class` data for `purpose`.
fn hospital_decision(node: &DevNode, class: &str, purpose: &str, at: Option<String>) -> Value {
	let alice = Alice.to_account_id().to_string();
	let dave = Dave.to_account_id().to_string();
	let mut params = json!([alice, dave, "Access", class, purpose, null]);
	if let Some(block) = at {
		params.as_array_mut().unwrap().push(json!(block));
	}
	node.call("healthchain_decide", params)
}

#[test]
fn consent_decisions_proxies_and_break_glass_end_to_end() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);
	let alice = Alice.to_account_id();
	// The dev chain's clock follows the wall clock (genesis carries timestamp 0).
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as u64;

	// 1. Alice lets the hospital access her lab results for treatment, for 30 days.
	let lab_results = granted(&node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::grant {
			subject: alice.clone(),
			terms: terms(
				Grantee::Organization(HOSPITAL),
				Provision::Permit,
				&[DataClass::LabResults],
				&[Purpose::Treatment],
				Some(now + 30 * DAY_MS),
			),
		}),
	));
	assert_eq!(
		hospital_decision(&node, "LabResults", "Treatment", None),
		json!({ "decision": "permit", "consent": lab_results, "at": null })
	);
	// The organisation id works as the actor too.
	let by_org = node.call(
		"healthchain_decide",
		json!([alice.to_string(), HOSPITAL, "access", "labresults", "treatment"]),
	);
	assert_eq!(by_org["decision"], "permit");
	assert_eq!(
		hospital_decision(&node, "MentalHealth", "Treatment", None)["decision"],
		"notApplicable"
	);

	// 2. A broad research permit, then a research deny: the deny wins and is cited.
	let broad = granted(&node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::grant {
			subject: alice.clone(),
			terms: terms(
				Grantee::Organization(HOSPITAL),
				Provision::Permit,
				&[DataClass::All],
				&[Purpose::Research],
				None,
			),
		}),
	));
	assert_eq!(
		hospital_decision(&node, "LabResults", "Research", None),
		json!({ "decision": "permit", "consent": broad, "at": null })
	);
	let deny = granted(&node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::grant {
			subject: alice.clone(),
			terms: terms(
				Grantee::Organization(HOSPITAL),
				Provision::Deny,
				&[DataClass::All],
				&[Purpose::Research],
				None,
			),
		}),
	));
	assert_eq!(
		hospital_decision(&node, "LabResults", "Research", None),
		json!({ "decision": "deny", "consent": deny, "at": null })
	);

	// 3. Alice revokes the lab-results consent: from the block that includes the revocation on,
	// the decision is no longer permit; asked at the block before, it still was.
	let before = common::to_hex(node.best_hash().as_bytes());
	let revoked =
		node.execute(Alice, RuntimeCall::Consent(ConsentCall::revoke { consent: lab_results }));
	assert!(revoked.succeeded(), "{revoked:?}");
	let revoked_block = common::to_hex(revoked.block_hash.as_bytes());
	assert_eq!(
		hospital_decision(&node, "LabResults", "Treatment", Some(revoked_block))["decision"],
		"notApplicable"
	);
	assert_eq!(
		hospital_decision(&node, "LabResults", "Treatment", None)["decision"],
		"notApplicable"
	);
	assert_eq!(
		hospital_decision(&node, "LabResults", "Treatment", Some(before))["decision"],
		"permit"
	);
	// The revoked consent as FHIR Consent.
	let fhir = node.call("healthchain_consent", json!([lab_results]));
	assert_eq!(fhir["resourceType"], "Consent");
	assert_eq!(fhir["status"], "inactive");
	assert_eq!(fhir["decision"], "permit");
	assert_eq!(fhir["grantee"][0]["identifier"]["value"], HOSPITAL.to_string());
	assert_eq!(fhir["provision"][0]["purpose"][0]["code"], "TREAT");
	assert_eq!(fhir["extension"][0]["valueCode"], "revoked");
	let listed = node.call("healthchain_consentsOf", json!([alice.to_string()]));
	assert_eq!(listed.as_array().map(Vec::len), Some(3));

	// 4. Bob, appointed as Alice's guardian, grants on her behalf; once removed, he cannot.
	let appointed = node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::appoint_proxy {
			proxy: Bob.to_account_id(),
			kind: ProxyKind::Guardian,
			until: None,
		}),
	);
	assert!(appointed.succeeded(), "{appointed:?}");
	let proxies = node.call("healthchain_proxiesOf", json!([alice.to_string()]));
	assert_eq!(proxies[0]["kind"], "guardian");
	let medications = terms(
		Grantee::Organization(CLINIC),
		Provision::Permit,
		&[DataClass::Medications],
		&[Purpose::Treatment],
		None,
	);
	let by_proxy = granted(&node.execute(
		Bob,
		RuntimeCall::Consent(ConsentCall::grant {
			subject: alice.clone(),
			terms: medications.clone(),
		}),
	));
	let fhir = node.call("healthchain_consent", json!([by_proxy]));
	assert_eq!(fhir["grantor"][0]["identifier"]["value"], Bob.to_account_id().to_string());
	let removed = node.execute(
		Alice,
		RuntimeCall::Consent(ConsentCall::remove_proxy {
			subject: alice.clone(),
			proxy: Bob.to_account_id(),
		}),
	);
	assert!(removed.succeeded(), "{removed:?}");
	let refused = node.execute(
		Bob,
		RuntimeCall::Consent(ConsentCall::grant { subject: alice.clone(), terms: medications }),
	);
	assert!(
		matches!(consent_error(&refused), Some(pallet_consent::Error::NotAuthorized)),
		"{:?}",
		consent_error(&refused)
	);

	// 5. The clinic breaks the glass for an hour; the event names Alice.
	let opened = node.execute(
		Eve,
		RuntimeCall::Consent(ConsentCall::open_break_glass {
			subject: alice.clone(),
			duration: 60 * 60 * 1000,
		}),
	);
	let session = opened
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::Consent(ConsentEvent::BreakGlassOpened { session, subject, .. }) => {
				assert_eq!(subject, &alice);
				Some(*session)
			},
			_ => None,
		})
		.unwrap_or_else(|| panic!("no BreakGlassOpened event: {opened:?}"));
	let sessions = node.call("healthchain_breakGlassSessions", json!([alice.to_string()]));
	assert_eq!(sessions[0]["id"], session);
	// The event names the session and the patient; who holds access is read from the session.
	assert_eq!(sessions[0]["organization"], CLINIC);
	assert_eq!(
		(sessions[0]["open"].clone(), sessions[0]["overdue"].clone()),
		(json!(true), json!(false))
	);

	// The justification deadline (72 h) passes unanswered: the session shows as overdue, and
	// Alice flags it on chain.
	node.call("healthchain_devAdvanceTime", json!([73 * 60 * 60 * 1000u64]));
	let sessions = node.call("healthchain_breakGlassSessions", json!([]));
	let overdue = sessions
		.as_array()
		.and_then(|all| all.iter().find(|s| s["id"] == session).cloned())
		.expect("the overdue session is listed");
	assert_eq!((overdue["open"].clone(), overdue["overdue"].clone()), (json!(false), json!(true)));
	let flagged = node.execute(Alice, RuntimeCall::Consent(ConsentCall::flag_overdue { session }));
	assert!(flagged
		.events
		.contains(&RuntimeEvent::Consent(ConsentEvent::JustificationOverdue { session })));
	let sessions = node.call("healthchain_breakGlassSessions", json!([alice.to_string()]));
	assert_eq!(sessions[0]["flagged"], true);

	// The forgotten session blocks nobody: its access has run out, so anyone may tidy it out of
	// Alice's open sessions, and the clinic can open a new one; the old one stays listed.
	let tidied = node.execute(Bob, RuntimeCall::Consent(ConsentCall::end_break_glass { session }));
	assert!(
		tidied.events.contains(&RuntimeEvent::Consent(ConsentEvent::BreakGlassEnded {
			session,
			early: false,
		})),
		"{tidied:?}"
	);
	let reopened = node.execute(
		Eve,
		RuntimeCall::Consent(ConsentCall::open_break_glass {
			subject: alice.clone(),
			duration: 60 * 60 * 1000,
		}),
	);
	assert!(reopened.succeeded(), "{reopened:?}");
	// Alice ends the new session's access early herself.
	let second = session + 1;
	let ended =
		node.execute(Alice, RuntimeCall::Consent(ConsentCall::end_break_glass { session: second }));
	assert!(ended.succeeded(), "{ended:?}");
	let page = node.call("healthchain_breakGlassSessions", json!([alice.to_string(), null, 10]));
	assert_eq!(page.as_array().map(Vec::len), Some(2), "{page}");
	assert!(page.as_array().unwrap().iter().all(|s| s["open"] == false));

	// 6. A pharmacy holds no clinical role: no break-glass.
	let pharmacy = node.execute(
		AliceStash,
		RuntimeCall::Consent(ConsentCall::open_break_glass {
			subject: alice.clone(),
			duration: 1_000,
		}),
	);
	assert!(
		matches!(consent_error(&pharmacy), Some(pallet_consent::Error::NotClinical)),
		"{:?}",
		consent_error(&pharmacy)
	);

	// 7. Bad parameters are refused with -32602 and say what is wrong.
	let err = node
		.rpc(
			"healthchain_decide",
			json!([alice.to_string(), 0, "Delete", "LabResults", "Treatment"]),
		)
		.expect_err("unknown action");
	assert_eq!(err.code, -32602);
	assert!(err.message.contains("unknown action"), "{}", err.message);
	let err = node
		.rpc(
			"healthchain_decide",
			json!([alice.to_string(), true, "Access", "LabResults", "Treatment"]),
		)
		.expect_err("bad actor");
	assert!(err.message.contains("invalid actor"), "{}", err.message);
	assert_eq!(node.call("healthchain_consent", json!([9_999])), Value::Null);
}
