//! `healthchain consent …`, `trial …`, `org …` and `tx …`.

use std::{path::PathBuf, time::Duration};

use clap::Subcommand;
use healthchain_client::{
	canonical, chain,
	chain::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec,
		healthchain_primitives::{
			consent::{Grantee, Provision},
			trials::DataUse,
		},
		pallet_consent::types::ConsentTerms,
		pallet_trials::types::Registration,
	},
	hashing::{self, TRIAL_DOMAIN},
	keys,
	rpc::{
		consent::ConsentRpcClient, organizations::OrganizationsRpcClient, trials::TrialsRpcClient,
	},
	subxt::utils::H256,
	to_hex, variant_named, Client, Error,
};
use serde_json::{json, Value};

use crate::{parse_time, read_file, write_json, Context};

#[derive(Subcommand)]
pub enum ConsentCommand {
	/// Grants (or with --deny, refuses) access to a patient's data; signed by the patient or
	/// their proxy.
	Grant {
		/// The patient (default: the signer).
		#[arg(long)]
		patient: Option<String>,
		/// Who: an organisation id (`3`, `org:3`) or every organisation holding a role
		/// (`role:Hospital`).
		#[arg(long)]
		to: String,
		/// Data classes, comma-separated (LabResults, Medications, …, All).
		#[arg(long, value_delimiter = ',', required = true)]
		class: Vec<String>,
		/// Purposes, comma-separated (Treatment, Payment, Operations, Research, …).
		#[arg(long, value_delimiter = ',', required = true)]
		purpose: Vec<String>,
		/// Actions, comma-separated (Access, Collect, Use, Disclose, Correct).
		#[arg(long, value_delimiter = ',', default_value = "Access")]
		action: Vec<String>,
		/// Refuse instead of permit (a deny overrides every permit).
		#[arg(long)]
		deny: bool,
		/// In force from (YYYY-MM-DD or ms; default now).
		#[arg(long)]
		from: Option<String>,
		/// In force until, exclusive (YYYY-MM-DD or ms; default until revoked).
		#[arg(long)]
		until: Option<String>,
	},
	/// Revokes consent ID with effect now.
	Revoke {
		/// The consent's id.
		id: u64,
	},
	/// Lists a patient's consents.
	List {
		/// The patient (default: the signer).
		#[arg(long)]
		patient: Option<String>,
	},
	/// Asks whether ACTOR may do ACTION on CLASS data of PATIENT for PURPOSE now. Exit status:
	/// 0 permit, 6 deny or no consent.
	Decide {
		/// The patient.
		#[arg(long)]
		patient: String,
		/// An organisation id or a member account.
		#[arg(long)]
		actor: String,
		/// The data class.
		#[arg(long)]
		class: String,
		/// The purpose.
		#[arg(long)]
		purpose: String,
		/// The action.
		#[arg(long, default_value = "Access")]
		action: String,
	},
}

/// Exit status of `consent decide` when the answer is not "permit".
pub const EXIT_NOT_PERMITTED: u8 = 6;

/// Exit status of `tx watch` when the transaction is in a block but failed.
pub const EXIT_FAILED: u8 = 7;

fn patient_or_signer(context: &Context, patient: Option<String>) -> Result<String, Error> {
	match patient {
		Some(patient) => Ok(keys::parse_account(&patient)?.to_string()),
		None => Ok(keys::account_of(context.signer()?).to_string()),
	}
}

fn names<T: healthchain_client::Vocabulary>(list: &[String]) -> Result<Vec<T>, Error> {
	list.iter().map(|name| variant_named(name)).collect()
}

fn grantee(text: &str) -> Result<Grantee, Error> {
	if let Some(role) = text.strip_prefix("role:") {
		return Ok(Grantee::Role(variant_named(role)?));
	}
	let id = text.strip_prefix("org:").unwrap_or(text);
	id.parse().map(Grantee::Organization).map_err(|_| {
		Error::Other(format!("`{text}` is neither an organisation id (`3`) nor `role:Name`"))
	})
}

