"""No copy and paste: one conclusion written under assessments of different medicines, or repeated as the overall
conclusion of several assessments, concludes about none of them.

Conclusions are compared as words of normalised text (:mod:`medassess.gate.wording`), so case, spacing,
punctuation, look-alike letters and invisible characters hide nothing. A conclusion pasted with only the
medicine names and numbers changed ("Continue sertraline 100 mg; ..." under citalopram as "Continue
citalopram 20 mg; ...") is still a copy: medicine names and numbers are masked, and the word sequences that
remain are compared with rapidfuzz's Indel similarity (1 - words inserted and deleted / words in both), a copy
at or above ``copy_similarity`` (mappings/share-gate.toml), as written and again with each text's clauses in
sorted order, so sentences or clauses pasted in another order are the same text. Synonyms are read alike
(mappings/synonyms.toml: "infant" and "baby", "bed sharing" and "co-sleeping"), so a copy in other words is the
same text too. A conclusion whose clauses were reworded within as well as reordered ("the team will watch the
baby" for "the baby will be watched by the team") keeps its words: the words that say something (stop words,
names and numbers left out, synonyms read alike) are compared as bags, in sorted order, a copy at or above
``copy_words_similarity``. An assessment conclusion of two or more
sentences (of five words or more) whose every sentence is in another medicine's assessment conclusion, or that
holds every sentence of it, was pasted and padded, and is a copy too; and so is one pasted and trimmed: of two
assessment conclusions, the shorter (ten or more words that say something, in two or more sentences) with at
least ``copy_contained_similarity`` of those words in the other, a sentence dropped and words swapped.

A repeated conclusion is a joint one, not a copy, when one of the assessments carrying it covers every medicine
of the others and the text names each of them (when there are several).

Cost stays near linear in the number of conclusions: two word sequences that alike must share one of the
rarest words of each (prefix filtering, exact for this bound), so each conclusion is compared only with the
earlier ones sharing such a word, never with every other; a shorter bag contained in a longer one shares one of
the shorter's rarest words likewise.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from ..core.resources import data_path
from .classes import medicine_classes
from .concerns import concern_map
from .facts import WrittenConclusion
from .settings import GateSettings
from .text import normalise
from .wording import abbreviation_meanings, tokens, words_of_normalised

if TYPE_CHECKING:
    from .facts import RecordFacts

_NAME = "\x00"
"""Stands for any medicine name in masked text (a character no normalised word contains)."""
_NUMBER = "\x01"
_KEPT = 4
"""Earlier conclusions kept per identical text, each about other medicines: enough to find one that a later
conclusion is not jointly with, without keeping every repeat of a text pasted many times."""


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
    masked: tuple[str, ...]
    overall: bool
    reordered: tuple[str, ...] = ()
    """The masked words sentence by sentence, the sentences in sorted order: the same for a conclusion whose
    sentences were pasted in another order."""
    sentences: frozenset[tuple[str, ...]] = frozenset()
    """Its masked sentences of at least ``_SENTENCE_WORDS`` words."""
    bag: tuple[str, ...] = ()
    """Its masked words that say something (no stop word, name or number), sorted: the same for a conclusion
    whose clauses were reworded and reordered."""


def _name_words(facts: RecordFacts) -> frozenset[str]:
    """Words that name a medicine: every word of the record's medicine names and every class ingredient."""
    found = {w for m in facts.record.medicines for w in tokens(m.name) if not w.isdigit()}
    return _ingredient_words() | found


@functools.cache
def _ingredient_words() -> frozenset[str]:
    """Every word of every class ingredient (the shipped class table, itself read once)."""
    return frozenset(w for cls in medicine_classes().classes.values() for i in cls.ingredients for w in tokens(i))


@functools.cache
def _synonyms() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """mappings/synonyms.toml as one pattern over normalised text, longest phrase first, and each phrase's
    stand-in (its group's first entry, with spaces joined so it stays one word)."""
    groups = tomllib.loads((data_path("mappings") / "synonyms.toml").read_text(encoding="utf-8"))["groups"]
    stand_in = {normalise(p): normalise(g[0]).replace(" ", "-") for g in groups for p in g}
    if not stand_in:
        return None
    phrases = sorted(stand_in, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])"), stand_in


def _said_alike(normalised: str) -> str:
    """Normalised text with its clinical shorthand read out (:func:`_read_out`) and each synonym replaced by its
    group's stand-in (:func:`_synonyms`)."""
    normalised = _read_out(normalised)
    found = _synonyms()
    if found is None:
        return normalised
    pattern, stand_in = found
    return pattern.sub(lambda m: stand_in[m[0]], normalised)


_RUN_INTO_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)([a-z]+)(?![\w-])")
"""A number run into a unit ("72h", "6wks")."""
_DIGIT = re.compile(r"\d")


