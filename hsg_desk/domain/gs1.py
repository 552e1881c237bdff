"""One scan of a product label, read as GS1 (the barcodes on contrast vials and HSG catheters).

A keyboard-wedge scanner types what the label holds: a symbology identifier (`]d2` for a
GS1 DataMatrix, `]C1` for GS1-128) when it is set to send one, or the clinic's own prefix,
then the element strings; FNC1 between fields arrives as GS (0x1D) or as a substitute
character the scanner is set to type instead. The parsing itself is biip's, a maintained
library that knows every GS1 Application Identifier, its length and its check digit.
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


def parse_scan(data: str, *, prefix: str = "", separator: str = "") -> ProductScan:
    """The GS1 product code in one scan; ScanError (one line) when it is malformed, a GTIN's
    check digit is wrong, an Application Identifier is unknown, or there is no GTIN."""
    # biip is imported on the first scan, not at start: its import builds GS1's prefix table
    # (~60 ms holding the GIL), and the procedure record imports this module.
    from biip import ParseConfig, ParseError
    from biip.gs1_messages import GS1Message
    from biip.symbology import SymbologyIdentifier

    text = strip_scanner_framing(data, prefix)
    if text.startswith("]"):
        try:
            symbology = SymbologyIdentifier.extract(text)
        except ParseError:
            raise ScanError(f"Unknown symbology identifier {text[:3]!r}.") from None
        if symbology.gs1_symbology is None:
            raise ScanError(f"Not a GS1 barcode: the scanner reports symbology {symbology.value!r}.")
        text = text[len(symbology.value):]
    text = text.lstrip(GROUP_SEPARATOR + separator)  # some scanners send FNC1 in first position too
    if not text:
        raise ScanError("The scan is empty.")
    separators = (GROUP_SEPARATOR, separator) if separator else (GROUP_SEPARATOR,)
    try:
        message = GS1Message.parse(text, config=ParseConfig(separator_chars=separators))
    except ParseError as error:
        raise ScanError(_plain_reason(str(error), text)) from None
    values: dict[str, str] = {}
    expiry = None
    for element in message.element_strings:
        if element.gtin_error:
            raise ScanError(f"Bad check digit in GTIN {element.value}: {element.gtin_error.split(': ')[-1]}")
        values.setdefault(element.ai.ai, element.value)
        if element.ai.ai == "17":
            expiry = element.date
    if "01" not in values:
        raise ScanError("No GTIN (AI 01) in the scan: not a product label.")
    return ProductScan(gtin=values["01"], lot=values.get("10"), expiry=expiry, serial=values.get("21"))


def _plain_reason(reason: str, text: str) -> str:
    if reason.startswith("Failed to get GS1 Application Identifier from"):
        rest = reason.split(" from ", 1)[1].rstrip(".")
        return f"Unknown GS1 Application Identifier at {rest}."
    if reason.startswith("Failed to match"):
        return "Malformed GS1 code: " + reason.replace("Failed to match", "cannot read").split(" with GS1 AI")[0] + \
            " as AI " + reason.split("GS1 AI ")[1].split(" ")[0] + "."
    return f"Malformed GS1 code {text.encode('unicode_escape').decode()!r}: {reason}"
