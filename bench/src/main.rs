//! `healthchain-bench`: how many healthcare extrinsics per second a `healthchain-node` takes.
//!
//! Starts `healthchain-node --dev` on free ports (or uses `--port` of a running dev node),
//! prepares accounts and organisations (and, for claims, a payer's policy and each claim
//! patient's coverage, payment consent and encounter record), then for each workload signs its
//! extrinsics ahead of time, submits them over JSON-RPC for a fixed window while keeping at most
//! `--in-flight` unsettled, and follows every sealed (and, in dev mode, at once finalised) block:
//! which of its extrinsics are ours, whether they succeeded (a claim: whether the rules approved
//! it in its block), the block's weight and proof size. At the end
//! each workload reports submitted, included (succeeded / failed), rejected at submission (with
//! the node's reasons) and lost (submitted, never included), the sustained rate over the window,
//! blocks and their fullness, and the CPU the node used.
//!
//! ```text
//! healthchain-bench [--node PATH] [--port RPC_PORT] [--duration SECONDS] [--workloads LIST]
//!                   [--max-rate N] [--in-flight N] [--submitters N] [--markdown FILE]
//!                   [--follow finalized|best] [--single-reference]
//! ```
//!
//! Where the workloads include `transfer`, the run measures a transfer window first and again
//! after every other workload, and each workload's "× transfers" is its rate over the mean of the
//! two transfer windows around it: on a machine whose speed drifts by a fifth within minutes, a
//! ratio against one transfer window measured ten minutes earlier says more about the machine
//! than the node. The table also gives every rate over the run's first transfer window, the one
//! ratio the tables before session 42 had. `--single-reference` runs the workloads as given (as
//! those runs did, with one transfer window, first), each still compared with the transfer
//! windows nearest it in that order.
//!
//! `--follow best` counts the workloads' extrinsics in the node's best blocks instead of its
//! finalised ones: for a network whose finality lags far behind its best block (six nodes sharing
//! two cores). A best block can still be retracted, so figures from such a run say so. The set-up
//! always settles on finalised blocks: a step counted in a best block that was then retracted
//! is back in the pool, not yet on the chain the workloads run on (session 27: three commissions
//! counted so were included again only after 2,940 ships of their packs had failed with
//! `UnknownPack`).

use std::{
	collections::{BTreeMap, HashMap, VecDeque},
	io::{BufRead, BufReader},
	process::{Child, Command, Stdio},
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

use codec::Decode;
use frame_support::{dispatch::PerDispatchClass, weights::Weight, BoundedVec};
use healthchain_bench::{
	account, account_key, ancestry, bytes_of, nonce_of_account, retracted, sign, signer_and_nonce,
	to_hex, value_key, ChainInfo, Rpc, Signed, FOLLOW_DEPTH,
};
use healthchain_primitives::{
	claims::{
		day_of, ClaimDecision, ClaimUse, CoverageId, Day, LineSubmission, PolicyId, Rule,
		ServiceCode,
	},
	consent::{Grantee, Provision},
	currency::UNIT,
	provenance::{Expiry, Gtin, Item, PackKey, Serial},
	records::record_id,
	Action, Balance, Commitment, DataClass, Purpose,
};
use healthchain_runtime::{
	configs::healthcare::ClaimDeposit,
	write_budget::{heap_kib, BLOCK_HEAP_BUDGET_KIB},
	AccountId, Runtime, RuntimeCall, RuntimeEvent,
};
use serde_json::json;
use sp_core::{crypto::Pair as _, sr25519, H256};
use sp_io::hashing::blake2_256;
use sp_keyring::Sr25519Keyring;

/// The demo wholesaler (Charlie//stash); staff act for the demo hospital (Dave, 0) and
/// manufacturer (Bob//stash, 4).
const WHOLESALER: u32 = 5;
/// Account ranges of the generator.
const PLAIN: u32 = 3_000;
const HOSPITAL_STAFF: u32 = 10_000;
const MAKER_STAFF: u32 = 20_000;
const WHOLESALE_STAFF: u32 = 30_000;
/// Members per organisation (each organisation holds at most 128).
const STAFF: u32 = 100;
/// Packs per commissioning call (the runtime's bound).
const COMMISSION: u32 = 1_000;
/// Accounts whose consents the consent workload grants (at most 64 consents each).
const CONSENT_PATIENTS: u32 = 2_048;
/// The demo hospital (Dave), whose staff submit the claims, and the demo payer (Ferdie//stash,
/// `Insurer`), which publishes the policy and records the coverage they are made under.
const HOSPITAL: u32 = 0;
const PAYER: u32 = 8;
/// The claim workload's patients: accounts from `CLAIM_PATIENT` on, at least `CLAIM_PATIENTS`
/// of them (more when a run's claims need more distinct services, [`claim_service`]).
const CLAIM_PATIENT: u32 = 40_000;
const CLAIM_PATIENTS: u32 = 256;
/// Service dates of claims: the chain's day at set-up and the days before it, a year less two
/// days, so that a claim stays within the one-year claim window even if the chain's clock
/// passes two midnights before it is included (the dev chain's clock runs ahead of the wall
/// clock under load: every block is at least one 6-s slot after its parent).
const CLAIM_DAYS: u32 = 363;
/// Units a claim line bills: 1 to this, the policy's most per line.
const CLAIM_UNITS: u32 = 4;
/// What a claim line bills per unit, and the most the policy allows per unit.
const CLAIM_UNIT_AMOUNT: u128 = 12_500;
const CLAIM_MAX_UNIT_AMOUNT: u128 = 1_000_000_000;
/// The last day of the policy: far beyond any service date.
const OPEN_END: Day = u32::MAX / 2;
/// The most a demo organisation's admin gives the hospital's staff for their claim deposits (of
/// its 1,000,000 UNIT endowment).
const FUNDER_LIMIT: Balance = 900_000 * UNIT;

/// The billed code: HCPCS `J1100` (dexamethasone sodium phosphate injection, 1 mg).
fn claim_code() -> ServiceCode {
	ServiceCode::Hcpcs(*b"J1100")
}

/// A call of the claims pallet.
fn claims_call(call: pallet_claims::Call<healthchain_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::Claims(call)
}

/// The service claim number `c` of a run bills: (patient, days before the set-up's day, units),
/// a distinct (patient, day) for every `c` below `patients × CLAIM_DAYS` (the fingerprint keys
/// on patient, provider, day and code — not units — so no two claims share one), `None` beyond.
/// Patients vary fastest, then the day; units go round 1 to `CLAIM_UNITS`.
fn claim_service(c: u32, patients: u32) -> Option<(u32, u32, u32)> {
	let before = c / patients;
	(before < CLAIM_DAYS).then_some((c % patients, before, 1 + before % CLAIM_UNITS))
}

fn gtin() -> Gtin {
	Gtin(9_501_101_530_003)
}

fn lot() -> BoundedVec<u8, sp_core::ConstU32<20>> {
	BoundedVec::truncate_from(b"BENCH-1".to_vec())
}

fn pack(k: u32) -> PackKey {
	let serial: Serial = BoundedVec::truncate_from(format!("B{k:09}").into_bytes());
	PackKey { gtin: gtin(), serial }
}

struct Args {
	node: Option<String>,
	port: Option<u16>,
	duration: Duration,
	workloads: Vec<String>,
	max_rate: u32,
	in_flight: usize,
	submitters: usize,
	markdown: Option<String>,
	/// Counts extrinsics in best blocks, not finalised ones (`--follow best`).
	follow_best: bool,
	/// Runs a transfer window before and after every other workload, each workload's ratio taken
	/// against the two around it (the default; `--single-reference` runs the workloads as given).
	bracket: bool,
}

/// Whether the followers read best blocks instead of finalised ones: never during the set-up,
/// then as `--follow` says (set before each follower starts).
static FOLLOW_BEST: AtomicBool = AtomicBool::new(false);

const WORKLOADS: [&str; 8] =
	["transfer", "anchor", "batch-anchor", "consent", "ship", "ship-receive", "claim", "mix"];

fn parse_args() -> Result<Args, String> {
	let mut args = Args {
		node: std::env::var("HEALTHCHAIN_NODE").ok(),
		port: None,
		duration: Duration::from_secs(60),
		workloads: WORKLOADS.iter().map(|w| w.to_string()).collect(),
		max_rate: 2_000,
		in_flight: 4_096,
		submitters: 1,
		markdown: None,
		follow_best: false,
		bracket: true,
	};
	let mut it = std::env::args().skip(1);
	while let Some(flag) = it.next() {
		let mut value = || it.next().ok_or(format!("{flag} needs a value"));
		match flag.as_str() {
			"--node" => args.node = Some(value()?),
			"--port" => args.port = Some(value()?.parse().map_err(|e| format!("--port: {e}"))?),
			"--duration" => {
				let s: u64 = value()?.parse().map_err(|e| format!("--duration: {e}"))?;
				args.duration = Duration::from_secs(s);
			},
			"--workloads" => {
				args.workloads = value()?.split(',').map(|w| w.trim().to_string()).collect()
			},
			"--max-rate" => {
				args.max_rate = value()?.parse().map_err(|e| format!("--max-rate: {e}"))?
			},
			"--in-flight" => {
				args.in_flight = value()?.parse().map_err(|e| format!("--in-flight: {e}"))?
			},
			"--markdown" => args.markdown = Some(value()?),
			"--submitters" => {
				args.submitters = value()?.parse().map_err(|e| format!("--submitters: {e}"))?
			},
			"--follow" => {
				args.follow_best = match value()?.as_str() {
					"best" => true,
					"finalized" | "finalised" => false,
					other => {
						return Err(format!("--follow: {other} is neither best nor finalized"))
					},
				}
			},
			"--single-reference" => args.bracket = false,
			"--help" | "-h" => return Err(String::new()),
			other => return Err(format!("unknown argument {other}")),
		}
	}
	if let Some(bad) = args.workloads.iter().find(|w| !WORKLOADS.contains(&w.as_str())) {
		return Err(format!("unknown workload {bad}; workloads are {}", WORKLOADS.join(", ")));
	}
	Ok(args)
}

/// A node this run started; stopped when dropped.
struct NodeProcess {
	child: Child,
	base_path: std::path::PathBuf,
}

impl Drop for NodeProcess {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		let _ = std::fs::remove_dir_all(&self.base_path);
	}
}

