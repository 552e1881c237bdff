"""Managing users: create, change name and roles, disable/enable, reset a password.

Every change is audited with old and new values (ONC 170.315(d)(1)); a password
change is recorded as a fact, never with the hash. Users are never deleted, so the
audit trail's user ids always resolve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from hsg_desk.domain.accounts import ACCOUNT_FIELDS, User
from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.message import Message
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.roles import Role, roles_text
from hsg_desk.domain.vocabulary import Language
from hsg_desk.storage import users as store

from .authorization import require
from .context import FixedClock, ServiceContext, Session
from .passwords import hash_password

# One demo account per role (DESIGN.md §1); only ever created in a demo database.
DEMO_USERS: tuple[tuple[str, str, str, frozenset[Role]], ...] = (
    ("admin", "Demo Admin", "admin-demo", frozenset({Role.ADMIN})),
    ("tech", "Demo Technologist", "tech-demo", frozenset({Role.TECHNOLOGIST})),
    ("desk", "Demo Front Desk", "desk-demo", frozenset({Role.FRONT_DESK})),
    ("rad", "Demo Radiologist", "rad-demo", frozenset({Role.RADIOLOGIST})),
    # `hsg-desk --demo` signs in as this two-role account, so a first look can both
    # check patients in and run the exam (a user may hold several roles).
    ("demo", "Demo Clinician", "demo-demo", frozenset({Role.FRONT_DESK, Role.TECHNOLOGIST})),
)
DEMO_AUTO_LOGIN = "demo"  # the account `hsg-desk --demo` signs in as


def _snapshot(user: User) -> dict:
    return {"username": user.username, "display_name": user.display_name,
            "roles": roles_text(user.roles), "active": user.active}


def insert_user_audited(ctx: ServiceContext, username: str, display_name: str, password: str,
                        roles, *, must_change_password: bool = False) -> int:
    """Create a user without the permission check (first start and demo data only)."""
    username, display_name = ACCOUNT_FIELDS.clean("username", username), ACCOUNT_FIELDS.clean("display_name", display_name)
    password, roles = ACCOUNT_FIELDS.clean("password", password), ACCOUNT_FIELDS.clean("roles", roles)
    with ctx.db.atomic():
        user_id = store.insert_user(ctx.db, username=username, display_name=display_name,
                                    password_hash=hash_password(password), roles=roles,
                                    at=ctx.now(), must_change_password=must_change_password)
        ctx.audit("user.create", record_type="user", record_id=user_id, changes={
            "username": [None, username], "display_name": [None, display_name],
            "roles": [None, roles_text(roles)], "active": [None, True], "password": [None, "set"],
        })
    return user_id


def create_user(ctx: ServiceContext, username: str, display_name: str, password: str,
                roles: Iterable[Role | str], *, must_change_password: bool = True) -> int:
    require(ctx, Action.MANAGE_USERS)
    return insert_user_audited(ctx, username, display_name, password, roles,
                               must_change_password=must_change_password)


def list_users(ctx: ServiceContext) -> list[User]:
    require(ctx, Action.MANAGE_USERS)
    return store.list_users(ctx.db)


def _last_admin_guard(ctx: ServiceContext, user: User, roles: frozenset[Role], active: bool) -> None:
    if Role.ADMIN in user.roles and user.active and (Role.ADMIN not in roles or not active):
        if store.active_admin_ids(ctx.db) == [user.id]:
            raise DomainError("This is the only active admin. Give another user the admin role first.")


def _apply(ctx: ServiceContext, user: User, changes: dict, action: str = "user.update") -> User:
    after = {**_snapshot(user), **{k: (roles_text(v) if k == "roles" else v) for k, v in changes.items()}}
    diff = {key: [old, after[key]] for key, old in _snapshot(user).items() if old != after[key]}
    if not diff:
        return user
    with ctx.db.atomic():
        store.update_user(ctx.db, user.id, changes, ctx.now())
        ctx.audit(action, record_type="user", record_id=user.id, changes=diff)
    return store.get_user(ctx.db, user.id)


def update_user(ctx: ServiceContext, user_id: int, *, display_name: str | None = None,
                roles: Iterable[Role | str] | None = None) -> User:
    """Change a user's name and/or roles; audited with old and new values."""
    require(ctx, Action.MANAGE_USERS)
    user = store.get_user(ctx.db, user_id)
    changes: dict = {}
    if display_name is not None:
        changes["display_name"] = ACCOUNT_FIELDS.clean("display_name", display_name)
    if roles is not None:
        changes["roles"] = ACCOUNT_FIELDS.clean("roles", roles)
        _last_admin_guard(ctx, user, changes["roles"], user.active)
    return _apply(ctx, user, changes)


