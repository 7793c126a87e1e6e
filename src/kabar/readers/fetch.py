"""Polite HTTP fetching for feeds and the pages they link to.

One request at a time per host, at least ``delay`` seconds apart; robots.txt obeyed
(urllib.robotparser, fetched once per host with kabar's user agent); conditional requests
(ETag / Last-Modified) so an unchanged feed costs one 304; a size cap so one huge
answer cannot fill memory. Standard library only: the needs are small and exact.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kabar")
    except PackageNotFoundError:
        return "dev"


USER_AGENT = f"kabar/{_version()} (news article extraction; polite: robots.txt, one request per host at a time)"
MAX_BYTES = 20 * 2**20


class FetchError(OSError):
    """A fetch that failed; ``permanent`` when trying again will not help (4xx, robots.txt, too large)."""

    def __init__(self, url: str, reason: str, permanent: bool = False):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.permanent = url, reason, permanent


@dataclass
class Response:
    url: str
    status: int  # 200, or 304 when the conditional request found nothing new
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def etag(self) -> Optional[str]:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> Optional[str]:
        return self.headers.get("last-modified")


class PoliteFetcher:
    def __init__(
        self,
        delay: float = 1.0,
        timeout: float = 20.0,
        user_agent: str = USER_AGENT,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.delay, self.timeout, self.user_agent = delay, timeout, user_agent
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        self._wait_turn(parts.netloc)
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent, **headers})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as answer:
                body = answer.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise FetchError(url, f"answer larger than {MAX_BYTES // 2**20} MiB", permanent=True)
                return Response(answer.geturl(), answer.status, body, {k.lower(): v for k, v in answer.headers.items()})
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url, 304, b"", {k.lower(): v for k, v in exc.headers.items()})
            raise FetchError(url, f"HTTP {exc.code} {exc.reason}", permanent=400 <= exc.code < 500 and exc.code != 429) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            if isinstance(exc, FetchError):
                raise
            reason = getattr(exc, "reason", exc)
            raise FetchError(url, f"network error: {reason}") from None

    def allowed(self, url: str) -> bool:
        """What the host's robots.txt says for kabar (no robots.txt or a 4xx: allowed; 401/403: not)."""
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(base)
        if robots is None:
            robots = urllib.robotparser.RobotFileParser(base + "/robots.txt")
            try:
                answer = self._request(base + "/robots.txt", {})
                robots.parse(answer.body.decode("utf-8", errors="replace").splitlines())
            except FetchError as exc:
                if "HTTP 401" in exc.reason or "HTTP 403" in exc.reason:
                    robots.disallow_all = True
                elif exc.permanent:
                    robots.allow_all = True
                else:
                    raise  # the host is unreachable: try again next time, decide nothing
            self._robots[base] = robots
        return robots.can_fetch(self.user_agent, url)

    def get(self, url: str, etag: Optional[str] = None, last_modified: Optional[str] = None) -> Response:
        """GET politely; ``etag``/``last_modified`` from an earlier answer make it conditional (304: nothing new)."""
        if urlsplit(url).scheme in ("http", "https") and not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt", permanent=True)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers)
