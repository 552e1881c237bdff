"""Signing in and out, account lock after failed tries, the lock screen, re-entering a password.

ONC 170.315(d)(1)-(d)(2), HIPAA 164.312(a)(2)(iii)/(d). Every failure gives the same
message, so the screen never tells a stranger which usernames exist; the audit trail
records the detail for the admin.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import timedelta

from hsg_desk.domain.accounts import User
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.message import Message
from hsg_desk.domain.roles import Role
from hsg_desk.storage import users as store
from hsg_desk.storage.audit import record_event, workstation_name
from hsg_desk.storage.settings import load_settings, save_settings

from .context import ServiceContext, Session
from .passwords import hash_password, needs_rehash, verify_password

FACILITY_KEYS = ("facility_name", "facility_address", "facility_phone", "facility_fax",
                 "time_zone", "paper_size")


class LoginFailed(DomainError):
    """Wrong username or password, a disabled or a locked account: one message for all."""

    def __init__(self, tries: int = 5, minutes: int = 5):
        super().__init__(
            "The username or password is not right. After "
            f"{tries} wrong tries an account is locked for {minutes} minutes."
        )


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so a miss costs as long as a hit
    (made on first need: hashing costs ~30 ms, which start-up should not pay)."""
    return hash_password("not a real password")


def session_for(user: User) -> Session:
    return Session(user.id, user.username, user.display_name, frozenset(user.roles), user.ui_language)


def first_start_needed(db) -> bool:
    """No users yet: the app shows the first-start setup instead of the login."""
    return store.count_users(db) == 0


def masked_username(typed: str) -> str:
    """A username that matches no account may be a password typed in the wrong box: the
    audit trail keeps its first character only ("p***"), enough to see a pattern of tries."""
    typed = typed.strip()
    return f"{typed[:1]}***" if typed else ""


def _event(db, clock, action: str, user: User | None, username: str, workstation: str | None,
           changes: dict | None = None) -> None:
    record_event(db, at=clock.now(), action=action, user_id=user.id if user else None,
                 username=user.username if user else username[:64],
                 workstation=workstation or workstation_name(), record_type="user",
                 record_id=user.id if user else "", changes=changes)


@dataclass(frozen=True)
class PasswordCheck:
    """The slow half of re-entering a password (argon2, 30-100 ms), so a window can run it
    on a worker (issue #21): `password_check` reads the stored hash on the thread that owns
    the database, `run()` compares on any thread (argon2-cffi lets go of the GIL while it
    hashes), and the service call that needs the password takes the result instead of
    comparing again. Counting, locking and auditing stay in that call."""

    username: str
    password: str
    stored_hash: str
    matches: bool | None = None  # None until run

    def run(self) -> PasswordCheck:
        return replace(self, matches=verify_password(self.stored_hash, self.password))


def password_check(ctx: ServiceContext, password: str) -> PasswordCheck:
    """The signed-in user's password check, ready to run off the UI thread."""
    user = store.find_user(ctx.db, ctx.session.username)
    stored = store.password_hash(ctx.db, user.id) if user is not None else _dummy_hash()
    return PasswordCheck(ctx.session.username, password or "", stored)


def _matches(stored: str, username: str, password: str, checked: PasswordCheck | None) -> bool:
    """argon2's verdict: the one already run for these exact credentials, else computed now."""
    if (checked is not None and checked.matches is not None and checked.username == username
            and checked.password == password and checked.stored_hash == stored):
        return checked.matches
    return verify_password(stored, password)


def _check(db, clock, username: str, password: str, *, workstation: str | None,
           purpose: str, checked: PasswordCheck | None = None) -> User:
    """The user whose credentials these are; failures counted, locked and audited."""
    settings = load_settings(db)
    now = clock.now()
    failed = LoginFailed(settings.failed_logins_before_lock, settings.login_lock_minutes)
    user = store.find_user(db, username or "")
    if user is None:
        verify_password(_dummy_hash(), password or "")
        _event(db, clock, "login.failed", None, masked_username(username or ""), workstation,
               {"reason": [None, "unknown user"], "purpose": [None, purpose]})
        raise failed
    if user.locked_until is not None and not user.locked_at(now):
        with db.atomic():
            store.update_user(db, user.id, {"failed_logins": 0, "locked_until": None}, now)
            _event(db, clock, "account.unlock", user, username, workstation,
                   {"reason": [None, "lock expired"]})
        user = store.get_user(db, user.id)
    if user.locked_at(now) or not user.active:
        verify_password(_dummy_hash(), password or "")
        reason = "account locked" if user.active else "account disabled"
        _event(db, clock, "login.failed", user, username, workstation,
               {"reason": [None, reason], "purpose": [None, purpose]})
        raise failed
    stored = store.password_hash(db, user.id)
    if not _matches(stored, username, password or "", checked):
        tries = user.failed_logins + 1
        with db.atomic():
            changes: dict = {"failed_logins": tries}
            if tries >= settings.failed_logins_before_lock:
                changes["locked_until"] = now + timedelta(minutes=settings.login_lock_minutes)
            store.update_user(db, user.id, changes, now)
            _event(db, clock, "login.failed", user, username, workstation,
                   {"reason": [None, "wrong password"], "failed_logins": [user.failed_logins, tries],
                    "purpose": [None, purpose]})
            if "locked_until" in changes:
                _event(db, clock, "account.lock", user, username, workstation,
                       {"locked_until": [None, changes["locked_until"].isoformat()]})
        raise failed
    with db.atomic():
        changes = {}
        if user.failed_logins:
            changes["failed_logins"] = 0
        if needs_rehash(stored):
            changes["password_hash"] = hash_password(password)
        if changes:
            store.update_user(db, user.id, changes, now)
    return store.get_user(db, user.id)


