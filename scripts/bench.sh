#!/usr/bin/env bash
# Throughput through a real node: every workload of healthchain-bench for the same window, in
# one run, against a `healthchain-node --dev` it starts; the table (with each workload's ratio
# to transfers), the machine and this command go into docs/performance.md.
#
#   scripts/bench.sh                              # 60 s per workload, all eight workloads
#   BENCH_DURATION=90 scripts/bench.sh --workloads transfer,anchor
#   scripts/bench.sh --workloads transfer,claim   # insurance claims against transfers
#   NODE_ARGS="--pool-limit 16384" scripts/bench.sh   # extra node arguments
#
# Workloads: transfer, anchor, batch-anchor, consent, ship, ship-receive, claim, mix
# (docs/performance.md describes each).
#
# Extra arguments go to healthchain-bench (see `healthchain-bench --help`). Builds exactly what
# scripts/test.sh builds, so nothing is compiled twice.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
healthchain_build >/dev/null
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
command=(healthchain-bench --node "\$HEALTHCHAIN_NODE" --duration "${BENCH_DURATION:-60}" \
	--max-rate "${BENCH_MAX_RATE:-2000}" "$@")
"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" --node "$HEALTHCHAIN_NODE" \
	--duration "${BENCH_DURATION:-60}" --max-rate "${BENCH_MAX_RATE:-2000}" --markdown "$table" "$@"

machine="$(healthchain_cpu), \
$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
python3 - "$table" "$machine" "${NODE_ARGS:-}" "${command[*]}" <<'PY'
import datetime, re, sys
table, machine, node_args, command = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3], sys.argv[4]
section = (
    "<!-- bench:start -->\n"
    f"Measured {datetime.date.today()} on {machine}; node `healthchain-node --dev"
    f"{' ' + node_args if node_args else ''}` (testnet profile), load generator on the same "
    f"machine.\nCommand: `scripts/bench.sh` → `{command}`\n\n{table}<!-- bench:end -->"
)
path = "docs/performance.md"
doc = open(path).read()
if "<!-- bench:start -->" in doc:
    doc = re.sub(r"<!-- bench:start -->.*?<!-- bench:end -->", lambda _: section, doc, flags=re.S)
else:
    doc += "\n## Throughput through a node\n\n" + section + "\n"
open(path, "w").write(doc)
print(f"table written to {path}")
PY
