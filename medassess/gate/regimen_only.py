"""A conclusion whose only decision is the medicine's own line, for the share gate's rule MA103: "Lithium 800 mg
nocte continues." beside a baby's care that is only deferred, told as gone through, left to "the usual" or a heading
without its answer. The medicine goes on; the baby is given nothing. The words are data, in
``mappings/hollow-phrases.toml`` ``[regimen_only]``, with their rationale."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path, mapping_table
from .phrases import alternation
from .settings import GateSettings
from .substance import (
    _CONDITION,
    _CONDITION_WORDS,
    _SENTENCE,
    Analysis,
    _blank_out,
    _Judge,
    _judge,
    _without_conditional_outcomes,
    normalised_lines,
    topic_word,
)
from .text import unpossessed

_PART = re.compile(r"[^,;:!?\n]+?(?=[,;:!?\n]|\.(?:\s|$)|$)")
"""A part of a text: between commas, semicolons, colons and a sentence's end (a decimal point stays inside)."""
_PIECE = re.compile(r"[^.;!?\n]+")
"""A sentence or a semicolon's part, with any heading's colon inside it."""
_WORD = re.compile(r"[^\W_]+")
_ACCOUNT_WORDS = ("was", "were", "has", "have", "had")
"""The auxiliaries every passive account holds (:meth:`_Judge._without_account_subjects`)."""
_LETTER_WORD = re.compile(r"[^\W\d_][\w'-]*")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:mg|ml|mcg|g)?")
_TAKER = re.compile(r"\s*([^\W_]+)(?:'s?(?![^\W_]))?(?=\s+[^\W_])")
"""A part's first word, with its possessive ("Daniel's"), before another word: who may take the line's medicine."""


@dataclass(frozen=True, slots=True)
class _Words:
    carried_on: frozenset[str]
    line: frozenset[str]
    likewise: frozenset[str]
    likewise_most_words: int
    handed_over: re.Pattern[str] | None = None
    """A hand-over's predicate ([regimen_only] `handed_over` after a copula, `known_about`, or a habit that
    applies): :func:`_handed_over_spans`."""
    handed_over_hints: tuple[str, ...] = ()
    """Literals one of which every hand-over holds: the cheap pre-check before the pattern."""
    clause_opener: re.Pattern[str] | None = None
    back_reference: re.Pattern[str] | None = None
    takers: frozenset[str] = frozenset()
    """Who takes the medicine, opening its line ("she continues diazepam 5 mg tds"): [regimen_only] `takers`."""


