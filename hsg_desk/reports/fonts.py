"""The bundled fonts, registered once, and the face each script prints in.

DejaVu Sans prints Latin (with Vietnamese), Greek and Cyrillic; Noto Sans prints Arabic,
Hebrew and Devanagari; Droid Sans Fallback prints Chinese. All are TrueType (reportlab's
TTFont embeds TrueType outlines only). Text is shaped by HarfBuzz (uharfbuzz, through
reportlab's `shaping` paragraph style): Arabic letters join, Devanagari conjuncts form,
and right-to-left words come out in reading order.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as paragraph_module

from hsg_desk.domain.scripts import ZWJ, ZWNJ, needs_shaping, script_of
from hsg_desk.resources_path import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# script → (regular file, bold file); Chinese has no bold face, so bold prints regular.
FACES = {
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "cjk": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}


def face_name(script: str | None, bold: bool = False) -> str:
    """The registered font name for `script` (None or Latin-Greek-Cyrillic: DejaVu Sans)."""
    if script not in FACES:
        return BOLD if bold else REGULAR
    return FACES[script][1 if bold else 0].removesuffix(".ttf")


def _no_optional_ligatures() -> None:
    """reportlab shapes with kern, liga and dlig. Optional ligatures draw DejaVu's arched 'st'
    and make "inflammatory" copy and search as "inﬂammatory"; no clinic form needs them.
    Required ones (Arabic lam-alef) and conjuncts are HarfBuzz's defaults and stay."""
    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        defaults[0].pop("dlig", None)
        defaults[0]["liga"] = False


def _shape_each_face_alone() -> None:
    """reportlab shapes a word (text between spaces) with the font of its first piece, so a name
    typed "الزهراء," (an Arabic run, then a DejaVu comma) drew the comma from the Arabic font's
    glyph numbers: a box or a stray letter. Shape each face's run of the word on its own.

    A word with nothing to shape (`needs_shaping`: most of every document) is left as it is:
    HarfBuzz on every Latin word made the summary ~4× slower to build (issue #21)."""
    original = ttfonts.shapeFragWord
    if getattr(original, "hsg_by_face", False):
        return

    def shape_by_face(word, *args, **kwargs):
        pieces = word[1:]
        if not isinstance(word, ttfonts.ShapedFragWord) and not any(
                needs_shaping(text) for style, text in pieces if not hasattr(style, "cbDefn")):
            return word
        faces = {piece[0].fontName for piece in pieces if not hasattr(piece[0], "cbDefn")}
        if isinstance(word, ttfonts.ShapedFragWord) or len(faces) < 2:
            return original(word, *args, **kwargs)
        shaped = []
        for _, group in groupby(pieces, key=lambda piece: getattr(piece[0], "fontName", None)):
            group = list(group)
            width = sum(stringWidth(text, style.fontName, style.fontSize) for style, text in group
                        if not hasattr(style, "cbDefn"))
            shaped.append(original(word.__class__([width, *group]), *args, **kwargs))
        merged = ttfonts.makeShapedFragWord(word)([sum(part[0] for part in shaped)])
        for part in shaped:
            merged.extend(part[1:])
        return merged

    shape_by_face.hsg_by_face = True
    ttfonts.shapeFragWord = shape_by_face
    paragraph_module.shapeFragWord = shape_by_face


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register every bundled face with reportlab (bold through <b>); returns the default two."""
    _no_optional_ligatures()
    _shape_each_face_alone()
    families = [(REGULAR, "DejaVuSans.ttf", BOLD, "DejaVuSans-Bold.ttf")]
    for regular_file, bold_file in FACES.values():
        families.append((regular_file.removesuffix(".ttf"), regular_file, bold_file.removesuffix(".ttf"), bold_file))
    for regular, regular_file, bold, bold_file in families:
        pdfmetrics.registerFont(TTFont(regular, str(resource_path("fonts", regular_file))))
        if bold != regular:
            pdfmetrics.registerFont(TTFont(bold, str(resource_path("fonts", bold_file))))
        # <b> in a paragraph picks the bold face; there is no italic face, so italic maps to regular.
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
    return REGULAR, BOLD


def script_runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut into runs of one face each (None: the default face). Spaces and joiners stay
    in the run before them, so a two-word Arabic name is shaped (and ordered) as one run."""
    runs: list[tuple[str | None, str]] = []
    for character in text:
        script = script_of(character)
        if script in ("latin", "greek", "cyrillic"):
            script = None
        if runs and (character in (ZWNJ, ZWJ) or character == " "):
            script = runs[-1][0]
        runs.append((script, character))
    return [(script, "".join(character for _, character in group))
            for script, group in groupby(runs, key=lambda run: run[0])]


def font_markup(text: str) -> str:
    """`text` escaped for a paragraph, each run of another script in its own face."""
    return "".join(escape(run) if script is None else f'<font name="{face_name(script)}">{escape(run)}</font>'
                   for script, run in script_runs(text))


def runs_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` in points, each run in its face (before shaping: close enough to fit a line)."""
    register_fonts()
    return sum(stringWidth(run, face_name(script, bold), size) for script, run in script_runs(text))
