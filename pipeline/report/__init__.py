"""The reviewer evidence report: one self-contained HTML page per packet, and a batch index.

No JavaScript and no network: CSS, page pictures (PNG, base64) and the timeline (SVG) are
inline, so the file opens offline and prints on letter paper. Every piece of document
text goes through Jinja2's autoescaping.
"""

from pipeline.report.render import render_index, render_report, write_index, write_report

__all__ = ["render_index", "render_report", "write_index", "write_report"]
