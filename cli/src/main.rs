//! `healthchain`: the command line a member's staff use to work with HealthChain.
//!
//! One subcommand per thing a member does: anchor and verify records (one document or a whole
//! directory as a Merkle batch), grant, revoke and check consents, verify and move drug packs,
//! register and read trials, read the registry, and follow a transaction. Every command takes
//! `--url` (or `HEALTHCHAIN_URL`; default the dev node), signs with `--suri` (or
//! `HEALTHCHAIN_SURI`) or `--keyfile` (or `HEALTHCHAIN_KEYFILE`), and prints words, or JSON with
//! `--json`. Exit status: 0 done, 1 error, 2 bad arguments (clap); `record verify`,
//! `record proof-verify` and `pack verify` exit by verdict (see `--help`).

mod other;
mod pack;
mod record;

use std::{
	io::Write,
	path::{Path, PathBuf},
	process::ExitCode,
};

use clap::{Parser, Subcommand};
use healthchain_client::{keys, subxt::utils::H256, Client, Error, Included, Progress};
use serde_json::Value;

/// Anchor and verify medical records, manage consents, verify and move drug packs, register
/// trials and read the registry on a HealthChain node.
#[derive(Parser)]
#[command(name = "healthchain", version, about, long_about = None)]
struct Cli {
	/// The node's WebSocket JSON-RPC address.
	#[arg(long, global = true, env = "HEALTHCHAIN_URL", default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// The signing key as a secret URI: `//Dave` (dev), a 12/24-word phrase with optional
	/// `//derivation` and `///password`, or a `0x` seed.
	#[arg(long, global = true, env = "HEALTHCHAIN_SURI", hide_env_values = true)]
	suri: Option<String>,
	/// A key file: a polkadot.js JSON export (password from HEALTHCHAIN_KEY_PASSWORD or asked
	/// for) or a text file holding a secret URI.
	#[arg(long, global = true, env = "HEALTHCHAIN_KEYFILE", conflicts_with = "suri")]
	keyfile: Option<PathBuf>,
	/// Print JSON (one document on standard output) instead of words.
	#[arg(long, global = true)]
	json: bool,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Medical records: anchor documents, verify them, batches and their proofs.
	#[command(subcommand)]
	Record(record::RecordCommand),
	/// Patient consent: grant, revoke, list, decide.
	#[command(subcommand)]
	Consent(other::ConsentCommand),
	/// Drug packs (GS1): verify, register products and batches, commission, ship, receive,
	/// dispense.
	#[command(subcommand)]
	Pack(pack::PackCommand),
	/// Clinical trials: register, show, flags.
	#[command(subcommand)]
	Trial(other::TrialCommand),
	/// The consortium registry: organisations and their members.
	#[command(subcommand)]
	Org(other::OrgCommand),
	/// Transactions: follow one by hash.
	#[command(subcommand)]
	Tx(other::TxCommand),
}

/// What every command has: the connection settings, the key and the output mode.
pub struct Context {
	url: String,
	suri: Option<String>,
	keyfile: Option<PathBuf>,
	/// Whether to print JSON.
	pub json: bool,
	/// The key pair, once read (a key file's password is asked for once).
	signer: std::cell::OnceCell<keys::Keypair>,
}

impl Context {
	/// Connects to the node.
	pub async fn client(&self) -> Result<Client, Error> {
		Client::connect(&self.url).await
	}

	/// The signing key pair from `--suri` or `--keyfile`, read once. Commands that write a
	/// receipt ask for it first, so a missing key leaves no receipt behind.
	pub fn signer(&self) -> Result<&keys::Keypair, Error> {
		if let Some(pair) = self.signer.get() {
			return Ok(pair);
		}
		let pair = match (&self.suri, &self.keyfile) {
			(Some(uri), _) => keys::from_uri(uri)?,
			(None, Some(path)) => keys::from_file(path)?,
			(None, None) => {
				return Err(Error::Other(
					"this command signs a transaction: give --suri or --keyfile (or set \
					 HEALTHCHAIN_SURI / HEALTHCHAIN_KEYFILE)"
						.into(),
				))
			},
		};
		Ok(self.signer.get_or_init(|| pair))
	}

	/// Submits `call` signed by `--suri`/`--keyfile`, showing its progress on standard error
	/// (unless `--json`), and prints its events.
	pub async fn submit<Call: healthchain_client::subxt::transactions::Payload>(
		&self,
		client: &Client,
		call: &Call,
	) -> Result<Included, Error> {
		self.submit_recorded(client, call, |_| Ok(())).await
	}

