#!/usr/bin/env bash
# Runs the local network's seven fault tests (zombienet/tests/faults.js) on a network spawned
# from zombienet/healthchain-local.toml, and prints each scenario's result and time.
#
#   scripts/zombienet-test.sh               build what is missing (relay binaries too), then test
#   scripts/zombienet-test.sh --if-present  as scripts/test.sh calls it: skip, saying why, when
#                                           the relay binaries are not in the cache
#   ZOMBIENET_ONLY=1,2 scripts/zombienet-test.sh   run only some scenarios
#
# Node logs go to $ZOMBIENET_DIR (default: a new directory under /tmp, kept and named on failure).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if_present=false
[[ "${1:-}" == "--if-present" ]] && if_present=true

if ! scripts/relay-binaries.sh --check; then
	if $if_present; then
		echo "== zombienet fault tests SKIPPED: the relay-chain binaries (polkadot and its PVF workers)"
		echo "   are not in $HEALTHCHAIN_RELAY_BIN, or were built"
		echo "   from other relay/ sources. Build them once with scripts/relay-binaries.sh (long: see"
		echo "   docs/build.md), then scripts/test.sh runs these tests too."
		exit 0
	fi
	scripts/relay-binaries.sh
fi

scripts/setup.sh
if [[ ! -x "$HEALTHCHAIN_NODE" ]]; then
	healthchain_build
fi
source scripts/zombienet-env.sh
zombienet_npm_install
echo "== runtime for the upgrade scenario"
upgrade=$(scripts/upgrade-runtime.sh)

export ZOMBIENET_DIR="${ZOMBIENET_DIR:-$(mktemp -d /tmp/healthchain-zombienet.XXXXXX)}"
rm -rf "$ZOMBIENET_DIR" # zombienet creates it
echo "== zombienet fault tests: $(polkadot --version), $(healthchain-node --version)"
only=()
[[ -n "${ZOMBIENET_ONLY:-}" ]] && only=(--only "$ZOMBIENET_ONLY")
if ! node zombienet/tests/faults.js zombienet/healthchain-local.toml "$upgrade" "${only[@]}"; then
	echo "zombienet fault tests failed; node logs are in $ZOMBIENET_DIR" >&2
	exit 1
fi
# Every block collator 1 stored (both collators' blocks, before and after the runtime upgrade),
# re-validated as the relay chain's validators do: `validate_block` on the rebuilt proof of
# validity, under the PVF's memory cap. A block the relay chain could not validate fails the test.
echo "== every parachain block re-validated under the PVF's memory cap (fullest 3 by wasm heap)"
if ! scripts/validate-blocks.sh "$ZOMBIENET_DIR" >"$ZOMBIENET_DIR/validation.tsv"; then
	cat "$ZOMBIENET_DIR/validation.tsv" >&2
	echo "a parachain block fails validate_block; node logs are in $ZOMBIENET_DIR" >&2
	exit 1
fi
scripts/validate-blocks.sh --summary "$ZOMBIENET_DIR/validation.tsv" 3
rm -rf "$ZOMBIENET_DIR"
