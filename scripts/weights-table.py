#!/usr/bin/env python3
"""Prints a Markdown table of benchmarked weights, with database weights added and components at
their maximum, next to a reference call:

    scripts/weights-table.py [--reference FILE:CALL] [--into FILE.md [--stamp LINE]] WEIGHTS_FILE[:call,call…] …

Reads the `SubstrateWeight` (or runtime `WeightInfo`) impl of each weights file that
`scripts/benchmark.sh` wrote. Database weights are the runtime's, measured by
`scripts/benchmark-storage.sh` (runtime/src/weights/paritydb_read.rs and paritydb_write.rs). Standard library only.
"""
import argparse
import re

DB_WEIGHTS = "runtime/src/weights/paritydb_{}.rs"


def db_weights(path=DB_WEIGHTS):
    """The runtime's µs per read and per write, as its database weights files state them."""
    costs = []
    for op in ("read", "write"):
        with open(path.format(op)) as f:
            found = re.search(rf"pub const {op.upper()}: u64 = ([\d_]+) \* WEIGHT_REF_TIME_PER_NANOS", f.read())
        if not found:
            raise SystemExit(f"{path.format(op)}: no {op.upper()} constant")
        costs.append(int(found.group(1).replace("_", "")) / 1e3)
    return tuple(costs)


READ_US, WRITE_US = db_weights()


def calls(path, only=None):
    text = open(path).read()
    impl = re.search(
        r"impl<T: frame_system::Config> (?:\S+::)?\w*WeightInfo for "
        r"(?:SubstrateWeight<T>|WeightInfo<T>) \{(.*?)\n\}",
        text,
        re.S,
    ).group(1)
    pallet = re.search(r"weights (?:of|for) `(\w+)`", text, re.I).group(1)
    for m in re.finditer(r"((?:\t///[^\n]*\n)*)\tfn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", impl, re.S):
        docs, name, args, body = m.groups()
        if only and name not in only:
            continue
        maxima = {c: int(hi) for c, hi in re.findall(r"component `(\w+)` is `\[\d+, (\d+)\]`", docs)}
        base = re.search(r"Weight::from_parts\(([\d_]+), 0\)\s*\.saturating_add\(Weight::from_parts\(0, (\d+)\)\)", body) or re.search(
            r"Weight::from_parts\(([\d_]+), (\d+)\)", body
        )
        ref_ps = int(base.group(1).replace("_", ""))
        proof = int(base.group(2))
        for slope, comp in re.findall(r"Weight::from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)\.into\(\)\)", body):
            ref_ps += int(slope.replace("_", "")) * maxima.get(comp, 1)
        for slope, comp in re.findall(r"Weight::from_parts\(0, (\d+)\)\.saturating_mul\((\w+)\.into\(\)\)", body):
            proof += int(slope) * maxima.get(comp, 1)
        reads = sum(int(r) for r in re.findall(r"reads\((\d+)(?:_u64)?\)\)", body))
        writes = sum(int(w) for w in re.findall(r"writes\((\d+)(?:_u64)?\)\)", body))
        reads += sum(int(a) * maxima.get(c, 1) for a, c in re.findall(r"reads\(\((\d+)_u64\)\.saturating_mul\((\w+)", body))
        writes += sum(int(a) * maxima.get(c, 1) for a, c in re.findall(r"writes\(\((\d+)_u64\)\.saturating_mul\((\w+)", body))
        label = name + ("(" + ", ".join(f"{c}={v}" for c, v in maxima.items()) + ")" if maxima else "")
        total_us = ref_ps / 1e6 + reads * READ_US + writes * WRITE_US
        yield pallet, label, ref_ps / 1e6, reads, writes, total_us, proof


def table(reference, files):
    lines = [
        "| pallet | call (components at max) | execution µs | reads | writes | total weight µs | per second of weight | ÷ transfer | proof size (bytes) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ref_file, ref_call = reference.split(":")
    ref = next(calls(ref_file, [ref_call]))
    rows = [ref]
    for spec in files:
        path, _, only = spec.partition(":")
        # The reference is listed first already: not again among its file's calls.
        rows.extend(row for row in calls(path, only.split(",") if only else None) if row != ref)
    for pallet, label, ex, r, w, total, proof in rows:
        lines.append(
            f"| {pallet} | `{label}` | {ex:.1f} | {r} | {w} | {total:.1f} | {1e6 / total:,.0f} | {total / ref[5]:.2f} | {proof:,} |"
        )
    return "\n".join(lines)


def replace_between_markers(path, body):
    """Replaces what lies between `<!-- weights:start -->` and `<!-- weights:end -->` in `path`."""
    text = open(path).read()
    start, end = "<!-- weights:start -->\n", "<!-- weights:end -->"
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise SystemExit(f"{path}: no weights:start / weights:end markers")
    open(path, "w").write(head + start + body + "\n" + end + rest.split(end, 1)[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", default="runtime/src/weights/pallet_balances.rs:transfer_keep_alive")
    parser.add_argument("--into", help="a Markdown file whose weights: markers get the table")
    parser.add_argument("--stamp", default="", help="a line put above the table (with --into)")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    text = table(args.reference, args.files)
    if args.into:
        replace_between_markers(args.into, (args.stamp + "\n\n" if args.stamp else "") + text)
    else:
        print(text)


if __name__ == "__main__":
    main()
