//! # The reference scenario
//!
//! A scripted first year of the consortium, from the `development` genesis preset, in the order
//! the real actors would act: every call of the seven healthcare pallets (organizations, consent,
//! records, trials, provenance, claims, sponsorship: 77 calls) succeeds at least once, four of
//! them only after years (below). It is the seed input of the whole-runtime fuzzer (mutations
//! start from deep, valid states rather than from an empty chain) and the state the try-runtime
//! upgrade check migrates, so it leaves plenty behind: consents in force, superseded, revoked
//! and expired; a patient's proxy; records, versions, a tombstone, a batch and access
//! logs; trials completed, recruiting (flagged stale) and withdrawn; packs in stock, in
//! transit, dispensed, decommissioned, recalled and illegitimate; a sponsorship; break-glass
//! sessions (one open); ten organisations; an ongoing referendum; a policy in two versions, a
//! coverage in force, claims settled, appealed and approved, and approved by the rules.
//!
//! ## The cast (genesis organisations 0..=8, see `genesis_config_presets`)
//!
//! Dave runs the hospital (0, also a laboratory), Eve the clinic (1), Ferdie the laboratory (2),
//! Alice//stash the pharmacy (3), Bob//stash the manufacturer (4), Charlie//stash the wholesaler
//! (5), Dave//stash the trial sponsor (6), Eve//stash the ethics committee (7) and
//! Ferdie//stash the regulator (8), also Bob's insurer. Alice and Bob are patients with tokens;
//! One is a patient's pseudonym without tokens, sponsored by the hospital; Two is a key without
//! tokens (a new clinic's second admin key, later the clinic's device account); Charlie joins
//! the consortium.
//!
//! ## The year, block by block
//!
//! Three short blocks, then thirteen a month apart, because a trial is flagged stale only after
//! twelve months without news; then the decades below. All of it fits the [`crate::MAX_BLOCKS`]
//! blocks and [`crate::MAX_STEPS`] steps one input may take.
//!
//! 1. Governance admits Charlie's clinic (id 9), which adds Two as a second admin, updates its
//!    credentials and is granted a laboratory. Governance records a second GS1 Company Prefix
//!    for the manufacturer and withdraws one recorded by mistake. The hospital's voter submits a
//!    `business` referendum (the manufacturer may also repackage); seven of the ten seats vote aye, the new
//!    clinic's through Two (made its voter for the vote, then back), one nay; it is enacted in
//!    block 6. The hospital sponsors One; the clinic sponsors Two, who declines.
//! 2. Patients consent: permits, a deny, a consent that lasts two hours, research consents to
//!    the trial sponsor, a consent not yet in force; One appoints a guardian (Bob) and a
//!    representative for a day (Alice), Alice appoints Bob; Bob consents for One and takes it
//!    back; Alice revokes and removes a consent, replaces another.
//! 3. An hour later: the laboratory and the hospital anchor records, versions, an
//!    entered-in-error mark, a batch, an erasure, and log accesses on consent; break-glass
//!    access opened, used, justified and closed at the hospital, opened and forgotten at the
//!    clinic, cut short by One; three trials registered (one withdrawn), two recruiting with Bob
//!    and One enrolled.
//! 4. A month later: the expired consent removed, the clinic's forgotten session flagged,
//!    ended by its patient and justified late by the clinic's new device account (Two), the
//!    ended representative's deposit taken back by the sponsor; the first trial amended
//!    (participants asked to consent again), approved again, Bob re-consents, One withdraws.
//!    The insurer publishes a policy and its second version, covers Bob (who consents to it
//!    seeing his encounters and medications for payment) and One (ended the same day); the
//!    hospital bills Bob's visit: a claim the rules approve, paid after a dispute; a supply not
//!    on the fee schedule, denied, appealed and approved; a claim it withdraws.
//! 5. – 9. Provenance, a month per stage: the manufacturer registers a product and batches,
//!    commissions packs and ships a case; the wholesaler receives and unpacks it, ships packs on
//!    (one shipment cancelled, that pack found damaged); the pharmacy and the hospital receive
//!    and dispense (a dispense undone; the pharmacy bills Bob's insurer for the pack it
//!    dispensed to him, approved by the rules); a second case left in transit, an investigation the
//!    manufacturer clears, a pack a regulator declares illegitimate; a short-dated batch
//!    recalled; a product registered by mistake removed with its batch.
//! 10. The first trial reports its results, completes, and Bob's enrolment is released.
//! 11. Governance suspends the new clinic's laboratory (emergency track), reinstates, revokes it.
//! 12. – 15. Bob steps down as One's guardian; the new clinic leaves and Charlie returns with an
//!     insurer (id 10); the clinic and the hospital anchor and read more records.
//! 16. A year on: the regulator flags the still-recruiting trial stale; the laboratory's result
//!     is read again; emergency access to Bob is left open; a referendum is left deciding.
//!
//! ## The four calls that take years
//!
//! `Records::prune_access_log` removes access-log entries six years old, and
//! `Provenance::remove_pack` a pack's record six years and two days after the later of its
//! batch's expiry and its last event. Expiry dates are GS1 `YYMMDD` dates of the years
//! 2000–2099 while the chain's clock starts in January 1970, so even the earliest (2000-01-01,
//! the short-dated batch's) is 36 years away. The scenario ends with those years, in blocks a
//! decade apart (a `remark` each), after which both succeed. `Claims::remove_claim` removes a
//! claim seven years after its last change (the hospital's withdrawn claim) and
//! `Claims::remove_coverage` a coverage a year (the claim window) after its last day (One's):
//! both succeed in the first of those blocks, with the pruning.
//!
//! ## The clock
//!
//! The harness builds block 1 at slot 1 (6 000 ms) and each later block one slot, an hour, a
//! day, 30 days, a year or ten years after the last ([`Advance`]); the scenario counts the same. Every time it passes as an
//! argument (consent periods, a proxy's end, trial dates) is hours or days ahead of the clock;
//! every deadline it waits for has passed by a block's time when it acts.
//!
//! ## Ids
//!
//! Consent, session, trial, referendum, policy, coverage and claim ids are sequential from 0
//! (the genesis has none): the scenario counts them as it goes. Record ids are
//! `record_id(custodian, local_id)`, computed with the function the pallet uses; pack keys,
//! lots, GTINs and SSCCs are chosen here (check digits computed with the primitives'
//! `check_digit`). Organisation ids 9 and 10 are the first after the nine of genesis. A claim's
//! service date is the day (UTC, `day_of`) of the block it is submitted in, from the clock the
//! scenario keeps.

use codec::Encode;
use frame_support::{
	traits::{schedule::DispatchTime, Bounded, Get},
	BoundedVec,
};
use healthchain_primitives::{
	claims::{
		day_of, ClaimId, ClaimUse, CoverageId, Day, LineSubmission, PolicyId, ReasonCode, Rule,
		ServiceCode,
	},
	commit,
	consent::{ConsentId, Grantee, Provision, ProxyKind, SessionId},
	merkle,
	provenance::{
		check_digit, CompanyPrefix, DecommissionReason, Expiry, Gtin, Item, Lot, PackKey, Serial,
		Sscc,
	},
	records::{record_id, AccessBasis, RecordId},
	trials::{DataUse, Phase, StudyType, TrialId, TrialStatus},
	Action, Commitment, DataClass, Moment, OrganizationId, Purpose, Role,
};
use healthchain_runtime::{
	configs::{
		governance::origins::Origin as ConsortiumOrigin,
		healthcare::{
			ClaimRetention, JustificationPeriod, RecordAccessLogRetention, RecordRetention, HOUR_MS,
		},
	},
	AccountId, OriginCaller, Runtime, RuntimeCall, MILLISECS_PER_BLOCK, MILLISECS_PER_DAY,
	MILLIUNIT,
};
use pallet_claims::{Call as ClaimsCall, SubmissionOf};
use pallet_consent::{Call as ConsentCall, ConsentTerms};
use pallet_organizations::Call as OrganizationsCall;
use pallet_provenance::{types::kept_until, Call as ProvenanceCall};
use pallet_records::Call as RecordsCall;
use pallet_sponsorship::Call as SponsorshipCall;
use pallet_trials::{Call as TrialsCall, RegistrationOf, TWELVE_MONTHS};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::{Actor, Advance, Step};

