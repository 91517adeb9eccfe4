"""The reviewer evidence report: one self-contained HTML page per packet, and a batch index.

No JavaScript and no network: CSS, page pictures (PNG, base64) and the timeline (SVG) are
inline, so the file opens offline and prints on letter paper. Every piece of document
text goes through Jinja2's autoescaping. What the report shows (summary, criteria grouped
by status, quotes in context, numbered highlights) is built once as a ``ReportView``
(``pipeline.report.view``) and saved beside it as report.json for the review app.
"""

from pipeline.report.render import (
    VIEW_FILE,
    read_view,
    render_index,
    render_report,
    write_index,
    write_report,
)

__all__ = [
    "VIEW_FILE",
    "read_view",
    "render_index",
    "render_report",
    "write_index",
    "write_report",
]
