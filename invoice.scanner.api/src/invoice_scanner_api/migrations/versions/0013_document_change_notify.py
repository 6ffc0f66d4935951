"""a notification for every change of a document, for the API's cache of polled statuses

Every row-level change of ``documents`` (an update or a delete, whoever makes it: the API, a
worker, the sweeper, a company's deletion cascading) sends the document's id on the channel
``invoice_scanner_documents``. Postgres delivers a notification once its transaction commits,
to every connection listening at that moment; each API process listens and drops its cached
copy of that document's status (``documents/statuscache.py``).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:30:00
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
CREATE FUNCTION invoice_scanner_document_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('invoice_scanner_documents', OLD.id::text);
    RETURN NULL;
END
$$
"""
    )
    op.execute(
        """
CREATE TRIGGER invoice_scanner_document_changed
AFTER UPDATE OR DELETE ON documents
FOR EACH ROW EXECUTE FUNCTION invoice_scanner_document_changed()
"""
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER invoice_scanner_document_changed ON documents")
    op.execute("DROP FUNCTION invoice_scanner_document_changed()")
