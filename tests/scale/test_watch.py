"""`kabar watch` against feeds served on 127.0.0.1 by the test: new items only, validators, robots.txt, failures survived."""

import threading
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kabar.cli import main
from kabar.pipeline import default_config
from kabar.readers.fetch import PoliteFetcher
from kabar.scale.watch import parse_every, watch
from kabar.scale.workers import PipelineSpec
from kabar.store import Store

PAGE = """<!DOCTYPE html><html><head><title>{title}</title><meta property="og:site_name" content="Example News"></head>
<body><article><h1>{title}</h1><p>{body}</p><p>Warga diminta tetap waspada, kata petugas pada Senin.</p></article></body></html>"""


class Site:
    """A tiny news site: /feed.xml (ETag aware), /robots.txt, /news/N pages; it can be made to fail."""

    def __init__(self):
        self.items = [1, 2]
        self.failing = False
        self.requests: list[tuple[str, str]] = []  # (path, user agent)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                if site.failing:
                    return self._send(503, b"down for maintenance")
                if self.path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if self.path == "/feed.xml":
                    etag = '"v%s"' % "-".join(map(str, site.items))
                    if self.headers.get("If-None-Match") == etag:
                        return self._send(304, b"")
                    return self._send(200, site.feed().encode(), "application/rss+xml", {"ETag": etag})
                if self.path.startswith("/news/"):
                    n = self.path.rsplit("/", 1)[1]
                    body = f"Banjir merendam {n}00 rumah warga di Jakarta Timur pada Senin pagi setelah hujan deras semalaman."
                    return self._send(200, PAGE.format(title=f"Banjir {n}", body=body).encode(), "text/html; charset=utf-8")
                return self._send(404, b"not found")

            def _send(self, code, body, ctype="text/plain", headers=None):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def feed(self) -> str:
        date = format_datetime(datetime(2025, 3, 3, 8, tzinfo=timezone.utc))
        entries = "".join(
            f"<item><title>Banjir {n}</title><link>{self.base}/news/{n}</link><pubDate>{date}</pubDate>"
            f"<description>Ringkasan {n}.</description></item>"
            for n in self.items
        )
        private = (f"<item><title>Rahasia</title><link>{self.base}/private/1</link>"
                   "<description>Banjir juga melanda Bekasi, kata warga, dan jalan utama ditutup sementara.</description></item>")
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>{entries}{private}</channel></rss>'

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


SPEC = PipelineSpec(default_config() | {"pipeline": {"stages": ["language", "clean"]}})


def test_watch_stores_only_what_is_new_and_survives_a_failing_server(site, tmp_path):
    lines, warnings = [], []
    feed = f"{site.base}/feed.xml"
    with Store.open(tmp_path / "k.db") as store:
        def cycle():
            before = len(lines)
            watch([feed], store, cycles=1, spec=SPEC, fetcher=PoliteFetcher(delay=0), log=lines.append, warn=warnings.append)
            assert len(lines) == before + 1  # one line per cycle
            return lines[-1]

        first = cycle()
        assert "3 new entries: 3 inserted" in first
        assert store.count() == 3
        stored = {a["title"]: a for a in store.articles()}
        assert set(stored) == {"Banjir 1", "Banjir 2", "Rahasia"}
        # robots.txt kept kabar off /private/: that entry was read from its summary
        assert not any(path.startswith("/private/") for path, _ in site.requests)
        assert store.get(stored["Rahasia"]["id"]).meta["feed_text"] == "summary"
        assert store.get(stored["Banjir 1"]["id"]).meta["feed_text"] == "page"
        assert all("kabar/" in agent for _, agent in site.requests)

        assert "0 new entries" in cycle() and "1 not modified" in lines[-1]  # ETag: 304, nothing fetched

        site.failing = True
        assert "1 failed" in cycle()  # the loop goes on
        assert any("503" in w for w in warnings)

        site.failing = False
        site.items.append(3)
        assert "1 new entries: 1 inserted" in cycle()
        assert store.count() == 4

    # a restarted follower (new process, same store) fetches nothing it has seen
    site.requests.clear()
    site.items.append(4)
    code = main(["watch", feed, "--db", str(tmp_path / "k.db"), "--once", "--delay", "0", "--config", str(_light(tmp_path))])
    assert code == 0
    pages = [p for p, _ in site.requests if p.startswith("/news/")]
    assert pages == ["/news/4"]
    with Store.open(tmp_path / "k.db") as store:
        assert store.count() == 5


def test_a_page_that_fails_for_a_passing_reason_is_tried_next_cycle(site, tmp_path):
    feed = f"{site.base}/feed.xml"
    lines = []
    with Store.open(tmp_path / "k.db") as store:
        fetcher = PoliteFetcher(delay=0)
        fetcher.allowed(feed)  # robots.txt read while the site is up
        site.items = [7]
        real_get = fetcher.get

        def flaky(url, *a, **k):
            if "/news/" in url:
                site.failing = True
            try:
                return real_get(url, *a, **k)
            finally:
                site.failing = False

        fetcher.get = flaky
        watch([feed], store, cycles=1, spec=SPEC, fetcher=fetcher, log=lines.append, warn=lambda m: None)
        assert "1 to retry" in lines[-1] and store.count() == 1  # the private entry, from its summary
        fetcher.get = real_get
        watch([feed], store, cycles=1, spec=SPEC, fetcher=fetcher, log=lines.append, warn=lambda m: None)
        assert store.count() == 2


def _light(tmp_path):
    path = tmp_path / "light.toml"
    path.write_text('[pipeline]\nstages = ["language", "clean"]\n', encoding="utf-8")
    return path


def test_parse_every():
    assert parse_every("15m") == 900 and parse_every("90s") == 90 and parse_every("1h") == 3600 and parse_every("2") == 2
    with pytest.raises(ValueError, match="15m"):
        parse_every("soon")


def test_fetcher_waits_between_requests_to_one_host():
    now = [0.0]
    slept = []
    fetcher = PoliteFetcher(delay=2.0, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)))
    fetcher._wait_turn("a.example")
    now[0] += 0.5
    fetcher._wait_turn("a.example")
    fetcher._wait_turn("b.example")
    assert slept == [1.5]
