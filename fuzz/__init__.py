"""A fuzz harness for medassess's readers, run on demand: ``python -m fuzz READER --n N [--seed S] [--jobs J]``.

READER is ``record`` (record JSON, ``parse_record``), ``fhir-json`` (``read_fhir_json``), ``fhir-xml``
(``read_fhir_xml``), ``hl7v2`` (``read_hl7v2``) or ``all``. Inputs are structure-aware mutations of
valid exports of the shipped examples with canaries planted (``fuzz.seeds``, ``fuzz.mutators``); each is
judged by the oracles in ``fuzz.oracles``: nothing but a MedassessError escapes a reader, no refusal or log
carries a canary, and whatever a reader accepts can be written by every writer and read back unchanged.
The suite runs a smoke run of 1,000 inputs per reader (tests/test_fuzz_smoke.py); docs/security.md
("Fuzzing") says how to run it, what it checks and the figures of the last long run.

Why a plain seeded ``random.Random`` and not atheris or hypothesis: the readers are pure Python over
orjson and lxml, so coverage-guided fuzzing (atheris) would mostly guide through Python bytecode and needs
a native build that is not always installable; hypothesis is the suite's tool for properties (it shrinks
well and the round-trip tests use it), but its engine costs milliseconds per example, which a run of
100,000 inputs per reader cannot afford. A seeded generator costs microseconds, makes input ``i`` of a run
reproducible on its own (its generator is seeded by seed, reader and ``i``, whatever ``--jobs`` does), and
splits across processes without coordination. The harness shrinks what it finds itself (``fuzz.harness``).

This package is a development tool: it is not in the wheel (pyproject packages only ``medassess``).
"""
