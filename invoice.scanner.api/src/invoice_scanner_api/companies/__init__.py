"""The caller's company and its settings (``/companies/me``)."""
