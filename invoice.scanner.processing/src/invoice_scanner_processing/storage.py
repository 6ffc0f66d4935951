"""Per-document artefacts under DOCUMENTS_PROCESSED_DIR/<document id>/, written atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

MANIFEST = "manifest.json"
OCR = "ocr.json"
PREDICTION = "prediction.json"
EXTRACTION = "extraction.json"
EVALUATION = "evaluation.json"
MEMORY = "memory.json"


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so that readers see the old file or the whole new one, never a half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        # The rename itself must reach the disk before the database says the stage is done.
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_model(path: Path, model: BaseModel) -> None:
    write_bytes_atomic(path, model.model_dump_json(indent=1).encode())


def read_model(path: Path, cls: type[M]) -> M:
    return cls.model_validate_json(path.read_bytes())
