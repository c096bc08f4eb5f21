//! Drug provenance over JSON-RPC: what a pharmacist's scanner or a patient's phone asks
//! (`healthchain_verifyPack`, which also takes the GS1 element string a scanner reads), a pack
//! and its history as an EPCIS 2.0 document, products, batches, cases, an organisation's stock
//! and the regulators' list of packs under investigation. Answers come from the runtime's
//! `ProvenanceApi` at the best block, or at the block given as the last parameter.

use std::sync::Arc;

use healthchain_primitives::{
	provenance::{
		is_gs1_text, parse_element_string, BatchInfo, BatchStatus, CaseInfo, DecommissionReason,
		Expiry, Gs1Error, Gtin, Investigation, PackEvent, PackEventKind, PackInfo, PackKey,
		PackStatus, ProductInfo, ProvenanceApi, Scan, Serial, Sscc, Verdict, Verification,
	},
	OrganizationId,
};
pub use healthchain_rpc_api::provenance::ProvenanceRpcServer;
use healthchain_runtime::opaque::Hash;
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;

use super::params::{block, internal, invalid_params, iso8601};
use crate::service::ParachainClient;

fn gs1_error(what: &str, e: Gs1Error) -> ErrorObjectOwned {
	invalid_params(format!("invalid {what}: {e}"))
}

/// A GTIN given as 14 digits (8, 12 or 13 are padded), check digit validated.
pub fn gtin(text: &str) -> Result<Gtin, ErrorObjectOwned> {
	Gtin::parse(text).map_err(|e| gs1_error("GTIN", e))
}

/// An SSCC given as 18 digits, check digit validated.
pub fn sscc(text: &str) -> Result<Sscc, ErrorObjectOwned> {
	Sscc::parse(text).map_err(|e| gs1_error("SSCC", e))
}

/// A serial or lot number: 1–20 characters of the GS1 character set.
pub fn gs1_text(what: &str, text: &str) -> Result<Vec<u8>, ErrorObjectOwned> {
	is_gs1_text(text.as_bytes()).then(|| text.as_bytes().to_vec()).ok_or_else(|| {
		invalid_params(format!(
			"invalid {what} {text:?}: 1 to 20 characters of the GS1 character set (A–Z, a–z, \
			 0–9 and !\"%&'()*+,-./:;<=>?_)"
		))
	})
}

/// An expiry date as `YYMMDD` (GS1 AI 17) or `YYYY-MM-DD` (years 2000–2099).
pub fn expiry(text: &str) -> Result<Expiry, ErrorObjectOwned> {
	let text = text.trim();
	let compact = match text.as_bytes() {
		[b'2', b'0', y1, y2, b'-', m1, m2, b'-', d1, d2] => {
			String::from_utf8(vec![*y1, *y2, *m1, *m2, *d1, *d2]).unwrap_or_default()
		},
		_ => text.to_string(),
	};
	Expiry::parse(&compact).map_err(|_| {
		invalid_params(format!(
			"invalid expiry {text:?}: expected YYMMDD (DD may be 00 for the end of the month) \
			 or YYYY-MM-DD, a real date in 2000–2099"
		))
	})
}

fn pack_key(gtin: Gtin, serial: Vec<u8>) -> Result<PackKey, ErrorObjectOwned> {
	let serial = Serial::try_from(serial)
		.map_err(|_| invalid_params("invalid serial: at most 20 characters"))?;
	Ok(PackKey { gtin, serial })
}

