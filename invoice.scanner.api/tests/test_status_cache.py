"""documents/statuscache.py: each API process's copies of the statuses it answered.

Against the test Postgres: a repeated poll is answered from the copy (shown by changing the row
with the trigger switched off, which nothing but the copy can hide); a change committed by
another connection (as a worker's) reaches the next polls through the trigger's notification;
a commit made in this process is seen by the very next poll; a deleted document's copy goes;
another company never gets the copy; while the listening connection is down every poll runs
the query, and once it is back the copies are trusted again; copies are not trusted once the
listener's beats stop coming back; a read that straddles a lost and a new subscription is not
kept; without the trigger nothing is trusted; a read overtaken by a change is not kept; at most
``size`` documents are kept; size 0 keeps none.
"""

from __future__ import annotations

import functools
import os
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg2
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from test_fast_reads import _finish, _upload
from test_revocation_mirror import _until as _until_within

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents import reads, statuscache
from invoice_scanner_api.documents.reads import StatusRow
from invoice_scanner_api.extensions import db
from invoice_scanner_common.contracts import DocumentStatus as S
from invoice_scanner_common.db import Document, set_status


@pytest.fixture
def fresh(test_env: dict[str, str]) -> Iterator[tuple[Flask, FlaskClient]]:
    """An app of its own, so that its cache starts empty and its listener is its own."""
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    yield app, app.test_client()


#: A listener starts, or starts again, within a few seconds even on a loaded machine.
_until = functools.partial(_until_within, timeout=10.0)


def _cache(app: Flask) -> statuscache.StatusCache:
    found: statuscache.StatusCache = app.extensions["invoice_scanner_status_cache"]
    return found


def _account(client: FlaskClient, company: str) -> dict[str, Any]:
    email = f"sc-{uuid.uuid4().hex[:8]}@example.com"
    body = {"email": email, "password": "correct horse battery", "company_name": company}
    assert client.post("/auth/register", json=body).status_code == 201
    login = client.post("/auth/login", json={"email": email, "password": body["password"]})
    return {"headers": {"Authorization": f"Bearer {login.json['access_token']}"}}


def _sql(db_url: str, statement: str, params: tuple[Any, ...], *, triggers: bool = True) -> None:
    """One statement committed on a connection of its own, as another process's; with
    ``triggers=False`` the notification trigger does not fire (``session_replication_role``)."""
    conn = psycopg2.connect(db_url.replace("postgresql+psycopg2://", "postgresql://"))
    try:
        with conn, conn.cursor() as cur:
            if not triggers:
                cur.execute("SET LOCAL session_replication_role = replica")
            cur.execute(statement, params)
    finally:
        conn.close()


def _status(client: FlaskClient, acct: dict[str, Any], doc_id: str) -> Any:
    return client.get(f"/documents/{doc_id}/status", headers=acct["headers"])


def _cached_poll(app: Flask, client: FlaskClient, acct: dict[str, Any], doc_id: str) -> Any:
    """Poll until the answer came from a trusted copy (the listener starts on first use)."""
    cache = _cache(app)

    def hit() -> Any:
        answer = _status(client, acct, doc_id)
        return answer if uuid.UUID(doc_id) in cache else None

    return _until(hit)


def test_a_repeated_poll_is_answered_from_the_copy_until_the_document_changes(
    fresh: tuple[Flask, FlaskClient], db_url: str, png_bytes: Callable[[str], bytes]
) -> None:
    app, client = fresh
    acct = _account(client, "Copies")
    doc_id = _upload(client, acct, png_bytes("COPY"))
    _finish(app, doc_id)
    first = _cached_poll(app, client, acct, doc_id)
    assert first.status_code == 200 and first.json["status"] == "manual_review"

    # Changed without a notification: only a copy can still answer the old status.
    sql = "UPDATE documents SET status_reason = %s WHERE id = %s"
    _sql(db_url, sql, ("silent", doc_id), triggers=False)
    assert _status(client, acct, doc_id).json["status_reason"] == first.json["status_reason"]

    # Changed by another connection with the trigger on: the notification drops the copy.
    _sql(db_url, sql, ("heard", doc_id))
    _until(lambda: _status(client, acct, doc_id).json["status_reason"] == "heard")
    assert _status(client, acct, doc_id).json == {**first.json, "status_reason": "heard"}


