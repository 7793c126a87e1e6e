import socket

import pytest

from kabar.record import Article
from kabar.stages.language import LanguageStage, identify


@pytest.mark.parametrize(
    "text, code",
    [
        ("Presiden Joko Widodo mengatakan pemerintah akan membangun jalan tol baru di Sumatera tahun depan.", "id"),
        ("Polisi menangkap tiga orang tersangka pencurian sepeda motor di Kota Bandung pada Senin malam.", "id"),
        ("The prime minister said on Tuesday that the government would raise taxes on large companies.", "en"),
        ("Le président a annoncé mardi une réforme des retraites très contestée par les syndicats.", "fr"),
    ],
)
def test_identify(text, code):
    assert identify(text, prefer={"ms": "id"})[0] == code


def test_too_short_is_unknown():
    assert identify("ok")[0] is None


def test_given_language_is_kept():
    r = LanguageStage()(Article.new("The minister said so on Friday in a statement to reporters.", lang="id"))
    assert r.lang == "id"


def test_runs_without_network(monkeypatch):
    """The model ships inside the wheel: identification works with sockets disabled."""
    from kabar.stages import language

    language._identifier.cache_clear()

    def no_network(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    r = LanguageStage()(Article.new("Pemerintah daerah menyalurkan bantuan sosial kepada warga yang terdampak banjir di Jakarta."))
    assert r.lang == "id"
    assert 0 < r.meta["lang_confidence"] <= 1
