"""Refusing an oversized input, of any kind, costs under 50 MB of peak memory.

Each case runs the command in a fresh interpreter that first imports everything the command needs, then
sets its peak resident set size back to what it holds (Linux's ``/proc/self/clear_refs``) and runs the
command: the peak's increase over that baseline is what refusing the input cost. Memory, not time, so the
result does not depend on how busy the machine is. Each input is refused by the limit it is built to meet,
which the test checks by the variable the refusal names.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from medassess import Limits

BUDGET = 50_000_000
"""Bytes a refusal may add to the peak."""

CHILD = r"""
import sys

import orjson


def status(name):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(name)


from medassess.formats.fhir import reader, xml  # noqa: F401  # what reading imports on first use
from medassess.formats.hl7v2 import reader as hl7v2_reader  # noqa: F401
from medassess.cli import build_parser, main
from medassess.core.limits import Limits

build_parser()  # imports every command
Limits.from_environment()
try:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # the peak is now what the process holds
    baseline = status("VmRSS")
except OSError:
    baseline = status("VmHWM")
code = main(sys.argv[2:])
with open(sys.argv[1], "wb") as handle:
    handle.write(orjson.dumps({"code": code, "baseline": baseline, "peak": status("VmHWM")}))
"""

ENTRIES = 100_000


def _huge(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # 1 GiB, all hole: no disk used
    return path


def _json_bundle(folder: Path) -> Path:
    entry = b'{"fullUrl":"urn:uuid:%08d","resource":{"resourceType":"Basic","id":"b%d"}}'
    entries = b",".join(entry % (i, i) for i in range(ENTRIES))
    path = folder / "entries.json"
    path.write_bytes(b'{"resourceType":"Bundle","type":"document","entry":[' + entries + b"]}")
    return path


def _xml_bundle(folder: Path) -> Path:
    entries = b"<entry><resource><Basic/></resource></entry>" * ENTRIES
    path = folder / "entries.xml"
    path.write_bytes(b'<Bundle xmlns="http://hl7.org/fhir"><type value="document"/>' + entries + b"</Bundle>")
    return path


def _xml_attributes(folder: Path) -> Path:
    count = (Limits().payload_bytes - 100) // 12
    path = folder / "attributes.xml"
    attributes = b"".join(b' a%d=""' % i for i in range(count))
    path.write_bytes(b'<Bundle xmlns="http://hl7.org/fhir"' + attributes[: Limits().payload_bytes - 100] + b"/>")
    return path


def _deep(folder: Path) -> Path:
    half = (Limits().record_bytes - 10) // 2
    path = folder / "deep.json"
    path.write_bytes(b"[" * half + b"]" * half)
    return path


def _segments(folder: Path) -> Path:
    path = folder / "segments.hl7"
    path.write_bytes(b"MSH|^~\\&|MEDASSESS\r" + b"NTE|1\r" * ((Limits().payload_bytes - 100) // 6))
    return path


CASES = {
    "1-GiB-sparse-record-file": (["validate", "{huge}"], None, "MEDASSESS_MAX_RECORD_BYTES"),
    "endless-record-on-stdin": (["validate", "-"], "/dev/zero", "MEDASSESS_MAX_RECORD_BYTES"),
    "endless-export-on-stdin": (["read", "-"], "/dev/zero", "MEDASSESS_MAX_PAYLOAD_BYTES"),
    "100000-entry-json-bundle": (["read", "{json}"], None, "MEDASSESS_MAX_BUNDLE_ENTRIES"),
    "100000-entry-xml-bundle": (["read", "{xml}"], None, "MEDASSESS_MAX_BUNDLE_ENTRIES"),
    "xml-element-with-a-million-attributes": (["read", "{attributes}"], None, "MEDASSESS_MAX_NODES"),
    "json-nested-five-million-deep": (["validate", "{deep}"], None, "MEDASSESS_MAX_DEPTH"),
    "hl7v2-with-millions-of-segments": (["read", "{segments}"], None, "MEDASSESS_MAX_HL7V2_SEGMENTS"),
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("oversized")
    made = {
        "huge": _huge(folder),
        "json": _json_bundle(folder),
        "xml": _xml_bundle(folder),
        "attributes": _xml_attributes(folder),
        "deep": _deep(folder),
        "segments": _segments(folder),
    }
    for name in ("json", "xml", "attributes", "deep", "segments"):
        size = made[name].stat().st_size
        # Within the byte limit: a limit on what the input holds must be what refuses it.
        assert size <= (Limits().record_bytes if name == "deep" else Limits().payload_bytes), name
    return {name: str(path) for name, path in made.items()}


@pytest.mark.parametrize(("argv", "stdin", "variable"), CASES.values(), ids=CASES.keys())
def test_refusing_an_oversized_input_costs_under_50_mb(
    argv: list[str], stdin: str | None, variable: str, inputs: dict[str, str], tmp_path: Path
) -> None:
    result = tmp_path / "result.json"
    command = [sys.executable, "-c", CHILD, str(result), *(a.format(**inputs) for a in argv)]
    with open(stdin or "/dev/null", "rb") as source:
        done = subprocess.run(command, stdin=source, capture_output=True, text=True, timeout=300, check=False)
    measured = orjson.loads(result.read_bytes())
    assert measured["code"] == 2, done.stdout + done.stderr
    assert variable in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    increase = measured["peak"] - measured["baseline"]
    assert increase < BUDGET, f"refusing cost {increase / 1e6:.1f} MB"
