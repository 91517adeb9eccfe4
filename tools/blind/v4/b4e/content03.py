"""b4e-03: insufficient_documentation, percutaneous 27279. Folder, no packet.json. Left SIJ."""
FOOT = "CASTELLANOS, PRIYA N  DOB 02/14/1983  MRN UR-5519-0386"

request = [
    ("title", "PRE-SERVICE AUTHORIZATION REQUEST"),
    ("small", "Unifour Regional Health - Catawba Heights Spine Center - Central Authorization Unit"),
    ("table", ["Field", "Entry"], [
        ["Date of request", "02/09/2026"],
        ["Payer / plan", "CareSource NC Marketplace"],
        ["Member", "Castellanos, Priya N   DOB 02/14/1983"],
        ["Member ID", "CSN507713948"],
        ["Requesting surgeon", "Celeste Abernathy-Ruiz, MD (NPI 1306619845)"],
        ["Place of service", "Unifour Regional ASC (POS 24)"],
        ["Procedure (CPT)", "27279 - SI joint arthrodesis, percutaneous/minimally invasive, w/ image guidance"],
        ["Laterality", "Left"],
        ["Diagnosis (ICD-10)", "M53.3 - Sacrococcygeal disorders NEC (left SIJ dysfunction)"],
        ["Requested DOS", "03/16/2026"]], [2, 6]),
    ("h", "Medical necessity summary"),
    ("p", "42 y/o woman with chronic left SIJ pain >2 years. Completed PT and a supervised home program, takes "
          "daily naproxen and uses a home TENS unit. Left SIJ block 12/08/2025 under fluoroscopy with contrast "
          "gave 80% relief for the duration of the anesthetic; a second confirmatory block is planned and will be "
          "forwarded when done. Left hip radiographs have been ordered. Surgeon requests review of attached notes."),
    ("h", "Attachments"),
    ("p", "Surgeon note 01/26/2026; pain management notes 10/06/2025 and 09/08/2025; PT records (faxed); "
          "procedure notes 10/20/2025 and 12/08/2025; XR SI joints 11/03/2025; CT pelvis 11/24/2025."),
    ("sp", 10),
    ("kv", [("Prepared by:", "Kendra Lail, Authorization Specialist   (828) 555-0471"),
            ("Reviewed by:", "C. Abernathy-Ruiz, MD")], 100),
]

hep_note = [
    ("kv2", [("Patient:", "Castellanos, Priya N"), ("MRN:", "UR-5519-0386"), ("DOB:", "02/14/1983"),
             ("Visit date:", "09/08/2025"), ("Provider:", "Gregory T. Maddox, MD"), ("Type:", "Follow-up")]),
    ("rule",),
    ("h", "Interval history"),
    ("p", "Returns after discharge from formal PT (Foothills Motion, 07/18/2025). At discharge her therapist "
          "issued a written 6-week lumbopelvic home program (bridging, clamshells, bird-dog, side plank, "
          "hip-flexor and piriformis stretches; daily). I reviewed the printed program with her at that time by "
          "phone. Today she reports she has completed the prescribed 6-week home exercise program and still does "
          "it most days, without meaningful change in her left buttock pain. She stopped her community yoga class "
          "because the schedule conflicted with her work shifts."),
    ("p", "Medications: naproxen 500 mg BID since November 2024, continues; ice packs after work."),
    ("h", "Assessment / Plan"),
    ("p", "Persistent axial left-sided low back/buttock pain despite PT and completed HEP. Differential includes "
          "left L4-5/L5-S1 facet-mediated pain versus left SIJ. Plan diagnostic medial branch blocks first, then "
          "SIJ injection if negative. Continue HEP and naproxen."),
    ("sig", ["Gregory T. Maddox, MD - Interventional Pain / PM&R - signed 09/08/2025"]),
]

