//! End to end against `healthchain-node --dev`: patients who hold no tokens accept a provider's
//! offer to sponsor them (an offer pays nothing until accepted), then consent, revoke, appoint a
//! proxy and withdraw from a trial, their sponsor paying fees and deposits; what no sponsorship
//! pays is refused by the pool before any block; and two pseudonyms of one patient, each
//! sponsored by its own provider, share nothing on chain.
//!
//! The hospital is demo organisation 0 (Dave), the clinic 1 (Eve), the trial sponsor 6
//! (Dave//stash), the ethics committee 7 (Eve//stash).

mod common;

use codec::{Decode, Encode};
use common::{blake2_128_concat, storage_value_key, DevNode, Included, RpcError};
use frame_support::BoundedVec;
use healthchain_primitives::{
	consent::{Grantee, Provision, ProxyKind},
	trials::{DataUse, Phase, StudyType, TrialStatus, Withdrawal},
	Action, Commitment, DataClass, Purpose,
};
use healthchain_runtime::{AccountId, Balance, Runtime, RuntimeCall, RuntimeEvent, UNIT};
use pallet_consent::{Call as ConsentCall, ConsentTerms};
use pallet_sponsorship::{Call as SponsorshipCall, SponsorshipOf, ALLOWANCE_EXHAUSTED};
use pallet_trials::{Call as TrialsCall, RegistrationOf};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring::{self, Dave, DaveStash, Eve, EveStash};

const HOSPITAL: u32 = 0;
const CLINIC: u32 = 1;
const TRIAL_SPONSOR: u32 = 6;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

fn now_ms() -> u64 {
	std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64
}

/// A fresh key nobody funded: a pseudonym a patient created for one provider.
fn pseudonym(name: &str) -> (sr25519::Pair, AccountId) {
	let pair = sr25519::Pair::from_string(&format!("//healthchain-patient-{name}"), None)
		.expect("a dev derivation path");
	let account = AccountId::from(pair.public());
	(pair, account)
}

fn permit(org: u32, classes: &[DataClass], purpose: Purpose, actions: &[Action]) -> ConsentTerms {
	ConsentTerms {
		grantee: Grantee::Organization(org),
		provision: Provision::Permit,
		classes: BoundedVec::truncate_from(classes.to_vec()),
		purposes: BoundedVec::truncate_from(vec![purpose]),
		actions: BoundedVec::truncate_from(actions.to_vec()),
		valid_from: None,
		valid_until: Some(now_ms() + 30 * DAY_MS),
	}
}

fn grant(subject: &AccountId, terms: ConsentTerms) -> RuntimeCall {
	RuntimeCall::Consent(ConsentCall::grant { subject: subject.clone(), terms })
}

/// Signs `call` with the patient's key, submits it and waits for its block.
fn as_patient(node: &DevNode, patient: &sr25519::Pair, call: RuntimeCall) -> Included {
	let xt = node.sign_as(patient, call);
	let included = node.submit_and_wait(&xt);
	assert!(included.succeeded(), "{included:?}");
	included
}

/// Signs `call` with the patient's key and submits it: the pool's answer.
fn submit_as_patient(
	node: &DevNode,
	patient: &sr25519::Pair,
	call: RuntimeCall,
) -> Result<H256, RpcError> {
	node.submit(&node.sign_as(patient, call))
}

/// The pool refused a transaction because nobody can pay its fee.
fn assert_cannot_pay(refused: Result<H256, RpcError>) {
	let error = refused.expect_err("the pool refuses it");
	assert_eq!(error.code, 1010, "{error:?}");
	let data = error.data.map(|d| d.to_string()).unwrap_or_default();
	assert!(data.contains("Inability to pay some fees"), "{data}");
}

fn sponsorship(node: &DevNode, account: &AccountId) -> Option<SponsorshipOf<Runtime>> {
	let mut key = storage_value_key(b"Sponsorship", b"Sponsorships");
	key.extend(blake2_128_concat(&account.encode()));
	node.storage(&key, None).map(|bytes| Decode::decode(&mut &bytes[..]).expect("decodes"))
}

