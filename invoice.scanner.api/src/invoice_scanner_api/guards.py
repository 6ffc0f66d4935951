"""Request and response guards every endpoint gets: body caps, NUL bytes, security headers.

- JSON bodies are capped at ``MAX_JSON_BYTES`` (413), far below the upload limit, which only
  multipart uploads may use. The declared ``Content-Length`` decides before anything is read;
  a chunked JSON body is measured after reading (bounded by the upload limit).
- A NUL character in any JSON string is refused (422): Postgres text cannot store it, and no
  field of this API has a use for it.
- Every response carries security headers; the API serves JSON, so the content security policy
  forbids everything except the local Swagger UI page at ``/docs``.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, request
from flask_smorest import abort

from invoice_scanner_api.config import ApiSettings

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
}
_SECURITY_PAIRS = tuple((name.lower(), (name, value)) for name, value in SECURITY_HEADERS.items())
_API_CSP = "default-src 'none'; frame-ancestors 'none'"
#: Swagger UI runs its bundle from /docs/assets and an inline initialiser.
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'"
)

#: The web app (``/`` and ``/app/*``): its own script and styles, page images fetched as blobs,
#: the JSON API on the same origin; boxes are placed with inline style values.
_WEB_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' blob: data:; connect-src 'self'; frame-ancestors 'none'"
)


def _csp(path: str) -> str:
    if path == "/docs" or path.startswith("/docs/"):
        return _DOCS_CSP
    if path == "/" or path.startswith("/app/"):
        return _WEB_CSP
    return _API_CSP


def security_headers(path: str) -> list[tuple[str, str]]:
    """The security headers of an answer at ``path``, as ``_security_headers`` adds them to a
    response that sets none itself (``documents.fastpath`` answers outside Flask)."""
    return [pair for _, pair in _SECURITY_PAIRS] + [("Content-Security-Policy", _csp(path))]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def init_app(app: Flask) -> None:
    settings: ApiSettings = app.config["SETTINGS"]

    @app.before_request
    def _check_json_body() -> None:
        if not request.is_json:
            return
        limit = settings.max_json_bytes
        length = request.content_length
        if length is None:  # chunked: read (bounded by MAX_CONTENT_LENGTH), then measure
            length = len(request.get_data(cache=True))
        if length > limit:
            abort(413, message=f"JSON body is larger than the {limit // 1024} KiB limit")
        if _has_nul(request.get_json(silent=True)):
            abort(422, message="Text fields must not contain NUL characters")

    @app.after_request
    def _security_headers(response: Response) -> Response:
        # The names present are read once and the missing headers added in one call: nine
        # ``setdefault`` calls each scan the header list, 50 µs of every answer (tight loop).
        headers = response.headers
        present = {name.lower() for name, _ in headers.items()}
        missing = [pair for low, pair in _SECURITY_PAIRS if low not in present]
        if "content-security-policy" not in present:
            missing.append(("Content-Security-Policy", _csp(request.path)))
        headers.extend(missing)
        if request.path.startswith("/docs/assets/"):
            # Static Swagger files may be cached; API answers may not.
            response.headers["Cache-Control"] = "public, max-age=86400"
        return response
