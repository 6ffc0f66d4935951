"""Stage admission with leases, on the real database: which delivery of a stage may work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from invoice_scanner_common.contracts import STAGES, TaskName
from invoice_scanner_common.db import Document, make_session_factory
from invoice_scanner_common.db.models import utcnow
from invoice_scanner_processing.tasks import _admit

from .test_sweeper import new_doc

pytestmark = [pytest.mark.integration]

OCR = STAGES["ocr"]


@pytest.fixture(scope="module")
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = create_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()


def admit(sessions: sessionmaker[Session], doc: Document, task_id: str) -> tuple[str, Document]:
    with sessions() as s:
        row = s.get(Document, doc.id, with_for_update=True)
        verdict = _admit(s, row, OCR, STAGES.accepts("ocr"), 6, task_id)
        s.commit()
        again = s.get(Document, doc.id)
        assert again is not None
        return verdict, again


def test_a_live_lease_of_another_task_turns_the_delivery_away(
    sessions: sessionmaker[Session],
) -> None:
    doc = new_doc(
        sessions, status="preprocessed", pipeline_started_at=utcnow(), next_task=TaskName.OCR.value
    )
    verdict, row = admit(sessions, doc, "first")
    assert verdict == "run"
    assert row.lease_task_id == "first" and row.lease_owner and row.lease_until is not None
    assert row.status == "ocr_extracting" and row.stage_attempts == 1
    # A re-driven duplicate while the first still works: skipped, nothing counted.
    verdict, row = admit(sessions, doc, "second")
    assert (verdict, row.lease_task_id, row.stage_attempts) == ("skip", "first", 1)
    # The same task id again (a redelivery after its worker died, or a retry) takes over.
    verdict, row = admit(sessions, doc, "first")
    assert (verdict, row.stage_attempts) == ("run", 2)
    # Once the lease has run out, any delivery may.
    with sessions() as s:
        r = s.get(Document, doc.id)
        assert r is not None
        r.lease_until = utcnow() - timedelta(seconds=1)
        s.commit()
    verdict, row = admit(sessions, doc, "third")
    assert (verdict, row.lease_task_id) == ("run", "third")


def test_a_message_for_a_stage_the_document_does_not_wait_for_is_skipped(
    sessions: sessionmaker[Session],
) -> None:
    # OCR finished (no status of its own), prediction is due: a late OCR message is skipped.
    doc = new_doc(
        sessions,
        status="ocr_extracting",
        pipeline_started_at=utcnow(),
        next_task=TaskName.PREDICT.value,
    )
    verdict, row = admit(sessions, doc, "late")
    assert (verdict, row.stage_attempts, row.lease_task_id) == ("skip", 0, None)
