"""Charts for the dose and quality report, drawn with reportlab's own graphics (vector
paths in the PDF, never pictures of text).

They are made to survive a black-and-white printer: each series is a grey of clearly
different darkness with a black outline (the last one dashed), every bar carries its count,
and a legend names each series in words. Reference levels are dashed lines with a label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, black, white

from .fonts import BOLD, REGULAR, register_fonts

# Darkest at the bottom of a stack, so the bars read from solid to hollow.
GREYS = (Color(0.12, 0.12, 0.12), Color(0.38, 0.38, 0.38), Color(0.58, 0.58, 0.58), Color(0.75, 0.75, 0.75),
         Color(0.89, 0.89, 0.89), white)
LABEL_SIZE = 7
MARKERS = ("FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle")


def _sparse(labels: Sequence[str], room: int) -> list[str]:
    """Every k-th label (the rest blank) so at most `room` labels stand under an axis."""
    step = max(1, -(-len(labels) // room))
    return [label if index % step == 0 else "" for index, label in enumerate(labels)]


def _axis_fonts(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.3


def stacked_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], width: float,
                 height: float = 190) -> Drawing:
    """A stacked bar per category; `series` is (name, one count per category), bottom first."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 46, width - 44 - 110, height - 58
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _sparse(categories, max(1, int(chart.width // 34)))
    crowded = len(categories) * 40 > chart.width
    chart.categoryAxis.labels.angle = 45 if crowded else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    _axis_fonts(chart)
    chart.barSpacing = 0
    chart.groupSpacing = max(2, chart.width / max(len(categories), 1) * 0.25)
    tallest = max((sum(column) for column in zip(*chart.data)), default=0)
    # A count is printed inside its segment when the segment is tall enough to hold it.
    room = tallest * 9 / chart.height if chart.height else 0
    chart.barLabelFormat = lambda value: f"{value:g}" if value and value >= room else ""
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6 if len(categories) > 12 else LABEL_SIZE
    chart.barLabels.boxAnchor = "c"
    chart.barLabels.boxTarget = "mid"   # in the middle of its own segment
    chart.barLabels.dy = 0
    chart.barLabels.nudge = 0
    for index in range(len(series)):
        bars = chart.bars[index]
        bars.fillColor = GREYS[index % len(GREYS)]
        bars.strokeColor = black
        bars.strokeWidth = 0.5
        if index == len(GREYS) - 1:
            bars.strokeDashArray = (2, 1.5)
    # White type on the two darkest greys, black elsewhere.
    for index in range(len(series)):
        for column in range(len(categories)):
            chart.barLabels[(index, column)].fillColor = white if index < 2 else black
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 14, chart.y + chart.height
    legend.alignment = "right"
    legend.fontName, legend.fontSize = REGULAR, LABEL_SIZE + 0.5
    legend.columnMaximum = len(series)
    legend.deltay = 12
    legend.strokeColor = black
    legend.strokeWidth = 0.5
    legend.dx = legend.dy = 8
    # Listed top to bottom in the order the segments stack from the top.
    legend.colorNamePairs = [(GREYS[i % len(GREYS)], name) for i, (name, _) in reversed(list(enumerate(series)))]
    legend.dxTextSpace = 5
    drawing.add(legend)
    return drawing


def histogram_chart(bin_edges: Sequence[tuple[float, float]], counts: Sequence[int], reference: float,
                    reference_label: str, axis_title: str, width: float, height: float = 160,
                    number: Callable[[float], str] = "{:g}".format) -> Drawing:
    """Bars of equal-width bins from 0; a dashed line at `reference`, labelled."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 34, width - 40, height - 56
    chart.data = [list(counts)]
    chart.categoryAxis.categoryNames = _sparse([number(low) for low, _ in bin_edges], max(1, int(chart.width // 26)))
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dx = -chart.width / max(len(counts), 1) / 2  # each label at its bin's lower edge
    _axis_fonts(chart)
    chart.barSpacing = 0
    chart.groupSpacing = 1
    chart.bars[0].fillColor = GREYS[2]
    chart.bars[0].strokeColor = black
    chart.bars[0].strokeWidth = 0.5
    chart.barLabelFormat = lambda value: f"{value:g}" if value else ""
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    top = bin_edges[-1][1] if bin_edges else 1
    x = chart.x + chart.width * min(reference / top, 1) if top else chart.x
    drawing.add(Line(x, chart.y, x, chart.y + chart.height + 6, strokeColor=black, strokeWidth=1.4,
                     strokeDashArray=(4, 2)))
    anchor = "end" if x > chart.x + chart.width * 0.6 else "start"
    drawing.add(String(x + (-3 if anchor == "end" else 3), chart.y + chart.height + 2, reference_label,
                       fontName=BOLD, fontSize=LABEL_SIZE, textAnchor=anchor))
    drawing.add(String(chart.x + chart.width / 2, 4, axis_title, fontName=REGULAR, fontSize=LABEL_SIZE,
                       textAnchor="middle"))
    return drawing


def trend_chart(categories: Sequence[str], values: Sequence[float | None], reference: float,
                reference_label: str, title: str, width: float, height: float = 140, marker: int = 0,
                number: Callable[[float], str] = "{:.2f}".format) -> Drawing:
    """A line of monthly values with a marker at each month, and the reference level dashed."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 34, width - 40, height - 66
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = _sparse(categories, max(1, int(chart.width // 34)))
    crowded = len(categories) * 40 > chart.width
    chart.categoryAxis.labels.angle = 45 if crowded else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    _axis_fonts(chart)
    present = [value for value in values if value is not None]
    chart.valueAxis.valueMax = max([*present, reference]) * 1.15 if present or reference else 1
    chart.valueAxis.valueMin = 0
    chart.lines[0].strokeColor = black
    chart.lines[0].strokeWidth = 1.2
    chart.lines[0].symbol = makeMarker(MARKERS[marker % len(MARKERS)], size=4)
    chart.lineLabelFormat = number if len(categories) <= 6 else None
    chart.valueAxis.labelTextFormat = lambda value: number(value) if value != int(value) else f"{value:g}"
    chart.lineLabels.fontName = REGULAR
    chart.lineLabels.fontSize = 6
    chart.lineLabels.dy = 6
    drawing.add(chart)
    y = chart.y + chart.height * reference / chart.valueAxis.valueMax
    drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=black, strokeWidth=1, strokeDashArray=(4, 2)))
    # The reference is named under the title, where no month's label can cover it.
    drawing.add(String(chart.x, height - 10, title, fontName=BOLD, fontSize=LABEL_SIZE + 1))
    drawing.add(String(chart.x, height - 20, f"- - - {reference_label}", fontName=REGULAR, fontSize=LABEL_SIZE))
    return drawing
