"""Untrusted text on a terminal: control characters shown, never obeyed.

Article text comes from anywhere. Readers already drop control characters
(``record.normalise_text``), but a record stored through the API, or an error message
quoting a file name, can still hold an ESC that clears a screen or retitles a window.
The terminal views pass every such string through :func:`for_terminal` and print it as
rich ``Text``, never as markup.
"""

from __future__ import annotations

import re

from kabar.record import CONTROL_CHARACTERS


def _visible(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}"


def for_terminal(text: object) -> str:
    """The text with every control character (tab and newline aside) shown as ``\\xNN``."""
    return CONTROL_CHARACTERS.sub(_visible, "" if text is None else str(text))