fn free_port() -> u16 {
	std::net::TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free port")
}

fn start_node(path: &str) -> (NodeProcess, u16) {
	let (rpc_port, p2p_port) = (free_port(), free_port());
	let base_path = std::env::temp_dir().join(format!("healthchain-bench-{}", std::process::id()));
	let extra = std::env::var("NODE_ARGS").unwrap_or_default();
	let mut child = Command::new(path)
		.args(["--dev", "--no-prometheus", "--no-telemetry", "--no-hardware-benchmarks"])
		.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
		.arg("--base-path")
		.arg(&base_path)
		.args(extra.split_whitespace())
		.stdin(Stdio::null())
		.stdout(Stdio::null())
		.stderr(Stdio::piped())
		.spawn()
		.unwrap_or_else(|e| panic!("cannot start {path}: {e}"));
	let stderr = child.stderr.take().expect("piped");
	std::thread::spawn(move || {
		// Drain the log; keep errors visible.
		for line in BufReader::new(stderr).lines().map_while(Result::ok) {
			if line.contains("ERROR") {
				eprintln!("node: {line}");
			}
		}
	});
	(NodeProcess { child, base_path }, rpc_port)
}

/// CPU seconds (user + system) process `pid` has used.
fn cpu_seconds(pid: u32) -> Option<f64> {
	let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
	let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
	let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
	Some(ticks / 100.0)
}

/// One extrinsic of a plan: signed ahead of time, maybe waiting for another to be included.
struct Planned {
	signed: Signed,
	after: Option<usize>,
}

#[derive(Default)]
struct BlockStat {
	/// The block's number: a block read and later retracted (`--follow best`) is dropped by it.
	number: u64,
	ours: u32,
	/// Every extrinsic in the block, inherents and others' included (the runtime's heap budget
	/// charges them all a place).
	extrinsics: u32,
	/// The writes ours declared to the block's heap budget (a failed one gives its writes back).
	writes: u32,
	ref_time: u64,
	proof_size: u64,
	at: Option<Instant>,
}

/// What the follower saw, shared with the submitter.
#[derive(Default)]
struct Ledger {
	/// Submitted (or about to be), not yet included: hash → plan index.
	pending: HashMap<[u8; 32], usize>,
	/// The writes each submitted extrinsic that declares some takes from the block's heap budget:
	/// hash → writes.
	writes: HashMap<[u8; 32], u32>,
	submitted: u64,
	succeeded: u64,
	failed: u64,
	succeeded_in_window: u64,
	failures: BTreeMap<String, u64>,
	/// Included and succeeded, but not as the workload means them to (a claim the rules did not
	/// approve in its block): reported as notes.
	caveats: BTreeMap<String, u64>,
	rejected: BTreeMap<String, u64>,
	released: VecDeque<usize>,
	dependents: HashMap<usize, Vec<usize>>,
	window: Option<(Instant, Instant)>,
	blocks: Vec<BlockStat>,
	/// Ours that were included: a block that replaces one already read counts them again in its
	/// own statistics, not in the totals.
	settled: std::collections::HashSet<[u8; 32]>,
	/// Position in the plan of the next extrinsic to submit.
	cursor: usize,
	/// Batches on their way to the node.
	submitting: usize,
}

impl Ledger {
	fn in_flight(&self) -> usize {
		self.pending.len()
	}
}

/// Follows finalised blocks (best blocks with `--follow best`) and settles the ledger.
///
/// Best blocks can be replaced: a collator's block at height n that is read as best can lose to
/// a sibling once height n + 1 builds on that sibling. Before reading new blocks the follower
/// checks that the ones it read are still the chain's; from the first that is not, it reads the
/// chain's blocks again, so what only the replacement carries is settled too.
fn follow(port: u16, ledger: Arc<Mutex<Ledger>>, stop: Arc<AtomicBool>) {
	let mut rpc = Rpc::new(port);
	let events_key = to_hex(&value_key("System", "Events"));
	let weight_key = to_hex(&value_key("System", "BlockWeight"));
	let number_of = |header: &serde_json::Value| {
		u64::from_str_radix(header["number"].as_str()?.trim_start_matches("0x"), 16).ok()
	};
	// The hash of each recent block read, by number. Following best blocks, it starts with the
	// best block and its ancestors (FOLLOW_DEPTH in all): the block the follower starts on can
	// itself be replaced, and then every block the chain's new branch has since the fork must be
	// read. A parachain collator's best blocks may never be backed (session 19, run 3: collator
	// 1's best stayed such a #3 until the backed chain reached #4, and the follower, starting at
	// #3 and knowing none of it, never read the backed #2 and #3, so 606 funding transfers that
	// they carried counted as lost). One best hash, then its parents: hashes asked by height
	// could mix two branches if the best block changed meanwhile.
	let mut read: BTreeMap<u64, serde_json::Value> = BTreeMap::new();
	let mut start = None;
	if FOLLOW_BEST.load(Ordering::Relaxed) {
		let best = rpc.call("chain_getBlockHash", json!([])).ok().filter(|h| h.is_string());
		let header = best.as_ref().and_then(|h| rpc.call("chain_getHeader", json!([h])).ok());
		if let (Some(hash), Some(number)) = (best, header.as_ref().and_then(number_of)) {
			start = Some(number);
			read = ancestry((number, hash), |h| {
				let header = rpc.call("chain_getHeader", json!([h])).ok()?;
				Some(header.get("parentHash")?.clone()).filter(|p| p.is_string())
			});
		}
	}
	// Otherwise from the finalised head when following finalised blocks: the blocks above it may
	// still be replaced by a branch that carries what is about to be submitted (a parachain's
	// set-up, whose best block can run ahead of finality), so none of them may be skipped. From
	// the best block's number if the walk of best blocks failed.
	let mut seen = start
		.or_else(|| {
			let head = if FOLLOW_BEST.load(Ordering::Relaxed) {
				rpc.call("chain_getHeader", json!([]))
			} else {
				rpc.call("chain_getFinalizedHead", json!([]))
					.and_then(|h| rpc.call("chain_getHeader", json!([h])))
			};
			head.ok().and_then(|h| number_of(&h))
		})
		.unwrap_or(0);
	while !stop.load(Ordering::Relaxed) {
		let head = if FOLLOW_BEST.load(Ordering::Relaxed) {
			rpc.call("chain_getHeader", json!([]))
		} else {
			rpc.call("chain_getFinalizedHead", json!([]))
				.and_then(|h| rpc.call("chain_getHeader", json!([h])))
		};
		let Some(best) = head.ok().and_then(|h| number_of(&h)) else {
			std::thread::sleep(Duration::from_millis(20));
			continue;
		};
		if best <= seen {
			std::thread::sleep(Duration::from_millis(10));
			continue;
		}
		// Blocks read that the chain no longer has: read the chain's from the first of them.
		// Only best blocks can be replaced; finalised ones cannot, so they are not asked again.
		let replaced = if FOLLOW_BEST.load(Ordering::Relaxed) {
			retracted(&mut read, |n| rpc.call("chain_getBlockHash", json!([n])).ok())
		} else {
			None
		};
		if let Some(from) = replaced {
			seen = seen.min(from - 1);
			// Their statistics go; what they settled stays settled (`Ledger::settled`).
			ledger.lock().expect("ledger").blocks.retain(|b| b.number <= seen);
		}
		for number in seen + 1..=best {
			let Ok(hash) = rpc.call("chain_getBlockHash", json!([number])) else { break };
			let Ok(block) = rpc.call("chain_getBlock", json!([hash])) else { break };
			let events =
				rpc.call("state_getStorage", json!([events_key, hash])).unwrap_or_default();
			let weight =
				rpc.call("state_getStorage", json!([weight_key, hash])).unwrap_or_default();
			let records = Vec::<frame_system::EventRecord<RuntimeEvent, H256>>::decode(
				&mut &bytes_of(&events)[..],
			)
			.unwrap_or_default();
			let mut failed_at: HashMap<u32, String> = HashMap::new();
			// Extrinsics that submitted a claim: whether the rules approved it in the block.
			let mut claim_approved_at: HashMap<u32, bool> = HashMap::new();
			for r in records {
				let frame_system::Phase::ApplyExtrinsic(i) = r.phase else { continue };
				match r.event {
					RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
						dispatch_error,
						..
					}) => {
						let name =
							healthchain_runtime::RuntimeError::from_dispatch_error(dispatch_error)
								.map(|e| format!("{e:?}"))
								.unwrap_or_else(|| format!("{dispatch_error:?}"));
						failed_at.insert(i, name);
					},
					RuntimeEvent::Claims(pallet_claims::Event::ClaimSubmitted { .. }) => {
						claim_approved_at.entry(i).or_insert(false);
					},
					RuntimeEvent::Claims(pallet_claims::Event::ClaimAdjudicated {
						decision: ClaimDecision::Approved,
						automatic: true,
						..
					}) => {
						claim_approved_at.insert(i, true);
					},
					_ => {},
				}
			}
			let weight =
				PerDispatchClass::<Weight>::decode(&mut &bytes_of(&weight)[..]).unwrap_or_default();
			let total = weight.total();
			let now = Instant::now();
			let mut l = ledger.lock().expect("ledger");
			let mut stat = BlockStat {
				number,
				ref_time: total.ref_time(),
				proof_size: total.proof_size(),
				at: Some(now),
				..Default::default()
			};
			let extrinsics = block["block"]["extrinsics"].as_array().cloned().unwrap_or_default();
			stat.extrinsics = extrinsics.len() as u32;
			for (i, xt) in extrinsics.iter().enumerate() {
				let hash = blake2_256(&bytes_of(xt));
				// A call that failed gave its declared writes back to the block's budget.
				let writes = if failed_at.contains_key(&(i as u32)) {
					0
				} else {
					l.writes.get(&hash).copied().unwrap_or_default()
				};
				let Some(index) = l.pending.remove(&hash) else {
					// Already settled from a block this one replaced.
					if l.settled.contains(&hash) {
						stat.ours += 1;
						stat.writes += writes;
					}
					continue;
				};
				l.settled.insert(hash);
				stat.ours += 1;
				stat.writes += writes;
				match failed_at.remove(&(i as u32)) {
					Some(reason) => {
						l.failed += 1;
						*l.failures.entry(reason).or_default() += 1;
					},
					None => {
						l.succeeded += 1;
						if l.window.is_some_and(|(from, to)| now >= from && now <= to) {
							l.succeeded_in_window += 1;
						}
						if claim_approved_at.get(&(i as u32)) == Some(&false) {
							let caveat = "claim not approved by the rules".to_string();
							*l.caveats.entry(caveat).or_default() += 1;
						}
					},
				}
				if let Some(next) = l.dependents.remove(&index) {
					l.released.extend(next);
				}
			}
			l.blocks.push(stat);
			drop(l);
			read.insert(number, hash);
			while read.len() as u64 > FOLLOW_DEPTH {
				read.pop_first();
			}
			seen = number;
		}
	}
}

