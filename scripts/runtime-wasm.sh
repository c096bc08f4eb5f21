#!/usr/bin/env bash
# Builds the runtime straight to wasm with extra features, outside the node's build, and prints
# the path of the (uncompressed) wasm:
#
#   scripts/runtime-wasm.sh <target subdirectory> <features>
#
# Used where the node's embedded runtime is not the one wanted: `runtime-benchmarks`
# (scripts/benchmark.sh) and `upgrade-rehearsal` (scripts/upgrade-runtime.sh). Each use keeps its
# own target directory under $CARGO_TARGET_DIR, so the node's build is never disturbed and a
# rebuild after a change recompiles only our crates (docs/build.md). Expects scripts/env.sh sourced.
set -euo pipefail
dir="$CARGO_TARGET_DIR/${1:?target subdirectory}"
features="${2:?features}"
# The flags substrate-wasm-builder passes to a runtime build, and `panic = abort` as its wasm
# profile has. Host build scripts and proc macros do not get RUSTFLAGS when --target is set.
# `cargo rustc --crate-type cdylib` makes the `.wasm` (the runtime crate itself is an rlib).
RUSTFLAGS="-C link-arg=--export-table -C link-arg=--export=__heap_base -C link-arg=--import-memory --cfg substrate_runtime" \
	cargo rustc --locked -p healthchain-runtime --crate-type cdylib \
	--target wasm32v1-none --no-default-features --features "$features" \
	--release --config 'profile.release.panic="abort"' --target-dir "$dir" >&2
echo "$dir/wasm32v1-none/release/healthchain_runtime.wasm"
