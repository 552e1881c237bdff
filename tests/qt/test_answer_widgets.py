"""History answer buttons: the chosen answer ("✓ text", bold) fits inside its button."""

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from hsg_desk.app import apply_style
from hsg_desk.qt.widgets.answer_widgets import ChoiceAnswer

OPTIONS = [("yes", "Has periods"), ("no", "No periods"), ("maybe", "Possibly")]


@pytest.fixture
def app_style(qapp):
    """The app's style sheet (its 11 pt text) for one test, then the one before."""
    before = qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("chosen", [value for value, _ in OPTIONS])
def test_the_chosen_answer_fits_its_button(qtbot, app_style, chosen):
    answer = ChoiceAnswer(options=OPTIONS)
    qtbot.addWidget(answer)
    answer.show()
    answer.set_value(chosen)
    button = answer.buttons[chosen]
    qtbot.waitUntil(lambda: button.isVisible() and button.text().startswith("✓ "))
    bold = QFont(button.font())
    bold.setBold(True)
    room = button.width() - 2 * (14 + 2)  # the style's padding and border
    assert QFontMetrics(bold).horizontalAdvance(button.text()) <= room
