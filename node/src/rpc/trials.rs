//! The trial registry over JSON-RPC: a trial with its flags, its amendments, trials by sponsor
//! or status, and a trial as a FHIR ResearchStudy-shaped resource. Answers come from the
//! runtime's `TrialsApi` at the best block, or at the block given as the last parameter.

use std::sync::Arc;

use healthchain_primitives::trials::{
	AmendmentInfo, Phase, StudyType, TerminationReason, TrialFlag, TrialId, TrialInfo, TrialStatus,
	TrialsApi,
};
pub use healthchain_rpc_api::trials::TrialsRpcServer;
use healthchain_runtime::opaque::Hash;
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;

use super::{
	consent::{name_of, ACTIONS, DATA_CLASSES},
	params::{block, internal, iso8601, one_of},
};
use crate::service::ParachainClient;

/// Status names (ClinicalTrials.gov's, camel-cased); `Terminated` carries its reason apart.
pub const STATUSES: [(TrialStatus, &str); 6] = [
	(TrialStatus::NotYetRecruiting, "notYetRecruiting"),
	(TrialStatus::Recruiting, "recruiting"),
	(TrialStatus::Suspended, "suspended"),
	(TrialStatus::ActiveNotRecruiting, "activeNotRecruiting"),
	(TrialStatus::Completed, "completed"),
	(TrialStatus::Withdrawn, "withdrawn"),
];

fn status_name(status: TrialStatus) -> &'static str {
	match status {
		TrialStatus::Terminated(_) => "terminated",
		other => STATUSES.iter().find(|(s, _)| *s == other).map_or("?", |(_, n)| n),
	}
}

/// The trial's status as a FHIR R5 `ResearchStudy.progressStatus.state`: a code and display of
/// the research-study-status code system, whose codes follow ClinicalTrials.gov's statuses.
/// (`ResearchStudy.status` is the publication status of the resource, not the study's.)
fn fhir_progress_state(status: TrialStatus) -> (&'static str, &'static str) {
	match status {
		TrialStatus::NotYetRecruiting => ("not-yet-recruiting", "Not yet recruiting"),
		TrialStatus::Recruiting => ("recruiting", "Recruiting"),
		TrialStatus::Suspended => {
			("temporarily-closed-to-accrual", "Temporarily Closed to Accrual")
		},
		TrialStatus::ActiveNotRecruiting => ("active-but-not-recruiting", "Active, not recruiting"),
		TrialStatus::Completed => ("completed", "Completed"),
		TrialStatus::Terminated(_) => ("terminated", "Terminated"),
		TrialStatus::Withdrawn => ("withdrawn", "Withdrawn"),
	}
}

/// The study type as a FHIR R5 `ResearchStudy.studyDesign` code of the study-design code system
/// (SEVCO), with its display.
fn fhir_study_design(t: StudyType) -> (&'static str, &'static str) {
	match t {
		StudyType::Interventional => ("SEVCO:01001", "Interventional research"),
		StudyType::Observational => ("SEVCO:01002", "Observational research"),
		StudyType::ExpandedAccess => ("SEVCO:01038", "Expanded Access study"),
	}
}

fn phase_code(phase: Phase) -> &'static str {
	match phase {
		Phase::NotApplicable => "n-a",
		Phase::EarlyPhase1 => "early-phase-1",
		Phase::Phase1 => "phase-1",
		Phase::Phase1Phase2 => "phase-1-phase-2",
		Phase::Phase2 => "phase-2",
		Phase::Phase2Phase3 => "phase-2-phase-3",
		Phase::Phase3 => "phase-3",
		Phase::Phase4 => "phase-4",
	}
}

fn study_type_code(t: StudyType) -> &'static str {
	match t {
		StudyType::Interventional => "interventional",
		StudyType::Observational => "observational",
		StudyType::ExpandedAccess => "expanded-access",
	}
}

fn reason_code(reason: TerminationReason) -> &'static str {
	match reason {
		TerminationReason::Safety => "safety",
		TerminationReason::Efficacy => "efficacy",
		TerminationReason::Futility => "futility",
		TerminationReason::LowEnrolment => "lowEnrolment",
		TerminationReason::Funding => "funding",
		TerminationReason::SponsorDecision => "sponsorDecision",
		TerminationReason::Other => "other",
	}
}

fn flag_name(flag: TrialFlag) -> &'static str {
	match flag {
		TrialFlag::LateRegistration => "lateRegistration",
		TrialFlag::OutcomeSwitched => "outcomeSwitched",
		TrialFlag::ResultsOverdue => "resultsOverdue",
		TrialFlag::StatusStale => "statusStale",
	}
}

