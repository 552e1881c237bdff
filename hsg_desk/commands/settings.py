"""`hsg-desk settings [KEY [VALUE]]`: list, read or set a clinic setting (admin, audited).

The same validation as Admin › Settings (domain.settings.validate_setting) and the same
service, so a value refused on screen is refused here with the same words. The admin
signs in first: `--user` names the account, and the password is asked on the terminal
(or read as one line from standard input when that is not a terminal, for scripts) —
never taken from the command line, where other users and shell history would see it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.permissions import Action, PermissionDenied
from hsg_desk.domain.settings import SETTING_FIELDS

from .common import CommandError, add_db_option, fail, open_existing_database

TRUE_WORDS = {"yes", "y", "true", "on", "1"}
FALSE_WORDS = {"no", "n", "false", "off", "0"}


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "settings", help="list, read or set the clinic's settings (admin)",
        description="Without KEY: every setting with its value. With KEY: that value. With KEY "
                    "VALUE: set it, checked as on the Settings screen and recorded in the audit trail. "
                    "Yes/no settings take yes or no; lists take comma-separated choices; a blank "
                    "text is given as ''. Needs an admin account: the password is asked for "
                    "(or read from standard input).")
    parser.add_argument("key", nargs="?", metavar="KEY", help="a setting's key, as the list shows it")
    parser.add_argument("value", nargs="?", metavar="VALUE", help="the new value")
    parser.add_argument("--user", metavar="USERNAME", default=os.environ.get("HSG_DESK_USER"),
                        help="the admin account (default: $HSG_DESK_USER)")
    add_db_option(parser)
    parser.set_defaults(run=run)


def parse_value(key: str, text: str):
    """The command line's text as the setting's type; validate_setting checks the rest."""
    spec = SETTING_FIELDS.get(key)
    if spec is None:
        raise ValidationError(key, "is not a setting (hsg-desk settings lists them)")
    if spec.kind is bool:
        word = text.strip().lower()
        if word in TRUE_WORDS | FALSE_WORDS:
            return word in TRUE_WORDS
        raise ValidationError(key, "must be yes or no")
    if spec.kind is tuple:
        return tuple(item.strip() for item in text.split(",") if item.strip())
    if spec.kind is int:
        try:
            return int(text.strip())
        except ValueError:
            raise ValidationError(key, "must be a whole number") from None
    if spec.kind is float:
        try:
            return float(text.strip())
        except ValueError:
            raise ValidationError(key, "must be a number") from None
    return text


def shown(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ",".join(value)
    return "''" if value == "" else str(value)


def _password(user: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {user}: ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _sign_in(db, username: str | None):
    from hsg_desk.services.auth import LoginFailed, login
    from hsg_desk.services.authorization import require
    from hsg_desk.services.context import ServiceContext, SystemClock

    if not username:
        raise CommandError("sign in as an admin: --user USERNAME (or set $HSG_DESK_USER)")
    clock = SystemClock()
    try:
        session = login(db, clock, username, _password(username))
    except LoginFailed as error:
        raise CommandError(str(error)) from None
    ctx = ServiceContext(db, clock, session)
    try:
        require(ctx, Action.CHANGE_SETTINGS)
    except PermissionDenied as error:
        raise CommandError(str(error)) from None
    return ctx


def run(args: argparse.Namespace) -> int:
    from hsg_desk.services.settings_service import change_settings, current_settings

    try:
        db = open_existing_database(args)
        if args.key is not None and args.key not in SETTING_FIELDS:
            raise CommandError(f"{args.key}: is not a setting (hsg-desk settings lists them)")
        ctx = _sign_in(db, args.user)
    except CommandError as error:
        return fail(str(error))
    settings = current_settings(ctx)
    if args.key is None:
        width = max(map(len, SETTING_FIELDS.names()))
        for spec in SETTING_FIELDS:
            key = spec.name
            unit = f" {spec.unit}" if spec.unit and spec.kind in (int, float) else ""
            print(f"{key:<{width}}  {shown(getattr(settings, key)) + unit:<24}  {spec.label}")
        return 0
    if args.value is None:
        print(shown(getattr(settings, args.key)))
        return 0
    try:
        changed = change_settings(ctx, {args.key: parse_value(args.key, args.value)})
    except ValidationError as error:
        return fail(str(error))
    if not changed:
        print(f"{args.key} is already {shown(getattr(settings, args.key))}: nothing changed.")
        return 0
    old, new = changed[args.key]
    print(f"{args.key}: {shown(old)} -> {shown(new)}")
    return 0
