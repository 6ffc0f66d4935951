from __future__ import annotations

import uuid
from typing import Any

from flask import current_app, request
from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort
from werkzeug.datastructures import FileStorage

from invoice_scanner_api.auth.service import current_principal, verified_principal
from invoice_scanner_api.documents import reads, service
from invoice_scanner_api.documents.schemas import (
    DocumentListQuerySchema,
    DocumentListSchema,
    StatusSchema,
    UploadResponseSchema,
    UploadSchema,
)
from invoice_scanner_api.extensions import db, limiter, tasks
from invoice_scanner_api.review.fastview import document_response
from invoice_scanner_api.review.schemas import ReviewDocumentSchema
from invoice_scanner_common.contracts import DocumentStatus, known_statuses
from invoice_scanner_common.logs import document_context

blp = Blueprint(
    "documents",
    __name__,
    url_prefix="/documents",
    description="Upload invoices, follow their processing and read the extracted data",
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
UPLOADS_LIMITED = (
    "The company uploaded too many documents in a short time; retry after the number of "
    "seconds in Retry-After"
)


HISTORY_PARAMETER = {
    "in": "query",
    "name": "history",
    "schema": {"type": "boolean", "default": False},
    "description": "Include the transition history (true: add it; left out by default)",
}
_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}


def _flag(raw: str | None, *, default: bool) -> bool:
    if raw is None:
        return default
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    abort(400, message="history must be true or false")
    raise AssertionError("abort() raises")  # for type checkers


def _load(document_id: uuid.UUID) -> Any:
    principal = current_principal()
    try:
        return service.get_for_company(db.session, principal.company_id, document_id)
    except LookupError:
        # Another company's document answers exactly like a missing one.
        abort(404, message="Document not found")


def _upload_limit() -> str:
    limit: str = current_app.config["SETTINGS"].rate_limits.upload_per_company
    return limit


def _company_key() -> str:
    """The caller's company (the token is verified by ``jwt_required`` before this runs)."""
    return f"company:{current_principal().company_id}"


@blp.route("/upload")
class Upload(MethodView):
    @jwt_required()
    # Per company, in Redis with the other limits (so every API process counts together).
    @limiter.limit(_upload_limit, key_func=_company_key, scope="upload-company")
    @blp.arguments(UploadSchema, location="files")
    @blp.response(201, UploadResponseSchema)
    @blp.alt_response(200, schema=UploadResponseSchema, description="Same bytes uploaded before")
    @blp.alt_response(400, description="Empty file or no file")
    @blp.alt_response(413, description="File, page count or image too large")
    @blp.alt_response(415, description="Not a supported document type")
    @blp.alt_response(422, description="Corrupt or encrypted document")
    @blp.alt_response(429, description=UPLOADS_LIMITED)
    @blp.doc(security=SECURITY)
    def post(self, files: dict[str, FileStorage]) -> Any:
        """Upload one invoice document and queue it for processing.

        The type is decided from the file's bytes, not its name. Uploading the same bytes again
        (or repeating an ``Idempotency-Key`` header) answers with the existing document.
        Uploads are limited per company (``RATE_LIMIT_UPLOAD_PER_COMPANY``, default 300 a
        minute and 10,000 a day): past it 429 with ``Retry-After``.
        """
        principal = current_principal()
        upload: FileStorage = files["file"]
        key = request.headers.get("Idempotency-Key")
        if key is not None and not (1 <= len(key) <= 200):
            abort(400, message="Idempotency-Key must be 1 to 200 characters")
        try:
            outcome = service.upload(
                db.session,
                tasks,
                current_app.config["SETTINGS"],
                company_id=principal.company_id,
                user_id=principal.user_id,
                stream=upload.stream,
                filename=upload.filename,
                idempotency_key=key,
            )
        except service.UploadError as exc:
            abort(exc.status, message=exc.message)
        doc = outcome.document
        with document_context(doc.id):
            if outcome.duplicate:
                message = "This file was uploaded before; returning the existing document"
            elif doc.queued:
                message = "Document uploaded and queued for processing"
            else:
                message = "Document uploaded; it will be queued when the broker is reachable"
            body = {
                "message": message,
                "document": doc,
                "task_id": doc.task_id,
                "queued": doc.queued,
                "duplicate": outcome.duplicate,
            }
            # 200 only for a duplicate by content; a repeated Idempotency-Key gets the first
            # answer again, which was a 201.
            return body, (200 if outcome.duplicate else 201)