pub async fn consent(context: &Context, command: ConsentCommand) -> Result<u8, Error> {
	let client = context.client().await?;
	match command {
		ConsentCommand::Grant { patient, to, class, purpose, action, deny, from, until } => {
			let subject = keys::parse_account(&patient_or_signer(context, patient)?)?;
			let terms = ConsentTerms {
				grantee: grantee(&to)?,
				provision: if deny { Provision::Deny } else { Provision::Permit },
				classes: BoundedVec(names(&class)?),
				purposes: BoundedVec(names(&purpose)?),
				actions: BoundedVec(names(&action)?),
				valid_from: from.as_deref().map(parse_time).transpose()?,
				valid_until: until.as_deref().map(parse_time).transpose()?,
			};
			let included =
				context.submit(&client, &chain::tx().consent().grant(subject, terms)).await?;
			let id = included
				.event("Consent", "ConsentGranted")
				.and_then(|e| e.field("consent").cloned())
				.unwrap_or(Value::Null);
			let consent = match id.as_u64() {
				Some(id) => client.rpc().consent(id, None).await?,
				None => Value::Null,
			};
			let output =
				json!({ "consent": id, "resource": consent, "transaction": included.to_json() });
			context.print(&output, || {
				format!(
					"consent {id} granted in block #{}: {} may {} {} for {}{}",
					included.block_number,
					to,
					action.join("/").to_lowercase(),
					class.join(", "),
					purpose.join(", "),
					until.map(|u| format!(" until {u}")).unwrap_or_default()
				)
			});
			Ok(0)
		},
		ConsentCommand::Revoke { id } => {
			let included = context.submit(&client, &chain::tx().consent().revoke(id)).await?;
			context.print(&json!({ "revoked": id, "transaction": included.to_json() }), || {
				format!("consent {id} revoked in block #{}", included.block_number)
			});
			Ok(0)
		},
		ConsentCommand::List { patient } => {
			let subject = patient_or_signer(context, patient)?;
			let list = client.rpc().consents_of(subject.clone(), None).await?;
			context.print(&list, || consents_in_words(&subject, &list));
			Ok(0)
		},
		ConsentCommand::Decide { patient, actor, class, purpose, action } => {
			let subject = keys::parse_account(&patient)?.to_string();
			let actor = match actor.parse::<u32>() {
				Ok(org) => json!(org),
				Err(_) => json!(keys::parse_account(&actor)?.to_string()),
			};
			let answer = client
				.rpc()
				.decide(
					subject,
					actor.clone(),
					action.clone(),
					class.clone(),
					purpose.clone(),
					None,
					None,
				)
				.await?;
			let decision = answer["decision"].as_str().unwrap_or("notApplicable").to_string();
			context.print(&answer, || {
				let cited = match &answer["consent"] {
					Value::Null => String::new(),
					id => format!(" (consent {id})"),
				};
				format!("{decision}{cited}: {actor} {action} {class} for {purpose}")
			});
			Ok(if decision == "permit" { 0 } else { EXIT_NOT_PERMITTED })
		},
	}
}

fn consents_in_words(subject: &str, list: &Value) -> String {
	let items = list.as_array().cloned().unwrap_or_default();
	if items.is_empty() {
		return format!("{subject} has no consents");
	}
	let mut lines = vec![format!("consents of {subject}:")];
	for c in items {
		let grantee = match (&c["grantee"]["organization"], &c["grantee"]["role"]) {
			(Value::Number(org), _) => format!("organisation {org}"),
			(_, Value::String(role)) => format!("every {role}"),
			_ => "?".into(),
		};
		let join = |v: &Value| {
			v.as_array()
				.map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
				.unwrap_or_default()
		};
		let verb = if c["decision"] == "deny" { "may NOT" } else { "may" };
		lines.push(format!(
			"  #{} [{}] {grantee} {verb} {} {} for {}{}",
			c["id"],
			c["status"].as_str().unwrap_or("?"),
			join(&c["actions"]).to_lowercase(),
			join(&c["classes"]),
			join(&c["purposes"]),
			match c["validUntil"].as_u64() {
				Some(ms) => format!(" until {ms} ms"),
				None => String::new(),
			}
		));
	}
	lines.join("\n")
}

