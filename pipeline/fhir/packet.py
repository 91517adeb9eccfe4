"""A PAS request Bundle through the packet pipeline, end to end.

The bundle's documents are written, owner-only, into a private temporary folder named by
the packet id, with the Claim's metadata as that folder's packet.json; the folder is then
read exactly as a folder packet is (``pipeline.ingest.read_packet``), scored, and its
outputs written while the folder still exists (the report draws page pictures from it).
The packet keeps the bundle's identity: its id is the bundle's file name and its hash the
bundle's bytes, and request values taken from the Claim say so (``pas_claim``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.fhir.request import PasRequest, read_pas_bundle
from pipeline.models import Determination, Packet

_CLAIM_SOURCE = "pas_claim"


@contextlib.contextmanager
def materialized(request: PasRequest) -> Iterator[Path]:
    """A private folder packet holding the request's PDFs and its packet.json."""
    from pipeline.ingest.packet import PACKET_JSON

    with tempfile.TemporaryDirectory(prefix="authreview-pas-") as tmp:  # 0o700
        folder = Path(tmp) / request.packet_id
        folder.mkdir(mode=0o700)
        files = [(doc.name, doc.data) for doc in request.documents]
        files.append((PACKET_JSON, request.metadata.model_dump_json().encode("utf-8")))
        for name, data in files:
            handle = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
        yield folder


def bundle_packet(packet: Packet, request: PasRequest) -> Packet:
    """The packet read from the materialized folder, given back the bundle's identity."""
    relabel = {
        name: _CLAIM_SOURCE
        for name in ("request_date_source", "procedure_source")
        if getattr(packet.request, name) == "packet.json"
    }
    return packet.model_copy(
        update={
            "id": request.packet_id,
            "sha256": request.sha256,
            "request": packet.request.model_copy(update=relabel),
            "warnings": (*request.warnings, *packet.warnings),
        }
    )


def process_bundle(
    path: Path | str,
    out_dir: Path | str,
    *,
    nlp: Language | None = None,
    policy: Any = None,
    ocr: bool = True,
) -> Determination:
    """``pipeline.process.process_packet`` for a PAS request Bundle.

    Raises the ``PacketError``s of ``read_pas_bundle`` and of ingestion.
    """
    from pipeline.ingest import read_packet
    from pipeline.outputs import write_outputs
    from pipeline.process import determine

    started = time.perf_counter()
    request = read_pas_bundle(Path(path))
    with materialized(request) as folder:
        packet = bundle_packet(read_packet(folder, ocr=ocr), request)
        determination = determine(packet, nlp=nlp, policy=policy)
        write_outputs(
            determination,
            packet,
            Path(out_dir),
            packet_path=folder,
            processing_seconds=time.perf_counter() - started,
            fhir_context=request.context,
        )
    return determination
