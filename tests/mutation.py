"""Mutation testing of the share gate, on demand (never in the suite): ``make mutate``, or

    python -m tests.mutation [--jobs N]      stage, run mutmut, report
    python -m tests.mutation --only rules engine classes    judge only these modules of the gate
    python -m tests.mutation --report        report the last run again
    python -m tests.mutation --only substance --tests tests/gate/test_substance.py tests/redteam
                                             judge one module against chosen tests (a lower bound)

mutmut 3 does not mutate decorated functions (its trampolines would copy the decorator), and almost all of
the gate is decorated: every rule (``@rule``), every shared fact (``@cached_property``), the cached loaders
(``@functools.cache``). So the run works on a staged copy of the checkout in build/mutation/ in which each
decorated function of medassess/gate/ is written undecorated and decorated by a call straight after it
(``def f(...): ...`` then ``f = rule(...)(f)``), which Python defines identically; ``staticmethod`` and
``classmethod``, which mutmut handles itself, are left alone. mutmut first runs the selected tests on the
staged copy unmutated and stops if any fails, so the rewriting is checked before a mutant is judged.

Each mutant runs in a freshly imported process (``process_isolation = "forkserver"`` with no warm-up), so
the gate's caches (the class table, the classification cache, the templates) and the rule registry are
built by the mutant, never inherited from an unmutated run; and the staged tests empty the gate's caches
before each test, so every test that uses a cached loader is known to reach it (see ``_CACHES_CLEARED``).
The settings are in pyproject.toml ``[tool.mutmut]``; docs/safety/mutation-testing.md explains how to read
the report.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "mutation"
COPIED = ("medassess", "tests", "examples", "mappings", "templates", "docs", "pyproject.toml")
MUTATED = "medassess/gate"
KEPT_DECORATORS = frozenset({"staticmethod", "classmethod"})


def undecorate(source: str) -> str:
    """The module with each decorated function defined plainly and decorated by an assignment after it."""
    import libcst as cst  # mutmut's own dependency: installed with the mutation extra

    class Undecorate(cst.CSTTransformer):
        def _split(self, body: list[cst.BaseStatement]) -> list[cst.BaseStatement]:
            out: list[cst.BaseStatement] = []
            for statement in body:
                if not isinstance(statement, cst.FunctionDef) or not statement.decorators:
                    out.append(statement)
                    continue
                names = {
                    d.decorator.value for d in statement.decorators if isinstance(d.decorator, cst.Name)
                }
                if names & KEPT_DECORATORS:
                    out.append(statement)
                    continue
                out.append(statement.with_changes(decorators=[], leading_lines=statement.leading_lines))
                call: cst.BaseExpression = cst.Name(statement.name.value)
                for decorator in reversed(statement.decorators):
                    call = cst.Call(func=decorator.decorator, args=[cst.Arg(call)])
                assign = cst.Assign(targets=[cst.AssignTarget(cst.Name(statement.name.value))], value=call)
                out.append(cst.SimpleStatementLine(body=[assign]))
            return out

        def leave_Module(self, original: cst.Module, updated: cst.Module) -> cst.Module:
            return updated.with_changes(body=self._split(list(updated.body)))

        def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
            if not isinstance(updated.body, cst.IndentedBlock):
                return updated
            body = self._split(list(updated.body.body))
            return updated.with_changes(body=updated.body.with_changes(body=body))

    undecorated: str = cst.parse_module(source).visit(Undecorate()).code
    return undecorated


def stage(only: list[str], tests: list[str] | None = None) -> None:
    """A copy of the checkout to mutate, with the gate's decorated functions written out (see above), and
    ``tests`` (when given) as the tests mutmut runs instead of pyproject.toml's selection: fewer tests can only
    kill fewer mutants, so a run with them gives a lower bound on the kill rate, at a cost a small machine can
    pay."""
    shutil.rmtree(STAGE, ignore_errors=True)
    STAGE.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, STAGE / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, STAGE / name)
    for path in sorted((STAGE / MUTATED).rglob("*.py")):
        path.write_text(undecorate(path.read_text(encoding="utf-8")), encoding="utf-8")
    if tests:
        config = STAGE / "pyproject.toml"
        text = config.read_text(encoding="utf-8")
        selection = re.compile(r"^pytest_add_cli_args_test_selection = \[.*?^\]", re.M | re.S)
        chosen = "pytest_add_cli_args_test_selection = [" + ", ".join(f'"{t}"' for t in tests) + "]"
        config.write_text(selection.sub(chosen, text, count=1), encoding="utf-8")
    with (STAGE / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
        # Only the caches of the modules being judged need emptying: a cache in a module no mutant touches
        # (the medicine name index, when only the rules are judged) holds the same value in every run, and
        # rebuilding it before each of thousands of tests would multiply the run's time.
        conftest.write(_CACHES_CLEARED.replace("_JUDGED", repr(tuple(only))))


_CACHES_CLEARED = """

