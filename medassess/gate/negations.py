"""Negations stacked on one act (mappings/concerns.toml, [stacked_negations]): two or more negators governing the
same act in one clause ("not", "never", "no reason", "n't", and words that carry their own negation: "unnecessary",
"inadvisable", "untrue", "unsupported", "discourage", "fail to") are resolved by their parity. An even stack
allows what it governs ("there is no reason she should not co-sleep", "co-sleeping is not inadvisable", "bed sharing
is not something we would discourage"), as its plain form would; three or more leave the act unclear or denied ("it
is not the case that the midwife will not fail to score the baby", "a watch is not not unnecessary"), so what they
govern is no plan. A rule against co-sleeping whose exception covers every time it applies ("must not co-sleep,
except at night and at nap times") takes itself back and allows it. A single negation ("she must never co-sleep"),
a litotes that keeps the plan ("NAS is not unlikely, so the ward scores the baby"), and a negation of another act
in another clause ("she must not co-sleep; there is no reason to think she will") stand as written. Sleep on a
sofa or in a chair with the baby judged fine after it, with nothing negated in its clause ("dozing on the couch with
the baby is fine": ``sleep_permissions``), allows it as an even stack does."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..core.resources import mapping_table
from . import memo
from .text import blanked

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_PART_BREAK = re.compile(r"[.;:!?,()\n\u2013\u2014]|\s-\s")
"""Where a clause ends in normalised text (a full stop inside a number or a name is rare enough in a clause that
holds stacked negations to be read as an end), a dash between spaces among them: the items of a list run on one
line ("- no night feeds by him - never asleep with the baby on the sofa") each negate their own act."""
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    negators: frozenset[str]
    negative_stems: tuple[str, ...]
    """Words that carry their own negation, each matched as the start of a word ("discourag" for "discouraged")."""
    breaks: frozenset[str]
    """Words that open another clause ("and", "but", "so", "because"): negations across them govern other acts."""
    acts: tuple[tuple[str, ...], ...]
    """Sharing the baby's sleep: each a sequence of word stems, "*" ending a stem that may go on."""
    acts_by_first: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    """:attr:`acts` by their first stem, in the order first given: only those whose first stem a word matches are
    tried at it (the places of sleep make many)."""
    hints: tuple[str, ...]
    """Literal pieces of every act: a text holding none allows none (a cheap test before any reading)."""
    exception_openers: frozenset[str]
    exception_links: frozenset[str]
    exception_covers: tuple[str, ...]
    """Times an exception may name that are every time a sleep rule applies ("night", "nap", "asleep")."""
    least_unresolved: int
    allowed_as: str
    any_negator: re.Pattern[str]
    """Any negator or word carrying its own negation, anywhere (a cheap count before the clauses are read)."""
    act_firsts: frozenset[str]
    """The first words of :attr:`acts` matched whole: a word neither these nor :attr:`act_first_stems` start
    opens no act (one set look-up and one prefix test per word before any act is tried)."""
    act_first_stems: tuple[str, ...]
    """The first stems of :attr:`acts` that may go on ("co-sleep*" as "co-sleep"), for ``str.startswith``."""
    sleep_negative_stems: tuple[str, ...]
    """Words that forbid or find fault with an act ("stop", "objection", "problem"), each matched as a word's start,
    counted as negators only over sharing the baby's sleep: "no objection to her dozing on the settee with him"
    allows it, while "must not be stopped, as withdrawal is a problem" is no unresolved stack."""
    acts_by_next: tuple[tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]], ...]
    """For each group of :attr:`acts_by_first`, in its order: by the word after the first, the group's acts that may
    go on with it (whose second stem is that word, or may match more than one word), in the group's order; and those
    that may go on with any word (a second stem that goes on or stands for a gap, or none). An act whose second
    stem is another word is never tried (the places of sleep after one verb make hundreds)."""
    opener_firsts: frozenset[str]
    """The first words of :attr:`exception_openers`: a word none starts opens no two-word exception."""
    place_acts: frozenset[tuple[str, ...]]
    """The acts of sleep in a dangerous place (a sofa, a chair) with the baby, built from ``place_sleep_verbs`` and
    ``sleep_places``."""
    permissions: tuple[tuple[str, ...], ...]
    """What judges such an act fine after it in its clause (``sleep_permissions``: "is fine", "are acceptable")."""
    grant_modals: tuple[tuple[str, ...], ...]
    """What grants an act plainly right before it, or before one of :attr:`grant_verbs` ("may", "is allowed to")."""
    grant_verbs: frozenset[str]
    """Verbs of having or taking the baby between a grant and the act ("may have the baby in bed with her")."""
    grant_reach: int
    """At most how many words (the baby, a pronoun) come between one of :attr:`grant_verbs` and the act."""
    grant_blockers: tuple[tuple[str, ...], ...]
    """Words that keep a plain grant from allowing the act: a risk, a warning, a belief, another child, the past."""
    grant_conditions: frozenset[str]
    """Words opening a condition: one following a grant in its sentence lifts it where it holds one of
    :attr:`grant_lifted_by` ("once she has stopped diazepam")."""
    grant_lifted_by: tuple[tuple[str, ...], ...]
    grant_companions: frozenset[str]
    """Adults named as the act's company: after an act ending on "her" or "his" ("in bed with her partner"), or after
    "with" and perhaps one of :attr:`companion_determiners` ("share a bed with her husband", "with partner Tom")."""
    companion_determiners: frozenset[str]
    company_joiners: frozenset[str]
    """Words joining the baby to an adult's company in the next part ("with her partner and the baby")."""
    company_babies: frozenset[str]
    """The baby so joined, perhaps after one of :attr:`companion_determiners`."""
    company_own_verbs: frozenset[str]
    """Verbs that give the baby so named a clause of its own ("and the baby sleeps in the cot")."""
    places: tuple[tuple[str, ...], ...] = ()
    """The dangerous places of sleep (``sleep_places``: "on the sofa", "in an armchair")."""
    untaken_openers: tuple[tuple[str, ...], ...] = ()
    """Words opening a condition of the nights or times the medicine is not taken ("on nights", "if")."""
    untaken_words: tuple[tuple[str, ...], ...] = ()
    """Words of taking a medicine or a dose ("takes", "had", "dose"): negated in such a condition, it is not taken."""
    plan_modals: tuple[tuple[str, ...], ...] = ()
    """What tells sleep in a dangerous place as the plan (``place_plan_modals``: "will", "is going to")."""
    plan_joiners: frozenset[tuple[str, ...]] = frozenset()
    """What joins such an act to the verb of the clause before it (``place_plan_joiners``: "and", "then")."""
    company_subjects: tuple[str, ...] = ()
    """The baby named before an act of sharing sleep (``company_subjects``): the act is the baby's, whatever
    adult's company follows it (:func:`adult_company_after`)."""


