"""A test missing a program from the OS skips on a dev machine, saying what to install, and fails in CI."""

from __future__ import annotations

import pytest

from tests import system_deps


def test_missing_skips_naming_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_deps, "REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        system_deps.missing("chromium is not installed: apt-get install -y chromium")


def test_missing_fails_where_ci_requires_the_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_deps, "REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="MEDASSESS_REQUIRE_SYSTEM_DEPS=1"):
        system_deps.missing("chromium is not installed: apt-get install -y chromium")
