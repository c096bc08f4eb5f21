//! Builds the runtime to wasm (`WASM_BINARY`) unless `SKIP_WASM_BUILD` is set.
//!
//! The metadata hash (RFC 78) is enabled: the wasm is built once, its metadata digested
//! together with the token's symbol and decimals, and built again with the digest
//! (`RUNTIME_METADATA_HASH`) so that `CheckMetadataHash` can check what a hardware or offline
//! signer signed against. The symbol and decimals are the chain spec's `tokenSymbol` and `tokenDecimals`
//! (node/src/chain_spec.rs); the end-to-end test `a_hardware_signer_checks_the_metadata_hash`
//! computes the digest as a signer does and fails if they differ.

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("HLTH", 12)
		.build();
}

#[cfg(not(feature = "std"))]
fn main() {}
