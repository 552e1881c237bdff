"""HSG Desk: a workstation for hysterosalpingogram exams."""

__version__ = "0.1.0"
