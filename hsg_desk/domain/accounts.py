"""A user account (DESIGN.md §1): the record the sign-in, the users screen and the audit trail
read, and the fields an admin fills in for one, as field specs (domain/fields.py) in one
table, ACCOUNT_FIELDS. The password's hash is storage's alone and never part of the record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .fields import Field, FieldTable
from .message import Message
from .roles import Role

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 200
MAX_DISPLAY_NAME = 100


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    failed_logins: int
    locked_until: datetime | None
    must_change_password: bool
    created_at: datetime
    updated_at: datetime
    ui_language: str = ""  # the interface language they chose; "" follows the system locale

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class Username(Field):
    """The name a user signs in with: letters, digits, dots, dashes and underscores."""

    def clean(self, value: Any) -> str:
        username = (value or "").strip()
        if not USERNAME_PATTERN.match(username):
            self.refuse("use 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit")
        return username


@dataclass(frozen=True)
class DisplayName(Field):
    """The person's name as the screens and the audit trail show it, spaces collapsed."""

    def clean(self, value: Any) -> str:
        name = " ".join((value or "").split())
        if not name or len(name) > MAX_DISPLAY_NAME:
            self.refuse("enter the person's name (at most 100 characters)")
        return name


@dataclass(frozen=True)
class Password(Field):
    """A new password: long enough to resist guessing, short enough to hash."""

    def clean(self, value: Any) -> str:
        if not value or len(value) < MIN_PASSWORD:
            self.refuse(Message("use at least {MIN_PASSWORD} characters", MIN_PASSWORD=MIN_PASSWORD))
        if len(value) > MAX_PASSWORD:
            self.refuse(Message("use at most {MAX_PASSWORD} characters", MAX_PASSWORD=MAX_PASSWORD))
        return value


@dataclass(frozen=True)
class Roles(Field):
    """One or more of the fixed roles."""

    def clean(self, value: Iterable[Role | str] | None) -> frozenset[Role]:
        try:
            roles = frozenset(Role(role) for role in value or ())
        except ValueError:
            self.refuse("unknown role")
        if not roles:
            self.refuse("choose at least one role")
        return roles


ACCOUNT_FIELDS = FieldTable("a user account detail", Username("username", "Username"),
                            DisplayName("display_name", "Display name"), Password("password", "Password"),
                            Roles("roles", "Roles"))
