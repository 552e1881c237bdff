"""One scan of a product label, read as GS1 (the barcodes on contrast vials and HSG catheters).

A keyboard-wedge scanner types what the label holds: a symbology identifier (`]d2` for a
GS1 DataMatrix, `]C1` for GS1-128) when it is set to send one, or the clinic's own prefix,
then the element strings; FNC1 between fields arrives as GS (0x1D) or as a substitute
character the scanner is set to type instead. Reading the element strings is biip's (a
library that knows every GS1 Application Identifier): services/barcodes.py parses a scan
into the ProductScan defined here, so the domain stays the standard library and Babel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import DomainError

GROUP_SEPARATOR = "\x1d"
# Symbology identifiers that announce GS1 data (ISO/IEC 15424): DataMatrix, GS1-128, QR, DataBar.
GS1_SYMBOLOGIES = ("]d2", "]C1", "]Q3", "]e0")


class ScanError(DomainError):
    """A scan that is not a usable GS1 product code; the message is one line for the user."""


@dataclass(frozen=True)
class ProductScan:
    """What a product label's GS1 code says: the GTIN (14 digits), and when present the
    lot (10), the expiry (17; day 00 = the month's last day) and the serial number (21)."""

    gtin: str
    lot: str | None = None
    expiry: date | None = None
    serial: str | None = None


def strip_scanner_framing(data: str, prefix: str = "") -> str:
    """The scan without the Enter that ends it and the clinic's configured prefix."""
    text = data.rstrip("\r\n")
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    return text


def is_gs1_start(text: str, prefix: str = "") -> bool:
    """True when `text` starts the way a scan does: the configured prefix or a GS1 symbology identifier."""
    return bool(prefix and text.startswith(prefix)) or text.startswith(GS1_SYMBOLOGIES)


def gs1_check_digit(body: str) -> int:
    """GS1's mod-10 check digit for the digits before it: weights 3, 1, 3, … from the right."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return (10 - total % 10) % 10
