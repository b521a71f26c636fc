"""Where in a record a finding is, as a person reads it: ``Assessment 1 (methadone) \u203a Conclusion`` (the
parts joined by a single right-pointing angle quotation mark) beside the JSON path
``$.assessments[0].conclusion``.

A location names parts by position and by what medassess itself recognises, never by text taken from the
record: an assessment or medicine by the ingredients the name index recognises in its medicine's name (words
of medassess's own lexicon), a recipient by its role (one of a fixed list). A medicine whose name is not
recognised is named by position alone.
"""

from __future__ import annotations

import re
from typing import Any

from ..record.model import Assessment, Medicine, Recipient, Record
from .classes import classify

SEPARATOR = " › "
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_LABELS = {
    "nhs_number": "NHS number",
    "ods_code": "ODS code",
    "edd": "EDD",
    "dmd": "dm+d",
    "snomed": "SNOMED CT",
}


def _label(field: str) -> str:
    """``impact_on_baby`` as ``Impact on baby``; a few abbreviations kept as written."""
    if field in _LABELS:
        return _LABELS[field]
    words = [_LABELS.get(word, word) for word in field.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _ingredients(medicines: list[Medicine]) -> str:
    seen: dict[str, None] = {}
    for medicine in medicines:
        seen.update(dict.fromkeys(classify(medicine).ingredients))
    return ", ".join(seen)


def _item(node: Any, field: str, index: int, record: Record) -> str:
    """One list item: named by what it is where medassess knows it, else by its list and position."""
    position = index + 1
    if isinstance(node, Medicine):
        named = _ingredients([node])
        return f"Medicine {position}" + (f" ({named})" if named else "")
    if isinstance(node, Assessment):
        by_id = {m.id: m for m in record.medicines}
        named = _ingredients([by_id[i] for i in node.medicine_ids if i in by_id])
        return f"Assessment {position}" + (f" ({named})" if named else "")
    if isinstance(node, Recipient):
        return f"Recipient {position} ({node.role.replace('-', ' ')})"
    return f"{_label(field).removesuffix('s')} {position}"  # one of a list: "Medicine id 1", "Assessment 8"


def human_location(record: Record, path: str) -> str:
    """The JSON path ``path`` (as the gate gives it, ``$.a.b[0].c``) as a person reads it, for ``record``.

    A path the record does not hold (a part that is missing, which is often the finding) is still named, from
    its field names; ``$`` alone is ``Record``."""
    node: Any = record
    parts: list[str] = []
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
    for at, (name, index) in enumerate(steps):
        if name is not None:
            node = getattr(node, name, None) if node is not None else None
            indexed_next = at + 1 < len(steps) and steps[at + 1][1] is not None
            if not indexed_next:
                parts.append(_label(name))
        else:
            position = int(index)
            field = steps[at - 1][0] if at and steps[at - 1][0] is not None else "item"
            items = node if isinstance(node, list) else []
            node = items[position] if position < len(items) else None
            parts.append(_item(node, field, position, record))
    return SEPARATOR.join(parts) or "Record"
