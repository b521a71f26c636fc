"""A conclusion that drops the blood levels its own assessment's recommendations plan (rule MA127;
mappings/concerns.toml, [levels_dropped]): the recommendations keep lithium levels every 4 weeks, weekly from 36
weeks and within 24 hours of birth, and the conclusion says the levels will not be checked, puts them off until
months after the birth, or answers them only with "Possibly.". The midwife and the obstetrician reading the
conclusion drop the monitoring the recommendations set."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core.resources import mapping_table
from ..record.model import Assessment
from ..record.template import value_at
from .text import normalise
from .wording import Phrases, words_of_normalised

_PIECE = re.compile(r"([^;!?\n]*?)(\?|;|!|\n|\.(?=\s|$)|$)")
"""A sentence or clause of normalised text and the mark that ends it (as :data:`.wording.SENTENCE_END` cuts)."""

_MASK = "_"
"""What a level that is not the monitored one (the baby's, another analyte's, the dose's) becomes in a clause."""


@dataclass(frozen=True, slots=True)
class _Levels:
    classes: frozenset[str]
    items: tuple[str, ...]
    levels: frozenset[str]
    the_babys: Phrases
    times: Phrases
    named: re.Pattern[str] | None
    """The levels' other names (`level_names`: "blood tests", "bloods"), each read as "levels"."""
    named_hints: tuple[str, ...]
    """A word each of the other names holds (its first), asked of a clause before :attr:`named` is."""
    mothers: frozenset[str]
    joins: re.Pattern[str]
    """A comma and a conjunction of `breaks` that open another statement: the baby's clause ends there."""
    other_levels: frozenset[str]
    limits: Phrases
    bounded: Phrases
    ruled_out: re.Pattern[str]
    put_off: re.Pattern[str]
    denied_until: re.Pattern[str]
    """"No levels ... until": a level denied up to a time (``bound`` its time)."""
    after_birth: Phrases
    birth_words: Phrases
    restarted: re.Pattern[str]
    """A level restarted at a later time ("levels will be restarted at the 6-week check"); ``bound`` its time."""
    late_start: re.Pattern[str]
    late_begun: re.Pattern[str] | None
    """The levels begun at a later time ("levels start at the 6-week postnatal check"); ``bound`` its first words."""
    start_spared: Phrases
    term_weeks: int
    schedules: Phrases
    far: Phrases
    near: Phrases
    question_words: frozenset[str]
    hedges: frozenset[tuple[str, ...]]
    hedge_fillers: frozenset[str]
    hedge_conditions: Phrases
    hedge_condition_words: int
    level_pronouns: frozenset[str]
    """Words standing for the levels named before them in the sentence ("..., none after the birth")."""
    gestation_after: frozenset[str]
    """Words before a gestation that rule out what follows it ("no further levels beyond 36 weeks")."""
    gestation_units: frozenset[str]
    postnatal_ages: Phrases
    """Words after a count of weeks that make it the baby's age, not a gestation ("6 weeks postnatally")."""
    birth_bounds: frozenset[str]
    """Words before a birth word that make it a plan's end, not a level at the birth ("until delivery")."""


def _words(phrase: str) -> str:
    """A phrase as a pattern over words joined by single spaces, a trailing ``*`` letting its word go on."""
    found = re.findall(r"([^\W_]+)(\*?)", normalise(phrase))
    return " ".join(re.escape(w) + (r"[^\W_]*" if star else "") for w, star in found)


def _any(phrases: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((_words(p) for p in phrases), key=len, reverse=True)) + ")"


@functools.cache
def _levels() -> _Levels:
    raw = mapping_table("concerns.toml")["levels_dropped"]
    level = _any(raw["levels"])
    modifiers = _any(raw["modifiers"])
    negation = _any(raw["negations"])
    act = _any(raw["acts"])
    # Up to `between_words` words between, none of them a conjunction that opens another statement.
    between = r"(?: (?!" + _any(raw["breaks"]) + r"(?: |$))[^ ]+){0," + str(int(raw["between_words"])) + "}?"
    start, end = r"(?<![^ ])", r"(?![^ ])"
    ruled_out = "|".join(
        (
            rf"{start}{level}{between} {negation}(?: [^ ]+){{0,2}}? {act}{end}",
            rf"{start}{negation}(?: [^ ]+){{0,2}}? {act}(?: {modifiers}){{0,3}} {level}{end}",
            rf"{start}{_any(raw['no_need'])}(?: {modifiers}){{0,3}} {level}{end}",
            rf"{start}{level}(?: (?:is|are|will|be|being|been|now)){{0,3}} {_any(raw['needless'])}{end}",
        )
    )
    put_off = (
        rf"{start}{level}{between} (?:{_any(raw['postpones'])}|{negation}(?: [^ ]+){{0,3}}?)"
        rf"(?: [^ ]+){{0,2}}? (?:until|till|after|past|beyond)(?P<bound>(?: [^ ]+)*)$"
    )
    denied_until = (
        rf"{start}{_any(raw['no_need'])}(?: {modifiers}){{0,3}} {level}{between} (?:until|till)"
        r"(?P<bound>(?: [^ ]+)*)$"
    )
    restarts = _any(raw.get("restarts", ("restart",)))
    later = r"(?: [^ ]+){0,2}? (?:at|from|after|on|in|once)(?P<bound>(?: [^ ]+)*)$"
    restarted = (
        rf"{start}(?:{level}{between} {restarts}|{restarts}(?: {modifiers}){{0,3}} {level}){later}"
    )
    late_start = rf"{start}{level}(?: [^ ]+){{0,2}}? (?:from|after) (?P<weeks>\d+)(?: (?:weeks?|wks?|w|40)){end}"
    begins = raw.get("starts", ())
    reach = int(raw.get("start_reach", 5))
    late_begun = (
        rf"{start}{level}{between} {_any(begins)}(?: [^ ]+){{0,1}}? (?:at|from|after|on|once)"
        rf"(?P<bound>(?: (?!{_any(raw['breaks'])}(?: |$))[^ ]+){{1,{reach}}})"
        if begins
        else None
    )
    prompt = mapping_table("hollow-phrases.toml")["prompt"]
    return _Levels(
        classes=frozenset(raw["classes"]),
        items=tuple(raw["items"]),
        levels=frozenset(normalise(w) for w in raw["levels"]),
        the_babys=Phrases.of(raw["the_babys"]),
        times=Phrases.of(raw["times"]),
        mothers=frozenset(normalise(w) for w in raw["mothers"]),
        named=re.compile(rf"{start}{_any(raw['level_names'])}{end}") if raw.get("level_names") else None,
        named_hints=tuple(sorted({normalise(p).split()[0] for p in raw.get("level_names", ())})),
        joins=re.compile(r",\s*(?=" + _any(raw["breaks"]) + r"(?![^\W_]))"),
        other_levels=frozenset(normalise(w) for w in raw["other_levels"]),
        limits=Phrases.of(raw["limits"]),
        bounded=Phrases.of(raw["bounded"]),
        ruled_out=re.compile(ruled_out),
        put_off=re.compile(put_off),
        denied_until=re.compile(denied_until),
        after_birth=Phrases.of(raw.get("after_birth", ())),
        birth_words=Phrases.of(raw.get("birth_words", ())),
        restarted=re.compile(restarted),
        late_start=re.compile(late_start),
        late_begun=re.compile(late_begun) if late_begun else None,
        start_spared=Phrases.of(raw.get("start_spared", ())),
        term_weeks=int(raw["term_weeks"]),
        schedules=Phrases.of(raw["schedules"]),
        far=Phrases.of(raw["far"]),
        near=Phrases.of(raw["near"]),
        question_words=frozenset(normalise(w) for w in raw["question_words"]),
        hedges=frozenset(words_of_normalised(normalise(p)) for p in prompt.get("hedged_answers", ())),
        hedge_fillers=frozenset(normalise(w) for w in prompt.get("hedged_answer_fillers", ())),
        hedge_conditions=Phrases.of(raw.get("hedge_conditions", ())),
        hedge_condition_words=int(raw.get("hedge_condition_words", 0)),
        level_pronouns=frozenset(normalise(w) for w in raw.get("level_pronouns", ())),
        gestation_after=frozenset(normalise(w) for w in raw.get("gestation_after", ())),
        gestation_units=frozenset(normalise(w) for w in raw.get("gestation_units", ())),
        postnatal_ages=Phrases.of(raw.get("postnatal_ages", ())),
        birth_bounds=frozenset(normalise(w) for w in raw.get("birth_bounds", ())),
    )


def _the_babys(said: Sequence[str], found: _Levels) -> bool:
    """Whether the statement ``said`` speaks of the baby before any time word ("until the baby is six months old"
    is a time, and leaves the level hers)."""
    timed = found.times.pattern.search(" ".join(said))
    return found.the_babys.found_in(" ".join(said)[: timed.start() if timed else None].split())


def _hers(said: Sequence[str], found: _Levels, babys: bool = False) -> tuple[str, ...]:
    """``said`` (one statement: :func:`_pieces` cuts a clause at a comma and a conjunction) with each level that is
    not the monitored one masked: a statement about the baby (``babys``) whole, its limits and times the baby's
    ("..., and the newborn's is not needed until discharge" bounds no level of hers), another analyte's or the
    dose's level just before it ("thyroid levels", "the same level"), or "at" up to two words before it ("at
    this level")."""
    if babys:
        return tuple(_MASK for _ in said)
    if found.levels.isdisjoint(said):
        return tuple(said)
    kept = list(said)
    for i, w in enumerate(said):
        if w in found.levels and ((i > 0 and said[i - 1] in found.other_levels) or "at" in said[max(0, i - 3) : i]):
            kept[i] = _MASK
    return tuple(kept)


def _named_levels(said: tuple[str, ...], found: _Levels) -> tuple[str, ...]:
    """``said`` with each of the levels' other names (`level_names`: "no blood tests are needed") read as
    "levels"."""
    if found.named is None or not any(h in said for h in found.named_hints):
        return said  # cheap: no word of another name
    return tuple(found.named.sub("levels", " ".join(said)).split())


def _clause(clause: str, found: _Levels) -> tuple[str, ...]:
    """The words of ``clause`` (normalised) with the monitored levels kept. The baby's statement ends at a comma and
    a conjunction that opens another (`breaks`) naming the mother (`mothers`: "..., and her levels are not needed
    again"); one that names neither goes on speaking of the baby ("The newborn is seen by paeds, and no level is
    needed")."""
    kept: list[str] = []
    babys = False
    for part in found.joins.split(clause) if "," in clause else (clause,):
        said = _named_levels(words_of_normalised(part), found)
        babys = _the_babys(said, found) or (babys and found.mothers.isdisjoint(said))
        kept.extend(_hers(said, found, babys))
    return tuple(kept)


def _pieces(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The clauses of ``text`` (normalised here), each as its words with the monitored levels kept, and the mark
    that ends it. A part after a comma opening on one of ``level_pronouns`` is a clause of its own, the pronoun read
    as "no levels" where a part before it in its sentence names the levels ("Levels 4-weekly until delivery, none
    after the birth")."""
    found = _levels()
    pieces: list[tuple[tuple[str, ...], str]] = []
    for m in _PIECE.finditer(normalise(text)):
        if not m.group(1).strip():
            continue
        parts = _pronoun_parts(m.group(1), found)
        pieces.extend((said, m.group(2) if i == len(parts) - 1 else ",") for i, said in enumerate(parts))
    return pieces


def _pronoun_parts(piece: str, found: _Levels) -> list[tuple[str, ...]]:
    """The clause ``piece`` as one statement, or cut before each comma that a level pronoun follows, the pronoun
    then read as "no levels" after a part naming the levels."""
    pronoun = next((p for p in found.level_pronouns if p in piece), None) if "," in piece else None
    if pronoun is None:
        return [_clause(piece, found)]
    parts = re.split(rf",\s*(?=(?:{'|'.join(map(re.escape, sorted(found.level_pronouns)))})(?![^\W_]))", piece)
    kept: list[tuple[str, ...]] = []
    for part in parts:
        said = _clause(part, found)
        if kept and said and said[0] in found.level_pronouns and any(not found.levels.isdisjoint(k) for k in kept):
            said = _clause(f"no levels {' '.join(said[1:])}", found)
        kept.append(said)
    return kept


def _past_gestation(said: Sequence[str], found: _Levels) -> bool:
    """Whether ``said`` holds a gestation after one of ``gestation_after`` ("beyond 36 weeks", "after 36/40"): not
    a count of weeks of the baby's age (``postnatal_ages`` after it)."""
    return any(
        w in found.gestation_after
        and said[i + 1].isdigit()
        and said[i + 2] in found.gestation_units
        and not found.postnatal_ages.found_in(said[i + 3 : i + 6])
        for i, w in enumerate(said[:-2])
    )


def _hedge_only(said: Sequence[str], found: _Levels) -> bool:
    """Whether ``said`` is only a hedge ("possibly", "not sure") with at most an article beside it, or a hedge
    opening it followed only by its own short condition ("perhaps, if there is time": ``hedge_conditions``)."""
    if not said:
        return False
    for size in (3, 2, 1):
        head = tuple(said[:size])
        tail = said[size:]
        if (
            len(said) > size
            and head in found.hedges
            and 1 < len(tail) <= found.hedge_condition_words
            and not any(w[:1].isdigit() for w in tail)
            and found.hedge_conditions.pattern.match(" ".join(tail)) is not None
        ):
            return True
    if len(said) > 5:
        return False
    for size in (3, 2, 1):
        for i in range(len(said) - size + 1):
            if tuple(said[i : i + size]) in found.hedges:
                return all(w in found.hedge_fillers for w in (*said[:i], *said[i + size :]))
    return False


def _drops(pieces: list[tuple[tuple[str, ...], str]], index: int, found: _Levels) -> bool:
    """Whether the clause at ``index`` rules the levels out, puts them off past the birth or starts them at term, or
    hedges them."""
    said, mark = pieces[index]
    if found.levels.isdisjoint(said):
        return False
    joined = " ".join(said)
    if (
        found.ruled_out.search(joined) is not None
        # "once she has delivered" is a time after the birth (``after_birth``), not a condition that limits
        and not found.limits.found_in(found.after_birth.outside(said) if "once" in said else said)
        and not found.bounded.found_in(said)
    ):
        return True
    for later in (found.put_off.search(joined), found.restarted.search(joined), found.denied_until.search(joined)):
        if later is not None:
            bound = later.group("bound").split()
            if found.far.found_in(bound) and not found.near.found_in(bound):
                return True
    begun = found.late_begun.search(joined) if found.late_begun is not None else None
    if begun is not None and not found.start_spared.found_in(said):
        bound = begun.group("bound").split()
        if found.far.found_in(bound) and not found.near.found_in(bound):
            return True
    late = found.late_start.search(joined)
    if (
        late is not None
        and int(late.group("weeks")) >= found.term_weeks
        and not found.schedules.found_in(said)
        and not found.far.found_in(said)
    ):
        return True
    rest = [w for w in said if w not in found.levels and w not in found.question_words]
    if not rest and mark == "?" and index + 1 < len(pieces):
        return _hedge_only(pieces[index + 1][0], found)
    return bool(rest) and _hedge_only(rest, found)


def _plans(
    pieces: list[tuple[tuple[str, ...], str]],
    found: _Levels,
    skip: frozenset[int] = frozenset(),
    at_birth: bool = False,
) -> bool:
    """Whether a clause of ``pieces`` (outside ``skip``) speaks of the monitored levels without dropping them; with
    ``at_birth``, one that names the birth too (``birth_words``)."""
    return any(
        not found.levels.isdisjoint(said)
        and not _drops(pieces, i, found)
        and (not at_birth or _names_the_birth(said, found))
        for i, (said, _) in enumerate(pieces)
        if i not in skip
    )


def _names_the_birth(said: Sequence[str], found: _Levels) -> bool:
    """Whether ``said`` names the birth (``birth_words``) other than as its plan's end ("until delivery": one of
    ``birth_bounds`` before it, an article between or not)."""
    joined = " ".join(said)
    for m in found.birth_words.pattern.finditer(joined):
        start = joined.count(" ", 0, m.start()) + (0 if joined[m.start() : m.start() + 1] != " " else 1)
        before = [w for w in said[max(0, start - 2) : start] if w != "the"]
        if not before or before[-1] not in found.birth_bounds:
            return True
    return False


def _rules_out_after_birth(said: tuple[str, ...], found: _Levels) -> bool:
    """Whether the clause ``said`` rules the levels out after the birth ("no levels are taken after delivery") or
    after a gestation, the birth with it ("no further levels beyond 36 weeks"), with no level in the first hours or
    days after it kept (none of ``near``)."""
    return (
        found.ruled_out.search(" ".join(said)) is not None
        and (found.after_birth.found_in(said) or _past_gestation(said, found))
        and not found.near.found_in(said)
    )


def levels_dropped(assessment: Assessment, classes: Iterable[str], conclusion: str | None = None) -> bool:
    """Whether the conclusion of ``assessment`` (or ``conclusion``, the overall conclusion read against it), whose
    current medicines are of ``classes``, drops the levels its recommendations plan: some clause rules them out,
    puts them off past the birth or only hedges them, no other clause of it plans a level, and an item of
    ``[levels_dropped] items`` plans them."""
    found = _levels()
    text = assessment.conclusion if conclusion is None else conclusion
    if not isinstance(text, str) or found.classes.isdisjoint(classes):
        return False
    said = _named_levels(words_of_normalised(normalise(text)), found)
    if found.levels.isdisjoint(said):
        return False  # cheap: a conclusion that never says "level" or another name of it drops none
    pieces = _pieces(text)
    dropping = frozenset(i for i, (words, _) in enumerate(pieces) if _drops(pieces, i, found))
    # The answer to a levels question is its own clause, read with the question: one that plans a level answers
    # the question with the plan ("No further levels? Levels every 4 weeks ..."), one that does not speaks of none.
    if not dropping:
        return False
    if not _plans(pieces, found, dropping):
        return _planned(assessment, found)
    # A plan in pregnancy beside the levels ruled out after the birth keeps only the pregnancy's.
    after_birth = any(_rules_out_after_birth(pieces[i][0], found) for i in dropping)
    return after_birth and not _plans(pieces, found, dropping, at_birth=True) and _planned(assessment, found, True)


def _planned(assessment: Assessment, found: _Levels, at_birth: bool = False) -> bool:
    """Whether an item of ``[levels_dropped] items`` of ``assessment`` plans a level (naming the birth, with
    ``at_birth``)."""
    for item in found.items:
        planned = value_at(assessment, item)
        if isinstance(planned, str) and _plans(_pieces(planned), found, at_birth=at_birth):
            return True
    return False