def _either(phrases: list[str]) -> str:
    """A regex alternation of ``phrases`` (longest first), their spaces matching any run of spaces."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True))


@functools.cache
def _words() -> _Words:
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))["regimen_only"]
    handed, copulas, known = raw.get("handed_over", []), raw.get("handed_over_copulas", []), raw.get("known_about", [])
    habits, habit_nouns, habit_verbs = (
        raw.get("habit_words", []),
        raw.get("habit_nouns", []),
        raw.get("habit_verbs", []),
    )
    parts = []
    if handed and copulas:
        parts.append(rf"(?:{_either(copulas)})(?:\s+(?:all|both|each))?\s+(?:{_either(handed)})")
    if known:
        parts.append(rf"(?:{_either(known)})")
    if habits and habit_nouns and habit_verbs:
        parts.append(rf"(?:{_either(habits)})\s+(?:{_either(habit_nouns)})\s+(?:{_either(habit_verbs)})")
    openers, back = raw.get("clause_openers", []), raw.get("back_references", [])
    return _Words(
        frozenset(raw["carried_on"]),
        frozenset(raw["line_words"]),
        frozenset(raw["likewise"]),
        int(raw["likewise_most_words"]),
        re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])") if parts else None,
        tuple(sorted({max(p.split(), key=len) for p in (*handed, *known)} | set(habit_nouns))),
        re.compile(rf"\s*(?:{_either(openers)})(?![^\W_])") if openers else None,
        re.compile(rf"\s*(?:the\s+)?(?:{_either(back)})\s*$") if back else None,
        frozenset(raw.get("takers", [])),
    )


_NEW_CLAUSE = re.compile(
    r"\s+and\s+(?:(?:she|he|they|we|i|it|will|would|can|could|should|must|shall|may|might|is|are|has|have|does"
    r"|do|then|also|so|never|always)(?![^\W_])|(?:(?:the|a|an|her|his|their)\s+[^\W\d_]+\s+)?"
    r"[^\W\d_]+\s+(?:the|a|an|her|his|their|its|them|it|for|to|every|each|all|any|on|with|at|in|out)(?![^\W_]))"
)
"""Where a hand-over's part turns to a clause of its own after "and": a pronoun subject ("and she ..."), a modal or
auxiliary ("and will do the night feeds"), a verb and its object ("and observes the baby", "and watches for tremor"),
or a subject, its verb and object ("and the health visitor checks the cot"). A list of topics goes on ("knows about
withdrawal and the cot"). What follows is read on its own."""
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
_LIST_JOIN = re.compile(r"\s(?:and|or)\s")
_GERUND = re.compile(r"\s*[^\W\d_]+ing\s")
"""An item of a list opening on a gerund ("breastfeeding on methadone"): a topic, not a verb and its object."""
"""Where a list's last part joins two items ("night feeds and late withdrawal signs")."""
"""A full stop that ends a sentence (a decimal point does not)."""
_ACT_OPENS = re.compile(
    r"\s*(?:(?:the|a|an|her|his|their)\s+[^\W\d_]+\s+)?[^\W\d_]+\s+"
    r"(?:the|a|an|her|his|their|its|them|it|for|to|every|each|all|any|on|with|at|in|out)(?![^\W_])"
)
"""A part opening on a verb and its object ("watches for tremor", "the HV checks the cot"): an act, no topic."""


def _list_goes_on(
    text: str, end: int, settings: GateSettings | None, words: _Words, medicines: frozenset[str] = frozenset()
) -> int:
    """Where a hand-over ending at a comma ends when its list of topics goes on to its sentence's end ("knows about
    withdrawal, feeding and safe sleep."): each item after the comma (a part, or one side of its "and" or "or") at
    most `likewise_most_words` words besides stop words, none opening on a verb and its object and none with a
    number (a gerund opening it is a topic: "breastfeeding on methadone"), each ending on a topic word or a
    medicine's (``medicines``), whatever words qualify it before ("night feeds", "late withdrawal signs"). Else
    ``end``."""
    if settings is None or not text.startswith(",", end):
        return end
    stops = [i for i in (text.find(c, end) for c in ";:!?\n") if i >= 0]
    if (stop := _SENTENCE_END.search(text, end)) is not None:
        stops.append(stop.start())
    close = min(stops, default=len(text))
    return close if _only_topics(text[end + 1 : close], settings, words, medicines) else end


def _only_topics(listed: str, settings: GateSettings, words: _Words, medicines: frozenset[str]) -> bool:
    """Whether ``listed`` is a list of topics only: each item (a part between commas, or one side of its "and" or
    "or") at most `likewise_most_words` words besides stop words, none opening on a verb and its object and none with
    a number (a gerund opening it is a topic: "breastfeeding on methadone"), each ending on a topic word or a
    medicine's (``medicines``), whatever words qualify it before ("night feeds", "late withdrawal signs")."""
    lexicon = settings.lexicon

    def topical(word: str) -> bool:
        return word in medicines or topic_word(unpossessed(word), lexicon)

    for part in listed.split(","):
        for item in _LIST_JOIN.split(part):
            said = [w for w in _LETTER_WORD.findall(item) if w not in lexicon.stop_words]
            if (
                not said
                or len(said) > words.likewise_most_words
                or any(c.isdigit() for c in item)
                or ((opened := _ACT_OPENS.match(item)) is not None and not _GERUND.match(opened[0]))
                or not topical(said[-1])
            ):
                return False
    return True


def _topic_label_spans(
    normal: str, judge: _Judge, settings: GateSettings, words: _Words, medicines: frozenset[str]
) -> list[tuple[int, int]]:
    """Each label over topics in ``normal`` ("The relevant issues for the baby are", [risk_list] topic_labels; one
    holding a claim of its own is none) with the list after it to its part's end, where that list is only topics
    (:func:`_only_topics`: "withdrawal, feeding and safe sleeping"): beside the medicine's line it names what is to be
    weighed, nothing decided. A list with an act or a turn of its own ("sedation, so he does no night feeds") keeps
    its label."""
    label, claim = judge.patterns.topic_label, judge.patterns.claim
    if label is None or claim is None or not any(map(normal.__contains__, settings.lexicon.topic_labels)):
        return []
    spans = []
    for found in label.finditer(normal):
        if claim.search(found["label"]) is not None:
            continue
        end = min((i for i in (normal.find(c, found.end()) for c in ";.!?\n:") if i >= 0), default=len(normal))
        if _only_topics(normal[found.end() : end], settings, words, medicines):
            spans.append((found.start("label"), end))
    return spans


def _handed_over_spans(
    text: str, words: _Words, settings: GateSettings | None = None, medicines: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The hand-overs in ``text`` (normalised, the line blanked) that name topics with no act, time or holder of
    their own ([regimen_only] `handed_over`): each from where its subject opens to the end of its part; a subject
    that only points back takes the part or sentence before with it. A span with a number is none. A relative clause
    after it is left to be read on its own: one that only vouches for the holder ("..., who have the full picture")
    names no topic, one that gives an act ("..., who score the baby for withdrawal") does. With ``settings``, a list
    of topics going on after a comma to the sentence's end is the hand-over's too (:func:`_list_goes_on`)."""
    pattern = words.handed_over
    if pattern is None or not any(h in text for h in words.handed_over_hints):
        return []
    spans: list[tuple[int, int]] = []
    for found in pattern.finditer(text):
        opened = max(text.rfind(c, 0, found.start()) for c in ";.!?\n") + 1
        start = opened
        comma = text.rfind(",", opened, found.start())
        while comma >= 0:
            if words.clause_opener is not None and words.clause_opener.match(text, comma + 1):
                start = comma + 1
                break
            comma = text.rfind(",", opened, comma)
        ends = [i for i in (text.find(c, found.end()) for c in ",;:!?\n") if i >= 0]
        stop = _SENTENCE_END.search(text, found.end())
        if stop is not None:
            ends.append(stop.start())
        end = _list_goes_on(text, min(ends, default=len(text)), settings, words, medicines)
        if (turn := _NEW_CLAUSE.search(text, found.end(), end)) is not None:
            end = turn.start()  # "knows about withdrawal and watches for tremor": the act after "and" stands
        subject = text[start : found.start()]
        if words.back_reference is not None and words.back_reference.fullmatch(subject.split(":")[-1]):
            before = text[:opened].rstrip(" ;.!?\n")
            start = max(before.rfind(c) for c in ";.!?\n") + 1 if before else opened
        if any(c.isdigit() for c in text[start:end]):
            continue
        spans.append((start, end))
    return spans


def _line_spans(
    text: str, medicines: frozenset[str], words: _Words, people: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The parts of ``text`` that are only a medicine's line: its name, its dose and times, carried on. A part of
    line words alone right after one, a comma between ("..., supervised consumption, continues"), is the line's
    too. Its taker may open it: one of `takers` or a word of the record's parents' names (``people``: "Kayleigh
    continues diazepam 5 mg three times a day"), as its first word."""
    spans: list[tuple[int, int]] = []
    for part in _PART.finditer(text):
        found = _WORD.findall(part[0])
        taker = _TAKER.match(part[0])
        if taker is not None and (taker[1] in words.takers or taker[1] in people):
            found = _WORD.findall(part[0], taker.end())  # its taker opening it, or its taker's ("Daniel's")
        if not found or not all(w in medicines or w in words.line or _AMOUNT.fullmatch(w) for w in found):
            continue
        if spans and text[spans[-1][1] : part.start()].strip() == ",":
            spans.append(part.span())
            continue
        if not any(w in medicines or w in ("both", "all") for w in found):
            continue
        if any(w in words.carried_on or w[0].isdigit() for w in found):
            spans.append(part.span())
    return spans


def _topics(text: str, settings: GateSettings, medicines: frozenset[str]) -> set[str]:
    lexicon = settings.lexicon
    found = {unpossessed(w) for w in _LETTER_WORD.findall(text)}
    return {w for w in found if w not in medicines and w not in lexicon.general_topic_words and topic_word(w, lexicon)}


def _said(text: str, settings: GateSettings, words: _Words) -> str:
    """``text`` without the parts that say nothing of their own: a heading left without its answer ("Baby: the .")
    and a part that only borrows the verb of the one before ("sleep and feeding likewise")."""
    stop = settings.lexicon.stop_words
    kept = []
    for piece in _PIECE.finditer(text):
        _, colon, answer = piece[0].rpartition(":")
        if colon and all(w in stop for w in _LETTER_WORD.findall(answer)):
            continue
        said = [w for w in _LETTER_WORD.findall(piece[0]) if w not in stop]
        if said and said[-1] in words.likewise and len(said) - 1 <= words.likewise_most_words:
            continue
        kept.append(piece[0])
    return " . ".join(kept)


def _without_list_heads(rest: str, normal: str, settings: GateSettings, words: _Words) -> str:
    """``rest`` without the heads of a list torn from the clause set aside after them: in "sleep, feeding and
    withdrawal to be covered at the meeting" the deferral's clause starts after the comma, so "sleep," is left
    standing alone. A sentence whose last part (after a comma) is wholly set aside, and whose other parts only name
    topics (at most `likewise_most_words` words each besides stop words, every one a topic word), goes with it."""
    lexicon = settings.lexicon
    stop = lexicon.stop_words
    out = rest
    for piece in _PIECE.finditer(rest):
        parts = piece[0].split(",")
        if len(parts) < 2 or parts[-1].strip() or not normal[piece.end() - len(parts[-1]) : piece.end()].strip():
            continue
        heads = [[w for w in _LETTER_WORD.findall(p) if w not in stop] for p in parts[:-1]]
        if all(
            head and len(head) <= words.likewise_most_words and all(topic_word(w, lexicon) for w in head)
            for head in heads
        ):
            out = out[: piece.start()] + " " * (piece.end() - piece.start()) + out[piece.end() :]
    return out


def _without_undecided_conditions(text: str, normal: str, judge: _Judge, settings: GateSettings) -> str:
    """``text`` (``normal`` with what is set aside blanked in place) with each condition blanked, to the end of its
    ;-part, that opens its sentence (or follows a heading there) and after which nothing is decided once what it only
    supposes is set aside (:meth:`_Judge.without_suppositions`) though ``normal`` says something there: "if the baby
    shows withdrawal, scoring would be considered", "should she relapse, the team will act accordingly" (the deferral
    already blanked). The condition names a concern; what follows it gives the baby nothing. An outcome that decides
    ("if she relapses, her keyworker rings the midwife the same day") stands whole, as does one said in stop words
    alone ("should she wish to breastfeed, she can": a permission); a heading before the condition ("Contingencies:
    if ...") is left, to be read as a heading without its answer."""
    supposed = judge.without_suppositions(_without_conditional_outcomes(text))
    stop = settings.lexicon.stop_words

    def says(part: str) -> bool:
        return any(c.isdigit() for c in part) or any(w not in stop for w in _LETTER_WORD.findall(part))

    spans = []
    for sentence in _SENTENCE.finditer(supposed):
        condition = _CONDITION.search(supposed, sentence.start(), sentence.end())
        if condition is None:
            continue
        before = supposed[sentence.start() : condition.start()].strip()
        if before and not before.endswith(":"):
            continue  # a condition inside a sentence that says something first
        part = supposed.find(";", condition.end(), sentence.end())
        end = sentence.end() if part < 0 else part
        if says(normal[condition.end() : end]) and not says(supposed[condition.end() : end]):
            spans.append((condition.start(), end))
    return _blank_out(text, spans) if spans else text




@functools.cache
def _actor() -> re.Pattern[str]:
    """Who may act in a condition's own words: a role of [conclusion] watchers in mappings/concerns.toml or a personal
    pronoun ("the foster carer", "she", "we"): :func:`_without_empty_conditions`."""
    watchers = mapping_table("concerns.toml").get("conclusion", {}).get("watchers", ())
    roles = [*watchers, "she", "he", "they", "we", "i", "you"]
    body = alternation(roles, normalised=True, any_spaces=True, word_endings=True)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")


_CONSEQUENCE_END = re.compile(r"[;!?\n]|\.(?:\s|$)")
"""Where what a condition leads to ends: a semicolon or a sentence's end."""


def _without_empty_conditions(rest: str, normal: str, remainder: str) -> str:
    """``rest`` without each condition opening its clause ("if concerns arise about the baby", "should withdrawal
    signs appear,") whose consequence, to the next semicolon or sentence's end, the remainder has wholly set aside
    ("the team will respond accordingly", "action will be taken as required"), or that opens its part with nothing
    after it at all ("...; if the newborn is jittery or feeds poorly;"): a condition that leads to nothing says
    nothing of the baby's care, however many topics it names. A consequence that names its act ("..., the carer
    phones the health visitor the same day") keeps its condition, and a condition after a clause of its own ("the
    midwife scores him, if jittery") is that clause's."""
    if not any(map(normal.__contains__, _CONDITION_WORDS)):
        return rest  # cheap: no condition can open
    spans = []
    for found in _CONDITION.finditer(normal):
        stop = _CONSEQUENCE_END.search(normal, found.end())
        end = stop.start() if stop is not None else len(normal)
        if not any(c.isalnum() for c in normal[found.end() : end]):
            # nothing at all after it: a condition opening its part leads to nothing ("...; if the newborn is
            # jittery;"), one after a clause of its own is that clause's ("the midwife scores him, if jittery"), and
            # one naming who acts past its first words, or a number, holds its consequence with no comma between
            # ("if the baby is jittery the foster carer phones the HV", "if jittery scoring goes to 2-hourly")
            opened = max(normal.rfind(c, 0, found.start()) for c in ";.!?\n") + 1
            own = " ".join(found[0].split()[3:])
            if not (normal[opened : found.start()].strip() or any(c.isdigit() for c in own) or _actor().search(own)):
                spans.append(found.span())
        elif not any(c.isalnum() for c in remainder[found.end() : end]):
            spans.append(found.span())
    return _blank_out(rest, spans) if spans else rest


def _without_undecided_acts(rest: str, normal: str, remainder: str, judge: _Judge) -> str:
    """``rest`` (``normal`` with the line, accounts and hand-overs blanked in place) without what decides nothing as
    :func:`~medassess.gate.substance.claims_beyond` reads it on the whole remainder: watching or a to-do list in the
    passive with no one, no time and no threshold ("the baby will be monitored, feeding will be supported"), and an act
    whose only time names no time ("the midwife will observe the baby in due course"); and reasons whose every other
    part this reading has set aside ("..., was carefully considered, because ...; ... to be agreed later"): reasons for
    a decision never made. Beside the medicine's line they give the baby nothing either."""
    undecided = judge.without_vaguely_timed(normal, judge.without_undecided(remainder, normal))
    if len(undecided) == len(rest) and undecided != remainder:
        rest = "".join(" " if u == " " else r for r, u in zip(rest, undecided, strict=True))
    return judge.without_reasons_for_nothing(rest, normal)


def line_only(
    text: str,
    analysis: Analysis,
    settings: GateSettings,
    medicines: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text`` (analysed as ``analysis``) holds a medicine's own line (:func:`_line_spans`) and names no
    topic of the baby's care or the class's concerns besides it: what a conclusion says once its acts held by no one
    are set aside ("Methadone 60 mg od continues, no reduction before delivery." after "NAS scoring on the ward.
    Owner: TBC.") decides her medicine alone, nothing of the baby. ``people``: as for :func:`regimen_only`."""
    normal = normalised_lines(text)
    remainder = analysis.remainder
    if len(remainder) != len(normal):
        return False  # the remainder blanks in place; anything else is not this text's
    spans = _line_spans(remainder, medicines, _words(), people)
    return bool(spans) and not _topics(_blank_out(remainder, spans), settings, medicines)


def regimen_only(
    text: str,
    analysis: Analysis,
    settings: GateSettings,
    medicines: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text`` (analysed as ``analysis``) decides only its medicine's own line ("Methadone 60 mg once
    daily continues.") and names the baby's care or the class's concerns only where they are set aside: in a
    deferral, a passive account, a habit, a heading without its answer, a part that says "likewise" after one, or a
    hand-over with no act, time or holder of its own (:func:`_handed_over_spans`), or a condition after which nothing
    is decided (:func:`_without_undecided_conditions`). A text with no line whose every topic is in a passive account
    or such a hand-over is read the same. ``people``: the words of the record's parents' names, who may open the
    line (:func:`_line_spans`)."""
    normal = normalised_lines(text)
    words = _words()
    handing = any(h in normal for h in words.handed_over_hints) or any(f" {w} " in normal for w in _ACCOUNT_WORDS)
    if not any(w in normal for w in words.carried_on) and not any(c.isdigit() for c in normal) and not handing:
        return False
    remainder = analysis.remainder
    if len(remainder) != len(normal):
        return False  # the remainder blanks in place; anything else is not this text's
    spans = _line_spans(remainder, medicines, words, people)
    if not _topics(_blank_out(normal, spans), settings, medicines):
        return False  # naming no topic besides the line is MA124's to report
    # A passive account is read on the remainder (where a hedge between its words is gone: "has been fully taken
    # into account") and on the text itself (where the remainder may have set its verb aside as a hedge: "were
    # discussed at length"); its subject is blanked wherever either finds it.
    judge = _judge(settings)
    lined = _blank_out(remainder, spans)
    rest = judge._without_account_subjects(lined)
    told = judge._without_account_subjects(normal)
    if len(told) == len(normal) and told != normal:
        rest = "".join(r if t == n else " " for r, t, n in zip(rest, told, normal, strict=True))
    # Read on the text with its line blanked (the remainder may have set a hand-over's verb aside as a hedge: "to be
    # managed in line with"), the numbers that keep a part read on the same.
    handed = _handed_over_spans(_blank_out(normal, spans), words, settings, medicines)
    if not spans and not handed and rest == lined:
        return False  # no line, no account and no hand-over: what it says is judged by the other readings
    rest = _without_empty_conditions(rest, normal, remainder)
    if spans and any(map(rest.__contains__, _CONDITION_WORDS)):
        rest = _without_undecided_conditions(rest, normal, judge, settings)
    rest = _without_undecided_acts(rest, normal, remainder, judge)
    # A label over topics and the items after it that decide nothing ("The relevant issues for the baby are
    # withdrawal, feeding and safe sleeping."), read on the text itself: beside the line it names what is to be
    # weighed, nothing decided.
    rest = _blank_out(rest, _topic_label_spans(normal, judge, settings, words, medicines))
    said = _without_list_heads(_blank_out(rest, handed), normal, settings, words)
    return not _topics(_said(said, settings, words), settings, medicines)
