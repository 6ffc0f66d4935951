"""Crash-safe storage of uploaded files under DOCUMENTS_RAW_DIR.

Files are streamed to a temporary name, hashed on the way, fsynced and renamed to a generated
name, so a record never points at a half-written file and the client's filename never touches
the file system.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from invoice_scanner_common.files import replace_durably

CHUNK = 1024 * 1024


class TooLargeError(Exception):
    pass


@dataclass
class StagedFile:
    path: Path
    size: int
    sha256: str

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def stage_upload(stream: IO[bytes], raw_dir: Path, max_bytes: int) -> StagedFile:
    """Copy ``stream`` to a temporary file in ``raw_dir``; raise TooLargeError past max_bytes."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    tmp = raw_dir / f".upload-{uuid.uuid4().hex}.part"
    digest = hashlib.sha256()
    size = 0
    try:
        with open(tmp, "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLargeError
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return StagedFile(tmp, size, digest.hexdigest())


def commit_staged(staged: StagedFile, raw_dir: Path, relative: str) -> Path:
    """Atomically move the staged file to ``raw_dir/relative`` and make the rename durable."""
    target = raw_dir / relative
    replace_durably(staged.path, target)
    staged.path = target
    return target
