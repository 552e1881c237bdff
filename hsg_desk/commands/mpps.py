"""`hsg-desk mpps status | send | retry ID`: the MPPS outbox, as the RIS sees the exams go."""

from __future__ import annotations

import argparse
import json

from hsg_desk.domain.roles import Role

from .common import CommandError, add_db_option, fail, open_existing_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("mpps", help="the MPPS outbox: list, send now, retry",
                                   description="MPPS messages to the RIS (IN PROGRESS at step 6, COMPLETED at "
                                               "signing, DISCONTINUED on an abort after step 6) wait in an "
                                               "outbox until the RIS takes them.")
    verbs = parser.add_subparsers(dest="mpps_command", metavar="VERB", required=True)
    status = verbs.add_parser("status", help="each message and its state: sent, waiting, failed with reason")
    status.add_argument("--json", action="store_true", help="print JSON instead of a table")
    send = verbs.add_parser("send", help="try every due message now (the app does this by itself)")
    retry = verbs.add_parser("retry", help="try a failed message again (after the RIS was fixed)")
    retry.add_argument("message_id", type=int, metavar="ID")
    for verb, run in ((status, run_status), (send, run_send), (retry, run_retry)):
        add_db_option(verb)
        verb.set_defaults(run=run)


def _context(args):
    from hsg_desk.services.context import ServiceContext, Session, SystemClock

    db = open_existing_database(args)
    return ServiceContext(db, SystemClock(), Session(None, "cli", "Command line", frozenset({Role.TECHNOLOGIST})))


def run_status(args: argparse.Namespace) -> int:
    from hsg_desk.services import mpps_outbox

    try:
        ctx = _context(args)
    except CommandError as error:
        return fail(str(error))
    messages = mpps_outbox.messages(ctx)
    zone = ctx.settings.time_zone
    if args.json:
        print(json.dumps([{"id": m.id, "exam": m.exam_id, "mrn": m.mrn, "status": m.status, "state": m.state,
                           "attempts": m.attempts, "last_error": m.last_error, "created_at": m.created_at.isoformat(),
                           "sent_at": m.sent_at.isoformat() if m.sent_at else None} for m in messages],
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{'ID':>4}  {'EXAM':>5}  {'PATIENT':<24}  {'MRN':<12}  {'STATUS':<12}  STATE")
    for m in messages:
        patient = f"{m.family_name}, {m.given_name}"
        print(f"{m.id:>4}  {m.exam_id:>5}  {patient:<24.24}  {m.mrn:<12}  {m.status:<12}  "
              f"{mpps_outbox.state_text(m, zone)}")
    if not ctx.settings.mpps_host:
        print("No MPPS destination is set up (settings mpps_host, mpps_port, mpps_called_ae): nothing is sent.")
    return 0


def run_send(args: argparse.Namespace) -> int:
    from hsg_desk.services import mpps_outbox

    try:
        ctx = _context(args)
    except CommandError as error:
        return fail(str(error))
    if not ctx.settings.mpps_host:
        return fail("no MPPS destination is set up (settings mpps_host, mpps_port, mpps_called_ae)")
    outcomes = mpps_outbox.deliver_due(ctx)
    sent = sum(outcome.sent for outcome in outcomes)
    for outcome in outcomes:
        if not outcome.sent:
            print(f"message {outcome.message_id}: {outcome.error}")
    print(f"{sent} sent, {len(outcomes) - sent} not sent.")
    return 0 if sent == len(outcomes) else 1


def run_retry(args: argparse.Namespace) -> int:
    from hsg_desk.services import mpps_outbox

    try:
        ctx = _context(args)
    except CommandError as error:
        return fail(str(error))
    if not mpps_outbox.retry(ctx, args.message_id):
        return fail(f"message {args.message_id} has not failed (hsg-desk mpps status lists them)")
    print(f"Message {args.message_id} will be tried again.")
    return 0
