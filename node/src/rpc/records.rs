//! Records over JSON-RPC: verify a commitment against a record, a record's versions, its history
//! as FHIR Provenance resources, batch proofs, and a patient's access log. Answers come from the
//! runtime's `RecordsApi` at the best block, or at the block given as the last parameter.

use std::sync::Arc;

use healthchain_primitives::{
	merkle::MerkleProof,
	records::{
		AccessBasis, AccessEntry, BatchInfo, BatchOutcome, RecordHistory, RecordsApi, Verification,
		VerifyOutcome, VersionInfo, VersionStatus,
	},
};
use healthchain_runtime::{opaque::Hash, AccountId};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;

use super::{
	consent::{DATA_CLASSES, PURPOSES},
	params::{account, block, hash32, internal, invalid_params, iso8601, ss58},
};
use crate::service::ParachainClient;

fn status_name(status: VersionStatus) -> &'static str {
	match status {
		VersionStatus::Current => "current",
		VersionStatus::Superseded => "superseded",
		VersionStatus::EnteredInError => "enteredInError",
		VersionStatus::Erased => "erased",
	}
}

fn class_name(class: healthchain_primitives::DataClass) -> &'static str {
	DATA_CLASSES.iter().find(|(c, _)| *c == class).map_or("?", |(_, name)| name)
}

fn version_json(v: &VersionInfo) -> Value {
	json!({
		"version": v.version,
		"commitment": v.commitment,
		"status": status_name(v.status),
		"anchoredAt": v.anchored_at,
		"anchoredAtMs": v.anchored_at_ms,
	})
}

/// `verify`'s answer as JSON.
pub fn verification_json(v: &Verification) -> Value {
	json!({
		"outcome": match v.outcome {
			VerifyOutcome::Match => "match",
			VerifyOutcome::Mismatch => "mismatch",
			VerifyOutcome::Erased => "erased",
			VerifyOutcome::Unknown => "unknown",
		},
		"version": v.version.as_ref().map(version_json),
		"latestVersion": v.latest_version,
	})
}

/// A record's history as JSON.
pub fn history_json(h: &RecordHistory<AccountId>) -> Value {
	json!({
		"id": h.id,
		"subject": ss58(&h.subject),
		"custodian": h.custodian,
		"class": class_name(h.class),
		"erased": h.erased,
		"versions": h.versions.iter().map(version_json).collect::<Vec<_>>(),
	})
}

/// A record's history as a FHIR R5 Bundle of Provenance resources, one per version: `CREATE` for
/// version 1, `UPDATE` (revising the previous version) for later ones, `NULLIFY` for entered in
/// error, `DELETE` once erased.
pub fn provenance_json(h: &RecordHistory<AccountId>) -> Value {
	let record = format!("{:?}", h.id);
	let entries: Vec<Value> = h
		.versions
		.iter()
		.map(|v| {
			let (code, display) = match (v.status, v.version) {
				(VersionStatus::Erased, _) => ("DELETE", "delete"),
				(VersionStatus::EnteredInError, _) => ("NULLIFY", "nullify"),
				(_, 1) => ("CREATE", "create"),
				_ => ("UPDATE", "revise"),
			};
			let mut resource = json!({
				"resourceType": "Provenance",
				"id": format!("{record}-v{}", v.version),
				"target": [{
					"identifier": { "system": "urn:healthchain:record", "value": record },
					"extension": [{ "url": "urn:healthchain:record-version", "valueInteger": v.version }],
				}],
				"occurredDateTime": iso8601(v.anchored_at_ms),
				"recorded": iso8601(v.anchored_at_ms),
				"activity": { "coding": [{
					"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation",
					"code": code, "display": display,
				}]},
				"agent": [{
					"type": { "coding": [{
						"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
						"code": "custodian",
					}]},
					"who": { "identifier": {
						"system": "urn:healthchain:organization", "value": h.custodian.to_string(),
					}},
				}],
				"extension": [
					{ "url": "urn:healthchain:version-status", "valueCode": status_name(v.status) },
					{ "url": "urn:healthchain:block", "valueInteger": v.anchored_at },
				],
			});
			if let Some(commitment) = v.commitment {
				resource["signature"] = json!([{
					"type": [{ "system": "urn:healthchain:commitment", "code": "blake2-256" }],
					"data": format!("{commitment:?}"),
				}]);
			}
			if v.version > 1 {
				resource["entity"] = json!([{
					"role": "revision",
					"what": { "identifier": {
						"system": "urn:healthchain:record",
						"value": format!("{record}-v{}", v.version - 1),
					}},
				}]);
			}
			json!({ "resource": resource })
		})
		.collect();
	json!({ "resourceType": "Bundle", "type": "history", "total": entries.len(), "entry": entries })
}

