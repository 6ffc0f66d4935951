"""Reprocessing and deletion of a document, and the files a review screen shows.

Paths come from settings plus the document's own id or stored name, and every one is checked
to stay inside its documents folder before it is read or removed.
"""

from __future__ import annotations

import logging
import shutil
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents.service import enqueue
from invoice_scanner_api.extensions import TaskSender
from invoice_scanner_api.review.service import lock, record, require_finished
from invoice_scanner_common.contracts import STAGES, TaskName
from invoice_scanner_common.contracts import DocumentStatus as S
from invoice_scanner_common.db import Document, set_status
from invoice_scanner_common.logs import document_context

logger = logging.getLogger(__name__)


def resume_plan(status: S) -> tuple[S, tuple[TaskName, ...]] | None:
    """For ``{step}_error``: the status the failed stage's task accepts as a start (its
    predecessor's last status) and the tasks from that stage on, both from the stage table.
    ``None`` for the first stage's error and anything else: those start over."""
    stages = list(STAGES)
    for i, spec in enumerate(stages):
        if spec.error.value != status.value or i == 0:
            continue
        start = next(s for s in STAGES.accepts(spec.name) if s != spec.running.value)
        return S(start), tuple(TaskName(t) for t in STAGES.chain()[i:])
    return None


class BrokerUnavailableError(Exception):
    pass


def reprocess(
    session: Session, sender: TaskSender, doc: Document, user_id: uuid.UUID, comment: str | None
) -> tuple[str, bool]:
    """Queue the document again; returns ``from_stage`` or ``from_start`` and whether it was
    handed to the broker (a restart is queued later by a status poll when it was not)."""
    lock(session, doc)
    status = require_finished(doc, "reprocess")
    resume = resume_plan(status)
    doc.stage_attempts = 0
    if resume is None:
        set_status(session, doc, S.PREPROCESSING, "reprocessing requested")
        doc.pipeline_started_at = None
        doc.queued = False
        doc.task_id = None
        mode = "from_start"
        new = {"status": S.PREPROCESSING.value, "mode": mode}
    else:
        set_status(session, doc, resume[0], f"reprocessing from the failed {resume[1][0]} task")
        mode = "from_stage"
        new = {"status": resume[0].value, "mode": mode, "first_task": resume[1][0].value}
    record(
        session, doc, user_id, "reprocess", old={"status": status.value}, new=new, comment=comment
    )
    session.commit()
    with document_context(doc.id):
        if resume is None:
            # Sent like an upload: a broker outage leaves it not-queued for the status poll.
            return mode, enqueue(session, sender, doc)
        try:
            sender.send_chain(resume[1], kwargs={"document_id": str(doc.id)})
        except Exception as exc:
            logger.error("could not queue reprocessing: %s", type(exc).__name__)
            set_status(session, doc, status, "reprocessing could not be queued; try again")
            session.commit()
            raise BrokerUnavailableError from exc
        logger.info("reprocessing queued from %s", resume[1][0].value)
    return mode, True


def contained(base: Path, relative: str) -> Path | None:
    """``base/relative`` if it stays strictly inside ``base`` (links resolved), else None."""
    root = base.resolve()
    path = (root / relative).resolve()
    return path if path != root and path.is_relative_to(root) else None


def raw_file(settings: ApiSettings, doc: Document) -> Path | None:
    path = contained(settings.common.documents_raw_dir, doc.stored_path)
    return path if path is not None and path.is_file() else None


def artefact_dir(settings: ApiSettings, doc: Document) -> Path | None:
    return contained(settings.common.documents_processed_dir, str(doc.id))


def page_image(settings: ApiSettings, doc: Document, number: int) -> Path | None:
    """The page PNG preprocessing wrote (``<id>/pages/page-NNN.png``), if it exists."""
    if not 1 <= number <= 100_000:
        return None
    path = contained(
        settings.common.documents_processed_dir, f"{doc.id}/pages/page-{number:03d}.png"
    )
    return path if path is not None and path.is_file() else None


def delete(session: Session, settings: ApiSettings, doc: Document, user_id: uuid.UUID) -> None:
    """Remove the row, its extracted data, the file and the artefacts; keep an audit row."""
    lock(session, doc)
    status = require_finished(doc, "delete")
    raw = contained(settings.common.documents_raw_dir, doc.stored_path)
    artefacts = artefact_dir(settings, doc)
    record(
        session,
        doc,
        user_id,
        "delete",
        old={
            "status": status.value,
            "original_filename": doc.original_filename,
            "content_type": doc.content_type,
            "size_bytes": doc.size_bytes,
            "sha256": doc.sha256,
        },
    )
    session.delete(doc)
    session.commit()
    with document_context(doc.id):
        # After the commit: a failed removal leaves an orphan file, never a row without one.
        try:
            if raw is not None:
                raw.unlink(missing_ok=True)
            if artefacts is not None and artefacts.is_dir():
                shutil.rmtree(artefacts)
        except OSError as exc:
            logger.error("deleted document left files behind: %s", type(exc).__name__)
        logger.info("document deleted")
