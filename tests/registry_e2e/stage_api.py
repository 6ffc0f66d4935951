"""The API of the test app: the real one, over the table with the stamp stage."""

from __future__ import annotations

from flask import Flask

from tests.registry_e2e.throwaway_stage import install


def create_app() -> Flask:
    install()
    from invoice_scanner_api import create_app as create_api

    return create_api()
