"""Work over many records on every core, with results in input order and memory that does not grow.

:func:`ordered_map` applies a function to each item of a stream and yields the results in the stream's order.
With one job, or a stream of no more than three chunks, it runs in this process and starts no pool at all. With
more, this process does the first chunk itself (so whatever the work loads once, such as the share gate's
tables, is loaded before the pool starts and shared with its workers by ``fork``), then hands out the rest in
chunks to a pool of worker processes, keeping only a few chunks in flight: the input is read, and results are
yielded, as the work goes, never all at once. The results are the same values, in the same order, whatever
the number of jobs, so a command's output is byte-identical with ``--jobs 1`` and ``--jobs N``.

The function runs in the workers with the state :func:`ordered_map` is given, installed there once by the
pool's initialiser; it must be a module-level function (the pool names it to the workers). Where processes
cannot be forked (Windows), the work runs in this process, one job.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 64
"""Items a worker is given at a time: enough to make the hand-over cheap, few enough to keep memory flat."""

MIN_CHUNKS = 2
"""Chunks left after the first, at the least, for a pool to be started (fewer are done in this process)."""

IN_FLIGHT = 2
"""Chunks per job handed out and not yet collected: enough to keep every worker busy."""

after_first_chunk: Callable[[], None] | None = None
"""Called once in this process, by the next :func:`ordered_map`, when its first chunk's results are made and
before any worker is forked. The library sets none; the console script sets one that freezes the heap the
command's start-up and warm-up built (``medassess.cli._gc``)."""

_state: Any = None
"""The state the current process's work was given (installed in each worker by :func:`_install`)."""


def default_jobs() -> int:
    """The number of cores this process may run on (``--jobs`` default)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def worker_state() -> Any:
    """The state :func:`ordered_map` was given, in the process running the work."""
    return _state


def _install(state: Any) -> None:
    global _state
    _state = state


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def ordered_map(
    function: Callable[[T], R], items: Iterable[T], *, jobs: int, state: Any = None, chunk: int = CHUNK
) -> Iterator[R]:
    """``function(item)`` for each item, in order, on up to ``jobs`` processes (see the module's notes).

    ``state`` is what :func:`worker_state` returns while ``function`` runs, here and in every worker."""
    _install(state)
    stream = iter(items)
    first = list(itertools.islice(stream, chunk))
    results = _run_chunk(function, first)
    if after_first_chunk is not None:
        after_first_chunk()
    yield from results
    # What is left is worth a pool only when it is more than the pool's start costs: a few chunks at least.
    ahead = list(itertools.islice(stream, chunk * MIN_CHUNKS)) if len(first) == chunk else []
    if len(ahead) < chunk * MIN_CHUNKS or jobs <= 1 or not can_fork():
        yield from (function(item) for item in itertools.chain(ahead, stream))
        return
    stream = itertools.chain(ahead, stream)
    # Loaded only when a pool is started: a command on a few records never pays for them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_install, initargs=(state,)) as pool:
        pending: deque[Future[list[R]]] = deque()
        try:
            while True:
                while len(pending) < jobs * IN_FLIGHT:
                    work = list(itertools.islice(stream, chunk))
                    if not work:
                        break
                    pending.append(pool.submit(_run_chunk, function, work))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
