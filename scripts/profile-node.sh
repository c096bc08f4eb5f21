#!/usr/bin/env bash
# Where the dev node spends its CPU under load: runs one workload of healthchain-bench against
# `healthchain-node --dev`, samples the node with `perf` (Debian's linux-perf) while the window is
# open, and prints the share of the node's CPU per part of the work (the runtime's wasm, the
# signature checks and hashing, the trie, the database, JSON-RPC, the pool, the executor, the
# kernel...), then the hottest functions.
#
#   scripts/profile-node.sh                  # the `transfer` workload, 30 s of samples
#   scripts/profile-node.sh anchor 20        # another workload, 20 s
#   PROFILE_NODE=release scripts/profile-node.sh consent 20
#                                            # the node scripts/release-node.sh built
#
# The samples are flat (no frame pointers or debug info, so no call graphs): each sample is
# charged to the function the CPU was in. PROFILE_CALL_GRAPH=1 adds, for a node that keeps its
# symbols (PROFILE_NODE=release or production; at least 20 s), call graphs unwound from its
# `.eh_frame` (`perf record --call-graph dwarf`; 8 s at 199 Hz, the stacks are large) and the
# node's memory-mapping, fault, scheduling and futex counts over 10 s (`perf stat`), so that
# kernel time is charged to what asked for it: the pool's validation, block building, the wasm
# instances they create and drop (docs/performance.md, "Session 29"). The test build is
# stripped, so its own code is one block ("the node"); the release node keeps its symbol table
# (scripts/release-node.sh), so its samples are split by crate. Output: the tables on stdout, the raw profile in
# $CARGO_TARGET_DIR/profile/<workload>[-<profile>].perf.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n "${PROFILE_CALL_GRAPH:-}" && "${2:-30}" -lt 20 ]]; then
	echo "PROFILE_CALL_GRAPH needs at least 20 s: 18 of them count and record call graphs" >&2
	exit 2
fi
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
# The node profiled: the test build's, or another profile's (PROFILE_NODE=release).
profile="${PROFILE_NODE:-$HEALTHCHAIN_PROFILE}"
healthchain_measured_node "$profile" || exit 1
node="$measured_node"
name="$workload"
[[ "$profile" == "$HEALTHCHAIN_PROFILE" ]] || name="$workload-$profile"
log="$out/$name.log"

"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-bench" --node "$node" \
	--workloads "$workload" --duration $((seconds + 15)) --max-rate "${BENCH_MAX_RATE:-2000}" \
	>"$log" 2>&1 &
bench=$!
trap 'kill $bench 2>/dev/null || true' EXIT
# The window opens once the workload's extrinsics are signed.
until grep -qs "^$workload: .* signed in" "$log"; do
	kill -0 $bench 2>/dev/null || {
		cat "$log" >&2
		exit 1
	}
	sleep 1
done
sleep 5
pid=$(pgrep -P $bench -f healthchain-node | head -1)
if [[ -n "${PROFILE_CALL_GRAPH:-}" ]]; then
	# 10 s of counts and 8 s of call graphs come out of the window's seconds.
	events=syscalls:sys_enter_mmap,syscalls:sys_enter_munmap,syscalls:sys_enter_mprotect
	events+=,syscalls:sys_enter_madvise,syscalls:sys_enter_futex,page-faults,context-switches
	perf stat -e "$events,cpu-clock" -p "$pid" -o "$out/$name.stat" -- sleep 10
	perf record --call-graph dwarf,32768 -e cpu-clock -F 199 -p "$pid" \
		-o "$out/$name.graph.perf" -- sleep 8 2>"$out/$name.graph.log"
	seconds=$((seconds > 18 ? seconds - 18 : 1))
fi
perf record -e cpu-clock -F 999 -p "$pid" -o "$out/$name.perf" -- sleep "$seconds" \
	2>"$out/$name.perf.log"
wait $bench || true
trap - EXIT
grep -E "^$workload: .* sustained" "$log" || true

perf report -i "$out/$name.perf" --stdio --no-children --sort dso,sym 2>/dev/null |
	python3 -c '