/// Settles `plan` through the node: submits it (dependents once released), waits until all is
/// included; panics with the reasons if any of it is refused or fails (for set-up steps).
fn settle(port: u16, plan: Vec<Planned>, what: &str) {
	settle_within(port, plan, what, Duration::from_secs(300))
}

/// [`settle`], waiting up to `drain` in all before counting what is not included as lost.
fn settle_within(port: u16, plan: Vec<Planned>, what: &str, drain: Duration) {
	let ledger = Arc::new(Mutex::new(Ledger::default()));
	let stop = Arc::new(AtomicBool::new(false));
	let follower = {
		let (l, s) = (ledger.clone(), stop.clone());
		std::thread::spawn(move || follow(port, l, s))
	};
	let outcome = run(port, &plan, &ledger, None, 4_096, 1, drain);
	stop.store(true, Ordering::Relaxed);
	let _ = follower.join();
	let l = ledger.lock().expect("ledger");
	if l.failed > 0 || !l.rejected.is_empty() || outcome.lost > 0 {
		panic!(
			"set-up step {what} did not settle: failed {:?}, rejected {:?}, lost {}",
			l.failures, l.rejected, outcome.lost
		);
	}
	println!("  set up: {what} ({} extrinsics)", plan.len());
}

struct Outcome {
	lost: u64,
	unsent: usize,
	node_cpu: Option<f64>,
}

/// Submits `plan` (for `window` if given, else all of it), then waits up to `drain` for what is
/// in flight.
fn run(
	port: u16,
	plan: &[Planned],
	ledger: &Arc<Mutex<Ledger>>,
	window: Option<(Duration, u32)>,
	in_flight: usize,
	submitters: usize,
	drain: Duration,
) -> Outcome {
	{
		let mut l = ledger.lock().expect("ledger");
		for (i, p) in plan.iter().enumerate() {
			if let Some(first) = p.after {
				l.dependents.entry(first).or_default().push(i);
			}
		}
		l.cursor = 0;
	}
	let start = Instant::now();
	let end = window.map(|(d, _)| start + d);
	ledger.lock().expect("ledger").window = end.map(|e| (start, e));
	let node_pid = window.map(|(_, pid)| pid);
	let cpu_start = node_pid.and_then(cpu_seconds);
	let done = AtomicBool::new(false);
	let mut cpu_end = None;
	std::thread::scope(|scope| {
		// Several connections may submit at once (`--submitters`): the node validates each
		// submission before it answers, and one connection serialises that.
		for _ in 0..submitters {
			scope.spawn(|| submit(port, plan, ledger, end, in_flight, &done));
		}
		let (mut last_report, mut reported) = (start, 0u64);
		loop {
			std::thread::sleep(Duration::from_millis(20));
			let now = Instant::now();
			let in_window = end.is_none_or(|e| now < e);
			if !in_window && cpu_end.is_none() {
				cpu_end = node_pid.and_then(cpu_seconds);
			}
			let l = ledger.lock().expect("ledger");
			let settled = l.in_flight() == 0 && l.released.is_empty() && l.submitting == 0;
			// Set-up plans wait `drain` in all; a measured window waits `drain` after it.
			let waited =
				end.map_or(now.duration_since(start), |e| now.saturating_duration_since(e));
			let exhausted = l.cursor >= plan.len();
			if (settled && (exhausted || !in_window)) || waited > drain {
				done.store(true, Ordering::Relaxed);
				break;
			}
			if window.is_some() && now.duration_since(last_report) >= Duration::from_secs(5) {
				let rate = (l.succeeded + l.failed - reported) as f64
					/ now.duration_since(last_report).as_secs_f64();
				println!(
					"  {:>5.1} s  submitted {:>7}  included {:>7}  ({:>6.0}/s)  in flight {:>5}  \
					 rejected {:>5}",
					now.duration_since(start).as_secs_f64(),
					l.submitted,
					l.succeeded + l.failed,
					rate,
					l.in_flight(),
					l.rejected.values().sum::<u64>(),
				);
				reported = l.succeeded + l.failed;
				last_report = now;
			}
		}
	});
	let l = ledger.lock().expect("ledger");
	let cpu = match (cpu_start, cpu_end.or_else(|| node_pid.and_then(cpu_seconds))) {
		(Some(a), Some(b)) => window.map(|(d, _)| (b - a) / d.as_secs_f64()),
		_ => None,
	};
	Outcome {
		lost: l.in_flight() as u64,
		unsent: plan.len().saturating_sub(l.cursor),
		node_cpu: cpu,
	}
}

/// One submitting connection: takes batches (released dependents first, then the plan in
/// order; after the window only dependents, whose senders' later nonces are already in the
/// pool) and records the node's answers, until `done`.
fn submit(
	port: u16,
	plan: &[Planned],
	ledger: &Mutex<Ledger>,
	end: Option<Instant>,
	in_flight: usize,
	done: &AtomicBool,
) {
	let mut rpc = Rpc::new(port);
	while !done.load(Ordering::Relaxed) {
		let in_window = end.is_none_or(|e| Instant::now() < e);
		let mut batch: Vec<usize> = Vec::new();
		{
			let mut l = ledger.lock().expect("ledger");
			let room = in_flight.saturating_sub(l.in_flight()).min(256);
			while batch.len() < room {
				match l.released.pop_front() {
					Some(i) => batch.push(i),
					None => break,
				}
			}
			while in_window && batch.len() < room && l.cursor < plan.len() {
				let i = l.cursor;
				if plan[i].after.is_none() {
					batch.push(i);
				}
				l.cursor += 1;
			}
			for i in &batch {
				let signed = &plan[*i].signed;
				l.pending.insert(signed.hash, *i);
				if signed.writes > 0 {
					l.writes.insert(signed.hash, signed.writes);
				}
			}
			if !batch.is_empty() {
				l.submitting += 1;
			}
		}
		if batch.is_empty() {
			std::thread::sleep(Duration::from_millis(2));
			continue;
		}
		let params: Vec<_> =
			batch.iter().map(|i| json!([to_hex(&plan[*i].signed.bytes)])).collect();
		let answers = rpc.batch("author_submitExtrinsic", &params);
		let mut l = ledger.lock().expect("ledger");
		l.submitting -= 1;
		for (i, answer) in batch.iter().zip(answers) {
			match answer {
				Ok(_) => l.submitted += 1,
				Err(e) => {
					l.pending.remove(&plan[*i].signed.hash);
					*l.rejected.entry(e.message).or_default() += 1;
					// Its dependents would fail anyway; release them so nonces stay in order.
					if let Some(next) = l.dependents.remove(i) {
						l.released.extend(next);
					}
				},
			}
		}
	}
}

/// Next nonces of the accounts a plan signs with, read from the chain once.
struct Nonces {
	next: HashMap<u32, u32>,
}

