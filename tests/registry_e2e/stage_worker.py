"""The Celery app of the test app: the real tasks plus the stamp stage's work."""

from __future__ import annotations

import json
import time

from invoice_scanner_common.db import Document
from invoice_scanner_processing import storage
from invoice_scanner_processing.application import create_celery_app
from invoice_scanner_processing.tasks import Outcome, doc_dir, stage_work
from tests.registry_e2e.throwaway_stage import STAMP, STAMP_SECONDS, install


@stage_work(STAMP.method)
def stamp_document(doc: Document) -> Outcome:
    """Reads the OCR stage's artefact, writes its own; the status moves to ``stamped``."""
    folder = doc_dir(doc.id)
    ocr = json.loads((folder / storage.OCR).read_bytes())
    time.sleep(STAMP_SECONDS)
    assert STAMP.artefact is not None
    stamp = {"document_id": str(doc.id), "pages": len(ocr["pages"]), "stamp": "RECEIVED"}
    storage.write_bytes_atomic(folder / STAMP.artefact, json.dumps(stamp).encode())
    return None


app = create_celery_app(install())
