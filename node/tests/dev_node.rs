//! End to end against `healthchain-node --dev`: blocks are produced, a signed balance transfer is
//! included and moves balances, `healthchain_version` answers, the metadata is served, and the
//! dev clock moves forward on request, a new node's chain is a ParityDB and `purge-chain --dev`
//! deletes it, runtime calls get a new wasm instance each, a burst of transactions is included
//! in full, also when it needs several blocks, without waiting for interval blocks, a
//! transaction a block has made invalid leaves the pool without waiting for its re-validation, a
//! full block stops trying transactions after eight more, and `validate-blocks` runs a dev
//! block's `validate_block`. Fails when the node produces no
//! blocks.

mod common;

use std::{process::Command, time::Duration};

use common::{node_binary, DevNode};
use healthchain_runtime::{RuntimeCall, RuntimeEvent, UNIT};
use serde_json::json;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Dave};

#[test]
fn dev_node_produces_blocks_and_includes_a_signed_transfer() {
	// A long interval: every block after genesis below comes from a transaction or the RPC,
	// except the ones the timer adds, which the assertions tolerate.
	let node = DevNode::start_with(&["--dev-block-time", "2000"]);

	// Blocks are produced without any transaction (fixed interval).
	let start = node.best_number();
	node.wait_for_block(start + 2, Duration::from_secs(30));

	// The JSON-RPC surface a client needs.
	let health = node.call("system_health", json!([]));
	assert_eq!(health["peers"], 0, "a dev node has no peers");
	assert_eq!(node.call("system_chain", json!([])), "HealthChain Development");
	let properties = node.call("system_properties", json!([]));
	assert_eq!(properties["tokenSymbol"], "HLTH");

	// healthchain_version: runtime spec name/version and node version.
	let version = node.call("healthchain_version", json!([]));
	assert_eq!(version["specName"], "healthchain");
	assert_eq!(version["specVersion"], healthchain_runtime::VERSION.spec_version);
	assert_eq!(version["nodeName"], "healthchain-node");
	assert!(version["nodeVersion"]
		.as_str()
		.is_some_and(|v| v.starts_with(env!("CARGO_PKG_VERSION"))));

	// The metadata: SCALE `RuntimeMetadataPrefixed` ("meta" magic, version >= 14), naming our
	// pallets.
	let metadata = common::from_hex(node.call("state_getMetadata", json!([])).as_str().unwrap());
	let magic = metadata.windows(4).position(|w| w == b"meta").expect("metadata magic");
	assert!(magic <= 4, "magic right after the length prefix");
	assert!(metadata[magic + 4] >= 14, "metadata version {}", metadata[magic + 4]);
	for pallet in ["System", "ParachainSystem", "Balances", "CollatorSelection", "Aura"] {
		assert!(
			metadata.windows(pallet.len()).any(|w| w == pallet.as_bytes()),
			"metadata names {pallet}"
		);
	}

	// A signed transfer is included and moves exactly the amount (plus the sender's fee).
	let amount = 42 * UNIT;
	let alice_before = node.free_balance(&Alice.to_account_id());
	let dave_before = node.free_balance(&Dave.to_account_id());
	let included = node.execute(
		Alice,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Dave.to_account_id().into(),
			value: amount,
		}),
	);
	assert!(included.succeeded(), "transfer failed: {:?}", included.dispatch_error());
	assert!(included.events.iter().any(|e| matches!(
		e,
		RuntimeEvent::Balances(pallet_balances::Event::Transfer { from, to, amount: a })
			if *from == Alice.to_account_id() && *to == Dave.to_account_id() && *a == amount
	)));
	let fee = included
		.events
		.iter()
		.find_map(|e| match e {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => Some(*actual_fee),
			_ => None,
		})
		.expect("fee event");
	assert!(fee > 0);
	assert_eq!(node.free_balance(&Dave.to_account_id()), dave_before + amount);
	assert_eq!(node.free_balance(&Alice.to_account_id()), alice_before - amount - fee);
	assert_eq!(node.account(&Alice.to_account_id()).nonce, 1);

	// The pool refuses a transaction whose nonce is already used, and says why.
	let first = node.sign_with_nonce(
		Bob,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Dave.to_account_id().into(),
			value: UNIT,
		}),
		0,
	);
	assert!(node.submit_and_wait(&first).succeeded());
	let stale = node.sign_with_nonce(
		Bob,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Dave.to_account_id().into(),
			value: 2 * UNIT,
		}),
		0,
	);
	let refused = node.submit(&stale).expect_err("a stale nonce is refused");
	assert_eq!(refused.code, 1010, "invalid transaction: {refused:?}");
	assert!(
		refused.data.as_ref().and_then(|d| d.as_str()).is_some_and(|d| d.contains("outdated")),
		"the refusal says why: {refused:?}"
	);

	// A transfer of more than the sender has fails in the block, with the balances error.
	let too_much = node.execute(
		Dave,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Bob.to_account_id().into(),
			value: node.free_balance(&Dave.to_account_id()) * 2,
		}),
	);
	assert!(!too_much.succeeded());
	assert!(too_much.dispatch_error().is_some());

	// Blocks keep coming after the transactions.
	let after = node.best_number();
	node.wait_for_block(after + 1, Duration::from_secs(30));
}

