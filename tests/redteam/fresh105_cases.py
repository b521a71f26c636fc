"""A hundred-and-fifth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-sixth round, against the readings landed in the last stop (CHANGELOG "Unreleased / Fixed").

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Most cases are complete clinical work that legitimately uses a shape the newest readings refuse (must pass);
each shape has a near-miss twin that really decides nothing or states the impossible (must refuse):

* ``recording``: recording beside a real act ("recorded in the notes and the paediatrician informed");
* ``options``: "could" beside a chosen option; opinions listed and one adopted;
* ``letter``: a letter to the mother with exclamations and a real plan;
* ``future``: an active future perfect beside a plan ("by 36 weeks she will have seen the anaesthetist");
* ``guidance``: guidance reported and then adopted for her ("NICE advises X, and we advise it for her");
* ``deferral``: a plan made while something is awaited; "should be considered, and we have decided to";
* ``actors``: a named on-call registrar; family helping beside the midwife;
* ``doses``: dose labels with a decision; a change told as one; a day's dose split; milk share with its meaning;
* ``particulars``: a review decided with its particulars; a signed form beside a plan; SOAP with a full P;
* ``subjects``: another medicine beside the plan; a heading over its own medicine's plan; "X noted; continue";
* ``baby``: the baby's morphine started by the neonatal team; a malformation rate with what follows; a partner's
  drowsiness told apart from the baby's; co-sleeping advice that holds even if he feels alert;
* ``stage``: antenatal reports in the past in a postnatal record; spans within the plan; an older child's year;
  eye and ear drops where they go;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (added medicines carry no code and an explicit
"not a medicine of concern" reason).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh105_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, N, P, V, add_medicine, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F105CASES: list[Case] = []

CATEGORIES = (
    "recording",
    "options",
    "letter",
    "future",
    "guidance",
    "deferral",
    "actors",
    "doses",
    "particulars",
    "subjects",
    "baby",
    "stage",
    "disguise",
)

RC, OP, LT, FU, GU, DF, AC, DO, PT, SB, BB, ST, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F105CASES.append(Case(f"f105-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def drops(mid: str, name: str, dose: str, reason: str) -> Mutation:
    medicine: dict[str, Any] = {
        "id": mid,
        "name": name,
        "dose": dose,
        "started": "2026-04-05",
        "prescriber": {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}},
        "not_of_concern_reason": reason,
    }
    return add_medicine(medicine)


# ============================================================================================================
# recording: recording beside a real act passes; recording as the only act refuses.

ok(
    "rc-meth-recorded-and-paed-informed",
    RC,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. Neonatal withdrawal is likely, so the baby stays on the "
    "postnatal ward for at least 72 hours of NAS scoring; this is recorded in the notes and the paediatrician has "
    "been informed today. Breastfeeding is supported. Sedation after her dose: no co-sleeping, cot seen at the "
    "home visit.",
    "recording beside informing the paediatrician and a full plan decides",
    cyr,
)
bad(
    "rc-meth-recorded-and-filed-only",
    RC,
    "meth",
    "Methadone 60 mg daily: the risk of neonatal withdrawal recorded in the notes, the sedation advice documented "
    "and the breastfeeding question noted on the system.",
    "every clause only records; nothing is decided for the baby",
)
ok(
    "rc-lith-coded-and-levels-booked",
    RC,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; relapse risk after birth is high. Levels monthly, weekly from "
    "36/40 and within 24 h of delivery - the schedule is coded on the EHR and the bloods are booked with the "
    "practice nurse. Paediatric review of the baby after birth for floppiness, poor feeding and thyroid function; "
    "she will bottle feed, as breastfeeding is not advised.",
    "coding beside booking bloods and a paediatric review decides",
)
bad(
    "rc-lith-coded-and-uploaded",
    RC,
    "lith",
    "Lithium 800 mg at night: levels plan coded on the EHR, the relapse risk uploaded to the shared record and the "
    "feeding advice saved to her notes.",
    "coding, uploading and saving are the only acts",
)
ok(
    "rc-sert-logged-and-midwife",
    RC,
    "sert",
    "Sertraline 100 mg continues: relapse risk outweighs the small risk of PPHN and adaptation symptoms. Logged on "
    "the maternity system; the midwife will observe the baby for jitteriness and poor feeding for 48 hours and "
    "breastfeeding is supported.",
    "logging beside the midwife's observation decides",
)

# ============================================================================================================
# options: "could" beside a chosen option; opinions listed then one adopted.

ok(
    "op-dzp-could-but-chosen",
    OP,
    "dzp",
    "We could have stopped the pregabalin outright, but we have chosen to keep diazepam 5 mg tds and pregabalin "
    "150 mg bd unchanged for now, with the supervised diazepam reduction starting next month. Sedation means no "
    "co-sleeping or feeding lying down; the foster carer does night feeds. Late withdrawal possible to day 8 - "
    "the HV and midwife will check the baby at each visit.",
    "a rejected option beside the option chosen decides",
    zwsp,
)
bad(
    "op-dzp-could-none-chosen",
    OP,
    "dzp",
    "Diazepam and pregabalin: the reduction could start now or could wait until the placement settles; night "
    "feeds could be done by the foster carer or could be shared; the baby could be seen by the HV or by the "
    "midwife.",
    "options listed with none chosen",
)
ok(
    "op-lith-opinions-one-adopted",
    OP,
    "lith",
    "The psychiatrist favoured continuing lithium; the obstetrician raised switching to quetiapine. Having weighed "
    "both with her, we have adopted the psychiatrist's view: lithium (Priadel) 800 mg nocte continues, levels "
    "monthly then weekly from 36 weeks and within 24 hours of birth, paediatric review of the baby after birth, "
    "bottle feeding as breastfeeding is not advised.",
    "opinions listed, then one adopted with the plan",
)
bad(
    "op-lith-opinions-none-adopted",
    OP,
    "lith",
    "Lithium: the psychiatrist favours continuing it; the obstetrician would switch to quetiapine; the pharmacist "
    "suggests a lower dose with more frequent levels. Views differ on breastfeeding.",
    "opinions listed with none adopted",
)
ok(
    "op-valp-could-not-stop",
    OP,
    "valp",
    "She asked whether she could stop valproate herself; she must not, because stopping suddenly risks seizures. "
    "Valproate 500 mg bd continues until the urgent neurology review; first-trimester exposure, so early fetal "
    "medicine assessment and a detailed anomaly scan are booked; folic acid 5 mg started today.",
    "'could' in her question, answered with the plan",
)

# ============================================================================================================
# letter: exclamations in a letter with a real plan pass; a leaflet's exhortations refuse.

ok(
    "lt-cit-letter-congratulations",
    LT,
    "cit",
    "Dear Amy, congratulations on reaching 32 weeks! As we discussed, you will keep taking citalopram 20 mg once a "
    "day: stopping it risks your depression coming back. Your midwife will watch the baby for jitteriness or poor "
    "feeding for the first 48 hours after birth, and breastfeeding is fine on citalopram. I will see you at your "
    "6-week check. Best wishes, Dr Shah",
    "a letter with an exclamation and a full plan",
    shy,
)
bad(
    "lt-cit-leaflet-exclaims",
    LT,
    "cit",
    "Citalopram and your baby! Keep taking your tablets! Breast is best! Look out for a jittery baby and tell "
    "someone! Remember, you are not alone!",
    "a leaflet's register: exhortations with no plan",
    shy,
)
ok(
    "lt-quet-letter-well-done",
    LT,
    "quet",
    "Dear Mr and Mrs Khan, well done on a safe start with your baby! Because of his quetiapine 300 mg at night, "
    "Mr Khan must not share a bed, sofa or armchair with the baby or do night feeds after his dose; Mrs Khan does "
    "the night feeds and the baby sleeps in the next-to-me crib. The health visitor will check the sleeping "
    "arrangements at each visit.",
    "a letter to both parents with an exclamation and a plan",
)

# ============================================================================================================
# future: the active future perfect beside a plan passes; alone it refuses.

ok(
    "fu-meth-anaesthetist-by-36",
    FU,
    "meth",
    "By 36 weeks she will have seen the anaesthetist about pain relief in labour. Methadone 60 mg daily continues; "
    "the baby will be observed on the postnatal ward for at least 72 hours for NAS with scoring by the midwives, "
    "breastfeeding supported, no co-sleeping because of sedation after her dose.",
    "a future perfect beside a plan made",
    greek,
)
bad(
    "fu-meth-will-have-settled",
    FU,
    "meth",
    "By the time the baby arrives she will have stabilised on methadone and will have stopped using on top, so "
    "withdrawal will have become much less likely and breastfeeding will have sorted itself out.",
    "only outcomes assumed; no one is planned to do anything",
    greek,
)
ok(
    "fu-valp-neuro-will-have-reviewed",
    FU,
    "valp",
    "Valproate 500 mg bd continues, not stopped abruptly. Urgent neurology referral sent today, so by 12 weeks the "
    "neurologist will have reviewed her; fetal medicine will see her at 12 weeks and do a detailed anomaly scan at "
    "20 weeks; folic acid 5 mg daily started.",
    "future perfect resting on a referral made today, beside a plan",
)

# ============================================================================================================
# guidance: guidance reported and adopted passes; reported only refuses.

ok(
    "gu-meth-nice-and-we-advise",
    GU,
    "meth",
    "NICE advises that women on methadone are supported to breastfeed, and we advise it for her. Methadone 60 mg "
    "continues; the baby will be scored for withdrawal on the postnatal ward for at least 72 hours; no co-sleeping "
    "after her dose, with the cot checked by the midwife at the first home visit.",
    "guidance reported and then adopted for her",
    cyr,
)
bad(
    "gu-meth-according-to-nice-only",
    GU,
    "meth",
    "According to NICE, babies exposed to methadone should be observed for at least 72 hours, breastfeeding is "
    "encouraged and parents should avoid co-sleeping after a dose.",
    "guidance reported only; nothing adopted for this baby",
)
ok(
    "gu-sert-bumps-so-we",
    GU,
    "sert",
    "UKTIS/BUMPS note a small risk of PPHN and adaptation symptoms with late SSRI use; with that in mind we are "
    "continuing sertraline 100 mg, the midwife will watch the baby for 48 hours after birth and the paediatric "
    "team will be told at delivery. Breastfeeding is supported.",
    "guidance noted, then the team's decision",
)
ok(
    "gu-lith-in-line-with-nice",
    GU,
    "lo",
    "In line with NICE CG192 we advise that lithium (Priadel) 800 mg at night continues, with levels monthly, "
    "weekly from 36 weeks and within 24 hours of birth; she will deliver in the obstetric unit; the baby gets a "
    "paediatric review after birth; she will bottle feed. Perinatal mental health team review within a week.",
    "guidance adopted with 'we advise'",
)

# ============================================================================================================
# deferral: a plan made while something is awaited passes; "pending" alone refuses.

ok(
    "df-meth-pending-scan-continues",
    DF,
    "meth",
    "Pending the growth scan at 32 weeks, methadone 60 mg continues and the community midwife observes her at "
    "each visit. After birth the baby will be scored for NAS on the postnatal ward for at least 72 hours; "
    "breastfeeding supported; no co-sleeping after her dose.",
    "a plan made while a scan is awaited",
    bidi,
)
bad(
    "df-meth-pending-scan-only",
    DF,
    "meth",
    "Methadone: plan pending the growth scan at 32 weeks and the drug service's view; withdrawal observation, "
    "breastfeeding and sleeping arrangements held over until then.",
    "everything held over until the scan",
    bidi,
)
ok(
    "df-dzp-considered-and-decided",
    DF,
    "dzp",
    "A faster diazepam reduction should be considered, and we have decided to start the supervised reduction of "
    "diazepam by 2 mg a fortnight from 1 July; pregabalin 150 mg bd continues. No co-sleeping or feeding lying "
    "down; foster carer does the night feeds; the midwife watches for late withdrawal until day 8.",
    "'should be considered' answered by a decision",
)
bad(
    "df-dzp-considered-only",
    DF,
    "dzp",
    "A faster diazepam reduction should ideally be considered, and pregabalin may be something to bear in mind; "
    "night feeds are worth thinking about.",
    "softened duties with nothing decided",
)
ok(
    "df-valp-awaiting-neuro-continue",
    DF,
    "valp",
    "Awaiting the urgent neurology review (referral sent today): until then valproate 500 mg bd continues "
    "unchanged, as stopping suddenly risks seizures. Early fetal medicine assessment requested; folic acid 5 mg "
    "daily started; the midwife books her at 10 weeks.",
    "awaiting a review, with the interim plan decided",
)

# ============================================================================================================
# actors: a named on-call registrar, family beside the midwife pass; lay watchers alone refuse.

ok(
    "ac-meth-oncall-reg-named",
    AC,
    "meth",
    "Methadone 60 mg continues. After birth the baby is scored 4-hourly for NAS on the postnatal ward for at least "
    "72 h; the on-call paediatric registrar (Dr Okafor this weekend) reviews any score of 8 or more. "
    "Breastfeeding supported; no co-sleeping after her dose.",
    "a named on-call registrar is answerable",
    fw,
)
bad(
    "ac-meth-whoever-is-on",
    AC,
    "meth",
    "Methadone 60 mg continues. The baby will be looked at by whoever is on after birth, and whoever is available "
    "will decide about feeding and sleep.",
    "a rota actor names no one",
    fw,
)
ok(
    "ac-quet-grandma-beside-midwife",
    AC,
    "quet",
    "His quetiapine 300 mg nocte leaves him too sedated to care for the baby at night: no bed or sofa sharing "
    "and no night feeds by him. The mother does nights, with her mother helping in the first fortnight; the "
    "midwife checks the sleeping arrangements on day 10 and the health visitor at each visit after.",
    "the grandmother helps beside the midwife and HV",
    cyr,
)
bad(
    "ac-quet-grandma-only",
    AC,
    "quet",
    "His quetiapine 300 mg nocte makes him too sleepy at night, so his mother will keep an eye on the baby and "
    "the neighbour has offered to pop in to check on them.",
    "only lay watchers",
    cyr,
)
ok(
    "ac-dzp-foster-carer-and-hv",
    AC,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; sedation is the main risk. The foster carer "
    "does the night feeds and the baby sleeps in the cot in her room; the mother's sister may visit to help in the "
    "daytime. Midwife and HV watch for late withdrawal to day 8; social worker reviews the placement weekly.",
    "a relative helping beside the foster carer, midwife and HV",
)

# ============================================================================================================
# doses: labels with a decision, changes told as one, a day's dose split; a share of the dose in milk with meaning.

ok(
    "do-meth-label-then-decision",
    DO,
    "meth",
    "Current dose: methadone 60 mg daily, supervised. Decision: continue unchanged through pregnancy. Baby: NAS "
    "scoring on the postnatal ward for at least 72 h. Feeding: breastfeeding supported. Sleep: no co-sleeping "
    "after her dose; cot checked at the home visit.",
    "dose labels each followed by a decision",
    zwsp,
)
bad(
    "do-meth-labels-only",
    DO,
    "meth",
    "Current dose: methadone 60 mg daily. Dose at booking: 60 mg. Supervised: yes. Take-homes: none. Dose "
    "form: 1 mg/ml oral solution.",
    "dose labels only",
    zwsp,
)
ok(
    "do-sert-was-now",
    DO,
    "sert",
    "Sertraline was 50 mg, now 100 mg since June, and continues at 100 mg daily: relapse risk outweighs the small "
    "risk to the baby. Midwife to watch for adaptation symptoms for 48 h after birth alongside the NAS scoring; "
    "breastfeeding supported.",
    "a dose change told as one",
)
bad(
    "do-sert-two-current-doses",
    DO,
    "sert",
    "Sertraline 100 mg daily continues unchanged; she takes 150 mg daily. Midwife to watch for adaptation "
    "symptoms for 48 h after birth; breastfeeding supported.",
    "two current doses contradict",
)
ok(
    "do-valp-day-as-bd",
    DO,
    "valp",
    "Valproate 1,000 mg a day, taken as 500 mg bd, continues until the urgent neurology review - not to be "
    "stopped suddenly. First-trimester exposure: early fetal medicine assessment and detailed anomaly scan "
    "requested today; folic acid 5 mg started.",
    "the day's total split into the dose line",
)
bad(
    "do-valp-day-total-wrong",
    DO,
    "valp",
    "Valproate 500 mg a day, taken as 500 mg bd, continues until the urgent neurology review - not to be "
    "stopped suddenly. Early fetal medicine assessment requested; folic acid 5 mg started.",
    "a day's total that is not the dose line's day",
)
ok(
    "do-sert-milk-share-so-bf",
    DO,
    "sert",
    "Sertraline 100 mg continues. About 1% of her dose reaches the milk, so breastfeeding is supported; the "
    "midwife will watch the baby for jitteriness and poor feeding for 48 h after birth, and the HV will check "
    "weight gain.",
    "a share of the dose in milk with what it leads to",
    greek,
)
bad(
    "do-sert-milk-share-alone",
    DO,
    "sert",
    "Sertraline 100 mg daily. About 1% of the maternal dose will reach the breast milk, and levels in the infant "
    "will be low or undetectable.",
    "a share of the dose foretold with nothing it leads to",
    greek,
)
ok(
    "do-lith-was-now-levels",
    DO,
    "lith",
    "Lithium (Priadel) was 1,000 mg, now 800 mg at night since her level of 1.0 in March, and continues at 800 mg. "
    "Levels monthly, weekly from 36 weeks, within 24 h of birth; paediatric review of the baby; bottle feeding as "
    "breastfeeding is not advised.",
    "a dose change told as one with the plan",
)

# ============================================================================================================
# particulars: a review decided with its particulars; signed form beside a plan; SOAP with a full P.

ok(
    "pt-lith-review-at-36",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg continues. We will review the dose with her at 36 weeks, when levels go weekly, and "
    "again within 24 h of birth. The baby will have a paediatric review after birth; breastfeeding is not advised "
    "and she will bottle feed.",
    "a review decided with its who and when",
    shy,
)
bad(
    "pt-lith-review-but-when",
    PT,
    "lith",
    "Lithium 800 mg: the dose will need reviewing in late pregnancy - but by whom, and when? And who checks the baby?",
    "a need whose particulars are then asked",
)
ok(
    "pt-valp-signed-then-plan",
    PT,
    "valp",
    "She signed the annual risk acknowledgement form today; the plan is: valproate 500 mg bd continues until the "
    "urgent neurology review, not stopped suddenly; early fetal medicine assessment and a detailed anomaly scan; "
    "folic acid 5 mg daily.",
    "a signed form beside the plan",
)
bad(
    "pt-valp-signed-only",
    PT,
    "valp",
    "Valproate: the annual risk acknowledgement form was signed by her and countersigned by the GP, to be signed "
    "off by the neurologist.",
    "signing the form is the only act",
)
ok(
    "pt-meth-soap-full-p",
    PT,
    "meth",
    "S: stable on methadone 60 mg, no on-top use. O: 29+2/40, well. A: NAS likely; sedation peaks 2-4 h after dose. "
    "P: continue methadone 60 mg; NAS scoring on the postnatal ward for at least 72 h; breastfeeding supported; "
    "no co-sleeping, cot checked at the first home visit.",
    "SOAP with a full plan",
    bidi,
)
bad(
    "pt-meth-soap-findings-only",
    PT,
    "meth",
    "S: stable on methadone 60 mg, no on-top use, keen to breastfeed. O: 29+2/40, BP 118/72, urine clear, "
    "sleepy two hours after the dose.",
    "SOAP findings with no assessment or plan",
)
ok(
    "pt-cit-think-about-then-chose",
    PT,
    "cit",
    "We asked her to think about how she wanted to feed, and she has chosen to breastfeed, which is fine on "
    "citalopram. Citalopram 20 mg daily continues because of the relapse risk; the midwife will watch for "
    "adaptation symptoms for 48 hours after birth.",
    "deliberation already done, with the choice",
)
bad(
    "pt-cit-think-about-only",
    PT,
    "cit",
    "Citalopram 20 mg: she should think about whether to continue it and how she wants to feed, and decide what "
    "she wants before the birth.",
    "a decision left to deliberation",
)

# ============================================================================================================
# subjects: another medicine beside the plan, a heading over its own plan, "X noted; continue".

ok(
    "sb-valp-also-folic",
    SB,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review, not stopped suddenly; first-trimester "
    "exposure, so early fetal medicine assessment and a detailed anomaly scan are booked. She also takes folic "
    "acid 5 mg daily, started today.",
    "another medicine mentioned beside the plan",
    cyr,
)
bad(
    "sb-valp-plan-only-for-folic",
    SB,
    "valp",
    "Valproate 500 mg bd noted. Folic acid 5 mg daily is continued until 12 weeks and then reviewed by the GP, "
    "with the pharmacist checking supply.",
    "the only plan is folic acid's",
    cyr,
)
ok(
    "sb-lith-heading",
    SB,
    "lo",
    "Lithium: continue Priadel 800 mg nocte; levels monthly, weekly from 36/40, within 24 h of birth. "
    "Baby: paediatric review after birth for floppiness, poor feeding and thyroid. Feeding: bottle, as "
    "breastfeeding is not advised. Mental health: perinatal team review within a week of birth.",
    "a heading over its own medicine's plan",
)
ok(
    "sb-sert-noted-semicolon",
    SB,
    "sert",
    "Sertraline noted; continue 100 mg daily, as the risk of relapse outweighs the small risks of PPHN and "
    "adaptation symptoms. Midwife to observe the baby for 48 h; breastfeeding supported.",
    "'noted;' heading the continue",
    zwsp,
)
bad(
    "sb-sert-noted-full-stop",
    SB,
    "mo",
    "Methadone 60 mg continues; the baby will be scored for NAS on the postnatal ward for at least 72 hours; "
    "breastfeeding supported; no co-sleeping after her dose. Sertraline is noted.",
    "sertraline only acknowledged in the overall",
)
ok(
    "sb-mo-both-headed",
    SB,
    "mo",
    "Methadone: continue 60 mg; NAS scoring on the postnatal ward for 72 h; no co-sleeping after her dose. "
    "Sertraline: continue 100 mg; midwife to watch for adaptation symptoms. Both: breastfeeding supported; SW and "
    "HV to see the sleeping arrangements before discharge.",
    "headings each over their own plan",
)

# ============================================================================================================
# baby: morphine by the neonatal team, malformation rate with what follows, partner's drowsiness, co-sleeping.

ok(
    "bb-meth-morphine-by-neonatal",
    BB,
    "meth",
    "Methadone 60 mg continues. After birth the baby will be scored for NAS for at least 72 hours on the postnatal "
    "ward; if scores stay high the neonatal team will start oral morphine on SCBU and wean it. Breastfeeding "
    "supported; no co-sleeping after her dose.",
    "the baby's morphine started by the neonatal team",
    fw,
)
bad(
    "bb-meth-morphine-by-scores",
    BB,
    "meth",
    "Methadone 60 mg continues. The baby's morphine will go up and down with the withdrawal scores, and "
    "breastfeeding depends on them too.",
    "the baby's morphine by scores, no one acting",
    fw,
)
ok(
    "bb-valp-rate-so-scan",
    BB,
    "valp",
    "First-trimester valproate carries about a 10% major malformation rate, so high-dose folic acid (5 mg, "
    "started today) and a detailed anomaly scan at 20 weeks by fetal medicine; valproate 500 mg bd continues "
    "until the urgent neurology review, not stopped suddenly.",
    "a malformation rate with what follows",
    greek,
)
bad(
    "bb-valp-rate-as-answer",
    BB,
    "valp",
    "Valproate 500 mg bd in the first trimester: about 1 in 10 babies have a major malformation and up to 4 in 10 "
    "have later developmental problems.",
    "a stated rate as the unborn baby's answer",
    greek,
)
ok(
    "bb-quet-his-drowsiness-not-baby",
    BB,
    "quet",
    "The father's quetiapine 300 mg at night makes him drowsy and hard to wake; the baby is not exposed and needs "
    "no observation for drowsiness. He must not share a bed or sofa with the baby or do night feeds after his "
    "dose; the mother does nights; the HV checks the crib at each visit.",
    "the partner's drowsiness told apart from the baby's",
)
ok(
    "bb-quet-even-if-alert",
    BB,
    "quet",
    "Quetiapine 300 mg nocte (father): co-sleeping is not advised even if he feels alert, and no night feeds by "
    "him after his dose. The mother does the night feeds and the baby sleeps in its own crib; the health visitor "
    "will keep checking this.",
    "co-sleeping advice that holds even if he feels alert",
    cyr,
)
bad(
    "bb-quet-up-to-them",
    BB,
    "quet",
    "Quetiapine 300 mg nocte (father): co-sleeping is probably fine on nights he feels alert, so where the baby "
    "sleeps is their choice; the health visitor will keep checking.",
    "safe sleep left to the parents",
    cyr,
)
ok(
    "bb-dzp-watch-baby-drowsy",
    BB,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; her drowsiness means no co-sleeping or feeding lying "
    "down, and the foster carer does nights. The baby may be drowsy or jittery with late withdrawal up to day 8: "
    "the midwife scores the baby daily and the HV sees him from day 10.",
    "the mother's drowsiness and the baby's signs, each with its plan",
)

# ============================================================================================================
# stage: antenatal reports in the past in a postnatal record; spans within the plan; older child; drops.

ok(
    "st-dzp-antenatal-past",
    ST,
    "dzp",
    "In pregnancy the diazepam and pregabalin were reviewed at 28 weeks and the growth scans were normal. Now, after "
    "the birth: both continue unchanged for now; no co-sleeping or feeding lying down; the foster carer does night "
    "feeds; the midwife and HV watch for late withdrawal until day 8.",
    "antenatal reports told in the past in a postnatal record",
    shy,
)
bad(
    "st-dzp-antenatal-plan-verbless",
    ST,
    "dzp",
    "Diazepam and pregabalin: growth scans at 32 and 36 weeks, anaesthetic review before delivery and birth on the "
    "consultant unit.",
    "a verbless antenatal plan after the birth",
    shy,
)
ok(
    "st-quet-first-six-weeks",
    ST,
    "quet",
    "His quetiapine 300 mg at night sedates him heavily: over the baby's first six weeks the health visitor will "
    "check the sleeping arrangements at each contact; no bed or sofa sharing with him and no night feeds by him "
    "after his dose; the mother does nights.",
    "'over his first six weeks' as a plan",
)
bad(
    "st-quet-first-year-told",
    ST,
    "quet",
    "His quetiapine 300 mg at night sedates him heavily; the baby has slept in its own crib throughout its first "
    "year and he has never done a night feed after his dose.",
    "a span told as done beyond the baby's age",
)
ok(
    "st-po-first-baby-2019-well",
    ST,
    "po",
    "Her first baby, born in 2019, was well. The father's quetiapine 300 mg at night causes heavy sedation: no "
    "co-sleeping with him and no night feeds by him after his dose. The mother does nights; the health visitor "
    "will keep checking the crib. Her own paracetamol raises no concern.",
    "an older child's history beside a plan for this baby",
)
add(
    "st-n-eye-drops-each-eye",
    ST,
    PASS,
    N,
    drops(
        "med-chloramphenicol",
        "Chloramphenicol 0.5% eye drops",
        "One drop into each eye four times a day for 5 days",
        "Eye drops for conjunctivitis; negligible amounts reach the milk, breastfeeding continues.",
    ),
    "eye drops into each eye",
)
add(
    "st-n-eye-drops-by-mouth",
    ST,
    REFUSE,
    N,
    drops(
        "med-chloramphenicol",
        "Chloramphenicol 0.5% eye drops",
        "One drop by mouth four times a day for 5 days",
        "Eye drops for conjunctivitis; negligible amounts reach the milk, breastfeeding continues.",
    ),
    "eye drops by mouth",
)
add(
    "st-n-ear-drops-left-ear",
    ST,
    PASS,
    N,
    drops(
        "med-otomize",
        "Otomize ear spray",
        "One spray into the left ear three times a day for 7 days",
        "Steroid and antibiotic ear spray for otitis externa; nothing meaningful reaches the milk.",
    ),
    "an ear spray into the ear",
)
add(
    "st-n-ear-drops-swallowed",
    ST,
    REFUSE,
    N,
    drops(
        "med-otomize",
        "Otomize ear spray",
        "One spray swallowed three times a day for 7 days",
        "Steroid and antibiotic ear spray for otitis externa; nothing meaningful reaches the milk.",
    ),
    "an ear spray swallowed",
)

# ============================================================================================================
# more complete work in the same shapes (must pass).

ok(
    "rc-dzp-documented-and-sw-told",
    RC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue unchanged for now; supervised diazepam reduction from next "
    "month. No co-sleeping or feeding lying down; the foster carer does nights. Late withdrawal possible to day 8, "
    "so the midwife scores the baby daily. Documented in the placement plan and the social worker told today.",
    "documentation beside telling the social worker and a full plan",
)
ok(
    "rc-valp-entered-and-referred",
    RC,
    "vo",
    "Sodium valproate 500 mg bd continues unchanged pending urgent neurology review - not stopped abruptly. "
    "Entered on the pregnancy register and referred today to neurology and to fetal medicine for early "
    "assessment and a detailed anomaly scan. Folic acid 5 mg started. Risk form signed.",
    "entering beside referrals made",
    fw,
)
ok(
    "op-meth-could-split-chosen",
    OP,
    "meth",
    "A split dose could reduce her peak sedation, and we have agreed with the drug service to split methadone "
    "60 mg into 30 mg bd from 32 weeks. The baby is scored for NAS on the postnatal ward for 72 h; breastfeeding "
    "supported; no co-sleeping, cot seen at the home visit.",
    "'could' explaining the option chosen",
)
ok(
    "op-quet-two-views-adopted",
    OP,
    "po",
    "The HV suggested the father move to the spare room; the parents preferred a next-to-me crib on the mother's "
    "side. We agreed the crib: the father's quetiapine 300 mg means no co-sleeping with him and no night feeds by "
    "him after his dose; the mother does nights; the health visitor checks at each visit.",
    "two views, one adopted",
)
ok(
    "lt-lith-letter-good-news",
    LT,
    "lo",
    "Dear Sarah, good news - your heart scan at 20 weeks was normal! You will carry on with lithium (Priadel) 800 mg "
    "at night. We will check your levels monthly, weekly from 36 weeks, and within 24 hours of the birth. A "
    "paediatrician will check the baby after birth. Bottle feeding is best with lithium. The perinatal team will "
    "see you within a week of the birth.",
    "a letter with an exclamation and the plan",
    zwsp,
)
ok(
    "lt-dzp-letter-thanks",
    LT,
    "fo",
    "Dear Jo, thank you for working so hard with us this week! Your diazepam and pregabalin stay the same for now, "
    "and the supervised diazepam reduction starts next month. Because they make you drowsy, please never sleep with "
    "the baby on a bed or sofa; Mrs Reid (the foster carer) does the night feeds. The midwife will check the baby "
    "for late withdrawal until day 8.",
    "a letter to the mother with thanks and a plan",
)
ok(
    "fu-lith-will-have-had-scan",
    FU,
    "lo",
    "By delivery she will have had weekly lithium levels from 36 weeks; that is the plan we have booked. Lithium "
    "(Priadel) 800 mg nocte continues; level within 24 hours of birth; paediatric review of the baby; bottle "
    "feeding; perinatal mental health review within a week of birth.",
    "future perfect resting on a booked plan",
)
ok(
    "gu-valp-mhra-and-we",
    GU,
    "valp",
    "The MHRA advises that valproate is not stopped without specialist advice, and we advise the same for her: "
    "valproate 500 mg bd continues until the urgent neurology review (referral sent today). First-trimester "
    "exposure: early fetal medicine assessment and a detailed anomaly scan; folic acid 5 mg started.",
    "regulator's advice reported, then adopted",
    cyr,
)
ok(
    "gu-dzp-local-guideline-we-follow",
    GU,
    "dzp",
    "Our local guideline asks for late withdrawal observation to day 8 after benzodiazepine and gabapentinoid "
    "exposure; we will follow it: the midwife scores the baby daily to day 8. Diazepam 5 mg tds and pregabalin "
    "150 mg bd continue; no co-sleeping; foster carer does nights.",
    "local guideline adopted",
)
ok(
    "df-sert-until-bloods-continue",
    DF,
    "sert",
    "Until her mood review at 34 weeks, sertraline 100 mg continues unchanged; the midwife will watch the baby "
    "for adaptation symptoms for 48 hours after birth and breastfeeding is supported.",
    "'until' a review with the interim plan",
)
ok(
    "df-quet-pending-psych-but",
    DF,
    "quet",
    "Pending his own psychiatry review of the dose, quetiapine 300 mg at night continues and he does no night "
    "feeds and never shares a bed or sofa with the baby; the mother does nights; the health visitor checks the "
    "sleeping arrangements each visit.",
    "pending his review, the plan for the baby stands",
    greek,
)
ok(
    "ac-lith-reg-on-labour-ward",
    AC,
    "lith",
    "Lithium (Priadel) 800 mg continues; levels monthly, weekly from 36/40. In labour the obstetric registrar on "
    "call takes a level within 24 h of birth and the paediatric SHO reviews the baby for floppiness, poor feeding "
    "and thyroid. Breastfeeding is not advised; she will bottle feed.",
    "rota roles that are roles, not 'whoever'",
)
ok(
    "ac-meth-partner-helps-midwife-checks",
    AC,
    "mo",
    "Continue methadone 60 mg and sertraline 100 mg unchanged. NAS scoring on the postnatal ward for 72 h; "
    "breastfeeding supported. No co-sleeping after her dose; her partner will help at night and the social worker "
    "and health visitor see the sleeping arrangements before discharge.",
    "a partner helping beside professionals",
)
ok(
    "do-dzp-labels-with-decisions",
    DO,
    "dzp",
    "Diazepam: 5 mg tds - continue; reduce by 2 mg a fortnight from July under the drug service. Pregabalin: "
    "150 mg bd - continue unchanged. Baby: late withdrawal possible to day 8, midwife scores daily. Sleep: no "
    "co-sleeping; foster carer does nights.",
    "dose labels each with a decision",
)
ok(
    "do-quet-split-day",
    DO,
    "quet",
    "The father takes quetiapine 300 mg a day, all at night as three 100 mg tablets; he is very hard to wake "
    "after it, so no co-sleeping with him and no night feeds by him after his dose. The mother does nights; the HV "
    "checks the crib.",
    "a day's dose told as its tablets",
)
ok(
    "do-cit-milk-share-so-bf",
    DO,
    "cit",
    "Citalopram 20 mg continues for relapse prevention. Only a small share of the dose (under 5%) reaches the milk, "
    "so she can breastfeed; the midwife watches the baby for adaptation symptoms and feeding for 48 h.",
    "milk share leading to the feeding advice",
)
ok(
    "pt-sert-review-at-34",
    PT,
    "sert",
    "Sertraline 100 mg continues. The GP will review her mood and the dose with her at 34 weeks; the midwife will "
    "watch the baby for adaptation symptoms for 48 hours after birth; breastfeeding is supported.",
    "a review with who and when",
)
ok(
    "pt-dzp-consent-signed-plan",
    PT,
    "dzp",
    "She signed the consent to share with the foster carer; the plan is: diazepam 5 mg tds and pregabalin 150 mg "
    "bd continue, supervised diazepam reduction from next month; no co-sleeping or feeding lying down; foster carer "
    "does nights; midwife checks the baby for late withdrawal to day 8.",
    "a signed consent beside the plan",
    bidi,
)
ok(
    "pt-lith-soap-full-p",
    PT,
    "lith",
    "S: well, mood stable. O: 24/40, level 0.7. A: bipolar, high postpartum relapse risk. P: continue lithium "
    "(Priadel) 800 mg nocte; levels monthly, weekly from 36/40 and within 24 h of birth; paeds review of baby; "
    "bottle feed; perinatal MH review within a week.",
    "SOAP with a full P",
)
ok(
    "sb-meth-she-also-takes-sert",
    SB,
    "meth",
    "Methadone 60 mg continues through pregnancy (she also takes sertraline 100 mg, assessed separately). The baby "
    "will be scored for NAS on the postnatal ward for at least 72 hours; breastfeeding supported; no co-sleeping "
    "after her dose.",
    "another medicine in a parenthesis beside the plan",
)
ok(
    "sb-fo-headings-both",
    SB,
    "fo",
    "Diazepam: 5 mg tds, continue; supervised reduction from next month. Pregabalin: 150 mg bd, continue. Sedation: "
    "no bed, sofa or armchair sharing; no feeding lying down; foster carer does night feeds. Baby: late withdrawal "
    "signs possible to day 8; midwife and HV to watch.",
    "headings each over their own plan",
    fw,
)
ok(
    "sb-lith-noted-continue",
    SB,
    "lith",
    "Lithium noted; continue Priadel 800 mg at night, as relapse after birth is likely without it. Levels monthly, "
    "weekly from 36 weeks and within 24 h of birth; paediatric review of the baby; breastfeeding is not advised.",
    "'noted;' heading the continue",
)
ok(
    "bb-cit-neonatal-team-review",
    BB,
    "cit",
    "Citalopram 20 mg continues. If the baby is jittery, feeding poorly or breathing fast after birth, the midwife "
    "calls the neonatal team, who review and decide on SCBU; otherwise 48 h of observation on the ward. "
    "Breastfeeding supported.",
    "the baby's signs with who acts",
)
ok(
    "bb-lith-rate-so-echo",
    BB,
    "lith",
    "First-trimester lithium raises the risk of heart malformations (about 1 in 100 above background), so she had "
    "the detailed fetal echo at 20 weeks, which was normal. Lithium (Priadel) 800 mg continues; levels monthly then "
    "weekly from 36 weeks; paediatric review of the baby after birth; bottle feeding.",
    "a rate with what followed and the plan",
)
ok(
    "bb-quet-co-sleep-never-even",
    BB,
    "po",
    "Quetiapine 300 mg (father) causes heavy sedation at night: he must never co-sleep with the baby, even on "
    "nights he feels fine, and does no night feeds after his dose. The mother does nights; the health visitor "
    "will keep checking the crib. Her paracetamol raises no concern.",
    "never, even on nights he feels fine",
)
ok(
    "st-quet-pregnancy-past-now-plan",
    ST,
    "po",
    "During the pregnancy the parents were seen together at 34 weeks and the crib was agreed then. Now the baby is "
    "home: the father's quetiapine 300 mg at night means no co-sleeping with him and no night feeds after his dose; "
    "the mother does nights; the health visitor checks at each visit.",
    "antenatal events reported in the past in a postnatal record",
)
ok(
    "st-dzp-first-two-weeks-plan",
    ST,
    "fo",
    "Diazepam and pregabalin continue. For the baby's first two weeks the foster carer does all night feeds and the "
    "midwife visits daily to day 8 for late withdrawal; no co-sleeping or feeding lying down by the mother. HV "
    "from day 10.",
    "a span of the baby's life in the plan",
)
ok(
    "st-valp-older-son-2019",
    ST,
    "valp",
    "Her first baby, born in 2019 before valproate, was well. This pregnancy: first-trimester valproate exposure, "
    "so urgent neurology review and early fetal medicine assessment with detailed anomaly scan; valproate 500 mg "
    "bd continues until then; folic acid 5 mg started.",
    "an older child named by year beside the plan",
    greek,
)


ok(
    "rc-quet-recorded-and-hv-visits",
    RC,
    "quet",
    "The father's quetiapine 300 mg at night leaves him very hard to wake: no bed or sofa sharing with the baby and "
    "no night feeds by him after his dose; the mother does nights. Advice recorded in the red book and the health "
    "visitor will check the crib at the new birth visit.",
    "recording beside the HV's check",
)
ok(
    "fu-cit-by-birth-will-have-met",
    FU,
    "co",
    "By the birth she will have met the perinatal mental health midwife, who is booked for 34 weeks. Continue "
    "citalopram 20 mg through pregnancy and breastfeeding; midwife to watch the baby for adaptation symptoms in "
    "the first 48 hours; GP mood review at the 6-week check.",
    "future perfect resting on a booked appointment, beside the plan",
)
ok(
    "do-meth-was-now-split",
    DO,
    "meth",
    "Methadone was 60 mg once daily, now 30 mg bd (the same 60 mg a day) since 28 weeks to ease peak sedation. "
    "The baby will be scored for NAS on the postnatal ward for at least 72 h; breastfeeding supported; no "
    "co-sleeping, cot seen at the home visit.",
    "a change of split told as one, same day's total",
)
ok(
    "bb-sert-neonatal-team-cpap",
    BB,
    "sert",
    "Sertraline 100 mg continues. Small risk of PPHN: the paediatric team will be at delivery and, if the baby "
    "breathes fast or needs oxygen, the neonatal team will admit to SCBU. Otherwise midwife observation for 48 h; "
    "breastfeeding supported.",
    "the baby's care started by the neonatal team on a sign",
)


if __name__ == "__main__":
    counts: Counter[tuple[str, str]] = Counter((c.category, c.expect) for c in F105CASES)
    total = Counter(c.expect for c in F105CASES)
    print(f"{len(F105CASES)} cases: {total[REFUSE]} refuse, {total[PASS]} pass")
    for category in CATEGORIES:
        print(f"  {category:12} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
