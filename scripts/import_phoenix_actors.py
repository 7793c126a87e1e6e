#!/usr/bin/env python3
"""Import the office-holders of PETRARCH2's Phoenix country-actors dictionary into kabar's gazetteer.

Reads ``../shared/data/events/petrarch2-dictionaries/Phoenix.Countries.actors.txt`` (Open Event Data
Alliance, MIT licence: leaders and officials of every country with the dates of their offices, to about
2015) for ``scripts/build_gazetteer.py``, which adds them after the hand-written ``tenures.csv`` (a person
written by hand wins) to the committed ``src/kabar/gazetteer/data/*.tsv``. An office still open
in the file ends at ``--until`` (the file's horizon), so later news codes the person as an elite. Kept compact: only people
with a dated office (not just "elite") that lasted into ``--since`` or later, and only names of two or
more words (a single word would be matched as a person wherever it stands). Out-of-office days need
no rows: the gazetteer codes a known person between offices as the country's elite (``XXXELI``).

    .venv/bin/python scripts/import_phoenix_actors.py --csv /tmp/phoenix.csv   # look at what is kept
    .venv/bin/python scripts/build_gazetteer.py                                 # rebuild the gazetteer
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "kabar" / "gazetteer" / "curated" / "phoenix_tenures.csv"
REL = Path("data") / "events" / "petrarch2-dictionaries" / "Phoenix.Countries.actors.txt"
#: lower-case name particles ("Bashar al-Assad" keeps its "al" capitalised only at the start)
PARTICLES = {"bin", "binti", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "du", "la", "le", "dos", "das"}
#: words that make an alias a title phrase rather than a name ("PRESIDENT_KARZAI_")
TITLE_WORDS = {"PRESIDENT", "MINISTER", "PRIME", "KING", "QUEEN", "GENERAL", "GEN", "SECRETARY", "CHIEF", "MR", "MRS",
               "DR", "SHEIKH", "PRINCE", "SULTAN", "EMIR", "GOVERNOR", "AMBASSADOR", "COL", "ADMIRAL", "SENATOR"}
ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "BUS", "MED", "EDU", "HLH", "LAB", "AGR", "REF",
         "HRI", "CVL", "IGO", "NGO", "REL", "ENV", "DEV", "CRM"}
_CODE = re.compile(r"^\s*\[([A-Z]{3})([A-Z]*)\s*([<>]?)(\d{6,9})?(?:-(\d{6,9}))?\s*\]")


def shared_file(rel: Path = REL, script: str = "import_phoenix_actors") -> Path:
    """A PETRARCH2/Phoenix dictionary file under ../shared (or KABAR_SHARED); exits with a message when absent."""
    env = os.environ.get("KABAR_SHARED")
    path = (Path(env) if env else ROOT.parent / "shared") / rel
    if not path.is_file():
        sys.exit(f"{script}: {path} not found. This script needs the open data in ../shared/data "
                 "(or KABAR_SHARED); the committed gazetteer data is enough to run kabar.")
    return path


def day(raw: str) -> dt.date:
    """Phoenix dates: YYMMDD (two-digit years up to 30 are 20xx) or YYYYMMDD (a stray extra digit is dropped)."""
    if len(raw) >= 8 and raw[:2] in ("19", "20"):
        y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:8])
    else:
        yy = int(raw[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(raw[2:4]), int(raw[4:6])
    return dt.date(y, max(1, min(m, 12)), max(1, min(d, 28 if m == 2 else 30)))


def name_of(token: str) -> str:
    """ "BASHAR_AL-ASSAD_" -> "Bashar al-Assad"; "A._M._HENDROPRIYONO_" -> "A. M. Hendropriyono"."""
    words = [w for w in token.strip().strip("_").split("_") if w]
    out = []
    for i, w in enumerate(words):
        t = "-".join(p.capitalize() for p in w.split("-"))
        t = re.sub(r"(?<=[’'])[a-z]", lambda m: m.group(0).upper(), t)  # O'Neill
        head = t.split("-")[0].lower()
        if i > 0 and head in PARTICLES:
            t = head + t[len(head):]
        out.append(t)
    return " ".join(out)


def parse(path: Path):
    """(name, aliases, [(country, role, start, end)]) for every person block of the file."""
    person = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not raw[:1].isspace() and not line.startswith(("+", "[")):
            if person is not None:
                yield person
            person = None if "[" in line else (line.strip(), [], [])  # a country header carries its own code
            continue
        if person is None:
            continue
        if line.startswith("+"):
            person[1].append(line[1:].strip())
            continue
        m = _CODE.match(line)
        if m is None:
            continue
        country, roles, sign, a, b = m.groups()
        role = roles[:3]
        if role == "ELI" or not (a or b) or (role and role not in ROLES):
            continue  # out-of-office elite (the gazetteer infers it), an undated default, an odd code
        start, end = (None, day(a)) if sign == "<" else (day(a), day(b) if b else None)
        person[2].append((country, role, start, end))
    if person is not None:
        yield person


_NAME_OK = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


def office_holders(since: dt.date = dt.date(1990, 1, 1), until: dt.date = dt.date(2015, 1, 1)) -> list[dict[str, str]]:
    """One row per kept tenure: name, country, role, start, end (ISO days), forms ("en:..." joined by "|")."""
    rows, seen = [], set()
    for token, aliases, tenures in parse(shared_file()):
        name = name_of(token)
        live = [(c, r, s, e if e is not None and e < until else until) for c, r, s, e in tenures
                if (e is None or e >= since) and (s is None or s < until) and (s is None or e is None or s < e)]
        if len(name.split()) < 2 or not live or name.lower() in seen or not _NAME_OK.match(name) \
                or TITLE_WORDS & set(token.upper().split("_")):
            continue
        seen.add(name.lower())
        forms = sorted({name_of(a) for a in aliases if len(a.strip("_").split("_")) >= 2
                        and not TITLE_WORDS & set(a.strip("_").split("_"))} - {name})
        forms = [f for f in forms if _NAME_OK.match(f)]
        for country, role, start, end in live:
            rows.append({"name": name, "country": country, "role": role,
                         "start": start.isoformat() if start else "", "end": end.isoformat(),
                         "forms": "|".join("en:" + f for f in forms)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--since", default="1990-01-01", help="keep offices that lasted to this day or later")
    ap.add_argument("--until", default="2015-01-01",
                    help="the file's horizon: an office still open in the file ends here (later news: the elite code)")
    ap.add_argument("--csv", help="also write the rows to this CSV file, to read them")
    args = ap.parse_args()
    rows = office_holders(dt.date.fromisoformat(args.since), dt.date.fromisoformat(args.until))
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["name"], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    print(f"{len({r['name'] for r in rows})} people, {len(rows)} tenures")


if __name__ == "__main__":
    main()
