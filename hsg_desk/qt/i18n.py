"""The interface language: which one, its Qt translator, and dates and numbers in it.

The window's strings go through Qt's translation system (`self.tr()`,
`QCoreApplication.translate(context, ...)`); the catalogues are resources/i18n/hsg_desk_<lang>.ts,
compiled to .qm by `python forms/build.py`. English is the source language: its catalogue holds
only the plural forms.

Dates and numbers on screen follow the interface language through QLocale.setDefault:
Spanish as written in the United States (es_US: "sáb 5 dic", "2:30 p.m."), English as en_US.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QTime, QTranslator

from hsg_desk.domain.vocabulary import Language
from hsg_desk.resources_path import resource_path

UI_LANGUAGES = tuple(Language)
LOCALE_NAMES = {Language.EN: "en_US", Language.ES: "es_US"}
_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


def system_language() -> str:
    """The system locale's language when the interface has it, else English."""
    language = QLocale.system().name().split("_")[0]
    return language if language in UI_LANGUAGES else Language.EN.value


def chosen_language(option: str | None, user_setting: str | None) -> str:
    """The start option wins over the user's own setting, which wins over the system locale."""
    for language in (option, user_setting):
        if language in UI_LANGUAGES:
            return str(language)
    return system_language()


def catalogue_path(language: str):
    return resource_path("i18n", f"hsg_desk_{language}.qm")


def install_translator(app, language: str) -> None:
    """The interface in `language` for every window built from now on: the app's catalogue,
    Qt's own (the standard buttons of message boxes and dialogs), and the locale for dates
    and numbers. Replaces a language installed before (the sign-in may have used another)."""
    if language not in UI_LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}: "
                         f"choose from {', '.join(UI_LANGUAGES)}")
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"hsg_desk_{language}", str(resource_path("i18n"))), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALE_NAMES[Language(language)]))


def current_language() -> str:
    return QLocale().name().split("_")[0]


# -- dates and numbers in the interface language ------------------------------------
def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """`Dec 5, 1990` / `5 dic 1990`: the month in letters, so a date of birth never reads
    day-first for one person and month-first for another (as the printed documents do)."""
    pattern = "d MMM yyyy" if current_language() == Language.ES else "MMM d, yyyy"
    return QLocale().toString(_qdate(day), pattern)


def clock_time(moment: datetime) -> str:
    """`2:30 PM` / `2:30 p.m.`"""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_and_time(moment: datetime) -> str:
    """`Dec 5, 2026 2:30 PM` / `5 dic 2026 2:30 p.m.`"""
    return f"{short_date(moment.date())} {clock_time(moment)}"


def day_and_time(moment: datetime) -> str:
    """`Sat Dec 5, 2:30 PM` / `sáb 5 dic, 2:30 p.m.`: a booking within the coming weeks."""
    return f"{weekday_and_day(moment.date())}, {clock_time(moment)}"


def weekday_and_day(day: date) -> str:
    """`Sat Dec 5` / `sáb 5 dic`."""
    pattern = "ddd d MMM" if current_language() == Language.ES else "ddd MMM d"
    return QLocale().toString(_qdate(day), pattern)


def weekday_and_date(day: date) -> str:
    """`Tue Nov 24, 2026` / `mar 24 nov 2026`: a day inside a message."""
    pattern = "ddd d MMM yyyy" if current_language() == Language.ES else "ddd MMM d, yyyy"
    return QLocale().toString(_qdate(day), pattern)


def long_date_time(moment: datetime) -> str:
    """`Dec 5, 2026 2:30:05 PM`: a moment to the second (the audit trail)."""
    locale = QLocale()
    seconds = locale.timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss")
    return f"{short_date(moment.date())} {locale.toString(QTime(moment.hour, moment.minute, moment.second), seconds)}"


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(int(value))


def moment(at: datetime, time_zone: str) -> str:
    """`Tue Nov 24, 1:00 PM` / `mar 24 nov, 1:00 p.m.` on the facility's wall clock."""
    from hsg_desk.domain.timing import wall_clock

    return day_and_time(wall_clock(at, time_zone))


def long_day(day: date) -> str:
    """`Saturday, December 5, 2026` / `sábado, 5 de diciembre de 2026`."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
