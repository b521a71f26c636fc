"""FHIR R4 XML: the assessment document as XML, and a generic, exact converter between FHIR JSON and XML.

The converter follows the FHIR XML rules (http://hl7.org/fhir/R4/xml.html): everything in the
``http://hl7.org/fhir`` namespace; primitives as elements with a ``value`` attribute, their id as an ``id``
attribute and their extensions as child elements; the id of an element (not of a resource) and the url of an
extension as attributes; arrays as repeated elements; a resource inside another (``Bundle.entry.resource``,
``contained``) wrapped in an element named by its type; ``Narrative.div`` as XHTML in its own namespace.

XML, unlike JSON, is ordered: children must follow the definition order. That order, and each element's type
and cardinality, come from the FHIR definitions as the ``fhir.resources`` R4B models carry them (R4B changed only
resources medassess does not write), so the converter knows every resource, not only medassess's own.

Round trips are exact: ``xml_to_json(json_to_xml(r)) == r`` for any resource whose narratives are in
canonical form (text escapes only ``&``, ``<`` and ``>``; empty elements other than HTML's void ones are
written ``<td></td>``), as the UK Core examples are; and the XML bytes are deterministic (indented, UTF-8,
definition order). A decimal keeps its JSON value, written in its shortest exact form.

XML 1.0 cannot carry most C0 control characters and FHIR strings may not hold them either, so a resource
with one is refused with a MappingError. The assessment document never has one: the record model refuses such
text when a record is read, and medassess.formats.fhir.writer writes other text a FHIR string cannot hold
readably, with the exact value in a base64 extension.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Literal

import orjson
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from ...core.exceptions import MappingError, ReadError
from ...core.limits import HIGHEST, SNIFF_BYTES, Limits
from ...core.safe_xml import parse_xml
from ...gate.engine import Shareable
from ...gate.settings import GateSettings
from ...record.model import Record
from .reader import record_from_bundle
from .writer import to_fhir_json

FHIR_NS = "http://hl7.org/fhir"
XHTML_NS = "http://www.w3.org/1999/xhtml"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

Kind = Literal["primitive", "complex", "resource", "xhtml"]
_INTEGERS = frozenset({"integer", "positiveInt", "unsignedInt"})
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_HTML_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


@dataclass(frozen=True, slots=True)
class _Element:
    """One element of a FHIR type: its JSON/XML name, kind, cardinality and type."""

    name: str
    kind: Kind
    many: bool
    type: str
    """The primitive type name (``boolean``, ``decimal``...) or the model class path of a complex type."""


@dataclass(frozen=True, slots=True)
class _Definition:
    """A FHIR type's elements in definition order, and which of them XML writes as attributes."""

    elements: dict[str, _Element]
    attributes: frozenset[str]
    position: dict[str, int]


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The element type inside Optional[...] / List[...], and whether it repeats."""
    many = False
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        elif origin is list:
            many = True
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, many


def _classify(annotation: Any) -> tuple[Kind, str]:
    from fhir_core.types import FHIR_PRIMITIVES_MAPS, FhirBase  # type: ignore[attr-defined]  # not in its __all__

    if typing.get_origin(annotation) is typing.Annotated:
        # The map knows whole annotated types (uuid) and the metadata markers of the others.
        keys = [annotation, *(type(m) for m in typing.get_args(annotation)[1:])]
        primitive = next(FHIR_PRIMITIVES_MAPS[k] for k in keys if k in FHIR_PRIMITIVES_MAPS)
        return ("xhtml" if primitive == "xhtml" else "primitive"), primitive
    if annotation is bool:
        return "primitive", "boolean"
    if isinstance(annotation, type) and issubclass(annotation, FhirBase):
        path: str = annotation._model_klass
        if path.endswith(".resource.Resource"):
            return "resource", path
        return "complex", path
    raise TypeError(f"unexpected FHIR model annotation {annotation!r}")


def _model(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(import_module(module), name)


@functools.cache
def _definition(path: str) -> _Definition:
    model = _model(path)
    by_alias = {(f.alias or n): f for n, f in model.model_fields.items() if not n.endswith("__ext")}
    elements: dict[str, _Element] = {}
    for name in model.elements_sequence():
        annotation, many = _unwrap(by_alias[name].annotation)
        kind, type_ = _classify(annotation)
        elements[name] = _Element(name, kind, many, type_)
    attributes = set() if model.has_resource_base() else {"id"}
    if model.__name__ == "Extension":
        attributes.add("url")
    return _Definition(elements, frozenset(attributes), {name: i for i, name in enumerate(elements)})


@functools.cache
def _resource_path(resource_type: str) -> str | None:
    from fhir.resources.R4B import get_fhir_model_class

    try:
        model = get_fhir_model_class(resource_type)
    except (ValueError, KeyError, ImportError, AttributeError):
        return None
    abstract = resource_type in ("Resource", "DomainResource")
    if abstract or not model.has_resource_base() or model.__name__ != resource_type:
        return None
    return f"{model.__module__}.{model.__name__}"


_ELEMENT = "fhir.resources.R4B.element.Element"
"""The shape of a primitive's id and extensions (JSON ``_name``)."""


