#!/usr/bin/env bash
# Generates weights on this machine from the benchmarks:
#
#   scripts/benchmark.sh <pallet crate name, e.g. pallet_organizations> [output file]
#   scripts/benchmark.sh --list                      # what the runtime can benchmark
#   scripts/benchmark.sh --probe                     # the reference call's weight now, in µs
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

pallet="${1:?usage: scripts/benchmark.sh <pallet_name> [output] | --list | --speed-check | --probe}"
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

# How every measurement here runs the runtime: the speed check below must measure as the
# weights were measured.
measure=("${bench[@]}" --wasm-execution compiled --heap-pages 4096)

# Weights from machines of different speeds do not mix. The runtime's weights come from one run
# of scripts/benchmark-all.sh; a pallet benchmarked alone joins them, so first check that this
# machine runs the reference call, `balances::transfer_keep_alive`, as fast as that run did (its
# minimum time, the steadiest figure, within BENCH_SPEED_TOLERANCE percent, default 15). The VM
# this project runs on has differed by 1.7x from one day to the next (docs/performance.md).
# benchmark-all.sh skips the check (one run is consistent whatever the speed);
# BENCH_ANY_SPEED=1 skips it too. Output outside the runtime's weights is not checked.
reference=runtime/src/weights/pallet_balances.rs
# The reference call measured now, into the weights file $probe.
measure_reference() {
	probe=$(mktemp --suffix=.rs)
	trap 'rm -f "$probe"' EXIT
	"${measure[@]}" --pallet pallet_balances --extrinsic transfer_keep_alive --steps 50 --repeat 20 \
		--output "$probe" >/dev/null
}
speed_check() {
	measure_reference
	python3 - "$reference" "$probe" "${BENCH_SPEED_TOLERANCE:-15}" <<'PY' || exit 1
import re, sys

def minimum(path):
    text = open(path).read()
    body = text[text.index("fn transfer_keep_alive"):]
    return int(re.search(r"Minimum execution time: ([\d_]+) picoseconds", body)[1].replace("_", "")) / 1e6

then, now, tolerance = minimum(sys.argv[1]), minimum(sys.argv[2]), float(sys.argv[3])
ratio = now / then
print(f"speed check: balances::transfer_keep_alive takes {now:.1f} us here (minimum), "
      f"{then:.1f} us in the run the runtime's weights come from: {ratio:.2f}x")
if abs(ratio - 1) * 100 > tolerance:
    print(f"refused: this machine is more than {tolerance:g} % off that run's speed, so its weights "
          "would not be comparable with the others. Regenerate every pallet in one run "
          "(scripts/benchmark-all.sh), or write them anyway with BENCH_ANY_SPEED=1.",
          file=sys.stderr)
    sys.exit(1)
PY
}
if [[ "$pallet" == --probe ]]; then
	# Only the reference call's execution weight now, in µs: scripts/benchmark-all.sh measures it
	# between groups to tell a steady run from a disturbed one (scripts/bench-drift.py).
	measure_reference
	scripts/bench-drift.py --reference "$probe"
	exit
fi
if [[ "$pallet" == --speed-check ]]; then
	# Only the check, for a measurement that joins the runtime's weights without this script
	# (scripts/benchmark-overhead.sh).
	speed_check
	exit
fi
written=$(realpath -m --relative-to=. "$output")
if [[ -z "${BENCH_ANY_SPEED:-}" && "$written" =~ ^(pallets/[a-z-]+/src/weights\.rs|runtime/src/weights/.+\.rs)$ ]]; then
	speed_check
fi

# The CLI's output (every step's mean) is kept for the floor below, and still printed.
log=$(mktemp --suffix=.log)
trap 'rm -f "${probe:-}" "$log"' EXIT
"${measure[@]}" \
	--pallet "$pallet" \
	--extrinsic "${BENCH_EXTRINSICS:-*}" \
	--steps "${BENCH_STEPS:-50}" \
	--repeat "${BENCH_REPEAT:-20}" \
	"${template[@]}" \
	--output "$output" | tee "$log"
# A line can fall below what the call takes at its smallest component (docs/performance.md,
# "Session 40"): its base is raised to reach the mean measured there.
scripts/weights-floor.py --write --log "$log" --pallet "$pallet" "$output"
# The CLI's proof estimate is the largest storage item's; every item the call reads counts
# (scripts/proof-estimates.py, docs/performance.md "Session 31").
scripts/proof-estimates.py --write "$output"
echo "weights written to $output"
