"""Whether free text the record must carry says anything, judged in any disguise.

``facts.unwritten`` compares the text as typed; this also compares its normalised form
(:func:`medassess.gate.text.normalise`), so "tbc" in full-width letters, with a zero-width space inside or
with a Cyrillic letter es for the c counts as the placeholder it looks like. Used by the record and route
rules (MA008, MA309); where ``facts.unwritten`` itself normalises, this becomes the same call.
"""

from __future__ import annotations

from .facts import unwritten
from .settings import GateSettings
from .text import normalise


def says_nothing(text: str | None, settings: GateSettings) -> bool:
    """Blank or a placeholder phrase, as typed or once disguises are undone."""
    return unwritten(text, settings) or unwritten(normalise(text or ""), settings)
