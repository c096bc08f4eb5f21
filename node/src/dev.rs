//! Single-node development mode (`--dev`): no relay chain, blocks sealed by manual seal.
//!
//! Blocks are sealed every `--dev-block-time` milliseconds and as soon as a transaction enters
//! the pool. The relay-chain inherent is mocked. Each block's timestamp follows the wall clock
//! plus an offset that only moves forward ([`DevClock`]), and is at least one slot after its
//! parent's, so that rules measured in days or months can be tested end to end by moving the
//! offset with the dev-only JSON-RPC method `healthchain_devAdvanceTime`.

use std::{
	collections::HashSet,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc,
	},
	time::{Duration, SystemTime, UNIX_EPOCH},
};

use codec::{Decode, Encode};
use cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider;
use cumulus_primitives_core::{CollectCollationInfo, ParaId, RelayParentOffsetApi};
use futures::{channel::mpsc, FutureExt, StreamExt};
use healthchain_runtime::opaque::{Block, Hash};
use polkadot_primitives::{HeadData, UpgradeGoAhead};
use sc_client_api::{BlockBackend, StorageProvider};
use sc_consensus::LongestChain;
use sc_consensus_manual_seal::{consensus::aura::AuraConsensusDataProvider, EngineCommand};
use sc_network::NetworkBackend;
use sc_service::{Configuration, PartialComponents, TaskManager};
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool};
use sp_api::ProvideRuntimeApi;
use sp_core::storage::StorageKey;
use sp_runtime::{traits::Header as _, Percent};

use crate::service::{new_partial_with, parachain_id, DevPool, ParachainClient};

/// Relay-chain slot duration the mocked relay chain uses, in milliseconds.
const RELAY_SLOT_MILLIS: u64 = 6000;

/// The largest offset `healthchain_devAdvanceTime` accepts in total: 100 years.
pub const MAX_DEV_TIME_OFFSET_MS: u64 = 100 * 365 * 24 * 60 * 60 * 1000;

/// The dev chain's clock: wall clock plus an offset that only grows.
#[derive(Debug, Default)]
pub struct DevClock {
	offset_ms: AtomicU64,
}

impl DevClock {
	/// The current offset from the wall clock, in milliseconds.
	pub fn offset_ms(&self) -> u64 {
		self.offset_ms.load(Ordering::SeqCst)
	}

	/// Moves the clock forward by `delta_ms`; returns the new offset, or `None` when the total
	/// would exceed [`MAX_DEV_TIME_OFFSET_MS`].
	pub fn advance(&self, delta_ms: u64) -> Option<u64> {
		self.offset_ms
			.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |current| {
				current.checked_add(delta_ms).filter(|total| *total <= MAX_DEV_TIME_OFFSET_MS)
			})
			.ok()
			.map(|previous| previous + delta_ms)
	}

	/// The timestamp of the next block: the shifted wall clock rounded down to a slot, but at
	/// least one slot after the parent's timestamp so that every block has its own slot.
	pub fn next_timestamp(&self, parent_timestamp: u64, now_ms: u64, slot_ms: u64) -> u64 {
		let shifted = now_ms.saturating_add(self.offset_ms()) / slot_ms * slot_ms;
		shifted.max(parent_timestamp.saturating_add(slot_ms))
	}
}

/// The wall clock in milliseconds since the Unix epoch.
fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Storage key of `pallet_timestamp::Now`.
fn timestamp_now_key() -> StorageKey {
	let mut key = sp_io::hashing::twox_128(b"Timestamp").to_vec();
	key.extend_from_slice(&sp_io::hashing::twox_128(b"Now"));
	StorageKey(key)
}

/// The timestamp stored in the state of block `at` (0 at genesis).
pub fn block_timestamp(client: &ParachainClient, at: Hash) -> sp_blockchain::Result<u64> {
	Ok(client
		.storage(at, &timestamp_now_key())?
		.map(|data| u64::decode(&mut &data.0[..]))
		.transpose()
		.map_err(|e| sp_blockchain::Error::Backend(format!("bad timestamp in state: {e}")))?
		.unwrap_or(0))
}

