"""Field-accuracy benchmark: run the pipeline in-process over the invoice set and score it.

``python -m bench.accuracy [--limit N] [--kinds pdf,png,scan] [--out PATH]``

Every document goes through ``invoice_scanner_processing.pipeline.process_file`` (no broker, no
database) in its own temporary work folder; the extracted fields are scored against the ground
truth with :mod:`bench.scoring`. The report prints a fixed-width table and writes every number,
plus per-document details, to JSON (default ``bench/out/accuracy-<UTC timestamp>.json``).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import logging
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.dataset import BenchDocument, load_real, load_synthetic, select
from bench.invoicegen.corpus import DEFAULT_COUNT, DEFAULT_SEED, ensure_corpus
from bench.invoicegen.model import ALL_KINDS, KINDS
from bench.scoring import (
    CORRECT,
    MISSING,
    NOT_SCORED,
    SCORED_FIELDS,
    DocumentScore,
    prediction_values,
    score_document,
)

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
ProcessFn = Callable[[Path, Path], Any]

#: Column headings of the accuracy table, one per scored field.
SHORT = {
    "invoice_number": "inv_no",
    "invoice_date": "date",
    "due_date": "due",
    "vendor_name": "vendor",
    "amount": "net",
    "vat": "vat",
    "total": "total",
    "currency": "cur",
    "line_items": "items",
}


class BenchError(RuntimeError):
    """The benchmark cannot run (no pipeline, no documents)."""


@dataclass(frozen=True)
class BenchSettings:
    """Benchmark defaults from the environment; command-line flags override them."""

    seed: int = DEFAULT_SEED
    count: int = DEFAULT_COUNT
    kinds: tuple[str, ...] = KINDS
    synthetic_dir: Path = REPO / "bench" / "data" / "synthetic"
    real_dir: Path | None = None
    out_dir: Path = REPO / "bench" / "out"

    @classmethod
    def from_env(cls, env: Any) -> BenchSettings:
        """Read ``BENCH_SEED``, ``BENCH_COUNT``, ``BENCH_KINDS``, ``BENCH_DATA_DIR``,
        ``BENCH_REAL_DIR`` and ``BENCH_OUT_DIR`` from an ``invoice_scanner_common`` ``Env``."""
        from invoice_scanner_common.settings import ConfigError

        kinds = tuple(k.strip() for k in env.str("BENCH_KINDS", ",".join(KINDS)).split(",") if k)
        if not kinds or set(kinds) - set(ALL_KINDS):
            raise ConfigError(f"BENCH_KINDS must be a subset of {','.join(ALL_KINDS)}; got {kinds}")
        real = env.optional("BENCH_REAL_DIR")
        return cls(
            seed=env.int("BENCH_SEED", DEFAULT_SEED),
            count=env.int("BENCH_COUNT", DEFAULT_COUNT, minimum=1),
            kinds=kinds,
            synthetic_dir=Path(env.str("BENCH_DATA_DIR", str(cls.synthetic_dir))),
            real_dir=Path(real) if real else default_real_dir(),
            out_dir=Path(env.str("BENCH_OUT_DIR", str(cls.out_dir))),
        )


def default_real_dir() -> Path | None:
    """The shared folder of real sample documents, where one exists."""
    for candidate in (REPO / "shared" / "data", Path("/work/shared/data")):
        if candidate.is_dir():
            return candidate
    return None


@dataclass
class DocumentResult:
    doc: BenchDocument
    score: DocumentScore
    decision: str  # "approved", "manual_review" or "error"
    seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)
    quality_score: float | None = None
    predicted_accuracy: float | None = None
    provider: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    predicted: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        truth = {name: self.doc.truth.get(name) for name in SCORED_FIELDS}
        return {
            "id": self.doc.id,
            "file": str(self.doc.path),
            "kind": self.doc.kind,
            "locale": self.doc.locale,
            "layout": self.doc.layout,
            "source": self.doc.source,
            "decision": self.decision,
            "quality_score": self.quality_score,
            "predicted_accuracy": self.predicted_accuracy,
            "seconds": round(self.seconds, 4),
            "stage_seconds": {k: round(v, 4) for k, v in self.stage_seconds.items()},
            "provider": self.provider,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "fields": dict(self.score.fields),
            "line_items_matched": self.score.line_items.matched,
            "line_items_truth": self.score.line_items.truth,
            "line_items_predicted": self.score.line_items.predicted,
            "truth": truth,
            "predicted": self.predicted,
            "error": self.error,
            **self.details,
        }


def load_process(spec: str | None) -> ProcessFn:
    """The function that runs one document; ``module:function`` or the real pipeline.

    The real pipeline is built once and reused, so OCR models and provider clients load once.
    """
    if spec:
        module_name, _, attr = spec.partition(":")
        fn: ProcessFn = getattr(importlib.import_module(module_name), attr or "process_file")
        return fn
    try:
        from invoice_scanner_processing.pipeline import Pipeline, process_file
    except ImportError as exc:
        raise BenchError(f"the processing pipeline cannot be imported: {exc}") from exc
    pipe = Pipeline()

    def run(raw_path: Path, work_dir: Path) -> Any:
        return process_file(raw_path, work_dir, pipeline=pipe)

    return run


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def run_document(doc: BenchDocument, process: ProcessFn, work_root: Path) -> DocumentResult:
    """Process one document in a fresh work folder and score it; errors score as all-missing."""
    work_dir = work_root / doc.id.replace("/", "__")
    raw_dir = work_dir / "upload"
    raw_dir.mkdir(parents=True)
    raw_path = raw_dir / doc.path.name
    # A copy, so a stage that moves or rewrites its input cannot damage the corpus.
    shutil.copyfile(doc.path, raw_path)
    started = time.perf_counter()
    try:
        outcome = process(raw_path, work_dir / "work")
    except Exception as exc:  # one broken document must not end the run
        logger.exception("%s: pipeline failed", doc.id)
        return DocumentResult(
            doc=doc,
            score=score_document(doc.truth, None, real=doc.source == "real"),
            decision="error",
            seconds=time.perf_counter() - started,
            error=f"{type(exc).__name__}: {exc}",
        )
    wall = time.perf_counter() - started
    fields = getattr(outcome, "fields", None)
    prediction = getattr(outcome, "prediction", None)
    usage = getattr(prediction, "usage", None)
    ocr = getattr(outcome, "ocr", None)
    evaluation = getattr(outcome, "evaluation", None)
    details: dict[str, Any] = {}
    if ocr is not None:
        details["ocr_engine"] = getattr(ocr, "engine", None)
        details["ocr_confidence"] = _float(getattr(ocr, "confidence", None))
    if evaluation is not None:
        details["reasons"] = list(getattr(evaluation, "reasons", []) or [])
    extraction = getattr(outcome, "extraction", None)
    if extraction is not None:
        # Each field's confidence as extraction reported it (before the evaluation raises
        # amounts that add up): for calibration studies.
        details["confidence"] = {
            k: round(float(v), 4) for k, v in (getattr(extraction, "confidence", {}) or {}).items()
        }
    if prediction is not None:
        details["flags"] = list(getattr(prediction, "flags", []) or [])
    return DocumentResult(
        doc=doc,
        score=score_document(doc.truth, fields, real=doc.source == "real"),
        decision=str(getattr(outcome, "decision", "manual_review")),
        seconds=_float(getattr(outcome, "seconds", None)) or wall,
        stage_seconds={
            k: float(v) for k, v in (getattr(outcome, "stage_seconds", {}) or {}).items()
        },
        quality_score=_float(getattr(outcome, "quality_score", None)),
        predicted_accuracy=_float(getattr(outcome, "predicted_accuracy", None)),
        provider=getattr(prediction, "provider", None),
        model=getattr(prediction, "model", None),
        input_tokens=int(getattr(usage, "input_tokens", 0) or 0),
        output_tokens=int(getattr(usage, "output_tokens", 0) or 0),
        predicted=prediction_values(fields),
        details=details,
    )


def run_documents(
    docs: Sequence[BenchDocument], process: ProcessFn, keep_work: Path | None = None
) -> list[DocumentResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-accuracy-") as tmp:
        root = keep_work or Path(tmp)
        for i, doc in enumerate(docs, start=1):
            result = run_document(doc, process, root)
            wrong = [
                SHORT.get(f, f)
                for f in SCORED_FIELDS
                if result.score.fields[f] not in (CORRECT, NOT_SCORED)
            ]
            logger.info(
                "[%d/%d] %s %s %.2fs %s",
                i,
                len(docs),
                doc.id,
                result.decision,
                result.seconds,
                "ok" if not wrong else "wrong: " + ",".join(wrong),
            )
            results.append(result)
    return results


# -- aggregation -------------------------------------------------------------------------------
def _percentile(values: Sequence[float], q: float) -> float | None:
    """The q-quantile by linear interpolation (numpy's default method)."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _timing(values: Sequence[float]) -> dict[str, float | None]:
    return {
        "n": len(values),
        "median": _percentile(values, 0.5),
        "p90": _percentile(values, 0.9),
        "mean": statistics.fmean(values) if values else None,
        "max": max(values) if values else None,
        "total": sum(values),
    }


def group_summary(results: Sequence[DocumentResult]) -> dict[str, Any]:
    """Accuracy of one group of documents; shares are in [0, 1], None for an empty group."""
    n = len(results)
    out: dict[str, Any] = {"n": n}
    fields: dict[str, Any] = {}
    for name in SCORED_FIELDS:
        statuses = Counter(r.score.fields[name] for r in results)
        scored = n - statuses[NOT_SCORED]
        fields[name] = {
            "accuracy": statuses[CORRECT] / scored if scored else None,
            "correct": statuses[CORRECT],
            "wrong": statuses["wrong"],
            "missing": statuses[MISSING],
            "not_scored": statuses[NOT_SCORED],
        }
    out["fields"] = fields
    right = sum(r.score.header_scored[0] for r in results)
    scored_fields = sum(r.score.header_scored[1] for r in results)
    #: Share of all scored header fields that are right: the "fields right" figure.
    out["header_fields_right"] = right / scored_fields if scored_fields else None
    header_ok = sum(r.score.header_all_correct for r in results)
    out["header_all_correct"] = header_ok / n if n else None
    matched = sum(r.score.line_items.matched for r in results)
    n_truth = sum(r.score.line_items.truth for r in results)
    n_pred = sum(r.score.line_items.predicted for r in results)
    out["line_items_items"] = {
        "matched": matched,
        "truth": n_truth,
        "predicted": n_pred,
        "precision": matched / n_pred if n_pred else None,
        "recall": matched / n_truth if n_truth else None,
        "f1": 2 * matched / (n_truth + n_pred) if (n_truth + n_pred) else None,
    }
    approved = [r for r in results if r.decision == "approved"]
    out["straight_through_rate"] = len(approved) / n if n else None
    out["errors"] = sum(r.decision == "error" for r in results)
    out["approved"] = {
        "n": len(approved),
        "header_all_correct": (
            sum(r.score.header_all_correct for r in approved) / len(approved) if approved else None
        ),
        "fields": {name: _share_correct(approved, name) for name in SCORED_FIELDS},
        "header_fields_right": (
            sum(r.score.header_scored[0] for r in approved)
            / max(1, sum(r.score.header_scored[1] for r in approved))
            if approved
            else None
        ),
    }
    predicted = [r.predicted_accuracy for r in results if r.predicted_accuracy is not None]
    out["predicted_accuracy_mean"] = statistics.fmean(predicted) if predicted else None
    out["seconds"] = _timing([r.seconds for r in results])
    return out


def _share_correct(results: Sequence[DocumentResult], name: str) -> float | None:
    scored = [r for r in results if r.score.fields[name] != NOT_SCORED]
    return sum(r.score.fields[name] == CORRECT for r in scored) / len(scored) if scored else None


def _group_by(
    results: Iterable[DocumentResult], key: Callable[[DocumentResult], str]
) -> dict[str, list[DocumentResult]]:
    groups: dict[str, list[DocumentResult]] = defaultdict(list)
    for r in results:
        groups[key(r)].append(r)
    return dict(sorted(groups.items()))


CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


def calibration(results: Sequence[DocumentResult]) -> dict[str, Any]:
    """How honest ``predicted_accuracy`` is: per bin, predicted vs observed header accuracy.

    A document's observed accuracy is the share of its 8 header fields scored correct; ECE is
    the document-weighted mean gap between the two (0 is perfectly calibrated).
    """
    pairs = [
        (
            r.predicted_accuracy,
            r.score.header_scored[0] / max(1, r.score.header_scored[1]),
        )
        for r in results
        if r.predicted_accuracy is not None
    ]
    bins = []
    for low, high in itertools.pairwise(CALIBRATION_BINS):
        inside = [(p, o) for p, o in pairs if low <= p < high]
        if inside:
            bins.append(
                {
                    "range": [low, min(high, 1.0)],
                    "n": len(inside),
                    "predicted": statistics.fmean(p for p, _ in inside),
                    "observed": statistics.fmean(o for _, o in inside),
                }
            )
    ece = (
        sum(b["n"] * abs(b["predicted"] - b["observed"]) for b in bins) / len(pairs)
        if pairs
        else None
    )
    return {"bins": bins, "ece": ece, "n": len(pairs)}


def summarise(results: Sequence[DocumentResult]) -> dict[str, Any]:
    stages: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for stage, seconds in r.stage_seconds.items():
            stages[stage].append(seconds)
    providers = Counter(
        f"{r.provider}/{r.model}" if r.model else r.provider for r in results if r.provider
    )
    input_tokens = sum(r.input_tokens for r in results)
    output_tokens = sum(r.output_tokens for r in results)
    reported = [r for r in results if r.input_tokens or r.output_tokens]
    return {
        "overall": group_summary(results),
        "by_kind": {
            k: group_summary(v) for k, v in _group_by(results, lambda r: r.doc.kind).items()
        },
        "by_locale": {
            k: group_summary(v) for k, v in _group_by(results, lambda r: r.doc.locale).items()
        },
        "by_layout": {
            k: group_summary(v) for k, v in _group_by(results, lambda r: r.doc.layout).items()
        },
        "by_source": {
            k: group_summary(v) for k, v in _group_by(results, lambda r: r.doc.source).items()
        },
        "timing": {
            "document": _timing([r.seconds for r in results]),
            "stages": {stage: _timing(values) for stage, values in stages.items()},
        },
        "calibration": calibration(results),
        "tokens": {
            "input": input_tokens,
            "output": output_tokens,
            "documents_reporting": len(reported),
            "input_per_document": input_tokens / len(reported) if reported else None,
            "output_per_document": output_tokens / len(reported) if reported else None,
            "providers": dict(providers),
        },
    }


# -- report ----------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_table(summary: dict[str, Any]) -> str:
    """The summary as fixed-width text: accuracy per group, then timing and tokens."""
    cols = [SHORT.get(f, f) for f in SCORED_FIELDS] + ["fields", "all8", "it_f1", "STP", "STP_ok"]
    head = f"{'group':<22}{'n':>5}" + "".join(f"{c:>8}" for c in cols)
    lines = [
        "Field accuracy in % (exact match after normalisation, share of documents)",
        "fields = share of all scored header fields right; a field whose XML-derived truth",
        "is null is not scored; real credit-note amounts are compared without sign;",
        "all8 = all 8 header fields right; it_f1 = line-item F1; STP = auto-approved;",
        "STP_ok = auto-approved with all 8 header fields right",
        "",
        head,
        "-" * len(head),
    ]

    def row(name: str, g: dict[str, Any]) -> str:
        values = [_pct(g["fields"][f]["accuracy"]) for f in SCORED_FIELDS]
        values += [
            _pct(g["header_fields_right"]),
            _pct(g["header_all_correct"]),
            _pct(g["line_items_items"]["f1"]),
            _pct(g["straight_through_rate"]),
            _pct(g["approved"]["header_all_correct"]),
        ]
        return f"{name[:22]:<22}{g['n']:>5}" + "".join(f"{v:>8}" for v in values)

    lines.append(row("overall", summary["overall"]))
    for section, prefix in (
        ("by_kind", "kind"),
        ("by_locale", "locale"),
        ("by_layout", "layout"),
        ("by_source", "source"),
    ):
        groups = summary[section]
        if section == "by_source" and len(groups) < 2:
            continue
        lines.append("")
        lines.extend(row(f"{prefix}={name}", g) for name, g in groups.items())
    approved = summary["overall"]["approved"]
    lines.append("")
    lines.append(
        f"{'approved only':<22}{approved['n']:>5}"
        + "".join(f"{_pct(approved['fields'][f]):>8}" for f in SCORED_FIELDS)
        + f"{_pct(approved['header_fields_right']):>8}"
        + f"{_pct(approved['header_all_correct']):>8}"
    )
    lines.append(
        f"approved: {_pct(approved['header_fields_right'])} % of their header fields right; "
        f"straight-through {_pct(summary['overall']['straight_through_rate'])} %"
    )
    errors = summary["overall"]["errors"]
    if errors:
        lines.append(f"pipeline errors: {errors} document(s), scored as missing")

    timing = summary["timing"]
    lines += [
        "",
        f"{'seconds':<22}{'n':>5}{'median':>9}{'p90':>9}{'mean':>9}{'max':>9}{'total':>10}",
    ]

    def trow(name: str, t: dict[str, Any]) -> str:
        return (
            f"{name:<22}{t['n']:>5}{_secs(t['median']):>9}{_secs(t['p90']):>9}"
            f"{_secs(t['mean']):>9}{_secs(t['max']):>9}{_secs(t['total']):>10}"
        )

    lines.append(trow("per document", timing["document"]))
    for stage, t in timing["stages"].items():
        lines.append(trow(f"  {stage}", t))
    for kind, g in summary["by_kind"].items():
        lines.append(trow(f"  kind={kind}", g["seconds"]))
    cal = summary.get("calibration")
    if cal and cal["bins"]:
        lines += ["", f"{'predicted_accuracy':<22}{'n':>5}{'predicted':>11}{'observed':>10}"]
        for b in cal["bins"]:
            low, high = b["range"]
            lines.append(
                f"{f'  {low:.2f}-{high:.2f}':<22}{b['n']:>5}"
                f"{_pct(b['predicted']):>11}{_pct(b['observed']):>10}"
            )
        lines.append(f"{'  calibration error':<22}{cal['n']:>5}{_pct(cal['ece']):>11}")
    tokens = summary["tokens"]
    lines.append("")
    if tokens["documents_reporting"]:
        lines.append(
            f"tokens: {tokens['input']} in / {tokens['output']} out over "
            f"{tokens['documents_reporting']} documents "
            f"({tokens['input_per_document']:.0f} / {tokens['output_per_document']:.0f} per doc)"
        )
    else:
        lines.append("tokens: none reported")
    if tokens["providers"]:
        lines.append("providers: " + ", ".join(f"{k} ×{v}" for k, v in tokens["providers"].items()))
    return "\n".join(lines)


def build_report(results: Sequence[DocumentResult], run_info: dict[str, Any]) -> dict[str, Any]:
    return {
        "run": run_info,
        "summary": summarise(results),
        "documents": [r.as_json() for r in results],
    }


def collect_documents(
    settings: BenchSettings,
    kinds: Sequence[str],
    limit: int | None,
    use_synthetic: bool = True,
    use_real: bool = True,
) -> list[BenchDocument]:
    docs: list[BenchDocument] = []
    if use_synthetic:
        folder = ensure_corpus(settings.synthetic_dir, settings.seed, settings.count, kinds)
        docs += select(load_synthetic(folder), kinds, limit)
    if use_real and settings.real_dir is not None and settings.real_dir.is_dir():
        docs += select(load_real(settings.real_dir), None, limit)
    return docs


def main(argv: list[str] | None = None) -> int:
    from invoice_scanner_common.settings import Env, load_environ

    settings = BenchSettings.from_env(Env(load_environ()))
    parser = argparse.ArgumentParser(
        prog="python -m bench.accuracy", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--limit", type=int, help="only the first N invoices (all their kinds)")
    parser.add_argument("--kinds", default=",".join(settings.kinds), help="subset of pdf,png,scan")
    parser.add_argument("--out", type=Path, help="JSON report path")
    parser.add_argument("--seed", type=int, default=settings.seed)
    parser.add_argument("--count", type=int, default=settings.count, help="invoices in the set")
    parser.add_argument("--data", type=Path, default=settings.synthetic_dir, help="synthetic set")
    parser.add_argument("--real", type=Path, default=settings.real_dir, help="real samples folder")
    parser.add_argument("--no-real", action="store_true", help="skip real samples")
    parser.add_argument("--no-synthetic", action="store_true", help="only real samples")
    parser.add_argument("--pipeline", help="module:function to call instead of process_file")
    parser.add_argument("--keep-work", type=Path, help="keep stage artefacts in this folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every document")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logger.setLevel(logging.INFO)  # progress lines always; the pipeline's logs only with -v
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    if not kinds or set(kinds) - set(ALL_KINDS):
        parser.error(f"--kinds must be a subset of {','.join(ALL_KINDS)}")
    settings = BenchSettings(
        seed=args.seed,
        count=args.count,
        kinds=tuple(kinds),
        synthetic_dir=args.data,
        real_dir=None if args.no_real else args.real,
        out_dir=settings.out_dir,
    )
    docs = collect_documents(settings, kinds, args.limit, use_synthetic=not args.no_synthetic)
    if not docs:
        raise BenchError("no documents selected")
    process = load_process(args.pipeline)
    # Each document is read as a worker reads it: the bounded child that decodes uploads is
    # forked once and reused, as every worker process sets up at start (``signals.py``), not
    # forked afresh per document (which costs a born-digital page about 0.1 s here).
    from invoice_scanner_processing import sandbox

    sandbox.reuse_children()
    started = datetime.now(UTC)
    clock = time.perf_counter()
    try:
        results = run_documents(docs, process, keep_work=args.keep_work)
    finally:
        sandbox.stop_reusing()
    wall = time.perf_counter() - clock
    run_info = {
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": settings.seed,
        "count": settings.count,
        "kinds": kinds,
        "limit": args.limit,
        "documents": len(results),
        "wall_seconds": round(wall, 2),
        "pipeline": args.pipeline or "invoice_scanner_processing.pipeline:process_file",
        "real_dir": str(settings.real_dir) if settings.real_dir else None,
    }
    report = build_report(results, run_info)
    out = args.out or settings.out_dir / f"accuracy-{started:%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(format_table(report["summary"]))
    print(f"\n{len(results)} documents in {wall:.0f} s wall clock")
    print(f"\nreport: {out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"bench.accuracy: {exc}", file=sys.stderr)
        sys.exit(2)
