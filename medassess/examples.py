"""The shipped example records, wherever medassess is installed.

The examples are invented but realistic records: ``pass/`` holds complete records the share gate passes,
``fail/`` records it refuses, each for one common mistake (``expected.toml`` says which). They ship inside the
package, so the tour in the README and ``medassess demo`` run from an installed wheel as from a checkout::

    import medassess
    from medassess import examples

    examples.names("pass")          # ('pass/antenatal-citalopram-template-1.0.0.json', ...)
    record = medassess.load_record(examples.path("pass/antenatal-methadone-sertraline.json"))

Names are relative to the examples folder and use ``/`` on every platform.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .core.exceptions import InputError
from .core.resources import data_path

__all__ = ["names", "path"]

Folder = Literal["pass", "fail"]
_FOLDERS: tuple[Folder, ...] = ("pass", "fail")


def names(folder: Folder | None = None) -> tuple[str, ...]:
    """The example records' names (``"pass/<file>.json"``, ``"fail/<file>.json"``), sorted, passing ones first;
    only those in ``folder`` when it is given."""
    if folder is not None and folder not in _FOLDERS:
        raise InputError("is not an examples folder: expected pass or fail", source="medassess.examples")
    root = data_path("examples")
    found: list[str] = []
    for kind in _FOLDERS if folder is None else (folder,):
        entries = root / kind
        if entries.is_dir():
            found += sorted(f"{kind}/{e.name}" for e in entries.iterdir() if e.name.endswith(".json") and e.is_file())
    return tuple(found)


def path(name: str) -> Path:
    """The file system path of one shipped example file, e.g. ``path("pass/antenatal-methadone-sertraline.json")``
    (or ``path("expected.toml")``), to pass to :func:`medassess.load_record` or open."""
    parts = name.split("/")
    if "\\" in name or any(p in ("", ".", "..") for p in parts):
        raise InputError("is not the name of a shipped example", source="medassess.examples")
    root = data_path("examples")
    found = root.joinpath(*parts)
    if not found.is_file():
        raise InputError("is not the name of a shipped example", source="medassess.examples")
    return found
