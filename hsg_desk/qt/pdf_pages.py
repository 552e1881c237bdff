"""A PDF's pages as images for a printer, rendered in a child process (issue #21).

pdfium renders a 300-dpi page in one call (60-150 ms, more on a busy machine), and PySide6
keeps Python's GIL through that call, so on a worker thread it froze the window as if it
ran on the UI thread. Here a child process renders each page onto white and writes its
pixels to a file; the parent's worker waits for it and reads the files without the GIL,
and paints them onto the printer in bands (qt/widgets/printing.paint_in_bands).

The child is `python -m hsg_desk.qt.pdf_pages PDF FOLDER WIDTH HEIGHT FACTOR`: each page is
fitted into WIDTH × HEIGHT device pixels and rendered at 1/FACTOR of that; it prints
"pages N" first, then "INDEX WIDTH HEIGHT BYTES_PER_LINE FORMAT" as each page's file is
written (FOLDER/page-INDEX.raw), so printing starts while the next page renders.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from hsg_desk.domain.errors import DomainError

Progress = Callable[[int, int], None]


def page_file(folder: Path, index: int) -> Path:
    return folder / f"page-{index}.raw"


def rendered_pages(pdf: bytes, viewport: QSize, factor: int,
                   progress: Progress = lambda done, total: None) -> Iterator[QImage]:
    """Each page of `pdf` fitted into `viewport`, at 1/`factor` of its pixels, on white
    (Grayscale8 when the page has no colour); rendered by a child process."""
    with tempfile.TemporaryDirectory(prefix="hsg-print-") as name:
        folder = Path(name)
        source = folder / "document.pdf"
        source.write_bytes(pdf)
        with open(folder / "errors.txt", "w+") as errors:
            child = subprocess.Popen(
                [sys.executable, "-m", __name__, str(source), str(folder),
                 str(viewport.width()), str(viewport.height()), str(factor)],
                stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True)
            try:
                total = 0
                for line in child.stdout:  # a blocking read lets go of the GIL
                    words = line.split()
                    if words[0] == "pages":
                        total = int(words[1])
                        continue
                    index, width, height, per_line, image_format = map(int, words)
                    path = page_file(folder, index)
                    pixels = path.read_bytes()
                    path.unlink()
                    # The image reads `pixels` in place; they stay alive until the next page.
                    yield QImage(pixels, width, height, per_line, QImage.Format(image_format))
                    progress(index + 1, total)
            finally:
                child.stdout.close()
                if child.wait() != 0:
                    errors.seek(0)
                    reason = (errors.read().strip().splitlines() or ["it stopped"])[-1]
                    raise DomainError(QCoreApplication.translate(
                        "printing", "The pages could not be prepared for the printer: {reason}").format(reason=reason))


def on_white(image: QImage) -> QImage:
    """The page on white, without alpha: pdfium leaves the page transparent, which an
    opaque format turns black; and as 8-bit grey when it has no colour (a third of the bytes)."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return image.convertToFormat(QImage.Format.Format_Grayscale8) if image.allGray() else image


def render_pages(source: Path, folder: Path, viewport: QSize, factor: int) -> None:
    """The child's work (see the module's docstring)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(source))
    if document.status() != QPdfDocument.Status.Ready:
        raise SystemExit(QCoreApplication.translate("printing", "the PDF could not be read ({error})")
                         .format(error=document.error().name))
    print("pages", document.pageCount(), flush=True)
    for index in range(document.pageCount()):
        fitted = document.pagePointSize(index).toSize().scaled(viewport, Qt.AspectRatioMode.KeepAspectRatio)
        image = on_white(document.render(index, QSize(fitted.width() // factor, fitted.height() // factor)))
        page_file(folder, index).write_bytes(image.constBits().tobytes())
        print(index, image.width(), image.height(), image.bytesPerLine(), image.format().value, flush=True)


if __name__ == "__main__":
    pdf_path, out_folder, width, height, scale = sys.argv[1:6]
    render_pages(Path(pdf_path), Path(out_folder), QSize(int(width), int(height)), int(scale))