# ---------------------------------------------------------------------------------------------------- JSON -> XML


def _q(name: str) -> str:
    return f"{{{FHIR_NS}}}{name}"


def _lexical(value: object, element: _Element, where: str) -> str:
    """A JSON primitive value as the text of an XML value attribute."""
    if element.type == "boolean":
        if isinstance(value, bool):
            return "true" if value else "false"
    elif element.type in _INTEGERS:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    elif element.type == "decimal":
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float) and _DECIMAL.fullmatch(repr(value)):
            return repr(value)
    elif isinstance(value, str):
        return value
    raise MappingError(f"is not a valid FHIR {element.type}", path=where)


def _set(node: etree._Element, attribute: str, value: str, where: str) -> None:
    try:
        node.set(attribute, value)
    except ValueError:
        raise MappingError(
            "holds a character XML cannot carry (a control character other than tab, line feed or carriage return)",
            path=where,
        ) from None


def _write_object(node: etree._Element, data: dict[str, Any], path: str, where: str, *, skip: str = "") -> None:
    definition = _definition(path)
    names = set()
    for key in data:
        if key == skip:
            continue
        name = key.removeprefix("_")
        if name not in definition.elements:
            raise MappingError(f"is not an element of {path.rpartition('.')[2]}", path=f"{where}.{key}")
        names.add(name)
    for name in sorted(names, key=definition.position.__getitem__):
        element = definition.elements[name]
        value, extra = data.get(name), data.get("_" + name)
        if value is None and extra is None:
            continue
        at = f"{where}.{name}"
        if name in definition.attributes:
            if extra is not None:
                raise MappingError("cannot have extensions: XML writes it as an attribute", path=f"{where}._{name}")
            _set(node, name, _lexical(value, element, at), at)
        elif element.many:
            values, extras = _as_list(value, at), _as_list(extra, f"{where}._{name}")
            for i in range(max(len(values), len(extras))):
                item = values[i] if i < len(values) else None
                item_extra = extras[i] if i < len(extras) else None
                _write_element(node, element, item, item_extra, f"{at}[{i}]")
        else:
            _write_element(node, element, value, extra, at)


def _as_list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MappingError("should be an array", path=where)
    return value


def _write_element(parent: etree._Element, element: _Element, value: Any, extra: Any, where: str) -> None:
    if element.kind == "xhtml":
        parent.append(_xhtml(value, where))
        return
    child = etree.SubElement(parent, _q(element.name))
    if element.kind == "primitive":
        if extra is not None:
            _write_object(child, _object(extra, where), _ELEMENT, where)
        if value is not None:
            _set(child, "value", _lexical(value, element, where), where)
        return
    data = _object(value, where)
    if element.kind == "complex":
        _write_object(child, data, element.type, where)
    else:
        _write_resource(child, data, where)


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MappingError("should be an object", path=where)
    return value


def _write_resource(parent: etree._Element | None, data: dict[str, Any], where: str) -> etree._Element:
    resource_type = data.get("resourceType")
    path = _resource_path(resource_type) if isinstance(resource_type, str) else None
    if path is None or not isinstance(resource_type, str):
        raise MappingError("is not a FHIR R4 resource (missing or unknown resourceType)", path=where)
    if parent is None:
        node = etree.Element(_q(resource_type), nsmap={None: FHIR_NS})
    else:
        node = etree.SubElement(parent, _q(resource_type))
    _write_object(
        node,
        data,
        path,
        f"{where}.ofType({resource_type})" if parent is not None else resource_type,
        skip="resourceType",
    )
    return node


