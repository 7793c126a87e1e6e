"""The quote finder: cue reading, content reading and the four frames, over one article."""

from __future__ import annotations

from kabar.stages.quotes.content import ContentReading
from kabar.stages.quotes.cues import CueReading
from kabar.stages.quotes.frames import FrameReading
from kabar.stages.quotes.lexicon import QuoteLexicon


class Finder(CueReading, ContentReading, FrameReading):
    def __init__(self, lex: QuoteLexicon):
        self.lex = lex
