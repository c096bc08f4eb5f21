//! `healthchain record …`: anchor a document (or a directory as one Merkle batch) and verify it
//! later. The salt is generated here and never sent: it is written to the receipt (or proof)
//! file, which the custodian keeps with the document — whoever holds both can show the document
//! is the anchored one; the chain alone learns nothing about it.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use healthchain_client::{
	canonical, chain,
	chain::runtime_types::healthchain_primitives::vocabulary::DataClass,
	hashing::{self, MerkleProof, MerkleTree, RECORD_DOMAIN},
	keys,
	rpc::{organizations::OrganizationsRpcClient, records::RecordsRpcClient},
	subxt::utils::H256,
	to_hex, variant_named, Client, Error,
};
use serde_json::{json, Value};

use crate::{hash_field, hex_field, read_file, read_json, write_json, Context, ProgressBar};

/// Exit status of `record verify` / `record proof-verify` when the document does not match.
pub const EXIT_MISMATCH: u8 = 3;
/// Exit status when the record (or batch) was erased.
pub const EXIT_ERASED: u8 = 4;
/// Exit status when the chain has no such record (or batch).
pub const EXIT_UNKNOWN: u8 = 5;

#[derive(Subcommand)]
pub enum RecordCommand {
	/// Anchors FILE as a new record of PATIENT: commits to it with a fresh salt (JSON documents
	/// in RFC 8785 canonical form, other files as they are) and writes a receipt file.
	Anchor {
		/// The document.
		file: PathBuf,
		/// The patient's account (SS58, 0x hex or //Name).
		#[arg(long)]
		patient: String,
		/// The data class: Demographics, Encounters, Diagnoses, Medications, Allergies,
		/// LabResults, Imaging, Genomics, Documents, Restricted, … (sensitive classes are
		/// refused on chain).
		#[arg(long)]
		class: String,
		/// Where to write the receipt (default: FILE.receipt.json).
		#[arg(long)]
		receipt: Option<PathBuf>,
	},
	/// Checks FILE against the record its receipt names. Exit status: 0 match, 3 mismatch,
	/// 4 erased, 5 unknown.
	Verify {
		/// The document.
		file: PathBuf,
		/// Its receipt.
		#[arg(long)]
		receipt: PathBuf,
	},
	/// Anchors every file under DIR as one batch: one commitment per file (each with its own
	/// salt), a Merkle tree over them, one transaction; writes a proof file per document.
	AnchorBatch {
		/// The directory (files are taken recursively, in path order).
		dir: PathBuf,
		/// The data class of every document.
		#[arg(long)]
		class: String,
		/// Where to write the proof files (default: DIR.proofs).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Checks FILE against its batch with its proof file, locally and with the runtime's
	/// check (`healthchain_verifyBatchProof`). Exit status: 0 match, 3 mismatch, 5 unknown
	/// batch.
	ProofVerify {
		/// The document.
		file: PathBuf,
		/// Its proof file (written by `anchor-batch`).
		#[arg(long)]
		proof: PathBuf,
	},
}

pub async fn run(context: &Context, command: RecordCommand) -> Result<u8, Error> {
	match command {
		RecordCommand::Anchor { file, patient, class, receipt } => {
			anchor(context, &file, &patient, &class, receipt).await
		},
		RecordCommand::Verify { file, receipt } => verify(context, &file, &receipt).await,
		RecordCommand::AnchorBatch { dir, class, out } => {
			anchor_batch(context, &dir, &class, out).await
		},
		RecordCommand::ProofVerify { file, proof } => proof_verify(context, &file, &proof).await,
	}
}

/// The commitment of `content` with `salt`, in the form `form` (`jcs` or `raw`). A document
/// anchored as JSON that no longer parses is committed as its bytes, which cannot match: the
/// chain then says "mismatch", as for any other alteration.
fn commitment_of(content: &[u8], salt: &[u8], form: &str) -> Result<H256, Error> {
	let bytes = match form {
		"jcs" => canonical::canonicalize(content).unwrap_or_else(|_| content.to_vec()),
		"raw" => content.to_vec(),
		other => return Err(Error::Other(format!("unknown document form `{other}`"))),
	};
	Ok(hashing::commit(RECORD_DOMAIN, salt, &bytes)?)
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", to_hex(bytes))
}

async fn anchor(
	context: &Context,
	file: &Path,
	patient: &str,
	class: &str,
	receipt: Option<PathBuf>,
) -> Result<u8, Error> {
	let content = read_file(file)?;
	let class_value: DataClass = variant_named(class)?;
	let patient = keys::parse_account(patient)?;
	let (bytes, form) = canonical::document_form(&content);
	let salt = hashing::random_salt()?;
	let commitment = hashing::commit(RECORD_DOMAIN, &salt, &bytes)?;
	let local_id = hashing::random_local_id()?;
	let receipt_path = receipt.unwrap_or_else(|| suffixed(file, ".receipt.json"));
	let client = context.client().await?;
	let custodian = custodian_of(context, &client).await?;
	// The receipt — with the salt, the record's id and the transaction's hash — is written
	// before the transaction is sent, so that no outcome leaves a record on chain whose salt is
	// lost; it is completed once the block is final.
	let mut receipt = json!({
		"kind": "healthchain/record-receipt",
		"status": "submitted",
		"document": file.file_name().map(|n| n.to_string_lossy().into_owned()),
		"record": custodian.map(|c| hashing::record_id(c, &local_id)),
		"localId": local_id,
		"custodian": custodian,
		"patient": patient.to_string(),
		"class": class,
		"form": form,
		"salt": hex(&salt),
		"commitment": commitment,
	});
	let call = chain::tx().records().anchor(local_id, patient, class_value, commitment);
	let submitted = context
		.submit_recorded(&client, &call, |extrinsic| {
			receipt["extrinsic"] = json!(extrinsic);
			write_json(&receipt_path, &receipt, true)
		})
		.await;
	let included = crate::discard_if_failed(submitted, &[&receipt_path])?;
	let event = included
		.event("Records", "RecordAnchored")
		.ok_or_else(|| Error::Other("no RecordAnchored event".into()))?;
	let record = event.field("record").cloned().unwrap_or(Value::Null);
	receipt["status"] = json!("anchored");
	receipt["record"] = record.clone();
	receipt["custodian"] = event.field("custodian").cloned().unwrap_or(Value::Null);
	receipt["block"] = json!(included.block_number);
	receipt["blockHash"] = json!(included.block_hash);
	receipt["extrinsic"] = json!(included.extrinsic_hash);
	write_json(&receipt_path, &receipt, false)?;
	// Standard output may end in logs: it gets the receipt without its salt.
	let mut shown = receipt.clone();
	shown["salt"] = Value::Null;
	shown["receipt"] = json!(receipt_path);
	context.print(&shown, || {
		format!(
			"anchored {} as record {} (version 1) in block #{}\nreceipt: {} — keep it with the \
			 document: its salt is the only link between them",
			file.display(),
			record.as_str().unwrap_or("?"),
			included.block_number,
			receipt_path.display()
		)
	});
	Ok(0)
}

/// The organisation the signer acts for (the custodian of what it anchors), if it is a member
/// of one; the chain refuses the anchoring otherwise.
async fn custodian_of(context: &Context, client: &Client) -> Result<Option<u32>, Error> {
	let account = keys::account_of(context.signer()?).to_string();
	Ok(client.rpc().organizations_of(account, None).await?.first().copied())
}

/// `path` with `suffix` appended to its last component (`labs/` → `labs.proofs`).
fn suffixed(path: &Path, suffix: &str) -> PathBuf {
	let mut name = path.components().as_path().as_os_str().to_owned();
	name.push(suffix);
	PathBuf::from(name)
}

fn exit_for(outcome: &str) -> u8 {
	match outcome {
		"match" => 0,
		"mismatch" => EXIT_MISMATCH,
		"erased" => EXIT_ERASED,
		_ => EXIT_UNKNOWN,
	}
}

async fn verify(context: &Context, file: &Path, receipt_path: &Path) -> Result<u8, Error> {
	let content = read_file(file)?;
	let receipt = read_json(receipt_path)?;
	let salt = hex_field(&receipt, "salt")?;
	let form = receipt.get("form").and_then(Value::as_str).unwrap_or("raw");
	let record = receipt
		.get("record")
		.and_then(Value::as_str)
		.ok_or_else(|| Error::Other("the receipt names no record".into()))?;
	let commitment = commitment_of(&content, &salt, form)?;
	let client = context.client().await?;
	let answer = client.rpc().verify_record(record.into(), format!("{commitment:?}"), None).await?;
	let outcome = answer.get("outcome").and_then(Value::as_str).unwrap_or("unknown").to_string();
	let output = json!({ "record": record, "commitment": commitment, "chain": answer });
	context.print(&output, || match outcome.as_str() {
		"match" => format!(
			"match: {} is version {} of record {record} (latest version {})",
			file.display(),
			answer["version"]["version"],
			answer["latestVersion"]
		),
		"mismatch" => format!(
			"MISMATCH: {} is not any version of record {record}: altered, or another document",
			file.display()
		),
		"erased" => format!("ERASED: record {record} was erased; nothing can be verified"),
		_ => format!("UNKNOWN: the chain has no record {record}"),
	});
	Ok(exit_for(&outcome))
}

/// Every file under `dir`, recursively, sorted by path.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>, Error> {
	let mut files = Vec::new();
	let mut pending = vec![dir.to_path_buf()];
	while let Some(next) = pending.pop() {
		let entries = std::fs::read_dir(&next)
			.map_err(|e| Error::Other(format!("cannot list {}: {e}", next.display())))?;
		for entry in entries {
			let entry = entry.map_err(|e| Error::Other(e.to_string()))?;
			let (path, kind) =
				(entry.path(), entry.file_type().map_err(|e| Error::Other(e.to_string()))?);
			if kind.is_dir() {
				pending.push(path);
			} else if kind.is_file() || path.is_file() {
				// Symbolic links are followed to files only: a link to a directory could loop.
				files.push(path);
			}
		}
	}
	files.sort();
	Ok(files)
}