@functools.cache
def _lexicon() -> _Lexicon | None:
    table: dict[str, Any] = mapping_table("concerns.toml").get("stacked_negations", {})
    if not table:
        return None
    stems = tuple(w.rstrip("*") for w in table["negative_words"])
    # Sleep in a dangerous place with the baby: each verb of sleep before each place, and who shares it after the
    # place or between "with" and it ("dozing on the sofa with the baby", "doze with her son on the couch").
    verbs, where = table.get("place_sleep_verbs", ()), table.get("sleep_places", ())
    places = [
        *(f"{v} {p} {c}" for v in verbs for p in where for c in table.get("sleep_companions", ())),
        *(f"{v} with ... {p}" for v in verbs for p in where),
        # the sleep as a noun after its place: "a sofa nap together", "couch naps with the baby"
        *(
            f"{p} {n} {c}"
            for p in table.get("place_nouns", ())
            for n in table.get("place_sleep_nouns", ())
            for c in (*table.get("sleep_companions", ()), *table.get("noun_companions", ()))
        ),
    ]
    acts = tuple(tuple(p.split()) for p in (*table["acts"], *places))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for act in acts:
        by_first.setdefault(act[0], []).append(act)
    by_next = tuple(_acts_by_next(group) for group in by_first.values())
    return _Lexicon(
        frozenset(table["negators"]),
        stems,
        frozenset(table["clause_breaks"]),
        acts,
        tuple((first, tuple(group)) for first, group in by_first.items()),
        tuple(table["hints"]),
        frozenset(table["exception_openers"]),
        frozenset(table["exception_links"]),
        tuple(w.rstrip("*") for w in table["exception_covers"]),
        int(table["least_unresolved"]),
        str(table["allowed_as"]),
        re.compile(
            r"(?<![\w'])(?:"
            + "|".join(re.escape(w) for w in sorted({*table["negators"], *stems}, key=len, reverse=True))
            + r")|n't"
        ),
        frozenset(act[0] for act in acts if not act[0].endswith("*")),
        tuple(dict.fromkeys(act[0][:-1] for act in acts if act[0].endswith("*"))),  # once each: a prefix test per stem
        tuple(w.rstrip("*") for w in table.get("sleep_negative_words", ())),
        by_next,
        frozenset(o.split(" ")[0] for o in table["exception_openers"]),
        frozenset(tuple(p.split()) for p in places),
        tuple(tuple(p.split()) for p in table.get("sleep_permissions", ())),
        tuple(tuple(p.split()) for p in table.get("sleep_grant_modals", ())),
        frozenset(table.get("sleep_grant_verbs", ())),
        int(table.get("grant_reach", 0)),
        tuple(tuple(p.split()) for p in table.get("grant_blockers", ())),
        frozenset(table.get("grant_conditions", ())),
        tuple(tuple(p.split()) for p in table.get("grant_lifted_by", ())),
        frozenset(table.get("grant_companions", ())),
        frozenset(table.get("companion_determiners", ())),
        frozenset(table.get("company_joiners", ())),
        frozenset(table.get("company_babies", ())),
        frozenset(table.get("company_own_verbs", ())),
        tuple(tuple(p.split()) for p in where),
        tuple(tuple(p.split()) for p in table.get("untaken_openers", ())),
        tuple(tuple(p.split()) for p in table.get("untaken_words", ())),
        tuple(tuple(p.split()) for p in table.get("place_plan_modals", ())),
        frozenset(tuple(p.split()) for p in table.get("place_plan_joiners", ())),
        tuple(table.get("company_subjects", ())),
    )


