"""Webhook rules both services apply: which URLs may be called, and how a body is signed.

**Addresses.** Only ``http`` and ``https``. Every address the host resolves to must be public:
private, loopback, link-local, multicast, reserved and unspecified addresses are refused, unless
the host is named in ``WEBHOOK_ALLOWED_HOSTS`` (exact host names or IP addresses, comma
separated) or ``WEBHOOK_ALLOW_PRIVATE=true``. The API checks when a URL is registered; the
worker checks again when it sends, and its HTTP client (requests-hardened) checks the address
it actually connects to, so a name that resolves differently later (DNS rebinding) is refused.

**Signature.** ``X-Invoice-Scanner-Signature: v1=<hex>`` where ``<hex>`` is
HMAC-SHA256(secret, ``<timestamp>.<body>``) and ``<timestamp>`` is the Unix time in
``X-Invoice-Scanner-Timestamp``. A receiver recomputes it over the raw body, compares in
constant time, and refuses timestamps more than ``REPLAY_WINDOW_S`` (300 s) from its clock;
``X-Invoice-Scanner-Delivery`` (the same on every retry of one delivery) lets it drop repeats.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from invoice_scanner_common.settings import Env

SIGNATURE_HEADER = "X-Invoice-Scanner-Signature"
TIMESTAMP_HEADER = "X-Invoice-Scanner-Timestamp"
DELIVERY_HEADER = "X-Invoice-Scanner-Delivery"
EVENT_HEADER = "X-Invoice-Scanner-Event"
REPLAY_WINDOW_S = 300


class RefusedURLError(ValueError):
    """The URL may not be called (scheme, or an address that is not public)."""


@dataclass(frozen=True)
class UrlPolicy:
    allowed_hosts: frozenset[str] = frozenset()
    allow_private: bool = False

    @classmethod
    def from_env(cls, env: Env) -> UrlPolicy:
        hosts = env.str("WEBHOOK_ALLOWED_HOSTS", "")
        return cls(
            allowed_hosts=frozenset(h.strip().lower() for h in hosts.split(",") if h.strip()),
            allow_private=env.bool("WEBHOOK_ALLOW_PRIVATE", False),
        )

    def trusts(self, host: str) -> bool:
        """Whether this host may resolve to private addresses (named by the operator)."""
        return self.allow_private or host.lower() in self.allowed_hosts

    def check(self, url: str, *, resolve: bool = True) -> str:
        """The URL's host when it may be called; else :class:`RefusedURLError` saying why."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RefusedURLError("only http:// and https:// URLs with a host are accepted")
        if parts.username or parts.password:
            raise RefusedURLError("credentials in the URL are not accepted")
        host = parts.hostname
        if self.trusts(host) or not resolve:
            return host
        for address in resolve_host(host, parts.port or (443 if parts.scheme == "https" else 80)):
            if not is_public(address):
                raise RefusedURLError(
                    f"{host} resolves to a private, loopback or link-local address; "
                    "the operator has not allowed it"
                )
        return host


def resolve_host(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        raise RefusedURLError(f"{host} does not resolve") from None
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or ip in ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT
    )


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"v1={digest.hexdigest()}"


def verify(
    secret: str, headers: Mapping[str, str], body: bytes, *, now: float | None = None
) -> bool:
    """What a receiver does: a valid signature over a fresh timestamp."""
    try:
        timestamp = int(headers[TIMESTAMP_HEADER])
    except (KeyError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - timestamp) > REPLAY_WINDOW_S:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), headers.get(SIGNATURE_HEADER, ""))
