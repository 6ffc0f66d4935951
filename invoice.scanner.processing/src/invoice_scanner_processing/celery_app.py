"""The Celery application every worker type runs.

Workers start with ``celery -A invoice_scanner_processing.celery_app worker -Q <queue>
--prefetch-multiplier=1``; tasks are routed by name to the queue their stage row names
(see :mod:`invoice_scanner_processing.application`).
"""

from __future__ import annotations

from invoice_scanner_processing.application import create_celery_app

app = create_celery_app()
