"""The share gate's settings: data in ``mappings/share-gate.toml``, so a practice or ICB can tighten them
without a release."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from .._resources import data_path


@dataclass(frozen=True, slots=True)
class GateSettings:
    """Share-gate settings; defaults come from ``mappings/share-gate.toml``."""

    min_conclusion_chars: int = 40
    placeholders: tuple[str, ...] = ()
    copy_similarity: float = 0.9
    """How alike two conclusions about different medicines may be (medicine names and numbers aside) before one
    counts as a copy of the other: rapidfuzz's normalised Indel similarity, 0 to 1."""


@functools.cache
def shipped_settings() -> GateSettings:
    """The settings shipped in ``mappings/share-gate.toml`` (read once)."""
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    return GateSettings(
        min_conclusion_chars=int(raw["min_conclusion_chars"]),
        placeholders=tuple(str(p).casefold() for p in raw["placeholders"]),
        copy_similarity=float(raw["copy_similarity"]),
    )
