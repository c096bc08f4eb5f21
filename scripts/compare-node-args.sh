#!/usr/bin/env bash
# A/B of two node configurations: runs healthchain-bench against a fresh dev node started with
# each set of extra arguments in turn (A, B, A, B, …), so that the machine's drift over the runs
# falls on both alike, and prints every run's rate per workload with each side's median. One
# run of each says little on a shared 2-vCPU VM (single runs of the same binary differ by up to
# a fifth, docs/performance.md); the alternation and the medians are the point.
#
#   scripts/compare-node-args.sh "" "--database rocksdb"
#   ROUNDS=4 WORKLOADS=transfer,consent DURATION=30 scripts/compare-node-args.sh \
#       "" "--wasmtime-instantiation-strategy recreate-instance-copy-on-write"
#   PROFILE_NODE=release scripts/compare-node-args.sh …   # the node scripts/release-node.sh built
#
# ROUNDS (3), WORKLOADS (transfer,anchor,consent,mix), DURATION (45 s per workload) and
# BENCH_MAX_RATE (3000) set the runs; each run's full output is kept in
# $CARGO_TARGET_DIR/compare/. A run that loses, or has rejected or failed extrinsics, is marked.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 2 ]] || {
	sed -n '2,14p' "$0" >&2
	exit 2
}
scripts/setup.sh
source scripts/env.sh
healthchain_build >/dev/null
profile="${PROFILE_NODE:-$HEALTHCHAIN_PROFILE}"
healthchain_measured_node "$profile" || exit 1
base_args="${NODE_ARGS:-}"
out="$CARGO_TARGET_DIR/compare"
mkdir -p "$out"
rounds="${ROUNDS:-3}"
workloads="${WORKLOADS:-transfer,anchor,consent,mix}"
stamp="$(date -u +%Y%m%dT%H%M%S)"

for round in $(seq 1 "$rounds"); do
	for side in A B; do
		if [[ $side == A ]]; then args="$1"; else args="$2"; fi
		log="$out/$stamp-$round-$side.log"
		echo "round $round, $side: NODE_ARGS=\"$base_args $args\"" >&2
		NODE_ARGS="$base_args $args" "$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" \
			--node "$measured_node" --workloads "$workloads" --duration "${DURATION:-45}" \
			--max-rate "${BENCH_MAX_RATE:-3000}" >"$log" 2>&1 || true
	done
done

python3 - "$out" "$stamp" "$rounds" "$workloads" "$1" "$2" "$profile" "$(healthchain_cpu)" <<'PY'
import re, statistics, sys
out, stamp, rounds, workloads, a, b, profile, cpu = sys.argv[1:]
workloads = workloads.split(",")
line = re.compile(r"^(\S+): (\d+) ext/s sustained, (\d+) ok, (\d+) failed, (\d+) rejected, (\d+) lost")
# Per workload and side: the rates measured (for the medians), and every run as shown.
rates = {(w, s): [] for w in workloads for s in "AB"}
shown = {(w, s): [] for w in workloads for s in "AB"}
for r in range(1, int(rounds) + 1):
    for s in "AB":
        seen = {}
        for text in open(f"{out}/{stamp}-{r}-{s}.log", errors="replace"):
            m = line.match(text)
            if m and m.group(1) in workloads:
                w, (rate, _ok, failed, rejected, lost) = m.group(1), map(int, m.groups()[1:])
                clean = failed == 0 and rejected == 0 and lost == 0
                seen[w] = f"{rate:,}" + ("" if clean else f" ({failed} failed, {rejected} rejected, {lost} lost)")
                rates[(w, s)].append(rate)
        for w in workloads:
            shown[(w, s)].append(seen.get(w, "no result"))
print(f"A: `{a or '(defaults)'}`, B: `{b or '(defaults)'}`; {profile} node, {cpu}, "
      f"{rounds} alternating rounds, extrinsics per second\n")
print("| workload | A runs | B runs | A median | B median | B ÷ A |")
print("|---|---|---|---:|---:|---:|")
for w in workloads:
    ma = statistics.median(rates[(w, "A")]) if rates[(w, "A")] else 0
    mb = statistics.median(rates[(w, "B")]) if rates[(w, "B")] else 0
    ratio = f"{mb / ma:.2f}" if ma else "–"
    print(f"| {w} | {' / '.join(shown[(w, 'A')])} | {' / '.join(shown[(w, 'B')])} "
          f"| {ma:,.0f} | {mb:,.0f} | {ratio} |")
PY