/// What to verify: a GS1 element string (bracketed or raw with FNC1, ASCII 29) or an object
/// `{ "gtin", "serial", "lot"?, "expiry"? }`.
pub fn scan(query: &Value) -> Result<Scan, ErrorObjectOwned> {
	match query {
		Value::String(text) => {
			parse_element_string(text).map_err(|e| gs1_error("element string", e))
		},
		Value::Object(fields) => {
			let field = |name: &str| -> Result<Option<&str>, ErrorObjectOwned> {
				match fields.get(name) {
					None | Some(Value::Null) => Ok(None),
					Some(Value::String(s)) => Ok(Some(s.as_str())),
					Some(other) => {
						Err(invalid_params(format!("{name} must be a string, not {other}")))
					},
				}
			};
			let gtin = gtin(field("gtin")?.ok_or_else(|| invalid_params("gtin is missing"))?)?;
			let serial = gs1_text(
				"serial",
				field("serial")?.ok_or_else(|| invalid_params("serial is missing"))?,
			)?;
			let lot = field("lot")?.map(|l| gs1_text("lot", l)).transpose()?;
			let expiry = field("expiry")?.map(expiry).transpose()?;
			Ok(Scan { gtin, serial, lot, expiry })
		},
		other => Err(invalid_params(format!(
			"expected a GS1 element string such as \"(01)09501101530003(21)S1(10)L1(17)281231\" \
			 or an object {{\"gtin\", \"serial\", \"lot\", \"expiry\"}}, not {other}"
		))),
	}
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn verdict_name(v: Verdict) -> &'static str {
	match v {
		Verdict::Authentic => "authentic",
		Verdict::Unknown => "unknown",
		Verdict::Mismatch => "mismatch",
		Verdict::Illegitimate => "illegitimate",
		Verdict::Recalled => "recalled",
		Verdict::Suspect => "suspect",
		Verdict::Expired => "expired",
		Verdict::AlreadyDispensed => "alreadyDispensed",
		Verdict::Decommissioned => "decommissioned",
	}
}

fn status_name(s: PackStatus) -> &'static str {
	match s {
		PackStatus::Active => "active",
		PackStatus::InTransit => "inTransit",
		PackStatus::Dispensed => "dispensed",
		PackStatus::Decommissioned(_) => "decommissioned",
		PackStatus::Suspect => "suspect",
		PackStatus::Quarantined => "quarantined",
		PackStatus::Illegitimate => "illegitimate",
	}
}

fn reason_name(r: DecommissionReason) -> &'static str {
	match r {
		DecommissionReason::Destroyed => "destroyed",
		DecommissionReason::Exported => "exported",
		DecommissionReason::Sample => "sample",
		DecommissionReason::FreeSample => "freeSample",
		DecommissionReason::Stolen => "stolen",
		DecommissionReason::Damaged => "damaged",
		DecommissionReason::Locked => "locked",
	}
}

fn investigation_name(i: Investigation) -> &'static str {
	match i {
		Investigation::Suspect => "suspect",
		Investigation::Quarantined => "quarantined",
		Investigation::Illegitimate => "illegitimate",
	}
}

fn batch_status_name(s: BatchStatus) -> &'static str {
	match s {
		BatchStatus::Active => "active",
		BatchStatus::Recalled => "recalled",
	}
}

/// A pack's identity as JSON, with its GS1 element string and Digital Link.
pub fn key_json(key: &PackKey) -> Value {
	let (gtin, serial) = (key.gtin.to_digits(), text(&key.serial));
	json!({
		"gtin": gtin,
		"serial": serial,
		"elementString": format!("(01){gtin}(21){serial}"),
	})
}

fn expiry_json(e: Expiry) -> Value {
	json!({ "yymmdd": format!("{:06}", e.0), "lastDay": e.to_iso_date() })
}

/// A pack as JSON (without its history).
pub fn pack_json(p: &PackInfo) -> Value {
	json!({
		"gtin": p.gtin.to_digits(),
		"serial": text(&p.serial),
		"lot": text(&p.lot),
		"expiry": expiry_json(p.expiry),
		"status": status_name(p.status),
		"decommissionReason": match p.status {
			PackStatus::Decommissioned(r) => Some(reason_name(r)),
			_ => None,
		},
		"owner": p.owner,
		"inTransitTo": p.in_transit_to,
		"case": p.case.map(|c| c.to_digits()),
		"batchStatus": batch_status_name(p.batch_status),
		"expired": p.expired,
	})
}

/// A verification as JSON.
pub fn verification_json(v: &Verification, scanned: &Scan) -> Value {
	json!({
		"verdict": verdict_name(v.verdict),
		"lotMatches": v.lot_matches,
		"expiryMatches": v.expiry_matches,
		"pack": v.pack.as_ref().map(pack_json),
		"scanned": {
			"gtin": scanned.gtin.to_digits(),
			"serial": text(&scanned.serial),
			"lot": scanned.lot.as_deref().map(text),
			"expiry": scanned.expiry.map(expiry_json),
		},
	})
}

