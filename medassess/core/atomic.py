"""Writing many output files durably, a batch at a time.

Each file is written under a temporary name beside its target (``.<name>.<pid>.medassess-tmp``, readable by
its owner only). When a batch is full (or at the end), every file of the batch is flushed to disk (fsync),
then each is renamed to its own name, then the folder is flushed once, so the names reach the disk too.

What a crash leaves (a killed process, or the machine losing power):

- every output file present under its own name is complete: it was on disk before it was renamed;
- the files of the batch being written when it happened are missing, or present as hidden temporary files,
  which the next run into the same folder removes (:func:`remove_stale`);
- the same run again writes the same bytes under the same names, so a rerun completes what is missing.

A file's name is listed (``committed``) only once its batch is on disk.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from types import TracebackType

from .killpoints import kill_point

BATCH_FILES = 256
"""Files written before a batch is flushed to disk."""

BATCH_BYTES = 32 * 1024 * 1024
"""Bytes written before a batch is flushed to disk, whatever the number of files."""

_TEMPORARY = re.compile(r"^\..+\.(\d+)\.medassess-tmp$")


def _temporary(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.medassess-tmp")


def remove_stale(folder: Path) -> int:
    """Remove the temporary files a crashed run left in ``folder`` (those of processes no longer running),
    and say how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or _running(int(match.group(1))):
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(entry.path)
            removed += 1
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # left by an earlier process with this id: this run has written nothing yet
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class BatchWriter:
    """Files written whole under temporary names and renamed into place a batch at a time (see the module's
    notes). Use as a context manager: leaving it normally commits the last batch; leaving it on an exception
    removes the batch's temporary files, so nothing half-written is ever left under an output's name."""

    def __init__(self, folder: Path, *, batch_files: int = BATCH_FILES, batch_bytes: int = BATCH_BYTES) -> None:
        self.folder = folder
        self.batch_files = batch_files
        self.batch_bytes = batch_bytes
        self._pending: list[tuple[int, Path, Path]] = []
        self._listed: list[Path] = []
        """The batch's names in the order written, a name written again among them."""
        self._bytes = 0
        self._made = False
        self.committed: list[Path] = []
        """The files of the batches on disk, in the order written; the caller empties it as it lists them."""

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def write(self, name: str, content: bytes) -> None:
        """Write ``content`` as the file ``name`` in the folder, in the current batch."""
        target = self.folder / name
        temporary = _temporary(target)
        if not self._made:  # the folder is made with the first file, so a run that writes none leaves none
            self.folder.mkdir(parents=True, exist_ok=True)
            self._made = True
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), 0o600)
        self._pending.append((fd, temporary, target))
        self._listed.append(target)
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        self._bytes += len(content)
        kill_point("export-file")
        if len(self._pending) >= self.batch_files or self._bytes >= self.batch_bytes:
            self.commit()

    def again(self, name: str) -> None:
        """List the file ``name``, already written by this writer with the same content, with this batch."""
        self._listed.append(self.folder / name)

    def commit(self) -> None:
        """Put the current batch on disk: each file flushed, renamed into place, then the folder flushed."""
        pending, self._pending, self._bytes = self._pending, [], 0
        listed, self._listed = self._listed, []
        if not pending:
            self.committed += listed
            return
        try:
            for fd, _, _ in pending:
                os.fsync(fd)
        finally:
            for fd, _, _ in pending:
                os.close(fd)
        for _, temporary, target in pending:
            os.replace(temporary, target)
        _sync_folder(self.folder)
        self.committed += listed

    def discard(self) -> None:
        """Remove the current batch's temporary files."""
        pending, self._pending, self._bytes = self._pending, [], 0
        self._listed = []
        for fd, temporary, _ in pending:
            os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # a platform whose folders cannot be opened (Windows): renames are durable there already
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