/// The fee the extrinsic's signer was charged (`TransactionFeePaid`).
fn fee_paid(included: &Included) -> Balance {
	included
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => Some(*actual_fee),
			_ => None,
		})
		.expect("TransactionFeePaid")
}

/// `member` offers to sponsor `account`, up to `allowance` of fees a day.
fn offer(node: &DevNode, member: Sr25519Keyring, account: &AccountId, allowance: Balance) {
	let call =
		RuntimeCall::Sponsorship(SponsorshipCall::sponsor { account: account.clone(), allowance });
	assert!(node.execute(member, call).succeeded());
}

/// The call that accepts `payer`'s offer.
fn accept(payer: &AccountId) -> RuntimeCall {
	RuntimeCall::Sponsorship(SponsorshipCall::accept_sponsorship { payer: payer.clone() })
}

/// `member` offers to sponsor the patient with `key`, who accepts (the member pays for that).
fn sponsor(
	node: &DevNode,
	member: Sr25519Keyring,
	key: &sr25519::Pair,
	account: &AccountId,
	allowance: Balance,
) {
	offer(node, member, account, allowance);
	as_patient(node, key, accept(&member.to_account_id()));
}

fn c(n: u8) -> Commitment {
	Commitment::repeat_byte(n)
}

/// A recruiting, approved trial of the demo trial sponsor collecting lab results.
fn recruiting_trial(node: &DevNode) -> u32 {
	let now = now_ms();
	let registration = RegistrationOf::<Runtime> {
		record: c(0xa0),
		phase: Phase::Phase2,
		study_type: StudyType::Interventional,
		target_size: 50,
		first_enrolment: now + DAY_MS,
		primary_completion: now + 60 * DAY_MS,
		protocol: c(0xb0),
		sap: c(0xc0),
		primary_outcomes: BoundedVec::truncate_from(vec![c(1)]),
		secondary_outcomes: BoundedVec::truncate_from(vec![c(2)]),
		data_use: DataUse {
			classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
			actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
		},
	};
	let registered =
		node.execute(DaveStash, RuntimeCall::Trials(TrialsCall::register { registration }));
	let trial = registered.registered_trial().expect("TrialRegistered");
	assert!(node.execute(EveStash, RuntimeCall::Trials(TrialsCall::approve { trial })).succeeded());
	let recruiting =
		RuntimeCall::Trials(TrialsCall::set_status { trial, status: TrialStatus::Recruiting });
	assert!(node.execute(DaveStash, recruiting).succeeded());
	trial
}