/// The hospital (Dave): `Hospital` and `Laboratory`.
const HOSPITAL: OrganizationId = 0;
/// The clinic (Eve).
const CLINIC: OrganizationId = 1;
/// The laboratory (Ferdie).
const LABORATORY: OrganizationId = 2;
/// The pharmacy (Alice//stash).
const PHARMACY: OrganizationId = 3;
/// The manufacturer (Bob//stash).
const MANUFACTURER: OrganizationId = 4;
/// The wholesaler (Charlie//stash).
const WHOLESALER: OrganizationId = 5;
/// The trial sponsor (Dave//stash).
const TRIAL_SPONSOR: OrganizationId = 6;
/// The regulator (Ferdie//stash), also an insurer: the payer.
const INSURER: OrganizationId = 8;
/// Charlie's clinic: the first organisation admitted after genesis.
const NEW_CLINIC: OrganizationId = 9;
/// Charlie's insurer, admitted after the clinic left.
const NEW_INSURER: OrganizationId = 10;

/// A day (ms).
const DAY: Moment = MILLISECS_PER_DAY;

/// What a step waiting for a deadline adds to it, so that it acts a block's time after.
const MARGIN: Moment = MILLISECS_PER_BLOCK;

/// Expiry of the main batch: 2030-12-31.
const EXPIRY_FAR: Expiry = Expiry(301231);
/// Expiry of the short-dated batch: 2000-01-01, the earliest `YYMMDD` date, so that its records'
/// retention ends as early as it can (see the module docs).
const EXPIRY_EARLIEST: Expiry = Expiry(101);
/// Expiry of the batch registered by mistake: 2029-11-30.
const EXPIRY_MISTAKE: Expiry = Expiry(291130);

/// Domain tag of organisations' credentials commitments.
const CREDENTIALS: &[u8] = b"healthchain/credentials";
/// Domain tag of medical documents.
const DOCUMENT: &[u8] = b"healthchain/record";
/// Domain tag of break-glass justifications.
const JUSTIFICATION: &[u8] = b"healthchain/break-glass";
/// Domain tag of trial documents (registration record, protocol, SAP, outcomes, results).
const TRIAL_DOCUMENT: &[u8] = b"healthchain/trial";
/// Domain tag of product master data.
const MASTER_DATA: &[u8] = b"healthchain/product";
/// Domain tag of claims documents (policy, claim bundles, payer responses, remittances).
const CLAIM_DOCUMENT: &[u8] = b"healthchain/claim";

/// The last day the insurer's policy applies to: day 100 000 (in 2243), so that only the claim
/// window and the coverage bound a service date.
const OPEN_END: Day = 100_000;

/// The scenario, in order: the first year, then the decades a record's retention takes (Alice's
/// oldest access-log entries pruned, a withdrawn claim and an ended coverage removed, the
/// short-dated batch's ended packs removed), in at most [`crate::MAX_BLOCKS`] blocks. Every step
/// succeeds, and every healthcare call does at least once.
pub fn steps() -> Vec<Step> {
	let (mut s, kept) = first_year();
	years_later(&mut s, &kept);
	debug_assert!(s.block <= crate::MAX_BLOCKS, "the scenario takes {} blocks", s.block);
	debug_assert!(s.steps.len() <= crate::MAX_STEPS, "the scenario takes {} steps", s.steps.len());
	s.steps
}

/// The first year, and what the years after it need.
fn first_year() -> (Scenario, Kept) {
	let mut s = Scenario::default();
	// Block 1.
	let referendum_block = new_clinic_and_referendum(&mut s);
	sponsorships(&mut s);
	// Block 2.
	let consents = consents(&mut s);
	// Block 3, an hour later.
	let records = records(&mut s, &consents);
	let break_glass = break_glass(&mut s, &records);
	let trials = trials_registered(&mut s);
	// Block 4, a month later.
	a_month_later(&mut s, &consents, &break_glass);
	trials_amended(&mut s, &trials);
	let billing = billing(&mut s);
	// Blocks 5 to 9, a month each.
	let packs = provenance(&mut s, &billing);
	// Block 10.
	trials_completed(&mut s, &trials);
	// Block 11. The referendum was enacted in block 6 (two blocks to prepare, two to confirm,
	// one to enact), so the changes to the new clinic below cannot touch its tally.
	debug_assert!(s.block > referendum_block + 5, "the referendum may still be deciding");
	clinic_roles(&mut s);
	// Blocks 12 to 15.
	later_months(&mut s, &records, &consents);
	// Block 16.
	a_year_on(&mut s, &records, &consents, &trials);
	debug_assert!(s.block <= crate::MAX_BLOCKS, "the first year takes {} blocks", s.block);
	let kept = Kept {
		lab_result: records.lab_result,
		alice_first_accesses_at: break_glass.alice_log_at,
		removable: packs.removable,
		removable_from: packs.removable_from,
		withdrawn_claim: billing.withdrawn,
		withdrawn_at: billing.withdrawn_at,
		ended_coverage: billing.ended_coverage,
		ended_on: billing.ended_on,
	};
	(s, kept)
}

/// The steps so far and what the scenario knows of the chain's state.
#[derive(Default)]
struct Scenario {
	/// The steps, in order.
	steps: Vec<Step>,
	/// The chain's time at the last step (ms), as the harness sets it.
	now: Moment,
	/// Blocks built so far.
	block: u32,
	/// Month-long advances so far.
	months: u32,
	/// The id the next consent gets.
	next_consent: ConsentId,
	/// The id the next break-glass session gets.
	next_session: SessionId,
	/// The id the next trial gets.
	next_trial: TrialId,
	/// The index the next referendum gets.
	next_referendum: u32,
	/// The id the next policy gets.
	next_policy: PolicyId,
	/// The id the next coverage gets.
	next_coverage: CoverageId,
	/// The id the next claim gets.
	next_claim: ClaimId,
	/// While waiting for years: the record its custodian anchors a new version of every year.
	yearly: Option<RecordId>,
}

impl Scenario {
	/// Appends `call`, dispatched by `actor` after `advance`.
	fn push(&mut self, advance: Advance, actor: Actor, call: RuntimeCall) {
		self.now = self.now.saturating_add(elapsed(advance));
		if advance != Advance::None || self.block == 0 {
			self.block = self.block.saturating_add(1);
		}
		if advance == Advance::Month {
			self.months = self.months.saturating_add(1);
		}
		self.steps.push(Step { advance, actor, call });
	}

	/// `signer` grants `terms` on `subject`'s data; returns the new consent's id.
	fn grant(
		&mut self,
		advance: Advance,
		signer: Actor,
		subject: Actor,
		terms: ConsentTerms,
	) -> ConsentId {
		let id = self.next_consent;
		self.next_consent = self.next_consent.saturating_add(1);
		let subject = account(subject);
		self.push(advance, signer, consent(ConsentCall::grant { subject, terms }));
		id
	}

	/// `signer` replaces consent `old` with `terms`; returns the new version's id.
	fn replace(
		&mut self,
		advance: Advance,
		signer: Actor,
		old: ConsentId,
		terms: ConsentTerms,
	) -> ConsentId {
		let id = self.next_consent;
		self.next_consent = self.next_consent.saturating_add(1);
		self.push(advance, signer, consent(ConsentCall::replace { consent: old, terms }));
		id
	}

	/// `opener`'s organisation opens emergency access to `subject` for `duration` ms; returns
	/// the session's id.
	fn open_break_glass(
		&mut self,
		advance: Advance,
		opener: Actor,
		subject: Actor,
		duration: Moment,
	) -> SessionId {
		let id = self.next_session;
		self.next_session = self.next_session.saturating_add(1);
		let subject = account(subject);
		self.push(advance, opener, consent(ConsentCall::open_break_glass { subject, duration }));
		id
	}

	/// The trial sponsor registers `registration`; returns the trial's id.
	fn register(&mut self, advance: Advance, registration: RegistrationOf<Runtime>) -> TrialId {
		let id = self.next_trial;
		self.next_trial = self.next_trial.saturating_add(1);
		self.push(advance, Actor::DaveStash, trials_call(TrialsCall::register { registration }));
		id
	}

