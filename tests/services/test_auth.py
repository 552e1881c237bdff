"""Login, lockout with a pinned clock, rehash, lock screen, first start (DESIGN.md §8)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from users_builders import START, demo_db, signed_in

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role
from hsg_desk.services import auth
from hsg_desk.services.auth import LoginFailed, create_first_admin, first_start_needed, login
from hsg_desk.services.context import FixedClock
from hsg_desk.storage.audit import query_events, verify_chain
from hsg_desk.storage.db import open_database
from hsg_desk.storage.settings import load_settings
from hsg_desk.storage.users import find_user, password_hash


def actions(db):
    return [row["action"] for row in query_events(db)]


def test_login_returns_the_session_and_audits(db_target):
    db, clock, ids = demo_db(db_target)
    session = login(db, clock, "TECH", "tech-demo")
    assert (session.user_id, session.username, session.roles) == (ids["tech"], "tech", {Role.TECHNOLOGIST})
    last = query_events(db)[-1]
    assert (last["action"], last["user_id"], last["at"]) == ("login", ids["tech"], START.isoformat())


def test_messages_do_not_tell_whether_a_username_exists(db_target):
    db, clock, _ = demo_db(db_target)
    with pytest.raises(LoginFailed) as unknown:
        login(db, clock, "nobody", "tech-demo")
    with pytest.raises(LoginFailed) as wrong:
        login(db, clock, "tech", "wrong password")
    assert str(unknown.value) == str(wrong.value)
    assert actions(db)[-2:] == ["login.failed", "login.failed"]
    assert query_events(db)[-2]["changes"]["reason"] == [None, "unknown user"]


def test_five_failures_lock_for_five_minutes_then_expire(db_target):
    db, clock, ids = demo_db(db_target)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(db, clock, "desk", "nope-nope")
    assert find_user(db, "desk").locked_until is None
    with pytest.raises(LoginFailed):
        login(db, clock, "desk", "nope-nope")
    assert find_user(db, "desk").locked_until == START + timedelta(minutes=5)
    assert actions(db)[-2:] == ["login.failed", "account.lock"]
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(LoginFailed):  # the right password does not help while locked
        login(db, clock, "desk", "desk-demo")
    assert query_events(db)[-1]["changes"]["reason"] == [None, "account locked"]
    clock.advance(seconds=1)  # exactly at locked_until the lock is over
    assert login(db, clock, "desk", "desk-demo").user_id == ids["desk"]
    assert actions(db)[-2:] == ["account.unlock", "login"]
    user = find_user(db, "desk")
    assert (user.failed_logins, user.locked_until) == (0, None)


def test_the_lock_follows_the_settings(db_target):
    db, clock, _ = demo_db(db_target)
    admin = signed_in(db, clock, "admin")
    from hsg_desk.services.settings_service import change_settings

    change_settings(admin, {"failed_logins_before_lock": 3, "login_lock_minutes": 10})
    for _ in range(3):
        with pytest.raises(LoginFailed, match="After 3 wrong tries an account is locked for 10 minutes"):
            login(db, clock, "rad", "x" * 8)
    assert find_user(db, "rad").locked_until == START + timedelta(minutes=10)


def test_a_success_resets_the_count(db_target):
    db, clock, _ = demo_db(db_target)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(db, clock, "rad", "bad-bad-bad")
    login(db, clock, "rad", "rad-demo")
    with pytest.raises(LoginFailed):
        login(db, clock, "rad", "bad-bad-bad")
    assert find_user(db, "rad").failed_logins == 1 and find_user(db, "rad").locked_until is None


def test_disabled_user_cannot_sign_in(db_target):
    db, clock, ids = demo_db(db_target)
    from hsg_desk.services.users import set_active

    set_active(signed_in(db, clock, "admin"), ids["tech"], False)
    with pytest.raises(LoginFailed):
        login(db, clock, "tech", "tech-demo")


def test_the_demo_signs_in_its_demo_account_audited_and_never_a_disabled_one(db_target):
    db, clock, _ = demo_db(db_target)
    from hsg_desk.services.users import DEMO_AUTO_LOGIN, set_active

    demo_id = find_user(db, DEMO_AUTO_LOGIN).id
    session = auth.demo_sign_in(db, clock, DEMO_AUTO_LOGIN)
    assert (session.user_id, session.roles) == (demo_id, {Role.FRONT_DESK, Role.TECHNOLOGIST})
    last = query_events(db)[-1]
    assert (last["action"], last["user_id"]) == ("login", demo_id)
    assert last["changes"]["method"] == [None, "demo automatic sign-in"]
    set_active(signed_in(db, clock, "admin"), demo_id, False)
    with pytest.raises(LoginFailed):
        auth.demo_sign_in(db, clock, DEMO_AUTO_LOGIN)
    with pytest.raises(LoginFailed):
        auth.demo_sign_in(db, clock, "nobody")


def test_an_old_hash_is_upgraded_at_login(db_target):
    db, clock, ids = demo_db(db_target)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("tech-demo")
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [weak, ids["tech"]])
    login(db, clock, "tech", "tech-demo")
    upgraded = password_hash(db, ids["tech"])
    assert upgraded != weak and upgraded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_users_table_has_no_plaintext(db_target):
    db, _, _ = demo_db(db_target)
    rows = db.execute("SELECT * FROM users").fetchall()
    text = json.dumps(rows) + json.dumps(db.execute("SELECT * FROM audit_log").fetchall())
    for password in ("admin-demo", "tech-demo", "desk-demo", "rad-demo"):
        assert password not in text
    assert all(h.startswith("$argon2id$") for (h,) in db.execute("SELECT password_hash FROM users"))
    assert "$argon2id$" not in json.dumps(db.execute("SELECT changes FROM audit_log").fetchall())


def test_lock_unlock_and_switch_user(db_target):
    db, clock, ids = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    auth.lock_session(ctx)
    with pytest.raises(LoginFailed):
        auth.unlock_session(ctx, "desk-demo")
    assert auth.unlock_session(ctx, "tech-demo").user_id == ids["tech"]
    auth.lock_session(ctx)
    new = auth.switch_user(ctx, "rad", "rad-demo")
    assert ctx.session is new and new.user_id == ids["rad"]
    tail = query_events(db)[-6:]
    assert [row["action"] for row in tail] == ["session.lock", "login.failed", "session.unlock",
                                              "session.lock", "logout", "login"]
    assert tail[-2]["user_id"] == ids["tech"] and tail[-1]["user_id"] == ids["rad"]
    assert verify_chain(db) is None


def test_confirm_identity_of_a_radiologist(db_target):
    db, clock, ids = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    session = auth.confirm_identity(ctx, "rad", "rad-demo", purpose="override", role=Role.RADIOLOGIST)
    assert session.user_id == ids["rad"] and ctx.session.username == "tech"
    with pytest.raises(DomainError, match="radiologist role"):
        auth.confirm_identity(ctx, "desk", "desk-demo", purpose="override", role=Role.RADIOLOGIST)


def test_first_start(db_target):
    db = open_database(db_target)
    clock = FixedClock(START)
    assert first_start_needed(db)
    session = create_first_admin(db, clock, username="itadmin", display_name="Clinic IT",
                                 password="long enough", facility={
                                     "facility_name": "Mesa Imaging", "facility_phone": "555-0100",
                                     "time_zone": "America/Phoenix", "paper_size": "a4"})
    assert session.roles == {Role.ADMIN}
    assert not first_start_needed(db)
    settings = load_settings(db)
    assert (settings.facility_name, settings.time_zone, settings.paper_size) == ("Mesa Imaging", "America/Phoenix", "a4")
    assert actions(db) == ["user.create", "settings.change", "login"]
    with pytest.raises(DomainError, match="already"):
        create_first_admin(db, clock, username="second", display_name="X Y", password="long enough")


def test_a_password_check_run_on_a_worker_is_used_for_those_credentials_only(db_target, monkeypatch):
    """The argon2 half runs off the UI thread (issue #21); confirm_password takes its verdict
    only for the same user, password and stored hash, and still counts and audits a miss."""
    import threading

    db, clock, ids = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    right, wrong = auth.password_check(ctx, "tech-demo"), auth.password_check(ctx, "not it")
    results = {}
    worker = threading.Thread(target=lambda: results.update(right=right.run(), wrong=wrong.run()))
    worker.start()
    worker.join()
    assert results["right"].matches and not results["wrong"].matches
    compared = []
    monkeypatch.setattr(auth, "verify_password", lambda *args: compared.append(args) or False)
    auth.confirm_password(ctx, "tech-demo", checked=results["right"])   # no second argon2 run
    assert compared == []
    with pytest.raises(LoginFailed):                                     # another password: compared again
        auth.confirm_password(ctx, "tech-demo!", checked=results["right"])
    assert len(compared) == 1
    with pytest.raises(LoginFailed):
        auth.confirm_password(ctx, "not it", checked=results["wrong"])
    assert find_user(db, "tech").failed_logins == 2
    assert actions(db)[-2:] == ["login.failed", "login.failed"]
