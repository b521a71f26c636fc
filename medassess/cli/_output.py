"""Output helpers shared by the commands: progress on stderr, results on stdout as text or JSON.

Results go to stdout so they can be piped and saved; progress goes to stderr so it never mixes with them.
On a terminal progress is a bar redrawn in place; piped or redirected (a log file, a CI job) it is a plain
line now and then, since carriage returns make a log unreadable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from typing import Any, TextIO

import orjson

from ..core.version import __version__

FORMATS = ("text", "json")


def add_format_argument(parser: argparse.ArgumentParser, formats: tuple[str, ...] = FORMATS) -> None:
    parser.add_argument("--format", choices=formats, default="text", help="output format (default: text)")


def positive_int(value: str) -> int:
    """An option's whole number of 1 or more (``--jobs``, ``--top``), refused without echoing the value."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("expected a whole number of 1 or more")
    return number


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``: how many processes do the work (default: one per core)."""
    from ..core.parallel import default_jobs

    parser.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=default_jobs(),
        metavar="N",
        help="processes to work in, with the same output in the same order whatever N (default: the number of "
        "cores; 1 works in this process only)",
    )


def parse_date(value: str) -> dt.date:
    """An argparse type for YYYY-MM-DD options, with a plain-English refusal."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a real date as YYYY-MM-DD") from None


def add_today_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=parse_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="check as if today were this date, for reproducible results (default: today)",
    )


ENVELOPE_VERSION = 1
"""The version of the JSON envelope (``schema``): raised when a key is removed or changes meaning; new keys
do not raise it. Each command's schema is in docs/schemas/<command>.schema.json."""


SCHEMA_VERSIONS = {"audit": 2}
"""Commands whose JSON is at another version than the envelope's first (audit's report had a layout before)."""


def envelope_head(command: str) -> dict[str, Any]:
    """What every ``--format json`` document starts with: which schema it follows, the command, medassess."""
    version = SCHEMA_VERSIONS.get(command, ENVELOPE_VERSION)
    return {"schema": f"medassess-{command}/{version}", "command": command, "medassess": __version__}


class JsonStream:
    """One JSON document, written as results come: the envelope every command shares, its ``items`` streamed
    one by one (a run over thousands of records never holds them all), then its ``summary``.

    ``{"schema": "medassess-<command>/1", "command": ..., "medassess": version, "items": [...],
    "summary": {...}}``, and ``"error": {"source", "path", "message"}`` when the run stopped on one."""

    open_streams: list[JsonStream] = []  # noqa: RUF012  (the streams begun and not yet closed, in this process)

    def __init__(self, out: TextIO, command: str) -> None:
        self.out = out
        self.count = 0
        head = orjson.dumps(envelope_head(command)).decode()
        out.write(head[:-1] + ', "items": [')
        JsonStream.open_streams.append(self)

    def item(self, data: Any) -> None:
        self.out.write(("," if self.count else "") + "\n  " + orjson.dumps(data).decode())
        self.count += 1

    def close(self, summary: dict[str, Any], error: dict[str, Any] | None = None) -> None:
        tail = orjson.dumps({"summary": summary, **({"error": error} if error is not None else {})}).decode()
        self.out.write(("\n" if self.count else "") + "], " + tail[1:] + "\n")
        self.out.flush()
        if self in JsonStream.open_streams:
            JsonStream.open_streams.remove(self)

    @classmethod
    def close_open(cls, summary: dict[str, Any], error: dict[str, Any]) -> bool:
        """Close the stream a run began before it stopped on an error (True), so its output stays one JSON
        document holding the items written so far and the error; False when no stream was begun."""
        if not cls.open_streams:
            return False
        cls.open_streams[-1].close(summary, error)
        cls.open_streams.clear()
        return True


def write_envelope(
    command: str,
    items: list[Any],
    summary: dict[str, Any],
    out: TextIO | None = None,
    error: dict[str, Any] | None = None,
) -> None:
    """A whole ``--format json`` document at once (see :class:`JsonStream`)."""
    stream = JsonStream(out or sys.stdout, command)
    for item in items:
        stream.item(item)
    stream.close(summary, error)


def write_json(data: Any, out: TextIO | None = None) -> None:
    """One indented JSON document and a newline on stdout."""
    stream = out or sys.stdout
    stream.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class Progress:
    """Progress through a known number of files, drawn on stderr.

    Nothing is shown for a handful of files (the results say it all). On a terminal: a bar redrawn at most
    ten times a second. Otherwise: one plain line every ``line_every`` files and at the end.
    """

    def __init__(
        self,
        total: int,
        *,
        label: str = "checked",
        stream: TextIO | None = None,
        threshold: int = 50,
        line_every: int = 1000,
    ) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = total >= threshold
        self.tty = self.enabled and isatty(self.stream)
        self.line_every = line_every
        self.done = 0
        self._drawn_at = 0.0

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._drawn_at >= 0.1 or self.done == self.total:
                self._drawn_at = now
                self._draw()
        elif self.done % self.line_every == 0 or self.done == self.total:
            self.stream.write(f"medassess: {self.label} {self.done} of {self.total} files\n")
            self.stream.flush()

    def _draw(self) -> None:
        width = 30
        filled = width * self.done // self.total
        percent = 100 * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {percent:3d}% {self.label} {self.done}/{self.total}")
        self.stream.flush()

    def clear(self) -> None:
        """Remove the bar before results are printed below it on the same terminal."""
        if self.tty and self._drawn_at:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()
            self._drawn_at = 0.0


def isatty(stream: TextIO) -> bool:
    """Whether a stream is a terminal; a replaced stream without the method is not."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
