"""The preparation sheet the front desk hands out when booking (DESIGN.md §6), in her language."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from hsg_desk.domain.document_facts import DocumentFacts, document_language

from .blocks import boxed, bullets, grid
from .page import build_pdf_counted, heading_for, text_width
from .styles import document_styles
from .texts import capitalized, day_and_time, esc, fill, load_texts, long_day

# One page when it fits at one of these sizes; otherwise two well-filled pages of large type.
ONE_PAGE_SIZES = (11, 10.5, 10)
TWO_PAGE_SIZE = 11


def _drug_label(drug: str, labels: dict[str, str]) -> str:
    """The regimen's drug in the sheet's language (the domain names them in English)."""
    for key, label in labels.items():
        if drug.lower().startswith(key):
            return label
    return drug


def build_prep_sheet(facts: DocumentFacts, language: str | None = None) -> bytes:
    """The preparation sheet as PDF bytes: one page, or two split at a heading, each well filled."""
    language = document_language(facts, language)
    texts = load_texts(language, "prep")
    heading = heading_for(facts, language, texts["title"])

    def sections(size: float) -> list[list[Flowable]]:
        return _sections(facts, language, texts, document_styles(size))

    for size in ONE_PAGE_SIZES:
        pdf, used = build_pdf_counted(_joined(sections(size)), heading, facts.paper_size)
        if used == 1:
            return pdf
    return _split_in_two(lambda: sections(TWO_PAGE_SIZE), heading, facts.paper_size)


def _joined(sections: list[list[Flowable]], page_break_before: int | None = None) -> list[Flowable]:
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index == page_break_before:
            story.append(PageBreak())
        story += section
    return story


def _split_in_two(make_sections, heading, paper_size: str) -> bytes:
    """Two pages broken before the section that shares the text most evenly between them.

    A sheet whose second page is three-quarters empty looks like a page is missing.
    """
    width = text_width(paper_size)
    heights = [sum(_height(flowable, width) for flowable in section) for section in make_sections()]
    best: tuple[float, bytes] | None = None
    for cut in range(1, len(heights)):
        imbalance = abs(sum(heights[:cut]) - sum(heights[cut:]))
        if best is not None and imbalance >= best[0]:
            continue
        pdf, used = build_pdf_counted(_joined(make_sections(), cut), heading, paper_size)
        if used == 2:
            best = (imbalance, pdf)
    return best[1] if best else build_pdf_counted(_joined(make_sections()), heading, paper_size)[0]


def _height(flowable: Flowable, width: float) -> float:
    if isinstance(flowable, KeepTogether):  # it measures itself only on a canvas
        return sum(_height(inner, width) for inner in flowable._content)
    return flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _sections(facts: DocumentFacts, language: str, texts: dict, styles: dict) -> list[list[Flowable]]:
    """The sheet as sections, each starting at a heading (where a page may break)."""
    width = text_width(facts.paper_size)
    appointment = capitalized(day_and_time(facts.exam.scheduled_at, language, facts.time_zone, year=True))
    opening = [
        Paragraph(texts["title"], styles["title"]),
        Paragraph(texts["subtitle"], styles["subtitle"]),
        Paragraph(texts["appointment_heading"], styles["heading"]),
        Paragraph(fill(texts["appointment"], appointment=appointment), styles["body"]),
    ]
    if facts.appointment_outside_window:
        opening.append(boxed(Paragraph(texts["outside_window"], styles["body"]), width))
    opening.append(Paragraph(texts["duration"], styles["body"]))
    sections = [opening,
                [Paragraph(texts["cycle_heading"], styles["heading"]), *_cycle(facts, language, texts, styles)],
                _blood_test(facts, language, texts, styles, width)]
    if facts.premedication:
        sections.append(_premedication(facts, language, texts, styles, width))
    phone = facts.facility.phone.strip()
    referring = facts.exam.referring_physician(language)
    # Spanish asks for "la orden de su doctora" when her physician is a Dra. (as the aftercare sheet does).
    named = "bring_referral_named_woman" if facts.exam.referring_title == "Dra." else "bring_referral_named"
    referral = fill(texts[named], referring=referring) if referring else texts["bring_referral"]
    sections += [
        [Paragraph(texts["bring_heading"], styles["heading"]),
         *bullets([referral, *texts["bring"]], styles["bullet"])],
        [Paragraph(texts["before_heading"], styles["heading"]), *bullets(texts["before"], styles["bullet"])],
        [KeepTogether([Paragraph(texts["tell_heading"], styles["heading"]),
                       *bullets(texts["tell"], styles["bullet"])])],
        [KeepTogether([Paragraph(texts["results_heading"], styles["heading"]),
                       *bullets(texts["results"], styles["bullet"])]),
         Spacer(1, 0.08 * inch),
         Paragraph(fill(texts["questions_phone"], phone=phone) if phone else texts["questions"], styles["body"])],
    ]
    return sections


def _cycle(facts: DocumentFacts, language: str, texts: dict, styles: dict) -> list:
    """The cycle rule and her window; with no periods, the pregnancy test stands in for both."""
    history = facts.history
    if history is not None and history.no_periods:
        return [Paragraph(texts["no_periods"], styles["body"])]
    story = [Paragraph(fill(texts["cycle_rule"], last_day=facts.last_cycle_day), styles["body"])]
    if facts.booking_window is not None and history is not None and history.lmp is not None:
        first, last = facts.booking_window
        days = {"lmp": long_day(history.lmp, language, year=False), "first": long_day(first, language, year=False),
                "last": long_day(last, language, year=False)}
        if first > last:
            text = fill(texts["cycle_no_day"], **days)
        elif facts.window_from_flow_end:
            text = fill(texts["cycle_window_flow_end"], flow_end=long_day(history.flow_ended_on, language,
                                                                          year=False), **days)
        else:
            text = fill(texts["cycle_window"], **days)
        story.append(Paragraph(text, styles["body"]))
    else:
        story.append(Paragraph(texts["cycle_unknown"], styles["body"]))
    story.append(Paragraph(fill(texts["intercourse"], hours=facts.aftercare_hours), styles["body"]))
    return story


def _blood_test(facts: DocumentFacts, language: str, texts: dict, styles: dict, width: float) -> list:
    """When, through whom, and where the result goes (the clinic's fax when the settings have one)."""
    test_from = day_and_time(facts.test_collection_from, language, facts.time_zone)
    content = [Paragraph(fill(texts["test"], test_from=test_from), styles["body"]),
               Paragraph(texts["test_where"], styles["body"])]
    fax = facts.facility.fax.strip()
    if fax:
        content.append(Paragraph(fill(texts["test_fax"], fax=fax), styles["body"]))
    return [Paragraph(texts["test_heading"], styles["heading"]), boxed(content, width)]


def _premedication(facts: DocumentFacts, language: str, texts: dict, styles: dict, width: float) -> list:
    zone = facts.time_zone
    rows = [[Paragraph(esc(capitalized(day_and_time(at, language, zone))), styles["cell_bold"]),
             Paragraph(_drug_label(drug, texts["premedication_drugs"]), styles["cell"])]
            for at, drug in facts.premedication]
    return [Paragraph(texts["premedication_heading"], styles["heading"]),
            Paragraph(texts["premedication"], styles["body"]),
            grid(rows, [width * 0.56, width * 0.44], header=False), Spacer(1, 4),
            Paragraph(texts["premedication_driver"], styles["body"])]
