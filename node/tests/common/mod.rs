//! End-to-end test harness: starts the built `healthchain-node --dev` on free ports, talks to it
//! over JSON-RPC (plain HTTP, no extra client crates), signs extrinsics with the runtime's own
//! types and reads chain state back.
//!
//! Every pallet's end-to-end tests use it: `mod common;` then [`DevNode::start`].

#![allow(dead_code)]

use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::PathBuf,
	process::{Child, Command, Stdio},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use codec::{Decode, Encode};
use healthchain_runtime::{
	AccountId, Balance, Hash, Nonce, RuntimeCall, RuntimeEvent, SignedPayload, UncheckedExtrinsic,
};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{MultiAddress, MultiSignature};

/// How long a node may take to start serving JSON-RPC (it compiles the runtime first).
pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(240);
/// How long a submitted transaction may take to be included.
pub const INCLUSION_TIMEOUT: Duration = Duration::from_secs(60);

/// An error returned by the node for a JSON-RPC call.
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
	/// JSON-RPC error code.
	pub code: i64,
	/// Human-readable message.
	pub message: String,
	/// Optional data.
	pub data: Option<Value>,
}

/// A running `healthchain-node --dev`; killed when dropped.
pub struct DevNode {
	child: Child,
	/// JSON-RPC port on 127.0.0.1.
	pub rpc_port: u16,
	log: Arc<Mutex<Vec<String>>>,
	base_path: PathBuf,
	/// Read once at start: the genesis hash never changes.
	genesis: Hash,
	next_id: Mutex<u64>,
}

/// A local port that is free now and that this test binary has not handed out before (its
/// tests start nodes in parallel, and the system may give a closed probe's port again).
fn free_port() -> u16 {
	static HANDED_OUT: Mutex<std::collections::BTreeSet<u16>> =
		Mutex::new(std::collections::BTreeSet::new());
	loop {
		let port = TcpListener::bind("127.0.0.1:0")
			.and_then(|l| l.local_addr())
			.map(|a| a.port())
			.expect("a free local port");
		if HANDED_OUT.lock().expect("ports lock").insert(port) {
			return port;
		}
	}
}

/// The port of the first address the node says it serves JSON-RPC on (`Running JSON-RPC
/// server: addr=127.0.0.1:9944,[::1]:9944`): the one it was given, or, if another program took
/// that port first, the one the node bound instead (it then retries on a random port, and says
/// so only in this line).
fn served_port(log: &str) -> Option<u16> {
	let line = log.lines().find(|line| line.contains("Running JSON-RPC server: addr="))?;
	let addresses = &line[line.find("addr=")? + "addr=".len()..];
	let first = addresses.split(|c: char| c == ',' || c.is_whitespace()).next()?;
	first.parse::<std::net::SocketAddr>().ok().map(|address| address.port())
}

/// Path of the node binary: the one cargo built for these tests, or (for the examples, which
/// cargo does not tell) `$HEALTHCHAIN_NODE` as `scripts/env.sh` sets it.
pub fn node_binary() -> PathBuf {
	match option_env!("CARGO_BIN_EXE_healthchain-node") {
		Some(path) => PathBuf::from(path),
		None => PathBuf::from(
			std::env::var("HEALTHCHAIN_NODE")
				.expect("HEALTHCHAIN_NODE names the node binary (source scripts/env.sh)"),
		),
	}
}

impl DevNode {
	/// Starts a dev node with default settings and waits until it serves JSON-RPC.
	pub fn start() -> Self {
		Self::start_with(&[])
	}

