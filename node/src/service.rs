//! The parachain collator service: client, import queue, relay-chain interface, networking,
//! Aura lookahead collator (async backing).

use std::{sync::Arc, time::Duration};

use codec::Encode;
use cumulus_client_bootnodes::{start_bootnode_tasks, StartBootnodeTasksParams};
use cumulus_client_cli::CollatorOptions;
use cumulus_client_collator::service::CollatorService;
use cumulus_client_consensus_aura::collators::lookahead::{self as aura, Params as AuraParams};
use cumulus_client_consensus_common::ParachainBlockImport as TParachainBlockImport;
use cumulus_client_service::{
	build_network, build_relay_chain_interface, prepare_node_config, start_relay_chain_tasks,
	BuildNetworkParams, DARecoveryProfile, StartRelayChainTasksParams,
};
use cumulus_primitives_core::{relay_chain::ValidationCode, GetParachainInfo, ParaId};
use frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE;
use healthchain_runtime::{
	apis::RuntimeApi,
	opaque::{Block, Hash},
};
use sc_client_api::{Backend as _, UsageProvider};
use sc_executor::{HeapAllocStrategy, WasmExecutor, DEFAULT_HEAP_ALLOC_STRATEGY};
use sc_network::{NetworkBackend, NetworkBlock, NetworkStateInfo};
use sc_service::{
	Configuration, DatabaseSource, ImportQueue, PartialComponents, TFullBackend, TFullClient,
	TaskManager,
};
use sc_telemetry::{Telemetry, TelemetryWorker, TelemetryWorkerHandle};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};

/// Host functions the runtime may call.
#[cfg(not(feature = "runtime-benchmarks"))]
pub type HostFunctions = cumulus_client_service::ParachainHostFunctions;
/// Host functions the runtime may call, and those its benchmarks need.
#[cfg(feature = "runtime-benchmarks")]
pub type HostFunctions = (
	cumulus_client_service::ParachainHostFunctions,
	frame_benchmarking::benchmarking::HostFunctions,
);

/// The wasm executor of the runtime.
pub type ParachainExecutor = WasmExecutor<HostFunctions>;
/// The full client.
pub type ParachainClient = TFullClient<Block, RuntimeApi, ParachainExecutor>;
/// The database backend.
pub type ParachainBackend = TFullBackend<Block>;
/// Block import that defers finality to the relay chain.
pub type ParachainBlockImport =
	TParachainBlockImport<Block, Arc<ParachainClient>, ParachainBackend>;
/// The transaction pool.
pub type TransactionPool = sc_transaction_pool::TransactionPoolHandle<Block, ParachainClient>;

/// What chain-operation sub-commands need, and what both node modes start from.
pub type Service = PartialComponents<
	ParachainClient,
	ParachainBackend,
	(),
	sc_consensus::DefaultImportQueue<Block>,
	TransactionPool,
	(ParachainBlockImport, Option<Telemetry>, Option<TelemetryWorkerHandle>),
>;

/// Settles `--database auto`, the node's default (`command::apply_node_defaults`): the chain's
/// RocksDB database if it has one, else ParityDB. Substrate's own `auto` finds out by trying to
/// open RocksDB, which leaves a `db/full` directory of RocksDB log files beside a new ParityDB,
/// a few more on every start, and names the ParityDB path even when it opens a RocksDB (so
/// `purge-chain` would delete the wrong directory). RocksDB is compiled in through
/// `cumulus-client-service`.
pub fn settle_database(config: &mut Configuration) {
	if let DatabaseSource::Auto { paritydb_path, rocksdb_path, cache_size } = &config.database {
		config.database = if rocksdb_path.join("CURRENT").exists() {
			DatabaseSource::RocksDb { path: rocksdb_path.clone(), cache_size: *cache_size }
		} else {
			DatabaseSource::ParityDb { path: paritydb_path.clone() }
		};
		// Substrate has already logged "Database: Auto at <the ParityDB path>".
		let (kind, path) = match &config.database {
			DatabaseSource::ParityDb { path } => ("ParityDB", path),
			DatabaseSource::RocksDb { path, .. } => ("RocksDB (found there)", path),
			_ => return,
		};
		log::info!("💾 Database settled: {kind} at {}", path.display());
	}
}

/// The development node's transaction pool: the single-state pool, with the pool options of the
/// command line and a choice of when it re-validates what waits in it (`--dev-pool-revalidation`).
pub struct DevPool {
	/// Limits and ban time, as `--pool-limit`, `--pool-kbytes` and `--tx-ban-seconds` set them.
	pub options: sc_transaction_pool::Options,
	/// When the pool re-validates its ready transactions against the new best state.
	pub revalidation: sc_transaction_pool::RevalidationType,
}

/// Builds client, backend, pool and import queue (settling the database first).
pub fn new_partial(config: &mut Configuration) -> Result<Service, sc_service::Error> {
	new_partial_with(config, None)
}

