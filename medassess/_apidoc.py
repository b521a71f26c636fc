"""docs/api.md from the public API's docstrings: ``python -m medassess._apidoc`` writes it, and
tests/test_public_api.py fails when it has drifted from the code (or when ``__all__`` changes unpinned)."""

from __future__ import annotations

import inspect
import re
import sys
import typing
from pathlib import Path

import medassess

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _kind(obj: object) -> str:
    if typing.get_origin(obj) is typing.Literal:
        return "alias"
    if inspect.isclass(obj):
        return "exception" if issubclass(obj, BaseException) else "class"
    if callable(obj):
        return "function"
    return "constant"


def _summary(obj: object) -> str:
    if typing.get_origin(obj) is typing.Literal:
        return "one of " + ", ".join(f"`{value!r}`" for value in typing.get_args(obj))
    doc = inspect.getdoc(obj) if inspect.isclass(obj) or callable(obj) else None
    return (doc or "").split("\n\n")[0].replace("\n", " ").strip()


def _signature(name: str, obj: object) -> str:
    if not callable(obj) or inspect.isclass(obj) or typing.get_origin(obj) is typing.Literal:
        return name
    try:
        return _ADDRESS.sub("", f"{name}{inspect.signature(obj)}")
    except (TypeError, ValueError):
        return name


def render() -> str:
    """The text of docs/api.md."""
    lines = [
        "# medassess public API",
        "",
        "Generated from the docstrings by `python -m medassess._apidoc`; `tests/test_public_api.py` fails when it",
        "drifts. Everything here is importable from `medassess`; anything else is private and may change.",
        "",
    ]
    groups: dict[str, list[str]] = {"function": [], "class": [], "alias": [], "exception": [], "constant": []}
    for name in sorted(medassess.__all__):
        obj = getattr(medassess, name)
        entry = f"- `{_signature(name, obj)}`"
        summary = _summary(obj)
        groups[_kind(obj)].append(f"{entry}: {summary}" if summary else entry)
    titles = {
        "function": "Functions",
        "class": "Types",
        "alias": "Value sets (the strings a field takes, named for annotations)",
        "exception": "Errors",
        "constant": "Constants",
    }
    for kind, entries in groups.items():
        if entries:
            lines += [f"## {titles[kind]}", "", *entries, ""]
    return "\n".join(lines)


def main() -> int:
    path = Path(__file__).resolve().parent.parent / "docs" / "api.md"
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path} ({len(medassess.__all__)} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
