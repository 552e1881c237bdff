"""The product list (issue #20): the admin or a technologist adds, corrects or removes a
product, by hand under *Admin → Products* or taught from a scan of an unknown GTIN; every
change is audited. Scanning reads it to know what a GTIN is."""

from __future__ import annotations

from typing import Any

from hsg_desk.domain.contrast import CONTRAST_AGENTS
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.message import Message
from hsg_desk.domain.permissions import Action
from hsg_desk.domain.procedure_record import CATHETER_TYPES
from hsg_desk.domain.products import Product, ProductKind, checked_product, normal_gtin
from hsg_desk.storage import products as store

from .authorization import require
from .context import ServiceContext

FIELDS = ("name", "agent", "concentration", "package", "catheter_type", "balloon")


def contrast_agent_names() -> tuple[str, ...]:
    """The agents a contrast product may be, as the one contrast list names them ("iohexol (Omnipaque)")."""
    return tuple(agent.label for agent in CONTRAST_AGENTS)


class ProductsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def products(self) -> list[Product]:
        return store.list_products(self.ctx.db)

    def product(self, gtin: str) -> Product | None:
        """The listed product with this GTIN (any length; a malformed GTIN is simply not listed)."""
        try:
            return store.get_product(self.ctx.db, normal_gtin(gtin))
        except ValidationError:
            return None

    def add(self, gtin: str, kind: ProductKind | str, *, taught_from_scan: bool = False, **fields: Any) -> Product:
        """Put a new GTIN on the list; ValidationError (field named) saves nothing."""
        ctx = self.ctx
        require(ctx, Action.MANAGE_PRODUCTS)
        product = self._checked(gtin, kind, fields)
        existing = store.get_product(ctx.db, product.gtin)
        if existing is not None:
            raise ValidationError("gtin", Message("already on the list as {name}", name=existing.name))
        with ctx.db.atomic():
            store.insert_product(ctx.db, product, ctx.now(), ctx.session.user_id)
            changes = {"kind": [None, product.kind.value]} | {
                field: [None, getattr(product, field)] for field in FIELDS if getattr(product, field)}
            if taught_from_scan:
                changes["source"] = [None, "taught from a scan"]
            ctx.audit("create", record_type="product", record_id=product.gtin, changes=changes)
        return product

    def update(self, gtin: str, **fields: Any) -> Product:
        """Correct a listed product (its GTIN and kind stay)."""
        ctx = self.ctx
        require(ctx, Action.MANAGE_PRODUCTS)
        row = store.get_product_row(ctx.db, normal_gtin(gtin))
        if row is None:
            raise ValidationError("gtin", "not on the product list")
        old = store.product_from_row(row)
        product = self._checked(old.gtin, old.kind, {field: getattr(old, field) for field in FIELDS} | fields)
        changes = {field: [getattr(old, field), getattr(product, field)] for field in FIELDS
                   if getattr(old, field) != getattr(product, field)}
        if not changes:
            return old
        with ctx.db.atomic():
            store.update_product(ctx.db, product, row["version"], ctx.now(), ctx.session.user_id)
            ctx.audit("update", record_type="product", record_id=product.gtin, changes=changes)
        return product

    def remove(self, gtin: str) -> None:
        """Take a product off the list; records that named it keep their own copy of the name."""
        ctx = self.ctx
        require(ctx, Action.MANAGE_PRODUCTS)
        old = store.get_product(ctx.db, normal_gtin(gtin))
        if old is None:
            raise ValidationError("gtin", "not on the product list")
        with ctx.db.atomic():
            store.delete_product(ctx.db, old.gtin)
            ctx.audit("delete", record_type="product", record_id=old.gtin, changes={"name": [old.name, None]})

    @staticmethod
    def _checked(gtin: str, kind, fields: dict[str, Any]) -> Product:
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "not a product field")
        product = checked_product(gtin, kind, **fields)
        if product.kind is ProductKind.CATHETER and product.catheter_type not in dict(CATHETER_TYPES):
            raise ValidationError("catheter_type", "choose balloon catheter, cannula or other")
        if product.kind is ProductKind.CONTRAST and product.agent not in contrast_agent_names():
            raise ValidationError("agent", "choose the agent from the contrast list")
        return product
