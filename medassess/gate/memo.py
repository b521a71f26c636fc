"""How much the share gate's memos of free text keep: sized to what one record reuses, not to a county's records.

The gate reads a record's free texts (a conclusion, a justification, a reason) through many readings, and several
rules ask the same reading of the same text, so each reading keeps its answers in a bounded memo
(``functools.lru_cache``) keyed by the text, its sentences or its words. A memo keyed by a text met once per
record gains nothing from the records before it: across a batch of distinct records it only fills, each entry
holding its key and its answer (tuples, match objects), until it is full. Sized for a county (4,096 texts and
65,536 words each, about 40 of them), the memos held some 77,000 entries after 1,000 distinct records and went on
filling, about 37 MiB above the floor of `validate` (issue 14's goal is under 100 MB whatever the number of
records). Sized to what one record asks again, they are full within a few records, so the peak is flat, and a
text that recurs from record to record (a standard phrase, the shipped examples of the benchmarks) is still met
again while it is among the last few hundred.

Every size here is well above what a record of ordinary size reads (a record of a hundred medicines, each with
its own assessment, reads a few hundred texts); a larger one reads its texts again rather than from the memo,
with the same answers. Memos keyed by a closed vocabulary (a medicine name, a phrase list, a character) keep
their own sizes, as do the tables read once.
"""

from __future__ import annotations

TEXTS = 128
"""Whole texts and the readings of a whole text (normalised, tokenised, cut into clauses, each step of a reading):
at most 58 asked of one memo by one record (the examples and the 60 largest red-team records among 295 measured,
every memo emptied before each; issue 14), so 128. At 512 texts, 1,024 sentences and 4,096 words the memos held
44,039 entries once some 5,000 distinct records had passed; these four sizes cut `validate`'s peak over 1,000
such records by about 10 MiB."""

SENTENCES = 256
"""Sentences and clauses of the texts: at most 90 asked of one memo by one record (measured as :data:`TEXTS`)."""

WORDS = 2048
"""Single words of the texts (their frequency in English, their letters, what they report): at most 1,119 asked of one
memo by one record (English frequencies; the name index at most 267; measured as :data:`TEXTS`)."""

TOKENISED = 512
"""Texts tokenised (:func:`medassess.gate.wording.tokens`): the texts of a record and the phrases of the tables asked
of them, at most 140 by one record (measured as :data:`TEXTS`); 4,096 held about 6 MiB of records' texts and their
tokens once a few thousand distinct records had passed."""

NORMALISED = 256
"""Texts normalised (:func:`medassess.gate.text.normalise`): at most 94 asked by one record once the tables are
loaded (the examples, the 60 largest red-team records and every 80th of the rest, 350 records, the memo emptied
before each; a table loaded on first use normalises up to 2,927 phrases of its own, once a process, which no memo
need keep). It was 4,096: over 1,000 distinct benchmark records the misses rose from 19,747 to 35,454 (the examples'
names and medicines, met again every 7 records, fall out of 256), ASCII texts lowered and split again, with no
difference in the gate's CPU time beyond the noise (15.0-17.8 ms a record either way, alternated runs)."""
