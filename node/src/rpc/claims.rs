//! Insurance claims over JSON-RPC: a claim as a FHIR R5 ClaimResponse-shaped resource and as an
//! ExplanationOfBenefit, pages of a provider's or a payer's claims and of claims with fraud
//! signals, a patient's coverages on a date (CoverageEligibilityResponse-shaped) and a policy
//! version with its rule table. Answers come from the runtime's `ClaimsApi` at the best block, or
//! at the block given as the last parameter.
//!
//! Conventions:
//! - Dates (days since 1970-01-01) are ISO 8601 dates, `"2026-11-22"`, in answers and in
//!   parameters; times (ms) are ISO 8601 date-times in FHIR and ms numbers in plain JSON, as in
//!   the other modules.
//! - Amounts are in the settlement currency's smallest unit (cents). In HealthChain's plain JSON
//!   they are strings of digits, `"12550"`: exact, where a JSON number loses digits above 2^53.
//!   In FHIR they are `Money` in US dollars: `{"value": 125.5, "currency": "USD", "extension":
//!   [{"url": "https://healthchain.example/fhir/minor-units", "valueString": "12550"}]}`. `value`
//!   is the amount in major units (amount / 100) as a JSON number: exact below 2^52 cents (45
//!   trillion dollars), the nearest double above; the extension always holds the exact amount.
//! - Patients are pseudonyms, shown as SS58 addresses in the chain's format (`params::ss58`) and
//!   taken as SS58 or `0x` hex; organisations are their registry ids; commitments and record ids
//!   are `0x` and 64 hex digits.
//! - FHIR shapes follow R5: `decision` and `item.reviewOutcome.decision` carry the
//!   claim-decision codes (approved, denied, partial, pending); the adjudication categories are
//!   `submitted` (billed) and `benefit` (approved, once decided). What FHIR has no element for
//!   (fraud signals, settlement, units and pack of a ClaimResponse item) is in extensions under
//!   `https://healthchain.example/fhir/`, and `healthchain_claim` also carries the plain claim
//!   under `healthchain` so that apps need not read FHIR.

use std::sync::Arc;

use healthchain_primitives::{
	claims::{
		ClaimDecision, ClaimId, ClaimInfo, ClaimStatus, ClaimUse, ClaimsApi, CoverageId,
		CoverageInfo, Day, LineInfo, Outcome, Party, PolicyId, PolicyInfo, ReasonCode, Rule,
		ServiceCode, Settlement, Signal,
	},
	OrganizationId,
};
pub use healthchain_rpc_api::claims::ClaimsRpcServer;
use healthchain_runtime::{
	opaque::{Block, Hash},
	AccountId,
};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::{ApiExt, ProvideRuntimeApi};

use super::params::{
	account, block, day_to_iso, internal, iso8601, iso_to_day, now_ms, one_of, page_limit, ss58,
	today,
};
use crate::service::ParachainClient;

/// The currency of FHIR `Money` (amounts on chain are in its smallest unit, cents).
pub const CURRENCY: &str = "USD";

/// Identifier system of patient pseudonyms (their SS58 addresses).
pub const PSEUDONYM_SYSTEM: &str = "urn:healthchain:account";

/// Identifier system of organisations (their registry ids).
pub const ORGANIZATION_SYSTEM: &str = "urn:healthchain:organization";

/// Code system of HCPCS Level II codes (HL7 Terminology).
pub const HCPCS_SYSTEM: &str = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

/// Code system of GTINs (HL7 Terminology).
pub const GTIN_SYSTEM: &str = "https://www.gs1.org/gtin";

/// Code system of HealthChain's reasons (the camelCase names of `ReasonCode`).
pub const REASON_SYSTEM: &str = "https://healthchain.example/fhir/claim-reason";

/// Extension: an amount's exact minor units, as a string of digits.
pub const MINOR_UNITS_URL: &str = "https://healthchain.example/fhir/minor-units";

/// Extension of a ClaimResponse item: the billed code.
pub const PRODUCT_URL: &str = "https://healthchain.example/fhir/product-or-service";

/// Extension of a ClaimResponse item: the billed units.
pub const UNITS_URL: &str = "https://healthchain.example/fhir/units";

/// Extension of an item: the serial of the dispensed pack (drug lines).
pub const PACK_SERIAL_URL: &str = "https://healthchain.example/fhir/pack-serial";

/// Extension of a ClaimResponse or ExplanationOfBenefit, once per fraud signal raised.
pub const SIGNAL_URL: &str = "https://healthchain.example/fhir/fraud-signal";

/// Extension of a payment: where settlement stands.
pub const SETTLEMENT_URL: &str = "https://healthchain.example/fhir/settlement";

/// Extension of a payment: the commitment to the remittance.
pub const REMITTANCE_URL: &str = "https://healthchain.example/fhir/remittance";

/// Page size when none is given.
pub const DEFAULT_LIMIT: u32 = 20;

/// Largest page (the runtime's too).
pub const MAX_LIMIT: u32 = 100;

/// Whose claims `healthchain_claimsOf` lists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
	Provider,
	Payer,
}

const SIDES: [(Side, &str); 2] = [(Side::Provider, "provider"), (Side::Payer, "payer")];

fn status_name(status: ClaimStatus) -> &'static str {
	match status {
		ClaimStatus::Active => "active",
		ClaimStatus::Cancelled => "cancelled",
		ClaimStatus::EnteredInError => "enteredInError",
	}
}

