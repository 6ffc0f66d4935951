"""Review endpoints: correct, approve, reject, reprocess, delete; a document's file and pages."""

from __future__ import annotations

import uuid
from typing import Any

from flask import Response, current_app, send_file
from flask.views import MethodView
from flask_jwt_extended import jwt_required
from flask_smorest import Blueprint, abort

from invoice_scanner_api.auth.service import current_principal
from invoice_scanner_api.documents import service as documents
from invoice_scanner_api.extensions import db, tasks
from invoice_scanner_api.review import lifecycle, service
from invoice_scanner_api.review.evidence import review_view
from invoice_scanner_api.review.schemas import (
    ApprovalRefusedSchema,
    CommentSchema,
    CorrectionSchema,
    RejectSchema,
    ReprocessResponseSchema,
    ReviewDocumentSchema,
)
from invoice_scanner_api.suppliers import service as suppliers
from invoice_scanner_common import layout_memory as memory
from invoice_scanner_common.db import Document
from invoice_scanner_common.logs import document_context

blp = Blueprint(
    "review",
    __name__,
    url_prefix="/documents",
    description="Review held documents: correct, approve, reject, reprocess, delete",
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
NOT_FOUND = "No such document in the caller's company"


def _load(document_id: uuid.UUID) -> Any:
    try:
        return documents.get_for_company(db.session, current_principal().company_id, document_id)
    except LookupError:
        # Another company's document answers exactly like a missing one.
        abort(404, message="Document not found")


def _conflict(exc: service.ReviewConflictError) -> None:
    if exc.failing:
        abort(409, message=exc.message, failing_checks=exc.failing)
    abort(409, message=exc.message)


def _learn(doc: Document, names: Any) -> None:
    """Supplier memory learns the places of the corrected or confirmed fields."""
    processed = current_app.config["SETTINGS"].common.documents_processed_dir
    suppliers.learn_quietly(db.session, processed, doc, names)


def _view(doc: Document) -> dict[str, Any]:
    db.session.refresh(doc)
    return review_view(db.session, doc, documents.document_view(doc))


@blp.route("/<uuid:document_id>")
class DocumentReview(MethodView):
    @jwt_required()
    @blp.arguments(CorrectionSchema)
    @blp.response(200, ReviewDocumentSchema)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.alt_response(409, description="The document is still being processed")
    @blp.alt_response(422, description="Unknown field name or a value of the wrong type")
    @blp.doc(security=SECURITY)
    def patch(self, body: dict[str, Any], document_id: uuid.UUID) -> dict[str, Any]:
        """Correct fields and/or line items; the checks run again on the corrected values.

        The pipeline's prediction is kept as ``original_prediction``. Corrected fields get
        source ``corrected`` and confidence 1. The status does not change (approve or reject
        afterwards), except that an approved document whose correction makes an error-level
        check fail goes back to ``manual_review``. The supplier memory learns where each
        corrected value stands on the page (``GET /suppliers/{id}/memory``).
        """
        doc = _load(document_id)
        with document_context(doc.id):
            try:
                service.correct(
                    db.session,
                    doc,
                    current_principal().user_id,
                    body["fields"],
                    body["line_items"],
                    body.get("comment"),
                )
            except service.ReviewConflictError as exc:
                _conflict(exc)
            _learn(doc, body["fields"])
            return _view(doc)

    @jwt_required()
    @blp.response(204)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.alt_response(409, description="The document is still being processed")
    @blp.doc(security=SECURITY)
    def delete(self, document_id: uuid.UUID) -> None:
        """Delete the file, every artefact and the extracted data; an audit row remains.

        Afterwards every endpoint answers 404 for the document, and the same file may be
        uploaded again as a new document.
        """
        doc = _load(document_id)
        try:
            lifecycle.delete(
                db.session, current_app.config["SETTINGS"], doc, current_principal().user_id
            )
        except service.ReviewConflictError as exc:
            _conflict(exc)


@blp.route("/<uuid:document_id>/approve")
class Approve(MethodView):
    @jwt_required()
    @blp.arguments(CommentSchema, required=False)
    @blp.response(200, ReviewDocumentSchema)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.alt_response(
        409,
        schema=ApprovalRefusedSchema,
        description="Still processing, or error-level checks still fail (``failing_checks``)",
    )
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any], document_id: uuid.UUID) -> dict[str, Any]:
        """Approve the data; refused with the failing checks (``failing_checks``) while any
        error-level check fails. Approving an approved document changes nothing. The supplier
        memory learns where every confirmed value stands (an empty one as absent)."""
        doc = _load(document_id)
        with document_context(doc.id):
            try:
                service.approve(db.session, doc, current_principal().user_id, body.get("comment"))
            except service.ReviewConflictError as exc:
                _conflict(exc)
            _learn(doc, memory.FIELD_KINDS)
            return _view(doc)