	/// `proposer` (an organisation's voter) submits `call` to the `business` track, to be
	/// enacted as soon as the track allows, and places the decision deposit; returns the
	/// referendum's index.
	fn propose(&mut self, advance: Advance, proposer: Actor, call: RuntimeCall) -> u32 {
		let index = self.next_referendum;
		self.next_referendum = self.next_referendum.saturating_add(1);
		let proposal = Bounded::Inline(
			BoundedVec::try_from(call.encode())
				.expect("a registry call is a few bytes, far below an inline proposal's 128"),
		);
		self.push(
			advance,
			proposer,
			RuntimeCall::Referenda(pallet_referenda::Call::submit {
				proposal_origin: Box::new(OriginCaller::GovernanceOrigins(
					ConsortiumOrigin::Business,
				)),
				proposal,
				enactment_moment: DispatchTime::After(0),
			}),
		);
		self.push(
			Advance::None,
			proposer,
			RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }),
		);
		index
	}

	/// The day (UTC) of the block a step after `advance` goes into.
	fn day_after(&self, advance: Advance) -> Day {
		day_of(self.now.saturating_add(elapsed(advance)))
	}

	/// The insurer publishes the next version of `policy` (a new policy if `None`), applying to
	/// service dates from today to [`OPEN_END`], with `rules` and document `n`; returns the
	/// policy's id.
	fn publish_policy(
		&mut self,
		advance: Advance,
		policy: Option<PolicyId>,
		n: u8,
		rules: Vec<Rule>,
	) -> PolicyId {
		let id = match policy {
			Some(id) => id,
			None => {
				let id = self.next_policy;
				self.next_policy = self.next_policy.saturating_add(1);
				id
			},
		};
		let valid_from = self.day_after(advance);
		self.push(
			advance,
			Actor::FerdieStash,
			claims_call(ClaimsCall::publish_policy {
				policy,
				document: commitment(CLAIM_DOCUMENT, n),
				valid_from,
				valid_until: OPEN_END,
				rules: BoundedVec::truncate_from(rules),
			}),
		);
		id
	}

	/// The insurer records that `patient` is covered by `policy` from day `start` to day `end`;
	/// returns the coverage's id.
	fn record_coverage(
		&mut self,
		advance: Advance,
		patient: Actor,
		policy: PolicyId,
		start: Day,
		end: Day,
	) -> CoverageId {
		let id = self.next_coverage;
		self.next_coverage = self.next_coverage.saturating_add(1);
		let patient = account(patient);
		self.push(
			advance,
			Actor::FerdieStash,
			claims_call(ClaimsCall::record_coverage { patient, policy, start, end }),
		);
		id
	}

	/// `provider`'s organisation claims `lines` given today under `coverage`, on `encounter`,
	/// with bundle `n`; returns the claim's id.
	fn submit_claim(
		&mut self,
		advance: Advance,
		provider: Actor,
		coverage: CoverageId,
		encounter: Option<RecordId>,
		lines: Vec<LineSubmission>,
		n: u8,
	) -> ClaimId {
		let id = self.next_claim;
		self.next_claim = self.next_claim.saturating_add(1);
		let submission = SubmissionOf::<Runtime> {
			use_: ClaimUse::Claim,
			coverage,
			service_date: self.day_after(advance),
			bundle: commitment(CLAIM_DOCUMENT, n),
			encounter,
			prior_auth: None,
			lines: BoundedVec::truncate_from(lines),
		};
		self.push(advance, provider, claims_call(ClaimsCall::submit_claim { submission }));
		id
	}

	/// Lets time pass in blocks `unit` apart until the clock reaches `deadline` (plus
	/// [`MARGIN`]): appends what happens meanwhile (a `remark`; a yearly new version of
	/// [`Scenario::yearly`]), and returns the advance of the step that acts at the deadline
	/// (`None` if the clock is there already).
	fn wait_until(&mut self, deadline: Moment, unit: Advance) -> Advance {
		debug_assert!(elapsed(unit) > 0, "time passes only in blocks that move the clock");
		let deadline = deadline.saturating_add(MARGIN);
		while self.now.saturating_add(elapsed(unit)) < deadline {
			let month = self.months.saturating_add(1);
			match self.yearly.filter(|_| unit == Advance::Month && month.is_multiple_of(12)) {
				// The laboratory anchors the patient's yearly result as a new version.
				Some(record) => {
					let year = (month / 12) as u8;
					let commitment = commitment(DOCUMENT, 100u8.wrapping_add(year));
					self.push(
						unit,
						Actor::Ferdie,
						records_call(RecordsCall::anchor_version { record, commitment }),
					);
				},
				None => self.push(
					unit,
					Actor::Charlie,
					RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() }),
				),
			}
		}
		if self.now >= deadline {
			Advance::None
		} else {
			unit
		}
	}
}

/// Milliseconds the harness's clock moves by before a step.
fn elapsed(advance: Advance) -> Moment {
	advance.millis()
}

/// The account of a signed actor.
fn account(actor: Actor) -> AccountId {
	actor.account().expect("the scenario names only signed actors as accounts")
}

/// A salted commitment as an organisation's system computes it off chain: `n` picks the salt
/// and the content, so that different `n` give different commitments.
fn commitment(domain: &[u8], n: u8) -> Commitment {
	commit(domain, &[n; 16], &[n]).unwrap_or_default()
}

/// A custodian's random local id for a record or batch.
fn local_id(n: u8) -> H256 {
	BlakeTwo256::hash(&[b'L', n])
}

/// A permit of `classes`, `purposes` and `actions` to `grantee`, from now until revoked.
fn permit(
	grantee: Grantee,
	classes: &[DataClass],
	purposes: &[Purpose],
	actions: &[Action],
) -> ConsentTerms {
	ConsentTerms {
		grantee,
		provision: Provision::Permit,
		classes: BoundedVec::truncate_from(classes.to_vec()),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		actions: BoundedVec::truncate_from(actions.to_vec()),
		valid_from: None,
		valid_until: None,
	}
}

/// What the trials do with their participants' data: lab results and medications, collected
/// and used.
fn data_use() -> DataUse {
	DataUse {
		classes: BoundedVec::truncate_from(vec![DataClass::LabResults, DataClass::Medications]),
		actions: BoundedVec::truncate_from(vec![Action::Collect, Action::Use]),
	}
}

/// A research consent to the trial sponsor covering [`data_use`].
fn research() -> ConsentTerms {
	permit(
		Grantee::Organization(TRIAL_SPONSOR),
		&[DataClass::LabResults, DataClass::Medications],
		&[Purpose::Research],
		&[Action::Collect, Action::Use],
	)
}

/// Commitment `k` of trial document set `n` (its record, protocol, outcomes, results…).
fn outcome(n: u8, k: u8) -> Commitment {
	commitment(TRIAL_DOCUMENT, n.wrapping_mul(16).wrapping_add(k))
}

/// A registration (document set `n`) registered at `now`: first enrolment tomorrow, primary
/// completion in six months, one primary and one secondary outcome.
fn registration(
	now: Moment,
	n: u8,
	phase: Phase,
	study_type: StudyType,
) -> RegistrationOf<Runtime> {
	RegistrationOf::<Runtime> {
		record: outcome(n, 0),
		phase,
		study_type,
		target_size: 120,
		first_enrolment: now.saturating_add(DAY),
		primary_completion: now.saturating_add(180 * DAY),
		protocol: outcome(n, 10),
		sap: outcome(n, 11),
		primary_outcomes: BoundedVec::truncate_from(vec![outcome(n, 1)]),
		secondary_outcomes: BoundedVec::truncate_from(vec![outcome(n, 2)]),
		data_use: data_use(),
	}
}

/// A GS1 code of `len` digits: `body` (its first `len - 1` digits) and its check digit.
fn gs1_code(body: u64, len: u32) -> u64 {
	let digits: Vec<u8> =
		(0..len.saturating_sub(1)).rev().map(|i| (body / 10u64.pow(i) % 10) as u8).collect();
	body.saturating_mul(10).saturating_add(u64::from(check_digit(&digits)))
}

/// The GTIN-14 whose first 13 digits are `body`.
fn gtin(body: u64) -> Gtin {
	Gtin(gs1_code(body, 14))
}

/// The SSCC whose first 17 digits are `body`.
fn sscc(body: u64) -> Sscc {
	Sscc(gs1_code(body, 18))
}

/// A lot number.
fn lot(text: &str) -> Lot {
	BoundedVec::truncate_from(text.as_bytes().to_vec())
}

