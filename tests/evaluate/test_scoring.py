"""The scorer on hand-made predictions whose figures are known by hand (GOLD.md's rules)."""

import json

import pytest

from kabar.evaluate import evaluate
from kabar.evaluate.scoring import NameBook, fold, score_article, score_boilerplate, score_dates, score_entities, score_events, score_quantities, score_quotes, token_f1

GOLD_ENTITIES = [
    {"type": "PER", "name": "John Kirby", "aliases": ["Kirby"]},
    {"type": "GPE", "name": "Korea Utara", "aliases": ["North Korea", "DPRK"]},
    {"type": "GPE", "name": "Rusia", "aliases": ["Russia"]},
    {"type": "ORG", "name": "Getty Images", "aliases": [], "optional": True},
]


def test_fold():
    assert fold("  Kim\u00a0Jong-Un ") == fold("kim jong un") == "kim jong un"
    assert fold("ＤＰＲＫ") == "dprk"
    assert fold("Kim\u2013Jong\u2014Un") == "kim jong un"


def test_token_f1():
    assert token_f1("A b, c.", "a B c") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert token_f1("", "a") == 0.0


def test_entities_known_figures():
    pred = [
        {"type": "PER", "name": "Kirby"},          # alias -> match
        {"type": "GPE", "name": "north korea"},    # alias, case-folded -> match
        {"type": "ORG", "name": "Rusia"},          # wrong type -> FP
        {"type": "ORG", "name": "Getty Images"},   # optional -> dropped from both counts
        {"type": "PER", "name": "John Kirby"},     # gold already used -> FP
    ]
    s = score_entities(pred, GOLD_ENTITIES)
    assert (s.matched, s.predicted, s.gold) == (2, 4, 3)
    assert s.precision == 0.5 and s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_entity_only_in_removed_text_is_a_false_positive():
    text = "Rusia menyerang. Foto oleh Getty Images\nBaca juga: Belanda kirim jet"
    removed = [{"kind": "read_also", "text": "Baca juga: Belanda kirim jet"}, {"kind": "credit", "text": "Foto oleh Getty Images"}]
    gold = GOLD_ENTITIES + [{"type": "GPE", "name": "Belanda", "aliases": [], "optional": True}]
    pred = [{"type": "GPE", "name": "Rusia", "mentions": [{"text": "Rusia"}]}, {"type": "GPE", "name": "Belanda", "mentions": [{"text": "Belanda"}]}]
    s = score_entities(pred, gold, text, removed)
    assert (s.matched, s.predicted, s.gold) == (1, 2, 3)


def test_quotes_speaker_text_and_kind():
    names = NameBook(GOLD_ENTITIES)
    gold = [
        {"speaker": "John Kirby", "kind": "direct", "text": "Kami mengharapkan Rusia belajar dari peluncuran ini"},
        {"speaker": "John Kirby", "kind": "indirect", "text": "Rusia telah menggunakannya dalam dua serangan"},
        {"speaker": "Rusia", "kind": "indirect", "text": "tidak ada misil", "optional": True},
    ]
    pred = [
        {"speaker_name": "Kirby", "kind": "direct", "text": "Kami mengharapkan Rusia belajar"},  # F1 = 2*1*0.571/1.571 >= .5
        {"speaker_name": "Korea Utara", "kind": "indirect", "text": "Rusia telah menggunakannya dalam dua serangan"},  # wrong speaker
        {"speaker_name": "John Kirby", "kind": "direct", "text": "Rusia telah menggunakannya dalam dua serangan terakhir"},  # kind wrong
        {"speaker_name": "Russia", "kind": "indirect", "text": "tidak ada misil"},  # optional
    ]
    prf, kind = score_quotes(pred, gold, names)
    assert (prf.matched, prf.predicted, prf.gold) == (2, 3, 2)
    assert (kind.hits, kind.total) == (1, 2)


def test_quote_below_half_token_f1_does_not_match():
    names = NameBook(GOLD_ENTITIES)
    prf, _ = score_quotes([{"speaker_name": "Kirby", "kind": "direct", "text": "satu dua"}], [{"speaker": "John Kirby", "kind": "direct", "text": "satu tiga empat lima enam"}], names)
    assert prf.matched == 0  # token F1 = 2*(1/2)*(1/5)/(0.7) = 0.2857


