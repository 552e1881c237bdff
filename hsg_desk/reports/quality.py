"""The dose and quality report (issue 19) as PDF: charts first, the numbers beside them.

In English or Spanish (resources/texts/<language>/quality.json). It names no patient: the
list of exams above a reference level gives the exam number and date only. An empty
period gives one page that says so.
"""

from __future__ import annotations

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from hsg_desk.domain.dose import DoseFigures
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.quality_report import FINDING_OUTCOMES, MONTH_GROUPS, QualityReport

from .blocks import grid
from .charts import histogram_chart, stacked_bars, trend_chart
from .page import PageHeading, build_pdf, text_width
from .styles import document_styles
from .texts import clock_time, esc, load_texts, local, short_day
from .turns import one_at_a_time

BODY_SIZE = 9
SIDE_BY_SIDE = (("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0))


class _Writer:
    def __init__(self, report: QualityReport, language: str):
        self.report, self.language = report, language
        self.t = load_texts(language, "quality")
        self.styles = document_styles(BODY_SIZE)
        self.subheading_style = ParagraphStyle("subheading", parent=self.styles["emphasis"], keepWithNext=1,
                                               spaceBefore=BODY_SIZE * 0.6)
        self.small_header = ParagraphStyle("small_header", parent=self.styles["cell_bold"], fontSize=6.8,
                                           leading=BODY_SIZE * 1.0)
        self.styles = {**self.styles, "small_header": self.small_header}
        self.width = text_width(report.paper_size)
        self.story: list = []

    def number(self, value: float | int | None, decimals: int = 2) -> str:
        if value is None:
            return self.t["not_set"]
        if isinstance(value, int):
            return format_decimal(value, locale=self.language)
        return format_decimal(value, format="#,##0." + "0" * decimals, locale=self.language)

    def day(self, day) -> str:
        return short_day(day, self.language)

    def month(self, month) -> str:
        return format_date(month, "MMM y", locale=self.language).replace("\u00a0", " ")

    def cell(self, text, bold: bool = False) -> Paragraph:
        return Paragraph(esc(text), self.styles["cell_bold" if bold else "cell"])

    def heading(self, key: str) -> None:
        self.story.append(Paragraph(esc(self.t[key]), self.styles["heading"]))

    def subheading(self, key: str) -> None:
        """A heading inside a section, kept with what follows it."""
        self.story.append(Paragraph(esc(self.t[key]), self.subheading_style))

    def line(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(esc(text), self.styles[style]))

    def table(self, header: list[str], rows: list[list], shares: list[float], width: float | None = None,
              header_style: str = "cell_bold"):
        body = [[Paragraph(esc(text), self.styles[header_style]) for text in header]]
        body += [[self.cell(text) for text in row] for row in rows]
        return grid(body, [(width or self.width) * share for share in shares])

    def beside(self, left, right, left_share: float) -> None:
        """Two flowables side by side: a chart and its numbers."""
        table = Table([[left, right]], colWidths=[self.width * left_share, self.width * (1 - left_share)],
                      hAlign="LEFT")
        table.setStyle(TableStyle(list(SIDE_BY_SIDE)))
        self.story.append(table)


def _status_name(w: _Writer, group: str) -> str:
    return w.t["performed_unsigned"] if group == "performed" else w.t[group]


def _exams(w: _Writer) -> None:
    report = w.report
    counts = report.status_counts
    w.heading("exams")
    figures = [(w.t["booked"], report.booked), (w.t["performed"], report.performed),
               (w.t["completed"], counts.get(ExamStatus.COMPLETED, 0)),
               (w.t["cancelled"], counts.get(ExamStatus.CANCELLED, 0)),
               (w.t["deferred"], counts.get(ExamStatus.DEFERRED, 0)),
               (w.t["aborted"], counts.get(ExamStatus.ABORTED, 0)),
               (w.t["not_yet_done"], sum(month.counts["not_yet_done"] for month in report.by_month))]
    numbers = w.table([w.t["figure"], w.t["count"]], [[name, w.number(value)] for name, value in figures],
                      [0.68, 0.32], width=w.width * 0.34)
    chart = stacked_bars([w.month(m.month) for m in report.by_month],
                         [(_status_name(w, group), [m.counts[group] for m in report.by_month]) for group in MONTH_GROUPS],
                         w.width * 0.64)
    w.line(w.t["status_per_month"], "small")
    w.beside(chart, numbers, 0.66)
    w.heading("reasons")
    rows = [[w.t[status.value], reason, w.number(count)]
            for status, reasons in report.reasons.items() for reason, count in reasons]
    if rows:
        w.story.append(w.table([w.t["status"], w.t["reason"], w.t["count"]], rows, [0.2, 0.66, 0.14]))
    else:
        w.line(w.t["no_stops"])
    w.heading("by_indication")
    w.story.append(w.table(
        [w.t["indication"], w.t["booked"], w.t["performed"], w.t["stopped"]],
        [[w.t["indications"][row.indication.value], w.number(row.booked), w.number(row.performed),
          w.number(row.stopped)] for row in report.by_indication], [0.37, 0.15, 0.24, 0.24]))
    if report.shows_month_table:
        w.heading("by_month")
        groups = ("completed", "performed", "cancelled", "deferred", "aborted", "not_yet_done")
        w.story.append(w.table(
            [w.t["month"], w.t["booked"], *[_status_name(w, group) for group in groups]],
            [[w.month(m.month), w.number(m.booked), *[w.number(m.counts[group]) for group in groups]]
             for m in report.by_month], [0.11, 0.13, 0.13, 0.15, 0.12, 0.11, 0.13, 0.12], header_style="small_header"))


def _dose_row(w: _Writer, name: str, figures: DoseFigures, reference: float | None) -> list[str]:
    return [name, w.number(figures.count), w.number(figures.median), w.number(figures.p75), w.number(figures.maximum),
            w.number(reference) if reference is not None else w.t["not_set"]]


def _dose(w: _Writer) -> None:
    report = w.report
    w.heading("dose")
    w.story.append(w.table(
        [w.t["quantity"], w.t["n"], w.t["median"], w.t["p75"], w.t["max"], w.t["reference"]],
        [_dose_row(w, w.t["fluoro"], report.fluoro, report.reference_fluoro_minutes),
         _dose_row(w, w.t["kap"], report.kap, report.reference_kap_gycm2),
         _dose_row(w, w.t["air_kerma"], report.air_kerma, None)],
        [0.34, 0.1, 0.12, 0.16, 0.12, 0.16]))
    w.line(w.t["method"], "small")
    w.line(w.t["histograms"], "small")
    half = w.width / 2
    w.beside(_histogram(w, report.fluoro_histogram, report.reference_fluoro_minutes, "fluoro_axis", half),
             _histogram(w, report.kap_histogram, report.reference_kap_gycm2, "kap_axis", half), 0.5)
    months = [w.month(m.month) for m in report.monthly_medians]
    w.line(w.t["trend"], "small")
    w.beside(trend_chart(months, [m.fluoro_minutes for m in report.monthly_medians], report.reference_fluoro_minutes,
                         w.t["reference_line"].format(value=w.number(report.reference_fluoro_minutes)),
                         w.t["fluoro_trend"], half, marker=0, number=w.number),
             trend_chart(months, [m.kap_gycm2 for m in report.monthly_medians], report.reference_kap_gycm2,
                         w.t["reference_line"].format(value=w.number(report.reference_kap_gycm2)),
                         w.t["kap_trend"], half, marker=1, number=w.number), 0.5)
    _above_reference(w)


def _histogram(w: _Writer, bins, reference: float, axis: str, width: float):
    return histogram_chart([(b.low, b.high) for b in bins], [b.count for b in bins], reference,
                           w.t["reference_line"].format(value=w.number(reference)), w.t[axis], width,
                           number=lambda value: format_decimal(value, locale=w.language))


def _above_reference(w: _Writer) -> None:
    report = w.report
    w.heading("above")
    if not report.above_reference:
        w.line(w.t["above_none"])
        return

    def dose(value, above: bool) -> str:
        text = w.number(value)
        return f"{text} ▲" if above else text

    # A long period lists hundreds of exams: plain-text cells (a Paragraph only where a note
    # must wrap) lay out several times faster than a Paragraph in every cell.
    note_width = w.width * 0.46 - 8
    cell = w.styles["cell"]

    def note(text: str):
        fits = stringWidth(text, cell.fontName, cell.fontSize) <= note_width
        return text if fits else Paragraph(esc(text), cell)

    rows = [[str(row.exam_id), w.day(row.day), dose(row.fluoro_minutes, row.fluoro_above),
             dose(row.kap_gycm2, row.kap_above), note(row.note)] for row in report.above_reference]
    w.story[-1] = Paragraph(esc(f"{w.t['above']}: {w.number(len(rows))} (▲ = {w.t['above_mark']})"),
                            w.styles["heading"])
    header = [Paragraph(esc(w.t[key]), w.styles["cell_bold"]) for key in ("exam", "date", "fluoro", "kap", "note")]
    table = grid([header, *rows], [w.width * share for share in (0.09, 0.13, 0.15, 0.17, 0.46)])
    table.setStyle(TableStyle([("FONTNAME", (0, 1), (-1, -1), cell.fontName),
                               ("FONTSIZE", (0, 1), (-1, -1), cell.fontSize),
                               ("LEADING", (0, 1), (-1, -1), cell.leading)]))
    w.story.append(table)


def _safety(w: _Writer) -> None:
    report = w.report
    w.heading("safety")
    w.subheading("findings")
    if report.findings:
        w.story.append(w.table(
            [w.t["code"], w.t["level"], w.t["opened"], *[w.t[outcome] for outcome in FINDING_OUTCOMES]],
            [[f.code, w.t["levels"].get(f.level, f.level), w.number(f.opened),
              *[w.number(f.outcomes[outcome]) for outcome in FINDING_OUTCOMES]] for f in report.findings],
            [0.2, 0.12, 0.09, 0.11, 0.13, 0.1, 0.11, 0.14], header_style="small_header"))
    else:
        w.line(w.t["findings_none"])
    w.subheading("complications")
    if report.complications:
        w.story.append(w.table([w.t["complication"], w.t["exams_count"]],
                               [[w.t["complication_names"].get(code, code), w.number(count)]
                                for code, count in report.complications], [0.5, 0.2]))
    else:
        w.line(w.t["complications_none"])
    w.line(w.t["complications_of"].format(records=w.number(report.records), none=w.number(report.no_complication)),
           "small")
    w.subheading("times")
    w.story.append(w.table(
        ["", w.t["median"], w.t["measured"]],
        [[w.t["arrival_to_catheter"], _minutes(w, report.arrival_to_catheter.median_minutes),
          w.number(report.arrival_to_catheter.count)],
         [w.t["procedure_time"], _minutes(w, report.procedure_time.median_minutes),
          w.number(report.procedure_time.count)]], [0.6, 0.2, 0.2]))


def _minutes(w: _Writer, value: float | None) -> str:
    return w.t["not_set"] if value is None else w.t["minutes"].format(value=w.number(value, 1))


def _moment(moment, language: str, time_zone: str) -> str:
    """`Nov 26, 2026, 3:15 PM` / `26 nov 2026, 3:15 p. m.`"""
    return f"{short_day(local(moment, time_zone).date(), language)}, {clock_time(moment, language, time_zone)}"


def quality_heading(report: QualityReport, language: str) -> PageHeading:
    t, common = load_texts(language, "quality"), load_texts(language, "common")
    period = t["period"].format(start=short_day(report.start, language), end=short_day(report.end, language))
    return PageHeading(
        facility_name=report.facility_name,
        facility_phone_line=f"{common['phone']}: {report.facility_phone}" if report.facility_phone else "",
        patient_name=t["title"], identity_line=period, title=t["title"],
        page_of=common["page_of"])


@one_at_a_time
def build_quality_report(report: QualityReport, language: str = "en") -> bytes:
    """The report as PDF bytes, in `language` ('en' or 'es')."""
    w = _Writer(report, language)
    period = w.t["period"].format(start=w.day(report.start), end=w.day(report.end))
    w.story += [Paragraph(esc(w.t["title"]), w.styles["title"]),
                Paragraph(esc(f"{period[:1].upper()}{period[1:]} · "
                              + w.t["made"].format(made=_moment(report.made_at, language, report.time_zone),
                                                   facility=report.facility_name)), w.styles["subtitle"]),
                Paragraph(esc(w.t["no_names"]), w.styles["small"]), Spacer(1, 4)]
    if report.empty:
        w.line(w.t["empty"].format(start=w.day(report.start), end=w.day(report.end)), "emphasis")
    else:
        _exams(w)
        _dose(w)
        _safety(w)
    return build_pdf(w.story, quality_heading(report, language), report.paper_size)
