"""Whether a medicine a text names is one no one takes, in words the readings of :mod:`.advice` do not cover (MA120).

These shapes, each read within its sentence of the normalised text, their words data in ``mappings/names.toml``
(``[mentions]``, from ``untreated_before`` on):

- the baby's treatment never given: the name right after a cue of its absence ("without", "did not need", "no") or
  right before one ("was not required", "not needed"), past numbers, units and a few words of its own ("oral",
  "any", "rescue"), where the sentence speaks of the baby or its withdrawal ("the baby's scores settled without
  morphine", "oral morphine was not required"); "cannot sleep without" says she takes it;
- advice against told after the name ("codeine is best avoided for her pain") or with other words before it ("she
  should steer clear of tramadol"), up to the next ``resume`` cue, as the ``against`` cues are read;
- an alternative named for someone to weigh ("levetiracetam is the likely alternative neurology will look at"),
  unless its clause then takes it ("... the alternative she started") or a word before the name owns it.
- an option one person raised ("the obstetrician raised switching to quetiapine") that a later sentence or clause
  sets aside ("we have adopted the psychiatrist's view"), unless that sentence names the medicine again or the one
  who raised it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .advice import Phrase, cue_phrases, cues, mention_cues, phrase_at, used_now, whose
from .headed import given_then_stopped, listed_under_untaken_heading
from .names import Mention
from .text import normalise

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_FULL_STOP = re.compile(r"(?<!\d)[.!?](?!\d)")
_SENTENCE_END = re.compile(r"(?<!\d)[.;:!?](?!\d)")
_CLAUSE_END = re.compile(r"(?<!\d)[,.;:!?](?!\d)|$")
_AFTER_REACH = 6
"""How many words after the medicine an after-cue may start, as in :mod:`.advice`."""
_LISTED = re.compile(r"(?:\s|,|/|&|\band\b|\bor\b)*")
"""What may stand between medicines listed together ("levetiracetam or lamotrigine")."""
_NEEDING_REACH = 4
"""How many words before a need ("needing") a negation may stand: "does not cause withdrawal needing"."""
_MEASURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:mg|mcg|g|ml|kg)?")


@dataclass(frozen=True, slots=True)
class _Cues:
    untreated_before: tuple[Phrase, ...]
    untreated_after: tuple[Phrase, ...]
    untreated_gap: tuple[Phrase, ...]
    untreated_negations: frozenset[str]
    untreated_context: frozenset[str]
    advised_after: tuple[Phrase, ...]
    advised_before: tuple[Phrase, ...]
    alternative_verbs: tuple[Phrase, ...]
    alternative_reach: int
    alternatives: tuple[Phrase, ...]
    alternative_taken: tuple[Phrase, ...]
    replaced_by: tuple[Phrase, ...]
    last_used: tuple[Phrase, ...]
    last_used_when: tuple[Phrase, ...]
    managed_without: tuple[Phrase, ...]
    untreated_needing: tuple[Phrase, ...]
    raised_options: tuple[Phrase, ...] = ()
    set_aside_by: tuple[Phrase, ...] = ()
    adopted_other: tuple[Phrase, ...] = ()
    adopted_reach: int = 0
    raiser_not_named: frozenset[str] = frozenset()


@functools.cache
def _cues() -> _Cues:
    """The shipped cue phrases (read once)."""
    raw = mention_cues()
    return _Cues(
        untreated_before=cue_phrases(raw.get("untreated_before", ())),
        untreated_after=cue_phrases(raw.get("untreated_after", ())),
        untreated_gap=cue_phrases(raw.get("untreated_gap", ())),
        untreated_negations=frozenset(normalise(w) for w in raw.get("untreated_negations", ())),
        untreated_context=frozenset(normalise(w) for w in raw.get("untreated_context", ())),
        advised_after=cue_phrases(raw.get("advised_after", ())),
        advised_before=cue_phrases(raw.get("advised_before", ())),
        alternative_verbs=cue_phrases(raw.get("alternative_verbs", ())),
        alternative_reach=int(raw.get("alternative_reach", 0)),
        alternatives=cue_phrases(raw.get("alternatives", ())),
        alternative_taken=cue_phrases(raw.get("alternative_taken", ())),
        replaced_by=cue_phrases(raw.get("replaced_by", ())),
        last_used=cue_phrases(raw.get("last_used", ())),
        last_used_when=cue_phrases(raw.get("last_used_when", ())),
        managed_without=cue_phrases(raw.get("managed_without", ())),
        untreated_needing=cue_phrases(raw.get("untreated_needing", ())),
        raised_options=cue_phrases(raw.get("raised_options", ())),
        set_aside_by=cue_phrases(raw.get("set_aside_by", ())),
        adopted_other=cue_phrases(raw.get("adopted_other", ())),
        adopted_reach=int(raw.get("adopted_reach", 0)),
        raiser_not_named=frozenset(normalise(w) for w in raw.get("raiser_not_named", ())),
    )


def _gap(words: list[str], i: int, gap: tuple[Phrase, ...]) -> int:
    """The index past the gap words, numbers and units from word ``i`` on."""
    while i < len(words):
        length = phrase_at(words, i, gap)
        if not length and _MEASURE.fullmatch(words[i]) is None:
            return i
        i += length or 1
    return i


def _gap_back(words: list[str], gap: tuple[Phrase, ...]) -> int:
    """How many words at the end of ``words`` are gap words, numbers or units (one-word gap phrases only)."""
    singles = {p[0] for p in gap if len(p) == 1}
    end = len(words)
    while end and (words[end - 1] in singles or _MEASURE.fullmatch(words[end - 1]) is not None):
        end -= 1
    return end


def _ends_on(words: list[str], end: int, phrases: tuple[Phrase, ...]) -> int:
    """The length of the longest phrase ending at word ``end`` (exclusive), or 0."""
    for phrase in phrases:  # longest first
        if end >= len(phrase) and tuple(words[end - len(phrase) : end]) == phrase:
            return len(phrase)
    return 0


def not_given_to_the_baby(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is named as a treatment never given, in a sentence that speaks of the baby ("the baby's
    scores settled without morphine", "oral morphine was not required", "no oral morphine was needed")."""
    found = _cues()
    start = max((m.end() for m in _FULL_STOP.finditer(normalised, 0, mention.start)), default=0)
    stop = _FULL_STOP.search(normalised, mention.end)
    sentence = _WORD.findall(normalised, start, stop.start() if stop else len(normalised))
    if not found.untreated_context & set(sentence):
        return False
    clause_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, clause_start, mention.start)
    end = _gap_back(before, found.untreated_gap)
    if length := _ends_on(before, end, found.untreated_before):
        at = end - length
        negation = found.untreated_negations & set(before[max(0, at - cues().negation_reach) : at])
        if not (before[at] == "without" and negation):
            return True
    if length := _ends_on(before, end, found.untreated_needing):
        at = end - length  # "does not cause withdrawal needing morphine": a need denied
        if found.untreated_negations & set(before[max(0, at - _NEEDING_REACH) : at]):
            return True
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    after = _WORD.findall(normalised, mention.end, clause_end.start() if clause_end else len(normalised))
    gap = _gap(after, 0, found.untreated_gap)
    return bool(phrase_at(after, gap, found.untreated_after))


