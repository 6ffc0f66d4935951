"""document audit: every reviewer action with user, time, old and new values

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 10:00:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_audit",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        # No foreign key to documents: the trail outlives a deleted document.
        sa.Column("document_id", sa.UUID(), nullable=False),
        sa.Column("company_id", sa.UUID(), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("old", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("new", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_document_audit_document", "document_audit", ["document_id", "id"])
    op.create_index(
        op.f("ix_document_audit_company_id"), "document_audit", ["company_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_document_audit_company_id"), table_name="document_audit")
    op.drop_index("ix_document_audit_document", table_name="document_audit")
    op.drop_table("document_audit")
