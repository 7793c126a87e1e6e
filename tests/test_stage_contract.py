"""The stage contract: typed settings checked by name, structured failures, plug-in stages by path and entry point."""

import textwrap

import pytest

from kabar import stages as registry
from kabar.pipeline import Pipeline, PipelineError
from kabar.record import Article, Issue


def test_a_misspelt_setting_is_an_error_that_names_it():
    cfg = {"pipeline": {"stages": ["events"]}, "stages": {"events": {"min_confidnce": 0.5}}}
    with pytest.raises(PipelineError, match="'min_confidnce'.*min_confidence"):
        Pipeline(cfg)


def test_a_setting_of_the_wrong_type_is_an_error():
    cfg = {"pipeline": {"stages": ["events"]}, "stages": {"events": {"min_confidence": "high"}}}
    with pytest.raises(PipelineError, match="events.*min_confidence"):
        Pipeline(cfg)


def test_settings_and_defaults_come_from_the_factory_signature():
    info = registry.get("language")
    assert info.default_config == {"prefer": {"ms": "id"}, "sample": 1500}
    assert info.settings({"sample": "300"}) == {"prefer": {"ms": "id"}, "sample": 300}
    # Session 22 (attrib22): the quotes stage's one setting, its attribution mode
    # Session 26 (claims-id26): and the reported-requests switch, off by default
    assert registry.get("quotes").default_config == {"attribution": "speech", "reported_requests": False}
    assert registry.get("quotes").settings({"attribution": "wide"}) == {"attribution": "wide", "reported_requests": False}
    assert registry.get("quotes").settings({"reported_requests": "true"})["reported_requests"] is True


def test_a_stage_failure_is_a_structured_issue():
    def boom(record):
        raise RuntimeError("kaboom")

    p = Pipeline({"pipeline": {"stages": []}})
    p._stages.append(("boom", registry.StageInfo("boom", lambda: boom), boom))
    r = p(Article.new("Body.", title="t", lang="en"))
    assert r.failures == [Issue("failed", "boom", "RuntimeError: kaboom")]
    assert r.warnings == ["boom: failed: RuntimeError: kaboom"]
    back = Article.from_dict(r.to_dict())  # a record read back from JSON: the same failure from its warning line
    assert back.failures == r.failures


def test_every_warning_line_reads_back_as_the_issue_it_was():
    for issue in (Issue("failed", "quotes", "KeyError: 'x'"), Issue("skipped", "events", "no 'events' pack for language 'fr'"),
                  Issue("dropped", "", "quotes: 'abc' at 5-900 is outside the text"),
                  Issue("note", "language", "text too short to identify; language-specific stages skipped")):
        assert Issue.parse(str(issue)) == issue
    r = Article.new("Pendek.")
    registry.get("language").build()(r)
    assert [i.kind for i in r.issues] == ["note"] and r.failures == []


def _write_plugin(root, name="kabar_plugin_shout"):
    (root / f"{name}.py").write_text(textwrap.dedent('''
        from kabar.stages import stage

        @stage("shout", requires=("text",), assigns=("title",))
        class Shout:
            def __init__(self, mark: str = "!"):
                self.mark = mark

            def __call__(self, record):
                record.title = (record.title or "").upper() + self.mark
                return record

        def make_whisper(mark: str = "."):
            def whisper(record):
                record.title = (record.title or "").lower() + mark
                return record
            return whisper
    '''), encoding="utf-8")


def test_plugin_stage_by_module_and_factory(tmp_path, monkeypatch):
    _write_plugin(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    cfg = {"pipeline": {"stages": ["loud", "quiet"]},
           "stages": {"loud": {"factory": "kabar_plugin_shout:Shout", "mark": "?"},
                      "quiet": {"factory": "kabar_plugin_shout:make_whisper"}}}
    r = Pipeline(cfg)(Article.new("Body.", title="Hello", lang="en"))
    assert r.title == "hello?." and r.stages == ["loud", "quiet"]
    with pytest.raises(KeyError, match="kabar_plugin_shout:nothing"):
        registry.get("kabar_plugin_shout:nothing")


def test_plugin_stage_installed_through_an_entry_point(tmp_path, monkeypatch):
    _write_plugin(tmp_path, "kabar_plugin_ep")
    dist = tmp_path / "kabar_plugin_ep-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: kabar-plugin-ep\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[kabar.stages]\nwhisper = kabar_plugin_ep:make_whisper\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "whisper" in registry.names()
    cfg = {"pipeline": {"stages": ["whisper"]}, "stages": {"whisper": {"mark": "~"}}}
    r = Pipeline(cfg)(Article.new("Body.", title="Hello", lang="en"))
    assert r.title == "hello~"
