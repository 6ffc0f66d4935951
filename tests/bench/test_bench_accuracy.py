"""The accuracy runner end to end, with a stand-in for the pipeline (test code only)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import format_table, main, run_documents, summarise
from bench.dataset import load_real, load_synthetic, select
from bench.invoicegen.corpus import generate
from invoice_scanner_processing.schema import InvoiceFields, Prediction, Usage

STANDIN = """
import json
from pathlib import Path
from types import SimpleNamespace

TRUTH_DIR = Path({truth_dir!r})


def process_file(raw_path, work_dir):
    truth = json.loads((TRUTH_DIR / (raw_path.stem + ".json")).read_text())
    fields = {{k: truth[k] for k in ("invoice_number", "invoice_date", "vendor_name", "total")}}
    usage = SimpleNamespace(input_tokens=100, output_tokens=20)
    return SimpleNamespace(
        fields=fields, decision="approved", seconds=0.5, stage_seconds={{"ocr": 0.25}},
        prediction=SimpleNamespace(usage=usage, provider="standin", model="m1"),
    )
"""


@dataclass
class Outcome:
    fields: InvoiceFields
    decision: str
    prediction: Prediction
    quality_score: float = 0.9
    predicted_accuracy: float = 0.8
    seconds: float = 1.0
    stage_seconds: dict[str, float] = field(default_factory=dict)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("bench") / "synthetic", 11, 6, ("pdf",))


def make_standin(truths: dict[str, dict[str, Any]]) -> Callable[[Path, Path], Outcome]:
    """An oracle that returns the truth, except a wrong total for invoice 0 and no approval
    for invoice 1, so the expected scores are known."""

    def standin(raw_path: Path, work_dir: Path) -> Outcome:
        fields = InvoiceFields.model_validate(truths[raw_path.name])
        if raw_path.stem.startswith("inv-0000"):
            fields = fields.model_copy(update={"total": (fields.total or Decimal(0)) + 1})
        usage = Usage(input_tokens=10, output_tokens=3)
        prediction = Prediction(fields=fields, provider="standin", model="m1", usage=usage)
        decision = "manual_review" if raw_path.stem.startswith("inv-0001") else "approved"
        stages = {"preprocessing": 0.1, "ocr": 0.5, "prediction": 0.3}
        return Outcome(fields, decision, prediction, seconds=0.9, stage_seconds=stages)

    return standin


def test_runner_scores_and_summarises(corpus: Path, tmp_path: Path) -> None:
    docs = load_synthetic(corpus)
    assert len(docs) == 6
    standin = make_standin({doc.path.name: doc.truth for doc in docs})
    results = run_documents(docs, standin, keep_work=tmp_path / "work")
    assert (tmp_path / "work" / "inv-0000-pdf" / "upload" / "inv-0000-pdf.pdf").is_file()
    summary = summarise(results)
    overall = summary["overall"]
    assert overall["n"] == 6
    assert overall["fields"]["total"]["accuracy"] == pytest.approx(5 / 6)
    assert overall["fields"]["invoice_number"]["accuracy"] == 1.0
    assert overall["fields"]["line_items"]["accuracy"] == 1.0
    assert overall["header_all_correct"] == pytest.approx(5 / 6)
    assert overall["straight_through_rate"] == pytest.approx(5 / 6)
    assert overall["approved"]["fields"]["total"] == pytest.approx(4 / 5)
    assert summary["timing"]["document"]["median"] == pytest.approx(0.9)
    assert summary["timing"]["stages"]["ocr"]["p90"] == pytest.approx(0.5)
    assert summary["tokens"]["input"] == 60 and summary["tokens"]["output"] == 18
    assert set(summary["by_kind"]) == {"pdf"}
    assert len(summary["by_layout"]) == 6
    table = format_table(summary)
    assert "overall" in table and "kind=pdf" in table and "locale=" in table
    widths = {len(line) for line in table.splitlines() if line.startswith(("overall", "kind="))}
    assert len(widths) == 1  # fixed-width rows


def test_a_failing_pipeline_counts_as_missing(corpus: Path) -> None:
    def broken(raw_path: Path, work_dir: Path) -> Any:
        raise RuntimeError("boom")

    docs = select(load_synthetic(corpus), ["pdf"], 2)
    results = run_documents(docs, broken)
    assert [r.decision for r in results] == ["error", "error"]
    summary = summarise(results)["overall"]
    assert summary["errors"] == 2
    assert summary["fields"]["total"]["missing"] == 2
    assert summary["straight_through_rate"] == 0


def test_main_writes_json_and_prints_table(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = tmp_path / "standin_pipeline.py"
    module.write_text(STANDIN.format(truth_dir=str(corpus / "truth")))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("ENV_FILE", str(tmp_path / "no.env"))
    out = tmp_path / "report.json"
    argv = ["--data", str(corpus), "--seed", "11", "--count", "6", "--kinds", "pdf"]
    argv += ["--limit", "3", "--no-real", "--pipeline", "standin_pipeline:process_file"]
    assert main([*argv, "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["run"]["documents"] == 3
    assert report["summary"]["overall"]["fields"]["invoice_number"]["accuracy"] == 1.0
    assert report["summary"]["overall"]["fields"]["amount"]["missing"] == 3
    assert report["documents"][0]["fields"]["amount"] == "missing"
    assert "tokens: 300 in / 60 out" in capsys.readouterr().out
    sys.modules.pop("standin_pipeline", None)


def test_real_documents_folder(tmp_path: Path) -> None:
    (tmp_path / "acme").mkdir()
    (tmp_path / "acme" / "doc.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "acme" / "doc.json").write_text(
        json.dumps({"invoice_number": "A-1", "total": "10.00", "locale": "de-DE"})
    )
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "photo.json").write_text(json.dumps({"invoice_number": "B-2"}))
    (tmp_path / "orphan.png").write_bytes(b"")
    docs = load_real(tmp_path)
    assert [(d.id, d.kind, d.locale, d.source) for d in docs] == [
        ("real/acme/doc", "pdf", "de-DE", "real"),
        ("real/photo", "scan", "unknown", "real"),
    ]


def test_settings_from_env(tmp_path: Path) -> None:
    from bench.accuracy import BenchSettings
    from invoice_scanner_common.settings import ConfigError, Env

    env = Env({"BENCH_SEED": "7", "BENCH_COUNT": "12", "BENCH_KINDS": "pdf,scan"})
    settings = BenchSettings.from_env(env)
    assert (settings.seed, settings.count, settings.kinds) == (7, 12, ("pdf", "scan"))
    assert settings.synthetic_dir.name == "synthetic"
    with pytest.raises(ConfigError):
        BenchSettings.from_env(Env({"BENCH_COUNT": "0"}))
    with pytest.raises(ConfigError):
        BenchSettings.from_env(Env({"BENCH_KINDS": "pdf,tiff"}))
    assert BenchSettings.from_env(Env({"BENCH_REAL_DIR": str(tmp_path)})).real_dir == tmp_path


def test_calibration_compares_predicted_with_observed_accuracy() -> None:
    from types import SimpleNamespace

    from bench.accuracy import calibration
    from bench.scoring import CORRECT, WRONG, DocumentScore
    from invoice_scanner_processing.schema import HEADER_FIELDS

    def result(predicted: float, wrong: int) -> Any:
        fields = {name: (WRONG if i < wrong else CORRECT) for i, name in enumerate(HEADER_FIELDS)}
        return SimpleNamespace(predicted_accuracy=predicted, score=DocumentScore(fields=fields))

    honest = calibration([result(1.0 - 1 / 8, 1), result(0.97, 0)])
    assert honest["n"] == 2
    assert honest["ece"] is not None and honest["ece"] < 0.03
    overconfident = calibration([result(0.96, 4), result(0.96, 4)])
    assert overconfident["bins"] == [
        {"range": [0.95, 1.0], "n": 2, "predicted": 0.96, "observed": 0.5}
    ]
    assert abs(overconfident["ece"] - 0.46) < 1e-9
