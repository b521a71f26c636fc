"""``import medassess`` loads nothing but its version, and a program loads only the parts it uses: checking
records never loads a transport, the sharing layer or the PDF printer. Asserted on the modules a fresh
interpreter holds (deterministic), never on time; benchmarks/ measure the time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import medassess

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


_NOT_FOR_JUDGING = ("fhir.resources", "fhir_core", "lxml", "wordfreq", "ftfy", "langcodes")
"""Packages that validating or auditing records never needs (export to FHIR XML is what loads lxml)."""


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(result.stdout.split())


def test_importing_medassess_loads_only_its_version() -> None:
    loaded = {m for m in _modules_after("import medassess") if m.startswith("medassess")}
    assert loaded == {"medassess", "medassess.core", "medassess.core.version"}


def test_checking_records_loads_no_transport_sharing_or_pdf_printer() -> None:
    loaded = _modules_after(f"import medassess\nmedassess.check(medassess.load_record({str(EXAMPLE)!r}))")
    assert "medassess.gate.engine" in loaded  # the check did run
    heavy = ("medassess.transports", "medassess.sharing", "medassess.audit", "httpx", "requests", "weasyprint")
    assert sorted(m for m in loaded if m.startswith(heavy)) == []


def test_every_public_name_resolves_and_is_cached() -> None:
    for name in medassess.__all__:
        assert getattr(medassess, name) is getattr(medassess, name)
    assert set(medassess.__all__) <= set(dir(medassess))
    try:
        medassess.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_the_lazy_table_names_exactly_the_public_api() -> None:
    from medassess import _LAZY  # private: the table behind __getattr__

    assert set(_LAZY) | {"__version__"} == set(medassess.__all__)


def test_a_command_loads_only_its_own_module() -> None:
    code = f"from medassess.cli import main\nmain(['validate', {str(EXAMPLE)!r}])"
    loaded = _modules_after(code)
    assert "medassess.cli.validate" in loaded
    # The site configuration is read (its bounds on delivery settings are plain numbers); no client is loaded.
    others = ("medassess.cli.share", "medassess.cli.send", "medassess.sharing.share", "medassess.sharing.ledger")
    clients = ("medassess.transports.mesh", "medassess.transports.mllp", "medassess.transports.fhir_rest", "httpx")
    assert sorted(m for m in loaded if m.startswith(others + clients + ("mesh_client", "requests"))) == []
    # Judging records reads no FHIR model or XML library, and the English list without wordfreq's own import (its
    # tokenisers, about 16 MiB: gate/english.py streams the list's file): issue 14's memory goal.
    assert sorted(m for m in loaded if m.startswith(_NOT_FOR_JUDGING)) == []


def test_auditing_loads_no_transport_or_http_client(tmp_path: Path) -> None:
    # The ledger names its route kinds through the transport registry, which imports a transport only when
    # one is asked for: an audit reads the ledger and never sends.
    code = (
        "from medassess.cli import main\n"
        f"main(['audit', {str(EXAMPLE)!r}, '--ledger', {str(tmp_path / 'ledger.sqlite3')!r}])"
    )
    loaded = _modules_after(code)
    assert "medassess.cli.audit" in loaded and "medassess.sharing.ledger" in loaded
    clients = ("medassess.transports.mesh", "medassess.transports.mllp", "medassess.transports.fhir_rest")
    assert sorted(m for m in loaded if m.startswith((*clients, "httpx", "requests", "mesh_client"))) == []
    assert sorted(m for m in loaded if m.startswith(_NOT_FOR_JUDGING)) == []
