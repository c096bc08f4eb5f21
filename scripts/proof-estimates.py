#!/usr/bin/env python3
"""Sets each benchmarked weight's proof size to the sum of what its storage items need:

    scripts/proof-estimates.py [--check | --write] [WEIGHTS_FILE …]   (default: every weights file)

frame-benchmarking-cli works out, for every storage item (every 32-byte key prefix) a benchmark
reads, that item's worst-case proof: its keys read (`r:` on its `/// Storage:` line) times what
one key can add (`added`, from its `/// Proof:` line: the map's trie path and the item's largest
value), plus two trie layers above the item (990 bytes). It then keeps the *largest* item's
figure as the call's proof estimate (`src/pallet/writer.rs` of 64.0.0,
`base_calculated_proof_size.max(*base)`; upstream's choice since substrate PR #13766), although
the call reads every item: an estimate below what its reads can need in the worst case
(docs/performance.md, "Session 28").

This script reads the per-item lines the CLI writes above each function and sets the estimate to
their sum, each item counted as the CLI counts it alone (r × added + 990):

- Without components, the sum is the proof.
- With one component `n` in `[lo, hi]`, the `Storage` lines give the reads of the CLI's last run,
  which can stop short of `hi` (999 for `[1, 1000]` in 50 steps). The proof becomes the line
  through two upper bounds of the sum: at `hi`, the sum at that run plus the benchmark's further
  reads (its `reads(b × n)` regression) each at the dearest item's cost a key; at `lo`, the
  reads the regression gives there, the dearest keys of that run first, and two trie layers for
  every item, read there or not. This assumes that each item's reads are linear in `n` and do
  not fall as it grows (true of every benchmark here; the CLI rounds a falling slope to zero,
  so a file could not show one): the sum is then linear in `n` but for the two layers of an
  item first read inside the range, which the bound at `lo` already holds, so a line above it
  at both ends is above it between.
- More than one component is refused: no benchmark here has two, and the file's lines do not
  say which item grows with which.
- An item the CLI measured (`mode: Measured`: no `MaxEncodedLen` bound, or the benchmark asked
  for its recorded proof) adds the benchmark's recorded proof once (its `Measured:` figure) and
  the item's trie path for every key it read.
- The proof never falls below the CLI's own figure, base or slope.

`--write` rewrites the files in place: the function's proof base and slope (and its namesake's
in the `()` implementation, which must exist where the file has one) and its `Estimated:`
comment, which keeps the CLI's figure beside the new one (`… (the CLI's largest item: `…`)`) so
that a second run starts from the CLI's figure again and changes nothing. `scripts/benchmark.sh`
runs it on every file it writes. Without an option it prints every function's figures;
`--check` also exits 1 while any file is not as `--write` leaves it (scripts/test.sh runs it).
Standard library only; scripts/test_proof_estimates.py tests it.
"""
import argparse
import glob
import math
import re
import struct

