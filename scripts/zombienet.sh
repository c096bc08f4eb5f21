#!/usr/bin/env bash
# Starts the local consortium network (zombienet/healthchain-local.toml) for a developer: four
# westend-local relay validators and two HealthChain collators, as local processes. Builds what
# is missing first: the node, the relay binaries (scripts/relay-binaries.sh, long the first
# time), zombienet's npm packages. Stop it with Ctrl-C.
#
# JSON-RPC: relay chain ws://127.0.0.1:9900, HealthChain collators ws://127.0.0.1:9944 and :9945.
# Extra arguments go to `zombienet spawn`, e.g. `-d /tmp/healthchain-net` to keep the files.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
healthchain_build
scripts/relay-binaries.sh
source scripts/zombienet-env.sh
zombienet_npm_install
echo "JSON-RPC once up: relay ws://127.0.0.1:9900, collators ws://127.0.0.1:9944 and ws://127.0.0.1:9945"
exec zombienet/node_modules/.bin/zombienet spawn --provider native "$@" zombienet/healthchain-local.toml
