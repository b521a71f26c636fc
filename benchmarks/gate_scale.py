"""The share gate is linear in the record's size, and rules sharing facts cost what they read, not what the
facts cost to derive.

    python -m benchmarks.gate_scale [--medicines 10000] [--records 100] [--rules 0,8,32] [--repeat 3]

Validating is what ``medassess validate`` does with each file: ``parse_record`` on the bytes (JSON, the
record model and its references) and then the share gate (``check``), through the public API.

1. Size. One generated record with N medicines, each with its own assessment, for N up to ``--medicines``
   (realistic names across the medicine classes, one in three dm+d coded, each assessment written out with
   its author, date and a conclusion of its own), timed next to ``--records`` ordinary records (the shipped
   passing examples in turn). Reported: seconds, microseconds per medicine (flat when the cost is linear),
   the growth of that per-medicine cost from the smallest N to the largest, and the largest record's time
   against the ordinary records', in all and per medicine.
2. Rules. ``--rules`` extra rules registered for the run, each reading the facts the real rules read
   (classifications, medicines needing assessment, required assessments, conclusions, authored parts,
   signers) once per record, against the same number of rules each deriving those facts afresh, as every
   rule did before facts were shared: the gate's cost per record, ordinary and large, for each count.

Best of ``--repeat``; the sides of each comparison alternate round by round, so a busy machine slows both.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from medassess import Limits, Record, check, parse_record
from medassess.gate.facts import RecordFacts
from medassess.gate.registry import GateContext, Problem, registered, rule

LARGE = Limits(nodes=1_000_000, record_bytes=64 * 1024 * 1024)
"""The generated records of thousands of medicines are far beyond a real record, so they are read within
raised limits (the defaults refuse them, as they should a real file: docs/security.md, Limits)."""
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))
BASE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"

# (name, dm+d id or None): medicines a long list holds, across the classes (ids from the shipped code lists).
MEDICINES: tuple[tuple[str, str | None], ...] = (
    ("Methadone 1mg/ml oral solution", None),
    ("Sertraline 50mg tablets", "39704111000001102"),
    ("Diazepam 5mg tablets", "42128311000001104"),
    ("Pregabalin 75mg capsules", "42135711000001109"),
    ("Buprenorphine 8mg sublingual tablets", None),
    ("Lamotrigine 100mg tablets", None),
    ("Quetiapine 25mg tablets", None),
    ("Sodium valproate 200mg gastro-resistant tablets", "322956002"),
    ("Lithium carbonate 400mg modified-release tablets", None),
)


def generated(medicines: int) -> bytes:
    """A shareable record with ``medicines`` medicines, each assessed on its own, as JSON bytes. Each part is
    written briefly, as a long list's would be, so 10,000 of them fit the 10 MiB a record file may hold."""
    data: dict[str, Any] = orjson.loads(BASE.read_bytes())
    author = data["assessments"][0]["author"]
    data["medicines"], data["assessments"] = [], []
    for i in range(medicines):
        name, code = MEDICINES[i % len(MEDICINES)]
        medicine: dict[str, Any] = {"id": f"med-{i}", "name": name, "dose": f"{5 + i % 40} mg once daily"}
        if code is not None and i % 3 == 0:
            medicine["code"] = {"system": "https://dmd.nhs.uk", "code": code, "display": name}
        data["medicines"].append(medicine)
        data["assessments"].append(
            {
                "id": f"asm-{i}",
                "medicine_ids": [f"med-{i}"],
                "impact_on_mother": {"sedation": "yes", "safe_sleep": "Never share a bed or sofa after a dose."},
                "impact_on_baby": {
                    "summary": "Withdrawal signs may start two to eight days after birth.",
                    "neonatal_withdrawal_plan": "Observe for 72 hours on the ward.",
                    "breastfeeding": "Compatible with breastfeeding.",
                },
                "recommendations": "Do not stop or change the dose without the prescriber.",
                "conclusion": (
                    f"{name.split()[0]} {5 + i % 40} mg daily continues, reviewed at visit {i}; the baby needs "
                    "observation after birth and no co-sleeping because of sedation after each dose."
                ),
                "author": author,
                "date": "2026-03-02",
            }
        )
    return orjson.dumps(data)


def ordinary(count: int) -> list[bytes]:
    """``count`` record files' bytes: the shipped passing examples in turn, each with its own record id."""
    bases = [orjson.loads(p.read_bytes()) for p in EXAMPLES]
    return [orjson.dumps({**bases[i % len(bases)], "record_id": str(uuid.UUID(int=i + 1))}) for i in range(count)]


def validate(files: list[bytes]) -> None:
    for content in files:
        check(parse_record(content, limits=LARGE))


