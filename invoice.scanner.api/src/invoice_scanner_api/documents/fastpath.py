"""The two polled reads answered in front of Flask: ``GET /documents/{id}/status`` and
``GET /documents/{id}``, for the requests that need nothing else.

Every front end polls the status endpoint every second for every document in flight, and the
review screen re-reads the document. Through Flask, each poll paid for a request context, URL
routing, flask-smorest's wrappers and every request hook (limiter, guards, metrics, teardown)
around one indexed query: about 0.28 ms of the worker's CPU per status poll against 0.05 ms for
a bare Flask endpoint (``bench.reads``). This WSGI layer answers the common poll directly: a
``GET`` without a query string, a token this process has already verified
(``auth.service.cached_principal``) and the revocation list's local copy says is live, a
document of the caller's company (and, for the status, one that is not waiting to be queued).
It runs the view's own prepared statement (``reads.STATUS``, ``reads.DOCUMENT``; a status row
this process read before and has heard no change of since comes from ``statuscache``), builds the
same bytes (``reads.status_json``, ``review.fastview.document_json``), adds the headers every
answer gets (``guards.security_headers``) and counts the request in the same metrics under the
view's route.

Everything else goes to Flask unchanged, which then answers exactly as before: another method
or path, a query string (``?history``), a missing, new, expired or revoked token, a revocation
list not yet mirrored, an unknown or another company's document (404), a document the status
view re-queues, and any error on the way (the view reports it as it always did: 503 for a
database outage). ``invoice.scanner.api/tests/test_fastpath.py`` holds both paths to the same
status, headers and body.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

from invoice_scanner_api import guards, metrics
from invoice_scanner_api.auth.service import cached_principal
from invoice_scanner_api.documents import reads, statuscache
from invoice_scanner_api.review.fastview import document_json
from invoice_scanner_common.contracts import DocumentStatus

logger = logging.getLogger(__name__)

_UUID = r"[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}"
#: The two paths as Werkzeug's ``uuid`` converter matches them; group 2 is "/status" or "".
_PATH = re.compile(rf"/documents/({_UUID})(/status)?\Z")
#: The views' routes (``documents.views``), as metrics label them.
STATUS_ROUTE = "/documents/<uuid:document_id>/status"
DOCUMENT_ROUTE = "/documents/<uuid:document_id>"

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class _Route:
    """One answered route's response headers (less the length) and its metrics children."""

    def __init__(self, route: str) -> None:
        self.headers = [("Content-Type", "application/json"), *guards.security_headers(route)]
        self.latency = metrics.LATENCY.labels(route)
        self.requests = metrics.REQUESTS.labels("GET", route, "200")


class PolledReads:
    """WSGI middleware over the Flask app's ``wsgi_app`` (installed by :func:`install`)."""

    def __init__(self, app: Flask, wsgi_app: WsgiApp) -> None:
        self.app = app
        self.wsgi_app = wsgi_app
        self.recovery = app.config["SETTINGS"].common.recovery
        self.mirror = app.extensions["invoice_scanner_revocation_mirror"]
        self.routes = {True: _Route(STATUS_ROUTE), False: _Route(DOCUMENT_ROUTE)}
        size = app.config["SETTINGS"].status_cache_size
        self.statuses = statuscache.for_engine(reads._engine(app), size)
        app.extensions["invoice_scanner_status_cache"] = self.statuses

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") == "GET" and not environ.get("QUERY_STRING"):
            found = _PATH.match(environ.get("PATH_INFO", ""))
            if found:
                started = time.perf_counter()
                is_status = found.group(2) is not None
                body = self._answer(environ, uuid.UUID(found.group(1)), is_status)
                if body is not None:
                    route = self.routes[is_status]
                    start_response("200 OK", [*route.headers, ("Content-Length", str(len(body)))])
                    route.latency.observe(time.perf_counter() - started)
                    route.requests.inc()
                    return [body]
        return self.wsgi_app(environ, start_response)

    def _answer(
        self, environ: dict[str, Any], document_id: uuid.UUID, status: bool
    ) -> bytes | None:
        """The body, or None to let Flask answer the request."""
        principal = cached_principal(environ.get("HTTP_AUTHORIZATION", ""), self.mirror.lookup)
        if principal is None:
            return None
        try:
            if status:
                return self._status(principal.company_id, document_id)
            return self._document(principal.company_id, document_id)
        except Exception:  # Flask's view runs it again and answers the error as it always has.
            logger.debug("fast path passed %s on to Flask", document_id, exc_info=True)
            return None

    def _status(self, company_id: uuid.UUID, document_id: uuid.UUID) -> bytes | None:
        row = self.statuses.get(company_id, document_id)
        if row is None:
            epoch = self.statuses.epoch()
            row = reads.status_row(company_id, document_id, app=self.app)
            if row is not None and epoch is not None:
                self.statuses.put(company_id, document_id, row, epoch)
        if row is None or (not row.queued and row.status == DocumentStatus.PREPROCESSING.value):
            return None
        return reads.status_json(document_id, row, self.recovery)

    def _document(self, company_id: uuid.UUID, document_id: uuid.UUID) -> bytes | None:
        row = reads.raw_document_row(company_id, document_id, app=self.app)
        return None if row is None else document_json(row, self.app.json)


def install(app: Flask) -> None:
    """Put the fast path in front of ``app``'s dispatch (last in ``create_app``)."""
    app.wsgi_app = PolledReads(app, app.wsgi_app)  # type: ignore[method-assign]
