"""The web app's files are served by the API itself: the page at /, its script and styles
under /app/. (What the app does is tested in a browser: tests/e2e_web.)"""

from __future__ import annotations

import re
from pathlib import Path

from flask.testing import FlaskClient

from invoice_scanner_api.review.schemas import FieldCorrectionSchema
from invoice_scanner_common.checks import HEADER_FIELDS

WEB_SRC = Path(__file__).resolve().parents[1] / "web" / "src"


def test_root_serves_the_single_page_app(client: FlaskClient) -> None:
    with client.get("/") as page:
        assert page.status_code == 200, page.get_data(as_text=True)
        assert page.mimetype == "text/html"
        assert page.headers["Cache-Control"] == "no-cache"
        html = page.get_data(as_text=True)
    assert '<script type="module" src="/app/app.js">' in html
    assert 'href="/app/style.css"' in html


def test_script_and_styles_are_served_without_a_token(client: FlaskClient) -> None:
    with client.get("/app/app.js") as script:
        assert script.status_code == 200
        assert script.mimetype in {"text/javascript", "application/javascript"}
        assert b"/documents/upload" in script.data  # the bundled client, not a placeholder
    with client.get("/app/style.css") as styles:
        assert styles.mimetype == "text/css"
    assert client.get("/app/no-such.js").status_code == 404


def test_the_page_is_not_an_api_resource(client: FlaskClient) -> None:
    assert "/" not in client.get("/openapi.json").json["paths"]


def test_the_app_knows_the_fields_the_api_takes() -> None:
    """The document screen offers the header fields to a document with none extracted, and
    labels every field a reviewer may correct: the same names as the API's."""
    source = (WEB_SRC / "document.ts").read_text()
    header = re.search(r"const HEADER = \[([^\]]*)\]", source)
    assert header, "HEADER list not found in document.ts"
    assert set(re.findall(r'"(\w+)"', header.group(1))) == set(HEADER_FIELDS)
    labels = re.search(r"const LABELS[^{]*\{(.*?)\n\};", source, re.S)
    assert labels, "LABELS not found in document.ts"
    assert set(re.findall(r"^\s*(\w+):", labels.group(1), re.M)) == set(
        FieldCorrectionSchema().fields
    )
