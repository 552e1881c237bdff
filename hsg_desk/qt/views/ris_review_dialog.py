"""Orders from the RIS that wait for the front desk: a name or birth date that differs from
ours for the same MRN, a possible duplicate, an order the RIS discontinued or no longer lists.

Nothing here overwrites a patient: the clerk checks, then books the order for the patient
on file (our details stay), or leaves it and sorts it out with the RIS.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.ris import RisOrder
from hsg_desk.domain.vocabulary import OrderState
from hsg_desk.qt.domain_text import domain_text, error_text, said
from hsg_desk.qt.i18n import date_and_time
from hsg_desk.services.ris_orders import OrderImport

HEADERS = (QT_TRANSLATE_NOOP("RisReviewDialog", "Start"), QT_TRANSLATE_NOOP("RisReviewDialog", "Patient (RIS)"), QT_TRANSLATE_NOOP("RisReviewDialog", "MRN (RIS)"), QT_TRANSLATE_NOOP("RisReviewDialog", "Accession"),
           QT_TRANSLATE_NOOP("RisReviewDialog", "State"), QT_TRANSLATE_NOOP("RisReviewDialog", "What to check"))
FIELD_LABELS = {"family_name": QT_TRANSLATE_NOOP("RisReviewDialog", "family name"), "given_name": QT_TRANSLATE_NOOP("RisReviewDialog", "given name"),
                "birth_date": QT_TRANSLATE_NOOP("RisReviewDialog", "date of birth")}
translate = QCoreApplication.translate


def what_to_check(order: RisOrder) -> str:
    """What the front desk must check about `order`, in the interface language."""
    if order.state is OrderState.DISCONTINUED:
        return translate("RisReviewDialog", "Discontinued in the RIS: cancel the exam here if it is still booked.")
    if order.state is OrderState.VANISHED:
        return translate("RisReviewDialog",
                         "No longer listed by the RIS: check with the RIS, cancel the exam here if it was cancelled.")
    differences = "; ".join(
        translate("RisReviewDialog", "{field}: ours {ours}, RIS {theirs}").format(
            field=translate("RisReviewDialog", FIELD_LABELS[field]) if field in FIELD_LABELS else field,
            ours=ours or "—", theirs=theirs or "—")
        for field, (ours, theirs) in order.mismatch.items())
    return said(order.review_reason) + (f" ({differences})" if differences else "")


class RisReviewDialog(QDialog):
    def __init__(self, importer: OrderImport, parent=None):
        super().__init__(parent)
        self.importer = importer  # the window's one (Services.ris_orders); a test may hand a fake
        self.setWindowTitle(self.tr("Orders from RIS to check"))
        self.setObjectName("risReviewDialog")
        self.resize(1000, 420)
        self.intro = QLabel(self.tr("These orders were not booked, or changed in the RIS after booking. A "
                                    "patient's details are never overwritten from the RIS."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("risOrders")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.book_button = QPushButton(self.tr("&Book for the patient on file"))
        self.book_button.setObjectName("bookForPatientOnFile")
        self.book_button.setToolTip(self.tr("She is the patient on file: book the order for her, keeping our details"))
        self.book_button.clicked.connect(self.book_selected)
        self.message = QLabel()
        self.message.setObjectName("risReviewMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.message, buttons):
            layout.addWidget(widget)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.orders: list[RisOrder] = []
        self.reload()

    def reload(self) -> None:
        self.orders = self.importer.orders_to_review()
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            start = date_and_time(order.scheduled_at) if order.scheduled_at else "—"
            cells = (start, f"{order.family_name}, {order.given_name}", order.ris_patient_id,
                     order.accession_number, domain_text(order.state.label), what_to_check(order))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.orders:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> RisOrder | None:
        rows = self.table.selectionModel().selectedRows()
        return self.orders[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        order = self.selected()
        self.book_button.setEnabled(bool(order) and order.bookable)

    def book_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        try:
            self.importer.book_for_patient(order.id, order.patient_id)
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.message.setText(self.tr("Booked accession {number} for the patient on file.").format(
            number=order.accession_number))
        self.reload()
