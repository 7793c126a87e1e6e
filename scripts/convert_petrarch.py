"""Convert PETRARCH2's CAMEO verb dictionary and Phoenix agents into kabar's English pack data.

Reads ../shared/data/events/petrarch2-dictionaries (MIT, Open Event Data) and
../shared/data/events/plover/CAMEO2PLOVER-2021.txt; writes

- src/kabar/lang/en/verbs.toml: every verb synonym block as its inflected forms, the block's
  or verb's own CAMEO code, and its post-verb patterns (head nouns, noun phrases and
  prepositional phrases the clause must hold, each pattern with its CAMEO code), plus the
  CAMEO -> PLOVER (category, mode, context) table for the codes used;
- src/kabar/lang/en/agents.toml: agent nouns (police, rebels, minister ...) with their role code.

Patterns with words before the verb (subject side) and transformations ("~") are left out: kabar
finds the subject itself. Codes PLOVER does not map (CAMEO 01 statements, 02 appeals) are dropped.
Run: .venv/bin/python scripts/convert_petrarch.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "events"
PETRARCH = SHARED / "petrarch2-dictionaries"
PLOVER = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "src" / "kabar" / "lang" / "en"

HEADER = """# Converted by scripts/convert_petrarch.py from PETRARCH2's dictionaries
# (openeventdata/petrarch2 data/dictionaries, commit 676801cd, MIT License,
# Copyright (c) 2014-2015 Open Event Data; notice in PETRARCH2-LICENSE.txt beside this file).
# Do not edit by hand: change the script and run it again.
"""


# The bare verb (no pattern) keeps its code only when the code is specific (not a cue category's
# "X0" catch-all such as 010, 030, 110: "want", "found", "left" would all be events) and the verb's
# everyday sense is not commercial or physical ("bought", "taxes", "exploded", "injured").
BARE_SKIP = {"buy", "purchase", "import", "pays for", "arm", "attire", "tax", "fine", "extract", "pluck", "inhabit",
             "infest", "beef up", "compensate", "prize", "esteem", "cheer", "bless", "favor", "favour", "appreciate",
             "injure", "explode", "dynamite", "steal", "shot and", "guns down", "arrests and", "admire", "catch",
             "look after", "defend", "bar", "sentence", "formalize", "reassert", "brand", "exalt",
             # light verbs and sport senses: "took place", "taken slowly", "England beat France"
             "take", "grab", "hold", "keep", "get", "give", "make", "put", "set", "run", "move", "turn", "bring",
             "call", "show", "lead", "hit", "beat", "strike", "draw", "win", "lose", "score", "shoot", "snatch"}


def bare_code(code: str, forms: list[str]) -> str:
    # 06x (material cooperation: pay, fund, buy, import, arm) reads as business in most news
    if code == "---" or code.endswith("0") or code.startswith("06") or any(f in BARE_SKIP for f in forms):
        return "---"
    return code


def plover_table() -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER category, mode, context) from the 2021 conversion table."""
    out = {}
    for line in PLOVER.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if not m:
            continue
        code, event, mode, context = m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip()
        context = context.split(";")[0].strip()
        out.setdefault(code, (event, mode.replace(" ", ""), context))
    return out


