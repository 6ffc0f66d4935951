from __future__ import annotations

import uuid
from typing import Any

from flask import current_app, request
from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort
from werkzeug.datastructures import FileStorage

from invoice_scanner_api.auth.service import current_principal
from invoice_scanner_api.documents import service
from invoice_scanner_api.documents.schemas import (
    DocumentListQuerySchema,
    DocumentListSchema,
    DocumentSchema,
    StatusSchema,
    UploadResponseSchema,
    UploadSchema,
)
from invoice_scanner_api.extensions import db, tasks
from invoice_scanner_common.contracts import known_statuses
from invoice_scanner_common.logs import document_context

blp = Blueprint(
    "documents",
    __name__,
    url_prefix="/documents",
    description="Upload invoices, follow their processing and read the extracted data",
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]


def _load(document_id: uuid.UUID) -> Any:
    principal = current_principal()
    try:
        return service.get_for_company(db.session, principal.company_id, document_id)
    except LookupError:
        # Another company's document answers exactly like a missing one.
        abort(404, message="Document not found")


@blp.route("/upload")
class Upload(MethodView):
    @jwt_required()
    @blp.arguments(UploadSchema, location="files")
    @blp.response(201, UploadResponseSchema)
    @blp.alt_response(200, schema=UploadResponseSchema, description="Same bytes uploaded before")
    @blp.alt_response(400, description="Empty file or no file")
    @blp.alt_response(413, description="File, page count or image too large")
    @blp.alt_response(415, description="Not a supported document type")
    @blp.alt_response(422, description="Corrupt or encrypted document")
    @blp.doc(security=SECURITY)
    def post(self, files: dict[str, FileStorage]) -> Any:
        """Upload one invoice document and queue it for processing.

        The type is decided from the file's bytes, not its name. Uploading the same bytes again
        (or repeating an ``Idempotency-Key`` header) answers with the existing document.
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
        """The caller's company's documents, newest first."""
        status = query.get("status")
        if status is not None and status not in known_statuses():
            abort(400, message=f"Unknown status {status!r}")
        docs, total = service.list_for_company(
            db.session, current_principal().company_id, query["page"], query["page_size"], status
        )
        return {
            "documents": [service.document_view(d) for d in docs],
            "page": query["page"],
            "page_size": query["page_size"],
            "total": total,
        }


@blp.route("/<uuid:document_id>")
class DocumentItem(MethodView):
    @jwt_required()
    @blp.response(200, DocumentSchema)
    @blp.alt_response(404, description="No such document in the caller's company")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID) -> dict[str, Any]:
        """The extracted invoice data (null fields until processing has produced them)."""
        return service.document_view(_load(document_id))


@blp.route("/<uuid:document_id>/status")
class DocumentStatusView(MethodView):
    @jwt_required()
    @blp.response(200, StatusSchema)
    @blp.alt_response(404, description="No such document in the caller's company")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID) -> dict[str, Any]:
        """Processing status, progress and the full transition history.

        A document that could not be queued at upload (broker down) is queued again here (at
        most every 30 seconds), so polling clients recover on their own once the broker is back.
        ``stale`` says that nothing works on an unfinished document now (its worker died or its
        message was lost); ``retry_at`` is when the sweeper re-drives it at the latest.
        """
        doc = _load(document_id)
        with document_context(doc.id):
            service.requeue_if_due(db.session, tasks, doc)
        return service.status_view(db.session, doc, current_app.config["SETTINGS"].common.recovery)
