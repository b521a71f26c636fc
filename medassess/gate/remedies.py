"""Remedies bought without a prescription (St John's wort) that interact with a medicine she is listed as taking:
a conclusion naming one as hers to take or buy, where the medicine list holds a medicine it interacts with and not
the remedy, advises an interaction the record never assessed (MA120). Advice against it, another person's, the
baby's, and a remedy she is said not to take are set aside as MA120 sets an unlisted medicine aside. The remedies,
their names and what each interacts with are data in ``mappings/interacting-remedies.toml``, with their sources.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..core.resources import data_path
from .advice import advised_against, the_babys_own
from .names import Mention, NameEntry
from .phrases import alternation
from .text import normalise
from .untaken import named_untaken


@dataclass(frozen=True, slots=True)
class Remedy:
    """One remedy of ``mappings/interacting-remedies.toml``."""

    name: str
    words: re.Pattern[str]
    cheap: tuple[str, ...]
    """Literal parts one of which every name of it holds (its last words): a text holding none names none."""
    interacts_with: frozenset[str]


_SENTENCE_END = re.compile(r"(?<!\bst)(?<!\bsaint)[.!?](?=\s|$)|\n")
"""Where a sentence ends: not at the stop of "St." ("St. John's wort")."""


@functools.cache
def _warning() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``[warning]``: the words that make a sentence naming a remedy a warning of it, the permissive advice that
    still lets her take it, and the negatives of change that keep it as it is (no warning)."""
    raw = tomllib.loads((data_path("mappings") / "interacting-remedies.toml").read_text(encoding="utf-8"))["warning"]
    kept = alternation([normalise(str(w)) for w in raw["kept"]])
    verbs = alternation([normalise(str(w)) for w in raw["kept_verbs"]])
    return (
        re.compile(alternation([normalise(str(w)) for w in raw["words"]], none_before=r"\w", none_after=r"\w")),
        re.compile(alternation([normalise(str(w)) for w in raw["permissive"]], none_before=r"\w", none_after=r"\w")),
        re.compile(rf"(?<!\w)(?:{kept})\s+(?:{verbs})(?!\w)"),
    )


def _warned(normalised: str, mention: Mention) -> bool:
    """Whether the sentence naming the remedy warns of it and does not still let her take it."""
    warning, permissive, kept = _warning()
    start = 0
    for end in _SENTENCE_END.finditer(normalised):
        if end.start() >= mention.end:
            break
        start = end.end()
    stop = _SENTENCE_END.search(normalised, mention.end)
    sentence = normalised[start : len(normalised) if stop is None else stop.start()]
    if "not" in sentence or "n't" in sentence:  # cheap: a negative of change holds one
        sentence = kept.sub(" ", sentence)  # "which will not be changed": the remedy stays, no warning of it
    return bool(warning.search(sentence)) and not permissive.search(sentence)


@functools.cache
def remedies() -> tuple[Remedy, ...]:
    raw = tomllib.loads((data_path("mappings") / "interacting-remedies.toml").read_text(encoding="utf-8"))
    found = []
    for each in raw["remedies"]:
        names = [normalise(str(w)) for w in each["words"]]
        found.append(
            Remedy(
                name=str(each["name"]),
                words=re.compile(alternation(names, none_before=r"\w", none_after=r"\w")),
                cheap=tuple(sorted({n.split()[-1] for n in names})),
                interacts_with=frozenset(normalise(str(i)) for i in each["interacts_with"]),
            )
        )
    return tuple(found)


def advised_interactions(text: str, listed: Iterable[str], listed_names: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The remedies ``text`` names as hers to take (not advised against, another's, the baby's or untaken), each with
    the listed ingredient it interacts with: ``listed`` are the ingredients of the medicine list, ``listed_names`` its
    medicines' names (a remedy the list holds is assessed there)."""
    normalised = normalise(text)
    candidates = [r for r in remedies() if any(c in normalised for c in r.cheap)]  # cheap: most texts name none
    if not candidates:
        return
    ingredients = frozenset(listed)
    names = [normalise(n) for n in listed_names]
    for remedy in candidates:
        interacting = sorted(remedy.interacts_with & ingredients)
        if not interacting or any(remedy.words.search(n) for n in names):
            continue
        entry = NameEntry(remedy.name.casefold(), "ingredient", (remedy.name.casefold(),), ("interacting-remedy",))
        found = [Mention(m.start(), m.end(), entry) for m in remedy.words.finditer(normalised)]
        for mention in found:
            if _warned(normalised, mention) or advised_against(normalised, mention, found):
                continue
            if the_babys_own(normalised, mention):
                continue
            if not named_untaken(normalised, mention, found):
                yield remedy.name, interacting[0]
                break
