//! Consent over JSON-RPC: the decision (`healthchain_decide`), a consent as FHIR Consent-shaped
//! JSON (`healthchain_consent`), a patient's consents and proxies, and break-glass sessions
//! (paged). Answers come from the runtime's `ConsentApi` at the best block, or at the
//! block given as the last, optional parameter.

use std::sync::Arc;

use healthchain_primitives::{
	consent::{
		Actor, BreakGlassInfo, ConsentApi, ConsentId, ConsentInfo, ConsentStatus, Decision,
		Grantee, Moment, Provision, ProxyKind, SessionId, MAX_SESSIONS_PAGE,
	},
	Action, DataClass, Purpose,
};
pub use healthchain_rpc_api::consent::ConsentRpcServer;
use healthchain_runtime::{opaque::Hash, AccountId};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;

use super::params::{account, block, internal, invalid_params, iso8601, one_of, ss58};
use crate::service::ParachainClient;

/// Data classes by name. The named sensitive categories are accepted in questions (a decision
/// about `MentalHealth` is one about `Restricted`, as the runtime decides it); the chain stores
/// only `Restricted`.
pub const DATA_CLASSES: [(DataClass, &str); 14] = [
	(DataClass::Demographics, "Demographics"),
	(DataClass::Encounters, "Encounters"),
	(DataClass::Diagnoses, "Diagnoses"),
	(DataClass::Medications, "Medications"),
	(DataClass::Allergies, "Allergies"),
	(DataClass::LabResults, "LabResults"),
	(DataClass::Imaging, "Imaging"),
	(DataClass::Genomics, "Genomics"),
	(DataClass::MentalHealth, "MentalHealth"),
	(DataClass::SexualReproductive, "SexualReproductive"),
	(DataClass::SubstanceUse, "SubstanceUse"),
	(DataClass::Documents, "Documents"),
	(DataClass::All, "All"),
	(DataClass::Restricted, "Restricted"),
];

/// Purposes by name, with their HL7 v3 ActReason code.
pub const PURPOSES: [(Purpose, &str, &str); 7] = [
	(Purpose::Treatment, "Treatment", "TREAT"),
	(Purpose::EmergencyTreatment, "EmergencyTreatment", "ETREAT"),
	(Purpose::Payment, "Payment", "HPAYMT"),
	(Purpose::Operations, "Operations", "HOPERAT"),
	(Purpose::Research, "Research", "HRESCH"),
	(Purpose::PublicHealth, "PublicHealth", "PUBHLTH"),
	(Purpose::PatientRequest, "PatientRequest", "PATRQT"),
];

/// Actions by name (the FHIR consent action codes are their lower-case forms).
pub const ACTIONS: [(Action, &str); 5] = [
	(Action::Collect, "Collect"),
	(Action::Access, "Access"),
	(Action::Use, "Use"),
	(Action::Disclose, "Disclose"),
	(Action::Correct, "Correct"),
];

