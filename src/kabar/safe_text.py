"""Untrusted text made safe: control characters out of what is read, and out of what reaches a terminal.

Articles come from anywhere. A NUL is refused by PostgreSQL and kept by SQLite, so one input
would be stored on one backend and not the other; an ESC in a title can clear a screen or
retitle a window when printed. Readers pass every string through :func:`clean_input`; the
terminal views pass every string through :func:`for_terminal` and print it as rich ``Text``,
never as markup.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and the C1 controls (U+0080-U+009F, e.g. CSI U+009B).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_input(text: str) -> str:
    """Line ends as ``\\n``, other control characters removed (tab and newline kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def _visible(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}"


def for_terminal(text: object) -> str:
    """The text with every control character (tab and newline aside) shown as ``\\xNN``, not obeyed."""
    return _CONTROLS.sub(_visible, "" if text is None else str(text))
