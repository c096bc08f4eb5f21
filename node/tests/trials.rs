//! End to end against `healthchain-node --dev`: the clinical-trial registry (issue scenario).
//! The sponsor is demo organisation 6 (Dave//stash), the ethics committee 7 (Eve//stash), the
//! hospital 0 (Dave); Alice is a consenting participant, Charlie one without consent.

mod common;

use common::{runtime_error, DevNode, Included};
use frame_support::BoundedVec;
use healthchain_primitives::{
	consent::{Grantee, Provision},
	trials::{DataUse, Phase, StudyType, TerminationReason, TrialStatus, Withdrawal},
	Action, Commitment, DataClass, Purpose,
};
use healthchain_runtime::{Runtime, RuntimeCall, RuntimeError, RuntimeEvent};
use pallet_trials::{Call as TrialsCall, Event as TrialsEvent, RegistrationOf};
use serde_json::json;
use sp_keyring::Sr25519Keyring::{Alice, Charlie, Dave, DaveStash, EveStash, Ferdie};

const SPONSOR: u32 = 6;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

fn c(n: u8) -> Commitment {
	Commitment::repeat_byte(n)
}

fn outcomes(
	list: &[u8],
) -> BoundedVec<Commitment, <Runtime as pallet_trials::Config>::MaxOutcomes> {
	BoundedVec::truncate_from(list.iter().map(|n| c(*n)).collect())
}

fn now_ms() -> u64 {
	std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64
}

fn registration(primary_completion_in: u64) -> RegistrationOf<Runtime> {
	let now = now_ms();
	RegistrationOf::<Runtime> {
		record: c(0xa0),
		phase: Phase::Phase3,
		study_type: StudyType::Interventional,
		target_size: 200,
		first_enrolment: now + DAY_MS,
		primary_completion: now + primary_completion_in,
		protocol: c(0xb0),
		sap: c(0xc0),
		primary_outcomes: outcomes(&[1, 2]),
		secondary_outcomes: outcomes(&[3, 4, 5]),
		data_use: DataUse {
			classes: BoundedVec::truncate_from(vec![DataClass::LabResults, DataClass::Diagnoses]),
			actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
		},
	}
}

/// Research-consent terms to the sponsor for `classes`, collected and used.
fn research(classes: Vec<DataClass>) -> pallet_consent::ConsentTerms {
	pallet_consent::ConsentTerms {
		grantee: Grantee::Organization(SPONSOR),
		provision: Provision::Permit,
		classes: BoundedVec::truncate_from(classes),
		purposes: BoundedVec::truncate_from(vec![Purpose::Research]),
		actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
		valid_from: None,
		valid_until: None,
	}
}

fn trials_error(included: &Included) -> Option<pallet_trials::Error<Runtime>> {
	match runtime_error(included.dispatch_error()?) {
		Some(RuntimeError::Trials(e)) => Some(e),
		_ => None,
	}
}

fn registered(node: &DevNode, r: RegistrationOf<Runtime>) -> u32 {
	let included =
		node.execute(DaveStash, RuntimeCall::Trials(TrialsCall::register { registration: r }));
	included.registered_trial().unwrap_or_else(|| panic!("not registered: {included:?}"))
}

fn results(
	pairs: &[u8],
) -> BoundedVec<(Commitment, Commitment), <Runtime as pallet_trials::Config>::MaxResults> {
	BoundedVec::truncate_from(pairs.iter().map(|n| (c(*n), c(n + 0x80))).collect())
}