#[test]
fn a_patient_holding_nothing_consents_and_withdraws_paid_by_their_sponsor() {
	let node = DevNode::start();
	let (key, patient) = pseudonym("hospital");
	let dave = Dave.to_account_id();
	assert_eq!(node.account(&patient).providers + node.account(&patient).sufficients, 0);

	// Nobody sponsors the patient yet: refused by the pool, no block carries it.
	let consent_to_hospital = grant(
		&patient,
		permit(HOSPITAL, &[DataClass::LabResults], Purpose::Treatment, &[Action::Access]),
	);
	assert_cannot_pay(submit_as_patient(&node, &key, consent_to_hospital.clone()));

	// The hospital offers to sponsor the pseudonym it treats, 0.1 UNIT of fees a day. An offer
	// pays nothing until the patient accepts it: no member makes itself a patient's payer.
	offer(&node, Dave, &patient, UNIT / 10);
	assert!(sponsorship(&node, &patient).is_none());
	assert_cannot_pay(submit_as_patient(&node, &key, consent_to_hospital.clone()));
	// The patient accepts; the hospital's member pays that fee, outside the allowance.
	let before = node.free_balance(&dave);
	let accepted = as_patient(&node, &key, accept(&dave));
	assert_eq!(node.free_balance(&dave), before - fee_paid(&accepted));
	assert_eq!(node.free_balance(&patient), 0);
	assert_eq!(
		sponsorship(&node, &patient).map(|s| (s.organization, s.spent)),
		Some((HOSPITAL, 0))
	);

	let before = node.free_balance(&dave);
	let granted = as_patient(&node, &key, consent_to_hospital);
	let consent = granted.granted_consent().expect("ConsentGranted");
	let fee = fee_paid(&granted);
	let deposit: Balance =
		<healthchain_runtime::configs::healthcare::ConsentDeposit as frame_support::traits::Get<
			_,
		>>::get();
	assert!(fee > 0);
	// The hospital's member paid the fee and holds the deposit; the patient still holds nothing.
	assert_eq!(node.free_balance(&dave), before - fee - deposit);
	assert_eq!(node.free_balance(&patient), 0);
	assert!(granted.events.iter().any(|e| matches!(
		e,
		RuntimeEvent::Balances(pallet_balances::Event::Withdraw { who, amount })
			if *who == dave && *amount >= fee
	)));
	assert_eq!(sponsorship(&node, &patient).map(|s| s.spent), Some(fee));

	// Revocation, a guardian's appointment and its removal: all paid by the sponsor.
	as_patient(&node, &key, RuntimeCall::Consent(ConsentCall::revoke { consent }));
	let (_, guardian) = pseudonym("guardian");
	as_patient(
		&node,
		&key,
		RuntimeCall::Consent(ConsentCall::appoint_proxy {
			proxy: guardian.clone(),
			kind: ProxyKind::Guardian,
			until: None,
		}),
	);
	as_patient(
		&node,
		&key,
		RuntimeCall::Consent(ConsentCall::remove_proxy {
			subject: patient.clone(),
			proxy: guardian,
		}),
	);
	assert_eq!(node.free_balance(&patient), 0);

	// Research consent to the trial sponsor, enrolment by it, withdrawal by the patient.
	let trial = recruiting_trial(&node);
	as_patient(
		&node,
		&key,
		grant(
			&patient,
			permit(
				TRIAL_SPONSOR,
				&[DataClass::All],
				Purpose::Research,
				&[Action::Collect, Action::Use],
			),
		),
	);
	let enrol =
		RuntimeCall::Trials(TrialsCall::enroll { trial, participant: patient.clone(), version: 1 });
	assert!(node.execute(DaveStash, enrol).succeeded());
	let withdrawn = as_patient(
		&node,
		&key,
		RuntimeCall::Trials(TrialsCall::withdraw { trial, participant: patient.clone() }),
	);
	assert!(withdrawn.events.iter().any(|e| matches!(
		e,
		RuntimeEvent::Trials(pallet_trials::Event::ParticipantWithdrawn {
			reason: Withdrawal::ByParticipant,
			..
		})
	)));
	assert_eq!(node.free_balance(&patient), 0);

	// Anything but a patient operation is the patient's to pay: refused.
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] });
	assert_cannot_pay(submit_as_patient(&node, &key, remark));

	// Over the allowance: refused by the pool with the sponsorship's own code.
	let spent = sponsorship(&node, &patient).expect("sponsored").spent;
	assert!(node
		.execute(
			Dave,
			RuntimeCall::Sponsorship(SponsorshipCall::set_allowance {
				account: patient.clone(),
				allowance: spent + 1,
			}),
		)
		.succeeded());
	let over = grant(
		&patient,
		permit(HOSPITAL, &[DataClass::Imaging], Purpose::Treatment, &[Action::Access]),
	);
	let error = submit_as_patient(&node, &key, over).expect_err("over the allowance");
	assert_eq!(error.code, 1010, "{error:?}");
	let data = error.data.map(|d| d.to_string()).unwrap_or_default();
	assert!(data.contains(&format!("Custom error: {ALLOWANCE_EXHAUSTED}")), "{data}");

	// The patient can still decline: the sponsor pays that beyond the allowance.
	let nonce = node.account(&patient).nonce;
	as_patient(
		&node,
		&key,
		RuntimeCall::Sponsorship(SponsorshipCall::end_sponsorship { account: patient.clone() }),
	);
	assert!(sponsorship(&node, &patient).is_none());
	// The account stays, its nonce with it: none of its transactions can be replayed.
	let after = node.account(&patient);
	assert_eq!((after.nonce, after.sufficients, after.data.free), (nonce + 1, 1, 0));
	// And with no sponsor it can do nothing.
	let again = grant(
		&patient,
		permit(HOSPITAL, &[DataClass::Imaging], Purpose::Treatment, &[Action::Access]),
	);
	assert_cannot_pay(submit_as_patient(&node, &key, again));
}

