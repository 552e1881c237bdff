"""Scanning in the procedure record (issue #20): a scan anywhere in the record fills the
contrast or catheter group; an unknown GTIN is offered to the product list (through the
injected prompts, then the Products screen, non-modal) and fills the record once added."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.gs1 import ProductScan, ScanError
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.products import ExpiryState, ProductKind
from hsg_desk.domain.dates import date_text
from hsg_desk.qt.domain_text import domain_text, error_text
from hsg_desk.qt.views.scan_catcher import ScanCatcher
from hsg_desk.services.authorization import can
from hsg_desk.services.product_scans import ProductScanService

TEACH_OPTIONS = [(QT_TRANSLATE_NOOP("ProductScanning", "Add as a contrast agent"), ProductKind.CONTRAST),
                 (QT_TRANSLATE_NOOP("ProductScanning", "Add as a catheter"), ProductKind.CATHETER)]


class ProductScanning(QObject):
    def __init__(self, record_widget):
        super().__init__(record_widget)
        self.record = record_widget
        settings = record_widget.ctx.settings
        self.catcher = ScanCatcher(record_widget, prefix=settings.scanner_prefix,
                                   key_gap_ms=settings.scan_key_gap_ms)
        self.catcher.scanned.connect(self.scanned)
        self.pending: ProductScan | None = None  # a scan waiting for its product to be added
        self.products_screen = None

    @property
    def service(self) -> ProductScanService:
        return self.record.services.product_scans

    def say(self, text: str, *, problem: bool = False, warning: bool = False) -> None:
        label = self.record.ui.scanStatus
        label.setText(text)
        label.setProperty("role", "error" if problem else "warning" if warning else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def scanned(self, text: str) -> None:
        settings = self.record.ctx.settings
        self.catcher.configure(prefix=settings.scanner_prefix, key_gap_ms=settings.scan_key_gap_ms)
        if self.record.exam_id is None:
            return
        try:
            scan = self.service.read(text)
        except ScanError as error:
            self.say(self.tr("The scan could not be read: {reason} Scan again, or type the values.").format(
                reason=error), problem=True)
            return
        self.fill(scan)

    def fill(self, scan: ProductScan) -> None:
        record = self.record
        try:
            outcome = self.service.record_scan(record.exam_id, scan, record.record.version)
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        if outcome.product is None:
            self.offer_to_add(scan)
            return
        record.load(record.exam_id)
        record.changed.emit()
        product, lot = outcome.product, scan.lot or self.tr("no lot on the label")
        expiry = date_text(scan.expiry) if scan.expiry else self.tr("no expiry on the label")
        message = self.tr("Scanned {kind}: {name}, lot {lot}, expires {expiry}.").format(
            kind=domain_text(product.kind.label).lower(), name=product.name, lot=lot, expiry=expiry)
        if outcome.expiry is ExpiryState.EXPIRED:
            message += " " + self.tr("EXPIRED before the exam date: do not use it without the radiologist's "
                                     "signed approval.")
        elif outcome.expiry is ExpiryState.EXPIRING:
            message += " " + self.tr("It expires within 30 days: tell the radiologist.")
        self.say(message, problem=outcome.expiry is ExpiryState.EXPIRED,
                 warning=outcome.expiry is ExpiryState.EXPIRING)

    # -- teaching the product list -------------------------------------------------------
    def offer_to_add(self, scan: ProductScan) -> None:
        ctx = self.record.ctx
        if not can(ctx, Action.MANAGE_PRODUCTS):
            self.say(self.tr("GTIN {gtin} is not on the product list, and adding it needs the technologist or "
                             "admin role. Type the values.").format(gtin=scan.gtin), problem=True)
            return
        choice = self.record.prompts.choose(
            self.tr("Unknown product"),
            self.tr("The scanned product (GTIN {gtin}) is not on the product list yet. Add it now? Its lot and "
                    "expiry fill the record once it is added.").format(gtin=scan.gtin),
            [self.tr(text) for text, _ in TEACH_OPTIONS])
        if choice is None:
            self.say(self.tr("GTIN {gtin} is not on the product list: type the values, or add it and scan again.")
                     .format(gtin=scan.gtin), problem=True)
            return
        from hsg_desk.qt.views.products_admin import ProductsAdmin

        self.pending = scan
        screen = ProductsAdmin(ctx, self.record, prompts=self.record.prompts, services=self.record.services)
        screen.setWindowFlag(Qt.WindowType.Window, True)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        screen.new_product(scan.gtin, TEACH_OPTIONS[choice][1], taught_from_scan=True)
        screen.productsChanged.connect(self.product_added)
        screen.resize(1000, 520)
        screen.show()
        self.products_screen = screen
        self.say(self.tr("Add GTIN {gtin} in the Products window; the record fills when it is saved.").format(
            gtin=scan.gtin))

    def product_added(self) -> None:
        scan, screen = self.pending, self.products_screen
        if scan is None:
            return
        if self.record.services.products.product(scan.gtin) is None:
            return
        self.pending = None
        if screen is not None:
            screen.close()
        self.products_screen = None
        self.fill(scan)