/// [`new_partial`], with the development node's pool when `dev_pool` is given, else the pool
/// Substrate's builder makes from the node's options.
pub fn new_partial_with(
	config: &mut Configuration,
	dev_pool: Option<DevPool>,
) -> Result<Service, sc_service::Error> {
	settle_database(config);
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let heap_pages = config
		.executor
		.default_heap_pages
		.map_or(DEFAULT_HEAP_ALLOC_STRATEGY, |h| HeapAllocStrategy::Static { extra_pages: h as _ });

	// How runtime calls are run: the node's default instantiation strategy differs from
	// Substrate's (`command::apply_node_defaults`), so say which is in force.
	log::info!("⚙️  Runtime calls: {:?}", config.executor.wasm_method);
	let executor = ParachainExecutor::builder()
		.with_execution_method(config.executor.wasm_method)
		.with_onchain_heap_alloc_strategy(heap_pages)
		.with_offchain_heap_alloc_strategy(heap_pages)
		.with_max_runtime_instances(config.executor.max_runtime_instances)
		.with_runtime_cache_size(config.executor.runtime_cache_size)
		.build();

	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts_record_import::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			true,
			Default::default(),
		)?;
	let client = Arc::new(client);

	let telemetry_worker_handle = telemetry.as_ref().map(|(worker, _)| worker.handle());
	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let transaction_pool = Arc::from(match dev_pool {
		None => sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
		// What `Builder::build` makes for the single-state pool (`BasicPool::new_full`), but with
		// the revalidation asked for instead of always `Full`.
		Some(DevPool { options, revalidation }) => {
			let spawner = task_manager.spawn_essential_handle();
			let prometheus = config.prometheus_registry();
			let chain = client.usage_info().chain;
			sc_transaction_pool::TransactionPoolWrapper(Box::new(
				sc_transaction_pool::BasicPool::with_revalidation_type(
					options,
					config.role.is_authority().into(),
					Arc::new(sc_transaction_pool::FullChainApi::new(
						client.clone(),
						prometheus,
						&spawner,
					)),
					prometheus,
					revalidation,
					spawner,
					chain.best_number,
					chain.best_hash,
					chain.finalized_hash,
				),
			))
		},
	});

	let block_import = ParachainBlockImport::new(client.clone(), backend.clone());

	let import_queue =
		cumulus_client_consensus_aura::equivocation_import_queue::fully_verifying_import_queue::<
			sp_consensus_aura::sr25519::AuthorityPair,
			_,
			_,
			_,
			_,
		>(
			client.clone(),
			block_import.clone(),
			move |_, _| async move { Ok(sp_timestamp::InherentDataProvider::from_system_time()) },
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
			telemetry.as_ref().map(|t| t.handle()),
		);

	Ok(PartialComponents {
		backend,
		client,
		import_queue,
		keystore_container,
		task_manager,
		transaction_pool,
		select_chain: (),
		other: (block_import, telemetry, telemetry_worker_handle),
	})
}

/// The parachain id, from the runtime (`GetParachainInfo`) or else the chain spec's extension.
pub fn parachain_id(client: &ParachainClient, config: &Configuration) -> Option<ParaId> {
	let best = client.chain_info().best_hash;
	let from_runtime = client
		.runtime_api()
		.has_api::<dyn GetParachainInfo<Block>>(best)
		.unwrap_or(false)
		.then(|| client.runtime_api().parachain_id(best).ok())
		.flatten();
	from_runtime.or_else(|| {
		crate::chain_spec::Extensions::try_get(&*config.chain_spec).map(|e| ParaId::from(e.para_id))
	})
}

