#!/usr/bin/env python3
"""Validates FHIR R5 resources in JSON against an independent implementation of the standard.

Usage: fhir_validate.py [FILE ...]     (no FILE, or "-": one resource from standard input)

Each input holds one JSON resource (a Bundle's entries are validated with it). The checks:

1. FHIR's JSON rules: no null, no empty string, array or object anywhere.
2. The `fhir.resources` R5 models (pydantic): element names, types and cardinalities, required
   elements, primitive formats (dateTime, instant, base64Binary, id, code, uri, ...), choice
   types. Resource ids are held to the standard's 64 characters (the library allows 255).
3. What the models describe but do not enforce: codes of required bindings (the models'
   `enum_values`), the resource types a Reference may name (`enum_reference_types`), and the
   invariants ext-1 (an extension has a value or extensions, not both), per-1 (a period's start
   is not after its end) and the Bundle's bdl-1, bdl-2, bdl-3a-d, bdl-7, bdl-8 and bdl-15.

Prints one line per input, `OK <input>: <resourceType>` or `INVALID <input>: <resourceType>`
followed by one indented line per problem. Exit status: 0 when every input is valid, 1 when one
is not (or is not JSON), 2 when the validator cannot run (fhir.resources missing or not R5).
Installed by scripts/setup.sh (scripts/requirements-fhir.txt) into
$HOME/.cache/healthchain/venv; run it with that venv's python.
"""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any, Iterator

EXPECTED_FHIR_VERSION = "5.0.0"
MAX_ID_LENGTH = 64  # FHIR R5, datatypes: id is [A-Za-z0-9\-\.]{1,64}


def load_models():
    """The fhir.resources R5 model lookup, with ids limited to the standard's 64 characters."""
    try:
        import fhir_core.constraints

        # Must happen before any model is imported: pydantic builds the schemas then.
        fhir_core.constraints.TYPES_ID_MAX_LENGTH = MAX_ID_LENGTH
        import fhir.resources
        from fhir.resources import get_fhir_model_class
        from fhir_core.fhirabstractmodel import FHIRAbstractModel
    except ImportError as e:
        print(
            f"fhir_validate: cannot import fhir.resources ({e}); install "
            "scripts/requirements-fhir.txt (scripts/setup.sh does, into "
            "$HOME/.cache/healthchain/venv) and run this script with that python",
            file=sys.stderr,
        )
        sys.exit(2)
    version = getattr(fhir.resources, "__fhir_version__", "?")
    if version != EXPECTED_FHIR_VERSION:
        print(
            f"fhir_validate: fhir.resources {fhir.resources.__version__} implements FHIR "
            f"{version}, not R5 ({EXPECTED_FHIR_VERSION}); install "
            "scripts/requirements-fhir.txt",
            file=sys.stderr,
        )
        sys.exit(2)
    return get_fhir_model_class, FHIRAbstractModel


# 1. FHIR JSON rules ------------------------------------------------------------------------


def json_problems(value: Any, path: str, null_ok: bool = False) -> Iterator[str]:
    """`null_ok`: inside a primitive array that has a `_name` twin (or is one), where null
    keeps the two aligned."""
    if value is None:
        if not null_ok:
            yield f"{path}: null is not allowed in FHIR JSON (leave the element out)"
    elif isinstance(value, str):
        if value.strip() == "":
            yield f"{path}: empty string (FHIR strings have at least one non-space character)"
    elif isinstance(value, list):
        if not value:
            yield f"{path}: empty array (leave the element out)"
        for i, item in enumerate(value):
            yield from json_problems(item, f"{path}[{i}]", null_ok)
    elif isinstance(value, dict):
        if not value:
            yield f"{path}: empty object (leave the element out)"
        for key, item in value.items():
            twin = key[1:] if key.startswith("_") else "_" + key
            aligned = isinstance(item, list) and twin in value
            yield from json_problems(item, f"{path}.{key}", aligned)


# 2. The models -----------------------------------------------------------------------------


def model_problems(resource: dict, get_model) -> tuple[Any, list[str]]:
    from pydantic import ValidationError

    kind = resource.get("resourceType")
    if not isinstance(kind, str):
        return None, ["resourceType: missing (every FHIR resource names its type)"]
    try:
        model = get_model(kind)
    except ValueError:
        return None, [f"resourceType: {kind!r} is not an R5 resource type"]
    try:
        return model.model_validate(resource), []
    except ValidationError as e:
        problems = []
        for error in e.errors():
            where = kind + "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"]
            )
            message = error["msg"].replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
            value = error.get("input")
            shown = repr(value) if isinstance(value, (str, int, float, bool)) else ""
            if len(shown) > 80:
                shown = shown[:76] + "...'"
            problems.append(f"{where}: {message}" + (f" (got {shown})" if shown else ""))
        return None, problems


# 3. What the models describe but do not enforce --------------------------------------------


def walk(node: Any, path: str, base) -> Iterator[tuple[str, Any]]:
    """Every FHIR model instance under `node`, with its path."""
    if isinstance(node, base):
        yield path, node
        for name in type(node).model_fields:
            child = getattr(node, name, None)
            if child is not None:
                yield from walk(child, f"{path}.{name}", base)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk(item, f"{path}[{i}]", base)


