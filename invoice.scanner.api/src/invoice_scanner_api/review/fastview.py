"""``GET /documents/{id}`` in one query: the review view without the ORM or marshmallow.

The review view (``evidence.review_view`` through ``ReviewDocumentSchema``) cost three to four
queries in a transaction, lazy loads and a marshmallow dump of every field's evidence, about 20
times the CPU of a bare endpoint. Here one prepared statement (``reads.DOCUMENT``) brings the
document, its result, audit trail and supplier; the view is built by the same functions
(``evidence.fields_view`` and friends, over plain row objects) and serialised by :func:`dump`,
which converts each value exactly as the schema's fields do (``Float`` → ``float()``, ``String``
→ ``str()``, ``Date``/``DateTime`` → ISO, ``Integer`` → ``int()``, a key the schema would skip is
skipped). ``invoice.scanner.api/tests/test_fast_reads.py`` asserts the two bodies are equal
for every shape of document the review loop makes; the review actions (``PATCH``, approve,
reject) still answer through the schema.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any, cast

from flask import Response, current_app
from flask.json.provider import JSONProvider

from invoice_scanner_api.documents.flat_fields import shown_fields
from invoice_scanner_api.documents.reads import decoded_row
from invoice_scanner_api.review.evidence import (
    REVIEW_KEYS,
    checks_view,
    fields_view,
    line_items_view,
    original_view,
)
from invoice_scanner_common.fields import FieldSpec, ValueType


class ResultRow:
    """The columns of ``extraction_results`` the review view reads (an ORM row stand-in):
    ``data``, ``field_confidence``, ``evaluation`` and, as attributes, the flat columns."""

    def __init__(
        self, data: Any, field_confidence: Any, evaluation: Any, flat: dict[str, Any]
    ) -> None:
        self.data = data
        self.field_confidence = field_confidence
        self.evaluation = evaluation
        self._flat = flat

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_flat"][name]
        except KeyError:
            raise AttributeError(name) from None


def _flat_value(spec: FieldSpec, value: Any) -> Any:
    """A flat column as ``flat_fields.view_field`` dumps it."""
    if spec.type is ValueType.DATE:
        return _date(value)
    if spec.type is ValueType.MONEY:
        return _float(value)
    return _str(value)


#: Where the flat columns start in a :data:`reads.DOCUMENT` row (they come last).
_FLAT_AT = 27


#: Built bodies kept per API process, keyed by the row they were built from: a body is a pure
#: function of its :data:`reads.DOCUMENT` row, so a cached one is exact for as long as the row
#: is unchanged, and any change (a stage's result, a correction, a supplier's new layout, a
#: deleted user) is a new row and a new key. Polling clients ask for the same unchanged row
#: again and again; building and encoding its body was about 70 % of the request's CPU
#: (ARCHITECTURE.md, "Performance"). At most this many bodies (a few KiB to a few tens of KiB
#: each) per process.
BODY_CACHE_SIZE = 512


_MIMETYPE = "application/json"


def document_response(raw: tuple[Any, ...]) -> Response:
    """The ``GET /documents/{id}`` response for a ``reads.raw_document_row``, as
    ``current_app.json.response(review_body(row))`` answers it."""
    provider = current_app.json
    return current_app.response_class(document_json(raw, provider), mimetype=_MIMETYPE)


@lru_cache(maxsize=BODY_CACHE_SIZE)
def document_json(raw: tuple[Any, ...], provider: JSONProvider) -> bytes:
    """The JSON of the body built from ``raw``, exactly as the app's JSON ``provider`` answers
    it (cached; see :data:`BODY_CACHE_SIZE`)."""
    response = cast(Response, provider.response(review_body(decoded_row(raw))))
    return response.get_data()


def review_body(row: tuple[Any, ...]) -> dict[str, Any]:
    """The JSON body of ``GET /documents/{id}`` from a :data:`reads.DOCUMENT` row."""
    doc_id, status, predicted, quality, filename, content_type, pages, created, reason = row[:9]
    has_supplier, match, has_result = row[9], row[10], row[11]
    shown = shown_fields()
    flat = dict(zip((spec.name for spec in shown), row[_FLAT_AT:], strict=True))
    result = ResultRow(row[12], row[13], row[14], flat) if has_result else None
    invoice = result.data if result else None
    if isinstance(invoice, dict):
        invoice = {k: v for k, v in invoice.items() if k not in REVIEW_KEYS}
    body: dict[str, Any] = {
        "id": doc_id,
        "status": _str(status),
        **{spec.name: _flat_value(spec, flat[spec.name]) if result else None for spec in shown},
        "predicted_accuracy": _float(predicted),
        "quality_score": _float(quality),
        "original_filename": _str(filename),
        "content_type": _str(content_type),
        "page_count": _int(pages),
        "created_at": _datetime(created),
        "invoice": _dict(invoice),
        "field_confidence": _dict(result.field_confidence) if result else None,
        "status_reason": _str(reason),
        "fields": _evidence_map(fields_view(result)),
        "checks": [_check(c) for c in checks_view(result)],
        "line_items": [dict(i) for i in line_items_view(result)],
        "original_prediction": _original(original_view(result)),
        "audit": _audit(row[15:22]),
        "supplier": _supplier(has_supplier, match, row[22:27]),
    }
    return body


# --- the schema fields' conversions ---------------------------------------------------------


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _date(value: date | None) -> str | None:
    return None if value is None else date.isoformat(value)


def _datetime(value: datetime | None) -> str | None:
    return None if value is None else datetime.isoformat(value)


def _dict(value: Any) -> dict[str, Any] | None:
    return None if value is None else dict(value)


def _list(value: Any, item: Callable[[Any], Any]) -> list[Any] | None:
    return None if value is None else [item(v) for v in value]


def _dumped(value: Mapping[str, Any], fields: Mapping[str, Callable[[Any], Any]]) -> dict:
    """A nested schema's dump: each declared key present in ``value``, converted."""
    return {key: convert(value[key]) for key, convert in fields.items() if key in value}


