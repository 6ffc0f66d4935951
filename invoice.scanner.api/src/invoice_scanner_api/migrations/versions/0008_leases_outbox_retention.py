"""leases, outbox and retention: what the sweeper needs to re-drive every unfinished document

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-30 10:30:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    ts = sa.DateTime(timezone=True)
    op.add_column("documents", sa.Column("next_task", sa.String(155), nullable=True))
    op.add_column("documents", sa.Column("dispatched_at", ts, nullable=True))
    op.add_column("documents", sa.Column("lease_owner", sa.String(200), nullable=True))
    op.add_column("documents", sa.Column("lease_task_id", sa.String(155), nullable=True))
    op.add_column("documents", sa.Column("lease_until", ts, nullable=True))
    op.add_column("documents", sa.Column("heartbeat_at", ts, nullable=True))
    op.add_column(
        "documents", sa.Column("redrives", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column("companies", sa.Column("retention_days", sa.Integer(), nullable=True))
    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id",
            UUID(as_uuid=True),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("task_name", sa.String(155), nullable=False),
        sa.Column("kwargs", JSONB(), nullable=False),
        sa.Column("task_id", sa.String(155), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("available_at", ts, server_default=sa.func.now(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", ts, server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_outbox_available", "outbox", ["available_at"])
    op.create_index("ix_outbox_document_id", "outbox", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_document_id", table_name="outbox")
    op.drop_index("ix_outbox_available", table_name="outbox")
    op.drop_table("outbox")
    op.drop_column("companies", "retention_days")
    for name in (
        "redrives",
        "heartbeat_at",
        "lease_until",
        "lease_task_id",
        "lease_owner",
        "dispatched_at",
        "next_task",
    ):
        op.drop_column("documents", name)