def _managed_without(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is named right after one of ``managed_without``, past gap words, with no negation in the
    words before the cue ("she now sleeps well without zopiclone"; "she cannot sleep without it" takes it)."""
    found = _cues()
    clause_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, clause_start, mention.start)
    end = _gap_back(before, found.untreated_gap)
    if not (length := _ends_on(before, end, found.managed_without)):
        return False
    at = end - length
    return not found.untreated_negations & set(before[max(0, at - cues().negation_reach) : at])


def _last_used_then(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is named right after one of ``last_used`` (past gap words) and a past time of
    ``last_used_when`` follows it within reach in its clause ("she last took quetiapine in 2025")."""
    found = _cues()
    clause_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, clause_start, mention.start)
    if not _ends_on(before, _gap_back(before, found.untreated_gap), found.last_used):
        return False
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    after = _WORD.findall(normalised, mention.end, clause_end.start() if clause_end else len(normalised))
    return any(phrase_at(after, i, found.last_used_when) for i in range(min(_AFTER_REACH, len(after))))


def _replaced(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention`` is the medicine replaced by another named right after one of ``replaced_by`` ("X was
    swapped for Y", "X was switched to Y"): the other medicine's name, past gap words, follows the cue at once;
    "X was switched to the evening" keeps X."""
    found = _cues()
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    end = clause_end.start() if clause_end else len(normalised)
    words = list(_WORD.finditer(normalised, mention.end, end))
    after = [w.group() for w in words]
    starts = {m.start for m in others if m is not mention and m.start >= mention.end}
    for i in range(min(_AFTER_REACH, len(after))):
        if length := phrase_at(after, i, found.replaced_by):
            j = _gap(after, i + length, found.untreated_gap)
            return j < len(words) and words[j].start() in starts
    return False


def _last_listed(normalised: str, mention: Mention, others: Sequence[Mention]) -> Mention:
    """The last of the medicines listed with ``mention`` by commas, "and" or "or" alone, starting at it
    ("levetiracetam or lamotrigine are the options": lamotrigine)."""
    last = mention
    while True:
        nxt = [m for m in others if m.start >= last.end and _LISTED.fullmatch(normalised, last.end, m.start)]
        if not nxt:
            return last
        last = min(nxt, key=lambda m: m.start)


def _advised_against(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is advised against in words after it within reach in its clause ("is best avoided"), or
    after one of ``advised_before`` earlier in its sentence with no ``resume`` cue between ("steer clear of")."""
    found = _cues()
    clause_end = _CLAUSE_END.search(normalised, mention.end)
    after = _WORD.findall(normalised, mention.end, clause_end.start() if clause_end else len(normalised))
    if any(phrase_at(after, i, found.advised_after) for i in range(min(_AFTER_REACH, len(after)))):
        return True
    start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, mention.start)), default=0)
    before = _WORD.findall(normalised, start, mention.start)
    against, i = False, 0
    while i < len(before):
        if length := phrase_at(before, i, found.advised_before):
            against = True
        elif length := phrase_at(before, i, cues().resume):
            against = False
        i += length or 1
    return against


