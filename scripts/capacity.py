#!/usr/bin/env python3
"""Prints what every signed extrinsic is charged besides its call, and how many of each
benchmarked workload the block's `Normal` share holds by weight, from the weights files:

    scripts/capacity.py

The figures docs/performance.md quotes after each benchmark run ("Reading the table"): the
per-extrinsic overhead is `ExtrinsicBaseWeight` (derived from a signed remark measured here:
scripts/benchmark-overhead.sh, scripts/extrinsic-base.py) plus every transaction extension's benchmarked weight; a call that declares
writes to the per-block heap budget (`write_budget::CheckBlockResources`: an anchor or a grant,
not an anchor batch, which declares none) also pays the count's read and two writes; a consent
grant, a patient operation, is charged `Sponsors::sponsored_call_weight` up front
(`charge_sponsored` and two `deposit_payer` look-ups) and keeps, when nobody sponsors its
signer, three look-ups' worth. The `Normal` share is
`NORMAL_DISPATCH_RATIO` of `MAXIMUM_BLOCK_WEIGHT` (runtime/src/configs/system.rs). Database
weights and the weights-file reader are scripts/weights-table.py's. Standard library only.
"""
import importlib.util
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
spec = importlib.util.spec_from_file_location("weights_table", os.path.join(ROOT, "scripts/weights-table.py"))
wt = importlib.util.module_from_spec(spec)
os.chdir(ROOT)
spec.loader.exec_module(wt)

# The extensions every signed extrinsic runs (runtime/src/lib.rs, `TxExtension`), by their
# benchmark's name; `CheckMetadataHash` and `CheckBlockResources`' uncounted path have none.
SYSTEM_EXTENSIONS = [
    "check_non_zero_sender",
    "check_spec_version",
    "check_tx_version",
    "check_genesis",
    "check_mortality_mortal_transaction",
    "check_nonce",
    "check_weight",
]


def rows(path):
    """A weights file's calls by name (components at their maximum), as weights-table.py reads them."""
    return {row[1].split("(")[0]: row for row in wt.calls(path)}


def total_us(path, call):
    return rows(path)[call][5]


def extrinsic_base_us():
    """The runtime's `ExtrinsicBaseWeight` (runtime/src/weights/extrinsic_weights.rs)."""
    text = open("runtime/src/weights/extrinsic_weights.rs").read()
    found = re.search(r"pub const ExtrinsicBaseWeight: Weight =\s*Weight::from_parts\(WEIGHT_REF_TIME_PER_NANOS\.saturating_mul\(([\d_]+)\)", text)
    if not found:
        raise SystemExit("runtime/src/weights/extrinsic_weights.rs: no ExtrinsicBaseWeight")
    return int(found.group(1).replace("_", "")) / 1e3


def normal_share_us():
    """`NORMAL_DISPATCH_RATIO` × `MAXIMUM_BLOCK_WEIGHT`'s compute, in µs."""
    text = open("runtime/src/configs/system.rs").read()
    ratio = int(re.search(r"NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent\((\d+)\)", text).group(1))
    seconds = int(re.search(r"MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts\(\s*WEIGHT_REF_TIME_PER_SECOND\.saturating_mul\((\d+)\)", text).group(1))
    return seconds * 1e6 * ratio / 100


def main():
    base = extrinsic_base_us()
    parts = {"ExtrinsicBaseWeight": base}
    extensions = rows("runtime/src/weights/frame_system_extensions.rs")
    for name in SYSTEM_EXTENSIONS:
        parts[name] = extensions[name][5]
    parts["charge_transaction_payment"] = total_us("runtime/src/weights/pallet_transaction_payment.rs", "charge_transaction_payment")
    parts["storage_weight_reclaim"] = total_us("runtime/src/weights/cumulus_pallet_weight_reclaim.rs", "storage_weight_reclaim")
    overhead = sum(parts.values())
    counted = wt.READ_US + 2 * wt.WRITE_US
    sponsorship = rows("pallets/sponsorship/src/weights.rs")
    lookup = sponsorship["deposit_payer"][5]
    sponsored = sponsorship["charge_sponsored"][5] + 2 * lookup
    kept = min(3 * lookup, sponsored)
    share = normal_share_us()

    print(f"database: read {wt.READ_US:.1f} µs, write {wt.WRITE_US:.1f} µs")
    print("per signed extrinsic:")
    for name, us in parts.items():
        print(f"  {name:34s} {us:8.1f} µs")
    print(f"  {'overhead':34s} {overhead:8.1f} µs")
    print(f"heap-budget count (a read, two writes)   {counted:8.1f} µs")
    print(f"sponsorship look-up {lookup:.1f} µs; a kept grant pays {kept:.1f}, a sponsored one {sponsored:.1f}")
    print(f"what the Normal share ({share / 1e6:.2f} s) holds by weight:")

    balances = "runtime/src/weights/pallet_balances.rs"
    provenance = "pallets/provenance/src/weights.rs"
    records = "pallets/records/src/weights.rs"
    consent = "pallets/consent/src/weights.rs"
    workloads = [
        ("transfer_keep_alive", total_us(balances, "transfer_keep_alive") + overhead),
        ("ship_pack", total_us(provenance, "ship_pack") + overhead),
        ("receive_pack", total_us(provenance, "receive_pack") + overhead),
        ("anchor", total_us(records, "anchor") + overhead + counted),
        ("anchor_batch", total_us(records, "anchor_batch") + overhead),
        ("grant (kept)", total_us(consent, "grant") + overhead + counted + kept),
        ("grant (sponsored)", total_us(consent, "grant") + overhead + counted + sponsored),
    ]
    for name, us in workloads:
        print(f"  {name:20s} {us:8.1f} µs each  {int(share // us):7,} a block")


if __name__ == "__main__":
    main()
