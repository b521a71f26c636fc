"""Templates: versioned, declarative form definitions in the style of an Arden template.

A template file (TOML, under ``templates/``) is data; this module is the engine that loads it, checks it is
internally consistent (every code system declared, every path bound to a real record field, every condition
one the engine knows, item ids unique) and answers questions about it: which items a record must answer,
what value a record holds for an item, which coded entries it files.

TOML rather than YAML: it reads with the standard library, and it has no implicit type coercion, so a
prompt of ``no`` stays a string.
"""

from __future__ import annotations

import functools
import tomllib
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..core.exceptions import TemplateError
from ..core.limits import Limits, read_file
from ..core.resources import data_path
from ..core.toml_errors import load_toml
from .model import Assessment, Record
from .value_types import VALUE_TYPES, ValueKind, ValueType

Predicate = Literal[
    "antenatal",
    "postnatal",
    "needs-assessment",
    "any-assessment-needed",
    "social-care-involved",
    "placement",
    "partner-medicines",
    "discharged-to-other",
]
Scope = Literal["record", "assessment"]
_SCOPE_MODELS: dict[str, type[BaseModel]] = {"record": Record, "assessment": Assessment}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TemplateCode(_Strict):
    """A code as written in a template: ``system`` names an entry of the template's ``[systems]`` table."""

    system: str
    code: str
    display: str


class Option(_Strict):
    """One entry of a pick list; an option without a code files nothing."""

    value: str
    code: TemplateCode | None = None


class Item(_Strict):
    """One question of the template."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    prompt: str = Field(min_length=1)
    consultation_section: Literal[
        "Problem", "Assessment", "Examination", "Family history", "Procedure", "Result", "Social",
        "Additional", "Test request", "Comment",
    ]
    code: TemplateCode | None = None
    value_type: ValueType
    path: str = Field(min_length=1)
    mandatory: bool = False
    required_when: Predicate | None = None
    options: list[Option] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Item:
        if self.mandatory and self.required_when:
            raise ValueError("an item is either mandatory or required_when a condition, not both")
        if self.kind.options != bool(self.options):
            raise ValueError("options belong to choice items, and every choice item needs options")
        return self

    @property
    def kind(self) -> ValueKind:
        """What the item's value type means (``medassess.record.value_types``)."""
        return VALUE_TYPES[self.value_type]

    def answer(self, root: BaseModel) -> Any:
        """The item's answer under ``root`` (a record or an assessment), or None when it is unanswered or its
        path holds something other than its value type."""
        return self.kind.typed(value_at(root, self.path))

    def chosen(self, value: object) -> Option | None:
        """The option a pick-list answer chose, if it is one of the item's options."""
        return next((o for o in self.options if o.value == value), None)


class Section(_Strict):
    """A page of the template."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    scope: Scope = "record"
    items: list[Item] = Field(min_length=1)


class Template(_Strict):
    """A loaded, checked template."""

    id: str
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    title: str
    description: str
    changes: str
    systems: dict[str, str]
    sections: list[Section] = Field(min_length=1)

    def items(self, scope: Scope | None = None) -> Iterator[tuple[Section, Item]]:
        """Every item with its section, optionally only those of one scope."""
        for section in self.sections:
            if scope is None or section.scope == scope:
                for item in section.items:
                    yield section, item

    def item(self, item_id: str) -> Item:
        """The item with this id."""
        for _, item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def system_uri(self, code: TemplateCode) -> str:
        """The code system URI behind a template code's short system name."""
        return self.systems[code.system]

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)


def value_at(root: BaseModel, path: str) -> Any:
    """The value an item's dotted ``path`` is bound to under ``root`` (a record or an assessment), or None
    where any step is unanswered. Every reader of template items (coded entries, the share gate, HL7 v2)
    resolves items this one way."""
    value: Any = root
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def _check_path(model: type[BaseModel], path: str) -> str | None:
    """Why ``path`` (dotted field names) does not name a field of ``model``, or None when it does."""
    current: Any = model
    for part in path.split("."):
        fields = getattr(current, "model_fields", None)
        if fields is None or part not in fields:
            return f"{part!r} is not a field here"
        current = _model_of(fields[part].annotation)
    return None


def _annotation_at(model: type[BaseModel], path: str) -> Any:
    """The annotation of the field a checked dotted ``path`` names under ``model``."""
    annotation: Any = None
    current: Any = model
    for part in path.split("."):
        annotation = current.model_fields[part].annotation
        current = _model_of(annotation)
    return annotation


