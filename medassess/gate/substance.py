"""Whether written text says something about this mother and baby: substance measured in words.

A conclusion, a template answer or a justification is judged on its normalised form
(:func:`medassess.gate.text.normalise`, so a disguise is judged like the plain text) in four ways:

- **Hollow**: only a placeholder, or a deferral ("see letter", "pending review", "as discussed") or a
  dismissal ("no concerns", "not applicable") found anywhere in the text, with too little left once the
  deferral's clause, the dismissal, hedges ("at this time", "noted"), stop words and medicine names are set
  aside. A substantive text may also point elsewhere, and an instruction ("please see the baby") is no pointer.
  A text that only reports that something was told, given or known, or who knows ("Leaflet given.", "Paeds
  aware.", "Risks explained to mother."), is hollow too: every content word it has is a reporting word.
- **Filler**: too few of its words are language (English by wordfreq's frequency list, a medicine's name,
  a clinical abbreviation or word): lorem ipsum, keyboard mash, pseudo-words.
- **Repetition**: mostly one word, or a few words over and over.
- **Too few content words** for what it is (a conclusion needs more than an item's answer).

The lexicon is data (``mappings/hollow-phrases.toml``, ``mappings/clinical-abbreviations.csv``,
``mappings/clinical-words.csv``) and the thresholds are settings (``mappings/share-gate.toml``).
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..core.resources import data_path
from .english import zipf
from .text import normalise, words

if TYPE_CHECKING:
    from .settings import GateSettings

Verdict = Literal["substantive", "placeholder", "hollow", "filler", "repetition", "too-few-words"]
"""What a text amounts to, in the order the judgement tries them (the first that holds)."""

ConclusionVerdict = Literal[Verdict, "vague", "off-subject"]
"""What a conclusion amounts to: a text's verdict, or, for one that is otherwise substantive, too little
particular to the case (``vague``) or too little about its subject (``off-subject``)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The phrases and word lists substance is judged with, normalised (see ``mappings/hollow-phrases.toml``)."""

    deferrals: tuple[str, ...]
    pointer_verbs: tuple[str, ...]
    pointer_nouns: tuple[str, ...]
    pointer_gap: int
    dismissals: tuple[str, ...]
    hedges: tuple[str, ...]
    stop_words: frozenset[str]
    dose_words: frozenset[str]
    abbreviations: frozenset[str]
    """Every clinical abbreviation listed: all are language."""
    content_abbreviations: frozenset[str]
    """Those that say something (NAS, SCBU, HV); dose shorthand (OD, BD) does not."""
    clinical_words: frozenset[str]
    topic_words: frozenset[str] = frozenset()
    """What a conclusion about a mother's medicines and her baby is about (``mappings/perinatal-topic-words.csv``):
    baby, feeding, sleep, sedation, withdrawal, monitoring, dose, fetal risk, care."""
    general_topic_words: frozenset[str] = frozenset()
    """Those of the topic words that fit any record (baby, plan, risk, safety, care, advice)."""
    prompt_verbs: tuple[str, ...] = ()
    prompt_ends: tuple[str, ...] = ()
    prompt_gap: int = 0
    prompts: tuple[str, ...] = ()
    """A form's own prompt left in the box: a prompt verb followed by one of the ends, or one of these."""
    report_words: frozenset[str] = frozenset()
    """Words that only report that something was told, given or known, or who knows it (``[report]``): a text
    whose every content word is one of these says nothing of the answer itself."""


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (data_path("mappings") / name).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines)


def _normalised(phrases: Iterable[str]) -> tuple[str, ...]:
    # Longest first, so an alternation prefers "no concerns regarding" style phrases to their prefixes.
    return tuple(sorted({normalise(p) for p in phrases}, key=lambda p: (-len(p), p)))


