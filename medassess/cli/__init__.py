"""The ``medassess`` command line: one thin layer over the library.

Each command lives in its own module here with ``add_arguments(parser)`` and ``run(args) -> int``.
Exit status: 0 success, 1 refused by the share gate or a failed delivery, 2 unusable input or configuration.
Errors print as one located line (``file: $.path: message``) and never as a traceback; patient data is
never printed to the log stream.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from ..core.exceptions import MedassessError
from ..core.version import __version__
from ._status import EXIT_OK

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medassess",
        description="Perinatal medication assessments: record, check, share and audit written conclusions.",
    )
    parser.add_argument("--version", action="version", version=f"medassess {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name, help_text in COMMANDS:
        module = importlib.import_module(f".{module_name}", __name__)
        command = sub.add_parser(name, help=help_text, description=(module.__doc__ or help_text).strip())
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (the console script exits with it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args._run(args)
    except MedassessError as exc:
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
    sys.exit(main())
