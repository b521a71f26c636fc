"""HL7 v2 escaping: every delimiter, the escape character, CR, LF and other controls, and non-ASCII text
come back exactly; and why medassess escapes for itself rather than leaving it to hl7apy."""

from __future__ import annotations

import re

import hl7
import pytest
from hl7apy.core import Segment
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.formats.hl7v2.escape import EscapeError, escape, fit, formatted, lines, split_escaped, unescape

HOSTILE = {
    "field separator": "a|b",
    "component separator": "a^b",
    "repetition separator": "a~b",
    "escape character": "a\\b",
    "subcomponent separator": "a&b",
    "every delimiter": "|^~\\&",
    "CR": "line one\rline two",
    "LF": "line one\nline two",
    "CRLF": "line one\r\nline two",
    "blank lines": "\n\n\r\r\n",
    "tab and other controls": "a\tb\x00c\x1fd\x7fe\x0bf\x1cg",
    "MLLP framing bytes": "\x0bMSH|^~\\&|\x1c\r",
    "Welsh": "Llŷr Ŵyn, Caerdydd; ysbyty’r plant",
    "Arabic": "الطفل بحاجة إلى مراقبة",
    "CJK": "新生儿戒断综合征の観察",
    "emoji": "👶🏽 sleeps 🛏️ alone",
    "literal field escape": "\\F\\",
    "literal hex escape": "\\X0D\\\\X0A\\",
    "literal formatting command": "\\.br\\ and .br",
    "a segment inside text": "\rOBX|99|TX|x^y^z||injected||||||F\r",
    "trailing backslash": "ends with \\",
    "only spaces": "   ",
}

HEADER = "MSH|^~\\&|A|B|C|D|20260302||ACK^A01^ACK|X1|P|2.5.1\rMSA|AA|X1\r"
texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400)
"""Any text a record can hold (lone surrogates cannot be UTF-8 and are not valid record text)."""


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_round_trips_exactly(text: str) -> None:
    escaped = escape(text)
    assert not set(escaped) & set("|^~&\r\n"), "a delimiter or line break is left raw"
    assert unescape(escaped) == text


def test_each_character_has_its_standard_escape() -> None:
    assert escape("|^&~\\") == "\\F\\\\S\\\\T\\\\R\\\\E\\"
    assert escape("\r\n") == "\\X0D\\\\X0A\\"
    assert escape("\x00\t\x7f") == "\\X00\\\\X09\\\\X7F\\"
    assert escape("café 新生儿 👶") == "café 新生儿 👶", "non-ASCII stays as UTF-8 text (MSH-18 says so)"


def test_text_that_looks_escaped_is_escaped_again() -> None:
    assert escape("\\F\\") == "\\E\\F\\E\\"
    assert unescape(escape("\\F\\")) == "\\F\\"


@pytest.mark.parametrize(
    "escaped",
    ["\\H\\highlight\\N\\", "\\.br\\", "\\Zsite\\", "\\X0\\", "\\XZZ\\", "\\XFF\\", "\\\\", "open \\F", "\\"],
)
def test_sequences_medassess_never_writes_are_refused(escaped: str) -> None:
    with pytest.raises(EscapeError):
        unescape(escaped)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_any_text_round_trips(text: str) -> None:
    assert unescape(escape(text)) == text


@given(texts, st.integers(min_value=8, max_value=199))
@settings(max_examples=300, deadline=None)
def test_split_pieces_fit_and_join_back(text: str, limit: int) -> None:
    escaped = escape(text)
    pieces = split_escaped(escaped, limit)
    assert "".join(pieces) == escaped
    assert all(0 < len(p) <= limit for p in pieces) or pieces == [""]
    assert "".join(unescape(p) for p in pieces) == text, "a cut fell inside an escape sequence"


def test_split_prefers_to_cut_before_a_space() -> None:
    pieces = split_escaped(escape("word " * 100), 199)
    assert all(not p.endswith(" ") for p in pieces[:-1])
    assert all(p.startswith(" ") for p in pieces[1:])


def _ft_lines(ft: str) -> list[str]:
    """An FT value's lines: escape sequences are read left to right (``\\E\\.br\\E\\`` is text, not a break)."""
    found, start = [], 0
    for match in re.finditer(r"\\[^\\]*\\", ft):
        if match.group() == "\\.br\\":
            found.append(unescape(ft[start : match.start()]))
            start = match.end()
    return [*found, unescape(ft[start:])]


@pytest.mark.parametrize(
    ("text", "ft"),
    [
        ("one line", "one line"),
        ("a\nb", "a\\.br\\b"),
        ("a\r\nb\rc", "a\\.br\\b\\.br\\c"),
        ("a\n\nb", "a\\.br\\\\.br\\b"),
        ("\n", "\\.br\\"),
        ("|^~&\\\t", "\\F\\\\S\\\\R\\\\T\\\\E\\\\X09\\"),
        ("\\.br\\ typed", "\\E\\.br\\E\\ typed"),
    ],
)
def test_formatted_text_breaks_only_where_the_author_did(text: str, ft: str) -> None:
    assert formatted(text) == ft
    assert _ft_lines(ft) == lines(text)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_formatted_text_is_one_value_with_every_line_exact(text: str) -> None:
    ft = formatted(text)
    assert not set(ft) & set("|^~&\r\n"), "a delimiter or line break is left raw"
    assert _ft_lines(ft) == lines(text)
    assert "".join(lines(text)) == text.replace("\r", "").replace("\n", "")


def test_fit_shortens_by_escaped_length() -> None:
    assert fit("short", 199) == "short"
    shortened = fit("|" * 100, 199)
    assert len(escape(shortened)) <= 199
    assert shortened == "|" * 66


# -- why not hl7apy's own escaping -------------------------------------------------------------------------


def test_hl7apy_leaves_line_breaks_and_some_delimiters_raw() -> None:
    """hl7apy escapes |, ~ and \\ in a field value, but not ^ or & (they become structure) and never CR or
    LF: a CR in a clinician's text ends the segment, and what follows is read as a new segment."""
    segment = Segment("NTE", version="2.5.1")
    segment.nte_3 = "a|b^c~d\\e&f\rZZZ\ng"
    er7 = segment.to_er7()
    assert er7 == "NTE|||a\\F\\b^c\\R\\d\\E\\e&f\rZZZ\ng"

    parsed = hl7.parse(HEADER + er7)
    assert [str(s[0]) for s in parsed] == ["MSH", "MSA", "NTE", "ZZZ\ng"], "the CR split the text into a new segment"
    assert len(parsed.segment("NTE")[3][0]) == 2, "the raw ^ split the text into two components"


def test_medassess_escaping_keeps_the_same_text_in_one_field() -> None:
    text = "a|b^c~d\\e&f\rZZZ\ng"
    parsed = hl7.parse(HEADER.removesuffix("\r") + "|" + escape(text) + "\r")
    assert [str(s[0]) for s in parsed] == ["MSH", "MSA"]
    assert unescape(str(parsed.segment("MSA")[3])) == text