/// The claim's status as a FHIR financial resource status.
fn fhir_status(status: ClaimStatus) -> &'static str {
	match status {
		ClaimStatus::Active => "active",
		ClaimStatus::Cancelled => "cancelled",
		ClaimStatus::EnteredInError => "entered-in-error",
	}
}

fn use_code(use_: ClaimUse) -> &'static str {
	match use_ {
		ClaimUse::Claim => "claim",
		ClaimUse::Preauthorization => "preauthorization",
	}
}

/// The FHIR `outcome` code; the plain JSON uses the same names.
fn outcome_code(outcome: Outcome) -> &'static str {
	match outcome {
		Outcome::Queued => "queued",
		Outcome::Complete => "complete",
		Outcome::Partial => "partial",
		Outcome::Error => "error",
	}
}

/// The claim-decision code; the plain JSON uses the same names.
fn decision_code(decision: ClaimDecision) -> &'static str {
	match decision {
		ClaimDecision::Pending => "pending",
		ClaimDecision::Approved => "approved",
		ClaimDecision::Partial => "partial",
		ClaimDecision::Denied => "denied",
	}
}

fn settlement_name(settlement: Settlement) -> &'static str {
	match settlement {
		Settlement::None => "none",
		Settlement::Instructed => "instructed",
		Settlement::Confirmed => "confirmed",
		Settlement::Disputed => "disputed",
	}
}

/// A reason's name and its display.
fn reason(reason: ReasonCode) -> (&'static str, &'static str) {
	match reason {
		ReasonCode::NotCovered => ("notCovered", "Service not covered by the policy"),
		ReasonCode::UnitsExceeded => ("unitsExceeded", "Units above the policy's limit"),
		ReasonCode::AmountExceeded => ("amountExceeded", "Amount above the policy's fee schedule"),
		ReasonCode::PriorAuthRequired => ("priorAuthRequired", "Prior authorization required"),
		ReasonCode::Duplicate => ("duplicate", "The same service was billed before"),
		ReasonCode::FactsNotVerified => {
			("factsNotVerified", "The facts the claim rests on failed the chain's checks")
		},
		ReasonCode::NotNecessary => ("notNecessary", "Not medically necessary"),
		ReasonCode::InsufficientDocumentation => {
			("insufficientDocumentation", "Documentation insufficient")
		},
		ReasonCode::OtherPayerPrimary => ("otherPayerPrimary", "Another payer is primary"),
		ReasonCode::Other => ("other", "Other reason, given in the response document"),
	}
}

fn signal_name(signal: Signal) -> &'static str {
	match signal {
		Signal::Duplicate => "duplicate",
		Signal::NotDispensed => "notDispensed",
		Signal::DispensedElsewhere => "dispensedElsewhere",
		Signal::NoEncounter => "noEncounter",
		Signal::ProviderNotActive => "providerNotActive",
	}
}

/// The code system of a billed code.
fn code_system(code: &ServiceCode) -> &'static str {
	if code.is_drug() {
		GTIN_SYSTEM
	} else {
		HCPCS_SYSTEM
	}
}

