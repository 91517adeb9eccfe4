"""Hand-written PDFs, byte by byte: the shapes no PDF library will produce on request
(a broken xref, 2,000 pages sharing one content stream, an /OpenAction script, a
decompression bomb, absurd image dimensions). Each builder returns the file's bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

Obj = bytes | str
"""An indirect object's body (without ``n 0 obj`` / ``endobj``)."""


def _b(value: Obj) -> bytes:
    return value.encode("latin-1") if isinstance(value, str) else value


def stream(dictionary: str, data: bytes) -> bytes:
    """A stream object body; ``/Length`` is added."""
    return _b(f"<< {dictionary} /Length {len(data)} >>\nstream\n") + data + b"\nendstream"


def assemble(objects: Sequence[Obj], *, root: int = 1, trailer_extra: str = "") -> bytes:
    """A PDF whose object ``i`` (1-based) is ``objects[i-1]``, with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += _b(f"{number} 0 obj\n") + _b(body) + b"\nendobj\n"
    xref = len(out)
    out += _b(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n")
    for offset in offsets:
        out += _b(f"{offset:010d} 00000 n \n")
    out += _b(
        f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R {trailer_extra} >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    )
    return bytes(out)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_content(lines: Sequence[str], *, size: float = 10, x: float = 72, y: float = 720) -> bytes:
    """A content stream printing ``lines`` in /F1 at ``size``, one under the other."""
    ops = [f"BT /F1 {size} Tf {size * 1.2} TL {x} {y} Td"]
    ops += [f"({escape(line)}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pages_pdf(
    contents: Sequence[bytes],
    *,
    media_box: str = "0 0 612 792",
    page_extra: str = "",
    catalog_extra: str = "",
    extra_objects: Sequence[Obj] = (),
    share_content: bool = False,
    count: int | None = None,
    resources: str = "/Font << /F1 3 0 R >>",
) -> bytes:
    """Pages drawing ``contents`` with Helvetica as /F1 (object 3; ``extra_objects``
    follow it from object 4). ``share_content`` makes ``count`` pages draw the one
    content stream ``contents[0]`` (a 2,000-page file in a few hundred KB)."""
    pages = count if share_content and count is not None else len(contents)
    first_page = 4 + len(extra_objects)
    streams_start = first_page + pages
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects: list[Obj] = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
        HELVETICA,
        *extra_objects,
    ]
    for i in range(pages):
        content = streams_start if share_content else streams_start + i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] "
            f"/Resources << {resources} >> /Contents {content} 0 R {page_extra} >>"
        )
    for data in contents[:1] if share_content else contents:
        objects.append(stream("", data))
    return assemble(objects)


def flate(data: bytes) -> bytes:
    return zlib.compress(data, 9)
