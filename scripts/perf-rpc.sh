#!/usr/bin/env bash
# Measures JSON-RPC decision latency (p50/p90/p99) over loopback against a dev node it starts:
#
#   scripts/perf-rpc.sh            # 10,000 sequential healthchain_decide calls
#   CALLS=1000 scripts/perf-rpc.sh
#
# Builds exactly what scripts/test.sh builds (so nothing is compiled twice), then runs the
# `rpc_latency` example of healthchain-node. Figures go into docs/performance.md by hand, with
# the machine and this command.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
healthchain_build >/dev/null
exec "$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/examples/rpc_latency"