/// A billed code as a FHIR CodeableConcept.
fn service_concept(code: &ServiceCode) -> Value {
	json!({ "coding": [{ "system": code_system(code), "code": code.to_text() }] })
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// A pack serial, if the line names a non-empty one (FHIR strings are never empty).
fn pack_serial(line: &LineInfo) -> Option<String> {
	line.pack.as_deref().filter(|serial| !serial.is_empty()).map(text)
}

/// An amount in minor units as FHIR `Money` (see the module's documentation).
pub fn money(amount: u128) -> Value {
	// The decimal parsed as f64 is the double nearest the exact amount in major units.
	let value = format!("{}.{:02}", amount / 100, amount % 100)
		.parse::<f64>()
		.ok()
		.and_then(serde_json::Number::from_f64)
		.map_or(Value::Null, Value::Number);
	json!({
		"value": value,
		"currency": CURRENCY,
		"extension": [{ "url": MINOR_UNITS_URL, "valueString": amount.to_string() }],
	})
}

fn patient_reference(patient: &AccountId) -> Value {
	json!({
		"type": "Patient",
		"identifier": { "system": PSEUDONYM_SYSTEM, "value": ss58(patient) },
	})
}

fn organization_reference(org: OrganizationId) -> Value {
	json!({
		"type": "Organization",
		"identifier": { "system": ORGANIZATION_SYSTEM, "value": org.to_string() },
	})
}

/// The identifier the chain gives claim `id` in FHIR (`Claim` references, `preAuthRef`).
fn claim_ref(id: ClaimId) -> String {
	format!("claim-{id}")
}

fn claim_reference(id: ClaimId) -> Value {
	json!({ "type": "Claim", "identifier": { "value": claim_ref(id) } })
}

fn coverage_reference(id: CoverageId) -> Value {
	json!({ "reference": format!("Coverage/{id}") })
}

/// `pharmacy` when every line bills a drug, else `professional` (FHIR claim-type).
fn claim_type(c: &ClaimInfo<AccountId>) -> Value {
	let pharmacy = !c.lines.is_empty() && c.lines.iter().all(|l| l.code.is_drug());
	let code = if pharmacy { "pharmacy" } else { "professional" };
	json!({ "coding": [{
		"system": "http://terminology.hl7.org/CodeSystem/claim-type",
		"code": code,
	}]})
}

fn decision_concept(decision: ClaimDecision) -> Value {
	json!({ "coding": [{
		"system": "http://hl7.org/fhir/claim-decision",
		"code": decision_code(decision),
	}]})
}

/// A line's own decision: the claim's, except that the lines of a partly approved claim are
/// approved, partly approved or denied by what was approved of them.
fn line_decision(claim: ClaimDecision, line: &LineInfo) -> ClaimDecision {
	match claim {
		ClaimDecision::Partial if line.approved == 0 => ClaimDecision::Denied,
		ClaimDecision::Partial if line.approved >= line.amount => ClaimDecision::Approved,
		other => other,
	}
}

fn category(code: &str) -> Value {
	json!({ "coding": [{
		"system": "http://terminology.hl7.org/CodeSystem/adjudication",
		"code": code,
	}]})
}

/// `submitted` (billed) and, once decided, `benefit` (approved) amounts: the shape of an
/// item's `adjudication` and of `total`.
fn amounts(decision: ClaimDecision, billed: u128, approved: u128) -> Vec<Value> {
	let mut list = vec![json!({ "category": category("submitted"), "amount": money(billed) })];
	if decision != ClaimDecision::Pending {
		list.push(json!({ "category": category("benefit"), "amount": money(approved) }));
	}
	list
}

fn signal_extensions(c: &ClaimInfo<AccountId>) -> Vec<Value> {
	c.signals.iter().map(|s| json!({ "url": SIGNAL_URL, "valueCode": signal_name(*s) })).collect()
}

/// The payment once settlement has begun: the approved amount, where settlement stands and the
/// remittance commitment.
fn payment(c: &ClaimInfo<AccountId>) -> Option<Value> {
	if c.settlement == Settlement::None {
		return None;
	}
	let mut extension =
		vec![json!({ "url": SETTLEMENT_URL, "valueCode": settlement_name(c.settlement) })];
	if let Some(remittance) = c.remittance {
		extension.push(json!({ "url": REMITTANCE_URL, "valueString": format!("{remittance:?}") }));
	}
	Some(json!({
		"type": { "coding": [{
			"system": "http://terminology.hl7.org/CodeSystem/ex-paymenttype",
			"code": "complete",
		}]},
		"amount": money(c.approved),
		"extension": extension,
	}))
}

fn line_json(l: &LineInfo) -> Value {
	json!({
		"sequence": l.sequence,
		"code": l.code.to_text(),
		"system": code_system(&l.code),
		"units": l.units,
		"amount": l.amount.to_string(),
		"approved": l.approved.to_string(),
		"pack": l.pack.as_deref().map(text),
		"used": { "units": l.used.0, "amount": l.used.1.to_string() },
	})
}

/// A claim in HealthChain's plain JSON (lists, and `healthchain` in the ClaimResponse).
pub fn claim_json(c: &ClaimInfo<AccountId>) -> Value {
	json!({
		"id": c.id,
		"use": use_code(c.use_),
		"status": status_name(c.status),
		"outcome": outcome_code(c.outcome),
		"decision": decision_code(c.decision),
		"provider": c.provider,
		"payer": c.payer,
		"coverage": c.coverage,
		"policy": [c.policy.0, c.policy.1],
		"patient": ss58(&c.patient),
		"serviceDate": day_to_iso(c.service_date),
		"bundle": c.bundle,
		"encounter": c.encounter,
		"priorAuth": c.prior_auth,
		"lines": c.lines.iter().map(line_json).collect::<Vec<_>>(),
		"billed": c.billed.to_string(),
		"approved": c.approved.to_string(),
		"reasons": c.reasons.iter().map(|r| reason(*r).0).collect::<Vec<_>>(),
		"signals": c.signals.iter().map(|s| signal_name(*s)).collect::<Vec<_>>(),
		"response": c.response,
		"appealed": c.appealed,
		"autoAdjudicated": c.auto_adjudicated,
		"settlement": settlement_name(c.settlement),
		"remittance": c.remittance,
		"submittedAt": c.submitted_at,
		"updatedAt": c.updated_at,
	})
}

/// A claim as a FHIR R5 ClaimResponse-shaped resource, its plain JSON under `healthchain`.
/// Items carry their adjudication (submitted, benefit once decided) and decision, and the billed
/// code, units and pack in extensions (ClaimResponse items have no element for them); reasons
/// are `error` entries, signals `fraud-signal` extensions.
pub fn claim_response_json(c: &ClaimInfo<AccountId>) -> Value {
	let items: Vec<Value> = c
		.lines
		.iter()
		.map(|l| {
			let mut extension = vec![
				json!({ "url": PRODUCT_URL, "valueCodeableConcept": service_concept(&l.code) }),
				json!({ "url": UNITS_URL, "valueUnsignedInt": l.units }),
			];
			if let Some(serial) = pack_serial(l) {
				extension.push(json!({ "url": PACK_SERIAL_URL, "valueString": serial }));
			}
			json!({
				"itemSequence": l.sequence,
				"reviewOutcome": { "decision": decision_concept(line_decision(c.decision, l)) },
				"adjudication": amounts(c.decision, l.amount, l.approved),
				"extension": extension,
			})
		})
		.collect();
	let mut response = json!({
		"resourceType": "ClaimResponse",
		"id": c.id.to_string(),
		"status": fhir_status(c.status),
		"type": claim_type(c),
		"use": use_code(c.use_),
		"patient": patient_reference(&c.patient),
		"created": iso8601(c.submitted_at),
		"insurer": organization_reference(c.payer),
		"requestor": organization_reference(c.provider),
		"request": claim_reference(c.id),
		"outcome": outcome_code(c.outcome),
		"decision": decision_concept(c.decision),
		"insurance": [{
			"sequence": 1,
			"focal": true,
			"coverage": coverage_reference(c.coverage),
		}],
		"total": amounts(c.decision, c.billed, c.approved),
		"healthchain": claim_json(c),
	});
	if !items.is_empty() {
		response["item"] = Value::Array(items);
	}
	if c.use_ == ClaimUse::Preauthorization {
		response["preAuthRef"] = json!(claim_ref(c.id));
	}
	if let Some(payment) = payment(c) {
		response["payment"] = payment;
	}
	if !c.reasons.is_empty() {
		response["error"] = c
			.reasons
			.iter()
			.map(|r| {
				let (code, display) = reason(*r);
				json!({ "code": { "coding": [{
					"system": REASON_SYSTEM, "code": code, "display": display,
				}]}})
			})
			.collect();
	}
	if !c.signals.is_empty() {
		response["extension"] = Value::Array(signal_extensions(c));
	}
	response
}

/// A claim as a FHIR R5 ExplanationOfBenefit-shaped resource: the billable period is the
/// service date, items carry code, units, billed amount, adjudication and decision, reasons are
/// process notes and signals `fraud-signal` extensions.
pub fn eob_json(c: &ClaimInfo<AccountId>) -> Value {
	let service_date = day_to_iso(c.service_date);
	let items: Vec<Value> = c
		.lines
		.iter()
		.map(|l| {
			let mut item = json!({
				"sequence": l.sequence,
				"productOrService": service_concept(&l.code),
				"servicedDate": service_date,
				"quantity": { "value": l.units },
				"net": money(l.amount),
				"reviewOutcome": { "decision": decision_concept(line_decision(c.decision, l)) },
				"adjudication": amounts(c.decision, l.amount, l.approved),
			});
			if let Some(serial) = pack_serial(l) {
				item["extension"] = json!([{ "url": PACK_SERIAL_URL, "valueString": serial }]);
			}
			item
		})
		.collect();
	let mut insurance = json!({ "focal": true, "coverage": coverage_reference(c.coverage) });
	if let Some(prior) = c.prior_auth {
		insurance["preAuthRef"] = json!([claim_ref(prior)]);
	}
	let mut eob = json!({
		"resourceType": "ExplanationOfBenefit",
		"id": c.id.to_string(),
		"status": fhir_status(c.status),
		"type": claim_type(c),
		"use": use_code(c.use_),
		"patient": patient_reference(&c.patient),
		"billablePeriod": { "start": service_date, "end": service_date },
		"created": iso8601(c.submitted_at),
		"insurer": organization_reference(c.payer),
		"provider": organization_reference(c.provider),
		"claim": claim_reference(c.id),
		"claimResponse": { "reference": format!("ClaimResponse/{}", c.id) },
		"outcome": outcome_code(c.outcome),
		"decision": decision_concept(c.decision),
		"insurance": [insurance],
		"total": amounts(c.decision, c.billed, c.approved),
	});
	if !items.is_empty() {
		eob["item"] = Value::Array(items);
	}
	if c.use_ == ClaimUse::Preauthorization {
		eob["preAuthRef"] = json!([claim_ref(c.id)]);
	}
	if let Some(payment) = payment(c) {
		eob["payment"] = payment;
	}
	if !c.reasons.is_empty() {
		eob["processNote"] = c
			.reasons
			.iter()
			.zip(1u32..)
			.map(|(r, number)| {
				json!({
					"number": number,
					"type": { "coding": [{
						"system": "http://hl7.org/fhir/note-type", "code": "display",
					}]},
					"text": reason(*r).1,
				})
			})
			.collect();
	}
	if !c.signals.is_empty() {
		eob["extension"] = Value::Array(signal_extensions(c));
	}
	eob
}

/// A page of claims in plain JSON: `{claims, next}`, `next` the last id when the page is full
/// (pass it as `after` for the next page), else `null`.
pub fn page_json(claims: &[ClaimInfo<AccountId>], limit: u32) -> Value {
	let full = claims.len() >= limit as usize;
	json!({
		"claims": claims.iter().map(claim_json).collect::<Vec<_>>(),
		"next": claims.last().filter(|_| full).map(|c| c.id),
	})
}

/// `patient`'s coverages in force on `day` as a FHIR R5 CoverageEligibilityResponse-shaped
/// resource (created at `now`, ms), the plain answer under `healthchain`: `{patient, date,
/// eligible, coverages}`. `insurer` is given when every coverage is with one payer.
pub fn eligibility_json(
	patient: &AccountId,
	day: Day,
	coverages: &[CoverageInfo<AccountId>],
	now: u64,
) -> Value {
	let date = day_to_iso(day);
	let mut response = json!({
		"resourceType": "CoverageEligibilityResponse",
		"status": "active",
		"purpose": ["validation"],
		"patient": patient_reference(patient),
		"servicedDate": date,
		"created": iso8601(now),
		"request": {
			"type": "CoverageEligibilityRequest",
			"display": format!("healthchain_eligibility on {date}"),
		},
		"outcome": "complete",
		"healthchain": {
			"patient": ss58(patient),
			"date": date,
			"eligible": !coverages.is_empty(),
			"coverages": coverages.iter().map(|c| json!({
				"id": c.id,
				"payer": c.payer,
				"policy": c.policy,
				"start": day_to_iso(c.start),
				"end": day_to_iso(c.end),
			})).collect::<Vec<_>>(),
		},
	});
	if let Some(first) = coverages.first() {
		if coverages.iter().all(|c| c.payer == first.payer) {
			response["insurer"] = organization_reference(first.payer);
		}
		response["insurance"] = coverages
			.iter()
			.map(|c| {
				json!({
					"coverage": coverage_reference(c.id),
					"inforce": true,
					"benefitPeriod": { "start": day_to_iso(c.start), "end": day_to_iso(c.end) },
				})
			})
			.collect();
	}
	response
}

fn rule_json(r: &Rule) -> Value {
	json!({
		"code": r.code.to_text(),
		"system": code_system(&r.code),
		"maxUnitAmount": r.max_unit_amount.to_string(),
		"maxUnits": r.max_units,
		"priorAuth": r.prior_auth,
	})
}

/// A policy version as JSON.
pub fn policy_json(p: &PolicyInfo) -> Value {
	json!({
		"id": p.id,
		"payer": p.payer,
		"version": p.version,
		"latest": p.latest,
		"document": p.document,
		"validFrom": day_to_iso(p.valid_from),
		"validUntil": day_to_iso(p.valid_until),
		"rules": p.rules.iter().map(rule_json).collect::<Vec<_>>(),
	})
}

/// Implementation of [`ClaimsRpcServer`].
pub struct ClaimsRpcImpl {
	client: Arc<ParachainClient>,
}

impl ClaimsRpcImpl {
	/// Serves the claims methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}

	/// The block to answer at, refused if its runtime predates the claims API.
	fn at(&self, at: Option<Hash>) -> RpcResult<Hash> {
		let at = block(&self.client, at)?;
		let has_api = self
			.client
			.runtime_api()
			.has_api::<dyn ClaimsApi<Block, AccountId>>(at)
			.map_err(api_error)?;
		if !has_api {
			return Err(internal(format!(
				"the runtime at block {at:?} has no ClaimsApi: claims came with a later runtime"
			)));
		}
		Ok(at)
	}

	fn get(&self, id: ClaimId, at: Option<Hash>) -> RpcResult<Option<ClaimInfo<AccountId>>> {
		let at = self.at(at)?;
		self.client.runtime_api().claim(at, id).map_err(api_error)
	}
}

fn api_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	internal(format!("the runtime's ClaimsApi failed: {e}"))
}

