"""Where the shipped data lives: ``templates/``, ``mappings/`` and ``examples/``.

The repository's top-level folders are the source of truth. An installed wheel carries them inside the package
as ``medassess/_data/<kind>`` (the build backend copies them there, see pyproject.toml), so ``pip install .``
works outside the checkout; in a checkout (an editable install) they are found beside the package. Both are
looked up through :mod:`importlib.resources`, the one mechanism every reader of shipped data goes through.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

KINDS = ("templates", "mappings", "examples")


@functools.cache
def data_root(kind: str) -> Traversable:
    """The folder holding shipped data of one kind, as importlib.resources sees it."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of shipped data: {kind!r}")
    package = resources.files("medassess")
    packaged = package / "_data" / kind
    if packaged.is_dir():
        return packaged
    # A checkout: the package sits beside the top-level data folders.
    if isinstance(package, Path) and (package.parent / kind).is_dir():
        return package.parent / kind
    raise FileNotFoundError(f"medassess is installed without its {kind}/ data")


_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@functools.cache
def data_path(kind: str) -> Path:
    """The folder holding shipped data of one kind on the file system (``templates``, ``mappings``,
    ``examples``). pip installs wheels unpacked, so this is the package's own folder; an installation that is
    not on the file system (a zip) is extracted once per process (importlib.resources extracts folders from
    Python 3.12)."""
    root = data_root(kind)
    if isinstance(root, Path):
        return root
    return _extracted.enter_context(resources.as_file(root))


@functools.cache
def mapping_table(name: str) -> dict[str, Any]:
    """A TOML table of ``mappings/`` (``name`` with its suffix), parsed once per process: several readers take
    their own sections of one file (concerns.toml is 160 KB, about 17 ms a parse). Readers must not change it."""
    return tomllib.loads((data_path("mappings") / name).read_text(encoding="utf-8"))