async fn anchor_batch(
	context: &Context,
	dir: &Path,
	class: &str,
	out: Option<PathBuf>,
) -> Result<u8, Error> {
	let class_value: DataClass = variant_named(class)?;
	let files = files_under(dir)?;
	if files.is_empty() {
		return Err(Error::Other(format!("{} holds no files", dir.display())));
	}
	let mut bar = ProgressBar::new("hashing", files.len(), context.json);
	let mut leaves = Vec::with_capacity(files.len());
	let mut documents = Vec::with_capacity(files.len());
	for (i, file) in files.iter().enumerate() {
		let content = read_file(file)?;
		let (bytes, form) = canonical::document_form(&content);
		let salt = hashing::random_salt()?;
		leaves.push(hashing::commit(RECORD_DOMAIN, &salt, &bytes)?);
		documents.push((file, form, salt));
		bar.set(i + 1);
	}
	let tree = MerkleTree::new(&leaves).ok_or_else(|| Error::Other("too many files".into()))?;
	let local_id = hashing::random_local_id()?;
	// The proof files (one per document, mirroring DIR's tree) are written before the
	// transaction is sent, so an interruption cannot lose a salt; their batch id and block are
	// filled in once the block is final.
	let out = out.unwrap_or_else(|| suffixed(dir, ".proofs"));
	context.signer()?;
	if std::fs::read_dir(&out).is_ok_and(|mut entries| entries.next().is_some()) {
		return Err(Error::Other(format!(
			"{} is not empty: it may hold the only copy of earlier salts; move it or give --out",
			out.display()
		)));
	}
	let client = context.client().await?;
	let custodian = custodian_of(context, &client).await?;
	let call =
		chain::tx().records().anchor_batch(local_id, tree.root(), tree.leaf_count(), class_value);
	let mut proofs = Vec::with_capacity(documents.len());
	let submitted = context
		.submit_recorded(&client, &call, |extrinsic| {
			for (i, (file, form, salt)) in documents.iter().enumerate() {
				let relative = file.strip_prefix(dir).unwrap_or(file);
				let proof_file = suffixed(&out.join(relative), ".proof.json");
				if let Some(parent) = proof_file.parent() {
					std::fs::create_dir_all(parent).map_err(|e| {
						Error::Other(format!("cannot create {}: {e}", parent.display()))
					})?;
				}
				let proof = json!({
					"kind": "healthchain/batch-proof",
					"status": "submitted",
					"document": relative.to_string_lossy(),
					"batch": custodian.map(|c| hashing::batch_id(c, &local_id)),
					"localId": local_id,
					"custodian": custodian,
					"root": tree.root(),
					"form": form,
					"salt": hex(salt),
					"commitment": leaves[i],
					"proof": tree.proof(i as u32).expect("every leaf has a proof"),
					"extrinsic": extrinsic,
				});
				write_json(&proof_file, &proof, true)?;
				proofs.push((proof_file, proof));
			}
			Ok(())
		})
		.await;
	let included = crate::discard_if_failed(submitted, &[&out])?;
	let event = included
		.event("Records", "BatchAnchored")
		.ok_or_else(|| Error::Other("no BatchAnchored event".into()))?;
	let batch = event.field("batch").cloned().unwrap_or(Value::Null);
	let mut bar = ProgressBar::new("proofs", proofs.len(), context.json);
	for (i, (proof_file, mut proof)) in proofs.into_iter().enumerate() {
		proof["status"] = json!("anchored");
		proof["batch"] = batch.clone();
		proof["custodian"] = event.field("custodian").cloned().unwrap_or(Value::Null);
		proof["block"] = json!(included.block_number);
		write_json(&proof_file, &proof, false)?;
		bar.set(i + 1);
	}
	let summary = json!({
		"batch": batch,
		"root": tree.root(),
		"leafCount": tree.leaf_count(),
		"block": included.block_number,
		"blockHash": included.block_hash,
		"extrinsic": included.extrinsic_hash,
		"proofs": out,
	});
	context.print(&summary, || {
		format!(
			"anchored {} documents as batch {} (root {:?}) in block #{}\nproofs: {}",
			tree.leaf_count(),
			batch.as_str().unwrap_or("?"),
			tree.root(),
			included.block_number,
			out.display()
		)
	});
	Ok(0)
}

