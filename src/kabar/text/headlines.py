"""Headline style: a line or paragraph written in Title Case reads as a headline, not as a sentence.

Shared by the entities stage (a name in a headline stops before a common word the style capitalised)
and the quotes stage (a capitalised cue word in a headline is still a cue, not a name). This module imports nothing else of kabar.
"""

from __future__ import annotations


def is_title_case(words: list[str]) -> bool:
    """Whether ``words`` (a line's or a paragraph's) are a Title Case headline ("Bernie Sanders Says
    He's Ready"): 3 to 25 words, and at least 80% of those of four letters or more capitalised."""
    if not 3 <= len(words) <= 25:  # session 29 (speed): a paragraph's many words are not looked at one by one
        return False
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)
