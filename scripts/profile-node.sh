#!/usr/bin/env bash
# Where the dev node spends its CPU under load: runs one workload of healthchain-bench against
# `healthchain-node --dev`, samples the node with `perf` (Debian's linux-perf) while the window is
# open, and prints the share of the node's CPU per part of the work (the runtime's wasm, the
# signature checks and hashing, the trie, the database, JSON-RPC, the pool, the executor, the
# kernel...), then the hottest functions.
#
#   scripts/profile-node.sh                  # the `transfer` workload, 30 s of samples
#   scripts/profile-node.sh anchor 20        # another workload, 20 s
#
# The samples are flat (the testnet profile has no frame pointers or debug info, so no call
# graphs): each sample is charged to the function the CPU was in. Output: the tables on stdout,
# the raw profile in $CARGO_TARGET_DIR/profile/<workload>.perf.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
command -v perf >/dev/null || {
	echo "perf is missing: apt-get install linux-perf" >&2
	exit 1
}
healthchain_build >/dev/null
workload="${1:-transfer}"
seconds="${2:-30}"
out="$CARGO_TARGET_DIR/profile"
mkdir -p "$out"
log="$out/$workload.log"

"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" --node "$HEALTHCHAIN_NODE" \
	--workloads "$workload" --duration $((seconds + 15)) --max-rate "${BENCH_MAX_RATE:-2000}" \
	>"$log" 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true' EXIT
# The window opens once the workload's extrinsics are signed.
until grep -q "^$workload: .* signed in" "$log"; do
	kill -0 $bench 2>/dev/null || {
		cat "$log" >&2
		exit 1
	}
	sleep 1
done
sleep 5
node=$(pgrep -P $bench -f healthchain-node | head -1)
perf record -e cpu-clock -F 999 -p "$node" -o "$out/$workload.perf" -- sleep "$seconds" \
	2>"$out/$workload.perf.log"
wait $bench || true
trap - EXIT
grep -E "^$workload: .* sustained" "$log" || true

perf report -i "$out/$workload.perf" --stdio --no-children --sort dso,sym 2>/dev/null |
	python3 -c '
import re, sys
parts = [
    ("runtime wasm (compiled by wasmtime)", r"^\[(?:JIT|unknown)\]|jitted|wasm"),
    ("signatures and hashing (sr25519, blake2, xxhash)", r"schnorrkel|curve25519|merlin|sha2|blake2|keccak|twox|xxhash|sp_core::crypto|sp_io::crypto|sr25519|ed25519"),
    ("trie and state overlay", r"trie_db|sp_trie|sp_state_machine|memory_db|hash_db|OverlayedChanges"),
    ("database (ParityDB)", r"parity_db"),
    ("SCALE codec", r"parity_scale_codec|scale_info"),
    ("JSON-RPC (jsonrpsee, serde_json, hyper)", r"jsonrpsee|serde_json|hyper|http|tower|serde::"),
    ("transaction pool", r"sc_transaction_pool|txpool"),
    ("wasm executor (host calls, instances)", r"wasmtime|sc_executor|cranelift|sp_wasm_interface|sp_runtime_interface"),
    ("block building and import", r"sc_basic_authorship|sc_block_builder|sc_consensus|sc_client_db|sc_service::client|sp_blockchain"),
    ("async runtime (tokio, futures)", r"tokio|futures|parking_lot|crossbeam"),
    ("memory (malloc, memcpy)", r"malloc|free|memcpy|memmove|memset|realloc|_int_|cfree|jemalloc|mi_"),
    ("kernel", r"\[kernel\.kallsyms\]|\[k\]"),
]
shares, top, total = {}, [], 0.0
for line in sys.stdin:
    m = re.match(r"\s*([\d.]+)%\s+(\S+)\s+\[(.)\]\s+(.*)", line)
    if not m:
        continue
    pct, dso, kind, sym = float(m.group(1)), m.group(2), m.group(3), m.group(4).strip()
    total += pct
    text = f"[{kind}] {dso} {sym}" if kind == "k" else f"{dso} {sym}"
    name = next((n for n, rx in parts if re.search(rx, text)), "other")
    shares[name] = shares.get(name, 0.0) + pct
    top.append((pct, dso, sym))
print("| part of the node'"'"'s work | share of its CPU |")
print("|---|---:|")
for name, pct in sorted(shares.items(), key=lambda kv: -kv[1]):
    print(f"| {name} | {pct:.1f} % |")
print(f"\n(total sampled: {total:.1f} %)\n\nhottest functions:")
for pct, dso, sym in sorted(top, reverse=True)[:25]:
    print(f"  {pct:5.2f} %  {dso}  {sym[:110]}")
'
