#!/usr/bin/env bash
# Re-validates the blocks a stopped zombienet network's collator stored, as the relay chain's
# validators do (`healthchain-node validate-blocks`: `validate_block` under the PVF's memory cap),
# and prints each block's size and the wasm heap it needed. Exits non-zero if a block fails.
#
#   scripts/validate-blocks.sh DIR [COLLATOR] [validate-blocks options, e.g. --from 10 --to 40]
#   scripts/validate-blocks.sh --summary TSV N    the header and the N blocks of a saved run's
#                                                  output that needed the most heap
#
# DIR is the network's directory (zombienet -d); COLLATOR defaults to healthchain-collator-1. The
# collator must have stopped: its database is opened here.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [[ "${1:-}" == "--summary" ]]; then
	# Column 9 is the heap's share of the PVF's; the header stays first.
	head -1 "${2:?usage: --summary TSV N}"
	# awk reads to the end, so sort never writes into a closed pipe.
	tail -n +2 "$2" | sort -t$'\t' -k9 -gr | awk -v n="${3:?usage: --summary TSV N}" 'NR <= n'
	exit 0
fi
dir=${1:?usage: scripts/validate-blocks.sh DIR [COLLATOR] [options]}
shift
collator=healthchain-collator-1
if [[ $# -gt 0 && $1 != -* ]]; then
	collator=$1
	shift
fi
spec=$(compgen -G "$dir/$collator/cfg/*-2000.json" | head -1 || true)
[[ -n "$spec" ]] || {
	echo "no chain spec of $collator in $dir/$collator/cfg" >&2
	exit 1
}
[[ -d "$dir/$collator/data/chains" ]] || {
	echo "no database of $collator in $dir/$collator/data" >&2
	exit 1
}
# The database stays locked until the collator's process has gone.
running() { pgrep -f -- "--base-path $dir/$collator/data" >/dev/null; }
for _ in $(seq 30); do
	running || break
	sleep 1
done
if running; then
	echo "$collator still runs after 30 s: its database is locked" >&2
	exit 1
fi
"$HEALTHCHAIN_NODE" validate-blocks --chain "$spec" --base-path "$dir/$collator/data" \
	--log error "$@"
