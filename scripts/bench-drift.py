#!/usr/bin/env python3
"""Names the groups a run of scripts/benchmark-all.sh measured while the machine ran slow:

    scripts/bench-drift.py [--tolerance PERCENT] [--rows-tolerance PERCENT] PROBES
                                                      # the disturbed groups, one a line
    scripts/bench-drift.py --reference WEIGHTS_FILE   # the reference call's weight in µs
    scripts/bench-drift.py --rows OLD NEW             # NEW's rows over OLD's, the median

A run's weights are only comparable with each other if the machine ran at one speed throughout.
On 2026-12-07 (docs/performance.md, "Session 51") a whole run came out up to 1.4 × slow in
places, the reference call among them, with nothing else running and no steal time to show it.
A disturbance only ever adds time. benchmark-all.sh looks for one in two ways, and appends what
it finds to PROBES, in the order things ran:

    reference 82.4      # the committed weights' reference call, µs (where there are some)
    probe 82.4          # the reference call's execution weight now, µs
    group pallet_consent
    rows pallet_consent 1.03
    probe 83.1
    ...

- **Probes.** It measures the reference call, `balances::transfer_keep_alive`
  (`scripts/benchmark.sh --probe`, about 25 s), before the first group and after every group.
  A group is disturbed when a probe next to it (just before or just after it) is more than
  `--tolerance` percent (default 15) above the least probe of the whole run, the machine's
  undisturbed speed. The balances group's own row of the reference is a probe too (its group
  line is then followed by two). (Probes of the idle Intel Xeon VM on 2026-12-07 spread up to
  11 % above their least, and one 56 %.)
- **Rows.** A probe only sees the machine at a group's two ends, and a disturbance can slow a
  pallet and not the reference (docs/performance.md, "Session 52"). So benchmark-all.sh also
  compares each group's weights file with the one committed before the run, where both name
  the same processor (`--rows`): the median over the calls of the new execution time over the
  old, each at its components' maximum. Divided by the machine's speed against the committed
  run's (the least probe over the `reference` line), a median more than `--rows-tolerance`
  percent (default 15) above 1 marks the group — unless the measurement before it was marked
  too and the two agree within half that tolerance: a change of the code reproduces, a
  disturbance seldom does. Session 51's discarded run has 8 of its 18 groups above 1.15
  against the run kept; session 49's run against session 48's, on one VM class, none.

A group measured again is judged by its last measurement. Prints the disturbed groups in the
order they first ran, and a summary to stderr. Standard library and scripts/weights-table.py
only; scripts/test_bench_drift.py tests it.
"""
import argparse
import importlib.util
import pathlib
import re
import statistics
import sys


def parse(lines):
    """The probes and groups of a PROBES file, as ("probe", µs) and ("group", name) in order."""
    entries = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        kind, _, value = line.partition(" ")
        if kind in ("probe", "reference"):
            entries.append((kind, float(value)))
        elif kind == "group" and value:
            entries.append(("group", value))
        elif kind == "rows" and len(value.split()) == 2:
            name, ratio = value.split()
            entries.append(("rows", (name, float(ratio))))
        else:
            raise ValueError(f"line {number}: {line!r} is not `probe <µs>`, `reference <µs>`, `group <name>` or `rows <name> <ratio>`")
    return entries