/// Serial number `n` of a series (`S00001`, `R00001`, …).
fn serial(series: char, n: u32) -> Serial {
	BoundedVec::truncate_from(format!("{series}{n:05}").into_bytes())
}

/// Pack `n` of `series` of product `gtin`.
fn pack(gtin: Gtin, series: char, n: u32) -> PackKey {
	PackKey { gtin, serial: serial(series, n) }
}

/// Calls of the registry.
fn organizations(call: OrganizationsCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Organizations(call)
}

/// Calls of consent.
fn consent(call: ConsentCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Consent(call)
}

/// Calls of records.
fn records_call(call: RecordsCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Records(call)
}

/// Calls of trials.
fn trials_call(call: TrialsCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Trials(call)
}

/// Calls of provenance.
fn provenance_call(call: ProvenanceCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Provenance(call)
}

/// Calls of sponsorship.
fn sponsorship(call: SponsorshipCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Sponsorship(call)
}

/// Calls of claims.
fn claims_call(call: ClaimsCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Claims(call)
}

/// The product the manufacturer makes: GS1's example GTIN, 09501101530003.
fn product() -> Gtin {
	gtin(950_110_153_000)
}

/// A claim line of `units` of HCPCS Level II service `code`, billing `amount`.
fn service(code: &[u8; 5], units: u32, amount: u128) -> LineSubmission {
	LineSubmission { code: ServiceCode::Hcpcs(*code), units, amount, pack: None }
}

/// A claim line of dispensed pack `pack`, billing `amount`.
fn drug(pack: &PackKey, amount: u128) -> LineSubmission {
	LineSubmission {
		code: ServiceCode::Drug(pack.gtin),
		units: 1,
		amount,
		pack: Some(pack.serial.clone()),
	}
}

/// A rule table's row: `code` allowed up to `max_units` units of `max_unit_amount` each, without
/// prior authorisation.
fn rule(code: ServiceCode, max_unit_amount: u128, max_units: u32) -> Rule {
	Rule { code, max_unit_amount, max_units, prior_auth: false }
}

/// Block 1: governance admits Charlie's clinic, which organises its admins, and the seats vote
/// a `business` referendum through. Returns the block the referendum was submitted in.
fn new_clinic_and_referendum(s: &mut Scenario) -> u32 {
	use Actor::*;
	// A clinic joins: admitted by a `business` decision, its first admin Charlie.
	s.push(
		Advance::Block,
		Business,
		organizations(OrganizationsCall::admit {
			admin: account(Charlie),
			roles: BoundedVec::truncate_from(vec![Role::Clinic]),
			credentials: commitment(CREDENTIALS, 9),
		}),
	);
	s.push(
		Advance::None,
		Charlie,
		organizations(OrganizationsCall::add_member { account: account(Two), is_admin: true }),
	);
	s.push(
		Advance::None,
		Charlie,
		organizations(OrganizationsCall::set_credentials {
			credentials: commitment(CREDENTIALS, 19),
		}),
	);
	s.push(
		Advance::None,
		Business,
		organizations(OrganizationsCall::grant_role {
			organization: NEW_CLINIC,
			role: Role::Laboratory,
		}),
	);
	// The manufacturer bought a brand with its GS1 Company Prefix, which governance records
	// beside the one it held from genesis (9501101); a prefix recorded for it by mistake is
	// withdrawn.
	for (prefix, keep) in [
		(CompanyPrefix { digits: 9, value: 950_600_013 }, true),
		(CompanyPrefix { digits: 7, value: 4_006_381 }, false),
	] {
		s.push(
			Advance::None,
			Business,
			organizations(OrganizationsCall::assign_company_prefix {
				organization: MANUFACTURER,
				prefix,
			}),
		);
		if !keep {
			s.push(
				Advance::None,
				Business,
				organizations(OrganizationsCall::withdraw_company_prefix { prefix }),
			);
		}
	}

	// The hospital's voter proposes that the manufacturer may also repackage; ten seats, seven
	// ayes (more than half), one nay.
	let poll = s.propose(
		Advance::None,
		Dave,
		organizations(OrganizationsCall::grant_role {
			organization: MANUFACTURER,
			role: Role::Repackager,
		}),
	);
	let submitted = s.block;
	for voter in [Dave, Eve, Ferdie, AliceStash, BobStash, CharlieStash] {
		s.push(Advance::None, voter, organizations(OrganizationsCall::vote { poll, aye: true }));
	}
	// The new clinic votes with its second admin key, then hands the vote back and lets the
	// key go.
	s.push(
		Advance::None,
		Charlie,
		organizations(OrganizationsCall::set_voter {
			organization: NEW_CLINIC,
			voter: account(Two),
		}),
	);
	s.push(Advance::None, Two, organizations(OrganizationsCall::vote { poll, aye: true }));
	s.push(Advance::None, EveStash, organizations(OrganizationsCall::vote { poll, aye: false }));
	s.push(
		Advance::None,
		Two,
		organizations(OrganizationsCall::set_voter {
			organization: NEW_CLINIC,
			voter: account(Charlie),
		}),
	);
	s.push(
		Advance::None,
		Charlie,
		organizations(OrganizationsCall::remove_member { account: account(Two) }),
	);
	submitted
}

/// Block 1: the hospital offers to sponsor One, who accepts (its fee paid by the offer), and
/// raises the allowance; the clinic's offer to One is withdrawn; the clinic sponsors Two, who
/// declines.
fn sponsorships(s: &mut Scenario) {
	use Actor::*;
	s.push(
		Advance::None,
		Dave,
		sponsorship(SponsorshipCall::sponsor { account: account(One), allowance: 100 * MILLIUNIT }),
	);
	s.push(
		Advance::None,
		One,
		sponsorship(SponsorshipCall::accept_sponsorship { payer: account(Dave) }),
	);
	s.push(
		Advance::None,
		Eve,
		sponsorship(SponsorshipCall::sponsor { account: account(One), allowance: 10 * MILLIUNIT }),
	);
	s.push(
		Advance::None,
		Eve,
		sponsorship(SponsorshipCall::withdraw_offer { account: account(One), payer: account(Eve) }),
	);
	s.push(
		Advance::None,
		Dave,
		sponsorship(SponsorshipCall::set_allowance {
			account: account(One),
			allowance: 250 * MILLIUNIT,
		}),
	);
	s.push(
		Advance::None,
		Eve,
		sponsorship(SponsorshipCall::sponsor { account: account(Two), allowance: 10 * MILLIUNIT }),
	);
	s.push(
		Advance::None,
		Two,
		sponsorship(SponsorshipCall::accept_sponsorship { payer: account(Eve) }),
	);
	s.push(
		Advance::None,
		Two,
		sponsorship(SponsorshipCall::end_sponsorship { account: account(Two) }),
	);
}

/// What later blocks need of the consents.
struct Consents {
	/// Alice's permit to the hospital (lab results, imaging; treatment; access, use).
	alice_hospital: ConsentId,
	/// Alice's permit to the laboratory for two hours.
	alice_expiring: ConsentId,
	/// When it ends (ms).
	alice_expiring_until: Moment,
	/// One's permit to the hospital (every non-sensitive class; treatment; access).
	one_hospital: ConsentId,
	/// Bob's permit to the hospital for his restricted (sensitive) record.
	bob_restricted: ConsentId,
	/// When Alice's appointment as One's legal representative ends (ms).
	alice_proxy_until: Moment,
}

