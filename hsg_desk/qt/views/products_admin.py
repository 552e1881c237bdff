"""Admin › Products: the GTINs a scan is matched against (issue #20). A scan into the GTIN
field keeps just the GTIN, so the admin can hold the vial up to the scanner to add it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from hsg_desk.domain.errors import DomainError, ValidationError
from hsg_desk.domain.gs1 import ScanError
from hsg_desk.domain.procedure_record import CATHETER_TYPES
from hsg_desk.domain.products import Product, ProductKind
from hsg_desk.qt.domain_text import domain_text, error_text, field_error_text
from hsg_desk.qt.models.rows_model import RowsModel
from hsg_desk.qt.ui.ui_products_admin import Ui_ProductsAdmin
from hsg_desk.qt.widgets.prompts import Prompts, QtPrompts
from hsg_desk.services.authorization import can
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.bundle import Services
from hsg_desk.services.barcodes import parse_scan
from hsg_desk.services.products import contrast_agent_names

CONTRAST_ROWS = ("agent", "concentration", "package")
CATHETER_ROWS = ("name", "catheterType", "balloon")
ERRORS = {"gtin": "gtinError", "kind": "kindError", "agent": "agentError", "concentration": "concentrationError",
          "package": "packageError", "name": "nameError", "catheter_type": "catheterTypeError",
          "balloon": "balloonError"}


class ProductsModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("ProductsModel", "GTIN"), QT_TRANSLATE_NOOP("ProductsModel", "Kind"),
               QT_TRANSLATE_NOOP("ProductsModel", "Product"), QT_TRANSLATE_NOOP("ProductsModel", "Catheter type"))

    def cell(self, product: Product, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (product.gtin, domain_text(product.kind.label), product.name,
                domain_text(dict(CATHETER_TYPES).get(product.catheter_type, "")))[column]


class ProductsAdmin(QWidget):
    """`productsChanged()` fires after every saved change."""

    productsChanged = Signal()

    def __init__(self, ctx: ServiceContext, parent=None, prompts: Prompts | None = None, *,
                 services: Services | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prompts = prompts or QtPrompts(self)
        self.service = (services or Services(ctx)).products
        self.ui = ui = Ui_ProductsAdmin()
        ui.setupUi(self)
        for kind in ProductKind:
            ui.kindCombo.addItem(domain_text(kind.label), kind.value)
        ui.agentCombo.addItems(list(contrast_agent_names()))
        ui.agentCombo.setPlaceholderText(self.tr("Choose from the contrast list"))
        for value, text in CATHETER_TYPES:
            ui.catheterTypeCombo.addItem(domain_text(text), value)
        self.model = ProductsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        view = ui.productsView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the product's name
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        ui.kindCombo.currentIndexChanged.connect(lambda _: self._show_kind_rows())
        ui.gtinEdit.editingFinished.connect(self._keep_gtin_of_scan)
        ui.newButton.clicked.connect(lambda: self.new_product())
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        allowed = can(ctx, "manage_products")
        for button in (ui.newButton, ui.saveButton, ui.removeButton):
            button.setEnabled(allowed)
        self.product: Product | None = None
        self.taught_from_scan = False
        self.refresh()
        self.new_product()

    # -- list ---------------------------------------------------------------------
    def refresh(self, select_gtin: str | None = None) -> None:
        self.model.set_rows(self.service.products())
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).gtin == select_gtin:
                self.ui.productsView.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _show_selected(self) -> None:
        index = self.proxy.mapToSource(self.ui.productsView.currentIndex())
        if index.isValid():
            self.show_product(self.model.row_at(index.row()))

    def show_product(self, product: Product | None, kind: ProductKind = ProductKind.CONTRAST) -> None:
        ui = self.ui
        self.product = product
        self._clear_errors()
        ui.gtinEdit.setText(product.gtin if product else "")
        ui.gtinEdit.setReadOnly(product is not None)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData((product.kind if product else kind).value))
        ui.kindCombo.setEnabled(product is None)
        ui.agentCombo.setCurrentIndex(ui.agentCombo.findText(product.agent) if product else -1)
        ui.concentrationEdit.setText(product.concentration if product else "")
        ui.packageEdit.setText(product.package if product else "")
        ui.nameEdit.setText(product.name if product and product.kind is ProductKind.CATHETER else "")
        ui.catheterTypeCombo.setCurrentIndex(ui.catheterTypeCombo.findData(product.catheter_type) if product else 0)
        ui.balloonEdit.setText(product.balloon if product else "")
        ui.detailsGroup.setTitle(product.name if product else self.tr("New product"))
        ui.saveButton.setText(self.tr("&Save") if product else self.tr("A&dd product"))
        ui.removeButton.setEnabled(product is not None and can(self.ctx, "manage_products"))
        self._show_kind_rows()

    def new_product(self, gtin: str = "", kind: ProductKind = ProductKind.CONTRAST, *,
                    taught_from_scan: bool = False) -> None:
        self.taught_from_scan = taught_from_scan
        self.ui.productsView.clearSelection()
        self.show_product(None, kind)
        self.ui.gtinEdit.setText(gtin)
        self.ui.messageLabel.clear()
        (self.ui.kindCombo if gtin else self.ui.gtinEdit).setFocus()

    def _show_kind_rows(self) -> None:
        contrast = self.ui.kindCombo.currentData() == ProductKind.CONTRAST.value
        for name in CONTRAST_ROWS + CATHETER_ROWS:
            visible = (name in CONTRAST_ROWS) == contrast
            for suffix in ("Label", "Edit", "Combo", "Error"):
                widget = getattr(self.ui, name + suffix, None)
                if widget is not None:
                    widget.setVisible(visible)

    def _keep_gtin_of_scan(self) -> None:
        text = self.ui.gtinEdit.text().strip()
        if len(text) <= 14 and text.isdigit():
            return
        try:
            self.ui.gtinEdit.setText(parse_scan(text, prefix=self.ctx.settings.scanner_prefix,
                                                separator=self.ctx.settings.scanner_separator).gtin)
            self.ui.gtinError.clear()
        except ScanError as error:
            self.ui.gtinError.setText(error_text(error))

    def _clear_errors(self) -> None:
        for label in ERRORS.values():
            getattr(self.ui, label).clear()

    # -- actions ------------------------------------------------------------------
    def fields(self) -> dict:
        ui = self.ui
        if ui.kindCombo.currentData() == ProductKind.CONTRAST.value:
            return {"agent": ui.agentCombo.currentText(), "concentration": ui.concentrationEdit.text(),
                    "package": ui.packageEdit.text()}
        return {"name": ui.nameEdit.text(), "catheter_type": ui.catheterTypeCombo.currentData() or "",
                "balloon": ui.balloonEdit.text()}

    def save(self) -> bool:
        self._clear_errors()
        try:
            if self.product is None:
                product = self.service.add(self.ui.gtinEdit.text(), self.ui.kindCombo.currentData(),
                                           taught_from_scan=self.taught_from_scan, **self.fields())
                done = self.tr("{name} was added.").format(name=product.name)
            else:
                product = self.service.update(self.product.gtin, **self.fields())
                done = self.tr("{name} was saved.").format(name=product.name)
        except ValidationError as error:
            label = getattr(self.ui, ERRORS.get(error.field, "gtinError"))
            label.setText(field_error_text(error))
            self.ui.messageLabel.setText(self.tr("Not saved."))
            return False
        except DomainError as error:
            self.ui.messageLabel.setText(error_text(error))
            return False
        self.refresh(select_gtin=product.gtin)
        self.show_product(product)
        self.ui.messageLabel.setText(done)
        self.productsChanged.emit()
        return True

    def remove(self) -> bool:
        product = self.product
        if product is None or not self.prompts.confirm(
                self.tr("Remove product"),
                self.tr("Take {name} ({gtin}) off the product list? Records that already name it keep it; a new "
                        "scan of it will ask again.").format(name=product.name, gtin=product.gtin),
                ok=self.tr("Remove")):
            return False
        try:
            self.service.remove(product.gtin)
        except DomainError as error:
            self.ui.messageLabel.setText(error_text(error))
            return False
        self.refresh()
        self.new_product()
        self.ui.messageLabel.setText(self.tr("{name} was removed.").format(name=product.name))
        self.productsChanged.emit()
        return True
