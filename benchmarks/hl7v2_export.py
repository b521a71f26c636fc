"""HL7 v2 export: messages per second written as text, against the same messages built with hl7apy.

    python -m benchmarks.hl7v2_export [--records 2000] [--repeat 3]

Both sides start from the same segments and fields (``medassess.formats.hl7v2.writer.segments``: escaping, codes, the
embedded record), so the comparison is how a message is put together: medassess joins the fields as
text; the other side builds hl7apy's object model (``Message``, groups, ``Segment``s, one ``Field`` per
repetition, at hl7apy's default validation level) and calls ``to_er7()``. Before timing, the two sides'
messages for every example under every profile are checked to be byte-identical, so like is compared with
like. Reported side by side from one run, best of ``--repeat``: messages per second for each (the medassess
side including the work both share) and the full ``to_hl7v2`` (share gate included), and the headline ratio,
``to_hl7v2`` to hl7apy, with the ungated one beside it.

Records are the shipped passing examples in turn, each with its own record id and free texts of its own
(``benchmarks/_records.py``: the share gate keeps the analysis of a text it has met, so the examples' texts
repeated would time it faster than distinct records; that rate is printed beside), under the MDM^T02
default profile and the ORU^R01 example profile alternately; the hl7apy side times the first twentieth.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from hl7apy.core import Field, Group, Message

from medassess import Record, SiteProfile, load_site_profile, to_hl7v2
from medassess.formats.hl7v2.writer import HL7_VERSION, Segment, build, segments

from ._records import EXAMPLES, ROOT, records

PROFILES = [ROOT / "mappings" / "hl7v2" / "default.toml", ROOT / "mappings" / "hl7v2" / "example-trust-oru.toml"]


def _set(segment: Group, name: str, number: int, value: str) -> None:
    first, *more = value.split("~")
    setattr(segment, f"{name.lower()}_{number}", first)
    for repetition in more:
        field = Field(f"{name}_{number}", version=HL7_VERSION)
        field.value = repetition
        segment.add(field)


def with_hl7apy(record: Record, profile: SiteProfile) -> bytes:
    """The same message through hl7apy's object model."""
    mdm = profile.message == "MDM^T02"
    message = Message("MDM_T02" if mdm else "ORU_R01", version=HL7_VERSION)
    if not mdm:
        result = message.add_group("ORU_R01_PATIENT_RESULT")
        patient = result.add_group("ORU_R01_PATIENT")
        order = result.add_group("ORU_R01_ORDER_OBSERVATION")
    built: list[Segment] = segments(record, profile)
    for name, fields in built:
        if name == "MSH":
            segment = message.msh
        elif name == "OBX":
            group = message.add_group("MDM_T02_OBXNTE_SUPPGRP") if mdm else order.add_group("ORU_R01_OBSERVATION")
            segment = group.add_segment("OBX")
        elif name == "NTE":  # a note on the OBX just added, in its group
            segment = group.add_segment("NTE")
        else:
            parent = message if mdm else {"PID": patient, "OBR": order}[name]
            segment = parent.add_segment(name)
        for number, value in fields.items():
            if value and not (name == "MSH" and number <= 2):
                _set(segment, name, number, value)
    terminator = profile.segment_terminator
    er7: str = message.to_er7()
    return (er7.replace("\r", terminator) + terminator).encode("utf-8")


Cases = list[tuple[Record, SiteProfile]]


def _cases(count: int, *, distinct: bool = True, first: int = 0) -> Cases:
    profiles = [load_site_profile(p) for p in PROFILES]
    found = records(count, distinct=distinct, first=first)
    return [(record, profiles[i % len(profiles)]) for i, record in enumerate(found)]


def _rate(function: Callable[[Record, SiteProfile], bytes], rounds: list[Cases]) -> float:
    """Messages per second in the best round (each round its own cases, so no round meets texts an earlier one
    left in the gate's memos)."""
    best = float("inf")
    for cases in rounds:
        start = time.perf_counter()
        for record, profile in cases:
            function(record, profile)
        best = min(best, (time.perf_counter() - start) / len(cases))
    return 1 / best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hl7v2_export", description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rounds = [_cases(args.records, first=round_ * args.records) for round_ in range(args.repeat)]
    cases = rounds[0]
    for record, profile in cases[: 2 * len(EXAMPLES)]:
        if build(record, profile) != with_hl7apy(record, profile):
            raise SystemExit(f"{record.masked_id}: hl7apy built a different message; the comparison would be unfair")
    fast = _rate(build, rounds)
    # hl7apy is two orders of magnitude slower: a twentieth of the records gives a stable rate in seconds.
    sample = cases[: max(1, len(cases) // 20)]
    slow = _rate(with_hl7apy, [sample] * args.repeat)
    gated = _rate(to_hl7v2, rounds)
    repeated = _rate(to_hl7v2, [_cases(args.records, distinct=False)] * args.repeat)
    print(f"HL7 v2 export, {len(cases)} records, each with its own free texts (hl7apy side: {len(sample)}), ", end="")
    print(f"best of {args.repeat}")
    print(f"  to_hl7v2 with the share gate        {gated:10.0f} msgs/s")
    print(f"    the same, examples' texts repeated {repeated:9.0f} msgs/s")
    print(f"  medassess (fields joined as text)   {fast:10.0f} msgs/s")
    print(f"  hl7apy object model + to_er7()      {slow:10.0f} msgs/s")
    print(f"  ratio, share gate included           {gated / slow:9.1f}x")
    print(f"  ratio, without the gate              {fast / slow:9.1f}x")
    print(f"  ratio, gate, texts repeated          {repeated / slow:9.1f}x")


if __name__ == "__main__":
    main()