/// Block 2: patients consent, appoint proxies, revoke, remove and replace.
fn consents(s: &mut Scenario) -> Consents {
	use Actor::*;
	use DataClass::*;
	let alice_hospital = s.grant(
		Advance::Block,
		Alice,
		Alice,
		permit(
			Grantee::Organization(HOSPITAL),
			&[LabResults, Imaging],
			&[Purpose::Treatment],
			&[Action::Access, Action::Use],
		),
	);
	// No insurer sees anything for payment or operations (a deny overrides every permit).
	s.grant(
		Advance::None,
		Alice,
		Alice,
		ConsentTerms {
			provision: Provision::Deny,
			..permit(
				Grantee::Role(Role::Insurer),
				&[All],
				&[Purpose::Payment, Purpose::Operations],
				&[Action::Access, Action::Disclose],
			)
		},
	);
	let alice_laboratories = s.grant(
		Advance::None,
		Alice,
		Alice,
		permit(
			Grantee::Role(Role::Laboratory),
			&[LabResults],
			&[Purpose::Treatment],
			&[Action::Collect, Action::Access],
		),
	);
	let alice_clinic = s.grant(
		Advance::None,
		Alice,
		Alice,
		permit(
			Grantee::Organization(CLINIC),
			&[Encounters],
			&[Purpose::Treatment],
			&[Action::Access],
		),
	);
	let alice_expiring_until = s.now.saturating_add(2 * HOUR_MS);
	let alice_expiring = s.grant(
		Advance::None,
		Alice,
		Alice,
		ConsentTerms {
			valid_until: Some(alice_expiring_until),
			..permit(
				Grantee::Organization(LABORATORY),
				&[Imaging],
				&[Purpose::Operations],
				&[Action::Use],
			)
		},
	);
	s.grant(Advance::None, Bob, Bob, research());
	// Any hospital may access Bob's data for (emergency) treatment, from tomorrow for a year.
	s.grant(
		Advance::None,
		Bob,
		Bob,
		ConsentTerms {
			valid_from: Some(s.now.saturating_add(DAY)),
			valid_until: Some(s.now.saturating_add(365 * DAY)),
			..permit(
				Grantee::Role(Role::Hospital),
				&[All],
				&[Purpose::Treatment, Purpose::EmergencyTreatment],
				&[Action::Access],
			)
		},
	);
	// One holds no tokens: the hospital, their sponsor, holds these deposits.
	let one_hospital = s.grant(
		Advance::None,
		One,
		One,
		permit(Grantee::Organization(HOSPITAL), &[All], &[Purpose::Treatment], &[Action::Access]),
	);
	s.grant(Advance::None, One, One, research());
	s.push(
		Advance::None,
		One,
		consent(ConsentCall::appoint_proxy {
			proxy: account(Bob),
			kind: ProxyKind::Guardian,
			until: None,
		}),
	);
	let alice_proxy_until = s.now.saturating_add(DAY);
	s.push(
		Advance::None,
		One,
		consent(ConsentCall::appoint_proxy {
			proxy: account(Alice),
			kind: ProxyKind::LegalRepresentative,
			until: Some(alice_proxy_until),
		}),
	);
	// Alice makes Bob her legal representative (and pays the deposit herself).
	s.push(
		Advance::None,
		Alice,
		consent(ConsentCall::appoint_proxy {
			proxy: account(Bob),
			kind: ProxyKind::LegalRepresentative,
			until: None,
		}),
	);
	// Bob, One's guardian, consents on their behalf (and pays the deposit himself), then takes
	// it back.
	let one_clinic = s.grant(
		Advance::None,
		Bob,
		One,
		permit(
			Grantee::Organization(CLINIC),
			&[Allergies, Medications],
			&[Purpose::Treatment],
			&[Action::Access],
		),
	);
	s.push(Advance::None, Bob, consent(ConsentCall::revoke { consent: one_clinic }));
	// Alice withdraws the clinic's access and tidies up, and widens what laboratories may see.
	s.push(Advance::None, Alice, consent(ConsentCall::revoke { consent: alice_clinic }));
	s.push(Advance::None, Alice, consent(ConsentCall::remove { consent: alice_clinic }));
	s.replace(
		Advance::None,
		Alice,
		alice_laboratories,
		permit(
			Grantee::Role(Role::Laboratory),
			&[LabResults, Diagnoses],
			&[Purpose::Treatment],
			&[Action::Collect, Action::Access],
		),
	);
	// Bob lets the hospital see his sensitive record (named only as `Restricted` on chain).
	let bob_restricted = s.grant(
		Advance::None,
		Bob,
		Bob,
		permit(
			Grantee::Organization(HOSPITAL),
			&[Restricted],
			&[Purpose::Treatment],
			&[Action::Access],
		),
	);
	Consents {
		alice_hospital,
		alice_expiring,
		alice_expiring_until,
		one_hospital,
		bob_restricted,
		alice_proxy_until,
	}
}

/// What later blocks need of the records.
struct Records {
	/// Alice's lab result at the laboratory (versions, an error mark, accesses).
	lab_result: RecordId,
	/// Alice's imaging study at the hospital.
	imaging: RecordId,
}

/// Block 3, an hour later: the laboratory and the hospital anchor records and log accesses on
/// consent.
fn records(s: &mut Scenario, consents: &Consents) -> Records {
	use Actor::*;
	// The laboratory: a result, corrected by a second version, the first marked in error; the
	// hospital's access logged on Alice's consent; the day's other results as a batch.
	let lab_result = record_id(LABORATORY, &local_id(1));
	s.push(
		Advance::Hour,
		Ferdie,
		records_call(RecordsCall::anchor {
			local_id: local_id(1),
			subject: account(Alice),
			class: DataClass::LabResults,
			commitment: commitment(DOCUMENT, 1),
		}),
	);
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::anchor_version {
			record: lab_result,
			commitment: commitment(DOCUMENT, 2),
		}),
	);
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::mark_entered_in_error { record: lab_result, version: 1 }),
	);
	let leaves: Vec<Commitment> = (10..13).map(|n| commitment(DOCUMENT, n)).collect();
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::anchor_batch {
			local_id: local_id(2),
			root: merkle::root(&leaves).unwrap_or_default(),
			leaf_count: leaves.len() as u32,
			class: DataClass::LabResults,
		}),
	);
	// The hospital's access to the result: Alice's permit to the hospital is the oldest that
	// covers it (her permit to every laboratory, which the hospital also is, came later).
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::log_access {
			record: lab_result,
			accessor: HOSPITAL,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(consents.alice_hospital),
		}),
	);

	// The hospital: Alice's imaging, One's encounter (accessed on One's consent), a note on Bob
	// anchored twice then erased, and Bob's restricted record (accessed on his consent).
	let imaging = record_id(HOSPITAL, &local_id(3));
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(3),
			subject: account(Alice),
			class: DataClass::Imaging,
			commitment: commitment(DOCUMENT, 3),
		}),
	);
	let encounter = record_id(HOSPITAL, &local_id(4));
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(4),
			subject: account(One),
			class: DataClass::Encounters,
			commitment: commitment(DOCUMENT, 4),
		}),
	);
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::log_access {
			record: encounter,
			accessor: HOSPITAL,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(consents.one_hospital),
		}),
	);
	let note = record_id(HOSPITAL, &local_id(5));
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(5),
			subject: account(Bob),
			class: DataClass::Documents,
			commitment: commitment(DOCUMENT, 5),
		}),
	);
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor_version {
			record: note,
			commitment: commitment(DOCUMENT, 6),
		}),
	);
	s.push(Advance::None, Dave, records_call(RecordsCall::erase { record: note }));
	let restricted = record_id(HOSPITAL, &local_id(6));
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(6),
			subject: account(Bob),
			class: DataClass::Restricted,
			commitment: commitment(DOCUMENT, 7),
		}),
	);
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::log_access {
			record: restricted,
			accessor: HOSPITAL,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(consents.bob_restricted),
		}),
	);
	Records { lab_result, imaging }
}

/// What later blocks need of break-glass.
struct BreakGlass {
	/// The clinic's session on Bob, never justified in time.
	bob_session: SessionId,
	/// When its justification is due (ms).
	bob_due: Moment,
	/// When Alice's first accesses were logged (ms).
	alice_log_at: Moment,
}

/// Block 3: emergency access opened, used, justified and closed; cut short; forgotten.
fn break_glass(s: &mut Scenario, records: &Records) -> BreakGlass {
	use Actor::*;
	let alice_session = s.open_break_glass(Advance::None, Dave, Alice, 4 * HOUR_MS);
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::log_access {
			record: records.imaging,
			accessor: HOSPITAL,
			purpose: Purpose::EmergencyTreatment,
			basis: AccessBasis::BreakGlass(alice_session),
		}),
	);
	let alice_log_at = s.now;
	s.push(
		Advance::None,
		Dave,
		consent(ConsentCall::justify {
			session: alice_session,
			justification: commitment(JUSTIFICATION, 1),
		}),
	);
	s.push(Advance::None, Dave, consent(ConsentCall::close_break_glass { session: alice_session }));
	// The clinic opens emergency access to Bob and forgets to justify it.
	let bob_session = s.open_break_glass(Advance::None, Eve, Bob, 2 * HOUR_MS);
	let bob_due = s.now.saturating_add(JustificationPeriod::get());
	// One ends the hospital's emergency access to them at once.
	let one_session = s.open_break_glass(Advance::None, Dave, One, HOUR_MS);
	s.push(Advance::None, One, consent(ConsentCall::end_break_glass { session: one_session }));
	BreakGlass { bob_session, bob_due, alice_log_at }
}

