"""Users: rows of the `users` table. Never deleted (disabled instead); the hash never leaves here
except through `password_hash` for the login check."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from hsg_desk.domain.accounts import User
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.roles import Role, parse_roles, roles_text

from .rows import NotFoundError, parse_time, time_text

COLUMNS = ("id", "username", "display_name", "roles", "active", "failed_logins",
           "locked_until", "must_change_password", "created_at", "updated_at", "ui_language")


def _user(row) -> User:
    values = dict(zip(COLUMNS, row))
    return User(
        id=values["id"], username=values["username"], display_name=values["display_name"],
        roles=parse_roles(values["roles"]), active=bool(values["active"]),
        failed_logins=values["failed_logins"], locked_until=parse_time(values["locked_until"]),
        must_change_password=bool(values["must_change_password"]),
        created_at=parse_time(values["created_at"]), updated_at=parse_time(values["updated_at"]),
        ui_language=values["ui_language"],
    )


def count_users(db) -> int:
    return db.execute("SELECT count(*) FROM users").fetchone()[0]


def get_user(db, user_id: int) -> User:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM users WHERE id = ?", [user_id]).fetchone()
    if row is None:
        raise NotFoundError(f"user {user_id} not found")
    return _user(row)


def find_user(db, username: str) -> User | None:
    """The user with this username, ignoring case; None when there is none."""
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM users WHERE username = ? COLLATE NOCASE",
                     [username.strip()]).fetchone()
    return _user(row) if row else None


def list_users(db, *, include_disabled: bool = True) -> list[User]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM users"
    if not include_disabled:
        sql += " WHERE active = 1"
    return [_user(row) for row in db.execute(sql + " ORDER BY username COLLATE NOCASE")]


def password_hash(db, user_id: int) -> str:
    row = db.execute("SELECT password_hash FROM users WHERE id = ?", [user_id]).fetchone()
    if row is None:
        raise NotFoundError(f"user {user_id} not found")
    return row[0]


def insert_user(db, *, username: str, display_name: str, password_hash: str, roles,
                at: datetime, must_change_password: bool = False) -> int:
    try:
        cursor = db.execute(
            "INSERT INTO users(username, display_name, password_hash, roles, active, "
            "must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
            [username, display_name, password_hash, roles_text(roles), int(must_change_password),
             time_text(at), time_text(at)],
        )
    except sqlite3.IntegrityError:
        raise ValidationError("username", f"{username!r} is already taken") from None
    return cursor.lastrowid


def update_user(db, user_id: int, changes: dict, at: datetime) -> None:
    """Write `changes` (column → value; roles as a set, times as datetimes) to one user."""
    columns = {}
    for name, value in changes.items():
        if name == "roles":
            value = roles_text(value)
        elif isinstance(value, datetime):
            value = time_text(value)
        elif isinstance(value, bool):
            value = int(value)
        columns[name] = value
    columns["updated_at"] = time_text(at)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    cursor = db.execute(f"UPDATE users SET {assignments} WHERE id = ?", [*columns.values(), user_id])
    if cursor.rowcount == 0:
        raise NotFoundError(f"user {user_id} not found")


def active_admin_ids(db) -> list[int]:
    return [user.id for user in list_users(db, include_disabled=False) if Role.ADMIN in user.roles]
