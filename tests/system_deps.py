"""Tests that need programs from the operating system (Debian's chromium, pango for WeasyPrint) skip on a machine
without them, naming what is missing, except where MEDASSESS_REQUIRE_SYSTEM_DEPS=1 (CI, `.ci/run`), where a
missing program is a failure: CI installs them, so nothing there may be skipped for lack of one."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRED = os.environ.get("MEDASSESS_REQUIRE_SYSTEM_DEPS") == "1"


def missing(reason: str) -> NoReturn:
    """Skip (or, where the dependencies are required, fail) because ``reason`` names something not installed."""
    if REQUIRED:
        pytest.fail(f"{reason} (MEDASSESS_REQUIRE_SYSTEM_DEPS=1: CI installs it, see .ci/run)")
    pytest.skip(reason)


def weasyprint_or_skip() -> None:
    """WeasyPrint is a test dependency (pip); it loads Debian's pango when imported."""
    try:
        import weasyprint  # type: ignore[import-untyped]  # noqa: F401  # weasyprint ships no type hints
    except OSError:
        missing("WeasyPrint cannot load pango: apt-get install -y libpango-1.0-0 libpangoft2-1.0-0")
