//! Dispatches the command line to the node modes and sub-commands.

use std::time::Duration;

use cumulus_primitives_core::ParaId;
use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use healthchain_runtime::opaque::Block;
use sc_cli::{Result, SubstrateCli};
use sc_network::config::NetworkBackendType;

use crate::{
	cli::{Cli, RelayChainCli, Subcommand},
	service::new_partial,
};

/// Runs `healthchain-node` with the process's command line.
pub fn run() -> Result<()> {
	let mut cli = Cli::from_args();
	apply_node_defaults(&mut cli, std::env::args_os());

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => Ok(cmd.run(&cli)?),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				let partials = new_partial(&mut config)?;
				Ok((cmd.run(partials.client, partials.import_queue), partials.task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				let partials = new_partial(&mut config)?;
				Ok((cmd.run(partials.client, config.database), partials.task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				let partials = new_partial(&mut config)?;
				Ok((cmd.run(partials.client, config.chain_spec), partials.task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				let partials = new_partial(&mut config)?;
				Ok((cmd.run(partials.client, partials.import_queue), partials.task_manager))
			})
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				let partials = new_partial(&mut config)?;
				Ok((cmd.run(partials.client, partials.backend, None), partials.task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|mut config| {
				crate::service::settle_database(&mut config);
				// A dev chain runs without a relay chain: it has no relay-chain database to delete,
				// nor a relay-chain spec to find one by, so only its own database goes
				// (`<chain>/paritydb` or `<chain>/db`, with Substrate's purge).
				if cmd.base.shared_params.dev {
					if cmd.relaychain && !cmd.parachain {
						return Err(sc_cli::Error::Input(
							"a --dev chain has no relay-chain database to purge".into(),
						));
					}
					return cmd.base.run(config.database);
				}
				let polkadot_cli = RelayChainCli::new(&config, cli.relay_chain_args.iter());
				let polkadot_config = SubstrateCli::create_configuration(
					&polkadot_cli,
					&polkadot_cli,
					config.tokio_handle.clone(),
				)
				.map_err(|err| format!("Relay chain argument error: {err}"))?;
				cmd.run(config, polkadot_config)
			})
		},
		Some(Subcommand::ExportGenesisHead(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|mut config| {
				let partials = new_partial(&mut config)?;
				cmd.run(partials.client)
			})
		},
		Some(Subcommand::ExportGenesisWasm(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|_config| {
				let spec = cli.load_spec(&cmd.shared_params.chain.clone().unwrap_or_default())?;
				cmd.run(&*spec)
			})
		},
		Some(Subcommand::ValidateBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|mut config| {
				let partials = new_partial(&mut config)?;
				cmd.run(partials.client, partials.backend, partials.keystore_container.keystore())
			})
		},
		Some(Subcommand::Benchmark(cmd)) => benchmark(&cli, cmd),
		None => run_node(cli),
	}
}

/// The node's own defaults, where Substrate's differ, for the sub-commands they apply to; an
/// explicit flag always wins.
///
/// **Database.** Without `--database`, a node opens the database it finds (RocksDB or ParityDB)
/// and creates a ParityDB where there is none (`auto`, settled by `service::settle_database`
/// without leaving RocksDB files behind): the database whose read and write costs the runtime
/// charges (`runtime/src/weights/paritydb_{read,write}.rs`, measured by
/// `scripts/benchmark-storage.sh`). Substrate's own default is RocksDB whenever it is compiled
/// in, and `cumulus-client-service` compiles it in.
///
/// **Wasm instances.** Without `--wasmtime-instantiation-strategy`, every runtime call gets a new
/// instance (`recreate-instance-copy-on-write`) instead of a slot from wasmtime's pool that is
/// reset after each call (Substrate's default, `pooling-copy-on-write`). Measured on this
/// project's workloads in five alternating rounds (`scripts/compare-node-args.sh`,
/// docs/node.md): consent grants 1.17 × by the medians, anchors 1.07 ×, the mix and transfers
/// the same within the runs' spread. Whether the flag was given is read from the node's own
/// arguments (`args`, those before a `--`).
///
/// The embedded relay-chain node keeps Polkadot's defaults.
fn apply_node_defaults(cli: &mut Cli, args: impl Iterator<Item = std::ffi::OsString>) {
	// Sub-commands that execute blocks take both defaults; the others only open the database.
	fn executing(params: &mut sc_cli::ImportParams, chosen: bool) -> &mut sc_cli::DatabaseParams {
		if !chosen {
			params.wasmtime_instantiation_strategy =
				sc_cli::WasmtimeInstantiationStrategy::RecreateInstanceCopyOnWrite;
		}
		&mut params.database_params
	}
	let chosen = instantiation_given(args);
	let database = match &mut cli.subcommand {
		None => executing(&mut cli.run.base.import_params, chosen),
		Some(Subcommand::CheckBlock(cmd)) => executing(&mut cmd.import_params, chosen),
		Some(Subcommand::ImportBlocks(cmd)) => executing(&mut cmd.import_params, chosen),
		Some(Subcommand::ValidateBlocks(cmd)) => executing(&mut cmd.import_params, chosen),
		Some(Subcommand::ExportBlocks(cmd)) => &mut cmd.database_params,
		Some(Subcommand::ExportState(cmd)) => &mut cmd.database_params,
		Some(Subcommand::Revert(cmd)) => &mut cmd.database_params,
		Some(Subcommand::PurgeChain(cmd)) => &mut cmd.base.database_params,
		_ => return,
	};
	database.database.get_or_insert(sc_cli::Database::Auto);
}

/// The flag that chooses how runtime calls get their wasm instance.
const INSTANTIATION_FLAG: &str = "--wasmtime-instantiation-strategy";

/// Whether the node's own arguments (those before a `--`) choose the instantiation strategy.
fn instantiation_given(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
	args.take_while(|arg| arg != "--").any(|arg| {
		arg.to_str().is_some_and(|arg| {
			arg.strip_prefix(INSTANTIATION_FLAG)
				.is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
		})
	})
}

fn benchmark(cli: &Cli, cmd: &BenchmarkCmd) -> Result<()> {
	match cmd {
		// Runs the benchmarks of a runtime built with `runtime-benchmarks` (`--runtime <wasm>`;
		// scripts/benchmark.sh builds it): the node itself needs no benchmark feature for this.
		BenchmarkCmd::Pallet(cmd) => {
			let chain = cmd.shared_params.chain.as_ref().map(|c| cli.load_spec(c)).transpose()?;
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, crate::service::HostFunctions>(
				chain,
			)
		},
		#[cfg(feature = "runtime-benchmarks")]
		BenchmarkCmd::Storage(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|mut config| {
				let partials = new_partial(&mut config)?;
				let db = partials.backend.expose_db();
				let storage = partials.backend.expose_storage();
				let shared_trie_cache = partials.backend.expose_shared_trie_cache();
				cmd.run(config, partials.client.clone(), db, storage, shared_trie_cache)
			})
		},
		// Measures the block's and the extrinsic's base weights (`BlockExecutionWeight`,
		// `ExtrinsicBaseWeight`) of a runtime (`--runtime <wasm>`) on this machine: blocks of
		// signed `System::remark`s, built and signed by the CLI itself, against empty blocks
		// (scripts/benchmark-overhead.sh).
		BenchmarkCmd::Overhead(cmd) => {
			let chain = cmd.shared_params.chain.as_ref().map(|c| cli.load_spec(c)).transpose()?;
			cmd.run_with_default_builder_and_spec::<Block, crate::service::HostFunctions>(chain)
		},
		BenchmarkCmd::Machine(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()))
		},
		_ => Err("this benchmark needs a node built with `--features runtime-benchmarks` \
		          (see scripts/benchmark.sh), or is not supported"
			.into()),
	}
}