pain_consult = [
    ("kv2", [("Patient:", "Castellanos, Priya N"), ("MRN:", "UR-5519-0386"), ("DOB:", "02/14/1983"),
             ("Visit date:", "10/06/2025"), ("Provider:", "Gregory T. Maddox, MD"), ("Type:", "Procedure planning")]),
    ("rule",),
    ("p", "CC: L low back / buttock pain.  Pain score today 8/10. Ongoing TENS (home unit since 04/2025): 30-minute "
          "sessions twice daily, with some short-lived easing. Exam today unchanged from prior. Proceeding with "
          "left L4-5 and L5-S1 medial branch blocks on 10/20/2025."),
    ("sig", ["G. T. Maddox, MD  10/06/2025"]),
]

surgeon = [
    ("kv2", [("Patient:", "Castellanos, Priya N"), ("MRN:", "UR-5519-0386"), ("DOB:", "02/14/1983 (42 y)"),
             ("Date:", "01/26/2026"), ("Attending:", "Celeste Abernathy-Ruiz, MD"), ("Clinic:", "Spine Surgery")]),
    ("rule",),
    ("h", "CC"),
    ("p", "Left SI joint pain, referred by Dr. Maddox for surgical opinion."),
    ("h", "HPI"),
    ("p", "Ms. Castellanos is a 42 yo right-hand-dominant ICU nurse with a >2 yr history of left-sided low back "
          "and buttock pain. Onset gradual, no inciting trauma; she had pregnancy-related pelvic girdle pain in 2012 "
          "that resolved postpartum. The pain is confined to the left buttock over the SI joint, below L5; she "
          "denies any radiation into the leg and has no numbness or tingling. Worse with prolonged standing at "
          "work and single-leg stance. Sitting tolerated ok."),
    ("p", "Pain today 4-6/10. Her pain was 8/10 before the December injection."),
    ("p", "The 12/08/2025 left SIJ injection gave excellent relief on the day (diary attached) and a couple of weeks "
          "of partial benefit. Medial branch blocks 10/20/2025 were negative. A second SIJ block has been requested "
          "to confirm. She reports she had an MRI of the lumbar spine through an urgent care network in spring 2025; "
          "the report is not available and has been requested."),
    ("h", "Medications"),
    ("table", ["Medication", "Dose / frequency", "Since", "Comment"], [
        ["Naproxen", "500 mg PO BID with food", "11/2024", "Ongoing"],
        ["TENS (home unit)", "30 min, twice daily, lumbosacral pads", "04/2025", "Ongoing"],
        ["Sertraline", "50 mg daily", "2021", "Anxiety - stable"],
        ["Norethindrone", "0.35 mg daily", "2019", ""]], [1.8, 3, 0.9, 1.6]),
    ("h", "PMH / PSH / FH / SH"),
    ("p", "PMH: generalized anxiety disorder, well controlled; migraine without aura. PSH: C-section x2. FH: "
          "maternal aunt with psoriatic arthritis; father with lumbar stenosis. SH: nonsmoker, no alcohol."),
    ("h", "Review of Systems"),
    ("p", "Constitutional: negative. Eyes: no redness or uveitis. GI: no diarrhea or blood in stool. Skin: no "
          "psoriasis or rash. MSK: left buttock pain; denies widespread pain, no other joint pain or swelling. "
          "Neuro: no weakness, no paresthesias. Psych: anxiety controlled. All other systems negative."),
    ("h", "Physical Examination"),
    ("p", "BP 118/72, HR 68, BMI 23.9. Well appearing; no pain behaviors; nonorganic signs absent. Gait normal."),
    ("p", "Palpation: tender over the left PSIS and sacral sulcus, reproducing her typical pain. Mild tenderness "
          "over the left greater trochanter, clearly less than over the SI joint. Lumbar spinous processes, "
          "paraspinals and coccyx non-tender."),
    ("table", ["Provocation test", "Left", "Right"], [
        ["Thigh thrust", "Positive", "Negative"], ["Compression", "Not tested", "Not tested"],
        ["Distraction", "Positive", "Negative"], ["FABER", "Positive (SIJ region)", "Negative"],
        ["Gaenslen", "Unable - knee pain", "Negative"]], [2.5, 2.5, 2]),
    ("p", "Hips: full ROM, FADIR negative bilaterally. Neuro: 5/5 strength, 2+ symmetric reflexes, SLR negative, "
          "sensation intact."),
    ("h", "Imaging"),
    ("p", "XR SI joints 11/03/2025 and CT pelvis 11/24/2025 reviewed (reports attached). No hip films yet. Lumbar "
          "MRI report outstanding (see above)."),
    ("h", "Assessment and Plan"),
    ("p", "Left SIJ dysfunction (M53.3), clinically and by a single positive diagnostic block. Facet-mediated "
          "pain felt unlikely given negative MBB. Plan: left minimally invasive SI joint fusion (CPT 27279) if "
          "criteria satisfied. Will obtain left hip XR (ordered today), second diagnostic SIJ block, and the "
          "outside lumbar MRI report. Continue naproxen, TENS, HEP."),
    ("sig", ["Celeste Abernathy-Ruiz, MD   (electronically signed 01/26/2026 18:12)"]),
]