def plural(word: str) -> list[str]:
    """The dictionary's regular plurals: +S, Y -> IES, SS -> +ES (PETRARCH docs)."""
    if word.endswith("_"):
        return [word[:-1]]
    if word.endswith(".") or (word.endswith("s") and not word.endswith("ss")):
        return [word]
    if word.endswith("ss") or word.endswith(("sh", "ch", "x")):
        return [word, word + "es"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def verb_forms(verb: str) -> list[str]:
    """Regular forms of an English verb (the dictionary lists irregular ones itself)."""
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def _compound_forms(raw: str, irregular: list[str]) -> list[str]:
    """'+CORDON_OFF', 'WIRE_+TAP': inflect the '+' word, keep the rest."""
    parts = raw.lower().split("_")
    if irregular:
        return [f.lower().replace("+", "").replace("_", " ") for f in irregular]
    k = next((n for n, p in enumerate(parts) if p.startswith("+")), 0)
    head = parts[k].lstrip("+")
    return [" ".join(parts[:k] + [f] + parts[k + 1:]) for f in verb_forms(head)]


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            name = line.strip()
            sets[name] = []
        elif line.startswith("+") and name:
            word = line[1:].strip().lower()
            forms = [word.rstrip("_")] if name.endswith("_") else plural(word)
            sets[name].extend(f.replace("_", " ") for f in forms)
        elif not line.strip():
            continue
    return sets


def _group(token: str, synsets: dict[str, list[str]], inflect: bool = True) -> str | None:
    """One pattern element as a group of alternatives joined by '|' (spaces inside a phrase as '_')."""
    token = token.strip("$+%^")
    if not token:
        return None
    if token.startswith("&"):
        return token.lower() if token in synsets else None
    words = token.lower().split()
    if not words or not all(re.fullmatch(r"[a-z][a-z'\-]*_?", w) for w in words):
        return None
    heads = plural(words[-1]) if inflect else [words[-1].rstrip("_")]
    return "|".join("_".join(words[:-1] + [h]) for h in heads)


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Post-verb groups of a pattern, or None when it has a subject side or cannot be read."""
    if "*" not in body:
        return None
    pre, post = body.split("*", 1)
    if pre.strip(" -$+%^"):
        return None
    groups: list[str] = []
    for m in re.finditer(r"\(([^()]*)\)|\{([^{}]*)\}|(\S+)", post):
        if m.group(1) is not None:  # prepositional phrase: the preposition and its noun (or braced phrase)
            inner = m.group(1).strip()
            brace = re.match(r"(\S+)\s+\{([^{}]*)\}", inner)
            prep, noun = (brace.group(1), brace.group(2)) if brace else (inner.split()[0], " ".join(inner.split()[1:]))
            for tok, inflect in ((prep, False), (noun, True)):
                if tok.strip():
                    g = _group(tok, synsets, inflect)
                    if g is None:
                        return None
                    groups.append(g)
        else:
            g = _group(m.group(2) if m.group(2) is not None else m.group(3), synsets)
            if g is None and (m.group(3) or "").strip("$+%^"):
                return None
            if g:
                groups.append(g)
    return groups or None


def read_verbs(lines: list[str], synsets: dict[str, list[str]], table: dict) -> list[dict]:
    blocks: list[dict] = []
    cur = None
    started = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if not started:
            continue
        line = raw.split("#", 1)[0].rstrip()
        head = re.match(r"^---\s+(.+?)\s+\[([^\]]*)\]\s+---", line)
        if head:
            cur = {"name": head.group(1).lower(), "code": head.group(2).strip(), "verbs": [], "patterns": []}
            blocks.append(cur)
            continue
        if cur is None or not line.strip() or line.startswith("~"):
            continue
        if line.startswith("-"):
            code = re.search(r"\[([^\]]*)\]\s*$", line)
            if not code:
                continue
            c = code.group(1).split(":")[0].strip()
            groups = parse_pattern(line[1:code.start()], synsets)
            if groups and c in table:
                cur["patterns"].append(c + " " + " ".join(groups))
            continue
        m = re.match(r"^(\+?[A-Z][A-Z_+'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        irregular = m.group(2)[1:-1].split() if m.group(2) else []
        own = m.group(3)[1:-1].strip() if m.group(3) else None
        word = m.group(1)
        if "_" in word or "+" in word:
            forms = _compound_forms(word, irregular)
        else:
            forms = [word.lower()] + [f.lower() for f in irregular] if irregular else verb_forms(word.lower())
        cur["verbs"].append({"forms": list(dict.fromkeys(forms)), "code": own})
    return blocks


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_verbs(blocks: list[dict], synsets: dict[str, list[str]], table: dict) -> tuple[int, int, int]:
    used_sets: set[str] = set()
    used_codes: set[str] = set()
    out = [HEADER, "# [[verb]]: forms of the synonyms of one block; `code` = the CAMEO code of the bare verb",
           "# (\"---\" = none); `patterns` = \"CODE group group ...\": every group must occur after the verb in",
           "# its clause; a group is alternatives joined by '|', '_' joins a phrase, '&name' is a [synsets] list.", ""]
    n_verbs = n_patterns = 0
    for b in blocks:
        by_code: dict[str, list[str]] = {}
        for v in b["verbs"]:
            code = v["code"] if v["code"] else b["code"]
            code = bare_code(code, v["forms"]) if code in table else "---"
            by_code.setdefault(code, []).extend(v["forms"])
        if not b["patterns"] and all(c == "---" for c in by_code):
            continue
        for n, (code, forms) in enumerate(by_code.items()):
            pats = b["patterns"] if n == 0 else []
            if code == "---" and not pats and not b["patterns"]:
                continue
            out.append("[[verb]]")
            out.append("forms = [" + ", ".join(_q(f) for f in dict.fromkeys(forms)) + "]")
            out.append(f"code = {_q(code)}")
            if code != "---":
                used_codes.add(code)
            if b["patterns"]:
                pats = b["patterns"]
                out.append("patterns = [" + ", ".join(_q(p) for p in dict.fromkeys(pats)) + "]")
                for p in pats:
                    used_codes.add(p.split()[0])
                    used_sets.update(g for g in p.split()[1:] if g.startswith("&"))
                    n_patterns += 1
            n_verbs += len(forms)
    out.append("\n[synsets]")
    for name in sorted(used_sets):
        out.append(f"{_q(name)} = [" + ", ".join(_q(w) for w in dict.fromkeys(synsets[name.upper()])) + "]")
    out.append("\n# CAMEO code = \"PLOVER category|mode|context\" (CAMEO2PLOVER-2021)\n[cameo_plover]")
    for code in sorted(used_codes):
        out.append(f"{_q(code)} = {_q('|'.join(table[code]))}")
    (OUT / "verbs.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    return n_verbs, n_patterns, len(used_codes)


def write_agents() -> int:
    text = (PETRARCH / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([A-Z0-9_!'\-&.]+)\s*(\{[^}]*\})?\s*\[~?([A-Z]{3,9})\]", line)
        if not m:
            continue
        name, irregular, code = m.group(1), m.group(2), m.group(3)
        names = [name]
        for key, vals in subs.items():
            if key in name:
                names = [n.replace(key, v.upper()) for n in names for v in vals]
        for n in names:
            phrase = n.lower().replace("_", " ").strip()
            if not phrase or "!" in phrase:
                continue
            forms = [phrase] if " " not in phrase and phrase.endswith("s") else plural(phrase)
            if irregular:
                forms += [w.lower().replace("_", " ") for w in irregular[1:-1].split()]
            for f in forms:
                agents.setdefault(f, code)
    out = [HEADER, "# Agent nouns (Phoenix.agents.txt) -> CAMEO role code (GOV, MIL, COP, REB, OPP, JUD, LEG, MED, BUS, CVL ...).",
           "[agents]"]
    out += [f"{_q(k)} = {_q(v)}" for k, v in sorted(agents.items())]
    (OUT / "agents.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(agents)


def main() -> int:
    if not PETRARCH.is_dir() or not PLOVER.is_file():
        print(f"error: {PETRARCH} or {PLOVER} is missing (the shared open data); nothing converted", file=sys.stderr)
        return 1
    table = plover_table()
    lines = (PETRARCH / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    blocks = read_verbs(lines, synsets, table)
    n_forms, n_patterns, n_codes = write_verbs(blocks, synsets, table)
    n_agents = write_agents()
    (OUT / "PETRARCH2-LICENSE.txt").write_text(
        "verbs.toml and agents.toml are converted from PETRARCH2's dictionaries:\n\n"
        + (PETRARCH / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"verbs.toml: {n_forms} verb forms, {n_patterns} patterns, {n_codes} CAMEO codes; agents.toml: {n_agents} agent forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
