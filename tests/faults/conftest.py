from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

from tests.faults.harness import Cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    c = Cluster.create()
    try:
        c.start_all()
        yield c
    finally:
        c.stop_all()
        # FAULTS_KEEP=1 keeps the logs and data of the run (the path is printed).
        if os.environ.get("FAULTS_KEEP"):
            print(f"fault run kept in {c.home}")
        else:
            shutil.rmtree(c.home, ignore_errors=True)