impl ClaimsRpcServer for ClaimsRpcImpl {
	fn claim(&self, id: ClaimId, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.get(id, at)?.as_ref().map_or(Value::Null, claim_response_json))
	}

	fn claims_of(
		&self,
		party: String,
		organization: OrganizationId,
		after: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let party = match one_of("party", &party, &SIDES)? {
			Side::Provider => Party::Provider(organization),
			Side::Payer => Party::Payer(organization),
		};
		let limit = page_limit(limit, DEFAULT_LIMIT, MAX_LIMIT)?;
		let at = self.at(at)?;
		let claims =
			self.client.runtime_api().claims_of(at, party, after, limit).map_err(api_error)?;
		Ok(page_json(&claims, limit))
	}

	fn eligibility(
		&self,
		patient: String,
		date: Option<String>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let patient = account(&patient)?;
		let day = date.as_deref().map(iso_to_day).transpose()?.unwrap_or_else(today);
		let at = self.at(at)?;
		let coverages =
			self.client.runtime_api().eligibility(at, patient.clone(), day).map_err(api_error)?;
		Ok(eligibility_json(&patient, day, &coverages, now_ms()))
	}

	fn explanation_of_benefit(&self, id: ClaimId, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.get(id, at)?.as_ref().map_or(Value::Null, eob_json))
	}

	fn policy(&self, id: PolicyId, version: Option<u32>, at: Option<Hash>) -> RpcResult<Value> {
		let at = self.at(at)?;
		let policy = self.client.runtime_api().policy(at, id, version).map_err(api_error)?;
		Ok(policy.as_ref().map_or(Value::Null, policy_json))
	}

	fn claims_flagged(
		&self,
		after: Option<ClaimId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let limit = page_limit(limit, DEFAULT_LIMIT, MAX_LIMIT)?;
		let at = self.at(at)?;
		let claims = self.client.runtime_api().flagged(at, after, limit).map_err(api_error)?;
		Ok(page_json(&claims, limit))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use healthchain_primitives::provenance::Gtin;
	use sp_keyring::Sr25519Keyring;

	const GTIN: Gtin = Gtin(9_506_000_134_352);

	fn line(sequence: u32, code: ServiceCode, amount: u128, approved: u128) -> LineInfo {
		LineInfo { sequence, code, units: 2, amount, pack: None, approved, used: (0, 0) }
	}

	/// A claim partly approved: an HCPCS line approved in full, a drug line denied.
	fn sample() -> ClaimInfo<AccountId> {
		let mut drug = line(2, ServiceCode::Drug(GTIN), 2_000, 0);
		drug.pack = Some(b"S1".to_vec());
		ClaimInfo {
			id: 7,
			use_: ClaimUse::Claim,
			provider: 3,
			payer: 4,
			coverage: 11,
			policy: (5, 2),
			patient: Sr25519Keyring::Alice.to_account_id(),
			service_date: 20_779,
			bundle: Hash::repeat_byte(1),
			encounter: Some(Hash::repeat_byte(2)),
			prior_auth: Some(6),
			lines: vec![line(1, ServiceCode::Hcpcs(*b"J1100"), 12_550, 12_550), drug],
			status: ClaimStatus::Active,
			outcome: Outcome::Partial,
			decision: ClaimDecision::Partial,
			reasons: vec![ReasonCode::NotCovered],
			signals: vec![Signal::Duplicate, Signal::NoEncounter],
			billed: 14_550,
			approved: 12_550,
			response: Some(Hash::repeat_byte(3)),
			appealed: false,
			auto_adjudicated: false,
			settlement: Settlement::Instructed,
			remittance: Some(Hash::repeat_byte(4)),
			submitted_at: 1_795_317_600_123,
			updated_at: 1_795_317_700_000,
		}
	}

	fn no_empty_string(value: &Value) -> bool {
		match value {
			Value::String(s) => !s.is_empty(),
			Value::Array(list) => list.iter().all(no_empty_string),
			Value::Object(map) => map.values().all(no_empty_string),
			_ => true,
		}
	}

	fn codes(list: &Value) -> Vec<&str> {
		list.as_array()
			.map(|l| l.iter().filter_map(|a| a["category"]["coding"][0]["code"].as_str()).collect())
			.unwrap_or_default()
	}

	#[test]
	fn money_is_major_units_with_the_exact_minor_units_beside() {
		let m = money(12_550);
		assert_eq!(m["value"], json!(125.5));
		assert_eq!(m["currency"], "USD");
		assert_eq!(m["extension"][0]["url"], MINOR_UNITS_URL);
		assert_eq!(m["extension"][0]["valueString"], "12550");
		assert_eq!(money(0)["value"], json!(0.0));
		assert_eq!(money(7)["value"], json!(0.07));
		assert_eq!(money(4_503_599_627_370_495)["value"], json!(45_035_996_273_704.95));
		let huge = money(u128::MAX);
		assert!(huge["value"].is_f64(), "a number, if not exact: {huge}");
		assert_eq!(huge["extension"][0]["valueString"], u128::MAX.to_string());
	}

	#[test]
	fn claim_response_has_the_r5_shape() {
		let r = claim_response_json(&sample());
		assert_eq!(r["resourceType"], "ClaimResponse");
		assert_eq!(r["id"], "7");
		assert_eq!(r["status"], "active");
		assert_eq!(r["use"], "claim");
		assert_eq!(r["outcome"], "partial");
		assert_eq!(r["type"]["coding"][0]["code"], "professional", "not every line is a drug");
		assert_eq!(r["decision"]["coding"][0]["system"], "http://hl7.org/fhir/claim-decision");
		assert_eq!(r["decision"]["coding"][0]["code"], "partial");
		assert_eq!(r["created"], "2026-11-22T03:20:00.123Z");
		let alice = ss58(&Sr25519Keyring::Alice.to_account_id());
		assert_eq!(r["patient"]["identifier"]["system"], PSEUDONYM_SYSTEM);
		assert_eq!(r["patient"]["identifier"]["value"], alice);
		assert_eq!(r["insurer"]["identifier"]["value"], "4");
		assert_eq!(r["requestor"]["identifier"]["value"], "3");
		assert_eq!(r["request"]["identifier"]["value"], "claim-7");
		assert_eq!(r["insurance"][0]["coverage"]["reference"], "Coverage/11");
		assert_eq!(r.get("preAuthRef"), None, "a claim, not a preauthorization");
		assert!(no_empty_string(&r), "{r}");
	}

	#[test]
	fn claim_response_items_carry_adjudication_code_and_decision() {
		let r = claim_response_json(&sample());
		let first = &r["item"][0];
		assert_eq!(first["itemSequence"], 1);
		assert_eq!(codes(&first["adjudication"]), vec!["submitted", "benefit"]);
		assert_eq!(first["adjudication"][0]["amount"]["value"], json!(125.5));
		assert_eq!(first["adjudication"][1]["amount"]["value"], json!(125.5));
		assert_eq!(first["reviewOutcome"]["decision"]["coding"][0]["code"], "approved");
		let code = &first["extension"][0];
		assert_eq!(code["url"], PRODUCT_URL);
		assert_eq!(code["valueCodeableConcept"]["coding"][0]["system"], HCPCS_SYSTEM);
		assert_eq!(code["valueCodeableConcept"]["coding"][0]["code"], "J1100");
		assert_eq!(first["extension"][1]["valueUnsignedInt"], 2);
		let drug = &r["item"][1];
		let drug_code = &drug["extension"][0]["valueCodeableConcept"]["coding"][0];
		assert_eq!(drug_code["system"], GTIN_SYSTEM);
		assert_eq!(drug_code["code"], "09506000134352", "14 digits");
		assert_eq!(drug["extension"][2]["url"], PACK_SERIAL_URL);
		assert_eq!(drug["extension"][2]["valueString"], "S1");
		assert_eq!(drug["adjudication"][1]["amount"]["value"], json!(0.0));
		assert_eq!(drug["reviewOutcome"]["decision"]["coding"][0]["code"], "denied");
		assert_eq!(codes(&r["total"]), vec!["submitted", "benefit"]);
		assert_eq!(r["total"][0]["amount"]["extension"][0]["valueString"], "14550");
		assert_eq!(r["total"][1]["amount"]["extension"][0]["valueString"], "12550");
	}

	#[test]
	fn claim_response_lists_reasons_signals_and_payment() {
		let r = claim_response_json(&sample());
		assert_eq!(r["error"][0]["code"]["coding"][0]["system"], REASON_SYSTEM);
		assert_eq!(r["error"][0]["code"]["coding"][0]["code"], "notCovered");
		let signals: Vec<&str> = r["extension"]
			.as_array()
			.map(|list| list.iter().filter_map(|e| e["valueCode"].as_str()).collect())
			.unwrap_or_default();
		assert_eq!(signals, vec!["duplicate", "noEncounter"]);
		assert_eq!(r["extension"][0]["url"], SIGNAL_URL);
		assert_eq!(r["payment"]["type"]["coding"][0]["code"], "complete");
		assert_eq!(r["payment"]["amount"]["value"], json!(125.5));
		assert_eq!(r["payment"]["extension"][0]["valueCode"], "instructed");
		let remittance = format!("{:?}", Hash::repeat_byte(4));
		assert_eq!(r["payment"]["extension"][1]["valueString"], remittance);
	}

	#[test]
	fn claim_response_carries_the_plain_claim() {
		let response = claim_response_json(&sample());
		let plain = &response["healthchain"];
		assert_eq!(plain, &claim_json(&sample()));
		assert_eq!(plain["coverage"], 11);
		assert_eq!(plain["policy"], json!([5, 2]));
		assert_eq!(plain["serviceDate"], "2026-11-22");
		assert_eq!(plain["bundle"], format!("{:?}", Hash::repeat_byte(1)));
		assert_eq!(plain["response"], format!("{:?}", Hash::repeat_byte(3)));
		assert_eq!(plain["encounter"], format!("{:?}", Hash::repeat_byte(2)));
		assert_eq!(plain["priorAuth"], 6);
		assert_eq!(plain["billed"], "14550");
		assert_eq!(plain["approved"], "12550");
		assert_eq!(plain["settlement"], "instructed");
		assert_eq!(plain["signals"], json!(["duplicate", "noEncounter"]));
		assert_eq!(plain["reasons"], json!(["notCovered"]));
		assert_eq!(plain["autoAdjudicated"], false);
		assert_eq!(plain["lines"][1]["pack"], "S1");
		assert_eq!(plain["lines"][1]["amount"], "2000");
		assert_eq!(plain["lines"][0]["system"], HCPCS_SYSTEM);
	}

	#[test]
	fn statuses_map_to_fhir_and_a_pending_claim_has_no_benefit() {
		let mut c = sample();
		for (status, fhir, plain) in [
			(ClaimStatus::Active, "active", "active"),
			(ClaimStatus::Cancelled, "cancelled", "cancelled"),
			(ClaimStatus::EnteredInError, "entered-in-error", "enteredInError"),
		] {
			c.status = status;
			assert_eq!(claim_response_json(&c)["status"], fhir);
			assert_eq!(eob_json(&c)["status"], fhir);
			assert_eq!(claim_json(&c)["status"], plain);
		}
		c.outcome = Outcome::Queued;
		c.decision = ClaimDecision::Pending;
		c.reasons.clear();
		c.signals.clear();
		c.settlement = Settlement::None;
		c.remittance = None;
		let r = claim_response_json(&c);
		assert_eq!(r["outcome"], "queued");
		assert_eq!(r["decision"]["coding"][0]["code"], "pending");
		assert_eq!(codes(&r["total"]), vec!["submitted"]);
		assert_eq!(codes(&r["item"][1]["adjudication"]), vec!["submitted"]);
		assert_eq!(r["item"][1]["reviewOutcome"]["decision"]["coding"][0]["code"], "pending");
		for absent in ["payment", "error", "extension"] {
			assert_eq!(r.get(absent), None, "{absent}");
		}
	}

	#[test]
	fn drug_only_preauthorizations_are_pharmacy_with_a_preauth_ref() {
		let mut c = sample();
		c.use_ = ClaimUse::Preauthorization;
		c.lines.remove(0);
		let r = claim_response_json(&c);
		assert_eq!(r["use"], "preauthorization");
		assert_eq!(r["type"]["coding"][0]["code"], "pharmacy");
		assert_eq!(r["preAuthRef"], "claim-7");
		assert_eq!(eob_json(&c)["preAuthRef"], json!(["claim-7"]));
	}

	#[test]
	fn explanation_of_benefit_has_the_r5_shape() {
		let eob = eob_json(&sample());
		assert_eq!(eob["resourceType"], "ExplanationOfBenefit");
		assert_eq!(eob["outcome"], "partial");
		assert_eq!(eob["billablePeriod"], json!({ "start": "2026-11-22", "end": "2026-11-22" }));
		assert_eq!(eob["provider"]["identifier"]["value"], "3");
		assert_eq!(eob["insurance"][0]["focal"], true);
		assert_eq!(eob["insurance"][0]["coverage"]["reference"], "Coverage/11");
		assert_eq!(eob["insurance"][0]["preAuthRef"], json!(["claim-6"]));
		assert_eq!(eob["claimResponse"]["reference"], "ClaimResponse/7");
		let item = &eob["item"][0];
		assert_eq!(item["sequence"], 1);
		assert_eq!(item["productOrService"]["coding"][0]["code"], "J1100");
		assert_eq!(item["servicedDate"], "2026-11-22");
		assert_eq!(item["quantity"]["value"], 2);
		assert_eq!(item["net"]["value"], json!(125.5));
		assert_eq!(codes(&item["adjudication"]), vec!["submitted", "benefit"]);
		assert_eq!(eob["item"][1]["extension"][0]["valueString"], "S1");
		assert_eq!(codes(&eob["total"]), vec!["submitted", "benefit"]);
		assert_eq!(eob["processNote"][0]["number"], 1);
		assert_eq!(eob["processNote"][0]["text"], "Service not covered by the policy");
		assert_eq!(eob["extension"][1]["valueCode"], "noEncounter");
		assert_eq!(eob["payment"]["amount"]["extension"][0]["valueString"], "12550");
		assert!(no_empty_string(&eob), "{eob}");
	}

	#[test]
	fn pages_give_a_cursor_only_when_full() {
		let claims = vec![sample(), ClaimInfo { id: 9, ..sample() }];
		let full = page_json(&claims, 2);
		assert_eq!(full["next"], 9);
		assert_eq!(full["claims"][1]["id"], 9);
		assert_eq!(full["claims"][0]["decision"], "partial");
		assert_eq!(page_json(&claims, 3)["next"], Value::Null);
		assert_eq!(page_json(&[], 20), json!({ "claims": [], "next": null }));
	}

	#[test]
	fn parties_parse_by_name_and_unknown_ones_list_the_names() {
		assert_eq!(one_of("party", "Payer", &SIDES).unwrap(), Side::Payer);
		let err = one_of("party", "patient", &SIDES).unwrap_err();
		assert_eq!(err.code(), -32602);
		assert!(err.message().contains("provider, payer"), "{}", err.message());
	}

	#[test]
	fn eligibility_is_a_coverage_eligibility_response() {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let coverage = |id, payer| CoverageInfo {
			id,
			payer,
			policy: 5,
			patient: alice.clone(),
			start: 20_454,
			end: 20_818,
		};
		let e = eligibility_json(&alice, 20_779, &[coverage(1, 4)], 1_795_317_600_123);
		assert_eq!(e["resourceType"], "CoverageEligibilityResponse");
		assert_eq!(e["outcome"], "complete");
		assert_eq!(e["servicedDate"], "2026-11-22");
		assert_eq!(e["created"], "2026-11-22T03:20:00.123Z");
		assert_eq!(e["insurer"]["identifier"]["value"], "4");
		assert_eq!(e["insurance"][0]["coverage"]["reference"], "Coverage/1");
		assert_eq!(e["insurance"][0]["inforce"], true);
		assert_eq!(
			e["insurance"][0]["benefitPeriod"],
			json!({ "start": "2026-01-01", "end": "2026-12-31" })
		);
		let plain = &e["healthchain"];
		assert_eq!(plain["patient"], ss58(&alice));
		assert_eq!(plain["date"], "2026-11-22");
		assert_eq!(plain["eligible"], true);
		assert_eq!(
			plain["coverages"][0],
			json!({ "id": 1, "payer": 4, "policy": 5, "start": "2026-01-01", "end": "2026-12-31" })
		);
		assert!(no_empty_string(&e), "{e}");

		let two = eligibility_json(&alice, 20_779, &[coverage(1, 4), coverage(2, 8)], 0);
		assert_eq!(two.get("insurer"), None, "two payers");
		assert_eq!(two["insurance"].as_array().map(Vec::len), Some(2));
		let none = eligibility_json(&alice, 20_779, &[], 0);
		assert_eq!(none["healthchain"]["eligible"], false);
		assert_eq!(none.get("insurance"), None, "FHIR JSON has no empty arrays");
	}

	#[test]
	fn policies_render_dates_codes_and_amounts() {
		let p = PolicyInfo {
			id: 5,
			version: 2,
			latest: 3,
			payer: 4,
			document: Hash::repeat_byte(9),
			valid_from: 20_454,
			valid_until: 20_818,
			rules: vec![Rule {
				code: ServiceCode::Drug(GTIN),
				max_unit_amount: u128::MAX,
				max_units: 30,
				prior_auth: true,
			}],
		};
		let json = policy_json(&p);
		assert_eq!(json["validFrom"], "2026-01-01");
		assert_eq!(json["validUntil"], "2026-12-31");
		assert_eq!(json["latest"], 3);
		assert_eq!(json["document"], format!("{:?}", Hash::repeat_byte(9)));
		assert_eq!(
			json["rules"][0],
			json!({
				"code": "09506000134352",
				"system": GTIN_SYSTEM,
				"maxUnitAmount": u128::MAX.to_string(),
				"maxUnits": 30,
				"priorAuth": true,
			})
		);
	}
}
