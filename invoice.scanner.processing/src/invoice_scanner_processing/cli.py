"""``invoice-scanner``: scan files in-process, or start the service's parts.

``scan`` runs the five stages on local files in this process (no database, broker or API) and
prints one JSON object per file (JSON Lines). The other commands start a service command in
place of this process: ``api`` (gunicorn), ``worker`` (Celery, one queue), ``migrate``,
``create-user`` and ``sweep`` (the API package's admin commands; they need it installed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from invoice_scanner_common.contracts import Queue

STAGES = ("preprocessing", "ocr", "prediction", "extraction", "evaluation")


def scan_one(path: Path, pipeline: Any, keep: Path | None) -> dict[str, Any]:
    """The JSON record for one file: fields, confidence, decision and per-stage seconds."""
    from invoice_scanner_processing.pipeline import process_file

    work = Path(tempfile.mkdtemp(prefix="invoice-scan-")) if keep is None else keep / path.stem
    try:
        outcome = process_file(path, work, pipeline=pipeline)
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return {
        "file": str(path),
        # Amounts as JSON numbers and dates as ISO text, as the HTTP API gives them.
        "fields": json.loads(json.dumps(outcome.fields.model_dump(), default=_plain)),
        "confidence": outcome.extraction.confidence,
        "decision": outcome.decision,
        "quality_score": outcome.quality_score,
        "predicted_accuracy": outcome.predicted_accuracy,
        "reasons": outcome.evaluation.reasons,
        "stage_seconds": {k: round(v, 3) for k, v in outcome.stage_seconds.items()},
        "seconds": round(outcome.seconds, 3),
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def scan(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from invoice_scanner_processing.pipeline import Pipeline

    pipeline = Pipeline()  # one OCR engine and provider for every file
    failed = 0
    # tqdm(disable=None) hides the bar when stderr is not a terminal; one file needs none.
    disable = {"on": False, "off": True}.get(args.progress, None if len(args.files) > 1 else True)
    with tqdm(args.files, unit="file", file=sys.stderr, disable=disable) as bar:
        for path in bar:
            bar.set_postfix_str(path.name)
            try:
                record = scan_one(path, pipeline, args.keep)
            except Exception as exc:  # one bad file must not stop the batch
                failed += 1
                record = {"file": str(path), "error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(record, ensure_ascii=False, indent=args.indent), flush=True)
    return 1 if failed else 0


def _exec(argv: list[str]) -> int:
    """Replace this process with a service command (signals then reach it directly)."""
    os.execvp(argv[0], argv)  # noqa: S606 - a fixed argv list, no shell
    return 0  # not reached


def _python(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def _bin(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def api(args: argparse.Namespace) -> int:
    bind = f"{args.host}:{args.port}"
    return _exec(
        [_bin("gunicorn"), "--bind", bind, "--workers", str(args.workers), "--access-logfile",
         "-", "invoice_scanner_api:create_app()"]
    )  # fmt: skip


def worker(args: argparse.Namespace) -> int:
    queues = ",".join(args.queue)
    return _exec(
        [_bin("celery"), "-A", "invoice_scanner_processing.celery_app", "worker", "-Q", queues,
         "-n", f"{args.queue[0]}@%h", "--concurrency", str(args.concurrency),
         "--prefetch-multiplier=1", "--loglevel", args.loglevel]
    )  # fmt: skip


def migrate(args: argparse.Namespace) -> int:
    return _exec(
        _python("invoice_scanner_api.migrate", *([args.revision] if args.revision else []))
    )


def create_user(args: argparse.Namespace) -> int:
    extra = ["--password-stdin"] if args.password_stdin else []
    return _exec(
        _python("invoice_scanner_api.admin", "create-user", args.email, "--company", args.company)
        + extra
    )


def sweep(_: argparse.Namespace) -> int:
    return _exec(_python("invoice_scanner_api.admin", "sweep"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="invoice-scanner",
        description="Read invoices: scan local files, or run the API, workers and admin tasks.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("scan", help="run the pipeline in-process on local files; print JSON lines")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="PDF or image files")
    p.add_argument("--keep", type=Path, help="keep each file's artefacts in KEEP/<file stem>/")
    p.add_argument("--indent", type=int, default=None, help="pretty-print the JSON")
    p.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar on stderr (auto: on a terminal, for more than one file)",
    )
    p.set_defaults(run=scan)

    p = sub.add_parser("api", help="serve the HTTP API with gunicorn")
    p.add_argument("--host", default="0.0.0.0")  # noqa: S104 - as make run serves it
    p.add_argument("--port", type=int, default=int(os.environ.get("API_PORT", "5000")))
    p.add_argument("--workers", type=int, default=int(os.environ.get("API_WORKERS", "2")))
    p.set_defaults(run=api)

    p = sub.add_parser("worker", help="run a Celery worker for one or more queues")
    p.add_argument("--queue", action="append", required=True, choices=[q.value for q in Queue])
    p.add_argument("--concurrency", type=int, default=1)
    p.add_argument("--loglevel", default=os.environ.get("LOG_LEVEL", "INFO"))
    p.set_defaults(run=worker)

    p = sub.add_parser("migrate", help="create the database if needed and apply migrations")
    p.add_argument("revision", nargs="?", help="target revision (default: head)")
    p.set_defaults(run=migrate)

    p = sub.add_parser("create-user", help="create a company and its first user")
    p.add_argument("email")
    p.add_argument("--company", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(run=create_user)

    what = (
        "queue documents stored while the broker was down (queued=false) and re-send webhook "
        "deliveries never attempted; does not re-drive documents stuck inside a stage"
    )
    p = sub.add_parser("sweep", help=what, description=what)
    p.set_defaults(run=sweep)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