IMPL = re.compile(
    r"impl<T: frame_system::Config> (?:\S+::)?\w*(?:WeightInfo for )?"
    r"(?:SubstrateWeight<T>|WeightInfo<T>|Measured<T>) \{(.*?)\n\}",
    re.S,
)
UNIT_IMPL = re.compile(r"impl WeightInfo for \(\) \{(.*?)\n\}", re.S)
FUNCTION = re.compile(r"((?:\t///[^\n]*\n)*)\t(?:pub )?fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", re.S)
STORAGE = re.compile(r"Storage: (?:`[^`]+`|UNKNOWN KEY `0x[0-9a-f]+`) \(r:(\d+) w:\d+\)")
ADDED = re.compile(r"added: (\d+)")
MAX_VALUES = re.compile(r"`max_values`: Some\((\d+)\)")
RANGE = re.compile(r"component `(\w+)` is `\[(\d+), (\d+)\]`")
TERM = re.compile(r" \+ (\w+) \* \((\d+) ±\d+\)")
MEASURED = re.compile(r"//  Measured:  `(\d+)((?: \+ \w+ \* \(\d+ ±\d+\))*)`")
ESTIMATED = re.compile(r"(//  Estimated: `)(\d+(?: \+ \w+ \* \(\d+ ±\d+\))*)(`)(?: \(the CLI's largest item: `([^`]*)`\))?")
# The base proof: the default template's `.saturating_add(Weight::from_parts(0, P))` after the
# time, or this project's templates' `Weight::from_parts(T, P)`.
BASE_DEFAULT = re.compile(r"(Weight::from_parts\([\d_]+, 0\)\s*\.saturating_add\(Weight::from_parts\(0, )(\d+)(\)\))")
BASE_OURS = re.compile(r"(Weight::from_parts\([\d_]+, )(\d+)(\))")
PROOF_SLOPE = r"\.saturating_add\(Weight::from_parts\(0, (\d+)\)\.saturating_mul\({}\.into\(\)\)\)"
BASE_READS = re.compile(r"reads\((\d+)(?:_u64)?\)\)")
READ_SLOPE = r"reads\(\((\d+)_u64\)\.saturating_mul\({}\.into\(\)\)\)"
# Two trie layers above every item: the CLI's default `--additional-trie-layers`, 15 × 33 bytes
# a layer.
TRIE_LAYERS = 2 * 15 * 33
# The keys the CLI assumes a map without `max_values` has (`--worst-case-map-values`).
WORST_CASE_MAP_VALUES = 1_000_000


def log16(values):
    """The trie layers above `values` keys, as the CLI counts them (`easy_log_16`: at least one
    for any item with a value, so a storage value's key costs one layer)."""
    if values == 0:
        return 0
    layers = 1
    while 16**layers < values and layers < 8:
        layers += 1
    return layers


def f32(x):
    """`x` rounded to an IEEE single, as the CLI's `f32` arithmetic rounds it."""
    return struct.unpack("f", struct.pack("f", x))[0]


def last_measured(lo, hi, steps):
    """The largest component value the CLI benchmarks in `[lo, hi]` with `steps` steps: its
    values are `(lo as f32 + step × s as f32) as u32` (command.rs of 64.0.0), which can stop
    short of `hi` (999 for `[1, 1000]` in 50 steps), and the `Storage` lines give the reads of
    that last run."""
    step = f32(max(f32(hi - lo) / f32(steps - 1), 0.0))
    return min(max(int(f32(f32(lo) + f32(step * f32(steps - 1)))), lo), hi)


def items(docs):
    """(keys read, bytes one key adds, or None for an item the CLI measured, and the trie path a
    key of it needs) per storage item."""
    lines = docs.splitlines()
    found = []
    for i, line in enumerate(lines):
        storage = STORAGE.search(line)
        if not storage:
            continue
        proof = lines[i + 1] if i + 1 < len(lines) and "Proof:" in lines[i + 1] else ""
        added = ADDED.search(proof)
        bounded = added and "mode: `MaxEncodedLen`" in proof
        values = MAX_VALUES.search(proof)
        path = log16(int(values.group(1)) if values else WORST_CASE_MAP_VALUES) * 15 * 33
        found.append((int(storage.group(1)), int(added.group(1)) if bounded else None, path))
    return found


def linear(text):
    """(base, {component: slope}) of `base + n * (slope ±e) + …`."""
    base = int(re.match(r"\d+", text).group(0))
    return base, {c: int(s) for c, s in TERM.findall(text)}


def show(base, slopes):
    return f"{base}" + "".join(f" + {c} * ({s} ±0)" for c, s in slopes.items())


def base_of(body):
    """The match of the body's base proof figure."""
    return BASE_DEFAULT.search(body) or BASE_OURS.search(body)