// `register` carries a whole registration's arguments; the enum is parsed once per run.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum TrialCommand {
	/// Registers a trial (trial sponsor): commits to each document with a fresh salt and writes
	/// a receipt with the salts.
	Register {
		/// The WHO Trial Registration Data Set record.
		#[arg(long)]
		record: PathBuf,
		/// The protocol.
		#[arg(long)]
		protocol: PathBuf,
		/// The statistical analysis plan.
		#[arg(long)]
		sap: PathBuf,
		/// A primary outcome's definition (repeat for several).
		#[arg(long = "primary-outcome", required = true)]
		primary_outcomes: Vec<PathBuf>,
		/// A secondary outcome's definition (repeat for several).
		#[arg(long = "secondary-outcome")]
		secondary_outcomes: Vec<PathBuf>,
		/// Phase: NotApplicable, EarlyPhase1, Phase1, Phase1Phase2, Phase2, Phase2Phase3,
		/// Phase3, Phase4.
		#[arg(long)]
		phase: String,
		/// Study type: Interventional, Observational, ….
		#[arg(long, default_value = "Interventional")]
		study_type: String,
		/// Target sample size.
		#[arg(long)]
		target_size: u32,
		/// Date of first enrolment (YYYY-MM-DD).
		#[arg(long)]
		first_enrolment: String,
		/// Primary completion date (YYYY-MM-DD).
		#[arg(long)]
		primary_completion: String,
		/// Data classes the trial uses, comma-separated.
		#[arg(long, value_delimiter = ',', required = true)]
		data_classes: Vec<String>,
		/// What it does with them, comma-separated.
		#[arg(long, value_delimiter = ',', default_value = "Collect,Use")]
		data_actions: Vec<String>,
		/// Where to write the receipt (default: trial-receipt.json).
		#[arg(long, default_value = "trial-receipt.json")]
		receipt: PathBuf,
	},
	/// Shows trial ID (FHIR ResearchStudy-shaped, with its flags).
	Show {
		/// The trial's id.
		id: u32,
	},
	/// Shows trial ID's flags (late registration, overdue results, outcome switching, …).
	Flags {
		/// The trial's id.
		id: u32,
	},
}

/// The commitment to document `path` with a fresh salt: `(commitment, salt, receipt entry)`.
fn commit_document(path: &std::path::Path) -> Result<(H256, Value), Error> {
	let content = read_file(path)?;
	let (bytes, form) = canonical::document_form(&content);
	let salt = hashing::random_salt()?;
	let commitment = hashing::commit(TRIAL_DOMAIN, &salt, &bytes)?;
	let entry = json!({
		"document": path.display().to_string(),
		"form": form,
		"salt": format!("0x{}", to_hex(&salt)),
		"commitment": commitment,
	});
	Ok((commitment, entry))
}

