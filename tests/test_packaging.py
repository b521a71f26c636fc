"""What a user installs says what it is: the licence ships in the wheel, and the wheel's metadata names the
licence (PEP 639) and the version medassess reports.

The wheel is the session's one build (``wheel_file`` in conftest.py), shared with the other installed tests.
"""

from __future__ import annotations

import email.parser
import hashlib
import re
import tomllib
import zipfile
from email.message import Message
from pathlib import Path

import pytest

import medassess

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"
"""SHA-256 of the Apache License 2.0 as the ASF publishes it (LICENSE-2.0.txt), byte for byte; Debian's
/usr/share/common-licenses/Apache-2.0 and the LICENSE of many Apache-2.0 packages are the same file."""


def _metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.BytesParser().parsebytes(wheel.read(name))


def test_license_is_the_standard_apache_2_text() -> None:
    assert hashlib.sha256((ROOT / "LICENSE").read_bytes()).hexdigest() == APACHE_2_SHA256


def test_pyproject_declares_the_license_as_pep_639_says() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    # PEP 639 deprecates license classifiers beside a license expression.
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]


def test_the_version_has_one_source() -> None:
    # The build reads medassess/core/version.py; pyproject.toml holds no second copy to drift.
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "medassess/core/version.py"


def test_the_python_classifiers_start_at_requires_python_and_match_the_tools_targets() -> None:
    project, tool = PYPROJECT["project"], PYPROJECT["tool"]
    bound = re.fullmatch(r">=\s*(3\.\d+)", project["requires-python"])
    assert bound, project["requires-python"]
    minimum = bound.group(1)
    named = [c.removeprefix("Programming Language :: Python :: ") for c in project["classifiers"]]
    versions = sorted(int(v.split(".")[1]) for v in named if re.fullmatch(r"3\.\d+", v))
    assert versions, "no Programming Language :: Python :: 3.N classifier"
    assert f"3.{versions[0]}" == minimum
    assert versions == list(range(versions[0], versions[-1] + 1)), "a version between the lowest and highest is missing"
    assert tool["mypy"]["python_version"] == minimum
    assert tool["ruff"]["target-version"] == "py" + minimum.replace(".", "")
    # The package says it is typed (Typing :: Typed) and ships the marker that makes it so.
    assert "Typing :: Typed" in project["classifiers"]
    assert (ROOT / "medassess" / "py.typed").is_file()


@pytest.mark.installed
def test_the_wheel_ships_the_license_and_its_metadata_names_it(wheel_file: Path) -> None:
    with zipfile.ZipFile(wheel_file) as wheel:
        metadata = _metadata(wheel)
        (licence,) = [n for n in wheel.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        assert wheel.read(licence) == (ROOT / "LICENSE").read_bytes()
    assert tuple(int(p) for p in metadata["Metadata-Version"].split(".")) >= (2, 4)
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert not [c for c in metadata.get_all("Classifier", []) if c.startswith("License ::")]
    assert sorted(metadata.get_all("Classifier", [])) == sorted(PYPROJECT["project"]["classifiers"])
    assert "medassess/py.typed" in wheel.namelist()


@pytest.mark.installed
def test_the_wheel_version_is_the_one_medassess_reports(wheel_file: Path) -> None:
    with zipfile.ZipFile(wheel_file) as wheel:
        metadata = _metadata(wheel)
    assert metadata["Version"] == medassess.__version__
    assert wheel_file.name.startswith(f"medassess-{medassess.__version__}-")
