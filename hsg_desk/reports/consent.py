"""The informed-consent form (DESIGN.md §6): plain words, the risks, and lines to sign."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from hsg_desk.domain.document_facts import DocumentFacts, document_language

from .blocks import RULE, bullets, labelled
from .page import build_fitted_sheet, text_width
from .texts import calendar_day, capitalized, esc, load_texts, local, long_day

# One page when it fits (a signed form should not come apart); else the largest over two pages.
BODY_SIZES = (10.5, 10, 9.5)


def _signature_lines(texts: dict, styles: dict, width: float) -> Table:
    """Blank lines to sign on, each with its caption underneath."""
    small = styles["small"]
    rows = [
        ["", "", ""],
        [Paragraph(texts["patient_signature"], small), Paragraph(texts["date"], small),
         Paragraph(texts["time"], small)],
        ["", "", ""],
        [Paragraph(texts["witness_signature"], small), Paragraph(texts["witness_name"], small),
         Paragraph(texts["date"], small)],
    ]
    # The witness column is wide enough for "Nombre del testigo (en letra de molde)" on one line.
    table = Table(rows, colWidths=[width * 0.4, width * 0.42, width * 0.18], rowHeights=[34, 16, 34, 16])
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (0, 0), 0.8, RULE), ("LINEBELOW", (1, 0), (1, 0), 0.8, RULE),
        ("LINEBELOW", (2, 0), (2, 0), 0.8, RULE), ("LINEBELOW", (0, 2), (-1, 2), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def build_consent(facts: DocumentFacts, language: str | None = None) -> bytes:
    """The consent form as PDF bytes, pre-filled with her name, date of birth and the exam date."""
    language = document_language(facts, language)
    texts = load_texts(language, "consent")
    return build_fitted_sheet(facts, language, texts["title"], BODY_SIZES,
                              lambda styles: _story(facts, language, texts, styles))


def _story(facts: DocumentFacts, language: str, texts: dict, styles: dict) -> list:
    width = text_width(facts.paper_size)
    patient = facts.patient
    exam_day = local(facts.exam.scheduled_at, facts.time_zone).date()
    referring = facts.exam.referring_physician(language)
    filled = labelled([
        (Paragraph(texts["prefill_name"], styles["cell_bold"]),
         Paragraph(esc(f"{patient.given_name} {patient.family_name}"), styles["cell"])),
        (Paragraph(texts["prefill_birth_date"], styles["cell_bold"]),
         Paragraph(esc(calendar_day(patient.birth_date, language)), styles["cell"])),
        (Paragraph(texts["prefill_exam_date"], styles["cell_bold"]),
         Paragraph(esc(capitalized(long_day(exam_day, language))), styles["cell"])),
        *([(Paragraph(texts["prefill_referring"], styles["cell_bold"]),
            Paragraph(esc(referring), styles["cell"]))] if referring else []),
    ], [width * 0.3, width * 0.7])
    story = [
        Paragraph(texts["title"], styles["title"]),
        filled,
        Paragraph(texts["what_heading"], styles["heading"]),
        # A device check asks whether the tubes are closed, the other exams whether they are open.
        Paragraph(texts["what_intro"] + " " + texts["purpose_device" if facts.is_device_confirmation else "purpose"],
                  styles["body"]),
        *[Paragraph(text, styles["body"]) for text in texts["what"]],
        Paragraph(texts["risks_heading"], styles["heading"]),
        Paragraph(texts["risks_intro"], styles["body"]),
        *bullets(texts["risks"], styles["bullet"]),
        Paragraph(texts["questions_heading"], styles["heading"]),
        *bullets(texts["questions"], styles["bullet"]),
        Paragraph(texts["questions_note"], styles["body"]),
        KeepTogether([
            Paragraph(texts["consent_heading"], styles["heading"]),
            Paragraph(texts["consent"], styles["body"]),
            Spacer(1, 0.1 * inch),
            _signature_lines(texts, styles, width),
        ]),
    ]
    return story
