"""The page every document shares: paper size, margins, header and footer, "page N of M".

The header carries the facility's name and phone and the patient's name, date of birth
and MRN on every page (DESIGN.md §6), so a loose page is never anonymous.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hsg_desk.domain.document_facts import DocumentFacts

from .fonts import BOLD, REGULAR, register_fonts, runs_width
from .styles import document_styles
from .texts import esc, load_texts, short_day

PAPER_SIZES = {"letter": LETTER, "a4": A4}
SIDE_MARGIN = 0.75 * inch
TOP_MARGIN = 1.15 * inch
BOTTOM_MARGIN = 0.8 * inch
GREY = (0.35, 0.35, 0.35)
FRAME_PADDING = 6  # reportlab's default Frame padding


@dataclass(frozen=True)
class PageHeading:
    """What the header and footer of each page say, already in the document's language."""

    facility_name: str
    facility_phone_line: str
    patient_name: str
    identity_line: str          # "Date of birth: Mar 4, 1990 · MRN: HSG0000001"
    title: str
    page_of: str                # "Page {page} of {pages}"
    identity_short: str = ""    # "Mar 4, 1990 · MRN: HSG0000001" when the long one cannot fit


def heading_for(facts: DocumentFacts, language: str, title: str) -> PageHeading:
    labels = load_texts(language, "common")
    patient = facts.patient
    phone = facts.facility.phone
    return PageHeading(
        facility_name=facts.facility.name,
        facility_phone_line=f"{labels['phone']}: {phone}" if phone else "",
        patient_name=patient.full_name,
        identity_short=f"{short_day(patient.birth_date, language)} · {labels['mrn']}: {patient.mrn}",
        identity_line=(f"{labels['birth_date']}: {short_day(patient.birth_date, language)}"
                       f"\u00a0\u00a0\u00a0{labels['mrn']}: {patient.mrn}"),
        title=title,
        page_of=labels["page_of"],
    )


def _fit(text: str, size: float, width: float, bold: bool = False) -> tuple[str, float]:
    """Shrink the type (not below 7 pt) and then shorten with an ellipsis so `text` fits `width`."""
    while size > 7 and runs_width(text, size, bold) > width:
        size -= 0.5
    if runs_width(text, size, bold) > width:
        while text and runs_width(text + "…", size, bold) > width:
            text = text[:-1]
        text += "…"
    return text, size


def _draw_fitted(canvas: Canvas, text: str, size: float, width: float, x: float, y: float, *,
                 bold: bool = False, right: bool = False) -> None:
    """`text` fitted to `width` with its baseline at `y`, starting at `x` (or ending there when `right`).

    Drawn as a one-line paragraph, so a name in any script gets its face and its shaping.
    """
    text, size = _fit(text, size, width, bold)
    style = ParagraphStyle("heading-line", fontName=BOLD if bold else REGULAR, fontSize=size, leading=size * 1.2,
                           alignment=TA_RIGHT if right else TA_LEFT, shaping=1,
                           textColor=canvas._fillColorObj)
    line = Paragraph(f"<b>{esc(text)}</b>" if bold else esc(text), style)
    _, height = line.wrap(width + 1, size * 3)
    # A paragraph is placed by its bottom edge; its one baseline sits `height - size` below the top.
    line.drawOn(canvas, x - width - 1 if right else x, y - (height - size) + (height - size * 1.2) - size * 0.2)


def draw_header_footer(canvas: Canvas, heading: PageHeading, page: int, pages: int) -> None:
    width, height = canvas._pagesize
    left, right = SIDE_MARGIN + FRAME_PADDING, width - SIDE_MARGIN - FRAME_PADDING
    facility_width = (right - left) * 0.42 - 6
    patient_width = (right - left) * 0.58 - 6
    top = height - 0.55 * inch
    canvas.saveState()
    _draw_fitted(canvas, heading.facility_name, 11, facility_width, left, top, bold=True)
    _draw_fitted(canvas, heading.facility_phone_line, 9, facility_width, left, top - 13)
    _draw_fitted(canvas, heading.patient_name, 11, patient_width, right, top, bold=True, right=True)
    # The MRN is never cut off: a line too long even in 7 pt drops the date-of-birth label instead.
    identity = heading.identity_line
    if heading.identity_short and runs_width(identity, 7) > patient_width:
        identity = heading.identity_short
    _draw_fitted(canvas, identity, 9, patient_width, right, top - 13, right=True)
    canvas.setStrokeColorRGB(*GREY)
    canvas.setLineWidth(0.6)
    canvas.line(left, top - 22, right, top - 22)
    bottom = 0.5 * inch
    canvas.line(left, bottom + 12, right, bottom + 12)
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(left, bottom, _fit(heading.title, 8.5, facility_width)[0])
    canvas.drawRightString(right, bottom, heading.page_of.format(page=page, pages=pages))
    canvas.restoreState()


def _numbered_canvas(heading: PageHeading, counted: list[int]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say "page N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._held_pages)
            counted.append(pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                draw_header_footer(self, heading, self._pageNumber, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(story: list, heading: PageHeading, paper_size: str = "letter", *, landscape: bool = False) -> bytes:
    """Lay `story` out on pages of `paper_size` ('letter' or 'a4') and return the PDF bytes."""
    return build_pdf_counted(story, heading, paper_size, landscape=landscape)[0]


def build_pdf_fitted(make_story, sizes: tuple[float, ...], heading: PageHeading, paper_size: str = "letter",
                     pages: int = 1) -> bytes:
    """The PDF of `make_story(size)` at the largest type size in `sizes` that fits on `pages` pages."""
    largest = None
    for size in sizes:
        pdf, used = build_pdf_counted(make_story(size), heading, paper_size)
        if used <= pages:
            return pdf
        largest = largest or pdf
    return largest  # it cannot fit: better the largest type over more pages


def build_fitted_sheet(facts: DocumentFacts, language: str, title: str, sizes: tuple[float, ...],
                       make_story) -> bytes:
    """A patient sheet: `make_story(styles)` at the largest body size in `sizes` that fits
    one page, under the page heading titled `title`."""
    return build_pdf_fitted(lambda size: make_story(document_styles(size)), sizes,
                            heading_for(facts, language, title), facts.paper_size)


def page_size(paper_size: str = "letter", landscape: bool = False) -> tuple[float, float]:
    width, height = PAPER_SIZES.get(paper_size, LETTER)
    return (height, width) if landscape else (width, height)


def build_pdf_counted(story: list, heading: PageHeading, paper_size: str = "letter", *,
                      landscape: bool = False) -> tuple[bytes, int]:
    """The PDF bytes of `story` and how many pages it took."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=page_size(paper_size, landscape), leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN, topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
        title=f"{heading.title} — {heading.patient_name}", author=heading.facility_name,
        creator="HSG Desk",
    )
    counted: list[int] = []
    document.build(story, canvasmaker=_numbered_canvas(heading, counted))
    return buffer.getvalue(), counted[-1]


def text_width(paper_size: str = "letter", landscape: bool = False) -> float:
    """The width of the text: between the side margins, less the frame's own padding."""
    return page_size(paper_size, landscape)[0] - 2 * SIDE_MARGIN - 2 * FRAME_PADDING
