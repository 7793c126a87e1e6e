"""Quotation marks: the one list of the typographic marks that open and close a quotation.

Which marks pair with which, per language, is the language pack's (``quotes.toml``
``[marks]``); these sets answer the questions every stage shares: does this
character open or close a quotation?
"""

#: Marks that only ever open a quotation.
OPENING = "\u201c\u00ab\u201e\u2018\u2039"  # “ « „ ‘ ‹
#: Marks that only ever close one.
CLOSING = "\u201d\u00bb\u2019\u203a"  # ” » ’ ›
#: Marks that open or close, by position.
STRAIGHT = "\"'"
#: Every quotation mark.
ALL = OPENING + CLOSING + STRAIGHT