@blp.route("/<uuid:document_id>/reject")
class Reject(MethodView):
    @jwt_required()
    @blp.arguments(RejectSchema)
    @blp.response(200, ReviewDocumentSchema)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.alt_response(409, description="The document is still being processed")
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any], document_id: uuid.UUID) -> dict[str, Any]:
        """Reject the document with a reason: terminal status ``rejected``."""
        doc = _load(document_id)
        with document_context(doc.id):
            try:
                service.reject(db.session, doc, current_principal().user_id, body["reason"])
            except service.ReviewConflictError as exc:
                _conflict(exc)
            return _view(doc)


@blp.route("/<uuid:document_id>/reprocess")
class Reprocess(MethodView):
    @jwt_required()
    @blp.arguments(CommentSchema, required=False)
    @blp.response(202, ReprocessResponseSchema)
    @blp.alt_response(404, description=NOT_FOUND)
    @blp.alt_response(409, description="The document is still being processed")
    @blp.alt_response(503, description="The message broker is unreachable")
    @blp.doc(security=SECURITY)
    def post(self, body: dict[str, Any], document_id: uuid.UUID) -> dict[str, Any]:
        """Run the pipeline again: from the failed stage for ``{step}_error`` (its earlier
        artefacts are kept), otherwise from the start. Follow it on ``/status``."""
        doc = _load(document_id)
        with document_context(doc.id):
            try:
                mode, queued = lifecycle.reprocess(
                    db.session, tasks, doc, current_principal().user_id, body.get("comment")
                )
            except service.ReviewConflictError as exc:
                _conflict(exc)
            except lifecycle.BrokerUnavailableError:
                abort(503, message="The message broker is unreachable; please retry shortly")
            db.session.refresh(doc)
            return {
                "message": "Reprocessing queued"
                if queued
                else "Reprocessing requested; it will be queued when the broker is reachable",
                "document_id": doc.id,
                "status": doc.status,
                "mode": mode,
                "queued": queued,
            }


@blp.route("/<uuid:document_id>/file")
class OriginalFile(MethodView):
    @jwt_required()
    @blp.response(200, description="The uploaded bytes with their content type")
    @blp.alt_response(404, description=NOT_FOUND + ", or its file is gone")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID) -> Response:
        """The original file as uploaded, shown inline with its display name."""
        doc = _load(document_id)
        path = lifecycle.raw_file(current_app.config["SETTINGS"], doc)
        if path is None:
            abort(404, message="The document's file is not in storage")
        assert path is not None
        response = send_file(
            path, mimetype=doc.content_type, download_name=doc.original_filename, max_age=0
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


@blp.route("/<uuid:document_id>/pages/<int:number>")
class PageImage(MethodView):
    @jwt_required()
    @blp.response(200, description="The page image (PNG) the fields were read from")
    @blp.alt_response(404, description=NOT_FOUND + ", or no such page image")
    @blp.doc(security=SECURITY)
    def get(self, document_id: uuid.UUID, number: int) -> Response:
        """Page ``number`` (1-based) as rendered by preprocessing."""
        doc = _load(document_id)
        path = lifecycle.page_image(current_app.config["SETTINGS"], doc, number)
        if path is None:
            abort(404, message=f"No image of page {number}")
        assert path is not None
        response = send_file(
            path, mimetype="image/png", download_name=f"page-{number:03d}.png", max_age=0
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
