"""Our one retry policy for LLM calls; the SDKs' own retries are switched off.

Policy: only :class:`ProviderError` with ``transient=True`` (429, 408, 409, 5xx, connection
errors, timeouts) is retried, at most ``LLM_MAX_RETRIES`` times after the first attempt. The
wait is exponential backoff with full jitter (uniform in ``[0, min(max, base * 2**n)]``, AWS
architecture blog "Exponential Backoff and Jitter"), unless the server sent ``Retry-After``
(seconds or an HTTP date) or ``retry-after-ms``: then exactly that, capped at
``LLM_RETRY_AFTER_MAX_S``. Built on tenacity, which google-genai already depends on.
"""

from __future__ import annotations

import email.utils
import logging
import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TypeVar

import tenacity

from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.settings import LlmSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Status codes a retry can fix. 409 is OpenAI's "conflict, try again"; 529 is Anthropic's
#: "overloaded" and falls under 5xx.
TRANSIENT_STATUS = frozenset({408, 409, 429})

#: Shapes of API keys, redacted from any text we log or raise even if a server echoes one.
_KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_\-]{8,}|AIza[0-9A-Za-z_\-]{20,})")


class ProviderStatusError(ProviderError):
    """A provider answered with an HTTP error status (kept in ``status``)."""

    def __init__(
        self, message: str, *, status: int, transient: bool, retry_after: float | None = None
    ) -> None:
        super().__init__(message, transient=transient, retry_after=retry_after)
        self.status = status


def is_transient_status(status: int) -> bool:
    return status in TRANSIENT_STATUS or status >= 500


def redact(text: str, secret: str | None) -> str:
    """``text`` without ``secret`` or anything shaped like an API key."""
    if secret:
        text = text.replace(secret, "***")
    return _KEY_SHAPES.sub("***", text)


def parse_retry_after(
    headers: Mapping[str, str] | None, *, now: float | None = None
) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    if (ms := lowered.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


def status_error(
    provider: str, status: int, message: str, headers: Mapping[str, str] | None, secret: str | None
) -> ProviderError:
    """The :class:`ProviderError` for an HTTP error answer, classified by status code."""
    reason = {
        401: "the API key was rejected",
        403: "the API key lacks permission for this model or request",
        404: "the model or endpoint does not exist",
        429: "rate limited",
    }.get(status, "the request failed")
    detail = redact(" ".join(str(message).split())[:300], secret)
    return ProviderStatusError(
        f"{provider}: HTTP {status}, {reason}: {detail}",
        status=status,
        transient=is_transient_status(status),
        retry_after=parse_retry_after(headers) if is_transient_status(status) else None,
    )


def call_with_retries(
    fn: Callable[[], T],
    settings: LlmSettings,
    *,
    what: str,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn`` (which raises :class:`ProviderError`) under the retry policy above."""
    jitter = tenacity.wait_random_exponential(
        multiplier=settings.backoff_base_s, max=settings.backoff_max_s
    )

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ProviderError) and exc.retry_after is not None:
            return min(exc.retry_after, settings.retry_after_max_s)
        return float(jitter(state))

    def before_sleep(state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        delay = state.next_action.sleep if state.next_action else 0.0
        logger.warning(
            "%s failed (attempt %d of %d), retrying in %.2fs: %s",
            what,
            state.attempt_number,
            settings.max_retries + 1,
            delay,
            exc,
        )

    retrying = tenacity.Retrying(
        # Bounded by attempts and by time: a retry whose wait would end past the budget is not
        # started, so the stage falls back (or fails) well inside its own time limit.
        stop=tenacity.stop_after_attempt(settings.max_retries + 1)
        | tenacity.stop_before_delay(settings.retry_budget_s),
        wait=wait,
        retry=tenacity.retry_if_exception(lambda e: isinstance(e, ProviderError) and e.transient),
        before_sleep=before_sleep,
        sleep=sleep,
        reraise=True,
    )
    return retrying(fn)
