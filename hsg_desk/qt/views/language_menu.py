"""View › Interface language: each user's own choice, kept with their account.

The choice takes effect at their next start (a start option --ui-lang still wins): the
translator is installed before the first window is built, never swapped under open ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt.domain_text import error_text
from hsg_desk.services import users
from hsg_desk.services.context import ServiceContext

# Each language is named in itself, so a user who cannot read the current one still finds theirs.
INTERFACE_LANGUAGES = {"en": "English", "es": "Español"}


def install_language_menu(window, ctx: ServiceContext, menu) -> QActionGroup:
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "Interface &language"))
    submenu.setObjectName("menuInterfaceLanguage")
    group = QActionGroup(submenu)
    choices = {"": QCoreApplication.translate("LanguageMenu", "System language"), **INTERFACE_LANGUAGES}
    for language, name in choices.items():
        action = QAction(name, group, checkable=True)
        action.setObjectName(f"actionInterfaceLanguage_{language or 'system'}")
        action.setData(language)
        action.setChecked(language == ctx.session.ui_language)
        submenu.addAction(action)
    group.triggered.connect(lambda action: choose(window, ctx, action.data()))
    return group


def choose(window, ctx: ServiceContext, language: str) -> None:
    try:
        users.set_own_interface_language(ctx, language)
    except DomainError as error:
        window.statusBar().showMessage(error_text(error))
        return
    name = INTERFACE_LANGUAGES.get(language) or QCoreApplication.translate("LanguageMenu", "the system language")
    done = QCoreApplication.translate("LanguageMenu", "The window will be in {language} from your next start.")
    window.statusBar().showMessage(done.format(language=name), 10000)