impl Nonces {
	fn fetch(rpc: &mut Rpc, accounts: impl Iterator<Item = u32>) -> Nonces {
		let accounts: Vec<u32> = accounts.collect();
		let mut next = HashMap::new();
		for chunk in accounts.chunks(500) {
			let params: Vec<_> = chunk.iter().map(|i| json!([ss58(&account(*i))])).collect();
			for (i, answer) in chunk.iter().zip(rpc.batch("system_accountNextIndex", &params)) {
				next.insert(*i, nonce_of(answer));
			}
		}
		Nonces { next }
	}

	fn take(&mut self, i: u32) -> u32 {
		let n = self.next.entry(i).or_insert(0);
		*n += 1;
		*n - 1
	}
}

/// What to sign: signer, call, nonce, and the plan index it must wait for.
type ToSign = (sr25519::Pair, RuntimeCall, u32, Option<usize>);

/// Signs many extrinsics on every core.
fn sign_all(items: Vec<ToSign>, chain: &ChainInfo) -> Vec<Planned> {
	let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
	let chunk = items.len().div_ceil(threads).max(1);
	let mut parts: Vec<Vec<ToSign>> = Vec::new();
	let mut items = items;
	while !items.is_empty() {
		let rest = items.split_off(chunk.min(items.len()));
		parts.push(std::mem::replace(&mut items, rest));
	}
	std::thread::scope(|scope| {
		let handles: Vec<_> = parts
			.into_iter()
			.map(|part| {
				scope.spawn(move || {
					part.into_iter()
						.map(|(pair, call, nonce, after)| Planned {
							signed: sign(&pair, call, nonce, chain),
							after,
						})
						.collect::<Vec<_>>()
				})
			})
			.collect();
		handles.into_iter().flat_map(|h| h.join().expect("signer")).collect()
	})
}

/// Pairs are derived once and shared by index.
struct Keys {
	pairs: HashMap<u32, sr25519::Pair>,
}

impl Keys {
	fn get(&mut self, i: u32) -> sr25519::Pair {
		self.pairs.entry(i).or_insert_with(|| account(i)).clone()
	}
}

fn id(i: u32, keys: &mut Keys) -> healthchain_runtime::AccountId {
	keys.get(i).public().into()
}

/// The SS58 address of `pair` (what `system_accountNextIndex` takes).
fn ss58(pair: &sr25519::Pair) -> String {
	use sp_core::crypto::Ss58Codec;
	healthchain_runtime::AccountId::from(pair.public()).to_ss58check()
}

/// A nonce from `system_accountNextIndex`; a failed query stops the run (a guessed nonce would
/// make every later extrinsic of the account invalid).
fn nonce_of(answer: Result<serde_json::Value, healthchain_bench::RpcError>) -> u32 {
	match answer {
		Ok(value) => value.as_u64().expect("a nonce is a number") as u32,
		Err(e) => panic!("system_accountNextIndex failed: {e}"),
	}
}

fn keyring_nonce(rpc: &mut Rpc, who: Sr25519Keyring) -> u32 {
	nonce_of(rpc.call("system_accountNextIndex", json!([ss58(&who.pair())])))
}

/// The calls a workload makes, extrinsic number `k` of it; `packs` counts packs used so far,
/// `claims` claims.
struct Generator {
	keys: Keys,
	packs: u32,
	claims: u32,
	/// What the claim workload's set-up left on chain, if a workload submits claims.
	claim_setup: Option<ClaimSetup>,
	/// Distinguishes runs and workloads, so that record and batch ids never repeat.
	run: u32,
	workload: u32,
}

/// What claims are made against: each patient's coverage and encounter record, and the day.
struct ClaimSetup {
	/// How many patients, accounts `CLAIM_PATIENT..CLAIM_PATIENT + patients`.
	patients: u32,
	/// The first patient's coverage; the others' follow in order.
	first_coverage: CoverageId,
	/// Each patient's encounter record, anchored by the hospital.
	encounters: Vec<H256>,
	/// The chain's day at set-up: claims' service dates are it and the days before it.
	today: Day,
}

/// A fresh 32-byte id.
fn salt(run: u32, workload: u32, tag: &str, k: u32) -> H256 {
	let seed = [&run.to_le_bytes()[..], &workload.to_le_bytes(), tag.as_bytes(), &k.to_le_bytes()];
	H256(blake2_256(&seed.concat()))
}

enum Kind {
	Transfer,
	Anchor,
	BatchAnchor,
	Consent { patients: (u32, u32) },
	Ship,
	Receive,
	Claim,
}

impl Generator {
	fn call(&mut self, kind: &Kind, k: u32) -> (u32, RuntimeCall) {
		let (run, workload) = (self.run, self.workload);
		let salt = move |tag: &str| salt(run, workload, tag, k);
		match kind {
			Kind::Transfer => (
				k % PLAIN,
				RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: id((k + 1) % PLAIN, &mut self.keys).into(),
					value: UNIT / 1_000,
				}),
			),
			Kind::Anchor => (
				HOSPITAL_STAFF + k % STAFF,
				RuntimeCall::Records(pallet_records::Call::anchor {
					local_id: salt("record"),
					subject: id(k % PLAIN, &mut self.keys),
					class: DataClass::LabResults,
					commitment: salt("commitment"),
				}),
			),
			Kind::BatchAnchor => (
				HOSPITAL_STAFF + k % STAFF,
				RuntimeCall::Records(pallet_records::Call::anchor_batch {
					local_id: salt("batch"),
					root: salt("root"),
					leaf_count: 1_000,
					class: DataClass::LabResults,
				}),
			),
			Kind::Consent { patients: (from, count) } => {
				let patient = from + k % count;
				let subject = id(patient, &mut self.keys);
				(
					patient,
					RuntimeCall::Consent(pallet_consent::Call::grant {
						subject,
						terms: pallet_consent::ConsentTerms {
							grantee: Grantee::Organization(k % 9),
							provision: Provision::Permit,
							classes: BoundedVec::truncate_from(vec![DataClass::LabResults]),
							purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
							actions: BoundedVec::truncate_from(vec![Action::Access]),
							valid_from: None,
							valid_until: None,
						},
					}),
				)
			},
			Kind::Ship => {
				let p = self.packs;
				self.packs += 1;
				(
					MAKER_STAFF + p % STAFF,
					RuntimeCall::Provenance(pallet_provenance::Call::ship {
						item: Item::Pack(pack(p)),
						to: WHOLESALER,
					}),
				)
			},
			Kind::Receive => {
				// The pack the `Ship` just before it in the workload shipped.
				let p = self.packs.saturating_sub(1);
				(
					WHOLESALE_STAFF + p % STAFF,
					RuntimeCall::Provenance(pallet_provenance::Call::receive {
						item: Item::Pack(pack(p)),
					}),
				)
			},
			Kind::Claim => {
				let c = self.claims;
				self.claims += 1;
				let setup = self.claim_setup.as_ref().expect("the claims were set up");
				let (patient, before, units) = claim_service(c, setup.patients)
					.unwrap_or_else(|| panic!("claim {c} has no distinct service left"));
				let line = LineSubmission {
					code: claim_code(),
					units,
					amount: u128::from(units) * CLAIM_UNIT_AMOUNT,
					pack: None,
				};
				let submission = pallet_claims::Submission {
					use_: ClaimUse::Claim,
					coverage: setup.first_coverage + CoverageId::from(patient),
					service_date: setup.today - before,
					bundle: salt("bundle"),
					encounter: Some(setup.encounters[patient as usize]),
					prior_auth: None,
					lines: BoundedVec::truncate_from(vec![line]),
				};
				let call = claims_call(pallet_claims::Call::submit_claim { submission });
				(HOSPITAL_STAFF + c % STAFF, call)
			},
		}
	}
}

/// The kinds of a workload, by position; a `Receive` waits for the `Ship` before it.
fn mix_of(workload: &str) -> Vec<Kind> {
	match workload {
		"transfer" => vec![Kind::Transfer],
		"anchor" => vec![Kind::Anchor],
		"batch-anchor" => vec![Kind::BatchAnchor],
		"consent" => vec![Kind::Consent { patients: (0, CONSENT_PATIENTS) }],
		"ship" => vec![Kind::Ship],
		"ship-receive" => vec![Kind::Ship, Kind::Receive],
		"claim" => vec![Kind::Claim],
		// A realistic day: anchors and consent changes dominate, then custody events.
		_ => vec![
			Kind::Transfer,
			Kind::Anchor,
			Kind::Anchor,
			Kind::Anchor,
			Kind::BatchAnchor,
			Kind::Consent { patients: (CONSENT_PATIENTS, PLAIN - CONSENT_PATIENTS) },
			Kind::Consent { patients: (CONSENT_PATIENTS, PLAIN - CONSENT_PATIENTS) },
			Kind::Ship,
			Kind::Receive,
			Kind::Anchor,
		],
	}
}

/// The windows a run measures, in order. With `bracket`, a transfer window comes first and again
/// after every other workload, so that each is measured between two transfer windows and its
/// ratio compares it with transfers run on the same node, on the same state and within the same
/// few minutes, whatever the machine's speed did over the run (session 42: on this VM one node's
/// five transfer windows in a row ranged from 1,950 to 2,430/s, and a transfer window after all
/// the others ran 19 % below the run's first). Without `bracket`, or without transfers among the
/// workloads, the workloads run as given; with it, every listed entry other than `transfer` runs
/// in the order given, each followed by a transfer window, and `transfer` listed more than once
/// still gives one window between two others (list it again with `--single-reference`).
fn run_order(workloads: &[String], bracket: bool) -> Vec<String> {
	if !bracket || !workloads.iter().any(|w| w == "transfer") {
		return workloads.to_vec();
	}
	let mut order = vec!["transfer".to_string()];
	for w in workloads.iter().filter(|w| *w != "transfer") {
		order.extend([w.clone(), "transfer".to_string()]);
	}
	order
}

