"""This API process's copy of the token revocation list, kept current over Redis pub/sub.

Every poll of a document checks its token against the revocation list (logout). Asking Redis
each time was a round trip and a seventh of the status endpoint's cost, so each process keeps
the list in memory:

* a background thread subscribes to the revocation channel, then loads every revoked key with
  its remaining lifetime (``SCAN`` + ``PTTL``), and from then on applies each revocation as it
  is published (:meth:`Revocations.revoke` writes the keys and publishes them in one
  transaction);
* the process that serves a logout records it at once; the others hear of it within the time
  of one pub/sub message (milliseconds);
* the copy is trusted only while the subscription is known to be alive: the thread pings the
  channel every :data:`HEARTBEAT_S` seconds and drops its copy when nothing, not even the pong,
  came back for :data:`SILENCE_S` seconds or the connection failed. Until it has subscribed
  and loaded again, :meth:`RevocationMirror.lookup` answers ``None`` and the caller asks Redis
  per request, as before.

The thread is started lazily in the process that first asks (a forked gunicorn worker starts
its own) and stops when its app is garbage-collected.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from redis import Redis, RedisError
from redis.client import PubSub

logger = logging.getLogger(__name__)

#: Seconds between pings on the subscription.
HEARTBEAT_S = 5.0
#: Seconds without any message (a pong included) after which the copy is no longer trusted.
SILENCE_S = 15.0
#: Longest wait between reconnection attempts.
MAX_BACKOFF_S = 10.0


def event(keys: Sequence[str], ttl_seconds: int) -> str:
    """The message published for one revocation: its lifetime, then its keys."""
    return " ".join([str(int(ttl_seconds)), *keys])


def parse_event(data: bytes | str) -> tuple[float, list[str]]:
    text = data.decode() if isinstance(data, bytes) else data
    ttl, *keys = text.split()
    return float(ttl), keys


class RevocationMirror:
    """Revoked keys (``<prefix>:jti:…``, ``<prefix>:sid:…``) with the time each expires."""

    def __init__(self, redis_url: str, prefix: str) -> None:
        self.redis_url = redis_url
        self.prefix = prefix
        self.channel = f"{prefix}:events"
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()
        self._ready = False
        self._pid: int | None = None

    @property
    def ready(self) -> bool:
        return self._ready and self._pid == os.getpid()

    def lookup(self, keys: Iterable[str]) -> bool | None:
        """Whether any of ``keys`` is revoked; ``None`` while the copy is not trustworthy."""
        if self._pid != os.getpid():
            self._start()
            return None
        if not self._ready:
            return None
        now = time.time()
        until = self._until
        return any(until.get(key, 0.0) > now for key in keys)

    def add(self, keys: Iterable[str], ttl_seconds: float) -> None:
        self._merge(dict.fromkeys(keys, time.time() + ttl_seconds))

    def _merge(self, ends: dict[str, float], *, ready: bool = False) -> None:
        """Each key revoked until the later of its known end and ``ends``'s."""
        with self._lock:
            for key, end in ends.items():
                self._until[key] = max(self._until.get(key, 0.0), end)
            if ready:
                self._ready = True

    def purge(self) -> None:
        now = time.time()
        with self._lock:
            self._until = {k: v for k, v in self._until.items() if v > now}

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            # A forked child inherits the parent's copy but not its thread.
            self._pid, self._ready = os.getpid(), False
        threading.Thread(
            target=_follow, args=(weakref.ref(self),), name="revocation-mirror", daemon=True
        ).start()

    def _load(self, snapshot: dict[str, float]) -> None:
        self._merge(snapshot, ready=True)


def _snapshot(client: Redis, prefix: str) -> dict[str, float]:
    """Every revoked key in Redis and when it expires."""
    keys = [k.decode() for k in client.scan_iter(match=f"{prefix}:*", count=1000)]
    with client.pipeline(transaction=False) as pipe:
        for key in keys:
            pipe.pttl(key)
        ttls = pipe.execute()
    now = time.time()
    # -1: no expiry (never written so, but kept for a day rather than dropped); -2: gone.
    return {
        k: now + (ms / 1000 if ms >= 0 else 86400)
        for k, ms in zip(keys, ttls, strict=True)
        if ms != -2
    }


def _follow(ref: weakref.ref[RevocationMirror]) -> None:
    backoff = 0.5
    while True:
        mirror = ref()
        if mirror is None or mirror._pid != os.getpid():
            return
        url, prefix, channel = mirror.redis_url, mirror.prefix, mirror.channel
        del mirror
        client = Redis.from_url(
            url,
            socket_timeout=SILENCE_S,
            socket_connect_timeout=2,
            client_name=f"revocation-mirror:{prefix}:{os.getpid()}",
        )
        pubsub = client.pubsub()
        try:
            _subscribe(pubsub, channel)
            snapshot = _snapshot(client, prefix)
            mirror = ref()
            if mirror is None:
                return
            mirror._load(snapshot)
            del mirror
            backoff = 0.5
            if not _listen(ref, pubsub):
                return
        except (RedisError, OSError, ValueError) as exc:
            logger.warning("token revocation events interrupted: %s", type(exc).__name__)
        finally:
            mirror = ref()
            if mirror is not None:
                mirror._ready = False
            del mirror
            pubsub.close()
            client.close()
        if not pause_while_alive(ref, backoff):
            return
        backoff = min(backoff * 2, MAX_BACKOFF_S)


def pause_while_alive(ref: weakref.ref[Any], seconds: float) -> bool:
    """Wait before reconnecting, in short steps; False as soon as ``ref``'s object is gone
    (this mirror's app, a status cache: ``documents.statuscache``)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if ref() is None:
            return False
        time.sleep(min(0.25, max(0.0, end - time.monotonic())))
    return ref() is not None


def _subscribe(pubsub: PubSub, channel: str) -> None:
    pubsub.subscribe(channel)
    deadline = time.monotonic() + SILENCE_S
    while time.monotonic() < deadline:
        message = pubsub.get_message(timeout=1.0)
        if message is not None and message["type"] == "subscribe":
            return
    raise TimeoutError("no subscription confirmation")


def _listen(ref: weakref.ref[RevocationMirror], pubsub: PubSub) -> bool:
    """Apply revocations until the subscription fails (raises) or the app is gone (False)."""
    heard = pinged = purged = time.monotonic()
    while True:
        message = pubsub.get_message(timeout=1.0)
        now = time.monotonic()
        mirror = ref()
        if mirror is None or mirror._pid != os.getpid():
            return False
        if message is not None:
            heard = now
            if message["type"] == "message":
                ttl, keys = parse_event(message["data"])
                mirror.add(keys, ttl)
        if now - purged >= 60:
            mirror.purge()
            purged = now
        del mirror
        if now - heard > SILENCE_S:
            raise TimeoutError("revocation events went silent")
        if now - pinged >= HEARTBEAT_S:
            pubsub.ping()
            pinged = now