pt_eval = [
    ("title", "FOOTHILLS MOTION PHYSICAL THERAPY", "C"),
    ("p", "902 Tate Blvd SE, Hickory NC 28602   P: 828-555-0610   F: 828-555-0611"),
    ("h", "PLAN OF CARE / PROGRESS SUMMARY"),
    ("kv", [("Patient:", "Priya Castellanos     DOB 02/14/1983"),
            ("Referral:", "G. Maddox MD - L SIJ dysfunction"),
            ("Start of care:", "02/24/2025"),
            ("Frequency:", "2x/wk x 12 wks, then 1x/wk"),
            ("Pain:", "VAS 62 mm at eval; L buttock, no LE sx")], 110),
    ("h", "Treatment"),
    ("p", "Lumbopelvic stabilization, glute strengthening, SIJ self-correction, manual tx, dry needling L glute "
          "med x2. Pt attending regularly, progressing HEP."),
    ("h", "Visit log"),
    ("table", ["Period", "Visits", "Pain (VAS)", "Comment"], [
        ["02/24/25 - 03/31/25", "10", "62 -> 60 mm", "Eval + core progression"],
        ["04/01/25 - 05/16/25", "9", "60 mm", "Re-eval 04/07: plateau"],
        ["05/19/25 - 07/18/25", "8", "58 mm", "1x/wk, HEP emphasis"]], [2.6, 1, 1.6, 3]),
    ("p", "Pt reports no numbess/tingling in LE. No red flags. Cont POC."),
]

pt_dc = [
    ("h", "PT DISCHARGE SUMMARY - Priya Castellanos 02/14/1983"),
    ("kv", [("Discharge:", "07/18/2025"), ("Total visits:", "27"),
            ("Reason:", "Goals partially met; plateau")], 110),
    ("p", "Pt reports pain essentially unchanged (VAS 58 mm). Independent with HEP. Written 6-week home "
          "exercise program issued today, daily, see attached flowsheet; f/u with Dr. Maddox after completion."),
    ("table", ["Exercise", "Sets x reps", "Freq"], [
        ["Bridge w/ band", "3 x 12", "daily"], ["Clamshell", "3 x 15", "daily"],
        ["Bird-dog", "2 x 10 ea", "daily"], ["Side plank (knees)", "3 x 20 s", "daily"]], [3, 2, 1]),
    ("sig", ["Jolene Sigmon, PT, DPT    07/18/2025"]),
]

