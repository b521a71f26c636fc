"""HL7 v2 read by hl7apy, strict, the way HL7 v2.5.1 asks a receiver to read OBX-5 (by the type OBX-2 names),
and ER7 text read as text: shared by the tests that parse what medassess exports."""

from __future__ import annotations

import re
from typing import Any

from hl7apy import load_reference
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.exceptions import ChildNotFound
from hl7apy.parser import parse_message, parse_segment


def _obx_reference(value_type: str) -> tuple[Any, ...]:
    """hl7apy's own 2.5.1 OBX definition with OBX-5 typed as OBX-2 says (FT and TX 65,536 characters, ED a
    composite whose data is TX): what HL7 v2.5.1 section 7.4.2.5 asks a receiver to do."""
    kind, fields, *rest = load_reference("OBX", "Segment", "2.5.1")
    try:
        typed = ("sequence", load_reference(value_type, "Datatypes_Structs", "2.5.1"), value_type)
    except ChildNotFound:  # a primitive type (FT, TX, ST, DT) has no structure of its own
        typed = ("leaf", None, value_type)
    value = (*typed, "OBSERVATION_VALUE", None, -1)
    return (kind, tuple((n, value, *more) if n == "OBX_5" else (n, ref, *more) for n, ref, *more in fields), *rest)


def hl7apy_strict(text: str) -> list[Any]:
    """The message read by hl7apy, strict. hl7apy's strict parser types every OBX-5 as ST (199 characters)
    whatever OBX-2 says, where HL7 v2.5.1 gives FT and TX 65,536 and ED's data is TX; so the message is
    validated whole (structure, groups, cardinality, required segments and fields), leaving only OBX-5's
    type to hl7apy's tolerance, and every segment is parsed strict on its own, OBX-5 as the type its OBX-2
    names, with hl7apy's own definitions. Returns the strict segments."""
    parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT).validate()
    found = []
    for line in text.removesuffix("\r").split("\r"):
        reference = _obx_reference(line.split("|")[2]) if line.startswith("OBX|") else None
        segment = parse_segment(line, version="2.5.1", validation_level=VALIDATION_LEVEL.STRICT, reference=reference)
        found.append(segment)
    return found


_ESCAPE = re.compile(r"\\(F|S|T|R|E|\.br|X(?:[0-9A-F]{2})+)\\")


def hl7_text(escaped: str) -> str:
    """An ER7 text value as text (HL7 v2.5.1 section 2.7), FT's line break as LF: written here from the
    standard, not taken from medassess, for parsers (hl7apy) that give values as they are written."""

    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if body == ".br":
            return "\n"
        if body.startswith("X"):
            return bytes.fromhex(body[1:]).decode("utf-8")
        return {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\"}[body]

    assert "\\" not in _ESCAPE.sub("", escaped), "an escape sequence HL7 v2.5.1 text does not have"
    return _ESCAPE.sub(one, escaped)


def as_written(field: Any) -> str:
    """A text field's value as the message has it: hl7apy keeps it in the datatype of its one subcomponent."""
    return str(field.children[0].children[0].value.value)
