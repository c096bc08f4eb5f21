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
pub use healthchain_rpc_api::records::RecordsRpcServer;
use healthchain_runtime::{
	opaque::{Block, Hash},
	AccountId,
};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::{ApiExt, ProvideRuntimeApi};

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
		"subject": h.subject.as_ref().map(ss58),
		"custodian": h.custodian,
		"class": h.class.map(class_name),
		"erased": h.erased,
		"versions": h.versions.iter().map(version_json).collect::<Vec<_>>(),
	})
}

/// A record's history as a FHIR R5 Bundle (`collection`) of Provenance resources, one per
/// version: `CREATE` for version 1, `UPDATE` (revising the previous version) for later ones,
/// `NULLIFY` for entered in error, `DELETE` once erased. Each entry's `fullUrl` is a `urn:uuid:`
/// derived from the record id and version (see [`provenance_uuid`]), which is also the
/// resource's `id` (a FHIR id is at most 64 characters: the record id and version do not fit);
/// the record and version themselves are in `target`. An erased record's bundle has no entries.
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
			let uuid = provenance_uuid(&h.id, v.version);
			let mut resource = json!({
				"resourceType": "Provenance",
				"id": uuid,
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
					"who": { "type": "Organization", "identifier": {
						"system": "urn:healthchain:organization", "value": h.custodian.to_string(),
					}},
				}],
				"extension": [
					{ "url": "urn:healthchain:version-status", "valueCode": status_name(v.status) },
					{ "url": "urn:healthchain:block", "valueInteger": v.anchored_at },
				],
			});
			if let Some(commitment) = v.commitment {
				// `Signature.data` is base64Binary: the commitment's 32 bytes in base64.
				resource["signature"] = json!([{
					"type": [{ "system": "urn:healthchain:commitment", "code": "blake2-256" }],
					"data": base64(commitment.as_bytes()),
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
			json!({ "fullUrl": format!("urn:uuid:{uuid}"), "resource": resource })
		})
		.collect();
	let mut bundle = json!({ "resourceType": "Bundle", "type": "collection" });
	// An erased record keeps no versions: no entries, and FHIR JSON has no empty arrays.
	if !entries.is_empty() {
		bundle["entry"] = Value::Array(entries);
	}
	bundle
}

/// The Provenance resource of `version` of `record` as a UUID: the first 16 bytes of
/// `blake2_128("healthchain/provenance" ++ record ++ version as u32 little-endian)`, marked as an
/// RFC 9562 version-8 (custom) UUID. The same record version always gets the same UUID.
pub fn provenance_uuid(record: &Hash, version: u32) -> String {
	let mut input = b"healthchain/provenance".to_vec();
	input.extend_from_slice(record.as_bytes());
	input.extend_from_slice(&version.to_le_bytes());
	let mut b = sp_io::hashing::blake2_128(&input);
	b[6] = (b[6] & 0x0f) | 0x80;
	b[8] = (b[8] & 0x3f) | 0x80;
	format!(
		"{}-{}-{}-{}-{}",
		hex::encode(&b[..4]),
		hex::encode(&b[4..6]),
		hex::encode(&b[6..8]),
		hex::encode(&b[8..10]),
		hex::encode(&b[10..])
	)
}

/// `bytes` in standard base64 with padding (RFC 4648 §4), as FHIR's `base64Binary` wants.
pub fn base64(bytes: &[u8]) -> String {
	const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
	for chunk in bytes.chunks(3) {
		let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
		let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
		// A chunk of k bytes gives k + 1 characters, padded with `=` to 4.
		for i in 0..4 {
			if i <= chunk.len() {
				out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 0x3f) as usize]));
			} else {
				out.push('=');
			}
		}
	}
	out
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
		let api = self.client.runtime_api();
		let version = api
			.api_version::<dyn RecordsApi<Block, AccountId>>(at)
			.map_err(api_error)?
			.unwrap_or(1);
		if version >= 2 {
			api.history(at, record).map_err(api_error)
		} else {
			// A runtime from before the tombstone change: answer as the current API does.
			#[allow(deprecated)]
			let old = api.history_before_version_2(at, record).map_err(api_error)?;
			Ok(old.map(Into::into))
		}
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
			entries.iter().map(|(position, e)| entry_json(*position, e)).collect();
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
			subject: Some(Sr25519Keyring::Alice.to_account_id()),
			custodian: 0,
			class: Some(DataClass::LabResults),
			erased: false,
			versions: vec![v(1, VersionStatus::Superseded), v(2, VersionStatus::Current)],
		}
	}

	#[test]
	fn provenance_is_a_collection_bundle_with_one_resource_per_version() {
		let bundle = provenance_json(&history());
		assert_eq!(bundle["resourceType"], "Bundle");
		assert_eq!(bundle["type"], "collection");
		assert_eq!(bundle.get("total"), None, "total is for searchset and history bundles only");
		let first = &bundle["entry"][0]["resource"];
		assert_eq!(first["resourceType"], "Provenance");
		assert_eq!(first["activity"]["coding"][0]["code"], "CREATE");
		assert_eq!(first["recorded"], "1970-01-02T00:00:00.000Z");
		assert_eq!(first["agent"][0]["who"]["identifier"]["value"], "0");
		assert_eq!(
			first["target"][0]["identifier"]["value"],
			format!("{:?}", Hash::repeat_byte(0xaa))
		);
		// base64Binary: the commitment's 32 bytes 0x01 in base64.
		assert_eq!(first["signature"][0]["data"], "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
		let second = &bundle["entry"][1]["resource"];
		assert_eq!(second["activity"]["coding"][0]["code"], "UPDATE");
		assert_eq!(second["entity"][0]["role"], "revision");
		assert!(second["entity"][0]["what"]["identifier"]["value"]
			.as_str()
			.unwrap()
			.ends_with("-v1"));
		// Every entry has a urn:uuid fullUrl matching its resource's id (at most 64 characters).
		for entry in bundle["entry"].as_array().unwrap() {
			let id = entry["resource"]["id"].as_str().unwrap();
			assert!(id.len() <= 64, "{id}");
			assert_eq!(entry["fullUrl"], format!("urn:uuid:{id}"));
		}
		assert_ne!(bundle["entry"][0]["fullUrl"], bundle["entry"][1]["fullUrl"]);
	}

	#[test]
	fn an_erased_record_is_a_bundle_without_entries() {
		let mut erased = history();
		erased.erased = true;
		erased.versions.clear();
		let bundle = provenance_json(&erased);
		assert_eq!(bundle, json!({ "resourceType": "Bundle", "type": "collection" }));
	}

	#[test]
	fn provenance_uuids_are_stable_version_8_uuids() {
		let record = Hash::repeat_byte(0xaa);
		let uuid = provenance_uuid(&record, 1);
		assert_eq!(uuid, provenance_uuid(&record, 1));
		assert_ne!(uuid, provenance_uuid(&record, 2));
		assert_ne!(uuid, provenance_uuid(&Hash::repeat_byte(0xab), 1));
		let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
		assert_eq!(groups, vec![8, 4, 4, 4, 12], "{uuid}");
		assert!(uuid.chars().all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
		assert_eq!(&uuid[14..15], "8", "version 8: {uuid}");
		assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "RFC variant: {uuid}");
	}

	#[test]
	fn base64_follows_rfc_4648() {
		for (input, encoded) in [
			("", ""),
			("f", "Zg=="),
			("fo", "Zm8="),
			("foo", "Zm9v"),
			("foob", "Zm9vYg=="),
			("fooba", "Zm9vYmE="),
			("foobar", "Zm9vYmFy"),
		] {
			assert_eq!(base64(input.as_bytes()), encoded, "{input:?}");
		}
		assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
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
