"""No copy and paste: one conclusion written under assessments of different medicines, or repeated as the overall
conclusion of several assessments, concludes about none of them.

Conclusions are compared as words of normalised text (:mod:`medassess.gate.wording`), so case, spacing,
punctuation, look-alike letters and invisible characters hide nothing. A conclusion pasted with only the
medicine names and numbers changed ("Continue sertraline 100 mg; ..." under citalopram as "Continue
citalopram 20 mg; ...") is still a copy: medicine names and numbers are masked, and what remains is compared
with rapidfuzz's Indel similarity, a copy at or above ``copy_similarity`` (mappings/share-gate.toml).

A repeated conclusion is a joint one, not a copy, when one of the assessments carrying it covers every medicine
of the others and the text names each of them (when there are several).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from .classes import medicine_classes
from .concerns import concern_map
from .facts import WrittenConclusion, is_placeholder
from .settings import GateSettings
from .wording import tokens

if TYPE_CHECKING:
    from .facts import RecordFacts

_NAME = "\x00"
"""Stands for any medicine name in masked text (a character no normalised word contains)."""
_NUMBER = "\x01"
_HIGHEST = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class ConclusionCopy:
    """A conclusion that repeats an earlier one covering other medicines."""

    path: str
    label: str
    original_path: str
    exact: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    order: int
    written: WrittenConclusion
    words: tuple[str, ...]
    masked: str
    overall: bool


def _name_words(facts: RecordFacts) -> frozenset[str]:
    """Words that name a medicine: every word of the record's medicine names and every class ingredient."""
    found = {w for m in facts.record.medicines for w in tokens(m.name) if not w.isdigit()}
    found.update(w for cls in medicine_classes().classes.values() for i in cls.ingredients for w in tokens(i))
    return frozenset(found)


def _mask(words: Sequence[str], names: frozenset[str]) -> str:
    masked: list[str] = []
    for w in words:
        token = _NAME if w in names else _NUMBER if w.isdigit() else w
        if not (masked and token in (_NAME, _NUMBER) and masked[-1] == token):
            masked.append(token)
    return " ".join(masked)


def _names_all(facts: RecordFacts, words: Sequence[str], medicine_ids: frozenset[str]) -> bool:
    """Whether the text names each medicine: one identifying word of its name (not a form or strength word)."""
    present = set(words)
    form = concern_map().form_words
    for mid in medicine_ids:
        own = {w for w in tokens(facts.medicine(mid).name) if w not in form and not w.isdigit() and len(w) > 2}
        if not own & present:
            return False
    return True


def _joint(facts: RecordFacts, first: _Candidate, second: _Candidate) -> bool:
    """Whether the pair repeats one joint conclusion: an assessment among them covers all their medicines and
    names them."""
    together = frozenset(first.written.medicine_ids) | frozenset(second.written.medicine_ids)
    return any(
        not c.overall
        and together <= frozenset(c.written.medicine_ids)
        and (len(together) <= 1 or _names_all(facts, c.words, together))
        for c in (first, second)
    )


def find_copies(facts: RecordFacts, settings: GateSettings) -> tuple[ConclusionCopy, ...]:
    """Each conclusion that repeats an earlier one about other medicines, with the earlier one's path."""
    names = _name_words(facts)
    several = len(facts.record.assessments) > 1
    threshold = settings.copy_similarity
    # Earlier conclusions by masked text, one per distinct set of medicines, and their masked texts by length:
    # a later conclusion is compared only with texts whose length lets Indel similarity reach the threshold,
    # so a record of many assessments is not compared pair by pair.
    seen: dict[str, list[_Candidate]] = {}
    by_length: list[tuple[int, str]] = []
    found: list[ConclusionCopy] = []
    for order, written in enumerate(facts.conclusions):
        overall = not written.path.startswith("$.assessments")
        # A placeholder is reported as one (MA103); the overall conclusion of a single assessment may repeat it.
        if is_placeholder(written.text, settings) or (overall and not several):
            continue
        words = facts.conclusion_words[written.path]
        later = _Candidate(order, written, words, _mask(words, names), overall)
        size = len(later.masked)
        low = bisect.bisect_left(by_length, (math.floor(size * threshold / (2 - threshold)), ""))
        high = bisect.bisect_right(by_length, (math.ceil(size * (2 - threshold) / threshold), _HIGHEST))
        similar = [
            earlier
            for _, masked in by_length[low:high]
            if masked == later.masked or Indel.normalized_similarity(masked, later.masked, score_cutoff=threshold)
            for earlier in seen[masked]
        ]
        for earlier in sorted(similar, key=lambda c: c.order):
            # Two assessments of the same medicines may agree; the overall conclusion is held to the joint test.
            same = frozenset(earlier.written.medicine_ids) == frozenset(written.medicine_ids) and not overall
            if not same and not _joint(facts, earlier, later):
                exact = earlier.words == later.words
                found.append(ConclusionCopy(written.path, written.label, earlier.written.path, exact))
                break
        same_text = seen.get(later.masked)
        if same_text is None:
            seen[later.masked] = [later]
            bisect.insort(by_length, (size, later.masked))
        elif all(frozenset(c.written.medicine_ids) != frozenset(written.medicine_ids) for c in same_text):
            same_text.append(later)
    return tuple(found)
