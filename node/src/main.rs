//! `healthchain-node`: the HealthChain collator.
//!
//! - Parachain mode (default): a Cumulus collator with an embedded (or RPC) relay-chain node,
//!   Aura block authoring with async backing.
//! - `--dev`: one node, no relay chain. Blocks are sealed at a fixed interval and whenever a
//!   transaction arrives, with mocked relay-chain inherents; a dev-only JSON-RPC method moves the
//!   chain's clock forward.
//!
//! Both modes serve the standard Substrate JSON-RPC methods and HealthChain's `healthchain_*`
//! methods.

// `sc_cli::Error` and `sc_service::Error`, which every command and service function returns,
// are Substrate's large error enums; boxing them at each call would only add noise.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod dev;
mod rpc;
mod service;
mod validate_blocks;

/// jemalloc instead of the C library's allocator: the node allocates and frees constantly (each
/// transaction's JSON, decoding, validation, block building), and glibc's allocator hands memory
/// back to the kernel eagerly, each unmapping interrupting the other cores to flush their TLBs
/// (the kernel took two fifths of the node's CPU under load). Measured on the dev node: about a
/// fifth more transfers per second (docs/node.md).
#[cfg(unix)]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> sc_cli::Result<()> {
	command::run()
}
