"""Pure helpers of the stack benchmark (`make bench`): percentiles, the per-stage split of a
status history, Celery task events per document, wrk output and the JSON report.

Nothing here starts a process or opens a socket, so the tests can run it directly.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from invoice_scanner_common.contracts import TaskName

#: Terminal statuses: the pipeline's decision or an error.
TERMINAL = frozenset(
    {
        "approved",
        "manual_review",
        "preprocess_error",
        "ocr_error",
        "predict_error",
        "extraction_error",
        "evaluation_error",
    }
)

#: Which stage a history interval belongs to, by the status it starts from. The interval from
#: ``preprocessed`` to ``ocr_extracting`` is the hop between two queues, not a stage.
INTERVAL_STAGE = {
    "preprocessing": "preprocessing",
    "preprocessed": "hop_to_ocr",
    "ocr_extracting": "ocr",
    "predicting": "llm",
    "extraction": "extraction",
    "automated_evaluation": "evaluation",
}

#: Celery task names of the five stages, as the workers report them in task events.
STAGE_TASKS = {
    TaskName.PREPROCESS.value: "preprocessing",
    TaskName.OCR.value: "ocr",
    TaskName.PREDICT.value: "llm",
    TaskName.EXTRACT.value: "extraction",
    TaskName.EVALUATE.value: "evaluation",
}


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values: Sequence[float], digits: int = 4) -> dict[str, Any]:
    """Count, mean and p50/p90/p99 of ``values`` (seconds or whatever unit they carry)."""
    out: dict[str, Any] = {"n": len(values)}
    if values:
        out["mean"] = round(sum(values) / len(values), digits)
    for q in (50, 90, 99):
        p = percentile(values, q)
        out[f"p{q}"] = None if p is None else round(p, digits)
    return out


def _at(value: str | datetime) -> float:
    return (value if isinstance(value, datetime) else datetime.fromisoformat(value)).timestamp()


def history_split(history: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Seconds spent between consecutive transitions, keyed by stage (see INTERVAL_STAGE).

    ``history`` is the status endpoint's list of ``{"status", "reason", "at"}``, oldest first.
    A status repeated (a retried stage) adds to the same stage.
    """
    split: dict[str, float] = {}
    for before, after in itertools.pairwise(history):
        key = INTERVAL_STAGE.get(before["status"], before["status"])
        split[key] = split.get(key, 0.0) + _at(after["at"]) - _at(before["at"])
    return split


def lifetime(history: Sequence[Mapping[str, Any]]) -> float | None:
    """Seconds from the upload's transition to the terminal one; None if not terminal."""
    if not history or history[-1]["status"] not in TERMINAL:
        return None
    return _at(history[-1]["at"]) - _at(history[0]["at"])


_DOC_ID = re.compile(r"document_id['\"]?\s*[:=]\s*['\"]([0-9a-f-]{36})")


class TaskEvents:
    """Celery task events folded into per-document stage runtimes.

    Feed it the dicts a ``celery.events.Receiver`` hands over; ``task-received`` carries the
    kwargs (and so the document id), ``task-succeeded``/``task-failed`` the runtime.
    """

    def __init__(self) -> None:
        self.doc_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        self.runtime: dict[str, dict[str, float]] = {}

    def feed(self, event: Mapping[str, Any]) -> None:
        kind, task_id = event.get("type"), event.get("uuid")
        if not task_id:
            return
        if kind == "task-received":
            match = _DOC_ID.search(str(event.get("kwargs", "")))
            if match:
                self.doc_of[task_id] = match.group(1)
                self.name_of[task_id] = str(event.get("name", ""))
        elif kind == "task-succeeded" and task_id in self.doc_of:
            name = self.name_of[task_id]
            stage = STAGE_TASKS.get(name, name.rsplit(".", 1)[-1])
            per_doc = self.runtime.setdefault(self.doc_of[task_id], {})
            per_doc[stage] = per_doc.get(stage, 0.0) + float(event.get("runtime") or 0.0)

    def stage_seconds(self, document_id: str) -> dict[str, float]:
        return dict(self.runtime.get(document_id, {}))


def overhead(life: float, stage_runtimes: Mapping[str, float]) -> float:
    """Orchestration overhead: the document's server-side lifetime outside the five stage tasks
    (queue hops, the orchestrate task, worker pick-up)."""
    inside = sum(v for k, v in stage_runtimes.items() if k in STAGE_TASKS.values())
    return max(0.0, life - inside)


_WRK_UNIT = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def _seconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _WRK_UNIT[match.group(2)]


def parse_wrk(output: str) -> dict[str, Any]:
    """Requests/s, latency percentiles (seconds) and errors from ``wrk --latency`` output."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not rps:
        raise ValueError("wrk printed no Requests/sec line")
    result: dict[str, Any] = {"rps": float(rps.group(1))}
    for q, value in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)$", output, re.MULTILINE):
        result[f"p{q}"] = _seconds(value)
    total = re.search(r"(\d+) requests in", output)
    result["requests"] = int(total.group(1)) if total else None
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non_2xx"] = int(non2xx.group(1)) if non2xx else 0
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    result["socket_errors"] = sum(int(x) for x in sock.groups()) if sock else 0
    return result


def ratios(endpoints: Mapping[str, Mapping[str, Any]], base: str = "bare") -> dict[str, float]:
    """Each endpoint's requests/s as a fraction of the ``base`` endpoint's, same run."""
    bare = endpoints.get(base, {}).get("rps")
    if not bare:
        return {}
    return {
        name: round(float(v["rps"]) / float(bare), 3)
        for name, v in endpoints.items()
        if name != base and v.get("rps") is not None
    }


def per_minute(count: float, seconds: float) -> float:
    return round(count * 60.0 / seconds, 1) if seconds > 0 else 0.0


def write_report(report: Mapping[str, Any], out_dir: Path, stamp: str) -> Path:
    """Write ``report`` as ``stack-<stamp>.json`` (and ``stack-latest.json``) under out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"stack-{stamp}.json"
    text = json.dumps(report, indent=2, sort_keys=False, default=str) + "\n"
    path.write_text(text)
    (out_dir / "stack-latest.json").write_text(text)
    return path


def mean_split(splits: Iterable[Mapping[str, float]], digits: int = 4) -> dict[str, float]:
    """The mean of several per-stage splits (a stage missing from one counts as 0 there)."""
    splits = list(splits)
    keys: list[str] = []
    for s in splits:
        keys += [k for k in s if k not in keys]
    if not splits:
        return {}
    return {k: round(sum(s.get(k, 0.0) for s in splits) / len(splits), digits) for k in keys}
