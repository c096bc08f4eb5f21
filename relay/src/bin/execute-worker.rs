//! `polkadot-execute-worker`: runs parachain validation code (PVF) for the relay-chain node.
//! It reports the node's version, which the node checks before using it.

polkadot_node_core_pvf_common::decl_worker_main!(
	"execute-worker",
	polkadot_node_core_pvf_execute_worker::worker_entrypoint,
	polkadot_cli::NODE_VERSION,
	env!("SUBSTRATE_CLI_COMMIT_HASH"),
);
