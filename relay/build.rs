//! Sets `SUBSTRATE_CLI_COMMIT_HASH`, which the PVF workers report beside their version.

fn main() {
	substrate_build_script_utils::generate_cargo_keys();
}
