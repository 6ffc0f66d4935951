"""Named implementations chosen by a setting: OCR engines, LLM providers.

Each implementation registers itself under its name with the import path of its builder, so a
worker imports only the one it is configured for (an offline-only worker never loads an LLM SDK,
a Tesseract worker never loads onnxruntime). An unknown name stops start-up with the list of
known ones, instead of silently becoming some default.
"""

from __future__ import annotations

import importlib
from typing import Generic, TypeVar

from invoice_scanner_common.settings import ConfigError

T = TypeVar("T")


class PluginRegistry(Generic[T]):
    """``name -> "package.module:attribute"``; :meth:`load` imports the attribute on first use."""

    def __init__(self, kind: str, variable: str) -> None:
        self.kind = kind
        #: The setting that names the implementation (for error messages).
        self.variable = variable
        self._targets: dict[str, str] = {}

    def register(self, name: str, target: str) -> None:
        if name in self._targets and self._targets[name] != target:
            raise ValueError(f"{self.kind} {name!r} is already registered")
        if ":" not in target:
            raise ValueError(f"{self.kind} {name!r}: target must be 'module:attribute'")
        self._targets[name] = target

    def unregister(self, name: str) -> None:
        del self._targets[name]

    def names(self) -> tuple[str, ...]:
        return tuple(self._targets)

    def check(self, name: str) -> str:
        """``name`` if it is registered, else :class:`ConfigError` listing the known ones."""
        if name not in self._targets:
            raise ConfigError(
                f"{self.variable}={name!r} is not a known {self.kind}; "
                f"known: {', '.join(self._targets)}"
            )
        return name

    def load(self, name: str) -> T:
        module, _, attribute = self._targets[self.check(name)].partition(":")
        loaded: T = getattr(importlib.import_module(module), attribute)
        return loaded