def _evidence(entry: Mapping[str, Any]) -> dict[str, Any]:
    return _dumped(
        entry,
        {
            "value": lambda v: v,
            "confidence": _float,
            "source": _str,
            "page": _int,
            "bbox": lambda v: _list(v, float),
        },
    )


def _evidence_map(value: Any) -> dict[str | None, Any] | None:
    if value is None:
        return None
    return {_str(k): None if v is None else _evidence(v) for k, v in value.items()}


def _check(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    return _dumped(
        value,
        {
            "name": _str,
            "passed": lambda v: v,  # marshmallow 4's Boolean dumps as is
            "severity": _str,
            "detail": _str,
            "fields": lambda v: _list(v, _str),
        },
    )


def _original(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return _dumped(
        value,
        {
            "fields": _evidence_map,
            "line_items": lambda v: _list(v, _dict),
            "checks": lambda v: _list(v, _check),
        },
    )


def _audit(columns: tuple[Any, ...]) -> list[dict[str, Any]]:
    actions, user_ids, emails, ats, olds, news, comments = columns
    if actions is None:  # no audit rows: array_agg over nothing is NULL
        return []
    return [
        {
            "action": _str(action),
            "user_id": user_id,  # uuid::text is str(UUID)
            "user_email": _str(email),
            "at": _datetime(at),
            "old": _dict(old),
            "new": _dict(new),
            "comment": _str(comment),
        }
        for action, user_id, email, at, old, new, comment in zip(
            actions, user_ids, emails, ats, olds, news, comments, strict=True
        )
    ]


def _supplier(has_supplier: bool, match: Any, columns: tuple[Any, ...]) -> dict[str, Any] | None:
    """``suppliers.service.document_supplier``, on the joined columns."""
    supplier_id, name, same_company, layout_ids, layout_versions = columns
    if not has_supplier or supplier_id is None or not same_company:
        return None
    match = match or {}
    layout_id = match.get("layout_id")
    version = next(
        (v for i, v in zip(layout_ids, layout_versions, strict=True) if i == layout_id), None
    )
    return {
        "id": supplier_id,
        "name": _str(name),
        "matched_by": [_str(x) for x in list(match.get("matched_by") or [])],
        "confidence": _float(match.get("confidence")),
        "layout_version": _int(version),
        "fields_from_memory": [_str(x) for x in list(match.get("fields") or [])],
    }
