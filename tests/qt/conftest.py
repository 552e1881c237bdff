"""The window's tests see the interface as the app starts it in English: the English catalogue
installed (its plural forms: "1 exam", "2 exams") with en_US dates and numbers; a test that
asks for `spanish` (tests/conftest.py) sees it in Spanish."""

from __future__ import annotations

import pytest

from hsg_desk.qt.i18n import install_translator


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp):
    install_translator(qapp, "en")
