//! Command-line interface.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches};
use sc_cli::{
	CliConfiguration, DefaultConfigurationValues, ImportParams, KeystoreParams, NetworkParams,
	RpcEndpoint, SharedParams, SubstrateCli,
};
use sc_service::config::{BasePath, PrometheusConfig};

/// Default interval between blocks in `--dev` mode, in milliseconds: the chain's slot duration.
pub const DEFAULT_DEV_BLOCK_TIME_MS: u64 = healthchain_runtime::SLOT_DURATION;

/// Sub-commands of `healthchain-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Write a chain specification (built-in `dev` / `local`, or a file) as JSON; `--raw` for the
	/// raw form a network boots from.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Remove the whole chain (parachain and embedded relay chain databases).
	PurgeChain(cumulus_client_cli::PurgeChainCmd),

	/// Export the genesis head data of the parachain (needed to register it on a relay chain).
	#[command(alias = "export-genesis-state")]
	ExportGenesisHead(cumulus_client_cli::ExportGenesisHeadCommand),

	/// Export the genesis wasm of the parachain (needed to register it on a relay chain).
	ExportGenesisWasm(cumulus_client_cli::ExportGenesisWasmCommand),

	/// Re-validate stored blocks as the relay chain's validators do (`validate_block` under the
	/// PVF's memory cap) and report the memory each needs.
	ValidateBlocks(crate::validate_blocks::ValidateBlocksCmd),

	/// Benchmarks (pallet and storage need a node built with `--features runtime-benchmarks`).
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

/// `healthchain-node [parachain-args] [-- relay-chain-args]`.
#[derive(Debug, clap::Parser)]
#[command(
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
pub struct Cli {
	/// A sub-command; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Node and collator options.
	#[command(flatten)]
	pub run: cumulus_client_cli::RunCmd,

	/// With `--dev`: milliseconds between blocks sealed when no transaction arrives (a block is
	/// also sealed as soon as a transaction arrives).
	#[arg(long, value_name = "MILLISECONDS", default_value_t = DEFAULT_DEV_BLOCK_TIME_MS)]
	pub dev_block_time: u64,

	/// With `--dev`: seal only every `--dev-block-time`, not also on each incoming transaction
	/// (fewer, fuller blocks under sustained load; docs/performance.md).
	#[arg(long)]
	pub dev_interval_only: bool,

	/// With `--dev`: when the pool re-validates the transactions waiting in it against the new
	/// best state. `periodic`: every 20 blocks or 60 s, in one pass. `every-block`: after every
	/// block, in the background, a quarter of the waiting transactions every 200 ms (Substrate's
	/// single-state pool's own choice). Either way a transaction a block has made invalid is also
	/// dropped when a block builder meets it (docs/node.md).
	#[arg(long, value_enum, default_value_t = DevPoolRevalidation::Periodic)]
	pub dev_pool_revalidation: DevPoolRevalidation,

	/// Skip the hardware benchmark a collator runs at start-up.
	#[arg(long)]
	pub no_hardware_benchmarks: bool,

	/// Arguments after `--` go to the embedded relay-chain node.
	#[arg(raw = true)]
	pub relay_chain_args: Vec<String>,
}

impl Cli {
	/// Whether the node runs in single-node development mode (`--dev`).
	pub fn is_dev(&self) -> bool {
		self.run.base.shared_params.dev
	}

	/// The development node's pool: the limits and ban time Substrate's builder would take from
	/// the pool options on the command line (`TransactionPoolOptions::new_with_params` for a dev
	/// node: the future queue a tenth of the ready one, no ban unless `--tx-ban-seconds`), and
	/// the revalidation `--dev-pool-revalidation` asks for.
	pub fn dev_pool(&self) -> crate::service::DevPool {
		let params = &self.run.base.pool_config;
		let ready = sc_transaction_pool::PoolLimit {
			count: params.pool_limit,
			total_bytes: params.pool_kbytes.saturating_mul(1024),
		};
		let future = sc_transaction_pool::PoolLimit {
			count: ready.count / 10,
			total_bytes: ready.total_bytes / 10,
		};
		crate::service::DevPool {
			options: sc_transaction_pool::Options {
				ready,
				future,
				reject_future_transactions: false,
				ban_time: std::time::Duration::from_secs(params.tx_ban_seconds.unwrap_or(0)),
			},
			revalidation: match self.dev_pool_revalidation {
				DevPoolRevalidation::Periodic => sc_transaction_pool::RevalidationType::Light,
				DevPoolRevalidation::EveryBlock => sc_transaction_pool::RevalidationType::Full,
			},
		}
	}
}

/// When the development node's pool re-validates the transactions waiting in it
/// (`--dev-pool-revalidation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DevPoolRevalidation {
	/// Every 20 blocks or 60 s, all waiting transactions in one pass (the pool's `Light` type).
	Periodic,
	/// After every block, in the background (the pool's `Full` type).
	EveryBlock,
}

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"HealthChain Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		format!(
			"HealthChain collator.\n\nThe arguments before -- go to the parachain node, those \
			 after it to the embedded relay-chain node:\n\n{} [parachain-args] -- \
			 [relay-chain-args]\n\nWith --dev it runs alone, without a relay chain.",
			Self::executable_name()
		)
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://example.invalid/healthchain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		crate::chain_spec::load(id)
	}
}

