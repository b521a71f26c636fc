"""FHIR XML: medassess's converter against fhir.resources' own XML, writing and reading the same Bundles.

    python -m benchmarks.fhir_xml [--records 100] [--repeat 3]

Writing: ``json_to_xml(build_bundle(record))`` (what ``medassess export --to fhir-xml`` does after the gate)
against ``Bundle.model_validate(build_bundle(record)).model_dump_xml()``. Reading: ``xml_to_json`` (hardened
parse, definition-ordered dict) against ``Bundle.model_validate_xml``. Before timing, fhir.resources is checked
to read medassess's XML as the same Bundle it reads from its own, so like is compared with like. Reported side
by side from one run, best of ``--repeat``: records per second for each and their ratio.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from medassess import Record, build_bundle, load_record
from medassess.formats.fhir.xml import json_to_xml, xml_to_json

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))


def records(count: int) -> list[Record]:
    """``count`` records: the examples in turn, each with its own record id."""
    base = [load_record(p) for p in EXAMPLES]
    return [base[i % len(base)].model_copy(update={"record_id": f"bench-{i:06d}"}) for i in range(count)]


def _best(function: Callable[[Any], object], batch: list[Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in batch:
            function(item)
        best = min(best, time.perf_counter() - start)
    return best


def _line(label: str, count: int, ours: float, theirs: float) -> str:
    return (
        f"{label}: medassess {count / ours:,.0f}/s, fhir.resources {count / theirs:,.0f}/s, "
        f"medassess is {theirs / ours:.1f}x as fast"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    bundles = [build_bundle(r) for r in records(args.records)]
    ours_xml = [json_to_xml(b) for b in bundles]
    theirs_xml = [Bundle.model_validate(b).model_dump_xml() for b in bundles]
    for mine, own in zip(ours_xml[: len(EXAMPLES)], theirs_xml, strict=False):
        if Bundle.model_validate_xml(mine).model_dump(mode="json") != Bundle.model_validate_xml(own).model_dump(
            mode="json"
        ):
            print("fhir.resources reads medassess's XML differently from its own: not comparable")
            return 1
    write_ours = _best(json_to_xml, bundles, args.repeat)
    write_theirs = _best(lambda b: Bundle.model_validate(b).model_dump_xml(), bundles, args.repeat)
    read_ours = _best(xml_to_json, ours_xml, args.repeat)
    read_theirs = _best(Bundle.model_validate_xml, ours_xml, args.repeat)
    print(f"{args.records} document Bundles ({len(EXAMPLES)} examples in turn), best of {args.repeat}")
    print(_line("write XML", args.records, write_ours, write_theirs))
    print(_line("read XML ", args.records, read_ours, read_theirs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
