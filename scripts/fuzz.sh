#!/usr/bin/env bash
# Whole-runtime fuzzing (docs/reliability.md).
#
#   scripts/fuzz.sh [MINUTES]   a coverage-guided run of MINUTES (default 10) with libFuzzer
#                               (`cargo fuzz`, installed here if missing), two workers; then the
#                               inputs that add coverage are merged into fuzz/corpus/runtime
#                               (commit them) and every crash is left in fuzz/artifacts/runtime
#                               (fix it, then move the input to fuzz/regressions/).
#   scripts/fuzz.sh --seeds     writes the metadata seeds and the scenario into fuzz/corpus/runtime
#   scripts/fuzz.sh --show FILE prints an input's steps and what each did
#   scripts/fuzz.sh --replay [PATH…]
#                               replays inputs (default: the corpus and the regressions) and prints
#                               each healthcare call's dispatches and successes
#
# The harness is the crate fuzz/ (healthchain-fuzz); scripts/test.sh replays the corpus and the
# regressions as tests. Builds go to $CARGO_TARGET_DIR (the stable tools) and
# $HEALTHCHAIN_FUZZ_TARGET (the instrumented target), outside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export SKIP_WASM_BUILD=1
FUZZ_TARGET_DIR="${HEALTHCHAIN_FUZZ_TARGET:-$HOME/.cache/healthchain/fuzz-target}"
WORK="${HEALTHCHAIN_FUZZ_WORK:-$HOME/.cache/healthchain/fuzz}"
CARGO_FUZZ_VERSION=0.13.1

# fuzz-tool, built by the same cargo invocation as scripts/test.sh's try-runtime step (the same
# packages, so the same feature set: nothing is compiled twice).
tool() {
	cargo test --locked --quiet --no-run --profile "$HEALTHCHAIN_PROFILE" -p pallet-consent \
		-p pallet-records -p healthchain-fuzz --features try-runtime
	"$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/fuzz-tool" "$@"
}

case "${1:-}" in
--seeds)
	tool seeds fuzz/corpus/runtime
	exit 0
	;;
--show)
	tool show "${2:?usage: scripts/fuzz.sh --show FILE}"
	exit 0
	;;
--replay)
	shift
	if (($# == 0)); then set -- fuzz/corpus/runtime fuzz/regressions; fi
	tool replay "$@"
	exit 0
	;;
esac

MINUTES="${1:-10}"
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
	echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
	cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

# The instrumented build: the release profile made quicker to compile (the runtime's whole
# dependency graph is rebuilt with coverage instrumentation: opt-level 1 as the test profile,
# 16 codegen units), with debug assertions and overflow checks on. No sanitizer: the runtime is
# safe Rust, and stable Rust has none.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=1
export CARGO_PROFILE_RELEASE_DEBUG=0
cargo fuzz build --release --debug-assertions --codegen-units 16 --sanitizer none \
	--features libfuzzer --target-dir "$FUZZ_TARGET_DIR" runtime
BIN="$FUZZ_TARGET_DIR/$(rustc -vV | sed -n 's/^host: //p')/release/runtime"

mkdir -p "$WORK/corpus" fuzz/artifacts/runtime
rm -f "$WORK"/stats.*
# Only what this run finds counts below (findings of earlier runs may still lie there).
touch "$WORK/started"
echo "fuzz: $MINUTES minutes, two workers, new inputs in $WORK/corpus, crashes in fuzz/artifacts/runtime"
started=$(date +%s)
set +e
HEALTHCHAIN_FUZZ_STATS="$WORK/stats" "$BIN" "$WORK/corpus" fuzz/corpus/runtime fuzz/regressions \
	-fork=2 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	-max_total_time=$((MINUTES * 60)) -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
	-artifact_prefix=fuzz/artifacts/runtime/ -print_final_stats=1 2>&1 | tee "$WORK/fuzz.log" |
	grep -E --line-buffered 'INITED|NEW_FUNC|pulse|DONE|crash|==ERROR|panicked|Test unit written' || true
set -e
elapsed=$(($(date +%s) - started))

# Every process wrote "inputs calls" to its own stats file; the last line of each counts.
read -r inputs calls < <(cat "$WORK"/stats.* 2>/dev/null | awk '{i += $1; c += $2} END {print i + 0, c + 0}')
echo "fuzz: $inputs inputs and $calls calls in ${elapsed} s ($((inputs / (elapsed > 0 ? elapsed : 1))) inputs/s, $((calls / (elapsed > 0 ? elapsed : 1))) calls/s)"

# Keep only the inputs that add coverage to the committed corpus.
before=$(ls fuzz/corpus/runtime | wc -l)
"$BIN" -merge=1 -timeout=20 -rss_limit_mb=4096 fuzz/corpus/runtime "$WORK/corpus" >"$WORK/merge.log" 2>&1 ||
	{ tail -20 "$WORK/merge.log"; exit 1; }
after=$(ls fuzz/corpus/runtime | wc -l)
echo "fuzz: corpus $before -> $after inputs (fuzz/corpus/runtime; commit the new ones)"

crashes=$(find fuzz/artifacts/runtime -type f -name 'crash-*' -newer "$WORK/started" | wc -l)
others=$(find fuzz/artifacts/runtime -type f ! -name 'crash-*' -newer "$WORK/started" | wc -l)
if ((others > 0)); then
	echo "fuzz: $others timeouts or out-of-memory inputs in fuzz/artifacts/runtime (a block over 20 s or 4 GiB)"
fi
if ((crashes + others > 0)); then
	echo "fuzz: $crashes findings in fuzz/artifacts/runtime (scripts/fuzz.sh --show FILE shows one)"
	exit 1
fi
echo "fuzz: no findings"
