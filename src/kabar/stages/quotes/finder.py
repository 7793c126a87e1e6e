"""The quote finder: cue reading, content reading and the four frames, over one article; the parse's reading
(``parsed``) for cues the frames leave unread."""

from __future__ import annotations

from kabar.stages.quotes.content import ContentReading
from kabar.stages.quotes.cues import CueReading
from kabar.stages.quotes.frames import FrameReading
from kabar.stages.quotes.lexicon import QuoteLexicon
from kabar.stages.quotes.parsed import ParsedReading


class Finder(CueReading, ContentReading, FrameReading, ParsedReading):
    def __init__(self, lex: QuoteLexicon):
        self.lex = lex
