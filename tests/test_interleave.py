"""Articles taking turns (kabar.interleave, Pipeline.run_many): requests batched, results those of one-by-one runs."""

from __future__ import annotations

import json
import time

import pytest

from kabar import interleave
from kabar.interleave import defer, own_cpu, run_interleaved


class Server:
    def __init__(self):
        self.calls: list[list] = []

    def serve(self, payloads: list) -> list:
        self.calls.append(list(payloads))
        return [p * 10 for p in payloads]


def test_outside_a_run_a_request_is_served_at_once():
    s = Server()
    assert defer(s.serve, 4) == 40
    assert s.calls == [[4]]
    assert not interleave.interleaved()


def test_paused_jobs_requests_go_in_one_call_and_results_keep_their_order():
    s = Server()

    def job(k: int, asks: int):
        return lambda: [defer(s.serve, k * 100 + n) for n in range(asks)]

    out = run_interleaved([job(1, 1), job(2, 3), job(3, 2)])
    assert [r for r, _ in out] == [[1000], [2000, 2010, 2020], [3000, 3010]]
    assert all(e is None for _, e in out)
    # round 1: all three ask; round 2: jobs 2 and 3; round 3: job 2 alone
    assert s.calls == [[100, 200, 300], [201, 301], [202]]


def test_a_failing_job_fails_alone_and_a_failing_server_fails_where_asked():
    s = Server()

    def bad_server(payloads):
        raise ValueError("model broke")

    def asks_bad():
        try:
            defer(bad_server, 1)
        except ValueError as exc:
            return f"caught {exc}"
        return "no error"

    def fails():
        defer(s.serve, 1)
        raise KeyError("article")

    out = run_interleaved([asks_bad, fails, lambda: defer(s.serve, 2), asks_bad])
    assert out[0] == ("caught model broke", None)
    assert out[3] == ("caught model broke", None)
    assert out[1][0] is None and isinstance(out[1][1], KeyError)
    assert out[2] == (20, None)
    assert s.calls == [[1, 2]]


def test_a_jobs_own_cpu_leaves_out_what_others_used_while_it_waited():
    def burn(payloads):
        t = time.process_time()
        while time.process_time() - t < 0.2:
            pass
        return [None] * len(payloads)

    spent = {}

    def job():
        c0 = own_cpu()
        defer(burn, 0)
        spent[len(spent)] = own_cpu() - c0

    served: dict = {}
    run_interleaved([job, job], served_cpu=served)
    assert max(spent.values()) < 0.1  # the server's 0.2 s is not the jobs'
    assert sum(served.values()) >= 0.2


ARTICLES = [
    "Rapat\n\nMenteri Luar Negeri Retno Marsudi mengatakan Indonesia mengecam serangan itu. "
    "“Kami menolak kekerasan,” katanya di Jakarta, Senin. Polisi menangkap dua tersangka.",
    "Banjir\n\nHujan turun sepanjang hari di Bandung. Gubernur Jawa Barat menyebut warga telah dievakuasi. "
    "Pemerintah akan mengirim bantuan, ujar juru bicara itu.",
    "Sidang\n\nJaksa menuntut terdakwa lima tahun penjara. Hakim menunda sidang hingga pekan depan. "
    "“Kami akan banding,” kata pengacaranya kepada wartawan.",
]


def _dump(record) -> str:
    return json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False, default=str)


def test_run_many_gives_each_records_one_by_one_result_in_fewer_parser_calls():
    from kabar.models import available_parsers
    from kabar.pipeline import Pipeline
    from kabar.readers import article_from_string

    if "id" not in available_parsers():
        pytest.skip("no shipped parser for id")
    pipe = Pipeline(on_error="raise")
    syntax = next(fn for name, _, fn in pipe._stages if name == "syntax")

    def records():
        return [article_from_string(t, lang="id", published="2024-01-05") for t in ARTICLES]

    calls0 = syntax.parse_calls
    alone = [_dump(pipe(r)) for r in records()]
    calls_alone = syntax.parse_calls - calls0
    together = pipe.run_many(records())
    calls_together = syntax.parse_calls - calls0 - calls_alone
    assert [_dump(r) for r in together] == alone
    assert any(json.loads(a)["quotes"] for a in alone)  # the parse was read
    assert 0 < calls_together < calls_alone
    assert "syntax" in pipe.cpu_timings


def test_run_many_returns_a_refused_article_as_its_error():
    from kabar.pipeline import ArticleRefused, Pipeline
    from kabar.readers import article_from_string

    pipe = Pipeline(only=["segment"], config={"pipeline": {"stages": ["segment"], "max_chars": 50}})
    ok = article_from_string("Judul\n\nPendek.", lang="id")
    big = article_from_string("Judul\n\n" + "kata " * 40, lang="id")
    out = pipe.run_many([ok, big, ok.__class__.from_dict(ok.to_dict())])
    assert isinstance(out[1], ArticleRefused)
    assert out[0].sentences and out[2].sentences


def test_extract_many_in_this_process_is_extract():
    import kabar

    texts = [{"text": t, "lang": "id", "published": "2024-01-05"} for t in ARTICLES]
    many = [_dump(r) for r in kabar.extract_many(texts)]
    one = [_dump(kabar.extract(t["text"], lang="id", published="2024-01-05")) for t in texts]
    assert many == one
