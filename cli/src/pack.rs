//! `healthchain pack …`: verify a pack from what a scanner reads (a GS1 element string), and
//! the supply-chain steps: register a product and a batch, commission packs, ship, receive,
//! dispense. Element strings are read by the node (`healthchain_verifyPack`), the one GS1
//! parser, so the CLI and the chain cannot read a code differently.

use std::path::PathBuf;

use clap::Subcommand;
use healthchain_client::{
	canonical, chain,
	chain::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec,
		healthchain_primitives::provenance::{Expiry, Gtin, Item, PackKey},
	},
	hashing,
	rpc::provenance::ProvenanceRpcClient,
	to_hex, Client, Error,
};
use serde_json::{json, Value};

use crate::{read_file, write_json, Context};

/// The domain tag of a product's master-data commitment.
pub const PRODUCT_DOMAIN: &[u8] = b"healthchain/product";

/// Exit status of `pack verify` by verdict: 0 authentic (may be supplied); every other verdict
/// means "do not supply".
pub const VERDICT_EXIT: [(&str, u8); 9] = [
	("authentic", 0),
	("unknown", 10),
	("mismatch", 11),
	("illegitimate", 12),
	("recalled", 13),
	("suspect", 14),
	("expired", 15),
	("alreadyDispensed", 16),
	("decommissioned", 17),
];

#[derive(Subcommand)]
pub enum PackCommand {
	/// Verifies a pack before it is supplied: "(01)…(21)…(10)…(17)…" or the raw scanner form.
	/// Exit status by verdict: 0 authentic, 10 unknown, 11 mismatch, 12 illegitimate,
	/// 13 recalled, 14 suspect, 15 expired, 16 already dispensed, 17 decommissioned.
	Verify {
		/// The GS1 element string.
		element_string: String,
	},
	/// Registers product GTIN (manufacturer), committing to its master data file.
	Product {
		/// The 14-digit GTIN.
		gtin: String,
		/// The product's master data (JSON in canonical form, other files as they are).
		#[arg(long)]
		master_data: PathBuf,
		/// Where to write the receipt with the salt (default: GTIN.product.json).
		#[arg(long)]
		receipt: Option<PathBuf>,
	},
	/// Registers batch LOT of product GTIN, expiring EXPIRY (manufacturer).
	Batch {
		/// The 14-digit GTIN.
		gtin: String,
		/// The lot number (AI 10).
		#[arg(long)]
		lot: String,
		/// The expiry date as printed in AI 17: YYMMDD (DD 00: the month's last day).
		#[arg(long)]
		expiry: String,
	},
	/// Commissions packs (manufacturer): element strings with (01), (21) and (10), all of one
	/// batch.
	Commission {
		/// "(01)…(21)…(10)…", one per pack.
		#[arg(required = true)]
		element_strings: Vec<String>,
	},
	/// Ships a pack to another supply-chain organisation.
	Ship {
		/// "(01)…(21)…".
		element_string: String,
		/// The receiving organisation's id.
		#[arg(long)]
		to: u32,
	},
	/// Receives a pack shipped to the signer's organisation.
	Receive {
		/// "(01)…(21)…".
		element_string: String,
	},
	/// Dispenses a pack to a patient (pharmacy, hospital).
	Dispense {
		/// "(01)…(21)…".
		element_string: String,
	},
}

/// What the node read from an element string.
struct Scanned {
	gtin: u64,
	serial: Vec<u8>,
	lot: Option<Vec<u8>>,
	verification: Value,
}

async fn scan(client: &Client, element_string: &str) -> Result<Scanned, Error> {
	let verification = client.rpc().verify_pack(Value::String(element_string.into()), None).await?;
	let scanned = &verification["scanned"];
	let gtin = scanned["gtin"]
		.as_str()
		.and_then(|digits| digits.parse().ok())
		.ok_or_else(|| Error::Other("the node's answer has no GTIN".into()))?;
	let text = |v: &Value| v.as_str().map(|s| s.as_bytes().to_vec());
	Ok(Scanned {
		gtin,
		serial: text(&scanned["serial"]).unwrap_or_default(),
		lot: text(&scanned["lot"]),
		verification,
	})
}

