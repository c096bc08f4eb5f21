#!/usr/bin/env python3
"""Derives the runtime's `ExtrinsicBaseWeight` from the measured signed remark:

    scripts/extrinsic-base.py [--write | --check]

`benchmark overhead` (scripts/benchmark-overhead.sh) measures what a signed `System::remark`
takes to apply in a full block, everything but the database: decoding, the signature, every
transaction extension and the remark itself. runtime/src/weights/extrinsic_weights.rs keeps that
as `SignedRemarkWeight`. Each transaction extension is also benchmarked and charged on its own
(runtime/src/weights/frame_system_extensions.rs and the fee and reclaim extensions' files), so a
base equal to the whole remark would charge the extensions' time twice (polkadot-sdk issue 9981).
The base is the measured remark less the *execution* part of what its extensions are charged,
the smallest where there is a choice (a mortal transaction's era check). What the extensions'
database reads and writes are charged, and the remark's own weight, are not subtracted, so a
signed remark is charged at least what was measured: base + extensions + remark covers it, and
the runtime's test `a_signed_remark_is_charged_at_least_its_measured_time` checks that it does.

`--write` sets the constant's nanoseconds (and its doc line of figures) in extrinsic_weights.rs;
`--check` exits 1 unless the file is as `--write` leaves it (scripts/test.sh runs it, so a new
run of the extensions' benchmarks cannot leave the base stale). Without an option it prints the
figures. Standard library only.
"""
import argparse
import importlib.util
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
spec = importlib.util.spec_from_file_location("capacity", os.path.join(ROOT, "scripts/capacity.py"))
capacity = importlib.util.module_from_spec(spec)
spec.loader.exec_module(capacity)  # also moves to the repository's root

FILE = "runtime/src/weights/extrinsic_weights.rs"
# Every extension a signed extrinsic runs that has a weight, with its benchmark's file.
EXTENSIONS = [("runtime/src/weights/frame_system_extensions.rs", name) for name in capacity.SYSTEM_EXTENSIONS] + [
    ("runtime/src/weights/pallet_transaction_payment.rs", "charge_transaction_payment"),
    ("runtime/src/weights/cumulus_pallet_weight_reclaim.rs", "storage_weight_reclaim"),
]
CONSTANT = re.compile(
    r"(pub const ExtrinsicBaseWeight: Weight =\s*Weight::from_parts\(WEIGHT_REF_TIME_PER_NANOS\.saturating_mul\()([\d_]+)(\))"
)
FIGURES = re.compile(r"(\t/// Derived: )[^\n]*")


def execution_ns(path, name):
    """The execution part of a benchmarked weight (its base, as scripts/weights-table.py reads
    it), in ns, rounded down."""
    row = capacity.rows(path).get(name)
    if not row:
        sys.exit(f"{path}: no `fn {name}`")
    return round(row[2] * 1e6) // 1000


def measured_ns(text):
    found = re.search(r"pub const SignedRemarkWeight: Weight =\s*Weight::from_parts\(WEIGHT_REF_TIME_PER_NANOS\.saturating_mul\(([\d_]+)\)", text)
    if not found:
        sys.exit(f"{FILE}: no `SignedRemarkWeight` (run scripts/benchmark-overhead.sh)")
    return int(found.group(1).replace("_", ""))


def grouped(value):
    return f"{value:,}".replace(",", "_")


def derived(text):
    remark = measured_ns(text)
    extensions = sum(execution_ns(path, name) for path, name in EXTENSIONS)
    if extensions >= remark:
        sys.exit(f"the extensions' execution ({extensions} ns) is not below the measured remark ({remark} ns)")
    figures = (
        f"{grouped(remark)} ns measured less {grouped(extensions)} ns of the extensions' execution "
        f"= {grouped(remark - extensions)} ns (scripts/extrinsic-base.py)."
    )
    return remark - extensions, figures


def rewrite(text):
    base, figures = derived(text)
    if not CONSTANT.search(text) or not FIGURES.search(text):
        sys.exit(f"{FILE}: no `ExtrinsicBaseWeight` with a `/// Derived:` line")
    text = CONSTANT.sub(lambda m: m.group(1) + grouped(base) + m.group(3), text)
    return FIGURES.sub(lambda m: m.group(1) + figures, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = open(FILE, encoding="utf-8").read()
    base, figures = derived(text)
    print(f"ExtrinsicBaseWeight: {figures}")
    new = rewrite(text)
    if args.write:
        with open(FILE, "w", encoding="utf-8") as out:
            out.write(new)
    elif args.check and new != text:
        sys.exit(f"{FILE} is not as `scripts/extrinsic-base.py --write` leaves it")


if __name__ == "__main__":
    main()
