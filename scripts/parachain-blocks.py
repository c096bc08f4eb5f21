#!/usr/bin/env python3
"""What became of the fullest blocks the collators built, for scripts/bench-parachain.sh.

A collator's "Prepared block" log line shows that it *built* a block, not that the relay chain
took it: a sibling on the same parent may be backed instead, and a candidate whose relay parent
is in the previous session is dropped at a session change. This script joins three sources:

- the collators' logs: each block they built (number, extrinsics, build time, why it ended) and
  the hash it got once sealed ("Pre-sealed … Hash now");
- the collators' relay-chain updates ("Update at relay chain block #R … backed: #N (0xabcd…1234),
  included: #N (…)"): in which relay block each parachain block was backed and included;
- collator 1's JSON-RPC: which block is canonical at each height, and how far it has finalised;
- the validators' logs: each candidate they failed to validate, why, and how many of them did.

With `--wait S` it first polls (at most S seconds) until the parachain's finalised head reaches the
highest of the reported blocks, so that "superseded" and "finalised" are settled, not guessed.

    scripts/parachain-blocks.py DIR [--port 9944] [--top 5] [--wait 180]

`--await-final N` does only the waiting, for bench-parachain.sh's start: until collator 1 has
finalised block #N (at most `--wait` seconds, a node not answering yet counting as #0); exits 1
if it has not.
"""

import argparse
import glob
import json
import os
import re
import sys
import time
import urllib.request

PREPARED = re.compile(
    r"Prepared block for proposing at (\d+) \((\d+) ms\) hash: (0x[0-9a-f]+);.*"
    r"end: (\w+); extrinsics_count: (\d+)"
)
SEALED = re.compile(r"Pre-sealed block for proposal at \d+\. Hash now (0x[0-9a-f]+), previously (0x[0-9a-f]+)")
UPDATE = re.compile(r"Update at relay chain block #(\d+) \([^)]*\) - (.*)")
PART = re.compile(r"(backed|included|timed out): #(\d+) \((0x[0-9a-f]{4})…([0-9a-f]{4})\)")
REFUSED = re.compile(r"Failed to validate candidate para_id=\d+ candidate_hash=(0x[0-9a-f]+) error=(.*)")
# A PVF worker that died without a verdict names no candidate: counted per validator and second.
WORKER_DIED = re.compile(r"candidate validation: possibly invalid: (.*?) artifact_id=")
VALIDATORS = ("alice", "bob", "charlie", "dave")