#[test]
fn dev_clock_moves_forward_on_request() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);
	node.wait_for_block(1, Duration::from_secs(30));
	let before = node.timestamp(node.best_hash());
	assert!(before > 0, "blocks carry a timestamp");

	let ten_days = 10 * 24 * 60 * 60 * 1000u64;
	let result = node.call("healthchain_devAdvanceTime", json!([ten_days]));
	assert_eq!(result["offsetMs"], ten_days);
	let block_hash = result["blockHash"].as_str().expect("block hash").to_string();
	let sealed = common::from_hex(&block_hash);
	let sealed = healthchain_runtime::Hash::from_slice(&sealed);
	let after = node.timestamp(sealed);
	assert_eq!(result["timestamp"], after);
	assert!(after >= before + ten_days, "{after} >= {before} + 10 days");

	// The offset stays: the next blocks are later still.
	let number = node.best_number();
	node.wait_for_block(number + 1, Duration::from_secs(30));
	assert!(node.timestamp(node.best_hash()) > after);

	// Refusals: zero, beyond the 100-year cap, and a wrong type; the node keeps serving.
	let zero = node.rpc("healthchain_devAdvanceTime", json!([0])).expect_err("0 refused");
	assert_eq!(zero.code, -32602);
	assert!(zero.message.contains("greater than 0"), "{zero:?}");
	let huge = node
		.rpc("healthchain_devAdvanceTime", json!([200u64 * 365 * 24 * 60 * 60 * 1000]))
		.expect_err("beyond the cap refused");
	assert_eq!(huge.code, -32602);
	assert!(huge.message.contains("100 years"), "{huge:?}");
	let wrong =
		node.rpc("healthchain_devAdvanceTime", json!(["ten days"])).expect_err("string refused");
	assert_eq!(wrong.code, -32602);
	assert_eq!(node.call("system_health", json!([]))["peers"], 0);
}

#[test]
fn the_harness_fails_when_no_blocks_are_produced() {
	// One block an hour and no transactions: after genesis, nothing is sealed.
	let node = DevNode::start_with(&["--dev-block-time", "3600000"]);
	let best = node.best_number();
	let waited = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
		node.wait_for_block(best + 1, Duration::from_secs(8))
	}));
	assert!(waited.is_err(), "waiting for a block that never comes must fail the test");
	assert_eq!(node.best_number(), best);
}

#[test]
fn a_new_node_stores_its_chain_in_paritydb_unless_told_otherwise() {
	// The runtime charges ParityDB's measured read and write costs; Substrate alone would create
	// a RocksDB. With `--database rocksdb` the operator's choice stands.
	for (args, made, not_made) in [
		(&[][..], "paritydb/full", "db/full"),
		(&["--database", "rocksdb"][..], "db/full", "paritydb/full"),
	] {
		let node = DevNode::start_with(args);
		node.wait_for_block(1, Duration::from_secs(30));
		let chain = node.chain_dir();
		assert!(chain.join(made).is_dir(), "{args:?}: no {made} in {}", chain.display());
		assert!(!chain.join(not_made).exists(), "{args:?}: {not_made} in {}", chain.display());
	}
}

