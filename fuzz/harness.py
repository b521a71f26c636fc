"""The fuzz loop: inputs made, read and judged, in one process or several; findings counted, shrunk and saved.

Input ``i`` of reader ``R`` under seed ``S`` is made by ``random.Random(f"{S}/{R}/{i}")``, so a run is
reproducible input by input whatever ``--jobs`` splits it into. Each kind of finding (its signature: category,
reader, exception and the line of medassess that raised it, or the writer and the first field that differs)
is kept once with its smallest input and a count; after the run each is shrunk (structure-aware for JSON,
then line- and byte-level delta debugging, within a time budget) and written under the output folder with a
description, the traceback and the command that replays it.
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import random
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import orjson

from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.hl7v2.writer import build

from .mutators import _slots
from .oracles import CATEGORIES, EXPORTS, TARGETS, Export, ExportCache, Finding, Observer, Target, evaluate, observing
from .seeds import seeds


@dataclass
class ReaderReport:
    """What a run of one reader found."""

    reader: str
    inputs: int = 0
    accepted: int = 0
    refused: int = 0
    with_finding: Counter[str] = field(default_factory=Counter)
    """Per category: how many inputs produced at least one finding of it."""
    findings: dict[str, Finding] = field(default_factory=dict)
    """Per signature: the finding with the smallest input, its count the number of inputs that showed it."""
    harness_errors: int = 0
    """Inputs the harness could not make or judge (its own bugs; the first traceback is kept)."""
    harness_error: str = ""
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    """Processor time of the processes that read (a steadier figure than inputs/s on a loaded machine)."""
    slowest: float = 0.0
    slowest_index: int | None = None
    slowest_data: bytes = b""
    state_changed: bool = False
    """The library's shared state (constants, caches) changed during the run: every later result is suspect."""

    def add(self, finding: Finding) -> None:
        kept = self.findings.get(finding.signature)
        if kept is None:
            self.findings[finding.signature] = finding
            return
        count = kept.count + finding.count
        if len(finding.data) < len(kept.data):
            self.findings[finding.signature] = kept = finding
        kept.count = count

    def merge(self, other: ReaderReport) -> None:
        self.inputs += other.inputs
        self.accepted += other.accepted
        self.refused += other.refused
        self.with_finding.update(other.with_finding)
        self.harness_errors += other.harness_errors
        self.harness_error = self.harness_error or other.harness_error
        self.cpu_seconds += other.cpu_seconds
        self.state_changed |= other.state_changed
        if other.slowest > self.slowest:
            self.slowest, self.slowest_index, self.slowest_data = other.slowest, other.slowest_index, other.slowest_data
        for finding in other.findings.values():
            self.add(finding)

    @property
    def failed(self) -> bool:
        return bool(self.findings) or self.harness_errors > 0 or self.state_changed

    def rate(self) -> float:
        return self.inputs / self.seconds if self.seconds else 0.0

    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / self.inputs if self.inputs else 0.0


def rng_for(seed: int, reader: str, index: int) -> random.Random:
    return random.Random(f"{seed}/{reader}/{index}")


def run_chunk(
    target: Target,
    seed: int,
    start: int,
    stop: int,
    *,
    exports: tuple[Export, ...] = EXPORTS,
    cache: ExportCache | None = None,
) -> ReaderReport:
    """Inputs ``start`` to ``stop - 1`` of one reader, in this process."""
    report = ReaderReport(target.name)
    cache = cache if cache is not None else ExportCache()
    began, cpu = time.perf_counter(), time.process_time()
    with observing() as observer:
        for index in range(start, stop):
            try:
                data = target.generate(rng_for(seed, target.name, index))
            except Exception:  # a harness bug: counted and reported, never hidden
                report.harness_errors += 1
                report.harness_error = report.harness_error or f"input {index} not made:\n{traceback.format_exc()}"
                continue
            t0 = time.perf_counter()
            try:
                outcome = evaluate(target, data, observer, exports=exports, cache=cache)
            except Exception:  # a harness bug: counted and reported, and the run goes on
                report.harness_errors += 1
                report.harness_error = report.harness_error or f"input {index}:\n{traceback.format_exc()}"
                continue
            took = time.perf_counter() - t0
            report.inputs += 1
            if took > report.slowest:
                report.slowest, report.slowest_index, report.slowest_data = took, index, data
            if outcome.status == "accepted":
                report.accepted += 1
            elif outcome.status == "refused":
                report.refused += 1
            for category in {f.category for f in outcome.findings}:
                report.with_finding[category] += 1
            for finding in outcome.findings:
                finding.data, finding.index = data, index
                report.add(finding)
    report.seconds = time.perf_counter() - began
    report.cpu_seconds = time.process_time() - cpu
    report.state_changed = not _state_intact()
    return report


