"""Property-based red-team tests: a disguised text is judged exactly as its plain form.

A strategy disguises text the ways issue 9 lists (look-alike Cyrillic and Greek letters, zero-width characters
and soft hyphens inside words, bidi controls, full-width forms, odd dashes and spaces) and the gate's verdict on
the disguised record must equal its verdict on the plain one:

(a) hollow phrases as a conclusion: refused, plain and disguised;
(b) good conclusions: pass, plain and disguised (a mixed-script word may warn, never refuse);
(c) a medicine of concern, unassessed, under a disguised name: refused like the plain name.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.redteam.cases import F, L, M, N, P, conclusion_of, load_base, overall_of
from tests.redteam.disguise import BIDI_CONTROLS, DASHES, HOMOGLYPHS, SOFT_HYPHEN, SPACES, ZERO_WIDTH, plain
from tests.redteam.harness import verdict

BOUNDED = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # No shrinking: the failure message already shows the plain and the disguised text, and shrinking a
    # failing example of a rebuilt-but-wrong gate would take minutes instead of seconds.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)

OPERATIONS = ("homoglyph", "zero-width", "soft-hyphen", "bidi", "full-width", "dash", "space")


def disguise(text: str, operations: frozenset[str], rate: float, rnd: random.Random) -> str:
    """Apply the chosen disguises to ``text``; each touches a ``rate`` share of the places it can."""
    out: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        c = ch
        if "homoglyph" in operations and ch in HOMOGLYPHS and rnd.random() < rate:
            c = rnd.choice(HOMOGLYPHS[ch])
        elif "full-width" in operations and "!" <= ch <= "~" and rnd.random() < rate:
            c = chr(ord(ch) + 0xFEE0)
        elif "dash" in operations and ch == "-" and rnd.random() < rate:
            c = rnd.choice(DASHES)
        elif "space" in operations and ch == " " and rnd.random() < rate:
            c = rnd.choice(SPACES)
        out.append(c)
        if ch.isalnum() and nxt.isalnum():  # inside a word
            if "zero-width" in operations and rnd.random() < rate:
                out.append(rnd.choice(ZERO_WIDTH))
            if "soft-hyphen" in operations and rnd.random() < rate:
                out.append(SOFT_HYPHEN)
            if "bidi" in operations and rnd.random() < rate / 2:
                out.append(rnd.choice(BIDI_CONTROLS[:2]))  # marks inside words
    result = "".join(out)
    if "bidi" in operations and rnd.random() < 0.5:
        result = "\u2066" + result + "\u2069"  # an isolate around the whole text
    if result == text:  # make sure something is disguised: a zero-width space after the first letter or digit
        first = next((i for i, ch in enumerate(text) if ch.isalnum()), 0)
        result = text[: first + 1] + "\u200b" + text[first + 1 :]
    return result


@st.composite
def disguised(draw: st.DrawFn, texts: list[str]) -> tuple[str, str]:
    """(plain text, disguised text)."""
    text = draw(st.sampled_from(texts))
    operations = frozenset(draw(st.sets(st.sampled_from(OPERATIONS), min_size=1)))
    rate = draw(st.sampled_from((0.05, 0.2, 0.5, 1.0)))
    rnd = draw(st.randoms(use_true_random=False))
    return text, disguise(text, operations, rate, rnd)


def test_disguise_changes_the_text_and_keeps_its_reading() -> None:
    """The strategy is sound: a disguise changes the characters, not what a reader reads."""
    rnd = random.Random(9)
    for text in HOLLOW + [t for _, _, t in GOOD] + CONCERN_NAMES:
        for ops in OPERATIONS:
            d = disguise(text, frozenset({ops}), 1.0, rnd)
            assert d != text
            assert plain(d) == plain(text), (ops, text, d)


# (a) hollow phrases -----------------------------------------------------------------------------------------

HOLLOW = [
    "Please refer to the drug service letter.",
    "As per letter dated 3/2 from the drug service regarding methadone.",
    "See clinic letter.",
    "See letter from drug service.",
    "No concerns regarding methadone at this time noted.",
    "Not applicable to this pregnancy as far as methadone is concerned at present.",
    "Methadone: pending review. Pending review by drug service, pending review by maternity team.",
    "Lorem ipsum dolor sit amet, methadone consectetur adipiscing elit, sed do eiusmod tempor.",
    "Methadone reviewed today with the patient and all relevant factors were considered.",
    "Discussed with patient.",
    "N/A",
    "Methadone methadone methadone methadone methadone methadone methadone methadone.",
]


def _with_methadone_conclusion(text: str) -> dict[str, Any]:
    data = load_base(M)
    next(a for a in data["assessments"] if a["id"] == "asm-methadone")["conclusion"] = text
    return data


@BOUNDED
@given(disguised(HOLLOW))
def test_disguised_hollow_conclusion_is_refused_like_the_plain_one(pair: tuple[str, str]) -> None:
    text, hidden = pair
    plain_verdict, plain_issues, _ = verdict(_with_methadone_conclusion(text))
    hidden_verdict, hidden_issues, error = verdict(_with_methadone_conclusion(hidden))
    assert plain_verdict == "refuse", f"the plain hollow conclusion {text!r} passes: {plain_issues}"
    assert hidden_verdict == plain_verdict, (
        f"disguised {hidden!r} (plain {text!r}): {hidden_verdict}, plain form {plain_verdict}; "
        f"{error or [(i.code, i.message) for i in hidden_issues]}"
    )


@pytest.mark.parametrize("text", HOLLOW)
def test_plain_hollow_conclusion_is_refused(text: str) -> None:
    """The baseline the property compares against, one phrase at a time."""
    got, issues, _ = verdict(_with_methadone_conclusion(text))
    assert got == "refuse", f"the hollow conclusion {text!r} passes: {[(i.code, i.message) for i in issues]}"


# (b) good conclusions ---------------------------------------------------------------------------------------

GOOD: list[tuple[str, str, str]] = [
    # (example, assessment id or "overall", text)
    (M, "asm-methadone", conclusion_of(M, "asm-methadone")),
    (M, "asm-sertraline", conclusion_of(M, "asm-sertraline")),
    (M, "overall", overall_of(M)),
    (L, "asm-lithium", conclusion_of(L, "asm-lithium")),
    (F, "asm-diazepam-pregabalin", conclusion_of(F, "asm-diazepam-pregabalin")),
    (P, "asm-partner-quetiapine", conclusion_of(P, "asm-partner-quetiapine")),
    (M, "asm-methadone",
     "See also the drug service letter. In summary: methadone 60 mg daily continues through pregnancy and must not "
     "be cut down without the drug service. The baby is likely to need NAS observation for at least 72 hours on "
     "the postnatal ward; breastfeeding is encouraged on a stable dose. Because of sedation after each dose there "
     "must be no co-sleeping, and the health visitor will see the cot at the first visit."),
    (P, "asm-partner-quetiapine",
     "Please see the baby at home within 48 hours of discharge to check the sleeping arrangements: the father's "
     "quetiapine 300 mg at night leaves him too drowsy to care for the baby safely after his dose, so he must not "
     "share a bed or sofa with the baby or do night feeds. The mother does the night feeds and the baby sleeps in "
     "its own crib."),
]


def _with(stem: str, where: str, text: str) -> dict[str, Any]:
    data = load_base(stem)
    if where == "overall":
        data["overall_conclusion"]["text"] = text
    else:
        next(a for a in data["assessments"] if a["id"] == where)["conclusion"] = text
    return data


@st.composite
def disguised_good(draw: st.DrawFn) -> tuple[tuple[str, str, str], str]:
    entry = draw(st.sampled_from(GOOD))
    _, hidden = draw(disguised([entry[2]]))
    return entry, hidden


@BOUNDED
@given(disguised_good())
def test_disguised_good_conclusion_passes_like_the_plain_one(drawn: tuple[tuple[str, str, str], str]) -> None:
    (stem, where, text), hidden = drawn
    plain_verdict, plain_issues, _ = verdict(_with(stem, where, text))
    hidden_verdict, hidden_issues, error = verdict(_with(stem, where, hidden))
    assert plain_verdict == "pass", f"the plain good conclusion is refused: {plain_issues}"
    assert hidden_verdict == plain_verdict, (
        f"disguised good conclusion in {stem}/{where}: {hidden_verdict}; {hidden!r}; "
        f"{error or [(i.code, i.severity, i.message) for i in hidden_issues if i.severity == 'error']}"
    )


@pytest.mark.parametrize("entry", GOOD, ids=lambda e: f"{e[0]}/{e[1]}/{e[2][:30]}")
def test_plain_good_conclusion_passes(entry: tuple[str, str, str]) -> None:
    stem, where, text = entry
    got, issues, _ = verdict(_with(stem, where, text))
    assert got == "pass", f"{stem}/{where}: {[(i.code, i.message) for i in issues if i.severity == 'error']}"


# (c) medicines of concern under disguised names -------------------------------------------------------------

CONCERN_NAMES = [
    "Methadone 1mg/ml oral solution",
    "Diazepam 5mg tablets",
    "Pregabalin 75mg capsules",
    "Sodium valproate 200mg gastro-resistant tablets",
    "Lithium carbonate 400mg modified-release tablets",
    "Quetiapine 25mg tablets",
    "Sertraline 50mg tablets",
    "Subutex 8mg sublingual tablets",
    "Lyrica 75mg capsules",
    "Promethazine hydrochloride 25mg tablets",
    "Co-dydramol 10mg/500mg tablets",
    "Phenobarbital 30mg tablets",
    "Methotrexate 2.5mg tablets",
    "Zopiclone 7.5mg tablets",
]


def _with_unassessed(name: str) -> dict[str, Any]:
    data = load_base(N)
    data["medicines"].append({
        "id": "med-extra",
        "name": name,
        "dose": "As directed",
        "started": "2025-11-10",
        "prescriber": {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}},
    })
    return data


@BOUNDED
@given(disguised(CONCERN_NAMES))
def test_disguised_medicine_of_concern_is_still_refused(pair: tuple[str, str]) -> None:
    name, hidden = pair
    plain_verdict, plain_issues, _ = verdict(_with_unassessed(name))
    hidden_verdict, hidden_issues, error = verdict(_with_unassessed(hidden))
    assert plain_verdict == "refuse", f"unassessed {name!r} passes: {plain_issues}"
    assert hidden_verdict == plain_verdict, (
        f"unassessed {hidden!r} (plain {name!r}): {hidden_verdict}; "
        f"{error or [(i.code, i.message) for i in hidden_issues]}"
    )


@pytest.mark.parametrize("name", CONCERN_NAMES)
def test_plain_medicine_of_concern_unassessed_is_refused(name: str) -> None:
    """The baseline the property compares against, one name at a time."""
    got, issues, _ = verdict(_with_unassessed(name))
    assert got == "refuse", f"unassessed {name!r} passes: {issues}"