#[test]
fn runtime_calls_get_a_new_instance_each_unless_told_otherwise() {
	// The node's default (measured faster for consent grants and anchors, docs/node.md) and an
	// operator's explicit choice, as the node reports them when it starts.
	for (args, strategy) in [
		(&[][..], "RecreateInstanceCopyOnWrite"),
		(&["--wasmtime-instantiation-strategy", "pooling-copy-on-write"][..], "PoolingCopyOnWrite"),
	] {
		let node = DevNode::start_with(args);
		node.wait_for_block(1, Duration::from_secs(30));
		let log = node.log();
		let line = log.lines().find(|line| line.contains("Runtime calls:")).unwrap_or_else(|| {
			node.fail("the node did not say how it runs runtime calls");
		});
		assert!(line.contains(strategy), "{args:?}: {line}");
	}
}

#[test]
fn purge_chain_deletes_a_dev_chains_database_and_nothing_else() {
	// A dev chain has no relay chain: `purge-chain --dev` deletes the chain's database without
	// looking for a relay chain (it used to stop at its chain spec, `westend-local` not found),
	// and `--relaychain` alone is refused with the reason.
	let mut node = DevNode::start();
	node.wait_for_block(1, Duration::from_secs(30));
	let chain = node.chain_dir();
	let database = chain.join("paritydb");
	assert!(database.join("full").is_dir(), "no database in {}", chain.display());
	let others = || {
		let mut names: Vec<_> = std::fs::read_dir(&chain)
			.expect("the chain's directory")
			.map(|entry| entry.expect("an entry").file_name())
			.filter(|name| name != "paritydb")
			.collect();
		names.sort();
		names
	};
	let base_path = node.stop();
	let before = others();
	let purge = |extra: &[&str]| {
		let output = Command::new(node_binary())
			.args(["purge-chain", "--dev", "-y", "--base-path"])
			.arg(&base_path)
			.args(extra)
			.output()
			.expect("healthchain-node runs");
		(output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
	};

	let (ok, stderr) = purge(&["--relaychain"]);
	assert!(!ok, "purging a dev chain's relay chain succeeded");
	assert!(stderr.contains("no relay-chain database"), "{stderr}");
	assert!(database.join("full").is_dir(), "the refused purge deleted the database");

	let (ok, stderr) = purge(&[]);
	assert!(ok, "purge-chain --dev failed: {stderr}");
	assert!(!database.exists(), "{} is still there", database.display());
	assert_eq!(others(), before, "purge-chain deleted more than the database");
}

#[test]
fn a_burst_of_transactions_from_one_sender_is_included_in_full() {
	// 64 signed transactions submitted back to back, before any is sealed: every one must be
	// included (the dev node's transaction pool once dropped most of such a burst).
	let node = DevNode::start_with(&["--dev-block-time", "60000"]);
	let alice = Alice.to_account_id();
	let first = node.next_nonce(&alice);
	let xts: Vec<_> = (0..64u32)
		.map(|i| {
			let remark = RuntimeCall::System(frame_system::Call::remark {
				remark: i.to_le_bytes().to_vec(),
			});
			node.sign_with_nonce(Alice, remark, first + i)
		})
		.collect();
	for xt in &xts {
		node.submit(xt).unwrap_or_else(|e| node.fail(&format!("submission refused: {e:?}")));
	}
	let last = node.wait_for_inclusion(xts.last().expect("64 transactions"), 0);
	assert!(last.succeeded(), "{last:?}");
	assert_eq!(node.next_nonce(&alice), first + 64, "every transaction of the burst was included");
}

#[test]
fn a_transaction_a_block_made_invalid_leaves_the_pool() {
	// The dev node's pool re-validates what waits in it only every 20 blocks or 60 s (the default
	// `--dev-pool-revalidation periodic`). A transaction that a block makes invalid must still
	// leave the pool when the block builder meets it, not wait there for the next pass.
	use codec::Encode;
	use healthchain_runtime::AccountId;
	use sp_core::Pair;
	let started = std::time::Instant::now();
	let node = DevNode::start_with(&[
		"--dev-block-time",
		"3600000",
		"--dev-pool-revalidation",
		"periodic",
	]);
	let payer = sp_core::sr25519::Pair::from_string("//pool-invalidated", None).expect("a key");
	let payer_id = AccountId::from(payer.public());
	assert!(node
		.execute(
			Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: payer_id.clone().into(),
				value: 10 * UNIT,
			}),
		)
		.succeeded());

	let (spec_version, tx_version) = node.runtime_versions();
	let genesis = node.genesis_hash();
	let sign = |call, nonce| {
		common::sign_extrinsic_by(&payer, call, nonce, spec_version, tx_version, genesis, None)
	};
	// Nonce 1 first: a remark the payer can pay for now, held as a future transaction.
	let remark = sign(RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }), 1);
	// Nonce 0 then empties the account, so the remark can never pay.
	let empty = sign(
		RuntimeCall::Balances(pallet_balances::Call::transfer_all {
			dest: Bob.to_account_id().into(),
			keep_alive: false,
		}),
		0,
	);
	let start = node.best_number();
	node.submit(&remark).unwrap_or_else(|e| node.fail(&format!("remark refused: {e:?}")));
	node.submit(&empty).unwrap_or_else(|e| node.fail(&format!("transfer refused: {e:?}")));
	assert!(node.wait_for_inclusion(&empty, start).succeeded());
	assert_eq!(node.free_balance(&payer_id), 0, "the account was emptied");

	// Well before the pool's next pass (20 blocks or 60 s away), the remark has left it.
	let remark_hex = common::to_hex(&remark.encode());
	let deadline = std::time::Instant::now() + Duration::from_secs(10);
	loop {
		let pending = node.call("author_pendingExtrinsics", json!([]));
		let pending = pending.as_array().expect("a list of extrinsics");
		if pending.is_empty() {
			break;
		}
		if std::time::Instant::now() > deadline {
			let still = pending.iter().any(|xt| xt.as_str() == Some(remark_hex.as_str()));
			node.fail(&format!("still in the pool after 10 s (the remark: {still}): {pending:?}"));
		}
		std::thread::sleep(Duration::from_millis(200));
	}
	// Pruning the block would not remove it (it provides no tag the block provides), and no pass
	// has come due: fewer than 20 blocks, and less than the pass's 60 s since the node started.
	assert!(node.best_number() < start + 20, "{} blocks since", node.best_number() - start);
	assert!(
		started.elapsed() < Duration::from_secs(55),
		"too slow to tell: {:?}",
		started.elapsed()
	);
	// Dropped, not included: an included remark would have left the account at nonce 2.
	assert_eq!(node.account(&payer_id).nonce, 0, "the emptied account was reaped");
}

