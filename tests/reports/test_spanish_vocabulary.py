"""One clinical vocabulary in Spanish (issue 14 §5): an indication, a complication or an abort
reason reads the same on the summary, the day sheet, the quality report and in the window, so
a clerk who reads "No se pudo canalizar" on the screen finds the same words on paper; and a
finding's level is the same word on paper and on screen ("ALTO", never "PARADA", which a
Spanish-speaking clinician also reads as a cardiac arrest).

The word for failing to pass the catheter through the cervix is "canalizar" (the summary's and
the window's word, and the usual Spanish clinical one); the calque "canular" is not used."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree

import pytest

from hsg_desk.domain.findings import Level
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import AbortReason
from hsg_desk.domain.vocabulary import Complication
from hsg_desk.resources_path import resource_path

SPANISH_TEXTS = ("aftercare", "common", "consent", "day_sheet", "findings", "prep", "quality", "summary")


def spanish(name: str) -> dict:
    return json.loads(resource_path("texts", "es", f"{name}.json").read_text(encoding="utf-8"))


def window_translations() -> dict[str, set[str]]:
    """English source → its Spanish translations in the window's catalogue (any context)."""
    tree = ElementTree.parse(resource_path("i18n", "hsg_desk_es.ts"))
    found: dict[str, set[str]] = {}
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            found.setdefault(source, set()).add(translation)
    return found


# Each vocabulary member's Spanish, wherever a document or the window names it by its code or label.
# "Other" and "None" are left out: their gender follows the noun they stand for.
MEMBERS = [member for enum in (Indication, Complication, AbortReason) for member in enum
           if member.value not in ("other", "none")]
BY_CODE = {Indication: (("day_sheet", "indications"), ("quality", "indications")),
           Complication: (("quality", "complication_names"),),
           AbortReason: (("quality", "complication_names"),)}


@pytest.mark.parametrize("member", MEMBERS, ids=lambda member: f"{type(member).__name__}.{member.value}")
def test_a_clinical_term_reads_the_same_on_every_sheet_and_in_the_window(member):
    renderings = {("summary", member.label): spanish("summary").get(member.label)}
    for name, table in BY_CODE[type(member)]:
        renderings[(name, table)] = spanish(name)[table].get(member.value)
    for translation in window_translations().get(member.label, ()):
        renderings[("window", translation)] = translation
    found = {where: text for where, text in renderings.items() if text is not None}
    assert ("summary", member.label) in found, f"the summary has no Spanish for {member.label!r}"
    assert len(set(found.values())) == 1, found


def _strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_no_spanish_text_says_canular():
    texts = [text for name in SPANISH_TEXTS for text in _strings(spanish(name))]
    texts += [text for translations in window_translations().values() for text in translations]
    assert not [text for text in texts if re.search(r"\bcanul", text, re.IGNORECASE)]
    assert "No se pudo canalizar" in texts


@pytest.mark.parametrize("level", list(Level), ids=str)
def test_a_finding_level_reads_the_same_on_paper_and_on_screen(level):
    window = window_translations()
    capitals = {spanish("summary")[level.value.upper()], *window[level.value.upper()]}
    if level.value in spanish("day_sheet")["levels"]:
        capitals.add(spanish("day_sheet")["levels"][level.value])
    words = {spanish("quality")["levels"][level.value], *window[level.value.capitalize()]}
    assert len(capitals) == 1 and len(words) == 1, (capitals, words)


def test_no_spanish_text_calls_a_stop_a_parada():
    texts = [text for name in SPANISH_TEXTS for text in _strings(spanish(name))]
    texts += [text for translations in window_translations().values() for text in translations]
    texts += [form.text or "" for form in ElementTree.parse(resource_path("i18n", "hsg_desk_es.ts")).iter("numerusform")]
    assert not [text for text in texts if re.search(r"\bparadas?\b", text, re.IGNORECASE)]
