"""``invoice-scanner``: the command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.e2e.sample_invoice import EXPECTED, draw_pdf

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "invoice_scanner_processing.cli"]


def run(args: list[str], env: dict[str, str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        CLI + args, env={**os.environ, **env}, capture_output=True, text=True, timeout=300, **kw
    )  # type: ignore[call-overload]


def test_console_script_is_declared() -> None:
    project = tomllib.loads((ROOT / "invoice.scanner.processing/pyproject.toml").read_text())
    assert project["project"]["scripts"]["invoice-scanner"] == "invoice_scanner_processing.cli:main"


def test_help_lists_every_command(test_env: dict[str, str]) -> None:
    out = run(["--help"], test_env)
    assert out.returncode == 0
    for command in ("scan", "api", "worker", "migrate", "create-user", "sweep"):
        assert command in out.stdout
    sweep_help = " ".join(run(["sweep", "--help"], test_env).stdout.split())
    assert "stuck inside a stage" in sweep_help and "webhook deliveries" in sweep_help


def test_scan_prints_the_fields_of_a_sample_invoice(
    test_env: dict[str, str], tmp_path: Path
) -> None:
    pdf = draw_pdf(tmp_path / "invoice.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    out = run(["scan", str(pdf), str(broken), "--progress", "on"], test_env)
    assert out.returncode == 1, out.stderr  # one file failed
    good, bad = (json.loads(line) for line in out.stdout.splitlines())
    for name, value in EXPECTED.items():
        assert good["fields"][name] == value, (name, good["fields"])
    assert good["decision"] in {"approved", "manual_review"}
    assert 0 < good["confidence"]["total"] <= 1
    assert set(good["stage_seconds"]) == {
        "preprocessing",
        "ocr",
        "prediction",
        "extraction",
        "evaluation",
    }
    assert bad["file"] == str(broken) and "error" in bad
    assert "2/2" in out.stderr  # the progress bar


def test_create_user_and_sweep_reach_the_database(test_env: dict[str, str]) -> None:
    email = f"cli-{uuid.uuid4().hex[:6]}@example.com"
    out = run(
        ["create-user", email, "--company", "Cli Co", "--password-stdin"],
        test_env,
        input="long enough password\n",
    )
    assert out.returncode == 0, out.stderr
    assert f"created user {email}" in out.stdout
    again = run(
        ["create-user", email, "--company", "Cli Co", "--password-stdin"],
        test_env,
        input="long enough password\n",
    )
    assert again.returncode == 1 and "already registered" in again.stderr
    out = run(["sweep"], test_env)
    assert out.returncode == 0, out.stderr
    assert "could not be queued" in out.stdout


def test_sweep_resends_webhook_deliveries_never_attempted(
    test_env: dict[str, str], db_url: str
) -> None:
    import redis
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from invoice_scanner_common.contracts import DocumentStatus
    from invoice_scanner_common.db import Company, Document, Webhook, WebhookDelivery

    with Session(create_engine(db_url)) as s:
        company = Company(name="Swept")
        s.add(company)
        s.flush()
        doc = Document(
            company_id=company.id,
            original_filename="a.pdf",
            content_type="application/pdf",
            size_bytes=1,
            sha256=uuid.uuid4().hex * 2,
            stored_path="x/a.pdf",
            status=DocumentStatus.APPROVED.value,
            queued=True,
        )
        hook = Webhook(company_id=company.id, url="https://93.184.215.14/h", secret="s" * 64)
        s.add_all([doc, hook])
        s.flush()
        old = datetime.now(UTC) - timedelta(minutes=30)
        lost = WebhookDelivery(webhook_id=hook.id, document_id=doc.id, status="approved",
                               payload={}, created_at=old)  # fmt: skip
        fresh = WebhookDelivery(webhook_id=hook.id, document_id=doc.id, status="manual_review",
                                payload={})  # fmt: skip
        s.add_all([lost, fresh])
        s.commit()
        lost_id = str(lost.id)

    queue = redis.Redis.from_url(test_env["REDIS_URL"])
    before = queue.llen("webhooks")
    out = run(["sweep"], test_env)
    assert out.returncode == 0, out.stderr
    assert "re-sent 1 webhook delivery" in out.stdout
    messages = queue.lrange("webhooks", 0, -1)
    assert len(messages) == before + 1
    ours = [m for m in messages if lost_id.encode() in m]
    assert len(ours) == 1
    queue.lrem("webhooks", 1, ours[0])  # no worker here; leave nothing for later tests