/// The 32-byte accounts among `candidates` that appear in any event of an extrinsic whose events
/// mention `who`, over every block of the chain.
fn accounts_seen_with(
	node: &DevNode,
	who: &AccountId,
	candidates: &[AccountId],
) -> std::collections::BTreeSet<AccountId> {
	let contains =
		|haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
	let mut seen = std::collections::BTreeSet::new();
	for number in 0..=node.best_number() {
		let hash = node.block_hash(number).expect("block");
		let records = node.events(hash);
		let phases: Vec<_> = records
			.iter()
			.filter(|r| contains(&r.event.encode(), who.as_ref()))
			.map(|r| r.phase.clone())
			.collect();
		for record in records.iter().filter(|r| phases.contains(&r.phase)) {
			let bytes = record.event.encode();
			seen.extend(candidates.iter().filter(|c| contains(&bytes, c.as_ref())).cloned());
		}
	}
	seen
}

#[test]
fn two_pseudonyms_of_one_patient_share_nothing_on_chain() {
	let node = DevNode::start();
	let (at_hospital_key, at_hospital) = pseudonym("two-hospital");
	let (at_clinic_key, at_clinic) = pseudonym("two-clinic");

	// Each provider sponsors the pseudonym created for it; the patient consents at each; each
	// provider anchors a record about its pseudonym.
	sponsor(&node, Dave, &at_hospital_key, &at_hospital, UNIT / 10);
	sponsor(&node, Eve, &at_clinic_key, &at_clinic, UNIT / 10);
	for (key, account, org) in
		[(&at_hospital_key, &at_hospital, HOSPITAL), (&at_clinic_key, &at_clinic, CLINIC)]
	{
		as_patient(
			&node,
			key,
			grant(
				account,
				permit(org, &[DataClass::LabResults], Purpose::Treatment, &[Action::Access]),
			),
		);
	}
	for (member, account, n) in [(Dave, &at_hospital, 1u8), (Eve, &at_clinic, 2u8)] {
		let anchor = RuntimeCall::Records(pallet_records::Call::anchor {
			local_id: H256::repeat_byte(n),
			subject: account.clone(),
			class: DataClass::LabResults,
			commitment: c(n),
		});
		assert!(node.execute(member, anchor).succeeded());
	}

	// No funds ever reached either pseudonym.
	assert_eq!(node.free_balance(&at_hospital), 0);
	assert_eq!(node.free_balance(&at_clinic), 0);
	// Nothing that happened to one mentions the other, nor any account that acted for the other.
	let mut candidates: Vec<AccountId> =
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect();
	candidates.push(at_hospital.clone());
	candidates.push(at_clinic.clone());
	let with_hospital = accounts_seen_with(&node, &at_hospital, &candidates);
	let with_clinic = accounts_seen_with(&node, &at_clinic, &candidates);
	assert!(
		with_hospital.contains(&Dave.to_account_id()),
		"the hospital's payer: {with_hospital:?}"
	);
	assert!(with_clinic.contains(&Eve.to_account_id()), "the clinic's payer: {with_clinic:?}");
	assert!(!with_hospital.contains(&at_clinic), "an event joins the two pseudonyms");
	let shared: Vec<_> = with_hospital.intersection(&with_clinic).collect();
	assert!(shared.is_empty(), "accounts seen with both pseudonyms: {shared:?}");
	// Their sponsorships name different organisations and payers.
	let (h, c) =
		(sponsorship(&node, &at_hospital).unwrap(), sponsorship(&node, &at_clinic).unwrap());
	assert_ne!(h.organization, c.organization);
	assert_ne!(h.payer, c.payer);
}