/// A trial as JSON.
pub fn trial_json(t: &TrialInfo) -> Value {
	json!({
		"id": t.id,
		"sponsor": t.sponsor,
		"record": t.record,
		"phase": phase_code(t.phase),
		"studyType": study_type_code(t.study_type),
		"targetSize": t.target_size,
		"firstEnrolment": t.first_enrolment,
		"primaryCompletion": t.primary_completion,
		"registeredAt": t.registered_at,
		"status": status_name(t.status),
		"terminationReason": match t.status {
			TrialStatus::Terminated(reason) => Some(reason_code(reason)),
			_ => None,
		},
		"updatedAt": t.updated_at,
		"protocolVersion": t.version,
		"protocol": t.protocol,
		"sap": t.sap,
		"primaryOutcomes": t.primary_outcomes,
		"secondaryOutcomes": t.secondary_outcomes,
		"ethicsApproval": t.approval.map(|(committee, at)| json!({ "committee": committee, "at": at })),
		"dataUse": {
			"classes": t.data_use.classes.iter().map(|d| name_of(&DATA_CLASSES, *d)).collect::<Vec<_>>(),
			"actions": t.data_use.actions.iter().map(|a| name_of(&ACTIONS, *a)).collect::<Vec<_>>(),
		},
		"enrolled": t.enrolled,
		"withdrawn": t.withdrawn,
		"results": t.results.map(|(hash, at)| json!({ "hash": hash, "at": at })),
		"flags": t.flags.iter().map(|f| flag_name(*f)).collect::<Vec<_>>(),
	})
}

fn amendment_json(a: &AmendmentInfo) -> Value {
	json!({
		"version": a.version,
		"protocol": a.protocol,
		"sap": a.sap,
		"primaryOutcomes": a.primary_outcomes,
		"secondaryOutcomes": a.secondary_outcomes,
		"reconsentRequired": a.reconsent_required,
		"at": a.at,
	})
}

/// A trial as a FHIR R5 ResearchStudy resource. `status` is `active` (the registration is in
/// force); the trial's own status is in `progressStatus`. Code systems: research-study-status,
/// research-study-phase, study-design (SEVCO), research-study-party-role,
/// research-study-objective-type; HealthChain's commitments and flags are extensions (the flags
/// one only when a flag holds: FHIR strings are never empty).
pub fn research_study(t: &TrialInfo) -> Value {
	let outcome = |kind: &str, c: &Hash| {
		json!({
			"name": format!("{c:?}"),
			"type": [{ "coding": [{
				"system": "http://hl7.org/fhir/research-study-objective-type",
				"code": kind,
			}]}],
		})
	};
	let (state, state_display) = fhir_progress_state(t.status);
	let (design, design_display) = fhir_study_design(t.study_type);
	let commitment = |url: &str, c: &Hash| json!({ "url": url, "valueString": format!("{c:?}") });
	let mut extension = vec![
		commitment("urn:healthchain:who-trds-record", &t.record),
		commitment("urn:healthchain:protocol", &t.protocol),
		commitment("urn:healthchain:sap", &t.sap),
	];
	if !t.flags.is_empty() {
		let flags: Vec<&str> = t.flags.iter().map(|f| flag_name(*f)).collect();
		extension.push(json!({ "url": "urn:healthchain:flags", "valueString": flags.join(",") }));
	}
	let mut study = json!({
		"resourceType": "ResearchStudy",
		"id": t.id.to_string(),
		"identifier": [{ "system": "urn:healthchain:trial", "value": t.id.to_string() }],
		"version": t.version.to_string(),
		"status": "active",
		"progressStatus": [{
			"state": { "coding": [{
				"system": "http://hl7.org/fhir/research-study-status",
				"code": state, "display": state_display,
			}]},
			"actual": true,
		}],
		"phase": { "coding": [{
			"system": "http://terminology.hl7.org/CodeSystem/research-study-phase",
			"code": phase_code(t.phase),
		}]},
		"studyDesign": [{ "coding": [{
			"system": "http://hl7.org/fhir/study-design",
			"code": design, "display": design_display,
		}]}],
		"date": iso8601(t.registered_at).get(..10).unwrap_or_default(),
		"period": { "start": iso8601(t.first_enrolment), "end": iso8601(t.primary_completion) },
		"associatedParty": [{
			"role": { "coding": [{
				"system": "http://hl7.org/fhir/research-study-party-role", "code": "sponsor",
			}]},
			"party": { "type": "Organization", "identifier": {
				"system": "urn:healthchain:organization", "value": t.sponsor.to_string(),
			}},
		}],
		"recruitment": {
			"targetNumber": t.target_size,
			"actualNumber": t.enrolled.saturating_add(t.withdrawn),
		},
		"outcomeMeasure": t.primary_outcomes.iter().map(|c| outcome("primary", c))
			.chain(t.secondary_outcomes.iter().map(|c| outcome("secondary", c)))
			.collect::<Vec<_>>(),
		"extension": extension,
	});
	if let TrialStatus::Terminated(reason) = t.status {
		study["whyStopped"] = json!({ "coding": [{
			"system": "urn:healthchain:termination-reason", "code": reason_code(reason),
		}]});
	}
	if let Some((hash, at)) = t.results {
		study["result"] = json!([{
			"identifier": { "system": "urn:healthchain:results", "value": format!("{hash:?}") },
			"display": format!("results submitted {}", iso8601(at)),
		}]);
	}
	study
}

/// Implementation of [`TrialsRpcServer`].
pub struct TrialsRpcImpl {
	client: Arc<ParachainClient>,
}