	/// Starts a dev node with extra command-line arguments.
	pub fn start_with(extra_args: &[&str]) -> Self {
		let rpc_port = free_port();
		let p2p_port = free_port();
		let base_path = std::env::temp_dir().join(format!(
			"healthchain-e2e-{}-{}",
			std::process::id(),
			rpc_port
		));
		let mut command = Command::new(node_binary());
		command
			.args(["--dev", "--no-prometheus", "--no-telemetry", "--no-hardware-benchmarks"])
			.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
			.arg("--base-path")
			.arg(&base_path)
			.args(extra_args)
			.stdin(Stdio::null())
			.stdout(Stdio::null())
			.stderr(Stdio::piped());
		let mut child = command.spawn().expect("healthchain-node starts");

		// Keep the node's log, to print it if a test fails.
		let log = Arc::new(Mutex::new(Vec::new()));
		let stderr = child.stderr.take().expect("piped stderr");
		let sink = log.clone();
		std::thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				sink.lock().expect("log lock").push(line);
			}
		});

		let mut node = DevNode {
			child,
			rpc_port,
			log,
			base_path,
			genesis: Hash::zero(),
			next_id: Mutex::new(1),
		};
		node.wait_until_serving();
		node.genesis = parse_hash(&node.call("chain_getBlockHash", json!([0])));
		node
	}

	/// Stops the node and returns its `--base-path`, which stays until `self` is dropped: for
	/// the commands a node's operator runs on a stopped node's data (`purge-chain`, …).
	pub fn stop(&mut self) -> PathBuf {
		let _ = self.child.kill();
		let _ = self.child.wait();
		self.base_path.clone()
	}

	/// Stops the node as an operator does (SIGINT: it closes its database cleanly) and returns its
	/// `--base-path`, like [`Self::stop`]; fails if it has not stopped within 30 s.
	pub fn stop_gracefully(&mut self) -> PathBuf {
		let interrupted = Command::new("kill")
			.args(["-INT", &self.child.id().to_string()])
			.status()
			.expect("kill runs");
		assert!(interrupted.success(), "kill -INT failed");
		let deadline = Instant::now() + Duration::from_secs(30);
		while self.child.try_wait().expect("the node's status").is_none() {
			if Instant::now() > deadline {
				self.fail("the node did not stop within 30 s of SIGINT");
			}
			std::thread::sleep(Duration::from_millis(100));
		}
		self.base_path.clone()
	}

	/// The chain's directory under the node's `--base-path` (`chains/<chain id>`).
	pub fn chain_dir(&self) -> PathBuf {
		let chains = self.base_path.join("chains");
		let mut dirs: Vec<PathBuf> = std::fs::read_dir(&chains)
			.unwrap_or_else(|e| self.fail(&format!("no {}: {e}", chains.display())))
			.map_while(Result::ok)
			.map(|entry| entry.path())
			.collect();
		if dirs.len() != 1 {
			self.fail(&format!(
				"one chain directory expected under {}: {dirs:?}",
				chains.display()
			));
		}
		dirs.remove(0)
	}

	fn wait_until_serving(&mut self) {
		let deadline = Instant::now() + STARTUP_TIMEOUT;
		// The port it serves on, from its own log: another program may have taken the one it
		// was given (a JSON-RPC call there could be answered by another dev node).
		self.rpc_port = loop {
			if let Some(port) = served_port(&self.log()) {
				break port;
			}
			if Instant::now() > deadline {
				self.fail("the node did not serve JSON-RPC in time");
			}
			std::thread::sleep(Duration::from_millis(250));
		};
		loop {
			if self.rpc("system_health", json!([])).is_ok() {
				return;
			}
			if Instant::now() > deadline {
				self.fail("the node did not serve JSON-RPC in time");
			}
			std::thread::sleep(Duration::from_millis(250));
		}
	}

	/// The node's log so far (stderr).
	pub fn log(&self) -> String {
		self.log.lock().expect("log lock").join("\n")
	}

	/// Panics with `message` and the tail of the node's log.
	pub fn fail(&self, message: &str) -> ! {
		let log = self.log();
		let tail: Vec<&str> = log.lines().rev().take(60).collect();
		let tail: Vec<&str> = tail.into_iter().rev().collect();
		panic!("{message}\n--- node log (tail) ---\n{}", tail.join("\n"));
	}

	/// Calls a JSON-RPC method; `Err` carries the node's JSON-RPC error.
	pub fn rpc(&self, method: &str, params: Value) -> Result<Value, RpcError> {
		let id = {
			let mut next = self.next_id.lock().expect("id lock");
			*next += 1;
			*next
		};
		let body = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
		let response = http_post(self.rpc_port, &body.to_string()).map_err(|e| RpcError {
			code: -1,
			message: format!("transport: {e}"),
			data: None,
		})?;
		let response: Value = serde_json::from_str(&response).map_err(|e| RpcError {
			code: -2,
			message: format!("bad JSON from node: {e}: {response}"),
			data: None,
		})?;
		if let Some(error) = response.get("error") {
			return Err(RpcError {
				code: error["code"].as_i64().unwrap_or_default(),
				message: error["message"].as_str().unwrap_or_default().to_string(),
				data: error.get("data").cloned(),
			});
		}
		Ok(response["result"].clone())
	}

	/// Like [`Self::rpc`], failing the test with the node's log on error.
	pub fn call(&self, method: &str, params: Value) -> Value {
		self.rpc(method, params).unwrap_or_else(|e| self.fail(&format!("{method} failed: {e:?}")))
	}

	/// Number of the best block.
	pub fn best_number(&self) -> u32 {
		let header = self.call("chain_getHeader", json!([]));
		parse_hex_u32(&header["number"])
	}

	/// Hash of the best block.
	pub fn best_hash(&self) -> Hash {
		parse_hash(&self.call("chain_getBlockHash", json!([])))
	}

	/// Hash of the block at `number`.
	pub fn block_hash(&self, number: u32) -> Option<Hash> {
		let value = self.call("chain_getBlockHash", json!([number]));
		(!value.is_null()).then(|| parse_hash(&value))
	}

	/// Waits until the best block is at least `number`; fails the test on timeout.
	pub fn wait_for_block(&self, number: u32, timeout: Duration) -> u32 {
		let deadline = Instant::now() + timeout;
		loop {
			let best = self.best_number();
			if best >= number {
				return best;
			}
			if Instant::now() > deadline {
				self.fail(&format!("no block #{number} within {timeout:?} (best is #{best})"));
			}
			std::thread::sleep(Duration::from_millis(100));
		}
	}

	/// Genesis hash.
	pub fn genesis_hash(&self) -> Hash {
		self.genesis
	}

	/// Runtime spec and transaction versions at the best block.
	pub fn runtime_versions(&self) -> (u32, u32) {
		let version = self.call("state_getRuntimeVersion", json!([]));
		(
			version["specVersion"].as_u64().expect("specVersion") as u32,
			version["transactionVersion"].as_u64().expect("transactionVersion") as u32,
		)
	}

	/// The next nonce of `who`, counting transactions in the pool.
	pub fn next_nonce(&self, who: &AccountId) -> Nonce {
		self.call("system_accountNextIndex", json!([who.to_string()])).as_u64().expect("nonce")
			as Nonce
	}

	/// Signs `call` as `signer` with its next nonce (immortal era, no tip).
	pub fn sign(&self, signer: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
		let nonce = self.next_nonce(&signer.to_account_id());
		self.sign_with_nonce(signer, call, nonce)
	}

	/// Signs `call` with any sr25519 key (a patient's fresh pseudonym, say) and its next nonce.
	pub fn sign_as(
		&self,
		signer: &sp_core::sr25519::Pair,
		call: RuntimeCall,
	) -> UncheckedExtrinsic {
		use sp_core::Pair;
		let nonce = self.next_nonce(&AccountId::from(signer.public()));
		let (spec_version, tx_version) = self.runtime_versions();
		sign_extrinsic_by(signer, call, nonce, spec_version, tx_version, self.genesis_hash(), None)
	}

	/// Signs `call` as `signer` with an explicit nonce.
	pub fn sign_with_nonce(
		&self,
		signer: Sr25519Keyring,
		call: RuntimeCall,
		nonce: Nonce,
	) -> UncheckedExtrinsic {
		let (spec_version, tx_version) = self.runtime_versions();
		let genesis = self.genesis_hash();
		sign_extrinsic(signer, call, nonce, spec_version, tx_version, genesis)
	}

	/// Submits an extrinsic; returns its hash, or the pool's refusal.
	pub fn submit(&self, xt: &UncheckedExtrinsic) -> Result<Hash, RpcError> {
		self.rpc("author_submitExtrinsic", json!([to_hex(&xt.encode())])).map(|h| parse_hash(&h))
	}

	/// Submits `xt` and waits for the block that includes it.
	pub fn submit_and_wait(&self, xt: &UncheckedExtrinsic) -> Included {
		let from = self.best_number();
		self.submit(xt).unwrap_or_else(|e| self.fail(&format!("submission refused: {e:?}")));
		self.wait_for_inclusion(xt, from)
	}

	/// Signs, submits and waits for inclusion.
	pub fn execute(&self, signer: Sr25519Keyring, call: RuntimeCall) -> Included {
		let xt = self.sign(signer, call);
		self.submit_and_wait(&xt)
	}

	/// `manufacturer` registers product `gtin` (its master data committed as 0x11…) and its
	/// batch `lot`, expiring on `expiry` (YYMMDD); fails the test if either is refused.
	pub fn register_product_and_batch(
		&self,
		manufacturer: Sr25519Keyring,
		gtin: healthchain_primitives::provenance::Gtin,
		lot: healthchain_primitives::provenance::Lot,
		expiry: &str,
	) {
		use healthchain_primitives::{provenance::Expiry, Commitment};
		use pallet_provenance::Call;
		let expiry = Expiry::parse(expiry).expect("an expiry date YYMMDD");
		for call in [
			Call::register_product { gtin, master_data: Commitment::repeat_byte(0x11) },
			Call::register_batch { gtin, lot: lot.clone(), expiry },
		] {
			let included = self.execute(manufacturer, RuntimeCall::Provenance(call));
			assert!(included.succeeded(), "{included:?}");
		}
	}

	/// Scans blocks from `from_number` on until one contains `xt`.
	pub fn wait_for_inclusion(&self, xt: &UncheckedExtrinsic, from_number: u32) -> Included {
		let wanted = to_hex(&xt.encode());
		let deadline = Instant::now() + INCLUSION_TIMEOUT;
		let mut next = from_number;
		loop {
			while let Some(hash) = self.block_hash(next) {
				let block = self.call("chain_getBlock", json!([to_hex(hash.as_bytes())]));
				let extrinsics =
					block["block"]["extrinsics"].as_array().cloned().unwrap_or_default();
				if let Some(index) = extrinsics.iter().position(|x| x.as_str() == Some(&wanted)) {
					let events = self
						.events(hash)
						.into_iter()
						.filter(|r| r.phase == frame_system::Phase::ApplyExtrinsic(index as u32))
						.map(|r| r.event)
						.collect();
					return Included { block_hash: hash, block_number: next, index, events };
				}
				next += 1;
			}
			if Instant::now() > deadline {
				self.fail("the extrinsic was not included in time");
			}
			std::thread::sleep(Duration::from_millis(100));
		}
	}

	/// Raw storage value at `key` in block `at` (best block if `None`).
	pub fn storage(&self, key: &[u8], at: Option<Hash>) -> Option<Vec<u8>> {
		let params = match at {
			Some(hash) => json!([to_hex(key), to_hex(hash.as_bytes())]),
			None => json!([to_hex(key)]),
		};
		let value = self.call("state_getStorage", params);
		value.as_str().map(from_hex)
	}

	/// The events of block `at`.
	pub fn events(&self, at: Hash) -> Vec<frame_system::EventRecord<RuntimeEvent, Hash>> {
		let key = storage_value_key(b"System", b"Events");
		match self.storage(&key, Some(at)) {
			Some(bytes) => Decode::decode(&mut &bytes[..]).expect("events decode"),
			None => Vec::new(),
		}
	}

	/// The account record of `who` at the best block.
	pub fn account(
		&self,
		who: &AccountId,
	) -> frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>> {
		let mut key = storage_value_key(b"System", b"Account");
		key.extend(blake2_128_concat(&who.encode()));
		self.storage(&key, None)
			.map(|bytes| Decode::decode(&mut &bytes[..]).expect("account decode"))
			.unwrap_or_default()
	}

	/// Free balance of `who` at the best block.
	pub fn free_balance(&self, who: &AccountId) -> Balance {
		self.account(who).data.free
	}

	/// The timestamp (ms) of block `at`.
	pub fn timestamp(&self, at: Hash) -> u64 {
		let key = storage_value_key(b"Timestamp", b"Now");
		self.storage(&key, Some(at))
			.map(|bytes| u64::decode(&mut &bytes[..]).expect("timestamp decode"))
			.unwrap_or_default()
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		let _ = std::fs::remove_dir_all(&self.base_path);
	}
}

