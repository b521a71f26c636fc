"""The one way medassess parses XML: hardened against entity attacks and anything that reaches outside.

FHIR XML never needs a DTD, so a document type declaration is refused outright, before the parser sees it,
which rules out external entities (XXE: reading local files or URLs), entity expansion ("billion laughs"),
parameter entities and external DTD fetches in one rule. The parser itself is configured the same way as a
second line of defence: no entity substitution, no DTD loading, no network, libxml2's default size limits.

Processing instructions other than the XML declaration are refused too: FHIR content never needs one, and
the common one (``xml-stylesheet``) asks the consumer to fetch a URL. Comments are allowed and dropped.

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
        # libxml2's messages name elements and entities, never text or attribute values.
        line, column = exc.position
        raise ReadError(
            f"not well-formed XML ({exc.msg.split(',')[0]}) at line {line}, column {column}", source=source
        ) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
        raise ReadError(
            "XML with a DTD is refused (document type and entity declarations are not allowed)", source=source
        )
    if tree.xpath("//processing-instruction()"):
        raise ReadError("XML processing instructions are refused (only the XML declaration is allowed)", source=source)
    return root