pub async fn trial(context: &Context, command: TrialCommand) -> Result<u8, Error> {
	let client = context.client().await?;
	match command {
		TrialCommand::Register {
			record,
			protocol,
			sap,
			primary_outcomes,
			secondary_outcomes,
			phase,
			study_type,
			target_size,
			first_enrolment,
			primary_completion,
			data_classes,
			data_actions,
			receipt,
		} => {
			let mut entries = Vec::new();
			let mut commit = |path: &PathBuf| -> Result<H256, Error> {
				let (commitment, entry) = commit_document(path)?;
				entries.push(entry);
				Ok(commitment)
			};
			let registration = Registration {
				record: commit(&record)?,
				phase: variant_named(&phase)?,
				study_type: variant_named(&study_type)?,
				target_size,
				first_enrolment: parse_time(&first_enrolment)?,
				primary_completion: parse_time(&primary_completion)?,
				protocol: commit(&protocol)?,
				sap: commit(&sap)?,
				primary_outcomes: BoundedVec(
					primary_outcomes.iter().map(&mut commit).collect::<Result<_, _>>()?,
				),
				secondary_outcomes: BoundedVec(
					secondary_outcomes.iter().map(&mut commit).collect::<Result<_, _>>()?,
				),
				data_use: DataUse {
					classes: BoundedVec(names(&data_classes)?),
					actions: BoundedVec(names(&data_actions)?),
				},
			};
			// The receipt (with the salts) is written before the transaction is sent, and
			// completed once its block is final.
			let mut output = json!({
				"kind": "healthchain/trial-receipt",
				"status": "submitted",
				"documents": entries,
			});
			let call = chain::tx().trials().register(registration);
			let submitted = context
				.submit_recorded(&client, &call, |extrinsic| {
					output["extrinsic"] = json!(extrinsic);
					write_json(&receipt, &output, true)
				})
				.await;
			let included = crate::discard_if_failed(submitted, &[&receipt])?;
			let id = included
				.event("Trials", "TrialRegistered")
				.and_then(|e| e.field("trial").cloned())
				.unwrap_or(Value::Null);
			output["status"] = json!("registered");
			output["trial"] = id.clone();
			output["block"] = json!(included.block_number);
			output["extrinsic"] = json!(included.extrinsic_hash);
			write_json(&receipt, &output, false)?;
			// Standard output gets the documents' commitments, not their salts.
			let mut shown = output.clone();
			for document in shown["documents"].as_array_mut().into_iter().flatten() {
				document["salt"] = Value::Null;
			}
			shown["receipt"] = json!(receipt);
			context.print(&shown, || {
				format!(
					"trial {id} registered in block #{}; awaiting ethics approval\nreceipt: {}",
					included.block_number,
					receipt.display()
				)
			});
			Ok(0)
		},
		TrialCommand::Show { id } => {
			let trial = client.rpc().trial(id, None).await?;
			if trial.is_null() {
				return Err(Error::Other(format!("there is no trial {id}")));
			}
			context.print(&trial, || {
				format!(
					"trial {id}: {} {}, sponsor organisation {}, status {}, target {} participants\n  \
					 protocol version {} ({}), ethics approval: {}",
					trial["phase"].as_str().unwrap_or("?"),
					trial["studyType"].as_str().unwrap_or("?"),
					trial["sponsor"],
					trial["status"].as_str().unwrap_or("?"),
					trial["targetSize"],
					trial["protocolVersion"],
					trial["protocol"].as_str().unwrap_or("?"),
					match &trial["ethicsApproval"] {
						Value::Null => "none yet".to_string(),
						approval => format!("committee {}", approval["committee"]),
					}
				)
			});
			Ok(0)
		},
		TrialCommand::Flags { id } => {
			let flags = client.rpc().trial_flags(id, None).await?;
			context.print(&flags, || serde_json::to_string_pretty(&flags).expect("JSON"));
			Ok(0)
		},
	}
}

#[derive(Subcommand)]
pub enum OrgCommand {
	/// Shows organisation ID: roles, credentials commitment, members.
	Show {
		/// The organisation's id.
		id: u32,
	},
	/// Lists organisation ID's member accounts.
	Members {
		/// The organisation's id.
		id: u32,
	},
}

async fn organization(client: &Client, id: u32) -> Result<Value, Error> {
	let org = client.rpc().organization(id, None).await?;
	let org = org.ok_or_else(|| Error::Other(format!("there is no organisation {id}")))?;
	Ok(serde_json::to_value(org).expect("JSON"))
}

pub async fn org(context: &Context, command: OrgCommand) -> Result<u8, Error> {
	let client = context.client().await?;
	match command {
		OrgCommand::Show { id } => {
			let org = organization(&client, id).await?;
			context.print(&org, || {
				let roles = org["roles"]
					.as_array()
					.map(|roles| {
						roles
							.iter()
							.map(|r| format!("{} ({})", r["role"].as_str().unwrap_or("?"), r["status"].as_str().unwrap_or("?")))
							.collect::<Vec<_>>()
							.join(", ")
					})
					.unwrap_or_default();
				format!(
					"organisation {id}\n  roles: {roles}\n  members: {}\n  credentials: {}\n  admitted in block #{}, last changed in #{}",
					org["members"].as_array().map_or(0, Vec::len),
					org["credentials"].as_str().unwrap_or("?"),
					org["created"],
					org["updated"]
				)
			});
		},
		OrgCommand::Members { id } => {
			let org = organization(&client, id).await?;
			let members = org["members"].clone();
			context.print(&members, || {
				members
					.as_array()
					.map(|list| {
						list.iter()
							.map(|m| {
								format!(
									"{}{}",
									m["account"].as_str().unwrap_or("?"),
									if m["isAdmin"] == json!(true) { " (admin)" } else { "" }
								)
							})
							.collect::<Vec<_>>()
							.join("\n")
					})
					.unwrap_or_default()
			});
		},
	}
	Ok(0)
}

