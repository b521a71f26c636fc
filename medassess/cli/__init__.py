"""The ``medassess`` command line: one thin layer over the library.

Each command lives in its own module here with ``add_arguments(parser)`` and ``run(args) -> int``.
Exit status: 0 success, 1 refused by the share gate or a failed delivery, 2 unusable input or configuration.
Errors print as one located line (``file: $.path: message``) and never as a traceback; patient data is
never printed to the log stream.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import itertools
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from ..core.exceptions import MedassessError
from ..core.version import __version__
from ._output import JsonStream, write_envelope
from ._status import EXIT_OK, EXIT_UNUSABLE

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("validate", "validate", "check records against the share gate"),
    ("rules", "rules", "list the share gate's rules, or explain one"),
    ("template", "template", "show the assessment template"),
    ("demo", "demo", "check the shipped example records and explain what passes and what fails"),
    ("export", "export", "export records as FHIR (JSON or XML) or HL7 v2 files, after the share gate"),
    ("read", "read", "read an exported FHIR or HL7 v2 file back into a record"),
    ("render", "render", "render records as printable, self-contained HTML letters"),
    ("send", "send", "send records as HL7 v2 over MLLP, and insist on an AA for each"),
    ("share", "share", "share records with every recipient over MESH (or their route) and record it in the ledger"),
    ("ledger", "ledger", "show what was shared with whom, and what is still unacknowledged"),
    ("audit", "audit", "audit written conclusions and sharing per practice and month"),
)
"""(command, module under medassess.cli, one-line help), in the order ``--help`` lists them."""


class _Usage(Exception):
    """A command line argparse refused, with the parser that refused it and a message naming no input."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


_INVALID_VALUE = re.compile(r"invalid (\w+) value: .*$", re.S)
_INVALID_CHOICE = re.compile(r"^(argument [^:]+): invalid choice: '(.*)' \(choose from (.*)\)$", re.S)


def _suggestion(typed: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(typed, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


class _Parser(argparse.ArgumentParser):
    """argparse, whose refusals say what was expected and suggest the nearest command or option, without
    repeating what was typed (a mistyped value can be anything, a patient's name pasted in the wrong place)."""

    argv: Sequence[str] = ()
    """The command line being parsed (set by :func:`main`), to find the command a mistyped option was for."""

    def _options(self) -> list[str]:
        """The long options of the command named on the command line (or of medassess itself)."""
        parsers: list[argparse.ArgumentParser] = [self]
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                named = next((action.choices[a] for a in self.argv if a in action.choices), None)
                parsers += [named] if named is not None else []
        return [o for parser in parsers for o in parser._option_string_actions if o.startswith("--")]

    def error(self, message: str) -> NoReturn:
        invalid = _INVALID_CHOICE.match(message)
        if invalid is not None:
            where, typed, choices = invalid.groups()
            known = [c.strip().strip("'") for c in choices.split(",")]
            message = f"{where}: not one of the choices{_suggestion(typed, known)} (choose from {choices})"
        elif message.startswith("unrecognized arguments: "):
            typed = message.removeprefix("unrecognized arguments: ").split()
            options = self._options()
            hint = next((_suggestion(t, options) for t in typed if t.startswith("-") and _suggestion(t, options)), "")
            message = f"an argument this command does not take{hint} (see --help)"
        else:
            message = _INVALID_VALUE.sub(lambda m: f"expected a value of type {m.group(1)}", message)
        raise _Usage(self, message)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. With ``argv``, only the command it names is loaded (its module, and what
    that imports), so ``medassess validate`` never loads the transports; without, every command is."""
    parser = _Parser(
        prog="medassess",
        description="Perinatal medication assessments: record, check, share and audit written conclusions.",
    )
    parser.add_argument("--version", action="version", version=f"medassess {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = {name for name, _, _ in COMMANDS} & set(argv) if argv is not None else None
    for name, module_name, help_text in COMMANDS:
        if named is not None and name not in named:
            sub.add_parser(name, help=help_text)  # listed in the overview; its arguments are never parsed here
            continue
        module = importlib.import_module(f".{module_name}", __name__)
        command = sub.add_parser(name, help=help_text, description=(module.__doc__ or help_text).strip())
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
    return parser


def _asks_for_json(argv: Sequence[str]) -> bool:
    """Whether the command line asks for JSON, read before argparse, so a usage error is JSON too."""
    return "--format=json" in argv or any(pair == ("--format", "json") for pair in itertools.pairwise(argv))


def _command_of(argv: Sequence[str]) -> str:
    return next((a for a in argv if a in {name for name, _, _ in COMMANDS}), "medassess")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (the console script exits with it)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    if not arguments:  # a bare `medassess`: the overview, not a usage error
        parser.print_help(sys.stdout)
        return EXIT_OK
    as_json = _asks_for_json(arguments)
    _Parser.argv = arguments
    try:
        args = parser.parse_args(arguments)
    except _Usage as usage:
        if as_json:
            error = {"source": "command line", "path": None, "message": usage.message}
            write_envelope(_command_of(arguments), [], {"exit_status": EXIT_UNUSABLE}, error=error)
        usage.parser.print_usage(sys.stderr)
        print(f"{usage.parser.prog}: error: {usage.message}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        status: int = args._run(args)
    except MedassessError as exc:
        if as_json and getattr(args, "format", None) == "json":
            error = {"source": exc.source, "path": exc.path, "message": exc.message}
            if not JsonStream.close_open({"exit_status": exc.exit_status}, error):
                write_envelope(args.command, [], {"exit_status": exc.exit_status}, error=error)
        print(f"medassess: {exc.located()}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("medassess: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status


def console_main() -> None:  # pragma: no cover - thin wrapper for the console script
    from ._gc import for_command

    for_command(_command_of(sys.argv[1:]))  # the collector of this process only, never of main() called in-process
    sys.exit(main())