def _model_of(annotation: Any) -> Any:
    """The pydantic model inside an annotation such as ``Foo | None``, else the annotation itself."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return annotation


def _check_consistency(template: Template, source: str) -> None:
    seen: set[str] = set()
    for s_index, section in enumerate(template.sections):
        for i_index, item in enumerate(section.items):
            where = f"$.sections[{s_index}].items[{i_index}] (item {item.id!r})"
            if item.id in seen:
                raise TemplateError(f"item id {item.id!r} is used twice", source=source, path=where)
            seen.add(item.id)
            codes = [item.code, *(o.code for o in item.options)]
            for code in codes:
                if code is not None and code.system not in template.systems:
                    raise TemplateError(
                        f"code system {code.system!r} is not declared in [systems]", source=source, path=where
                    )
            problem = _check_path(_SCOPE_MODELS[section.scope], item.path)
            if problem:
                raise TemplateError(
                    f"path {item.path!r} does not bind to the {section.scope} model: {problem}",
                    source=source,
                    path=where,
                )
            if not item.kind.binds(_annotation_at(_SCOPE_MODELS[section.scope], item.path)):
                raise TemplateError(
                    f"path {item.path!r} does not hold a {item.value_type} answer "
                    f"({'a list of ' if item.kind.many else 'a '}{item.kind.holds.__name__})",
                    source=source,
                    path=where,
                )
            if item.required_when == "needs-assessment" and section.scope != "assessment":
                raise TemplateError(
                    "required_when = 'needs-assessment' applies only in a section with scope = 'assessment'",
                    source=source,
                    path=where,
                )


def parse_template(text: str, *, source: str = "<template>") -> Template:
    """Parse and check a template from TOML text; a problem raises TemplateError naming the item."""
    raw = load_toml(text, source=source, error=TemplateError, what="a template")
    try:
        template = Template.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = _json_path(error["loc"])
        item = _item_named(raw, error["loc"])
        raise TemplateError(f"{error['msg']}{item}", source=source, path=path) from None
    _check_consistency(template, source)
    return template


def load_template(path: str | Path) -> Template:
    """Load and check a template file."""
    path = Path(path)
    limits = Limits.from_environment()
    try:
        text = read_file(path, limits.config_bytes, name="config_bytes", error=TemplateError).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read the template: {exc.__class__.__name__}", source=str(path)) from None
    return parse_template(text, source=str(path))


def _json_path(loc: tuple[int | str, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)


def _item_named(raw: Any, loc: tuple[int | str, ...]) -> str:
    """' (item "x")' when the error is inside an item that has an id, so the author finds it by name."""
    node = raw
    item_id = None
    try:
        for part in loc:
            node = node[part]
            if isinstance(node, dict) and "prompt" in node and isinstance(node.get("id"), str):
                item_id = node["id"]
    except (KeyError, IndexError, TypeError):
        pass
    return f" (item {item_id!r})" if item_id else ""


@functools.cache
def _shipped() -> dict[tuple[str, str], Path]:
    found: dict[tuple[str, str], Path] = {}
    for path in sorted(data_path("templates").glob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        found[(str(raw.get("id")), str(raw.get("version")))] = path
    return found


def template_versions(template_id: str = "perinatal-medication-assessment") -> list[str]:
    """The versions of a shipped template, oldest first."""
    versions = [v for (tid, v) in _shipped() if tid == template_id]
    return sorted(versions, key=lambda v: tuple(int(p) for p in v.split(".")))


@functools.cache
def get_template(template_id: str = "perinatal-medication-assessment", version: str | None = None) -> Template:
    """A shipped template by id and version (the newest when no version is given).

    Records keep the version they were captured with; every shipped version stays loadable so older
    records remain readable and are checked against the questions they were asked.
    """
    versions = template_versions(template_id)
    if not versions:
        # The id comes from a record, and an unknown one is never echoed: it could be anything, a name included.
        installed = ", ".join(sorted({tid for tid, _ in _shipped()}))
        raise TemplateError(f"the template id is not one installed (installed: {installed})")
    wanted = version or versions[-1]
    if (template_id, wanted) not in _shipped():
        # The version asked for comes from a record and is never echoed: digits of any length fit a version's
        # form, so an NHS number could hide in one. The installed versions say what was expected.
        raise TemplateError(
            f"template {template_id!r} has no such version; installed versions: {', '.join(versions)}"
        )
    return _shipped_template(template_id, wanted)


@functools.cache
def _shipped_template(template_id: str, version: str) -> Template:
    """A shipped template, read and checked once per process (the files found are fixed once, by
    :func:`_shipped`): the share gate asks for the record's template for every record. Templates are frozen."""
    path = _shipped()[(template_id, version)]
    # A shipped template is medassess's own data, not input: MEDASSESS_MAX_CONFIG_BYTES is for files a site names.
    return parse_template(path.read_text(encoding="utf-8"), source=str(path))
