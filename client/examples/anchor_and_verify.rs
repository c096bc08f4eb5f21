//! Anchors a lab result as a record and verifies it, then verifies a re-ordered copy and an
//! altered one: the five-minute path of docs/client.md, from Rust.
//!
//! `cargo run -p healthchain-client --example anchor_and_verify -- ws://127.0.0.1:9944`
//! (signs as //Dave, the dev chain's hospital; the patient is //Alice).

use healthchain_client::{
	canonical, chain,
	chain::runtime_types::healthchain_primitives::vocabulary::DataClass,
	hashing::{self, RECORD_DOMAIN},
	keys,
	rpc::records::RecordsRpcClient,
	Client, Error,
};

const OBSERVATION: &str = r#"{"resourceType": "Observation", "status": "final",
  "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]},
  "valueQuantity": {"value": 5.4, "unit": "mmol/L"}}"#;

#[tokio::main]
async fn main() -> Result<(), Error> {
	let url = std::env::args().nth(1).unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let client = Client::connect(&url).await?;
	let hospital = keys::from_uri("//Dave")?;
	let patient = keys::account_of(&keys::from_uri("//Alice")?);

	// Commit to the canonical form with a fresh salt; only the commitment goes on chain.
	let salt = hashing::random_salt()?;
	let canonical =
		canonical::canonicalize(OBSERVATION.as_bytes()).map_err(|e| Error::Other(e.to_string()))?;
	let commitment = hashing::commit(RECORD_DOMAIN, &salt, &canonical)?;
	let call = chain::tx().records().anchor(
		hashing::random_local_id()?,
		patient,
		DataClass::LabResults,
		commitment,
	);
	let included = client.submit(&call, &hospital, |p| println!("  {p}")).await?;
	let record = included
		.event("Records", "RecordAnchored")
		.and_then(|e| e.field("record"))
		.and_then(|r| r.as_str())
		.ok_or_else(|| Error::Other("no RecordAnchored event".into()))?
		.to_string();
	println!("record {record} anchored in block #{}", included.block_number);

	// The same resource, re-ordered and re-indented, verifies; an altered one does not.
	let reordered = r#"{ "valueQuantity": { "unit": "mmol/L", "value": 5.40 }, "status": "final",
	  "code": { "coding": [ { "code": "2345-7", "system": "http://loinc.org" } ] },
	  "resourceType": "Observation" }"#;
	let altered = OBSERVATION.replace("5.4", "9.4");
	for (label, text) in [("re-ordered copy", reordered), ("altered copy", altered.as_str())] {
		let bytes =
			canonical::canonicalize(text.as_bytes()).map_err(|e| Error::Other(e.to_string()))?;
		let commitment = hashing::commit(RECORD_DOMAIN, &salt, &bytes)?;
		let answer =
			client.rpc().verify_record(record.clone(), format!("{commitment:?}"), None).await?;
		println!("{label}: {}", answer["outcome"]);
		let expected = if label == "altered copy" { "mismatch" } else { "match" };
		if answer["outcome"] != expected {
			return Err(Error::Other(format!("{label}: expected {expected}, got {answer}")));
		}
	}
	Ok(())
}
