"""Characters for hostile-text property tests: what a record may hold, and what the record model refuses.

Every text in a record holds only characters XML 1.0 can carry (docs/security.md, "One validation"), so a
generated record draws its text from ``xml_characters``; the characters in ``NOT_XML`` are refused when a
record is parsed, with the path of the field that holds one.
"""

from __future__ import annotations

from hypothesis import strategies as st

C0_CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
NOT_XML = [*C0_CONTROLS, "\ud800", "\udbff", "\udc00", "\udfff", "\ufffe", "\uffff"]
"""Every character XML 1.0 cannot carry is one of these or another lone surrogate (U+D800 to U+DFFF)."""
XML_EDGES = ["\t", "\n", "\r", " ", "\x7f", "\x85", "\x9f", "\ud7ff", "\ue000", "\ufffd", "\U00010000", "\U0010ffff"]
"""Characters just inside what XML 1.0 carries: each next to one it cannot."""

xml_characters = st.characters(exclude_categories=["Cs"], exclude_characters=[*C0_CONTROLS, "\ufffe", "\uffff"])
"""Any character a record's text may hold."""
