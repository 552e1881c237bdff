"""Changing the clinic's settings from the Settings screen: checked, saved, audited old → new."""

from __future__ import annotations

from hsg_desk.domain.permissions import Action
from hsg_desk.domain.settings import ClinicSettings
from hsg_desk.storage.settings import load_settings, save_settings

from .authorization import require
from .context import ServiceContext


def current_settings(ctx: ServiceContext) -> ClinicSettings:
    return load_settings(ctx.db)


def facility_name(db) -> str:
    """The clinic's name for the sign-in dialog: read before anyone signs in, so without a context."""
    return load_settings(db).facility_name


def change_settings(ctx: ServiceContext, changes: dict) -> dict[str, tuple]:
    """Validate and save `changes` (key → value); audit and return {key: (old, new)} actually changed.

    ValidationError names the first bad key; nothing is saved then.
    """
    require(ctx, Action.CHANGE_SETTINGS)
    with ctx.db.atomic():
        changed = save_settings(ctx.db, changes, ctx.now(), ctx.session.user_id)
        if changed:
            ctx.audit("settings.change", record_type="settings",
                      record_id=",".join(sorted(changed)),
                      changes={key: [_plain(old), _plain(new)] for key, (old, new) in changed.items()})
    ctx.reload_settings()
    return changed


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
