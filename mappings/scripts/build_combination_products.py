"""Regenerate the dm+d part of mappings/combination-products.csv from the typed class code lists.

A branded AMP (BNF product code other than AA) whose generic equivalent (BNF code: chemical + "AA" + the
equivalent-strength characters twice) is a VMP named "A 37.5mg / B 325mg ..." contains those ingredients. Only
the ingredient words are kept; the strengths and forms are not. Run from the repository root; prints CSV rows.
"""

from __future__ import annotations

import csv
import re
import sys
import tomllib
from pathlib import Path

_STRENGTH = re.compile(r"\s\S*\d.*$")


def ingredients(vmp_name: str) -> list[str]:
    return [_STRENGTH.sub("", part).strip().lower() for part in vmp_name.split(" / ")]


def _stem(name: str, forms: set[str]) -> str:
    kept = []
    for word in re.sub(r"\s*\(.*\)$", "", name).split():
        if any(c.isdigit() for c in word) or word.lower() in forms:
            break
        kept.append(word)
    return " ".join(kept)


def main() -> None:
    forms = set(tomllib.loads(Path("mappings/names.toml").read_text(encoding="utf-8"))["form_words"])
    rows = []
    for path in sorted(Path("mappings/codelists").glob("*.csv")):
        for row in csv.DictReader(path.open(encoding="utf-8")):
            kind, bnf = row.get("dmd_type", ""), row.get("bnf_code") or ""
            name = row.get("dmd_name") or row.get("term") or ""
            rows.append((path.name, kind, row.get("dmd_id") or row.get("code") or "", name, bnf))
    vmps = {(f, b): (i, n) for f, k, i, n, b in rows if k == "VMP" and b and " / " in n}
    seen: set[str] = set()
    out = csv.writer(sys.stdout, lineterminator="\n")
    for f, kind, dmd_id, name, bnf in rows:
        if kind != "AMP" or len(bnf) != 15 or bnf[9:11] == "AA" or " / " in name:
            continue
        generic = bnf[:9] + "AA" + bnf[13:15] + bnf[13:15]
        found = vmps.get((f, generic))
        if found is None:
            continue
        stem = _stem(name, forms)
        if stem.lower() in seen:
            continue
        seen.add(stem.lower())
        out.writerow([stem, ";".join(ingredients(found[1])), f"dm+d VMP {found[0]} \"{found[1]}\" = generic of AMP {dmd_id} \"{name}\" (BNF {bnf}), codelists/{f}"])


if __name__ == "__main__":
    main()