/// What later blocks need of the trials.
struct Trials {
	/// The trial that completes.
	completed: TrialId,
	/// The trial that keeps recruiting.
	recruiting: TrialId,
	/// Its last update (ms).
	recruiting_updated_at: Moment,
}

/// Block 3: three trials registered; two recruit Bob and One, the third is withdrawn.
fn trials_registered(s: &mut Scenario) -> Trials {
	use Actor::*;
	let completed =
		s.register(Advance::None, registration(s.now, 1, Phase::Phase3, StudyType::Interventional));
	let recruiting =
		s.register(Advance::None, registration(s.now, 2, Phase::Phase2, StudyType::Observational));
	for trial in [completed, recruiting] {
		s.push(Advance::None, EveStash, trials_call(TrialsCall::approve { trial }));
		s.push(
			Advance::None,
			DaveStash,
			trials_call(TrialsCall::set_status { trial, status: TrialStatus::Recruiting }),
		);
		for participant in [account(Bob), account(One)] {
			s.push(
				Advance::None,
				DaveStash,
				trials_call(TrialsCall::enroll { trial, participant, version: 1 }),
			);
		}
	}
	let recruiting_updated_at = s.now;
	let withdrawn =
		s.register(Advance::None, registration(s.now, 3, Phase::Phase1, StudyType::Interventional));
	s.push(
		Advance::None,
		DaveStash,
		trials_call(TrialsCall::set_status { trial: withdrawn, status: TrialStatus::Withdrawn }),
	);
	Trials { completed, recruiting, recruiting_updated_at }
}

/// Block 4, a month later: what time settled (an expired consent, an overdue justification, an
/// ended appointment).
fn a_month_later(s: &mut Scenario, consents: &Consents, break_glass: &BreakGlass) {
	use Actor::*;
	let advance = s.wait_until(break_glass.bob_due.max(consents.alice_proxy_until), Advance::Month);
	// Alice's two-hour consent has expired: she removes it.
	s.push(advance, Alice, consent(ConsentCall::remove { consent: consents.alice_expiring }));
	debug_assert!(s.now >= consents.alice_expiring_until, "Alice's consent has not expired");
	// The regulator flags the clinic's unjustified session, Bob takes it off his open
	// sessions, the clinic's new device account justifies it (late).
	s.push(
		Advance::None,
		FerdieStash,
		consent(ConsentCall::flag_overdue { session: break_glass.bob_session }),
	);
	s.push(
		Advance::None,
		Bob,
		consent(ConsentCall::end_break_glass { session: break_glass.bob_session }),
	);
	s.push(
		Advance::None,
		Eve,
		organizations(OrganizationsCall::add_member { account: account(Two), is_admin: false }),
	);
	s.push(
		Advance::None,
		Two,
		consent(ConsentCall::justify {
			session: break_glass.bob_session,
			justification: commitment(JUSTIFICATION, 2),
		}),
	);
	// The sponsor takes back the deposit of One's ended appointment of Alice.
	s.push(
		Advance::None,
		Dave,
		consent(ConsentCall::remove_proxy { subject: account(One), proxy: account(Alice) }),
	);
}

/// Block 4: the first trial is amended (a secondary outcome added, participants asked to
/// consent again) and approved again; Bob consents again, One withdraws; recruitment ends.
fn trials_amended(s: &mut Scenario, trials: &Trials) {
	use Actor::*;
	let trial = trials.completed;
	s.push(
		Advance::None,
		DaveStash,
		trials_call(TrialsCall::amend {
			trial,
			protocol: outcome(1, 12),
			sap: outcome(1, 13),
			primary_outcomes: BoundedVec::truncate_from(vec![outcome(1, 1)]),
			secondary_outcomes: BoundedVec::truncate_from(vec![outcome(1, 2), outcome(1, 3)]),
			reconsent_required: true,
		}),
	);
	s.push(Advance::None, EveStash, trials_call(TrialsCall::approve { trial }));
	s.push(
		Advance::None,
		DaveStash,
		trials_call(TrialsCall::reconsent { trial, participant: account(Bob) }),
	);
	s.push(
		Advance::None,
		One,
		trials_call(TrialsCall::withdraw { trial, participant: account(One) }),
	);
	s.push(
		Advance::None,
		DaveStash,
		trials_call(TrialsCall::set_status { trial, status: TrialStatus::ActiveNotRecruiting }),
	);
}

/// What later blocks need of the claims.
struct Billing {
	/// Bob's coverage by the insurer's policy (open-ended).
	coverage: CoverageId,
	/// The claim the hospital withdrew.
	withdrawn: ClaimId,
	/// When it was withdrawn, its last change (ms).
	withdrawn_at: Moment,
	/// One's coverage, ended the day it was recorded.
	ended_coverage: CoverageId,
	/// Its last day.
	ended_on: Day,
}

/// Block 4: the insurer (the regulator's organisation, which also holds `Insurer`) publishes a
/// policy, then its second version with the manufacturer's product on the fee schedule; Bob
/// consents to the insurer seeing his encounters and medications for payment (the runtime
/// requires it of every claim) and is covered; One's coverage is recorded and ended the same day
/// (One changed insurers). The hospital records Bob's visit and bills it: an injection within
/// the rules, approved in the block, paid after a dispute; a supply not on the fee schedule,
/// pended, denied, appealed and approved; two more doses billed and withdrawn.
///
/// Service dates are today: the rules allow claims up to a year after the service, never before.
fn billing(s: &mut Scenario) -> Billing {
	use Actor::*;
	let today = s.day_after(Advance::None);
	// HCPCS J1100: dexamethasone sodium phosphate injection, 1 mg; amounts in cents.
	let injection = rule(ServiceCode::Hcpcs(*b"J1100"), 500, 4);
	let policy = s.publish_policy(Advance::None, None, 1, vec![injection]);
	s.publish_policy(
		Advance::None,
		Some(policy),
		2,
		vec![injection, rule(ServiceCode::Drug(product()), 2_500, 2)],
	);
	s.grant(
		Advance::None,
		Bob,
		Bob,
		permit(
			Grantee::Organization(INSURER),
			&[DataClass::Encounters, DataClass::Medications],
			&[Purpose::Payment],
			&[Action::Access],
		),
	);
	// A coverage lasts ten years at most (`pallet_claims::MAX_COVERAGE_DAYS`).
	let coverage = s.record_coverage(
		Advance::None,
		Bob,
		policy,
		today,
		today + pallet_claims::MAX_COVERAGE_DAYS,
	);
	let ended_coverage =
		s.record_coverage(Advance::None, One, policy, today, today.saturating_add(364));
	s.push(
		Advance::None,
		FerdieStash,
		claims_call(ClaimsCall::end_coverage { coverage: ended_coverage, end: today }),
	);

	// The hospital records Bob's visit (the encounter its claims rest on).
	let visit = record_id(HOSPITAL, &local_id(9));
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(9),
			subject: account(Bob),
			class: DataClass::Encounters,
			commitment: commitment(DOCUMENT, 30),
		}),
	);
	// An injection within the rules: approved at once. The first remittance does not arrive;
	// the second does.
	let paid = s.submit_claim(
		Advance::None,
		Dave,
		coverage,
		Some(visit),
		vec![service(b"J1100", 1, 450)],
		21,
	);
	s.push(
		Advance::None,
		FerdieStash,
		claims_call(ClaimsCall::instruct_payment {
			claim: paid,
			remittance: commitment(CLAIM_DOCUMENT, 101),
		}),
	);
	s.push(Advance::None, Dave, claims_call(ClaimsCall::dispute_payment { claim: paid }));
	s.push(
		Advance::None,
		FerdieStash,
		claims_call(ClaimsCall::instruct_payment {
			claim: paid,
			remittance: commitment(CLAIM_DOCUMENT, 102),
		}),
	);
	s.push(Advance::None, Dave, claims_call(ClaimsCall::confirm_payment { claim: paid }));
	// HCPCS A4216 (sterile saline, 10 ml), not on the fee schedule: pended, denied, appealed
	// with more documentation, approved.
	let appealed = s.submit_claim(
		Advance::None,
		Dave,
		coverage,
		Some(visit),
		vec![service(b"A4216", 1, 300)],
		22,
	);
	s.push(
		Advance::None,
		FerdieStash,
		claims_call(ClaimsCall::adjudicate {
			claim: appealed,
			approved: BoundedVec::truncate_from(vec![0]),
			reason: Some(ReasonCode::NotCovered),
			response: commitment(CLAIM_DOCUMENT, 201),
		}),
	);
	s.push(
		Advance::None,
		Dave,
		claims_call(ClaimsCall::appeal { claim: appealed, bundle: commitment(CLAIM_DOCUMENT, 23) }),
	);
	s.push(
		Advance::None,
		FerdieStash,
		claims_call(ClaimsCall::adjudicate {
			claim: appealed,
			approved: BoundedVec::truncate_from(vec![300]),
			reason: None,
			response: commitment(CLAIM_DOCUMENT, 202),
		}),
	);
	// Two more doses, billed before they were given: withdrawn.
	let withdrawn = s.submit_claim(
		Advance::None,
		Dave,
		coverage,
		Some(visit),
		vec![service(b"J1100", 2, 900)],
		24,
	);
	s.push(
		Advance::None,
		Dave,
		claims_call(ClaimsCall::cancel { claim: withdrawn, entered_in_error: false }),
	);
	Billing { coverage, withdrawn, withdrawn_at: s.now, ended_coverage, ended_on: today }
}

