"""Fit the rule reader's candidate scorer (``make fit-scorer``) and compare it with the
hand-set choice on documents it was not fitted on.

Labelled documents: the synthetic tuning set (``--seed 7``, never the benchmark's 1234), the
real development documents (``shared/data/real-dev``) and the second blind set
(``bench/blindsets/blind-2026-11b``, fitted on only after its before-figures were recorded in
``bench/blindsets/reports/blind-2026-11b-before.json``: it is training data now, no longer a
blind estimate). The first blind set (``blind-2026-11``) is never fitted on.

Each document is read by the rule reader with a recording scorer that sees every candidate of
the invoice number, the two dates and the vendor (:data:`scorer.FIELDS`) and keeps the
hand-set choice; a candidate is labelled right when ``bench.scoring.score_field`` says its
value equals the truth. One logistic regression per field (scikit-learn, a dev-only
dependency) is fitted on the standardised features of :func:`scorer.features`; its mean,
scale, weights and intercept, rounded to 6 significant digits, are written as JSON
(``weights/scorer-v2.json``), which the reader loads without scikit-learn.

    python -m bench.fit_scorer                 # fit on all labelled documents, write weights
    python -m bench.fit_scorer --check         # fit again, fail when the file would change
    python -m bench.fit_scorer --evaluate      # choice accuracy: blind-2026-11, each family out

OCR comes from :mod:`bench.ocrcache`; the first run reads every file (minutes), later runs
only the rule reader's time.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench.accuracy import default_real_dir
from bench.dataset import BenchDocument, load_real, load_synthetic
from bench.invoicegen.corpus import ensure_corpus
from bench.ocrcache import cached_ocr
from bench.scoring import CORRECT, norm_vendor, score_field
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.scorer import (
    DEFAULT_WEIGHTS,
    FEATURES,
    FIELDS,
    CandidateLike,
    Context,
    FieldModel,
    LearnedScorer,
    features,
)

logger = logging.getLogger("bench.fit_scorer")

ROOT = Path(__file__).resolve().parent.parent
TUNE_SEED = 7
TUNE_COUNT = 80
TUNE_KINDS = ("pdf", "png")
TUNE_DIR = ROOT / "bench" / "data" / "tune"
BLIND = ROOT / "bench" / "blindsets" / "blind-2026-11"
#: Written blind, its before-figures recorded, then added to the fit (bench/README.md).
BLIND_B = ROOT / "bench" / "blindsets" / "blind-2026-11b"
VERSION = "scorer-v2"
#: Only the development folder: the shared data folder may hold blind sets too, never fitted on.
_SHARED = default_real_dir()
REAL_DEV = _SHARED / "real-dev" if _SHARED is not None else None
#: L2 strength of the regressions (scikit-learn's C): moderate, as the features overlap.
C_REG = 0.5

C = TypeVar("C", bound=CandidateLike)


@dataclass
class Choice:
    """One field's candidates in one document, and which of them are right."""

    field: str
    doc: str
    group: str
    rows: list[list[float]]
    correct: list[bool]
    hand: int


class RecordingScorer:
    """Keeps the hand-set choice and records every choice's features (for fitting)."""

    name = "hand"
    wants_all = True

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[list[float]], list[object], int]] = []

    def choose(
        self, field: str, cands: Sequence[C], hand: C, ctx: Context
    ) -> tuple[C, float | None]:
        index = next(i for i, c in enumerate(cands) if c is hand)
        rows = features(cands, hand, ctx)
        self.calls.append((field, rows, [c.value for c in cands], index))
        return hand, None


def family(doc: BenchDocument, folder: str = "real") -> str:
    """Real documents group by their folder and sender (the truth's vendor); synthetic ones
    are one group."""
    if doc.source != "real":
        return "synthetic"
    return f"{folder}:" + norm_vendor(doc.truth.get("vendor_name"))


def gather(docs: Sequence[BenchDocument], folder: str = "real") -> list[Choice]:
    """Every scored choice of ``docs``; real documents' groups are named after ``folder``."""
    out: list[Choice] = []
    for doc in docs:
        recorder = RecordingScorer()
        RuleExtractor(recorder).predict(cached_ocr(doc.path))
        xml_truth = doc.source == "real" and "xml" in str(doc.truth.get("origin") or "").lower()
        for field, rows, values, hand in recorder.calls:
            truth = doc.truth.get(field)
            if truth is None and xml_truth:
                continue  # the XML did not say: not scored, so not labelled either
            correct = [score_field(field, truth, v) == CORRECT for v in values]
            out.append(Choice(field, doc.id, family(doc, folder), rows, correct, hand))
    return out


def _sig(x: float) -> float:
    return float(f"{x:.6g}")