fn run_node(mut cli: Cli) -> Result<()> {
	if cli.is_dev() {
		// One node sealing a block per transaction: the fork-aware pool (the default) lost most of
		// a burst of 64 transactions from one sender here (proposals at one height competing
		// for its views), the single-state pool includes them all. Measured with
		// `scripts/perf-rpc.sh`; see docs/node.md. The dev node builds that pool itself
		// (`Cli::dev_pool`); the type set here is what the rest of the service reads.
		cli.run.base.pool_config.pool_type = sc_cli::TransactionPoolType::SingleState;
	}
	let runner = cli.create_runner(&cli.run.normalize())?;
	crate::chain_spec::refuse_development_keys(&*runner.config().chain_spec)?;
	let collator_options = cli.run.collator_options();
	let is_dev = cli.is_dev();
	let dev_block_time = Duration::from_millis(cli.dev_block_time.max(1));
	let seal_on_transaction = !cli.dev_interval_only;
	let dev_pool = cli.dev_pool();

	runner.run_node_until_exit(|config| async move {
		let backend = config.network.network_backend;
		if is_dev {
			return match backend {
				NetworkBackendType::Libp2p => {
					crate::dev::start_dev_node::<sc_network::NetworkWorker<_, _>>(
						config,
						dev_block_time,
						seal_on_transaction,
						dev_pool,
					)
				},
				NetworkBackendType::Litep2p => {
					crate::dev::start_dev_node::<sc_network::Litep2pNetworkBackend>(
						config,
						dev_block_time,
						seal_on_transaction,
						dev_pool,
					)
				},
			}
			.map_err(Into::into);
		}

		let polkadot_cli = RelayChainCli::new(&config, cli.relay_chain_args.iter());
		let hwbench = (!cli.no_hardware_benchmarks)
			.then(|| {
				config.database.path().map(|database_path| {
					let _ = std::fs::create_dir_all(database_path);
					sc_sysinfo::gather_hwbench(Some(database_path), &SUBSTRATE_REFERENCE_HARDWARE)
				})
			})
			.flatten();
		let polkadot_config = SubstrateCli::create_configuration(
			&polkadot_cli,
			&polkadot_cli,
			config.tokio_handle.clone(),
		)
		.map_err(|err| format!("Relay chain argument error: {err}"))?;

		log::info!("✍️ Is collating: {}", if config.role.is_authority() { "yes" } else { "no" });
		if let Some(ext) = crate::chain_spec::Extensions::try_get(&*config.chain_spec) {
			log::info!(
				"🪪 Chain spec: parachain {:?} on relay chain {}",
				ParaId::from(ext.para_id),
				ext.relay_chain
			);
		}

		match backend {
			NetworkBackendType::Libp2p => {
				crate::service::start_parachain_node::<sc_network::NetworkWorker<_, _>>(
					config,
					polkadot_config,
					collator_options,
					hwbench,
				)
				.await
			},
			NetworkBackendType::Litep2p => {
				crate::service::start_parachain_node::<sc_network::Litep2pNetworkBackend>(
					config,
					polkadot_config,
					collator_options,
					hwbench,
				)
				.await
			},
		}
		.map_err(Into::into)
	})
}

#[cfg(test)]
mod tests {
	use super::instantiation_given;

	fn given(args: &[&str]) -> bool {
		instantiation_given(args.iter().map(Into::into))
	}

	#[test]
	fn an_explicit_instantiation_strategy_is_recognised_before_the_relay_chain_arguments() {
		assert!(!given(&["healthchain-node", "--dev"]));
		assert!(given(&["healthchain-node", "--wasmtime-instantiation-strategy", "pooling"]));
		assert!(given(&["healthchain-node", "--wasmtime-instantiation-strategy=pooling"]));
		// Another flag that merely starts alike, and the relay chain's own arguments, do not.
		assert!(!given(&["healthchain-node", "--wasmtime-instantiation-strategyx"]));
		assert!(!given(&[
			"healthchain-node",
			"--",
			"--wasmtime-instantiation-strategy",
			"pooling"
		]));
	}
}
