"""Per-document artefacts under DOCUMENTS_PROCESSED_DIR/<document id>/, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.files import write_bytes_atomic

M = TypeVar("M", bound=BaseModel)


def artefact(stage: str) -> str:
    """The file the named stage writes in a document's folder (from the stage table)."""
    name = STAGES[stage].artefact
    assert name is not None, stage
    return name


MANIFEST = artefact("preprocessing")
OCR = artefact("ocr")
PREDICTION = artefact("llm")
EXTRACTION = artefact("extraction")
EVALUATION = artefact("evaluation")
#: Not a stage's own artefact: what supplier memory matched during prediction.
MEMORY = "memory.json"


def write_model(path: Path, model: BaseModel) -> None:
    write_bytes_atomic(path, model.model_dump_json(indent=1).encode())


def read_model(path: Path, cls: type[M]) -> M:
    return cls.model_validate_json(path.read_bytes())
