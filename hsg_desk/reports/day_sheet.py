"""The day sheet (issue 19): the day's exams on landscape pages, for the wall or the
radiologist's desk. Every page carries the date and "page N of M"; the footer says the
sheet is confidential, because it names the patients."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from hsg_desk.domain.day_sheet import DaySheet, DaySheetLine

from .blocks import grid
from .page import PageHeading, build_pdf, text_width
from .styles import document_styles
from .texts import clock_time, esc, load_texts, local, long_day, short_day
from .turns import one_at_a_time

BODY_SIZE = 9
COLUMNS = ("time", "patient", "indication", "status", "open", "test", "sedation", "allergies", "language", "notes")
SHARES = (0.09, 0.125, 0.105, 0.095, 0.14, 0.1, 0.095, 0.08, 0.065, 0.105)


def _cells(line: DaySheetLine, t: dict, language: str, time_zone: str) -> list[str]:
    """One exam's cells as paragraph markup (record text escaped; what needs action in bold)."""
    none = t["none"]
    status = esc(t["statuses"][line.status.value]) + (f"<br/><font size=7>{esc(line.status_reason)}</font>"
                                                      if line.status_reason else "")
    stops = "<br/>".join(f"<b>{esc(t['levels'][level])}</b> {esc(code)}" for code, level in line.open_stops) or none
    test = t["tests"][line.test].format(result=t["results"].get(line.test_result or "", line.test_result or ""))
    test = esc(test) if line.test == "received" and line.test_result == "negative" else f"<b>{esc(test)}</b>"
    if line.sedative is None:
        sedation = none
    elif not line.sedative:
        sedation = esc(t["sedative_no"])
    elif line.driver:
        sedation = esc(t["sedative_yes"].format(driver=line.driver))
    else:
        sedation = f"<b>{esc(t['sedative_no_driver'])}</b>"
    allergies = ", ".join(
        (f"<b>{esc(t['categories'].get(c, c))} ({esc(t['severities'].get(s, s))})</b>" if s == "severe"
         else f"{esc(t['categories'].get(c, c))} ({esc(t['severities'].get(s, s))})") for c, s in line.allergies) or none
    notes = [esc(line.notes)] if line.notes else []
    if line.premedication_ordered:
        notes.insert(0, esc(t["premedication"]))
    if line.antibiotics:
        notes.append(esc(t["antibiotics"].format(antibiotics=line.antibiotics)))
    return [esc(clock_time(line.scheduled_at, language, time_zone)),
            f"<b>{esc(line.family_name)}, {esc(line.given_name)}</b><br/>{esc(line.mrn)}",
            esc(t["indications"][line.indication.value]), status, stops, test, sedation, allergies,
            esc(line.language.upper()), "; ".join(notes) or none]


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
        header = [Paragraph(esc(t[column]), styles["cell_bold"]) for column in COLUMNS]
        body = [[Paragraph(cell, styles["cell"]) for cell in _cells(line, t, language, sheet.time_zone)]
                for line in sheet.lines]
        story.append(grid([header, *body], [width * share for share in SHARES]))
    return build_pdf(story, day_sheet_heading(sheet, language), sheet.paper_size, landscape=True)
