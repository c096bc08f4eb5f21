//! Builds the runtime to wasm (`WASM_BINARY`) unless `SKIP_WASM_BUILD` is set.

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

#[cfg(not(feature = "std"))]
fn main() {}