pub fn name_of<T: PartialEq + Copy>(all: &[(T, &'static str)], value: T) -> &'static str {
	all.iter().find(|(v, _)| *v == value).map_or("?", |(_, name)| name)
}

fn purpose_name(p: Purpose) -> &'static str {
	PURPOSES.iter().find(|(v, ..)| *v == p).map_or("?", |(_, name, _)| name)
}

fn purpose_code(p: Purpose) -> &'static str {
	PURPOSES.iter().find(|(v, ..)| *v == p).map_or("?", |(.., code)| code)
}

/// Parses the actor: an account (SS58 or hex string) or an organisation id (a number).
pub fn actor(value: &Value) -> Result<Actor<AccountId>, ErrorObjectOwned> {
	match value {
		Value::String(text) => account(text).map(Actor::Account),
		Value::Number(n) => n
			.as_u64()
			.and_then(|id| u32::try_from(id).ok())
			.map(Actor::Organization)
			.ok_or_else(|| invalid_params(format!("invalid organisation id {n}"))),
		other => Err(invalid_params(format!(
			"invalid actor {other}: give an account (SS58 or hex string) or an organisation id \
			 (number)"
		))),
	}
}

/// The decision as JSON: `{decision, consent, at}`.
pub fn decision_json(decision: Decision, at: Option<Moment>) -> Value {
	let (name, consent) = match decision {
		Decision::Permit { consent } => ("permit", Some(consent)),
		Decision::Deny { consent } => ("deny", Some(consent)),
		Decision::NotApplicable => ("notApplicable", None),
	};
	json!({ "decision": name, "consent": consent, "at": at })
}

fn grantee_json(grantee: Grantee) -> Value {
	match grantee {
		Grantee::Organization(id) => json!({
			"type": "Organization",
			"identifier": { "system": "urn:healthchain:organization", "value": id.to_string() },
		}),
		Grantee::Role(role) => json!({
			"type": "Organization",
			"identifier": { "system": "urn:healthchain:role", "value": role.as_str() },
			"display": format!("any organisation holding the role {}", role.as_str()),
		}),
	}
}

fn account_reference(who: &AccountId) -> Value {
	json!({ "identifier": { "system": "urn:healthchain:account", "value": ss58(who) } })
}

/// A consent as a FHIR R5 Consent-shaped resource. Codes: FHIR consent actions, HL7 v3
/// ActReason purposes (with that code system's displays), HealthChain data classes as security
/// labels.
pub fn fhir_consent(c: &ConsentInfo<AccountId>) -> Value {
	// A coding's display must be the code system's own: v3-ActReason's, not our purpose names.
	let act_reason_display = |p: Purpose| match p {
		Purpose::Treatment => "treatment",
		Purpose::EmergencyTreatment => "Emergency Treatment",
		Purpose::Payment => "healthcare payment",
		Purpose::Operations => "healthcare operations",
		Purpose::Research => "healthcare research",
		Purpose::PublicHealth => "public health",
		Purpose::PatientRequest => "patient requested",
	};
	let status = match (c.status, c.expired) {
		(ConsentStatus::Active, false) => "active",
		_ => "inactive",
	};
	let mut period = json!({ "start": iso8601(c.valid_from) });
	if let Some(end) = c.valid_until {
		period["end"] = json!(iso8601(end));
	}
	let mut extension = vec![json!({
		"url": "urn:healthchain:consent-status",
		"valueCode": match c.status {
			ConsentStatus::Active if c.expired => "expired",
			ConsentStatus::Active => "active",
			ConsentStatus::Revoked => "revoked",
			ConsentStatus::Superseded => "superseded",
		},
	})];
	if let Some(ended) = c.ended_at {
		extension.push(json!({ "url": "urn:healthchain:ended", "valueDateTime": iso8601(ended) }));
	}
	if let Some(old) = c.supersedes {
		extension
			.push(json!({ "url": "urn:healthchain:replaces", "valueString": old.to_string() }));
	}
	if let Some(new) = c.superseded_by {
		extension
			.push(json!({ "url": "urn:healthchain:replaced-by", "valueString": new.to_string() }));
	}
	json!({
		"resourceType": "Consent",
		"id": c.id.to_string(),
		"status": status,
		"category": [{ "coding": [{
			"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent",
		}]}],
		"subject": account_reference(&c.subject),
		"date": iso8601(c.created_at).get(..10).unwrap_or_default(),
		"period": period,
		"grantor": [account_reference(&c.grantor)],
		"grantee": [grantee_json(c.grantee)],
		"decision": match c.provision { Provision::Permit => "permit", Provision::Deny => "deny" },
		"provision": [{
			"period": period,
			"actor": [{
				"role": { "coding": [{
					"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
					"code": "IRCP", "display": "information recipient",
				}]},
				"reference": grantee_json(c.grantee),
			}],
			"action": c.actions.iter().map(|a| json!({ "coding": [{
				"system": "http://terminology.hl7.org/CodeSystem/consentaction",
				"code": name_of(&ACTIONS, *a).to_lowercase(),
			}]})).collect::<Vec<_>>(),
			"purpose": c.purposes.iter().map(|p| json!({
				"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
				"code": purpose_code(*p),
				"display": act_reason_display(*p),
			})).collect::<Vec<_>>(),
			"securityLabel": c.classes.iter().map(|d| json!({
				"system": "urn:healthchain:data-class",
				"code": name_of(&DATA_CLASSES, *d),
			})).collect::<Vec<_>>(),
		}],
		"extension": extension,
	})
}

/// A consent in HealthChain's own compact JSON (for lists).
pub fn consent_json(c: &ConsentInfo<AccountId>) -> Value {
	json!({
		"id": c.id,
		"subject": ss58(&c.subject),
		"grantor": ss58(&c.grantor),
		"grantee": match c.grantee {
			Grantee::Organization(id) => json!({ "organization": id }),
			Grantee::Role(role) => json!({ "role": role.as_str() }),
		},
		"decision": match c.provision { Provision::Permit => "permit", Provision::Deny => "deny" },
		"classes": c.classes.iter().map(|d| name_of(&DATA_CLASSES, *d)).collect::<Vec<_>>(),
		"purposes": c.purposes.iter().map(|p| purpose_name(*p)).collect::<Vec<_>>(),
		"actions": c.actions.iter().map(|a| name_of(&ACTIONS, *a)).collect::<Vec<_>>(),
		"validFrom": c.valid_from,
		"validUntil": c.valid_until,
		"status": match c.status {
			ConsentStatus::Active => "active",
			ConsentStatus::Revoked => "revoked",
			ConsentStatus::Superseded => "superseded",
		},
		"expired": c.expired,
		"supersedes": c.supersedes,
		"supersededBy": c.superseded_by,
		"createdBlock": c.created,
		"createdAt": c.created_at,
		"endedAt": c.ended_at,
	})
}

/// A break-glass session as JSON.
pub fn session_json(s: &BreakGlassInfo<AccountId>) -> Value {
	json!({
		"id": s.id,
		"subject": ss58(&s.subject),
		"organization": s.organization,
		"openedBy": ss58(&s.opened_by),
		"openedAt": s.opened_at,
		"expiresAt": s.expires_at,
		"justificationDue": s.justification_due,
		"justification": s.justification,
		"open": s.open,
		"overdue": s.overdue,
		"flagged": s.flagged,
	})
}

/// Implementation of [`ConsentRpcServer`].
pub struct ConsentRpcImpl {
	client: Arc<ParachainClient>,
}

impl ConsentRpcImpl {
	/// Serves the consent methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}
}

fn api_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	internal(format!("the runtime's ConsentApi failed: {e}"))
}

