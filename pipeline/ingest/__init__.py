"""PDF ingestion: a packet on disk becomes pages with character boxes, documents and the
request metadata (CONTRACT section 1). ``read_packet`` is the entry point."""

from pipeline.ingest.packet import read_packet
from pipeline.ingest.reader import iter_pages

__all__ = ["iter_pages", "read_packet"]
