"""Where a TOML file is broken, without tomllib's own words: its message may quote a character of the file
(part of a secret, in a configuration file), and nothing read from input goes into an error."""

from __future__ import annotations

import re
import tomllib

_POSITION = re.compile(r"\((at line \d+, column \d+|at end of document)\)")


def not_valid_toml(exc: tomllib.TOMLDecodeError) -> str:
    """``not valid TOML (at line 3, column 7)``: the position tomllib gives, and nothing else of its message."""
    where = _POSITION.search(str(exc))
    return f"not valid TOML{f' ({where.group(1)})' if where else ''}"
