"""FHIR JSON export: records per second on the fast path, against building the same Bundle with fhir.resources.

    python -m benchmarks.fhir_export [--records 1000] [--repeat 3]

The fast path is what ``medassess export --to fhir-json`` does after the share gate: the mapping to plain
dicts (``unchecked_bundle``, which ``build_bundle`` calls once the gate has passed) and one ``orjson``
serialisation. The straightforward route builds the same Bundle as fhir.resources
(R4B) models and serialises it with ``model_dump_json``: here the models are validated from the same dicts
(``Bundle.model_validate``), which costs what constructing them field by field costs. Before timing, the
fast path's bytes read by fhir.resources are checked to be the Bundle it builds itself, so like is compared
with like. Reported side by
side from one run, best of ``--repeat``: records per second for each, and the headline ratio: the full
``to_fhir_json`` (share gate included) to the fhir.resources route, with the ungated fast path's beside it.
The floor is the same bytes from the Bundle's dicts made before timing (``orjson`` alone): how far the fast
path's mapping is from only serialising (the issue's goal: within 5x of it).

Records are the shipped passing examples in turn, each with its own record id and free texts of its own
(``benchmarks/_records.py``): the share gate keeps the analysis of a text it has met, so records repeating
the same seven texts would time it faster than distinct records. The gated rate on the examples repeated
as they are is printed beside, for comparison.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from fhir.resources.R4B.bundle import Bundle

from medassess import Record, to_fhir_json
from medassess.formats.fhir.writer import dumps, unchecked_bundle

from ._records import EXAMPLES
from ._records import records as _records


def records(count: int, *, distinct: bool = True, first: int = 0) -> list[Record]:
    """``count`` records: the examples in turn, each with its own record id and (``distinct``) free texts."""
    return _records(count, distinct=distinct, first=first)


def fast(record: Record) -> bytes:
    return dumps(unchecked_bundle(record))


def with_fhir_resources(record: Record) -> bytes:
    return Bundle.model_validate(unchecked_bundle(record)).model_dump_json().encode()


def _timed(function: Callable[[Record], bytes], batch: list[Record]) -> float:
    start = time.perf_counter()
    for record in batch:
        function(record)
    return time.perf_counter() - start


def _best(functions: list[Callable[[Record], bytes]], batches: list[list[Record]]) -> list[float]:
    """Best time of each function over a batch, one batch a round; rounds alternate between them, so a busy
    machine slows every side alike rather than whichever happened to run during the busy spell."""
    best = [float("inf")] * len(functions)
    for batch in batches:
        for i, function in enumerate(functions):
            best[i] = min(best[i], _timed(function, batch))
    return best


def _serialise(bundles: list[dict[str, object]]) -> float:
    """Time to serialise a batch's Bundles from dicts made before timing: the bytes, nothing else (the floor)."""
    start = time.perf_counter()
    for bundle in bundles:
        dumps(bundle)
    return time.perf_counter() - start


def _best_with_floor(
    functions: list[Callable[[Record], bytes]], batches: list[list[Record]]
) -> tuple[list[float], float]:
    """As :func:`_best`, with the floor timed in the same rounds, right after the functions on the same batch:
    timed in a phase of its own, a busy spell would fall on the floor alone and swing its ratio."""
    best = [float("inf")] * len(functions)
    floor = float("inf")
    for batch in batches:
        bundles = [unchecked_bundle(record) for record in batch]
        for i, function in enumerate(functions):
            best[i] = min(best[i], _timed(function, batch))
        floor = min(floor, _serialise(bundles))
    return best, floor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    batches = [records(args.records, first=round_ * args.records) for round_ in range(args.repeat)]
    batch = batches[0]
    for record in batch[: len(EXAMPLES)]:
        # fhir.resources writes instants with "Z" where medassess keeps the record's "+00:00": compare the
        # Bundles as fhir.resources reads them.
        if Bundle.model_validate_json(fast(record)).model_dump_json() != with_fhir_resources(record).decode():
            raise SystemExit(f"fhir.resources wrote a different Bundle for {record.record_id}; not comparable")
    repeated = records(args.records, distinct=False)
    (fast_s, slow_s, gated_s), floor_s = _best_with_floor([fast, with_fhir_resources, to_fhir_json], batches)
    (repeated_s,) = _best([to_fhir_json], [repeated] * args.repeat)
    n = len(batch)
    print(f"records: {n} a round, each with its own free texts (best of {args.repeat} rounds)")
    print(f"to_fhir_json, share gate included:          {n / gated_s:10.0f} records/s")
    print(f"  the same on the examples' texts repeated:  {n / repeated_s:10.0f} records/s")
    print(f"fast path (dicts + orjson), no gate:        {n / fast_s:10.0f} records/s")
    print(f"fhir.resources (model_validate + dump_json): {n / slow_s:10.0f} records/s")
    print(f"floor (prebuilt dicts + orjson):            {n / floor_s:10.0f} records/s")
    print(f"ratio to fhir.resources, share gate included: {slow_s / gated_s:.1f}x")
    print(f"ratio to fhir.resources, without the gate:    {slow_s / fast_s:.1f}x")
    print(f"ratio to fhir.resources, gate, texts repeated: {slow_s / repeated_s:.1f}x")
    print(f"fast path to the floor (goal: within 5x):     {fast_s / floor_s:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
