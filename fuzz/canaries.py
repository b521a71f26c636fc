"""The canaries: made-up identifying data planted in every fuzz input, and the leak check that looks for them.

A canary is synthetic (no real person has it), so finding one in an error message, an error's location or a
log record proves the library echoed input where it promises not to (``medassess.core.exceptions``: "messages
name fields, not their values"). Mutations cut canaries up (a flipped byte, a truncation, a renamed element
that keeps only part of a name), so the check looks for any distinctive piece of one: every run of
``PIECE`` characters of each name and distinctive word (case-insensitive), and every run of ``DIGITS``
digits of the NHS number. The pieces were checked not to occur in any message the library writes.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

GIVEN = "Zephyrine"
FAMILY = "Quattlebaum"
NAME = f"{GIVEN} {FAMILY}"
SENTENCE = "Marmalade quokkas waltzed beneath the Brindlewick viaduct."
"""A sentence no clinician writes; its distinctive words are canaries too."""
SENTENCE_WORDS = ("Marmalade", "quokkas", "waltzed", "Brindlewick", "viaduct")
PIECE = 6
DIGITS = 6


def nhs_number(first_nine: str) -> str:
    """An NHS number from its first nine digits and the Modulus 11 check digit (ValueError when none exists)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    if check == 10:
        raise ValueError("these nine digits have no valid check digit")
    return first_nine + str(check)


NHS_NUMBER = nhs_number("617293548")
"""A valid NHS number (Modulus 11), not one of the 999 test range the examples use, so it is found only
where the harness planted it."""

WORDS = (GIVEN, FAMILY, *SENTENCE_WORDS)
"""The canary words: what mutations use as key, element, attribute and segment names."""
TEXTS = (NAME, SENTENCE, NHS_NUMBER, GIVEN, FAMILY, f"{GIVEN}-{FAMILY}", f"{NAME} {NHS_NUMBER}")
"""Canary values for free-text and structural positions."""
IDS = (f"{GIVEN}-{FAMILY}", f"{FAMILY}.{NHS_NUMBER}", f"{SENTENCE_WORDS[3]}-1")
"""Canaries shaped as record-local ids (letters, digits, '.', '-')."""


@cache
def _pattern() -> re.Pattern[str]:
    pieces: set[str] = set()
    for word in WORDS:
        w = word.lower()
        pieces.update(w[i : i + PIECE] for i in range(len(w) - PIECE + 1))
    digits = {NHS_NUMBER[i : i + DIGITS] for i in range(len(NHS_NUMBER) - DIGITS + 1)}
    alternatives = sorted(pieces | digits, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE)


def find(text: str) -> str | None:
    """The first canary piece in ``text``, or None."""
    if not text:
        return None
    match = _pattern().search(text)
    return match.group(0) if match else None


def occurrences(content: bytes, limit: int = 64) -> list[int]:
    """Byte offsets of the first ``limit`` canary words and NHS numbers in ``content`` (where byte mutations aim)."""
    return [m.start() for m in itertools.islice(_BYTES.finditer(content), limit)]


_BYTES = re.compile(b"|".join(re.escape(w.encode()) for w in (*WORDS, NHS_NUMBER)))
