"""fairness between companies: an index for a company's documents by status, oldest first

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-30 13:30:00
"""

from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_documents_company_status_created",
        "documents",
        ["company_id", "status", "created_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_documents_company_status_created", table_name="documents")
