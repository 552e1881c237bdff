"""Documents as PDF bytes (reportlab): built from the plain values of services.documents."""

from __future__ import annotations

from hsg_desk.domain.document_facts import document_language

from .aftercare import build_aftercare
from .consent import build_consent
from .prep_sheet import build_prep_sheet
from .summary import build_summary
from .turns import one_at_a_time

__all__ = ["build_aftercare", "build_consent", "build_document", "build_prep_sheet", "build_summary"]


@one_at_a_time
def build_document(kind: str, facts, language: str | None = None) -> bytes:
    """One of 'summary', 'aftercare', 'prep', 'consent'; the summary is in English unless `language` says."""
    if kind == "summary":
        return build_summary(facts, document_language(facts, language) if language else "en")
    builders = {"aftercare": build_aftercare, "prep": build_prep_sheet, "consent": build_consent}
    if kind not in builders:
        raise ValueError(f"unknown document {kind!r}")
    return builders[kind](facts, language)
