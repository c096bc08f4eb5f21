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
# Takes about an hour here (55 min 1 s on 2026-12-07 before the disturbance check below, which
# adds about 9 minutes of probes and whatever it measures again; docs/build.md); run it on an
# otherwise idle machine, since the weights are the times measured. A machine can still run slow
# for minutes with nothing else on it (docs/performance.md, "Session 51"): the check below finds
# most pallets measured then, by their rows against the committed weights more than by the
# probes, and measures them again.
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
# The reference call's pallet first, then the rest (runtime/src/weights/). `pallet_referenda`
# keeps the weights it ships with: 22 of its benchmarks fail on this runtime (their setup needs
# origins our tracks do not offer to benchmarks); its weights do charge proof. Nor
# `pallet_collator_selection`, whose benchmarks cannot run with no candidate slots
# (runtime/src/weights/mod.rs) — but for its governance calls and its block-author hook, whose
# benchmarks run and are written as `Measured` functions for runtime/src/weights/
# pallet_collator_selection.rs.
runtime_pallets=(pallet_balances cumulus_pallet_weight_reclaim frame_system_extensions
	pallet_transaction_payment frame_system cumulus_pallet_parachain_system pallet_timestamp
	pallet_sudo pallet_scheduler pallet_preimage pallet_session)
groups=("${runtime_pallets[@]}")
weights=()
declare -A file_of # a group → the weights file it writes, for the table
for pallet in "${runtime_pallets[@]}"; do
	file_of[$pallet]="runtime/src/weights/$pallet.rs"
	weights+=("${file_of[$pallet]}")
done
for pallet in $(healthchain_pallets); do
	groups+=("${pallet//-/_}")
	file_of[${pallet//-/_}]="pallets/${pallet#pallet-}/src/weights.rs"
	weights+=("${file_of[${pallet//-/_}]}")
done
# The block's and the extrinsic's base weights last: the extrinsic's base is the signed remark
# measured now less the extensions' execution benchmarked above (scripts/benchmark-overhead.sh,
# which derives it with scripts/extrinsic-base.py).
groups+=(pallet_collator_selection base_weights)

measure_group() { # <group>
	SECONDS=0
	case "$1" in
	pallet_collator_selection)
		BENCH_EXTRINSICS=set_invulnerables,remove_invulnerable,set_desired_candidates,note_author \
			BENCH_TEMPLATE=scripts/frame-weight-measured.hbs \
			scripts/benchmark.sh pallet_collator_selection \
			runtime/src/weights/pallet_collator_selection_measured.rs
		;;
	base_weights) scripts/benchmark-overhead.sh ;;
	*)
		if [[ " ${runtime_pallets[*]} " == *" $1 "* ]]; then
			scripts/benchmark.sh "$1" "runtime/src/weights/$1.rs"
		else
			scripts/benchmark.sh "$1"
		fi
		;;
	esac
	echo "$1 benchmarked in ${SECONDS} s"
	# The reference's own row counts as a probe too, next to its group alone.
	if [[ "$1" == pallet_balances ]]; then
		record probe "$(scripts/bench-drift.py --reference runtime/src/weights/pallet_balances.rs)"
	fi
}

# A disturbance check (scripts/bench-drift.py): the reference call is measured before the first
# group and after every group, and each group's rows are compared with the weights committed
# before the run where both come from the same processor (not `pallet_collator_selection`'s
# measured calls nor the base weights, whose files the table does not read: probes alone judge
# those two). A group next to a probe more than BENCH_DRIFT_TOLERANCE percent (default 15)
# above the run's least probe, or whose rows' median, for the machine's speed that day, is more
# than BENCH_DRIFT_ROWS_TOLERANCE percent (default 15) above the committed ones' and not
# reproduced, is measured again, up to BENCH_DRIFT_ROUNDS times (default 2); the table is
# written only once no group is disturbed. Each probe takes about 25 s here; the run's record
# stays in its own directory under $CARGO_TARGET_DIR/benchmark-all/.
drift="$CARGO_TARGET_DIR/benchmark-all/$(date -u '+%Y%m%dT%H%M%SZ')"
probes="$drift/probes.txt"
committed="$drift/committed"
mkdir -p "$drift"
: >"$probes"
record() { # <kind> <figure>: a line of the record, refused unless the figure is a number
	if [[ ! "$2" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
		echo "benchmark-all: $1 gave ${2@Q}, not a number" >&2
		exit 1
	fi
	echo "$1 $2" | tee -a "$probes"
}
for file in "${weights[@]}"; do
	mkdir -p "$committed/$(dirname "$file")"
	git show "HEAD:$file" >"$committed/$file" 2>/dev/null || rm -f "$committed/$file"
done
if [[ -f "$committed/runtime/src/weights/pallet_balances.rs" ]]; then
	record reference "$(scripts/bench-drift.py --reference "$committed/runtime/src/weights/pallet_balances.rs")"
fi
rows() { # <group>: its rows' median over the committed file's, where the two compare
	local file="${file_of[$1]:-}" median
	if [[ -n "$file" && -f "$committed/$file" ]]; then
		median=$(scripts/bench-drift.py --rows "$committed/$file" "$file")
		if [[ -n "$median" ]]; then
			record "rows $1" "$median"
		fi
	fi
}
probe() {
	local figure
	# benchmark.sh's set-up prints before the figure, its last line; a failed probe stops the run.
	figure=$(scripts/benchmark.sh --probe | tail -n 1)
	record probe "$figure"
}
measure_and_check() { # <group>: measured, its rows compared, the reference probed after it
	echo "group $1" >>"$probes"
	measure_group "$1"
	rows "$1"
	probe
}
disturbed() {
	scripts/bench-drift.py --tolerance "${BENCH_DRIFT_TOLERANCE:-15}" \
		--rows-tolerance "${BENCH_DRIFT_ROWS_TOLERANCE:-15}" "$probes"
}
probe
for group in "${groups[@]}"; do
	measure_and_check "$group"
done
for ((round = 1; round <= ${BENCH_DRIFT_ROUNDS:-2}; round++)); do
	again=$(disturbed)
	[[ -z "$again" ]] && break
	# The extrinsic's base is derived from the extensions' weights: measured again with them.
	if [[ "$again" == *frame_system_extensions* && "$again" != *base_weights* ]]; then
		again+=$'\nbase_weights'
	fi
	echo "measured again, disturbed (round $round):" $again
	for group in $again; do
		measure_and_check "$group"
	done
done
again=$(disturbed)
if [[ -n "$again" ]]; then
	echo "benchmark-all: still disturbed after ${BENCH_DRIFT_ROUNDS:-2} rounds:" $again >&2
	echo "their weights files are written, the table is not; the probes are in $probes" >&2
	exit 1
fi
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