impl TrialsRpcImpl {
	/// Serves the trial methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}

	fn get(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Option<TrialInfo>> {
		let at = block(&self.client, at)?;
		self.client.runtime_api().trial(at, id).map_err(api_error)
	}
}

fn api_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	internal(format!("the runtime's TrialsApi failed: {e}"))
}

impl TrialsRpcServer for TrialsRpcImpl {
	fn trial(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.get(id, at)?.as_ref().map_or(Value::Null, trial_json))
	}

	fn trial_flags(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.get(id, at)?.map_or(Value::Null, |t| {
			json!(t.flags.iter().map(|f| flag_name(*f)).collect::<Vec<_>>())
		}))
	}

	fn trial_amendments(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value> {
		let at = block(&self.client, at)?;
		let list = self.client.runtime_api().amendments(at, id).map_err(api_error)?;
		Ok(Value::Array(list.iter().map(amendment_json).collect()))
	}

	fn trials(
		&self,
		sponsor: Option<u32>,
		status: Option<String>,
		from: Option<TrialId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let status = match status.as_deref() {
			None => None,
			Some(name) if name.eq_ignore_ascii_case("terminated") => {
				return Err(super::params::invalid_params(
					"filter terminated trials by listing all and reading terminationReason",
				));
			},
			Some(name) => Some(one_of("status", name, &STATUSES)?),
		};
		let at = block(&self.client, at)?;
		let list = self
			.client
			.runtime_api()
			.trials(at, sponsor, status, from.unwrap_or(0), limit.unwrap_or(100))
			.map_err(api_error)?;
		Ok(Value::Array(list.iter().map(trial_json).collect()))
	}

	fn research_study(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.get(id, at)?.as_ref().map_or(Value::Null, research_study))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn sample() -> TrialInfo {
		TrialInfo {
			id: 3,
			sponsor: 6,
			record: Hash::repeat_byte(1),
			phase: Phase::Phase2,
			study_type: StudyType::Interventional,
			target_size: 120,
			first_enrolment: 0,
			primary_completion: 86_400_000,
			registered_at: 0,
			status: TrialStatus::Terminated(TerminationReason::Safety),
			updated_at: 0,
			version: 2,
			protocol: Hash::repeat_byte(2),
			sap: Hash::repeat_byte(3),
			primary_outcomes: vec![Hash::repeat_byte(4)],
			secondary_outcomes: vec![Hash::repeat_byte(5), Hash::repeat_byte(6)],
			approval: Some((7, 5)),
			data_use: healthchain_primitives::trials::DataUse {
				classes: frame_support::BoundedVec::truncate_from(vec![
					healthchain_primitives::DataClass::LabResults,
				]),
				actions: frame_support::BoundedVec::truncate_from(vec![
					healthchain_primitives::Action::Use,
				]),
			},
			enrolled: 40,
			withdrawn: 2,
			results: None,
			flags: vec![TrialFlag::ResultsOverdue],
		}
	}

	#[test]
	fn research_study_has_the_r5_shape() {
		let study = research_study(&sample());
		assert_eq!(study["resourceType"], "ResearchStudy");
		// Publication status of the resource; the study's own status is progressStatus.
		assert_eq!(study["status"], "active");
		assert_eq!(study["progressStatus"][0]["state"]["coding"][0]["code"], "terminated");
		assert_eq!(study["whyStopped"]["coding"][0]["code"], "safety");
		assert_eq!(study["phase"]["coding"][0]["code"], "phase-2");
		assert_eq!(study["studyDesign"][0]["coding"][0]["code"], "SEVCO:01001");
		assert_eq!(study["extension"][3]["valueString"], "resultsOverdue");
		assert_eq!(study["recruitment"]["actualNumber"], 42, "enrolled and withdrawn");
		assert_eq!(study["outcomeMeasure"].as_array().map(Vec::len), Some(3));
		assert_eq!(study["outcomeMeasure"][0]["type"][0]["coding"][0]["code"], "primary");
		assert_eq!(study["associatedParty"][0]["party"]["identifier"]["value"], "6");
	}

	#[test]
	fn research_study_has_no_empty_strings() {
		fn no_empty_string(value: &Value) -> bool {
			match value {
				Value::String(s) => !s.is_empty(),
				Value::Array(list) => list.iter().all(no_empty_string),
				Value::Object(map) => map.values().all(no_empty_string),
				_ => true,
			}
		}
		let mut trial = sample();
		trial.flags.clear();
		let study = research_study(&trial);
		let urls: Vec<&str> = study["extension"]
			.as_array()
			.unwrap()
			.iter()
			.filter_map(|e| e["url"].as_str())
			.collect();
		assert!(!urls.contains(&"urn:healthchain:flags"), "{urls:?}");
		assert!(no_empty_string(&study), "{study}");
	}

	#[test]
	fn trials_render_status_reason_and_flags() {
		let json = trial_json(&sample());
		assert_eq!(json["status"], "terminated");
		assert_eq!(json["terminationReason"], "safety");
		assert_eq!(json["flags"], json!(["resultsOverdue"]));
		assert_eq!(json["ethicsApproval"]["committee"], 7);
	}
}