fn pack_key(scanned: &Scanned) -> PackKey {
	PackKey { gtin: Gtin(scanned.gtin), serial: BoundedVec(scanned.serial.clone()) }
}

fn need<T: Clone>(value: &Option<T>, ai: &str, what: &str) -> Result<T, Error> {
	value.clone().ok_or_else(|| Error::Other(format!("the element string has no {ai} ({what})")))
}

pub async fn run(context: &Context, command: PackCommand) -> Result<u8, Error> {
	let client = context.client().await?;
	match command {
		PackCommand::Verify { element_string } => verify(context, &client, &element_string).await,
		PackCommand::Product { gtin, master_data, receipt } => {
			let gtin_value = parse_gtin(&gtin)?;
			let content = read_file(&master_data)?;
			let (bytes, form) = canonical::document_form(&content);
			let salt = hashing::random_salt()?;
			let commitment = hashing::commit(PRODUCT_DOMAIN, &salt, &bytes)?;
			// The receipt holds the salt that opens the commitment: written before sending.
			let receipt = receipt.unwrap_or_else(|| PathBuf::from(format!("{gtin}.product.json")));
			let mut written = json!({
				"kind": "healthchain/product-receipt",
				"status": "submitted",
				"gtin": gtin,
				"document": master_data,
				"form": form,
				"salt": format!("0x{}", to_hex(&salt)),
				"masterData": commitment,
			});
			let call = chain::tx().provenance().register_product(Gtin(gtin_value), commitment);
			let submitted = context
				.submit_recorded(&client, &call, |extrinsic| {
					written["extrinsic"] = json!(extrinsic);
					write_json(&receipt, &written, true)
				})
				.await;
			let included = crate::discard_if_failed(submitted, &[&receipt])?;
			written["status"] = json!("registered");
			written["block"] = json!(included.block_number);
			write_json(&receipt, &written, false)?;
			done(
				context,
				&included,
				json!({ "gtin": gtin, "masterData": commitment, "receipt": receipt }),
				|| {
					format!(
						"product {gtin} registered in block #{}\nreceipt: {}",
						included.block_number,
						receipt.display()
					)
				},
			)
		},
		PackCommand::Batch { gtin, lot, expiry } => {
			// Six digits; the chain checks the month and day.
			let expiry_value = Some(&expiry)
				.filter(|e| e.len() == 6 && e.bytes().all(|b| b.is_ascii_digit()))
				.and_then(|e| e.parse::<u32>().ok())
				.ok_or_else(|| Error::Other(format!("expiry `{expiry}` is not YYMMDD")))?;
			let call = chain::tx().provenance().register_batch(
				Gtin(parse_gtin(&gtin)?),
				BoundedVec(lot.as_bytes().to_vec()),
				Expiry(expiry_value),
			);
			let included = context.submit(&client, &call).await?;
			done(context, &included, json!({ "gtin": gtin, "lot": lot, "expiry": expiry }), || {
				format!("batch {lot} registered in block #{}", included.block_number)
			})
		},
		PackCommand::Commission { element_strings } => {
			let mut packs = Vec::new();
			for element_string in &element_strings {
				packs.push(scan(&client, element_string).await?);
			}
			let first = &packs[0];
			let lot = need(&first.lot, "(10)", "lot")?;
			if packs.iter().any(|p| p.gtin != first.gtin || p.lot.as_ref() != Some(&lot)) {
				return Err(Error::Other(
					"commission packs of one batch (same GTIN and lot) at a time".into(),
				));
			}
			let serials = packs.iter().map(|p| BoundedVec(p.serial.clone())).collect();
			let call = chain::tx().provenance().commission(
				Gtin(first.gtin),
				BoundedVec(lot),
				BoundedVec(serials),
			);
			let included = context.submit(&client, &call).await?;
			done(context, &included, json!({ "commissioned": element_strings }), || {
				format!("{} packs commissioned in block #{}", packs.len(), included.block_number)
			})
		},
		PackCommand::Ship { element_string, to } => {
			let key = pack_key(&scan(&client, &element_string).await?);
			let call = chain::tx().provenance().ship(Item::Pack(key), to);
			let included = context.submit(&client, &call).await?;
			done(context, &included, json!({ "shipped": element_string, "to": to }), || {
				format!("shipped to organisation {to} in block #{}", included.block_number)
			})
		},
		PackCommand::Receive { element_string } => {
			let key = pack_key(&scan(&client, &element_string).await?);
			let call = chain::tx().provenance().receive(Item::Pack(key));
			let included = context.submit(&client, &call).await?;
			done(context, &included, json!({ "received": element_string }), || {
				format!("received in block #{}", included.block_number)
			})
		},
		PackCommand::Dispense { element_string } => {
			let key = pack_key(&scan(&client, &element_string).await?);
			let call = chain::tx().provenance().dispense(key);
			let included = context.submit(&client, &call).await?;
			done(context, &included, json!({ "dispensed": element_string }), || {
				format!("dispensed in block #{}", included.block_number)
			})
		},
	}
}

