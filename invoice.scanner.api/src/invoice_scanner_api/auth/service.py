"""Accounts: companies, users, argon2 password hashes and JWT identities."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import request
from flask_jwt_extended import get_jwt, get_jwt_identity, verify_jwt_in_request
from flask_jwt_extended.exceptions import RevokedTokenError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoice_scanner_api.extensions import revocation_keys, revocations
from invoice_scanner_common.db import Company, User

_hasher = PasswordHasher()
# Verifying against a dummy hash when the email is unknown keeps login timing the same for
# known and unknown accounts.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


logger = logging.getLogger(__name__)

#: argon2 is meant to be expensive (64 MiB, 4 lanes, ~50 ms a hash); a login flood must not
#: take every core from the requests next to it, so each API process hashes one at a time...
_HASH_SLOTS = threading.BoundedSemaphore(1)
_HASH_WAIT_S = 10
#: ... on a thread of its own whose CPU priority is lowered (nice +10; argon2's lane threads
#: inherit it): while logins hash, the scheduler still gives the other requests' threads (and
#: gunicorn's accepting thread) the cores first. Measured: /health under a login flood went
#: from a median of 39 ms to 12 ms (max 78 ms) on the server (ARCHITECTURE.md, Hardening).
HASH_NICENESS = 10


def _lower_priority() -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASH_NICENESS)
    except OSError as exc:  # not fatal: hashing then competes at normal priority
        logger.warning("could not lower the hashing thread's priority: %s", exc)


_HASH_THREAD = ThreadPoolExecutor(
    max_workers=1, thread_name_prefix="argon2", initializer=_lower_priority
)
T = TypeVar("T")


def _hash_call(fn: Callable[..., T], *args: str) -> T:
    """``fn(*args)`` on the low-priority hashing thread, one at a time per process."""
    with _hash_slot():
        return _HASH_THREAD.submit(fn, *args).result()


class EmailTakenError(Exception):
    pass


class HashingBusyError(Exception):
    """No hashing slot came free in time: the server is flooded with logins; retry later."""


@contextmanager
def _hash_slot() -> Iterator[None]:
    if not _HASH_SLOTS.acquire(timeout=_HASH_WAIT_S):
        raise HashingBusyError
    try:
        yield
    finally:
        _HASH_SLOTS.release()


@dataclass(frozen=True)
class Principal:
    user_id: uuid.UUID
    company_id: uuid.UUID


def normalise_email(email: str) -> str:
    return email.strip().lower()


def register(session: Session, email: str, password: str, company_name: str) -> User:
    email = normalise_email(email)
    if session.scalar(select(User.id).where(func.lower(User.email) == email)) is not None:
        raise EmailTakenError(email)
    password_hash = _hash_call(_hasher.hash, password)
    company = Company(name=company_name.strip())
    user = User(email=email, password_hash=password_hash, company=company)
    session.add_all([company, user])
    try:
        session.commit()
    except IntegrityError:
        # Two registrations raced for the same email; the unique index decided.
        session.rollback()
        raise EmailTakenError(email) from None
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.email == normalise_email(email)))
    try:
        _hash_call(_hasher.verify, user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def current_principal() -> Principal:
    """The caller of a ``@jwt_required()`` view: user and company from the token."""
    claims = get_jwt()
    return Principal(user_id=uuid.UUID(get_jwt_identity()), company_id=uuid.UUID(claims["cid"]))


@dataclass(frozen=True)
class _Verified:
    principal: Principal
    expires: float
    #: What the revocation list is keyed by (``jti``, ``sid``), checked on every use.
    claims: dict[str, str]


class _VerifiedTokens:
    """Tokens this process has verified, with their principal, expiry and ids (LRU, bounded).

    A token's signature and claims cannot change, so a token verified once need not be
    decoded again until it expires; what can change is whether it was revoked (logout), which
    is asked of the revocation list on every use, as ``@jwt_required()`` does.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._items: OrderedDict[str, _Verified] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, token: str) -> _Verified | None:
        with self._lock:
            hit = self._items.get(token)
            if hit is None:
                return None
            if hit.expires <= time.time():
                del self._items[token]
                return None
            self._items.move_to_end(token)
            return hit

    def put(self, token: str, verified: _Verified) -> None:
        with self._lock:
            self._items[token] = verified
            self._items.move_to_end(token)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_verified = _VerifiedTokens()


def cached_principal(
    authorization: str, mirror_lookup: Callable[[list[str]], bool | None]
) -> Principal | None:
    """The principal of an ``Authorization`` header this process verified before, when the
    revocation list's local copy (``mirror_lookup``) says it is not revoked; None for anything
    else (not seen, expired, revoked, or the copy not trustworthy yet), which
    :func:`verified_principal` then answers in full. For ``documents.fastpath``, outside Flask."""
    hit = _verified.get(authorization) if authorization else None
    if hit is None or mirror_lookup(revocation_keys(hit.claims)) is not False:
        return None
    return hit.principal


def verified_principal() -> Principal:
    """``@jwt_required()`` and ``current_principal()`` in one, for the endpoints clients poll:
    a token this process verified before is not decoded again until it expires, but is still
    checked against the revocation list (one Redis ``EXISTS``). A missing, bad or revoked token
    raises flask-jwt-extended's own errors (the same 401 answers)."""
    header = request.headers.get("Authorization", "")
    hit = _verified.get(header) if header else None
    if hit is not None:
        if revocations.is_revoked(hit.claims):
            raise RevokedTokenError({}, dict(hit.claims))
        return hit.principal
    verify_jwt_in_request()
    principal = current_principal()
    claims = get_jwt()
    expires = claims.get("exp")
    if header and expires is not None:
        ids = {k: str(claims[k]) for k in ("jti", "sid") if claims.get(k)}
        _verified.put(header, _Verified(principal, float(expires), ids))
    return principal
