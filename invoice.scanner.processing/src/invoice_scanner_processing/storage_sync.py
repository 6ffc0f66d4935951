"""Stage tasks on machines that share no folder: copy a document's files around each stage.

With ``STORAGE_BACKEND=s3`` the bucket holds the uploads and every stage's artefacts (see
``invoice_scanner_common.objectstore``). Every task runs through :class:`SyncedTask`: before a
stage it pulls the document's artefacts (and, for preprocessing, the upload) into the local
folders the stages use; after the stage succeeded it pushes what the stage wrote. This happens
inside the task's call, so the artefacts are in the bucket before Celery sends the next stage.
With the default local storage it does nothing.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from celery import Task
from sqlalchemy import select

from invoice_scanner_common.contracts import TaskName
from invoice_scanner_common.objectstore import ObjectStore, make_store, pull_prefix, push_folder

logger = logging.getLogger(__name__)

STAGE_TASKS = frozenset(
    name.value
    for name in (
        TaskName.PREPROCESS,
        TaskName.OCR,
        TaskName.PREDICT,
        TaskName.EXTRACT,
        TaskName.EVALUATE,
    )
)


def _store() -> ObjectStore:
    from invoice_scanner_processing.settings import get_settings

    return make_store(get_settings().common.storage)


class SyncedTask(Task):
    """The project's task class (``celery_app``): stage tasks sync their files with the store."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        document_id = kwargs.get("document_id")
        store = _store() if self.name in STAGE_TASKS and document_id else None
        if store is None or not store.shared:
            return super().__call__(*args, **kwargs)
        pull(store, self.name, str(document_id))
        started = time.time()  # what the stage writes from now on is pushed
        result = super().__call__(*args, **kwargs)
        push(store, str(document_id), since=started)
        return result


def _folders() -> tuple[Any, Any]:
    from invoice_scanner_processing.settings import get_settings

    common = get_settings().common
    return common.documents_raw_dir, common.documents_processed_dir


def pull(store: ObjectStore, task_name: str, document_id: str) -> None:
    raw_dir, processed_dir = _folders()
    if task_name == TaskName.PREPROCESS.value:
        stored_path = _stored_path(document_id)
        if stored_path and not store.get_file(f"raw/{stored_path}", raw_dir / stored_path):
            logger.warning("storage: the upload is not in the bucket")
    count = pull_prefix(store, f"processed/{document_id}/", processed_dir / document_id)
    logger.debug("storage: pulled %d artefact(s)", count)


def push(store: ObjectStore, document_id: str, since: float) -> None:
    _, processed_dir = _folders()
    folder = processed_dir / document_id
    if folder.is_dir():
        count = push_folder(store, f"processed/{document_id}/", folder, since=since)
        logger.debug("storage: pushed %d artefact(s)", count)


def _stored_path(document_id: str) -> str | None:
    from invoice_scanner_common.db import Document
    from invoice_scanner_processing.log_context import side_session_factory

    with side_session_factory()() as session:
        value = session.scalar(
            select(Document.stored_path).where(Document.id == uuid.UUID(document_id))
        )
    return str(value) if value else None
