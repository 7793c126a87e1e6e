"""The pages in a real browser: Debian's headless Chromium driven by Selenium, against a live server.

The seed article is ingested into a temporary database, ``kabar serve``'s app runs on
127.0.0.1 on a free port, and one browser session serves the whole module. Each test
saves a screenshot to ``tests/artifacts/browser/`` (git-ignored). Skips with a message
when chromium, chromedriver or selenium is missing (``scripts/setup.sh`` installs them
when it can).
"""

from __future__ import annotations

import json
import shutil
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from kabar.readers import Metadata, read_paths
from kabar.serve import Settings, create_app
from kabar.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from serve_records import TOKEN  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _browser_problem() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).is_file():
            return f"{path} is missing (apt-get install {package}; scripts/setup.sh does it when run as root)"
    return ""


pytestmark = pytest.mark.skipif(bool(_browser_problem()), reason=_browser_problem() or "browser available")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live(tmp_path_factory, pipeline):
    import uvicorn

    seed = Path(__file__).resolve().parents[2] / "examples" / "seed-000.txt"
    store = Store.open(tmp_path_factory.mktemp("browser") / "kabar.db")
    (item,) = read_paths([seed], Metadata(published="2024-01-05"))
    record = pipeline(item.record)
    store.save(record)
    app = create_app(store, Settings(ingest_token=TOKEN))
    app.state.pipeline = pipeline
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield {"url": f"http://127.0.0.1:{port}", "id": record.id, "record": record}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(2)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 5000  # a drawn page, not a blank one
    return path


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_article_page_highlights_quotes_entities_and_events(browser, live):
    from selenium.webdriver.common.by import By

    browser.get(f"{live['url']}/articles/{live['id']}")
    body = browser.find_element(By.ID, "article-text")
    record = live["record"]
    quotes = body.find_elements(By.CSS_SELECTOR, "span.quote")
    entities = body.find_elements(By.CSS_SELECTOR, "span.ent")
    evidence = body.find_elements(By.CSS_SELECTOR, "span.ev")
    assert quotes and entities and evidence
    # every quote and entity of the record is marked somewhere in the text
    marked = {i for el in body.find_elements(By.CSS_SELECTOR, "[data-items]") for i in el.get_attribute("data-items").split()}
    assert {q.id for q in record.quotes} | {e.id for e in record.entities} | {v.id for v in record.events} <= marked
    # quotes of different speakers get different colours
    colours = {el.value_of_css_property("background-color") for el in quotes}
    assert len(colours) >= min(3, len({q.speaker or q.speaker_name for q in record.quotes}))
    # removed pieces are shown apart, not in the body
    removed = browser.find_element(By.ID, "removed").text
    assert "Baca artikel asli di Business Insider" in removed and "Baca artikel asli" not in body.text
    # a click on marked text shows its record
    assert not browser.find_element(By.ID, "record-view").is_displayed()
    quotes[0].click()
    view = browser.find_element(By.ID, "record-view")
    assert view.is_displayed() and '"speaker_name"' in view.text
    assert console_errors(browser) == []
    shot(browser, "article")


def test_events_filters(browser, live):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{live['url']}/events")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events tbody tr[data-category]")
    categories = {r.get_attribute("data-category") for r in rows}
    assert len(rows) == len(live["record"].events) and len(categories) > 1
    wanted = sorted(categories)[0]
    Select(browser.find_element(By.NAME, "category")).select_by_value(wanted)
    browser.find_element(By.CSS_SELECTOR, "#event-filters button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: f"category={wanted}" in d.current_url
                                     and d.execute_script("return document.readyState") == "complete")
    filtered = browser.find_elements(By.CSS_SELECTOR, "#events tbody tr[data-category]")
    expected = sum(e.event == wanted for e in live["record"].events)
    assert len(filtered) == expected and {r.get_attribute("data-category") for r in filtered} == {wanted}
    assert browser.find_element(By.NAME, "actor").get_attribute("value") == ""
    shot(browser, "events")