#[test]
fn a_trial_is_registered_approved_amended_enrolled_and_flagged() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);

	// A hospital cannot register a trial.
	let refused = node.execute(
		Dave,
		RuntimeCall::Trials(TrialsCall::register { registration: registration(30 * DAY_MS) }),
	);
	assert!(
		matches!(trials_error(&refused), Some(pallet_trials::Error::NotAuthorized)),
		"{refused:?}"
	);

	// The sponsor registers: 2 primary, 3 secondary outcomes.
	let trial = registered(&node, registration(30 * DAY_MS));
	let info = node.call("healthchain_trial", json!([trial]));
	assert_eq!(info["status"], "notYetRecruiting");
	assert_eq!(info["primaryOutcomes"].as_array().map(Vec::len), Some(2));
	assert_eq!(info["secondaryOutcomes"].as_array().map(Vec::len), Some(3));
	assert_eq!(info["flags"], json!([]));

	// Recruiting is refused until the ethics committee approves.
	let recruit = || {
		node.execute(
			DaveStash,
			RuntimeCall::Trials(TrialsCall::set_status { trial, status: TrialStatus::Recruiting }),
		)
	};
	assert!(matches!(trials_error(&recruit()), Some(pallet_trials::Error::NotApproved)));
	assert!(node.execute(EveStash, RuntimeCall::Trials(TrialsCall::approve { trial })).succeeded());
	assert!(recruit().succeeded());
	assert_eq!(node.call("healthchain_trial", json!([trial]))["ethicsApproval"]["committee"], 7);

	// Charlie has no research consent: refused. Alice consents to research by the sponsor: enrolled.
	let enroll = |who: sp_keyring::Sr25519Keyring, version| {
		node.execute(
			DaveStash,
			RuntimeCall::Trials(TrialsCall::enroll {
				trial,
				participant: who.to_account_id(),
				version,
			}),
		)
	};
	assert!(matches!(trials_error(&enroll(Charlie, 1)), Some(pallet_trials::Error::NoConsent)));
	// A research consent for lab results only does not cover the trial's data use (lab
	// results and diagnoses): still refused.
	let narrow = node.execute(
		Charlie,
		RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: Charlie.to_account_id(),
			terms: research(vec![DataClass::LabResults]),
		}),
	);
	assert!(narrow.succeeded(), "{narrow:?}");
	assert!(matches!(trials_error(&enroll(Charlie, 1)), Some(pallet_trials::Error::NoConsent)));
	let consent = node.execute(
		Alice,
		RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: Alice.to_account_id(),
			terms: research(vec![DataClass::All]),
		}),
	);
	assert!(consent.succeeded(), "{consent:?}");
	let alice_consent = consent.granted_consent().expect("ConsentGranted");
	let enrolled = enroll(Alice, 1);
	assert!(enrolled.succeeded(), "{enrolled:?}");
	assert_eq!(node.call("healthchain_trial", json!([trial]))["enrolled"], 1);

	// An amendment changes one secondary outcome (5 → 6), asks for re-consent, needs its own
	// approval; enrolment under the old version is refused from then on.
	let amended = node.execute(
		DaveStash,
		RuntimeCall::Trials(TrialsCall::amend {
			trial,
			protocol: c(0xb1),
			sap: c(0xc1),
			primary_outcomes: outcomes(&[1, 2]),
			secondary_outcomes: outcomes(&[3, 4, 6]),
			reconsent_required: true,
		}),
	);
	assert!(amended.events.contains(&RuntimeEvent::Trials(TrialsEvent::Amended {
		trial,
		version: 2,
		outcomes_changed: true,
		reconsent_required: true,
	})));
	let amendments = node.call("healthchain_trialAmendments", json!([trial]));
	assert_eq!(amendments[0]["version"], 2);
	assert_eq!(amendments[0]["reconsentRequired"], true);
	assert!(matches!(
		trials_error(&enroll(Ferdie, 1)),
		Some(pallet_trials::Error::OutdatedProtocol)
	));
	assert!(node.execute(EveStash, RuntimeCall::Trials(TrialsCall::approve { trial })).succeeded());

	// Recruitment ends. Results are not due before the primary completion date.
	let matching_results = || {
		node.execute(
			DaveStash,
			RuntimeCall::Trials(TrialsCall::submit_results {
				trial,
				results: c(0xee),
				outcomes: results(&[1, 2, 3, 4, 6]),
			}),
		)
	};
	let ended = node.execute(
		DaveStash,
		RuntimeCall::Trials(TrialsCall::set_status {
			trial,
			status: TrialStatus::ActiveNotRecruiting,
		}),
	);
	assert!(ended.succeeded(), "{ended:?}");
	assert!(matches!(trials_error(&matching_results()), Some(pallet_trials::Error::ResultsNotDue)));

	// Another trial, stopped early, reports an outcome that was never registered: outcome
	// switched.
	let switched = registered(&node, registration(30 * DAY_MS));
	assert!(node
		.execute(EveStash, RuntimeCall::Trials(TrialsCall::approve { trial: switched }))
		.succeeded());
	for status in [TrialStatus::Recruiting, TrialStatus::Terminated(TerminationReason::Futility)] {
		let call = TrialsCall::set_status { trial: switched, status };
		assert!(node.execute(DaveStash, RuntimeCall::Trials(call)).succeeded());
	}
	let submitted = node.execute(
		DaveStash,
		RuntimeCall::Trials(TrialsCall::submit_results {
			trial: switched,
			results: c(0xef),
			outcomes: results(&[1, 2, 9]),
		}),
	);
	assert!(submitted.events.contains(&RuntimeEvent::Trials(TrialsEvent::FlagRaised {
		trial: switched,
		flag: healthchain_primitives::trials::TrialFlag::OutcomeSwitched,
	})));
	assert_eq!(node.call("healthchain_trialFlags", json!([switched])), json!(["outcomeSwitched"]));

	// A third trial's results are missing 12 months after primary completion: overdue.
	let late = registered(&node, registration(2 * DAY_MS));
	assert_eq!(node.call("healthchain_trialFlags", json!([late])), json!([]));
	node.call("healthchain_devAdvanceTime", json!([(2 + 366) * DAY_MS]));
	let flags = node.call("healthchain_trialFlags", json!([late]));
	assert!(flags.as_array().unwrap().contains(&json!("resultsOverdue")), "{flags}");
	let raised =
		node.execute(Charlie, RuntimeCall::Trials(TrialsCall::check_flags { trial: late }));
	assert!(raised.events.contains(&RuntimeEvent::Trials(TrialsEvent::FlagRaised {
		trial: late,
		flag: healthchain_primitives::trials::TrialFlag::ResultsOverdue,
	})));
	// Past its primary completion date, the first trial's results are due. Results that match
	// the outcomes in force (the amended one included): no flag.
	let matching = matching_results();
	assert!(matching.events.contains(&RuntimeEvent::Trials(TrialsEvent::ResultsSubmitted {
		trial,
		outcome_switched: false
	})));
	// It has its results, and they updated it: neither overdue nor stale.
	assert_eq!(node.call("healthchain_trialFlags", json!([trial])), json!([]));

	// Alice revokes her research consent: her enrolment is withdrawn in the same block.
	let revoke_call = RuntimeCall::Consent(pallet_consent::Call::revoke { consent: alice_consent });
	let charged = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&revoke_call);
	let revoked = node.execute(Alice, revoke_call.clone());
	assert!(
		revoked.events.contains(&RuntimeEvent::Trials(TrialsEvent::ParticipantWithdrawn {
			trial,
			participant: Alice.to_account_id(),
			reason: Withdrawal::ConsentEnded,
		})),
		"{revoked:?}"
	);
	// It was charged for a patient in eight trials' enrolments and a sponsored fee; Alice has
	// one enrolment and no sponsor, and paid for one: the revocation's own weight, the hook's
	// for one enrolment, the sponsorship look-ups, the transaction extensions and every
	// extrinsic's base weight.
	use healthchain_primitives::Sponsors;
	use pallet_trials::WeightInfo as _;
	use sp_runtime::traits::TransactionExtension;
	let hook = |n| <pallet_trials::weights::SubstrateWeight<Runtime>>::consent_ended(n);
	// Charged for the longest list of consents; kept for Alice's.
	type ConsentWeights = pallet_consent::weights::SubstrateWeight<Runtime>;
	let listed = node.call("healthchain_consentsOf", json!([Alice.to_account_id().to_string()]));
	let listed = listed.as_array().map(Vec::len).expect("Alice's consents") as u32;
	let most = <<Runtime as pallet_consent::Config>::MaxConsentsPerSubject as frame_support::traits::Get<
		u32,
	>>::get();
	assert!(listed < most);
	let own = <ConsentWeights as pallet_consent::WeightInfo>::revoke(listed);
	let sponsor = <healthchain_runtime::Sponsorship as Sponsors<_>>::sponsored_call_weight();
	assert_eq!(
		charged.call_weight,
		<ConsentWeights as pallet_consent::WeightInfo>::revoke(most) + hook(8) + sponsor
	);
	let lookup = <pallet_sponsorship::weights::SubstrateWeight<Runtime> as
		pallet_sponsorship::WeightInfo>::deposit_payer();
	let lookups =
		frame_support::weights::Weight::from_parts(3 * lookup.ref_time(), lookup.proof_size());
	assert!(lookups.all_lt(sponsor));
	let extensions = healthchain_runtime::wallet_tx_extension(0, false).weight(&revoke_call);
	let base = <Runtime as frame_system::Config>::BlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.base_extrinsic;
	let used = revoked
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { dispatch_info }) => {
				Some(dispatch_info.weight)
			},
			_ => None,
		})
		.expect("the revocation succeeded");
	assert!(
		used.ref_time() <= (own + hook(1) + lookups + extensions + base).ref_time(),
		"charged {charged:?} and {extensions:?} for the extensions, used {used:?}"
	);
	// Nor less than the call's part of it: the hook reported one enrolment's weight.
	assert!(
		used.ref_time() >= (own + hook(1) + lookups + base).ref_time(),
		"charged {charged:?}, used {used:?}"
	);
	let info = node.call("healthchain_trial", json!([trial]));
	assert_eq!((info["enrolled"].clone(), info["withdrawn"].clone()), (json!(0), json!(1)));

	// Queries: by sponsor and status, and the FHIR ResearchStudy projection.
	assert_eq!(node.call("healthchain_trials", json!([SPONSOR])).as_array().map(Vec::len), Some(3));
	let active = node.call("healthchain_trials", json!([null, "activeNotRecruiting"]));
	assert_eq!(
		active.as_array().map(|l| l.iter().map(|t| t["id"].clone()).collect::<Vec<_>>()),
		Some(vec![json!(trial)])
	);
	let study = node.call("healthchain_researchStudy", json!([trial]));
	assert_eq!(study["resourceType"], "ResearchStudy");
	assert_eq!(study["status"], "active");
	assert_eq!(study["version"], "2");
	assert_eq!(study["outcomeMeasure"].as_array().map(Vec::len), Some(5));
	let err = node.rpc("healthchain_trials", json!([null, "paused"])).expect_err("unknown status");
	assert_eq!(err.code, -32602);
	assert!(err.message.contains("unknown status"), "{}", err.message);
	assert_eq!(node.call("healthchain_trial", json!([999])), serde_json::Value::Null);
}
