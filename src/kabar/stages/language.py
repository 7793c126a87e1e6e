"""Language identification with py3langid (its model ships inside the wheel: no download).

Runs only when the reader gave no language. ``prefer`` resolves a known
confusion: Indonesian and Malay share most of their vocabulary, and when the
identifier's top guess is Malay while Indonesian is close behind, Indonesian
news is the likelier reading for this tool's users. Set it empty to disable.
"""

from __future__ import annotations

import functools

from kabar.record import Article, Issue
from kabar.stages import stage


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, *, prefer: dict[str, str] | None = None, sample: int = 5000, min_chars: int = 20) -> tuple[str | None, float]:
    """Best language code and its probability; (None, 0.0) for text too short to judge."""
    sample_text = text[:sample]
    if len("".join(ch for ch in sample_text if ch.isalpha())) < min_chars:
        return None, 0.0
    ranked = _identifier().rank(sample_text)
    best, prob = ranked[0]
    if prefer and best in prefer:
        alt = prefer[best]
        for code, p in ranked[1:3]:
            if code == alt:
                return alt, float(p)
    return best, float(prob)


@stage("language", requires=("text",), assigns=("lang",))
class LanguageStage:
    """``prefer``: when the identifier's best guess is a key and the value is its runner-up, take the value
    (Malay and Indonesian are close; Indonesian news is what kabar reads)."""

    def __init__(self, prefer: dict[str, str] = {"ms": "id"}, sample: int = 5000):  # noqa: B006 (copied below)
        self.prefer = dict(prefer)
        self.sample = sample

    def __call__(self, record: Article) -> Article:
        if record.lang:
            return record
        text = f"{record.title or ''}\n{record.text}"
        code, prob = identify(text, prefer=self.prefer, sample=self.sample)
        record.lang = code
        record.meta["lang_confidence"] = round(prob, 4)
        if code is None:
            record.note(Issue("note", "language", "text too short to identify; language-specific stages skipped"))
        return record
