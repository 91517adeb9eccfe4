"""OCR engines behind one interface, chosen per deployment by a setting.

An engine turns one page image into words with pixel boxes and a confidence (0-100);
everything around it (deskew, rule removal, layout, evidence boxes) is the same for
every engine, so engines can be swapped and compared on equal terms
(``benchmarks/ocr_engines.py``). Three are built in:

- ``tesserocr``: Tesseract's C API in-process (the ``tesserocr`` wheel bundles the
  library; the ``eng`` model comes from the system's tessdata). No process per page, no
  image file written and parsed back, and it releases the GIL, so threads run pages in
  parallel.
- ``tesseract``: the Tesseract binary through pytesseract, a subprocess per page.
- ``rapidocr``: RapidOCR (PP-OCR detection + recognition networks on onnxruntime), whose
  models ship inside its wheel: nothing is downloaded at run time.

``AUTHREVIEW_OCR_ENGINE`` names the engine; unset, the first available of
``DEFAULT_ORDER`` is used (best accuracy on the fax twins first, then cost).
"""

from __future__ import annotations

import importlib
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

ENGINE_SETTING = "AUTHREVIEW_OCR_ENGINE"
DEFAULT_ORDER = ("tesserocr", "tesseract", "rapidocr")
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
"""Where Debian and source builds put the ``eng`` model (TESSDATA_PREFIX wins)."""