/// A GTIN's digits as the chain stores them (the chain checks the check digit).
fn parse_gtin(digits: &str) -> Result<u64, Error> {
	let digits = digits.trim();
	match digits.len() {
		8 | 12 | 13 | 14 if digits.bytes().all(|b| b.is_ascii_digit()) => {
			Ok(digits.parse().expect("digits"))
		},
		_ => Err(Error::Other(format!("`{digits}` is not a GTIN (8, 12, 13 or 14 digits)"))),
	}
}

/// Prints what a transaction did, with its block, and exits 0.
fn done(
	context: &Context,
	included: &healthchain_client::Included,
	mut summary: Value,
	words: impl FnOnce() -> String,
) -> Result<u8, Error> {
	summary["transaction"] = included.to_json();
	context.print(&summary, words);
	Ok(0)
}

async fn verify(context: &Context, client: &Client, element_string: &str) -> Result<u8, Error> {
	let scanned = scan(client, element_string).await?;
	let answer = scanned.verification;
	let verdict = answer["verdict"].as_str().unwrap_or("unknown").to_string();
	context.print(&answer, || {
		let pack = &answer["pack"];
		let mut lines = vec![format!("{}", verdict_words(&verdict))];
		if pack.is_object() {
			lines.push(format!(
				"  GTIN {}  serial {}  lot {}  expiry {}",
				pack["gtin"].as_str().unwrap_or("?"),
				pack["serial"].as_str().unwrap_or("?"),
				pack["lot"].as_str().unwrap_or("?"),
				pack["expiry"]["lastDay"].as_str().unwrap_or("?")
			));
			lines.push(format!(
				"  status {}  held by organisation {}  batch {}",
				pack["status"].as_str().unwrap_or("?"),
				pack["owner"],
				pack["batchStatus"].as_str().unwrap_or("?")
			));
		}
		if answer["lotMatches"] == json!(false) {
			lines.push("  the lot printed on the pack differs from the chain's".into());
		}
		if answer["expiryMatches"] == json!(false) {
			lines.push("  the expiry printed on the pack differs from the chain's".into());
		}
		lines.join("\n")
	});
	Ok(VERDICT_EXIT.iter().find(|(name, _)| *name == verdict).map_or(10, |(_, code)| *code))
}

fn verdict_words(verdict: &str) -> String {
	match verdict {
		"authentic" => "AUTHENTIC — may be supplied".into(),
		"unknown" => "UNKNOWN — no such pack on record: do not supply".into(),
		"mismatch" => "MISMATCH — lot or expiry differ from the record: do not supply".into(),
		"illegitimate" => "ILLEGITIMATE — declared illegitimate: do not supply".into(),
		"recalled" => "RECALLED — its batch is recalled: do not supply".into(),
		"suspect" => "SUSPECT — under investigation: do not supply".into(),
		"expired" => "EXPIRED — do not supply".into(),
		"alreadyDispensed" => "ALREADY DISPENSED — do not supply".into(),
		"decommissioned" => "DECOMMISSIONED — do not supply".into(),
		other => format!("{other} — do not supply"),
	}
}
