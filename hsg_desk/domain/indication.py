"""Why the exam is done: the indication chosen at booking (DESIGN.md §3).

Its own module because the worklist shows it: a worklist line needs this, not the whole
screening case (case.py re-exports it).
"""

from __future__ import annotations

from enum import StrEnum


class Indication(StrEnum):
    INFERTILITY = "infertility"
    RECURRENT_LOSS = "recurrent_loss"
    TUBAL_LIGATION_CHECK = "tubal_ligation_check"
    DEVICE_CONFIRMATION = "device_confirmation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return INDICATION_LABELS[self]


INDICATION_LABELS = {
    Indication.INFERTILITY: "Infertility work-up",
    Indication.RECURRENT_LOSS: "Recurrent pregnancy loss",
    Indication.TUBAL_LIGATION_CHECK: "Tubal ligation check",
    Indication.DEVICE_CONFIRMATION: "Essure/Adiana confirmation",
    Indication.OTHER: "Other",
}