#[derive(Subcommand)]
pub enum TxCommand {
	/// Follows transaction HASH: in the node's pool (validated), then in a finalised block;
	/// prints its events or its error. Looks back over recent blocks first. Exit status: 0 done,
	/// 7 the transaction failed, 1 not found in time.
	Watch {
		/// The transaction's hash (0x…).
		hash: String,
		/// How many recent blocks to search before waiting for new ones.
		#[arg(long, default_value_t = 256)]
		lookback: u64,
		/// How long to wait for it, in seconds (at most a day).
		#[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u64).range(0..=86_400))]
		timeout: u64,
	},
}

pub async fn tx(context: &Context, command: TxCommand) -> Result<u8, Error> {
	let TxCommand::Watch { hash, lookback, timeout } = command;
	let bytes: [u8; 32] = keys::decode_hex(&hash)
		.map_err(Error::Other)?
		.try_into()
		.map_err(|_| Error::Other("a transaction hash is 32 bytes".into()))?;
	let wanted = H256(bytes);
	let client = context.client().await?;
	let deadline = std::time::Instant::now() + Duration::from_secs(timeout);
	let mut searched_to = None::<u64>;
	let mut said_pending = false;
	loop {
		let latest = client
			.api()
			.at_current_block()
			.await
			.map_err(|e| Error::Connection(e.to_string()))?
			.block_number();
		let from = match searched_to {
			Some(done) => done + 1,
			None => latest.saturating_sub(lookback),
		};
		for number in (from..=latest).rev() {
			let at = client.api().at_block(number).await.map_err(|e| Error::Rpc(e.to_string()))?;
			let block = at.block_hash();
			match client.events_of(block, wanted).await {
				Ok(None) => continue,
				Ok(Some(events)) => {
					let output = json!({
						"extrinsic": wanted,
						"status": "finalized",
						"blockNumber": number,
						"blockHash": block,
						"events": events.iter().map(|e| e.to_json()).collect::<Vec<_>>(),
					});
					context.print(&output, || {
						let mut lines = vec![format!("{hash}: finalised in block #{number}")];
						lines.extend(events.iter().map(|e| format!("  event {e}")));
						lines.join("\n")
					});
					return Ok(0);
				},
				Err(Error::Dispatch(failure)) => {
					context.print(
						&json!({ "extrinsic": wanted, "status": "failed", "blockNumber": number, "error": failure.to_string() }),
						|| format!("{hash}: in block #{number} but FAILED: {failure}"),
					);
					return Ok(EXIT_FAILED);
				},
				Err(e) => return Err(e),
			}
		}
		searched_to = Some(latest);
		if !said_pending && in_pool(&client, wanted).await? {
			said_pending = true;
			if !context.json {
				eprintln!("  {hash}: validated, waiting in the node's pool");
			}
		}
		if std::time::Instant::now() >= deadline {
			return Err(Error::Other(format!(
				"{hash} is in none of the last {lookback} blocks and did not appear within {timeout} s{}",
				if said_pending { " (it is still in the pool)" } else { "" }
			)));
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// Whether the node's pool holds the transaction `hash`.
async fn in_pool(client: &Client, hash: H256) -> Result<bool, Error> {
	use healthchain_client::subxt::ext::jsonrpsee::core::client::ClientT;
	let pending: Vec<String> =
		client.rpc().request("author_pendingExtrinsics", jsonrpsee_params()).await?;
	Ok(pending
		.iter()
		.any(|xt| keys::decode_hex(xt).is_ok_and(|bytes| H256(sp_blake2_256(&bytes)) == hash)))
}

fn jsonrpsee_params() -> healthchain_client::subxt::ext::jsonrpsee::core::params::ArrayParams {
	healthchain_client::subxt::ext::jsonrpsee::core::params::ArrayParams::new()
}

fn sp_blake2_256(bytes: &[u8]) -> [u8; 32] {
	healthchain_client::hashing::blake2_256(bytes).0
}
