"""Who may do what (DESIGN.md §1). A user may hold several roles."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    TECHNOLOGIST = "technologist"
    RADIOLOGIST = "radiologist"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(part) for part in text.split(",") if part.strip())


def roles_text(roles) -> str:
    return ",".join(sorted(Role(role).value for role in roles))