/// Starts a collator (or a full node) with its embedded or RPC relay-chain node.
pub async fn start_parachain_node<Net: NetworkBackend<Block, Hash>>(
	parachain_config: Configuration,
	polkadot_config: Configuration,
	collator_options: CollatorOptions,
	hwbench: Option<sc_sysinfo::HwBench>,
) -> sc_service::error::Result<TaskManager> {
	let mut parachain_config = prepare_node_config(parachain_config);
	let parachain_public_addresses = parachain_config.network.public_addresses.clone();
	let parachain_fork_id = parachain_config.chain_spec.fork_id().map(ToString::to_string);
	let advertise_non_global_ips = parachain_config.network.allow_non_globals_in_dht;

	let params = new_partial(&mut parachain_config)?;
	let (block_import, mut telemetry, telemetry_worker_handle) = params.other;
	let client = params.client.clone();
	let backend = params.backend.clone();
	let mut task_manager = params.task_manager;

	let para_id =
		parachain_id(&client, &parachain_config).ok_or("cannot determine the parachain id")?;
	log::info!("🪪 Parachain id: {para_id:?}");

	let relay_chain_fork_id = polkadot_config.chain_spec.fork_id().map(ToString::to_string);
	let (relay_chain_interface, collator_key, relay_chain_network, paranode_rx) =
		build_relay_chain_interface(
			polkadot_config,
			&parachain_config,
			telemetry_worker_handle,
			&mut task_manager,
			collator_options.clone(),
			hwbench.clone(),
		)
		.await
		.map_err(|e| sc_service::Error::Application(Box::new(e) as Box<_>))?;

	let validator = parachain_config.role.is_authority();
	let prometheus_registry = parachain_config.prometheus_registry().cloned();
	let transaction_pool = params.transaction_pool.clone();
	let import_queue_service = params.import_queue.service();
	let net_config = sc_network::config::FullNetworkConfiguration::<_, _, Net>::new(
		&parachain_config.network,
		prometheus_registry.clone(),
	);
	let metrics = Net::register_notification_metrics(
		parachain_config.prometheus_config.as_ref().map(|config| &config.registry),
	);

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		build_network(BuildNetworkParams {
			parachain_config: &parachain_config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			para_id,
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			relay_chain_interface: relay_chain_interface.clone(),
			import_queue: params.import_queue,
			metrics,
			gap_sync_body_policy: None,
		})
		.await?;

	if parachain_config.offchain_worker.enabled {
		use futures::FutureExt;
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				keystore: Some(params.keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				is_validator: parachain_config.role.is_authority(),
				enable_http_requests: false,
				custom_extensions: move |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-work",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		Box::new(move |_| {
			crate::rpc::create_full(crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				dev: None,
			})
			.map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		rpc_builder,
		client: client.clone(),
		transaction_pool: transaction_pool.clone(),
		task_manager: &mut task_manager,
		config: parachain_config,
		keystore: params.keystore_container.keystore(),
		backend: backend.clone(),
		network: network.clone(),
		sync_service: sync_service.clone(),
		system_rpc_tx,
		tx_handler_controller,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if let Some(hwbench) = hwbench {
		sc_sysinfo::print_hwbench(&hwbench);
		if validator {
			if let Err(err) = SUBSTRATE_REFERENCE_HARDWARE.check_hardware(&hwbench, false) {
				log::warn!(
					"⚠️  This machine is below the reference hardware for a collator: {err}"
				);
			}
		}
	}

	let announce_block = {
		let sync_service = sync_service.clone();
		Arc::new(move |hash, data| sync_service.announce_block(hash, data))
	};

	let relay_chain_slot_duration = Duration::from_secs(6);
	let overseer_handle = relay_chain_interface
		.overseer_handle()
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;

	start_relay_chain_tasks(StartRelayChainTasksParams {
		client: client.clone(),
		announce_block: announce_block.clone(),
		para_id,
		relay_chain_interface: relay_chain_interface.clone(),
		task_manager: &mut task_manager,
		da_recovery_profile: if validator {
			DARecoveryProfile::Collator
		} else {
			DARecoveryProfile::FullNode
		},
		import_queue: import_queue_service,
		relay_chain_slot_duration,
		recovery_handle: Box::new(overseer_handle.clone()),
		sync_service: sync_service.clone(),
		prometheus_registry: prometheus_registry.as_ref(),
	})?;

	start_bootnode_tasks(StartBootnodeTasksParams {
		embedded_dht_bootnode: collator_options.embedded_dht_bootnode,
		dht_bootnode_discovery: collator_options.dht_bootnode_discovery,
		para_id,
		task_manager: &mut task_manager,
		relay_chain_interface: relay_chain_interface.clone(),
		relay_chain_fork_id,
		relay_chain_network: relay_chain_network.clone(),
		request_receiver: paranode_rx,
		parachain_network: network.clone(),
		advertise_non_global_ips,
		parachain_genesis_hash: client.chain_info().genesis_hash.encode(),
		parachain_fork_id,
		parachain_public_addresses,
	});

	if validator {
		let proposer = sc_basic_authorship::ProposerFactory::new(
			task_manager.spawn_handle(),
			client.clone(),
			transaction_pool,
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|t| t.handle()),
		);
		let collator_service = CollatorService::new(client.clone(), announce_block, client.clone());
		let code_client = client.clone();
		let params = AuraParams {
			create_inherent_data_providers: move |_, ()| async move { Ok(()) },
			block_import,
			para_client: client.clone(),
			para_backend: backend,
			relay_client: relay_chain_interface,
			code_hash_provider: move |block_hash| {
				code_client.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())
			},
			keystore: params.keystore_container.keystore(),
			collator_key: collator_key.ok_or("a collator needs a collator key")?,
			collator_peer_id: relay_chain_network.local_peer_id(),
			para_id,
			overseer_handle,
			relay_chain_slot_duration,
			proposer,
			collator_service,
			authoring_duration: Duration::from_millis(2000),
			reinitialize: false,
			max_pov_percentage: None,
		};
		let fut =
			aura::run::<Block, sp_consensus_aura::sr25519::AuthorityPair, _, _, _, _, _, _, _, _>(
				params,
			);
		task_manager.spawn_essential_handle().spawn("aura", None, fut);
	}

	Ok(task_manager)
}