mbb = [
    ("title", "PROCEDURE NOTE"),
    ("kv", [("Patient:", "Castellanos, Priya N   MRN UR-5519-0386"), ("Date:", "10/20/2025"),
            ("Physician:", "Gregory T. Maddox, MD"),
            ("Procedure:", "Left L4-5 and L5-S1 lumbar medial branch blocks (L3, L4 medial branches and L5 dorsal "
                           "ramus), fluoroscopic guidance"),
            ("Medication:", "0.5 mL 2% lidocaine at each level"),
            ("Sedation:", "None")], 100),
    ("p", "Prone, prepped and draped. Needles placed at the junction of the superior articular and transverse "
          "processes at L4 and L5 and at the sacral ala, confirmed on AP and oblique views. Negative aspiration; "
          "anesthetic injected. No complications."),
    ("table", ["Time", "Pain (0-10)", "Relief"], [["Pre", "7", ""], ["30 min", "5", "29%"], ["1 hr", "5", "29%"],
                                                  ["2 hr", "6", "14%"]], [2, 2, 2]),
    ("p", "Interpretation: negative medial branch block (under 50% relief). Facet joints unlikely primary pain "
          "generator. Consider left SIJ injection."),
    ("sig", ["G. T. Maddox, MD   10/20/2025"]),
]

sij = [
    ("title", "UNIFOUR REGIONAL ASC - PROCEDURE REPORT", "C"),
    ("kv", [("Patient:", "CASTELLANOS, PRIYA N   DOB 02/14/1983"), ("DOS:", "12/08/2025"),
            ("Surgeon:", "Gregory T. Maddox, MD"),
            ("Procedure:", "Left SI joint injection, intra-articular, fluoroscopic guidance with contrast"),
            ("Contrast:", "Isovue-M 200, 0.75 mL - arthrogram obtained"),
            ("Injectate:", "0.5% bupivacaine 1.5 mL + triamcinolone 20 mg (0.5 mL)")], 110),
    ("p", "Prone. Sterile prep. Inferior L SIJ targeted w/ 22 g spinal needle under AP/oblique fluoro. Contrast "
          "showed intra-articular spread along the joint line, no vascular runoff. Injectate delivered. Tolerated "
          "well. No complications."),
    ("h", "Post-procedure pain diary (pre-procedure 8/10)"),
    ("table", ["Time", "Pain", "% relief"], [["30 min", "1", "88%"], ["1 hr", "1", "88%"], ["2 hr", "2", "75%"],
                                             ["3 hr", "2", "75%"], ["4 hr", "2", "75%"], ["6 hr", "3", "63%"]],
     [2, 1.5, 1.5]),
    ("p", "Impression: positive left SIJ diagnostic injection, 80% average relief over 4 hours with bupivacaine."),
    ("sig", ["G. T. Maddox, MD   12/08/2025"]),
]

imaging = [
    ("title", "UNIFOUR REGIONAL HEALTH - RADIOLOGY"),
    ("kv", [("Name:", "CASTELLANOS, PRIYA N"), ("MRN:", "UR-5519-0386   DOB 02/14/1983"),
            ("Exam:", "XR SACROILIAC JOINTS, 3 VIEWS"), ("Date:", "11/03/2025"),
            ("Accession:", "UX-25-338104"), ("Ordering:", "MADDOX, GREGORY T")], 80),
    ("p", "FINDINGS: AP and bilateral oblique views of the sacroiliac joints. Joint spaces preserved and symmetric. "
          "Subtle subchondral sclerosis at the inferior left SI joint. No erosions or ankylosis. Sacral arcuate "
          "lines intact."),
    ("p", "IMPRESSION: Subtle left SI joint degenerative sclerosis. No erosive arthropathy."),
    ("p", "Signed: Thaddeus Bumgarner, MD  11/03/2025 15:17"),
    ("rule",),
    ("kv", [("Exam:", "CT PELVIS WITHOUT CONTRAST"), ("Date:", "11/24/2025"),
            ("Accession:", "UC-25-341977"), ("Ordering:", "MADDOX, GREGORY T"),
            ("History:", "L SIJ pain, pre-procedural assessment.")], 80),
    ("p", "FINDINGS: Mild left SI joint subchondral sclerosis with a small anterior osteophyte. Right SI joint "
          "normal. No erosions, ankylosis or destructive lesion. No fracture. No marrow-replacing process. Pelvic "
          "soft tissues normal; the hips are not fully included in the field of view."),
    ("p", "IMPRESSION: Mild left sacroiliac osteoarthrosis. No findings of inflammatory sacroiliitis, infection "
          "or neoplasm."),
    ("p", "Signed: Thaddeus Bumgarner, MD  11/24/2025 11:49"),
]