# Added by tests/mutation.py for the mutation run only. mutmut learns which tests reach a function by
# recording calls on the unmutated run; a cached loader (the class table, the settings) is called by the
# first test only, so its mutants would be tried against that one test. Emptying the gate's caches before
# each test makes every test that uses them call them.
@pytest.fixture(autouse=True)
def _gate_caches_emptied() -> None:
    import importlib
    import pkgutil

    import medassess.gate

    for info in pkgutil.walk_packages(medassess.gate.__path__, "medassess.gate."):
        if _JUDGED and not info.name.removeprefix("medassess.gate.").startswith(_JUDGED):
            continue
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
"""


def run(jobs: int, only: list[str]) -> int:
    env = {**os.environ, "MEDASSESS_SHARED": os.environ.get("MEDASSESS_SHARED") or str(ROOT.parent / "shared")}
    mutmut = Path(sys.executable).parent / "mutmut"
    patterns = [f"medassess.gate.{module}.*" for module in only]
    command = [str(mutmut), "run", "--max-children", str(jobs), *patterns]
    result = subprocess.run(command, cwd=STAGE, env=env, check=False)
    return result.returncode


_RESULT = re.compile(r"^\s*(?P<module>[\w.]+?)\.x[_ǁ].*__mutmut_\d+: (?P<status>.+?)\s*$")


def _rates(c: collections.Counter[str]) -> str:
    """Detected (killed or timed out) among the mutants judged, and among those a selected test reaches."""
    detected = c["killed"] + c["timeout"]
    judged, reached = detected + c["survived"] + c["no tests"], detected + c["survived"]
    return f"{detected / judged if judged else 0:>8.1%}{detected / reached if reached else 0:>9.1%}"


def report() -> int:
    """Killed, survived and untested mutants per module of the gate, and every survivor by name."""
    mutmut = Path(sys.executable).parent / "mutmut"
    listing = subprocess.run(
        [str(mutmut), "results", "--all", "true"], cwd=STAGE, capture_output=True, text=True, check=False
    )
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    survivors: list[str] = []
    for line in listing.stdout.splitlines():
        found = _RESULT.match(line)
        if found is None:
            continue
        counts[found["module"]][found["status"]] += 1
        if found["status"] != "killed":
            survivors.append(line.strip())
    if not counts:
        print("no mutmut results in build/mutation: run `make mutate` first", file=sys.stderr)
        return 1
    columns = ("killed", "timeout", "survived", "no tests", "not checked")
    print(f"{'module':<36}{'mutants':>8}" + "".join(f"{c:>12}" for c in columns) + f"{'rate':>8}{'reached':>9}")
    total: collections.Counter[str] = collections.Counter()
    for module in [*sorted(counts), "all of medassess/gate"]:
        c = counts.get(module, total)
        if module in counts:
            total.update(c)
        print(f"{module:<36}{sum(c.values()):>8}" + "".join(f"{c[k]:>12}" for k in columns) + _rates(c))
    print(f"\n{len(survivors)} not killed (`mutmut show NAME` in build/mutation shows each diff):")
    for line in survivors:
        print(f"  {line}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants run at once")
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        metavar="MODULE",
        help="judge only these modules of the gate (e.g. rules engine classes facts registry); default all",
    )
    parser.add_argument(
        "--tests",
        nargs="+",
        default=None,
        metavar="PATH",
        help="run these tests against each mutant instead of pyproject.toml's selection (a lower bound)",
    )
    args = parser.parse_args()
    if not args.report:
        stage(args.only, args.tests)
        status = run(args.jobs, args.only)
        if status != 0:
            print(f"mutmut stopped (exit {status}); nothing to report", file=sys.stderr)
            return status
    return report()


if __name__ == "__main__":
    sys.exit(main())