def _acts_by_next(
    group: list[tuple[str, ...]],
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]:
    """:attr:`_Lexicon.acts_by_next` of one group of acts sharing their first stem."""
    loose = [len(act) < 2 or act[1] == "..." or act[1].endswith("*") for act in group]
    nexts = {act[1] for act, any_next in zip(group, loose, strict=True) if not any_next}
    return (
        {w: tuple(a for a, any_next in zip(group, loose, strict=True) if any_next or a[1] == w) for w in nexts},
        tuple(a for a, any_next in zip(group, loose, strict=True) if any_next),
    )


def _negates(word: str, found: _Lexicon) -> bool:
    return word in found.negators or word.endswith("n't") or word.startswith(found.negative_stems)


def _stem_matches(word: str, stem: str) -> bool:
    return word.startswith(stem[:-1]) if stem.endswith("*") else word == stem


def _parts(normalised: str, found: _Lexicon) -> list[list[tuple[str, int, int]]]:
    """The text's clauses, each its words with their spans: cut at punctuation and before a word that opens
    another clause."""
    parts: list[list[tuple[str, int, int]]] = []
    at = 0
    for piece in [*_PART_BREAK.finditer(normalised), None]:
        end = piece.start() if piece is not None else len(normalised)
        current: list[tuple[str, int, int]] = []
        words = list(_WORD.finditer(normalised, at, end))
        for i, m in enumerate(words):
            opens = m[0] in found.breaks or (
                m[0] in found.opener_firsts
                and i + 1 < len(words)
                and f"{m[0]} {words[i + 1][0]}" in found.exception_openers
            )  # "other than", "apart from" open an exception as "except" does, with or without a comma before
            if opens and current and not _only_opener(current, found):
                parts.append(current)
                current = []
            current.append((m[0], m.start(), m.end()))
        if current:
            parts.append(current)
        at = piece.end() if piece is not None else end
    return parts


