"""The share gate's settings: data in ``mappings/share-gate.toml``, so a practice or ICB can tighten them
without a release."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field

from ..core.resources import data_path
from .substance import Lexicon, shipped_lexicon


@dataclass(frozen=True, slots=True)
class GateSettings:
    """Share-gate settings. ``GateSettings()`` holds the documented defaults with the shipped lexicon and no
    whole-text placeholders; :func:`shipped_settings` reads ``mappings/share-gate.toml``, which explains each.

    Substance is counted in content words (see :mod:`medassess.gate.substance`): ``min_conclusion_words`` for
    a conclusion, ``min_item_words`` for another free-text answer, ``min_justification_words`` for a
    justification for sharing without consent, ``min_reason_words`` for a reason the record gives for itself
    (an amendment, a medicine of no concern)."""

    min_conclusion_words: int = 4
    min_item_words: int = 1
    min_justification_words: int = 3
    min_reason_words: int = 2
    repetition_min_words: int = 6
    min_distinct_share: float = 0.5
    max_one_word_share: float = 0.5
    min_language_share: float = 0.7
    min_word_zipf: float = 2.0
    bilingual_min_content_words: int = 8
    bilingual_min_share: float = 0.55
    bilingual_min_zipf: float = 3.0
    min_specific_words: int = 3
    specific_max_zipf: float = 4.8
    placeholders: tuple[str, ...] = ()
    conception_margin_days: int = 14
    edd_gestation_tolerance_days: int = 14
    longest_pregnancy_days: int = 300
    copy_similarity: float = 0.9
    """How alike two conclusions about different medicines may be (medicine names and numbers aside) before one
    counts as a copy of the other: rapidfuzz's normalised Indel similarity, 0 to 1."""
    local_endpoints: bool = False
    """Whether a recipient's MLLP host or FHIR base URL may be this machine (localhost, 127.0.0.1, ::1): only
    for a test or training site, set by ``local_receivers = true`` in the site configuration's ``[share]``.
    A real record's receiver is never the machine sharing it."""
    lexicon: Lexicon = field(default_factory=shipped_lexicon)


@functools.cache
def shipped_settings() -> GateSettings:
    """The settings shipped in ``mappings/share-gate.toml`` (read once)."""
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    dates = raw["dates"]
    return GateSettings(
        min_conclusion_words=int(raw["min_conclusion_words"]),
        min_item_words=int(raw["min_item_words"]),
        min_justification_words=int(raw["min_justification_words"]),
        min_reason_words=int(raw["min_reason_words"]),
        repetition_min_words=int(raw["repetition_min_words"]),
        min_distinct_share=float(raw["min_distinct_share"]),
        max_one_word_share=float(raw["max_one_word_share"]),
        min_language_share=float(raw["min_language_share"]),
        min_word_zipf=float(raw["min_word_zipf"]),
        bilingual_min_content_words=int(raw["bilingual_min_content_words"]),
        bilingual_min_share=float(raw["bilingual_min_share"]),
        bilingual_min_zipf=float(raw["bilingual_min_zipf"]),
        min_specific_words=int(raw["min_specific_words"]),
        specific_max_zipf=float(raw["specific_max_zipf"]),
        placeholders=tuple(str(p) for p in raw["placeholders"]),
        conception_margin_days=int(dates["conception_margin_days"]),
        edd_gestation_tolerance_days=int(dates["edd_gestation_tolerance_days"]),
        longest_pregnancy_days=int(dates["longest_pregnancy_days"]),
        copy_similarity=float(raw["copy_similarity"]),
    )