def set_active(ctx: ServiceContext, user_id: int, active: bool) -> User:
    """Disable (or enable again) a user; a disabled user cannot sign in. Never deleted."""
    require(ctx, Action.MANAGE_USERS)
    user = store.get_user(ctx.db, user_id)
    if not active and user.id == ctx.session.user_id:
        raise DomainError("You cannot disable your own account while signed in with it.")
    _last_admin_guard(ctx, user, user.roles, active)
    return _apply(ctx, user, {"active": active}, "user.disable" if not active else "user.enable")


def reset_password(ctx: ServiceContext, user_id: int, new_password: str, *,
                   must_change_password: bool = True) -> None:
    """Set a new password (and clear any lock); audited without the password or hash."""
    require(ctx, Action.MANAGE_USERS)
    user = store.get_user(ctx.db, user_id)
    ACCOUNT_FIELDS.clean("password", new_password)
    with ctx.db.atomic():
        store.update_user(ctx.db, user.id, {
            "password_hash": hash_password(new_password), "failed_logins": 0,
            "locked_until": None, "must_change_password": must_change_password,
        }, ctx.now())
        ctx.audit("user.password_reset", record_type="user", record_id=user.id,
                  changes={"password": ["set", "reset"]})


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The signed-in user replaces their password (after a reset, or at will)."""
    from .auth import confirm_password

    confirm_password(ctx, old_password, purpose="password change")
    ACCOUNT_FIELDS.clean("password", new_password)
    if new_password == old_password:
        raise ValidationError("password", "choose a password different from the old one")
    with ctx.db.atomic():
        store.update_user(ctx.db, ctx.session.user_id, {
            "password_hash": hash_password(new_password), "must_change_password": False,
        }, ctx.now())
        ctx.audit("user.password_change", record_type="user", record_id=ctx.session.user_id,
                  changes={"password": ["set", "changed"]})


def set_own_interface_language(ctx: ServiceContext, language: str) -> Session:
    """The signed-in user's interface language ("" = the system's), used from their next
    window on; the session that carries it is returned. Audited like any change to a user."""
    if language and language not in tuple(Language):
        raise ValidationError("ui_language", Message("choose one of {value}, or the system's language",
                                                     value=', '.join(Language)))
    if ctx.session.user_id is None:  # the scripted demo session has no user row to keep it in
        ctx.session = replace(ctx.session, ui_language=language)
        return ctx.session
    user = store.get_user(ctx.db, ctx.session.user_id)
    if user.ui_language != language:
        with ctx.db.atomic():
            store.update_user(ctx.db, user.id, {"ui_language": language}, ctx.now())
            ctx.audit("user.update", record_type="user", record_id=user.id,
                      changes={"ui_language": [user.ui_language, language]})
    ctx.session = replace(ctx.session, ui_language=language)
    return ctx.session


def create_demo_users(db, at: datetime) -> dict[str, int]:
    """The four demo accounts of DEMO_USERS, keyed by their role ("admin", "technologist",
    "front_desk", "radiologist") → user id; existing ones are kept."""
    ctx = ServiceContext(db, FixedClock(at), Session(None, "demo-data", "Demo data"))
    ids = {}
    for username, display_name, password, roles in DEMO_USERS:
        existing = store.find_user(db, username)
        user_id = existing.id if existing else insert_user_audited(
            ctx, username, display_name, password, roles)
        if len(roles) == 1:
            ids[next(iter(roles)).value] = user_id
    return ids