#[test]
fn a_burst_larger_than_a_block_is_sealed_without_waiting_for_the_interval() {
	// Seven commissions of 1,000 packs, submitted back to back: each declares 2,000 storage
	// writes and a block's heap budget holds two such calls (its proof share, in practice, one),
	// so the burst needs at least four blocks. With an interval of an hour, every one of them must come from sealing on transactions,
	// which goes on while the blocks it seals take some. Before session 24 it stopped after the
	// first block, and the rest of such a burst waited for interval blocks.
	use frame_support::BoundedVec;
	use healthchain_primitives::provenance::{Gtin, Lot};
	use pallet_provenance::Call as ProvenanceCall;
	use sp_keyring::Sr25519Keyring::BobStash; // the demo manufacturer's admin

	let node = DevNode::start_with(&["--dev-block-time", "3600000"]);
	let gtin = Gtin::parse("09501101530003").expect("GS1's example GTIN");
	let lot: Lot = BoundedVec::truncate_from(b"LOT-BURST".to_vec());
	node.register_product_and_batch(BobStash, gtin, lot.clone(), "301231");

	const COMMISSIONS: u32 = 7;
	let manufacturer = BobStash.to_account_id();
	let first = node.next_nonce(&manufacturer);
	let start = node.best_number();
	let xts: Vec<_> = (0..COMMISSIONS)
		.map(|c| {
			let serials = (c * 1_000..(c + 1) * 1_000)
				.map(|n| BoundedVec::truncate_from(format!("B{n:06}").into_bytes()))
				.collect::<Vec<_>>();
			let commission = RuntimeCall::Provenance(ProvenanceCall::commission {
				gtin,
				lot: lot.clone(),
				serials: BoundedVec::truncate_from(serials),
			});
			node.sign_with_nonce(BobStash, commission, first + c)
		})
		.collect();
	// The later nonces first: the pool holds them as future transactions and announces none, so
	// the first one's arrival is the only wake-up, and only sealing on while blocks take
	// transactions can include the rest.
	for xt in xts.iter().skip(1).chain(xts.first()) {
		node.submit(xt).unwrap_or_else(|e| node.fail(&format!("submission refused: {e:?}")));
	}
	// Each is awaited at most a minute (the harness's bound), far below the hour.
	let mut per_block = std::collections::BTreeMap::<u32, u32>::new();
	for xt in &xts {
		let included = node.wait_for_inclusion(xt, start);
		assert!(included.succeeded(), "{included:?}");
		*per_block.entry(included.block_number).or_default() += 1;
	}
	assert!(per_block.values().all(|n| *n <= 2), "at most two a block: {per_block:?}");
	assert_eq!(node.next_nonce(&manufacturer), first + COMMISSIONS);
	// And once the pool is empty the sealing stops: no empty block follows the burst.
	let last = *per_block.keys().last().expect("seven inclusions");
	std::thread::sleep(Duration::from_secs(3));
	assert_eq!(node.best_number(), last, "blocks sealed after the burst: {per_block:?}");
}

