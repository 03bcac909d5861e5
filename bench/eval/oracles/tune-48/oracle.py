#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Computes `due` and `count` for every row from a structured spec and writes questions.jsonl.
Run: python3 oracle.py            -> writes questions.jsonl
     python3 oracle.py --check    -> also checks phrases against the source and prints tallies
"""
import datetime as dt, json, sys, os, re, calendar
sys.dont_write_bytecode = True
from collections import Counter

D = dt.date.fromisoformat
# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {D(s) for s in [
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day is Sat -> substitute Mon 28 Dec)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    # 2028 (New Year Sat -> Mon 3 Jan)
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
]}

def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def _skipped(a, b):
    lo, hi = min(a, b), max(a, b)
    return sorted(h for h in BANK_HOLIDAYS if lo < h < hi)

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last)), d.day > last

def calc(spec):
    """Return (due_date, count_text) for one spec tuple."""
    op, start, *a = spec
    s = D(start)
    if op == "wd":          # Nth working day strictly after the event day
        n = a[0]; d = s; k = 0
        while k < n:
            d += dt.timedelta(1)
            if is_wd(d): k += 1
        sk = _skipped(s, d)
        txt = f"{n} working day{'s' if n>1 else ''} after {fmt(s)} -> {fmt(d)}"
        if sk: txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in sk)
        if not is_wd(s): txt += "; event day is not a working day, counting starts from the next working day"
        return d, txt
    if op == "wdb":         # Nth working day strictly before
        n = a[0]; d = s; k = 0
        while k < n:
            d -= dt.timedelta(1)
            if is_wd(d): k += 1
        sk = _skipped(s, d)
        txt = f"{n} working days before {fmt(s)} -> {fmt(d)}"
        if sk: txt += "; skips bank holidays " + ", ".join(h.isoformat() for h in sk)
        return d, txt
    if op == "d":
        d = s + dt.timedelta(a[0]); txt = f"{a[0]} calendar days after {fmt(s)} -> {fmt(d)}"
        if not is_wd(d): txt += " (falls on a weekend/bank holiday; calendar days, not moved)"
        return d, txt
    if op == "db":
        d = s - dt.timedelta(a[0]); txt = f"{a[0]} calendar days before {fmt(s)} -> {fmt(d)}"
        if not is_wd(d): txt += " (falls on a weekend/bank holiday; calendar days, not moved)"
        return d, txt
    if op == "w":
        d = s + dt.timedelta(7 * a[0]); return d, f"{a[0]} week{'s' if a[0]>1 else ''} ({7*a[0]} days) after {fmt(s)} -> {fmt(d)}"
    if op == "m":
        d, clamped = add_months(s, a[0]); txt = f"{a[0]} months after {fmt(s)} -> {fmt(d)}"
        if clamped: txt += f" (day {s.day} does not exist in that month, so last day of month)"
        return d, txt
    if op == "same":
        return s, f"same day as {fmt(s)}"
    if op == "age":         # birthday at years (+ months)
        y, mo = a[0], (a[1] if len(a) > 1 else 0)
        if mo == 0:
            if s.month == 2 and s.day == 29 and not calendar.isleap(s.year + y):
                d = dt.date(s.year + y, 3, 1)
                return d, f"DOB {s.isoformat()} + {y} years -> {fmt(d)} (29 Feb birthday, non-leap year, so 1 March)"
            if s.month == 2 and s.day == 29:
                d = dt.date(s.year + y, 2, 29)
                return d, f"DOB {s.isoformat()} + {y} years -> {fmt(d)} (29 Feb birthday, leap year)"
            d = s.replace(year=s.year + y)
            return d, f"DOB {s.isoformat()} + {y} years -> {fmt(d)}"
        d, clamped = add_months(s, 12 * y + mo)
        txt = f"DOB {s.isoformat()} + {y} years {mo} months -> {fmt(d)}"
        if clamped: txt += f" (day {s.day} does not exist in that month, so last day of month)"
        return d, txt
    raise ValueError(op)

# ---------------------------------------------------------------- phrases (verbatim from source)
P = {
 "contact": "are required by a Team Leader within 1 working day",
 "initdec": "Initial decisions will be made about the action required within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "assess45": "Assessments must all be completed within 45 days",
 "strat1": "this must happen within 1 working day and should be chaired by a social work manager",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "notice": "Neighbourhood Team via email, giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "repfamily": "The report will be shared with family at least 3 the days prior to conference",
 "repchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "coregroup": "held within 10 days of the conference",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcparents": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months, a professional thinking time meeting",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viability": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "minutes": "to be distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "legal12": "A review legal planning meeting will be held at 12 weeks",
 "ext4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "gateway16": "a Legal Gateway meeting will be convened at 16 weeks",
 "swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cintransfer": "the initial CIN meeting must take place within 10 days",
 "cinreview": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emergassess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "seen1": "All looked after children will be seen within 1 working day of placement",
 "placemeeting": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legalstatus": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacreview": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "irochallenge": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "irodispute": "should be completed from start to finish within 20 working days",
 "newlac": "a new LAC review will be set in accordance with the timescales",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6wk": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
 "shopba": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
 "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "fcunannounced": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "will have an annual review presented to the Fostering Panel at least every three years",
 "fcchecks": "updated statutory references, medicals and DBS checks at least every three years",
 "fctraining": "must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempapproval": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 "nextconf": "The child protection chair will set the date of the next conference",
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "ehdecision": "Initial decisions will be made about the action required by an Early Help Team Leader",
 "stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "gcp2": "a Graded Care Profile 2 should be completed with the parents or carers",
 "support": "a Support Meeting will be held and chaired by the Team Leader",
}

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rows import ROWS  # noqa: E402  (row specs live in rows.py next to this file)

def build():
    out = []
    for r in ROWS:
        voice, kind, q, today, spec, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {"q": q, "today": today}
        if kind == "none":
            row["due"] = None
            row["count"] = "no timescale set in the standards" + (f": {spec}" if spec else "")
        elif kind == "choice":
            res = [(calc(s), lab) for s, lab in spec]
            due = min(x[0][0] for x in res)
            row["due"] = due.isoformat()
            row["count"] = " | ".join(f"{lab}: {c[1]}" for c, lab in res) + f"; earlier = {due.isoformat()}"
        else:
            d, c = calc(spec)
            row["due"] = d.isoformat(); row["count"] = c
        row["expect_any"] = [P[k] for k in keys]
        row["voice"] = voice; row["kind"] = kind
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    rows = build()
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--check" in sys.argv:
        src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
        bad = 0
        for k, p in P.items():
            if p not in src: print("PHRASE NOT FOUND:", k, p); bad += 1
            if len(p.split()) < 6: print("PHRASE TOO SHORT:", k); bad += 1
        for i, line in enumerate(open(os.path.join(here, "questions.jsonl"), encoding="utf-8")):
            r = json.loads(line)
            for p in r["expect_any"]:
                assert p in src, (i, p)
            assert r["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
            assert r["kind"] in {"date","visits","age","choice","none"}
            assert (r["due"] is None) == (r["kind"] == "none")
            D(r["today"])
        print("rows", len(rows), "phrase problems", bad)
        print("kinds", Counter(r["kind"] for r in rows))
        print("voices", Counter(r["voice"] for r in rows))
        print("years(today)", Counter(r["today"][:4] for r in rows))