@functools.cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The one-word clinical abbreviations with their meanings (mappings/clinical-abbreviations.csv: "od" -> "once
    daily", "obs" -> "observations", "h" -> "hours") as one pattern over normalised text."""
    meanings = {a: " ".join(m) for a, m in abbreviation_meanings().items() if m and (a,) != m}
    if not meanings:
        return None
    ordered = sorted(meanings, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])"), meanings


def _read_out(normalised: str) -> str:
    """Normalised text with its clinical abbreviations written out as their meanings, a number run into one split
    from it first ("72h" -> "72 hours"): a copy rewritten in shorthand reads as the long form it was made from."""
    found = _abbreviations()
    if found is None:
        return normalised
    pattern, meanings = found
    if _DIGIT.search(normalised) is not None:  # the pattern's number is one, and most texts hold none
        normalised = _RUN_INTO_NUMBER.sub(lambda m: f"{m[1]} {m[2]}" if m[2] in meanings else m[0], normalised)
    return pattern.sub(lambda m: meanings[m[0]], normalised)


def _mask(words: Sequence[str], names: frozenset[str]) -> tuple[str, ...]:
    masked: list[str] = []
    for w in words:
        token = _NAME if w in names else _NUMBER if w.isdigit() else w
        if not (masked and token in (_NAME, _NUMBER) and masked[-1] == token):
            masked.append(token)
    return tuple(masked)


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


_SENTENCE_END = re.compile(r"[.!?;\n]+")


def _masked_sentences(alike: str, names: frozenset[str]) -> list[tuple[str, ...]]:
    """The masked sentences of text already normalised with its synonyms read alike (:func:`_said_alike`)."""
    return [_mask(words_of_normalised(part), names) for part in _SENTENCE_END.split(alike)]


_CLAUSE_END = re.compile(r"[.!?;:,\n]+|\s(?:and|but|so)\s")


def _masked_clauses(alike: str, names: frozenset[str]) -> list[tuple[str, ...]]:
    """The masked clauses of text already normalised with its synonyms read alike (:func:`_said_alike`)."""
    return [_mask(words_of_normalised(part), names) for part in _CLAUSE_END.split(alike)]


