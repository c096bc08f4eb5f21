#!/usr/bin/env bash
# Measures the runtime's two base weights on this machine and writes them where the runtime
# reads them:
#
#   scripts/benchmark-overhead.sh [output directory, default runtime/src/weights]
#
# `benchmark overhead` (frame-benchmarking-cli) executes, BENCH_REPEAT times (default 100, after
# 10 warm-ups), an empty block and a block the CLI fills with signed `System::remark`s from the
# development preset's Alice until the runtime refuses one more. The empty block's average time
# is `BlockExecutionWeight`; the full block's, less the empty one's, divided by the remarks it
# holds, is what a signed remark takes to apply, everything but the database: decoding, its
# signature, every transaction extension and the remark (`SignedRemarkWeight`). Upstream
# measures both the same way on its reference machine (`frame_support`'s constants, which the
# runtime charged before), and charges the whole remark as `ExtrinsicBaseWeight`, besides each
# extension's own weight: the extensions' time counted twice (polkadot-sdk issue 9981). Here the
# base is the remark less the execution its extensions are charged (scripts/extrinsic-base.py).
#
# This VM's figures move by 10 % from one run to the next (docs/performance.md, "Session 40"), so
# the CLI runs BENCH_RUNS times (default 3) and each file is the run whose average is highest.
# Run it on an otherwise idle machine: the weights are the times measured. Writes
# block_weights.rs and extrinsic_weights.rs (the CLI's template, its `sp_weights` paths read
# through `frame_support`, which the runtime already depends on).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

if [[ ! -x "$HEALTHCHAIN_NODE" ]]; then
	healthchain_build
fi
# The runtime the node embeds, as built with it: the benchmark needs no extra feature.
wasm="$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/wbuild/healthchain-runtime/healthchain_runtime.compact.compressed.wasm"
output="${1:-runtime/src/weights}"
runtime_weights=$(realpath -m --relative-to=. "$output")
# Written into the runtime, the measurement joins weights measured by another run: first check
# that this machine is as fast as that run was (scripts/benchmark.sh; BENCH_ANY_SPEED=1, as
# scripts/benchmark-all.sh sets, skips it).
if [[ -z "${BENCH_ANY_SPEED:-}" && "$runtime_weights" == runtime/src/weights ]]; then
	scripts/benchmark.sh --speed-check
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for run in $(seq "${BENCH_RUNS:-3}"); do
	mkdir "$work/$run"
	"$HEALTHCHAIN_NODE" benchmark overhead --runtime "$wasm" \
		--genesis-builder runtime --genesis-builder-preset development \
		--wasm-execution compiled \
		--warmup "${BENCH_WARMUP:-10}" --repeat "${BENCH_REPEAT:-100}" \
		--weight-path "$work/$run"
done
python3 - "$work" "$output" "$(healthchain_cpu)" <<'PY'
import glob, re, sys

work, output, cpu = sys.argv[1:]

def average(path):
    return int(re.search(r"Average:\s+([\d_]+)", open(path).read()).group(1).replace("_", ""))

for name in ("block_weights.rs", "extrinsic_weights.rs"):
    runs = sorted(glob.glob(f"{work}/*/{name}"), key=average)
    print(f"{name}: averages " + ", ".join(f"{average(p) / 1e3:.1f} µs" for p in runs) + "; the highest kept")
    # The CLI's template starts with its (empty) header line.
    text = open(runs[-1]).read().lstrip("\n")
    run_dir = runs[-1].rsplit("/", 1)[0]
    text = text.replace("use sp_core::parameter_types;", "use frame_support::parameter_types;")
    text = text.replace("use sp_weights::", "use frame_support::weights::")
    text = re.sub(r"//! HOSTNAME: .*", lambda _: f"//! CPU: `{cpu}`; the highest average of {len(runs)} runs", text)
    text = text.replace(run_dir, output)
    if name == "extrinsic_weights.rs":
        text = text.replace(
            "\t/// Weight of executing a NO-OP extrinsic, for example `System::remark`.\n",
            "\t/// What a signed `System::remark` takes to apply in a full block, everything but the\n"
            "\t/// database's reads and writes: decoding, its signature, every transaction extension and\n"
            "\t/// the remark itself. Its proof is the full block's less the empty block's, for all the\n"
            "\t/// remarks together (the CLI does not divide it).\n",
        )
        text = text.replace("ExtrinsicBaseWeight", "SignedRemarkWeight")
        # The base the runtime charges every extrinsic, derived from the measurement.
        text = text.replace(
            "\n}\n\n#[cfg(test)]",
            "\n\t/// The base weight of every extrinsic: [`SignedRemarkWeight`] less the execution its\n"
            "\t/// transaction extensions are charged on their own, which the measurement already holds.\n"
            "\t/// No proof: an extrinsic is charged the proof recorded around it (`StorageWeightReclaim`),\n"
            "\t/// and a whole block of remarks records next to nothing beyond an empty block (the proof\n"
            "\t/// of [`SignedRemarkWeight`]); upstream's constant has none.\n"
            "\t/// Derived: (scripts/extrinsic-base.py)\n"
            "\tpub const ExtrinsicBaseWeight: Weight =\n"
            "\t\tWeight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(0), 0);\n}\n\n#[cfg(test)]",
            1,
        )
    with open(f"{output}/{name}", "w") as out:
        out.write(text)
    print(f"written: {output}/{name}")
PY
if [[ "$runtime_weights" == runtime/src/weights ]]; then
	scripts/extrinsic-base.py --write
fi
