"""This API process's copy of the statuses it has answered, each dropped when its document changes.

A front end polls ``GET /documents/{id}/status`` every second for every document in flight,
and most polls find nothing new. Each poll was one round trip to Postgres: the wait for the
backend to be scheduled was more than half of the request's time in process on a loaded
machine (ARCHITECTURE.md, "Performance"). So each process keeps what the status query returned
(``reads.StatusRow``) for the documents it was asked about, and answers the next poll from it
until the document changes:

* a trigger on ``documents`` (migration 0013) sends the id of every updated or deleted document
  on the channel :data:`CHANNEL` when its transaction commits, whoever wrote it (the API, a
  worker, the sweeper, a company's deletion cascading);
* a background thread of each process ``LISTEN``\\s on a connection of its own and drops each
  named document's copy as its notification arrives;
* a commit made in this process (any SQLAlchemy session or connection) drops every copy at
  once, so a process reads its own writes without waiting for the notification;
* copies are trusted only while the subscription is known to deliver: every
  :data:`HEARTBEAT_S` seconds the thread notifies a channel of its own session and waits to
  hear it back. Postgres delivers notifications in commit order, so hearing the beat means every
  change committed before it was sent has been heard too; once no beat sent in the last
  :data:`SILENCE_S` seconds has come back (or the connection failed), :meth:`StatusCache.get`
  answers ``None`` and every poll runs the query, as before. A new subscription starts from an
  empty cache, since notifications sent while it was down are lost, and it first checks that
  the trigger exists (a database without migration 0013 would announce nothing);
* a copy read while a notification (or a local commit, a lost or a new subscription) arrived is
  not kept (:meth:`epoch`): the read may predate that change.

So a poll sees a change as soon as this process has heard of it: within the time Postgres takes
to deliver a notification to an idle listener (well under a millisecond here) after the
writer's commit. The copies hold rows, not bodies: the body's lease fields depend on the time
and are computed per poll (``reads.status_json``). At most ``size`` documents are kept (the
oldest entry goes first); ``API_STATUS_CACHE_SIZE=0`` turns the cache off.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import time
import uuid
import weakref
from collections.abc import Iterable
from typing import Any

import psycopg2
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from invoice_scanner_api.auth.mirror import pause_while_alive
from invoice_scanner_api.documents.reads import StatusRow

logger = logging.getLogger(__name__)

#: The channel migration 0013's trigger notifies with a changed document's id.
CHANNEL = "invoice_scanner_documents"
#: The trigger of migration 0013 that sends them.
TRIGGER = "invoice_scanner_document_changed"
#: Seconds between the listener's beats (a notification to its own session).
HEARTBEAT_S = 1.0
#: Seconds after which copies are not trusted when no later beat has come back.
SILENCE_S = 3.0
#: Longest wait between reconnection attempts.
MAX_BACKOFF_S = 10.0

#: Every cache of this process: a commit made here drops the copies of all of them.
_CACHES: weakref.WeakSet[StatusCache] = weakref.WeakSet()


class StatusCache:
    """Status rows by document id, each with the company it was read for."""

    def __init__(self, connect_args: tuple[Any, dict[str, Any]], size: int) -> None:
        self.connect_args = connect_args
        self.size = size
        self._rows: dict[uuid.UUID, tuple[uuid.UUID, StatusRow]] = {}
        self._lock = threading.Lock()
        #: Bumped by every drop; a read is kept only if no drop happened while it ran.
        self._epoch = 0
        #: ``time.monotonic()`` when the latest beat that came back was sent; 0 when none has.
        self._heard = 0.0
        self._pid: int | None = None
        _CACHES.add(self)

    @property
    def trusted(self) -> bool:
        return (
            self._pid == os.getpid()
            and self._heard > 0
            and time.monotonic() - self._heard <= SILENCE_S
        )

    def epoch(self) -> int | None:
        """The epoch to :meth:`put` a read under, taken before the read; ``None`` while the
        copies are not trusted (the first call in a process starts its listener)."""
        if self.size <= 0:
            return None
        if self._pid != os.getpid():
            self._start()
            return None
        # The epoch first: a subscription lost after it bumps it, so a read that straddles the
        # loss (and the new subscription, which bumps it again) is never kept.
        epoch = self._epoch
        return epoch if self.trusted else None

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._rows

    def get(self, company_id: uuid.UUID, document_id: uuid.UUID) -> StatusRow | None:
        """The copy of the document's status row, if there is a trusted one for this company."""
        if not self._rows or not self.trusted:
            return None
        found = self._rows.get(document_id)
        if found is None or found[0] != company_id:
            return None
        return found[1]

    def put(
        self, company_id: uuid.UUID, document_id: uuid.UUID, row: StatusRow, epoch: int
    ) -> None:
        """Keep ``row`` unless anything was dropped since ``epoch`` was taken."""
        with self._lock:
            if epoch != self._epoch or not self.trusted:
                return
            if document_id not in self._rows and len(self._rows) >= self.size:
                del self._rows[next(iter(self._rows))]
            self._rows[document_id] = (company_id, row)

    def drop(self, document_ids: Iterable[str] | None = None) -> None:
        """Drop the named documents' copies (every copy when ``None``)."""
        with self._lock:
            self._epoch += 1
            if document_ids is None:
                self._rows.clear()
                return
            for text in document_ids:
                try:
                    self._rows.pop(uuid.UUID(text), None)
                except ValueError:
                    self._rows.clear()  # not an id: whatever it meant, forget everything

    def _following(self, heard: float | None) -> None:
        """A beat the listener sent at ``heard`` came back, or (``None``) its connection is
        gone. Trust regained drops nothing but bumps the epoch: reads begun before it are not
        kept."""
        if heard is None:
            self._heard = 0.0
            self.drop()
            return
        with self._lock:
            if not self.trusted:
                self._epoch += 1
            self._heard = max(self._heard, heard)

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            # A forked child inherits the parent's copies but neither its thread nor its
            # connection: it starts empty and listens for itself.
            self._pid, self._heard = os.getpid(), 0.0
            self._rows.clear()
            self._epoch += 1
        threading.Thread(
            target=_follow, args=(weakref.ref(self),), name="status-cache", daemon=True
        ).start()


