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
    no_watch_any: re.Pattern[str]
    """``no_watch`` factored (:func:`factored`): a list composed of thousands of phrases, asked of every
    conclusion whether it holds one."""


@functools.cache
def _watch() -> _Watch:
    raw = mapping_table("concerns.toml")["watch_dropped"]
    no_watch = [*raw["no_watch"], *_negated_needs(raw)]
    no_watched = Phrases.of(no_watch)
    return _Watch(
        tuple(raw["items"]), Phrases.of(raw["watch"]), no_watched, Phrases.of(raw["unless"]), factored(no_watched)
    )


def _negated_needs(raw: dict[str, list[str]]) -> Iterator[str]:
    """The need of a watch negated, composed from its parts: "does not need any observation", "need not be
    watched", "observation is not required", "no monitoring required"."""
    for negated in raw["negated_need"]:
        for between in ("", *raw["need_any"]):
            for watched in raw["needed_watch"]:
                yield " ".join(w for w in (negated, between, watched) if w)
    for noun in raw["watch_nouns"]:
        yield from (f"{noun} {needless}" for needless in raw["needless"])
        yield from (f"no {noun} {needed}" for needed in raw["needed"])


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
    """Whether a clause of ``sentence`` (cut at commas) says the baby needs no watching, unconditioned."""
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for match in found.no_watch.pattern.finditer(joined):
            if not found.unless.found_in(joined[: match.start()].split()):
                return True
    return False
