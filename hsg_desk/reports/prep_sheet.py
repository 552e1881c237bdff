"""The preparation sheet the front desk hands out when booking (DESIGN.md §6), in her language."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from hsg_desk.services.documents import DocumentFacts, document_language

from .blocks import boxed, bullets, grid
from .page import build_fitted_sheet, text_width
from .texts import capitalized, clock_time, day_and_time, esc, fill, load_texts, local, long_day

# One page when it fits; otherwise the largest of these sizes over two pages.
BODY_SIZES = (11, 10)


def _drug_label(drug: str, labels: dict[str, str]) -> str:
    """The regimen's drug in the sheet's language (the domain names them in English)."""
    for key, label in labels.items():
        if drug.lower().startswith(key):
            return label
    return drug


def build_prep_sheet(facts: DocumentFacts, language: str | None = None) -> bytes:
    """The preparation sheet as PDF bytes."""
    language = document_language(facts, language)
    texts = load_texts(language, "prep")
    return build_fitted_sheet(facts, language, texts["title"], BODY_SIZES,
                              lambda styles: _story(facts, language, texts, styles))


def _story(facts: DocumentFacts, language: str, texts: dict, styles: dict) -> list:
    zone = facts.time_zone
    width = text_width(facts.paper_size)
    scheduled = local(facts.exam.scheduled_at, zone)
    appointment = capitalized(f"{long_day(scheduled.date(), language)}, {clock_time(scheduled, language, zone)}")
    story = [
        Paragraph(texts["title"], styles["title"]),
        Paragraph(texts["subtitle"], styles["subtitle"]),
        Paragraph(texts["appointment_heading"], styles["heading"]),
        Paragraph(fill(texts["appointment"], appointment=appointment), styles["body"]),
        Paragraph(texts["duration"], styles["body"]),
        Paragraph(texts["cycle_heading"], styles["heading"]),
    ]
    history = facts.history
    if history is not None and history.no_periods:
        story.append(Paragraph(texts["no_periods"], styles["body"]))
    else:
        story.append(Paragraph(fill(texts["cycle_rule"], last_day=facts.last_cycle_day), styles["body"]))
        if facts.booking_window is not None and history is not None and history.lmp is not None:
            first, last = facts.booking_window
            story.append(Paragraph(fill(texts["cycle_window"], lmp=long_day(history.lmp, language, year=False),
                                        first=long_day(first, language, year=False),
                                        last=long_day(last, language, year=False)), styles["body"]))
        else:
            story.append(Paragraph(texts["cycle_unknown"], styles["body"]))
    story.append(Paragraph(fill(texts["intercourse"], hours=facts.aftercare_hours), styles["body"]))
    story += [
        Paragraph(texts["test_heading"], styles["heading"]),
        boxed(Paragraph(fill(texts["test"], test_from=day_and_time(facts.test_collection_from, language, zone)),
                        styles["body"]), width),
    ]
    if facts.premedication:
        rows = [[Paragraph(esc(capitalized(day_and_time(at, language, zone))), styles["cell_bold"]),
                 Paragraph(_drug_label(drug, texts["premedication_drugs"]), styles["cell"])]
                for at, drug in facts.premedication]
        story += [Paragraph(texts["premedication_heading"], styles["heading"]),
                  Paragraph(texts["premedication"], styles["body"]),
                  grid(rows, [width * 0.5, width * 0.5], header=False), Spacer(1, 4),
                  Paragraph(texts["premedication_driver"], styles["body"])]
    story += [
        Paragraph(texts["before_heading"], styles["heading"]),
        *bullets(texts["before"], styles["bullet"]),
        KeepTogether([Paragraph(texts["tell_heading"], styles["heading"]), *bullets(texts["tell"], styles["bullet"])]),
        Spacer(1, 0.1 * inch),
    ]
    phone = facts.facility.phone.strip()
    story.append(Paragraph(fill(texts["questions_phone"], phone=phone) if phone else texts["questions"],
                           styles["body"]))
    return story
