#!/usr/bin/env python3
"""Lists the benchmarks whose fitted weight falls below what was measured at their lowest step:

    scripts/weights-lowest-step.py <log of scripts/benchmark-all.sh or scripts/benchmark.sh>

A weight with one component is the benchmark's least-squares line, `base + slope × n`. At the
smallest `n` the line can fall below the mean measured there, an under-charge the weights file
does not show. For each single-component benchmark in the log this compares the line (the log's
"Min Squares Analysis" model, which the weights files are written from) with the first row of
its "Data points distribution", and prints those whose line is below 90 % of the mean, lowest
ratio first. Standard library only; reads the log, runs nothing.
"""
import re
import sys


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    found = []
    for block in re.split(r'\nPallet: "', text)[1:]:
        name = re.match(r'(\w+)", Extrinsic: "(\w+)"', block.split("\n", 1)[0])
        if not name or "Min Squares Analysis" not in block:
            continue
        analysis = block.split("Min Squares Analysis", 1)[1]
        first = re.search(
            r"Data points distribution:\n\s+(\w+)\s+mean µs.*?\n\s+(\d+)\s+([\d.]+)\s", analysis
        )
        model = re.search(r"Time ~=\s+([\d.]+)\n((?:\s+\+ \w+\s+[\d.]+\n)*)", analysis)
        if not first or not model:
            continue
        slopes = re.findall(r"\+ (\w+)\s+([\d.]+)", model.group(2))
        if len(slopes) != 1:
            continue
        step, mean = int(first.group(2)), float(first.group(3))
        line = float(model.group(1)) + float(slopes[0][1]) * step
        if line < 0.9 * mean:
            found.append((line / mean, *name.groups(), first.group(1), step, line, mean))
    for ratio, pallet, call, component, step, line, mean in sorted(found):
        print(f"{ratio:.2f} {pallet}::{call} {component}={step}: line {line:.1f} µs, measured mean {mean:.1f} µs")


if __name__ == "__main__":
    main()