fn batch_json(b: &BatchInfo) -> Value {
	json!({
		"id": b.id,
		"custodian": b.custodian,
		"root": b.root,
		"leafCount": b.leaf_count,
		"class": class_name(b.class),
		"anchoredAt": b.anchored_at,
		"anchoredAtMs": b.anchored_at_ms,
	})
}

fn entry_json(position: u32, e: &AccessEntry) -> Value {
	let purpose = PURPOSES.iter().find(|(p, ..)| *p == e.purpose).map_or("?", |(_, n, _)| n);
	json!({
		"position": position,
		"record": e.record,
		"accessor": e.accessor,
		"custodian": e.custodian,
		"purpose": purpose,
		"basis": match e.basis {
			AccessBasis::Consent(id) => json!({ "consent": id }),
			AccessBasis::BreakGlass(id) => json!({ "breakGlass": id }),
		},
		"at": e.at,
		"block": e.block,
	})
}

/// The records JSON-RPC methods.
#[rpc(server, namespace = "healthchain")]
pub trait RecordsRpc {
	/// Checks `commitment` against record `recordId`: `{outcome: "match" | "mismatch" | "erased"
	/// | "unknown", version, latestVersion}`.
	#[method(name = "verifyRecord")]
	fn verify_record(
		&self,
		record: String,
		commitment: String,
		at: Option<Hash>,
	) -> RpcResult<Value>;

	/// Record `recordId` and its versions, or `null`.
	#[method(name = "recordHistory")]
	fn record_history(&self, record: String, at: Option<Hash>) -> RpcResult<Value>;

	/// Record `recordId`'s history as a FHIR Bundle of Provenance resources, or `null`.
	#[method(name = "recordProvenance")]
	fn record_provenance(&self, record: String, at: Option<Hash>) -> RpcResult<Value>;

	/// Batch `batchId`, or `null`.
	#[method(name = "batch")]
	fn batch(&self, batch: String, at: Option<Hash>) -> RpcResult<Value>;

	/// Whether `proof` (`{index, leafCount, siblings}`) shows `commitment` is in batch `batchId`:
	/// `{outcome: "included" | "notIncluded" | "unknownBatch"}`.
	#[method(name = "verifyBatchProof")]
	fn verify_batch_proof(
		&self,
		batch: String,
		commitment: String,
		proof: Value,
		at: Option<Hash>,
	) -> RpcResult<Value>;

	/// `subject`'s access log: `{length, entries}` from position `from` (default 0), at most
	/// `limit` (default and maximum 1,000) entries.
	#[method(name = "accessLog")]
	fn access_log(
		&self,
		subject: String,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value>;
}

/// Implementation of [`RecordsRpcServer`].
pub struct RecordsRpcImpl {
	client: Arc<ParachainClient>,
}

impl RecordsRpcImpl {
	/// Serves the records methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}

	fn history(
		&self,
		record: &str,
		at: Option<Hash>,
	) -> RpcResult<Option<RecordHistory<AccountId>>> {
		let record = hash32("record id", record)?;
		let at = block(&self.client, at)?;
		self.client.runtime_api().history(at, record).map_err(api_error)
	}
}

fn api_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	internal(format!("the runtime's RecordsApi failed: {e}"))
}

/// Parses a proof: `{index, leafCount, siblings: ["0x…", …]}` (at most 32 siblings).
pub fn proof(value: Value) -> Result<MerkleProof, ErrorObjectOwned> {
	let proof: MerkleProof = serde_json::from_value(value).map_err(|e| {
		invalid_params(format!(
			"invalid proof: expected {{index, leafCount, siblings: [0x…32 bytes]}} ({e})"
		))
	})?;
	if proof.siblings.len() > 32 {
		return Err(invalid_params("invalid proof: more than 32 siblings"));
	}
	Ok(proof)
}

impl RecordsRpcServer for RecordsRpcImpl {
	fn verify_record(
		&self,
		record: String,
		commitment: String,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let record = hash32("record id", &record)?;
		let commitment = hash32("commitment", &commitment)?;
		let at = block(&self.client, at)?;
		let v = self.client.runtime_api().verify(at, record, commitment).map_err(api_error)?;
		Ok(verification_json(&v))
	}

