#!/usr/bin/env python3
"""Raises a benchmarked weight's base where its line falls below the time measured at the
component's lowest step:

    scripts/weights-floor.py [--write] --log LOG --pallet PALLET WEIGHTS_FILE

A weight with one component is the benchmark's least-squares line, `base + slope × n`. Where the
call's first unit of work costs more than the later ones (a batch read once, a hold taken once),
or a few slow steps pull the line, the line can fall below what the smallest call really takes:
on 2026-12-06, `provenance::commission(1)` was charged 46.5 µs of execution against 179.2 µs
measured (docs/performance.md, "Session 40"). The slope is right where the calls are large, so
only the base is raised: to the mean the run measured at the lowest step (the first row of the
benchmark's "Data points distribution" in the CLI's output, LOG) less the slope times that step.
The line then reaches the measured mean at the lowest step and lies above the least-squares line
everywhere.

LOG is the output of the `benchmark pallet` run that wrote WEIGHTS_FILE (scripts/benchmark.sh
passes it on); PALLET is the pallet's name in it (`pallet_provenance`). Benchmarks without
components, and those with more than one, are left as the CLI wrote them (none here has two).
Each raised base says so in a comment above it, with the figures; the `()` implementation, where
the file has one, gets the same base. Without `--write` the script prints what it would change.
A second run changes nothing. The log's means are cut, not rounded, to four significant figures,
so a floored line can sit below the true mean by less than one unit of the fourth figure. A
component without a slope (the templates then name it `_n`) is compared as `n`. Standard library
only; scripts/test_weights_floor.py tests it.
"""
import argparse
import re
import sys

FUNCTION = re.compile(r"\t(?:pub )?fn (\w+)\((\w+): u32,? ?\) -> Weight \{\n(.*?)\n\t\}", re.S)
# The time base: this project's templates' `Weight::from_parts(T, P)` and the default
# template's `Weight::from_parts(T, 0)` are both the body's first `from_parts`.
BASE = re.compile(r"Weight::from_parts\(([\d_]+), (\d+)\)")
SLOPE = r"Weight::from_parts\(([\d_]+), \d+\)\.saturating_mul\({}\.into\(\)\)"
NOTE = "// Raised from"


def lowest_steps(log, pallet):
    """Each benchmark of `pallet` in the log: (component, lowest step, mean there in ps)."""
    found = {}
    for block in re.split(r'\nPallet: "', "\n" + log)[1:]:
        name = re.match(r'(\w+)", Extrinsic: "(\w+)"', block)
        if not name or name.group(1) != pallet or "Min Squares Analysis" not in block:
            continue
        analysis = block.split("Min Squares Analysis", 1)[1]
        first = re.search(
            r"Data points distribution:\n\s+(\w+)\s+mean µs[^\n]*\n\s+(\d+)\s+([\d.]+)\s", analysis
        )
        if first:
            # The log gives µs cut to four significant figures; 1 µs = 10^6 ps.
            found[name.group(2)] = (first.group(1), int(first.group(2)), round(float(first.group(3)) * 1e6))
    return found


def number(text):
    return int(text.replace("_", ""))


def grouped(value):
    return f"{value:,}".replace(",", "_")


def floors(text, steps):
    """What to raise: {function: (old base, new base, component, step, mean)}."""
    raised = {}
    for match in FUNCTION.finditer(text):
        name, component, body = match.groups()
        if name not in steps or name in raised:
            continue
        measured_component, step, mean = steps[name]
        # The templates write `_n` for a component the line has no slope for.
        component = component.lstrip("_")
        if measured_component != component:
            sys.exit(f"{name}: the file's component is `{component}`, the log's `{measured_component}`")
        base = number(BASE.search(body).group(1))
        slope = sum(number(s) for s in re.findall(SLOPE.format(component), body))
        if base + slope * step < mean:
            raised[name] = (base, mean - slope * step, component, step, mean)
    return raised


def rewrite(text, raised):
    def one(match):
        name, component, body = match.groups()
        if name not in raised:
            return match.group(0)
        old, new, component, step, mean = raised[name]
        found = BASE.search(body)
        if number(found.group(1)) != old:
            sys.exit(f"{name}: its implementations disagree on the base ({found.group(1)} and {old})")
        body = body[: found.start(1)] + grouped(new) + body[found.end(1) :]
        if "Minimum execution time" in body:
            # The benchmarked implementation (not `()`) says why, on the line above the base.
            at = body.rfind("\n", 0, found.start(0)) + 1
            indent = re.match(r"\s*", body[at:]).group(0)
            body = (
                body[:at]
                + f"{indent}{NOTE} {grouped(old)} ps: the line reaches the mean measured at"
                + f" {component} = {step}, {mean / 1e6:g} µs (scripts/weights-floor.py).\n"
                + body[at:]
            )
        return match.group(0)[: match.start(3) - match.start(0)] + body + "\n\t}"

    return FUNCTION.sub(one, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--log", required=True)
    parser.add_argument("--pallet", required=True)
    parser.add_argument("file")
    args = parser.parse_args()
    steps = lowest_steps(open(args.log, encoding="utf-8").read(), args.pallet)
    if not steps:
        # Nothing to compare: a pallet whose benchmarks have no component, a wrong name, or a
        # log without the CLI's "Min Squares Analysis" tables (`--quiet`, `--no-min-squares`).
        print(f"{args.file}: no benchmark of {args.pallet} with a component in {args.log}; left as it is", file=sys.stderr)
    text = open(args.file, encoding="utf-8").read()
    raised = floors(text, steps)
    for name, (old, new, component, step, mean) in sorted(raised.items()):
        line = mean - (new - old)
        print(
            f"{args.file}: {name}: line at {component} = {step} {line / 1e6:.1f} µs, measured "
            f"{mean / 1e6:g} µs: base {old / 1e6:.1f} → {new / 1e6:.1f} µs"
        )
    if args.write and raised:
        with open(args.file, "w", encoding="utf-8") as out:
            out.write(rewrite(text, raised))


if __name__ == "__main__":
    main()
