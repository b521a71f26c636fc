"""Where the shipped data lives: ``templates/`` and ``mappings/``.

In a checkout they sit beside the package; an installed wheel carries them inside the package as
``medassess/_data/<kind>`` (see pyproject.toml), so ``pip install .`` works outside the checkout.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def data_path(kind: str) -> Path:
    """The folder holding shipped data of one kind (``templates`` or ``mappings``)."""
    for candidate in (_PACKAGE / "_data" / kind, _PACKAGE.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"medassess is installed without its {kind}/ data")
