"""The Kubernetes manifests validate offline and cover every queue, probe and resource."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from invoice_scanner_common.contracts import Queue
from tests.test_compose import env_example_names

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
VERSION = "1.33"  # the oldest Kubernetes these manifests are meant for


def documents() -> list[dict[str, Any]]:
    return [
        doc
        for path in sorted(K8S.glob("*.yaml"))
        for doc in yaml.safe_load_all(path.read_text())
        if doc
    ]


def by_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in documents() if d["kind"] == kind}


@pytest.mark.parametrize("version", [VERSION, "1.37"])
def test_every_manifest_validates_strictly(version: str) -> None:
    keda = json.loads((K8S / "schemas/keda-scaledobject.schema.json").read_text())
    docs = documents()
    assert len(docs) >= 15
    for doc in docs:
        if doc["apiVersion"].startswith("keda.sh/"):
            jsonschema.validate(doc, keda)
        else:
            kubernetes_validate.validate(doc, version, strict=True)


def test_validator_refuses_a_broken_manifest() -> None:
    api = by_kind("Deployment")["invoice-scanner-api"]
    broken = json.loads(json.dumps(api))
    broken["spec"]["template"]["spec"]["containers"][0]["livenesProbe"] = {}  # misspelt
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, VERSION, strict=True)
    scaled = next(iter(by_kind("ScaledObject").values()))
    broken = json.loads(json.dumps(scaled))
    broken["spec"]["triggers"][0]["metadata"]["listLenght"] = "5"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            broken, json.loads((K8S / "schemas/keda-scaledobject.schema.json").read_text())
        )


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    containers = deployment["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return dict(containers[0])


def test_every_queue_has_a_worker_and_a_scaler_on_its_list() -> None:
    deployments = by_kind("Deployment")
    scalers = by_kind("ScaledObject")
    for queue in Queue:
        name = f"invoice-scanner-worker-{queue.value}"
        command = _container(deployments[name])["command"]
        assert command[command.index("-Q") + 1] == queue.value
        assert "--prefetch-multiplier=1" in command
        scaler = scalers[name]["spec"]
        assert scaler["scaleTargetRef"]["name"] == name
        assert scaler["triggers"][0]["type"] == "redis"
        assert scaler["triggers"][0]["metadata"]["listName"] == queue.value
        assert scaler["minReplicaCount"] >= 1  # /health/ready needs a worker per queue
    assert len(scalers) == len(Queue)


def test_probes_resources_flower_and_migration() -> None:
    deployments = by_kind("Deployment")
    api = _container(deployments["invoice-scanner-api"])
    assert api["livenessProbe"]["httpGet"]["path"] == "/health"
    assert api["readinessProbe"]["httpGet"]["path"] == "/health/ready"
    for name, deployment in deployments.items():
        container = _container(deployment)
        assert {"cpu", "memory"} <= set(container["resources"]["requests"]), name
        assert {"cpu", "memory"} <= set(container["resources"]["limits"]), name
        assert "livenessProbe" in container, name
    ocr = _container(deployments["invoice-scanner-worker-ocr"])["resources"]
    # Measured peak RSS of one OCR worker: 0.75-0.92 GB (ARCHITECTURE.md).
    assert ocr["requests"]["memory"] == "1Gi" and ocr["limits"]["memory"] == "2Gi"
    assert "invoice-scanner-flower" in deployments
    (job,) = by_kind("Job").values()
    assert _container_of_job(job)["command"] == ["python", "-m", "invoice_scanner_api.migrate"]


def _container_of_job(job: dict[str, Any]) -> dict[str, Any]:
    return dict(job["spec"]["template"]["spec"]["containers"][0])


def test_settings_in_the_config_map_are_documented() -> None:
    (config,) = by_kind("ConfigMap").values()
    (secret,) = by_kind("Secret").values()
    names = set(config["data"]) | set(secret["stringData"])
    assert names - env_example_names() == set()
