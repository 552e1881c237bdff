"""Setting up the clinic's database on its PostgreSQL server: roles, database, schema, grants.

Run by `hsg-desk server-setup` with an administrator's connection (a superuser, or a role
with CREATEROLE and CREATEDB). Every step is skipped when already done, so the same
command also brings the schema of an existing database up to date after an upgrade.

Two roles:
- the owner (default `hsg_owner`, NOLOGIN): owns the database and every table; the schema
  is changed as this role only (`SET ROLE` in the administrator's session);
- the application (default `hsg_app`, LOGIN): what every workstation connects as. It may
  read and write the records, and only SELECT and INSERT on `audit_log`: it can neither
  change nor remove a row of the trail, nor change the schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from .server import connect_server, describe_url
from .server_schema import MIGRATIONS_TABLE, apply_server_migrations

NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# What the application's role may do, table by table (the rest of the tables: APP_TABLE_RIGHTS).
APP_TABLE_RIGHTS = "SELECT, INSERT, UPDATE, DELETE"
APP_LIMITED_RIGHTS = {"audit_log": "SELECT, INSERT", MIGRATIONS_TABLE: "SELECT"}


@dataclass
class SetupReport:
    database: str
    owner_role: str
    app_role: str
    done: list[str] = field(default_factory=list)

    def say(self, line: str) -> None:
        self.done.append(line)


def _quoted(name: str) -> str:
    if not NAME.match(name):
        raise ValueError(f"{name!r} is not a plain lower-case name (letters, digits, _)")
    return f'"{name}"'


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}"))


def set_up_server(url: str, *, owner_role: str = "hsg_owner", app_role: str = "hsg_app",
                  app_password: str | None = None) -> SetupReport:
    """Make (or bring up to date) the database `url` names, connected as an administrator."""
    database = urlsplit(url).path.lstrip("/") or "hsg"
    owner, app, db_name = _quoted(owner_role), _quoted(app_role), _quoted(database)
    report = SetupReport(database, owner_role, app_role)
    admin = connect_server(_with_database(url, "postgres"))
    try:
        roles = {row[0] for row in admin.execute("SELECT rolname FROM pg_roles")}
        if owner_role not in roles:
            admin.execute(f"CREATE ROLE {owner} NOLOGIN")
            report.say(f"created the owner role {owner_role} (cannot sign in)")
        if app_role not in roles:
            admin.execute(f"CREATE ROLE {app} LOGIN")
            report.say(f"created the application role {app_role}")
        if app_password is not None:
            # A literal, not a parameter: utility statements take none. quote_literal escapes it.
            quoted = admin.execute("SELECT quote_literal(?)", [app_password]).fetchone()[0]
            admin.execute(f"ALTER ROLE {app} PASSWORD {quoted}")
            report.say(f"set the password of {app_role}")
        admin.execute(f"GRANT {owner} TO CURRENT_USER")  # so this session may SET ROLE to it
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = ?", [database]).fetchone():
            _create_database(admin, db_name, owner)
            report.say(f"created the database {database}, owned by {owner_role}")
    finally:
        admin.close()
    db = connect_server(url)
    try:
        db.execute(f"SET ROLE {owner}")
        applied = apply_server_migrations(db)
        report.say(f"applied {len(applied)} schema migrations" if applied else "the schema was up to date")
        _grant(db, db_name, app)
        report.say(f"granted {app_role} the records (SELECT, INSERT, UPDATE, DELETE) and "
                   "only SELECT, INSERT on audit_log")
    finally:
        db.close()
    return report


def _create_database(admin, db_name: str, owner: str) -> None:
    """UTF-8 with a Unicode-aware ctype where the server has C.UTF-8 (search folds with it)."""
    has_c_utf8 = admin.execute("SELECT 1 FROM pg_collation WHERE collname IN ('C.utf8', 'C.UTF-8')").fetchone()
    locale = " LOCALE 'C.UTF-8'" if has_c_utf8 else ""
    admin.execute(f"CREATE DATABASE {db_name} OWNER {owner} TEMPLATE template0 ENCODING 'UTF8'{locale}")


def _grant(db, db_name: str, app: str) -> None:
    db.execute(f"GRANT CONNECT ON DATABASE {db_name} TO {app}")
    db.execute(f"GRANT USAGE ON SCHEMA public TO {app}")
    db.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app}")
    db.execute(f"GRANT {APP_TABLE_RIGHTS} ON ALL TABLES IN SCHEMA public TO {app}")
    for table, rights in APP_LIMITED_RIGHTS.items():
        db.execute(f"REVOKE ALL ON {table} FROM {app}")
        db.execute(f"GRANT {rights} ON {table} TO {app}")
    db.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}")


def role_rights(url: str, role: str) -> dict[str, set[str]]:
    """{table: privileges} that `role` holds (for the README's table and the tests)."""
    db = connect_server(url)
    try:
        rights: dict[str, set[str]] = {}
        for table, privilege in db.execute(
                "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
                "WHERE grantee = ? AND table_schema = 'public'", [role]):
            rights.setdefault(table, set()).add(privilege)
        return rights
    finally:
        db.close()


__all__ = ["SetupReport", "describe_url", "role_rights", "set_up_server"]
