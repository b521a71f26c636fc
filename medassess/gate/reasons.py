"""Whether a reason the record gives for itself states something: a justification for sharing without consent
gives a reason (MA402), an amendment reason says what changed (MA008). Either needs a statement of what follows
(:attr:`~medassess.gate.substance.Analysis.claims`) or one of its own words, data in ``mappings/reasons.toml``
with their rationale: who decided or amended, when, and a list of nouns state nothing.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from .phrases import alternation
from .substance import Analysis


@dataclass(frozen=True, slots=True)
class ReasonWords:
    """``mappings/reasons.toml``, read once, each list as one whole-word pattern on normalised text."""

    justification: re.Pattern[str]
    amendment: re.Pattern[str]


_whole_words = functools.partial(alternation, normalised=True, none_before=r"\w-", none_after=r"\w-")
"""Normalised words and phrases, longest first, matched whole (no letter, digit or hyphen either side)."""


@functools.cache
def reason_words() -> ReasonWords:
    raw = tomllib.loads((data_path("mappings") / "reasons.toml").read_text(encoding="utf-8"))
    return ReasonWords(
        justification=re.compile(_whole_words(raw["justification"]["reasons"])),
        amendment=re.compile(_whole_words(raw["amendment"]["changes"])),
    )


def gives_a_reason(analysis: Analysis) -> bool:
    """Whether a justification for sharing without consent states why, beyond who decided and when."""
    return analysis.claims or reason_words().justification.search(analysis.remainder) is not None


def says_what_changed(analysis: Analysis) -> bool:
    """Whether an amendment reason states a change, beyond who amended the record and when."""
    return analysis.claims or reason_words().amendment.search(analysis.remainder) is not None