/// The GS1 Digital Link URI of a pack (EPCIS 2.0 accepts these as EPC identifiers).
fn sgtin_uri(gtin: Gtin, serial: &[u8]) -> String {
	let mut encoded = String::new();
	for byte in serial {
		match byte {
			b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
				encoded.push(*byte as char)
			},
			other => encoded.push_str(&format!("%{other:02X}")),
		}
	}
	format!("https://id.gs1.org/01/{}/21/{encoded}", gtin.to_digits())
}

fn sscc_uri(sscc: Sscc) -> String {
	format!("https://id.gs1.org/00/{}", sscc.to_digits())
}

fn party(org: OrganizationId) -> String {
	format!("urn:healthchain:organization:{org}")
}

const CBV: &str = "https://ref.gs1.org/cbv/";

/// One pack event as an EPCIS 2.0 event (CBV business steps and dispositions).
fn epcis_event(epc: &str, e: &PackEvent) -> Value {
	let object = |action: &str, step: &str, disposition: &str| {
		json!({
			"type": "ObjectEvent",
			"action": action,
			"epcList": [epc],
			"bizStep": format!("{CBV}BizStep-{step}"),
			"disposition": format!("{CBV}Disp-{disposition}"),
		})
	};
	let mut event = match e.kind {
		PackEventKind::Commissioned => object("ADD", "commissioning", "active"),
		PackEventKind::Packed(case) | PackEventKind::Unpacked(case) => {
			let (action, step) = match e.kind {
				PackEventKind::Packed(_) => ("ADD", "packing"),
				_ => ("DELETE", "unpacking"),
			};
			json!({
				"type": "AggregationEvent",
				"action": action,
				"parentID": sscc_uri(case),
				"childEPCs": [epc],
				"bizStep": format!("{CBV}BizStep-{step}"),
				"disposition": format!("{CBV}Disp-in_progress"),
			})
		},
		PackEventKind::Shipped(to) => {
			let mut v = object("OBSERVE", "shipping", "in_transit");
			v["destinationList"] =
				json!([{ "type": format!("{CBV}SDT-owning_party"), "destination": party(to) }]);
			v
		},
		PackEventKind::Received(from) => {
			let mut v = object("OBSERVE", "receiving", "active");
			v["sourceList"] =
				json!([{ "type": format!("{CBV}SDT-owning_party"), "source": party(from) }]);
			v
		},
		PackEventKind::ShipmentCancelled(to) => {
			let mut v = object("OBSERVE", "void_shipping", "active");
			v["destinationList"] =
				json!([{ "type": format!("{CBV}SDT-owning_party"), "destination": party(to) }]);
			v
		},
		PackEventKind::Dispensed => object("OBSERVE", "dispensing", "dispensed"),
		PackEventKind::Decommissioned(reason) => {
			let (step, disposition) = match reason {
				DecommissionReason::Destroyed => ("destroying", "destroyed"),
				DecommissionReason::Stolen => ("decommissioning", "stolen"),
				DecommissionReason::Damaged => ("decommissioning", "damaged"),
				DecommissionReason::Exported => ("decommissioning", "inactive"),
				DecommissionReason::Locked => ("holding", "sellable_not_accessible"),
				DecommissionReason::Sample | DecommissionReason::FreeSample => {
					("decommissioning", "non_sellable_other")
				},
			};
			let mut v = object("DELETE", step, disposition);
			v["hc:reason"] = json!(reason_name(reason));
			v
		},
		PackEventKind::Undone => {
			let mut v = object("OBSERVE", "inspecting", "active");
			v["hc:undo"] = json!(true);
			v
		},
		PackEventKind::FlaggedSuspect => {
			let mut v = object("OBSERVE", "inspecting", "non_sellable_other");
			v["hc:investigation"] = json!("suspect");
			v
		},
		PackEventKind::Quarantined => {
			let mut v = object("OBSERVE", "holding", "sellable_not_accessible");
			v["hc:investigation"] = json!("quarantined");
			v
		},
		PackEventKind::Cleared => {
			let mut v = object("OBSERVE", "inspecting", "active");
			v["hc:investigation"] = json!("cleared");
			v
		},
		PackEventKind::DeclaredIllegitimate => {
			let mut v = object("OBSERVE", "inspecting", "non_sellable_other");
			v["hc:investigation"] = json!("illegitimate");
			v
		},
	};
	event["eventTime"] = json!(iso8601(e.at));
	event["eventTimeZoneOffset"] = json!("+00:00");
	event["readPoint"] = json!({ "id": party(e.by) });
	event
}