@dataclass(frozen=True, slots=True)
class EngineWord:
    """A recognised word: its text, pixel box ``(left, top, right, bottom)`` in the
    image it was read from, confidence 0-100, and the (block, paragraph, line) it is in."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    line_key: tuple[int, int, int]


class OcrEngine(Protocol):
    """What the OCR stage needs of an engine."""

    name: str

    def available(self) -> bool:
        """Whether the engine can run on this machine (library, binary, model)."""
        ...

    def recognise(self, image, dpi: int) -> list[EngineWord]:
        """The words of a grayscale PIL image whose pixels are square at ``dpi``."""
        ...


def _tesseract_config(dpi: int) -> str:
    return f"--psm 3 --dpi {dpi}"


class TesseractCli:
    """The Tesseract binary via pytesseract: a subprocess and a temp file per page."""

    name = "tesseract"

    def available(self) -> bool:
        return shutil.which("tesseract") is not None

    def recognise(self, image, dpi: int) -> list[EngineWord]:
        import pytesseract

        # BMP skips ~0.1 s of PNG compression per page for a file read once; the
        # resolution is passed explicitly because a BMP header claims 96 dpi.
        image.format = "BMP"
        data = pytesseract.image_to_data(
            image, lang="eng", config=_tesseract_config(dpi), output_type=pytesseract.Output.DICT
        )
        words = []
        for i, text in enumerate(data["text"]):
            confidence = float(data["conf"][i])
            if not text.strip() or confidence < 0:
                continue
            left, top = float(data["left"][i]), float(data["top"][i])
            box = (left, top, left + data["width"][i], top + data["height"][i])
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            words.append(EngineWord(text.strip(), box, confidence, key))
        return words


def _imports(module: str) -> bool:
    """Whether an optional engine's module imports here (installed, its libraries found)."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def tessdata_dir() -> str | None:
    """The folder holding ``eng.traineddata``, or None."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in candidates:
        if folder and (Path(folder) / "eng.traineddata").is_file():
            return folder.rstrip("/") + "/"
    return None


class TesserOcr:
    """Tesseract's C API in-process through tesserocr.

    An API object reads one page at a time and takes ~0.05 s to load its model, so
    loaded ones wait in a free list for the next page on any thread: a process loads as
    many as it ever reads pages at once, not one per page, thread or chunk of pages.
    """

    name = "tesserocr"

    def __init__(self) -> None:
        self._idle: list = []
        self._lock = threading.Lock()

    def available(self) -> bool:
        return _imports("tesserocr") and tessdata_dir() is not None

    @contextmanager
    def _api(self) -> Iterator:
        with self._lock:
            api = self._idle.pop() if self._idle else None
        if api is None:
            import tesserocr

            api = tesserocr.PyTessBaseAPI(
                path=tessdata_dir(), lang="eng", psm=tesserocr.PSM.AUTO, init=True
            )
        try:
            yield api
        finally:
            api.Clear()
            with self._lock:
                self._idle.append(api)

    def recognise(self, image, dpi: int) -> list[EngineWord]:
        with self._api() as api:
            return self._read(api, image, dpi)

    @staticmethod
    def _read(api, image, dpi: int) -> list[EngineWord]:
        import tesserocr

        api.SetImage(image)
        api.SetSourceResolution(dpi)
        api.Recognize()
        words: list[EngineWord] = []
        iterator = api.GetIterator()
        if iterator is None:
            return words
        level = tesserocr.RIL
        block = paragraph = line = 0
        while True:
            if iterator.IsAtBeginningOf(level.BLOCK):
                block, paragraph, line = block + 1, 0, 0
            if iterator.IsAtBeginningOf(level.PARA):
                paragraph, line = paragraph + 1, 0
            if iterator.IsAtBeginningOf(level.TEXTLINE):
                line += 1
            try:
                text = iterator.GetUTF8Text(level.WORD)
            except RuntimeError:  # an element without text (a blank or image-only page)
                text = ""
            box = iterator.BoundingBox(level.WORD) if text else None
            if text and text.strip() and box is not None:
                confidence = float(iterator.Confidence(level.WORD))
                words.append(
                    EngineWord(
                        text.strip(), tuple(map(float, box)), confidence, (block, paragraph, line)
                    )
                )
            if not iterator.Next(level.WORD):
                break
        return words


class RapidOcr:
    """RapidOCR (PP-OCRv4 on onnxruntime): text-line boxes split into words.

    It reports a box and score per text line; each word gets the part of the line's box
    its characters span (proportional to character count) and the line's score.
    """

    name = "rapidocr"
    MAX_SIDE = 2400
    """The longest image side RapidOCR works on: a 300 dpi letter page (3300 px) is
    shrunk to ~220 dpi (its default, 2000, to ~180 dpi)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def available(self) -> bool:
        return _imports("rapidocr_onnxruntime")

    def _engine(self):
        engine = getattr(self._local, "engine", None)
        if engine is None:
            from rapidocr_onnxruntime import RapidOCR

            engine = RapidOCR(
                intra_op_num_threads=1, inter_op_num_threads=1, max_side_len=self.MAX_SIDE
            )
            self._local.engine = engine
        return engine

    def recognise(self, image, dpi: int) -> list[EngineWord]:
        import numpy as np

        result, _ = self._engine()(np.asarray(image.convert("RGB")))
        words: list[EngineWord] = []
        for number, (points, text, score) in enumerate(result or [], start=1):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
            step = (right - left) / max(len(text), 1)
            position = 0
            for token in text.split(" "):
                if token:
                    box = (
                        left + position * step,
                        top,
                        left + (position + len(token)) * step,
                        bottom,
                    )
                    words.append(EngineWord(token, box, float(score) * 100, (1, number, 1)))
                position += len(token) + 1
        return words


ENGINES: dict[str, type] = {"tesserocr": TesserOcr, "tesseract": TesseractCli, "rapidocr": RapidOcr}


@cache
def get_engine(name: str) -> OcrEngine:
    """The engine called ``name`` (one instance per process: it holds loaded models)."""
    try:
        return ENGINES[name]()
    except KeyError:
        raise ValueError(f"unknown OCR engine {name!r}; one of {', '.join(ENGINES)}") from None


def configured_engine() -> OcrEngine | None:
    """The engine this deployment uses: ``AUTHREVIEW_OCR_ENGINE`` if set (None when that
    engine cannot run here), else the first available of ``DEFAULT_ORDER``."""
    chosen = os.environ.get(ENGINE_SETTING, "").strip()
    names = (chosen,) if chosen else DEFAULT_ORDER
    for name in names:
        engine = get_engine(name)
        if engine.available():
            return engine
    return None
