"""The day sheet (issue 19): the day's exams on landscape pages, for the wall or the
radiologist's desk. Every page carries the date and "page N of M"; the footer says the
sheet is confidential, because it names the patients."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from hsg_desk.domain.day_sheet import DaySheet, DaySheetLine
from hsg_desk.domain.fields import without_control_characters

from .blocks import grid
from .fonts import BOLD, REGULAR, script_runs
from .page import PageHeading, build_pdf, text_width
from .styles import document_styles, paragraph
from .texts import clock_time, esc, load_texts, local, long_day, short_day, unbroken_times
from .turns import one_at_a_time

BODY_SIZE = 9
COLUMNS = ("time", "patient", "indication", "status", "open", "test", "sedation", "allergies", "language", "notes")
SHARES = (0.09, 0.125, 0.105, 0.095, 0.14, 0.1, 0.095, 0.08, 0.065, 0.105)
CELL_PADDING = 8  # grid(): 4 points left and right


@dataclass(frozen=True)
class Plain:
    """A cell in one face, not markup: the table draws it as plain lines when it breaks at
    its spaces into lines that fit the column. A paragraph per cell made a busy day's sheet
    (430 exams, 31 pages) take ~1 s to build, parsing and wrapping each cell three times."""

    text: str
    bold: bool = False


def _cells(line: DaySheetLine, t: dict, language: str, time_zone: str) -> list[Plain | tuple[Plain, ...] | str]:
    """One exam's cells: Plain text, Plain parts one under the other, or paragraph markup where
    a line mixes faces or sizes (record text escaped; what needs action in bold)."""
    none = Plain(t["none"])
    status = (f"{esc(t['statuses'][line.status.value])}<br/><font size=7>{esc(line.status_reason)}</font>"
              if line.status_reason else Plain(t["statuses"][line.status.value]))
    stops = "<br/>".join(f"<b>{esc(t['levels'][level])}</b> {esc(code)}" for code, level in line.open_stops) or none
    test = t["tests"][line.test].format(result=t["results"].get(line.test_result or "", line.test_result or ""))
    test = Plain(test, bold=not (line.test == "received" and line.test_result == "negative"))
    if line.sedative is None:
        sedation = none
    elif not line.sedative:
        sedation = Plain(t["sedative_no"])
    elif line.driver:
        sedation = Plain(t["sedative_yes"].format(driver=line.driver))
    else:
        sedation = Plain(t["sedative_no_driver"], bold=True)
    allergies = [(f"{t['categories'].get(c, c)} ({t['severities'].get(s, s)})", s == "severe") for c, s in line.allergies]
    if len({severe for _, severe in allergies}) > 1:
        allergies = ", ".join(f"<b>{esc(text)}</b>" if severe else esc(text) for text, severe in allergies)
    else:
        allergies = Plain(", ".join(text for text, _ in allergies), bold=allergies[0][1]) if allergies else none
    notes = [line.notes] if line.notes else []
    if line.premedication_ordered:
        notes.insert(0, t["premedication"])
    if line.antibiotics:
        notes.append(t["antibiotics"].format(antibiotics=line.antibiotics))
    return [Plain(clock_time(line.scheduled_at, language, time_zone)),
            (Plain(f"{line.family_name}, {line.given_name}", bold=True), Plain(line.mrn)),
            Plain(t["indications"][line.indication.value]), status, stops, test, sedation, allergies,
            Plain(line.language.upper()), Plain("; ".join(notes)) if notes else none]


@lru_cache(maxsize=1024)  # a day repeats its statuses, indications and tests
def _plain_lines(text: str, font: str, size: float, width: float, shrink: float) -> str | None:
    """`text` broken at its spaces into lines of `width` points, as a paragraph breaks it (a line
    may run over by `shrink` of a space per word on it: reportlab's spaceShrinkage); None when
    it cannot be drawn plainly: a word wider than the column, a line break or tab, or a letter
    of a script the default face lacks (a paragraph gives it its face)."""
    if not text.isascii() and any(script is not None for script, _ in script_runs(text)):
        return None
    if "\n" in text or "\t" in text:
        return None
    space = stringWidth(" ", font, size)
    lines: list[list[str]] = []
    used = 0.0
    for word in text.split(" "):
        if not word:
            continue
        word_width = stringWidth(word, font, size)
        if word_width > width:
            return None
        if lines and used + space + word_width <= width + shrink * space * len(lines[-1]):
            lines[-1].append(word)
            used += space + word_width
        else:
            lines.append([word])
            used = word_width
    return "\n".join(" ".join(line) for line in lines)


class StackedLines(Flowable):
    """Plain lines, each in its own face, placed as a paragraph in a cell places its lines: the
    patient's name in bold over her MRN, without a paragraph to parse and wrap."""

    def __init__(self, lines: list[tuple[str, str]], size: float, leading: float):
        super().__init__()
        self.lines, self.size, self.leading = lines, size, leading

    def wrap(self, available_width, available_height):
        self.width = max(stringWidth(text, font, self.size) for text, font in self.lines)
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self):
        baseline = self.height - self.size
        for text, font in self.lines:
            self.canv.setFont(font, self.size)
            self.canv.drawString(0, baseline, text)
            baseline -= self.leading


