"""Object storage: the S3 backend against an S3-compatible server process, and an API and a
worker with separate folders sharing documents only through the bucket.

The server is moto's (``moto_server``): the only S3-compatible server installable from the
package registries here. It speaks the S3 wire protocol to the real boto3 client, but it is an
emulator, not MinIO or AWS; see ARCHITECTURE.md for that gap.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.contracts import DocumentStatus, Queue
from invoice_scanner_common.objectstore import (
    S3Store,
    StorageSettings,
    pull_prefix,
    push_folder,
)
from invoice_scanner_common.settings import ConfigError, Env
from tests.e2e.sample_invoice import EXPECTED, draw_pdf
from tests.ops.conftest import SpawnWorker, wait_for

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(tmp_path_factory.mktemp("s3") / "moto.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip

    def up() -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", port)) == 0

    try:
        wait_for(up, 30, "S3 server")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture
def bucket(s3_server: str, monkeypatch: pytest.MonkeyPatch) -> StorageSettings:
    for key, value in CREDENTIALS.items():
        monkeypatch.setenv(key, value)
    name = f"invoices-{uuid.uuid4().hex[:8]}"
    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1").create_bucket(Bucket=name)
    return StorageSettings(backend="s3", bucket=name, prefix="scanner/", endpoint_url=s3_server)


def test_s3_round_trip(bucket: StorageSettings, tmp_path: Path) -> None:
    store = S3Store(bucket)
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.7 " + os.urandom(2048))
    store.put_file("raw/c1/a.pdf", source)
    assert store.keys("raw/") == ["raw/c1/a.pdf"]
    assert store.get_file("raw/c1/a.pdf", tmp_path / "back" / "a.pdf")
    assert (tmp_path / "back" / "a.pdf").read_bytes() == source.read_bytes()
    assert store.get_file("raw/missing.pdf", tmp_path / "none.pdf") is False
    assert not (tmp_path / "none.pdf").exists()
    # The prefix is applied: the object sits under scanner/.
    raw = boto3.client("s3", endpoint_url=bucket.endpoint_url, region_name="us-east-1")
    listed = raw.list_objects_v2(Bucket=bucket.bucket)["Contents"]
    assert [o["Key"] for o in listed] == ["scanner/raw/c1/a.pdf"]

    folder = tmp_path / "doc"
    (folder / "pages").mkdir(parents=True)
    (folder / "manifest.json").write_text("{}")
    (folder / "pages" / "page-001.png").write_bytes(b"png")
    assert push_folder(store, "processed/d1/", folder) == 2
    copy = tmp_path / "copy"
    assert pull_prefix(store, "processed/d1/", copy) == 2
    assert (copy / "pages" / "page-001.png").read_bytes() == b"png"
    later = time.time() + 1
    assert push_folder(store, "processed/d1/", folder, since=later) == 0


def test_s3_needs_a_bucket() -> None:
    with pytest.raises(ConfigError, match="S3_BUCKET"):
        StorageSettings.from_env(Env({"STORAGE_BACKEND": "s3"}))
    assert StorageSettings.from_env(Env({})).backend == "local"


def test_api_and_worker_share_documents_only_through_the_bucket(
    test_env: dict[str, str], bucket: StorageSettings, tmp_path: Path, spawn_worker: SpawnWorker
) -> None:
    storage = {
        "STORAGE_BACKEND": "s3",
        "S3_BUCKET": str(bucket.bucket),
        "S3_PREFIX": "scanner",
        "S3_ENDPOINT_URL": str(bucket.endpoint_url),
        **CREDENTIALS,
    }
    api_dir, worker_dir = tmp_path / "api-machine", tmp_path / "worker-machine"

    def folders(root: Path) -> dict[str, str]:
        return {
            "DOCUMENTS_RAW_DIR": str(root / "raw"),
            "DOCUMENTS_PROCESSED_DIR": str(root / "processed"),
        }

    # One worker for every pipeline queue, on its own folders (another machine).
    spawn_worker(
        [q.value for q in Queue if q is not Queue.WEBHOOKS], {**storage, **folders(worker_dir)}
    )
    env = {**test_env, **storage, **folders(api_dir)}
    client = create_app({"SETTINGS": ApiSettings.from_env(env), "TESTING": True}).test_client()
    account = {"email": f"s3-{uuid.uuid4().hex[:6]}@example.com", "password": "long enough pw"}
    assert (
        client.post("/auth/register", json={**account, "company_name": "Bucket"}).status_code == 201
    )
    token = client.post("/auth/login", json=account).json["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    pdf = draw_pdf(tmp_path / "invoice.pdf", invoice_number=EXPECTED["invoice_number"])
    with open(pdf, "rb") as fh:
        r = client.post("/documents/upload", data={"file": (fh, "invoice.pdf")}, headers=headers)
    assert r.status_code == 201, r.json
    doc_id = r.json["document"]["id"]

    def done() -> bool:
        status = client.get(f"/documents/{doc_id}/status", headers=headers).json["status"]
        return DocumentStatus(status).is_terminal

    wait_for(done, 120, "document")
    body = client.get(f"/documents/{doc_id}", headers=headers).json
    assert body["status"] == "approved", body
    assert body["invoice_number"] == EXPECTED["invoice_number"]
    assert body["total"] == EXPECTED["total"]

    # The worker read the upload from the bucket, and the artefacts went back to it.
    assert list((worker_dir / "raw").rglob("*.pdf"))
    assert not (api_dir / "processed" / doc_id).exists()
    keys = set(S3Store(bucket).keys(f"processed/{doc_id}/"))
    for name in (
        "manifest.json",
        "ocr.json",
        "prediction.json",
        "extraction.json",
        "evaluation.json",
    ):
        assert f"processed/{doc_id}/{name}" in keys, keys
