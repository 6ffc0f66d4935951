"""Fast reads for the endpoints clients poll: one indexed query, no ORM, JSON built directly.

``GET /documents/{id}/status`` is what every front end calls every second for every document
in flight, so it must cost next to nothing (see ARCHITECTURE.md, "Performance"). The ORM path
cost five round trips to Postgres per poll (pool pre-ping, BEGIN, the document, its history,
ROLLBACK); here it is one: an autocommit connection without pre-ping runs one statement that
finds the document by primary key (and company) and its history by the history's
``document_id`` index. A connection Postgres dropped is retried once on a fresh one, which is
what the pre-ping guarded against.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime
from typing import Any

from flask import Flask, Response, current_app
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError

from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents.service import LeaseState, recovery_fields
from invoice_scanner_common.contracts import progress, status_info
from invoice_scanner_common.settings import RecoverySettings

_STATUS_SQL = """
SELECT d.status, d.status_reason, d.quality_score, d.created_at, d.updated_at, d.queued,
       d.lease_until, d.dispatched_at, d.heartbeat_at, d.redrives,
       h.status, h.reason, h.created_at
FROM documents d
LEFT JOIN document_status_history h ON h.document_id = d.id AND %(history)s
WHERE d.id = %(id)s AND d.company_id = %(company)s
ORDER BY h.id
"""

_lock = threading.Lock()


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
                )
                app.extensions["invoice_scanner_reads"] = engine
    return engine


def _fetch(sql: str, params: dict[str, Any]) -> list[Any]:
    engine = _engine(current_app._get_current_object())  # type: ignore[attr-defined]
    for attempt in (1, 2):
        try:
            with engine.connect() as conn:
                return list(conn.exec_driver_sql(sql, params).fetchall())
        except DBAPIError as exc:
            # A connection Postgres closed (a restart): the pool was invalidated; retry once.
            if attempt == 2 or not exc.connection_invalidated:
                raise
    raise AssertionError("unreachable")


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
    company_id: uuid.UUID, document_id: uuid.UUID, *, history: bool = True
) -> StatusRow | None:
    rows = _fetch(_STATUS_SQL, {"id": document_id, "company": company_id, "history": history})
    return StatusRow(rows) if rows else None


def status_response(
    document_id: uuid.UUID, row: StatusRow, recovery: RecoverySettings, *, history: bool = True
) -> Response:
    """The status body exactly as INTEGRATION.md documents it (``history`` unless omitted)."""
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
    return current_app.response_class(
        json.dumps(body, separators=(",", ":")), mimetype="application/json"
    )
