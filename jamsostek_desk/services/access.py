"""Roles: what each operator may do. Services call ``require_role`` before acting, so that a
hidden button is never the only guard.

- ``admin``: everything, plus office settings, operators and roles, print settings, sync
  approval, targets and budgets, restore, and a person's data requests (hak akses, hak
  penghapusan).
- ``operator``: registering, import, cards, benefits, sync, exports.
- ``pimpinan``: read only (lists, dashboard, reports); no full NIK, no export of personal data.
"""

from __future__ import annotations

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.context import AppContext

ADMIN, OPERATOR, PIMPINAN = "admin", "operator", "pimpinan"
PERAN: dict[str, str] = {ADMIN: "Admin", OPERATOR: "Operator", PIMPINAN: "Pimpinan"}
# Who may change data and take personal data out (registering, import, cards, sync, exports).
WRITERS = (ADMIN, OPERATOR)


class AccessDenied(UserError):
    """The signed-in operator's role does not allow this action."""

    def __init__(self, ctx: AppContext, action: str, allowed: tuple[str, ...]) -> None:
        who = " atau ".join(PERAN[r] for r in allowed)
        super().__init__(
            f"{action.capitalize()} hanya boleh dilakukan oleh {who}. Operator "
            f"{ctx.operator_nama} masuk sebagai {PERAN.get(ctx.peran, ctx.peran)}."
        )
        self.action = action
        self.allowed = allowed


def may(ctx: AppContext, *allowed: str) -> bool:
    return ctx.peran in allowed


def require_role(ctx: AppContext, *allowed: str, action: str = "tindakan ini") -> None:
    """Raise AccessDenied unless the context's role is one of ``allowed``.

    ``action`` names the job in Indonesian for the message ("ekspor daftar peserta")."""
    if ctx.peran not in allowed:
        raise AccessDenied(ctx, action, allowed)


def require_admin(ctx: AppContext, action: str = "tindakan ini") -> None:
    require_role(ctx, ADMIN, action=action)


def require_writer(ctx: AppContext, action: str = "tindakan ini") -> None:
    """Admin or Operator: changing data, importing, printing, syncing, exporting."""
    require_role(ctx, *WRITERS, action=action)
