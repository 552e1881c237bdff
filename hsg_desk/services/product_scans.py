"""A product label scanned in the procedure record (issue #20): the GS1 code read, the
product looked up, and the contrast or catheter group filled in one save, marked scanned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hsg_desk.domain.gs1 import ProductScan
from hsg_desk.domain.procedure_record import SCANNED
from hsg_desk.domain.products import ExpiryState, Product, ProductKind, expiry_state
from hsg_desk.storage import exams as exam_store

from .barcodes import parse_scan
from .context import ServiceContext
from .exam_room import ExamRoomService
from .products import ProductsService


@dataclass(frozen=True)
class ScanOutcome:
    """What one scan did: `product` is None when its GTIN is not on the list (nothing filled)."""

    scan: ProductScan
    product: Product | None
    filled: dict[str, str | date] = field(default_factory=dict)  # procedure record field → value
    version: int | None = None
    expiry: ExpiryState | None = None


def fields_from_scan(scan: ProductScan, product: Product) -> dict[str, str | date]:
    """The record's values a scan of `product` fills; a value the label lacks is left as it is."""
    if product.kind is ProductKind.CONTRAST:
        values = {"contrast_gtin": scan.gtin, "contrast_agent": product.agent,
                  "contrast_concentration": product.concentration, "contrast_lot": scan.lot,
                  "contrast_expiry": scan.expiry}
    else:
        values = {"catheter_gtin": scan.gtin, "catheter_product": product.name,
                  "catheter_type": product.catheter_type or None, "catheter_lot": scan.lot,
                  "catheter_expiry": scan.expiry}
    return {name: value for name, value in values.items() if value not in (None, "")}


class ProductScanService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.exam_room = ExamRoomService(ctx)

    def read(self, data: str) -> ProductScan:
        """The scan as the clinic's scanners send it; ScanError (one line) when unreadable."""
        settings = self.ctx.settings
        return parse_scan(data, prefix=settings.scanner_prefix, separator=settings.scanner_separator)

    def record_scan(self, exam_id: int, data: str | ProductScan, expected_version: int | None) -> ScanOutcome:
        """Fill the matching group of the exam's procedure record from one scan."""
        scan = data if isinstance(data, ProductScan) else self.read(data)
        product = ProductsService(self.ctx).product(scan.gtin)
        if product is None:
            return ScanOutcome(scan, None)
        filled = fields_from_scan(scan, product)
        version = self.exam_room.set_procedure_fields(exam_id, filled, expected_version, source=SCANNED)
        exam_day = exam_store.get_exam(self.ctx.db, exam_id).scheduled_at.date()
        return ScanOutcome(scan, product, filled, version, expiry_state(scan.expiry, exam_day))
