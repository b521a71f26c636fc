"""An eighty-third independent "fresh" batch of red-team cases for the share gate: an adversary against the
readings that let a named medicine NOT demand an assessment, landed in the hour before it.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About half the records hide a medicine she (or he) does take now beside a
negation, a past, another person or a harmless partner ingredient; the other half are their good twins, genuine
statements that she does not take it or that it is someone else's. It covers:

* ``not-now``: MA120, a medicine of concern she is said not to take (good) or said not to take in words that
  still leave her taking it now or again soon (bad: "not on X until ..., then restarts", "denies misuse but takes
  X", "no longer prescribed X, buys it", "X? Yes, most nights", "asked about A, B and C: takes C");
* ``someone-else``: MA120, another person's medicine (good) and another person's medicine she uses (bad);
* ``partner-hidden``: MA120 in the father's record, his sedating medicine hidden the same ways, and genuine
  denials about him;
* ``ibuprofen``: MA117/MA101, ibuprofen needs no reason after the birth, still does in pregnancy; ibuprofen with
  codeine is an opioid combination at any stage;
* ``combinations``: MA101/MA120, amlodipine and hydrochlorothiazide alone raise no concern, their combinations
  with an ACE inhibitor, ARB or aliskiren (by brand, or with the harmless partner named first) do; a partner's
  womb-only combination needs no assessment;
* ``disguise``: a fifth more, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  isolates and full width, judged as the plain text is.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh83_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter

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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F83CASES: list[Case] = []

CATEGORIES = (
    "not-now",
    "someone-else",
    "partner-hidden",
    "ibuprofen",
    "combinations",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F83CASES.append(Case(f"f83-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def isolate_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def med(ident: str, name: str, dose: str, *, partner: bool = False, reason: str = "", started: str = "") -> Mutation:
    """An uncoded medicine added to the list (the mother's unless ``partner``)."""
    item: dict[str, object] = {
        "id": ident,
        "name": name,
        "dose": dose,
        "started": started or ("2023-06-01" if partner else "2025-09-01"),
        "prescriber": {
            "kind": "other-organisation" if partner else "gp-practice",
            "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"}
            if partner
            else {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    }
    if partner:
        item["taken_by"] = "partner"
    if reason:
        item["not_of_concern_reason"] = reason
    return add_medicine(item)


# Plans that make a conclusion complete for its own medicine.
M_PLAN = (
    "Methadone 60 mg daily continues through pregnancy; the baby stays at least 72 hours on the postnatal ward with "
    "withdrawal scoring, breastfeeding is supported, and there is no bed or sofa sharing after her dose."
)
S_PLAN = (
    "Sertraline 100 mg continues, as relapse would harm her and the baby; the midwife watches the baby for "
    "adaptation symptoms for 48 hours after birth and breastfeeding is encouraged."
)
C_PLAN = (
    "Citalopram 20 mg continues; the midwife observes the baby for 48 hours after birth for poor adaptation and "
    "breastfeeding is supported."
)
L_PLAN = (
    "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36/40 and within 24 hours of birth; the baby "
    "has a paediatric review after delivery and she bottle feeds."
)
V_PLAN = (
    "Valproate 500 mg bd continues until the urgent neurology review, since a sudden stop risks seizures; the baby "
    "was exposed in the first trimester, so fetal medicine review and a detailed anomaly scan are booked. Folic "
    "acid 5 mg continues."
)
F_PLAN = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; both sedate, so she must not share a bed, sofa or "
    "armchair with the baby or feed lying down, the foster carer does nights, and late withdrawal is watched for "
    "to day 8."
)
P_PLAN = (
    "Daniel's quetiapine 300 mg at night leaves him heavily sedated: no night feeds by him after his dose and no "
    "bed, sofa or armchair sharing with the baby; Chloe does nights, the baby sleeps in the crib, and the HV checks "
    "at each visit."
)
M_OVERALL = (
    "Methadone and sertraline both continue. The baby is observed on the ward for at least 72 hours for withdrawal "
    "and adaptation, breastfeeding is supported, and no co-sleeping because of methadone sedation; the HV and "
    "social worker see the cot before discharge."
)

# ------------------------------------------------------------------------------------------------------------
# not-now (MA120): the mother's medicines of concern, not taken (good) or still taken beside a negation (bad).
NN = "not-now"

GOOD_NOT_NOW: list[tuple[str, str, str]] = [
    ("nn-stopped-before-conceiving", M, "She stopped zopiclone before she conceived and has had none since."),
    ("nn-not-this-pregnancy", M, "She has not used any diazepam in this pregnancy (drug service screens clear)."),
    ("nn-no-codeine-this-pregnancy", M, "No codeine or dihydrocodeine at all this pregnancy."),
    ("nn-tramadol-none-since-booking", M, "Tramadol: none since her booking appointment in October."),
    ("nn-gabapentin-question-stopped", M, "Gabapentin? Stopped two years ago by the pain clinic."),
    ("nn-oxycodone-off-since", M, "Off oxycodone since the spring of 2023."),
    ("nn-promethazine-lapsed", M, "Her old repeat for promethazine has lapsed and she no longer takes it."),
    ("nn-valium-teenager", M, "Street Valium as a teenager; nothing since she was 19."),
    ("nn-denies-three", M, "Denies any pregabalin, diazepam or zopiclone, prescribed or bought."),
    ("nn-asked-none", M, "Asked about street benzos, pregabalin and codeine: none used."),
    ("nn-declined-tramadol", M, "She declined the tramadol offered for her back pain; paracetamol only."),
    (
        "nn-zopiclone-ran-out",
        M,
        "The zopiclone she was given after her first baby ran out in 2023 and was not renewed.",
    ),
    ("nn-never-buprenorphine", M, "She has never been on buprenorphine; methadone has been her only OST."),
    (
        "nn-topiramate-stopped-planning",
        M,
        "Topiramate for migraine was stopped in 2024 when she planned this pregnancy.",
    ),
    ("nn-nil-diazepam-18-months", M, "Nil diazepam for 18 months, confirmed on urine screens."),
    ("nn-pregabalin-ended", M, "Her pregabalin prescription ended in January 2025 and she takes none now."),
    ("nn-zopiclone-none-dash", M, "Zopiclone - none taken."),
    ("nn-tramadol-never", M, "Tramadol? Never."),
    ("nn-gave-up-gabapentin", M, "Gave up gabapentin last summer and has not restarted."),
    ("nn-codeine-nil-current", M, "Codeine: nil current, last took some in 2022."),
]
for name, base, lead in GOOD_NOT_NOW:
    ok(name, NN, base, meth(f"{lead} {M_PLAN}"), "a medicine she genuinely does not take now needs no listing")

GOOD_NOT_NOW_OTHER: list[tuple[str, str, Mutation]] = [
    ("nn-cit-no-longer-mirtazapine", C, cit(f"Mirtazapine is no longer prescribed; it was swapped in 2024. {C_PLAN}")),
    (
        "nn-lith-valproate-years-ago",
        L,
        lith(f"Valproate was tried in 2019 for three months and has not been taken since. {L_PLAN}"),
    ),
    ("nn-valp-carbamazepine-childhood", V, valp(f"Carbamazepine in childhood only; none as an adult. {V_PLAN}")),
    ("nn-dzp-zopiclone-soap", F, dzp(f"S: no sleeping tablets now, zopiclone last taken in 2025. P: {F_PLAN}")),
    ("nn-sert-quetiapine-not-for-year", M, sert(f"Quetiapine? Not for over a year. {S_PLAN}")),
    ("nn-overall-denies-street", M, overall(f"Denies street heroin, crack and benzodiazepines. {M_OVERALL}")),
]
for name, base, mutation in GOOD_NOT_NOW_OTHER:
    ok(name, NN, base, mutation, "a genuine statement that she does not take it now")

BAD_NOT_NOW: list[tuple[str, str, str]] = [
    (
        "nn-not-until-scan-then-restarts",
        M,
        "She is not on zopiclone until the growth scan next week, then restarts 7.5 mg at night.",
    ),
    ("nn-denies-misuse-but-takes", M, "Denies misuse but takes pregabalin 300 mg nightly, bought from a friend."),
    ("nn-off-since-monday-restarts", M, "Off diazepam since Monday but restarts 5 mg tds after delivery."),
    ("nn-no-longer-prescribed-buys", M, "Codeine is no longer prescribed; she buys it online and takes 60 mg a day."),
    ("nn-question-yes-most-nights", M, "Zopiclone? Yes, most nights."),
    ("nn-asked-takes-one", M, "Asked about pregabalin, gabapentin and tramadol: takes tramadol 50 mg twice a day."),
    (
        "nn-nil-prescribed-leftovers",
        M,
        "No gabapentin prescribed since 2024, but she still takes the leftover capsules most days.",
    ),
    (
        "nn-stopped-then-restarted",
        M,
        "Promethazine was stopped in the first trimester and restarted last month for sleep.",
    ),
    (
        "nn-not-regularly-twice-weekly",
        M,
        "Does not take oxycodone regularly, only when her back flares, about twice a week.",
    ),
    ("nn-not-on-any-apart-from", M, "Not on any benzodiazepines apart from the diazepam 2 mg she takes at night."),
    (
        "nn-previously-still-has",
        M,
        "Previously prescribed zopiclone out of hours; she still has a box and takes one when she cannot sleep.",
    ),
    (
        "nn-no-longer-from-clinic-gp-now",
        M,
        "No longer on gabapentin from the pain clinic; her GP now prescribes 300 mg tds.",
    ),
    ("nn-nil-since-restarted", M, "Dihydrocodeine - nil since January, restarted this week for sciatica, 30 mg qds."),
    ("nn-not-for-a-year-until", M, "Had not taken diazepam for a year until last month; now 5 mg daily."),
    ("nn-switched-not-stopped", M, "Not on tramadol any more: the pain team switched her to tapentadol 50 mg bd."),
    ("nn-not-on-instead", M, "Not on zopiclone. Takes zolpidem 10 mg at night instead."),
    ("nn-denies-street-takes-valium", M, "Denies street drugs, but takes Valium 5 mg from a friend most evenings."),
    ("nn-does-not-take-with-alcohol", M, "She does not take her Lyrica 150 mg with alcohol."),
    ("nn-question-yes-still", M, "Still using codeine? Yes, 30 mg four times a day for headaches."),
    (
        "nn-none-prescribed-otc",
        M,
        "None prescribed; she buys co-codamol 30/500 over the counter and takes eight a day.",
    ),
]
for name, base, lead in BAD_NOT_NOW:
    bad(name, NN, base, meth(f"{lead} {M_PLAN}"), "she takes it now (or again soon): it must be listed (MA120)")

BAD_NOT_NOW_OTHER: list[tuple[str, str, Mutation]] = [
    (
        "nn-cit-no-longer-but-restarted",
        C,
        cit(
            f"Mirtazapine is no longer prescribed by her GP; the perinatal team restarted it at 15 mg nocte last week. {C_PLAN}"
        ),
    ),
    (
        "nn-lith-not-on-until-36",
        L,
        lith(f"Not on quetiapine until 36/40, then 25 mg at night added for sleep. {L_PLAN}"),
    ),
    (
        "nn-valp-off-but-restarts",
        V,
        valp(f"Off topiramate since the positive test but restarts it after the first trimester. {V_PLAN}"),
    ),
    ("nn-dzp-soap-takes", F, dzp(f"S: denies street drugs, takes zopiclone 7.5 mg most nights. P: {F_PLAN}")),
    ("nn-sert-question-yes", M, sert(f"Quetiapine? Yes, 50 mg most nights to sleep. {S_PLAN}")),
    (
        "nn-overall-asked-takes",
        M,
        overall(f"Asked about heroin, crack and benzodiazepines: uses street diazepam at weekends. {M_OVERALL}"),
    ),
]
for name, base, mutation in BAD_NOT_NOW_OTHER:
    bad(name, NN, base, mutation, "taken now beside a negation: must be listed (MA120)")

# ------------------------------------------------------------------------------------------------------------
# someone-else (MA120): another person's medicine (good), or another person's medicine she uses (bad).
SE = "someone-else"

GOOD_ELSE: list[tuple[str, str, Mutation]] = [
    (
        "se-flatmate-methadone",
        C,
        cit(f"Her flatmate is on a methadone script; it is kept in a locked box in his room. {C_PLAN}"),
    ),
    (
        "se-grandmother-oramorph",
        M,
        meth(f"Her grandmother, who lives with them, takes Oramorph for cancer pain; it is locked away. {M_PLAN}"),
    ),
    (
        "se-brother-diazepam",
        M,
        meth(f"Jodie's brother was prescribed diazepam after his accident; he does not live with her. {M_PLAN}"),
    ),
    ("se-lodger-tramadol", C, cit(f"The lodger takes tramadol; his tablets stay in his room. {C_PLAN}")),
    (
        "se-mother-in-law-codeine",
        L,
        lith(f"Her mother-in-law, who will help after the birth, takes codeine for arthritis. {L_PLAN}"),
    ),
    ("se-sister-pregabalin", M, meth(f"Her sister takes pregabalin for fibromyalgia. {M_PLAN}")),
    ("se-mums-zopiclone", C, cit(f"Her mum's zopiclone is kept at her mum's house. {C_PLAN}")),
    ("se-friends-gabapentin-refused", M, meth(f"A friend offered her gabapentin and she said no. {M_PLAN}")),
    (
        "se-aunt-valproate",
        V,
        valp(f"Her aunt takes carbamazepine for epilepsy, which is why she asked about switching. {V_PLAN}"),
    ),
    ("se-dad-promethazine", F, dzp(f"Her dad takes promethazine at night; he has no care of the baby. {F_PLAN}")),
    ("se-neighbour-buprenorphine", M, sert(f"Her neighbour is on buprenorphine from the same drug service. {S_PLAN}")),
    (
        "se-overall-cousin-codeine",
        M,
        overall(
            f"Her cousin, who sometimes babysits her older child, takes co-codamol; not left alone with the baby. {M_OVERALL}"
        ),
    ),
    (
        "se-colleague-lithium",
        L,
        lith(f"A colleague of hers also takes lithium and has had two healthy babies. {L_PLAN}"),
    ),
    ("se-ex-partner-diazepam", C, cit(f"Her ex-partner, who has no contact, was on diazepam and methadone. {C_PLAN}")),
]
for name, base, mutation in GOOD_ELSE:
    ok(name, SE, base, mutation, "another person's medicine need not be on her list")

BAD_ELSE: list[tuple[str, str, Mutation]] = [
    (
        "se-sisters-taking-too",
        M,
        meth(f"Her sister's pregabalin, which she has been taking too, about 150 mg a day. {M_PLAN}"),
    ),
    ("se-nil-prescribed-mums", M, meth(f"Nil prescribed, uses her mum's diazepam when anxious. {M_PLAN}")),
    (
        "se-friends-oramorph-borrowed",
        C,
        cit(f"Her friend's Oramorph, which she has borrowed twice this week for back pain. {C_PLAN}"),
    ),
    (
        "se-partners-one-of-his",
        C,
        cit(f"Her partner is prescribed zopiclone and she takes one of his when she cannot sleep. {C_PLAN}"),
    ),
    (
        "se-nans-co-codamol-since-20",
        L,
        lith(f"Her nan's co-codamol, which she has taken for headaches since 20 weeks. {L_PLAN}"),
    ),
    (
        "se-mums-script-her-back",
        M,
        meth(f"The tramadol is her mum's prescription but she takes it for her back. {M_PLAN}"),
    ),
    (
        "se-cousin-gives-weekly",
        M,
        sert(f"Her cousin gets gabapentin and gives her some each week, which she takes. {S_PLAN}"),
    ),
    ("se-flatmate-shares", C, cit(f"Her flatmate's diazepam, which they share at weekends. {C_PLAN}")),
    (
        "se-brother-gave-her",
        V,
        valp(f"Her brother gave her his lamotrigine and she has been taking 25 mg alongside. {V_PLAN}"),
    ),
    ("se-overall-mums-night", M, overall(f"She takes her mum's zopiclone on bad nights. {M_OVERALL}")),
]
for name, base, mutation in BAD_ELSE:
    bad(name, SE, base, mutation, "another person's medicine she takes herself: must be listed (MA120)")

# ------------------------------------------------------------------------------------------------------------
# partner-hidden (MA120): the father's other sedating medicine, in the partner-quetiapine record.
PH = "partner-hidden"

GOOD_PARTNER: list[tuple[str, Mutation]] = [
    ("ph-no-longer-zopiclone", quet(f"Daniel is no longer prescribed zopiclone; it stopped in 2024. {P_PLAN}")),
    ("ph-denies-diazepam", quet(f"Daniel denies taking any diazepam or street drugs. {P_PLAN}")),
    (
        "ph-brother-methadone",
        quet(f"Daniel's brother, who visits at weekends, takes methadone; it stays at his flat in a lockbox. {P_PLAN}"),
    ),
    ("ph-chloes-mum-pregabalin", quet(f"Chloe's mum takes pregabalin and does not stay overnight. {P_PLAN}")),
    ("ph-asked-none", quet(f"Asked Daniel about pregabalin, diazepam and codeine: none. {P_PLAN}")),
    ("ph-off-mirtazapine", quet(f"He came off mirtazapine in 2023 when quetiapine started. {P_PLAN}")),
    ("ph-question-no", quet(f"Does Daniel use anything else to sleep? No, nothing since 2022. {P_PLAN}")),
    (
        "ph-overall-declined",
        overall(
            "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night: no night feeds by him and no "
            "co-sleeping on a bed, sofa or armchair; he declined the zopiclone his GP offered. HV keeps checking the crib."
        ),
    ),
]
for name, mutation in GOOD_PARTNER:
    ok(name, PH, P, mutation, "a genuine denial or another person's medicine")

BAD_PARTNER: list[tuple[str, Mutation]] = [
    (
        "ph-not-any-other-apart-from",
        quet(f"Daniel is not on any other sedating medicine apart from zopiclone 7.5 mg on work nights. {P_PLAN}"),
    ),
    (
        "ph-denies-street-takes",
        quet(f"Daniel denies street drugs but takes diazepam from a friend most weekends. {P_PLAN}"),
    ),
    ("ph-stopped-restarted", quet(f"Daniel stopped pregabalin in May but restarted 150 mg bd last week. {P_PLAN}")),
    ("ph-question-yes", quet(f"Codeine for Daniel? Yes, 30 mg four times a day for his knee. {P_PLAN}")),
    ("ph-mums-he-takes", quet(f"Daniel's mum's diazepam, which he has been taking to sleep. {P_PLAN}")),
    (
        "ph-no-longer-prescribed-buys",
        quet(f"Daniel is no longer prescribed zopiclone and buys it online instead. {P_PLAN}"),
    ),
    (
        "ph-off-restarts-nights",
        quet(f"Daniel is off promethazine until his night shifts start next month, then takes 25 mg again. {P_PLAN}"),
    ),
    (
        "ph-overall-asked-takes",
        overall(
            "Chloe's paracetamol raises no concern. Daniel was asked about pregabalin, diazepam and tramadol: takes tramadol "
            "100 mg at night. His quetiapine sedates him: no night feeds by him, no co-sleeping; HV keeps checking."
        ),
    ),
]
for name, mutation in BAD_PARTNER:
    bad(name, PH, P, mutation, "his sedating medicine taken now, unlisted and unassessed (MA120)")

# ------------------------------------------------------------------------------------------------------------
# ibuprofen (MA117, MA101): no reason needed after birth, still needed in pregnancy; a codeine combination never
# passes unassessed.
IB = "ibuprofen"

ok(
    "ib-postnatal-aisha-400",
    IB,
    N,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg three times a day with food", started="2026-04-03"),
    "ibuprofen after the birth",
)
ok(
    "ib-postnatal-aisha-200",
    IB,
    N,
    med("med-ibuprofen", "Ibuprofen 200mg tablets", "400 mg tds prn", started="2026-04-05"),
    "ibuprofen after the birth, prn",
)
ok(
    "ib-postnatal-foster",
    IB,
    F,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg up to three times a day", started="2026-06-10"),
    "after the birth, foster record",
)
ok(
    "ib-postnatal-chloe",
    IB,
    P,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg tds for 5 days", started="2026-05-19"),
    "after the birth, with paracetamol",
)
ok(
    "ib-postnatal-partner",
    IB,
    P,
    med("med-partner-ibuprofen", "Ibuprofen 200mg tablets", "400 mg when needed", partner=True),
    "the father's ibuprofen",
)
ok(
    "ib-postnatal-gel",
    IB,
    N,
    med("med-ibuprofen-gel", "Ibuprofen 5% gel", "apply to the back three times a day", started="2026-04-10"),
    "topical ibuprofen after birth",
)
ok(
    "ib-postnatal-suspension",
    IB,
    N,
    med("med-ibuprofen", "Ibuprofen 100mg/5ml oral suspension", "20 ml three times a day", started="2026-04-03"),
    "liquid ibuprofen after birth",
)
ok(
    "ib-antenatal-with-reason",
    IB,
    V,
    med(
        "med-ibuprofen",
        "Ibuprofen 200mg tablets",
        "occasional 400 mg for migraine",
        started="2025-01-10",
        reason="Two single doses for migraine before she knew she was pregnant; at 8 weeks no effect on the baby is "
        "expected, and she now uses paracetamol instead.",
    ),
    "ibuprofen in pregnancy with the clinician's reason",
)
bad(
    "ib-antenatal-jodie",
    IB,
    M,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg tds when needed"),
    "ibuprofen at 29 weeks, no reason (MA117)",
)
bad(
    "ib-antenatal-citalopram",
    IB,
    C,
    med("med-ibuprofen", "Ibuprofen 200mg tablets", "200-400 mg prn"),
    "ibuprofen in pregnancy, no reason (MA117)",
)
bad(
    "ib-antenatal-lithium",
    IB,
    L,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg bd", started="2026-04-20"),
    "NSAID with lithium in pregnancy, no reason (MA117)",
)
bad(
    "ib-antenatal-valproate",
    IB,
    V,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg prn", started="2026-05-18"),
    "ibuprofen in pregnancy, no reason (MA117)",
)
bad(
    "ib-antenatal-gel",
    IB,
    M,
    med("med-ibuprofen-gel", "Ibuprofen 10% gel", "apply three times a day"),
    "topical NSAID in the third trimester, no reason (MA117)",
)
bad(
    "ib-antenatal-suspension",
    IB,
    C,
    med("med-ibuprofen", "Ibuprofen 100mg/5ml oral suspension", "10 ml tds"),
    "ibuprofen liquid in pregnancy (MA117)",
)
bad(
    "ib-postnatal-nurofen-plus",
    IB,
    N,
    med("med-nurofen-plus", "Nurofen Plus tablets", "2 tablets three times a day", started="2026-04-04"),
    "ibuprofen with codeine: an opioid, unassessed (MA101)",
)
bad(
    "ib-postnatal-ibuprofen-codeine-first",
    IB,
    N,
    med("med-ibu-cod", "Ibuprofen 200mg / Codeine 12.8mg tablets", "2 tablets tds", started="2026-04-04"),
    "the harmless partner named first, codeine unassessed (MA101)",
)
bad(
    "ib-postnatal-foster-nurofen-plus",
    IB,
    F,
    med("med-nurofen-plus", "Nurofen Plus tablets", "2 tablets qds", started="2026-06-10"),
    "codeine combination beside diazepam and pregabalin, unassessed (MA101)",
)
bad(
    "ib-antenatal-reason-hollow",
    IB,
    M,
    med("med-ibuprofen", "Ibuprofen 400mg tablets", "400 mg tds", reason="Not a concern."),
    "a hollow reason in pregnancy (MA117)",
)

# ------------------------------------------------------------------------------------------------------------
# combinations (MA101, MA120): the partner ingredient alone raises no concern; its combinations do.
CB = "combinations"

AML_REASON = "Calcium-channel blocker for chronic hypertension, commonly continued in pregnancy; BP checked at each antenatal visit."
HCT_REASON = "Thiazide diuretic at a low dose for hypertension; the antenatal clinic checks her BP and fetal growth."

ok(
    "cb-amlodipine-alone-antenatal",
    CB,
    C,
    med("med-amlodipine", "Amlodipine 5mg tablets", "5 mg once daily", reason=AML_REASON),
    "amlodipine alone in pregnancy, with a reason",
)
ok(
    "cb-amlodipine-alone-postnatal",
    CB,
    N,
    med(
        "med-amlodipine",
        "Amlodipine 5mg tablets",
        "5 mg once daily",
        started="2026-04-03",
        reason="Calcium-channel blocker for postnatal hypertension; compatible with breastfeeding, BP checked by the GP at day 10.",
    ),
    "amlodipine alone after birth, with a reason",
)
ok(
    "cb-hctz-alone-antenatal",
    CB,
    L,
    med("med-hctz", "Hydrochlorothiazide 25mg tablets", "12.5 mg once daily", reason=HCT_REASON),
    "hydrochlorothiazide alone",
)
ok(
    "cb-amlodipine-partner",
    CB,
    P,
    med(
        "med-partner-amlodipine",
        "Amlodipine 10mg tablets",
        "10 mg once daily",
        partner=True,
        reason="The father's blood pressure tablet; it does not sedate him and cannot reach the baby.",
    ),
    "his amlodipine, with a reason",
)
ok(
    "cb-partner-exforge",
    CB,
    P,
    med("med-partner-exforge", "Exforge 5mg/80mg tablets", "one daily", partner=True),
    "his amlodipine/valsartan: womb-only",
)
ok(
    "cb-partner-amlodipine-valsartan",
    CB,
    P,
    med("med-partner-aml-val", "Amlodipine 10mg / Valsartan 160mg tablets", "one daily", partner=True),
    "partner first, womb-only",
)
ok(
    "cb-partner-zestoretic",
    CB,
    P,
    med("med-partner-zestoretic", "Zestoretic 20mg/12.5mg tablets", "one daily", partner=True),
    "his lisinopril/HCTZ: womb-only",
)
ok(
    "cb-partner-coveram",
    CB,
    P,
    med("med-partner-coveram", "Amlodipine 5mg / Perindopril 4mg tablets", "one daily", partner=True),
    "his perindopril/amlodipine: womb-only",
)
ok(
    "cb-conclusion-amlodipine-unlisted",
    CB,
    C,
    cit(f"Her amlodipine 5 mg for blood pressure continues alongside; the antenatal clinic monitors BP. {C_PLAN}"),
    "amlodipine alone named, not of concern (MA120 does not apply)",
)
ok(
    "cb-conclusion-switched-from-exforge",
    CB,
    C,
    cit(
        f"Exforge was stopped at conception planning and she was switched to labetalol by the obstetric physician. {C_PLAN}"
    ),
    "a combination she no longer takes",
)


bad(
    "cb-conclusion-partner-coaprovel-unlisted",
    CB,
    P,
    quet(f"Daniel also takes CoAprovel for blood pressure, which cannot reach the baby. {P_PLAN}"),
    "his combination named as taken but not on the list (MA120 covers the partner's too)",
)
bad(
    "cb-exforge-antenatal",
    CB,
    C,
    med("med-exforge", "Exforge 5mg/80mg tablets", "one daily", reason=AML_REASON),
    "valsartan in pregnancy hidden behind the amlodipine reason (MA101)",
)
bad(
    "cb-amlodipine-valsartan-antenatal",
    CB,
    M,
    med("med-aml-val", "Amlodipine 5mg / Valsartan 80mg tablets", "one daily"),
    "ARB at 29 weeks, harmless partner first (MA101)",
)
bad(
    "cb-sevikar-antenatal",
    CB,
    L,
    med("med-sevikar", "Sevikar 20mg/5mg tablets", "one daily"),
    "olmesartan/amlodipine in pregnancy (MA101)",
)
bad(
    "cb-hctz-losartan-antenatal",
    CB,
    V,
    med("med-hctz-los", "Hydrochlorothiazide 12.5mg / Losartan 50mg tablets", "one daily", reason=HCT_REASON),
    "losartan in pregnancy behind the thiazide (MA101)",
)
bad(
    "cb-zestoretic-antenatal",
    CB,
    C,
    med("med-zestoretic", "Zestoretic 20mg/12.5mg tablets", "one daily"),
    "lisinopril in pregnancy by brand (MA101)",
)
bad(
    "cb-coveram-antenatal",
    CB,
    M,
    med("med-coveram", "Amlodipine 5mg / Perindopril 4mg tablets", "one daily"),
    "perindopril in pregnancy, partner first (MA101)",
)
bad(
    "cb-rasilez-antenatal",
    CB,
    C,
    med("med-rasilez", "Rasilez 150mg tablets", "150 mg once daily"),
    "aliskiren in pregnancy (MA101)",
)
bad(
    "cb-aliskiren-with-reason",
    CB,
    L,
    med("med-aliskiren", "Aliskiren 150mg tablets", "150 mg once daily", reason=AML_REASON),
    "aliskiren with a borrowed reason (MA101)",
)
bad(
    "cb-co-zidocapt-antenatal",
    CB,
    V,
    med("med-co-zidocapt", "Co-zidocapt 25mg/50mg tablets", "one daily"),
    "captopril in pregnancy (MA101)",
)
bad(
    "cb-conclusion-exforge-unlisted",
    CB,
    C,
    cit(f"Her Exforge 5/80 for blood pressure continues alongside. {C_PLAN}"),
    "a valsartan combination she takes, not listed (MA120)",
)
bad(
    "cb-conclusion-separate-tablets",
    CB,
    C,
    cit(f"She takes amlodipine and valsartan as separate tablets each morning. {C_PLAN}"),
    "valsartan she takes, not listed (MA120)",
)
bad(
    "cb-conclusion-no-longer-exforge-but-valsartan",
    CB,
    L,
    lith(f"No longer on Exforge; the amlodipine was dropped and she takes valsartan 80 mg alone. {L_PLAN}"),
    "the ARB kept, not listed (MA120)",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: texts from above disguised; the verdict equals the plain one.
DG = "disguise"

DG_GOOD: list[tuple[str, str, Mutation]] = [
    (
        "dg-nn-denies-three-cyr",
        M,
        meth(homoglyphs(f"Denies any pregabalin, diazepam or zopiclone, bought or prescribed. {M_PLAN}", "aeo")),
    ),
    ("dg-nn-tramadol-never-zw", M, meth(zw(f"Tramadol? Never taken. {M_PLAN}"))),
    ("dg-nn-off-oxycodone-fw", M, meth(full_width(f"Off oxycodone since 2023, confirmed by her GP. {M_PLAN}"))),
    (
        "dg-nn-asked-none-shy",
        M,
        meth(soft_hyphens(f"Asked about codeine, diazepam and pregabalin: none taken at all. {M_PLAN}")),
    ),
    ("dg-nn-nil-since-iso", M, meth(isolate_words(f"Zopiclone - nil since January 2025. {M_PLAN}"))),
    ("dg-se-sister-cyr", M, meth(homoglyphs(f"Her sister is on pregabalin for nerve pain. {M_PLAN}", "aeiop"))),
    ("dg-se-mums-zopiclone-zw", C, cit(zw(f"Her mum takes zopiclone; the tablets stay at her mum's flat. {C_PLAN}"))),
    ("dg-ph-no-longer-fw", P, quet(full_width(f"Daniel is no longer on zopiclone (stopped 2024). {P_PLAN}"))),
    ("dg-ph-denies-cyr", P, quet(homoglyphs(f"Daniel denies any diazepam or street drugs now. {P_PLAN}", "aeo"))),
    (
        "dg-ib-postnatal-cyr",
        N,
        med("med-ibuprofen", homoglyphs("Ibuprofen 400mg tablets", "uo"), "400 mg tds", started="2026-04-03"),
    ),
    (
        "dg-cb-partner-exforge-zw",
        P,
        med("med-partner-exforge", zw("Exforge 5mg/160mg tablets"), "one daily", partner=True),
    ),
    (
        "dg-cb-amlodipine-unlisted-shy",
        C,
        cit(soft_hyphens(f"Her amlodipine 10 mg for chronic hypertension continues. {C_PLAN}")),
    ),
    (
        "dg-nn-cit-mirtazapine-iso",
        C,
        cit(isolate_words(f"Mirtazapine is no longer prescribed (stopped 2024). {C_PLAN}")),
    ),
]
for name, base, mutation in DG_GOOD:
    ok(name, DG, base, mutation, "a good twin disguised: judged as the plain text")

DG_BAD: list[tuple[str, str, Mutation]] = [
    (
        "dg-nn-denies-misuse-takes-cyr",
        M,
        meth(homoglyphs(f"Denies misuse but takes pregabalin 225 mg every night. {M_PLAN}", "aeo")),
    ),
    ("dg-nn-question-yes-zw", M, meth(zw(f"Zopiclone? Yes, nearly every night. {M_PLAN}"))),
    (
        "dg-nn-not-until-restarts-fw",
        M,
        meth(full_width(f"Not on diazepam until after the scan, then restarts 5 mg bd. {M_PLAN}")),
    ),
    (
        "dg-nn-no-longer-buys-shy",
        M,
        meth(soft_hyphens(f"Codeine no longer prescribed; buys it from a pharmacy and takes 30 mg qds. {M_PLAN}")),
    ),
    (
        "dg-nn-asked-takes-iso",
        M,
        meth(isolate_words(f"Asked about gabapentin, codeine and zopiclone: takes zopiclone. {M_PLAN}")),
    ),
    (
        "dg-se-sisters-taking-cyr",
        M,
        meth(homoglyphs(f"Her sister's diazepam, which she has been taking as well. {M_PLAN}", "aeio")),
    ),
    ("dg-se-nil-mums-zw", C, cit(zw(f"Nil prescribed, uses her mum's tramadol for back pain. {C_PLAN}"))),
    (
        "dg-ph-apart-from-fw",
        P,
        quet(full_width(f"Daniel is not on anything else apart from diazepam 10 mg at night. {P_PLAN}")),
    ),
    ("dg-ph-question-yes-cyr", P, quet(homoglyphs(f"Pregabalin for Daniel? Yes, 300 mg a day. {P_PLAN}", "aeo"))),
    ("dg-ib-antenatal-cyr", C, med("med-ibuprofen", homoglyphs("Ibuprofen 400mg tablets", "uo"), "400 mg tds")),
    (
        "dg-ib-nurofen-plus-zw",
        N,
        med("med-nurofen-plus", zw("Nurofen Plus tablets"), "2 tablets tds", started="2026-04-04"),
    ),
    ("dg-cb-exforge-antenatal-shy", C, med("med-exforge", soft_hyphens("Exforge 10mg/160mg tablets"), "one daily")),
    (
        "dg-cb-aml-val-unlisted-iso",
        C,
        cit(isolate_words(f"She takes amlodipine with valsartan each morning. {C_PLAN}")),
    ),
]
for name, base, mutation in DG_BAD:
    bad(name, DG, base, mutation, "a must-refuse disguised: judged as the plain text")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F83CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F83CASES):3}  pass {sum(c.expect == PASS for c in F83CASES):3}"
    )