/// The demo organisations' voters (development preset), in order of organisation id: each casts
/// its organisation's one vote.
pub const SEATS: [Sr25519Keyring; 9] = [
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::AliceStash,
	Sr25519Keyring::BobStash,
	Sr25519Keyring::CharlieStash,
	Sr25519Keyring::DaveStash,
	Sr25519Keyring::EveStash,
	Sr25519Keyring::FerdieStash,
];

/// How long a referendum may take on the development chain (rehearsal pace).
pub const REFERENDUM_TIMEOUT: Duration = Duration::from_secs(300);

/// A referendum that ran its course on the node.
pub struct Enacted {
	/// Its index.
	pub index: u32,
	/// The block it was approved in.
	pub approved_at: u32,
	/// The block its call was dispatched in.
	pub enacted_at: u32,
	/// The events of that block's scheduled dispatches (the call's own and the scheduler's).
	pub events: Vec<RuntimeEvent>,
	/// The call's result, as the scheduler reports it.
	pub result: sp_runtime::DispatchResult,
}

/// Governance at work, as the consortium does it: the first seat submits `call` to be
/// dispatched with `origin` (`Root` or a track's origin) and places the decision deposit, each
/// of `ayes` votes aye, and the test waits for the track's periods to pass.
impl DevNode {
	/// Submits and votes; returns the referendum's index.
	pub fn propose_and_vote(
		&self,
		origin: healthchain_runtime::OriginCaller,
		call: RuntimeCall,
		ayes: &[Sr25519Keyring],
	) -> u32 {
		use frame_support::traits::schedule::DispatchTime;
		let proposer = SEATS[0];
		let bounded = frame_support::traits::Bounded::Inline(
			frame_support::BoundedVec::try_from(call.encode())
				.unwrap_or_else(|_| self.fail("the call is too long to go inline")),
		);
		let submitted = self.execute(
			proposer,
			RuntimeCall::Referenda(pallet_referenda::Call::submit {
				proposal_origin: Box::new(origin),
				proposal: bounded,
				enactment_moment: DispatchTime::After(0),
			}),
		);
		let index = submitted
			.events
			.iter()
			.find_map(|e| match e {
				RuntimeEvent::Referenda(pallet_referenda::Event::Submitted { index, .. }) => {
					Some(*index)
				},
				_ => None,
			})
			.unwrap_or_else(|| self.fail(&format!("no referendum submitted: {submitted:?}")));
		let deposit = self.execute(
			proposer,
			RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index }),
		);
		assert!(deposit.succeeded(), "decision deposit: {deposit:?}");
		for voter in ayes {
			let voted = self.execute(
				*voter,
				RuntimeCall::Organizations(pallet_organizations::Call::vote {
					poll: index,
					aye: true,
				}),
			);
			assert!(voted.succeeded(), "{voter:?}'s vote failed: {voted:?}");
		}
		index
	}

	/// Waits until referendum `index` is approved and its call dispatched, looking at blocks
	/// from `from` on, or fails the test if it ends otherwise.
	pub fn wait_for_enactment(&self, index: u32, from: u32) -> Enacted {
		let name = healthchain_runtime::configs::governance::ReferendaEnactments::name(index);
		let deadline = Instant::now() + REFERENDUM_TIMEOUT;
		let mut next = from;
		let mut approved_at = None;
		loop {
			while let Some(hash) = self.block_hash(next) {
				let records = self.events(hash);
				for record in &records {
					match &record.event {
						// Confirmed: approved and its call scheduled (pallet-referenda emits no
						// separate `Approved` event).
						RuntimeEvent::Referenda(pallet_referenda::Event::Confirmed {
							index: i,
							..
						}) if *i == index => approved_at = Some(next),
						RuntimeEvent::Referenda(
							pallet_referenda::Event::Rejected { index: i, .. }
							| pallet_referenda::Event::TimedOut { index: i, .. }
							| pallet_referenda::Event::Cancelled { index: i, .. }
							| pallet_referenda::Event::Killed { index: i, .. },
						) if *i == index => self.fail(&format!("referendum {index} ended: {:?}", record.event)),
						RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
							id: Some(id),
							result,
							..
						}) if *id == name => {
							let events = records
								.iter()
								.filter(|r| r.phase == frame_system::Phase::Initialization)
								.map(|r| r.event.clone())
								.collect();
							return Enacted {
								index,
								approved_at: approved_at.unwrap_or_else(|| {
									self.fail("enacted before it was seen approved")
								}),
								enacted_at: next,
								events,
								result: *result,
							};
						},
						_ => {},
					}
				}
				next += 1;
			}
			if Instant::now() > deadline {
				self.fail(&format!("referendum {index} was not enacted in time"));
			}
			std::thread::sleep(Duration::from_millis(200));
		}
	}

	/// Submits `call` on `origin`'s track, votes it through with `ayes`, and waits for its
	/// enactment; fails the test unless the call succeeded.
	pub fn referendum_enacts(
		&self,
		origin: healthchain_runtime::OriginCaller,
		call: RuntimeCall,
		ayes: &[Sr25519Keyring],
	) -> Enacted {
		let from = self.best_number();
		let index = self.propose_and_vote(origin, call, ayes);
		let enacted = self.wait_for_enactment(index, from);
		if let Err(e) = enacted.result {
			self.fail(&format!("referendum {index}'s call failed: {e:?}"));
		}
		enacted
	}
}

