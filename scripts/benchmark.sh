#!/usr/bin/env bash
# Generates weights on this machine from the benchmarks:
#
#   scripts/benchmark.sh <pallet crate name, e.g. pallet_organizations> [output file]
#   scripts/benchmark.sh --list                      # what the runtime can benchmark
#
# Cheapest honest path (docs/build.md): only the *runtime* needs the `runtime-benchmarks`
# feature, so the script builds the runtime straight to wasm with it (its own target
# directory, `bench-wasm`, opt-level 3 like the real runtime) and runs `benchmark pallet` of the
# ordinary test-profile node on that wasm, with the `development` genesis preset. Rebuilding the
# whole node with `runtime-benchmarks` would recompile most of the dependency graph (~70 min).
#
# Healthcare pallets get their weights file (trait + `SubstrateWeight` + `()`) from
# scripts/frame-weight-template.hbs; for any other pallet pass an output file (the CLI's default
# template then writes a runtime-side `WeightInfo`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

wasm=$(scripts/runtime-wasm.sh bench-wasm runtime-benchmarks)

if [[ ! -x "$HEALTHCHAIN_NODE" ]]; then
	healthchain_build
fi

bench=("$HEALTHCHAIN_NODE" benchmark pallet --runtime "$wasm" --genesis-builder runtime \
	--genesis-builder-preset development)

if [[ "${1:-}" == "--list" ]]; then
	exec "${bench[@]}" --list
fi

pallet="${1:?usage: scripts/benchmark.sh <pallet_name> [output] | --list}"
template=()
if [[ $# -ge 2 ]]; then
	output="$2"
else
	output="pallets/${pallet#pallet_}/src/weights.rs"
	template=(--template scripts/frame-weight-template.hbs)
fi
# A pallet whose benchmarks only partly run on this runtime: the calls that do
# (BENCH_EXTRINSICS=a,b,c) through a template that writes them as plain functions
# (BENCH_TEMPLATE=scripts/frame-weight-measured.hbs), for a hand-written `WeightInfo` to use.
if [[ -n "${BENCH_TEMPLATE:-}" ]]; then
	template=(--template "$BENCH_TEMPLATE")
fi

"${bench[@]}" \
	--pallet "$pallet" \
	--extrinsic "${BENCH_EXTRINSICS:-*}" \
	--steps "${BENCH_STEPS:-50}" \
	--repeat "${BENCH_REPEAT:-20}" \
	--wasm-execution compiled \
	--heap-pages 4096 \
	"${template[@]}" \
	--output "$output"
echo "weights written to $output"