/// What a window's rate is compared with.
#[derive(Debug, PartialEq)]
struct Reference {
	/// The rate the ratio divides by.
	mean: f64,
	/// The rate of the nearest transfer window before this one, and of the nearest after it
	/// (for a window of another workload; `None` for a transfer window).
	around: Option<(Option<f64>, Option<f64>)>,
}

/// Each window's reference, for windows given as (workload, rate) in the run's order: for a
/// workload other than transfers, the mean rate of the nearest transfer window before it and
/// the nearest after it (of those the run has); for a transfer window, the mean of all the
/// run's transfer windows (so its ratio shows how far the run drifted). `None` where the run has
/// no transfer window.
fn references(windows: &[(&str, f64)]) -> Vec<Option<Reference>> {
	let transfers: Vec<(usize, f64)> = windows
		.iter()
		.enumerate()
		.filter(|(_, (w, _))| *w == "transfer")
		.map(|(i, (_, rate))| (i, *rate))
		.collect();
	if transfers.is_empty() {
		return windows.iter().map(|_| None).collect();
	}
	let mean = |rates: &[f64]| rates.iter().sum::<f64>() / rates.len() as f64;
	let all: Vec<f64> = transfers.iter().map(|(_, r)| *r).collect();
	let run_mean = mean(&all);
	windows
		.iter()
		.enumerate()
		.map(|(i, (workload, _))| {
			if *workload == "transfer" {
				return Some(Reference { mean: run_mean, around: None });
			}
			let before = transfers.iter().rev().find(|(j, _)| *j < i).map(|(_, r)| *r);
			let after = transfers.iter().find(|(j, _)| *j > i).map(|(_, r)| *r);
			let present: Vec<f64> = before.into_iter().chain(after).collect();
			Some(Reference { mean: mean(&present), around: Some((before, after)) })
		})
		.collect()
}

/// At most how many extrinsics of the kinds `is` picks `workloads` plan, `budget` each.
fn planned(workloads: &[String], budget: u32, is: fn(&Kind) -> bool) -> u32 {
	workloads
		.iter()
		.map(|w| {
			let kinds = mix_of(w);
			let n = kinds.iter().filter(|k| is(k)).count() as u32;
			budget / kinds.len() as u32 * n + n
		})
		.sum()
}

fn plan(
	gen: &mut Generator,
	rpc: &mut Rpc,
	chain: &ChainInfo,
	workload: &str,
	count: u32,
) -> Vec<Planned> {
	let kinds = mix_of(workload);
	let calls: Vec<(u32, RuntimeCall, bool)> = (0..count)
		.map(|k| {
			let kind = &kinds[k as usize % kinds.len()];
			let (signer, call) = gen.call(kind, k);
			(signer, call, matches!(kind, Kind::Receive))
		})
		.collect();
	let mut nonces = Nonces::fetch(rpc, {
		let mut signers: Vec<u32> = calls.iter().map(|(s, _, _)| *s).collect();
		signers.sort_unstable();
		signers.dedup();
		signers.into_iter()
	});
	let items = calls
		.into_iter()
		.enumerate()
		.map(|(i, (signer, call, after_previous))| {
			let nonce = nonces.take(signer);
			(gen.keys.get(signer), call, nonce, after_previous.then(|| i - 1))
		})
		.collect();
	sign_all(items, chain)
}

/// `calls` signed by the well-known account `who`, in order from its next nonce.
fn from_keyring(
	rpc: &mut Rpc,
	chain: &ChainInfo,
	who: Sr25519Keyring,
	calls: Vec<RuntimeCall>,
) -> Vec<Planned> {
	let first = keyring_nonce(rpc, who);
	let pair = who.pair();
	let items = calls
		.into_iter()
		.enumerate()
		.map(|(i, call)| (pair.clone(), call, first + i as u32, None))
		.collect();
	sign_all(items, chain)
}

/// A transfer of `value` to `to` that keeps the sender alive.
fn transfer(to: healthchain_runtime::AccountId, value: Balance) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { dest: to.into(), value })
}

/// Plain storage value `pallet::item` at the best block (its default when absent).
fn read_value<T: Decode + Default>(rpc: &mut Rpc, pallet: &str, item: &str) -> T {
	let key = to_hex(&value_key(pallet, item));
	let value = rpc
		.call("state_getStorage", json!([key]))
		.unwrap_or_else(|e| panic!("cannot read {pallet}::{item}: {e}"));
	let bytes = bytes_of(&value);
	if bytes.is_empty() {
		return T::default();
	}
	T::decode(&mut &bytes[..]).unwrap_or_else(|e| panic!("{pallet}::{item} does not decode: {e}"))
}

/// Funds the generator's accounts, makes its staff members of the demo organisations,
/// commissions the packs the custody workloads move and, if `claims` > 0, sets up what the
/// claims are made against ([`set_up_claims`]).
fn set_up(
	port: u16,
	rpc: &mut Rpc,
	chain: &ChainInfo,
	gen: &mut Generator,
	packs: u32,
	claims: u32,
) {
	let unit = UNIT;
	let plain: Vec<_> = (0..PLAIN).map(|i| transfer(id(i, &mut gen.keys), 100 * unit)).collect();
	let plain = from_keyring(rpc, chain, Sr25519Keyring::Alice, plain);
	settle(port, plain, "fund the patients' accounts");
	let staff: Vec<_> = (0..STAFF)
		.flat_map(|i| {
			[
				transfer(id(HOSPITAL_STAFF + i, &mut gen.keys), 3_000 * unit),
				transfer(id(MAKER_STAFF + i, &mut gen.keys), 2_000 * unit),
				transfer(id(WHOLESALE_STAFF + i, &mut gen.keys), 100 * unit),
			]
		})
		.collect();
	settle(port, from_keyring(rpc, chain, Sr25519Keyring::Bob, staff), "fund the staff accounts");
	for (admin, first) in [
		(Sr25519Keyring::Dave, HOSPITAL_STAFF),
		(Sr25519Keyring::BobStash, MAKER_STAFF),
		(Sr25519Keyring::CharlieStash, WHOLESALE_STAFF),
	] {
		let calls = (first..first + STAFF)
			.map(|i| {
				RuntimeCall::Organizations(pallet_organizations::Call::add_member {
					account: id(i, &mut gen.keys),
					is_admin: false,
				})
			})
			.collect();
		settle(port, from_keyring(rpc, chain, admin, calls), "add staff members");
	}
	let maker = gen.keys.get(MAKER_STAFF);
	let mut nonces = Nonces::fetch(rpc, std::iter::once(MAKER_STAFF));
	let mut items = vec![
		(
			maker.clone(),
			RuntimeCall::Provenance(pallet_provenance::Call::register_product {
				gtin: gtin(),
				master_data: Commitment::repeat_byte(0x42),
			}),
			nonces.take(MAKER_STAFF),
			None,
		),
		(
			maker.clone(),
			RuntimeCall::Provenance(pallet_provenance::Call::register_batch {
				gtin: gtin(),
				lot: lot(),
				expiry: Expiry(991231),
			}),
			nonces.take(MAKER_STAFF),
			None,
		),
	];
	settle(port, sign_all(std::mem::take(&mut items), chain), "register a product and a batch");
	let commissions: Vec<_> = (0..packs.div_ceil(COMMISSION))
		.map(|c| {
			let member = MAKER_STAFF + c % STAFF;
			let serials = BoundedVec::truncate_from(
				(c * COMMISSION..(c + 1) * COMMISSION).map(|k| pack(k).serial).collect::<Vec<_>>(),
			);
			(gen.keys.get(member), member, serials)
		})
		.collect();
	let mut nonces = Nonces::fetch(rpc, commissions.iter().map(|(_, m, _)| *m));
	let items = commissions
		.into_iter()
		.map(|(pair, member, serials)| {
			let call = RuntimeCall::Provenance(pallet_provenance::Call::commission {
				gtin: gtin(),
				lot: lot(),
				serials,
			});
			(pair, call, nonces.take(member), None)
		})
		.collect::<Vec<_>>();
	// The runtime's heap budget admits two full commissions a block (room for 89 more writes
	// beside them since session 26; three before session 25), and the block's proof share a
	// second only when the first's proof leaves room for the second's worst case (2.48 MB of
	// the 2.75 MB: so one a block in practice). Until session 24 the dev node sealed one full
	// block per 6-s interval once its seal task had lost a race with the pool (docs/node.md):
	// 0.6–1 commission a second, so 300 s held only 170 of 216; at three a block, 136 then
	// settled in 15 s. A parachain's collator makes one block a slot, one commission each:
	// hence 6 s per commission beyond the usual 300 s.
	let drain = Duration::from_secs(300 + 6 * items.len() as u64);
	settle_within(port, sign_all(items, chain), "commission the packs", drain);
	if claims > 0 {
		gen.claim_setup = Some(set_up_claims(port, rpc, chain, gen, claims));
	}
}

