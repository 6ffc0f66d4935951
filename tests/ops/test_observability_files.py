"""The alert rules and the Grafana dashboard only use metrics the code exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"\binvoice_scanner_[a-z_]+")
SUFFIXES = ("_total", "_bucket", "_count", "_sum")


def exported() -> set[str]:
    names: set[str] = set()
    for module in (
        "invoice.scanner.api/src/invoice_scanner_api/metrics.py",
        "invoice.scanner.processing/src/invoice_scanner_processing/metrics.py",
    ):
        names |= set(re.findall(r'"(invoice_scanner_[a-z_]+)"', (ROOT / module).read_text()))
    return names


def base(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def test_alert_rules_cover_the_operator_needs_and_use_real_metrics() -> None:
    rules = yaml.safe_load((ROOT / "deploy/prometheus/alerts.yml").read_text())
    alerts = {r["alert"]: r for g in rules["groups"] for r in g["rules"]}
    assert {
        "InvoiceScannerNoWorker",
        "InvoiceScannerQueueBackingUp",
        "InvoiceScannerStageErrorRate",
    } <= set(alerts)
    names = exported()
    for alert in alerts.values():
        used = {base(n) for n in NAME.findall(alert["expr"])}
        assert used and used <= names, (alert["alert"], used - names)


def test_dashboard_uses_real_metrics_and_shows_each_area() -> None:
    dash = json.loads((ROOT / "deploy/grafana/invoice-scanner.json").read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    used = {base(n) for e in exprs for n in NAME.findall(e)}
    assert used <= exported(), used - exported()
    assert used == exported()  # every exported metric is on the dashboard
