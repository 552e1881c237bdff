"""`hsg-desk server-setup`: roles, database, schema and grants on the server, with the
application's role held to SELECT and INSERT on the audit trail."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import datetime, timezone

import pytest

from hsg_desk.cli import main
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.audit import record_event, verify_chain
from hsg_desk.storage.db import open_database
from hsg_desk.storage.server_schema import known_server_migrations
from hsg_desk.storage.server_setup import role_rights

AT = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)
_numbers = itertools.count(1)


@pytest.fixture
def clinic(postgres_cluster, capsys):
    """(the administrator's URL, the application role's URL, the role's name) after a setup."""
    number = next(_numbers)
    database, owner, app = f"clinic_{number}", f"owner_{number}", f"app_{number}"
    admin_url = postgres_cluster.url(database)
    assert main(["server-setup", admin_url, "--owner-role", owner, "--app-role", app]) == 0
    printed = capsys.readouterr().out
    assert f"created the database {database}" in printed and f"applied {len(known_server_migrations())} schema migrations" in printed
    app_url = admin_url.replace(f"//{postgres_cluster.user}@", f"//{app}@")
    assert f"postgresql://{app}@127.0.0.1:{postgres_cluster.port}/{database}" in printed
    yield admin_url, app_url, app
    postgres_cluster.drop(admin_url)


def test_the_application_role_may_only_insert_and_select_on_the_audit_trail(clinic):
    admin_url, app_url, app = clinic
    rights = role_rights(admin_url, app)
    assert rights["audit_log"] == {"SELECT", "INSERT"}
    assert rights["schema_migrations"] == {"SELECT"}
    assert rights["exams"] == rights["patients"] == {"SELECT", "INSERT", "UPDATE", "DELETE"}


def test_the_application_role_works_the_records_and_cannot_alter_the_trail(clinic):
    _, app_url, _ = clinic
    db = open_database(app_url)
    try:
        users = create_demo_users(db, AT)  # users, their audit rows, the signed anchor
        assert users and verify_chain(db) is None
        record_event(db, at=AT, action="test.by_app")
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log", "DROP TABLE audit_log", "ALTER TABLE exams ADD COLUMN x TEXT"):
            with pytest.raises(sqlite3.Error, match="permission denied|must be owner"):
                db.execute(statement)
        assert verify_chain(db) is None
    finally:
        db.close()


def test_setup_again_changes_nothing_and_says_so(clinic, capsys):
    admin_url, _, app = clinic
    owner = app.replace("app_", "owner_")
    assert main(["server-setup", admin_url, "--owner-role", owner, "--app-role", app]) == 0
    printed = capsys.readouterr().out
    assert "the schema was up to date" in printed and "created" not in printed