def _sentences_sorted(sentences: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The masked words with the sentences in sorted order, so pasting the sentences of a conclusion in another
    order does not make another text."""
    return tuple(word for sentence in sorted(sentences) for word in sentence)


_SENTENCE_WORDS = 5
"""Sentences shorter than this ("Continue." "Baby well.") are too common to show that one text holds another."""
_CONTAINED_SENTENCES = 2
"""A conclusion of at least this many such sentences, every one of them found in an assessment of other
medicines, was pasted there, whatever was added around it."""


def _contained_in(later: _Candidate, by_sentence: dict[tuple[str, ...], list[_Candidate]]) -> list[_Candidate]:
    """Earlier assessment conclusions of at least two sentences, each of which ``later`` holds, or which hold
    each sentence of ``later``: one was pasted into the other and padded."""
    shared: Counter[int] = Counter()
    by_order: dict[int, _Candidate] = {}
    for sentence in later.sentences:
        for earlier in by_sentence.get(sentence, ()):
            shared[earlier.order] += 1
            by_order[earlier.order] = earlier
    found = []
    for order, count in sorted(shared.items()):
        earlier = by_order[order]
        smaller = min(len(earlier.sentences), len(later.sentences))
        if smaller >= _CONTAINED_SENTENCES and count == smaller:
            found.append(earlier)
    return found


def _min_overlap(size: int, threshold: float) -> int:
    """The fewest words a sequence of ``size`` words shares with any sequence at least ``threshold`` alike: Indel
    similarity is 2 * common / (size + other) and the other is at least size * t / (2 - t) long."""
    return math.ceil(threshold * size / (2 - threshold) - 1e-9)


@functools.lru_cache(maxsize=1024)
def _occurrences(masked: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Each word with its occurrence number, so repeated words count as often as they occur. Remembered by the
    words: a record's copy readings ask it of each conclusion's masked words and bag several times."""
    seen: dict[str, int] = {}
    found = []
    for word in masked:
        n = seen[word] = seen.get(word, 0) + 1
        found.append((word, n))
    return tuple(found)


def _earliest_copied(
    facts: RecordFacts,
    later: _Candidate,
    texts: set[tuple[str, ...]],
    groups: dict[tuple[str, ...], list[_Candidate]],
    threshold: float,
    bag_threshold: float,
) -> _Candidate | None:
    """The first earlier conclusion among ``texts`` (in record order of the texts) that ``later`` copies: alike
    enough, about other medicines, and not one joint conclusion with it."""
    medicines = frozenset(later.written.medicine_ids)
    for text in sorted(texts, key=lambda t: groups[t][0].order):
        if (
            text != later.masked
            and not Indel.normalized_similarity(text, later.masked, score_cutoff=threshold)
            and not Indel.normalized_similarity(groups[text][0].reordered, later.reordered, score_cutoff=threshold)
            and not Indel.normalized_similarity(groups[text][0].bag, later.bag, score_cutoff=bag_threshold)
        ):
            continue
        for earlier in groups[text]:
            # Two assessments of the same medicines may agree; the overall conclusion is held to the joint test.
            same = frozenset(earlier.written.medicine_ids) == medicines and not later.overall
            if not same and not _joint(facts, earlier, later):
                return earlier
    return None


def find_copies(facts: RecordFacts, settings: GateSettings) -> tuple[ConclusionCopy, ...]:
    """Each conclusion that repeats an earlier one about other medicines, with the earlier one's path."""
    threshold = settings.copy_similarity
    bag_threshold = settings.copy_words_similarity
    candidates = _candidates(facts, settings)
    # Rarest first: the order prefix filtering needs, the same for every conclusion of the record.
    frequency = Counter(o for c in candidates for o in set(_occurrences(c.masked)))
    # Earlier conclusions by masked words (a few per text, each about other medicines), and which of those texts
    # hold each rare word in their prefix.
    groups: dict[tuple[str, ...], list[_Candidate]] = {}
    holders: dict[tuple[str, int], list[tuple[str, ...]]] = {}
    by_sentence: dict[tuple[str, ...], list[_Candidate]] = {}
    trimmed = _BagIndex()
    found: list[ConclusionCopy] = []
    for later in candidates:
        size = len(later.masked)
        ranked = sorted(_occurrences(later.masked), key=lambda o: (frequency[o], o))
        prefix = ranked[: size - _min_overlap(size, threshold) + 1]
        # The bag's words are some of the masked ones, so its own prefix is taken in the same order.
        bag_ranked = sorted(_occurrences(later.bag), key=lambda o: (frequency[o], o))
        prefix += bag_ranked[: len(later.bag) - _min_overlap(len(later.bag), bag_threshold) + 1]
        texts = {later.masked} if later.masked in groups else set()
        texts.update(t for o in prefix for t in holders.get(o, ()))
        copied = _earliest_copied(facts, later, texts, groups, threshold, bag_threshold)
        if copied is None and not later.overall:
            # Pasted and padded: every sentence of the shorter of two assessment conclusions is in the other.
            # (The overall conclusion may gather the assessments' sentences; it is held to the tests above.)
            copied = _padded_copy(facts, later, by_sentence)
            if copied is None:
                # Pasted and trimmed: nearly every word that says something of the shorter is in the other.
                copied = _trimmed_copy(facts, later, trimmed, frequency, settings.copy_contained_similarity)
            if copied is None:
                _index_sentences(later, by_sentence)
                trimmed.index(later, frequency, settings.copy_contained_similarity)
        if copied is not None:
            exact = copied.words == later.words
            found.append(ConclusionCopy(later.written.path, later.written.label, copied.written.path, exact))
        _index_text(later, copied is None, prefix, groups, holders)
    return tuple(found)


def _candidates(facts: RecordFacts, settings: GateSettings) -> list[_Candidate]:
    """The record's conclusions that are held to the copy test, in record order, with their masked words and
    sentences."""
    names = _name_words(facts)
    several = len(facts.record.assessments) > 1
    candidates: list[_Candidate] = []
    for order, written in enumerate(facts.conclusions):
        overall = not written.path.startswith("$.assessments")
        # A placeholder is reported as one (MA103); the overall conclusion of a single assessment may repeat it.
        if facts.is_placeholder(written.text, settings) or (overall and not several):
            continue
        words = facts.conclusion_words[written.path]
        alike_text = _said_alike(normalise(written.text))  # read once for the words, sentences and clauses
        sentences = _masked_sentences(alike_text, names)
        long_ones = frozenset(s for s in sentences if len(s) >= _SENTENCE_WORDS)
        alike = words_of_normalised(alike_text)
        masked = _mask(alike, names)
        candidates.append(
            _Candidate(
                order,
                written,
                words,
                masked,
                overall,
                _sentences_sorted(_masked_clauses(alike_text, names)),
                long_ones,
                tuple(sorted(w for w in masked if w not in settings.lexicon.stop_words and w not in (_NAME, _NUMBER))),
            )
        )
    return candidates


def _padded_copy(
    facts: RecordFacts, later: _Candidate, by_sentence: dict[tuple[str, ...], list[_Candidate]]
) -> _Candidate | None:
    """The first earlier assessment conclusion, about other medicines and not one joint conclusion with
    ``later``, that holds every sentence of the shorter of the two."""
    medicines = frozenset(later.written.medicine_ids)
    return next(
        (
            earlier
            for earlier in _contained_in(later, by_sentence)
            if frozenset(earlier.written.medicine_ids) != medicines and not _joint(facts, earlier, later)
        ),
        None,
    )


_CONTAINED_WORDS = 10
"""Fewest words that say something in the shorter of two assessment conclusions for the share of them found in the
other to show a copy trimmed down: a few words shared are any two conclusions about one baby."""


def _bag_prefix(bag: tuple[str, ...], frequency: Counter[tuple[str, int]], threshold: float) -> list[tuple[str, int]]:
    """The rarest of a bag's words (each with its occurrence number) that any bag holding at least ``threshold``
    of it must share one of (prefix filtering)."""
    ranked = sorted(_occurrences(bag), key=lambda o: (frequency[o], o))
    return ranked[: len(bag) - math.ceil(threshold * len(bag) - 1e-9) + 1]


@dataclass(slots=True)
class _BagIndex:
    """Earlier assessment conclusions (originals, not copies) by the words of their bags: by every word, to be
    found from the rare words of a later, shorter bag, and by their own rare words, to be found from every word of
    a later, longer bag. A pair with the shorter bag ``threshold`` contained in the other shares a word both
    ways."""

    by_word: dict[tuple[str, int], list[_Candidate]] = field(default_factory=dict)
    by_rare: dict[tuple[str, int], list[_Candidate]] = field(default_factory=dict)

    def index(self, later: _Candidate, frequency: Counter[tuple[str, int]], threshold: float) -> None:
        if len(later.bag) < _CONTAINED_WORDS:
            return  # it could only be the shorter of a pair, and is too short to show a copy
        for o in _occurrences(later.bag):
            self.by_word.setdefault(o, []).append(later)
        for o in _bag_prefix(later.bag, frequency, threshold):
            self.by_rare.setdefault(o, []).append(later)

    def near(self, later: _Candidate, frequency: Counter[tuple[str, int]], threshold: float) -> list[_Candidate]:
        """Earlier conclusions that may hold, or be held in, ``later``'s bag, in record order."""
        found = {c.order: c for o in _bag_prefix(later.bag, frequency, threshold) for c in self.by_word.get(o, ())}
        found.update((c.order, c) for o in _occurrences(later.bag) for c in self.by_rare.get(o, ()))
        return [found[order] for order in sorted(found)]


def _trimmed_copy(
    facts: RecordFacts,
    later: _Candidate,
    index: _BagIndex,
    frequency: Counter[tuple[str, int]],
    threshold: float,
) -> _Candidate | None:
    """The first earlier assessment conclusion, about other medicines and not one joint conclusion with
    ``later``, with the shorter of the two (at least ``_CONTAINED_WORDS`` words that say something, in two or more
    sentences) ``threshold`` contained in the other: pasted with a sentence dropped and words swapped."""
    if len(later.bag) < _CONTAINED_WORDS:
        return None
    medicines = frozenset(later.written.medicine_ids)
    words = Counter(later.bag)
    for earlier in index.near(later, frequency, threshold):
        shorter = later if len(later.bag) <= len(earlier.bag) else earlier
        if len(shorter.sentences) < _CONTAINED_SENTENCES:
            continue
        common = (words & Counter(earlier.bag)).total()
        if (
            common >= threshold * len(shorter.bag) - 1e-9
            and frozenset(earlier.written.medicine_ids) != medicines
            and not _joint(facts, earlier, later)
        ):
            return earlier
    return None


def _index_sentences(later: _Candidate, by_sentence: dict[tuple[str, ...], list[_Candidate]]) -> None:
    """Keep ``later`` (a few conclusions a sentence) as one a later conclusion's sentences may be found in."""
    for sentence in later.sentences:
        holders_of = by_sentence.setdefault(sentence, [])
        if len(holders_of) < _KEPT:
            holders_of.append(later)


def _index_text(
    later: _Candidate,
    original: bool,
    prefix: list[tuple[str, int]],
    groups: dict[tuple[str, ...], list[_Candidate]],
    holders: dict[tuple[str, int], list[tuple[str, ...]]],
) -> None:
    """Keep ``later`` among the earlier conclusions of its masked text, and index a new text by the rare words
    of its prefix where ``later`` is an original rather than a copy."""
    medicines = frozenset(later.written.medicine_ids)
    group = groups.get(later.masked)
    if group is None:
        groups[later.masked] = [later]
        # A copy is found through its original; indexing copies too would make a record of many pasted
        # conclusions cost the square of their number.
        if original:
            for o in prefix:
                holders.setdefault(o, []).append(later.masked)
    elif len(group) < _KEPT and all(frozenset(c.written.medicine_ids) != medicines for c in group):
        group.append(later)
