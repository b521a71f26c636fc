"""Where a TOML file is broken, without tomllib's own words: its message may quote a character of the file
(part of a secret, in a configuration file), and nothing read from input goes into an error."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from .exceptions import InputError

_POSITION = re.compile(r"\((at line \d+, column \d+|at end of document)\)")


def not_valid_toml(exc: tomllib.TOMLDecodeError) -> str:
    """``not valid TOML (at line 3, column 7)``: the position tomllib gives, and nothing else of its message."""
    where = _POSITION.search(str(exc))
    return f"not valid TOML{f' ({where.group(1)})' if where else ''}"


def load_toml(text: str, *, source: str, error: type[InputError], what: str) -> dict[str, Any]:
    """``text`` parsed as TOML, or ``error`` located at ``source``: nested too deeply to be ``what`` (a
    template, a site profile, a configuration file), or not valid TOML at the position tomllib gives."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise error(f"is nested too deeply to be {what}", source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(not_valid_toml(exc), source=source) from None
