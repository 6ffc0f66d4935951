"""Test helpers: a local HTTP server that speaks the OpenAI, Anthropic and Gemini wire formats.

The real SDKs are pointed at it through the ``*_BASE_URL`` settings; each test scripts the
answers in order and inspects the requests the SDK actually sent. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from invoice_scanner_common.settings import Env
from invoice_scanner_processing.providers.llm.settings import LlmSettings

API_KEY = "sk-test-SECRET-0123456789abcdef"

#: What a correct model answers for :func:`invoice_document`.
GOOD_FIELDS: dict[str, Any] = {
    "invoice_number": "RE-2025-0042",
    "invoice_date": "2025-03-14",
    "due_date": "2025-04-13",
    "vendor_name": "Muster Bürobedarf GmbH",
    "vendor_address": None,
    "vendor_vat_id": "DE123456789",
    "customer_name": "Beispiel AG",
    "customer_address": None,
    "customer_tax_id": None,
    "purchase_order": None,
    "payment_terms": None,
    "iban": None,
    "bic": None,
    "currency": "EUR",
    "amount": 1000.0,
    "vat": 190.0,
    "vat_breakdown": [{"rate": 19, "base": 1000.0, "amount": 190.0}],
    "discount": None,
    "shipping": None,
    "total": 1190.0,
    "amount_due": None,
    "line_items": [],
}


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: Any
    at: float


class FakeLlmServer:
    """Answers POSTs from a script, in order; records every request."""

    def __init__(self) -> None:
        self.script: deque[Answer] = deque()
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                with server._lock:
                    server.requests.append(
                        Received(
                            path=self.path,
                            headers={k.lower(): v for k, v in self.headers.items()},
                            body=json.loads(raw) if raw else None,
                            at=time.monotonic(),
                        )
                    )
                    answer = (
                        server.script.popleft()
                        if server.script
                        else Answer(500, {"error": {"message": "unscripted request"}})
                    )
                if answer.delay:
                    time.sleep(answer.delay)
                data = (
                    answer.body.encode()
                    if isinstance(answer.body, str)
                    else json.dumps(answer.body).encode()
                )
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def answer(self, *answers: Answer) -> None:
        self.script.extend(answers)


def settings_for(provider: str, server: FakeLlmServer, **extra: str) -> LlmSettings:
    """Settings as the environment would give them, pointed at the fake server."""
    base = {
        "openai": ("OPENAI_BASE_URL", server.url + "/v1", "OPENAI_API_KEY"),
        "openai-compatible": ("LLM_BASE_URL", server.url + "/v1", "LLM_API_KEY"),
        "anthropic": ("ANTHROPIC_BASE_URL", server.url, "ANTHROPIC_API_KEY"),
        "gemini": ("GEMINI_BASE_URL", server.url, "GOOGLE_API_KEY"),
    }[provider]
    values = {
        "LLM_PROVIDER": provider,
        base[0]: base[1],
        base[2]: API_KEY,
        "LLM_TIMEOUT_S": "5",
        "LLM_BACKOFF_BASE_S": "0.01",
        "LLM_BACKOFF_MAX_S": "0.05",
        **extra,
    }
    return LlmSettings.from_env(Env(values))


# --- wire formats ---------------------------------------------------------------------------


def openai_answer(content: str, *, prompt_tokens: int = 700, completion_tokens: int = 90) -> Answer:
    return Answer(
        body={
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1764000000,
            "model": "test-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


def anthropic_answer(
    tool_input: dict[str, Any] | None, *, input_tokens: int = 800, output_tokens: int = 120
) -> Answer:
    content: list[dict[str, Any]] = (
        [{"type": "tool_use", "id": "toolu_01", "name": "invoice_fields", "input": tool_input}]
        if tool_input is not None
        else [{"type": "text", "text": "I cannot read this."}]
    )
    return Answer(
        body={
            "id": "msg_01",
            "type": "message",
            "role": "assistant",
            "model": "test-model",
            "content": content,
            "stop_reason": "tool_use" if tool_input is not None else "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
        }
    )


def gemini_answer(text: str, *, prompt_tokens: int = 650, output_tokens: int = 100) -> Answer:
    return Answer(
        body={
            "candidates": [
                {
                    "content": {"role": "model", "parts": [{"text": text}]},
                    "finishReason": "STOP",
                    "index": 0,
                }
            ],
            "usageMetadata": {
                "promptTokenCount": prompt_tokens,
                "candidatesTokenCount": output_tokens,
                "totalTokenCount": prompt_tokens + output_tokens,
            },
            "modelVersion": "test-model",
        }
    )


def good_answer(provider: str, fields: dict[str, Any] | None = None) -> Answer:
    fields = fields or GOOD_FIELDS
    if provider == "anthropic":
        return anthropic_answer(fields)
    if provider == "gemini":
        return gemini_answer(json.dumps(fields))
    return openai_answer(json.dumps(fields))


def bad_answer(provider: str) -> Answer:
    """An answer that breaks the schema (a date that is not a date) or is not JSON."""
    if provider == "anthropic":
        return anthropic_answer({**GOOD_FIELDS, "invoice_date": "sometime in March"})
    if provider == "gemini":
        return gemini_answer('{"invoice_number": "RE-2025-0042", "total": ')
    return openai_answer("Sure! Here is the invoice: RE-2025-0042")


def error_answer(provider: str, status: int, headers: dict[str, str] | None = None) -> Answer:
    message = f"simulated {status}"
    if provider == "anthropic":
        body: Any = {"type": "error", "error": {"type": "api_error", "message": message}}
    elif provider == "gemini":
        body = {"error": {"code": status, "message": message, "status": "UNAVAILABLE"}}
    else:
        body = {"error": {"message": message, "type": "server_error", "code": None}}
    return Answer(status=status, body=body, headers=headers or {})
