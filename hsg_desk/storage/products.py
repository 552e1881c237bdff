"""The product list (`products`): one row per GTIN, a contrast agent or a catheter."""

from __future__ import annotations

from datetime import datetime

from hsg_desk.domain.products import Product, ProductKind

from .rows import dict_row, dict_rows, insert_row, saving, time_text, update_versioned

COLUMNS = ("kind", "name", "agent", "concentration", "package", "catheter_type", "balloon")


def product_from_row(row: dict) -> Product:
    return Product(row["gtin"], ProductKind(row["kind"]), row["name"], agent=row["agent"],
                   concentration=row["concentration"], package=row["package"],
                   catheter_type=row["catheter_type"], balloon=row["balloon"])


def get_product_row(db, gtin: str) -> dict | None:
    return dict_row(db, "SELECT * FROM products WHERE gtin = ?", [gtin])


def get_product(db, gtin: str) -> Product | None:
    row = get_product_row(db, gtin)
    return product_from_row(row) if row else None


def list_products(db) -> list[Product]:
    return [product_from_row(row) for row in dict_rows(db, "SELECT * FROM products ORDER BY kind, name, gtin")]


def insert_product(db, product: Product, at: datetime, user_id: int | None) -> None:
    with saving(db):
        insert_row(db, "products", {"gtin": product.gtin} | _values(product) | {
            "created_at": time_text(at), "created_by": user_id, "updated_at": time_text(at), "updated_by": user_id})


def update_product(db, product: Product, expected_version: int | None, at: datetime, user_id: int | None) -> int:
    return update_versioned(db, "products", "gtin", product.gtin,
                            _values(product) | {"updated_at": time_text(at), "updated_by": user_id},
                            expected_version)


def delete_product(db, gtin: str) -> bool:
    with saving(db):
        return db.execute("DELETE FROM products WHERE gtin = ?", [gtin]).rowcount > 0


def _values(product: Product) -> dict:
    return {column: getattr(product, column) for column in COLUMNS} | {"kind": product.kind.value}
