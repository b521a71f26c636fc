from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests judge behaviour, never speed: hypothesis's default 200 ms deadline per example (and its too_slow
# health check) would make a test fail on a loaded machine or a slow CI runner for reasons that say nothing about
# medassess. Performance is measured in benchmarks/ instead.
settings.register_profile("medassess", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("medassess")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _per_user_folder_in_the_test(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """medassess's per-user data folder (the default sharing ledger's, via platformdirs and XDG_DATA_HOME) is
    the test's own, so no test reads or writes the ledger of the person running the suite."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def passing_examples() -> list[Path]:
    files = sorted((EXAMPLES / "pass").glob("*.json"))
    assert files, "examples/pass holds no records"
    return files


@pytest.fixture(scope="session")
def wheel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, once per session (tests/installed.py)."""
    from tests.installed import build_wheel

    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def installed_python(tmp_path_factory: pytest.TempPathFactory, wheel_file: Path) -> Path:
    """The Python of a fresh venv outside the checkout with the wheel installed, once per session."""
    from tests.installed import make_venv

    return make_venv(tmp_path_factory.mktemp("venv") / "venv", wheel_file)