/// The `business` track's origin: more than half of the seats.
pub fn business() -> healthchain_runtime::OriginCaller {
	healthchain_runtime::OriginCaller::GovernanceOrigins(
		healthchain_runtime::configs::governance::origins::Origin::Business,
	)
}

/// `Root`: the `root` track, two thirds of the seats.
pub fn root() -> healthchain_runtime::OriginCaller {
	healthchain_runtime::OriginCaller::system(frame_system::RawOrigin::Root)
}

/// The runtime error behind a dispatch error (`Consortium(NotMember)`), for readable assertions.
pub fn runtime_error(
	error: sp_runtime::DispatchError,
) -> Option<healthchain_runtime::RuntimeError> {
	healthchain_runtime::RuntimeError::from_dispatch_error(error)
}

/// Where and how an extrinsic was included.
#[derive(Debug)]
pub struct Included {
	/// Block hash.
	pub block_hash: Hash,
	/// Block number.
	pub block_number: u32,
	/// Index of the extrinsic in the block.
	pub index: usize,
	/// Events the extrinsic emitted.
	pub events: Vec<RuntimeEvent>,
}

impl Included {
	/// The consent the extrinsic granted (`Consent.ConsentGranted`), if any.
	pub fn granted_consent(&self) -> Option<u64> {
		self.events.iter().find_map(|e| match e {
			RuntimeEvent::Consent(pallet_consent::Event::ConsentGranted { consent, .. }) => {
				Some(*consent)
			},
			_ => None,
		})
	}