def _xhtml(value: object, where: str) -> etree._Element:
    if not isinstance(value, str):
        raise MappingError("should be XHTML text", path=where)
    try:
        # Writing, not reading: a narrative already in memory is held only to the ceilings, so a site's
        # limits on what it reads never stop it writing a record the share gate passed.
        div = parse_xml(value.encode(), source=where, limits=HIGHEST)
    except ReadError as exc:
        raise MappingError(f"is not well-formed XHTML: {exc.message}", path=where) from None
    if div.tag != f"{{{XHTML_NS}}}div":
        raise MappingError("should be an XHTML div element in the http://www.w3.org/1999/xhtml namespace", path=where)
    return div


def _indent(node: etree._Element, depth: int = 0) -> None:
    """Indent the FHIR elements, leaving XHTML untouched: whitespace inside a narrative is content."""
    children = list(node)
    if not children:
        return
    node.text = "\n" + "  " * (depth + 1)
    for child in children:
        child.tail = "\n" + "  " * (depth + 1)
        if child.tag != f"{{{XHTML_NS}}}div":
            _indent(child, depth + 1)
    # The div is always last in its Narrative; no whitespace after it, because some readers (fhir.resources
    # among them) take the text after a div as part of it.
    children[-1].tail = "" if children[-1].tag == f"{{{XHTML_NS}}}div" else "\n" + "  " * depth


def json_to_xml(resource: dict[str, Any]) -> bytes:
    """A FHIR R4 resource (parsed JSON) as FHIR XML bytes: UTF-8, indented, deterministic."""
    try:
        root = _write_resource(None, _object(resource, "$"), "$")
    except RecursionError:
        raise MappingError("is nested too deeply to be a FHIR resource", path="$") from None
    _indent(root)
    body: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return _DECLARATION + body + b"\n"


# ---------------------------------------------------------------------------------------------------- XML -> JSON


def _where(path: str, node: etree._Element) -> str:
    return f"{path} (line {node.sourceline})" if path else f"line {node.sourceline}"


def _children(node: etree._Element, path: str, source: str) -> Iterator[etree._Element]:
    if node.text and node.text.strip():
        raise ReadError(
            "has text content; FHIR XML holds values in value attributes", source=source, path=_where(path, node)
        )
    for child in node:
        if child.tail and child.tail.strip():
            raise ReadError(
                "has text content; FHIR XML holds values in value attributes", source=source, path=_where(path, node)
            )
        yield child


def _local(child: etree._Element, path: str, source: str, *, allow_xhtml: bool) -> str:
    tag: str = child.tag
    namespace, _, name = tag.rpartition("}")
    if namespace == "{" + FHIR_NS or (allow_xhtml and namespace == "{" + XHTML_NS and name == "div"):
        return name
    # Neither the name nor the namespace is echoed: both come from the document (the line says which element).
    raise ReadError("has an element that is not in the FHIR namespace", source=source, path=_where(path, child))


def _value(text: str, element: _Element, where: str, source: str) -> object:
    kind = element.type
    if kind == "boolean":
        if text in ("true", "false"):
            return text == "true"
    elif kind in _INTEGERS:
        if _INTEGER.fullmatch(text):
            return int(text)
    elif kind == "decimal":
        if _DECIMAL.fullmatch(text):
            # Read as JSON reads a number, so an integer lexical form stays an integer.
            with contextlib.suppress(orjson.JSONDecodeError):  # out of a double's range
                return orjson.loads(text)
    else:
        return text
    raise ReadError(f"is not a valid FHIR {kind}", source=source, path=where)


def _read_object(
    node: etree._Element, path: str, where: str, source: str, *, resource_type: str = "", value_attribute: bool = False
) -> dict[str, Any]:
    definition = _definition(path)
    out: dict[str, Any] = {"resourceType": resource_type} if resource_type else {}
    attributes = _read_attributes(node, definition, where, source, value_attribute=value_attribute)
    collected = _read_children(node, definition, path, where, source)
    for name in sorted([*attributes, *collected], key=definition.position.__getitem__):
        if name in attributes:
            out[name] = attributes[name]
        else:
            _put_element(out, name, definition.elements[name], collected[name])
    return out


