"""The share gate's settings: data in ``mappings/share-gate.toml``, so a practice or ICB can tighten them
without a release, and a site can set its own in the ``[gate]`` table of its configuration file."""

from __future__ import annotations

import dataclasses
import functools
import math
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..core.exceptions import ConfigurationError
from ..core.resources import data_path
from .substance import Lexicon, shipped_lexicon

_T = TypeVar("_T")


@functools.cache
def _shipped_table() -> dict[str, Any]:
    """``mappings/share-gate.toml`` with its ``[dates]`` table flattened (read once)."""
    raw = tomllib.loads((data_path("mappings") / "share-gate.toml").read_text(encoding="utf-8"))
    dates = raw.pop("dates")
    return {**raw, **dates}


def shipped_value(key: str) -> Any:
    """One value of ``mappings/share-gate.toml`` as shipped, for a reading below the settings (the text
    normaliser's ``blank_medicine_zipf``)."""
    return _shipped_table()[key]


def _shipped(key: str, kind: Callable[[Any], _T]) -> Callable[[], _T]:
    """A field default read from the shipped file, so the file is the one place each value is written."""
    return lambda: kind(_shipped_table()[key])


def _placeholders(value: Any) -> tuple[str, ...]:
    return tuple(str(p) for p in value)


@dataclass(frozen=True, slots=True)
class GateSettings:
    """Share-gate settings. ``GateSettings()`` holds the shipped values (``mappings/share-gate.toml``, which
    explains each, placeholder phrases included) with the shipped lexicon; name a field to change it.

    Substance is counted in content words (see :mod:`medassess.gate.substance`): ``min_conclusion_words`` for
    a conclusion, ``min_item_words`` for another free-text answer, ``min_justification_words`` for a
    justification for sharing without consent, ``min_reason_words`` for a reason the record gives for itself
    (an amendment, a medicine of no concern)."""

    min_conclusion_words: int = field(default_factory=_shipped("min_conclusion_words", int))
    min_item_words: int = field(default_factory=_shipped("min_item_words", int))
    min_justification_words: int = field(default_factory=_shipped("min_justification_words", int))
    min_reason_words: int = field(default_factory=_shipped("min_reason_words", int))
    repetition_min_words: int = field(default_factory=_shipped("repetition_min_words", int))
    min_distinct_share: float = field(default_factory=_shipped("min_distinct_share", float))
    max_one_word_share: float = field(default_factory=_shipped("max_one_word_share", float))
    min_language_share: float = field(default_factory=_shipped("min_language_share", float))
    min_word_zipf: float = field(default_factory=_shipped("min_word_zipf", float))
    bilingual_min_content_words: int = field(default_factory=_shipped("bilingual_min_content_words", int))
    bilingual_min_share: float = field(default_factory=_shipped("bilingual_min_share", float))
    bilingual_min_zipf: float = field(default_factory=_shipped("bilingual_min_zipf", float))
    min_specific_words: int = field(default_factory=_shipped("min_specific_words", int))
    specific_max_zipf: float = field(default_factory=_shipped("specific_max_zipf", float))
    min_topic_words: int = field(default_factory=_shipped("min_topic_words", int))
    min_particular_topic_words: int = field(default_factory=_shipped("min_particular_topic_words", int))
    placeholders: tuple[str, ...] = field(default_factory=_shipped("placeholders", _placeholders))
    conception_margin_days: int = field(default_factory=_shipped("conception_margin_days", int))
    edd_gestation_tolerance_days: int = field(default_factory=_shipped("edd_gestation_tolerance_days", int))
    longest_pregnancy_days: int = field(default_factory=_shipped("longest_pregnancy_days", int))
    copy_similarity: float = field(default_factory=_shipped("copy_similarity", float))
    """How alike two conclusions about different medicines may be (medicine names and numbers aside) before one
    counts as a copy of the other: rapidfuzz's normalised Indel similarity, 0 to 1."""
    copy_words_similarity: float = field(default_factory=_shipped("copy_words_similarity", float))
    """How alike the words that say something of two such conclusions may be, as bags in any order."""
    copy_contained_similarity: float = field(default_factory=_shipped("copy_contained_similarity", float))
    """How much of the shorter of two assessments' conclusions about different medicines, in the words that say
    something, may be found in the longer before it counts as a copy trimmed down."""
    local_endpoints: bool = False
    """Whether a recipient's MLLP host or FHIR base URL may be this machine (localhost, 127.0.0.1, ::1): only
    for a test or training site, set by ``local_receivers = true`` in the site configuration's ``[share]``.
    A real record's receiver is never the machine sharing it."""
    lexicon: Lexicon = field(default_factory=shipped_lexicon)


