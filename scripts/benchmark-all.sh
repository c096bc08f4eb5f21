#!/usr/bin/env bash
# Benchmarks every healthcare pallet, the reference call (`balances::transfer_keep_alive`) and the
# code every extrinsic runs that the runtime keeps weights for (runtime/src/weights/: the
# transaction extensions) in one run on the same benchmark runtime, writes each weights file, and
# puts the table of all of them, next to the transfer, into docs/performance.md (between the
# `weights:` markers):
#
#   scripts/benchmark-all.sh
#
# Takes about 17 minutes here (docs/build.md); run it on an otherwise idle machine, since
# the weights are the times measured.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

# The benchmark runtime first, timed apart from the benchmarks themselves.
SECONDS=0
scripts/runtime-wasm.sh bench-wasm runtime-benchmarks >/dev/null
echo "benchmark runtime built in ${SECONDS} s"

started=$(date -u '+%Y-%m-%d %H:%M')
weights=()
SECONDS=0
scripts/benchmark.sh pallet_balances docs/benchmarks/pallet_balances.rs
echo "pallet_balances benchmarked in ${SECONDS} s"
for pallet in cumulus_pallet_weight_reclaim frame_system_extensions pallet_transaction_payment; do
	SECONDS=0
	scripts/benchmark.sh "$pallet" "runtime/src/weights/$pallet.rs"
	echo "$pallet benchmarked in ${SECONDS} s"
	weights+=("runtime/src/weights/$pallet.rs")
done
for pallet in $(healthchain_pallets); do
	name=${pallet//-/_}
	SECONDS=0
	scripts/benchmark.sh "$name"
	echo "$name benchmarked in ${SECONDS} s"
	weights+=("pallets/${pallet#pallet-}/src/weights.rs")
done
finished=$(date -u '+%H:%M')

scripts/weights-table.py --into docs/performance.md \
	--stamp "One run of \`scripts/benchmark-all.sh\`, $started–$finished UTC, on $(healthchain_cpu): \
every pallet below and the reference from the same benchmark runtime, one after another." \
	"${weights[@]}"
echo "table written to docs/performance.md"
