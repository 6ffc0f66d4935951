"""pipeline guards: pipeline_started_at and stage_attempts on documents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 22:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "documents", sa.Column("pipeline_started_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "documents",
        sa.Column("stage_attempts", sa.Integer(), server_default="0", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("documents", "stage_attempts")
    op.drop_column("documents", "pipeline_started_at")
