"""Small building blocks the documents share: bullet lists, boxed notes, grids."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .fonts import BOLD

RULE = Color(0.55, 0.55, 0.55)
SHADE = Color(0.93, 0.93, 0.93)
HIGHLIGHT = Color(0.97, 0.94, 0.82)
# A row is split inside only when it cannot move whole, and never into pieces under two lines.
IN_ROW_SPLIT_MIN = 24


def bullets(items: list[str], style) -> list[Flowable]:
    """One paragraph per item (trusted markup), each with a bullet."""
    return [Paragraph(item, style, bulletText="•") for item in items]


def boxed(content: list[Flowable] | Flowable, width: float, background: Color = HIGHLIGHT) -> Table:
    """`content` in a shaded box the width of the text, for the one thing she must not miss."""
    table = Table([[content]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def grid(rows: list[list], col_widths: list[float], *, header: bool = True, style: list[tuple] = ()) -> Table:
    """A ruled table whose rows split across pages only when taller than a page; the header row
    repeats. `style`: more TableStyle commands (a plain-string cell's font and size)."""
    # splitInRow: a row taller than a page (a 10,000-character reason) flows on, never a LayoutError.
    table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0, splitByRow=1,
                  splitInRow=IN_ROW_SPLIT_MIN, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    table.setStyle(TableStyle([*commands, *style]))
    return table


def labelled(rows: list[tuple], col_widths: list[float], label_columns: tuple[int, ...] = (0,)) -> Table:
    """Label/value rows, labels shaded: the summary's record sections."""
    table = Table([list(row) for row in rows], colWidths=col_widths, splitByRow=1, splitInRow=IN_ROW_SPLIT_MIN,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        *[("BACKGROUND", (column, 0), (column, -1), SHADE) for column in label_columns],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
