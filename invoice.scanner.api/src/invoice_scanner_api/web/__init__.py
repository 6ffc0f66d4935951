"""The web app for people: a single-page app built from invoice.scanner.api/web by `make web`."""