@functools.cache
def shipped_lexicon() -> Lexicon:
    """The lexicon shipped in ``mappings/`` (read once)."""
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))
    abbreviations = {
        normalise(r["abbreviation"]): r["content"].strip() == "yes" for r in _rows("clinical-abbreviations.csv")
    }
    topics = list(_rows("perinatal-topic-words.csv"))
    return Lexicon(
        deferrals=_normalised(raw["deferral"]["phrases"]),
        pointer_verbs=_normalised(raw["pointer"]["verbs"]),
        pointer_nouns=_normalised(raw["pointer"]["nouns"]),
        pointer_gap=int(raw["pointer"]["max_gap"]),
        prompt_verbs=_normalised(raw["prompt"]["verbs"]),
        prompt_ends=_normalised(raw["prompt"]["ends"]),
        prompt_gap=int(raw["prompt"]["max_gap"]),
        prompts=_normalised(raw["prompt"]["phrases"]),
        dismissals=_normalised(raw["dismissal"]["phrases"]),
        hedges=_normalised(raw["hedges"]["phrases"]),
        report_words=frozenset(normalise(w) for w in raw["report"]["words"]),
        stop_words=frozenset(normalise(w) for w in raw["stop_words"]["words"]),
        dose_words=frozenset(normalise(w) for w in raw["dose_words"]["words"]),
        abbreviations=frozenset(abbreviations),
        content_abbreviations=frozenset(a for a, content in abbreviations.items() if content),
        clinical_words=frozenset(normalise(r["word"]) for r in _rows("clinical-words.csv")),
        topic_words=frozenset(normalise(r["word"]) for r in topics),
        general_topic_words=frozenset(normalise(r["word"]) for r in topics if r["group"] == "general"),
    )


# ------------------------------------------------------------------------------------------------------------
# The medicine vocabulary: names are not content (a conclusion must say more than what she takes), but they
# are language. One function, so a fuller name index can replace it.

_CODELIST_WORD_MAX_ZIPF = 3.0
"""dm+d product names also hold ordinary English ("paediatric", "children's"): a product-name word counts as a
medicine's name only when it is rarer in English than this, so "paediatric review" keeps its content."""


MEDICINE_WORDS = "medicine-words.txt"
"""The file in mappings/ holding :func:`listed_medicine_words_from_sources`, worked out when the sources change
(``python -m medassess.gate.medicine_words``; a test checks it is current), so no process spends a second and
a half on it."""


@functools.cache
def _listed_medicine_words() -> frozenset[str]:
    """Words of the classes' ingredient names and of the dm+d product names in their code lists (as
    :func:`listed_medicine_words_from_sources` finds them, read from the file that holds them)."""
    text = (data_path("mappings") / MEDICINE_WORDS).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def listed_medicine_words_from_sources() -> frozenset[str]:
    """Words of the classes' ingredient names and of the dm+d product names in their code lists."""
    raw = tomllib.loads((data_path("mappings") / "medicine-classes.toml").read_text(encoding="utf-8"))
    found = {w for cls in raw["classes"] for name in cls["ingredients"] for w in _name_words(name)}
    for path in sorted((data_path("mappings") / "codelists").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = row.get("dmd_name") or row.get("term") or ""
                found.update(w for w in _name_words(name) if zipf(w) < _CODELIST_WORD_MAX_ZIPF)
    # A clinical word in a product name ("paediatric" oral solution) stays a clinical word in a conclusion.
    return frozenset(found) - shipped_lexicon().clinical_words


def _name_words(name: str) -> Iterator[str]:
    lexicon = shipped_lexicon()
    for word in words(normalise(name)):
        for part in (word, *word.split("-")):
            letters = _letters(part)
            if len(letters) > 2 and letters not in lexicon.stop_words and letters not in lexicon.dose_words:
                yield letters


def medicine_words(names: Iterable[str]) -> frozenset[str]:
    """Words that name medicines: the record's own medicine names (``names``), the classes' ingredients and
    the dm+d product names of their code lists, normalised; dose units and forms left out."""
    return _listed_medicine_words() | frozenset(w for name in names for w in _name_words(name))




# ------------------------------------------------------------------------------------------------------------
# Phrase patterns, compiled once per lexicon.

_DIGITS = re.compile(r"\d+")
_POSSESSIVE = re.compile(r"'s?$")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n]|\.(?=\s|$)|\s-\s")
_BRACKETED = re.compile(r"\[[^\]\n]*\]|<[^>\n]*>")
"""Text in square or angle brackets: a form's prompt, never how a clinician writes an aside."""
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")
_TOPIC_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly")
_SHORT_SENTENCE_WORDS = 4
"""A sentence of at most this many content words is about the subject with one topic word ("Bottle fed.");
a longer one needs two."""