impl ConsentRpcServer for ConsentRpcImpl {
	fn decide(
		&self,
		subject: String,
		actor_value: Value,
		action: String,
		data_class: String,
		purpose: String,
		at_time: Option<Moment>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let subject = account(&subject)?;
		let actor = actor(&actor_value)?;
		let action = one_of("action", &action, &ACTIONS)?;
		let class = one_of("data class", &data_class, &DATA_CLASSES)?;
		let purposes: Vec<(Purpose, &str)> = PURPOSES.iter().map(|(p, n, _)| (*p, *n)).collect();
		let purpose = one_of("purpose", &purpose, &purposes)?;
		let at = block(&self.client, at)?;
		let decision = self
			.client
			.runtime_api()
			.decide(at, subject, actor, action, class, purpose, at_time)
			.map_err(api_error)?;
		Ok(decision_json(decision, at_time))
	}

	fn consent(&self, id: ConsentId, at: Option<Hash>) -> RpcResult<Value> {
		let at = block(&self.client, at)?;
		let info = self.client.runtime_api().consent(at, id).map_err(api_error)?;
		Ok(info.as_ref().map_or(Value::Null, fhir_consent))
	}

	fn consents_of(&self, subject: String, at: Option<Hash>) -> RpcResult<Value> {
		let subject = account(&subject)?;
		let at = block(&self.client, at)?;
		let list = self.client.runtime_api().consents_of(at, subject).map_err(api_error)?;
		Ok(Value::Array(list.iter().map(consent_json).collect()))
	}