import re, sys
# The function of each sample, matched in this order (first match wins). The compiled runtime has
# no symbols (an anonymous or JIT mapping); neither have the functions of the stripped test build.
parts = [
    ("kernel", r"^\[k\]"),
    ("memory (jemalloc, malloc, memcpy)", r"_rjem_|\bje_|malloc|\bfree\b|cfree|memcpy|memmove|memset|memcmp|realloc|_int_|__rust_(?:alloc|dealloc|realloc)|__rdl_"),
    ("wasm executor (instances, host calls)", r"wasmtime|sc_executor|cranelift|sp_wasm_interface|sp_runtime_interface|s[cp]_allocator|sp_io::"),
    ("signatures and hashing (sr25519, blake2, xxhash)", r"schnorrkel|curve25519|merlin|sha2|blake2|keccak|twox|xxhash|digest::|sp_core::(?:crypto|hashing|sr25519|ed25519)"),
    ("trie and state overlay", r"trie_db|sp_trie|sp_state_machine|memory_db|hash_db|OverlayedChanges|sp_externalities|trie_root|schnellru"),
    ("database (ParityDB or RocksDB, client DB)", r"parity_db|rocksdb|snappy|crc32c|sc_client_db|kvdb|sc_state_db"),
    ("SCALE codec", r"parity_scale_codec|scale_info"),
    ("JSON-RPC (jsonrpsee, serde_json, hyper, hex)", r"jsonrpsee|serde_json|hyper|\bhttp|tower|serde::|array_bytes|impl_serde|\bhex::|sp_core::bytes|sc_rpc"),
    ("transaction pool", r"sc_transaction_pool|txpool"),
    ("block building and import", r"sc_basic_authorship|sc_block_builder|sc_consensus|sc_service|sc_client_api|sp_blockchain|sp_api|sc_chain_spec"),
    ("async runtime and threads (tokio, futures, locks)", r"tokio|futures|parking_lot|crossbeam|mio::|std::sync|std::thread|pthread|__lll_|syscall"),
    ("Rust collections and hashing of maps (Vec, HashMap, SipHash)", r"alloc::vec|alloc::collections|hashbrown|core::hash|std::hash|smallvec"),
    ("runtime wasm (compiled by wasmtime)", r"^(?:\[JIT\]|\[unknown\]|jitted|//anon|memfd)"),
    ("the node, unsymbolised (stripped build)", r"^healthchain-node (?:\[unknown\]|0x)"),
]
shares, top, total = {}, [], 0.0
for line in sys.stdin:
    m = re.match(r"\s*([\d.]+)%\s+(.+?)\s+\[(.)\]\s+(.*)", line)
    if not m:
        continue
    pct, dso, kind, sym = float(m.group(1)), m.group(2), m.group(3), m.group(4).strip()
    total += pct
    text = f"[k] {sym}" if kind == "k" else f"{dso} {sym}"
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

if [[ -n "${PROFILE_CALL_GRAPH:-}" ]]; then
	echo
	echo "per second of the node (perf stat, 10 s):"
	grep -E "syscalls|page-faults|context-switches|cpu-clock" "$out/$name.stat"
	echo
	echo "call graphs: each frame's share with what it called (perf report --children):"
	# The frames of the stages the issue names, and of the wasm instances they make and drop.
	frames="validate_transaction_blocking|propose_with|apply_extrinsic|allocate_instance"
	frames+="|drop_in_place<wasmtime::runtime::store::Store<|sr25519_verify|__x64_sys_futex"
	frames+="|__x64_sys_munmap|asm_exc_page_fault|jsonrpsee_server::server::handle_rpc_call"
	frames+="|process_commits|storage_root\\b|import_block"
	perf report -i "$out/$name.graph.perf" --stdio --children --sort sym -g none \
		--percent-limit 2 2>/dev/null |
		grep -E "$frames" |
		sed -E "s/^ +([0-9.]+%) +[0-9.]+% +/  \1  /" | cut -c1-140
fi
