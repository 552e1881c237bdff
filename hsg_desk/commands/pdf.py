"""`hsg-desk pdf summary|aftercare|prep|consent EXAM_ID [--lang en|es] -o FILE`: a document as PDF;
`hsg-desk pdf day YYYY-MM-DD [--lang en|es] [-o FILE]`: the day sheet (commands/day_sheet.py).

Saving is recorded like a save from the app: a printed_documents row and an audit row,
by the system session 'cli'.
"""

from __future__ import annotations

from argparse import ArgumentTypeError
from pathlib import Path

from hsg_desk.domain.document_facts import LANGUAGES
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.roles import Role
from hsg_desk.domain.vocabulary import DocumentKind

from .common import CommandError, add_db_option, fail, open_existing_database, record_number

KINDS = tuple(kind.value for kind in DocumentKind)  # plain text: argparse shows choices with repr()


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "pdf", help="save an exam document as PDF",
        description="Save one exam's summary, aftercare sheet, preparation sheet or consent form as PDF. "
        "Patient documents print in the patient's preferred language unless --lang is given; "
        "the summary is in English unless --lang is given.")
    parser.add_argument("document", choices=(*KINDS, "day"), help="which document ('day': the day sheet)")
    parser.add_argument("exam_id", metavar="EXAM_ID", help="the exam's number (for 'day': the date, YYYY-MM-DD)")
    # Checked in run(), so that an unsupported language is one line naming the supported ones.
    parser.add_argument("--lang", metavar="en|es", help="the document's language (every document has both)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="the PDF file to write (required, except for the day sheet)")
    parser.add_argument("--explained-aloud", action="store_true",
                        help="staff will explain aloud the free text (an antibiotic order) entered in English only; "
                             "her sheet says so in her language instead of printing English (audited)")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from hsg_desk.services.context import ServiceContext, Session, SystemClock
    from hsg_desk.services.document_output import DocumentService
    from hsg_desk.services.documents import save_pdf_file

    if args.lang is not None and args.lang not in LANGUAGES:
        return fail(f"unsupported language {args.lang!r} for the {args.document}: "
                    f"choose one of {', '.join(LANGUAGES)}")
    if args.document == "day":
        from .day_sheet import run_day

        return run_day(args)
    try:
        args.exam_id = record_number(args.exam_id)
    except ArgumentTypeError as error:
        return fail(f"argument EXAM_ID: {error}")
    if not args.output:
        return fail("the following argument is required: -o/--output")
    try:
        db = open_existing_database(args)
    except CommandError as error:
        return fail(str(error))
    # The system session: whoever can run this command can read the database file anyway;
    # it acts with the front desk's right to print documents and nothing more.
    ctx = ServiceContext(db, SystemClock(), Session(None, "cli", "Command line", frozenset({Role.FRONT_DESK})))
    documents = DocumentService(ctx)
    try:
        prepared = documents.prepare(args.exam_id, args.document, args.lang)
        if args.explained_aloud:
            prepared = documents.explain_aloud(prepared)
        pdf = prepared.build()
    except DomainError as error:
        return fail(str(error))
    output = Path(args.output).expanduser()
    try:
        save_pdf_file(pdf, output)
    except OSError as error:
        return fail(f"cannot write {output}: {error.strerror or error}")
    documents.record_output(prepared, "save", str(output.resolve()))
    print(f"{output}: {args.document} of exam {args.exam_id} ({prepared.language})")
    return 0
