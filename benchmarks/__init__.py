"""On-demand benchmarks, never part of the test suite: ``python -m benchmarks`` runs them all, one after
another, and ``python -m benchmarks.<name>`` runs one (each takes ``--help``). Ratios are always measured
side by side in one run, on the same machine and data."""