async fn proof_verify(context: &Context, file: &Path, proof_path: &Path) -> Result<u8, Error> {
	let content = read_file(file)?;
	let proof_file = read_json(proof_path)?;
	let salt = hex_field(&proof_file, "salt")?;
	let form = proof_file.get("form").and_then(Value::as_str).unwrap_or("raw");
	let batch = proof_file
		.get("batch")
		.and_then(Value::as_str)
		.ok_or_else(|| Error::Other("the proof file names no batch".into()))?;
	let proof: MerkleProof = serde_json::from_value(proof_file["proof"].clone())
		.map_err(|e| Error::Other(format!("the proof file's `proof` is malformed: {e}")))?;
	let root = hash_field(&proof_file, "root")?;
	let commitment = commitment_of(&content, &salt, form)?;
	let local = hashing::verify_proof(&root, &commitment, &proof);
	let client = context.client().await?;
	let answer = client
		.rpc()
		.verify_batch_proof(
			batch.into(),
			format!("{commitment:?}"),
			serde_json::to_value(&proof).expect("a proof serialises"),
			None,
		)
		.await?;
	let outcome =
		answer.get("outcome").and_then(Value::as_str).unwrap_or("unknownBatch").to_string();
	let output =
		json!({ "batch": batch, "commitment": commitment, "local": local, "chain": answer });
	context.print(&output, || match outcome.as_str() {
		"included" => format!(
			"match: {} is document {} of {} in batch {batch}",
			file.display(),
			proof.index + 1,
			proof.leaf_count
		),
		"notIncluded" => format!(
			"MISMATCH: {} is not the document this proof was made for (local check against the \
			 proof's root: {})",
			file.display(),
			if local { "passes, so the proof file's root is not the batch's" } else { "fails too" }
		),
		_ => format!("UNKNOWN: the chain has no batch {batch}"),
	});
	Ok(match outcome.as_str() {
		"included" => 0,
		"notIncluded" => EXIT_MISMATCH,
		_ => EXIT_UNKNOWN,
	})
}
