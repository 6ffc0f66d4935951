"""Names the test app and the tests share (importing this starts no app)."""

from __future__ import annotations

QUEUE = "tasklayer"


def counter(document_id: object, stage: str) -> str:
    """The Redis key counting runs of ``stage``'s work for a document."""
    return f"tasklayer:{document_id}:{stage}"