type InherentProviders = (sp_timestamp::InherentDataProvider, WithParentHead);
type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Timestamp and mocked relay-chain validation data for a block built on `parent`.
fn inherent_providers(
	client: &ParachainClient,
	clock: &DevClock,
	para_id: ParaId,
	parent: Hash,
) -> Result<InherentProviders, BoxError> {
	let header = client.header(parent)?.ok_or("parent header is not in the database")?;
	let timestamp = clock.next_timestamp(
		block_timestamp(client, parent)?,
		now_ms(),
		healthchain_runtime::SLOT_DURATION,
	);
	// One relay block per parachain block, numbered by relay slot; the parachain slot derived
	// from it equals the one derived from the timestamp, as aura-ext checks.
	let relay_slot = u32::try_from(timestamp / RELAY_SLOT_MILLIS)?;
	let number = header.number().checked_add(1).ok_or("block number overflow")?;
	let relay_offset = relay_slot.checked_sub(number).ok_or("relay slot below block number")?;

	let api = client.runtime_api();
	let upgrade_pending = api
		.collect_collation_info(parent, &header)
		.map(|info| info.new_validation_code.is_some())
		.unwrap_or(false);
	if upgrade_pending {
		log::info!("Runtime upgrade pending: the mocked relay chain signals go-ahead.");
	}
	let relay_parent_offset = api.relay_parent_offset(parent).unwrap_or(0);

	let parent_head = HeadData(header.encode());
	let validation_data = MockValidationDataInherentDataProvider::<()> {
		current_para_block: number,
		para_id,
		current_para_block_head: Some(parent_head.clone()),
		relay_offset,
		relay_parent_offset,
		relay_blocks_per_para_block: 1,
		para_blocks_per_relay_epoch: 10,
		upgrade_go_ahead: upgrade_pending.then_some(UpgradeGoAhead::GoAhead),
		..Default::default()
	};
	Ok((
		sp_timestamp::InherentDataProvider::new(timestamp.into()),
		WithParentHead { mock: validation_data, parent_head },
	))
}

/// The mocked relay chain's validation data, with the parent block's head in it.
///
/// The mock leaves `parent_head` empty. Import never reads it, but `validate_block` (what the
/// relay chain's validators run) refuses a block whose validation data name another parent
/// ("Parent head doesn't match"), so without it no dev block could be validated as a parachain
/// block is (`healthchain-node validate-blocks`, docs/performance.md). A collator's blocks carry
/// the real head, which the relay chain supplies.
pub struct WithParentHead {
	mock: MockValidationDataInherentDataProvider<()>,
	parent_head: HeadData,
}

#[async_trait::async_trait]
impl sp_inherents::InherentDataProvider for WithParentHead {
	async fn provide_inherent_data(
		&self,
		data: &mut sp_inherents::InherentData,
	) -> Result<(), sp_inherents::Error> {
		use cumulus_client_parachain_inherent::{ParachainInherentData, INHERENT_IDENTIFIER};
		self.mock.provide_inherent_data(data).await?;
		// The runtime reads this version first; the legacy one beside it is left as it is.
		let mut inherent: ParachainInherentData = data.get_data(&INHERENT_IDENTIFIER)?.ok_or(
			sp_inherents::Error::Application("the mock provided no parachain inherent".into()),
		)?;
		inherent.validation_data.parent_head = self.parent_head.clone();
		data.replace_data(INHERENT_IDENTIFIER, &inherent);
		Ok(())
	}

	async fn try_handle_error(
		&self,
		identifier: &sp_inherents::InherentIdentifier,
		error: &[u8],
	) -> Option<Result<(), sp_inherents::Error>> {
		self.mock.try_handle_error(identifier, error).await
	}
}

/// Seals a block, and waits until it is sealed: its hash, if it was.
///
/// The command sets `create_empty` and the caller checks the pool instead, because manual
/// seal's own emptiness test compares the block's extrinsic count with the number of *inherent
/// data* items, not of inherent extrinsics: this node provides more inherent data items than it
/// has inherent extrinsics, so a block carrying exactly one transaction looked empty, was
/// discarded, and a lone transaction waited for the next interval block (~6 s; seen with
/// polkadot-api from the web pages and in every end-to-end test that sends one transaction at a
/// time).
async fn seal_and_wait(sink: &mut mpsc::Sender<EngineCommand<Hash>>) -> Option<Hash> {
	use futures::SinkExt;
	let (sender, sealed) = futures::channel::oneshot::channel();
	sink.send(seal_command(true, Some(sender))).await.ok()?;
	match sealed.await {
		Ok(Ok(created)) => Some(created.hash),
		_ => None,
	}
}

/// Whether block `sealed` holds any of the transactions in `ready` (hashes as the pool computes
/// them). A block that cannot be read counts as having taken none, which ends the sealing round.
fn took_any<P: TransactionPool<Block = Block, Hash = Hash>>(
	blocks: &ParachainClient,
	pool: &P,
	sealed: Hash,
	ready: &HashSet<Hash>,
) -> bool {
	match blocks.block_body(sealed) {
		Ok(Some(body)) => body.iter().any(|xt| ready.contains(&pool.hash_of(xt))),
		other => {
			log::warn!(
				"dev sealing: cannot read sealed block {sealed:?} ({other:?}); sealing stops"
			);
			false
		},
	}
}

