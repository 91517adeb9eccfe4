"""A long synthetic clinical packet for memory and throughput checks (not a sample record)."""

from __future__ import annotations

from pathlib import Path

PARAGRAPH = (
    "Patient returns for follow-up of right-sided low back and buttock pain localized over "
    "the posterior sacroiliac joint, caudal to L5, non-radiating. Pain is rated 7/10 on the "
    "numeric rating scale. Continues home exercise program and naproxen 500 mg twice daily. "
    "Examination shows tenderness to palpation over the right PSIS. FABER positive on the "
    "right, Gaenslen positive, thigh thrust positive, compression positive. "
)


def write_synthetic_packet(path: Path, pages: int) -> Path:
    """A ``pages``-page PDF with a header and footer on every page and a table every 3rd."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=False)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("helvetica", size=8)
        pdf.set_xy(20, 10)
        pdf.cell(0, 5, "Synthetic Spine Clinic | Pt: TEST, PATIENT | DOB 01/01/1970")
        pdf.set_font("helvetica", size=10)
        pdf.set_xy(20, 22)
        pdf.cell(0, 6, f"PROGRESS NOTE  Date of service: 0{1 + number % 9}/15/2025")
        pdf.set_xy(20, 32)
        pdf.multi_cell(175, 5, PARAGRAPH * 5)
        if number % 3 == 0:
            pdf.set_xy(20, 200)
            with pdf.table(width=120, col_widths=(60, 60)) as table:
                for row in (("Time", "Pain (0-10)"), ("Pre", "8"), ("30 min", "2"), ("2 hr", "3")):
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
        pdf.set_font("helvetica", size=8)
        pdf.set_xy(20, 268)
        pdf.cell(0, 5, f"Page {number} of {pages}")
    pdf.output(str(path))
    return path
