#!/usr/bin/env bash
# Measures the runtime's database weights on this machine, on a state of a consortium's size:
#
#   scripts/benchmark-storage.sh      # writes runtime/src/weights/paritydb_{read,write}.rs
#
# 1. The node's `--dev` raw spec plus 1M accounts, 1M records and 1M packs
#    (scripts/storage-state.py; about 5M keys, a 1.5 GB spec, kept in $HEALTHCHAIN_STORAGE_DIR and
#    made again whenever the node's dev spec changed: `healthchain_large_state` in scripts/env.sh),
#    and the same without the packs' stock index, whose values are empty (for the writes, below).
# 2. `benchmark storage` needs a node built with `runtime-benchmarks` (the command reaches into
#    the database backend, which only that feature exposes). The script builds it in the
#    `testnet` profile, so the crates the feature does not change are reused, without the runtime wasm
#    (the spec carries the runtime), keeps it as $HEALTHCHAIN_STORAGE_DIR/healthchain-node, and
#    rebuilds the test build, whose node binary the feature build replaced (also when it fails).
# 3. Runs the benchmark in `import-block` mode (ParityDB, what a collator building and a node
#    importing a block pay), twice: reads on the whole state (every key once, after a warm-up
#    pass), writes on the state without empty values (the benchmark rewrites each key with a
#    random value of the same length: an empty value would measure a write that changes nothing)
#    in batches of 5,000, about what a full block writes (each write's share of the storage root
#    and the commit). The runtime charges both (runtime/src/weights/mod.rs).
#
# Each weight is the average × 1.1. About 7 minutes for the reads and 14 for the writes here,
# 11.5 GB of memory and 4 GB of disk while each runs (docs/performance.md, docs/build.md).
# Not measured: the `validate-block` mode (the relay chain's validators reading from the block's
# proof), which needs the CLI's storage-access test runtime, i.e. this build without
# SKIP_WASM_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

# Genesis of 5M keys and the benchmark's key lists peak at 10–11.5 GB here.
memory_gib=$(awk '/^MemTotal/ {print int($2 / 1048576)}' /proc/meminfo)
if ((memory_gib < 14)); then
	echo "benchmark-storage: needs about 12 GiB of memory, this machine has ${memory_gib} GiB" >&2
	exit 1
fi

dir="${HEALTHCHAIN_STORAGE_DIR:-$HOME/.cache/healthchain/storage-bench}"
mkdir -p "$dir"
node="$dir/healthchain-node"

if [[ ! -x "$HEALTHCHAIN_NODE" ]]; then
	healthchain_build
fi
healthchain_large_state "$dir" state.json
healthchain_large_state "$dir" state-writes.json --no-empty-values

if [[ ! -x "$node" || -n "${HEALTHCHAIN_STORAGE_REBUILD:-}" ]]; then
	# The feature build replaces the test build's node binary: build that again however this ends.
	trap healthchain_build EXIT
	SKIP_WASM_BUILD=1 cargo build --locked --profile "$HEALTHCHAIN_PROFILE" -p healthchain-node \
		--bin healthchain-node --features runtime-benchmarks
	cp "$HEALTHCHAIN_NODE" "$node"
fi

db="$dir/db"
measure() { # <what> <state> <benchmark arguments…>
	local what="$1" state="$2"
	shift 2
	rm -rf "$db"
	"$node" benchmark storage \
		--chain "$dir/$state" \
		--base-path "$db" \
		--database paritydb \
		--state-version 1 \
		--mode import-block \
		--mul 1.1 \
		--random-seed 18 \
		--template-path scripts/storage-weight-template.hbs \
		--weight-path "runtime/src/weights/paritydb_$what.rs" \
		"$@" >"$dir/$what.log" 2>&1 || { tail -20 "$dir/$what.log"; rm -rf "$db"; exit 1; }
	rm -rf "$db"
	grep -A4 "Time summary" "$dir/$what.log"
}
measure read state.json --skip-write --json-read-path "$dir/"
measure write state-writes.json --skip-read --batch-size 5000 --json-write-path "$dir/"
echo "weights written to runtime/src/weights/paritydb_read.rs and paritydb_write.rs"