/// A pack's history as an EPCIS 2.0 JSON-LD document; a recall of its batch is an event too.
pub fn epcis_document(p: &PackInfo, recall: Option<(OrganizationId, u64)>) -> Value {
	let epc = sgtin_uri(p.gtin, &p.serial);
	let mut events: Vec<(u64, Value)> =
		p.history.iter().map(|e| (e.at, epcis_event(&epc, e))).collect();
	if let Some((by, at)) = recall {
		let mut v = json!({
			"type": "ObjectEvent",
			"action": "OBSERVE",
			"epcList": [epc],
			"bizStep": format!("{CBV}BizStep-holding"),
			"disposition": format!("{CBV}Disp-recalled"),
			"eventTime": iso8601(at),
			"eventTimeZoneOffset": "+00:00",
			"readPoint": { "id": party(by) },
		});
		v["hc:batch"] = json!(text(&p.lot));
		events.push((at, v));
	}
	// Stable: equal times keep the chain's order.
	events.sort_by_key(|(at, _)| *at);
	let created = events.last().map_or(0, |(at, _)| *at);
	json!({
		"@context": [
			"https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
			{ "hc": "urn:healthchain:" },
		],
		"type": "EPCISDocument",
		"schemaVersion": "2.0",
		"creationDate": iso8601(created),
		"epcisBody": { "eventList": events.into_iter().map(|(_, v)| v).collect::<Vec<_>>() },
	})
}

fn product_json(p: &ProductInfo) -> Value {
	json!({
		"gtin": p.gtin.to_digits(),
		"manufacturer": p.manufacturer,
		"masterData": p.master_data,
		"registeredAt": p.registered_at,
	})
}

fn batch_json(b: &BatchInfo) -> Value {
	json!({
		"gtin": b.gtin.to_digits(),
		"lot": text(&b.lot),
		"expiry": expiry_json(b.expiry),
		"manufacturer": b.manufacturer,
		"commissioned": b.commissioned,
		"status": batch_status_name(b.status),
		"recalled": b.recalled.map(|(by, at)| json!({ "by": by, "at": at })),
		"registeredAt": b.registered_at,
		"expired": b.expired,
	})
}

fn case_json(c: &CaseInfo) -> Value {
	json!({
		"sscc": c.sscc.to_digits(),
		"owner": c.owner,
		"inTransitTo": c.in_transit_to,
		"contents": c.contents.iter().map(key_json).collect::<Vec<_>>(),
	})
}

/// A page cursor: the last pack of the previous page, `{ "gtin", "serial" }`.
fn cursor(after: Option<Value>) -> Result<Option<PackKey>, ErrorObjectOwned> {
	match after {
		None | Some(Value::Null) => Ok(None),
		Some(Value::Object(fields)) => {
			let get = |name: &str| {
				fields.get(name).and_then(Value::as_str).ok_or_else(|| {
					invalid_params(format!("after.{name} is missing: pass the last pack of a page"))
				})
			};
			Ok(Some(pack_key(gtin(get("gtin")?)?, gs1_text("serial", get("serial")?)?)?))
		},
		Some(other) => Err(invalid_params(format!(
			"after must be the last pack of a page, {{\"gtin\", \"serial\"}}, not {other}"
		))),
	}
}

fn page(keys: Vec<Value>, limit: u32) -> Value {
	let next = if keys.len() as u32 == limit { keys.last().cloned() } else { None };
	json!({ "items": keys, "next": next })
}

/// Implementation of [`ProvenanceRpcServer`].
pub struct ProvenanceRpcImpl {
	client: Arc<ParachainClient>,
}

impl ProvenanceRpcImpl {
	/// Serves the provenance methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}
}

fn api_error(e: sp_api::ApiError) -> ErrorObjectOwned {
	internal(format!("the runtime's ProvenanceApi failed: {e}"))
}

