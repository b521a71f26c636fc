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
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from ._exceptions import ReadError

MAX_XML_BYTES = 20 * 1024 * 1024
"""An exported assessment document is tens of kilobytes; anything past this is refused before parsing."""

_DECLARED_ENCODING = re.compile(rb"\A<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")
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


def _parser() -> etree.XMLParser:
    # A new parser per document: lxml parsers keep state and are not safe to share between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=False,
        collect_ids=False,
    )


def parse_xml(content: bytes, *, source: str = "<xml>") -> etree._Element:
    """Parse UTF-8 XML bytes into an element tree, refusing DTDs, entities and processing instructions."""
    if not content.strip():
        raise ReadError("the file is empty", source=source)
    if len(content) > MAX_XML_BYTES:
        raise ReadError(f"the XML is larger than {MAX_XML_BYTES // (1024 * 1024)} MiB", source=source)
    body = content.removeprefix(_UTF8_BOM)
    if body.startswith(_OTHER_BOMS) or b"\x00" in body[:64]:
        raise ReadError("XML must be UTF-8 encoded (this looks like UTF-16 or UTF-32)", source=source)
    declared = _DECLARED_ENCODING.match(body.lstrip())
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        raise ReadError("XML must be UTF-8 encoded (the declaration names another encoding)", source=source)
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise ReadError(
            "XML with a DTD is refused (document type and entity declarations are not allowed)", source=source
        )
    try:
        root = etree.fromstring(body, _parser())
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