def rpc(port, method, params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["result"]


def finalized_number(port):
    head = rpc(port, "chain_getFinalizedHead", [])
    return int(rpc(port, "chain_getHeader", [head])["number"], 16)


def await_final(port, number, seconds, tolerate_errors=False):
    """The finalised head's number once it reaches `number`, or after `seconds`. With
    `tolerate_errors` a node that does not answer yet counts as having finalised nothing."""

    def now():
        try:
            return finalized_number(port)
        except (OSError, ValueError, KeyError, TypeError):
            if tolerate_errors:
                return 0
            raise

    deadline = time.time() + seconds
    finalized = now()
    while finalized < number and time.time() < deadline:
        time.sleep(2)
        finalized = now()
    return finalized


def short(block_hash):
    """The relay-chain updates print hashes as 0xabcd…1234."""
    return block_hash[:6], block_hash[-4:]


def read_logs(directory):
    """Blocks built (by sealed hash), and the first relay block that backed / included / dropped
    each for not becoming available in time ("timed out")."""
    built, backed, included, timed_out = [], {}, {}, {}
    for path in sorted(glob.glob(os.path.join(directory, "healthchain-collator-*.log"))):
        collator = os.path.basename(path)[: -len(".log")].replace("healthchain-", "")
        pending = {}
        with open(path, errors="replace") as log:
            for line in log:
                if m := PREPARED.search(line):
                    number, ms, unsealed, end, count = m.groups()
                    pending[unsealed] = dict(
                        number=int(number), ms=int(ms), end=end, count=int(count), collator=collator
                    )
                elif m := SEALED.search(line):
                    sealed, unsealed = m.groups()
                    if unsealed in pending:
                        built.append(dict(pending.pop(unsealed), hash=sealed))
                elif m := UPDATE.search(line):
                    relay = int(m.group(1))
                    for kind, number, head, tail in PART.findall(m.group(2)):
                        seen = {"backed": backed, "included": included}.get(kind, timed_out)
                        key = (int(number), head, tail)
                        seen[key] = min(seen.get(key, relay), relay)
    return built, backed, included, timed_out


def refused(directory):
    """Candidates the validators failed to validate: (first seen, hash, why, how many validators)."""
    seen = {}
    for name in VALIDATORS:
        path = os.path.join(directory, f"{name}.log")
        if not os.path.exists(path):
            continue
        with open(path, errors="replace") as log:
            for line in log:
                if m := REFUSED.search(line):
                    candidate, error = m.groups()
                    if "Allocator ran out of space" in error:
                        why = "invalid: the wasm allocator ran out of memory in validate_block"
                    elif "HardTimeout" in error:
                        why = "hard timeout (validation took longer than the backing limit)"
                    else:
                        why = error[:120]
                elif m := WORKER_DIED.search(line):
                    candidate, why = f"(unnamed, {name} {line[11:19]})", f"possibly invalid: {m.group(1)}"
                else:
                    continue
                entry = seen.setdefault(candidate, {"first": line[:19], "why": why, "by": set()})
                entry["first"] = min(entry["first"], line[:19])
                entry["by"].add(name)
    return sorted((e["first"], c, e["why"], len(e["by"])) for c, e in seen.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=9944)
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--wait", type=int, default=0, help="seconds to wait for finality")
    parser.add_argument("--await-final", type=int, metavar="N", help="only wait for #N final")
    args = parser.parse_args()

    if args.await_final is not None:
        reached = await_final(args.port, args.await_final, args.wait, tolerate_errors=True)
        print(reached)
        return 0 if reached >= args.await_final else 1

    try:
        fates(args)
    except (OSError, ValueError, KeyError, TypeError) as error:
        # A node that does not answer (the moments that matter are the loaded ones) must not
        # hide the validators' refusals, which come from the logs alone.
        print(f"(collator 1's JSON-RPC did not answer: {error}; the blocks' fate is unknown)")
    failed = refused(args.directory)
    print(f"candidates the relay chain's validators failed to validate: {len(failed) or 'none'}")
    for first, candidate, why, validators in failed:
        name = f"{candidate[:18]}…" if candidate.startswith("0x") else candidate
        print(f"  {first}  {name}  {why}  ({validators} of {len(VALIDATORS)} validators)")
    return 0


def fates(args):
    """Prints the fullest blocks built and what became of each (needs collator 1's JSON-RPC)."""
    built, _, _, _ = read_logs(args.directory)
    if not built:
        print("no blocks built (no 'Prepared block' lines in the collators' logs)")
        return
    top = sorted(built, key=lambda b: (-b["count"], b["number"]))[: args.top]
    highest = max(b["number"] for b in top)

    finalized = await_final(args.port, highest, args.wait)
    # The logs are read again: the relay-chain updates written while we waited count too.
    _, backed, included, timed_out = read_logs(args.directory)

    waited = "" if finalized >= highest else f"; still below #{highest} after {args.wait} s"
    print(f"parachain finalised head: #{finalized} (collator 1){waited}")
    print("extrinsics  block  built by      ms  end                  backed    included  fate")
    for block in top:
        key = (block["number"], *short(block["hash"]))
        canonical = rpc(args.port, "chain_getBlockHash", [block["number"]])
        if canonical == block["hash"]:
            fate = "finalised" if finalized >= block["number"] else "canonical, not yet final"
        elif finalized >= block["number"]:
            fate = f"superseded by {canonical[:10]}…"
        else:
            fate = "not canonical now, not yet final"
        if key in timed_out:
            fate += f" (backed, then not available in time: dropped at relay #{timed_out[key]})"

        def at(seen):
            return f"relay #{seen[key]}" if key in seen else "-"

        print(
            f"{block['count']:>10}  #{block['number']:<4}  {block['collator']:<11} {block['ms']:>5}"
            f"  {block['end']:<19}  {at(backed):<9} {at(included):<9} {fate}"
        )


if __name__ == "__main__":
    sys.exit(main())