def test_a_commit_in_this_process_is_seen_by_the_very_next_poll(
    fresh: tuple[Flask, FlaskClient], png_bytes: Callable[[str], bytes]
) -> None:
    app, client = fresh
    acct = _account(client, "Own writes")
    doc_id = _upload(client, acct, png_bytes("OWN"))
    _finish(app, doc_id)
    assert _cached_poll(app, client, acct, doc_id).json["status"] == "manual_review"
    with app.app_context():
        session = db.factory()
        # No notification from this commit: only the commit event itself can drop the copy.
        session.execute(text("SET LOCAL session_replication_role = replica"))
        doc = session.get(Document, uuid.UUID(doc_id))
        assert doc is not None
        set_status(session, doc, S.APPROVED, "approved by a reviewer")
        session.commit()
        session.close()
    # No waiting: the commit itself dropped the copy.
    after = _status(client, acct, doc_id)
    assert after.json["status"] == "approved" and after.json["status_reason"] == (
        "approved by a reviewer"
    )


def test_another_company_never_gets_the_copy_and_a_deleted_document_is_gone(
    fresh: tuple[Flask, FlaskClient], db_url: str, png_bytes: Callable[[str], bytes]
) -> None:
    app, client = fresh
    owner, other = _account(client, "Owner"), _account(client, "Other")
    doc_id = _upload(client, owner, png_bytes("MINE"))
    _finish(app, doc_id)
    _cached_poll(app, client, owner, doc_id)
    for _ in range(2):
        answer = _status(client, other, doc_id)
        assert answer.status_code == 404 and "manual_review" not in answer.get_data(as_text=True)
    _sql(db_url, "DELETE FROM documents WHERE id = %s", (doc_id,))
    _until(lambda: _status(client, owner, doc_id).status_code == 404)


def test_copies_are_not_trusted_while_the_listener_is_down(
    fresh: tuple[Flask, FlaskClient], db_url: str, png_bytes: Callable[[str], bytes]
) -> None:
    app, client = fresh
    acct = _account(client, "Outage")
    doc_id = _upload(client, acct, png_bytes("DOWN"))
    _finish(app, doc_id)
    _cached_poll(app, client, acct, doc_id)
    cache = _cache(app)
    pid = os.getpid()
    killed = psycopg2.connect(db_url.replace("postgresql+psycopg2://", "postgresql://"))
    killed.autocommit = True
    with killed.cursor() as cur:
        cur.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (f"status-cache:{pid}",),
        )
        assert cur.rowcount >= 1
    killed.close()
    _until(lambda: not cache.trusted)
    # A change nothing announces is still answered: without trusted copies, polls query.
    sql = "UPDATE documents SET status_reason = %s WHERE id = %s"
    _sql(db_url, sql, ("while down", doc_id), triggers=False)
    if not cache.trusted:  # the listener may already be back, with an empty cache
        assert _status(client, acct, doc_id).json["status_reason"] == "while down"
    _until(lambda: cache.trusted)
    assert uuid.UUID(doc_id) not in cache  # the new subscription started empty
    assert _cached_poll(app, client, acct, doc_id).json["status_reason"] == "while down"


def _row(status: str = "approved") -> StatusRow:
    now = datetime.now(UTC)
    return StatusRow([(status, None, 0.9, now, now, True, None, None, None, 0, None, None, None)])


def test_a_read_overtaken_by_a_change_is_not_kept_and_the_size_is_bounded(
    test_env: dict[str, str],
) -> None:
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    cache = statuscache.StatusCache(_cache(app).connect_args, size=2)
    assert cache.epoch() is None  # starts the listener; nothing trusted yet
    epoch = _until(lambda: cache.epoch())
    company, a, b, c = (uuid.uuid4() for _ in range(4))
    cache.drop([str(uuid.uuid4())])  # a change of another document, during the read of a
    cache.put(company, a, _row(), epoch)
    assert cache.get(company, a) is None
    epoch = cache.epoch()
    assert epoch is not None
    for doc in (a, b, c):
        cache.put(company, doc, _row(), epoch)
    assert cache.get(company, a) is None  # the oldest went
    assert cache.get(company, b) is not None and cache.get(company, c) is not None
    assert cache.get(uuid.uuid4(), b) is None  # only for the company it was read for
    cache.drop(["not an id"])
    assert cache.get(company, b) is None and cache.get(company, c) is None

    off = statuscache.StatusCache(_cache(app).connect_args, size=0)
    assert off.epoch() is None and off.epoch() is None
    assert not off.trusted


