"""company default currency: used for documents that print no currency

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 13:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("companies", sa.Column("default_currency", sa.String(3), nullable=True))


def downgrade() -> None:
    op.drop_column("companies", "default_currency")
