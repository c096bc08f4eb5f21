#!/usr/bin/env bash
# Throughput through a real node: every workload of healthchain-bench for the same window, in
# one run, against a `healthchain-node --dev` it starts; the table (with each workload's ratio
# to transfers), the machine and this command go into docs/performance.md.
#
#   scripts/bench.sh                              # 60 s per workload, all eight workloads
#   BENCH_DURATION=90 scripts/bench.sh --workloads transfer,anchor
#   scripts/bench.sh --workloads transfer,claim   # insurance claims against transfers
#   NODE_ARGS="--pool-limit 16384" scripts/bench.sh   # extra node arguments
#   BENCH_PROFILE=release scripts/bench.sh        # the node scripts/release-node.sh built
#
# Workloads: transfer, anchor, batch-anchor, consent, ship, ship-receive, claim, mix
# (docs/performance.md describes each).
#
# Transfers run first and again after every other workload, whose ratio is taken against the
# transfer windows around it (healthchain-bench --single-reference: the workloads as given).
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
# The node measured: the test build's, or another profile's (BENCH_PROFILE=release: built by
# scripts/release-node.sh without a runtime of its own, so it runs the test build's runtime from a
# chain spec). Each profile's table has its own place in docs/performance.md.
profile="${BENCH_PROFILE:-$HEALTHCHAIN_PROFILE}"
node_args="${NODE_ARGS:-}"
healthchain_measured_node "$profile" || exit 1
node="$measured_node"
command=(healthchain-bench --node "\$CARGO_TARGET_DIR/$profile/healthchain-node" \
	--duration "${BENCH_DURATION:-60}" --max-rate "${BENCH_MAX_RATE:-2000}" "$@")
"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" --node "$node" \
	--duration "${BENCH_DURATION:-60}" --max-rate "${BENCH_MAX_RATE:-2000}" --markdown "$table" "$@"

machine="$(healthchain_cpu), \
$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
python3 - "$table" "$machine" "$node_args" "${command[*]}" "$profile" "$HEALTHCHAIN_PROFILE" <<'PY'
import datetime, re, sys
table, machine, node_args, command = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3], sys.argv[4]
profile, test_profile = sys.argv[5], sys.argv[6]
# The test build's table is `bench`; another profile's is `bench-<profile>`.
marker = "bench" if profile == test_profile else f"bench-{profile}"
runtime = (
    "" if profile == test_profile
    else f", running the {test_profile} build's runtime from `build-spec --dev --raw`"
)
prefix = "" if profile == test_profile else f"BENCH_PROFILE={profile} "
section = (
    f"<!-- {marker}:start -->\n"
    f"Measured {datetime.date.today()} on {machine}; node `healthchain-node --dev"
    f"{' ' + node_args if node_args else ''}` (**{profile} profile**{runtime}), load generator "
    f"on the same machine.\nCommand: `{prefix}scripts/bench.sh` → `{command}`\n\n{table}"
    f"<!-- {marker}:end -->"
)
path = "docs/performance.md"
doc = open(path).read()
if f"<!-- {marker}:start -->" in doc:
    doc = re.sub(
        rf"<!-- {marker}:start -->.*?<!-- {marker}:end -->", lambda _: section, doc, flags=re.S
    )
else:
    doc += f"\n## Throughput through a node ({profile} profile)\n\n" + section + "\n"
open(path, "w").write(doc)
print(f"table written to {path}")
PY
