"""Affixed forms of a verb from its root, by a pack's nasal-prefix rules (session 28, events-id28).

Indonesian writes one root in several voices: "tangkap" is "menangkap" (active), "ditangkap" (passive) and
"penangkapan" (the act as a noun). An event pack that lists one voice of a root can read the others, so a trigger
found on one form is found on all of them. The rules are data (``[morphology]`` of the pack): the nasal prefix before
each root initial ("meng" before "k", the "k" dropped), the passive prefix, the noun's prefix and suffix, the verb
suffixes a root may carry ("-kan", "-i"). Nothing here knows a language.

    rules = Rules.from_table(pack_table)
    rules.roots("menangkap")        -> [("tangkap", "")]        (and any other root the prefix could hide)
    rules.forms("tangkap", "kan")   -> {"active": "menangkapkan", "passive": "ditangkapkan", "noun": "penangkapan"}

A form the text never writes ("dinangkap" from a wrong split of "menangkap") matches nothing, so every candidate
root is kept; a derived form that is a word of another sense is left out by the pack's ``skip``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rules:
    # (root initial, prefix, initial dropped): ("k", "meng", True), ("b", "mem", False); "" = any other initial
    nasal: tuple[tuple[str, str, bool], ...] = ()
    active_prefix: str = ""  # the nasal prefix's head in the active ("me"); the noun swaps it for noun_prefix
    passive_prefix: str = ""  # "di"
    noun_prefix: str = ""  # "pe": peN- has the nasal of meN-
    noun_suffix: str = ""  # "an"
    verb_suffixes: tuple[str, ...] = ()  # "kan", "i": kept by the passive, dropped by the noun
    intransitive: tuple[tuple[str, str], ...] = ()  # ("ber", "per"): "bertemu" -> "pertemuan"
    vowels: str = ""  # a dropped root initial stood before one of these
    min_root: int = 3

    @classmethod
    def from_table(cls, t: dict) -> "Rules":
        return cls(nasal=tuple((a, b, bool(c)) for a, b, c in t.get("nasal", [])),
                   active_prefix=t.get("active_prefix", ""), passive_prefix=t.get("passive_prefix", ""),
                   noun_prefix=t.get("noun_prefix", ""), noun_suffix=t.get("noun_suffix", ""),
                   verb_suffixes=tuple(t.get("verb_suffixes", [])),
                   intransitive=tuple(tuple(p) for p in t.get("intransitive", [])), vowels=t.get("vowels", ""),
                   min_root=int(t.get("min_root", 3)))

    def _prefix(self, root: str) -> tuple[str, str]:
        """(nasal prefix, root as written after it) for a root: ("men", "angkap") for "tangkap"."""
        for initial, prefix, dropped in sorted(self.nasal, key=lambda r: -len(r[0])):
            if initial and root.startswith(initial):
                return prefix, root[len(initial):] if dropped else root
        rest = next((p for i, p, _ in self.nasal if not i), self.active_prefix)
        return rest, root

    def active(self, root: str, suffix: str = "") -> str:
        p, r = self._prefix(root)
        return p + r + suffix

    def roots(self, word: str) -> list[tuple[str, str]]:
        """Every (root, verb suffix) whose active form is ``word``; [] when the word is no nasal-prefixed verb."""
        out = []
        if not self.active_prefix or not word.startswith(self.active_prefix):
            return out
        for suffix in ("",) + self.verb_suffixes:
            if suffix and not word.endswith(suffix):
                continue
            stem = word[: len(word) - len(suffix)] if suffix else word
            # the longest nasal prefix the stem opens with is the one written ("meny" in "menyerang", not "men"), or
            # the bare prefix before a root of any other initial ("me" + "nanti")
            longest = max((len(p) for i, p, _ in self.nasal if i and stem.startswith(p)), default=0)
            for initial, prefix, dropped in self.nasal:
                if not stem.startswith(prefix) or (initial and len(prefix) != longest):
                    continue
                rest = stem[len(prefix):]
                if dropped and not rest[:1] in self.vowels:
                    continue  # a dropped initial stood before a vowel ("menangkap"; "membela" is "bela", not "pbela")
                root = initial + rest if dropped else rest
                if len(root) >= self.min_root and self.active(root, suffix) == word and (root, suffix) not in out:
                    out.append((root, suffix))
        return out

    def passive_root(self, word: str) -> list[tuple[str, str]]:
        """(root, suffix) of a passive form ("ditangkap" -> ("tangkap", ""))."""
        if not self.passive_prefix or not word.startswith(self.passive_prefix):
            return []
        stem = word[len(self.passive_prefix):]
        out = [(stem, "")]
        for suffix in self.verb_suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= self.min_root:
                out.append((stem[: -len(suffix)], suffix))
        return [(r, s) for r, s in out if len(r) >= self.min_root]

    def forms(self, root: str, suffix: str = "") -> dict[str, str]:
        """The active, passive and noun forms of a root with a verb suffix."""
        out = {"active": self.active(root, suffix)}
        if self.passive_prefix:
            out["passive"] = self.passive_prefix + root + suffix
        if self.noun_prefix and self.noun_suffix:
            out["noun"] = self.noun_prefix + self.active(root)[len(self.active_prefix):] + self.noun_suffix
        return out

    def derive(self, word: str, voice: str) -> dict[str, str]:
        """The other voices of a one-word trigger form of ``voice`` (active or passive), by every root it may have;
        an intransitive prefix ("ber") gives its noun ("per...an") only. Forms equal to ``word`` are left out."""
        out: dict[str, set] = {}
        if voice == "active":
            for prefix, noun_prefix in self.intransitive:
                if word.startswith(prefix) and len(word) - len(prefix) >= self.min_root:
                    out.setdefault("noun", set()).add(noun_prefix + word[len(prefix):] + self.noun_suffix)
            pairs = self.roots(word)
        elif voice == "passive":
            pairs = self.passive_root(word)
        else:
            pairs = []
        for root, suffix in pairs:
            for v, f in self.forms(root, suffix).items():
                if f != word and v != voice:
                    out.setdefault(v, set()).add(f)
        return {v: sorted(fs) for v, fs in out.items()}
