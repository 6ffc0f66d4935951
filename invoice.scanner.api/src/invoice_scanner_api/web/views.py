"""Serves the single-page app: ``/`` is its page, ``/app/<file>`` its script and styles.

The files are built by ``make web`` (esbuild, from invoice.scanner.api/web) into ``static/``
inside this package, so the API image carries them and no other server is needed. The app
talks to the same JSON API with a bearer token; these routes need none (they hold no data).
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

STATIC = Path(__file__).parent / "static"

blp = Blueprint("web", __name__, static_folder=str(STATIC), static_url_path="/app")


@blp.get("/")
def index() -> Response | tuple[dict[str, object], int]:
    if not (STATIC / "index.html").is_file():
        return {
            "code": 503,
            "status": "Service Unavailable",
            "message": "The web app is not built; run `make web`",
        }, 503
    response = send_from_directory(STATIC, "index.html", max_age=0)
    # The page names the current script; never let a browser keep an old one.
    response.headers["Cache-Control"] = "no-cache"
    return response