	/// [`Context::submit`], calling `before_sending` with the signed transaction's hash before
	/// it is sent (to write a receipt that can be looked up by it).
	pub async fn submit_recorded<Call: healthchain_client::subxt::transactions::Payload>(
		&self,
		client: &Client,
		call: &Call,
		before_sending: impl FnOnce(H256) -> Result<(), Error>,
	) -> Result<Included, Error> {
		let signer = self.signer()?;
		let quiet = self.json;
		let included = client
			.submit_recorded(call, signer, before_sending, |progress| {
				if !quiet {
					let _ = writeln!(std::io::stderr(), "  {}", describe_progress(progress));
				}
			})
			.await?;
		if !quiet {
			for event in &included.events {
				// Fees and the success marker are in `--json`; words show what the call did.
				let bookkeeping =
					matches!(event.pallet.as_str(), "TransactionPayment" | "Balances")
						|| (event.pallet == "System" && event.name == "ExtrinsicSuccess");
				if !bookkeeping {
					eprintln!("  event {event}");
				}
			}
		}
		Ok(included)
	}

	/// Prints `json` with `--json`, else `words`.
	pub fn print(&self, json: &Value, words: impl FnOnce() -> String) {
		if self.json {
			println!("{}", serde_json::to_string_pretty(json).expect("JSON serialises"));
		} else {
			println!("{}", words());
		}
	}
}

fn describe_progress(progress: &Progress) -> String {
	match progress {
		Progress::Validated => "validated by the node".into(),
		Progress::InBlock { number, .. } => format!("in block #{number}"),
		Progress::Finalized { number, .. } => format!("finalised in block #{number}"),
	}
}

/// A progress line on standard error: `label n/total`, rewritten in place.
pub struct ProgressBar {
	label: String,
	total: usize,
	shown: bool,
	last_percent: usize,
}

impl ProgressBar {
	/// A bar for `total` steps; hidden when `hidden` (with `--json`).
	pub fn new(label: &str, total: usize, hidden: bool) -> Self {
		ProgressBar { label: label.into(), total, shown: !hidden, last_percent: usize::MAX }
	}

	/// Shows that `done` steps are done.
	pub fn set(&mut self, done: usize) {
		if !self.shown {
			return;
		}
		let percent = done * 100 / self.total.max(1);
		if percent == self.last_percent && done != self.total {
			return;
		}
		self.last_percent = percent;
		let width = 30;
		let filled = width * percent / 100;
		eprint!(
			"\r  {} [{}{}] {done}/{} ({percent}%)",
			self.label,
			"#".repeat(filled),
			" ".repeat(width - filled),
			self.total
		);
		if done == self.total {
			eprintln!();
		}
		let _ = std::io::stderr().flush();
	}
}

/// Removes the files written for a transaction that was included and failed (nothing was
/// stored, so their salts open nothing). Keeps them for every other error: a refused or dropped
/// transaction may still land, and a lost connection leaves the outcome unknown — the receipt
/// stays `submitted`, with the transaction's hash for `tx watch`.
pub fn discard_if_failed<T>(result: Result<T, Error>, written: &[&Path]) -> Result<T, Error> {
	if matches!(result, Err(Error::Dispatch(_))) {
		for path in written {
			let _ = if path.is_dir() {
				std::fs::remove_dir_all(path)
			} else {
				std::fs::remove_file(path)
			};
		}
	}
	result
}

/// Reads `path`, saying which file could not be read.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Error> {
	std::fs::read(path).map_err(|e| Error::Other(format!("cannot read {}: {e}", path.display())))
}

/// Writes `value` as pretty JSON to `path`, readable by its owner only (receipts and proofs
/// hold salts). With `fresh`, refuses to replace an existing file: it may hold the only copy of
/// earlier salts.
pub fn write_json(path: &Path, value: &Value, fresh: bool) -> Result<(), Error> {
	use std::os::unix::fs::OpenOptionsExt;
	let text = serde_json::to_string_pretty(value).expect("JSON serialises") + "\n";
	let mut options = std::fs::OpenOptions::new();
	options.write(true).mode(0o600);
	if fresh {
		options.create_new(true);
	} else {
		options.create(true).truncate(true);
	}
	let mut file = options.open(path).map_err(|e| {
		if e.kind() == std::io::ErrorKind::AlreadyExists {
			Error::Other(format!(
				"{} exists: it may hold the only copy of earlier salts; move it or choose another \
				 path",
				path.display()
			))
		} else {
			Error::Other(format!("cannot write {}: {e}", path.display()))
		}
	})?;
	file.write_all(text.as_bytes())
		.map_err(|e| Error::Other(format!("cannot write {}: {e}", path.display())))
}

