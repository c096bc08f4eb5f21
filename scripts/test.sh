#!/usr/bin/env bash
# Sets up the machine, builds everything and runs every test of the workspace: unit tests of
# the primitives, pallets, runtime and node, and the end-to-end tests that start
# `healthchain-node --dev` and drive it over JSON-RPC, the web pages in Chromium, and the local
# network's fault tests (zombienet) when the relay-chain binaries are in the cache
# (scripts/relay-binaries.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# The Python that runs the FHIR validator for node/tests/fhir.rs (the venv scripts/setup.sh made).
export HEALTHCHAIN_FHIR_PYTHON="${HEALTHCHAIN_FHIR_PYTHON:-$HOME/.cache/healthchain/venv/bin/python}"

echo "== formatting"
cargo fmt --all -- --check

echo "== weights: every proof estimate covers every storage item its call reads; the floor at the lowest step; the disturbance check"
# Standard-library Python: the rewrite's own tests, then every weights file as
# `scripts/proof-estimates.py --write` leaves it (docs/runtime.md, "Benchmarks and weights").
python3 scripts/test_proof_estimates.py
python3 scripts/test_weights_floor.py
python3 scripts/test_bench_drift.py
scripts/proof-estimates.py --check | tail -n 2
# The extrinsic's base follows the extensions' weights it is derived from.
scripts/extrinsic-base.py --check

echo "== build and test (profile $HEALTHCHAIN_PROFILE, target dir $CARGO_TARGET_DIR)"
# One cargo invocation builds the node binary (with the runtime's wasm) and every test target
# with one feature set, so nothing is compiled twice.
cargo test --locked --workspace --no-fail-fast --profile "$HEALTHCHAIN_PROFILE" -- --test-threads 2

echo "== web pages in Chromium (web/tests/: playwright-core, a dev node, the built pages)"
# scripts/setup.sh built web/dist from the committed metadata; the node is the one built above.
(cd web && HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE" npm test)

echo "== pallet benchmarks, run as tests (every benchmark once, on the pallets' mock runtimes)"
# Only the pallets and FRAME crates are rebuilt with `runtime-benchmarks`; no wasm is needed.
pallets=()
for pallet in $(healthchain_pallets); do
	pallets+=(-p "$pallet")
done
SKIP_WASM_BUILD=1 cargo test --locked "${pallets[@]}" --features runtime-benchmarks \
	--profile "$HEALTHCHAIN_PROFILE" -- --test-threads 2

echo "== try-runtime: migrations, the runtime upgrade on a populated state, the fuzz corpus replayed"
# Built with `try-runtime`, natively (no wasm): the pallets with migrations (their
# pre_upgrade/post_upgrade checks), and the whole-runtime fuzz harness (fuzz/), whose tests replay
# the committed corpus and every past finding with every invariant checked after each block, and
# rehearse the runtime upgrade on the state the scenario leaves (docs/reliability.md).
SKIP_WASM_BUILD=1 cargo test --locked -p pallet-consent -p pallet-records -p healthchain-fuzz \
	--features try-runtime --profile "$HEALTHCHAIN_PROFILE" -- --test-threads 2

echo "== local consortium network: zombienet fault tests (when the relay binaries are cached)"
scripts/zombienet-test.sh --if-present
