"""A conclusion that says the baby needs no watching that its own assessment's item plans (rule MA127;
mappings/concerns.toml, [watch_dropped]): the withdrawal plan observes the baby for 72 hours, and the conclusion
says "the baby is not expected to withdraw" with no watch of its own. The midwife reading the conclusion drops the
watch the item sets."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.resources import mapping_table
from ..record.model import Assessment
from ..record.template import value_at
from .text import normalise
from .wording import SENTENCE_END, Phrases, factored, tokens, words_of_normalised


@dataclass(frozen=True, slots=True)
class _Watch:
    items: tuple[str, ...]
    watch: Phrases
    no_watch: Phrases
    unless: Phrases
    not_before: tuple[tuple[str, ...], ...]
    """The words that, right after a no-watch phrase, make it speak of the watch's findings or end (``not_before``)."""
    no_watch_any: re.Pattern[str]
    """``no_watch`` factored (:func:`factored`): a list composed of thousands of phrases, asked of every
    conclusion whether it holds one."""


@functools.cache
def _watch() -> _Watch:
    raw = mapping_table("concerns.toml")["watch_dropped"]
    no_watch = [*raw["no_watch"], *_negated_needs(raw)]
    no_watched = Phrases.of(no_watch)
    return _Watch(
        tuple(raw["items"]),
        Phrases.of(raw["watch"]),
        no_watched,
        Phrases.of(raw["unless"]),
        tuple(tokens(w) for w in raw.get("not_before", ())),
        factored(no_watched),
    )


def _negated_needs(raw: dict[str, list[str]]) -> Iterator[str]:
    """The need of a watch negated, composed from its parts: "does not need any observation", "need not be
    watched", "observation is not required", "no monitoring required", "no withdrawal scoring is needed", "does
    not need NAS scoring"; and the watch dropped by "with no" or "without" ("home with no scoring")."""
    kinds = raw.get("watch_kinds", [])
    for negated in raw["negated_need"]:
        for between in ("", *raw["need_any"], *kinds):
            for watched in raw["needed_watch"]:
                yield " ".join(w for w in (negated, between, watched) if w)
    for noun in raw["watch_nouns"]:
        yield from (f"{noun} {needless}" for needless in raw["needless"])
        for kind in ("", *kinds):
            named = f"{kind} {noun}".strip()
            yield from (f"no {named} {needed}" for needed in raw["needed"])
            yield from (f"{without} {named}" for without in raw.get("without", ()))


def watch_dropped(assessment: Assessment) -> Iterator[str]:
    """Each item of ``assessment`` (its path under the assessment) that plans to watch the baby where the
    conclusion says the baby needs no watching and watches nothing itself."""
    found = _watch()
    conclusion = assessment.conclusion
    if not isinstance(conclusion, str) or found.no_watch_any.search(" ".join(words := tokens(conclusion))) is None:
        return  # cheap: the factored list, not the phrases one by one
    if found.watch.found_in(found.no_watch.outside(words)):
        return  # the conclusion watches the baby itself
    if not any(_drops(sentence, found) for sentence in SENTENCE_END.split(normalise(conclusion))):
        return
    for item in found.items:
        text = value_at(assessment, item)
        if isinstance(text, str) and found.watch.found_in(found.no_watch.outside(tokens(text))):
            yield item


def _drops(sentence: str, found: _Watch) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) says the baby needs no watching, unconditioned, and not of
    the watch's findings or end ("with no scoring above 4": ``not_before``)."""
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for match in found.no_watch.pattern.finditer(joined):
            if found.unless.found_in(joined[: match.start()].split()):
                continue
            after = joined[match.end() :].split()
            if any(tuple(after[: len(words)]) == words for words in found.not_before):
                continue
            return True
    return False