def binding_problems(root: Any, base) -> Iterator[str]:
    from fhir.resources.reference import Reference

    for path, node in walk(root, root.get_resource_type(), base):
        for name, field in type(node).model_fields.items():
            extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
            value = getattr(node, name, None)
            if value is None:
                continue
            allowed = extra.get("enum_values")
            if allowed:
                for code in value if isinstance(value, list) else [value]:
                    if isinstance(code, str) and code not in allowed:
                        yield (
                            f"{path}.{name}: {code!r} is not in the required value set "
                            f"({' | '.join(allowed)})"
                        )
            targets = extra.get("enum_reference_types")
            if targets and "Resource" not in targets:
                for i, ref in enumerate(value if isinstance(value, list) else [value]):
                    if not isinstance(ref, Reference):
                        continue
                    where = f"{path}.{name}" + (f"[{i}]" if isinstance(value, list) else "")
                    named = []
                    if ref.type:
                        named.append(ref.type)
                    if (
                        ref.reference
                        and "/" in ref.reference
                        and not ref.reference.startswith(("urn:", "#"))
                    ):
                        named.append(ref.reference.rstrip("/").split("/")[-2])
                    for kind in named:
                        if kind not in targets:
                            yield (
                                f"{where}: a reference to {kind} where only "
                                f"{', '.join(targets)} may be referenced"
                            )


def as_utc(moment: Any, end: bool) -> datetime.datetime | None:
    if isinstance(moment, datetime.datetime):
        if moment.tzinfo is None:
            return None
        return moment.astimezone(datetime.timezone.utc)
    if isinstance(moment, datetime.date):
        day = datetime.datetime.combine(moment, datetime.time(), datetime.timezone.utc)
        return day + datetime.timedelta(days=1) - datetime.timedelta(microseconds=1) if end else day
    return None  # partial dates (year, year-month): not compared


def invariant_problems(root: Any, base) -> Iterator[str]:
    from fhir.resources.extension import Extension
    from fhir.resources.period import Period

    for path, node in walk(root, root.get_resource_type(), base):
        if isinstance(node, Extension):
            values = [
                n for n in type(node).model_fields if n.startswith("value") and n[5:6].isupper()
            ]
            has_value = any(getattr(node, n, None) is not None for n in values)
            if has_value == bool(node.extension):
                yield f"{path}: ext-1: an extension has a value or extensions (one of the two)"
        if isinstance(node, Period) and node.start is not None and node.end is not None:
            start, end = as_utc(node.start, False), as_utc(node.end, True)
            if start and end and start > end:
                yield f"{path}: per-1: the start ({node.start}) is after the end ({node.end})"
        if node.get_resource_type() == "Bundle":
            yield from bundle_problems(node, path)


def bundle_problems(bundle: Any, path: str) -> Iterator[str]:
    kind = bundle.type
    entries = bundle.entry or []
    if bundle.total is not None and kind not in ("searchset", "history"):
        yield f"{path}: bdl-1: total only when a search or history (type is {kind})"
    full_urls: dict[str, int] = {}
    for i, entry in enumerate(entries):
        where = f"{path}.entry[{i}]"
        method = entry.request.method if entry.request else None
        if entry.search is not None and kind != "searchset":
            yield f"{where}: bdl-2: entry.search only when a search"
        if entry.resource is None and entry.request is None and entry.response is None:
            yield f"{where}: bdl-5: an entry has a resource, a request or a response"
        if kind in ("document", "message", "searchset", "collection"):
            if entry.resource is None or entry.request is not None or entry.response is not None:
                yield f"{where}: bdl-3a: a {kind} entry has a resource and no request or response"
        if kind == "history":
            if entry.request is None or entry.response is None:
                yield f"{where}: bdl-3b: a history entry has a request and a response"
            elif (method in ("POST", "PATCH", "PUT")) != (entry.resource is not None):
                yield f"{where}: bdl-3b: a history entry has a resource iff POST, PUT or PATCH"
        if kind in ("transaction", "batch") and (
            entry.request is None
            or (method in ("POST", "PUT", "PATCH")) != (entry.resource is not None)
        ):
            yield f"{where}: bdl-3c: a {kind} entry has a request, a resource iff POST, PUT, PATCH"
        if kind in ("transaction-response", "batch-response") and entry.response is None:
            yield f"{where}: bdl-3d: a {kind} entry has a response"
        if kind not in ("transaction", "transaction-response", "batch", "batch-response"):
            if not entry.fullUrl and method != "POST":
                yield f"{where}: bdl-15: fullUrl is required in a {kind} bundle"
        if entry.fullUrl:
            if "/_history/" in entry.fullUrl:
                yield f"{where}: bdl-8: fullUrl cannot be a version specific reference"
            version = (
                entry.resource.meta.versionId if entry.resource and entry.resource.meta else None
            )
            key = f"{entry.fullUrl}|{version}"
            if kind != "history" and key in full_urls:
                yield f"{where}: bdl-7: fullUrl {entry.fullUrl} repeats entry[{full_urls[key]}]"
            full_urls.setdefault(key, i)


# -------------------------------------------------------------------------------------------


def validate(text: str, get_model, base) -> tuple[str, list[str]]:
    try:
        resource = json.loads(text)
    except json.JSONDecodeError as e:
        return "?", [f"not JSON: {e}"]
    if not isinstance(resource, dict):
        return "?", ["not a JSON object (a FHIR resource is an object with a resourceType)"]
    kind = str(resource.get("resourceType", "?"))
    problems = list(json_problems(resource, kind))
    instance, model = model_problems(resource, get_model)
    problems += model
    if instance is not None:
        problems += binding_problems(instance, base)
        problems += invariant_problems(instance, base)
    return kind, problems


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    get_model, base = load_models()
    inputs = argv or ["-"]
    failed = 0
    for name in inputs:
        label = "<stdin>" if name == "-" else name
        try:
            text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()
        except OSError as e:
            print(f"INVALID {label}: cannot read: {e}")
            failed += 1
            continue
        kind, problems = validate(text, get_model, base)
        if problems:
            failed += 1
            print(f"INVALID {label}: {kind}: {len(problems)} problem(s) against FHIR R5")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"OK {label}: {kind} is valid FHIR R5")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
