"""Supplier memory over HTTP against the whole system (gunicorn, a Celery worker per queue,
Postgres, Redis): one reviewed invoice teaches the supplier's layout; the next invoice from that
supplier is read right and approved; another company's reading does not change; forgetting the
memory brings the rules' reading back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from e2e.conftest import Stack, register
from e2e.test_pipeline_e2e import poll_until_done, upload

from bench.invoicegen.render_pdf import render_pdf
from bench.invoicegen.series import draw_series

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

#: A supplier whose house labels the rules do not know (its invoice number is missed).
SERIES = {"seed": 5, "supplier": 1, "layout": "classic", "locale": "en-GB"}
CHECKED = ("invoice_number", "invoice_date", "due_date", "vendor_name", "amount", "vat", "total")


def api(stack: Stack, method: str, path: str, headers: dict[str, str], **kw: Any) -> Any:
    return requests.request(method, stack.url(path), headers=headers, timeout=30, **kw)


def _series(tmp_path: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for k, inv in enumerate(draw_series(count=3, **SERIES)):
        pdf, pages = render_pdf(inv)
        path = tmp_path / f"supplier-invoice-{k}.pdf"
        path.write_bytes(pdf)
        out.append((path, inv.truth("pdf", pages)))
    return out


def _process(stack: Stack, h: dict[str, str], path: Path) -> dict[str, Any]:
    doc_id = upload(stack, h, path, "application/pdf")["document"]["id"]
    poll_until_done(stack, h, doc_id)
    r = api(stack, "GET", f"/documents/{doc_id}", h)
    assert r.status_code == 200, r.text
    return dict(r.json())


def _reading(doc: dict[str, Any]) -> dict[str, Any]:
    return {name: doc["fields"][name]["value"] for name in CHECKED}


def _truth(truth: dict[str, Any]) -> dict[str, Any]:
    return {n: float(truth[n]) if n in ("amount", "vat", "total") else truth[n] for n in CHECKED}


def test_one_review_teaches_the_next_invoice_and_stays_in_the_company(
    memory_stack: Stack, tmp_path: Path
) -> None:
    (first, truth0), (second, truth1), (third, truth2) = _series(tmp_path)
    a = register(memory_stack, "Learner")
    b = register(memory_stack, "Other")

    doc0 = _process(memory_stack, a, first)
    assert doc0["status"] == "manual_review"
    assert doc0["supplier"] is None
    assert doc0["invoice_number"] != truth0["invoice_number"]  # the rules miss it

    # The reviewer types in the right values and approves: the memory learns.
    fix = {n: v for n, v in _truth(truth0).items() if _reading(doc0)[n] != v}
    r = api(memory_stack, "PATCH", f"/documents/{doc0['id']}", a, json={"fields": fix})
    assert r.status_code == 200, r.text
    r = api(memory_stack, "POST", f"/documents/{doc0['id']}/approve", a, json={})
    assert r.status_code == 200, r.text
    supplier = r.json()["supplier"]
    assert supplier["name"] == truth0["vendor_name"] and supplier["matched_by"] == ["review"]
    sid = supplier["id"]
    memory = api(memory_stack, "GET", f"/suppliers/{sid}/memory", a).json()
    [layout] = memory["layouts"]
    assert {"invoice_number", "invoice_date", "total"} <= set(layout["fields"])

    # The next invoice of that supplier: different values, read right, approved on its own.
    doc1 = _process(memory_stack, a, second)
    assert _reading(doc1) == _truth(truth1), doc1["fields"]
    assert doc1["status"] == "approved", doc1["status_reason"]
    assert doc1["supplier"]["id"] == sid
    assert {"vat_id", "layout"} <= set(doc1["supplier"]["matched_by"])
    assert doc1["supplier"]["confidence"] >= 0.9
    assert "invoice_number" in doc1["supplier"]["fields_from_memory"]
    assert doc1["fields"]["invoice_number"]["source"] == "memory"

    # Company-private: the other company reads the same invoices with the rules alone, and
    # cannot see or forget the first company's supplier.
    other1 = _process(memory_stack, b, second)
    assert other1["supplier"] is None
    assert other1["invoice_number"] != truth1["invoice_number"]
    other2 = _process(memory_stack, b, third)
    for method in ("GET", "DELETE"):
        assert api(memory_stack, method, f"/suppliers/{sid}/memory", b).status_code == 404

    # Forgetting the memory brings the rules' reading back.
    assert api(memory_stack, "DELETE", f"/suppliers/{sid}/memory", a).status_code == 204
    assert api(memory_stack, "GET", f"/suppliers/{sid}/memory", a).json()["layouts"] == []
    doc2 = _process(memory_stack, a, third)
    assert _reading(doc2) == _reading(other2)
    assert doc2["invoice_number"] != truth2["invoice_number"]
    assert doc2["status"] == "manual_review"
    assert doc2["supplier"]["id"] == sid and doc2["supplier"]["fields_from_memory"] == []
    assert all(f["source"] != "memory" for f in doc2["fields"].values())