/// Sets up what `claims` claims of the hospital (organisation 0) are made against: the demo
/// payer's (organisation 8) policy covering `J1100` with no prior authorisation, and for each
/// claim patient a little money, a coverage by the policy, a consent permitting the payer
/// `Access` to `Encounters` for `Payment` (the runtime asks for it) and an encounter record
/// anchored by the hospital. Gives the hospital's staff, who sign the claims, their deposits
/// (`ClaimDeposit` each, held until a claim is removed years later) and fees, from six demo
/// organisations' admins. Policy and coverage are open from day 0 to far ahead, so only the
/// claims' service dates need the chain's day, read here.
fn set_up_claims(
	port: u16,
	rpc: &mut Rpc,
	chain: &ChainInfo,
	gen: &mut Generator,
	claims: u32,
) -> ClaimSetup {
	let patients = CLAIM_PATIENTS.max(claims.div_ceil(CLAIM_DAYS));
	let per_member = Balance::from(claims.div_ceil(STAFF)) * (ClaimDeposit::get() + UNIT / 10);
	let funders = [
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
		Sr25519Keyring::AliceStash,
		Sr25519Keyring::DaveStash,
		Sr25519Keyring::EveStash,
	];
	let per_funder = per_member * Balance::from(STAFF.div_ceil(funders.len() as u32));
	assert!(
		per_funder <= FUNDER_LIMIT,
		"{claims} claims need {} UNIT of deposits from each of {} funders, more than {} UNIT: \
		 lower --max-rate or --duration",
		per_funder / UNIT,
		funders.len(),
		FUNDER_LIMIT / UNIT
	);
	let patient_funds: Vec<_> =
		(0..patients).map(|i| transfer(id(CLAIM_PATIENT + i, &mut gen.keys), 10 * UNIT)).collect();
	let mut funding = from_keyring(rpc, chain, Sr25519Keyring::Alice, patient_funds);
	for (f, funder) in funders.iter().enumerate() {
		let calls = (0..STAFF)
			.filter(|i| *i as usize % funders.len() == f)
			.map(|i| transfer(id(HOSPITAL_STAFF + i, &mut gen.keys), per_member))
			.collect();
		funding.extend(from_keyring(rpc, chain, *funder, calls));
	}
	settle(port, funding, "fund the claim patients and the hospital staff's claim deposits");

	// Set-up ids are salted apart from every workload's.
	let run = gen.run;
	let salt = move |tag: &str, k: u32| salt(run, u32::MAX, tag, k);
	// Coverage lasts ten years at most: from a year and a bit before the chain's day (the
	// oldest service date) on. The policy applies from day 0.
	let today = day_of(read_value::<u64>(rpc, "Timestamp", "Now"));
	assert!(today >= CLAIM_DAYS, "the chain's clock reads day {today}: claims need a year behind");
	let first_day: Day = 0;
	let coverage_start = today - CLAIM_DAYS - 2;
	let coverage_end = coverage_start + pallet_claims::MAX_COVERAGE_DAYS;
	let payer = Sr25519Keyring::FerdieStash;
	let rule = Rule {
		code: claim_code(),
		max_unit_amount: CLAIM_MAX_UNIT_AMOUNT,
		max_units: CLAIM_UNITS,
		prior_auth: false,
	};
	// Ids are sequential: the policy gets the next one, and the coverages, recorded in order by
	// one signer, the next ones from the first.
	let policy: PolicyId = read_value(rpc, "Claims", "NextPolicyId");
	let publish = claims_call(pallet_claims::Call::publish_policy {
		policy: None,
		document: salt("policy", 0),
		valid_from: first_day,
		valid_until: OPEN_END,
		rules: BoundedVec::truncate_from(vec![rule]),
	});
	settle(port, from_keyring(rpc, chain, payer, vec![publish]), "publish the payer's policy");
	let first_coverage: CoverageId = read_value(rpc, "Claims", "NextCoverageId");
	let coverages = (0..patients)
		.map(|i| {
			let patient = id(CLAIM_PATIENT + i, &mut gen.keys);
			claims_call(pallet_claims::Call::record_coverage {
				patient,
				policy,
				start: coverage_start,
				end: coverage_end,
			})
		})
		.collect();
	settle(port, from_keyring(rpc, chain, payer, coverages), "cover the claim patients");

	let local_ids: Vec<H256> = (0..patients).map(|i| salt("encounter", i)).collect();
	let signers =
		(CLAIM_PATIENT..CLAIM_PATIENT + patients).chain(HOSPITAL_STAFF..HOSPITAL_STAFF + STAFF);
	let mut nonces = Nonces::fetch(rpc, signers);
	let mut items: Vec<ToSign> = Vec::new();
	for (i, local_id) in (0..patients).zip(&local_ids) {
		let (patient, member) = (CLAIM_PATIENT + i, HOSPITAL_STAFF + i % STAFF);
		let subject = id(patient, &mut gen.keys);
		let consent = RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: subject.clone(),
			terms: pallet_consent::ConsentTerms {
				grantee: Grantee::Organization(PAYER),
				provision: Provision::Permit,
				classes: BoundedVec::truncate_from(vec![DataClass::Encounters]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Payment]),
				actions: BoundedVec::truncate_from(vec![Action::Access]),
				valid_from: None,
				valid_until: None,
			},
		});
		items.push((gen.keys.get(patient), consent, nonces.take(patient), None));
		let encounter = RuntimeCall::Records(pallet_records::Call::anchor {
			local_id: *local_id,
			subject,
			class: DataClass::Encounters,
			commitment: salt("encounter document", i),
		});
		items.push((gen.keys.get(member), encounter, nonces.take(member), None));
	}
	settle(
		port,
		sign_all(items, chain),
		"the claim patients' payment consents and encounter records",
	);

	ClaimSetup {
		patients,
		first_coverage,
		encounters: local_ids.iter().map(|l| record_id(HOSPITAL, l)).collect(),
		today,
	}
}

/// One workload's figures.
struct Row {
	workload: String,
	signed: usize,
	submitted: u64,
	succeeded: u64,
	failed: u64,
	rejected: u64,
	lost: u64,
	rate: f64,
	blocks: usize,
	per_block: (f64, u32),
	fullness: (f64, f64, f64, f64),
	/// The share of the block's heap budget charged in each block, in per cent: for its places
	/// (every extrinsic, inherents included) and the writes the workload's extrinsics kept (those
	/// that failed gave theirs back); the mean and the most.
	heap: (f64, f64),
	/// Whether a block had no room left for one more of the workload's largest declaration.
	heap_full: bool,
	node_cpu: Option<f64>,
	notes: Vec<String>,
}

/// What became of the extrinsics still unsettled after the drain (counted lost): each is looked
/// among the node's pool's ready extrinsics (`author_pendingExtrinsics`), then its sender's nonce
/// is read from the best block's state. A nonce past the extrinsic's means a block carried it
/// (or, were the plan wrong, another extrinsic of that nonce) that the follower did not count; the
/// very next nonce, not ready in the pool, means the node let it go; a later one may also wait in
/// the pool's future queue behind a lost predecessor. The first few are printed with their
/// hashes.
fn lost_fates(
	port: u16,
	plan: &[Planned],
	pending: &HashMap<[u8; 32], usize>,
) -> BTreeMap<&'static str, u64> {
	let mut fates = BTreeMap::new();
	if pending.is_empty() {
		return fates;
	}
	let mut rpc = Rpc::new(port);
	let pool: std::collections::HashSet<[u8; 32]> = rpc
		.call("author_pendingExtrinsics", json!([]))
		.ok()
		.and_then(|v| {
			v.as_array().map(|xts| xts.iter().map(|x| blake2_256(&bytes_of(x))).collect())
		})
		.unwrap_or_default();
	for (n, (hash, index)) in pending.iter().enumerate() {
		let fate = if pool.contains(hash) {
			"still in the node's pool"
		} else {
			let mut on_chain = |who: &AccountId| {
				let entry =
					rpc.call("state_getStorage", json!([to_hex(&account_key(who))])).ok()?;
				nonce_of_account(&bytes_of(&entry))
			};
			match signer_and_nonce(&plan[*index].signed.bytes) {
				Some((who, nonce)) => match on_chain(&who) {
					Some(next) if next > nonce => {
						"its nonce was used on chain, by a block the follower did not count"
					},
					// The next nonce, so it would be ready were the pool still holding it.
					Some(next) if next == nonce => "dropped by the node: not in its pool",
					// Not ready: dropped, or held in the pool's future queue (which no
					// JSON-RPC method lists) behind a lost extrinsic of a lower nonce.
					Some(_) => {
						"not ready in the node's pool, waiting on an earlier nonce or dropped"
					},
					None => "not in the node's pool, its sender's nonce unreadable",
				},
				None => "not a signed extrinsic",
			}
		};
		if n < 20 {
			eprintln!("lost {}: {fate}", to_hex(hash));
		}
		*fates.entry(fate).or_default() += 1;
	}
	fates
}