def test_network_is_drawn(browser, live):
    from selenium.webdriver.common.by import By

    graph = json.load(urlopen(f"{live['url']}/network.json"))
    browser.get(f"{live['url']}/network")
    nodes = browser.find_elements(By.CSS_SELECTOR, "#network svg g.node")
    edges = browser.find_elements(By.CSS_SELECTOR, "#network svg g.edge")
    assert len(nodes) == len(graph["nodes"]) > 1 and len(edges) == len(graph["edges"])
    labels = {n.find_element(By.TAG_NAME, "text").text for n in nodes}
    assert labels == {n["id"] for n in graph["nodes"]}
    positions = {n.get_attribute("transform") for n in nodes}
    assert len(positions) == len(nodes)  # the layout spread them out
    assert browser.find_elements(By.CSS_SELECTOR, "#network-legend .cat")
    assert console_errors(browser) == []
    shot(browser, "network")


def test_timeline_is_drawn(browser, live):
    from selenium.webdriver.common.by import By

    data = json.load(urlopen(f"{live['url']}/timeline.json"))
    browser.get(f"{live['url']}/timeline")
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline svg rect.bar")
    assert len(bars) == len(data["counts"]) > 0
    heights = [float(b.get_attribute("height")) for b in bars]
    assert min(heights) > 0
    assert console_errors(browser) == []
    shot(browser, "timeline")


def test_speaker_page(browser, live):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    speaker = max({q.speaker_name for q in live["record"].quotes if q.speaker_name},
                  key=lambda name: sum(q.speaker_name == name for q in live["record"].quotes))
    browser.get(f"{live['url']}/speakers")
    browser.find_element(By.LINK_TEXT, speaker).click()
    WebDriverWait(browser, 20).until(lambda d: "/speakers/" in d.current_url
                                     and d.execute_script("return document.readyState") == "complete")
    assert browser.find_element(By.TAG_NAME, "h1").text == speaker
    assert len(browser.find_elements(By.CSS_SELECTOR, "#quotes tbody tr")) >= sum(q.speaker_name == speaker for q in live["record"].quotes)
    shot(browser, "speaker")


def test_script_in_an_ingested_article_does_not_run(browser, live):
    from urllib.request import Request

    from selenium.webdriver.common.by import By

    body = {"text": "Jakarta - Menteri Retno Marsudi mengecam serangan itu. <script>window.pwned = 1</script> "
                    "<img src=x onerror=\"window.pwned = 2\"> Selesai.", "title": "<script>window.pwned = 3</script>"}
    request = Request(f"{live['url']}/ingest", data=json.dumps(body).encode(), method="POST",
                      headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    article_id = json.load(urlopen(request))["results"][0]["id"]
    browser.get(f"{live['url']}/articles/{article_id}")
    assert "<script>window.pwned = 1</script>" in browser.find_element(By.ID, "article-text").text
    assert browser.execute_script("return window.pwned === undefined")
    shot(browser, "hostile-article")


def test_map_page_draws_the_placed_events(browser, live):
    from selenium.webdriver.common.by import By

    data = json.load(urlopen(f"{live['url']}/map.json"))
    placed = [e for e in live["record"].events if e.event_loc is not None and e.event_loc.lat is not None]
    assert len(data["points"]) == len(placed) > 0  # the seed's events are placed (Ukraine's cities, Russia)
    browser.get(f"{live['url']}/map")
    circles = browser.find_elements(By.CSS_SELECTOR, "svg.kabar-map circle.event")
    assert len(circles) == len(placed)
    assert {c.get_attribute("data-event") for c in circles} == {e.event for e in placed}
    assert browser.find_elements(By.CSS_SELECTOR, "svg.kabar-map g.countries path")  # outlines drawn, offline
    assert console_errors(browser) == []
    shot(browser, "map")


def test_clusters_page(browser, live):
    from selenium.webdriver.common.by import By

    browser.get(f"{live['url']}/clusters")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Events across articles"
    shot(browser, "clusters")
