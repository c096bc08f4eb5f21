#!/usr/bin/env bash
# Generates a pallet's weights on this machine from its benchmarks:
#
#   scripts/benchmark.sh <pallet crate name, e.g. pallet_organizations> [output file]
#
# Builds healthchain-node with `--features runtime-benchmarks` in its own profile directory
# (`testnet-bench`, so the test build is not overwritten), then runs `benchmark pallet` at the
# standard 50 steps x 20 repeats and writes the weights file, recording this command in its
# header.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

pallet="${1:?usage: scripts/benchmark.sh <pallet_name> [output]}"
dir="pallets/${pallet#pallet_}"
output="${2:-$dir/src/weights.rs}"

cargo build --locked -p healthchain-node --profile testnet-bench --features runtime-benchmarks
node="$CARGO_TARGET_DIR/testnet-bench/healthchain-node"

"$node" benchmark pallet \
	--chain dev \
	--pallet "$pallet" \
	--extrinsic '*' \
	--steps 50 \
	--repeat 20 \
	--wasm-execution compiled \
	--heap-pages 4096 \
	--output "$output"
echo "weights written to $output"
