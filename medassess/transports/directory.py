"""The ``directory`` route: each payload written into a folder, for sites that collect files by their own
means (a shared drive their receiving system polls, a transfer agent that picks files up).

The file is named by the payload's stable identity (the delivery's local id: record id, version and
recipient) and the format's suffix, and written atomically (``medassess.record.io.write_atomic``: a
temporary file in the same folder, flushed to disk, then renamed over the name), so a collector never
sees half a payload. Writing the same payload again finds the file already holding those bytes and writes
nothing; a file of that name with other bytes (a
forced resend of a changed payload) is replaced, atomically. The outcome is ``sent``: the folder holds it,
and nothing here can know when it was collected.

Errors name the folder from the route (an address, as the record shows it) and the operating system's
reason; never payload content.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from ..core.killpoints import kill_point
from ..record.io import write_atomic
from ..record.model import DirectoryRoute
from .base import Defaults, Failed, Links, Outcome, Parcel, Sent

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,200}")


class DirectoryDrop(Defaults):
    kind = "directory"
    route_model = DirectoryRoute

    def describe_route(self, route: DirectoryRoute) -> str:
        return f"folder {route.path}"

    def deliver(self, route: DirectoryRoute, parcel: Parcel, links: Links) -> Outcome:
        folder = Path(route.path)
        name = f"{parcel.local_id}{parcel.suffix}"
        if not _NAME.fullmatch(name):
            return Failed("the delivery's identity is not a safe file name", attempted=False)
        if not folder.is_dir():
            return Failed("the route's folder does not exist", f"folder {route.path} does not exist", attempted=False)
        target = folder / name
        with contextlib.suppress(OSError):
            if target.read_bytes() == parcel.payload:
                return Sent(name, detail="the folder already held it")
        kill_point("before-send")
        try:
            write_atomic(target, parcel.payload)
        except OSError as exc:
            return Failed("could not write into the route's folder", f"folder {route.path}: {exc.strerror or exc}")
        kill_point("after-send")
        return Sent(name, detail="written into the route's folder")