def _read_attributes(
    node: etree._Element, definition: _Definition, where: str, source: str, *, value_attribute: bool
) -> dict[str, Any]:
    """The values of an element's attributes (an id, a url), each one its definition allows as an attribute."""
    attributes: dict[str, Any] = {}
    for number, (attribute, text) in enumerate(node.attrib.items(), 1):
        if value_attribute and attribute == "value":
            continue
        if attribute not in definition.attributes:
            # Named by position: an attribute's name comes from the document and could be anything.
            raise ReadError(
                f"has an unexpected attribute (its attribute {number})", source=source, path=_where(where, node)
            )
        attributes[attribute] = _value(
            text, definition.elements[attribute], _where(f"{where}@{attribute}", node), source
        )
    return attributes


def _read_children(
    node: etree._Element, definition: _Definition, path: str, where: str, source: str
) -> dict[str, list[tuple[Any, Any]]]:
    """An element's child elements by name, each read as its definition says, in the definition's order and
    repeated only where the definition allows."""
    collected: dict[str, list[tuple[Any, Any]]] = {}
    last = -1
    for number, child in enumerate(_children(node, where, source), 1):
        name = _local(child, where, source, allow_xhtml=True)
        element = definition.elements.get(name)
        if (
            element is None
            or name in definition.attributes
            or (element.kind == "xhtml") != (child.tag == f"{{{XHTML_NS}}}div")
        ):
            # Named by position, not by its name: an unknown name comes from the document and could be anything.
            raise ReadError(
                f"has a child element that is not an element of {path.rpartition('.')[2]} (its child {number})",
                source=source,
                path=_where(where, child),
            )
        at = f"{where}.{name}"
        position = definition.position[name]
        if position < last:
            raise ReadError(
                "is out of order (FHIR XML follows the definition order)", source=source, path=_where(at, child)
            )
        items = collected.setdefault(name, [])
        if items and not element.many:
            raise ReadError("appears more than once but is not repeating", source=source, path=_where(at, child))
        last = position
        items.append(_read_element(child, element, f"{at}[{len(items)}]" if element.many else at, source))
    return collected


def _put_element(out: dict[str, Any], name: str, element: _Element, read: list[tuple[Any, Any]]) -> None:
    """Put an element's values, and their ``_name`` companions, into its JSON object: a list for a repeating
    element, a single value otherwise; each only where there is something to put."""
    values = [v for v, _ in read]
    extras = [e for _, e in read]
    if element.many:
        if any(v is not None for v in values):
            out[name] = values
        if any(e is not None for e in extras):
            out["_" + name] = extras
    else:
        if values[0] is not None:
            out[name] = values[0]
        if extras[0] is not None:
            out["_" + name] = extras[0]


def _read_element(child: etree._Element, element: _Element, where: str, source: str) -> tuple[Any, Any]:
    """An element's JSON value and, for a primitive, its ``_name`` companion (id and extensions)."""
    if element.kind == "xhtml":
        return _xhtml_text(child), None
    if element.kind == "complex":
        return _read_object(child, element.type, where, source), None
    if element.kind == "resource":
        inner = list(_children(child, where, source))
        if len(inner) != 1:
            raise ReadError("should hold exactly one resource", source=source, path=_where(where, child))
        return _read_resource(inner[0], where, source), None
    text = child.get("value")
    bare = text is not None and len(child) == 0 and len(child.attrib) == 1 and not (child.text and child.text.strip())
    # Most primitives are a bare value attribute: no id or extensions to look for.
    extra = None if bare else _read_object(child, _ELEMENT, where, source, value_attribute=True) or None
    if text is None and extra is None:
        raise ReadError(
            "is empty: a FHIR element has a value, children or extensions", source=source, path=_where(where, child)
        )
    value = None if text is None else _value(text, element, _where(where, child), source)
    return value, extra


