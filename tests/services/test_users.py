"""Managing users: create, roles, disable, reset password; every change audited old → new."""

from __future__ import annotations

import pytest
from users_builders import demo_db, signed_in

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.services import users
from hsg_desk.services.auth import LoginFailed, login
from hsg_desk.storage.audit import query_events
from hsg_desk.storage.users import find_user


def test_demo_users_one_per_role(db_target):
    db, clock, ids = demo_db(db_target)
    assert {find_user(db, name).roles for name in ids} == {frozenset({role}) for role in Role}
    again = users.create_demo_users(db, clock.now())  # running again keeps them
    assert again == {"admin": ids["admin"], "technologist": ids["tech"], "front_desk": ids["desk"],
                     "radiologist": ids["rad"]}


def test_create_user_audited_without_the_password(db_target):
    db, clock, _ = demo_db(db_target)
    admin = signed_in(db, clock, "admin")
    user_id = users.create_user(admin, "jdoe", "  Jo   Doe ", "first-pass", [Role.FRONT_DESK, "technologist"])
    user = find_user(db, "JDOE")
    assert (user.id, user.display_name, user.roles, user.must_change_password) == (
        user_id, "Jo Doe", {Role.FRONT_DESK, Role.TECHNOLOGIST}, True)
    row = query_events(db)[-1]
    assert (row["action"], row["username"], row["record_id"]) == ("user.create", "admin", str(user_id))
    assert row["changes"]["roles"] == [None, "front_desk,technologist"]
    assert "first-pass" not in str(row) and "$argon2" not in str(row)


@pytest.mark.parametrize("username", ["Tech", "TECH", " tech "])
def test_usernames_are_unique_ignoring_case(db_target, username):
    db, clock, _ = demo_db(db_target)
    with pytest.raises(ValidationError, match="already taken"):
        users.create_user(signed_in(db, clock, "admin"), username, "Other Person", "long-enough", {Role.ADMIN})


@pytest.mark.parametrize("field, kwargs", [
    ("username", {"username": "a"}), ("username", {"username": "has space"}),
    ("display_name", {"display_name": "   "}), ("password", {"password": "short"}),
    ("roles", {"roles": []}),
])
def test_bad_input_names_the_field(db_target, field, kwargs):
    db, clock, _ = demo_db(db_target)
    values = {"username": "newuser", "display_name": "New User", "password": "long-enough",
              "roles": [Role.ADMIN]} | kwargs
    with pytest.raises(ValidationError) as raised:
        users.create_user(signed_in(db, clock, "admin"), **values)
    assert raised.value.field == field


def test_only_admins_manage_users_and_refusals_are_audited(db_target):
    db, clock, ids = demo_db(db_target)
    tech = signed_in(db, clock, "tech")
    with pytest.raises(PermissionDenied):
        users.create_user(tech, "sneaky", "Sneaky", "long-enough", {Role.ADMIN})
    row = query_events(db)[-1]
    assert (row["action"], row["record_id"], row["user_id"]) == ("denied", "manage_users", ids["tech"])


def test_change_roles_and_name(db_target):
    db, clock, ids = demo_db(db_target)
    admin = signed_in(db, clock, "admin")
    user = users.update_user(admin, ids["desk"], display_name="Desk Two", roles={Role.FRONT_DESK, Role.TECHNOLOGIST})
    assert user.roles == {Role.FRONT_DESK, Role.TECHNOLOGIST}
    assert query_events(db)[-1]["changes"] == {
        "display_name": ["Demo Front Desk", "Desk Two"],
        "roles": ["front_desk", "front_desk,technologist"]}
    before = len(query_events(db))
    users.update_user(admin, ids["desk"], display_name="Desk Two")  # no change, no row
    assert len(query_events(db)) == before


def test_disable_never_deletes_and_keeps_the_last_admin(db_target):
    db, clock, ids = demo_db(db_target)
    admin = signed_in(db, clock, "admin")
    users.set_active(admin, ids["tech"], False)
    assert find_user(db, "tech").active is False
    assert query_events(db)[-1]["changes"] == {"active": [True, False]}
    users.set_active(admin, ids["tech"], True)
    assert login(db, clock, "tech", "tech-demo")
    with pytest.raises(DomainError, match="your own account"):
        users.set_active(admin, ids["admin"], False)
    with pytest.raises(DomainError, match="only active admin"):
        users.update_user(admin, ids["admin"], roles={Role.TECHNOLOGIST})
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == len(users.DEMO_USERS)


def test_reset_password_clears_the_lock(db_target):
    db, clock, ids = demo_db(db_target)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(db, clock, "rad", "forgotten")
    users.reset_password(signed_in(db, clock, "admin"), ids["rad"], "brand-new-1")
    rad = find_user(db, "rad")
    assert rad.locked_until is None and rad.must_change_password
    assert query_events(db)[-1]["changes"] == {"password": ["set", "reset"]}
    session = login(db, clock, "rad", "brand-new-1")
    from hsg_desk.services.context import ServiceContext

    rad_ctx = ServiceContext(db, clock, session)
    users.change_own_password(rad_ctx, "brand-new-1", "my-own-secret")
    assert find_user(db, "rad").must_change_password is False
    assert login(db, clock, "rad", "my-own-secret").user_id == ids["rad"]
