"""Fast reads for the endpoints clients poll: one indexed query, no ORM, JSON built directly.

``GET /documents/{id}/status`` is what every front end calls every second for every document
in flight, so it must cost next to nothing (see ARCHITECTURE.md, "Performance"). The ORM path
cost five round trips to Postgres per poll (pool pre-ping, BEGIN, the document, its history,
ROLLBACK); here it is one: an autocommit connection without pre-ping runs one statement that
finds the document by primary key (and company) and its history by the history's
``document_id`` index. A connection Postgres dropped is retried once on a fresh one, which is
what the pre-ping guarded against. ``GET /documents/{id}`` reads its whole review view with one
statement too (:data:`DOCUMENT`, built by ``review.fastview``). Both statements are prepared
once per connection (:class:`Statement`).
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg2
from flask import Flask, Response, current_app
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents.flat_fields import shown_fields
from invoice_scanner_api.documents.service import LeaseState, recovery_fields
from invoice_scanner_common.contracts import progress, status_info
from invoice_scanner_common.settings import RecoverySettings


@dataclass(frozen=True)
class Statement:
    """A read the API runs on every poll, prepared once per connection.

    Planning the status query took about 0.45 ms of Postgres's time, executing it 0.1 ms: a
    prepared statement is planned once per connection, which halved the round trip (0.5 vs
    1.0 ms measured with psycopg2 in a loop, bench/README.md). ``sql`` is written with named
    psycopg placeholders; ``params`` names them in order with their Postgres types.
    """

    name: str
    params: tuple[tuple[str, str], ...]
    sql: str

    def prepare_sql(self) -> str:
        body = self.sql
        for i, (param, _) in enumerate(self.params, start=1):
            body = body.replace(f"%({param})s", f"${i}")
        types = ", ".join(t for _, t in self.params)
        return f"PREPARE {self.name} ({types}) AS {body}"

    def execute_sql(self) -> str:
        return f"EXECUTE {self.name} ({', '.join(f'%({p})s' for p, _ in self.params)})"


STATUS = Statement(
    "invoice_scanner_status",
    (("id", "uuid"), ("company", "uuid"), ("history", "boolean")),
    """
SELECT d.status, d.status_reason, d.quality_score, d.created_at, d.updated_at, d.queued,
       d.lease_until, d.dispatched_at, d.heartbeat_at, d.redrives,
       h.status, h.reason, h.created_at
