"""One table per fact: the extensions medassess defines are declared once (mappings/fhir-codes.toml
``[extensions]``), the FHIR writer and reader both take every URL from that table, and docs/fhir-mapping.md
lists the same names."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from medassess.formats.fhir.writer import EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
FHIR = ROOT / "medassess" / "formats" / "fhir"
_USED = re.compile(r'EXTENSIONS\["([^"]+)"\]')


def _declared() -> list[str]:
    raw = tomllib.loads((ROOT / "mappings" / "fhir-codes.toml").read_text(encoding="utf-8"))["extensions"]
    return [str(n) for n in raw["names"]]


def _used_in(path: Path) -> set[str]:
    return set(_USED.findall(path.read_text(encoding="utf-8")))


def test_every_extension_is_declared_once_and_written_and_read_from_the_table() -> None:
    declared = _declared()
    assert len(declared) == len(set(declared)), "an extension is declared twice"
    assert set(EXTENSIONS) == set(declared)
    assert all(url.endswith("/" + name) for name, url in EXTENSIONS.items())
    assert _used_in(FHIR / "writer.py") == set(declared), "the writer writes every declared extension, no other"
    assert _used_in(FHIR / "reader.py") == set(declared), "the reader reads every declared extension, no other"


def test_no_medassess_extension_url_is_written_out_by_hand() -> None:
    base = next(iter(EXTENSIONS.values())).rsplit("/", 1)[0]
    by_hand = [str(p.relative_to(ROOT)) for p in (ROOT / "medassess").rglob("*.py") if base in p.read_text("utf-8")]
    assert by_hand == []


def test_the_mapping_doc_lists_exactly_the_declared_extensions() -> None:
    doc = (ROOT / "docs" / "fhir-mapping.md").read_text(encoding="utf-8")
    section = doc.split("## medassess extensions", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([a-z0-9-]+)` \|", section, flags=re.MULTILINE)
    assert sorted(listed) == sorted(_declared())
