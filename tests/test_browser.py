"""The feed server's page in a real browser: Debian's chromium, driven by Playwright.

Playwright never downloads a browser here: it launches /usr/bin/chromium
(``executable_path``), which ``.ci/run`` installs. The screenshot is kept in
build/test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_server import OFFICIAL, LiveServer

from support import REPO

CHROMIUM = Path(os.environ.get("SCHEDULE_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "build" / "test-artifacts"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture
def browser() -> Iterator[Any]:
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


def test_page_in_chromium(browser: Any, seeded: Any, db_path: Path, tmp_path: Path) -> None:
    assert seeded("import", str(OFFICIAL)).exit_code == 0
    with LiveServer(db_path) as live:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
        response = page.goto(f"{live.url}/?as_of=2025-03-03", wait_until="networkidle")
        assert response is not None and response.status == 200
        assert page.title().startswith("Upcoming engagements · 3 Mar 2025")

        days = page.locator("section.day h2").all_inner_texts()
        assert days == [
            "Monday 3 March 2025",
            "Wednesday 5 March 2025",
            "Thursday 6 March 2025",
            "Friday 7 March 2025",
            "Monday 10 March 2025",
        ]
        meeting = page.locator("article.event", has_text="Bilateral meeting")
        assert meeting.locator(".when").inner_text() == "10:00–11:00 EST"
        assert meeting.locator(".badge").inner_text().lower() == "scheduled"
        assert "Pete Hegseth" in meeting.locator(".who").inner_text()
        # sources are folded away until asked for
        quote = meeting.locator("blockquote").first
        assert not quote.is_visible()
        meeting.locator("summary").click()
        assert quote.is_visible() and "bilateral meeting" in quote.inner_text()

        # the stylesheet loaded: expected events have the amber badge
        badge = page.locator("article.status-expected .badge").first
        assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(253, 240, 210)"

        feeds = page.locator("aside.feeds a.webcal")
        hrefs = [feeds.nth(i).get_attribute("href") for i in range(feeds.count())]
        base = f"webcal://127.0.0.1:{live.port}"
        assert f"{base}/calendar.ics" in hrefs and f"{base}/people/john-healey.ics" in hrefs
        assert f"{base}/places/brussels.ics" in hrefs

        # the https/http link of a feed serves the calendar
        link = page.locator("aside.feeds li", has_text="Pete Hegseth").locator("a.https")
        feed = page.request.get(link.get_attribute("href"))
        assert feed.status == 200 and feed.headers["content-type"].startswith("text/calendar")
        assert feed.text().count("BEGIN:VEVENT") == 3

        shot = tmp_path / "feed-page.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, ARTIFACTS / "feed-page.png")
        assert errors == []
