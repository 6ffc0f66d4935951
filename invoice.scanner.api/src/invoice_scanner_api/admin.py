"""Operator commands on the API's database: ``python -m invoice_scanner_api.admin COMMAND``.

* ``create-user EMAIL --company NAME``: a company and its first user (password from
  ``--password-stdin`` or a prompt), the same as ``POST /auth/register``.
* ``sweep``: queue every document that was stored but never queued (``queued = false``, still
  ``preprocessing``; the broker was down at upload), through the upload's own ``enqueue``, and
  send again the webhook deliveries never attempted 10 minutes after they were created.
  It does not re-drive documents stuck inside a stage; that is the stuck-document sweeper's job.

``invoice-scanner create-user`` and ``invoice-scanner sweep`` run these.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime, timedelta

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from invoice_scanner_api.auth.service import EmailTakenError, register
from invoice_scanner_api.documents.service import enqueue
from invoice_scanner_api.extensions import TaskSender
from invoice_scanner_common.contracts import DocumentStatus, TaskName
from invoice_scanner_common.db import (
    Document,
    WebhookDelivery,
    make_engine,
    make_session_factory,
)
from invoice_scanner_common.settings import CommonSettings


def create_user(args: argparse.Namespace, settings: CommonSettings) -> int:
    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    )
    if len(password) < 8:
        print("the password must be at least 8 characters", file=sys.stderr)
        return 2
    factory = make_session_factory(make_engine(settings.database_url))
    with factory() as session:
        try:
            user = register(session, args.email, password, args.company)
        except EmailTakenError:
            print(f"{args.email} is already registered", file=sys.stderr)
            return 1
        print(f"created user {user.email} ({user.id}) in company {user.company_id}")
    return 0


def sweep(_: argparse.Namespace, settings: CommonSettings) -> int:
    sender = TaskSender()
    app = Flask(__name__)
    # The sender keeps its Celery app in the Flask app's extensions: use it inside its context.
    sender.init_app(app, settings.redis_url)
    factory = make_session_factory(make_engine(settings.database_url))
    queued = failed = 0
    with app.app_context(), factory() as session:
        docs = session.scalars(
            select(Document).where(
                Document.queued.is_(False),
                Document.status == DocumentStatus.PREPROCESSING.value,
            )
        ).all()
        for doc in docs:
            if enqueue(session, sender, doc):
                queued += 1
            else:
                failed += 1
        resent = resend_webhooks(session, sender)
    print(f"queued {queued} never-queued document(s); {failed} could not be queued")
    print(f"re-sent {resent} webhook delivery(ies) that were never attempted")
    return 1 if failed else 0


#: A delivery never attempted this long after it was created lost its task (the broker was down
#: when the status was announced); younger ones may still wait in the queue.
UNSENT_AFTER = timedelta(minutes=10)


def resend_webhooks(session: Session, sender: TaskSender) -> int:
    """Send the task again for pending deliveries never attempted (the task is idempotent)."""
    rows = session.scalars(
        select(WebhookDelivery.id).where(
            WebhookDelivery.state == "pending",
            WebhookDelivery.attempts == 0,
            WebhookDelivery.created_at < datetime.now(UTC) - UNSENT_AFTER,
        )
    ).all()
    for delivery_id in rows:
        sender.send(TaskName.DELIVER_WEBHOOK, kwargs={"delivery_id": str(delivery_id)})
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="invoice_scanner_api.admin", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    user = sub.add_parser("create-user", help="create a company and its first user")
    user.add_argument("email")
    user.add_argument("--company", required=True, help="the new company's name")
    user.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    user.set_defaults(run=create_user)
    sub.add_parser("sweep", help="queue documents stored while the broker was down").set_defaults(
        run=sweep
    )
    args = parser.parse_args(argv)
    return int(args.run(args, CommonSettings.from_env()))


if __name__ == "__main__":
    raise SystemExit(main())
