from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def passing_examples() -> list[Path]:
    files = sorted((EXAMPLES / "pass").glob("*.json"))
    assert files, "examples/pass holds no records"
    return files
