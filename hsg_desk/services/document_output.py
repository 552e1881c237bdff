"""One document pipeline (issue #17 §5): read the exam, check it may print, choose the language,
build the PDF, and record each print or save. The Documents page and `hsg-desk pdf` both go
through here, so a sheet printed from the window and one saved from the command line are
the same bytes and leave the same print log.

`render(exam_id, kind, language)` is the whole pipeline in one call. The window needs it in
two halves, because the database belongs to the UI thread while building a PDF belongs on a
worker: `prepare` reads the record (UI thread), and `PreparedDocument.build` makes the bytes
from those values alone (any thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hsg_desk.domain.document_facts import (LANGUAGES, DocumentFacts, document_language, prep_sheet_warning,
                                            require_ready, untranslated_texts)
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.message import Message
from hsg_desk.reports import build_document

from .context import ServiceContext
from .documents import explained_aloud, load_document_facts, record_document_output


@dataclass(frozen=True)
class PreparedDocument:
    """One document of one exam, ready to build: the record as read, and the language it prints in."""

    exam_id: int
    kind: str
    language: str
    facts: DocumentFacts

    @property
    def untranslated(self) -> tuple[str, ...]:
        """Free text it would print that has no version in its language (staff must explain it aloud)."""
        return tuple(untranslated_texts(self.facts, self.kind, self.language))

    @property
    def warning(self) -> str:
        """What the front desk must know before handing it over (a date outside her window)."""
        return prep_sheet_warning(self.facts) if self.kind == "prep" else ""

    def as_if_explained_aloud(self) -> PreparedDocument:
        """What would print once staff confirm they will explain the untranslated text (a
        preview: nothing is audited until they do)."""
        return replace(self, facts=replace(self.facts, explained_aloud=self.untranslated)) if self.untranslated else self

    def build(self) -> bytes:
        """The PDF. Reads only these values, so it may run on a worker thread."""
        return build_document(self.kind, self.facts, self.language)


def document_language_for(facts: DocumentFacts, kind: str, language: str | None) -> str:
    """The staff summary prints in English unless asked; a patient document in her language unless asked.
    An unsupported language is an error naming the supported ones, never ignored."""
    if language is not None and language not in LANGUAGES:
        raise DomainError(Message("Unsupported language {language!r} for the {kind}: choose one of {value}.",
                                  language=language, kind=kind, value=', '.join(LANGUAGES)))
    return (language or "en") if kind == "summary" else document_language(facts, language)


def prepared_from(exam_id: int, facts: DocumentFacts, kind: str, language: str | None) -> PreparedDocument:
    """`kind` of the record already read (a preview redrawn for another choice reads nothing again);
    DocumentNotReady when the exam's status does not allow it."""
    require_ready(facts, kind)
    return PreparedDocument(exam_id, kind, document_language_for(facts, kind, language), facts)


class DocumentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def facts(self, exam_id: int) -> DocumentFacts:
        """The exam's record as the documents see it (ExamNotFound, PermissionDenied)."""
        return load_document_facts(self.ctx, exam_id)

    def prepare(self, exam_id: int, kind: str, language: str | None = None) -> PreparedDocument:
        """Read exam `exam_id` now; DocumentNotReady (one line saying why) when its status does not
        allow `kind` yet, or no longer."""
        return prepared_from(exam_id, load_document_facts(self.ctx, exam_id), kind, language)

    def explain_aloud(self, prepared: PreparedDocument) -> PreparedDocument:
        """Staff confirmed they will explain the untranslated free text aloud: audited; what prints."""
        return replace(prepared, facts=explained_aloud(self.ctx, prepared.facts, prepared.kind, prepared.language))

    def render(self, exam_id: int, kind: str, language: str | None = None, *,
               explained_aloud: bool = False) -> bytes:
        """The PDF of `kind` for exam `exam_id` in `language` (else the document's default)."""
        prepared = self.prepare(exam_id, kind, language)
        if explained_aloud:
            prepared = self.explain_aloud(prepared)
        return prepared.build()

    def record_output(self, prepared: PreparedDocument, action: str, target: str = "") -> int:
        """The print log: one print ('print') or save ('save'), with its audit row."""
        return record_document_output(self.ctx, prepared.exam_id, prepared.kind, prepared.language, action, target)