/// The embedded relay-chain node's arguments (those after `--`).
#[derive(Debug)]
pub struct RelayChainCli {
	/// The relay-chain node's options.
	pub base: polkadot_cli::RunCmd,
	/// Relay chain id taken from the parachain's chain spec.
	pub chain_id: Option<String>,
	/// `<parachain base path>/polkadot`, unless the relay-chain arguments set one.
	pub base_path: Option<PathBuf>,
}

impl RelayChainCli {
	/// Parses the relay-chain arguments in the context of the parachain's configuration.
	pub fn new<'a>(
		para_config: &sc_service::Configuration,
		relay_chain_args: impl Iterator<Item = &'a String>,
	) -> Self {
		let command = polkadot_cli::RunCmd::command().no_binary_name(true);
		let matches = command.get_matches_from(relay_chain_args);
		let base = polkadot_cli::RunCmd::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
		let chain_id = crate::chain_spec::Extensions::try_get(&*para_config.chain_spec)
			.map(|e| e.relay_chain.clone());
		let base_path = para_config.base_path.path().join("polkadot");
		Self { base, chain_id, base_path: Some(base_path) }
	}
}

impl SubstrateCli for RelayChainCli {
	fn impl_name() -> String {
		Cli::impl_name()
	}

	fn impl_version() -> String {
		Cli::impl_version()
	}

	fn description() -> String {
		Cli::description()
	}

	fn author() -> String {
		Cli::author()
	}

	fn support_url() -> String {
		Cli::support_url()
	}

	fn copyright_start_year() -> i32 {
		Cli::copyright_start_year()
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		polkadot_cli::Cli::from_iter([Self::executable_name()].iter()).load_spec(id)
	}
}

impl DefaultConfigurationValues for RelayChainCli {
	fn p2p_listen_port() -> u16 {
		30334
	}

	fn rpc_listen_port() -> u16 {
		9945
	}

	fn prometheus_listen_port() -> u16 {
		9616
	}
}

impl CliConfiguration<Self> for RelayChainCli {
	fn shared_params(&self) -> &SharedParams {
		self.base.base.shared_params()
	}

	fn import_params(&self) -> Option<&ImportParams> {
		self.base.base.import_params()
	}

	fn network_params(&self) -> Option<&NetworkParams> {
		self.base.base.network_params()
	}

	fn keystore_params(&self) -> Option<&KeystoreParams> {
		self.base.base.keystore_params()
	}

	fn base_path(&self) -> sc_cli::Result<Option<BasePath>> {
		Ok(self.shared_params().base_path()?.or_else(|| self.base_path.clone().map(Into::into)))
	}

	fn rpc_addr(&self, default_listen_port: u16) -> sc_cli::Result<Option<Vec<RpcEndpoint>>> {
		self.base.base.rpc_addr(default_listen_port)
	}

	fn prometheus_config(
		&self,
		default_listen_port: u16,
		chain_spec: &Box<dyn sc_service::ChainSpec>,
	) -> sc_cli::Result<Option<PrometheusConfig>> {
		self.base.base.prometheus_config(default_listen_port, chain_spec)
	}

	fn init<F>(&self, _: &String, _: &String, _: F) -> sc_cli::Result<()>
	where
		F: FnOnce(&mut sc_cli::LoggerBuilder),
	{
		unreachable!("the relay-chain CLI is never initialised on its own; qed")
	}

	fn chain_id(&self, is_dev: bool) -> sc_cli::Result<String> {
		let chain_id = self.base.base.chain_id(is_dev)?;
		Ok(if chain_id.is_empty() { self.chain_id.clone().unwrap_or_default() } else { chain_id })
	}

	fn role(&self, is_dev: bool) -> sc_cli::Result<sc_service::Role> {
		self.base.base.role(is_dev)
	}

	fn transaction_pool(
		&self,
		is_dev: bool,
	) -> sc_cli::Result<sc_service::config::TransactionPoolOptions> {
		self.base.base.transaction_pool(is_dev)
	}

	fn trie_cache_maximum_size(&self) -> sc_cli::Result<Option<usize>> {
		self.base.base.trie_cache_maximum_size()
	}

	fn rpc_methods(&self) -> sc_cli::Result<sc_service::config::RpcMethods> {
		self.base.base.rpc_methods()
	}

	fn rpc_max_connections(&self) -> sc_cli::Result<u32> {
		self.base.base.rpc_max_connections()
	}

	fn rpc_cors(&self, is_dev: bool) -> sc_cli::Result<Option<Vec<String>>> {
		self.base.base.rpc_cors(is_dev)
	}

	fn default_heap_pages(&self) -> sc_cli::Result<Option<u64>> {
		self.base.base.default_heap_pages()
	}

	fn force_authoring(&self) -> sc_cli::Result<bool> {
		self.base.base.force_authoring()
	}

	fn disable_grandpa(&self) -> sc_cli::Result<bool> {
		self.base.base.disable_grandpa()
	}

	fn max_runtime_instances(&self) -> sc_cli::Result<Option<usize>> {
		self.base.base.max_runtime_instances()
	}

	fn announce_block(&self) -> sc_cli::Result<bool> {
		self.base.base.announce_block()
	}

	fn telemetry_endpoints(
		&self,
		chain_spec: &Box<dyn sc_service::ChainSpec>,
	) -> sc_cli::Result<Option<sc_telemetry::TelemetryEndpoints>> {
		self.base.base.telemetry_endpoints(chain_spec)
	}

	fn node_name(&self) -> sc_cli::Result<String> {
		self.base.base.node_name()
	}
}
