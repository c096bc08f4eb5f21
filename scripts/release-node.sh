#!/usr/bin/env bash
# Builds the node as a consortium would run it — the `release` profile (opt-level 3; the test
# build is `testnet`, opt-level 1), or `production` (release plus fat LTO and one codegen unit,
# what shipped binaries use) — so that scripts/bench.sh can measure it beside the test build:
# `BENCH_PROFILE=release scripts/bench.sh` (or `=production`). Not part of scripts/test.sh: it compiles the whole
# node graph a second time (docs/build.md has the measured times).
#
# The runtime is not compiled again: the node is built with SKIP_WASM_BUILD=1 and runs the
# runtime from a chain spec that the test build writes (`build-spec --dev --raw`). That is the
# same wasm blob a release build would embed — substrate-wasm-builder builds the runtime in its
# own `release` profile whatever the node's profile is, unless it is `production` — and the wasm
# is what executes every block; the node's profile decides the speed of everything around it
# (signature checks, hashing, the trie, the database, JSON-RPC, the pool, wasmtime). A
# `production` node built here therefore runs that `release` wasm, not the LTO-built one a full
# `production` build would embed: what it measures is the node's code alone (on a live chain the
# runtime is whatever wasm governance enacted, not the node's).
#
# The binary keeps its symbol table (`-C strip=none` on the node crate alone, so only its last
# link differs from `cargo build`): `PROFILE_NODE=release scripts/profile-node.sh` can then say
# which of the node's functions take its CPU. Symbols are not loaded when the node runs; they
# change neither its code nor its speed.
#
#   scripts/release-node.sh                  the `release` node; prints its path
#   scripts/release-node.sh production       the `production` node
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
profile="${1:-release}"
case "$profile" in
release | production) ;;
*)
	echo "usage: scripts/release-node.sh [release|production]" >&2
	exit 2
	;;
esac
start=$(date +%s)
SKIP_WASM_BUILD=1 cargo rustc --locked --profile "$profile" -p healthchain-node --bin healthchain-node \
	-- -C strip=none
echo "$profile node built in $(($(date +%s) - start)) s: $CARGO_TARGET_DIR/$profile/healthchain-node"