def _best(functions: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    best = [float("inf")] * len(functions)
    for _ in range(repeat):
        for i, function in enumerate(functions):
            start = time.perf_counter()
            function()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def _reads_shared_facts(record: Record, context: GateContext) -> Iterator[Problem]:
    facts = context.facts
    _read(facts)
    return iter(())


def _derives_facts_afresh(record: Record, context: GateContext) -> Iterator[Problem]:
    _read(RecordFacts(record))
    return iter(())


def _read(facts: RecordFacts) -> None:
    """What a rule typically reads: every medicine's class, and each written or required part."""
    for _ in facts.classifications.values():
        pass
    for part in (facts.needing, facts.required_assessments, facts.conclusions, facts.authored, facts.signers):
        for _ in part:
            pass


@contextlib.contextmanager
def extra_rules(count: int, function: Callable[[Record, GateContext], Iterator[Problem]]) -> Iterator[None]:
    """``count`` more rules in the catalogue for the duration (codes MA900 up, never shipped)."""
    codes = [f"MA{900 + i}" for i in range(count)]
    for code in codes:
        rule(code, f"benchmark-rule-{code.lower()}", "warning", "Benchmark only.")(function)
    try:
        yield
    finally:
        for code in codes:
            del registered()[code]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--medicines", type=int, default=10_000)
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--rules", default="0,8,32", help="counts of extra rules, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = sorted({n for n in (args.medicines // 10, args.medicines // 4, args.medicines // 2, args.medicines) if n})
    big = {n: generated(n) for n in sizes}
    small = ordinary(args.records)
    parsed = {n: parse_record(b, limits=LARGE) for n, b in big.items()}
    refused = {n: sorted({i.code for i in check(r) if i.severity == "error"}) for n, r in parsed.items()}
    if any(refused.values()):
        # Still timed (the gate's cost is the question), but say so: a new rule refuses the generated record.
        print(f"note: the gate refuses the generated records: {refused}")

    print(f"1. Validating (parse_record + check), best of {args.repeat}")
    timings = _best([partial(validate, small)] + [partial(validate, [b]) for b in big.values()], args.repeat)
    ordinary_s, by_size = timings[0], dict(zip(sizes, timings[1:], strict=True))
    ordinary_medicines = sum(len(orjson.loads(b)["medicines"]) for b in small)
    print(f"{'record':<40}{'MiB':>7}{'seconds':>10}{'us/medicine':>13}")
    print(
        f"{f'{args.records} ordinary records ({ordinary_medicines} medicines)':<40}"
        f"{sum(map(len, small)) / 2**20:>7.1f}{ordinary_s:>10.3f}{ordinary_s / ordinary_medicines * 1e6:>13.1f}"
    )
    for n, seconds in by_size.items():
        label = f"one record, {n:,} medicines"
        print(f"{label:<40}{len(big[n]) / 2**20:>7.1f}{seconds:>10.3f}{seconds / n * 1e6:>13.1f}")
    first, last = sizes[0], sizes[-1]
    growth = (by_size[last] / last) / (by_size[first] / first)
    print(f"cost per medicine, {last:,} against {first:,} medicines: {growth:.2f}x (1.00x is linear)")
    times = by_size[last] / ordinary_s
    print(f"one record of {last:,} medicines takes {times:.1f}x the time of {args.records} ordinary records")
    per_medicine = (by_size[last] / last) / (ordinary_s / ordinary_medicines)
    print(f"per medicine it costs {per_medicine:.2f}x what the ordinary records cost (1.00x: size alone decides)")

    counts = [int(c) for c in args.rules.split(",")]
    largest = parse_record(big[last], limits=LARGE)
    records = [parse_record(b) for b in small]
    print(f"\n2. The gate alone (check) with extra rules reading the same facts, best of {args.repeat}")
    headings = ("shared: ms/record", "afresh: ms/record", "shared: large s", "afresh: large s")
    print(f"{'extra rules':>11}" + "".join(f"{h:>19}" for h in headings))
    baseline: list[float] = []
    for count in counts:
        row = []
        for function in (_reads_shared_facts, _derives_facts_afresh):
            with extra_rules(count, function):
                small_s, large_s = _best([lambda: [check(r) for r in records], lambda: check(largest)], args.repeat)
            row += [small_s / len(records) * 1e3, large_s]
        if not baseline:
            baseline = row
        print(f"{count:>11}{row[0]:>19.3f}{row[2]:>19.3f}{row[1]:>19.3f}{row[3]:>19.3f}")
    print(
        f"with {counts[-1]} extra rules the gate costs {row[0] / baseline[0]:.2f}x per ordinary record and "
        f"{row[1] / baseline[1]:.2f}x on the large one when the facts are shared; "
        f"{row[2] / baseline[2]:.2f}x and {row[3] / baseline[3]:.2f}x when each rule derives them"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