@functools.lru_cache(maxsize=65536)
def _letters(word: str) -> str:
    """A word's letters: digits, a possessive and outer hyphens dropped ("60mg" -> "mg", "mother's" -> "mother")."""
    return _DIGITS.sub("", _POSSESSIVE.sub("", word)).strip("-'")


def _alternation(phrases: Iterable[str]) -> str:
    # Words within a phrase are separated by any run of spaces or a line break, so a phrase broken over two
    # lines is still found.
    return "|".join(r"\s+".join(re.escape(w) for w in p.split(" ")) for p in phrases)


@dataclass(frozen=True, slots=True)
class _Patterns:
    deferral: re.Pattern[str]
    dismissal: re.Pattern[str]
    hedge: re.Pattern[str]
    phrase_words: frozenset[str]


def _bounded(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


@functools.lru_cache(maxsize=8)
def _patterns(lexicon: Lexicon) -> _Patterns:
    gap = rf"(?:\s+[^\s,;:.!?()]+){{0,{lexicon.pointer_gap}}}?"
    pointer = rf"(?:{_alternation(lexicon.pointer_verbs)}){gap}\s+(?:{_alternation(lexicon.pointer_nouns)})"
    # A prompt lists what to write, so its words may run over commas ("enter the risk, the feeding plan ... here").
    prompt_gap = rf"(?:\s+[^\s;:.!?()]+){{0,{lexicon.prompt_gap}}}?"
    prompts = [_alternation(lexicon.prompts)] if lexicon.prompts else []
    if lexicon.prompt_verbs and lexicon.prompt_ends:  # an empty alternation would match anywhere
        verbs, ends = _alternation(lexicon.prompt_verbs), _alternation(lexicon.prompt_ends)
        prompts.append(rf"(?:{verbs}){prompt_gap}\s+(?:{ends})")
    phrases = (*lexicon.deferrals, *lexicon.pointer_verbs, *lexicon.pointer_nouns, *lexicon.dismissals, *lexicon.hedges,
               *lexicon.prompt_verbs, *lexicon.prompt_ends, *lexicon.prompts)
    return _Patterns(
        deferral=_bounded("|".join([pointer, *prompts, _alternation(lexicon.deferrals)])),
        dismissal=_bounded(_alternation(lexicon.dismissals)),
        hedge=_bounded(_alternation(lexicon.hedges)),
        phrase_words=frozenset(_letters(w) for p in phrases for w in words(p)),
    )


# ------------------------------------------------------------------------------------------------------------
# The analysis of one text, and the verdict at a given strictness.


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one text contains, counted once; :func:`verdict` applies the thresholds."""

    placeholder: bool
    """No letters or digits at all, or only a whole-text placeholder from the settings."""
    defers_or_dismisses: bool
    content: frozenset[str]
    """Distinct content words left outside deferral clauses, dismissals and hedges."""
    specific: frozenset[str]
    """The words particular enough to say something of this mother and baby: content words that are clinical
    words and abbreviations or rarer than everyday English (``specific_max_zipf``), and numbers. "Plan agreed
    for mother and baby as per MDT" has only everyday words; "observe for withdrawal on SCBU for 72 hours, no
    co-sleeping" has several."""
    language_words: int
    """Words with at least two letters, judged for language."""
    recognised: int
    """Of those, how many are English, a medicine's name, a clinical abbreviation or word."""
    recognised_content: int
    """Distinct content words that are common English (``bilingual_min_zipf``), clinical or a medicine's name:
    a conclusion in English beside another language (a bilingual Welsh-English record) has many; lorem ipsum,
    whose words English borrows only rarely, has few."""
    topical_content: frozenset[str]
    """The content words of the sentences that are about the subject (each holds a topic word, a clinical word
    or abbreviation, or a medicine's name): what is left to count when a text defers or dismisses, so padding
    about the weather or the clinic's day does not pass for a conclusion."""
    topic_words: frozenset[str]
    """Distinct topic words outside deferral clauses, dismissals and hedges (medicine names aside)."""
    negated: bool
    """A negation outside the set-aside phrases ("not", "never", "don't"): it turns a report into a statement."""
    reports_only: bool
    """Every content word only reports that something was told, given or known, or names who knows
    (``Lexicon.report_words``), and nothing negates: "Leaflet given.", "Paeds aware.", "Risks explained to
    mother." ("Not advised." advises against, so it says something)."""
    repeated_words: int
    """Words with letters other than stop words, for repetition."""
    distinct_words: int
    most_common: int


def _clause_bounds(text: str) -> list[int]:
    """Start offsets of each clause, then the end of the text."""
    return [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]


def _clauses(bounds: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the clauses from the one holding ``start`` to the one holding the match's last character."""
    first = bisect.bisect_right(bounds, start) - 1
    last = bisect.bisect_right(bounds, max(start, end - 1)) - 1
    return bounds[first], bounds[min(last + 1, len(bounds) - 1)]


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (so words on either side stay apart)."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        if end > at:
            pieces += [text[at : max(at, start)], " " * (end - max(at, start))]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


@functools.lru_cache(maxsize=8)
def _placeholders(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(p) for p in phrases)


def _recognised(word: str, lexicon: Lexicon, patterns: _Patterns, medicines: frozenset[str], min_zipf: float) -> bool:
    if (
        word in lexicon.stop_words
        or word in lexicon.dose_words
        or word in lexicon.abbreviations
        or word in lexicon.clinical_words
        or word in medicines
        or word in patterns.phrase_words
        or zipf(word) >= min_zipf
    ):
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(
            len(p) < 2 or _recognised(p, lexicon, patterns, medicines, min_zipf) for p in parts
        )
    return word.endswith("s") and len(word) > 3 and zipf(word[:-1]) >= min_zipf


def _unchained(word: str) -> list[str]:
    """A hyphenated word whose parts repeat ("withdrawal-withdrawal-withdrawal") as its parts, so repetition
    glued into one token is counted as the repetition it is; any other word as it is ("next-to-me")."""
    parts = [p for p in word.split("-") if p]
    return parts if len(parts) > len(set(parts)) else [word]


def _half_latin(word: str) -> bool:
    """A word still part Latin, part another script once look-alikes are mapped: a disguise normalisation could
    not undo ("c" + Cherokee letters), which says nothing however it looks."""
    return any(c.isascii() and c.isalpha() for c in word) and any(not c.isascii() and c.isalpha() for c in word)


def _content(word: str, lexicon: Lexicon, medicines: frozenset[str]) -> bool:
    if len(word) < 2 or word in lexicon.stop_words or word in lexicon.dose_words or word in medicines:
        return False
    if _half_latin(word):
        return False
    if word in lexicon.abbreviations:
        return word in lexicon.content_abbreviations
    parts = [p for p in word.split("-") if p]
    return not parts or not all(p in lexicon.stop_words or p in lexicon.dose_words or p in medicines for p in parts)


_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "cannot"})