	fn record_history(&self, record: String, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.history(&record, at)?.as_ref().map_or(Value::Null, history_json))
	}

	fn record_provenance(&self, record: String, at: Option<Hash>) -> RpcResult<Value> {
		Ok(self.history(&record, at)?.as_ref().map_or(Value::Null, provenance_json))
	}

	fn batch(&self, batch: String, at: Option<Hash>) -> RpcResult<Value> {
		let batch = hash32("batch id", &batch)?;
		let at = block(&self.client, at)?;
		let info = self.client.runtime_api().batch(at, batch).map_err(api_error)?;
		Ok(info.as_ref().map_or(Value::Null, batch_json))
	}

	fn verify_batch_proof(
		&self,
		batch: String,
		commitment: String,
		proof_value: Value,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let batch = hash32("batch id", &batch)?;
		let commitment = hash32("commitment", &commitment)?;
		let proof = proof(proof_value)?;
		let at = block(&self.client, at)?;
		let outcome = self
			.client
			.runtime_api()
			.verify_batch(at, batch, commitment, proof)
			.map_err(api_error)?;
		Ok(json!({ "outcome": match outcome {
			BatchOutcome::Included => "included",
			BatchOutcome::NotIncluded => "notIncluded",
			BatchOutcome::UnknownBatch => "unknownBatch",
		}}))
	}

	fn access_log(
		&self,
		subject: String,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let subject = account(&subject)?;
		let from = from.unwrap_or(0);
		let at = block(&self.client, at)?;
		let (length, entries) = self
			.client
			.runtime_api()
			.access_log(at, subject, from, limit.unwrap_or(1_000))
			.map_err(api_error)?;
		let entries: Vec<Value> =
			entries.iter().zip(from..).map(|(e, position)| entry_json(position, e)).collect();
		Ok(json!({ "length": length, "entries": entries }))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use healthchain_primitives::DataClass;
	use sp_keyring::Sr25519Keyring;

	fn history() -> RecordHistory<AccountId> {
		let v = |version, status| VersionInfo {
			version,
			commitment: Some(Hash::repeat_byte(version as u8)),
			status,
			anchored_at: version,
			anchored_at_ms: 86_400_000 * u64::from(version),
		};
		RecordHistory {
			id: Hash::repeat_byte(0xaa),
			subject: Sr25519Keyring::Alice.to_account_id(),
			custodian: 0,
			class: DataClass::LabResults,
			erased: false,
			versions: vec![v(1, VersionStatus::Superseded), v(2, VersionStatus::Current)],
		}
	}

	#[test]
	fn provenance_is_a_history_bundle_with_one_resource_per_version() {
		let bundle = provenance_json(&history());
		assert_eq!(bundle["resourceType"], "Bundle");
		assert_eq!(bundle["type"], "history");
		let first = &bundle["entry"][0]["resource"];
		assert_eq!(first["resourceType"], "Provenance");
		assert_eq!(first["activity"]["coding"][0]["code"], "CREATE");
		assert_eq!(first["recorded"], "1970-01-02T00:00:00.000Z");
		assert_eq!(first["agent"][0]["who"]["identifier"]["value"], "0");
		let second = &bundle["entry"][1]["resource"];
		assert_eq!(second["activity"]["coding"][0]["code"], "UPDATE");
		assert_eq!(second["entity"][0]["role"], "revision");
		assert!(second["entity"][0]["what"]["identifier"]["value"]
			.as_str()
			.unwrap()
			.ends_with("-v1"));
	}

	#[test]
	fn proofs_parse_from_json_and_refuse_nonsense() {
		let ok = proof(json!({ "index": 3, "leafCount": 10, "siblings": [Hash::zero()] })).unwrap();
		assert_eq!((ok.index, ok.leaf_count, ok.siblings.len()), (3, 10, 1));
		for bad in [
			json!([]),
			json!({ "index": 1 }),
			json!({ "index": 1, "leafCount": 2, "siblings": ["0x12"] }),
		] {
			assert_eq!(proof(bad.clone()).unwrap_err().code(), -32602, "{bad}");
		}
		let too_long = json!({ "index": 0, "leafCount": 1, "siblings": vec![Hash::zero(); 33] });
		assert!(proof(too_long).unwrap_err().message().contains("32 siblings"));
	}
}