	fn proxies_of(&self, subject: String, at: Option<Hash>) -> RpcResult<Value> {
		let subject = account(&subject)?;
		let at = block(&self.client, at)?;
		let list = self.client.runtime_api().proxies_of(at, subject).map_err(api_error)?;
		Ok(Value::Array(
			list.iter()
				.map(|(proxy, kind, until)| {
					json!({
						"proxy": ss58(proxy),
						"kind": match kind {
							ProxyKind::Guardian => "guardian",
							ProxyKind::LegalRepresentative => "legalRepresentative",
						},
						"until": until,
					})
				})
				.collect(),
		))
	}

	fn break_glass_sessions(
		&self,
		subject: Option<String>,
		after: Option<SessionId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let subject = subject.as_deref().map(account).transpose()?;
		let at = block(&self.client, at)?;
		let limit = limit.unwrap_or(MAX_SESSIONS_PAGE).min(MAX_SESSIONS_PAGE);
		let list = self
			.client
			.runtime_api()
			.break_glass_sessions(at, subject, after, limit)
			.map_err(api_error)?;
		Ok(Value::Array(list.iter().map(session_json).collect()))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use healthchain_primitives::Role;
	use sp_keyring::Sr25519Keyring;

	fn sample() -> ConsentInfo<AccountId> {
		ConsentInfo {
			id: 4,
			subject: Sr25519Keyring::Alice.to_account_id(),
			grantor: Sr25519Keyring::Bob.to_account_id(),
			grantee: Grantee::Role(Role::Hospital),
			provision: Provision::Deny,
			classes: vec![DataClass::LabResults, DataClass::Restricted],
			purposes: vec![Purpose::Research],
			actions: vec![Action::Access, Action::Disclose],
			valid_from: 0,
			valid_until: Some(86_400_000),
			status: ConsentStatus::Superseded,
			expired: false,
			supersedes: None,
			superseded_by: Some(5),
			created: 3,
			created_at: 0,
			ended_at: Some(60_000),
		}
	}

	#[test]
	fn fhir_consent_has_the_r5_shape_and_codes() {
		let fhir = fhir_consent(&sample());
		assert_eq!(fhir["resourceType"], "Consent");
		assert_eq!(fhir["status"], "inactive");
		assert_eq!(fhir["decision"], "deny");
		assert_eq!(fhir["date"], "1970-01-01");
		assert_eq!(fhir["period"]["end"], "1970-01-02T00:00:00.000Z");
		assert_eq!(
			fhir["subject"]["identifier"]["value"],
			ss58(&Sr25519Keyring::Alice.to_account_id())
		);
		assert_eq!(fhir["grantee"][0]["identifier"]["value"], "Hospital");
		let provision = &fhir["provision"][0];
		assert_eq!(provision["purpose"][0]["code"], "HRESCH");
		assert_eq!(provision["action"][1]["coding"][0]["code"], "disclose");
		assert_eq!(provision["securityLabel"][1]["code"], "Restricted");
		assert_eq!(fhir["extension"][0]["valueCode"], "superseded");
		assert_eq!(fhir["extension"][2]["valueString"], "5");
	}

	#[test]
	fn actors_are_accounts_or_organisation_ids() {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(actor(&json!(ss58(&alice))).unwrap(), Actor::Account(alice));
		assert_eq!(actor(&json!(7)).unwrap(), Actor::Organization(7));
		for bad in [json!(-1), json!(1.5), json!(true), json!({ "org": 1 }), json!("nobody")] {
			assert_eq!(actor(&bad).unwrap_err().code(), -32602, "{bad}");
		}
	}

	#[test]
	fn decisions_render_with_the_cited_consent() {
		assert_eq!(
			decision_json(Decision::Permit { consent: 9 }, None),
			json!({ "decision": "permit", "consent": 9, "at": null })
		);
		assert_eq!(
			decision_json(Decision::NotApplicable, Some(5)),
			json!({ "decision": "notApplicable", "consent": null, "at": 5 })
		);
	}

	#[test]
	fn vocabulary_names_cover_every_code() {
		assert!(one_of("data class", "labresults", &DATA_CLASSES).is_ok());
		let err = one_of("action", "Delete", &ACTIONS).unwrap_err();
		assert!(err.message().contains("Collect, Access, Use, Disclose, Correct"));
	}
}