def _negation(word: str) -> bool:
    """A word that negates ("not", "never", "don't"): "Not advised." advises, it does not report advice."""
    return word in _NEGATIONS or word.endswith("n't")


def _report_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word only reports (listed, or a listed word's plural or -ed form; hyphenated, every part)."""
    report = lexicon.report_words
    if word in report or any(word.endswith(end) and word[: -len(end)] in report for end in ("s", "es", "ed", "d")):
        return True
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(p in lexicon.stop_words or _report_word(p, lexicon) for p in parts)


def _topic_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a word (its letters) is one of the subject's: listed, a listed word's plural, -ed, -ing or -ly
    form, a clinical word or an abbreviation that says something, or hyphenated with such a part."""
    topic = lexicon.topic_words
    if word in topic or word in lexicon.clinical_words or word in lexicon.content_abbreviations:
        return True
    if any(word.endswith(end) and word[: -len(end)] in topic for end in _TOPIC_SUFFIXES if len(word) > len(end) + 2):
        return True
    return "-" in word and any(part != word and _topic_word(part, lexicon) for part in word.split("-") if part)


def _topical(
    normal: str, remainder: str, lexicon: Lexicon, medicines: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of the sentences about the subject, and the distinct topic words, of ``remainder``
    (``normal`` with phrases blanked out, offsets kept: its sentences are cut where ``normal``'s end, so a
    sentence whose full stop was set aside with a deferral does not run into the next)."""
    content: set[str] = set()
    topic: set[str] = set()
    ends = [m.end() for m in _SENTENCE_END.finditer(normal)]
    for start, end in zip([0, *ends], [*ends, len(normal)], strict=True):
        sentence = remainder[start:end]
        letters = {_letters(w) for w in words(sentence)}
        found = {w for w in letters if _topic_word(w, lexicon)}
        topic |= found - medicines
        said = {w for w in letters if _content(w, lexicon, medicines)}
        # A sentence is about the subject when it names a medicine or holds topic words enough for its length:
        # two, or one in a short sentence. Chat with a passing mention ("her sister visits from Leeds for the
        # birth") is padding, not a reason.
        if letters & medicines or len(found) >= 2 or (found and len(said) <= _SHORT_SENTENCE_WORDS):
            content.update(said)
    return frozenset(content), frozenset(topic)


def restates(analysis: Analysis, question: str, lexicon: Lexicon) -> bool:
    """Whether an answer only restates its ``question`` (a template item's prompt), with nothing besides but
    reporting words: "Safe sleep advice given." to "Safe sleep and co-sleeping advice given". A negation says
    something ("No co-sleeping."), and so does any word the question does not hold ("Cot in the parents'
    room.")."""
    if not analysis.content or analysis.negated:
        return False
    asked = {_letters(w) for w in words(normalise(question))}
    asked |= {part for w in asked for part in w.split("-") if part}

    def restated(word: str) -> bool:
        ends = (end for end in _TOPIC_SUFFIXES if word.endswith(end) and len(word) > len(end) + 2)
        stems = {word, *(word[: -len(end)] for end in ends)}
        return bool(stems & asked) or _report_word(word, lexicon)

    return all(restated(w) for w in analysis.content)


def normalised_lines(text: str) -> str:
    """``text`` normalised line by line, lines kept apart by a line break: a line ends a clause."""
    return "\n".join(line for line in (normalise(raw) for raw in _LINE_BREAK.split(text)) if line)


def analyse(text: str, settings: GateSettings, medicines: frozenset[str]) -> Analysis:
    """Count what ``text`` contains (see the module's documentation)."""
    lexicon = settings.lexicon
    patterns = _patterns(lexicon)
    normal = normalised_lines(text)
    remainder, defers_or_dismisses = _set_aside(normal, patterns)
    content = frozenset(w for w in set(map(_letters, words(remainder))) if _content(w, lexicon, medicines))

    letter_words = Counter(w for word in map(_letters, words(normal)) for w in _unchained(word) if len(w) >= 2)
    recognised = sum(
        n for w, n in letter_words.items() if _recognised(w, lexicon, patterns, medicines, settings.min_word_zipf)
    )
    counted = Counter({w: n for w, n in letter_words.items() if w not in lexicon.stop_words})
    topical_content, topic_words = _topical(normal, remainder, lexicon, medicines)
    negated = any(_negation(w) for w in words(remainder))
    return Analysis(
        placeholder=_placeholder(normal, settings),
        defers_or_dismisses=defers_or_dismisses,
        content=content,
        specific=_specific(content, remainder, settings),
        language_words=sum(letter_words.values()),
        recognised=recognised,
        recognised_content=sum(
            1 for w in content if _recognised(w, lexicon, patterns, medicines, settings.bilingual_min_zipf)
        ),
        topical_content=topical_content,
        topic_words=topic_words,
        negated=negated,
        reports_only=bool(content) and not negated and all(_report_word(w, lexicon) for w in content),
        repeated_words=sum(counted.values()),
        distinct_words=len(counted),
        most_common=max(counted.values(), default=0),
    )


def _placeholder(normal: str, settings: GateSettings) -> bool:
    """Whether the normalised text says nothing at all (no letter or digit) or is one of the placeholders."""
    whole = normal.replace("\n", " ").strip(" .,;:!?")
    return not any(c.isalnum() for c in normal) or whole in _placeholders(settings.placeholders)


def _set_aside(normal: str, patterns: _Patterns) -> tuple[str, bool]:
    """The normalised text with deferring clauses, dismissals and hedges blanked out, and whether it defers or
    dismisses at all."""
    set_aside: list[tuple[int, int]] = []
    bounds = _clause_bounds(normal)
    deferrals = list(patterns.deferral.finditer(normal))
    set_aside += (_clauses(bounds, m.start(), m.end()) for m in deferrals)
    dismissals = list(patterns.dismissal.finditer(normal))
    set_aside += (m.span() for m in (*dismissals, *patterns.hedge.finditer(normal)))
    prompts = [m.span() for m in _BRACKETED.finditer(normal)]
    return _blank_out(normal, set_aside + prompts), bool(deferrals or dismissals or prompts)


def _specific(content: frozenset[str], remainder: str, settings: GateSettings) -> frozenset[str]:
    """The content words particular to a case (clinical words, abbreviations, words rare in English), and the
    numbers of ``remainder``."""
    lexicon = settings.lexicon
    particular = frozenset(
        w
        for w in content
        if w in lexicon.clinical_words or w in lexicon.abbreviations or zipf(w) < settings.specific_max_zipf
    )
    # A number outside the set-aside clauses is particular too: "observe for 72 hours", "level at 36 weeks".
    return particular | frozenset(w for w in words(remainder) if w.isdigit())


def verdict(analysis: Analysis, minimum: int, settings: GateSettings) -> Verdict:
    """What the analysed text amounts to for an answer needing ``minimum`` content words."""
    if analysis.placeholder:
        return "placeholder"
    if (analysis.defers_or_dismisses and len(analysis.content) < minimum) or analysis.reports_only:
        return "hollow"
    if (
        analysis.language_words
        and analysis.recognised < settings.min_language_share * analysis.language_words
        and not (
            analysis.recognised >= settings.bilingual_min_share * analysis.language_words
            and analysis.recognised_content >= settings.bilingual_min_content_words
        )
    ):
        return "filler"
    total = analysis.repeated_words
    if total >= settings.repetition_min_words and (
        analysis.distinct_words < settings.min_distinct_share * total
        or analysis.most_common > settings.max_one_word_share * total
    ):
        return "repetition"
    if len(analysis.content) < minimum:
        return "too-few-words"
    return "substantive"


def conclusion_verdict(found: Verdict, analysis: Analysis, minimum: int, settings: GateSettings) -> ConclusionVerdict:
    """A conclusion's verdict once what it says is held to its subject (``found`` is :func:`verdict`'s).

    What a deferral or dismissal leaves must be said in sentences about the medicines, the pregnancy or the
    baby: padding about the weather, the clinic's day or the clinician's leave is no reason (``hollow``). A
    conclusion then needs ``min_specific_words`` words particular to the case (else ``vague``) and
    ``min_topic_words`` words of its subject, ``min_particular_topic_words`` of them other than the general
    ones that fit any record (else ``off-subject``: a signature block, an email disclaimer, management jargon,
    "the baby's safety was explored at length")."""
    if found != "substantive":
        return found
    lexicon = settings.lexicon
    said = [w for w in analysis.topical_content if not _report_word(w, lexicon)]
    if analysis.defers_or_dismisses and len(said) < minimum:
        return "hollow"
    if len(analysis.specific) < settings.min_specific_words:
        return "vague"
    general = lexicon.general_topic_words
    if (
        len(analysis.topic_words) < settings.min_topic_words
        or len(analysis.topic_words - general) < settings.min_particular_topic_words
    ):
        return "off-subject"
    return found
