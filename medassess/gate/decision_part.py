"""A conclusion whose labelled decision part is hollow, for the share gate's rule MA103: "History: <a long
history>. Plan: to follow after the professionals meeting.", "Recommendation: for discussion at the next MDT."
The history before the label tells what happened; the part under the label is what the conclusion decides, and it
is judged by itself. The labels are data, in ``mappings/hollow-phrases.toml`` ``[decision_part]``, with their
rationale."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable

from ..core.resources import data_path
from .phrases import alternation
from .text import normalise

_OPEN = r"(?:^|(?<=[.;!?\n]))\s*"


@functools.cache
def _readers() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))
    labels = tuple(raw["decision_part"]["labels"])
    concern = alternation(raw["decision_part"]["concern_headings"])
    decision = re.compile(rf"{_OPEN}(?:{alternation(list(labels))})\s*:")
    label = re.compile(rf"{_OPEN}(?:(?:{alternation(list(labels))})|(?:[^\W\d_]+[ \-/&]){{0,2}}(?:{concern}))\s*:")
    heading = re.compile(rf"{_OPEN}[^\W\d_]+(?:[ \-/&][^\W\d_]+){{0,2}}\s*:")
    back = re.compile(rf"\b(?:{alternation(raw['decision_part']['back_pointers'])})\b")
    return labels, decision, label, heading, back


def decision_parts(text: str) -> list[str]:
    """The text under each decision label or concern heading of ``text`` (normalised), up to the next heading or
    the end, where a decision label ("Plan:") is there; none where one points back into the conclusion itself
    ("Plan: as above.")."""
    plain = normalise(text)
    labels, decision, label, heading, back = _readers()
    # read only where a decision label opens a part ("Plan:"); a concern's heading is then a decision part too
    if ":" not in plain or not any(word in plain for word in labels) or decision.search(plain) is None:
        return []
    parts: list[str] = []
    for found in label.finditer(plain):
        nxt = heading.search(plain, found.end())
        part = plain[found.end() : nxt.start() if nxt else len(plain)].strip()
        if back.search(part):
            return []  # the decision handed to the text before it ("Plan: as above."): judged as a whole
        parts.append(part)
    return parts


def decision_part_hollow(text: str, hollow: Callable[[str], bool]) -> bool:
    """Whether ``text`` holds a labelled decision part and every one is ``hollow`` judged by itself."""
    parts = decision_parts(text)
    return bool(parts) and all(hollow(part) for part in parts)
