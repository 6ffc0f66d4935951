"""Where documents live between machines: the local folders (default) or an S3 bucket.

With ``STORAGE_BACKEND=local`` the folders ``DOCUMENTS_RAW_DIR`` and ``DOCUMENTS_PROCESSED_DIR``
are the storage and must be shared (one machine, or a shared volume). With
``STORAGE_BACKEND=s3`` those folders become per-machine working copies and the bucket is the
truth: the API puts each upload under ``raw/<stored path>``; a worker pulls a document's
``processed/<id>/`` artefacts (and, for preprocessing, the upload) before a stage and pushes
what the stage wrote after it. Any S3-compatible server works (``S3_ENDPOINT_URL``);
credentials come from boto3's usual chain (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
an instance role ...).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from invoice_scanner_common.settings import ConfigError, Env


class ObjectStore(Protocol):
    """Whole-file storage by key. ``get_file`` answers False when the key does not exist."""

    @property
    def shared(self) -> bool:
        """True when files must be copied to and from it (False: the folders are shared)."""
        ...

    def put_file(self, key: str, path: Path) -> None: ...

    def get_file(self, key: str, path: Path) -> bool: ...

    def keys(self, prefix: str) -> list[str]: ...


@dataclass(frozen=True)
class StorageSettings:
    backend: str = "local"
    bucket: str | None = None
    prefix: str = ""
    endpoint_url: str | None = None
    region: str = "us-east-1"

    @classmethod
    def from_env(cls, env: Env) -> StorageSettings:
        backend = env.choice("STORAGE_BACKEND", "local", ("local", "s3"))
        bucket = env.optional("S3_BUCKET")
        if backend == "s3" and not bucket:
            raise ConfigError("S3_BUCKET is required when STORAGE_BACKEND=s3")
        prefix = env.str("S3_PREFIX", "").strip("/")
        return cls(
            backend=backend,
            bucket=bucket,
            prefix=f"{prefix}/" if prefix else "",
            endpoint_url=env.optional("S3_ENDPOINT_URL"),
            region=env.str("S3_REGION", "us-east-1"),
        )


class LocalStore:
    """The shared folders are the storage: nothing to copy."""

    shared = False

    def put_file(self, key: str, path: Path) -> None:
        return None

    def get_file(self, key: str, path: Path) -> bool:
        return path.exists()

    def keys(self, prefix: str) -> list[str]:
        return []


class S3Store:
    """An S3-compatible bucket through boto3."""

    shared = True

    def __init__(self, settings: StorageSettings, client: Any | None = None) -> None:
        import boto3

        assert settings.bucket
        self.bucket = settings.bucket
        self.prefix = settings.prefix
        self.client = client or boto3.client(
            "s3", endpoint_url=settings.endpoint_url, region_name=settings.region
        )

    def put_file(self, key: str, path: Path) -> None:
        self.client.upload_file(str(path), self.bucket, self.prefix + key)

    def get_file(self, key: str, path: Path) -> bool:
        from botocore.exceptions import ClientError

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.download")
        try:
            self.client.download_file(self.bucket, self.prefix + key, str(tmp))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        os.replace(tmp, path)
        return True

    def keys(self, prefix: str) -> list[str]:
        found: list[str] = []
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix + prefix
        )
        for page in pages:
            found += [item["Key"][len(self.prefix) :] for item in page.get("Contents", [])]
        return found


@cache
def make_store(settings: StorageSettings) -> ObjectStore:
    return S3Store(settings) if settings.backend == "s3" else LocalStore()


def pull_prefix(store: ObjectStore, prefix: str, folder: Path) -> int:
    """Copy every object under ``prefix`` into ``folder`` (same relative names)."""
    count = 0
    for key in store.keys(prefix):
        store.get_file(key, folder / key[len(prefix) :])
        count += 1
    return count


def push_folder(store: ObjectStore, prefix: str, folder: Path, since: float = 0.0) -> int:
    """Put the files under ``folder`` changed since ``since`` (epoch seconds) at ``prefix``."""
    count = 0
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.stat().st_mtime >= since:
            store.put_file(prefix + path.relative_to(folder).as_posix(), path)
            count += 1
    return count
