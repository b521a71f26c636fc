"""The site every command judges and writes records for: one configuration file and one day.

``validate``, ``export``, ``render``, ``send``, ``share`` and ``audit`` take the same ``--config FILE``
(default: the file ``MEDASSESS_CONFIG`` names, else the shipped settings) and ``--today``, and read them once
here, so the share gate judges a record with the same settings and the same day whichever command runs it:
a record ``validate`` passes is one ``export`` and ``share`` send.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..gate.settings import GateSettings
from ..sharing.config import CONFIG_ENV, SiteConfig, site_config
from ._output import add_today_argument

if TYPE_CHECKING:  # the ledger (and the transports its registry names) loads only for commands that share
    from ..sharing.ledger import Ledger


def add_site_arguments(parser: argparse.ArgumentParser, *, what: str = "the share gate's [gate] settings") -> None:
    """``--config FILE`` and ``--today YYYY-MM-DD``."""
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=f"site settings (TOML): {what} (default: the file ${CONFIG_ENV} names, else the shipped settings)",
    )
    add_today_argument(parser)


@dataclass(frozen=True, slots=True)
class Site:
    """The configuration and the day a command works with, read once."""

    config: SiteConfig
    today: dt.date

    @property
    def gate(self) -> GateSettings:
        return self.config.gate


def ledger_of(given: Path | None, config: SiteConfig) -> Ledger:
    """The sharing ledger a command records in: ``--ledger``, else ``MEDASSESS_LEDGER``, else the site's
    ``[ledger] path``, else the per-user data folder's (whose folder is made on first use)."""
    from ..sharing.ledger import Ledger, default_ledger_path

    if given is not None:
        return Ledger(given)
    return Ledger(default_ledger_path(config.ledger), make_folder=True)


def site_of(args: argparse.Namespace) -> Site:
    """The site a command's ``--config`` and ``--today`` name (ConfigurationError, located, for a bad file)."""
    return Site(site_config(args.config), args.today or dt.date.today())
