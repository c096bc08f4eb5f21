#!/usr/bin/env bash
# What the blocks of a workload cost the relay chain's validators on a state of a consortium's
# size, without a relay chain: starts the `--dev` node on scripts/storage-state.py's state (the
# dev genesis plus 1M accounts, 1M records and 1M packs, as `scripts/benchmark-storage.sh`
# measures the database weights on), runs healthchain-bench against it, stops it, and runs
# `healthchain-node validate-blocks` over every block it sealed (docs/performance.md, "Session
# 21"): each block's keys written, proof, PoV and the `validate_block` heap under the PVF's cap.
# Dev blocks are built with proof recording, like a collator's, and carry the mocked relay
# chain's validation data, so `validate_block` runs on them as on a parachain block; their
# manual seal has no Aura signature, so each is re-built and sealed with the dev authority's key
# (//Alice, put into the node's keystore here) first (node/src/validate_blocks.rs).
#
#   scripts/large-state-blocks.sh                      # healthchain-bench --workloads ship --duration 30 --max-rate 3000
#   scripts/large-state-blocks.sh --workloads claim --duration 20
#   LARGE_STATE_KEEP=3,4,5 LARGE_STATE_BLOCK=40 scripts/large-state-blocks.sh --validate-only
#                                                      # block #40 again, from its first 3, 4, 5 extrinsics
#
# Needs about 12 GiB of memory while the node builds the genesis of 5M keys (some minutes) and
# while validate-blocks loads the 1.4 GB spec. The chain stays in $CARGO_TARGET_DIR/large-state
# (about 3 GB) until the next run; the validation's table is large-state/validate.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
healthchain_build >/dev/null

state_dir="${HEALTHCHAIN_STORAGE_DIR:-$HOME/.cache/healthchain/storage-bench}"
spec="$state_dir/state.json"
work="$CARGO_TARGET_DIR/large-state"
port=${LARGE_STATE_PORT:-9955}

if [[ "${1:-}" != "--validate-only" ]]; then
	# Made again whenever the node's dev spec changed (scripts/env.sh).
	healthchain_large_state "$state_dir" state.json
	health() {
		curl -sf --max-time 5 -H 'Content-Type: application/json' \
			-d '{"jsonrpc":"2.0","id":1,"method":"system_health","params":[]}' \
			"http://127.0.0.1:$port" >/dev/null
	}
	# A node already answering on the port would be measured instead of ours.
	if health; then
		echo "port $port already answers JSON-RPC: stop that node or set LARGE_STATE_PORT" >&2
		exit 1
	fi
	rm -rf "$work"
	mkdir -p "$work"
	# Every block's parent state is kept: validate-blocks reads it, and the node's default
	# (the last 256 blocks) had discarded the first ones' by the end of a four-workload run.
	"$HEALTHCHAIN_NODE" --dev --chain "$spec" --base-path "$work" --rpc-port "$port" \
		--port $((port + 1)) --no-prometheus --no-telemetry --no-hardware-benchmarks \
		--state-pruning archive \
		>"$work/node.log" 2>&1 &
	node=$!
	trap 'kill $node 2>/dev/null || true' EXIT
	started=$(date +%s)
	# Building the genesis of 5M keys took about 3 minutes here; 20 is the limit.
	until health; do
		if ! kill -0 $node 2>/dev/null || (($(date +%s) - started > 1200)); then
			echo "the dev node did not come up on the large state (port $port)" >&2
			tail -20 "$work/node.log" >&2
			exit 1
		fi
		sleep 5
	done
	kill -0 $node 2>/dev/null || {
		echo "the dev node stopped after it came up" >&2
		exit 1
	}
	echo "dev node up on the large state after $(($(date +%s) - started)) s"
	args=("$@")
	((${#args[@]})) || args=(--workloads ship --duration 30 --max-rate 3000)
	"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" --port "$port" "${args[@]}"
	# The database stays locked until the node has gone.
	kill -INT $node 2>/dev/null || true
	for _ in $(seq 60); do
		kill -0 $node 2>/dev/null || break
		sleep 1
	done
	if kill -0 $node 2>/dev/null; then
		echo "the dev node still runs 60 s after SIGINT; stopping it" >&2
		kill -KILL $node 2>/dev/null || true
	fi
	wait $node 2>/dev/null || true
	trap - EXIT
fi

# The dev authority's key (//Alice, well known: this chain is only ever measured), which
# validate-blocks seals the dev node's unsigned blocks with.
keystores=("$work"/chains/*/keystore)
[[ -d "${keystores[0]}" ]] || {
	echo "no chain in $work: run without --validate-only first" >&2
	exit 1
}
"$HEALTHCHAIN_NODE" key insert --keystore-path "${keystores[0]}" --scheme sr25519 \
	--suri //Alice --key-type aura
options=(--from "${LARGE_STATE_BLOCK:-1}")
[[ -z "${LARGE_STATE_BLOCK:-}" ]] || options+=(--to "$LARGE_STATE_BLOCK")
[[ -z "${LARGE_STATE_KEEP:-}" ]] || options+=(--keep "$LARGE_STATE_KEEP")
out="$work/validate${LARGE_STATE_KEEP:+-keep}.tsv"
status=0
"$HEALTHCHAIN_NODE" validate-blocks --chain "$spec" --base-path "$work" --log error \
	"${options[@]}" >"$out" || status=$?
echo "validated: $out; the blocks that needed the most heap:"
scripts/validate-blocks.sh --summary "$out" 8
exit $status
