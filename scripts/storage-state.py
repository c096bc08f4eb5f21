#!/usr/bin/env python3
"""Writes a raw chain spec whose genesis state has the size of a consortium's chain.

    scripts/storage-state.py <dev raw spec> <output spec> [--accounts N] [--records N] [--packs N]

`scripts/benchmark-storage.sh` measures the database weights (`benchmark storage`) on this
state: the cost of a read or a write depends on how deep the trie is and how large the
database, so measuring on the dev genesis (about a hundred keys) would say little. The spec is
the node's own `--dev` raw spec with, beside what it already holds:

- N accounts (`System::Account`, 80-byte `AccountInfo`);
- N records of one version each (`Records::Records`, 45 bytes, and `Records::Versions`,
  93 bytes: the encodings of a record anchored by `healthchain record anchor`);
- N packs of 1,000 products and 10,000 batches (`Provenance::Packs`, 79 bytes, and the
  holder's stock index `Provenance::Owned`, an empty value, as `commission` writes them), held
  by the dev manufacturer, wholesaler and pharmacy.

Keys are built as the runtime builds them (`twox128` of pallet and item, the map's hasher over
the SCALE-encoded key), ids are random, values have the encoded sizes of real ones and random
content: the storage benchmark reads and writes bytes and never decodes them, so the state is
only used for measuring, never to author a block. Deterministic (`--seed`).
"""

import argparse
import hashlib
import json
import random
import struct


_P1, _P2, _P3 = 11400714785074694791, 14029467366897019727, 1609587929392839161
_P4, _P5 = 9650029242287828579, 2870177450012600261
_MASK = (1 << 64) - 1


def _rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & _MASK


def _round(acc, lane):
    return (_rotl((acc + lane * _P2) & _MASK, 31) * _P1) & _MASK


def xxh64(data, seed):
    """XXH64, the hash behind `twox64` and `twox128` (only ever short inputs here)."""
    n, i = len(data), 0
    if n >= 32:
        v = [(seed + _P1 + _P2) & _MASK, (seed + _P2) & _MASK, seed, (seed - _P1) & _MASK]
        while i + 32 <= n:
            lanes = struct.unpack_from("<4Q", data, i)
            v = [_round(a, b) for a, b in zip(v, lanes)]
            i += 32
        h = (_rotl(v[0], 1) + _rotl(v[1], 7) + _rotl(v[2], 12) + _rotl(v[3], 18)) & _MASK
        for lane in v:
            h = ((h ^ _round(0, lane)) * _P1 + _P4) & _MASK
    else:
        h = (seed + _P5) & _MASK
    h = (h + n) & _MASK
    while i + 8 <= n:
        h ^= _round(0, struct.unpack_from("<Q", data, i)[0])
        h = (_rotl(h, 27) * _P1 + _P4) & _MASK
        i += 8
    if i + 4 <= n:
        h ^= (struct.unpack_from("<I", data, i)[0] * _P1) & _MASK
        h = (_rotl(h, 23) * _P2 + _P3) & _MASK
        i += 4
    while i < n:
        h ^= (data[i] * _P5) & _MASK
        h = (_rotl(h, 11) * _P1) & _MASK
        i += 1
    h ^= h >> 33
    h = (h * _P2) & _MASK
    h ^= h >> 29
    h = (h * _P3) & _MASK
    return h ^ (h >> 32)


def twox64_concat(data):
    return struct.pack("<Q", xxh64(data, 0)) + data


def twox128(data):
    return struct.pack("<QQ", xxh64(data, 0), xxh64(data, 1))


def blake2_128_concat(data):
    return hashlib.blake2b(data, digest_size=16).digest() + data


def prefix(pallet, item):
    return twox128(pallet.encode()) + twox128(item.encode())


# Encoded sizes of real values, read off a dev node (`state_getKeysPaged` and `state_getStorage`
# under each item's prefix) after `healthchain record anchor` and `healthchain pack product`,
# `batch` and `commission`.
ACCOUNT_INFO = 80
RECORD = 45
VERSION = 93
PRODUCT = 96
BATCH = 70
PACK = 79
# The dev genesis' manufacturer, wholesaler and pharmacy (organisations 4, 5, 3).
HOLDERS = (4, 5, 3)


def entries(rng, accounts, records, packs):
    """Yields (key, value) pairs of the added state."""
    account = prefix("System", "Account")
    for _ in range(accounts):
        yield account + blake2_128_concat(rng.randbytes(32)), rng.randbytes(ACCOUNT_INFO)

    record, version = prefix("Records", "Records"), prefix("Records", "Versions")
    first = twox64_concat(struct.pack("<I", 1))
    for _ in range(records):
        rid = blake2_128_concat(rng.randbytes(32))
        yield record + rid, rng.randbytes(RECORD)
        yield version + rid + first, rng.randbytes(VERSION)

    products, batches = prefix("Provenance", "Products"), prefix("Provenance", "Batches")
    gtins = [struct.pack("<Q", 9_506_000_000_000 + 10 * i) for i in range(1000)]
    lots = [b"\x20" + b"LOT%05d" % i for i in range(10)]  # compact length 8, then the lot
    for gtin in gtins:
        yield products + blake2_128_concat(gtin), rng.randbytes(PRODUCT)
        for lot in lots:
            yield batches + blake2_128_concat(gtin) + blake2_128_concat(lot), rng.randbytes(BATCH)

    pack, owned = prefix("Provenance", "Packs"), prefix("Provenance", "Owned")
    stock = {org: owned + twox64_concat(struct.pack("<I", org)) for org in HOLDERS}
    for n in range(packs):
        serial = b"SN%012d" % n  # 14 bytes: compact length 0x38
        key = blake2_128_concat(rng.choice(gtins) + b"\x38" + serial)
        yield pack + key, rng.randbytes(PACK)
        yield stock[rng.choice(HOLDERS)] + key, b""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec", help="the node's raw --dev spec (build-spec --chain dev --raw)")
    parser.add_argument("output")
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--packs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument(
        "--no-empty-values",
        action="store_true",
        help="leave out keys with an empty value (the stock index): the write benchmark rewrites "
        "each key with a random value of the same length, so an empty value would measure a "
        "write that changes nothing",
    )
    args = parser.parse_args()

    with open(args.spec) as f:
        spec = json.load(f)
    top = spec["genesis"]["raw"]["top"]
    if not top:
        raise SystemExit(f"{args.spec}: no genesis keys (not a raw spec?)")
    spec["genesis"]["raw"]["top"] = {}
    spec["name"] += " (storage benchmark state)"
    spec["id"] += "_storage_bench"
    head, tail = json.dumps(spec).split('"top": {}', 1)

    rng = random.Random(args.seed)
    added = 0
    with open(args.output, "w") as out:
        out.write(head + '"top": {')
        out.write(",".join(f'"{k}": "{v}"' for k, v in top.items()))
        for key, value in entries(rng, args.accounts, args.records, args.packs):
            if "0x" + key.hex() in top or (args.no_empty_values and not value):
                continue
            out.write(f',"0x{key.hex()}":"0x{value.hex()}"')
            added += 1
        out.write("}" + tail)
    print(f"{args.output}: {len(top)} genesis keys and {added} added")


if __name__ == "__main__":
    main()