	/// The trial the extrinsic registered (`Trials.TrialRegistered`), if any.
	pub fn registered_trial(&self) -> Option<u32> {
		self.events.iter().find_map(|e| match e {
			RuntimeEvent::Trials(pallet_trials::Event::TrialRegistered { trial, .. }) => {
				Some(*trial)
			},
			_ => None,
		})
	}

	/// Whether the extrinsic succeeded (`System.ExtrinsicSuccess`).
	pub fn succeeded(&self) -> bool {
		self.events.iter().any(|e| {
			matches!(e, RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { .. }))
		})
	}

	/// The dispatch error, if the extrinsic failed.
	pub fn dispatch_error(&self) -> Option<sp_runtime::DispatchError> {
		self.events.iter().find_map(|e| match e {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(*dispatch_error),
			_ => None,
		})
	}
}

/// Builds a signed extrinsic the way any wallet does (no metadata hash).
pub fn sign_extrinsic(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: Nonce,
	spec_version: u32,
	tx_version: u32,
	genesis: Hash,
) -> UncheckedExtrinsic {
	sign_extrinsic_with_metadata_hash(signer, call, nonce, spec_version, tx_version, genesis, None)
}

/// Builds a signed extrinsic the way a hardware or offline signer does when `metadata_hash` is
/// given: `CheckMetadataHash` in mode 1 and the signature over the metadata digest the signer
/// computed itself (RFC 78). Without it, mode 0, as [`sign_extrinsic`].
pub fn sign_extrinsic_with_metadata_hash(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: Nonce,
	spec_version: u32,
	tx_version: u32,
	genesis: Hash,
	metadata_hash: Option<[u8; 32]>,
) -> UncheckedExtrinsic {
	sign_extrinsic_by(&signer.pair(), call, nonce, spec_version, tx_version, genesis, metadata_hash)
}