def disturbed(entries, tolerance, rows_tolerance=15.0):
    """The groups whose last measurement a slow probe or slow rows mark (the module's doc)."""
    probes = [value for kind, value in entries if kind == "probe"]
    if not probes:
        raise ValueError("no probe: the run measured no reference")
    least = min(probes)
    limit = least * (1 + tolerance / 100)
    # The machine's speed against the committed run's, which every rows median is divided by: a
    # slower or faster day moves every pallet alike, a disturbance some.
    committed = [value for kind, value in entries if kind == "reference"]
    speed = least / committed[-1] if committed else 1.0
    rows_limit = 1 + rows_tolerance / 100
    measurements = {}  # a group's name → per measurement, the probes next to it and its rows
    current = None
    for index, (kind, value) in enumerate(entries):
        if kind == "rows":
            if current is None or current[0] != value[0]:
                raise ValueError(f"rows of {value[0]} not after its group's measurement")
            current[1]["rows"] = value[1] / speed
        if kind != "group":
            continue
        around = []
        for step in (-1, 1):
            at = index + step
            # The group's own `rows` line stands between it and the probe after it.
            while 0 <= at < len(entries) and entries[at][0] == "rows":
                at += step
            if 0 <= at < len(entries) and entries[at][0] == "probe":
                around.append(entries[at][1])
        measurement = {"around": around, "rows": None}
        measurements.setdefault(value, []).append(measurement)
        current = (value, measurement)

    def slow_rows(found):
        last = found[-1]["rows"]
        if last is None or last <= rows_limit:
            return False
        # Reproduced: the measurement before was slow too, and within half the tolerance of it.
        earlier = found[-2]["rows"] if len(found) >= 2 else None
        reproduced = (
            earlier is not None
            and earlier > rows_limit
            and abs(last / earlier - 1) <= rows_tolerance / 200
        )
        return not reproduced

    return [
        name
        for name, found in measurements.items()
        if any(probe > limit for probe in found[-1]["around"]) or slow_rows(found)
    ]


def load_table_module():
    """scripts/weights-table.py, whose reading of a weights file the rows check shares."""
    path = pathlib.Path(__file__).with_name("weights-table.py")
    spec = importlib.util.spec_from_file_location("weights_table", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def processor(text):
    """The processor a weights file names in its header, or None."""
    found = re.search(r"CPU:? `([^`]+)`", text)
    return found[1] if found else None


def rows_median(old, new):
    """The median over the calls both weights files have of new's execution over old's, or None
    where the two name different processors (or none) or share no call."""
    with open(old) as before, open(new) as after:
        cpu = processor(before.read())
        if cpu is None or cpu != processor(after.read()):
            return None
    table = load_table_module()

    def executions(path):
        return {label: execution for _, label, execution, *_ in table.calls(path)}

    before, after = executions(old), executions(new)
    ratios = [after[label] / before[label] for label in before if label in after and before[label] > 0]
    return statistics.median(ratios) if ratios else None


def reference_weight(text):
    """`transfer_keep_alive`'s execution weight in µs, from a weights file the CLI wrote."""
    body = text[text.index("fn transfer_keep_alive") :]
    return int(re.search(r"Weight::from_parts\(([\d_]+),", body)[1].replace("_", "")) / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tolerance", type=float, default=15.0)
    parser.add_argument("--rows-tolerance", type=float, default=15.0)
    parser.add_argument("--reference", action="store_true", help="print the reference's weight")
    parser.add_argument("--rows", action="store_true", help="print NEW's rows over OLD's")
    parser.add_argument("file", nargs="+")
    args = parser.parse_args()
    if args.rows:
        old, new = args.file
        median = rows_median(old, new)
        if median is not None:
            print(f"{median:.3f}")
        return
    with open(args.file[0]) as file:
        text = file.read()
    if args.reference:
        print(f"{reference_weight(text):.1f}")
        return
    entries = parse(text.splitlines())
    names = disturbed(entries, args.tolerance, args.rows_tolerance)
    probes = [value for kind, value in entries if kind == "probe"]
    print(
        f"bench-drift: {len(probes)} probes of the reference, {min(probes):.1f}–{max(probes):.1f} µs; "
        f"{len(names)} group(s) disturbed (a probe more than {args.tolerance:g} % above the least, "
        f"or rows more than {args.rows_tolerance:g} % above the committed ones')",
        file=sys.stderr,
    )
    for name in names:
        print(name)


if __name__ == "__main__":
    main()
