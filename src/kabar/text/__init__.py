"""The text floor under the stages: what every stage needs to read text, and no stage owns.

- :mod:`kabar.text.sentences`: the spaCy Doc over a record's text (tokens, sentence rules), made once;
- :mod:`kabar.text.sections`: texts beyond spaCy's length limit through it in sections;
- :mod:`kabar.text.tokens`: plain-list views of that Doc's tokens, for fast loops;
- :mod:`kabar.text.patterns`: regex alternations built from language-pack word lists;
- :mod:`kabar.text.marks`: quotation marks;
- :mod:`kabar.text.headlines`: Title Case headline lines;
- :mod:`kabar.text.names`: name folding (GOLD.md's rule and the gazetteer's look-up form);
- :mod:`kabar.text.dates`: finding temporal expressions (the temporal stage resolves them).

It imports the record and the language packs, never a stage.
"""
