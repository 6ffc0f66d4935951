"""Supplier memory through the API without workers: a correction teaches a place, a conflicting
one starts a new layout version, memory is shown, forgotten, and private to its company."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from PIL import Image
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_common.checks import value_checks
from invoice_scanner_common.contracts import DocumentStatus
from invoice_scanner_common.db import Document, ExtractionResult, set_status

VALUES: dict[str, Any] = {
    "invoice_number": "Voucher",  # the reader took the label for the number
    "invoice_date": date(2026, 3, 1),
    "due_date": date(2026, 3, 31),
    "vendor_name": "Nordic Paper AB",
    "currency": "SEK",
    "amount": Decimal("100.00"),
    "vat": Decimal("25.00"),
    "total": Decimal("125.00"),
}
FIXED = [
    "Nordic",
    "Paper",
    "Sundsvall",
    "Sweden",
    "Storgatan",
    "Customer",
    "Delivery",
    "Terms",
    "Thank",
    "order",
]


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    engine = create_engine(db_url)
    with Session(engine) as s:
        yield s
    engine.dispose()


def ocr_json(number_label: str, number: str, label_x: float = 1000) -> dict[str, Any]:
    rows: list[list[tuple[str, float]]] = [[(w, 100 + 150 * (i % 6))] for i, w in enumerate(FIXED)]
    rows += [
        [(number_label, label_x), (number, label_x + 250)],
        [("Written", 1000), ("01.03.2026", 1250)],
        [("To", 1000), ("settle", 1060), ("125.00", 1400)],
    ]
    lines = []
    for i, row in enumerate(rows):
        for text, x in row:
            box = {"x0": x, "y0": 100 + 60 * i, "x1": x + 18 * len(text), "y1": 130 + 60 * i}
            lines.append({"text": text, "bbox": box, "words": [{"text": text, "bbox": box}]})
    return {"pages": [{"page_number": 1, "width": 1700, "height": 2200, "lines": lines}]}


def held_document(
    client: FlaskClient,
    session: Session,
    processed: Path,
    headers: dict[str, str],
    ocr: dict[str, Any],
) -> str:
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), tuple(uuid.uuid4().bytes[:3])).save(buf, format="PNG")
    r = client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(buf.getvalue()), "invoice.png")},
        headers=headers,
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.json
    doc_id = str(r.json["document"]["id"])
    folder = processed / doc_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ocr.json").write_text(json.dumps(ocr), encoding="utf-8")
    doc = session.get(Document, uuid.UUID(doc_id))
    assert doc is not None
    data = {k: (str(v) if isinstance(v, Decimal | date) else v) for k, v in VALUES.items()}
    data["vendor_vat_id"] = "SE556677889901"
    checks = [c.as_dict() for c in value_checks(VALUES, [VALUES["amount"]])]
    session.add(
        ExtractionResult(
            document_id=doc.id,
            **VALUES,
            data=data,
            field_confidence=dict.fromkeys(VALUES, 0.8),
            evaluation={"checks": checks},
        )
    )
    set_status(session, doc, DocumentStatus.MANUAL_REVIEW, "held for review")
    doc.pipeline_started_at = doc.created_at
    session.commit()
    return doc_id


def test_corrections_teach_places_and_conflicts_keep_versions(
    client: FlaskClient,
    make_account: Callable[..., dict[str, Any]],
    session: Session,
    test_env: dict[str, str],
) -> None:
    processed = Path(test_env["DOCUMENTS_PROCESSED_DIR"])
    a, b = make_account("Learner"), make_account("Other")
    h = a["headers"]
    first = held_document(client, session, processed, h, ocr_json("Voucher", "A-1001"))
    r = client.patch(
        f"/documents/{first}", json={"fields": {"invoice_number": "A-1001"}}, headers=h
    )
    assert r.status_code == 200, r.json
    supplier = r.json["supplier"]
    assert supplier["name"] == "Nordic Paper AB" and supplier["matched_by"] == ["review"]
    sid = supplier["id"]
    memory = client.get(f"/suppliers/{sid}/memory", headers=h).json
    assert memory["supplier"]["vat_id"] == "SE556677889901" and memory["documents"] == 1
    [v1] = memory["layouts"]
    assert v1["version"] == 1 and v1["fields"]["invoice_number"]["anchor"] == ["voucher"]

    # Same supplier and layout, but the number now stands beside another label.
    second = held_document(client, session, processed, h, ocr_json("Ref", "A-1002", 600))
    r = client.patch(
        f"/documents/{second}", json={"fields": {"invoice_number": "A-1002"}}, headers=h
    )
    assert r.status_code == 200 and r.json["supplier"]["id"] == sid
    layouts = client.get(f"/suppliers/{sid}/memory", headers=h).json["layouts"]
    assert [x["version"] for x in layouts] == [1, 2]
    assert layouts[0]["fields"]["invoice_number"]["anchor"] == ["voucher"]
    assert layouts[1]["fields"]["invoice_number"]["anchor"] == ["ref"]

    # Approval confirms every field: the stored places grow, nothing conflicts.
    r = client.post(f"/documents/{second}/approve", json={}, headers=h)
    assert r.status_code == 200, r.json
    layouts = client.get(f"/suppliers/{sid}/memory", headers=h).json["layouts"]
    assert len(layouts) == 2 and {"invoice_date", "total"} <= set(layouts[1]["fields"])
    assert layouts[1]["samples"] == 2

    # Company-private, and forgotten on request.
    for method in ("get", "delete"):
        assert (
            getattr(client, method)(f"/suppliers/{sid}/memory", headers=b["headers"]).status_code
            == 404
        )
    assert client.get(f"/suppliers/{uuid.uuid4()}/memory", headers=h).status_code == 404
    assert client.delete(f"/suppliers/{sid}/memory", headers=h).status_code == 204
    assert client.get(f"/suppliers/{sid}/memory", headers=h).json["layouts"] == []
    assert client.get(f"/documents/{first}", headers=h).json["supplier"]["id"] == sid


def test_openapi_documents_the_memory_endpoints(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").json
    path = spec["paths"]["/suppliers/{supplier_id}/memory"]
    assert {"get", "delete"} <= set(path)
    assert "404" in path["get"]["responses"] and "204" in path["delete"]["responses"]
    document = spec["components"]["schemas"]["ReviewDocument"]["properties"]
    assert "supplier" in document
