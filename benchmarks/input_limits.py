"""Input limits: what the checks cost on ordinary input, and format detection on hostile heads.

    python -m benchmarks.input_limits [--repeat 5]

Checks: for each shipped passing example, the limit checks medassess runs before parsing (JSON: the bound
worked out at C speed; HL7 v2: the counts on its bytes) against the parse they guard (orjson, decoding and
splitting into segments and fields), and XML read within the limits (``parse_xml``) against the same
hardened parser without them. Detection: ``sniff`` on hostile heads (thousands of unfinished ``<Bundle``
tags, unclosed comments...) of 16 KiB and 64 KiB; time linear in the head grows four times from one to the
other, quadratic sixteen times. The FHIR XML sniffer before the limits is run beside it for comparison.
Best of ``--repeat``, side by side in one run; process time, so a busy machine
skews the figures less.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import orjson
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from medassess import Limits, load_record, to_fhir_json, to_fhir_xml, to_hl7v2
from medassess.core.exceptions import ReadError
from medassess.core.limits import _plainly_within, check_hl7v2
from medassess.core.safe_xml import _parser, parse_xml
from medassess.formats.fhir.writer import sniff as sniff_json
from medassess.formats.fhir.xml import sniff as sniff_xml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))

_BEFORE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?Bundle\b[^>]*\bxmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*[\"']http://hl7\.org/fhir[\"']"
)


def sniff_xml_before(content: bytes) -> bool:
    """The FHIR XML sniffer as it was before the limits: a regex search over the head."""
    head = content[: 64 * 1024]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and _BEFORE.search(head) is not None


HEADS: dict[str, Callable[[int], bytes]] = {
    "unfinished <Bundle tags": lambda size: b"<Bundle " * (size // 8),
    "namespace prefixes": lambda size: b"<Bundle" + b" xmlns:a" * (size // 8),
    "unclosed comments": lambda size: b"<!--" * (size // 4),
    "JSON keys": lambda size: b"{" + b'"resourceType":' * (size // 15),
}


def _parsed_alone(xml: bytes) -> object:
    """The hardened parser without parse_xml's limits (a fresh parser each time, as parse_xml makes one)."""
    return etree.fromstring(xml, _parser())


def _split_alone(hl7v2: bytes) -> list[list[str]]:
    """The parse check_hl7v2 guards: decoding and splitting into segments and fields."""
    return [s.split("|") for s in hl7v2.decode().split("\r")]


def _best(function: Callable[[], object], repeat: int, number: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(number):
            function()
        best = min(best, (time.process_time() - start) / number)
    return best


def _checks(repeat: int) -> None:
    limits = Limits()
    checks = {"record JSON": 0.0, "FHIR JSON": 0.0, "FHIR XML": 0.0, "HL7 v2": 0.0}
    guarded = dict.fromkeys(checks, 0.0)
    for path in EXAMPLES:
        record = load_record(path)
        record_json, fhir_json = path.read_bytes(), to_fhir_json(record)
        fhir_xml, hl7v2 = to_fhir_xml(record), to_hl7v2(record)
        for name, content in (("record JSON", record_json), ("FHIR JSON", fhir_json)):
            checks[name] += _best(partial(_plainly_within, content, limits), repeat, 200)
            guarded[name] += _best(partial(orjson.loads, content), repeat, 200)
        checks["FHIR XML"] += _best(partial(parse_xml, fhir_xml, limits=limits), repeat, 20)
        guarded["FHIR XML"] += _best(partial(_parsed_alone, fhir_xml), repeat, 20)
        checks["HL7 v2"] += _best(partial(check_hl7v2, hl7v2, limits, source="b", error=ReadError), repeat, 200)
        guarded["HL7 v2"] += _best(partial(_split_alone, hl7v2), repeat, 200)
    print(f"checks on the {len(EXAMPLES)} passing examples, microseconds per document, best of {repeat}:")
    for name in checks:
        ours, theirs = checks[name] / len(EXAMPLES) * 1e6, guarded[name] / len(EXAMPLES) * 1e6
        what = "parse_xml (hardening, limits) vs the parser alone" if name == "FHIR XML" else "checks vs the parse"
        print(f"  {name:11s} {what}: {ours:7.1f} vs {theirs:7.1f} ({ours / theirs:.2f}x)")


def _detection(repeat: int) -> None:
    print(f"format detection on hostile heads, microseconds, best of {repeat}:")
    sniffers: dict[str, Callable[[bytes], bool]] = {
        "sniff": lambda c: sniff_xml(c) or sniff_json(c),
        "before": sniff_xml_before,
    }
    for name, make in HEADS.items():
        small, large = make(16 * 1024), make(64 * 1024)
        for label, sniff in sniffers.items():
            at_16 = _best(partial(sniff, small), repeat, 5)
            at_64 = _best(partial(sniff, large), repeat, 5)
            print(
                f"  {name:24s} {label:6s}: 16 KiB {at_16 * 1e6:9.1f}, 64 KiB {at_64 * 1e6:9.1f} ({at_64 / at_16:.1f}x)"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    _checks(args.repeat)
    _detection(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
