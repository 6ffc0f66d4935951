"""The contract the invoice.scanner API and the processing workers both speak."""
