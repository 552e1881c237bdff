"""The contrast agents an HSG uses, by generic and brand name, and how a recorded agent is
matched against her recorded allergies (issue #13 §3).

This is the one list: the procedure record, the *Room contrast agent* setting, screening
and the product list (barcode scanning) all name agents from here. An agent not on the
list is recorded as free text ("other") and is still matched by its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .allergy import Allergy, AllergyCategory


@dataclass(frozen=True)
class ContrastAgent:
    code: str        # stable: stored in settings, never shown
    generic: str
    brand: str

    @property
    def label(self) -> str:
        """`iohexol (Omnipaque)`: the form the procedure record and the settings show."""
        return f"{self.generic} ({self.brand})"

    @property
    def names(self) -> tuple[str, str]:
        return (self.generic, self.brand)


CONTRAST_AGENTS: tuple[ContrastAgent, ...] = (
    ContrastAgent("iohexol", "iohexol", "Omnipaque"),
    ContrastAgent("iopamidol", "iopamidol", "Isovue"),
    ContrastAgent("iodixanol", "iodixanol", "Visipaque"),
    ContrastAgent("ioversol", "ioversol", "Optiray"),
    ContrastAgent("iopromide", "iopromide", "Ultravist"),
    ContrastAgent("ethiodized_oil", "ethiodized oil", "Lipiodol"),
)
OTHER_AGENT = "other"
AGENTS_BY_CODE: dict[str, ContrastAgent] = {agent.code: agent for agent in CONTRAST_AGENTS}
# The choices of the *Room contrast agent* setting: none, one of the list, or another agent.
ROOM_AGENT_CHOICES: tuple[str, ...] = ("",) + tuple(AGENTS_BY_CODE) + (OTHER_AGENT,)


def agent_label(code: str) -> str:
    """What a stored agent code reads as: `iohexol (Omnipaque)`, `Other agent`, or `Not set`."""
    if code in AGENTS_BY_CODE:
        return AGENTS_BY_CODE[code].label
    return "Other agent" if code == OTHER_AGENT else ("Not set" if not code else code)


# Words that name the class of agent, not one agent.
_CLASS_WORDS = ("contrast", "iodinated", "dye")


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.casefold())) + " "


def _mentions(text: str, name: str) -> bool:
    """Whole words only: `iohexol (Omnipaque) 300` mentions iohexol; `iohexolate` does not."""
    return _words(name) in _words(text)


def agent_named(text: str | None) -> ContrastAgent | None:
    """The listed agent that `text` names by its generic or brand name (or its code), else None."""
    if not text or not text.strip():
        return None
    if text in AGENTS_BY_CODE:
        return AGENTS_BY_CODE[text]
    for agent in CONTRAST_AGENTS:
        if any(_mentions(text, name) for name in agent.names):
            return agent
    return None


def names_a_specific_agent(substance: str) -> bool:
    """True when an allergen names one listed agent; False for the class alone ("iodinated contrast")."""
    return agent_named(substance) is not None


def allergens_matching(agent_text: str | None, allergies: Iterable[Allergy]) -> list[Allergy]:
    """Her recorded allergies that the recorded agent matches (issue #13 §3).

    - an allergen that names a listed agent matches that agent by either of its names;
    - a contrast allergy known only by its class ("iodinated contrast", "IV dye") matches any agent;
    - an agent known only by its class ("iodinated contrast") matches every contrast allergy;
    - an agent off the list ("other: ioxaglate") matches an allergen whose words it contains.
    """
    if not agent_text or not agent_text.strip() or agent_text == OTHER_AGENT:
        return []
    agent = agent_named(agent_text)
    class_only = agent is None and any(_mentions(agent_text, word) for word in _CLASS_WORDS)
    matching = []
    for allergy in allergies:
        named = agent_named(allergy.substance)
        if class_only:
            hit = named is not None or allergy.category is AllergyCategory.CONTRAST
        elif named is not None:
            hit = agent is not None and named.code == agent.code
        elif allergy.category is AllergyCategory.CONTRAST:
            hit = True  # the class only: every contrast agent counts as the same
        else:
            hit = agent is None and _mentions(agent_text, allergy.substance)
        if hit:
            matching.append(allergy)
    return matching