def _state_intact() -> bool:
    """The seeds still export as they did when made: nothing (reader, writer or harness) changed shared state."""
    s = seeds()
    return (
        dumps(unchecked_bundle(s.records[0])) == dumps(s.bundles[0])
        and build(s.records[0], s.profiles[0]) == s.messages[0]
    )


_WORKER_CACHE: ExportCache | None = None


def _work(task: tuple[str, int, int, int]) -> ReaderReport:
    global _WORKER_CACHE
    if _WORKER_CACHE is None:
        _WORKER_CACHE = ExportCache()
    name, seed, start, stop = task
    return run_chunk(TARGETS[name], seed, start, stop, cache=_WORKER_CACHE)


def run_reader(
    target: Target,
    n: int,
    *,
    seed: int = 0,
    jobs: int = 1,
    exports: tuple[Export, ...] = EXPORTS,
    progress: Callable[[ReaderReport, int], None] | None = None,
) -> ReaderReport:
    """``n`` inputs of one reader, in ``jobs`` processes (a target given by name only: workers look it up)."""
    began = time.perf_counter()
    seeds()  # built once, before any worker is forked
    report = ReaderReport(target.name)
    if jobs <= 1:
        cache = ExportCache()
        for a in range(0, n, 500):
            report.merge(run_chunk(target, seed, a, min(a + 500, n), exports=exports, cache=cache))
            if progress is not None:
                report.seconds = time.perf_counter() - began
                progress(report, n)
    else:
        if TARGETS.get(target.name) is not target or exports is not EXPORTS:
            raise ValueError("only the registered readers and writers run in several processes")
        size = max(20, min(500, n // (jobs * 8) or 1))
        tasks = [(target.name, seed, a, min(a + size, n)) for a in range(0, n, size)]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for part in pool.imap_unordered(_work, tasks):
                report.merge(part)
                if progress is not None:
                    report.seconds = time.perf_counter() - began
                    progress(report, n)
    report.seconds = time.perf_counter() - began
    return report


# -- shrinking ----------------------------------------------------------------------------------------------------


def _holds(target: Target, finding: Finding, observer: Observer) -> Callable[[bytes], bool]:
    exports = tuple(e for e in EXPORTS if e.name == finding.export) if finding.export else ()

    def holds(candidate: bytes) -> bool:
        outcome = evaluate(target, candidate, observer, exports=exports)
        return any(f.signature == finding.signature for f in outcome.findings)

    return holds


def _ddmin(parts: list[bytes], holds: Callable[[bytes], bool], deadline: float) -> list[bytes]:
    """Delta debugging: drop ever smaller runs of parts while the finding holds."""
    n = 2
    while len(parts) >= 2 and time.monotonic() < deadline:
        size = math.ceil(len(parts) / n)
        for start in range(0, len(parts), size):
            candidate = parts[:start] + parts[start + size :]
            if holds(b"".join(candidate)):
                parts, n = candidate, max(n - 1, 2)
                break
            if time.monotonic() >= deadline:
                return parts
        else:
            if n >= len(parts):
                break
            n = min(n * 2, len(parts))
    return parts


def _reduce_json(data: bytes, holds: Callable[[bytes], bool], deadline: float) -> bytes:
    """Drop keys and array items, and halve long strings, while the finding holds."""
    try:
        tree = orjson.loads(data)
        if not holds(orjson.dumps(tree)):
            return data
    except (orjson.JSONDecodeError, TypeError):  # not JSON, or nested past orjson's depth for writing
        return data
    progress = True
    while progress and time.monotonic() < deadline:
        progress = False
        for parent, key in _slots(tree)[0]:
            if time.monotonic() >= deadline:
                break
            value = parent[key]
            if isinstance(parent, dict):
                items = list(parent.items())
                del parent[key]
            else:
                del parent[key]
            if holds(orjson.dumps(tree)):
                progress = True
                break
            if isinstance(parent, dict):
                parent.clear()
                parent.update(items)
            else:
                parent.insert(key, value)
            if isinstance(value, str) and len(value) > 16:
                parent[key] = value[: len(value) // 2]
                if holds(orjson.dumps(tree)):
                    progress = True
                    break
                parent[key] = value
    return orjson.dumps(tree)


_START_TAG = re.compile(rb"<([A-Za-z_][\w.\-:]*)(?:\s[^<>]*?)?(/?)>")


def _element_end(data: bytes, start: re.Match[bytes]) -> int | None:
    """Where the element a start tag opens ends (after its end tag), or None when its end is not found."""
    if start.group(2):
        return start.end()
    name = re.escape(start.group(1))
    depth = 0
    for m in re.finditer(rb"<(/?)" + name + rb"(?=[\s/>])[^>]*?(/?)>", data[start.end() :]):
        if m.group(1):
            if depth == 0:
                return start.end() + m.end()
            depth -= 1
        elif not m.group(2):
            depth += 1
    return None


def _reduce_xml(data: bytes, holds: Callable[[bytes], bool], deadline: float) -> bytes:
    """Whole XML elements dropped, outermost first, while the finding holds (lines would break the nesting)."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return data
    position = 0
    while time.monotonic() < deadline:
        start = _START_TAG.search(data, position)
        if start is None:
            break
        end = _element_end(data, start)
        if end is not None and position > 0:  # never the root
            candidate = data[: start.start()] + data[end:]
            if holds(candidate):
                data = candidate
                continue
        position = start.end()
    return data


def shrink(target: Target, finding: Finding, seconds: float) -> bytes:
    """A smaller input that still shows the same finding (the input itself when no time is given)."""
    data = finding.data
    if seconds <= 0:
        return data
    deadline = time.monotonic() + seconds
    with observing() as observer:
        holds = _holds(target, finding, observer)
        if not holds(data):  # depends on state (the export cache, say): keep the input as found
            return data
        data = _reduce_json(data, holds, deadline)
        data = _reduce_xml(data, holds, deadline)
        lines = [line for line in data.splitlines(keepends=True) if line]
        data = b"".join(_ddmin(lines, holds, deadline))
        if len(data) <= 200_000:
            data = b"".join(_ddmin([data[i : i + 1] for i in range(len(data))], holds, deadline))
    return data


# -- reporting ----------------------------------------------------------------------------------------------------

COLUMNS = ("reader", "inputs", "accepted", "refused", *CATEGORIES, "inputs/s", "cpu ms/input", "slowest s")


def table(reports: list[ReaderReport]) -> str:
    rows = [list(COLUMNS)]
    for r in reports:
        rows.append(
            [
                r.reader,
                str(r.inputs),
                str(r.accepted),
                str(r.refused),
                *(str(r.with_finding[c]) for c in CATEGORIES),
                f"{r.rate():.0f}",
                f"{r.cpu_ms():.1f}",
                f"{r.slowest:.2f}",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def save(finding: Finding, shrunk: bytes, out: Path, seed: int) -> Path:
    """The reproducer (and the original input, and a description) under ``out/<reader>/``."""
    folder = out / finding.reader
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{finding.category}-{hashlib.sha1(finding.signature.encode()).hexdigest()[:10]}"  # noqa: S324 - a name
    path = folder / f"{stem}.input"
    path.write_bytes(shrunk)
    if shrunk != finding.data:
        (folder / f"{stem}.original").write_bytes(finding.data)
    (folder / f"{stem}.txt").write_text(
        f"category:  {finding.category}\nreader:    {finding.reader}\nsignature: {finding.signature}\n"
        f"detail:    {finding.detail}\ninputs:    {finding.count} showed it (first kept: input {finding.index} "
        f"of seed {seed}, {len(finding.data)} bytes; shrunk to {len(shrunk)} bytes)\n"
        f"replay:    python -m fuzz {finding.reader} --replay {path}\n\n{finding.trace}",
        encoding="utf-8",
    )
    return path


def report_findings(
    reports: list[ReaderReport], *, out: Path | None, seed: int, shrink_seconds: float, stream: TextIO = sys.stdout
) -> None:
    """Each kind of finding with its count and reproducer. Every input is saved as found before any is shrunk,
    and a failure to shrink keeps the input as found, so a long run's results survive."""
    for report in reports:
        if report.harness_errors:
            print(
                f"[harness] {report.reader}: {report.harness_errors} inputs could not be made or judged; the first:\n"
                f"{report.harness_error}",
                file=stream,
            )
        if report.state_changed:
            print(f"[harness] {report.reader}: the seeds export differently now: shared state changed", file=stream)
        if report.slowest_index is not None:
            where = ""
            if out is not None:
                (out / report.reader).mkdir(parents=True, exist_ok=True)
                path = out / report.reader / "slowest.input"
                path.write_bytes(report.slowest_data)
                where = f", saved as {path}"
            print(
                f"[slowest] {report.reader}: input {report.slowest_index} ({len(report.slowest_data)} bytes) "
                f"took {report.slowest:.2f} s{where}",
                file=stream,
            )
        findings = sorted(report.findings.values(), key=lambda f: (CATEGORIES.index(f.category), -f.count))
        if out is not None:
            for finding in findings:
                save(finding, finding.data, out, seed)
        target = TARGETS.get(report.reader)
        for finding in findings:
            print(
                f"[{finding.category}] {finding.reader}: {finding.signature} (x{finding.count})\n    {finding.detail}",
                file=stream,
                flush=True,
            )
            shrunk, note = finding.data, ""
            if target is not None:
                try:
                    shrunk = shrink(target, finding, shrink_seconds)
                except Exception as exc:  # a harness bug: the input stays as found
                    note = f" (not shrunk: {type(exc).__name__}: {exc})"
            if out is not None:
                print(f"    reproducer: {save(finding, shrunk, out, seed)} ({len(shrunk)} bytes){note}", file=stream)