/// [`sign_extrinsic_with_metadata_hash`] with any sr25519 key.
pub fn sign_extrinsic_by(
	signer: &sp_core::sr25519::Pair,
	call: RuntimeCall,
	nonce: Nonce,
	spec_version: u32,
	tx_version: u32,
	genesis: Hash,
	metadata_hash: Option<[u8; 32]>,
) -> UncheckedExtrinsic {
	use sp_core::Pair;
	let tx_ext = healthchain_runtime::wallet_tx_extension(nonce, metadata_hash.is_some());
	let implicit = ((), spec_version, tx_version, genesis, genesis, (), (), (), metadata_hash);
	let payload = SignedPayload::from_raw(call.clone(), tx_ext.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(AccountId::from(signer.public())),
		MultiSignature::Sr25519(signature),
		tx_ext,
	)
}

/// `0x`-prefixed lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// Bytes of a `0x`-prefixed hex string.
pub fn from_hex(hex: &str) -> Vec<u8> {
	sp_core::bytes::from_hex(hex).expect("valid hex from the node")
}

fn parse_hash(value: &Value) -> Hash {
	let bytes = from_hex(value.as_str().expect("hash is a string"));
	Hash::from_slice(&bytes)
}

fn parse_hex_u32(value: &Value) -> u32 {
	let s = value.as_str().expect("hex number");
	u32::from_str_radix(s.trim_start_matches("0x"), 16).expect("hex number")
}

