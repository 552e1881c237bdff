"""The services a window works with, built once over one context and handed down.

The main window (or whoever opens a page on its own, as a test does) makes one `Services`
and passes it to the pages and dialogs it builds; a view asks it for what it needs instead
of constructing a service itself. A test hands a view a `Services` whose attribute it has
replaced with a fake (cached properties can be set).
"""

from __future__ import annotations

from functools import cached_property

from .amendments import AmendmentService
from .booking import BookingService
from .checkin import CheckinService
from .context import ServiceContext
from .exam_room import ExamRoomService
from .patients import PatientService
from .product_scans import ProductScanService
from .products import ProductsService
from .screening import ScreeningService
from .worklist import WorklistService


class Services:
    """One of each service over `ctx`, each made the first time it is asked for."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @cached_property
    def amendments(self) -> AmendmentService:
        return AmendmentService(self.ctx)

    @cached_property
    def booking(self) -> BookingService:
        return BookingService(self.ctx)

    @cached_property
    def checkin(self) -> CheckinService:
        return CheckinService(self.ctx)

    @cached_property
    def exam_room(self) -> ExamRoomService:
        return ExamRoomService(self.ctx)

    @cached_property
    def patients(self) -> PatientService:
        return PatientService(self.ctx)

    @cached_property
    def product_scans(self) -> ProductScanService:
        return ProductScanService(self.ctx)

    @cached_property
    def products(self) -> ProductsService:
        return ProductsService(self.ctx)

    @cached_property
    def screening(self) -> ScreeningService:
        return ScreeningService(self.ctx)

    @cached_property
    def worklist(self) -> WorklistService:
        return WorklistService(self.ctx)
