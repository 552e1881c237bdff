"""A product label's scan read as GS1 (domain/gs1.py says what a scan is and holds).

biip, a maintained library that knows every GS1 Application Identifier, its length and its
check digit, does the reading; it stays out of the domain, which is the standard library
and Babel only.
"""

from __future__ import annotations

from hsg_desk.domain.gs1 import GROUP_SEPARATOR, ProductScan, ScanError, strip_scanner_framing
from hsg_desk.domain.message import Message


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
            raise ScanError(Message("Unknown symbology identifier {value!r}.", value=text[:3])) from None
        if symbology.gs1_symbology is None:
            raise ScanError(Message("Not a GS1 barcode: the scanner reports symbology {value!r}.",
                                    value=symbology.value))
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
            raise ScanError(Message("Bad check digit in GTIN {value}: {value2}",
                                    value=element.value, value2=element.gtin_error.split(': ')[-1]))
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
