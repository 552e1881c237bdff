"""Tab follows reading order: top to bottom, left to right, one group at a time.

Qt chains Tab in the order widgets were created, so a control added after the form was
built (an answer's buttons, a setting's editor) came last, wherever it sits on screen.
`tab_in_reading_order(root)` walks the layouts instead — grid cells row by row, a form's
label then field, a box layout in its order, into group boxes, scroll areas and splitters
— and chains the focusable controls it meets in that order.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QFormLayout,
                               QGridLayout, QLayout, QLineEdit, QPlainTextEdit, QScrollArea, QSplitter,
                               QStackedWidget, QTabWidget, QTextEdit, QWidget)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def reading_order(root: QWidget) -> list[QWidget]:
    """The focusable controls under `root`, in the order a reader meets them."""
    return list(dict.fromkeys(_widget(root, root)))


def _widget(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    if widget is not root and isinstance(widget, CONTROLS):
        if _focusable(widget):
            yield widget
        return  # a control's own parts (a combo's line edit, a view's viewport) are its own
    if isinstance(widget, (QTabWidget, QStackedWidget)) and widget is not root:
        return  # each page keeps its own order
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            yield from _widget(widget.widget(), root)
        return
    if isinstance(widget, QSplitter):
        for index in range(widget.count()):
            yield from _widget(widget.widget(index), root)
        return
    if widget.layout() is not None:
        yield from _layout(widget.layout(), root)


def _layout(layout: QLayout, root: QWidget) -> Iterator[QWidget]:
    for item in _items(layout):
        if item.widget() is not None:
            yield from _widget(item.widget(), root)
        elif item.layout() is not None:
            yield from _layout(item.layout(), root)


def _items(layout: QLayout):
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = {id(item): layout.getItemPosition(i)[:2] for i, item in enumerate(items)}
        return sorted(items, key=lambda item: places[id(item)])
    if isinstance(layout, QFormLayout):
        ordered = []
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = layout.itemAt(row, role)
                if item is not None:
                    ordered.append(item)
        return ordered
    return items


def tab_in_reading_order(root: QWidget) -> list[QWidget]:
    """Chain Tab through `root`'s controls in reading order; the chain, for tests."""
    for scroll in root.findChildren(QScrollArea):
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the control in focus anyway
    chain = reading_order(root)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    return chain
