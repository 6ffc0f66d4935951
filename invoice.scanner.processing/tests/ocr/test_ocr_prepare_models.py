from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from invoice_scanner_processing.engines.ocr.prepare_models import (
    ModelPreparationError,
    is_prepared,
    main,
    prepare,
)


def test_prepared_folders_name_the_model_and_carry_the_dictionary(model_dir: Path) -> None:
    assert is_prepared(model_dir, "v6")
    det = yaml.safe_load((model_dir / "v6" / "det" / "inference.yml").read_text("utf-8"))
    rec = yaml.safe_load((model_dir / "v6" / "rec" / "inference.yml").read_text("utf-8"))
    assert det["Global"]["model_name"] == "PP-OCRv6_small_det"
    assert rec["Global"]["model_name"] == "PP-OCRv6_small_rec"
    characters = rec["PostProcess"]["character_dict"]
    assert len(characters) > 10000
    assert "€" in characters and "Ö" in characters
    assert (model_dir / "v6" / "rec" / "inference.onnx").stat().st_size > 1_000_000


def test_prepare_is_idempotent_and_cli_writes_both_sets(tmp_path: Path) -> None:
    assert main(["--dest", str(tmp_path), "--models", "v6"]) == 0
    first = (tmp_path / "v6" / "rec" / "inference.yml").read_bytes()
    prepare(tmp_path, "v6")
    assert (tmp_path / "v6" / "rec" / "inference.yml").read_bytes() == first
    assert not is_prepared(tmp_path, "v4")


def test_unknown_set_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelPreparationError, match="unknown model set"):
        prepare(tmp_path, "v9")
