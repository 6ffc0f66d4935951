"""invoice.scanner processing: the Celery app, its stage tasks and the pure stage logic."""