#[test]
fn a_full_dev_block_stops_trying_transactions_after_eight_more() {
	// Twelve remarks of 1 MB from twelve accounts, ready together: a block's normal share of
	// proof (2.75 MB, which counts each extrinsic's bytes) holds two. Once one finds the block
	// full, the dev proposer seals at the ninth refusal (`FULL_BLOCK_SOFT_DEADLINE`);
	// Substrate's default would try all ten that wait, each in its own runtime call, for up to
	// half of manual seal's deadline. Nothing is lost: the rest go into the blocks that follow.
	use sp_keyring::Sr25519Keyring;

	const REMARK: usize = 1_000_000;
	let node = DevNode::start_with(&[
		"--dev-block-time",
		"3600000",
		"--dev-interval-only",
		"-l",
		"basic-authorship=debug",
	]);
	let signers: Vec<Sr25519Keyring> = Sr25519Keyring::well_known().collect();
	assert_eq!(signers.len(), 12, "the dev chain endows the twelve well-known accounts");
	let xts: Vec<_> = signers
		.iter()
		.map(|signer| {
			let remark =
				RuntimeCall::System(frame_system::Call::remark { remark: vec![7; REMARK] });
			node.sign_with_nonce(*signer, remark, node.next_nonce(&signer.to_account_id()))
		})
		.collect();
	for xt in &xts {
		node.submit(xt).unwrap_or_else(|e| node.fail(&format!("submission refused: {e:?}")));
	}
	// (Each submission returns once the pool has validated and imported it.)

	let start = node.best_number();
	node.call("engine_createBlock", json!([true, true, null]));
	let sealed = format!("Prepared block for proposing at {}", start + 1);
	let deadline = std::time::Instant::now() + Duration::from_secs(10);
	while !node.log().contains(&sealed) {
		if std::time::Instant::now() > deadline {
			node.fail("the block's proposal was not logged");
		}
		std::thread::sleep(Duration::from_millis(100));
	}
	let log = node.log();
	let tried = log.matches("Block seems full, but will try").count();
	let stopped = log.matches("Reached block weight limit, proceeding with proposing").count();
	let went_on = log.matches("still have time before the soft deadline").count();
	assert_eq!((tried, stopped, went_on), (8, 1, 0), "after the block was full: {log}");

	// The ten left stay in the pool, and the blocks sealed next take them all (two each; two
	// more blocks for slack).
	for _ in 0..7 {
		node.call("engine_createBlock", json!([true, true, null]));
	}
	let first_block = node.block_hash(start + 1).expect("the block was sealed");
	let mut in_first = 0;
	for xt in &xts {
		let included = node.wait_for_inclusion(xt, start);
		assert!(included.succeeded(), "{included:?}");
		in_first += usize::from(included.block_hash == first_block);
	}
	assert_eq!(in_first, 2, "two fit in the first block, and nine of the ten left were tried");
}