/// `twox128(pallet) ++ twox128(item)`.
pub fn storage_value_key(pallet: &[u8], item: &[u8]) -> Vec<u8> {
	let mut key = sp_io::hashing::twox_128(pallet).to_vec();
	key.extend_from_slice(&sp_io::hashing::twox_128(item));
	key
}

/// `blake2_128(data) ++ data`, the `Blake2_128Concat` map hasher.
pub fn blake2_128_concat(data: &[u8]) -> Vec<u8> {
	let mut out = sp_io::hashing::blake2_128(data).to_vec();
	out.extend_from_slice(data);
	out
}

/// One HTTP/1.1 POST of a JSON body to 127.0.0.1:`port`; returns the response body.
fn http_post(port: u16, body: &str) -> std::io::Result<String> {
	let mut stream = TcpStream::connect(("127.0.0.1", port))?;
	stream.set_read_timeout(Some(Duration::from_secs(60)))?;
	write!(
		stream,
		"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)?;
	let mut raw = Vec::new();
	stream.read_to_end(&mut raw)?;
	let split = raw
		.windows(4)
		.position(|w| w == b"\r\n\r\n")
		.ok_or_else(|| std::io::Error::other("no HTTP header end"))?;
	let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
	let body = &raw[split + 4..];
	let body =
		if head.contains("transfer-encoding: chunked") { dechunk(body)? } else { body.to_vec() };
	String::from_utf8(body).map_err(std::io::Error::other)
}

fn dechunk(mut data: &[u8]) -> std::io::Result<Vec<u8>> {
	let mut out = Vec::new();
	loop {
		let line_end = data
			.windows(2)
			.position(|w| w == b"\r\n")
			.ok_or_else(|| std::io::Error::other("bad chunk"))?;
		let size_text = String::from_utf8_lossy(&data[..line_end]);
		let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
			.map_err(std::io::Error::other)?;
		data = &data[line_end + 2..];
		if size == 0 {
			return Ok(out);
		}
		if data.len() < size + 2 {
			return Err(std::io::Error::other("truncated chunk"));
		}
		out.extend_from_slice(&data[..size]);
		data = &data[size + 2..];
	}
}
