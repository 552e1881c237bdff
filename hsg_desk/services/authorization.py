"""The one call every service makes before acting: `require(ctx, Action.X)`.

A refusal is recorded in the audit trail ("denied"), so an admin can see attempts
to use a screen the user's roles do not allow.
"""

from __future__ import annotations

from hsg_desk.domain.permissions import Action, PermissionDenied, allowed, needs_role
from hsg_desk.domain.permissions import require as require_roles

__all__ = ["Action", "PermissionDenied", "can", "needs_role", "require"]


def can(ctx, action: Action | str) -> bool:
    """Whether the signed-in user may do `action` (for enabling buttons and menus)."""
    return allowed(ctx.session.roles, action)


def require(ctx, action: Action | str, *, patient_id: int | None = None) -> None:
    """Raise PermissionDenied (and audit the attempt) unless the session may do `action`."""
    try:
        require_roles(ctx.session.roles, action)
    except PermissionDenied:
        ctx.audit("denied", patient_id=patient_id, record_type="permission",
                  record_id=str(Action(action)))
        raise