#[test]
fn validate_blocks_runs_a_dev_chains_blocks_as_the_relay_chains_validators_would() {
	// A dev block is built with proof recording and carries the mocked relay chain's validation
	// data, but its manual seal has no Aura signature: `validate-blocks` rebuilds it with all its
	// extrinsics, seals it with the dev authority's key from the node's keystore, and runs
	// `validate_block` on its proof of validity, under the PVF's memory cap and without.
	let mut node = DevNode::start_with(&["--dev-block-time", "3600000"]);
	let transfer = node.execute(
		Alice,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Dave.to_account_id().into(),
			value: UNIT,
		}),
	);
	assert!(transfer.succeeded(), "{transfer:?}");
	let number = transfer.block_number.to_string();
	let base_path = node.stop_gracefully();
	let run = |args: &[&str]| {
		let output = Command::new(node_binary())
			.args(args)
			.args(["--dev", "--log", "error", "--base-path"])
			.arg(&base_path)
			.output()
			.expect("healthchain-node runs");
		let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
		(output.status.success(), stdout, String::from_utf8_lossy(&output.stderr).into_owned())
	};
	let range = ["--from", &number, "--to", &number];
	let validate = |extra: &[&str]| run(&[&["validate-blocks"], &range[..], extra].concat());

	// Without the authority's key, the command says which key it needs and how to add it.
	let (ok, _, stderr) = validate(&[]);
	assert!(!ok && stderr.contains("key insert"), "{stderr}");
	let (ok, _, stderr) =
		run(&["key", "insert", "--scheme", "sr25519", "--key-type", "aura", "--suri", "//Alice"]);
	assert!(ok, "key insert: {stderr}");

	let (ok, table, stderr) = validate(&[]);
	assert!(ok, "validate-blocks failed: {stderr}\n{table}");
	let rows: Vec<Vec<&str>> = table.lines().skip(1).map(|l| l.split('\t').collect()).collect();
	assert_eq!(rows.len(), 1, "one block validated: {table}");
	let row = &rows[0];
	let column = |i: usize| row[i].parse::<u64>().unwrap_or_else(|e| panic!("{table}: {e}"));
	assert_eq!(row[0], number);
	assert_eq!(column(1), 3, "two inherents and the transfer: {table}");
	assert!(column(5) > 0, "the block's proof was recorded: {table}");
	assert!(column(7) > 0, "the heap it needed: {table}");
	assert_eq!(row[9], "ok", "within the PVF's cap: {table}");

	// The verdict is the capped run's: a cap below what the block needs refuses it.
	// A transfer's block needs about 250 kB of heap (four pages); the runtime's data and stack
	// take 23 pages below it (the PVF allows 32 for them), so a cap of 24 leaves about 80 kB.
	let (ok, table, stderr) = validate(&["--max-pages", "24"]);
	assert!(!ok, "a block validated in about 80 kB of heap: {table}");
	assert!(stderr.contains("fail validate_block under the cap"), "{stderr}");
}

