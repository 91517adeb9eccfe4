"""Refusing decompression bombs before a parser inflates them.

A PDF stream compressed with Flate can inflate a thousandfold: a 300 KB page content
stream of 300 MB made PDFium (and pdfminer) hold ~650 MB for one page. Neither parser
lets the caller bound that, so the file's bytes are scanned first: each Flate stream
that is not an image is inflated incrementally, in bounded memory, only to count its
size, and a file whose streams inflate past the limits (``resources/limits.json``) is
refused with ``PacketTooLargeError``. Images are left to PDFium, which decodes them
downsampled to the size they are drawn (a 60,000 x 60,000 pixel image stays ~230 MB).

Known gaps: streams of an encrypted file are not inflatable without the key, and a
stream compressed twice over is counted once; both are rare in faxed packets.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

from pipeline.errors import PacketTooLargeError
from pipeline.ingest.rules import ingest_limits

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
DICT_WINDOW = 4096
"""Bytes before a ``stream`` keyword searched for its dictionary."""
FEED = 1 << 16
STEP = 1 << 20
"""Inflate at most this many bytes per call: the count costs ~1 MB of memory."""


def _is_image(data: mmap.mmap, keyword: int) -> bool:
    window = data[max(0, keyword - DICT_WINDOW) : keyword]
    begins = window.rfind(b"obj")
    return _IMAGE.search(window[begins:] if begins >= 0 else window) is not None


def inflated_size(data: mmap.mmap | bytes, start: int, cap: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counting stops past ``cap``; 0
    when no zlib stream starts there."""
    inflater = zlib.decompressobj()
    total = 0
    position = start
    try:
        while total <= cap and not inflater.eof and position < len(data):
            chunk = data[position : position + FEED]
            position += len(chunk)
            out = inflater.decompress(chunk, STEP)
            total += len(out)
            while inflater.unconsumed_tail and total <= cap:
                out = inflater.decompress(inflater.unconsumed_tail, STEP)
                total += len(out)
    except zlib.error:
        return total
    return total


def check_inflation(path: Path) -> None:
    """Raise ``PacketTooLargeError`` when the file's non-image streams inflate past
    ``max_stream_inflated_bytes`` each or ``max_inflated_bytes`` together."""
    limits = ingest_limits()
    per_stream, per_file = limits.max_stream_inflated_bytes, limits.max_inflated_bytes
    total = 0
    with path.open("rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped; nothing to inflate
            return
        with data:
            for match in _STREAM.finditer(data):
                if _is_image(data, match.start()):
                    continue
                size = inflated_size(data, match.end(), per_stream)
                if size > per_stream:
                    raise PacketTooLargeError(
                        path.name,
                        f"a compressed stream inflates past {per_stream:,} bytes: "
                        "a decompression bomb?",
                    )
                total += size
                if total > per_file:
                    raise PacketTooLargeError(
                        path.name,
                        f"its compressed streams inflate past {per_file:,} bytes: "
                        "a decompression bomb?",
                    )
