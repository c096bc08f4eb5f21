#!/usr/bin/env bash
# Builds the runtime with the `upgrade-rehearsal` feature — the same code, `spec_version` one
# higher — and writes it in the form a runtime upgrade takes: the wasm compressed with zstd behind
# Substrate's 8-byte marker (what `sp-maybe-compressed-blob` reads, and what substrate-wasm-builder
# writes as `*.compact.compressed.wasm`). Prints the file's path.
#
# The zombienet upgrade test (zombienet/tests/faults.js) authorises and applies this file
# through the chain's governance origin. A consortium's real upgrade is the same two calls with
# a release build of the next version (docs/network.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
source scripts/env.sh
wasm=$(scripts/runtime-wasm.sh upgrade-wasm upgrade-rehearsal)
out="$(dirname "$wasm")/healthchain_runtime.upgrade-rehearsal.compressed.wasm"
if [[ ! -f "$out" || "$wasm" -nt "$out" ]]; then
	{
		# sp_maybe_compressed_blob::ZSTD_PREFIX
		printf '\x52\xbc\x53\x76\x46\xdb\x8e\x05'
		zstd -q -19 -c "$wasm"
	} >"$out.new"
	mv "$out.new" "$out"
fi
echo "$out"