/// How long the seal-on-transaction task waits for the pool to take a sealed block's
/// transactions out of its ready set before it reads that set again: an upper bound, so a
/// pool that never catches up cannot stall sealing (the proposer itself waits at most 1.125 s
/// for the same maintenance, an eighth of manual seal's 9-s deadline).
const POOL_CATCH_UP: Duration = Duration::from_secs(2);

/// How much of a dev block's time the proposer may go on trying transactions once one found
/// the block full: none. It then seals at the ninth refusal (`sc-basic-authorship` allows
/// `MAX_SKIPPED_TRANSACTIONS`, eight, whatever the deadline); transactions that still fit in
/// between are included and do not count.
///
/// Substrate's default, half the deadline (4.5 s of the 9 s the proposer keeps of manual seal's
/// 10), made it try every other ready transaction once a block was full, each in its own
/// runtime call — a fresh instance, the signature checked, the extensions run up to the one
/// that refuses it — only to leave it in the pool: a 40-s window of consent grants, whose
/// blocks the heap budget fills at 1,235, logged 37,788 such attempts beside 43,742 grants
/// included (docs/performance.md, session 36). On the dev node that bought nothing, since
/// sealing goes on while transactions are ready and a transaction that did not fit is in the
/// next block a moment later (with `--dev-interval-only`, at the next interval block, like
/// everything else). A collator keeps the default: its next block is a slot away, so packing
/// what still fits is worth its time.
const FULL_BLOCK_SOFT_DEADLINE: Percent = Percent::from_percent(0);

/// A seal command that makes a block even when the pool is empty, finalised at once.
pub fn seal_command(
	create_empty: bool,
	sender: sc_consensus_manual_seal::rpc::Sender<sc_consensus_manual_seal::CreatedBlock<Hash>>,
) -> EngineCommand<Hash> {
	EngineCommand::SealNewBlock { create_empty, finalize: true, parent_hash: None, sender }
}

