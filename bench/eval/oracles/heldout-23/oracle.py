#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Computes `due` and `count` for every row from a structured spec, writes questions.jsonl,
and checks phrases against the source text."""
import json, sys, calendar
from datetime import date, timedelta
from collections import Counter

SRC = "/work/shared/source/practice-standards.txt"
OUT = "/work/handoff/round23/set-heldout-23/questions.jsonl"

# England & Wales bank holidays 2024-2028, typed by hand (with substitute days).
BH = {date.fromisoformat(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def _easter(y):  # anonymous Gregorian algorithm, used only as a sanity check of the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451
    return date(y,(h+l-7*m+114)//31,((h+l-7*m+114)%31)+1)
for _y in range(2024, 2029):
    _e = _easter(_y)
    assert _e - timedelta(2) in BH and _e + timedelta(1) in BH, _y
    assert sum(1 for b in BH if b.year == _y) == 8, _y
    assert all(b.weekday() < 5 for b in BH)

def D(s): return date.fromisoformat(s)
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"
def working(d): return d.weekday() < 5 and d not in BH

def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += timedelta(1)
        if working(d): k += 1
        elif d in BH: skipped.append(d)
    return d, skipped

def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= timedelta(1)
        if working(d): k += 1
        elif d in BH: skipped.append(d)
    return d, skipped

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last)), d.day > last

def compute(calc):
    op, s, n = calc[0], D(calc[1]), calc[2]
    if op == "wd":
        r, sk = wd_after(s, n)
        c = f"{n} working day{'s' if n>1 else ''} after {fmt(s)} -> {fmt(r)}"
        if not working(s): c += f"; start {s} is not a working day, counted from it"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == "wdb":
        r, sk = wd_before(s, n)
        c = f"{n} working days before {fmt(s)} -> {fmt(r)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif op == "d":
        r = s + timedelta(n); c = f"{n} calendar days after {fmt(s)} -> {fmt(r)}"
    elif op == "db":
        r = s - timedelta(n); c = f"{n} calendar days before {fmt(s)} -> {fmt(r)}"
    elif op == "w":
        r = s + timedelta(7 * n); c = f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(s)} -> {fmt(r)}"
    elif op == "same":
        r = s; c = f"same day as {fmt(s)}"
    elif op == "m":
        r, clamp = add_months(s, n)
        c = f"{n} months after {fmt(s)} -> {fmt(r)}"
        if clamp: c += f" (day {s.day} does not exist in that month, so last day of month)"
    elif op == "age":  # n = (years, months)
        yrs, mos = n
        if s.month == 2 and s.day == 29 and mos == 0 and not calendar.isleap(s.year + yrs):
            r = date(s.year + yrs, 3, 1)
            c = f"born {s.isoformat()}, {yrs}th birthday -> {fmt(r)} (29 Feb birthday, {s.year + yrs} not a leap year: taken as 1 March)"
        else:
            r, clamp = add_months(s, 12 * yrs + mos)
            c = f"born {s.isoformat()}, {yrs} years" + (f" {mos} months" if mos else "") + f" -> {fmt(r)}"
            if clamp: c += f" (day {s.day} does not exist in that month, so last day of month)"
    else:
        raise ValueError(op)
    return r, c

P = {
 "front": "by a Team Leader within 1 working day",
 "initdec": "about the action required within 1 working day by social work Team Leader",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "assess45": "Assessments must all be completed within 45 days",
 "strat1": "this must happen within 1 working day and should be chaired",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "transfer": "giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period",
 "icpc": "convened within working 15 days of the initial strategy discussion",
 "famrep": "shared with family at least 3 the days prior to conference",
 "chairrep": "sent to the child protection chair 3 working days before the conference",
 "core": "held within 10 days of the conference",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcpar": "shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "available to the conference chair at least 3 days prior to the review conference",
 "cp12": "when they have been subject to a plan for 12 months",
 "plo1": "should take place within 10 days of the date on the PLO letter",
 "plofgc": "Referral should be made within 3 working days of the first PLO meeting",
 "plovia": "made to Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12": "A review legal planning meeting will be held at 12 weeks",
 "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cininit": "the initial CIN meeting must take place within 10 days",
 "cinreview": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "the assessment will be completed within 20 working days",
 "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen": "All looked after children will be seen within 1 working day of placement",
 "placemtg": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legal": "informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lacrev": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iro3": "this will be with the IRO 3 days before the review",
 "iro5": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "drp": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrec": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempappr": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "rec3": "any event or contact is recorded within 3 days",
 "summary": "case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 "advocate": "if they are 12 or over they should be offered an advocate",
 # phrases cited by `none` rows (what the standards do say, without a timescale)
 "n_rcpc": "The child protection chair will set the date of the next conference",
 "n_superv": "monitored through supervision which takes place in line with the supervision policy",
 "n_core": "targets agreed and outcomes expected are reviewed at every core group",
 "n_second": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 "n_shopba": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
 "n_via": "Viability Assessment requests for screening need to be made to Family Placement Team",
 "n_pep": "subsequently reviewed within the statutory guidelines at least 1 per term",
 "n_iro": "The IRO will contact the child between reviews to ensure the progress of the plan",
 "n_lll": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "n_unann": "there should be unannounced visits in addition",
}

from rows import ROWS  # noqa: E402  (spec lives beside this file)

def build():
    src = open(SRC, encoding="utf-8").read()
    for k, p in P.items():
        assert p in src, f"phrase not verbatim in source: {k}: {p!r}"
        assert len(p.split()) >= 6, f"phrase too short: {k}"
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, q, today, calc, keys = r[:6]
        extra = r[6] if len(r) > 6 else {}
        row = {"q": q, "today": today}
        if kind == "none":
            row["due"] = None
            row["count"] = "no timescale set in the standards: " + extra["why"]
        elif kind == "choice":
            res = [compute(c) for c in calc]
            due = min(x[0] for x in res)
            row["due"] = due.isoformat()
            row["count"] = " | ".join(f"[{keys[j]}] {res[j][1]}" for j in range(len(res))) + f"; earlier -> {due.isoformat()}"
        else:
            d, c = compute(calc)
            row["due"] = d.isoformat()
            if "check" in extra:
                ch = D(extra["check"])
                if extra.get("not_before"):  # earliest-allowed date: actual must be on/after due
                    c += f"; actual {fmt(ch)} " + ("is allowed" if ch >= d else "is TOO EARLY")
                else:
                    c += f"; actual {fmt(ch)} " + ("is within timescale" if ch <= d else "is LATE")
            row["count"] = c
        row["expect_any"] = [P[k] for k in keys]
        row["voice"] = voice
        row["kind"] = kind
        if extra.get("amb"):
            row["ambiguous"] = extra["amb"]
        D(today)
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # checks
    lines = open(OUT, encoding="utf-8").read().splitlines()
    for ln in lines:
        o = json.loads(ln)
        for p in o["expect_any"]:
            assert p in src
        assert o["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert o["kind"] in {"date","visits","age","choice","none"}
        assert (o["due"] is None) == (o["kind"] == "none")
        if o["kind"] == "choice": assert len(o["expect_any"]) >= 2
    print(len(lines), "rows")
    print("kinds", Counter(json.loads(l)["kind"] for l in lines))
    print("voices", Counter(json.loads(l)["voice"] for l in lines))
    print("ambiguous", sum("ambiguous" in json.loads(l) for l in lines))
    print("years", Counter(json.loads(l)["today"][:4] for l in lines))

if __name__ == "__main__":
    sys.path.insert(0, "/work/handoff/round23/set-heldout-23")
    build()