def login(db, clock, username: str, password: str, *, workstation: str | None = None) -> Session:
    """Sign in: the new Session, or LoginFailed (audited either way)."""
    user = _check(db, clock, username, password, workstation=workstation, purpose="login")
    _event(db, clock, "login", user, username, workstation)
    return session_for(user)


def demo_sign_in(db, clock, username: str) -> Session:
    """The demo's automatic sign-in, audited like any other. Its password is printed in the
    README, so checking it would prove nothing and cost ~30 ms of argon2 at every demo
    start. The app calls this only on the fresh demo file `--demo` makes."""
    user = store.find_user(db, username)
    if user is None or not user.active:
        raise LoginFailed()
    _event(db, clock, "login", user, username, None, {"method": [None, "demo automatic sign-in"]})
    return session_for(user)


def logout(ctx: ServiceContext, reason: str = "") -> None:
    if ctx.session.user_id is not None:
        ctx.audit("logout", record_type="user", record_id=ctx.session.user_id,
                  changes={"reason": [None, reason]} if reason else None)


def lock_session(ctx: ServiceContext, reason: str = "idle") -> None:
    """The screen was locked (idle timeout or by hand); the session stays open."""
    ctx.audit("session.lock", record_type="user", record_id=ctx.session.user_id,
              changes={"reason": [None, reason]})


def unlock_session(ctx: ServiceContext, password: str) -> Session:
    """The same user re-enters their password at the lock screen; the session resumes."""
    _check(ctx.db, ctx.clock, ctx.session.username, password, workstation=ctx.workstation,
           purpose="unlock")
    ctx.audit("session.unlock", record_type="user", record_id=ctx.session.user_id)
    return ctx.session


def switch_user(ctx: ServiceContext, username: str, password: str) -> Session:
    """Another user signs in at the lock screen: the first session is closed, then the new
    one starts; `ctx.session` becomes the new session."""
    new_user = _check(ctx.db, ctx.clock, username, password, workstation=ctx.workstation,
                      purpose="login")
    if new_user.id == ctx.session.user_id:
        ctx.audit("session.unlock", record_type="user", record_id=new_user.id)
        return ctx.session
    logout(ctx, reason=f"{new_user.username} signed in at the lock screen")
    ctx.session = session_for(new_user)
    ctx.audit("login", record_type="user", record_id=new_user.id,
              changes={"replaces": [None, "locked session"]})
    return ctx.session


def confirm_password(ctx: ServiceContext, password: str, purpose: str = "signature", *,
                     checked: PasswordCheck | None = None) -> None:
    """The signed-in user re-enters their password (signing an exam, changing a password);
    `checked`: the same password's PasswordCheck, already run on a worker."""
    _check(ctx.db, ctx.clock, ctx.session.username, password, workstation=ctx.workstation,
           purpose=purpose, checked=checked)


def confirm_identity(ctx: ServiceContext, username: str, password: str, *,
                     purpose: str, role: Role | None = None) -> Session:
    """Another user signs in place (a radiologist overriding at the technologist's station):
    their Session, without changing `ctx.session`. LoginFailed, or DomainError for a wrong role."""
    user = _check(ctx.db, ctx.clock, username, password, workstation=ctx.workstation, purpose=purpose)
    if role is not None and role not in user.roles:
        raise DomainError(Message("{display_name} does not hold the {value} role.",
                                  display_name=user.display_name, value=role.label.lower()))
    return session_for(user)


def unlock_account(ctx: ServiceContext, user_id: int) -> None:
    """An admin lifts a lock after failed logins before it expires."""
    from hsg_desk.domain.permissions import Action

    from .authorization import require

    require(ctx, Action.MANAGE_USERS)
    user = store.get_user(ctx.db, user_id)
    with ctx.db.atomic():
        store.update_user(ctx.db, user.id, {"failed_logins": 0, "locked_until": None}, ctx.now())
        ctx.audit("account.unlock", record_type="user", record_id=user.id,
                  changes={"reason": [None, "unlocked by admin"]})


def create_first_admin(db, clock, *, username: str, display_name: str, password: str,
                       facility: dict | None = None, workstation: str | None = None) -> Session:
    """First start: the first admin account and the facility's details; returns its session."""
    from .users import insert_user_audited

    if not first_start_needed(db):
        raise DomainError("Setup was already done: sign in with an existing account.")
    facility = {key: value for key, value in (facility or {}).items()}
    unknown = set(facility) - set(FACILITY_KEYS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "is not a facility detail")
    setup = ServiceContext(db, clock, Session(None, username, display_name),
                           workstation=workstation or workstation_name())
    with db.atomic():
        user_id = insert_user_audited(setup, username, display_name, password, {Role.ADMIN})
        session = session_for(store.get_user(db, user_id))
        setup.session = session
        changed = save_settings(db, facility, clock.now(), user_id)
        if changed:
            setup.audit("settings.change", record_type="settings",
                        changes={key: list(pair) for key, pair in changed.items()})
        setup.audit("login", record_type="user", record_id=user_id,
                    changes={"reason": [None, "first start"]})
    return session


def password_change_required(db, session: Session) -> bool:
    """True after an admin set or reset the password: the user picks their own before working."""
    return session.user_id is not None and store.get_user(db, session.user_id).must_change_password