/// Reads the JSON file `path`.
pub fn read_json(path: &Path) -> Result<Value, Error> {
	serde_json::from_slice(&read_file(path)?)
		.map_err(|e| Error::Other(format!("{} is not JSON: {e}", path.display())))
}

/// A `0x` hex string field of a JSON document as bytes.
pub fn hex_field(value: &Value, field: &str) -> Result<Vec<u8>, Error> {
	let text = value
		.get(field)
		.and_then(Value::as_str)
		.ok_or_else(|| Error::Other(format!("the file has no `{field}`")))?;
	keys::decode_hex(text).map_err(|e| Error::Other(format!("`{field}`: {e}")))
}

/// A 32-byte `0x` hex string field as a hash.
pub fn hash_field(
	value: &Value,
	field: &str,
) -> Result<healthchain_client::subxt::utils::H256, Error> {
	let bytes: [u8; 32] = hex_field(value, field)?
		.try_into()
		.map_err(|_| Error::Other(format!("`{field}` is not 32 bytes")))?;
	Ok(bytes.into())
}

/// Milliseconds since the epoch of `YYYY-MM-DD` (UTC midnight) or of a number of milliseconds.
pub fn parse_time(text: &str) -> Result<u64, Error> {
	if let Ok(ms) = text.parse::<u64>() {
		return Ok(ms);
	}
	let bad = || Error::Other(format!("`{text}` is not a date (YYYY-MM-DD) or milliseconds"));
	let parts: Vec<&str> = text.split('-').collect();
	let [y, m, d] = parts.as_slice() else { return Err(bad()) };
	let (y, m, d): (i64, i64, i64) = (
		y.parse().map_err(|_| bad())?,
		m.parse().map_err(|_| bad())?,
		d.parse().map_err(|_| bad())?,
	);
	let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	if !(1970..=9999).contains(&y)
		|| !(1..=12).contains(&m)
		|| !(1..=month_days[(m - 1) as usize]).contains(&d)
	{
		return Err(bad());
	}
	// Days from the civil date (H. Hinnant's algorithm).
	let y = if m <= 2 { y - 1 } else { y };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let mp = (m + 9) % 12;
	let doy = (153 * mp + 2) / 5 + d - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	let days = era * 146_097 + doe - 719_468;
	Ok(days as u64 * 86_400_000)
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	let context = Context {
		url: cli.url,
		suri: cli.suri,
		keyfile: cli.keyfile,
		json: cli.json,
		signer: Default::default(),
	};
	let result = match cli.command {
		Command::Record(command) => record::run(&context, command).await,
		Command::Consent(command) => other::consent(&context, command).await,
		Command::Pack(command) => pack::run(&context, command).await,
		Command::Trial(command) => other::trial(&context, command).await,
		Command::Org(command) => other::org(&context, command).await,
		Command::Tx(command) => other::tx(&context, command).await,
	};
	match result {
		Ok(code) => ExitCode::from(code),
		Err(error) => {
			if context.json {
				println!("{}", serde_json::json!({ "error": error.to_string() }));
			}
			eprintln!("error: {error}");
			ExitCode::FAILURE
		},
	}
}

#[cfg(test)]
mod tests {
	use super::parse_time;

	#[test]
	fn dates_are_utc_midnights() {
		assert_eq!(parse_time("1970-01-01").unwrap(), 0);
		assert_eq!(parse_time("2000-03-01").unwrap(), 951_868_800_000);
		assert_eq!(parse_time("2026-12-02").unwrap(), 1_796_169_600_000);
		assert_eq!(parse_time("1234").unwrap(), 1234);
		assert!(parse_time("2026-13-01").is_err());
		assert!(parse_time("2026-02-29").is_err());
		assert!(parse_time("2028-02-29").is_ok());
		assert!(parse_time("2026-04-31").is_err());
		assert!(parse_time("yesterday").is_err());
	}
}
