"""The one way medassess parses XML: hardened against entity attacks and anything that reaches outside.

FHIR XML never needs a DTD, so a document type declaration is refused outright, before the parser sees it,
which rules out external entities (XXE: reading local files or URLs), entity expansion ("billion laughs"),
parameter entities and external DTD fetches in one rule. The parser itself is configured the same way as a
second line of defence: no entity substitution, no DTD loading, no network, libxml2's default size limits.

Processing instructions other than the XML declaration are refused too: FHIR content never needs one, and
the common one (``xml-stylesheet``) asks the consumer to fetch a URL. Comments are allowed and dropped.

A document that is not well-formed is refused in medassess's own words, with the line and column: libxml2's
text is never passed on, since it quotes the document (a misspelt attribute name, an undefined entity's
name, the text around a bad byte), and a document's text may be patient data.

Only UTF-8 is read (the encoding FHIR exchanges use); this also keeps the declaration scan above sound,
since a UTF-16 document could otherwise hide its DTD from a byte search.

Size is limited before the parser builds anything (``medassess.core.limits``): the bytes, the nesting, the
elements and attributes, the length of an attribute value or text, and a Bundle's entries. A document whose
counts of ``<`` and ``=`` (one per element, one per attribute, at least) are within the limits is parsed
whole and its depth and entries checked after; any other is fed to the parser in pieces and counted as it is
built, and abandoned at the first limit it crosses, so refusing it costs no more than the limit.
"""

from __future__ import annotations

import functools
import re
from itertools import islice
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from .exceptions import ReadError
from .limits import Limits, amount, over, too_large

_DECLARED_ENCODING = re.compile(rb"\A[ \t\r\n]*+<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")
_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")

_PROBLEMS: dict[str, str] = {
    "ERR_DOCUMENT_EMPTY": "expected an element",
    "ERR_DOCUMENT_START": "expected an element",
    "ERR_DOCUMENT_END": "content after the end of the root element",
    "ERR_EXTRA_CONTENT": "content after the end of the root element",
    "ERR_NOT_WELL_BALANCED": "elements not closed in order",
    "ERR_INVALID_CHAR": "a character XML does not allow",
    "ERR_INVALID_CHARREF": "a character reference XML does not allow",
    "ERR_INVALID_HEX_CHARREF": "a character reference XML does not allow",
    "ERR_INVALID_DEC_CHARREF": "a character reference XML does not allow",
    "ERR_INVALID_ENCODING": "bytes that are not UTF-8",
    "ERR_ENTITYREF_SEMICOL_MISSING": "an '&' that does not start a reference (write &amp;)",
    "ERR_ENTITYREF_NO_NAME": "an '&' that does not start a reference (write &amp;)",
    "ERR_UNDECLARED_ENTITY": "a reference to an entity XML does not define",
    "WAR_UNDECLARED_ENTITY": "a reference to an entity XML does not define",
    "ERR_STRING_NOT_STARTED": "an attribute value without quotes",
    "ERR_ATTRIBUTE_NOT_STARTED": "an attribute value without quotes",
    "ERR_STRING_NOT_CLOSED": "an attribute value whose quotes are not closed",
    "ERR_ATTRIBUTE_NOT_FINISHED": "an attribute value whose quotes are not closed",
    "ERR_LT_IN_ATTRIBUTE": "a '<' inside an attribute value (write &lt;)",
    "ERR_ATTRIBUTE_WITHOUT_VALUE": "an attribute without a value",
    "ERR_ATTRIBUTE_REDEFINED": "an attribute given twice",
    "NS_ERR_ATTRIBUTE_REDEFINED": "an attribute given twice",
    "ERR_EQUAL_REQUIRED": "an attribute without '='",
    "ERR_SPACE_REQUIRED": "a space missing between attributes",
    "ERR_NAME_REQUIRED": "a missing or invalid name",
    "ERR_NAME_TOO_LONG": "a name too long for XML",
    "ERR_GT_REQUIRED": "a start tag that does not end with '>'",
    "ERR_LTSLASH_REQUIRED": "an end tag that does not end with '>'",
    "ERR_TAG_NAME_MISMATCH": "an end tag that does not match its start tag",
    "ERR_TAG_NOT_FINISHED": "an element that is never closed (the document ends too early)",
    "ERR_COMMENT_NOT_FINISHED": "a comment that is never closed",
    "ERR_COMMENT_ABRUPTLY_ENDED": "a comment that is never closed",
    "ERR_HYPHEN_IN_COMMENT": "'--' inside a comment",
    "ERR_PI_NOT_STARTED": "a broken processing instruction",
    "ERR_PI_NOT_FINISHED": "a broken processing instruction",
    "ERR_RESERVED_XML_NAME": "a processing instruction named xml that is not the declaration",
    "ERR_XMLDECL_NOT_STARTED": "a broken XML declaration",
    "ERR_XMLDECL_NOT_FINISHED": "a broken XML declaration",
    "ERR_VERSION_MISSING": "a broken XML declaration",
    "ERR_MISPLACED_CDATA_END": "']]>' inside text",
    "ERR_CDATA_NOT_FINISHED": "a CDATA section that is never closed",
    "WAR_NS_URI": "a namespace that is not a valid URI",
    "WAR_NS_URI_RELATIVE": "a namespace that is not an absolute URI",
    "NS_ERR_XML_NAMESPACE": "a misuse of the reserved xml namespace",
    "NS_ERR_EMPTY": "an empty namespace declaration",
    "NS_ERR_UNDEFINED_NAMESPACE": "a namespace prefix that is not declared",
    "NS_ERR_QNAME": "a name with a misplaced ':'",
}
"""libxml2's errors in medassess's words: a fixed vocabulary, since libxml2's own text quotes the document."""
_PROBLEM_BY_CODE: dict[int, str] = {getattr(etree.ErrorTypes, name): text for name, text in _PROBLEMS.items()}


