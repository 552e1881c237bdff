"""The referring physician: who sent the patient, as the patient's record and each exam keep it.

Its own small module: the worklist's rows carry one, and the window's start should not have
to import the patient's field checks to show them (issue #21).
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import PhysicianTitle


@dataclass(frozen=True)
class ReferringPhysician:
    name: str = ""
    phone: str = ""
    fax: str = ""
    title: str = ""  # a PhysicianTitle value: "", "Dr." or "Dra."

    def printed_name(self, language: str) -> str:
        """"Dra. Lena Ortiz" on a Spanish sheet, "Dr. Lena Ortiz" on an English one; the name alone
        without a title; "" when no name was recorded."""
        return printed_physician(self.title, self.name, language)


def printed_physician(title: str, name: str, language: str) -> str:
    name = name.strip()
    if not name:
        return ""
    printed = PhysicianTitle(title).printed(language) if title in tuple(PhysicianTitle) else ""
    return f"{printed} {name}" if printed else name