fn measure(port: u16, node_pid: Option<u32>, plan: &[Planned], workload: &str, args: &Args) -> Row {
	let ledger = Arc::new(Mutex::new(Ledger::default()));
	let stop = Arc::new(AtomicBool::new(false));
	let follower = {
		let (l, s) = (ledger.clone(), stop.clone());
		std::thread::spawn(move || follow(port, l, s))
	};
	let outcome = run(
		port,
		plan,
		&ledger,
		Some((args.duration, node_pid.unwrap_or(0))),
		args.in_flight,
		args.submitters,
		Duration::from_secs(120),
	);
	stop.store(true, Ordering::Relaxed);
	let _ = follower.join();
	let l = ledger.lock().expect("ledger");
	let (from, to) = l.window.expect("a window");
	let in_window: Vec<&BlockStat> =
		l.blocks.iter().filter(|b| b.at.is_some_and(|at| at >= from && at <= to)).collect();
	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let pct = |v: u64, m: u64| if m == 0 { 0.0 } else { 100.0 * v as f64 / m as f64 };
	let refs: Vec<f64> = in_window.iter().map(|b| pct(b.ref_time, max.ref_time())).collect();
	let proofs: Vec<f64> = in_window.iter().map(|b| pct(b.proof_size, max.proof_size())).collect();
	let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
	let top = |v: &[f64]| v.iter().cloned().fold(0.0, f64::max);
	let ours: Vec<u32> = in_window.iter().map(|b| b.ours).collect();
	let heap_pct = |extrinsics: u32, writes: u32| {
		100.0 * heap_kib(extrinsics, writes) as f64 / f64::from(BLOCK_HEAP_BUDGET_KIB)
	};
	let heap: Vec<f64> = in_window.iter().map(|b| heap_pct(b.extrinsics, b.writes)).collect();
	let largest_writes = plan.iter().map(|p| p.signed.writes).max().unwrap_or_default();
	let mut notes = Vec::new();
	if outcome.unsent == 0 {
		notes.push(format!("all {} signed extrinsics were sent: raise --max-rate", plan.len()));
	}
	for (reason, n) in l.rejected.iter().chain(l.failures.iter()).chain(l.caveats.iter()) {
		notes.push(format!("{n} × {reason}"));
	}
	for (fate, n) in lost_fates(port, plan, &l.pending) {
		notes.push(format!("{n} lost: {fate}"));
	}
	Row {
		workload: workload.to_string(),
		signed: plan.len(),
		submitted: l.submitted,
		succeeded: l.succeeded,
		failed: l.failed,
		rejected: l.rejected.values().sum(),
		// Read after the follower stopped: what it settled after the drain is not lost.
		lost: l.pending.len() as u64,
		rate: l.succeeded_in_window as f64 / args.duration.as_secs_f64(),
		blocks: in_window.len(),
		per_block: (
			mean(&ours.iter().map(|o| *o as f64).collect::<Vec<_>>()),
			ours.iter().copied().max().unwrap_or(0),
		),
		fullness: (mean(&refs), top(&refs), mean(&proofs), top(&proofs)),
		heap: (mean(&heap), top(&heap)),
		heap_full: in_window
			.iter()
			.any(|b| no_room_for_one_more(b.extrinsics, b.writes, largest_writes)),
		node_cpu: outcome.node_cpu,
		notes,
	}
}

/// The share of a block's budget (normal class) at which the runtime stops taking extrinsics, in
/// per cent of the whole block (the runtime's own ratio): blocks whose fullest reached it were cut
/// by that budget.
fn normal_class_percent() -> f64 {
	f64::from(healthchain_runtime::configs::system::NORMAL_DISPATCH_RATIO.deconstruct()) / 1e7
}

/// The proof normal extrinsics may record in a block (`MAX_NORMAL_PROOF_SIZE` since session 26,
/// 85 % before), in per cent of the whole block's proof.
fn normal_proof_percent() -> f64 {
	let max = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = max.get(frame_support::dispatch::DispatchClass::Normal).max_total;
	let normal = normal.expect("normal extrinsics have a share").proof_size();
	100.0 * normal as f64 / max.max_block.proof_size() as f64
}

/// Whether a block of `extrinsics` extrinsics whose calls declared `writes` writes has no room
/// in the runtime's heap budget for one more extrinsic declaring `largest` writes.
fn no_room_for_one_more(extrinsics: u32, writes: u32, largest: u32) -> bool {
	heap_kib(extrinsics + 1, writes + largest) > u64::from(BLOCK_HEAP_BUDGET_KIB)
}

/// What held a workload's rate down, read off its own figures: a block budget its fullest
/// blocks reached (proof size or compute, within half a per cent of the normal-class share; the
/// heap budget, with no room left for one more of the workload's largest declaration), the
/// node's CPU when the node kept at least 80 % of the machine's cores busy, or
/// else the rate and in-flight limits the generator was given.
fn bound(r: &Row, cores: usize) -> String {
	let cut_at = normal_class_percent() - 0.5;
	let mut bounds = Vec::new();
	if r.fullness.3 >= normal_proof_percent() - 0.5 {
		bounds.push("proof-size budget");
	}
	if r.fullness.1 >= cut_at {
		bounds.push("compute budget");
	}
	if r.heap_full {
		bounds.push("heap budget");
	}
	if r.node_cpu.is_some_and(|c| c >= 0.8 * cores as f64) {
		bounds.push("node CPU");
	}
	if bounds.is_empty() {
		bounds.push("generator's rate");
	}
	bounds.join(" + ")
}

fn table(rows: &[Row], args: &Args) -> String {
	let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
	let windows: Vec<(&str, f64)> = rows.iter().map(|r| (r.workload.as_str(), r.rate)).collect();
	let references = references(&windows);
	let first = rows.iter().find(|r| r.workload == "transfer").map(|r| r.rate);
	let mut out = String::new();
	out.push_str(&format!(
		"Window {} s per workload, at most {} extrinsics in flight, {} submitting connection(s), \
		 signed ahead at up to {}/s; counted in {} blocks; rows in the order the windows ran.{}\n\n",
		args.duration.as_secs(),
		args.in_flight,
		args.submitters,
		args.max_rate,
		if args.follow_best { "best (not yet final)" } else { "finalised" },
		if rows.iter().any(|r| r.workload == "transfer") {
			" × transfers around it: a workload's rate over the mean of the nearest transfer \
			 window before it and the nearest after it (or the one there is); a transfer \
			 window's over the mean of all the run's transfer windows. × the first transfer \
			 window: every rate over the run's first transfer window's."
		} else {
			""
		}
	));
	out.push_str(
		"| workload | sustained ext/s | × transfers around it | × the first transfer window | \
		 submitted | included ok | failed | rejected \
		 | lost | blocks | ours per block (mean / max) | ref time % (mean / max) | proof % (mean / \
		 max) | heap budget % (mean / max) | node CPU (cores) | bound by | transfers before / \
		 after (ext/s) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n",
	);
	for (r, reference) in rows.iter().zip(&references) {
		let ratio = reference
			.as_ref()
			.filter(|t| t.mean > 0.0)
			.map_or("–".into(), |t| format!("{:.2}", r.rate / t.mean));
		let to_first =
			first.filter(|t| *t > 0.0).map_or("–".into(), |t| format!("{:.2}", r.rate / t));
		let rate = |rate: Option<f64>| rate.map_or("–".into(), |r| format!("{r:.0}"));
		let around = match reference.as_ref().and_then(|t| t.around) {
			Some((before, after)) => format!("{} / {}", rate(before), rate(after)),
			None => "–".into(),
		};
		out.push_str(&format!(
			"| {} | {:.0} | {} | {} | {} | {} | {} | {} | {} | {} | {:.0} / {} | {:.1} / {:.1} | {:.1} / \
			 {:.1} | {:.1} / {:.1} | {} | {} | {} |\n",
			r.workload,
			r.rate,
			ratio,
			to_first,
			r.submitted,
			r.succeeded,
			r.failed,
			r.rejected,
			r.lost,
			r.blocks,
			r.per_block.0,
			r.per_block.1,
			r.fullness.0,
			r.fullness.1,
			r.fullness.2,
			r.fullness.3,
			r.heap.0,
			r.heap.1,
			r.node_cpu.map_or("–".into(), |c| format!("{c:.2}")),
			bound(r, cores),
			around,
		));
	}
	let notes: Vec<String> = rows
		.iter()
		.filter(|r| !r.notes.is_empty())
		.map(|r| format!("- {} (signed {}): {}", r.workload, r.signed, r.notes.join("; ")))
		.collect();
	if !notes.is_empty() {
		out.push_str("\nNotes:\n\n");
		out.push_str(&notes.join("\n"));
		out.push('\n');
	}
	out
}

