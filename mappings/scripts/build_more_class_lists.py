"""Build the second wave of class code lists (codelists/*-more.csv, baclofen.csv) from gm-sde code sets.

Usage: python mappings/scripts/build_more_class_lists.py <gm-sde git dir> [<commit>]

Every row written is an id and term copied from a gm-sde ``*.snomed.txt`` file at the given commit (default
6cf10afc0d745a557b2e8dd7e0b1d4b61ea40e42, the snapshot codelists-more was built from). Which rows belong to which
class is decided by the selections below; the reasons and the public sources for each decision are in
codelists/PROVENANCE.md and codelists/more-classes.md. Rows left out by a rule go, with the reason, to
codelists/excluded/excluded-more.csv (a subfolder: every .csv directly in codelists/ is a class list). Ids are
checked (digits, length, Verhoeff check digit, concept partition) as in codelists-more.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = "UoM-Data-Science-Platforms/gm-sde"
DEFAULT_COMMIT = "6cf10afc0d745a557b2e8dd7e0b1d4b61ea40e42"
MEDS = "shared/clinical-code-sets/medications"
OUT = Path(__file__).resolve().parents[1] / "codelists"
GIT = shutil.which("git") or "git"

# Verhoeff tables.
_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def valid_id(code: str) -> bool:
    if not code.isdigit() or not 6 <= len(code) <= 18 or code[-3:-1] not in ("00", "10"):
        return False
    check = 0
    for i, digit in enumerate(reversed(code)):
        check = _D[check][_P[i % 8][int(digit)]]
    return check == 0


def read_set(git_dir: str, commit: str, folder: str) -> tuple[str, list[tuple[str, str]]]:
    """(path, rows) of a gm-sde set's snomed file."""
    listing = subprocess.run(
        [GIT, "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, f"{MEDS}/{folder}/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    paths = sorted(p for p in listing if p.endswith(".snomed.txt"))
    path = paths[-1]  # the highest version folder
    text = subprocess.run(
        [GIT, "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True, text=True
    ).stdout
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip():
            rows.append((parts[0].strip(), parts[1].strip()))
    return path, rows


def read_readv2(git_dir: str, commit: str, folder: str) -> list[tuple[str, str]]:
    path = f"{MEDS}/{folder}/1/{folder}.readv2.txt"
    text = subprocess.run(
        [GIT, "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True, text=True
    ).stdout
    return [tuple(line.split("\t")[:2]) for line in text.splitlines() if "\t" in line]  # type: ignore[misc]


def first_word(term: str) -> str:
    return re.split(r"[\s/]+", term.strip().lstrip("*").lower())[0]


BENZODIAZEPINE_STEM = re.compile(r"(azepam|azepoxide|azepozide|azolam|azepate)$")


def is_benzodiazepine(term: str) -> bool:
    """A first word with a benzodiazepine ending ("Chlordiazepozide", a misspelling in the source)."""
    return bool(BENZODIAZEPINE_STEM.search(first_word(term)))


def existing_ids(files: list[str]) -> set[str]:
    ids: set[str] = set()
    for name in files:
        with (OUT / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                code = row.get("dmd_id") or row.get("code") or row.get("id") or ""
                ids.add(code.strip())
    return ids


NOT_PRODUCT = re.compile(
    r"\b(level|assay|serum|plasma|urine|test|allergy|adverse|poisoning|overdose|monitoring)\b", re.I
)
NOT_SYSTEMIC = re.compile(r"\b(cream|cre|gel|ointment|eye drops|eye drop|cutaneous|lotion|shampoo|ear drops)\b", re.I)

# Antiepileptics (BNF 4.8.1) other than those already listed. Read v2 groups "dn<x>" of bnf-cns-meds hold one
# drug with its brands (e.g. dnt: LACOSAMIDE and VIMPAT); the names of these groups are read from the Read v2
# file of the same set, so "Vimpat" -> lacosamide is the source's own grouping.
AE_READ_GROUPS = {
    "dn5": "ethosuximide",
    "dne": "vigabatrin",
    "dnq": "zonisamide",
    "dnr": "rufinamide",
    "dns": "stiripentol",
    "dnt": "lacosamide",
    "dnu": "eslicarbazepine",
    "dnv": "retigabine",
    "dnw": "perampanel",
}
# Further names, each with the public page that shows the brand's ingredient (codelists/more-classes.md).
AE_MORE_NAMES = {
    "brivaracetam": "brivaracetam",
    "tiagabine": "tiagabine",
    "gabitril": "tiagabine",
    "sabril": "vigabatrin",
    "zarontin": "ethosuximide",
    "cenobamate": "cenobamate",
    "ontozry": "cenobamate",
    "diacomit": "stiripentol",
    "cannabidiol": "cannabidiol",
    "epidyolex": "cannabidiol",
    "sultiame": "sultiame",
    "sulthiame": "sultiame",
    "ospolot": "sultiame",
    "eslicarbazepine": "eslicarbazepine",
    "briviact": "brivaracetam",
}
AE_NO_EVIDENCE: dict[str, str] = {}

# Sedating antihistamines and phenothiazine antiemetics, by single-ingredient set (folder names the ingredient).
SEDATING_SETS = ["cinnarizine", "cyclizine", "prochlorperazine"]
SEDATING_CNS_NAMES = {"doxylamine": "doxylamine"}
# The sedating antihistamines of the CPRD list res178 "benzodiazepine, z-drugs and sedating antihistamine", which
# gm-sde drowsy-medications/1 is built from: its rows other than benzodiazepines and z-drugs (those are the
# benzodiazepine-z-drug class; a row is one when its id or first word is one of the benzodiazepine, diazepam or
# z-drug sets' or lists').
DROWSY_SET = "drowsy-medications"
# Only rows whose name states a sedating antihistamine (a generic or a combination such as "Pholcodine with
# promethazine hydrochloride linctus"): brand names are left out, because brands get reused (Benadryl now names
# cetirizine and acrivastine products, which do not sedate). Ketotifen is left out: its common UK form is eye drops,
# which do not sedate, and a name cannot tell them apart.
DROWSY_ANTIHISTAMINES = {
    "brompheniramine": "brompheniramine",
    "triprolidine": "triprolidine",
    "dimenhydrinate": "dimenhydrinate",
    "azatadine": "azatadine",
    "mequitazine": "mequitazine",
    "pheniramine": "pheniramine",
    "phenindamine": "phenindamine",
    "dimethindene": "dimetindene",
    "mebhydrolin": "mebhydrolin",
    "oxatomide": "oxatomide",
    "chlorphenamine": "chlorphenamine",
    "promethazine": "promethazine",
    "diphenhydramine": "diphenhydramine",
    "diphenydramine": "diphenhydramine",
    "hydroxyzine": "hydroxyzine",
    "cyproheptadine": "cyproheptadine",
    "clemastine": "clemastine",
    "alimemazine": "alimemazine",
}
DROWSY_WORD = re.compile(r"\b(" + "|".join(DROWSY_ANTIHISTAMINES) + r")\b", re.I)
BZ_SETS = ["diazepam", "benzodiazepines", "nonbenzodiazepine-benzodiazepine-receptor-agonist"]

# Other sedating medicines.
HYPNOTIC_NAMES = {
    "chloral": "chloral hydrate",
    "cloral": "cloral betaine",
    "welldorm": "cloral betaine",
    "triclofos": "triclofos",
    "clomethiazole": "clomethiazole",
    "heminevrin": "clomethiazole",
    "dichloralphenazone": "dichloralphenazone",
}
CANNABINOID_NAMES = {"nabilone": "nabilone", "cesamet": "nabilone"}
SATIVEX_NAMES = {"sativex": "nabiximols"}
KETAMINE_SETS = ["ketamine", "esketamine"]

BACLOFEN_NAMES = {"baclofen": "baclofen", "lioresal": "baclofen"}
BACLOFEN_NO_EVIDENCE = {
    "lyflex": "brand Lyflex: no public page found here linking it to baclofen (not guessed)",
    "lyvispah": "brand Lyvispah: no public page found here linking it to baclofen (not guessed)",
}

TERATOGEN_SELECTIONS = {
    # chapter set: {first word: ingredient}
    "bnf-gastro-intestinal-meds": {"misoprostol": "misoprostol", "cytotec": "misoprostol"},
    "bnf-obstetrics-gynaecology-meds": {"misoprostol": "misoprostol"},
    "bnf-muskuloskeletal-joint-meds": {"arthrotec": "diclofenac with misoprostol"},
    "bnf-infections-meds": {"ribavirin": "ribavirin", "rebetol": "ribavirin", "copegus": "ribavirin"},
    "bnf-cardiovascular-meds": {
        "bosentan": "bosentan",
        "tracleer": "bosentan",
        "ambrisentan": "ambrisentan",
        "volibris": "ambrisentan",
        "macitentan": "macitentan",
        "opsumit": "macitentan",
    },
    "bnf-malignant-disease-immunosuppression-meds": {
        "teriflunomide": "teriflunomide",
        "aubagio": "teriflunomide",
        "tretinoin": "tretinoin (oral)",
        "vesanoid": "tretinoin (oral)",
    },
}
TERATOGEN_NO_EVIDENCE = {
    "stayveer": "brand Stayveer: no public page found here linking it to bosentan (not guessed)",
    "virazole": "brand Virazole: no public page found here linking it to ribavirin (not guessed)",
    "napratec": "brand Napratec: no public page found here stating its misoprostol content (not guessed)",
    "mysodelle": "brand Mysodelle: no public page found here linking it to misoprostol (not guessed)",
    "topogyne": "brand Topogyne: no public page found here linking it to misoprostol (not guessed)",
}
# A combined generic row names both ingredients ("Diclofenac ... / Misoprostol ..."): kept by its misoprostol part.
MISOPROSTOL_COMBINATION = re.compile(r"/\s*misoprostol", re.I)


# Brands whose ingredient a public page states (brand: (ingredient, page)). Brands of single-ingredient gm-sde sets
# (Stugeron, Valoid, Stemetil, Valium, Spravato...) need no row: the set's folder names the ingredient.
BRAND_PAGES = {
    "Diacomit": (
        "stiripentol",
        "https://www.ema.europa.eu/ema/index.jsp?curl=pages/medicines/human/medicines/000664/"
        "human_med_000742.jsp (EPAR summary)",
    ),
    "Epidyolex": (
        "cannabidiol",
        "https://www.epilepsyscotland.org.uk/"
        "cannabidiol-approved-as-treatment-option-for-dravet-and-lennox-gastaut-syndrome/",
    ),
    "Ospolot": ("sultiame", "https://medicines.org.uk/emc/product/100433/pil"),
    "Briviact": ("brivaracetam", "https://medicines.org.uk/emc/product/10540/smpc/print"),
    "Gabitril": ("tiagabine", "http://www.cottagehealthsystem.org/chunkiid/19400/HealthLibrary.aspx"),
    "Sabril": ("vigabatrin", "http://www.cottagehealthsystem.org/chunkiid/19400/HealthLibrary.aspx"),
    "Tracleer": ("bosentan", "https://secure.medicalletter.org/TML-article-1737e"),
    "Volibris": ("ambrisentan", "https://secure.medicalletter.org/TML-article-1737e"),
    "Opsumit": ("macitentan", "https://secure.medicalletter.org/TML-article-1737e"),
    "Aubagio": ("teriflunomide", "https://mothertobaby.org/fact-sheets/teriflunomide/"),
    "Arthrotec": ("diclofenac;misoprostol", "https://www.drugs.com/pregnancy/diclofenac-misoprostol.html"),
    "Cytotec": ("misoprostol", "http://arthritis.emedtv.com/arthrotec/arthrotec-and-pregnancy.html"),
    "Rebetol": ("ribavirin", "https://medicinesinpregnancy.org/leaflets-a-z/ribavirin"),
    "Copegus": (
        "ribavirin",
        "https://themeditary.com/pregnancy/ribavirin-pregnancy-and-breastfeeding-warnings-1292.html",
    ),
    "Lioresal": (
        "baclofen",
        "http://www.mult-sclerosis.org/news/Jul2001/CaseStudyBaclofenPregnancy.html (BMJ 2001;323:85)",
    ),
    "Vesanoid": ("tretinoin", "https://healthery.com/drug/tretinoin-oral/"),
    "Sativex": ("nabiximols", "https://www.mstrust.org.uk/a-z/sativex-nabiximols"),
}
MORE_LISTS = (
    "antiepileptics-more",
    "benzodiazepines-more",
    "sedating-more",
    "sedating-other-more",
    "baclofen",
    "teratogens-more",
)


class Builder:
    def __init__(self, git_dir: str, commit: str) -> None:
        self.git_dir, self.commit = git_dir, commit
        self.rows: dict[str, list[dict[str, str]]] = {}
        self.seen: dict[str, set[str]] = {}
        self.excluded: list[dict[str, str]] = []
        self.stats: Counter[tuple[str, str]] = Counter()

    def source(self, path: str) -> str:
        return f"{REPO}@{self.commit[:7]}:{path}"

    def add(self, out: str, skip: set[str], path: str, code: str, term: str, ingredient: str) -> None:
        seen = self.seen.setdefault(out, set())
        if not valid_id(code):
            self.exclude(out, path, code, term, "id fails digits/length/Verhoeff/partition check")
            return
        if NOT_PRODUCT.search(term):
            self.exclude(out, path, code, term, "not a medicinal product concept")
            return
        if code in skip or code in seen:
            self.stats[(out, "already listed")] += 1
            return
        seen.add(code)
        self.rows.setdefault(out, []).append(
            {
                "dmd_type": "SNOMED",
                "dmd_id": code,
                "dmd_name": term,
                "source": self.source(path),
                "_ingredient": ingredient,
            }
        )

    def exclude(self, out: str, path: str, code: str, term: str, reason: str) -> None:
        if any(e["file"] == out and e["dmd_id"] == code for e in self.excluded):
            return
        self.excluded.append(
            {"file": out, "dmd_id": code, "dmd_name": term, "source": self.source(path), "reason": reason}
        )

    def whole_set(self, out: str, skip: set[str], folder: str, *, systemic: bool = True) -> None:
        path, rows = read_set(self.git_dir, self.commit, folder)
        for code, term in rows:
            if systemic and NOT_SYSTEMIC.search(term):
                self.exclude(out, path, code, term, "not systemic (topical/eye/ear form)")
                continue
            self.add(out, skip, path, code, term, folder.replace("-", " "))

    def by_name(
        self,
        out: str,
        skip: set[str],
        folder: str,
        names: dict[str, str],
        no_evidence: dict[str, str] | None = None,
        *,
        systemic: bool = True,
    ) -> None:
        path, rows = read_set(self.git_dir, self.commit, folder)
        for code, term in rows:
            word = first_word(term)
            if no_evidence and word in no_evidence:
                self.exclude(out, path, code, term, no_evidence[word])
                continue
            if word not in names:
                continue
            if systemic and NOT_SYSTEMIC.search(term):
                self.exclude(out, path, code, term, "not systemic (topical/eye/ear form)")
                continue
            self.add(out, skip, path, code, term, names[word])

    def write(self) -> None:
        for out, rows in self.rows.items():
            with (OUT / out).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, ["dmd_type", "dmd_id", "dmd_name", "source"], lineterminator="\n")
                writer.writeheader()
                for row in rows:
                    writer.writerow({k: v for k, v in row.items() if not k.startswith("_")})
            by = Counter(r["_ingredient"] for r in rows)
            print(
                out,
                len(rows),
                dict(sorted(by.items())),
                "skipped as already listed:",
                self.stats[(out, "already listed")],
            )
        (OUT / "excluded").mkdir(exist_ok=True)
        with (OUT / "excluded" / "excluded-more.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, ["file", "dmd_id", "dmd_name", "source", "reason"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(self.excluded)
        print("excluded", len(self.excluded), dict(Counter(e["reason"] for e in self.excluded)))


def main() -> None:
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_COMMIT
    b = Builder(git_dir, commit)

    # Antiepileptics: names of the chosen Read v2 groups, then the further evidenced names.
    names = dict(AE_MORE_NAMES)
    read_brands: dict[str, tuple[str, str]] = {}
    readv2 = f"{MEDS}/bnf-cns-meds/1/bnf-cns-meds.readv2.txt"
    for read_code, term in read_readv2(git_dir, commit, "bnf-cns-meds"):
        group = read_code[:3]
        if group in AE_READ_GROUPS:
            word = first_word(term)
            names[word] = AE_READ_GROUPS[group]
            if word != AE_READ_GROUPS[group].split()[0]:
                read_brands[word] = (
                    word.capitalize(),
                    AE_READ_GROUPS[group],
                    f"Read v2 {read_code.rstrip('.')} {term} in {REPO}@{commit[:7]}:{readv2}, "
                    f"drug group {group} of {AE_READ_GROUPS[group]}",
                )
    ae_skip = existing_ids(["antiepileptics.csv", "opensafely-teratogenic-medicines.csv", "teratogens-ppp.csv"])
    b.by_name("antiepileptics-more.csv", ae_skip, "bnf-cns-meds", names, AE_NO_EVIDENCE)

    # Benzodiazepines: the diazepam set and the all-benzodiazepine set.
    bz_skip = existing_ids(["user-RachelS99-dependence-forming-medications-benzodiazepines-dmd.csv"])
    b.whole_set("benzodiazepines-more.csv", bz_skip, "diazepam", systemic=False)
    b.whole_set("benzodiazepines-more.csv", bz_skip, "benzodiazepines", systemic=False)

    # Sedating antihistamines and phenothiazine antiemetics.
    sed_skip = existing_ids(["sedating-antihistamines.csv"])
    for folder in SEDATING_SETS:
        b.whole_set("sedating-more.csv", sed_skip, folder)
    b.by_name("sedating-more.csv", sed_skip, "bnf-cns-meds", SEDATING_CNS_NAMES)
    bz_words = {"zopiclone", "zolpidem", "zaleplon"}
    bz_ids = set(bz_skip) | {r["dmd_id"] for r in b.rows.get("benzodiazepines-more.csv", [])}
    for folder in BZ_SETS:
        _, bz_rows = read_set(git_dir, commit, folder)
        bz_words |= {first_word(term) for _, term in bz_rows}
        bz_ids |= {code for code, _ in bz_rows}
    bz_ids |= existing_ids(["other-sedating.csv", "opensafely-addictive-medicines.csv"])
    drowsy_path, drowsy_rows = read_set(git_dir, commit, DROWSY_SET)
    for code, term in drowsy_rows:
        if code in bz_ids or first_word(term) in bz_words or is_benzodiazepine(term):
            continue  # a benzodiazepine or z-drug: its own class
        if NOT_SYSTEMIC.search(term):
            b.exclude("sedating-more.csv", drowsy_path, code, term, "not systemic (topical/eye/ear form)")
            continue
        found = DROWSY_WORD.search(term)
        if found is None:
            b.exclude(
                "sedating-more.csv",
                drowsy_path,
                code,
                term,
                "res178 row whose name states no sedating antihistamine (a brand, or ketotifen): not selected",
            )
            continue
        b.add("sedating-more.csv", sed_skip, drowsy_path, code, term, DROWSY_ANTIHISTAMINES[found.group(1).lower()])

    # Other sedating medicines.
    other_skip = existing_ids(["other-sedating.csv"])
    b.by_name("sedating-other-more.csv", other_skip, "other-anxiolytics-and-hypnotics", HYPNOTIC_NAMES)
    b.by_name("sedating-other-more.csv", other_skip, "bnf-cns-meds", HYPNOTIC_NAMES)
    b.by_name("sedating-other-more.csv", other_skip, "bnf-cns-meds", CANNABINOID_NAMES)
    b.by_name("sedating-other-more.csv", other_skip, "bnf-muskuloskeletal-joint-meds", SATIVEX_NAMES)
    for folder in KETAMINE_SETS:
        b.whole_set("sedating-other-more.csv", other_skip, folder)

    # Baclofen.
    b.by_name("baclofen.csv", set(), "bnf-muskuloskeletal-joint-meds", BACLOFEN_NAMES, BACLOFEN_NO_EVIDENCE)

    # Other teratogens.
    ter_skip = existing_ids(["teratogens-other.csv"])
    for folder, selection in TERATOGEN_SELECTIONS.items():
        path, rows = read_set(git_dir, commit, folder)
        for code, term in rows:
            word = first_word(term)
            if word in TERATOGEN_NO_EVIDENCE:
                b.exclude("teratogens-more.csv", path, code, term, TERATOGEN_NO_EVIDENCE[word])
                continue
            ingredient = selection.get(word)
            if ingredient is None and MISOPROSTOL_COMBINATION.search(term):
                ingredient = "misoprostol (combination)"
            if ingredient is None:
                continue
            if ingredient == "tretinoin (oral)" and "capsule" not in term.lower():
                b.exclude("teratogens-more.csv", path, code, term, "not oral tretinoin")
                continue
            if NOT_SYSTEMIC.search(term):
                b.exclude("teratogens-more.csv", path, code, term, "not systemic (topical/eye/ear form)")
                continue
            b.add("teratogens-more.csv", ter_skip, path, code, term, ingredient)
    b.write()
    write_brands(b, read_brands)


def write_brands(b: Builder, read_brands: dict[str, tuple[str, str]]) -> None:
    """Add to ../brand-names.csv one row per brand of the new lists whose ingredient a source states: the Read v2
    drug group that holds it, or a public page (BRAND_PAGES). Rows this script wrote before are replaced."""
    path = OUT.parent / "brand-names.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["class"] not in MORE_LISTS]
    have = {r["brand"].lower() for r in rows}
    evidence = {brand.lower(): (brand, ingredient, how) for brand, (ingredient, how) in BRAND_PAGES.items()}
    evidence.update({k: v for k, v in read_brands.items() if k not in evidence})
    added = 0
    for out, listed in b.rows.items():
        for row in listed:
            word = first_word(row["dmd_name"])
            if word not in evidence or word in have:
                continue
            brand, ingredients, how = evidence[word]
            have.add(word)
            for ingredient in ingredients.split(";"):
                rows.append(
                    {
                        "brand": brand,
                        "ingredient": ingredient,
                        "class": out.removesuffix(".csv"),
                        "source": f"codelists/{out}#{row['dmd_id']} ({how})",
                    }
                )
                added += 1
    rows.sort(key=lambda r: (r["brand"].lower(), r["ingredient"]))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["brand", "ingredient", "class", "source"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print("brand rows added", added)


if __name__ == "__main__":
    main()
