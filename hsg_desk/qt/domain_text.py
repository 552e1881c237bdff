"""The domain's words (exam states, indications, finding levels, roles…) in the interface language.

The domain names things in English (`ExamStatus.ARRIVED.label` is "Arrived") and knows no Qt;
the window shows them through Qt's catalogue, context "domain". Each label is listed below so
pyside6-lupdate finds it; tests/qt/test_translations.py fails when a domain list gains a label
that is not here, and when a Spanish word here differs from the printed summary's
(resources/texts/es/summary.json), so the screen and the paper say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = (
    # Level
    QT_TRANSLATE_NOOP("domain", "Block — no exam today"),
    QT_TRANSLATE_NOOP("domain", "Stop — needs a radiologist"),
    QT_TRANSLATE_NOOP("domain", "Caution — tell the radiologist"),
    QT_TRANSLATE_NOOP("domain", "Info"),
    # Indication
    QT_TRANSLATE_NOOP("domain", "Infertility work-up"),
    QT_TRANSLATE_NOOP("domain", "Recurrent pregnancy loss"),
    QT_TRANSLATE_NOOP("domain", "Tubal ligation check"),
    QT_TRANSLATE_NOOP("domain", "Essure/Adiana confirmation"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # ExamStatus
    QT_TRANSLATE_NOOP("domain", "Scheduled"),
    QT_TRANSLATE_NOOP("domain", "Arrived"),
    QT_TRANSLATE_NOOP("domain", "Screened"),
    QT_TRANSLATE_NOOP("domain", "In progress"),
    QT_TRANSLATE_NOOP("domain", "Performed"),
    QT_TRANSLATE_NOOP("domain", "Completed"),
    QT_TRANSLATE_NOOP("domain", "Cancelled"),
    QT_TRANSLATE_NOOP("domain", "Deferred"),
    QT_TRANSLATE_NOOP("domain", "Aborted"),
    # AbortReason
    QT_TRANSLATE_NOOP("domain", "Pain"),
    QT_TRANSLATE_NOOP("domain", "Vasovagal reaction"),
    QT_TRANSLATE_NOOP("domain", "Unable to cannulate"),
    QT_TRANSLATE_NOOP("domain", "Contrast reaction"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # Action
    QT_TRANSLATE_NOOP("domain", "open a patient's record"),
    QT_TRANSLATE_NOOP("domain", "register a patient"),
    QT_TRANSLATE_NOOP("domain", "change a patient's details"),
    QT_TRANSLATE_NOOP("domain", "book an exam"),
    QT_TRANSLATE_NOOP("domain", "check a patient in"),
    QT_TRANSLATE_NOOP("domain", "cancel or defer an exam"),
    QT_TRANSLATE_NOOP("domain", "record the medical history"),
    QT_TRANSLATE_NOOP("domain", "acknowledge a caution"),
    QT_TRANSLATE_NOOP("domain", "override a stop finding"),
    QT_TRANSLATE_NOOP("domain", "record a radiologist's verbal approval"),
    QT_TRANSLATE_NOOP("domain", "co-sign a verbal approval"),
    QT_TRANSLATE_NOOP("domain", "complete a checklist step"),
    QT_TRANSLATE_NOOP("domain", "undo a checklist step"),
    QT_TRANSLATE_NOOP("domain", "record the time-out"),
    QT_TRANSLATE_NOOP("domain", "stop an exam in progress"),
    QT_TRANSLATE_NOOP("domain", "record the procedure"),
    QT_TRANSLATE_NOOP("domain", "sign an exam"),
    QT_TRANSLATE_NOOP("domain", "amend a completed exam"),
    QT_TRANSLATE_NOOP("domain", "print or save a document"),
    QT_TRANSLATE_NOOP("domain", "view the audit trail"),
    QT_TRANSLATE_NOOP("domain", "export the audit trail"),
    QT_TRANSLATE_NOOP("domain", "manage users"),
    QT_TRANSLATE_NOOP("domain", "change the settings"),
    QT_TRANSLATE_NOOP("domain", "make a backup"),
    QT_TRANSLATE_NOOP("domain", "restore a backup"),
    QT_TRANSLATE_NOOP("domain", "change the product list"),
    QT_TRANSLATE_NOOP("domain", "see the dose and quality report"),
    # ProductKind
    QT_TRANSLATE_NOOP("domain", "Contrast agent"),
    QT_TRANSLATE_NOOP("domain", "Catheter"),
    # ResolutionKind
    QT_TRANSLATE_NOOP("domain", "Radiologist override (signed)"),
    QT_TRANSLATE_NOOP("domain", "Verbal radiologist approval"),
    QT_TRANSLATE_NOOP("domain", "Radiologist informed"),
    # OrderState
    QT_TRANSLATE_NOOP("domain", "RIS"),
    QT_TRANSLATE_NOOP("domain", "RIS: check"),
    QT_TRANSLATE_NOOP("domain", "RIS: discontinued"),
    QT_TRANSLATE_NOOP("domain", "RIS: no longer listed"),
    # Role
    QT_TRANSLATE_NOOP("domain", "Front desk"),
    QT_TRANSLATE_NOOP("domain", "Technologist"),
    QT_TRANSLATE_NOOP("domain", "Radiologist"),
    QT_TRANSLATE_NOOP("domain", "Admin"),
    # Language
    QT_TRANSLATE_NOOP("domain", "English"),
    QT_TRANSLATE_NOOP("domain", "Spanish"),
    # DocumentKind
    QT_TRANSLATE_NOOP("domain", "Exam summary"),
    QT_TRANSLATE_NOOP("domain", "Aftercare sheet"),
    QT_TRANSLATE_NOOP("domain", "Preparation sheet"),
    QT_TRANSLATE_NOOP("domain", "Consent form"),
    # PaymentKind
    QT_TRANSLATE_NOOP("domain", "Insurance"),
    QT_TRANSLATE_NOOP("domain", "Self-pay"),
    # PaymentMethod
    QT_TRANSLATE_NOOP("domain", "Cash"),
    QT_TRANSLATE_NOOP("domain", "Card"),
    QT_TRANSLATE_NOOP("domain", "Check"),
    # Complication
    QT_TRANSLATE_NOOP("domain", "None"),
    QT_TRANSLATE_NOOP("domain", "Vasovagal reaction"),
    QT_TRANSLATE_NOOP("domain", "Contrast reaction"),
    QT_TRANSLATE_NOOP("domain", "Severe pain"),
    QT_TRANSLATE_NOOP("domain", "Bleeding"),
    QT_TRANSLATE_NOOP("domain", "Unable to cannulate"),
    QT_TRANSLATE_NOOP("domain", "Other"),
    # TestMethod
    QT_TRANSLATE_NOOP("domain", "Serum (blood)"),
    QT_TRANSLATE_NOOP("domain", "Urine"),
    # TestResult
    QT_TRANSLATE_NOOP("domain", "Negative"),
    QT_TRANSLATE_NOOP("domain", "Positive"),
    QT_TRANSLATE_NOOP("domain", "Indeterminate"),
)


def domain_text(text: str) -> str:
    """`text` (a domain label, in English) in the interface language."""
    return QCoreApplication.translate("domain", text) if text else text
