#!/usr/bin/env python3
"""Import the firms of PETRARCH2's Phoenix international-actors dictionary into kabar's gazetteer.

Session 28 (actors-en28). ``../shared/data/events/petrarch2-dictionaries/Phoenix.International.actors.txt``
(Open Event Data Alliance, MIT) lists about 3,900 multinational corporations with their home country
(``BOEING_ [MNCUSA]``, ``DEUTSCHE_BANK_ [MNCDEU]``, ``BARCLAYS_PLC_ [MNCGBR]``). ``scripts/build_gazetteer.py``
writes them to the compact ``src/kabar/gazetteer/data/firms.tsv.gz`` (name, folded key, code COUNTRY+BUS). They
are not gazetteer forms: the entities stage finds no new names through them, and the actors stage asks for a
firm only for an organisation its other knowledge leaves uncoded (``Gazetteer.firm``).

Kept: a firm with a country (``MNC`` alone or ``MNCMIL`` has none); not a news outlet (``MNC<country>MED``: an
outlet has no actor code). Each firm also gets its name without the trailing legal words ("Barclays plc" ->
"Barclays", "Deutsche Bank AG" -> "Deutsche Bank"), except where that short name is shared by two listed firms
("Cooper Companies Inc", "Cooper Tire And Rubber Co": "Cooper" names neither), and a one-word short name that
opens another listed firm's name ("City Holding Company", "City National Corporation": "City" names neither).

    .venv/bin/python scripts/import_phoenix_firms.py --csv /tmp/firms.csv   # look at what is kept
    .venv/bin/python scripts/build_gazetteer.py                             # rebuild the gazetteer
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REL = Path("data") / "events" / "petrarch2-dictionaries" / "Phoenix.International.actors.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))
import import_phoenix_actors  # noqa: E402
from import_phoenix_actors import name_of  # noqa: E402

#: trailing legal and holding words of a firm's listed name, dropped for the short name
LEGAL = {"inc", "corp", "corporation", "co", "company", "companies", "ltd", "limited", "plc", "ag", "sa", "nv",
         "holdings", "holding", "incorporated", "llc", "lp", "group", "the", "se", "spa", "bhd", "tbk"}
_LINE = re.compile(r"^([A-Z0-9][^\s\[]*)\s*\[MNC([A-Z]{3})?([A-Z]*)\s*\]")
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .'&\-]+$")


def shared_file() -> Path:
    return import_phoenix_actors.shared_file(REL, "import_phoenix_firms")


def short_name(name: str) -> str:
    """The name without its trailing legal words: "Cooper Tire And Rubber Co" -> "Cooper Tire And Rubber"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in LEGAL:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def firms(is_country=lambda code: True) -> list[dict[str, str]]:
    """One row per kept form: form, the listed name, code (COUNTRY + "BUS")."""
    listed: dict[str, str] = {}
    shorts: Counter = Counter()
    firsts: Counter = Counter()
    for raw in shared_file().read_text(encoding="utf-8", errors="replace").splitlines():
        m = _LINE.match(raw.split("#", 1)[0].rstrip())
        if m is None:
            continue
        token, country, rest = m.groups()
        name = name_of(token)
        if not _NAME_OK.match(name):
            continue
        shorts[short_name(name).lower()] += 1  # every listed firm counts, with a country or not
        firsts[name.split()[0].lower()] += 1
        if not country or rest.startswith("MED") or not is_country(country):
            continue
        listed.setdefault(name, country)
    rows, seen = [], set()
    for name, country in sorted(listed.items()):
        for form in (name, short_name(name)):
            if form.lower() in seen or (form != name and (shorts[form.lower()] > 1
                                                           or (" " not in form and firsts[form.lower()] > 1))):
                continue
            seen.add(form.lower())
            rows.append({"form": form, "name": name, "code": country + "BUS"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", help="also write the rows to this CSV file, to read them")
    args = ap.parse_args()
    rows = firms()
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["form", "name", "code"], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    print(f"{len({r['name'] for r in rows})} firms, {len(rows)} forms")


if __name__ == "__main__":
    main()