FROM documents d
LEFT JOIN document_status_history h ON h.document_id = d.id AND %(history)s
WHERE d.id = %(id)s AND d.company_id = %(company)s
ORDER BY h.id
""",
)

#: The flat columns, in published order; names from the field table in code, never a request.
_FLAT_COLUMNS = ", ".join(f"r.{spec.name}" for spec in shown_fields())
_DOCUMENT_HEAD = """
SELECT d.id::text, d.status, d.predicted_accuracy, d.quality_score, d.original_filename,
       d.content_type, d.page_count, d.created_at, d.status_reason,
       d.supplier_id IS NOT NULL, d.supplier_match::text,
       r.document_id IS NOT NULL, r.data::text, r.field_confidence::text, r.evaluation::text,
       a.actions, a.user_ids, a.emails, a.ats, a.olds, a.news, a.comments,
       s.id::text, s.name, s.company_id = d.company_id, s.layout_ids, s.layout_versions,
       """
_DOCUMENT_FROM = """
FROM documents d
LEFT JOIN extraction_results r ON r.document_id = d.id
LEFT JOIN LATERAL (
    SELECT array_agg(x.action ORDER BY x.id) AS actions,
           array_agg(x.user_id::text ORDER BY x.id) AS user_ids,
           array_agg(u.email ORDER BY x.id) AS emails,
           array_agg(x.created_at ORDER BY x.id) AS ats,
           array_agg(x.old::text ORDER BY x.id) AS olds,
           array_agg(x.new::text ORDER BY x.id) AS news,
           array_agg(x.comment ORDER BY x.id) AS comments
    FROM document_audit x LEFT JOIN users u ON u.id = x.user_id
    WHERE x.document_id = d.id
) a ON true
LEFT JOIN LATERAL (
    SELECT sp.id, sp.name, sp.company_id,
           array(SELECT l.id FROM supplier_layouts l WHERE l.supplier_id = sp.id
                 ORDER BY l.version, l.id) AS layout_ids,
           array(SELECT l.version FROM supplier_layouts l WHERE l.supplier_id = sp.id
                 ORDER BY l.version, l.id) AS layout_versions
    FROM suppliers sp WHERE sp.id = d.supplier_id
) s ON true
WHERE d.id = %(id)s AND d.company_id = %(company)s
"""

#: ``GET /documents/{id}``: the document, its extraction result, its audit trail (arrays in
#: ``id`` order, each entry's user's email) and its supplier with the layouts' ids and versions
#: (in version order), then the result's flat columns in the field table's published order
#: (``flat_fields.shown_fields``): everything ``review.fastview`` needs, in one round trip.
#: The JSONB columns come as their text (:data:`JSON_COLUMNS`), so that the row itself can key
#: the cache of built bodies (``review.fastview.document_json``) and a cached body costs no
#: JSON decoding.
DOCUMENT = Statement(
    "invoice_scanner_document",
    (("id", "uuid"), ("company", "uuid")),
    _DOCUMENT_HEAD + _FLAT_COLUMNS + _DOCUMENT_FROM,
)

STATEMENTS: tuple[Statement, ...] = (STATUS, DOCUMENT)

_lock = threading.Lock()


def _prepare_all(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cur:
        for statement in STATEMENTS:
            cur.execute(statement.prepare_sql())
    if not dbapi_connection.autocommit:
        dbapi_connection.commit()


def _engine(app: Flask) -> Engine:
    engine: Engine | None = app.extensions.get("invoice_scanner_reads")
    if engine is None:
        with _lock:
            engine = app.extensions.get("invoice_scanner_reads")
            if engine is None:
                settings: ApiSettings = app.config["SETTINGS"]
                engine = create_engine(
                    settings.common.database_url,
                    isolation_level="AUTOCOMMIT",
                    pool_pre_ping=False,
                    pool_reset_on_return=None,
                    # SQLAlchemy's default keeps 5 and closes the rest on return: with more
                    # request threads than that, a burst of polls opened (a backend forked
                    # and its statements prepared) and closed connections, the slowest
                    # polls' cost. One kept per thread, and a few more for a spike.
                    pool_size=settings.read_pool_size,
                    max_overflow=4,
                )
                if settings.prepared_statements:
                    event.listen(engine, "connect", _prepare_all)
                app.extensions["invoice_scanner_reads"] = engine
    return engine


def _fetch(statement: Statement, params: dict[str, Any], app: Flask | None = None) -> list[Any]:
    """The statement's rows, on a pooled DBAPI connection (no SQLAlchemy result objects).
    ``app`` defaults to the current app (``documents.fastpath`` passes it: it runs outside one)."""
    if app is None:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
    engine = _engine(app)
    prepared = app.config["SETTINGS"].prepared_statements
    sql = statement.execute_sql() if prepared else statement.sql
    for attempt in (1, 2):
        try:
            conn = engine.raw_connection()
        except psycopg2.Error as exc:
            # As SQLAlchemy's own connections report it: the app answers 503 for an outage.
            raise DBAPIError.instance(None, None, exc, psycopg2.Error) from exc
        try:
            cur = conn.cursor()
            try:
                cur.execute(sql, params)
                return list(cur.fetchall())
            finally:
                cur.close()
        except psycopg2.Error as exc:
            dropped = bool(conn.dbapi_connection is None or conn.dbapi_connection.closed)
            if dropped:
                # Postgres closed the connection (a restart): drop it from the pool, retry once.
                conn.invalidate(exc)
            if attempt == 2 or not dropped:
                raise DBAPIError.instance(sql, params, exc, psycopg2.Error) from exc
        finally:
            conn.close()
    raise AssertionError("unreachable")


#: Positions in a :data:`DOCUMENT` row of the JSONB columns read as text (``supplier_match``,
#: ``data``, ``field_confidence``, ``evaluation``) and of the audit trail's arrays of them
#: (``old``, ``new``).
JSON_COLUMNS = (10, 12, 13, 14)
JSON_ARRAYS = (19, 20)


def raw_document_row(
    company_id: uuid.UUID, document_id: uuid.UUID, app: Flask | None = None
) -> tuple[Any, ...] | None:
    """The row of :data:`DOCUMENT` as it comes (JSON as text, arrays as tuples): hashable, so
    it can key a cache of what is built from it; None when there is no such document."""
    rows = _fetch(DOCUMENT, {"id": document_id, "company": company_id}, app)
    if not rows:
        return None
    return tuple(tuple(v) if isinstance(v, list) else v for v in rows[0])


def decoded_row(raw: tuple[Any, ...]) -> tuple[Any, ...]:
    """A :func:`raw_document_row` with its JSON decoded (as psycopg2 decodes JSONB) and its
    arrays as lists: the row ``review.fastview.review_body`` reads."""
    row: list[Any] = [list(v) if isinstance(v, tuple) else v for v in raw]
    for i in JSON_COLUMNS:
        row[i] = _json(row[i])
    for i in JSON_ARRAYS:
        if row[i] is not None:
            row[i] = [_json(v) for v in row[i]]
    return tuple(row)


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class StatusRow:
    """What the status endpoint needs of a document, plus whether it still waits to be queued."""

    def __init__(self, rows: list[Any]) -> None:
        first = rows[0]
        self.status, self.reason, self.quality_score = first[0], first[1], first[2]
        self.created_at, self.updated_at, self.queued = first[3], first[4], first[5]
        self.lease = LeaseState(first[0], first[6], first[7], first[4], first[8], first[9])
        self.history = [
            {"status": r[10], "reason": r[11], "at": _iso(r[12])} for r in rows if r[10] is not None
        ]


def status_row(
    company_id: uuid.UUID,
    document_id: uuid.UUID,
    *,
    history: bool = False,
    app: Flask | None = None,
) -> StatusRow | None:
    params = {"id": document_id, "company": company_id, "history": history}
    rows = _fetch(STATUS, params, app)
    return StatusRow(rows) if rows else None


def status_response(
    document_id: uuid.UUID, row: StatusRow, recovery: RecoverySettings, *, history: bool = False
) -> Response:
    """The status body exactly as INTEGRATION.md documents it (``history`` unless omitted)."""
    body = status_json(document_id, row, recovery, history=history)
    return current_app.response_class(body, mimetype="application/json")


def status_json(
    document_id: uuid.UUID, row: StatusRow, recovery: RecoverySettings, *, history: bool = False
) -> bytes:
    """The status body's bytes: what the view and ``documents.fastpath`` both answer."""
    info = status_info(row.status)
    body: dict[str, Any] = {
        "document_id": str(document_id),
        "status": row.status,
        "status_name": info.name,
        "status_description": info.description,
        "status_reason": row.reason,
        "progress": progress(row.status),
        "quality_score": row.quality_score,
        "created_at": _iso(row.created_at),
        "last_update": _iso(row.updated_at),
    }
    if history:
        body["history"] = row.history
    fields = recovery_fields(row.lease, recovery)
    body.update({k: _iso(v) if isinstance(v, datetime) else v for k, v in fields.items()})
    return json.dumps(body, separators=(",", ":")).encode()
