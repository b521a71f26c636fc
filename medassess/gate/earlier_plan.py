"""A conclusion whose plan is an earlier pregnancy's, given as now, for the share gate's rule MA103: "Same again.",
"copied from the assessment for her first child", "plan from her 2019 pregnancy ... re-dated", with no plan of its
own for this pregnancy (nothing that continues, will or must happen now). The words are data, in
``mappings/hollow-phrases.toml`` ``[earlier_plan]``, with their rationale."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from .phrases import alternation
from .text import normalise


@dataclass(frozen=True, slots=True)
class _Readers:
    marker: re.Pattern[str]
    told: re.Pattern[str]
    present: re.Pattern[str]
    dose_line: re.Pattern[str]
    """A sentence that only carries a medicine's dose on ("methadone 60 mg continues.")."""


@functools.cache
def _readers() -> _Readers:
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))["earlier_plan"]
    earlier = rf"(?:{alternation(raw['earlier'])}|(?:19|20)\d\d)"
    return _Readers(
        re.compile(
            rf"\b(?:{alternation(raw['markers'])})\b"
            # "the plan is as in her 2021 pregnancy": the copula that gives the copy as the plan is the marker's,
            # not a plan stated for now, so it is part of the span removed before `present` is read
            rf"|(?:\b(?:the|her|our|their)\s+plans?\s+(?:is|are|was|were|will\s+be|remains?|stays?)\s+"
            rf"(?:exactly\s+|just\s+|unchanged\s+)?(?:the\s+same\s+)?)?"
            rf"\b(?:plans?\s+from|plans?\s+as\s+(?:for|in)|same\s+as\s+(?:for|in|with)|as\s+(?:for|in|with|during)"
            rf"|as\s+per|as\s+agreed\s+(?:for|in)|as\s+we\s+did\s+(?:for|in|with))\s+(?:her|the|their)\s+"
            rf"{earlier}\s+(?:[^\W\d_]+\s+)?(?:pregnanc|child|baby|babies|placement)"
        ),
        # an earlier baby's own arrangements told ("in her previous placement with her first baby in 2024 the
        # foster carer did the nights"): with no plan stated for now, the earlier baby's plan stands for this one
        re.compile(
            rf"\b(?:{alternation(raw['told_of'])})\s+(?:her|their)\s+(?:{alternation(raw['earlier'])})\s+"
            rf"(?:[^\W\d_]+\s+)?(?:{alternation(raw['told_nouns'])})\b"
        ),
        re.compile(rf"\b(?:{alternation(raw['present'])})\b|\b(?:is|are)\s+(?:not\s+)?[^\W\d_]+(?:ed|en)\b|\bto\s+be\b"),
        re.compile(
            rf"(?:^|(?<=[.;!?\n]))[^.;!?\n]{{0,80}}?\d+(?:\.\d+)?\s*"
            rf"(?:{alternation(raw.get('dose_units', []))})(?![\w/])"
            rf"[^.;!?\n\d]{{0,40}}?\b(?:{alternation(raw.get('dose_continues', []))})\s*(?=[.;!?\n]|$)"
        ),
    )


def copies_an_earlier_plan(text: str) -> bool:
    """Whether ``text`` gives an earlier pregnancy's plan as now (a copy marker of ``[earlier_plan]``) and states
    no plan of its own for now (none of ``present``; beside an earlier baby's arrangements told, a sentence that
    only carries a medicine's dose on, "methadone 60 mg continues.", is no plan for now)."""
    plain = normalise(text)
    r = _readers()
    copied, told = r.marker.search(plain) is not None, r.told.search(plain) is not None
    if not (copied or told):
        return False
    # The copy's own words ("the plan is as in ...") are not a plan for now: read `present` without them.
    rest = r.told.sub(" ", r.marker.sub(" ", plain))
    if told:
        # Beside an earlier baby's arrangements told, a medicine's dose carried on is no plan for this baby.
        rest = r.dose_line.sub(" ", rest)
    return r.present.search(rest) is None
