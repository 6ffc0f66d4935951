"""auth/mirror.py: each API process's copy of the token revocation list, over Redis pub/sub.

Against the test Redis: the copy loads what was revoked before it started, hears what is
revoked after, forgets what expired, is not trusted while its subscription is down (the caller
then asks Redis per request), recovers from a killed connection, and another API process's
logout reaches this one.
"""

from __future__ import annotations

import gc
import io
import os
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from redis import Redis

from invoice_scanner_api import create_app
from invoice_scanner_api.auth.mirror import RevocationMirror, event
from invoice_scanner_api.config import ApiSettings


def _until(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"not within {timeout} s")


@pytest.fixture
def redis_url(test_env: dict[str, str]) -> str:
    return test_env["REDIS_URL"]


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    name = f"test_mirror_{uuid.uuid4().hex[:8]}"
    yield name
    r = Redis.from_url(redis_url)
    for key in r.scan_iter(match=f"{name}:*"):
        r.delete(key)
    r.close()


def _kill_subscription(r: Redis, prefix: str) -> int:
    ids = [
        c["id"]
        for c in r.client_list(_type="pubsub")
        if c["name"].startswith(f"revocation-mirror:{prefix}:")
    ]
    for client_id in ids:
        r.client_kill_filter(_id=client_id)
    return len(ids)


def test_the_copy_loads_hears_and_forgets(redis_url: str, prefix: str) -> None:
    r = Redis.from_url(redis_url)
    old, new, brief, other = (f"{prefix}:jti:{n}" for n in ("old", "new", "brief", "other"))
    r.set(old, 1, ex=60)
    mirror = RevocationMirror(redis_url, prefix)
    assert mirror.lookup([old]) is None  # not loaded yet: the caller asks Redis
    _until(lambda: mirror.ready)
    assert mirror.lookup([old]) is True and mirror.lookup([other]) is False

    r.set(new, 1, ex=60)
    r.publish(mirror.channel, event([new], 60))
    _until(lambda: mirror.lookup([other, new]))
    r.publish(mirror.channel, event([brief], 1))
    _until(lambda: mirror.lookup([brief]))
    time.sleep(1.05)
    assert mirror.lookup([brief]) is False  # expired, as the Redis key does
    r.close()


def test_a_killed_subscription_is_not_trusted_until_reloaded(redis_url: str, prefix: str) -> None:
    r = Redis.from_url(redis_url)
    mirror = RevocationMirror(redis_url, prefix)
    mirror.lookup([])
    _until(lambda: mirror.ready)
    assert _kill_subscription(r, prefix) == 1
    _until(lambda: not mirror.ready)
    assert mirror.lookup([f"{prefix}:jti:any"]) is None
    # Revoked while nobody listened: the reload finds it.
    missed = f"{prefix}:sid:missed"
    r.set(missed, 1, ex=60)
    _until(lambda: mirror.ready)
    assert mirror.lookup([missed]) is True
    r.close()


def test_no_redis_means_no_copy(prefix: str) -> None:
    mirror = RevocationMirror("redis://127.0.0.1:1/0", prefix)
    assert mirror.lookup([f"{prefix}:jti:x"]) is None
    time.sleep(0.5)
    assert not mirror.ready and mirror.lookup([f"{prefix}:jti:x"]) is None


def test_the_thread_ends_with_its_app(redis_url: str, prefix: str) -> None:
    """Also while it waits to reconnect (its Redis is unreachable): tests and apps that come
    and go must not leave threads behind."""
    for url in (redis_url, "redis://127.0.0.1:1/0"):
        before = set(threading.enumerate())
        mirror = RevocationMirror(url, prefix)
        mirror.lookup([])
        started = [t for t in threading.enumerate() if t not in before]
        assert [t.name for t in started] == ["revocation-mirror"]
        if url == redis_url:
            ref = weakref.ref(mirror)
            _until(lambda: ref().ready)  # type: ignore[union-attr]  # noqa: B023
        else:
            time.sleep(1.2)  # failed once, now waiting to reconnect
        del mirror
        gc.collect()
        _until(lambda: not started[0].is_alive(), 3)  # noqa: B023


def test_a_logout_in_another_process_reaches_this_one(
    app: Flask, make_account: Any, png_bytes: Callable[[str], bytes], test_env: dict[str, str]
) -> None:
    """Two apps stand for two API processes: each has its own copy of the list."""
    acct = make_account()
    client = app.test_client()
    up = client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(png_bytes("MIRROR")), "m.png")},
        headers=acct["headers"],
    )
    assert up.status_code == 201, up.json
    status = f"/documents/{up.json['document']['id']}/status"
    assert client.get(status, headers=acct["headers"]).status_code == 200
    mirror = app.extensions["invoice_scanner_revocation_mirror"]
    _until(lambda: mirror.ready and mirror._pid == os.getpid())

    other = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    assert other.test_client().post("/auth/logout", headers=acct["headers"]).status_code == 200
    revoked = _until(lambda: client.get(status, headers=acct["headers"]).status_code == 401, 2)
    assert revoked