def for_engine(engine: Engine, size: int) -> StatusCache:
    """A cache whose listener connects as ``engine`` does (its URL and connection arguments)."""
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    return StatusCache((tuple(args), dict(kwargs)), size)


def _drop_everywhere(*_: Any) -> None:
    for cache in list(_CACHES):
        cache.drop()


def _after_fork_in_child() -> None:
    # A lock another thread of the parent held at the fork would never be released here.
    for cache in list(_CACHES):
        cache._lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)


# A commit made by this process: every copy goes, after the commit (a session's), and before
# it too (a connection's own commit, which has no event after it; the notification follows).
event.listen(Session, "after_commit", _drop_everywhere)
event.listen(Engine, "commit", _drop_everywhere)


def _follow(ref: weakref.ref[StatusCache]) -> None:
    backoff = 0.5
    while True:
        cache = ref()
        if cache is None or cache._pid != os.getpid():
            return
        args, kwargs = cache.connect_args
        del cache
        ended = _subscription(ref, args, kwargs)
        if ended == "gone":
            return
        if ended == "listened":
            backoff = 0.5
        elif ended == "no trigger":
            backoff = MAX_BACKOFF_S
        if not pause_while_alive(ref, backoff):
            return
        backoff = min(backoff * 2, MAX_BACKOFF_S)


def _subscription(ref: weakref.ref[StatusCache], args: Any, kwargs: dict[str, Any]) -> str:
    """One connection's life: "gone" (the cache is), "listened" (it listened, then failed),
    "no trigger" or "failed" (before listening). The copies are dropped when it ends."""
    conn = None
    listening = False
    try:
        conn = psycopg2.connect(
            *args,
            **{
                **kwargs,
                "connect_timeout": 2,
                "application_name": f"status-cache:{os.getpid()}",
                "keepalives": 1,
                "keepalives_idle": 2,
                "keepalives_interval": 1,
                "keepalives_count": 2,
            },
        )
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(
                "SELECT 1 FROM pg_trigger WHERE tgname = %s AND tgenabled <> 'D'", (TRIGGER,)
            )
            if cur.fetchone() is None:
                raise _NoTrigger
        listening = True
        return "listened" if _listen(ref, conn) else "gone"
    except _NoTrigger:
        # Nothing would announce a change: the copies stay off until the migration runs.
        if not _warned:
            logger.warning("no document change trigger (migration 0013): status copies off")
            _warned.append(True)
        return "no trigger"
    except (psycopg2.Error, OSError) as exc:
        logger.warning("document change notifications interrupted: %s", type(exc).__name__)
    except Exception:  # never let the thread die: the copies would stay off for good
        logger.exception("document change listener failed")
    finally:
        cache = ref()
        if cache is not None:
            cache._following(None)
        del cache
        if conn is not None:
            conn.close()
    return "listened" if listening else "failed"


#: Whether this process has said that the trigger is missing (once is enough).
_warned: list[bool] = []


class _NoTrigger(Exception):
    """The database has no trigger announcing document changes."""


def _listen(ref: weakref.ref[StatusCache], conn: Any) -> bool:
    """Drop copies as notifications arrive until the connection fails (raises) or the cache is
    gone (False). A beat that comes back vouches for the copies as of when it was sent: every
    change committed before it was delivered first (one queue, in commit order)."""
    beat_channel = f"{CHANNEL}_beat_{os.getpid()}"
    with conn.cursor() as cur:
        cur.execute(f"LISTEN {CHANNEL}; LISTEN {beat_channel}")
    sent: dict[str, float] = {}
    beats = 0
    pinged = 0.0
    while True:
        now = time.monotonic()
        if now - pinged >= HEARTBEAT_S:
            beats += 1
            sent = {k: t for k, t in sent.items() if now - t <= SILENCE_S}
            sent[str(beats)] = now
            with conn.cursor() as cur:
                cur.execute(f"NOTIFY {beat_channel}, %s", (str(beats),))
            pinged = now
        else:
            readable, _, _ = select.select([conn], [], [], HEARTBEAT_S - (now - pinged))
            if readable:
                conn.poll()
        cache = ref()
        if cache is None or cache._pid != os.getpid():
            return False
        heard: float | None = None
        if conn.notifies:
            ids = []
            for note in conn.notifies:
                if note.channel == beat_channel:
                    at = sent.pop(note.payload, None)
                    heard = at if heard is None or (at is not None and at > heard) else heard
                else:
                    ids.append(note.payload)
            conn.notifies.clear()
            if ids:
                cache.drop(ids)
        if heard is not None:
            cache._following(heard)
        del cache