def _xhtml_text(div: etree._Element) -> str:
    """A narrative div as text, in the form that is both XML and HTML: ``<td></td>``, not ``<td/>``.

    Only HTML's void elements (``<br/>``...) are self-closed, so the narrative can be dropped into an HTML
    page as it is; this is also how medassess's narratives and the UK Core examples are written.
    """
    for node in div.iter():
        empty = isinstance(node.tag, str) and node.text is None and len(node) == 0
        if empty and node.tag.rpartition("}")[2] not in _HTML_VOID:
            node.text = ""
    text: str = etree.tostring(div, encoding="unicode", with_tail=False)
    return text


def _read_resource(node: etree._Element, where: str, source: str) -> dict[str, Any]:
    name = _local(node, where, source, allow_xhtml=False)
    path = _resource_path(name)
    if path is None:
        raise ReadError("holds an element that is not a FHIR R4 resource", source=source, path=_where(where, node))
    if node.attrib:
        raise ReadError("a resource element has no attributes", source=source, path=_where(where, node))
    return _read_object(node, path, f"{where}.ofType({name})" if where else name, source, resource_type=name)


def xml_to_json(content: bytes, *, source: str = "<payload>", limits: Limits | None = None) -> dict[str, Any]:
    """FHIR XML bytes as the resource's FHIR JSON (a dict with keys in definition order), read within
    ``limits`` (default: ``Limits.from_environment()``; their depth ceiling keeps the reader's own recursion
    inside Python's limit)."""
    root = parse_xml(content, source=source, limits=limits, entries=(_q("Bundle"), _q("entry")))
    return _read_resource(root, "", source)


# ------------------------------------------------------------------------------------------ the fhir-xml format

_BUNDLE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*+:)?Bundle[\s/>]")
_FHIR_NAMESPACE = re.compile(rb"\sxmlns(?::[A-Za-z_][\w.-]*+)?\s*+=\s*+[\"']http://hl7\.org/fhir[\"']")


def to_fhir_xml(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
) -> bytes:
    """The record as a FHIR R4 XML document Bundle, from a record that has passed the share gate (exactly as
    :func:`to_fhir_json`, whose ``subject``, ``preliminary``, ``today``, ``settings`` and ``recipient`` it takes).

    The XML is the same Bundle as the JSON, element for element: a receiver may take either.
    """
    json = to_fhir_json(subject, preliminary=preliminary, today=today, settings=settings, recipient=recipient)
    return json_to_xml(orjson.loads(json))


def read_fhir_xml(content: bytes, *, source: str = "<payload>", limits: Limits | None = None) -> Record:
    """A record from FHIR XML bytes (a medassess document Bundle), read within ``limits`` (default:
    ``Limits.from_environment()``)."""
    bundle = xml_to_json(content, source=source, limits=limits)
    if bundle["resourceType"] != "Bundle":
        raise ReadError("a medassess assessment document is a FHIR Bundle", source=source, path=bundle["resourceType"])
    return record_from_bundle(bundle, source=source)


def sniff(content: bytes) -> bool:
    """True for XML whose root element, in the first ``SNIFF_BYTES``, claims to be a FHIR Bundle.

    A cheap look, not a parse: a hostile document that claims to be a Bundle is still taken as FHIR XML, so
    that reading it says why it is refused (a DTD, say) rather than that its format is unknown.
    """
    head = content[:SNIFF_BYTES]
    tag = _root_start_tag(head)
    return tag is not None and _BUNDLE_TAG.match(tag) is not None and _FHIR_NAMESPACE.search(tag) is not None


def _root_start_tag(head: bytes) -> bytes | None:
    """The root element's start tag as far as ``head`` holds it, after the declaration, comments and a
    document type. Each step moves forward, so the look is linear in the head however it is made."""
    at = len(head) - len(head.lstrip(b"\xef\xbb\xbf \t\r\n"))
    while at >= 0 and head.startswith(b"<", at):
        if not head.startswith((b"<?", b"<!"), at):
            end = head.find(b">", at)
            return head[at : end + 1 if end >= 0 else len(head)]
        closing = b"?>" if head.startswith(b"<?", at) else b"-->" if head.startswith(b"<!--", at) else b">"
        end = head.find(closing, at + 2)
        if end < 0:
            return None
        # Whitespace follows, or the next declaration of a document type's internal subset.
        at = head.find(b"<", end + len(closing))
    return None