/// Starts the development node, with the pool `pool` describes (`Cli::dev_pool`).
pub fn start_dev_node<Net: NetworkBackend<Block, Hash>>(
	mut config: Configuration,
	block_time: Duration,
	seal_on_transaction: bool,
	pool: DevPool,
) -> sc_service::error::Result<TaskManager> {
	let PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		transaction_pool,
		other: (_, mut telemetry, _),
		..
	} = new_partial_with(&mut config, Some(pool))?;

	// A dev node talks to nobody.
	config.network.default_peers_set.in_peers = 0;
	config.network.default_peers_set.out_peers = 0;
	let net_config =
		sc_network::config::FullNetworkConfiguration::<_, _, Net>::new(&config.network, None);
	let metrics = Net::register_notification_metrics(None);

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			net_config,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	let para_id = parachain_id(&client, &config).ok_or("cannot determine the parachain id")?;
	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
	let clock = Arc::new(DevClock::default());

	let (command_sink, commands) = mpsc::channel::<EngineCommand<Hash>>(1024);

	// Seal at a fixed interval, even without transactions.
	let mut timer_sink = command_sink.clone();
	task_manager.spawn_essential_handle().spawn("dev-block-timer", None, async move {
		loop {
			futures_timer::Delay::new(block_time).await;
			// A full queue already holds pending seals; dropping this tick loses nothing.
			let _ = timer_sink.try_send(seal_command(true, None));
		}
	});

	// Seal as soon as a transaction is in the pool (unless `--dev-interval-only`).
	if seal_on_transaction {
		let mut tx_sink = command_sink.clone();
		let pool = transaction_pool.clone();
		let blocks = client.clone();
		// The pool's import notifications, read as they come into a wake-up that holds at most
		// one: the pool's channel holds 1,024 and, while a block was being sealed, filled under
		// load, and the pool logged a warning for every transaction it could not announce.
		let mut imported = transaction_pool.import_notification_stream();
		let (mut wake, mut woken) = mpsc::channel::<()>(0);
		task_manager.spawn_handle().spawn("dev-seal-wake", None, async move {
			while imported.next().await.is_some() {
				// Full: a wake-up is already pending, which is all this one would say.
				let _ = wake.try_send(());
			}
		});
		task_manager.spawn_handle().spawn("dev-seal-on-transaction", None, async move {
			while woken.next().await.is_some() {
				// Seal while transactions are ready — a full block leaves some for the next —
				// folding the notifications that arrive meanwhile into the next seal. Stop when a
				// block took none of the transactions that were ready when it was sealed (one the
				// pool calls ready but no block can hold must not make empty blocks for ever):
				// the interval block tries again.
				//
				// Whether a block took any is read from the block itself. Comparing the pool's
				// ready count before and after was wrong twice: read before the pool had
				// processed the block, the count of a block that took some looked unchanged and
				// the rest of a burst waited for the interval (6 s) block after block (136 full
				// commissions, three a block, took 137–173 s); and a block whose transactions
				// let as many later-nonce ones become ready also leaves the count unchanged.
				loop {
					while let Some(Some(())) = woken.next().now_or_never() {}
					let ready: HashSet<_> = pool.ready().map(|tx| *tx.hash()).collect();
					if ready.is_empty() {
						break;
					}
					let Some(sealed) = seal_and_wait(&mut tx_sink).await else { break };
					if !took_any(&blocks, &*pool, sealed, &ready) {
						break;
					}
					// The next round reads the ready set once the pool has taken this block's
					// transactions out of it, or after a bound, so a slow pool cannot stall it.
					let _ = pool.ready_at_with_timeout(sealed, POOL_CATCH_UP).await;
				}
			}
		});
	}

	let mut proposer = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		config.prometheus_registry(),
		telemetry.as_ref().map(|t| t.handle()),
	);
	proposer.set_soft_deadline(FULL_BLOCK_SOFT_DEADLINE);
	let cidp_client = client.clone();
	let cidp_clock = clock.clone();
	let authorship =
		sc_consensus_manual_seal::run_manual_seal(sc_consensus_manual_seal::ManualSealParams {
			block_import: client.clone(),
			env: proposer,
			client: client.clone(),
			pool: transaction_pool.clone(),
			commands_stream: Box::pin(commands),
			select_chain: LongestChain::new(backend.clone()),
			consensus_data_provider: Some(Box::new(
				AuraConsensusDataProvider::<Block>::new_with_slot_duration(slot_duration),
			)),
			create_inherent_data_providers: move |parent: Hash, ()| {
				futures::future::ready(inherent_providers(
					&cidp_client,
					&cidp_clock,
					para_id,
					parent,
				))
			},
		});
	task_manager.spawn_essential_handle().spawn_blocking("manual-seal", None, authorship.boxed());

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		let dev = crate::rpc::DevDeps { clock, command_sink };
		Box::new(move |_| {
			crate::rpc::create_full(crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				dev: Some(dev.clone()),
			})
			.map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network,
		client,
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool,
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	log::info!(
		"🩺 HealthChain dev node: a block every {} ms and on every transaction",
		block_time.as_millis()
	);
	Ok(task_manager)
}

#[cfg(test)]
mod tests {
	use super::*;

	const SLOT: u64 = 6000;

	#[test]
	fn next_timestamp_follows_the_wall_clock_rounded_to_a_slot() {
		let clock = DevClock::default();
		assert_eq!(clock.next_timestamp(0, 60_500, SLOT), 60_000);
	}

	#[test]
	fn next_timestamp_is_at_least_one_slot_after_the_parent() {
		let clock = DevClock::default();
		assert_eq!(clock.next_timestamp(60_000, 61_000, SLOT), 66_000);
		assert_eq!(clock.next_timestamp(120_000, 61_000, SLOT), 126_000);
	}

	#[test]
	fn advancing_moves_the_next_timestamp_forward() {
		let clock = DevClock::default();
		let day = 24 * 60 * 60 * 1000;
		assert_eq!(clock.advance(10 * day), Some(10 * day));
		assert_eq!(clock.advance(day), Some(11 * day));
		assert_eq!(clock.offset_ms(), 11 * day);
		assert_eq!(clock.next_timestamp(0, 60_000, SLOT), 60_000 + 11 * day);
	}

	#[test]
	fn advancing_past_the_limit_is_refused_and_changes_nothing() {
		let clock = DevClock::default();
		assert_eq!(clock.advance(MAX_DEV_TIME_OFFSET_MS), Some(MAX_DEV_TIME_OFFSET_MS));
		assert_eq!(clock.advance(1), None);
		assert_eq!(clock.offset_ms(), MAX_DEV_TIME_OFFSET_MS);
		assert_eq!(DevClock::default().advance(u64::MAX), None);
	}

	#[test]
	fn timestamp_key_is_pallet_timestamp_now() {
		let key = timestamp_now_key().0;
		assert_eq!(key.len(), 32);
		assert_eq!(&key[..16], &sp_io::hashing::twox_128(b"Timestamp"));
	}
}
