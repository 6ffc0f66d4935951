from __future__ import annotations

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
        shutil.rmtree(c.home, ignore_errors=True)
