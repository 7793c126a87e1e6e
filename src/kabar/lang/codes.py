"""Language codes as people write them (``EN``, ``en-US``, ``eng``, ``English``) to the one kabar uses.

kabar names languages by ISO 639-1 (``id``, ``en``) as its packs and py3langid do, and by
ISO 639-3 where a language has no two-letter code; ``xx`` is spaCy's "any language". A code
written another way used to match no pack and switch every language stage off in silence;
now it is mapped (pycountry's ISO 639 tables), and a value that names no language is refused.
"""

from __future__ import annotations

import functools
from typing import Optional

ANY = "xx"
# Codes ISO 639 withdrew but old feeds still carry.
LEGACY = {"in": "id", "iw": "he", "ji": "yi", "jw": "jv", "mo": "ro"}


class UnknownLanguage(ValueError):
    pass


@functools.lru_cache(maxsize=1024)
def normalise_lang(value: Optional[str]) -> Optional[str]:
    """``"EN"``, ``"en-US"``, ``"en_GB"``, ``"eng"``, ``"English"`` -> ``"en"``; None or "" -> None.

    Raises :class:`UnknownLanguage` (a ValueError) for a value that names no ISO 639 language.
    """
    if value is None or not str(value).strip():
        return None
    raw = str(value).strip()
    primary = raw.replace("_", "-").split("-")[0].casefold()
    if primary == ANY:
        return ANY
    if primary in LEGACY:
        return LEGACY[primary]
    import pycountry

    found = None
    if primary.isascii() and primary.isalpha() and len(primary) in (2, 3):
        key = "alpha_2" if len(primary) == 2 else "alpha_3"
        found = pycountry.languages.get(**{key: primary})
        if found is None and len(primary) == 3:
            found = pycountry.languages.get(bibliographic=primary)  # "ger", "fre", "chi"
    if found is None and len(raw) > 3:
        try:
            found = pycountry.languages.lookup(raw)  # a name: "Indonesian", "english"
        except LookupError:
            found = None
    if found is None:
        raise UnknownLanguage(f"unknown language {raw[:40]!r}: give an ISO 639 code such as id or en")
    return getattr(found, "alpha_2", None) or found.alpha_3
