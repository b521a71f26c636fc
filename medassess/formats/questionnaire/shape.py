"""The template laid out as questionnaire items: what each asks, its FHIR item type, and where its answer goes.

One tree, built once per template from the template and the record model, serves the Questionnaire writer,
the QuestionnaireResponse writer and its reader, so the three cannot disagree about an item:

- a section is a group, ``section.<section id>``; the assessment section repeats, once per assessment;
- a template item is an item whose linkId is the item's id, coded with the item's code; a pick list's options
  are its ``answerOption`` codings (the option's code, or the option's value where it files no code);
- an answer that is a structure (a gestation, a clinician, the medicines, the recipients) is a group, and its
  parts are items named ``<item id>.<field>`` (``medicines.dose``), their text the record model's description
  of the field; a list is a repeating group; a choice of route kinds asks the kind, then only that kind's fields;
- every template item is shown whatever the other answers: a template's conditions (``required_when``: before
  or after birth, a medicine needing an assessment, social care being involved, a partner's medicines, a baby
  discharged to "other") say when an answer is needed, not when the question may be asked (an antenatal
  record plans the baby's discharge), so they are the share gate's to judge, not the form's. Only what has no
  meaning otherwise is enabled by an answer (``enableWhen``): a route's fields by its kind, the reason for an
  amendment by the record's status being ``amended``;
- what the record keeps that the template does not ask (an assessment's id and the medicines it covers, the
  reason for an amendment, the day the lawful basis was recorded) is asked too, so a form opened pre-filled
  and saved loses nothing.

The patient, the record's id and version and when it was last changed travel in the QuestionnaireResponse
itself (``response``), not in items.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ...record.model import Assessment, Record
from ...record.template import Item, Scope, Template, TemplateCode

SECTION_PREFIX = "section."
CANONICAL_BASE = "https://medassess.uk/fhir/Questionnaire/"
"""A template's Questionnaire is ``<CANONICAL_BASE><template id>``, one canonical url across its versions."""

ANSWER_KEYS: Mapping[str, str] = {
    "boolean": "valueBoolean",
    "date": "valueDate",
    "dateTime": "valueDateTime",
    "integer": "valueInteger",
    "string": "valueString",
    "text": "valueString",
    "choice": "valueCoding",
}
"""The answer element each FHIR item type is answered with."""

FREE_TEXT_LENGTH = 100_000
"""A clinician's free text (the record's ``FreeText``), asked as a multi-line ``text`` item."""

_SCOPE_MODELS: Mapping[Scope, type[BaseModel]] = {"record": Record, "assessment": Assessment}
_EXTRAS = (
    ("amendment_reason", "record.amendment-reason"),
    ("lawful_basis.recorded_on", "record.lawful-basis-recorded-on"),
)
"""Record fields the template does not ask, asked in a last section so a pre-filled form keeps them."""


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer option: the value the record keeps and the coding the form offers for it."""

    value: str
    coding: Mapping[str, str]

    def matches(self, coding: Mapping[str, Any]) -> bool:
        return coding.get("system") == self.coding.get("system") and coding.get("code") == self.coding["code"]


@dataclass(frozen=True, slots=True)
class Node:
    """One questionnaire item and where its answer goes: ``key`` is the path of record fields under the
    answer of the group it is in (empty for a section of the record, whose items answer the record itself)."""

    link_id: str
    text: str
    type: str
    key: tuple[str, ...]
    repeats: bool = False
    required: bool = False
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    codes: tuple[Mapping[str, str], ...] = ()
    enable_when: tuple[Mapping[str, Any], ...] = ()
    children: tuple[Node, ...] = ()

    @property
    def answer_key(self) -> str:
        return ANSWER_KEYS[self.type]

    def choice_for(self, value: object) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)

    def choice_of(self, coding: Mapping[str, Any]) -> Choice | None:
        return next((c for c in self.choices if c.matches(coding)), None)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def words(value: str) -> str:
    """A record value (``home-with-parents``) as words a form shows (``home with parents``)."""
    return value.replace("-", " ").replace("_", " ")


def template_coding(template: Template, code: TemplateCode) -> dict[str, str]:
    return {"system": template.system_uri(code), "code": code.code, "display": code.display}


def shape(template: Template) -> tuple[Node, ...]:
    """The template as questionnaire items, in the template's order, with the extra section last."""
    sections = [_section(template, section_index) for section_index in range(len(template.sections))]
    extras = [_extra(path, link_id, template) for path, link_id in _EXTRAS]
    sections.append(Node(f"{SECTION_PREFIX}record", "About this record", "group", (), children=tuple(extras)))
    nodes = tuple(sections)
    seen: set[str] = set()
    for node in (n for top in nodes for n in top.walk()):
        if node.link_id in seen:  # pragma: no cover - a template whose ids clash with the generated ones
            raise ValueError(f"linkId {node.link_id!r} would be used twice")
        seen.add(node.link_id)
    return nodes


def _section(template: Template, index: int) -> Node:
    section = template.sections[index]
    items = [_item_node(template, section.scope, item) for item in section.items]
    if section.scope == "record":
        return Node(f"{SECTION_PREFIX}{section.id}", section.title, "group", (), children=tuple(items))
    bound = {item.path.split(".")[0] for item in section.items}
    unasked = [
        _field_node(section.id, name, info) for name, info in Assessment.model_fields.items() if name not in bound
    ]
    return Node(
        f"{SECTION_PREFIX}{section.id}",
        section.title,
        "group",
        ("assessments",),
        repeats=True,
        children=(*unasked, *items),
    )


