#!/usr/bin/env bash
# Benchmarks every healthcare pallet, the reference call (`balances::transfer_keep_alive`), the
# code every extrinsic runs (the transaction extensions), every FRAME and Cumulus pallet of the
# runtime with calls (runtime/src/weights/) and the block's and the extrinsic's base weights in
# one run on the same benchmark runtime, writes each weights file, and
# puts the table of all of them, next to the transfer, into docs/performance.md (between the
# `weights:` markers):
#
#   scripts/benchmark-all.sh
#
# Takes about 45 minutes here (46 min 17 s on 2026-12-02, docs/build.md); run it on an otherwise idle machine, since
# the weights are the times measured.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

# One run is consistent whatever this machine's speed: no per-pallet speed check
# (scripts/benchmark.sh).
export BENCH_ANY_SPEED=1
# The benchmark runtime first, timed apart from the benchmarks themselves.
SECONDS=0
scripts/runtime-wasm.sh bench-wasm runtime-benchmarks >/dev/null
echo "benchmark runtime built in ${SECONDS} s"

started=$(date -u '+%Y-%m-%d %H:%M')
weights=()
SECONDS=0
# The reference call's pallet first, then the rest (runtime/src/weights/). `pallet_referenda`
# keeps the weights it ships with: 22 of its benchmarks fail on this runtime (their setup needs
# origins our tracks do not offer to benchmarks); its weights do charge proof. Nor
# `pallet_collator_selection`, whose benchmarks cannot run with no candidate slots
# (runtime/src/weights/mod.rs) — but for its governance calls and its block-author hook, whose
# benchmarks run and are written as `Measured` functions for runtime/src/weights/
# pallet_collator_selection.rs.
for pallet in pallet_balances cumulus_pallet_weight_reclaim frame_system_extensions pallet_transaction_payment \
	frame_system cumulus_pallet_parachain_system pallet_timestamp pallet_sudo \
	pallet_scheduler pallet_preimage pallet_session; do
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
SECONDS=0
BENCH_EXTRINSICS=set_invulnerables,remove_invulnerable,set_desired_candidates,note_author \
	BENCH_TEMPLATE=scripts/frame-weight-measured.hbs \
	scripts/benchmark.sh pallet_collator_selection runtime/src/weights/pallet_collator_selection_measured.rs
echo "pallet_collator_selection (its governance calls and block-author hook) benchmarked in ${SECONDS} s"
# The block's and the extrinsic's base weights in the same run: the extrinsic's base is the
# signed remark measured now less the extensions' execution benchmarked above
# (scripts/benchmark-overhead.sh, which derives it with scripts/extrinsic-base.py).
SECONDS=0
scripts/benchmark-overhead.sh
echo "the base weights measured in ${SECONDS} s"
finished=$(date -u '+%H:%M')

scripts/weights-table.py --into docs/performance.md \
	--stamp "One run of \`scripts/benchmark-all.sh\`, $started–$finished UTC, on $(healthchain_cpu): \
every pallet below and the reference from the same benchmark runtime, one after another." \
	"${weights[@]}"
echo "table written to docs/performance.md"
# The block's and the extrinsic's base weights are in `System::BlockWeights`, a constant of the
# runtime's metadata: the committed metadata must follow them (the client's
# `committed_metadata_is_the_runtimes` test fails until it does; session 48 met it in CI).
if ! git diff --quiet -- runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs; then
	echo "the base weights changed: run scripts/metadata.sh and commit metadata/ with the weights"
fi
