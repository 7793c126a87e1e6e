"""The dateline that opens a paragraph: "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA News) - ", "AFRIKA – ".

Shared by the quotes stage (a dateline is no content before a cue) and coreference (the place and outlet a report was
filed from are no antecedent of a description). This module imports nothing else of kabar.
"""

from __future__ import annotations

import re

#: A dateline opening a paragraph: "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA News) - ", "AFRIKA – ".
DATELINE = re.compile(r"(?:[A-Z][\w.&'’]*,?\s+|\([^()\n]{1,40}\)\s*){0,6}?(?:[A-Z][\w.&'’]*|\([^()\n]{1,40}\))\s*(?:--|—|–|-)\s+(?=\S)")
