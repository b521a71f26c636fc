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

Records are the shipped passing examples in turn, each with its own record id.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from medassess import Record, load_record, to_fhir_json
from medassess.formats.fhir.writer import dumps, unchecked_bundle

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))


def records(count: int) -> list[Record]:
    """``count`` records: the examples in turn, each with its own record id."""
    base = [load_record(p) for p in EXAMPLES]
    return [base[i % len(base)].model_copy(update={"record_id": f"bench-{i:06d}"}) for i in range(count)]


def fast(record: Record) -> bytes:
    return dumps(unchecked_bundle(record))


def with_fhir_resources(record: Record) -> bytes:
    return Bundle.model_validate(unchecked_bundle(record)).model_dump_json().encode()


def _timed(function: Callable[[Record], bytes], batch: list[Record]) -> float:
    start = time.perf_counter()
    for record in batch:
        function(record)
    return time.perf_counter() - start


def _best(functions: list[Callable[[Record], bytes]], batch: list[Record], repeat: int) -> list[float]:
    """Best time of each function over the batch; rounds alternate between them, so a busy machine slows
    every side alike rather than whichever happened to run during the busy spell."""
    best = [float("inf")] * len(functions)
    for _ in range(repeat):
        for i, function in enumerate(functions):
            best[i] = min(best[i], _timed(function, batch))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    batch = records(args.records)
    for record in batch[: len(EXAMPLES)]:
        # fhir.resources writes instants with "Z" where medassess keeps the record's "+00:00": compare the
        # Bundles as fhir.resources reads them.
        if Bundle.model_validate_json(fast(record)).model_dump_json() != with_fhir_resources(record).decode():
            raise SystemExit(f"fhir.resources wrote a different Bundle for {record.record_id}; not comparable")
    fast_s, slow_s, gated_s = _best([fast, with_fhir_resources, to_fhir_json], batch, args.repeat)
    n = len(batch)
    print(f"records: {n} (best of {args.repeat})")
    print(f"to_fhir_json, share gate included:          {n / gated_s:10.0f} records/s")
    print(f"fast path (dicts + orjson), no gate:        {n / fast_s:10.0f} records/s")
    print(f"fhir.resources (model_validate + dump_json): {n / slow_s:10.0f} records/s")
    print(f"ratio to fhir.resources, share gate included: {slow_s / gated_s:.1f}x")
    print(f"ratio to fhir.resources, without the gate:    {slow_s / fast_s:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
