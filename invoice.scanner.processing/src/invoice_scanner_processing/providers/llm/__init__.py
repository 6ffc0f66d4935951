"""Field prediction providers behind the :class:`~.base.LlmProvider` protocol."""