def fit(choices: Sequence[Choice]) -> dict[str, FieldModel]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    models: dict[str, FieldModel] = {}
    for field in FIELDS:
        mine = [c for c in choices if c.field == field]
        xs = np.array([r for c in mine for r in c.rows], dtype=float)
        ys = np.array([ok for c in mine for ok in c.correct], dtype=int)
        if len(mine) < 5 or ys.min(initial=1) == ys.max(initial=0):
            continue
        mean = xs.mean(axis=0)
        scale = xs.std(axis=0)
        scale[scale < 1e-9] = 1.0
        reg = LogisticRegression(C=C_REG, max_iter=5000, tol=1e-10)
        reg.fit((xs - mean) / scale, ys)
        models[field] = FieldModel(
            FEATURES,
            tuple(_sig(v) for v in mean),
            tuple(_sig(v) for v in scale),
            tuple(_sig(v) for v in reg.coef_[0]),
            _sig(float(reg.intercept_[0])),
        )
    return models


def weights_json(models: dict[str, FieldModel], trained_on: dict[str, int]) -> str:
    doc = {
        "version": VERSION,
        "model": "logistic regression per field over standardised candidate features",
        "fitted_by": "make fit-scorer (bench/fit_scorer.py)",
        "trained_on": trained_on,
        "fields": {
            name: {
                "features": list(m.features),
                "mean": list(m.mean),
                "scale": list(m.scale),
                "weights": list(m.weights),
                "intercept": m.intercept,
            }
            for name, m in sorted(models.items())
        },
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def tuning_documents(count: int = TUNE_COUNT) -> list[BenchDocument]:
    """The synthetic tuning set (seed 7), generated on first use."""
    return load_synthetic(ensure_corpus(TUNE_DIR, TUNE_SEED, count, TUNE_KINDS))


def training_choices(
    count: int = TUNE_COUNT, real: Sequence[Path] = ()
) -> tuple[list[Choice], dict[str, int]]:
    """The labelled choices of the synthetic tuning set and of the ``real`` folders (each
    sender's documents a group named after its folder), and what they came from."""
    synthetic = tuning_documents(count)
    choices = gather(synthetic)
    counts = {"synthetic_documents": len(synthetic)}
    for folder in real:
        if not folder.is_dir():
            continue
        docs = load_real(folder)
        choices += gather(docs, folder.name)
        counts[f"{folder.name}_documents"] = len(docs)
    counts["choices"] = len(choices)
    return choices, counts


# -- evaluation ---------------------------------------------------------------------------------


def learned_pick(model: FieldModel, choice: Choice) -> int:
    probs = [model.probability(r) for r in choice.rows]
    return max(range(len(probs)), key=lambda i: (round(probs[i], 9), i == choice.hand, -i))


def compare(models: dict[str, FieldModel], choices: Sequence[Choice]) -> dict[str, list[int]]:
    """Per field: [choices, hand right, learned right, some candidate right]."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for c in choices:
        row = out[c.field]
        row[0] += 1
        row[1] += c.correct[c.hand]
        model = models.get(c.field)
        pick = learned_pick(model, c) if model is not None else c.hand
        row[2] += c.correct[pick]
        row[3] += any(c.correct)
    return dict(out)


def _print(title: str, table: dict[str, list[int]]) -> None:
    print(f"\n{title}\n  {'field':<16}{'n':>5}{'hand':>7}{'learned':>9}{'oracle':>8}")
    for field in FIELDS:
        if field in table:
            n, hand, learned, oracle = table[field]
            print(f"  {field:<16}{n:>5}{hand:>7}{learned:>9}{oracle:>8}")


def _add(totals: dict[str, list[int]], table: dict[str, list[int]]) -> None:
    for field, row in table.items():
        totals[field] = [a + b for a, b in zip(totals.get(field, [0, 0, 0, 0]), row, strict=True)]


def leave_one_family_out(train: Sequence[Choice], prefix: str) -> dict[str, list[int]]:
    """Each sender family whose group starts with ``prefix``, chosen by a fit on the rest."""
    totals: dict[str, list[int]] = {}
    for group in sorted({c.group for c in train if c.group.startswith(prefix + ":")}):
        held = [c for c in train if c.group == group]
        _add(totals, compare(fit([c for c in train if c.group != group]), held))
    return totals


def evaluate(train: list[Choice], blind: list[Choice]) -> None:
    title = "blind-2026-11 (never fitted on; fitted on all training data)"
    _print(title, compare(fit(train), blind))
    for prefix in sorted({c.group.split(":")[0] for c in train if c.group != "synthetic"}):
        _print(f"{prefix}, leave one sender family out", leave_one_family_out(train, prefix))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS, help="weights file")
    parser.add_argument("--count", type=int, default=TUNE_COUNT, help="synthetic invoices")
    parser.add_argument(
        "--real",
        type=Path,
        action="append",
        help="real labelled folders to fit on (default: real-dev and blind-2026-11b)",
    )
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    parser.add_argument("--evaluate", action="store_true", help="compare with the hand-set rule")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    real = args.real if args.real else [p for p in (REAL_DEV, BLIND_B) if p is not None]
    train, counts = training_choices(args.count, real)
    if args.evaluate:
        evaluate(train, gather(load_real(BLIND), BLIND.name))
        return 0
    trained_on: dict[str, int] = {
        "synthetic_seed": TUNE_SEED,
        "synthetic_invoices": args.count,
        **counts,
    }
    text = weights_json(fit(train), trained_on)
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'unchanged' if same else 'DIFFERS from a fresh fit'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    LearnedScorer.load(args.out)
    print(f"wrote {args.out} ({trained_on})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