fn limit_of(limit: Option<u32>) -> Result<u32, ErrorObjectOwned> {
	match limit.unwrap_or(100) {
		0 => Err(invalid_params("limit must be at least 1")),
		n if n > 1_000 => Err(invalid_params(format!("limit {n} is above the maximum of 1000"))),
		n => Ok(n),
	}
}

impl ProvenanceRpcServer for ProvenanceRpcImpl {
	fn verify_pack(&self, query: Value, at: Option<Hash>) -> RpcResult<Value> {
		let scanned = scan(&query)?;
		let at = block(&self.client, at)?;
		let verification = self
			.client
			.runtime_api()
			.verify(at, scanned.gtin, scanned.serial.clone(), scanned.lot.clone(), scanned.expiry)
			.map_err(api_error)?;
		Ok(verification_json(&verification, &scanned))
	}

	fn pack(&self, gtin_text: String, serial: String, at: Option<Hash>) -> RpcResult<Value> {
		let (gtin, serial) = (gtin(&gtin_text)?, gs1_text("serial", &serial)?);
		let at = block(&self.client, at)?;
		let pack = self.client.runtime_api().pack(at, gtin, serial).map_err(api_error)?;
		Ok(pack.as_ref().map_or(Value::Null, pack_json))
	}

	fn pack_events(&self, gtin_text: String, serial: String, at: Option<Hash>) -> RpcResult<Value> {
		let (gtin, serial) = (gtin(&gtin_text)?, gs1_text("serial", &serial)?);
		let at = block(&self.client, at)?;
		let api = self.client.runtime_api();
		let Some(pack) = api.pack(at, gtin, serial).map_err(api_error)? else {
			return Ok(Value::Null);
		};
		let recall =
			api.batch(at, gtin, pack.lot.clone()).map_err(api_error)?.and_then(|b| b.recalled);
		Ok(epcis_document(&pack, recall))
	}

	fn product(&self, gtin_text: String, at: Option<Hash>) -> RpcResult<Value> {
		let gtin = gtin(&gtin_text)?;
		let at = block(&self.client, at)?;
		let product = self.client.runtime_api().product(at, gtin).map_err(api_error)?;
		Ok(product.as_ref().map_or(Value::Null, product_json))
	}

	fn drug_batch(&self, gtin_text: String, lot: String, at: Option<Hash>) -> RpcResult<Value> {
		let (gtin, lot) = (gtin(&gtin_text)?, gs1_text("lot", &lot)?);
		let at = block(&self.client, at)?;
		let batch = self.client.runtime_api().batch(at, gtin, lot).map_err(api_error)?;
		Ok(batch.as_ref().map_or(Value::Null, batch_json))
	}

	fn shipping_case(&self, sscc_text: String, at: Option<Hash>) -> RpcResult<Value> {
		let sscc = sscc(&sscc_text)?;
		let at = block(&self.client, at)?;
		let case = self.client.runtime_api().case(at, sscc).map_err(api_error)?;
		Ok(case.as_ref().map_or(Value::Null, case_json))
	}

	fn stock_of(
		&self,
		org: OrganizationId,
		after: Option<Value>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let (after, limit) = (cursor(after)?, limit_of(limit)?);
		let at = block(&self.client, at)?;
		let keys = self.client.runtime_api().owned_by(at, org, after, limit).map_err(api_error)?;
		Ok(page(keys.iter().map(key_json).collect(), limit))
	}

