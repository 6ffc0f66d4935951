"""Crash-safe file writes, for the API's uploads and the workers' artefacts alike."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace_durably(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target`` and make the rename itself reach the disk, so that a
    database row written afterwards never points at a file a crash could lose."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so that readers see the old file or the whole new one, never a half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        replace_durably(Path(tmp), path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