def test_events_actor_prefix_lists_null_and_dates():
    names = NameBook(GOLD_ENTITIES + [{"type": "ORG", "name": "Gedung Putih", "aliases": ["White House"]}])
    gold = [
        {"event": "ASSAULT", "actor": "RUS", "recipient": "UKR", "date": "2023-12-30", "modality": "asserted", "claimant": "John Kirby"},
        {"event": "ASSAULT", "actor": "RUS", "recipient": "UKR", "date": "2024-01-02", "modality": "asserted", "claimant": "John Kirby"},
        {"event": "AID", "actor": "PRK", "recipient": ["RUS", None], "date": None, "modality": "asserted", "claimant": None},
        {"event": "ASSAULT", "actor": "RUS", "recipient": ["UKR", None], "date": None, "modality": "future", "claimant": "Gedung Putih", "optional": True},
    ]
    pred = [
        {"event": "ASSAULT", "actor": [{"code": "RUSMIL"}], "recipient": [{"code": "UKR"}], "date": "2023-12-30", "modality": "asserted", "claimant": {"name": "Kirby"}},
        {"event": "ASSAULT", "actor": [{"code": "RUS"}], "recipient": [{"code": "UKR"}], "date": "2024-01-03", "modality": "asserted", "claimant": {"name": "Kirby"}},  # wrong date
        {"event": "AID", "actor": [{"code": "PRKGOV"}], "recipient": [], "date": "2023-09", "modality": "future", "claimant": None},  # null recipient accepted, modality wrong
        {"event": "ASSAULT", "actor": [{"code": "RUS"}], "recipient": [], "date": None, "modality": "future", "claimant": {"name": "White House"}},  # optional
        {"event": "AID", "actor": [], "recipient": [{"code": "RUS"}], "date": None, "modality": "asserted", "claimant": None},  # actor null vs PRK
    ]
    prf, modality, claimant = score_events(pred, gold, names)
    assert (prf.matched, prf.predicted, prf.gold) == (2, 4, 3)
    assert (modality.hits, modality.total) == (1, 2)
    assert (claimant.hits, claimant.total) == (2, 2)


def test_events_prefer_required_then_modality():
    names = NameBook([])
    gold = [
        {"event": "SUPPORT", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "asserted", "claimant": None, "optional": True},
        {"event": "SUPPORT", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "future", "claimant": None},
        {"event": "SUPPORT", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "asserted", "claimant": None},
    ]
    pred = [{"event": "SUPPORT", "actor": [{"code": "PRK"}], "recipient": [{"code": "RUS"}], "modality": "asserted", "claimant": None}]
    prf, modality, _ = score_events(pred, gold, names)
    assert (prf.matched, prf.predicted, prf.gold) == (1, 1, 2)
    assert (modality.hits, modality.total) == (1, 1)  # the required, modality-agreeing item was chosen


def test_boilerplate_coverage_and_char_precision():
    gold = [{"kind": "read_also", "text": "Baca juga: Harga naik lagi"}, {"kind": "caption", "text": "Foto oleh Budi"}]
    pred = [{"text": "Baca juga: Harga naik lagi"}, {"text": "Ini kalimat isi"}]
    found, prec = score_boilerplate(pred, gold)
    assert (found.hits, found.total) == (1, 2)
    assert prec.total == len(fold("Baca juga: Harga naik lagi")) + len(fold("Ini kalimat isi"))
    assert prec.hits >= len(fold("Baca juga: Harga naik lagi"))
    assert prec.hits < prec.total


def test_boilerplate_90_percent_rule():
    gold = [{"text": "abcdefghij"}]
    assert score_boilerplate([{"text": "abcdefghi"}], gold)[0].hits == 1   # 9/10 covered
    assert score_boilerplate([{"text": "abcdefgh"}], gold)[0].hits == 0    # 8/10


def test_dates_and_quantities_recall():
    assert score_dates([{"value": "2024-01-04"}, {"value": "2023-09"}], [{"value": "2024-01-04"}, {"value": "2024-01-04"}, {"value": "2023-09"}]).hits == 2
    q = score_quantities([{"value": 900.0}, {"value": None, "min": 24}, {"value": 3}], [{"value": 900}, {"min": 24}, {"value": 550}])
    assert (q.hits, q.total) == (2, 3)