@functools.cache
def shipped_settings() -> GateSettings:
    """The settings shipped in ``mappings/share-gate.toml`` (read once): the same as ``GateSettings()``."""
    return GateSettings()


# What a site's ``[gate]`` table may set, and the values each accepts: (kind, lowest, highest).
_SITE_KEYS: dict[str, tuple[type, float, float]] = {
    "min_conclusion_words": (int, 1, 200),
    "min_item_words": (int, 0, 200),
    "min_justification_words": (int, 1, 200),
    "min_reason_words": (int, 1, 200),
    "repetition_min_words": (int, 2, 200),
    "min_distinct_share": (float, 0.0, 1.0),
    "max_one_word_share": (float, 0.0, 1.0),
    "min_language_share": (float, 0.0, 1.0),
    "min_word_zipf": (float, 0.0, 8.0),
    "bilingual_min_content_words": (int, 1, 200),
    "bilingual_min_share": (float, 0.0, 1.0),
    "bilingual_min_zipf": (float, 0.0, 8.0),
    "min_specific_words": (int, 0, 200),
    "specific_max_zipf": (float, 0.0, 8.0),
    "min_topic_words": (int, 0, 200),
    "min_particular_topic_words": (int, 0, 200),
    "conception_margin_days": (int, 0, 60),
    "edd_gestation_tolerance_days": (int, 0, 60),
    "longest_pregnancy_days": (int, 280, 320),
    "copy_similarity": (float, 0.5, 1.0),
    "copy_words_similarity": (float, 0.5, 1.0),
    "copy_contained_similarity": (float, 0.5, 1.0),
}
SITE_KEYS: frozenset[str] = frozenset(_SITE_KEYS) | {"placeholders"}
"""The settings a site's ``[gate]`` table may hold: every number above, and ``placeholders``, phrases that
are added to the shipped ones (a site can refuse more placeholder wording, never less)."""


def site_settings(
    table: Mapping[str, Any], *, base: GateSettings | None = None, source: str = "<config>"
) -> GateSettings:
    """``base`` (default: the shipped settings) with a site configuration's ``[gate]`` table applied.

    Raises :class:`ConfigurationError` located at ``gate.<key>`` for a value of the wrong kind or out of its
    range, and for a setting the gate does not have (named by where it is, never by the key read)."""
    base = base or shipped_settings()
    if set(table) - SITE_KEYS:
        raise ConfigurationError(
            f"has a setting the share gate does not have; expected any of {', '.join(sorted(SITE_KEYS))}",
            source=source,
            path="gate",
        )
    changes: dict[str, Any] = {}
    for key, (kind, lowest, highest) in _SITE_KEYS.items():
        if key not in table:
            continue
        value = table[key]
        number_ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind is int and not (isinstance(value, int) and not isinstance(value, bool)):
            number_ok = False
        if not number_ok or not math.isfinite(value) or not lowest <= value <= highest:
            what = "a whole number" if kind is int else "a number"
            raise ConfigurationError(
                f"should be {what} from {lowest:g} to {highest:g}", source=source, path=f"gate.{key}"
            )
        changes[key] = kind(value)
    if "placeholders" in table:
        extra = table["placeholders"]
        if not isinstance(extra, list) or not all(isinstance(p, str) and p.strip() for p in extra):
            raise ConfigurationError("should be a list of phrases (text)", source=source, path="gate.placeholders")
        changes["placeholders"] = base.placeholders + tuple(p for p in extra if p not in base.placeholders)
    return dataclasses.replace(base, **changes)