LH_CH = [("UNIFOUR REGIONAL HEALTH", "B", 12), ("Catawba Heights Spine Center", "", 10),
         ("1985 Tate Blvd SE, Hickory, NC 28602  |  (828) 555-0470  |  Fax (828) 555-0479", "", 8)]

def build():
    files = [
        ("01_authorization_request.pdf", [
            ("text", request, dict(family="Helvetica", size=10, letterhead=LH_CH, footer_left=FOOT, footer_right="CAU form 3 (2025)")),
        ]),
        ("02_physician_notes.pdf", [
            ("text", hep_note, dict(family="Helvetica", size=9.5, letterhead=LH_CH, footer_left=FOOT)),
            ("text", pain_consult, dict(family="Helvetica", size=9.5, letterhead=LH_CH, footer_left=FOOT)),
            ("text", surgeon, dict(family="Helvetica", size=9, letterhead=LH_CH,
                                   running="Castellanos, Priya N | UR-5519-0386 | 01/26/2026 Spine Surgery",
                                   footer_left=FOOT)),
        ]),
        ("03_pt_records_fax.pdf", [
            ("fax", pt_eval, "JAN-29-2026 14:22  FOOTHILLS MOTION PT  828-555-0611  TO 828-555-0479  P.1/2", 301, "standard", 1.2, 12, {}),
            ("fax", pt_dc, "JAN-29-2026 14:23  FOOTHILLS MOTION PT  828-555-0611  TO 828-555-0479  P.2/2", 302, "standard", -0.4, 12, {}),
        ]),
        ("04_procedure_notes.pdf", [
            ("text", mbb, dict(family="Helvetica", size=10, letterhead=LH_CH, footer_left=FOOT)),
            ("fax", sij, "Dec 09 2025 08:51AM  UNIFOUR ASC  8285550488  >>  8285550479   p. 1 of 1", 303, "fine", 0.45, 10.5, {}),
        ]),
        ("05_imaging_reports.pdf", [
            ("text", imaging, dict(family="Courier", size=9, footer_left=FOOT, footer_right="Final")),
        ]),
    ]
    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-09", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": ("met", ["confined to the left buttock over the SI joint, below L5",
                                           "denies any radiation into the leg"]),
            "perc.pain_severity": ("met", ["Pain today 4-6/10"]),
            "perc.sij_tenderness": ("met", ["tender over the left PSIS and sacral sulcus",
                                            "clearly less than over the SI joint"]),
            "perc.active_conservative_therapy": ("met", ["Start of care: 02/24/2025", "Discharge: 07/18/2025 Total visits: 27",
                                                         "completed the prescribed 6-week home exercise program"]),
            "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg BID since November 2024",
                                                           "Naproxen 500 mg PO BID with food 11/2024 Ongoing"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust Positive"]),
            "perc.two_provocative_tests": ("met", ["Distraction Positive Negative", "FABER Positive (SIJ region)"]),
            "perc.diagnostic_injections": ("insufficient", []),
            "perc.generalized_pain_excluded": ("met", ["nonorganic signs absent", "denies widespread pain"]),
            "perc.sij_imaging": ("met", ["No erosions, ankylosis or destructive lesion",
                                         "No findings of inflammatory sacroiliitis, infection or neoplasm"]),
            "perc.hip_imaging": ("insufficient", []),
            "perc.lumbar_imaging": ("insufficient", []),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["No erosive arthropathy"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No fracture. No marrow-replacing process."]),
            "perc.excl.acute_instability": ("met", ["Onset gradual, no inciting trauma"]),
            "perc.excl.neural_compression": ("met", ["denies any radiation into the leg and has no numbness"]),
        },
    }
    return {"id": "b4e-03", "form": "folder", "files": files, "packet_json": None, "labels": labels}