def test_evaluate_with_pred_file_micro_average(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nRusia.", encoding="utf-8")
    g1 = {"format": "kabar-gold/1", "id": "a", "file": "a.txt", "lang": "id", "published": "2024-01-05", "title": "T", "original_outlet": None,
          "removed": [], "entities": [{"type": "GPE", "name": "Rusia", "aliases": []}], "quotes": [], "events": [], "dates": [{"value": "2024"}], "quantities": []}
    g2 = dict(g1, id="b", entities=[{"type": "GPE", "name": "Iran", "aliases": []}, {"type": "GPE", "name": "Irak", "aliases": []}], dates=[])
    (tmp_path / "a.gold.json").write_text(json.dumps(g1), encoding="utf-8")
    (tmp_path / "b.gold.json").write_text(json.dumps(g2), encoding="utf-8")
    preds = [
        {"id": "a", "title": "T", "entities": [{"type": "GPE", "name": "Rusia"}, {"type": "GPE", "name": "Iran"}], "dates": [{"value": "2024"}]},
        {"id": "b", "title": "T", "entities": [{"type": "GPE", "name": "Iran"}]},
    ]
    (tmp_path / "pred.jsonl").write_text("\n".join(json.dumps(p) for p in preds), encoding="utf-8")
    rep = evaluate([tmp_path], tmp_path / "pred.jsonl")
    e = rep.total.entities
    assert (e.matched, e.predicted, e.gold) == (2, 3, 3)
    assert rep.total.dates_recall.hits == 1 and rep.total.title.hits == 2
    assert rep.missing == []


def test_seed_gold_scores_itself_perfectly(seed_gold):
    """The gold converted to a prediction must score 1.0 everywhere it defines items."""
    gold = json.loads(seed_gold.read_text(encoding="utf-8"))
    pred = {
        "title": gold["title"],
        "original_outlet": gold["original_outlet"],
        "removed": gold["removed"],
        "entities": [{"type": e["type"], "name": e["name"]} for e in gold["entities"] if not e.get("optional")],
        "quotes": [{"speaker_name": q["speaker"], "kind": q["kind"], "text": q["text"]} for q in gold["quotes"]],
        "events": [
            {"event": e["event"], "actor": [{"code": (e["actor"][0] if isinstance(e["actor"], list) else e["actor"])}] if (e["actor"][0] if isinstance(e["actor"], list) else e["actor"]) else [],
             "recipient": [{"code": (e["recipient"][0] if isinstance(e["recipient"], list) else e["recipient"])}], "date": e["date"], "modality": e["modality"],
             "claimant": {"name": e["claimant"]} if e["claimant"] else None}
            for e in gold["events"] if not e.get("optional")
        ],
        "dates": gold["dates"],
        "quantities": gold["quantities"],
    }
    s = score_article(pred, gold)
    for prf in (s.entities, s.quotes, s.events):
        assert prf.f1 == 1.0
    for r in (s.quote_kind, s.event_modality, s.event_claimant, s.boilerplate_recall, s.boilerplate_precision_chars, s.dates_recall, s.quantities_recall):
        assert r.value == 1.0


def test_event_matching_does_not_depend_on_prediction_order():
    """A restatement listed first must not take the required item from the prediction that agrees with it."""
    names = NameBook([{"type": "PER", "name": "John Kirby"}, {"type": "ORG", "name": "Gedung Putih"}])
    gold = [
        {"event": "AID", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "asserted", "claimant": "John Kirby"},
        {"event": "AID", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "asserted", "claimant": "Gedung Putih", "optional": True},
    ]
    white_house = {"event": "AID", "actor": [{"code": "PRK"}], "recipient": [{"code": "RUS"}], "modality": "asserted", "claimant": {"name": "Gedung Putih"}}
    kirby = dict(white_house, claimant={"name": "John Kirby"})
    for order in ([white_house, kirby], [kirby, white_house]):
        prf, _, claimant = score_events(order, gold, names)
        assert (prf.matched, prf.predicted, prf.gold) == (1, 1, 1)
        assert (claimant.hits, claimant.total) == (1, 1)


def test_gold_event_may_list_equally_supported_categories():
    # GOLD.md: a gold `event` may be a list of categories the text supports equally; any member matches.
    names = NameBook([])
    gold = [
        {"event": ["ACCUSE", "REQUEST"], "actor": "GBR", "recipient": "GBR", "date": None, "modality": "asserted", "claimant": None},
        {"event": ["SANCTION", "COERCE"], "actor": "IRN", "recipient": "IRN", "date": None, "modality": "asserted", "claimant": None},
    ]
    pred = [
        {"event": "REQUEST", "actor": [{"code": "GBRGOV"}], "recipient": [{"code": "GBR"}], "modality": "asserted", "claimant": None},
        {"event": "ASSAULT", "actor": [{"code": "IRN"}], "recipient": [{"code": "IRN"}], "modality": "asserted", "claimant": None},  # not in the list
    ]
    prf, _, _ = score_events(pred, gold, names)
    assert (prf.matched, prf.predicted, prf.gold) == (1, 2, 2)


def test_match_events_gives_the_pairs_score_events_counts():
    """event_errors.py reads the scorer's own pairs: optional gold included, required first, failing fields named."""
    from kabar.evaluate.scoring import event_fails, match_events

    names = NameBook([])
    gold = [
        {"event": "AID", "actor": "IDN", "recipient": "PHL", "date": None, "modality": "asserted", "claimant": None, "optional": True},
        {"event": "AID", "actor": "IDN", "recipient": "PHL", "date": None, "modality": "asserted", "claimant": None},
        {"event": "MEET", "actor": "IDN", "recipient": "MYS", "date": "2024-01-02", "modality": "asserted", "claimant": None},
    ]
    pred = [
        {"event": "AID", "actor": [{"code": "IDNGOV"}], "recipient": [{"code": "PHL"}], "modality": "asserted", "claimant": None},
        {"event": "AID", "actor": [{"code": "IDN"}], "recipient": [{"code": "PHL"}], "modality": "asserted", "claimant": None},
        {"event": "MEET", "actor": [{"code": "IDN"}], "recipient": None, "date": "2024-01-03", "modality": "asserted"},
    ]
    assert match_events(pred, gold, names) == [(0, 1), (1, 0)]
    assert event_fails(pred[2], gold[2]) == ["recipient", "date"]
    assert event_fails(pred[0], gold[2]) == ["category", "recipient", "date"]
    prf, _, _ = score_events(pred, gold, names)
    assert (prf.matched, prf.predicted, prf.gold) == (1, 2, 2)


def test_event_errors_tags_a_pair_of_two_tellings():
    """event_errors.py: a claimant mismatch whose evidences share few words is the scorer pairing kabar's telling of an
    event with the gold item of another telling (a quote restating a narrated lead), tagged "other telling"."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "event_errors", Path(__file__).resolve().parents[2] / "scripts" / "event_errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    names = NameBook([])
    gold = [{"event": "AID", "actor": "IDN", "recipient": "PSE", "date": None, "modality": "asserted",
             "claimant": "Budi", "evidence": "Kami sudah mengirimkan bantuan lewat lembaga kami"}]
    narrated = {"event": "AID", "actor": [{"code": "IDN"}], "recipient": [{"code": "PSE"}], "modality": "asserted",
                "claimant": None, "evidence": "Komite itu menggalang dana untuk Palestina di Jakarta"}
    rows = mod.analyse([narrated], gold, names)
    assert rows and rows[0][0] == "MM" and "other telling" in rows[0][1]
    same = dict(narrated, evidence="sudah mengirimkan bantuan lewat lembaga")
    rows = mod.analyse([same], gold, names)
    assert rows and "other telling" not in rows[0][1]


# Session 27 (eventdate27)

def test_relaxed_event_scores_ignore_date_then_recipient_then_actors():
    """The relaxed rows of `kabar eval`: a wrong date, then a wrong recipient, then wrong actors stop
    counting, each level keeping the looser ones' misses; the strict score is unchanged."""
    from kabar.evaluate import Report, format_report
    from kabar.evaluate.scoring import Scores

    names = NameBook(GOLD_ENTITIES)
    gold = [
        {"event": "ASSAULT", "actor": "RUS", "recipient": "UKR", "date": "2024-01-02", "modality": "asserted", "claimant": None},
        {"event": "AID", "actor": "PRK", "recipient": "RUS", "date": None, "modality": "asserted", "claimant": None},
        {"event": "MEET", "actor": "IDN", "recipient": "PHL", "date": None, "modality": "asserted", "claimant": None},
        {"event": "ACCUSE", "actor": "USA", "recipient": "CHN", "date": None, "modality": "asserted", "claimant": None},
        {"event": "SANCTION", "actor": "USA", "recipient": "IRN", "date": None, "modality": "asserted", "claimant": None, "optional": True},
    ]
    pred = [
        {"event": "ASSAULT", "actor": [{"code": "RUS"}], "recipient": [{"code": "UKR"}], "date": "2024-01-03", "modality": "asserted"},  # date wrong
        {"event": "AID", "actor": [{"code": "PRK"}], "recipient": [{"code": "CHN"}], "date": "2024-01-02", "modality": "asserted"},  # recipient wrong
        {"event": "MEET", "actor": [{"code": "USA"}], "recipient": [], "modality": "asserted"},  # actor and recipient wrong
        {"event": "PROTEST", "actor": [{"code": "USA"}], "recipient": [{"code": "CHN"}], "modality": "asserted"},  # category wrong
        {"event": "SANCTION", "actor": [{"code": "GBR"}], "recipient": [{"code": "IRN"}], "modality": "asserted"},  # optional, actor wrong
    ]
    s = score_article({"events": pred}, {"events": gold, "entities": GOLD_ENTITIES})
    assert (s.events.matched, s.events.predicted, s.events.gold) == (0, 5, 4)
    assert (s.events_no_date.matched, s.events_no_date.predicted) == (1, 5)
    assert (s.events_no_date_recipient.matched, s.events_no_date_recipient.predicted) == (2, 5)
    # category only: the optional SANCTION matches too, so it leaves the predicted count
    assert (s.events_category_only.matched, s.events_category_only.predicted, s.events_category_only.gold) == (3, 4, 4)
    assert s.as_dict()["events_no_date"]["matched"] == 1  # in --json too
    total = Scores()
    total += s
    text = format_report(Report(total=total, articles=[("a", s)]))
    assert "relaxed: date ignored" in text and "(matched 2, predicted 5, gold 4)" in text
