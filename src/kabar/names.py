"""Name folding moved to :mod:`kabar.text.names`; this name is kept for code written before the move."""

from kabar.text.names import DASHES, EDGE_PUNCT, fold, head_word, key  # noqa: F401