/// What the years after the first need of provenance.
struct Packs {
	/// Ended packs of the short-dated batch, removed once their retention has passed.
	removable: Vec<PackKey>,
	/// When it has passed (ms).
	removable_from: Moment,
}

/// Blocks 5 to 9, a month each: from the manufacturer to patients, with a recall and
/// investigations.
fn provenance(s: &mut Scenario, billing: &Billing) -> Packs {
	use Actor::*;
	let gtin_a = product();
	let (main, early) = (lot("LOT-A1"), lot("LOT-A0"));
	let main_pack = |n: u32| pack(gtin_a, 'S', n);
	let early_pack = |n: u32| pack(gtin_a, 'R', n);
	let shipper = sscc(10_614_141_123_456_789); // GS1's example SSCC, 106141411234567897.
	let second_shipper = sscc(10_614_141_123_456_790);

	// Block 5: the manufacturer registers the product and two batches, commissions 8 + 4 packs
	// and ships four to the wholesaler in a case.
	s.push(
		Advance::Month,
		BobStash,
		provenance_call(ProvenanceCall::register_product {
			gtin: gtin_a,
			master_data: commitment(MASTER_DATA, 1),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::register_batch {
			gtin: gtin_a,
			lot: main.clone(),
			expiry: EXPIRY_FAR,
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::register_batch {
			gtin: gtin_a,
			lot: early.clone(),
			expiry: EXPIRY_EARLIEST,
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::commission {
			gtin: gtin_a,
			lot: main,
			serials: BoundedVec::truncate_from((1..=8).map(|n| serial('S', n)).collect()),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::commission {
			gtin: gtin_a,
			lot: early.clone(),
			serials: BoundedVec::truncate_from((1..=4).map(|n| serial('R', n)).collect()),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::pack_case {
			sscc: shipper,
			packs: BoundedVec::truncate_from((1..=4).map(main_pack).collect()),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::ship { item: Item::Case(shipper), to: WHOLESALER }),
	);

	// Block 6: the wholesaler receives and unpacks the case, ships a pack to the pharmacy,
	// ships and calls back another (then finds it damaged), and ships one to the hospital.
	s.push(
		Advance::Month,
		CharlieStash,
		provenance_call(ProvenanceCall::receive { item: Item::Case(shipper) }),
	);
	s.push(
		Advance::None,
		CharlieStash,
		provenance_call(ProvenanceCall::unpack_case { sscc: shipper }),
	);
	for n in [1, 2] {
		s.push(
			Advance::None,
			CharlieStash,
			provenance_call(ProvenanceCall::ship { item: Item::Pack(main_pack(n)), to: PHARMACY }),
		);
	}
	s.push(
		Advance::None,
		CharlieStash,
		provenance_call(ProvenanceCall::cancel_shipment { item: Item::Pack(main_pack(2)) }),
	);
	s.push(
		Advance::None,
		CharlieStash,
		provenance_call(ProvenanceCall::decommission {
			pack: main_pack(2),
			reason: DecommissionReason::Damaged,
		}),
	);
	s.push(
		Advance::None,
		CharlieStash,
		provenance_call(ProvenanceCall::ship { item: Item::Pack(main_pack(3)), to: HOSPITAL }),
	);

	// Block 7: the pharmacy receives its pack, dispenses it, undoes the dispense (not
	// collected), dispenses it to the next patient, Bob, and bills his insurer for it (the
	// product is on the fee schedule: approved at once); the hospital receives and dispenses its
	// pack.
	s.push(
		Advance::Month,
		AliceStash,
		provenance_call(ProvenanceCall::receive { item: Item::Pack(main_pack(1)) }),
	);
	s.push(
		Advance::None,
		AliceStash,
		provenance_call(ProvenanceCall::dispense { pack: main_pack(1) }),
	);
	s.push(Advance::None, AliceStash, provenance_call(ProvenanceCall::undo { pack: main_pack(1) }));
	s.push(
		Advance::None,
		AliceStash,
		provenance_call(ProvenanceCall::dispense { pack: main_pack(1) }),
	);
	// The claim's service date is the dispense's day: the same block.
	s.submit_claim(
		Advance::None,
		AliceStash,
		billing.coverage,
		None,
		vec![drug(&main_pack(1), 1_800)],
		25,
	);
	s.push(
		Advance::None,
		Dave,
		provenance_call(ProvenanceCall::receive { item: Item::Pack(main_pack(3)) }),
	);
	s.push(Advance::None, Dave, provenance_call(ProvenanceCall::dispense { pack: main_pack(3) }));

	// Block 8: the manufacturer ships a second case (left in transit), investigates a pack and
	// clears it; the regulator finds another illegitimate, which the manufacturer destroys.
	s.push(
		Advance::Month,
		BobStash,
		provenance_call(ProvenanceCall::pack_case {
			sscc: second_shipper,
			packs: BoundedVec::truncate_from(vec![main_pack(5), main_pack(6)]),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::ship { item: Item::Case(second_shipper), to: WHOLESALER }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::flag_suspect { pack: main_pack(7) }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::quarantine { pack: main_pack(7) }),
	);
	s.push(Advance::None, BobStash, provenance_call(ProvenanceCall::clear { pack: main_pack(7) }));
	s.push(
		Advance::None,
		FerdieStash,
		provenance_call(ProvenanceCall::flag_suspect { pack: main_pack(8) }),
	);
	s.push(
		Advance::None,
		FerdieStash,
		provenance_call(ProvenanceCall::quarantine { pack: main_pack(8) }),
	);
	s.push(
		Advance::None,
		FerdieStash,
		provenance_call(ProvenanceCall::declare_illegitimate { pack: main_pack(8) }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::decommission {
			pack: main_pack(8),
			reason: DecommissionReason::Destroyed,
		}),
	);

	// Block 9: a pack of the short-dated batch reaches a patient; the batch is recalled and a
	// pack still at the manufacturer destroyed. A product registered by mistake (with a batch,
	// no pack) is removed again.
	s.push(
		Advance::Month,
		BobStash,
		provenance_call(ProvenanceCall::ship { item: Item::Pack(early_pack(1)), to: PHARMACY }),
	);
	s.push(
		Advance::None,
		AliceStash,
		provenance_call(ProvenanceCall::receive { item: Item::Pack(early_pack(1)) }),
	);
	s.push(
		Advance::None,
		AliceStash,
		provenance_call(ProvenanceCall::dispense { pack: early_pack(1) }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::recall { gtin: gtin_a, lot: early }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::decommission {
			pack: early_pack(2),
			reason: DecommissionReason::Destroyed,
		}),
	);
	let last_event = s.now;
	let gtin_b = gtin(950_110_153_001);
	let mistake = lot("LOT-B1");
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::register_product {
			gtin: gtin_b,
			master_data: commitment(MASTER_DATA, 2),
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::register_batch {
			gtin: gtin_b,
			lot: mistake.clone(),
			expiry: EXPIRY_MISTAKE,
		}),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::remove_batch { gtin: gtin_b, lot: mistake }),
	);
	s.push(
		Advance::None,
		BobStash,
		provenance_call(ProvenanceCall::remove_product { gtin: gtin_b }),
	);

	Packs {
		removable: vec![early_pack(1), early_pack(2)],
		removable_from: kept_until(EXPIRY_EARLIEST, last_event, RecordRetention::get()),
	}
}

/// Block 10: the first trial reports its results and completes; Bob's enrolment is released.
fn trials_completed(s: &mut Scenario, trials: &Trials) {
	use Actor::*;
	let trial = trials.completed;
	s.push(
		Advance::Month,
		DaveStash,
		trials_call(TrialsCall::submit_results {
			trial,
			results: outcome(1, 14),
			outcomes: BoundedVec::truncate_from(
				(1..=3).map(|k| (outcome(1, k), outcome(1, k + 4))).collect(),
			),
		}),
	);
	s.push(
		Advance::None,
		DaveStash,
		trials_call(TrialsCall::set_status { trial, status: TrialStatus::Completed }),
	);
	s.push(
		Advance::None,
		Bob,
		trials_call(TrialsCall::release_enrolment { trial, participant: account(Bob) }),
	);
}

/// Block 11: governance suspends the new clinic's laboratory on the emergency track,
/// reinstates it, then revokes it.
fn clinic_roles(s: &mut Scenario) {
	s.push(
		Advance::Month,
		Actor::Emergency,
		organizations(OrganizationsCall::suspend_role {
			organization: NEW_CLINIC,
			role: Role::Laboratory,
		}),
	);
	s.push(
		Advance::None,
		Actor::Business,
		organizations(OrganizationsCall::reinstate_role {
			organization: NEW_CLINIC,
			role: Role::Laboratory,
		}),
	);
	s.push(
		Advance::None,
		Actor::Business,
		organizations(OrganizationsCall::revoke_role {
			organization: NEW_CLINIC,
			role: Role::Laboratory,
		}),
	);
}

/// Blocks 12 to 15, a month each.
fn later_months(s: &mut Scenario, records: &Records, consents: &Consents) {
	use Actor::*;
	// Block 12: Bob steps down as One's guardian (One has come of age); the laboratory anchors
	// Alice's follow-up result.
	s.push(
		Advance::Month,
		Bob,
		consent(ConsentCall::remove_proxy { subject: account(One), proxy: account(Bob) }),
	);
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::anchor_version {
			record: records.lab_result,
			commitment: commitment(DOCUMENT, 20),
		}),
	);

	// Block 13: the new clinic leaves the consortium; Charlie returns with an insurer.
	s.push(
		Advance::Month,
		Business,
		organizations(OrganizationsCall::remove { organization: NEW_CLINIC }),
	);
	s.push(
		Advance::None,
		Business,
		organizations(OrganizationsCall::admit {
			admin: account(Charlie),
			roles: BoundedVec::truncate_from(vec![Role::Insurer]),
			credentials: commitment(CREDENTIALS, 10),
		}),
	);

	// Block 14: Alice lets the clinic see her encounters again; the clinic records a visit and
	// logs its own access.
	let alice_clinic = s.grant(
		Advance::Month,
		Alice,
		Alice,
		permit(
			Grantee::Organization(CLINIC),
			&[DataClass::Encounters],
			&[Purpose::Treatment],
			&[Action::Access],
		),
	);
	let visit = record_id(CLINIC, &local_id(7));
	s.push(
		Advance::None,
		Eve,
		records_call(RecordsCall::anchor {
			local_id: local_id(7),
			subject: account(Alice),
			class: DataClass::Encounters,
			commitment: commitment(DOCUMENT, 21),
		}),
	);
	s.push(
		Advance::None,
		Eve,
		records_call(RecordsCall::log_access {
			record: visit,
			accessor: CLINIC,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(alice_clinic),
		}),
	);

	// Block 15: the hospital records One's prescription and reads it on One's consent; the
	// laboratory anchors Alice's next follow-up result.
	let prescription = record_id(HOSPITAL, &local_id(8));
	s.push(
		Advance::Month,
		Dave,
		records_call(RecordsCall::anchor {
			local_id: local_id(8),
			subject: account(One),
			class: DataClass::Medications,
			commitment: commitment(DOCUMENT, 22),
		}),
	);
	s.push(
		Advance::None,
		Dave,
		records_call(RecordsCall::log_access {
			record: prescription,
			accessor: HOSPITAL,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(consents.one_hospital),
		}),
	);
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::anchor_version {
			record: records.lab_result,
			commitment: commitment(DOCUMENT, 23),
		}),
	);
}

/// Block 16, a year on: the recruiting trial, without news for twelve months, is flagged
/// stale; the hospital's access to Alice's latest result is logged; emergency access to Bob is
/// left open; a referendum is left deciding with two ayes.
fn a_year_on(s: &mut Scenario, records: &Records, consents: &Consents, trials: &Trials) {
	use Actor::*;
	let advance =
		s.wait_until(trials.recruiting_updated_at.saturating_add(TWELVE_MONTHS), Advance::Month);
	s.push(advance, FerdieStash, trials_call(TrialsCall::check_flags { trial: trials.recruiting }));
	s.push(
		Advance::None,
		Ferdie,
		records_call(RecordsCall::log_access {
			record: records.lab_result,
			accessor: HOSPITAL,
			purpose: Purpose::Treatment,
			basis: AccessBasis::Consent(consents.alice_hospital),
		}),
	);
	s.open_break_glass(Advance::None, Dave, Bob, 12 * HOUR_MS);
	let poll = s.propose(
		Advance::None,
		Dave,
		organizations(OrganizationsCall::grant_role {
			organization: NEW_INSURER,
			role: Role::Clinic,
		}),
	);
	for voter in [Dave, Eve] {
		s.push(Advance::None, voter, organizations(OrganizationsCall::vote { poll, aye: true }));
	}
}

/// What the years after the first need.
struct Kept {
	/// Alice's lab result, which gets a new version every year.
	lab_result: RecordId,
	/// When Alice's first accesses were logged (ms).
	alice_first_accesses_at: Moment,
	/// Ended packs of the short-dated batch.
	removable: Vec<PackKey>,
	/// When their retention has passed (ms).
	removable_from: Moment,
	/// The claim the hospital withdrew.
	withdrawn_claim: ClaimId,
	/// When it was withdrawn (ms).
	withdrawn_at: Moment,
	/// One's ended coverage.
	ended_coverage: CoverageId,
	/// Its last day.
	ended_on: Day,
}

/// The years after the first: six years after Alice's first accesses, her app prunes them from
/// her log; seven years after the hospital withdrew its claim it is removed, and One's ended
/// coverage a year after its last day; six years after the short-dated batch expired (in 2000),
/// its ended packs' records are removed.
fn years_later(s: &mut Scenario, kept: &Kept) {
	s.yearly = Some(kept.lab_result);
	let advance = s.wait_until(
		kept.alice_first_accesses_at.saturating_add(RecordAccessLogRetention::get()),
		Advance::Decade,
	);
	s.push(
		advance,
		Actor::Alice,
		records_call(RecordsCall::prune_access_log { subject: account(Actor::Alice) }),
	);
	// A coverage goes once today is past its last day and the claim window after it.
	let window: Day = <Runtime as pallet_claims::Config>::ClaimWindow::get();
	let coverage_removable_from =
		Moment::from(kept.ended_on.saturating_add(window).saturating_add(1)).saturating_mul(DAY);
	let advance = s.wait_until(
		kept.withdrawn_at.saturating_add(ClaimRetention::get()).max(coverage_removable_from),
		Advance::Decade,
	);
	s.push(
		advance,
		Actor::Charlie,
		claims_call(ClaimsCall::remove_claim { claim: kept.withdrawn_claim }),
	);
	s.push(
		Advance::None,
		Actor::Charlie,
		claims_call(ClaimsCall::remove_coverage { coverage: kept.ended_coverage }),
	);
	let mut advance = s.wait_until(kept.removable_from, Advance::Decade);
	for key in &kept.removable {
		s.push(
			advance,
			Actor::Charlie,
			provenance_call(ProvenanceCall::remove_pack { pack: key.clone() }),
		);
		advance = Advance::None;
	}
	s.yearly = None;
}

#[cfg(test)]
mod tests {}
