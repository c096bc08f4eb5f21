#!/usr/bin/env bash
# Measures the runtime's database weights on this machine, on a state of a consortium's size:
#
#   scripts/benchmark-storage.sh      # writes runtime/src/weights/paritydb_weights.rs
#
# 1. The node's `--dev` raw spec plus 1M accounts, 1M records and 1M packs
#    (scripts/storage-state.py; about 5M keys, a 1.5 GB spec, made once and kept in
#    $HEALTHCHAIN_STORAGE_DIR).
# 2. `benchmark storage` needs a node built with `runtime-benchmarks` (the command reaches into
#    the database backend, which only that feature exposes). The script builds it in the test
#    profile, so the crates the feature does not change are reused, without the runtime wasm
#    (the spec carries the runtime), keeps it as $HEALTHCHAIN_STORAGE_DIR/healthchain-node, and
#    rebuilds the test build, whose node binary the feature build replaced.
# 3. Runs the benchmark on that state in `import-block` mode: ParityDB, what a collator building
#    and a node importing a block pay; every key read once (after a warm-up pass), every key
#    written in batches of 100,000 (each write's share of the storage root and the commit).
#    Writes runtime/src/weights/paritydb_weights.rs, which the runtime charges.
#
# Each weight is the average over every key × 1.1. About 16 minutes and 11.5 GB of memory here,
# 4 GB of disk while it runs (docs/performance.md, docs/build.md). Not measured: the
# `validate-block` mode (the relay chain's validators reading from the block's proof), which
# needs the CLI's storage-access test runtime, i.e. this build without SKIP_WASM_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

dir="${HEALTHCHAIN_STORAGE_DIR:-$HOME/.cache/healthchain/storage-bench}"
mkdir -p "$dir"
node="$dir/healthchain-node"

if [[ ! -x "$HEALTHCHAIN_NODE" ]]; then
	healthchain_build
fi
if [[ ! -s "$dir/state.json" ]]; then
	"$HEALTHCHAIN_NODE" build-spec --chain dev --raw 2>/dev/null >"$dir/dev-raw.json"
	python3 scripts/storage-state.py "$dir/dev-raw.json" "$dir/state.json.part"
	mv "$dir/state.json.part" "$dir/state.json"
fi

if [[ ! -x "$node" || -n "${HEALTHCHAIN_STORAGE_REBUILD:-}" ]]; then
	SKIP_WASM_BUILD=1 cargo build --locked --profile "$HEALTHCHAIN_PROFILE" -p healthchain-node \
		--bin healthchain-node --features runtime-benchmarks
	cp "$HEALTHCHAIN_NODE" "$node"
	healthchain_build
fi

db="$dir/db"
rm -rf "$db"
"$node" benchmark storage \
	--chain "$dir/state.json" \
	--base-path "$db" \
	--database paritydb \
	--state-version 1 \
	--mode import-block \
	--mul 1.1 \
	--random-seed 18 \
	--template-path scripts/storage-weight-template.hbs \
	--weight-path runtime/src/weights/paritydb_weights.rs \
	--json-read-path "$dir/" \
	--json-write-path "$dir/" 2>&1 | tee "$dir/import-block.log"
rm -rf "$db"
echo "weights written to runtime/src/weights/paritydb_weights.rs"
