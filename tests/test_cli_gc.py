"""The collector in a batch command's process (medassess.cli._gc): the library, and ``main()`` called
in-process, leave it alone; the console script pauses it for validate, export and audit until the pipeline's
first chunk, then freezes the heap and resumes it. Settings only, asserted on ``gc``; never a time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
PASS = sorted((ROOT / "examples" / "pass").glob("*.json"))

REPORT = (
    "import atexit, gc, sys\n"
    "state = lambda: ('gc', gc.isenabled(), gc.get_freeze_count() > 0, gc.get_threshold())\n"
    "atexit.register(lambda: print(*state(), file=sys.stderr))\n"
)


def _python(code: str, *args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, cwd=ROOT)
    return [line for line in result.stderr.splitlines() if line.startswith("gc ")]


def _records(folder: Path, count: int) -> Path:
    base = orjson.loads(PASS[0].read_bytes())
    for index in range(count):
        (folder / f"record-{index:03d}.json").write_bytes(orjson.dumps({**base, "record_id": f"gc-{index:03d}"}))
    return folder


def test_the_library_leaves_the_collector_alone() -> None:
    code = REPORT + "import medassess, medassess.cli, medassess.core.parallel\nmedassess.cli.build_parser()\n"
    assert _python(code) == ["gc True False (700, 10, 10)"]


def test_main_in_process_leaves_the_collector_alone(tmp_path: Path) -> None:
    code = REPORT + "from medassess.cli import main\nmain(sys.argv[1:])\n"
    folder = str(_records(tmp_path, 70))
    assert _python(code, "validate", folder, "--quiet", "--jobs", "1") == ["gc True False (700, 10, 10)"]


def test_the_console_script_freezes_a_batch_commands_warmed_heap(tmp_path: Path) -> None:
    code = REPORT + "from medassess.cli import console_main\nconsole_main()\n"
    (tmp_path / "in").mkdir()
    folder = str(_records(tmp_path / "in", 70))
    export = ["export", folder, "--to", "fhir-json", "--out", str(tmp_path / "out")]
    for command in (["validate", folder, "--quiet"], export):
        assert _python(code, *command, "--jobs", "1") == ["gc True True (700, 10, 10)"], command


def test_the_collector_is_paused_until_the_first_chunk() -> None:
    import gc

    from medassess.cli import _gc
    from medassess.core import parallel

    code = (
        REPORT
        + "from medassess.cli import _gc\nfrom medassess.core import parallel\n"
        + "assert _gc.for_command('validate') and not gc.isenabled() and parallel.after_first_chunk is _gc.settle\n"
        + "seen = [(gc.isenabled(), gc.get_freeze_count() > 0) for _ in parallel.ordered_map(abs, range(3), jobs=1)]\n"
        + "assert seen == [(True, True)] * 3 and parallel.after_first_chunk is None, seen\n"
    )
    assert _python(code) == ["gc True True (700, 10, 10)"]
    code = REPORT + "from medassess.cli import _gc\nassert not _gc.for_command('rules') and gc.isenabled()\n"
    assert _python(code) == ["gc True False (700, 10, 10)"]
    assert parallel.after_first_chunk is None and {"validate", "export", "audit"} == _gc.BATCH_COMMANDS
    assert gc.isenabled()
