"""The prediction stage: OCR output in, invoice fields out. Pure; the Celery task calls it.

The stage receives its extractors (:class:`~invoice_scanner_processing.extractors.base.
FieldExtractor`): the one ``LLM_PROVIDER`` names and, beside a hosted LLM, the rule reader as a
reference, a second opinion for per-field confidence and, when the LLM fails, the fallback
(``LLM_FALLBACK=offline``). A fallback prediction always carries a flag, so the document goes
to manual review. The pipeline builds both from the settings (:mod:`invoice_scanner_processing.
providers.llm.factory`).
"""

from __future__ import annotations

import logging
import re
import time
from datetime import date
from decimal import Decimal
from typing import Any

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.base import FieldExtractor
from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.parsing import LlmOutputError
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.schema import CENT, InvoiceFields, LineItem, Prediction, VatLine

logger = logging.getLogger(__name__)

#: Flags a fallback prediction carries (evaluation routes any flagged document to review).
FLAG_MALFORMED = "llm_malformed_output"
FLAG_UNAVAILABLE = "llm_unavailable"  # transient failures outlasted the retry budget
FLAG_REFUSED = "llm_refused"  # bad key, refused or invalid request: retrying cannot help

#: Per-field confidence from agreement between the LLM and the rule reader.
CONF_AGREE = 0.95
CONF_LLM_ONLY = 0.7  # the rule reader found nothing to compare with
CONF_DISAGREE = 0.4

#: Fields compared for agreement: every scalar field of the invoice model.
COMPARED_FIELDS = tuple(
    name
    for name, info in InvoiceFields.model_fields.items()
    if info.annotation not in (list[VatLine], list[LineItem])
)

_NON_ALNUM = re.compile(r"[\W_]+")


def predict(
    document: OcrDocument,
    extractor: FieldExtractor,
    settings: LlmSettings,
    *,
    reference: FieldExtractor | None = None,
) -> Prediction:
    """Predict the invoice fields of ``document``.

    Contract:
    - ``extractor`` answers. Without a ``reference`` (the extractor is the rule reader itself)
      its prediction is returned as it is.
    - With a ``reference`` (the rule reader beside a hosted LLM) ``confidence`` comes from
      :func:`agreement_confidence` against the reference's reading, and ``evidence`` from the
      reference for the fields both agree on; a failing reference only costs the agreement.
    - A :class:`ProviderError` (after the provider's own retries and repair attempt) falls back
      to the reference's prediction with a flag when ``settings.fallback == "offline"``; with
      ``"none"``, or without a reference, it propagates, so the task ends ``predict_error``.
    """
    started = time.perf_counter()
    if reference is None:
        return extractor.predict(document)
    try:
        prediction = extractor.predict(document)
    except ProviderError as exc:
        if settings.fallback == "none":
            logger.error("%s failed and LLM_FALLBACK=none: %s", extractor.name, exc)
            raise
        flag = fallback_flag(exc)
        # A rejected key or request fails every document alike: that is for an operator.
        logger.log(
            logging.ERROR if flag == FLAG_REFUSED else logging.WARNING,
            "%s failed (%s), using the %s extractor instead: %s",
            extractor.name,
            flag,
            reference.name,
            exc,
        )
        fallback = reference.predict(document)
        update: dict[str, Any] = {
            "flags": [*fallback.flags, flag],
            "seconds": round(time.perf_counter() - started, 3),
        }
        if isinstance(exc, LlmOutputError):
            # Tokens were spent on the malformed answers; account for them.
            update["usage"] = exc.usage
        return fallback.model_copy(update=update)

    try:
        second: Prediction | None = reference.predict(document)
    except Exception:
        # The second opinion is optional: a bug there must not lose a good LLM answer.
        logger.exception("%s extractor failed; LLM confidence without agreement", reference.name)
        second = None
    second_fields = second.fields if second is not None else None
    confidence = agreement_confidence(prediction.fields, second_fields)
    evidence = dict(prediction.evidence)
    if second is not None:
        for name, value in second.evidence.items():
            if confidence.get(name) == CONF_AGREE and name not in evidence:
                evidence[name] = value
    return prediction.model_copy(
        update={
            "confidence": {**confidence, **prediction.confidence},
            "evidence": evidence,
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


def fallback_flag(exc: ProviderError) -> str:
    """The review flag for a provider failure."""
    if isinstance(exc, LlmOutputError):
        return FLAG_MALFORMED
    return FLAG_UNAVAILABLE if exc.transient else FLAG_REFUSED


def agreement_confidence(llm: InvoiceFields, offline: InvoiceFields | None) -> dict[str, float]:
    """Per-field confidence of the LLM's values, judged by the rule reader's (``offline``).

    Both found the same value: :data:`CONF_AGREE`. Different values, or the LLM found nothing
    where the rule reader found something: :data:`CONF_DISAGREE`. Only the LLM found a
    value: :data:`CONF_LLM_ONLY`. Fields neither found get no entry.
    """
    out: dict[str, float] = {}
    for name in COMPARED_FIELDS:
        mine = getattr(llm, name)
        theirs = getattr(offline, name) if offline is not None else None
        if mine is None and theirs is None:
            continue
        if theirs is None:
            out[name] = CONF_LLM_ONLY
        elif mine is not None and same_value(mine, theirs):
            out[name] = CONF_AGREE
        else:
            out[name] = CONF_DISAGREE
    return out


def same_value(a: Any, b: Any) -> bool:
    """Equal up to formatting: amounts within a cent, text ignoring case and punctuation."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= CENT
    if isinstance(a, date) or isinstance(b, date):
        return bool(a == b)
    if isinstance(a, str) and isinstance(b, str):
        x = _NON_ALNUM.sub("", a.casefold())
        y = _NON_ALNUM.sub("", b.casefold())
        # Names and addresses are often cut differently ("ACME GmbH" vs "ACME GmbH Berlin").
        return x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x))
    return bool(a == b)