def _an_alternative(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention``, or the last of the names listed with it, is named as an alternative ("is the likely
    alternative", "would be another option", "or Y are the options"), its clause not taking it after ("... she
    started") and no word before it owning it ("her lamotrigine")."""
    found = _cues()
    last = _last_listed(normalised, mention, others)
    clause_end = _CLAUSE_END.search(normalised, last.end)
    after = _WORD.findall(normalised, last.end, clause_end.start() if clause_end else len(normalised))
    i = _gap(after, 0, found.untreated_gap)
    verb = phrase_at(after, i, found.alternative_verbs)
    if not verb:
        return False
    i += verb
    for j in range(i, min(i + found.alternative_reach, len(after))):
        if length := phrase_at(after, j, found.alternatives):
            rest = after[j + length :]
            taken = cues().resume + found.alternative_taken
            if any(phrase_at(rest, k, taken) for k in range(len(rest))):
                return False
            return whose(normalised, mention) is None
    return False


def _raised_then_set_aside(normalised: str, mention: Mention) -> bool:
    """Whether ``mention`` is an option one person raised ("the obstetrician raised switching to quetiapine") that a
    later sentence or clause sets aside ("we have adopted the psychiatrist's view"), that sentence naming neither the
    one who raised it nor the medicine again as taken ("we decided against pregabalin" sets it aside; "..., so
    pregabalin is started" takes it: a ``resume`` cue in that sentence); or the same medicine named again in the
    sentence that sets such an option aside."""
    if _set_aside_in(normalised, mention.start, mention.end) is not None:
        return True
    name = normalised[mention.start : mention.end]
    earlier = normalised.find(name)
    while 0 <= earlier < mention.start:
        span = _set_aside_in(normalised, earlier, earlier + len(name))
        if span is not None and span[0] <= mention.start < span[1]:
            return True
        earlier = normalised.find(name, earlier + len(name))
    return False


def _set_aside_in(normalised: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the sentence that sets aside the option raised at ``start``-``end`` (as
    :func:`_raised_then_set_aside` tells), or None."""
    found = _cues()
    if not found.raised_options:
        return None
    clause_start = max((m.end() for m in _SENTENCE_END.finditer(normalised, 0, start)), default=0)
    before = _WORD.findall(normalised, clause_start, start)
    raised_at, i = -1, 0
    while i < len(before):
        if length := phrase_at(before, i, found.raised_options):
            raised_at = i
        elif raised_at >= 0 and (length := phrase_at(before, i, cues().resume)):
            raised_at = -1  # "suggested and started quetiapine": taken
        i += length or 1
    if raised_at < 0:
        return None
    raiser = {w.removesuffix("'s") for w in before[:raised_at]} - found.raiser_not_named
    name = normalised[start:end]
    clause_end = _SENTENCE_END.search(normalised, end)
    at = clause_end.end() if clause_end else len(normalised)
    while at < len(normalised):
        stop = _FULL_STOP.search(normalised, at)
        close = stop.end() if stop else len(normalised)
        words = _WORD.findall(normalised, at, close)
        if any(_sets_aside(words, k) for k in range(len(words))):
            taken = name in normalised[at:close] and any(
                phrase_at(words, k, cues().resume) for k in range(len(words))
            )
            return None if taken or raiser & {w.removesuffix("'s") for w in words} else (at, close)
        at = close
    return None


def _sets_aside(words: list[str], k: int) -> bool:
    """Whether word ``k`` opens a setting aside: one of ``set_aside_by`` ("decided against"), or one of
    ``adopted_other`` with someone's view named by a possessive within reach after it ("adopted the psychiatrist's
    view"; "went with it" takes the option raised)."""
    found = _cues()
    if phrase_at(words, k, found.set_aside_by):
        return True
    length = phrase_at(words, k, found.adopted_other)
    return bool(length) and any(w.endswith("'s") for w in words[k + length : k + length + found.adopted_reach])


def named_untaken(normalised: str, mention: Mention, others: Sequence[Mention] = ()) -> bool:
    """Whether ``mention`` (found in ``normalised``, among ``others`` from the same text) is named as a medicine no
    one takes, in the shapes of this module: the baby's treatment never given, advice against in other words, an
    alternative named, one replaced by another, one last used at a past time, one she manages without,
    one listed under a heading of medicines not taken or given and then stopped (:mod:`.headed`); unless a
    use now is stated of it after it ("advised against X, but she takes 300 mg a day")."""
    if used_now(normalised, mention, others):
        return False
    return (
        not_given_to_the_baby(normalised, mention)
        or _advised_against(normalised, mention)
        or _an_alternative(normalised, mention, others)
        or _replaced(normalised, mention, others)
        or _last_used_then(normalised, mention)
        or _managed_without(normalised, mention)
        or _raised_then_set_aside(normalised, mention)
        or listed_under_untaken_heading(normalised, mention, others)
        or given_then_stopped(normalised, mention, others)
    )