def test_copies_are_not_trusted_once_the_beats_stop_coming_back(test_env: dict[str, str]) -> None:
    """The trust gate itself, without a listener: a copy held while the last beat that came
    back is older than SILENCE_S is not answered, though nothing dropped it."""
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    cache = statuscache.StatusCache(_cache(app).connect_args, size=4)
    cache._pid = os.getpid()  # as if its listener ran: none is started
    cache._following(time.monotonic())
    company, doc = uuid.uuid4(), uuid.uuid4()
    epoch = cache.epoch()
    assert epoch is not None
    cache.put(company, doc, _row(), epoch)
    assert cache.get(company, doc) is not None
    cache._heard = time.monotonic() - statuscache.SILENCE_S - 0.1
    assert doc in cache and cache.get(company, doc) is None and cache.epoch() is None
    cache._following(time.monotonic())  # a beat came back: trusted again
    assert cache.get(company, doc) is not None


def test_without_the_trigger_no_copy_is_trusted(test_env: dict[str, str], db_url: str) -> None:
    """A database without migration 0013's trigger (or with it disabled) announces no change:
    a listener that finds none trusts nothing; once it is there, it trusts its beats."""
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    trigger = statuscache.TRIGGER
    _sql(db_url, f"ALTER TABLE documents DISABLE TRIGGER {trigger}", ())
    try:
        cache = statuscache.StatusCache(_cache(app).connect_args, size=4)
        assert cache.epoch() is None
        time.sleep(1.5)  # a listener that found the trigger is trusted within one beat
        assert not cache.trusted and cache.epoch() is None
    finally:
        _sql(db_url, f"ALTER TABLE documents ENABLE TRIGGER {trigger}", ())
    control = statuscache.StatusCache(_cache(app).connect_args, size=4)
    control.epoch()
    _until(lambda: control.trusted)


def _kill_listener(db_url: str) -> None:
    _sql(
        db_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
        (f"status-cache:{os.getpid()}",),
    )


def test_a_read_straddling_a_lost_and_a_new_subscription_is_not_kept(
    fresh: tuple[Flask, FlaskClient],
    db_url: str,
    png_bytes: Callable[[str], bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From the rv review: a poll takes the epoch, the listener's connection fails (its copies
    dropped), a worker's change commits while nothing listens, and the read returns once a new
    subscription is trusted. Kept, that copy would stay stale until the document changed again:
    trust regained bumps the epoch, so it is not. The wrappers force the interleaving: the
    failure right after the epoch is taken, a read as slow as the reconnection."""
    app, client = fresh
    acct = _account(client, "Reconnect")
    doc_id = _upload(client, acct, png_bytes("RECONNECT"))
    _finish(app, doc_id)
    _cached_poll(app, client, acct, doc_id)
    cache = _cache(app)
    cache.drop()  # the next poll misses and reads
    original_trusted, original_read = statuscache.StatusCache.trusted, reads.status_row
    state = {"failed": False, "read": False}

    def trusted(self: statuscache.StatusCache) -> bool:
        value = bool(original_trusted.fget(self))  # type: ignore[attr-defined]
        if value and self is cache and not state["failed"]:
            # The epoch's own trust check (the poll's first): the connection fails right then.
            state["failed"] = True
            _kill_listener(db_url)
            _until(lambda: not original_trusted.fget(cache))  # type: ignore[attr-defined]
        return value

    def slow_read(*args: Any, **kwargs: Any) -> StatusRow | None:
        row = original_read(*args, **kwargs)
        if state["failed"] and not state["read"]:
            state["read"] = True
            sql = "UPDATE documents SET status_reason = %s WHERE id = %s"
            _sql(db_url, sql, ("changed while nothing listened", doc_id))
            _until(lambda: original_trusted.fget(cache))  # type: ignore[attr-defined]
        return row

    monkeypatch.setattr(statuscache.StatusCache, "trusted", property(trusted))
    monkeypatch.setattr(reads, "status_row", slow_read)
    _status(client, acct, doc_id)
    assert state["failed"] and state["read"]
    monkeypatch.undo()
    assert uuid.UUID(doc_id) not in cache
    answer = _status(client, acct, doc_id)
    assert answer.json["status_reason"] == "changed while nothing listened"