def _only_opener(current: list[tuple[str, int, int]], found: _Lexicon) -> bool:
    """Whether the clause read so far is only an exception's opener ("except", "other than"): the word after it
    ("when", "while") goes on its exception."""
    return " ".join(w for w, _, _ in current) in found.exception_openers


_GAP_MOST = 3
"""At most how many words "..." in an act stands for ("doze with ... on the couch": "with her son on the couch")."""


def _act_end(part: list[tuple[str, int, int]], at: int, act: tuple[str, ...]) -> int | None:
    """Where ``act`` ends (the index after its last word) if it starts at ``part[at]``; None where it does not. A
    stem "..." stands for one to :data:`_GAP_MOST` words."""
    for k, stem in enumerate(act):
        if stem == "...":
            for gap in range(1, _GAP_MOST + 1):
                end = _act_end(part, at + k + gap, act[k + 1 :])
                if end is not None:
                    return end
            return None
        if at + k >= len(part) or not _stem_matches(part[at + k][0], stem):
            return None
    return at + len(act)


def _act_at(part: list[tuple[str, int, int]], found: _Lexicon) -> tuple[int, int] | None:
    """The first act of sharing the baby's sleep in ``part``: its first word's index and the index after its last."""
    found_act = _act_found(part, found)
    return None if found_act is None else (found_act[0], found_act[1])


def _act_found(part: list[tuple[str, int, int]], found: _Lexicon) -> tuple[int, int, tuple[str, ...]] | None:
    """:func:`_act_at` with the act found."""
    for i in range(len(part)):
        word = part[i][0]
        if word not in found.act_firsts and not word.startswith(found.act_first_stems):
            continue  # cheap: no act opens at this word
        after = part[i + 1][0] if i + 1 < len(part) else None
        for (first, _), (by_next, loose) in zip(found.acts_by_first, found.acts_by_next, strict=True):
            if not _stem_matches(word, first):
                continue
            for act in loose if after is None else by_next.get(after, loose):  # cheap: no act whose next word is not
                end = _act_end(part, i, act)
                if end is not None:
                    return i, end, act
    return None


def _judged_fine(part: list[tuple[str, int, int]], after: int, found: _Lexicon) -> bool:
    """Whether one of :attr:`_Lexicon.permissions` follows ``part[after:]``'s start in the clause ("dozing on the sofa
    with the baby after a dose is fine")."""
    words = [w for w, _, _ in part[after:]]
    return any(words[k : k + len(p)] == list(p) for p in found.permissions for k in range(len(words) - len(p) + 1))


