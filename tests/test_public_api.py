"""The public API is pinned: ``medassess.__all__`` is exactly the names in tests/public_api.txt, so a change to
what integrators may import is made on purpose (edit the file, say why in the commit), and docs/api.md is
generated from the same names' docstrings (``python -m medassess._apidoc``) and never drifts."""

from __future__ import annotations

import typing
from pathlib import Path

import medassess
from medassess._apidoc import render

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "tests" / "public_api.txt"


def test_the_public_names_are_the_pinned_ones() -> None:
    pinned = set(PINNED.read_text(encoding="utf-8").split())
    public = set(medassess.__all__)
    assert {"added": sorted(public - pinned), "removed": sorted(pinned - public)} == {"added": [], "removed": []}
    assert len(medassess.__all__) == len(public), "a name is listed twice in __all__"


def test_every_public_name_is_importable_and_documented() -> None:
    undocumented = [
        name
        for name in medassess.__all__
        if callable(getattr(medassess, name))
        and typing.get_origin(getattr(medassess, name)) is not typing.Literal  # documented by its values
        and not (getattr(medassess, name).__doc__ or "").strip()
    ]
    assert undocumented == []


def test_the_api_doc_is_generated_from_the_code() -> None:
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == render(), (
        "docs/api.md is out of date: run `python -m medassess._apidoc`"
    )