#[test]
fn blocks_are_charged_the_proof_they_record_not_the_benchmarked_worst_case() {
	// 64 transfers to accounts that already exist, sealed in one block: each is declared with
	// its benchmarked worst-case proof (a full `System::Account` trie path per account touched),
	// but the block's storage proof shares the trie nodes they all read. `StorageWeightReclaim`
	// must charge each extrinsic, and so the block, what the proof recorder actually grew by.
	use frame_support::dispatch::GetDispatchInfo;

	let node = DevNode::start_with(&["--dev-block-time", "3600000", "--dev-interval-only"]);
	let alice = Alice.to_account_id();
	let first = node.next_nonce(&alice);
	let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Bob.to_account_id().into(),
		value: UNIT,
	});
	let xts: Vec<_> =
		(0..64u32).map(|i| node.sign_with_nonce(Alice, transfer.clone(), first + i)).collect();
	for xt in &xts {
		node.submit(xt).unwrap_or_else(|e| node.fail(&format!("submission refused: {e:?}")));
	}
	let start = node.best_number();
	node.call("engine_createBlock", json!([true, true, null]));
	let first_included = node.wait_for_inclusion(&xts[0], start);
	let last_included = node.wait_for_inclusion(xts.last().expect("64"), start);
	assert_eq!(first_included.block_hash, last_included.block_hash, "one block holds all 64");

	// What each transfer declares before dispatch: the call's benchmarked weight plus the
	// extensions' (reclaim's own benchmarked cost included).
	let declared = xts[0].get_dispatch_info().total_weight();
	let block = first_included.block_hash;
	let mut charged_proof = 0u64;
	let mut counted = 0;
	for record in node.events(block) {
		if let RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { dispatch_info }) =
			record.event
		{
			if matches!(record.phase, frame_system::Phase::ApplyExtrinsic(i) if i >= 2) {
				assert!(
					dispatch_info.weight.proof_size() < declared.proof_size(),
					"a transfer is charged {} bytes of proof, its worst case {}",
					dispatch_info.weight.proof_size(),
					declared.proof_size()
				);
				charged_proof += dispatch_info.weight.proof_size();
				counted += 1;
			}
		}
	}
	assert_eq!(counted, 64, "every transfer succeeded");

	// The block's normal-class weight follows the reclaimed figures: far below 64 worst cases.
	let consumed: frame_system::ConsumedWeight = codec::Decode::decode(
		&mut &node
			.storage(&common::storage_value_key(b"System", b"BlockWeight"), Some(block))
			.expect("block weight stored")[..],
	)
	.expect("block weight decodes");
	let normal_proof = consumed.get(frame_support::dispatch::DispatchClass::Normal).proof_size();
	assert!(
		normal_proof < 64 * declared.proof_size() / 4,
		"block charged {normal_proof} bytes of proof for 64 transfers declared at {} each",
		declared.proof_size()
	);
	assert!(
		normal_proof >= charged_proof,
		"the block holds at least what its extrinsics were charged"
	);
}

#[test]
fn a_hardware_signer_checks_the_metadata_hash() {
	// A hardware or offline signer (RFC 78) signs with `CheckMetadataHash` in mode 1 over the
	// metadata digest it computes itself from the metadata, the chain's token symbol and
	// decimals: the runtime, built with its own digest, accepts that signature and refuses one
	// over any other digest.
	use codec::Decode;
	use merkleized_metadata::{generate_metadata_digest, ExtraInfo};

	let node = DevNode::start_with(&["--dev-block-time", "2000"]);
	let raw = common::from_hex(
		node.call("state_call", json!(["Metadata_metadata_at_version", "0x0f000000"]))
			.as_str()
			.expect("hex"),
	);
	let opaque = Option::<Vec<u8>>::decode(&mut &raw[..]).expect("option").expect("metadata v15");
	let metadata = frame_metadata::RuntimeMetadataPrefixed::decode(&mut &opaque[..])
		.expect("metadata decodes")
		.1;
	let properties = node.call("system_properties", json!([]));
	let (spec_version, tx_version) = node.runtime_versions();
	let digest = |token_symbol: &str| {
		generate_metadata_digest(
			&metadata,
			ExtraInfo {
				spec_version,
				spec_name: "healthchain".into(),
				base58_prefix: properties["ss58Format"].as_u64().expect("ss58") as u16,
				decimals: properties["tokenDecimals"].as_u64().expect("decimals") as u8,
				token_symbol: token_symbol.into(),
			},
		)
		.expect("digest")
		.hash()
	};
	let right = digest(properties["tokenSymbol"].as_str().expect("symbol"));
	let wrong = digest("DOT");
	let genesis = node.genesis_hash();
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: b"RFC 78".to_vec() });
	let nonce = node.next_nonce(&Alice.to_account_id());

	let forged = common::sign_extrinsic_with_metadata_hash(
		Alice,
		remark.clone(),
		nonce,
		spec_version,
		tx_version,
		genesis,
		Some(wrong),
	);
	let refused = node.submit(&forged).expect_err("a signature over another digest is refused");
	assert!(
		refused.message.contains("Invalid") || refused.message.contains("proof"),
		"{refused:?}"
	);

	let signed = common::sign_extrinsic_with_metadata_hash(
		Alice,
		remark,
		nonce,
		spec_version,
		tx_version,
		genesis,
		Some(right),
	);
	let included = node.submit_and_wait(&signed);
	assert!(included.succeeded(), "{included:?}");
}