def estimate(docs, body, steps=50):
    """The CLI's proof (base, slopes), the items' sum as a proof (base, slopes), and at the
    component's maximum the CLI's figure and the sum's bound, for one function; None when it
    reads nothing."""
    comment = ESTIMATED.search(body)
    listed = items(docs)
    reads = [item for item in listed if item[0]]
    if not comment or not base_of(body) or not reads:
        return None
    cli_base, cli_slopes = linear(comment.group(4) or comment.group(2))
    ranges = {c: (int(lo), int(hi)) for c, lo, hi in RANGE.findall(docs)}
    if len(ranges) > 1:
        raise SystemExit(f"{len(ranges)} components: only one is supported (scripts/proof-estimates.py)")
    at = lambda base, slopes, n: base + sum(s * n for s in slopes.values())
    cost = lambda added, path: path if added is None else added

    measured = MEASURED.search(body)
    recorded = linear(measured.group(1) + measured.group(2)) if measured else (0, {})
    has_measured = any(added is None for _, added, _ in reads)
    # The sum at the run the `Storage` lines describe.
    total = sum(r * cost(added, path) + TRIE_LAYERS for r, added, path in reads)
    if not ranges:
        total += recorded[0] if has_measured else 0
        return (cli_base, cli_slopes), (max(total, cli_base), {}), cli_base, total

    ((c, (lo, hi)),) = ranges.items()
    top = last_measured(lo, hi, steps)
    base_reads = sum(int(r) for r in BASE_READS.findall(body))
    read_slope = sum(int(r) for r in re.findall(READ_SLOPE.format(c), body))
    costs = sorted(((cost(added, path), r) for r, added, path in reads), reverse=True)
    per_key = costs[0][0]
    recorded_at = lambda n: at(*recorded, n) if has_measured else 0

    def most(keys):
        """The most `keys` reads can cost if no item is read more than at the last run: the
        dearest items' keys first, any keys beyond them at the dearest cost, and two trie
        layers for every item, read or not (an item first read inside the range adds its
        layers there, a step no line through the sum's ends would cover)."""
        left, worst = keys, 0
        for each, r in costs:
            taken = min(r, left)
            worst, left = worst + taken * each, left - taken
        return worst + left * per_key + TRIE_LAYERS * len(costs)

    # Upper bounds of the sum at both ends of the range. At `hi`: the sum at that run plus the
    # benchmark's further reads (its regression's slope) at the dearest cost. At `lo`: the reads
    # the regression gives there, at most as dear as `most` allows — which assumes that no item
    # is read less as the component grows, as in every benchmark here (lists, loops and batches
    # that only add keys); the CLI rounds a falling slope to zero, so a file could not show one.
    at_hi = total + (hi - top) * read_slope * per_key + recorded_at(hi)
    at_lo = min(most(base_reads + read_slope * lo) + recorded_at(lo), at_hi)
    # The line through both, above the sum between them (both are linear in the component).
    slope = math.ceil((at_hi - at_lo) / (hi - lo)) if hi > lo else 0
    base = max(at_lo - slope * lo, at_hi if hi == lo else 0)
    # Never below the CLI's own figure, term by term (a weight's slope is not negative).
    new_slope = max(slope, cli_slopes.get(c, 0))
    new = (max(base, cli_base), {c: new_slope} if new_slope else {})
    return (cli_base, cli_slopes), new, at(cli_base, cli_slopes, hi), at_hi


def functions(text):
    """(offset of the implementation's body, function match) of every function of the file's
    measured implementation; an error for a file with benchmarked functions in any other."""
    impl = IMPL.search(text)
    if not impl:
        if "/// Storage: " in text:
            raise SystemExit("a weights file with storage comments but no implementation this script reads")
        return []
    return [(impl.start(1), f) for f in FUNCTION.finditer(impl.group(1))]


def steps(text):
    """The `--steps` the file's command line gave (the CLI's default, 50, otherwise)."""
    found = re.search(r"^// --steps(?:\n// |=)(\d+)$", text, re.M)
    return int(found.group(1)) if found else 50


def estimated(text):
    """(offset, function match, `estimate`) of every function of the file's text that reads
    storage, at the file's `--steps`."""
    runs = steps(text)
    for offset, f in functions(text):
        docs, _, _, body = f.groups()
        found = estimate(docs, body, runs)
        if found:
            yield offset, f, found


