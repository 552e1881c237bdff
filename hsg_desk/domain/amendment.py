"""An amendment (DESIGN.md §2): a correction of one field of a signed exam's record, with the
old and the new value, why, when and by whom; the original stays readable.

The values are as a person reads them ("Yes", "05/03/2026", "12"), since everything that shows
an amendment (the procedure record's list, the summary) shows it that way; what was stored stays
in the amendments table and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Amendment:
    part: str               # the part of the exam's record corrected: "procedure", "history", "checkin"
    field: str
    old_value: str | None   # as a person reads it (services.amendment_text.value_text): "Yes", "05/03/2026"
    new_value: str | None
    reason: str
    at: datetime
    by: str                 # who signed it, by name
    what: str = ""          # "Procedure: Volume", never the column's name (services.amendment_text.field_label)