	fn flagged_packs(
		&self,
		after: Option<Value>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Value> {
		let (after, limit) = (cursor(after)?, limit_of(limit)?);
		let at = block(&self.client, at)?;
		let list = self.client.runtime_api().flagged(at, after, limit).map_err(api_error)?;
		let items = list
			.iter()
			.map(|(key, investigation)| {
				let mut v = key_json(key);
				v["investigation"] = json!(investigation_name(*investigation));
				v
			})
			.collect();
		Ok(page(items, limit))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const GTIN: &str = "09501101530003";

	#[test]
	fn verify_queries_parse_from_element_strings_and_objects() {
		let from_string = scan(&json!(format!("(01){GTIN}(21)S1(10)L1(17)281231"))).unwrap();
		let from_object =
			scan(&json!({ "gtin": GTIN, "serial": "S1", "lot": "L1", "expiry": "2028-12-31" }))
				.unwrap();
		assert_eq!(from_string, from_object);
		let raw = scan(&json!(format!("]d201{GTIN}21S1\u{1d}10L1\u{1d}17281231"))).unwrap();
		assert_eq!(raw, from_string);
	}

	#[test]
	fn malformed_queries_say_what_is_wrong() {
		for (query, expected) in [
			(json!("(01)09501101530004(21)S1"), "wrong check digit"),
			(json!(format!("(01){GTIN}")), "(21) is missing"),
			(json!(format!("(01){GTIN}(21)S1(99)X")), "unsupported application identifier (99)"),
			(json!({ "serial": "S1" }), "gtin is missing"),
			(json!({ "gtin": GTIN }), "serial is missing"),
			(json!({ "gtin": GTIN, "serial": "S 1" }), "GS1 character set"),
			(json!({ "gtin": GTIN, "serial": "S1", "expiry": "2028-02-30" }), "invalid expiry"),
			(json!({ "gtin": 9501101530003u64, "serial": "S1" }), "gtin must be a string"),
			(json!(42), "expected a GS1 element string"),
		] {
			let err = scan(&query).unwrap_err();
			assert_eq!(err.code(), -32602, "{query}");
			assert!(err.message().contains(expected), "{query}: {}", err.message());
		}
	}

	#[test]
	fn history_renders_as_an_epcis_document() {
		let pack = PackInfo {
			gtin: Gtin::parse(GTIN).unwrap(),
			serial: b"S/1".to_vec(),
			lot: b"L1".to_vec(),
			expiry: Expiry(281231),
			status: PackStatus::Dispensed,
			owner: 4,
			in_transit_to: None,
			case: None,
			batch_status: BatchStatus::Recalled,
			expired: false,
			history: vec![
				PackEvent { kind: PackEventKind::Commissioned, by: 1, at: 1_000 },
				PackEvent {
					kind: PackEventKind::Packed(Sscc(106_141_411_234_567_897)),
					by: 1,
					at: 2_000,
				},
				PackEvent { kind: PackEventKind::Shipped(3), by: 1, at: 3_000 },
				PackEvent { kind: PackEventKind::Dispensed, by: 4, at: 5_000 },
			],
		};
		let doc = epcis_document(&pack, Some((1, 4_000)));
		assert_eq!(doc["type"], "EPCISDocument");
		assert_eq!(doc["schemaVersion"], "2.0");
		let events = doc["epcisBody"]["eventList"].as_array().unwrap();
		assert_eq!(events.len(), 5);
		assert_eq!(events[0]["epcList"][0], "https://id.gs1.org/01/09501101530003/21/S%2F1");
		assert_eq!(events[0]["bizStep"], "https://ref.gs1.org/cbv/BizStep-commissioning");
		assert_eq!(events[1]["type"], "AggregationEvent");
		assert_eq!(events[1]["parentID"], "https://id.gs1.org/00/106141411234567897");
		assert_eq!(
			events[2]["destinationList"][0]["destination"],
			"urn:healthchain:organization:3"
		);
		assert_eq!(events[3]["disposition"], "https://ref.gs1.org/cbv/Disp-recalled");
		assert_eq!(events[4]["bizStep"], "https://ref.gs1.org/cbv/BizStep-dispensing");
		assert_eq!(events[4]["eventTime"], "1970-01-01T00:00:05.000Z");
		assert_eq!(doc["creationDate"], "1970-01-01T00:00:05.000Z");
	}

	#[test]
	fn cursors_and_limits_are_checked() {
		assert_eq!(cursor(None).unwrap(), None);
		let key = cursor(Some(json!({ "gtin": GTIN, "serial": "S1" }))).unwrap().unwrap();
		assert_eq!(key_json(&key)["elementString"], format!("(01){GTIN}(21)S1"));
		assert!(cursor(Some(json!("S1"))).unwrap_err().message().contains("last pack"));
		assert!(cursor(Some(json!({ "gtin": GTIN }))).unwrap_err().message().contains("serial"));
		assert_eq!(limit_of(None).unwrap(), 100);
		assert!(limit_of(Some(0)).is_err() && limit_of(Some(1_001)).is_err());
	}
}
