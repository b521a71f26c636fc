"""XML input is hostile until proven otherwise: DTDs, entities and processing instructions are refused.

Each attack is a real payload. The first layer (refusing any DTD before parsing) is tested through the
public readers; the second layer (the parser's own settings) is tested on its own, bypassing the first, so
that either layer alone would stop the attack.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from medassess import ReadError
from medassess.core.safe_xml import _parser, parse_xml
from medassess.formats.fhir.xml import xml_to_json

PASSWD = Path("/etc/passwd")
SECRET_MARKER = "root:"  # the first field of /etc/passwd's first line on every Linux

XXE_FILE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Bundle [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<Bundle xmlns="http://hl7.org/fhir"><id value="&e;"/><type value="document"/></Bundle>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Bundle xmlns="http://hl7.org/fhir"><id value="&lol9;"/></Bundle>
"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Bundle [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
<Bundle xmlns="http://hl7.org/fhir"/>
"""


def external_dtd(url: str) -> bytes:
    return f'<?xml version="1.0"?>\n<!DOCTYPE Bundle SYSTEM "{url}">\n<Bundle xmlns="http://hl7.org/fhir"/>\n'.encode()


ATTACKS = {
    "xxe-file": XXE_FILE,
    "billion-laughs": BILLION_LAUGHS,
    "parameter-entity": PARAMETER_ENTITY,
    "external-dtd": external_dtd("http://127.0.0.1:9/evil.dtd"),
    "internal-subset-only": b'<!DOCTYPE Bundle [<!ELEMENT Bundle ANY>]><Bundle xmlns="http://hl7.org/fhir"/>',
}


@pytest.mark.parametrize("payload", ATTACKS.values(), ids=ATTACKS.keys())
def test_every_dtd_is_refused_by_the_fhir_reader(payload: bytes) -> None:
    with pytest.raises(ReadError, match="XML with a DTD is refused") as caught:
        xml_to_json(payload, source="attack.xml")
    assert caught.value.source == "attack.xml"
    assert SECRET_MARKER not in str(caught.value)


def test_xxe_refusal_never_shows_the_file() -> None:
    assert SECRET_MARKER in PASSWD.read_text()  # the payload would have something to steal
    with pytest.raises(ReadError) as caught:
        parse_xml(XXE_FILE, source="xxe.xml")
    assert SECRET_MARKER not in caught.value.located()


def test_a_utf16_document_cannot_hide_its_dtd_from_the_scan() -> None:
    payload = XXE_FILE.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    with pytest.raises(ReadError, match="UTF-8"):
        parse_xml(payload)
    declared_only = XXE_FILE.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"')
    with pytest.raises(ReadError, match="UTF-8"):
        parse_xml(declared_only)


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:9/x.xsl"?><Bundle xmlns="http://hl7.org/fhir"/>',
        b'<Bundle xmlns="http://hl7.org/fhir"><?php echo 1; ?></Bundle>',
    ],
    ids=["stylesheet", "inside"],
)
def test_processing_instructions_are_refused(payload: bytes) -> None:
    with pytest.raises(ReadError, match="processing instructions are refused"):
        parse_xml(payload)


def test_comments_are_dropped_not_refused() -> None:
    root = parse_xml(
        b'<?xml version="1.0" encoding="UTF-8"?><!-- a --><Bundle xmlns="http://hl7.org/fhir"><!-- b --></Bundle>'
    )
    assert len(root) == 0


def test_undeclared_entity_is_a_located_well_formedness_error() -> None:
    with pytest.raises(ReadError, match="not well-formed XML") as caught:
        parse_xml(b'<Bundle xmlns="http://hl7.org/fhir"><id value="&e;"/></Bundle>')
    assert caught.value.path is not None and caught.value.path.startswith("line 1, column")
    assert "e;" not in caught.value.message  # libxml2's text names the entity; medassess's never does


# Second layer: the parser settings alone, with the DTD scan bypassed. libxml2 either refuses the document
# outright or leaves the entity unexpanded; in neither case does the secret or the expansion come through.


def _parsed_or_refused(payload: bytes) -> str:
    try:
        return str(etree.tostring(etree.fromstring(payload, _parser()), encoding="unicode"))
    except etree.XMLSyntaxError:
        return ""


def test_parser_alone_does_not_substitute_external_entities() -> None:
    in_text = XXE_FILE.replace(b'<id value="&e;"/>', b"<id>&e;</id>")
    for payload in (XXE_FILE, in_text, PARAMETER_ENTITY):
        assert SECRET_MARKER not in _parsed_or_refused(payload)


def test_parser_alone_does_not_expand_billion_laughs() -> None:
    in_text = BILLION_LAUGHS.replace(b'<id value="&lol9;"/>', b"<id>&lol9;</id>")
    for payload in (BILLION_LAUGHS, in_text):
        assert len(_parsed_or_refused(payload)) < 2000


def test_parser_alone_makes_no_network_request() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(0.5)
        port = server.getsockname()[1]
        payload = f"""<?xml version="1.0"?>
<!DOCTYPE Bundle SYSTEM "http://127.0.0.1:{port}/evil.dtd" [<!ENTITY e SYSTEM "http://127.0.0.1:{port}/e">]>
<Bundle xmlns="http://hl7.org/fhir"><id>&e;</id></Bundle>""".encode()
        _parsed_or_refused(payload)
        _parsed_or_refused(external_dtd(f"http://127.0.0.1:{port}/evil.dtd"))
        with pytest.raises(TimeoutError):
            server.accept()


def test_cli_read_refuses_an_xxe_file_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from medassess.cli import main

    attack = tmp_path / "attack.xml"
    attack.write_bytes(XXE_FILE)
    assert main(["read", str(attack)]) == 2
    captured = capsys.readouterr()
    assert "XML with a DTD is refused" in captured.err
    assert SECRET_MARKER not in captured.out + captured.err