def _item_node(template: Template, scope: Scope, item: Item) -> Node:
    info = _field_at(_SCOPE_MODELS[scope], item.path)
    node = _node(item.id, item.prompt, tuple(item.path.split(".")), info.annotation, list(info.metadata), False)
    changes: dict[str, Any] = {"required": item.mandatory}
    if item.code is not None:
        changes["codes"] = (template_coding(template, item.code),)
    if item.options:
        changes["choices"] = tuple(
            Choice(
                o.value, template_coding(template, o.code) if o.code else {"code": o.value, "display": words(o.value)}
            )
            for o in item.options
        )
    return dataclasses.replace(node, **changes)


def _extra(path: str, link_id: str, template: Template) -> Node:
    info = _field_at(Record, path)
    text = (info.description or path).removesuffix(".")
    node = _node(link_id, text, tuple(path.split(".")), info.annotation, list(info.metadata), False)
    status = next((item for _, item in template.items("record") if item.path == "status"), None)
    amended = _item_node(template, "record", status).choice_for("amended") if status is not None else None
    if path == "amendment_reason" and status is not None and amended is not None:
        when = {"question": status.id, "operator": "=", "answerCoding": amended.coding}
        node = dataclasses.replace(node, enable_when=(when,))
    return node


def _field_at(model: type[BaseModel], path: str) -> FieldInfo:
    """The model field a checked template path names."""
    current: Any = model
    info: FieldInfo | None = None
    for part in path.split("."):
        info = current.model_fields[part]
        current, _ = _unwrap(info.annotation)
    assert info is not None  # a path has at least one part
    return info


def _field_node(prefix: str, name: str, info: FieldInfo) -> Node:
    text = (info.description or words(name)).removesuffix(".")
    return _node(
        f"{prefix}.{name.replace('_', '-')}", text, (name,), info.annotation, list(info.metadata), info.is_required()
    )


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """The type inside ``Annotated[...]`` and ``X | None``, with the Annotated metadata met on the way."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *more = typing.get_args(annotation)
            metadata.extend(more)
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) > 1:
                return annotation, metadata
            annotation = args[0]
        else:
            return annotation, metadata


def _max_length(metadata: list[Any]) -> int | None:
    """The ``max_length`` among a field's constraints (pydantic's, from ``Field(max_length=...)``), if any."""
    for entry in metadata:
        found = (
            _max_length(list(entry.metadata)) if isinstance(entry, FieldInfo) else getattr(entry, "max_length", None)
        )
        if found is not None:
            return int(found)
    return None


def _node(
    link_id: str,
    text: str,
    key: tuple[str, ...],
    annotation: Any,
    metadata: list[Any],
    required: bool,
    *,
    repeats: bool = False,
) -> Node:
    """The item a record field of this annotation is asked with."""
    base, more = _unwrap(annotation)
    metadata = [*metadata, *more]
    origin = typing.get_origin(base)
    if origin is list:
        return _node(link_id, text, key, typing.get_args(base)[0], [], required, repeats=True)
    if isinstance(base, type) and issubclass(base, BaseModel):
        children = tuple(_field_node(link_id, name, info) for name, info in base.model_fields.items())
        return Node(link_id, text, "group", key, repeats=repeats, required=required, children=children)
    if origin in (typing.Union, types.UnionType):
        return Node(
            link_id,
            text,
            "group",
            key,
            repeats=repeats,
            required=required,
            children=_variants(link_id, typing.get_args(base)),
        )
    if origin is Literal:
        choices = tuple(Choice(v, {"code": v, "display": words(v)}) for v in typing.get_args(base))
        return Node(link_id, text, "choice", key, repeats=repeats, required=required, choices=choices)
    return Node(
        link_id,
        text,
        _scalar(base, metadata),
        key,
        repeats=repeats,
        required=required,
        max_length=_max_length(metadata) if base is str else None,
    )


def _scalar(base: Any, metadata: list[Any]) -> str:
    if base is bool:
        return "boolean"
    if base is int:
        return "integer"
    if base is dt.datetime:
        return "dateTime"
    if base is dt.date:
        return "date"
    if base is str:
        return "text" if _max_length(metadata) == FREE_TEXT_LENGTH else "string"
    raise TypeError(f"a record field of type {base!r} has no questionnaire item type")  # pragma: no cover


def _variants(link_id: str, variants: tuple[Any, ...]) -> tuple[Node, ...]:
    """A choice of models told apart by their ``kind`` (the route kinds): the kind, then each kind's fields,
    enabled when that kind is chosen."""
    models: list[type[BaseModel]] = [v for v in variants if isinstance(v, type) and issubclass(v, BaseModel)]
    first = models[0].model_fields["kind"]
    kinds = [typing.get_args(m.model_fields["kind"].annotation)[0] for m in models]
    kind = Node(
        f"{link_id}.kind",
        (first.description or "kind").partition(":")[0],
        "choice",
        ("kind",),
        required=True,
        choices=tuple(Choice(k, {"code": k, "display": words(k)}) for k in kinds),
    )
    children = [kind]
    for model, value in zip(models, kinds, strict=True):
        chosen = kind.choice_for(value)
        assert chosen is not None
        when = ({"question": kind.link_id, "operator": "=", "answerCoding": chosen.coding},)
        children.extend(
            dataclasses.replace(_field_node(link_id, name, info), enable_when=when)
            for name, info in model.model_fields.items()
            if name != "kind"
        )
    return tuple(children)
