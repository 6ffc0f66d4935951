"""Pure stage logic: no Celery, no database. Tasks load by id, call a stage and persist."""
