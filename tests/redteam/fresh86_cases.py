"""An eighty-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-ninth round, against the newest readings of medicines named in conclusions (MA120).

MA120 refuses a medicine of concern named in a conclusion but missing from the medicine list, unless the text
says she (or the partner) does not take it now, it is another person's, it is advised against, or it is an
option for a specialist; a use stated after a negation wins ("no longer prescribed; she buys it online").
These cases are written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or
its word lists. About four in five are GOOD conclusions whose medicine mentions must not demand an assessment,
in shapes near the new "use now" reading:

* ``stop-then-other``: not taken now, followed by a verb of use about something else ("stopped codeine and
  takes paracetamol instead", "stopped diazepam in 2024 and restarted sertraline in May");
* ``not-taken``: more ways of saying she does not take it ("none since booking", "in childhood only", "a
  friend offered it and she said no", "ran out and has not restarted it");
* ``other-people``: a relative's or friend's medicine, named with a verb of use about that person;
* ``baby-treatment``: the baby's morphine given, not needed, prepared but never given;
* ``advice-alternatives``: "should not restart", "best avoided", "steer clear of", an alternative named for a
  specialist to weigh, a future restart only with a condition;
* ``own-listed``: the record's own medicines named beside a medicine she no longer takes;
* ``hidden-use``: near misses where she does take the unlisted medicine (buys it, uses a relative's, restarted
  it, cannot sleep without it): must refuse; and their good twins;
* ``hollow-near``: conclusions that mention a stopped medicine and say nothing else: must refuse; and good twins;
* ``disguise``: a fifth of the corpus, texts from above in look-alike letters, zero-width characters, soft
  hyphens, bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh86_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    V,
    add_medicine,
    conclusion_of,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F86CASES: list[Case] = []

CATEGORIES = (
    "stop-then-other",
    "not-taken",
    "other-people",
    "baby-treatment",
    "advice-alternatives",
    "own-listed",
    "hidden-use",
    "hollow-near",
    "disguise",
)

SO, NT, OP, BT, AA, OL, HU, HN, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F86CASES.append(Case(f"f86-{name}", category, expect, base, mutate, why, **kw))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


meth = _at("assessments#asm-methadone.conclusion")
sert = _at("assessments#asm-sertraline.conclusion")
cit = _at("assessments#asm-citalopram.conclusion")
lith = _at("assessments#asm-lithium.conclusion")
valp = _at("assessments#asm-valproate.conclusion")
dzp = _at("assessments#asm-diazepam-pregabalin.conclusion")
quet = _at("assessments#asm-partner-quetiapine.conclusion")
overall = _at("overall_conclusion.text")

_COLE = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}


def n_overall(text: str) -> Mutation:
    """The postnatal record with nothing of concern, given an overall conclusion by its pharmacist."""
    return set_("overall_conclusion", {"text": text, "author": _COLE, "date": "2026-04-09"})


# The shipped conclusions, so a case adds one sentence about another medicine to complete clinical work.
MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
CC = conclusion_of(C, "asm-citalopram")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
MO, CO, LO, VO, FO, PO = (overall_of(b) for b in (M, C, L, V, F, P))

SETTERS: dict[str, tuple[str, Setter, str]] = {
    "meth": (M, meth, MC),
    "sert": (M, sert, SC),
    "mo": (M, overall, MO),
    "cit": (C, cit, CC),
    "co": (C, overall, CO),
    "lith": (L, lith, LC),
    "lo": (L, overall, LO),
    "valp": (V, valp, VC),
    "vo": (V, overall, VO),
    "dzp": (F, dzp, DC),
    "fo": (F, overall, FO),
    "quet": (P, quet, QC),
    "po": (P, overall, PO),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def rlm(text: str) -> str:
    return " ".join(f"{word}\u200e" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    """The shipped conclusion at `where` with one sentence added (after it, or before it with front=True), or
    replaced by `extra` (whole=True); and, when a disguise is given, the same text disguised (same verdict)."""
    base, setter, shipped = SETTERS[where]
    if whole:
        text = extra
    elif front:
        text = f"{extra} {shipped}"
    else:
        text = f"{shipped} {extra}"
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(
    name: str,
    category: str,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    case(name, category, PASS, where, extra, why, front=front, whole=whole, disguise=disguise)


def bad(
    name: str,
    category: str,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    case(name, category, REFUSE, where, extra, why, front=front, whole=whole, disguise=disguise)


# ============================================================================================================
# stop-then-other: not taken now, then a verb of use about something else. Must pass.

ok(
    "so-meth-codeine-paracetamol-instead",
    SO,
    "meth",
    "She stopped codeine at 10/40 and takes paracetamol instead for her back.",
    "codeine stopped; the verb of use is about paracetamol",
)
ok(
    "so-mo-zopiclone-sleep-app",
    SO,
    "mo",
    "No longer on zopiclone; she now uses a sleep app and keeps to a wind-down routine.",
    "zopiclone not taken now; 'uses' is about an app",
    disguise=zwj,
)
ok(
    "so-sert-stopped-diazepam-restarted-sertraline",
    SO,
    "sert",
    "She stopped diazepam in 2024 and restarted sertraline in May, which suits her.",
    "restarted is about sertraline, the listed medicine, not diazepam",
)
ok(
    "so-lith-previously-tramadol-nothing-for-pain",
    SO,
    "lith",
    "Previously on tramadol for a wrist fracture; she now takes nothing for pain.",
    "tramadol is history; she takes nothing now",
)
ok(
    "so-cit-weaned-off-codeine-started-ibuprofen",
    SO,
    "cit",
    "Weaned off co-codamol last winter and started on plain paracetamol, which controls her headaches.",
    "co-codamol weaned off; started is about paracetamol",
    disguise=cyr,
)
ok(
    "so-co-gave-up-zopiclone-uses-cbt-i",
    SO,
    "co",
    "Gave up zopiclone before she conceived and uses the CBT-I workbook from the surgery.",
    "zopiclone given up; the workbook is used",
)
ok(
    "so-valp-came-off-carbamazepine-takes-valproate",
    SO,
    "valp",
    "She came off carbamazepine in 2021 because of a rash and has taken valproate since.",
    "carbamazepine stopped; the verb of use is about valproate, the listed medicine",
)
ok(
    "so-vo-topiramate-stopped-takes-folic",
    SO,
    "vo",
    "Topiramate for migraine was stopped at her last review; she takes only valproate and folic acid now.",
    "topiramate stopped; she takes the listed medicines only",
    disguise=shy,
)
ok(
    "so-dzp-tramadol-stopped-uses-tens",
    SO,
    "dzp",
    "Tramadol was stopped on the ward and she uses a TENS machine and paracetamol for the section wound.",
    "tramadol stopped; she uses a TENS machine",
)
ok(
    "so-fo-codeine-switched-to-paracetamol",
    SO,
    "fo",
    "Codeine was stopped at discharge and she now takes paracetamol and ibuprofen for the section wound.",
    "codeine stopped at discharge; paracetamol and ibuprofen taken now",
)
ok(
    "so-quet-father-stopped-zopiclone-takes-quetiapine",
    SO,
    "quet",
    "He stopped zopiclone when the baby came and now takes only the quetiapine at 10pm.",
    "zopiclone stopped; he takes the listed quetiapine",
    disguise=greek,
)
ok(
    "so-po-mother-stopped-dihydrocodeine",
    SO,
    "po",
    "The mother stopped dihydrocodeine on day 4 and manages the stitches with paracetamol alone.",
    "dihydrocodeine stopped; paracetamol is the listed medicine",
)
ok(
    "so-meth-ran-out-pregabalin-not-restarted",
    SO,
    "meth",
    "She ran out of pregabalin in January and has not restarted it; the drug service urine screens agree.",
    "ran out and has not restarted: not taken now",
)
ok(
    "so-lo-off-olanzapine-exercise",
    SO,
    "lo",
    "Off olanzapine since 2023; she now swims twice a week and keeps her sleep regular as relapse prevention.",
    "olanzapine is history; swimming is the verb of use",
)
ok(
    "so-sert-switched-from-mirtazapine",
    SO,
    "sert",
    "Mirtazapine was swapped for sertraline at 6/40 and she has taken sertraline every day since.",
    "mirtazapine swapped out; sertraline taken",
    disguise=rlm,
)
ok(
    "so-dzp-no-more-promethazine-uses-emollient",
    SO,
    "dzp",
    "No more promethazine for the itch; she now uses an emollient and cool showers instead.",
    "promethazine stopped; emollient used",
)
ok(
    "so-cit-stopped-fluoxetine-takes-citalopram",
    SO,
    "cit",
    "Fluoxetine was stopped in 2023 because of agitation and she takes citalopram alone now.",
    "fluoxetine stopped; the listed citalopram taken",
)
ok(
    "so-mo-buprenorphine-switched-to-methadone",
    SO,
    "mo",
    "Buprenorphine was switched to methadone by the drug service in 2024 and she takes methadone daily now.",
    "buprenorphine switched out; methadone listed",
)
ok(
    "so-fo-gabapentin-stopped-pregabalin-continues",
    SO,
    "fo",
    "Gabapentin was stopped when pregabalin started and she does not take both.",
    "gabapentin stopped; pregabalin is listed",
)
ok(
    "so-valp-lamotrigine-failed-valproate-since",
    SO,
    "valp",
    "Lamotrigine was tried in 2018 and stopped for breakthrough seizures; valproate has controlled them since.",
    "lamotrigine tried and stopped long ago",
)

bad(
    "so-co-stopped-cocodamol-takes-tramadol",
    SO,
    "co",
    "She stopped co-codamol and takes tramadol instead for her back.",
    "tramadol taken instead: hers, not listed",
)
bad(
    "so-mo-no-longer-zopiclone-uses-promethazine",
    SO,
    "mo",
    "No longer on zopiclone; she now uses promethazine 25 mg to sleep.",
    "promethazine used now: hers, not listed",
    disguise=cyr,
)

# ============================================================================================================
# not-taken: more ways of saying she does not take it now. Must pass (with refusing near misses).

ok(
    "nt-meth-gabapentin-none-since-booking",
    NT,
    "meth",
    "Gabapentin: none since booking, confirmed with the drug service.",
    "none since booking",
)
ok(
    "nt-mo-nil-diazepam-18-months",
    NT,
    "mo",
    "Nil diazepam for 18 months on the drug service screens.",
    "nil for 18 months",
    disguise=cyr,
)
ok(
    "nt-sert-codeine-ran-out-not-renewed",
    NT,
    "sert",
    "Her codeine ran out in the summer and was not renewed.",
    "ran out and not renewed",
)
ok(
    "nt-lith-phenobarbital-childhood-only",
    NT,
    "lith",
    "She had phenobarbital for febrile convulsions in childhood only.",
    "in childhood only",
)
ok(
    "nt-lo-last-took-quetiapine-2025",
    NT,
    "lo",
    "She last took quetiapine in 2025 and does not want it again.",
    "last taken in 2025",
)
ok(
    "nt-cit-friend-offered-pregabalin-said-no",
    NT,
    "cit",
    "A friend offered her pregabalin at a party and she said no.",
    "offered and refused",
    disguise=zwj,
)
ok("nt-co-no-zopiclone-this-pregnancy", NT, "co", "No zopiclone at any point in this pregnancy.", "no X at any point")
ok(
    "nt-valp-never-had-topiramate",
    NT,
    "valp",
    "She has never had topiramate or any other antiepileptic apart from valproate.",
    "never had",
)
ok("nt-vo-carbamazepine-not-since-teens", NT, "vo", "Carbamazepine not since her teens.", "not since her teens")
ok(
    "nt-dzp-tramadol-declined",
    NT,
    "dzp",
    "Tramadol was offered after the section and she declined it.",
    "offered and declined",
    disguise=shy,
)
ok("nt-fo-no-codeine-since-discharge", NT, "fo", "She has taken no codeine since discharge.", "taken no X since")
ok("nt-quet-father-zopiclone-none-for-a-year", NT, "quet", "Zopiclone: he has had none for a year.", "he has had none")
ok(
    "nt-po-mother-morphine-only-in-theatre",
    NT,
    "po",
    "The mother had morphine in theatre only and takes none now.",
    "in theatre only; none now",
)
ok(
    "nt-meth-heroin-and-diazepam-not-used-since-2023",
    NT,
    "meth",
    "Street diazepam not used since 2023, confirmed on screens.",
    "not used since 2023",
    disguise=greek,
)
ok(
    "nt-sert-zolpidem-stopped-before-conception",
    NT,
    "sert",
    "Zolpidem was stopped before conception and has not been restarted.",
    "stopped, not restarted",
)
ok(
    "nt-lith-valproate-avoided-historic",
    NT,
    "lith",
    "Valproate was used briefly in 2019 and has not been taken since.",
    "used briefly, not since",
)
ok(
    "nt-fo-promethazine-one-dose-in-hospital",
    NT,
    "fo",
    "She had a single dose of promethazine in hospital on day 2 and none since.",
    "one dose in hospital, none since",
)
ok(
    "nt-cit-no-pregabalin-no-gabapentin",
    NT,
    "cit",
    "Asked about pregabalin and gabapentin: she has used neither.",
    "used neither",
)
bad(
    "nt-meth-gabapentin-since-booking",
    NT,
    "meth",
    "Gabapentin since booking for nerve pain in her leg.",
    "taking gabapentin since booking: hers, not listed",
)
bad(
    "nt-co-zopiclone-most-nights-this-pregnancy",
    NT,
    "co",
    "Zopiclone 7.5 mg most nights through this pregnancy.",
    "zopiclone nightly, not listed",
    disguise=zwj,
)
bad(
    "nt-fo-codeine-since-discharge",
    NT,
    "fo",
    "She has taken codeine since discharge for the section wound.",
    "codeine since discharge, not listed",
)

# ============================================================================================================
# other-people: another person's medicine with a verb of use about that person. Must pass.

ok(
    "op-meth-mum-diazepam-locked-away",
    OP,
    "meth",
    "Her mum takes diazepam and keeps it locked away in her own flat.",
    "mum's diazepam, with a verb of use about mum",
)
ok(
    "op-lith-sister-restarted-methadone",
    OP,
    "lith",
    "Her sister restarted methadone last month; they do not share any medication.",
    "sister restarted methadone",
    disguise=cyr,
)
ok(
    "op-mo-dad-tramadol-lockbox",
    OP,
    "mo",
    "Her dad takes tramadol for his back and keeps it in a lockbox when he visits.",
    "dad's tramadol",
)
ok(
    "op-cit-flatmate-uses-zopiclone",
    OP,
    "cit",
    "Her flatmate uses zopiclone and stores it in her own room.",
    "flatmate's zopiclone",
)
ok(
    "op-valp-brother-on-lamotrigine",
    OP,
    "valp",
    "Her brother also has epilepsy and takes lamotrigine; she knows the seizure first aid.",
    "brother's lamotrigine",
)
ok(
    "op-dzp-grandmother-oramorph",
    OP,
    "dzp",
    "The foster carer's mother, who visits, uses Oramorph for cancer pain and keeps it out of reach.",
    "carer's mother's Oramorph",
    disguise=shy,
)
bad(
    "op-fo-birth-father-methadone",
    OP,
    "fo",
    "The birth father is on methadone from the drug service; he has no overnight contact.",
    # Written as a pass; changed on review (stop 33): the baby's father is a parent, and docs/rules.md (MA120)
    # asks that a medicine named as a parent's be on the list as that parent's. Daytime contact with a father
    # holding methadone still bears on the baby's safety (accidental ingestion), so it is assessed, not waved by.
    "the baby's father's methadone: a parent's medicine of concern, unlisted",
)
ok(
    "op-sert-partner-stopped-methadone-works-nights",
    OP,
    "sert",
    "Her partner stopped methadone two years ago and now works nights.",
    "partner not taking methadone now; works is not a verb of use",
)
ok(
    "op-lo-aunt-valproate-warning",
    OP,
    "lo",
    "Her aunt took valproate in pregnancy and her cousin was affected, which is why she asks so many questions.",
    "aunt's valproate, history",
)
ok(
    "op-po-mothers-sister-pregabalin",
    OP,
    "po",
    "The mother's sister, who helps in the day, takes pregabalin and is not to do night care.",
    "sister's pregabalin",
    disguise=greek,
)
ok(
    "op-quet-father-brother-methadone",
    OP,
    "quet",
    "His brother is on a methadone script and does not stay over.",
    "brother's methadone",
)
ok(
    "op-co-mum-now-uses-zopiclone",
    OP,
    "co",
    "She no longer takes zopiclone; her mum now uses it.",
    "a stopped medicine now used by mum, not her",
)
ok(
    "op-meth-neighbour-buprenorphine",
    OP,
    "meth",
    "A neighbour on buprenorphine collects from the same pharmacy; she does not share supplies.",
    "neighbour's buprenorphine",
)
bad(
    "op-meth-uses-mums-diazepam",
    OP,
    "meth",
    "She uses her mum's diazepam on bad nights.",
    "uses her mum's diazepam: hers, not listed",
)
bad(
    "op-cit-sisters-zopiclone-she-takes",
    OP,
    "cit",
    "Her sister's zopiclone, which she takes when she cannot sleep, is the main worry.",
    "sister's zopiclone that she takes",
    disguise=cyr,
)
bad(
    "op-sert-borrows-partners-codeine",
    OP,
    "sert",
    "She borrows her partner's codeine for headaches a few times a month.",
    "borrows partner's codeine: hers",
)

# ============================================================================================================
# baby-treatment: the baby's morphine given, not needed, or prepared and never given. Must pass.

ok(
    "bt-dzp-settled-without-morphine",
    BT,
    "dzp",
    "The baby settled on the ward without morphine and fed well.",
    "treatment never given",
)
ok(
    "bt-fo-oral-morphine-not-needed-finnegan",
    BT,
    "fo",
    "Oral morphine was not needed; Finnegan scores stayed under 8.",
    "not needed",
    disguise=zwj,
)
ok(
    "bt-fo-morphine-given-weaned",
    BT,
    "fo",
    "The baby was given oral morphine by the neonatal team for five days and weaned off it before discharge.",
    "the baby's own morphine",
)
ok(
    "bt-dzp-morphine-prepared-never-given",
    BT,
    "dzp",
    "Morphine was prepared on SCBU but never given.",
    "prepared but never given",
)
ok(
    "bt-mo-baby-may-need-morphine",
    BT,
    "mo",
    "If withdrawal scores rise, the neonatal team may start oral morphine for the baby.",
    "possible treatment of the baby",
)
ok(
    "bt-meth-no-morphine-for-baby-hoped",
    BT,
    "meth",
    "Most babies on this dose do not need morphine; the ward will score every 4 hours.",
    "general statement about babies",
    disguise=cyr,
)
ok(
    "bt-po-baby-phenobarbital-not-required",
    BT,
    "po",
    "The baby's jitteriness settled and phenobarbital was not required.",
    "baby treatment not required",
)
ok(
    "bt-fo-nicu-did-not-start-morphine",
    BT,
    "fo",
    "The neonatal team did not need to start morphine; the baby fed and slept well.",
    "did not need to start",
)
ok(
    "bt-dzp-baby-got-morphine-on-scbu",
    BT,
    "dzp",
    "On SCBU the baby received oral morphine from day 3 to day 9 and came off it without rebound.",
    "baby received morphine",
    disguise=greek,
)
ok(
    "bt-quet-baby-no-medicines",
    BT,
    "quet",
    "The baby has needed no medicines; no morphine or phenobarbital was started.",
    "no morphine started",
)
ok(
    "bt-sert-baby-morphine-not-expected",
    BT,
    "sert",
    "Sertraline alone does not cause withdrawal needing morphine.",
    "morphine named about the baby, not expected",
)
bad(
    "bt-dzp-she-cannot-sleep-without-diazepam-morphine",
    BT,
    "fo",
    "She cannot settle at night without morphine tablets from a friend.",
    "the mother's morphine without a prescription: hers, not listed",
)
bad(
    "bt-po-mother-takes-oramorph-nightly",
    BT,
    "po",
    "The mother takes Oramorph at night for her back pain, which adds to the household's sedation.",
    "mother's Oramorph, not listed",
)

# ============================================================================================================
# advice-alternatives: advised against, should not restart, alternatives for a specialist. Must pass.

ok(
    "aa-meth-should-not-restart-pregabalin",
    AA,
    "meth",
    "She should not restart pregabalin without the drug service.",
    "should not restart",
    disguise=shy,
)
ok(
    "aa-fo-codeine-best-avoided-bf",
    AA,
    "fo",
    "Codeine is best avoided; paracetamol and ibuprofen for the section pain.",
    "best avoided",
)
ok(
    "aa-dzp-steer-clear-of-promethazine",
    AA,
    "dzp",
    "Steer clear of over-the-counter sleep aids such as promethazine, which add to sedation.",
    "steer clear of",
)
ok(
    "aa-valp-lamotrigine-likely-alternative",
    AA,
    "valp",
    "Lamotrigine is the likely alternative neurology will look at.",
    "an alternative for neurology",
    disguise=cyr,
)
ok(
    "aa-vo-levetiracetam-or-lamotrigine",
    AA,
    "vo",
    "Levetiracetam or lamotrigine are the options neurology will weigh at the urgent review.",
    "options for neurology",
)
ok(
    "aa-lo-quetiapine-backup-for-psychiatry",
    AA,
    "lo",
    "Quetiapine is the fallback the perinatal psychiatrist would consider if lithium levels cannot be kept stable.",
    "a fallback for the psychiatrist",
)
ok(
    "aa-cit-not-to-restart-mirtazapine-unless",
    AA,
    "cit",
    "Not to restart mirtazapine unless the perinatal team advise it.",
    "advice with a restart condition",
)
ok(
    "aa-co-if-zopiclone-restarted-review",
    AA,
    "co",
    "If zopiclone is ever restarted, the GP must review the safe-sleep plan first.",
    "a conditional future restart",
    disguise=rlm,
)
ok(
    "aa-sert-avoid-tramadol-with-sertraline",
    AA,
    "sert",
    "Tramadol must be avoided with sertraline because of serotonin toxicity.",
    "advised against",
)
ok(
    "aa-mo-no-codeine-after-birth",
    AA,
    "mo",
    "No codeine after the birth: it can add to the baby's sedation with breastfeeding.",
    "advice against",
)
ok(
    "aa-quet-zopiclone-not-advised-for-father",
    AA,
    "quet",
    "Zopiclone is not advised for him on top of quetiapine.",
    "not advised",
)
ok(
    "aa-po-diazepam-would-be-a-poor-choice",
    AA,
    "po",
    "Diazepam would be a poor choice for the father's anxiety while he is doing day care; his GP knows.",
    "judged a poor choice",
)
ok(
    "aa-lith-valproate-must-not-be-used",
    AA,
    "lith",
    "Valproate must not be used as a mood stabiliser in a woman who could become pregnant.",
    "must not be used",
    disguise=greek,
)
ok(
    "aa-dzp-gabapentin-no-substitute",
    AA,
    "dzp",
    "Gabapentin is not to be substituted for pregabalin during the reduction.",
    "not to be substituted",
)
ok(
    "aa-valp-topiramate-also-unsuitable",
    AA,
    "valp",
    "Topiramate is also unsuitable in pregnancy and will not be offered.",
    "unsuitable; will not be offered",
)
ok(
    "aa-meth-buprenorphine-switch-for-drug-service",
    AA,
    "meth",
    "A switch to buprenorphine is for the drug service to weigh after the birth, not now.",
    "an option for the specialist service",
)
bad(
    "aa-vo-alternative-she-started-lamotrigine",
    AA,
    "vo",
    "The alternative she started last week is lamotrigine 25 mg, bought abroad.",
    "an alternative she started: hers, not listed",
)
bad(
    "aa-lo-quetiapine-is-the-alternative-she-takes",
    AA,
    "lo",
    "Her quetiapine is the alternative she takes when lithium upsets her stomach.",
    "her quetiapine: hers, not listed",
)
bad(
    "aa-meth-advised-against-but-takes",
    AA,
    "meth",
    "Advised against pregabalin, but she takes 300 mg a day from a friend.",
    "advised against, but taking it: hers",
    disguise=shy,
)

# ============================================================================================================
# own-listed: the record's own medicines named beside one she no longer takes, whole conclusions. Must pass.

ok(
    "ol-mo-methadone-sertraline-codeine-history",
    OL,
    "mo",
    "Methadone 60 mg od and sertraline 50 mg continue unchanged through pregnancy; codeine and diazepam were "
    "both stopped at the start of her treatment in 2024 and she does not use them now. The baby will be "
    "observed on the postnatal ward for at least 72 hours for withdrawal, breastfeeding is supported, and "
    "because methadone sedates her there is no co-sleeping: the HV and social worker will see the cot before "
    "discharge.",
    "own medicines named beside historic ones",
    whole=True,
)
ok(
    "ol-lo-lithium-bullets-olanzapine-past",
    OL,
    "lo",
    "- Lithium (Priadel) 800 mg nocte continues; levels monthly, weekly from 36/40 and within 24 h of birth\n"
    "- Olanzapine stopped 2022, not restarted; she takes lithium alone\n"
    "- Baby: paediatric r/v after birth\n"
    "- Bottle feeding (breastfeeding not advised on lithium)\n"
    "- Perinatal MH team to see her within a week of delivery: high relapse risk",
    "bullets with the listed lithium and a stopped olanzapine",
    whole=True,
    disguise=cyr,
)
ok(
    "ol-fo-diazepam-pregabalin-zopiclone-stopped",
    OL,
    "fo",
    "Diazepam and pregabalin continue for now, with a supervised diazepam taper; the zopiclone she had in "
    "hospital was stopped at discharge and she sleeps without it. Sedation is the main risk to the baby: no "
    "bed, sofa or armchair sharing, no feeding lying down, night feeds by the foster carer. Late withdrawal "
    "is possible until day 8; the HV, carer and social worker hold this plan.",
    "listed medicines with a stopped hospital zopiclone",
    whole=True,
)
ok(
    "ol-po-quetiapine-paracetamol-tramadol-stopped",
    OL,
    "po",
    "Mother: paracetamol only; the tramadol from the ward was stopped on day 3 and she takes paracetamol "
    "instead. Father: quetiapine 300 mg at night leaves him heavily sedated, so no co-sleeping with him on a "
    "bed, sofa or armchair and no night feeds by him after his dose. Crib seen and safe; the HV will keep "
    "checking the sleeping arrangements.",
    "mother's tramadol stopped, father's quetiapine listed",
    whole=True,
)
ok(
    "ol-co-citalopram-sertraline-past",
    OL,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding; sertraline was tried first in 2022 and "
    "stopped for nausea, and she has taken citalopram since. Midwife to watch for neonatal adaptation in the "
    "first 48 hours; GP mood review at the 6-week check. Amended on 2026-02-12 to add the health visitor as a "
    "recipient.",
    "listed citalopram, past sertraline",
    whole=True,
    disguise=zwj,
)
ok(
    "ol-vo-valproate-letter-lamotrigine-option",
    OL,
    "vo",
    "Dear colleagues, she is 8 weeks pregnant, unplanned, on sodium valproate. Please do not stop it abruptly: "
    "valproate continues pending the urgent neurology review, where lamotrigine or levetiracetam may be "
    "weighed as alternatives. Urgent referrals sent to neurology and the antenatal clinic for fetal medicine "
    "review; folic acid 5 mg started. Annual risk acknowledgement form status recorded.",
    "a letter with the listed valproate and alternatives for neurology",
    whole=True,
)
ok(
    "ol-meth-soap-codeine-stopped",
    OL,
    "meth",
    "S: stable, no on-top use; stopped the codeine she was buying OTC at booking. O: 60 mg methadone, "
    "supervised. A: methadone continues through pregnancy; NAS likely. P: 72 h obs on the postnatal ward, "
    "breastfeeding supported, no co-sleeping after her dose, cot checked at the home visit.",
    "a SOAP note; codeine stopped",
    whole=True,
)
ok(
    "ol-sert-sertraline-mirtazapine-never",
    OL,
    "sert",
    "Sertraline 50 mg continues: relapse risk outweighs the small risks to the baby, which the maternity team "
    "will watch for after birth. Mirtazapine was suggested by a locum but never started.",
    "mirtazapine never started",
    whole=True,
)
ok(
    "ol-quet-quetiapine-diazepam-was-his",
    OL,
    "quet",
    "His quetiapine at night makes him too sedated for night care or sharing a bed or sofa with the baby; the "
    "diazepam he had after his injury finished in 2025. The mother does the night feeds, the baby sleeps in "
    "its own crib, and the HV will keep checking.",
    "partner's listed quetiapine; a finished course of diazepam",
    whole=True,
    disguise=greek,
)
ok(
    "ol-dzp-pregabalin-diazepam-gabapentin-past",
    OL,
    "dzp",
    "Diazepam and pregabalin together sedate her heavily: no co-sleeping, no feeding lying down, another "
    "adult awake for night care in the placement. Baby may show late withdrawal to day 8. Both continue for "
    "now with a supervised diazepam reduction; gabapentin, which she took before pregabalin, is not restarted.",
    "gabapentin not restarted beside the listed ones",
    whole=True,
)
ok(
    "ol-lith-lithium-lamotrigine-considered",
    OL,
    "lith",
    "Lithium continues: relapse risk after birth outweighs the risks to the baby. Lamotrigine was discussed "
    "and is for the perinatal psychiatrist to weigh after delivery. Levels monthly, weekly from 36 weeks and "
    "within 24 hours of birth; paediatric review of the baby; breastfeeding not advised.",
    "lamotrigine an option for the psychiatrist",
    whole=True,
)
ok(
    "ol-cit-citalopram-promethazine-advice",
    OL,
    "cit",
    "Citalopram should continue; relapse risk outweighs the small risks to the baby, which the midwife will "
    "watch for after birth. Breastfeeding supported. She was told to avoid promethazine for sleep in late "
    "pregnancy.",
    "advised against promethazine",
    whole=True,
)
bad(
    "ol-mo-methadone-only-names-unlisted-diazepam",
    OL,
    "mo",
    "Continue methadone, sertraline and her diazepam 5 mg tds unchanged. Plan for NAS observation on the "
    "postnatal ward; breastfeeding supported; no co-sleeping because of sedation, sleeping arrangements seen "
    "by the HV before discharge.",
    "diazepam dosed and continued: hers, not listed",
    whole=True,
)
bad(
    "ol-co-citalopram-and-zopiclone-continue",
    OL,
    "co",
    "Continue citalopram 20 mg and zopiclone 3.75 mg at night through pregnancy. Midwife to watch for "
    "neonatal adaptation in the first 48 hours; GP mood review at the 6-week check. Amended on 2026-02-12 to "
    "add the health visitor as a recipient.",
    "zopiclone continued, not listed",
    whole=True,
    disguise=cyr,
)

# ============================================================================================================
# hidden-use: she does take the unlisted medicine, said after a negation or through another person. Must
# refuse; with good twins that must pass.

bad(
    "hu-meth-no-longer-prescribed-buys-online",
    HU,
    "meth",
    "Pregabalin is no longer prescribed; she buys it online.",
    "use after a negation: hers",
)
bad(
    "hu-sert-stopped-then-restarted-diazepam",
    HU,
    "sert",
    "She stopped diazepam in the summer and restarted it in October.",
    "stopped and restarted: hers",
    disguise=zwj,
)
bad(
    "hu-cit-gp-stopped-codeine-friend-supplies",
    HU,
    "cit",
    "The GP stopped her codeine, but a friend supplies it now.",
    "supplied by a friend now: hers",
)
bad(
    "hu-lith-cannot-sleep-without-zopiclone",
    HU,
    "lith",
    "She cannot sleep without zopiclone.",
    "cannot sleep without: hers",
)
bad(
    "hu-valp-ran-out-then-bought-clobazam",
    HU,
    "valp",
    "She ran out of clobazam in March and now gets it from her cousin.",
    "ran out, then gets it: hers",
    disguise=cyr,
)
bad(
    "hu-fo-stopped-tramadol-takes-codeine",
    HU,
    "fo",
    "She stopped tramadol and takes codeine instead.",
    "codeine taken instead: hers, not listed",
)
bad(
    "hu-mo-nil-prescribed-street-diazepam",
    HU,
    "mo",
    "Nil prescribed benzodiazepines; she is using street diazepam most days.",
    "street diazepam used: hers",
)
bad(
    "hu-po-mother-uses-partners-quetiapine",
    HU,
    "po",
    "The mother also uses zopiclone from her mother's supply most nights.",
    "mother's use of zopiclone, not listed",
    disguise=greek,
)
bad(
    "hu-quet-father-restarted-diazepam",
    HU,
    "quet",
    "He came off diazepam in 2025 but went back on it last month.",
    "went back on it: his, not listed",
)
ok(
    "hu-meth-no-longer-prescribed-not-bought",
    HU,
    "meth",
    "Pregabalin is no longer prescribed and she has not bought any elsewhere; screens are clear.",
    "good twin: no other supply",
)
ok(
    "hu-sert-stopped-diazepam-restarted-running",
    HU,
    "sert",
    "She stopped diazepam in the summer and restarted running in October, which helps her anxiety.",
    "good twin: restarted running, not diazepam",
    disguise=zwj,
)
ok(
    "hu-cit-gp-stopped-codeine-friend-helps",
    HU,
    "cit",
    "The GP stopped her codeine and a friend now helps with the school run so she can rest her back.",
    "good twin: the friend helps, supplies nothing",
)
ok(
    "hu-lith-sleeps-without-zopiclone",
    HU,
    "lith",
    "She now sleeps well without zopiclone.",
    "good twin: sleeps without",
)
ok(
    "hu-valp-ran-out-clobazam-cousin-drives",
    HU,
    "valp",
    "She ran out of clobazam in March, has not restarted it, and her cousin now drives her to clinic.",
    "good twin: the cousin drives",
)
ok(
    "hu-mo-nil-benzodiazepines-street-none",
    HU,
    "mo",
    "Nil prescribed benzodiazepines and no street diazepam on any screen since booking.",
    "good twin: no street use",
)
ok(
    "hu-quet-father-came-off-diazepam-back-at-work",
    HU,
    "quet",
    "He came off diazepam in 2025 and went back to work last month.",
    "good twin: back to work, not back on it",
)
ok(
    "hu-po-mother-zopiclone-her-mums-locked",
    HU,
    "po",
    "The mother's own mum takes zopiclone and keeps it in a locked tin at her own house.",
    "good twin: grandmother's zopiclone",
)

# ============================================================================================================
# hollow-near: a stopped medicine mentioned and nothing else said. Must refuse; with good twins.

bad(
    "hn-meth-codeine-stopped-nothing-else",
    HN,
    "meth",
    "Methadone noted. Codeine stopped. Nothing further.",
    "says nothing about mother or baby",
    whole=True,
)
bad(
    "hn-mo-other-meds-history-only",
    HN,
    "mo",
    "Methadone and sertraline as before; previous tramadol and zopiclone noted; see drug service letter.",
    "deferral and list, nothing decided",
    whole=True,
    disguise=cyr,
)
bad(
    "hn-fo-morphine-not-needed-only",
    HN,
    "fo",
    "Diazepam and pregabalin. Morphine not needed.",
    "nothing on sedation or safe sleep",
    whole=True,
)
bad(
    "hn-quet-zopiclone-stopped-ok",
    HN,
    "quet",
    "Quetiapine - ok. Zopiclone stopped - ok.",
    "hollow brush-off",
    whole=True,
)
bad(
    "hn-valp-lamotrigine-for-neuro",
    HN,
    "valp",
    "Valproate: for neurology. Lamotrigine: for neurology.",
    "deferral only",
    whole=True,
    disguise=zwj,
)
ok(
    "hn-meth-codeine-stopped-full",
    HN,
    "meth",
    "Methadone 60 mg continues through pregnancy; codeine stopped at booking. NAS obs on the postnatal ward, "
    "breastfeeding encouraged, no co-sleeping after her dose and the cot checked at the first home visit.",
    "good twin: complete",
    whole=True,
)
ok(
    "hn-fo-morphine-not-needed-full",
    HN,
    "fo",
    "Diazepam and pregabalin continue for now. The baby needed no morphine and fed well, but late withdrawal "
    "is possible until day 8. Sedation means no shared sleep on any surface and night feeds by the foster "
    "carer; the HV and social worker hold the plan.",
    "good twin: complete",
    whole=True,
)
ok(
    "hn-quet-zopiclone-stopped-full",
    HN,
    "quet",
    "Quetiapine at night leaves him too drowsy for night care or bed or sofa sharing; zopiclone was stopped "
    "by his GP in May. The mother does the night feeds in the crib set-up the HV has seen and will recheck.",
    "good twin: complete",
    whole=True,
    disguise=shy,
)

# ============================================================================================================
# The record with nothing of concern, given an overall conclusion naming medicines she no longer takes.

add(
    "n-ol-codeine-stopped-paracetamol",
    OL,
    PASS,
    N,
    n_overall(
        "Paracetamol and lactulose only; the codeine she had on the ward was stopped at discharge and "
        "she takes paracetamol instead. Neither raises a concern for breastfeeding or the baby's "
        "sleep; HV to ask about pain and bowels at the 10-day visit."
    ),
    "stopped codeine beside the listed medicines",
)
add(
    "n-ol-dihydrocodeine-still-taken",
    OL,
    REFUSE,
    N,
    n_overall(
        "Paracetamol and lactulose, plus dihydrocodeine 30 mg qds which she still takes for perineal "
        "pain; breastfeeding going well and the HV will review at 10 days."
    ),
    "dihydrocodeine taken now, not listed",
)
add(
    "dg-n-ol-codeine-stopped-paracetamol",
    DG,
    PASS,
    N,
    n_overall(
        full_width("Paracetamol and lactulose only; codeine stopped at discharge, none since.")
        + " Neither affects breastfeeding or the baby's sleep; HV to review pain at the 10-day visit."
    ),
    "full-width, a stopped codeine [disguised: full_width]",
)
add(
    "n-hu-unlisted-med-added-not-assessed",
    HU,
    REFUSE,
    N,
    add_medicine(
        {
            "id": "med-oramorph",
            "name": "Oramorph 10mg/5ml oral solution",
            "dose": "5 ml at night",
            "started": "2026-04-03",
            "prescriber": {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}},
        }
    ),
    "control: an opioid added to the list unassessed",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F86CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F86CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F86CASES):3}"
    )
