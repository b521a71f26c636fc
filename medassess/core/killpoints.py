"""Named points where a test can have medassess kill itself, to prove a ``kill -9`` there loses nothing.

``MEDASSESS_TEST_KILL_AT=POINT[:N]`` makes the process send itself ``SIGKILL`` the N-th time (default the
first) it reaches ``POINT``; unset, as it always is outside the tests, a point costs one dictionary look-up.
The points, in the order a delivery passes them:

- ``ledger-insert``: an event written to the ledger, its transaction not yet committed;
- ``before-send``: the attempt committed as ``pending``, the payload not yet sent;
- ``after-send``: the payload sent, its outcome not recorded (MLLP: the whole frame sent, the ACK not yet
  read; MESH and FHIR: the server's answer received);
- ``after-outcome``: a recipient's outcome recorded, the next recipient not yet started;
- ``export-file``: an exported file written under its temporary name, its batch not yet on disk (see
  :mod:`medassess.core.atomic`);
- ``ledger-migrate``: inside the transaction that migrates a version 1 ledger, after each event copied (a
  version 2 ledger: after all its events are copied).
"""

from __future__ import annotations

import os
import signal
from collections import Counter

KILL_AT_ENV = "MEDASSESS_TEST_KILL_AT"
POINTS = ("ledger-insert", "before-send", "after-send", "after-outcome", "export-file", "ledger-migrate")
_reached: Counter[str] = Counter()


def kill_point(point: str) -> None:
    """SIGKILL this process here when ``$MEDASSESS_TEST_KILL_AT`` names this point and its count is reached."""
    wanted = os.environ.get(KILL_AT_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != point:
        return
    _reached[point] += 1
    if _reached[point] == (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