fn main() {
	let args = match parse_args() {
		Ok(args) => args,
		Err(e) => {
			eprintln!(
				"{e}\nusage: healthchain-bench [--node PATH] [--port RPC_PORT] \
				[--duration SECONDS] [--workloads {}] [--max-rate N] [--in-flight N] \
				[--submitters N] [--markdown FILE] [--follow finalized|best] \
				[--single-reference]",
				WORKLOADS.join(",")
			);
			std::process::exit(2);
		},
	};
	let (node, port) = match (args.port, &args.node) {
		(Some(port), _) => (None, port),
		(None, Some(path)) => {
			let (node, port) = start_node(path);
			(Some(node), port)
		},
		(None, None) => {
			eprintln!("give --node PATH (or $HEALTHCHAIN_NODE) or --port of a running dev node");
			std::process::exit(2);
		},
	};
	let node_pid = node.as_ref().map(|n| n.child.id());
	let mut rpc = Rpc::new(port);
	let deadline = Instant::now() + Duration::from_secs(240);
	while rpc.call("system_health", json!([])).is_err() {
		assert!(Instant::now() < deadline, "the node did not serve JSON-RPC within 240 s");
		std::thread::sleep(Duration::from_millis(250));
	}
	let chain = ChainInfo::fetch(&mut rpc).expect("chain information");
	let budget = args.max_rate * args.duration.as_secs() as u32;
	let mut gen = Generator {
		keys: Keys { pairs: HashMap::new() },
		packs: 0,
		claims: 0,
		claim_setup: None,
		run: std::process::id(),
		workload: 0,
	};
	let packs = planned(&args.workloads, budget, |k| matches!(k, Kind::Ship));
	let claims = planned(&args.workloads, budget, |k| matches!(k, Kind::Claim));
	let staff = 3 * STAFF;
	println!("setting up: {PLAIN} accounts, {staff} staff, {packs} packs, {claims} claims");
	set_up(port, &mut rpc, &chain, &mut gen, packs, claims);
	FOLLOW_BEST.store(args.follow_best, Ordering::Relaxed);
	let mut rows = Vec::new();
	for (n, workload) in run_order(&args.workloads, args.bracket).iter().enumerate() {
		gen.workload = n as u32;
		let signing = Instant::now();
		let plan = plan(&mut gen, &mut rpc, &chain, workload, budget);
		println!(
			"{workload}: {} extrinsics signed in {:.1} s; {} s window",
			plan.len(),
			signing.elapsed().as_secs_f64(),
			args.duration.as_secs()
		);
		let row = measure(port, node_pid, &plan, workload, &args);
		println!(
			"{workload}: {:.0} ext/s sustained, {} ok, {} failed, {} rejected, {} lost",
			row.rate, row.succeeded, row.failed, row.rejected, row.lost
		);
		rows.push(row);
	}
	let table = table(&rows, &args);
	println!("\n{table}");
	if let Some(path) = &args.markdown {
		std::fs::write(path, &table).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
	}
	let lost: u64 = rows.iter().map(|r| r.lost).sum();
	drop(node);
	if lost > 0 {
		eprintln!("{lost} extrinsics were lost");
		std::process::exit(1);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn row(ref_max: f64, proof_max: f64, node_cpu: Option<f64>) -> Row {
		Row {
			workload: "anchor".into(),
			signed: 0,
			submitted: 0,
			succeeded: 0,
			failed: 0,
			rejected: 0,
			lost: 0,
			rate: 0.0,
			blocks: 0,
			per_block: (0.0, 0),
			fullness: (0.0, ref_max, 0.0, proof_max),
			heap: (0.0, 0.0),
			heap_full: false,
			node_cpu,
			notes: Vec::new(),
		}
	}

	#[test]
	fn a_block_budget_reached_by_the_fullest_blocks_is_named() {
		// The runtime's normal shares (82 % of the compute, 2.75 MB of the 10 MiB of proof), and
		// just under them.
		let (full, nearly) = (normal_class_percent(), normal_class_percent() - 0.4);
		let (proof, proof_nearly) = (normal_proof_percent(), normal_proof_percent() - 0.4);
		assert_eq!(full, 82.0);
		assert_eq!((proof * 100.0).round(), 2623.0);
		assert_eq!(bound(&row(28.5, proof, Some(1.0)), 2), "proof-size budget");
		assert_eq!(bound(&row(nearly, proof - 5.0, Some(1.0)), 2), "compute budget");
		assert_eq!(bound(&row(full, proof_nearly, None), 2), "proof-size budget + compute budget");
		assert_eq!(bound(&row(full - 1.0, proof - 1.0, Some(1.0)), 2), "generator's rate");
	}

	#[test]
	fn a_node_keeping_most_cores_busy_is_named_with_any_budget() {
		let full = normal_class_percent();
		assert_eq!(bound(&row(15.4, 14.4, Some(1.81)), 2), "node CPU");
		assert_eq!(bound(&row(26.1, full, Some(1.80)), 2), "proof-size budget + node CPU");
		// The same load on a machine with twice the cores leaves the node room.
		assert_eq!(bound(&row(15.4, 14.4, Some(1.81)), 4), "generator's rate");
	}

	#[test]
	fn a_heap_budget_without_room_for_one_more_is_named() {
		// Claims of one line declare 9 writes: 21 + 9 × 16 = 165 KiB each, and the block's two
		// inherents 42: 395 claims leave 319 KiB, 396 leave 154, too few for one more.
		assert_eq!(BLOCK_HEAP_BUDGET_KIB, 65_536);
		assert!(!no_room_for_one_more(2 + 395, 395 * 9, 9));
		assert!(no_room_for_one_more(2 + 396, 396 * 9, 9));
		// At the edge: a 2,000-write call still fits beside one full commission and the
		// inherents, and a second beside it leaves no room for a third.
		assert!(!no_room_for_one_more(3, 2_000, 2_000));
		assert!(no_room_for_one_more(4, 4_000, 2_000));
		// Calls that declare nothing fill the block's 3,120 places.
		assert!(!no_room_for_one_more(3_119, 0, 0));
		assert!(no_room_for_one_more(3_120, 0, 0));
		// The row names it.
		let full = Row { heap_full: true, ..row(54.6, 12.3, Some(1.78)) };
		assert_eq!(bound(&full, 2), "heap budget + node CPU");
		assert_eq!(bound(&Row { heap_full: true, ..row(5.0, 5.0, None) }, 2), "heap budget");
	}

	#[test]
	fn without_any_limit_reached_the_generator_set_the_pace() {
		assert_eq!(bound(&row(5.0, 20.0, Some(0.3)), 2), "generator's rate");
		assert_eq!(bound(&row(74.4, 24.4, None), 2), "generator's rate");
	}

	fn names(list: &str) -> Vec<String> {
		list.split(',').map(str::to_string).collect()
	}

	#[test]
	fn every_other_workload_runs_between_two_transfer_windows() {
		assert_eq!(
			run_order(&names("transfer,anchor,consent"), true),
			names("transfer,anchor,transfer,consent,transfer")
		);
		// Wherever transfers are listed, they open the run and follow every other workload.
		assert_eq!(run_order(&names("mix,transfer"), true), names("transfer,mix,transfer"));
		assert_eq!(run_order(&names("transfer"), true), names("transfer"));
		// Without transfers there is nothing to bracket with, and without bracketing the list
		// runs as given.
		assert_eq!(run_order(&names("anchor,consent"), true), names("anchor,consent"));
		assert_eq!(
			run_order(&names("transfer,anchor,consent"), false),
			names("transfer,anchor,consent")
		);
		let all: Vec<String> = WORKLOADS.iter().map(|w| w.to_string()).collect();
		let order = run_order(&all, true);
		assert_eq!(order.len(), 15);
		assert!(order.iter().step_by(2).all(|w| w == "transfer"), "{order:?}");
		assert_eq!(
			order.iter().skip(1).step_by(2).collect::<Vec<_>>(),
			all[1..].iter().collect::<Vec<_>>()
		);
	}

	#[test]
	fn a_workload_is_compared_with_the_transfer_windows_around_it() {
		let refs = references(&[("transfer", 2_000.0), ("anchor", 1_500.0), ("transfer", 1_600.0)]);
		assert_eq!(
			refs[1],
			Some(Reference { mean: 1_800.0, around: Some((Some(2_000.0), Some(1_600.0))) })
		);
		// A transfer window is compared with all of the run's.
		assert_eq!(refs[0], Some(Reference { mean: 1_800.0, around: None }));
		assert_eq!(refs[2], Some(Reference { mean: 1_800.0, around: None }));
		// A single reference, first, is the one every later workload is compared with.
		let single = references(&[("transfer", 2_000.0), ("anchor", 1_500.0), ("mix", 1_400.0)]);
		assert_eq!(
			single[2],
			Some(Reference { mean: 2_000.0, around: Some((Some(2_000.0), None)) })
		);
		// The nearest window on each side counts, not the first or the last.
		let far = references(&[
			("transfer", 1_000.0),
			("transfer", 2_000.0),
			("consent", 1_300.0),
			("transfer", 2_200.0),
			("transfer", 3_000.0),
		]);
		assert_eq!(far[2].as_ref().map(|r| r.mean), Some(2_100.0));
		assert_eq!(references(&[("anchor", 1_500.0)]), vec![None]);
	}

	#[test]
	fn every_workload_has_its_own_kinds_and_only_the_claim_workload_submits_claims() {
		let is_claim: fn(&Kind) -> bool = |k| matches!(k, Kind::Claim);
		for workload in WORKLOADS {
			assert!(!mix_of(workload).is_empty(), "{workload}");
			let claims = planned(&[workload.to_string()], 1_000, is_claim);
			assert_eq!(claims > 0, workload == "claim", "{workload}");
		}
		assert!(matches!(mix_of("claim")[..], [Kind::Claim]));
		assert_eq!(planned(&["claim".into(), "claim".into()], 1_000, is_claim), 2_002);
	}

	#[test]
	fn claims_bill_distinct_services_within_the_window_and_the_policy() {
		let patients = 3;
		let all = patients * CLAIM_DAYS;
		let services: Vec<(u32, u32, u32)> =
			(0..all).map(|c| claim_service(c, patients).expect("within the range")).collect();
		let days: std::collections::BTreeSet<(u32, u32)> =
			services.iter().map(|(patient, before, _)| (*patient, *before)).collect();
		assert_eq!(days.len(), all as usize, "no two claims share a fingerprint");
		for (patient, before, units) in services {
			assert!(patient < patients && before < CLAIM_DAYS);
			assert!((1..=CLAIM_UNITS).contains(&units));
		}
		assert_eq!(claim_service(all, patients), None);
		// Consecutive claims are of different patients.
		assert_ne!(claim_service(0, patients).unwrap().0, claim_service(1, patients).unwrap().0);
		// The patients a run sets up cover its claims.
		let claims: u32 = 2_000_000;
		let enough = CLAIM_PATIENTS.max(claims.div_ceil(CLAIM_DAYS));
		assert!(claim_service(claims - 1, enough).is_some());
	}
}
