#!/usr/bin/env bash
# Builds the relay-chain binaries the local network needs — `polkadot`, `polkadot-prepare-worker`
# and `polkadot-execute-worker` of polkadot-sdk stable2609, the release of our node — from
# crates.io (relay/Cargo.toml says how and why), and puts them into a cache directory outside the
# clone: $HEALTHCHAIN_RELAY_BIN (default ~/.cache/healthchain/relay-bin).
#
# Skips the build when the cached binaries were built from the current relay/ sources (a stamp
# holds the hash of relay/'s manifest, lock file and code). The build shares the main
# workspace's target directory and profile, so run it after the node has been built once
# (scripts/run-dev.sh or scripts/test.sh) and it compiles only what the node does not have
# (docs/build.md has the measured time).
#
#   scripts/relay-binaries.sh          build if needed, print the directory
#   scripts/relay-binaries.sh --check  exit 0 when current binaries are cached, 1 otherwise
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/env.sh
bin_dir="$HEALTHCHAIN_RELAY_BIN"
binaries=(polkadot polkadot-prepare-worker polkadot-execute-worker)

stamp_of_sources() {
	(cd relay && cat Cargo.toml Cargo.lock build.rs src/main.rs src/bin/*.rs) | sha256sum | cut -d' ' -f1
}

cached() {
	[[ -f "$bin_dir/stamp" && "$(cat "$bin_dir/stamp")" == "$(stamp_of_sources)" ]] || return 1
	for b in "${binaries[@]}"; do [[ -x "$bin_dir/$b" ]] || return 1; done
}

if [[ "${1:-}" == "--check" ]]; then
	cached
	exit
fi

if cached; then
	echo "relay binaries are current in $bin_dir"
	exit 0
fi

scripts/setup.sh
# The Westend runtime's wasm is built against relay/'s lock file.
export WASM_BUILD_WORKSPACE_HINT="$root/relay"
start=$(date +%s)
(cd relay && cargo build --locked --profile "$HEALTHCHAIN_PROFILE" --bins)
end=$(date +%s)
mkdir -p "$bin_dir"
for b in "${binaries[@]}"; do
	install -m 755 "$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/$b" "$bin_dir/$b.new"
	mv "$bin_dir/$b.new" "$bin_dir/$b"
done
stamp_of_sources >"$bin_dir/stamp"
echo "relay binaries built in $((end - start)) s into $bin_dir: $("$bin_dir/polkadot" --version)"