def _table_cells(rows: list[list], widths: list[float], styles: dict) -> tuple[list[list], list[tuple]]:
    """The table's cells (plain where they can be, else paragraphs) and the commands that make
    a plain cell bold."""
    cell_style = styles["cell"]
    size, leading, shrink = cell_style.fontSize, cell_style.leading, cell_style.spaceShrinkage

    def plain(cell: Plain, width: float, bold: bool) -> str | None:
        return _plain_lines(unbroken_times(without_control_characters(cell.text)), BOLD if bold else REGULAR,
                            size, width - CELL_PADDING, shrink)

    def markup(cell: Plain) -> str:
        return f"<b>{esc(cell.text)}</b>" if cell.bold else esc(cell.text)

    cells, bold = [], []
    for row_number, row in enumerate(rows):
        out = []
        for column, cell in enumerate(row):
            if isinstance(cell, str):
                out.append(paragraph(cell, cell_style))
            elif isinstance(cell, tuple):  # parts one under the other
                parts = [plain(part, widths[column], part.bold) for part in cell]
                if None in parts:
                    out.append(paragraph("<br/>".join(markup(part) for part in cell), cell_style))
                else:
                    out.append(StackedLines([(text, BOLD if part.bold else REGULAR) for part, lines in zip(cell, parts)
                                             for text in lines.split("\n")], size, leading))
            else:
                in_header = row_number == 0  # grid() sets the header row in bold
                lines = plain(cell, widths[column], cell.bold or in_header)
                if lines is None:
                    out.append(paragraph(markup(cell), styles["cell_bold"] if in_header else cell_style))
                    continue
                out.append(lines)
                if cell.bold and not in_header:
                    bold.append(("FONTNAME", (column, row_number), (column, row_number), BOLD))
        cells.append(out)
    return cells, bold


def day_sheet_heading(sheet: DaySheet, language: str) -> PageHeading:
    t, common = load_texts(language, "day_sheet"), load_texts(language, "common")
    day = long_day(sheet.day, language)
    return PageHeading(
        facility_name=sheet.facility_name,
        facility_phone_line=f"{common['phone']}: {sheet.facility_phone}" if sheet.facility_phone else "",
        patient_name=t["title"], identity_line=day[:1].upper() + day[1:],
        title=t["confidential"], page_of=common["page_of"])


@one_at_a_time
def build_day_sheet(sheet: DaySheet, language: str = "en") -> bytes:
    """The day sheet as PDF bytes, landscape, in `language` ('en' or 'es')."""
    t = load_texts(language, "day_sheet")
    styles = document_styles(BODY_SIZE)
    width = text_width(sheet.paper_size, landscape=True)
    count = len(sheet.lines)
    exams = t["exams"]["one"] if count == 1 else t["exams"]["other"].format(n=count)
    at = local(sheet.printed_at, sheet.time_zone)
    printed = f"{short_day(at.date(), language)}, {clock_time(sheet.printed_at, language, sheet.time_zone)}"
    day = long_day(sheet.day, language)
    story = [Paragraph(esc(f"{t['title']} — {day[:1].upper()}{day[1:]}"), styles["title"]),
             Paragraph(esc(t["printed"].format(printed=printed, count=exams)), styles["subtitle"])]
    if not sheet.lines:
        story.append(Paragraph(esc(t["empty"]), styles["emphasis"]))
    else:
        widths = [width * share for share in SHARES]
        header = [Plain(t[column]) for column in COLUMNS]
        body = [_cells(line, t, language, sheet.time_zone) for line in sheet.lines]
        cells, bold = _table_cells([header, *body], widths, styles)
        type_ = [("FONTNAME", (0, 1), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), styles["cell"].fontSize),
                 ("LEADING", (0, 0), (-1, -1), styles["cell"].leading)]
        story.append(grid(cells, widths, style=type_ + bold))
    return build_pdf(story, day_sheet_heading(sheet, language), sheet.paper_size, landscape=True)
