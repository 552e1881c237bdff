"""The writing systems the printed documents can show (DESIGN.md §8: any Unicode in names,
and §6: a name prints as typed — never as boxes).

Each script is a set of Unicode ranges; the report fonts cover every assigned character in
them (a test checks each against the bundled fonts). A name with a character outside them
is refused at registration with a message naming the character.
"""

from __future__ import annotations

import re
import unicodedata

ZWNJ, ZWJ = "\u200c", "\u200d"   # Persian and Devanagari spelling needs them between letters

SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    # Latin with its diacritics and Vietnamese; general punctuation and currency signs.
    "latin": ((0x0020, 0x007E), (0x00A0, 0x024F), (0x0300, 0x034F), (0x1E00, 0x1EFB), (0x2010, 0x2027),
              (0x2030, 0x205E), (0x20A0, 0x20B5)),
    "greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFE)),
    "cyrillic": ((0x0400, 0x0525),),
    "hebrew": ((0x0591, 0x05EA), (0x05F0, 0x05F4), (0xFB1D, 0xFB4F)),
    "arabic": ((0x0600, 0x061C), (0x061E, 0x06FF), (0x0750, 0x077F)),
    "devanagari": ((0x0900, 0x097F),),
    # Chinese (and Japanese kana): CJK punctuation, kana, the unified ideographs, full-width forms.
    "cjk": ((0x3000, 0x3003), (0x3005, 0x3007), (0x300A, 0x3019), (0x301C, 0x301F), (0x3021, 0x3029),
            (0x3041, 0x3094), (0x3099, 0x309E), (0x30A0, 0x30F6), (0x30FB, 0x30FE), (0x4E00, 0x9FA5),
            (0xFF01, 0xFF5E)),
}
RIGHT_TO_LEFT = frozenset({"hebrew", "arabic"})
# Scripts whose letters change shape, join or reorder: only text with one of them, a combining
# mark or a joiner needs HarfBuzz. Latin, Greek, Cyrillic and Chinese print glyph by glyph.
SHAPED_SCRIPTS = frozenset({"hebrew", "arabic", "devanagari"})
COMBINING_MARKS = ((0x0300, 0x036F), (0x3099, 0x309A))
_NEEDS_SHAPING = re.compile("[" + "".join(
    f"{chr(low)}-{chr(high)}" for low, high in (
        *(span for script in SHAPED_SCRIPTS for span in SCRIPTS[script]), *COMBINING_MARKS,
        (ord(ZWNJ), ord(ZWJ)))) + "]")


def needs_shaping(text: str) -> bool:
    """Whether `text` prints differently once shaped: a letter of SHAPED_SCRIPTS, a combining mark or a joiner."""
    return _NEEDS_SHAPING.search(text) is not None


def script_of(character: str) -> str | None:
    """The script (a key of SCRIPTS) whose ranges hold `character`, or None."""
    point = ord(character)
    for script, ranges in SCRIPTS.items():
        if any(low <= point <= high for low, high in ranges):
            return script
    return None


def unprintable_character(text: str) -> str | None:
    """The first character of `text` the documents cannot print, described for a message; else None.

    Joiners (ZWNJ, ZWJ) are part of spelling in Persian and Devanagari: welcome between two
    letters, refused anywhere else (where they print nothing and only hide a typo).
    """
    for index, character in enumerate(text):
        if character in (ZWNJ, ZWJ):
            between_letters = 0 < index < len(text) - 1 and all(
                unicodedata.category(text[i])[0] in "LM" for i in (index - 1, index + 1))
            if between_letters:
                continue
        elif unicodedata.category(character) != "Cn" and script_of(character) is not None:
            continue
        name = unicodedata.name(character, "a control character" if unicodedata.category(character) == "Cc"
                                else "unnamed character")
        if not character.isprintable():  # a line break or a control: its code alone, never the raw character
            return f"U+{ord(character):04X} ({name})"
        return f"‘{character}’ (U+{ord(character):04X} {name})"
    return None
