#!/usr/bin/env bash
# Sets up the machine, builds the node and starts a single-node development chain with
# JSON-RPC on 127.0.0.1:9944 (state in a temporary directory unless you pass --base-path).
# Extra arguments go to the node, e.g. `scripts/run-dev.sh --dev-block-time 1000`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# The same cargo invocation as scripts/test.sh (tests are built, not run): one feature set, so
# the node the tests built is reused as is and nothing is compiled twice (docs/build.md).
healthchain_build
exec "$HEALTHCHAIN_NODE" --dev --rpc-port 9944 "$@"
