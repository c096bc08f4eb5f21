#!/usr/bin/env python3
"""Compares each benchmarked weight's proof size with the sum of what its storage items need:

    scripts/proof-estimates.py [--check] [WEIGHTS_FILE …]   (default: every weights file)

For each function without components, the weights file's `Estimated` proof size is set beside
the sum, over the storage items the benchmark read, of each item's worst-case proof (`added`,
from its `/// Proof:` line) times the keys it read (`r:` on its `/// Storage:` line), plus one
trie-layer allowance (990 bytes, what every generated estimate here carries). A weight whose
estimate is below that sum charges less proof than its reads may need in the worst case.

frame-benchmarking-cli combines the items' estimates by their maximum, not their sum (since
substrate PR #13766, 2023; docs/performance.md, "Session 28"), so most multi-item calls fall
below it; `--check` exits 1 when any does, for weights whose estimates sum the items. Standard
library only.
"""
import argparse
import glob
import re

FUNCTION = re.compile(r"((?:\t///[^\n]*\n)*)\tfn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", re.S)
ITEM = re.compile(r"Storage: `([^`]+)` \(r:(\d+) w:\d+\)\n\t/// Proof: `[^`]+` \([^\n]*added: (\d+)")
TRIE_LAYERS = 2 * 15 * 33


def estimates(path):
    """(function, file's estimate, sum of its items' estimates) for each function without
    components of the file's `SubstrateWeight` (or runtime `WeightInfo`) implementation."""
    text = open(path).read()
    found = re.search(r"for (?:SubstrateWeight<T>|WeightInfo<T>) \{(.*?)\n\}", text, re.S)
    if not found:
        return
    for docs, name, args, body in FUNCTION.findall(found.group(1)):
        estimated = re.search(r"Estimated: `(\d+)`", body)
        items = [(int(reads), int(added)) for _, reads, added in ITEM.findall(docs)]
        if args.strip() or not estimated or not any(reads for reads, _ in items):
            continue
        yield name, int(estimated.group(1)), sum(r * a for r, a in items) + TRIE_LAYERS


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any estimate is short")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("pallets/*/src/weights.rs") + glob.glob("runtime/src/weights/*.rs"))
    rows = [(path, *row) for path in files for row in estimates(path)]
    short = [row for row in rows if row[2] < row[3]]
    print("| weights file | function | estimated proof (bytes) | items' sum (bytes) | sum ÷ estimate |")
    print("|---|---|---:|---:|---:|")
    for path, name, estimated, total in sorted(short, key=lambda r: r[2] / r[3]):
        print(f"| {path} | `{name}` | {estimated:,} | {total:,} | {total / estimated:.2f} |")
    print(f"\n{len(short)} of {len(rows)} functions without components estimate less proof than their items' sum.")
    if args.check and short:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
