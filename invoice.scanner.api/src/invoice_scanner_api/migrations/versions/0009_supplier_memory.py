"""supplier memory: known suppliers per company, their remembered layouts, a document's match

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 10:30:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suppliers",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("company_id", sa.UUID(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("name_key", sa.String(length=300), nullable=True),
        sa.Column("vat_id", sa.String(length=64), nullable=True),
        sa.Column("iban", sa.String(length=64), nullable=True),
        sa.Column("registration_number", sa.String(length=64), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_suppliers_company", "suppliers", ["company_id"])
    op.create_table(
        "supplier_layouts",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("supplier_id", sa.UUID(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fingerprint", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("fields", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(["supplier_id"], ["suppliers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("supplier_id", "version", name="uq_supplier_layout_version"),
    )
    op.create_index(
        op.f("ix_supplier_layouts_supplier_id"), "supplier_layouts", ["supplier_id"], unique=False
    )
    op.add_column("documents", sa.Column("supplier_id", sa.UUID(), nullable=True))
    op.add_column(
        "documents",
        sa.Column("supplier_match", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.create_foreign_key(
        "fk_documents_supplier_id",
        "documents",
        "suppliers",
        ["supplier_id"],
        ["id"],
        ondelete="SET NULL",
    )


def downgrade() -> None:
    op.drop_constraint("fk_documents_supplier_id", "documents", type_="foreignkey")
    op.drop_column("documents", "supplier_match")
    op.drop_column("documents", "supplier_id")
    op.drop_index(op.f("ix_supplier_layouts_supplier_id"), table_name="supplier_layouts")
    op.drop_table("supplier_layouts")
    op.drop_index("ix_suppliers_company", table_name="suppliers")
    op.drop_table("suppliers")
