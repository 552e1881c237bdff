"""The services a window works with, built once over one context and handed down.

The main window (or whoever opens a page on its own, as a test does) makes one `Services`
and passes it to the pages and dialogs it builds; a view asks it for what it needs instead
of constructing a service itself. A test hands a view a `Services` whose attribute it has
replaced with a fake (cached properties can be set).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .context import ServiceContext

if TYPE_CHECKING:
    from .amendments import AmendmentService
    from .booking import BookingService
    from .checkin import CheckinService
    from .document_output import DocumentService
    from .exam_room import ExamRoomService
    from .patients import PatientService
    from .product_scans import ProductScanService
    from .products import ProductsService
    from .ris_orders import OrderImport
    from .screening import ScreeningService
    from .worklist import WorklistService


class Services:
    """One of each service over `ctx`, each made the first time it is asked for.

    Each service's module is imported when it is first asked for, not with this one: the
    main window makes its Services before it shows, and importing the nine modules then
    cost ~50 ms of start-up on the UI thread (the exam workspace imports them on a worker
    thread meanwhile, so by the first exam they are loaded).
    """

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @cached_property
    def amendments(self) -> AmendmentService:
        from .amendments import AmendmentService
        return AmendmentService(self.ctx)

    @cached_property
    def booking(self) -> BookingService:
        from .booking import BookingService
        return BookingService(self.ctx)

    @cached_property
    def checkin(self) -> CheckinService:
        from .checkin import CheckinService
        return CheckinService(self.ctx)

    @cached_property
    def documents(self) -> DocumentService:
        from .document_output import DocumentService
        return DocumentService(self.ctx)

    @cached_property
    def exam_room(self) -> ExamRoomService:
        from .exam_room import ExamRoomService
        return ExamRoomService(self.ctx)

    @cached_property
    def patients(self) -> PatientService:
        from .patients import PatientService
        return PatientService(self.ctx)

    @cached_property
    def product_scans(self) -> ProductScanService:
        from .product_scans import ProductScanService
        return ProductScanService(self.ctx)

    @cached_property
    def products(self) -> ProductsService:
        from .products import ProductsService
        return ProductsService(self.ctx)

    @cached_property
    def ris_orders(self) -> OrderImport:
        from .ris_orders import OrderImport
        return OrderImport(self.ctx)

    @cached_property
    def screening(self) -> ScreeningService:
        from .screening import ScreeningService
        return ScreeningService(self.ctx)

    @cached_property
    def worklist(self) -> WorklistService:
        from .worklist import WorklistService
        return WorklistService(self.ctx)