_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": False,
    "collect_ids": False,
}
_CHUNK = 64 * 1024
"""How much the parser is fed at a time when counting as it builds."""
_NOT_LT_OR_EQUALS = bytes(b for b in range(256) if b not in b"<=")
_ATTRIBUTE = re.compile(rb"""[^\s<>="']++\s*+=\s*+(?:"[^"<]*+"|'[^'<]*+')""")
"""Anything shaped like an attribute: every real one is (a value never holds ``<``), and text may add more."""


def _parser() -> etree.XMLParser:
    # A new parser per document: lxml parsers keep state and are not safe to share between threads.
    return etree.XMLParser(**_OPTIONS)


def parse_xml(
    content: bytes,
    *,
    source: str = "<xml>",
    limits: Limits | None = None,
    entries: tuple[str, str] | None = None,
) -> etree._Element:
    """Parse UTF-8 XML bytes into an element tree, refusing DTDs, entities and processing instructions, and
    XML past ``limits`` (default: ``Limits.from_environment()``). ``entries`` is a root element's name and
    its children's (Clark notation, ``{namespace}name``): such a root may have at most
    ``limits.bundle_entries`` such children."""
    limits = limits or Limits.from_environment()
    if not content or content.isspace():
        raise ReadError("the file is empty", source=source)
    if len(content) > limits.payload_bytes:
        raise ReadError(too_large("payload_bytes", limits.payload_bytes), source=source)
    body = content.removeprefix(_UTF8_BOM)
    if body.startswith(_OTHER_BOMS) or b"\x00" in body[:64]:
        raise ReadError("XML must be UTF-8 encoded (this looks like UTF-16 or UTF-32)", source=source)
    declared = _DECLARED_ENCODING.match(body)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise ReadError("XML must be UTF-8 encoded (the declaration names another encoding)", source=source)
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise ReadError(
            "XML with a DTD is refused (document type and entity declarations are not allowed)", source=source
        )
    try:
        root = _Within(limits, source, entries).parse(body)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        problem = _PROBLEM_BY_CODE.get(exc.code, "it breaks the XML syntax rules")
        where = f"line {line}, column {column}"
        raise ReadError(f"not well-formed XML ({problem})", source=source, path=where) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
        raise ReadError(
            "XML with a DTD is refused (document type and entity declarations are not allowed)", source=source
        )
    instructions = tree.xpath("//processing-instruction()")
    if instructions:
        raise ReadError(
            "XML processing instructions are refused (only the XML declaration is allowed)",
            source=source,
            path=f"line {instructions[0].sourceline}",
        )
    return root


