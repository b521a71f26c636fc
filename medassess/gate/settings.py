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
    conception_margin_days: int = 14
    edd_gestation_tolerance_days: int = 14
    longest_pregnancy_days: int = 300


@functools.cache
def shipped_settings() -> GateSettings:
    """The settings shipped in ``mappings/share-gate.toml`` (read once)."""
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    dates = raw["dates"]
    return GateSettings(
        min_conclusion_chars=int(raw["min_conclusion_chars"]),
        placeholders=tuple(str(p).casefold() for p in raw["placeholders"]),
        conception_margin_days=int(dates["conception_margin_days"]),
        edd_gestation_tolerance_days=int(dates["edd_gestation_tolerance_days"]),
        longest_pregnancy_days=int(dates["longest_pregnancy_days"]),
    )
