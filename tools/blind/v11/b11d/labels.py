# Gold labels for b11d (CONTRACT section 3)
E = lambda status, *ev: {"status": status, "evidence": list(ev)}
LABELS = {
 "b11d-01": {
  "procedure": "percutaneous", "request_date": "2026-02-23", "determination": "insufficient_documentation",
  "criteria": {
   "perc.pain_location": E("met", "stays in the right buttock below the belt line", "does not radiate into the thigh or below the knee"),
   "perc.pain_severity": E("met", "2026-02-21T20:47:33-05:00", "right buttock pain 7/10"),
   "perc.sij_tenderness": E("met", "Tender to palpation over the right posterior SIJ", "Greater trochanters nontender"),
   "perc.active_conservative_therapy": E("met", "2025-04-07 → 2025-11-14 (32 weeks)", "58 of 64 planned"),
   "perc.inactive_conservative_therapy": E("met", "Naproxen 500 mg tab", "heat, acetaminophen PRN since 03/2025", "heating pad nightly since spring 2025"),
   "perc.thigh_thrust_or_compression": E("met", "Positive — concordant", "thigh thrust positive R"),
   "perc.two_provocative_tests": E("met", "FABER positive R, Gaenslen positive R", "Gaenslen's Positive (R leg hanging)", "Distraction Positive"),
   "perc.diagnostic_injections": E("met", "Omnipaque 240, 0.5 mL, showed intra-articular spread", "positive diagnostic R SIJ block, >70% relief for 4 hours", "0.5 mL Omnipaque 240 confirmed intra-articular", "4 hr 3 57%"),
   "perc.generalized_pain_excluded": E("met", "Waddell signs 0/5"),
   "perc.sij_imaging": E("met", "no erosive sacroiliitis", "No erosive or inflammatory sacroiliitis"),
   "perc.hip_imaging": E("met", "Mild osteoarthritis right hip"),
   "perc.lumbar_imaging": E("insufficient"),
   "perc.therapeutic_injections": E("insufficient"),
   "perc.excl.systemic_arthropathy": E("met"),
   "perc.excl.infection_tumor_fracture": E("met"),
   "perc.excl.acute_instability": E("met"),
   "perc.excl.neural_compression": E("met"),
  }},
 "b11d-02": {
  "procedure": "open", "request_date": "2026-01-20", "determination": "meets_criteria",
  "criteria": {
   "open.indication": E("met", "Failed prior percutaneous left SIJ fusion", "minimally invasive, with 3 triangular titanium implants (CPT 27279)"),
   "open.recent_imaging": E("met", "11/18/2025", "Left SIJ fusion nonunion with peri-implant lucency"),
   "open.excl.neural_compression": E("met", "without stenosis or nerve root compression"),
  }},
 "b11d-03": {
  "procedure": "percutaneous", "request_date": "2026-03-10", "determination": "does_not_meet_criteria",
  "criteria": {
   "perc.pain_location": E("met", "over the left PSIS and buttock, does not travel down the leg", "non-radiating"),
   "perc.pain_severity": E("met", "2026-03-06T21:12:33-05:00"),
   "perc.sij_tenderness": E("met", "Tender left posterior SIJ/sulcus", "No tenderness over greater trochanter"),
   "perc.active_conservative_therapy": E("not_met", "2025-10-06 → 2026-01-16", "14-week episode complete", "2024-10-14 → 2025-02-21"),
   "perc.inactive_conservative_therapy": E("met", "ibuprofen 600 mg TID since 04/2025", "30 min twice daily, home use, start 06/18/2025", "Continues ibuprofen and a TENS unit"),
   "perc.thigh_thrust_or_compression": E("met", "Thigh thrust positive left"),
   "perc.two_provocative_tests": E("met", "Distraction positive", "FABER positive left"),
   "perc.diagnostic_injections": E("met", "#1 07/09/2025 — Fluoroscopic guidance; contrast", "4 hr 3 57%", "#2 09/17/2025 — Fluoroscopy with contrast"),
   "perc.generalized_pain_excluded": E("met", "Waddell 0/5", "No history of fibromyalgia"),
   "perc.sij_imaging": E("met", "XR PELVIS / SI JOINTS AND LEFT HIP", "No active or structural sacroiliitis"),
   "perc.hip_imaging": E("met", "No significant osteoarthritis"),
   "perc.lumbar_imaging": E("met", "no neural compression"),
   "perc.therapeutic_injections": E("met", "40 mg methylprednisolone", "steroid benefit ~10 days, then pain back to baseline", "pain returned to 7/10 by day 14"),
   "perc.excl.systemic_arthropathy": E("met"),
   "perc.excl.infection_tumor_fracture": E("met"),
   "perc.excl.acute_instability": E("met"),
   "perc.excl.neural_compression": E("met"),
  }},
}