def _holds(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` (word stems, "*" ending one that may go on) is in ``words``."""
    return any(
        all(_stem_matches(words[k + j], stem) for j, stem in enumerate(p))
        for p in phrases
        for k in range(len(words) - len(p) + 1)
    )


def _granted_before(
    words: list[str], start: int, found: _Lexicon, modals: tuple[tuple[str, ...], ...] | None = None
) -> bool:
    """Whether a grant ends right before the act opening at ``words[start]`` ("may co-sleep", "is allowed to bed
    share"), or before one of :attr:`_Lexicon.grant_verbs` and at most :attr:`_Lexicon.grant_reach` words before it
    ("may have the baby in bed with her"); ``modals`` in place of :attr:`_Lexicon.grant_modals` where given."""
    ends = [start]
    for gap in range(found.grant_reach + 1):
        verb = start - gap - 1
        if verb >= 0 and words[verb] in found.grant_verbs:
            ends.append(verb)
    return any(
        end >= len(modal) and tuple(words[end - len(modal) : end]) == modal
        for modal in (found.grant_modals if modals is None else modals)
        for end in ends
    )


def _planned(
    parts: list[list[tuple[str, int, int]]], n: int, start: int, found: _Lexicon, normalised: str
) -> list[str] | None:
    """The words of the clause that tells the act opening at ``parts[n][start]`` as the plan (``place_plan_modals``
    right before it: "he will doze on the settee with the baby"), or of the clause before it in its sentence holding
    one where the act is joined to that clause's verb by one of ``place_plan_joiners`` with no subject of its own
    ("she will do the early feeds and nap in the armchair with him"); None where it is not told so."""
    if not found.plan_modals:
        return None
    words = [w for w, _, _ in parts[n]]
    if _granted_before(words, start, found, found.plan_modals):
        return words
    if n == 0 or tuple(words[:start]) not in found.plan_joiners:
        return None
    at = n - 1
    while at > 0 and tuple(w for w, _, _ in parts[at]) in found.plan_joiners:
        at -= 1  # "and then": each word cut as a clause of its own
    before = parts[at]
    if _SENTENCE_END.search(normalised, before[-1][2], parts[n][0][1]) is not None:
        return None
    said = [w for w, _, _ in before]
    if any(tuple(said[k : k + len(m)]) == m for m in found.plan_modals for k in range(len(said) - len(m) + 1)):
        return said
    return None


def _adult_company(words: list[str], start: int, end: int, act: tuple[str, ...], found: _Lexicon) -> bool:
    """Whether the act's company is an adult (:attr:`_Lexicon.grant_companions`): after an act ending on "her" or
    "his" ("in bed with her partner"), or after "with" ending the act or right after it, perhaps one of
    :attr:`_Lexicon.companion_determiners` between ("share a bed with her husband", "with partner Tom"). Not where one
    of :attr:`_Lexicon.grant_verbs` takes someone into the bed before the act ("take the baby into bed with her
    partner"): the one taken shares it."""
    if act[-1] in {"her", "his"}:
        after = words[end : end + 1]
    else:
        at = end if act[-1] == "with" else end + 1 if words[end : end + 1] == ["with"] else -1
        if at < 0:
            return False
        led = words[at : at + 1] and words[at] in found.companion_determiners
        after = words[at : at + 2] if led else words[at : at + 1]
    if not any(w in found.grant_companions for w in after):
        return False
    verbs = found.grant_verbs
    return not any(start - gap - 1 >= 0 and words[start - gap - 1] in verbs for gap in range(found.grant_reach + 1))


def _company_after_a_comma(
    parts: list[list[tuple[str, int, int]]], n: int, start: int, end: int, act: tuple[str, ...], found: _Lexicon,
    normalised: str,
) -> bool:
    """Whether the act ends ``parts[n]`` and the next part, in its sentence, opens on "with" and an adult
    (:func:`_adult_company` read over both: "may share a bed, with her husband"), the baby not joined to that company
    in the part after it (:func:`_baby_joined`: "..., with her husband and the baby"; "and" opens a part)."""
    words = [w for w, _, _ in parts[n]]
    if end != len(words) or n + 1 >= len(parts) or parts[n + 1][0][0] != "with":
        return False
    if _SENTENCE_END.search(normalised, parts[n][-1][2], parts[n + 1][0][1]) is not None:
        return False
    company = [w for w, _, _ in parts[n + 1]]
    if not _adult_company([*words, *company], start, end, act, found):
        return False
    return not _baby_joined(parts, n + 1, normalised, found)


def adult_company_after(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the words ``after`` an act of sharing sleep name an adult as its company ("with her husband", "with
    partner Tom": "with", perhaps one of ``companion_determiners``, one of ``grant_companions``), the baby not joined
    to it after ("with her husband and the baby", ``company_joiners`` then ``company_babies`` with none of
    ``company_own_verbs``), and ``before`` (the clause's words before the act) names no baby (``company_subjects``:
    "the baby may share a bed with her mum" is the baby's). Read by the contradictions of mappings/concerns.toml
    that set ``adult_company``."""
    found = _lexicon()
    if found is None or not after or after[0] != "with" or not found.company_subjects:
        return False
    at = 2 if len(after) > 2 and after[1] in found.companion_determiners else 1
    if at >= len(after) or after[at] not in found.grant_companions:
        return False
    if any(_stem_matches(w, s) for w in before for s in found.company_subjects):
        return False
    rest = list(after[at + 1 :])
    for k, w in enumerate(rest):
        if w in found.company_joiners:
            said = rest[k + 1 :]
            j = 1 if len(said) > 1 and said[0] in found.companion_determiners else 0
            if j < len(said) and said[j] in found.company_babies and not any(
                v in found.company_own_verbs for v in said[j + 1 :]
            ):
                return False
    return True


def _baby_joined(parts: list[list[tuple[str, int, int]]], n: int, normalised: str, found: _Lexicon) -> bool:
    """Whether the part after ``parts[n]``, in its sentence, joins the baby to the adult's company ("with her partner
    and the baby"): one of :attr:`_Lexicon.company_joiners`, perhaps a determiner, one of
    :attr:`_Lexicon.company_babies`, and none of :attr:`_Lexicon.company_own_verbs` ("and the baby sleeps in the cot"
    is a clause of its own)."""
    if n + 1 >= len(parts) or _SENTENCE_END.search(normalised, parts[n][-1][2], parts[n + 1][0][1]) is not None:
        return False
    words = [w for w, _, _ in parts[n + 1]]
    if not words or words[0] not in found.company_joiners:
        return False
    at = 2 if len(words) > 2 and words[1] in found.companion_determiners else 1
    if at >= len(words) or words[at] not in found.company_babies:
        return False
    return not any(w in found.company_own_verbs for w in words[at + 1 :])


def _in_a_dangerous_place(words: list[str], start: int, found: _Lexicon) -> bool:
    """Whether the act opening at ``words[start]`` is sleep on a sofa or in a chair: one of ``sleep_places`` from
    there to the clause's end ("sleep with the baby on the sofa")."""
    return _holds(words[start:], found.places)


def _untaken_condition(words: list[str], found: _Lexicon) -> int:
    """The length of a condition opening ``words`` that the medicine is not taken ("on nights he takes no
    quetiapine", "if he has not had his tablet"): one of ``untaken_openers``, then a negator and one of
    ``untaken_words`` before the grant's subject (a word right before one of ``sleep_grant_modals``: "... he may")
    or the clause's end; 0 where there is none."""
    if not found.untaken_openers or not any(tuple(words[: len(o)]) == o for o in found.untaken_openers):
        return 0
    end = next(
        (
            j
            for j in range(1, len(words) - 1)
            if any(tuple(words[j + 1 : j + 1 + len(m)]) == m for m in found.grant_modals)
        ),
        len(words),
    )
    condition = words[:end]
    if not any(_negates(w, found) for w in condition) or not _holds(condition, found.untaken_words):
        return 0
    return end


def _plainly_granted(
    parts: list[list[tuple[str, int, int]]], n: int, act_found: tuple[int, int, tuple[str, ...]], found: _Lexicon,
    normalised: str,
) -> bool:
    """Whether ``parts[n]`` grants its act plainly (:func:`_granted_before`, or judged fine after it) with nothing
    negated, no risk, belief, other child or past in it, and no condition after it in its sentence that takes the
    parent off the medicine ("once she has stopped diazepam"). A condition earlier in its sentence that the medicine
    is not taken (:func:`_untaken_condition`: "if he has not had his tablet, he may doze in the armchair with the
    baby") negates nothing of a grant of sleep on a sofa or in a chair: no night makes that place safe."""
    part = parts[n]
    if not found.grant_modals or _sleep_stack(part, found):
        return False
    words = [w for w, _, _ in part]
    start, end, act = act_found
    place = _in_a_dangerous_place(words, start, found)
    for before in reversed(parts[:n]):  # a negation earlier in the sentence: "neither she nor her mother may ..."
        if _SENTENCE_END.search(normalised, before[-1][2], part[0][1]) is not None:
            break
        if _sleep_stack(before, found) and not (
            place and _untaken_condition([w for w, _, _ in before], found) == len(before)
        ):
            return False
    if _adult_company(words, start, end, act, found) and not _baby_joined(parts, n, normalised, found):
        return False  # "in bed with her partner", "share a bed with her husband": an adult's company, not the baby's
    if _company_after_a_comma(parts, n, start, end, act, found, normalised):
        return False  # "may share a bed, with her husband": the comma cuts no company off the act
    planned = _planned(parts, n, start, found, normalised) if place else None
    if not (_granted_before(words, start, found) or _judged_fine(part, end, found) or planned is not None):
        return False
    if _holds(words, found.grant_blockers) or _holds(words, found.grant_lifted_by):
        return False
    if planned is not None and planned is not words and _holds(planned, found.grant_blockers):
        return False  # "there is a risk he will do the feeds and doze on the sofa with her"
    for following in parts[n + 1 :]:
        if _SENTENCE_END.search(normalised, part[-1][2], following[0][1]) is not None:
            break
        if following[0][0] in found.grant_conditions and _holds([w for w, _, _ in following], found.grant_lifted_by):
            return False
        part = following
    return True


def _granted_after_untaken(
    parts: list[list[tuple[str, int, int]]], n: int, act_found: tuple[int, int, tuple[str, ...]], found: _Lexicon,
    normalised: str,
) -> bool:
    """Whether ``parts[n]`` opens on a condition that the medicine is not taken (:func:`_untaken_condition`) and
    then grants sleep on a sofa or in a chair plainly (:func:`_plainly_granted`, read on the rest): "on nights he
    takes no quetiapine he may sleep with the baby on the sofa". The caller counts the negators after the
    condition."""
    part = parts[n]
    words = [w for w, _, _ in part]
    start, end, act = act_found
    if not found.places or not _in_a_dangerous_place(words, start, found):
        return False
    cut = _untaken_condition(words[:start], found)
    if not cut:
        return False
    return _plainly_granted([*parts[:n], part[cut:], *parts[n + 1 :]], n, (start - cut, end - cut, act), found,
                            normalised)


def _stack(part: list[tuple[str, int, int]], found: _Lexicon) -> int:
    return sum(1 for w, _, _ in part if _negates(w, found))


def _sleep_stack(part: list[tuple[str, int, int]], found: _Lexicon) -> int:
    """The negators over sharing the baby's sleep: :func:`_stack`'s, and the words that forbid or find fault with
    it (``sleep_negative_words``: "we would not stop him", "no objection to", "is not a problem")."""
    faults = found.sleep_negative_stems
    return sum(1 for w, _, _ in part if _negates(w, found) or (bool(faults) and w.startswith(faults)))


def _covers_all(part: list[tuple[str, int, int]], found: _Lexicon) -> bool:
    """Whether ``part`` is an exception naming a time that is every time a sleep rule applies ("except at night",
    "except when asleep", "apart from naps"), with no negation of its own ("except when not asleep")."""
    words = [w for w, _, _ in part]
    if not words:
        return False
    if words[0] in found.exception_openers:
        rest = words[1:]
    elif " ".join(words[:2]) in found.exception_openers:
        rest = words[2:]  # "apart from", "other than"
    else:
        return False
    if rest and rest[0] in found.exception_links:
        rest = rest[1:]
    return bool(rest) and not any(_negates(w, found) for w in rest) and any(
        w.startswith(found.exception_covers) for w in rest
    )


def allowed_sleep_sharing(normalised: str) -> list[tuple[int, int]]:
    """Spans of ``normalised`` (clause starts to ends) that allow sharing the baby's sleep through negation: an
    even stack of two or more negators governing the act (before it, or after it where none is before: "there is
    no reason she should not co-sleep", "co-sleeping after a dose is not inadvisable"), or a rule against it
    followed by an exception covering every time it applies ("must not co-sleep, except at night and at nap
    times"; not "except for daytime feeds when she is awake")."""
    found = _lexicon()
    if found is None or not any(h in normalised for h in found.hints):
        return []  # cheap: no act named, nothing allowed
    parts = _parts(normalised, found)
    spans: list[tuple[int, int]] = []
    for n, part in enumerate(parts):
        act_found = _act_found(part, found)
        if act_found is None:
            continue
        act = act_found[:2]
        opening = part[: act[0]]
        if found.places and _in_a_dangerous_place([w for w, _, _ in part], act[0], found):
            # a condition that the medicine is not taken negates nothing of sleep on a sofa or in a chair
            opening = opening[_untaken_condition([w for w, _, _ in opening], found) :]
        stack = _sleep_stack(opening, found) or _sleep_stack(part[act[1] :], found)
        if (
            stack == 0
            and found.permissions
            and act_found[2] in found.place_acts
            and _sleep_stack(part, found) == 0
            and _judged_fine(part, act[1], found)
        ):
            spans.append((part[0][1], part[-1][2]))  # a sofa's or chair's sleep judged fine, nothing negated
            continue
        if stack == 0 and _plainly_granted(parts, n, act_found, found, normalised):
            spans.append((part[0][1], part[-1][2]))  # granted plainly: "may have the baby in bed with her"
            continue
        if stack == 0 and len(opening) < act[0] and _granted_after_untaken(parts, n, act_found, found, normalised):
            spans.append((part[0][1], part[-1][2]))  # "on nights he takes no quetiapine he may sleep with the baby on
            continue  # the sofa": the negation the condition's, the sofa granted
        if stack >= 2 and stack % 2 == 0:
            spans.append((part[0][1], part[-1][2]))
            continue
        if stack % 2 == 1:
            following = parts[n + 1 : n + 2]
            # the exception must follow in the same sentence: nothing but a comma or "and" between
            gap_ok = bool(following) and _SENTENCE_END.search(normalised, part[-1][2], following[0][0][1]) is None
            if gap_ok and _covers_all(following[0], found):
                spans.append((part[0][1], following[0][-1][2]))
    return spans


@functools.lru_cache(maxsize=memo.TEXTS)
def with_sleep_sharing_resolved(normalised: str) -> str:
    """``normalised`` with each clause that allows sharing the baby's sleep through negation
    (:func:`allowed_sleep_sharing`) told plainly as a clause of its own (``allowed_as``, "co-sleeping is
    allowed"), so a reader of plain permissions reads it as its plain form."""
    found = _lexicon()
    spans = allowed_sleep_sharing(normalised)
    if found is None or not spans:
        return normalised
    out = normalised
    for start, end in reversed(spans):
        out = f"{out[:start]}; {found.allowed_as}; {out[end:]}"  # a clause of its own: nothing around it reads in
    return out


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; one conclusion is read by MA122, MA112 and the withdrawals
def without_stacked(normalised: str) -> str:
    """``normalised`` with each clause blanked in place that stacks ``least_unresolved`` or more negators ("it is not
    the case that the midwife will not fail to score the baby", "a watch is not not unnecessary"): an odd stack
    denies what it governs and a longer even one leaves it unclear, so neither is a plan. Two ("breastfeeding is
    not unsupported") resolve and stand."""
    found = _lexicon()
    if found is None or len(found.any_negator.findall(normalised)) < found.least_unresolved:
        return normalised  # cheap: too few negation-like words for any stack
    spans = [
        (part[0][1], part[-1][2]) for part in _parts(normalised, found) if _stack(part, found) >= found.least_unresolved
    ]
    return blanked(normalised, spans) if spans else normalised