@blp.route("")
class DocumentList(MethodView):
    @jwt_required()
    @blp.arguments(DocumentListQuerySchema, location="query")
    @blp.response(200, DocumentListSchema)
    @blp.doc(security=SECURITY)
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """The caller's company's documents, newest first; the review queue oldest first.

        ``needs_review=true`` lists ``manual_review`` and ``{step}_error`` documents with their
        failed checks. ``page`` above 10000 or ``page_size`` above 100 is a 422.
        """
        status = query.get("status")
        if status is not None and status not in known_statuses():
            abort(400, message=f"Unknown status {status!r}")
        filters = service.ListFilter(
            status=status,
            needs_review=query["needs_review"],
            date_from=query["date_from"],
            date_to=query["date_to"],
            vendor=query["vendor"],
        )
        docs, total = service.list_for_company(
            db.session, current_principal().company_id, query["page"], query["page_size"], filters
        )
        return {
            "documents": [service.listed_view(d) for d in docs],
            "page": query["page"],
            "page_size": query["page_size"],
            "total": total,
        }


@blp.route("/<uuid:document_id>")
class DocumentItem(MethodView):
    @blp.response(200, ReviewDocumentSchema)
    @blp.alt_response(401, description="Missing, invalid or expired token")
    @blp.alt_response(404, description="No such document in the caller's company")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID) -> Any:
        """The extracted invoice data (null fields until processing has produced them).

        Besides the flat fields: per-field evidence (``fields``), the ``checks``, the
        ``line_items``, the pipeline's ``original_prediction`` and the ``audit`` trail.
        One prepared query and the body built directly (``review.fastview``); the same body
        as the review actions answer through ``ReviewDocumentSchema``.
        """
        principal = verified_principal()
        row = reads.raw_document_row(principal.company_id, document_id)
        if row is None:
            # Another company's document answers exactly like a missing one.
            abort(404, message="Document not found")
        return document_response(row)  # type: ignore[arg-type]


@blp.route("/<uuid:document_id>/status")
class DocumentStatusView(MethodView):
    # Documented here and read by hand: webargs' parsing was an eighth of this view's time.
    @blp.doc(parameters=[HISTORY_PARAMETER])
    @blp.response(200, StatusSchema)
    @blp.alt_response(401, description="Missing, invalid or expired token")
    @blp.alt_response(404, description="No such document in the caller's company")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID) -> Any:
        """Processing status and progress; the transition history with ``?history=true``.

        A document that could not be queued at upload (broker down) is queued again here (at
        most every 30 seconds), so polling clients recover on their own once the broker is back.
        Polled every second by every client, so it is one indexed query (see ``reads``).
        ``stale`` says that nothing works on an unfinished document now (its worker died or its
        message was lost); ``retry_at`` is when the sweeper re-drives it at the latest.
        """
        principal = verified_principal()
        history = _flag(request.args.get("history"), default=False)
        row = reads.status_row(principal.company_id, document_id, history=history)
        if row is None:
            # Another company's document answers exactly like a missing one.
            abort(404, message="Document not found")
            raise AssertionError("abort() raises")  # for type checkers
        if not row.queued and row.status == DocumentStatus.PREPROCESSING.value:
            doc = service.get_for_company(db.session, principal.company_id, document_id)
            with document_context(doc.id):
                service.requeue_if_due(db.session, tasks, doc)
            row = reads.status_row(principal.company_id, document_id, history=history) or row
        recovery = current_app.config["SETTINGS"].common.recovery
        return reads.status_response(document_id, row, recovery, history=history)
