"""Builders for the user, login and audit tests: a fresh database with one user per role."""

from __future__ import annotations

from datetime import datetime, timezone

from hsg_desk.domain.roles import Role
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)
ROLE_USER = {Role.ADMIN: "admin", Role.TECHNOLOGIST: "tech", Role.FRONT_DESK: "desk",
             Role.RADIOLOGIST: "rad"}


def demo_db(db_target):
    """(db, clock, {username: id}) with the four demo users, in `db_target` (a SQLite file
    or a server URL: conftest's db_target)."""
    db = open_database(db_target)
    clock = FixedClock(START)
    by_role = create_demo_users(db, START)
    return db, clock, {name: by_role[role.value] for role, name in ROLE_USER.items()}


def signed_in(db, clock, username: str) -> ServiceContext:
    session = login(db, clock, username, f"{username}-demo", workstation="test-ws")
    return ServiceContext(db, clock, session, workstation="test-ws")