class _Within:
    """Parses a document within the limits (see the module docstring)."""

    def __init__(self, limits: Limits, source: str, entries: tuple[str, str] | None) -> None:
        self.limits = limits
        self.source = source
        self.root_tag: str | None = entries[0] if entries else None
        self.entry_tag: str | None = entries[1] if entries else None
        self.depth = self.nodes = self.entries = 0
        self.counting = False

    def parse(self, body: bytes) -> etree._Element:
        limits = self.limits
        marks = body.translate(None, delete=_NOT_LT_OR_EQUALS)  # one pass: every '<' and '=', in order
        equals = marks.count(b"=")
        if equals > limits.nodes:
            # Attributes are built a whole start tag at a time, before they can be counted: bound them first.
            beyond = next(islice(_ATTRIBUTE.finditer(body), limits.nodes, None), None)
            if beyond is not None:
                line = body.count(b"\n", 0, beyond.start()) + 1
                raise self.error(f"has more than {amount('nodes', limits.nodes)} attributes {over('nodes')}", line)
        if len(body) <= limits.string_bytes and len(marks) <= limits.nodes:
            return self.whole(body)
        return self.in_pieces(body)

    def whole(self, body: bytes) -> etree._Element:
        """Parse at once: no string can be longer than the body, nor nodes more than its ``<`` and ``=``."""
        root = etree.fromstring(body, _parser())
        deeper = _deeper_than(self.limits.depth)(root)
        if deeper:
            raise self.too_deep(deeper[0])
        if self.root_tag is not None and root.tag == self.root_tag:
            beyond = next(islice(root.iterchildren(self.entry_tag), self.limits.bundle_entries, None), None)
            if beyond is not None:
                raise self.too_many_entries(beyond)
        return root

    def in_pieces(self, body: bytes) -> etree._Element:
        """Feed the parser a piece at a time and count what it built, stopping at the first limit crossed."""
        parser = etree.XMLPullParser(events=("start", "end"), **_OPTIONS)
        for offset in range(0, len(body), _CHUNK):
            parser.feed(body[offset : offset + _CHUNK])
            self.check(parser.read_events())
        root = parser.close()
        self.check(parser.read_events())
        return root

    def check(self, events: Any) -> None:
        limits = self.limits
        for event, element in events:
            if event == "end":
                self.depth -= 1
                for text in (element.text, *(child.tail for child in element)):
                    if text is not None and _longer(text, limits.string_bytes):
                        raise self.too_long(element)
                continue
            self.depth += 1
            self.nodes += 1 + len(element.attrib)
            if self.depth > limits.depth:
                raise self.too_deep(element)
            if self.nodes > limits.nodes:
                raise self.error(
                    f"has more than {amount('nodes', limits.nodes)} elements and attributes {over('nodes')}",
                    element.sourceline,
                )
            if any(_longer(value, limits.string_bytes) for value in element.attrib.values()):
                raise self.too_long(element)
            if self.depth == 1:
                self.counting = self.root_tag is not None and element.tag == self.root_tag
            elif self.depth == 2 and self.counting and element.tag == self.entry_tag:
                self.entries += 1
                if self.entries > limits.bundle_entries:
                    raise self.too_many_entries(element)

    def error(self, message: str, line: int | None) -> ReadError:
        return ReadError(message, source=self.source, path=f"line {line}" if line else None)

    def too_deep(self, element: etree._Element) -> ReadError:
        return self.error(f"is nested more than {self.limits.depth} levels deep {over('depth')}", element.sourceline)

    def too_long(self, element: etree._Element) -> ReadError:
        size = amount("string_bytes", self.limits.string_bytes)
        return self.error(
            f"has an attribute value or text longer than {size} {over('string_bytes')}", element.sourceline
        )

    def too_many_entries(self, element: etree._Element) -> ReadError:
        cap = self.limits.bundle_entries
        return ReadError(
            f"the Bundle has more than {amount('bundle_entries', cap)} entries {over('bundle_entries')}",
            source=self.source,
            path=f"Bundle.entry[{cap}] (line {element.sourceline})",
        )


@functools.cache
def _deeper_than(depth: int) -> etree.XPath:
    """An XPath giving the first element more than ``depth`` levels down (the root is level 1)."""
    return etree.XPath("(" + "/*" * (depth + 1) + ")[1]")


def _longer(text: str, limit: int) -> bool:
    """Whether ``text`` is longer than ``limit`` bytes in UTF-8 (encoded only when the length in characters
    cannot tell)."""
    return len(text) > limit or (len(text) * 4 > limit and len(text.encode("utf-8")) > limit)
