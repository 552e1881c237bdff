"""Paragraph styles: ordinary type for the staff summary, large type for patient sheets."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from hsg_desk.domain.scripts import needs_shaping

from .fonts import BOLD, REGULAR, register_fonts


@lru_cache(maxsize=4)
def document_styles(size: float = 9.5) -> dict[str, ParagraphStyle]:
    """Styles scaled from a body size: 9.5 pt for staff, 13 pt for patients (large type)."""
    register_fonts()
    leading = size * 1.3
    # shaping: HarfBuzz joins Arabic letters and forms Devanagari conjuncts (fonts.py).
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_LEFT,
                          spaceAfter=size * 0.35, shaping=1)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=size * 1.6,
                                leading=size * 1.95, spaceAfter=size * 0.5),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=size * 0.95, textColor=Color(0.3, 0.3, 0.3),
                                   spaceAfter=size * 0.6),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=size * 1.2, keepWithNext=1,
                                  leading=size * 1.5, spaceBefore=size * 0.8, spaceAfter=size * 0.3),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=size * 1.4, bulletIndent=size * 0.3,
                                 spaceAfter=size * 0.2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size * 0.92, leading=size * 1.15, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=size * 0.92,
                                    leading=size * 1.15, spaceAfter=0),
        "emphasis": ParagraphStyle("emphasis", parent=body, fontName=BOLD),
        "small": ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=size * 1.0,
                                textColor=Color(0.3, 0.3, 0.3)),
    }


@lru_cache(maxsize=64)
def _unshaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0)


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph shaped by HarfBuzz only when its text needs it (`needs_shaping`): reportlab
    takes its slow path for every shaped paragraph, and most cells of a summary are Latin."""
    return Paragraph(markup, style if needs_shaping(markup) else _unshaped(style))