def set_proof(body, base, slopes):
    """The function body with its proof base and slopes set."""
    found = base_of(body)
    body = body[: found.start(2)] + str(base) + body[found.end(2):]
    for c, slope in slopes.items():
        term = re.search(PROOF_SLOPE.format(c), body)
        if term:
            body = body[: term.start(1)] + str(slope) + body[term.end(1):]
        else:
            body += f"\n\t\t\t.saturating_add(Weight::from_parts(0, {slope}).saturating_mul({c}.into()))"
    return body


def rewrite(text):
    """The file's text with every estimate set to its items' sum, and the functions changed."""
    changed = []
    edits = []  # (start, end, replacement) in `text`
    unit = UNIT_IMPL.search(text)
    for offset, f, found in estimated(text):
        _, name, _, body = f.groups()
        (cli_base, cli_slopes), (base, slopes), _, _ = found
        new_body = set_proof(body, base, slopes)
        comment = ESTIMATED.search(new_body)
        cli = show(cli_base, cli_slopes)
        note = f" (the CLI's largest item: `{cli}`)" if (base, slopes) != (cli_base, cli_slopes) else ""
        new_body = (new_body[: comment.start()] + comment.group(1) + show(base, slopes) + comment.group(3)
                    + note + new_body[comment.end():])
        if new_body != body:
            edits.append((offset + f.start(4), offset + f.end(4), new_body))
        if linear(ESTIMATED.search(body).group(2)) != (base, slopes):
            changed.append(name)
        # The `()` implementation's namesake repeats the figures without comments.
        mirror = unit and re.search(rf"\tfn {name}\([^)]*\) -> Weight \{{(.*?)\n\t\}}", unit.group(1), re.S)
        if unit and not mirror:
            raise SystemExit(f"`{name}` has no namesake in the `()` implementation")
        if mirror:
            start = unit.start(1) + mirror.start(1)
            edits.append((start, start + len(mirror.group(1)), set_proof(mirror.group(1), base, slopes)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, changed


def rows(text):
    """(function, CLI's estimate, the file's, the items' sum) of a weights file's text,
    components at their maximum."""
    for _, f, found in estimated(text):
        docs, name, args, body = f.groups()
        _, _, cli_at_max, total = found
        hi = {c: int(h) for c, _, h in RANGE.findall(docs)}
        now = int(base_of(body).group(2)) + sum(
            int(s) * h for c, h in hi.items() for s in re.findall(PROOF_SLOPE.format(c), body)
        )
        label = name + ("(" + ", ".join(f"{c}={v}" for c, v in hi.items()) + ")" if args.strip() else "")
        yield label, cli_at_max, now, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if any estimate is below its sum or any file is not as --write leaves it")
    mode.add_argument("--write", action="store_true", help="set every estimate to its sum, in place")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("pallets/*/src/weights.rs") + glob.glob("runtime/src/weights/*.rs"))
    if args.write:
        for path in files:
            with open(path) as f:
                text = f.read()
            new, changed = rewrite(text)
            if new != text:
                with open(path, "w") as f:
                    f.write(new)
            print(f"{path}: {len(changed)} estimate(s) set to the items' sum"
                  + (f" ({', '.join(changed)})" if changed else ""))
        return
    table, stale = [], []
    for path in files:
        with open(path) as f:
            text = f.read()
        table.extend((path, *row) for row in rows(text))
        # What `--write` would change: any figure, at any component value or in the `()`
        # implementation, that is not the one it sets.
        if rewrite(text)[0] != text:
            stale.append(path)
    short = [row for row in table if row[3] < row[4]]
    print("| weights file | function (components at their maximum) | CLI's estimate (bytes) | items' sum (bytes) | sum ÷ CLI's | in the file now (bytes) |")
    print("|---|---|---:|---:|---:|---:|")
    for path, name, cli, now, total in sorted(table, key=lambda r: r[2] / r[4]):
        print(f"| {path} | `{name}` | {cli:,} | {total:,} | {total / cli:.2f} | {now:,} |")
    print(f"\n{len(short)} of {len(table)} functions that read storage estimate less proof than their items' sum.")
    if stale:
        print(f"Not as `--write` leaves them: {', '.join(stale)}")
    if args.check and (short or stale):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
