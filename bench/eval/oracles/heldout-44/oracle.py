#!/usr/bin/env python3
"""Oracle for set-heldout-44: computes `due` and `count` for every question row and writes questions.jsonl.
Standard library only. Run: python3 oracle.py  (writes questions.jsonl next to this file and runs checks)."""
import datetime as dt, json, os, re, sys
from collections import Counter

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}

def _easter(y):  # anonymous Gregorian algorithm, only used to sanity-check the typed list
    a=y%19; b=y//100; c=y%100; d=b//4; e=b%4; f=(b+8)//25; g=(b-f+1)//3; h=(19*a+b-d-g+15)%30
    i=c//4; k=c%4; l=(32+2*e+2*i-h-k)%7; m=(a+11*h+22*l)//451; mo=(h+l-7*m+114)//31; da=(h+l-7*m+114)%31+1
    return D(y,mo,da)
for _y in range(2024, 2029):
    _e = _easter(_y)
    assert _e - dt.timedelta(2) in BANK_HOLIDAYS and _e + dt.timedelta(1) in BANK_HOLIDAYS, _y
    assert len([h for h in BANK_HOLIDAYS if h.year == _y]) == 8
    assert all(h.weekday() < 5 for h in BANK_HOLIDAYS)

def fmt(x): return f"{x.isoformat()} ({x.strftime('%a')})"
def is_wd(x): return x.weekday() < 5 and x not in BANK_HOLIDAYS

def wd_after(ev, n):
    x, k, skipped = ev, 0, []
    while k < n:
        x += dt.timedelta(1)
        if is_wd(x): k += 1
        elif x in BANK_HOLIDAYS: skipped.append(x)
    return x, skipped

def wd_before(ev, n):
    x, k, skipped = ev, 0, []
    while k < n:
        x -= dt.timedelta(1)
        if is_wd(x): k += 1
        elif x in BANK_HOLIDAYS: skipped.append(x)
    return x, skipped

def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year; m += 1
    last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(x.day, last)), x.day > last

def resolve(tok, today):
    """Event date: ISO string, or relative to `today`: T, T-1, T+1, prev:Fri (most recent Fri strictly before today)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", tok): return D.fromisoformat(tok)
    if tok == "T": return today
    m = re.fullmatch(r"T([+-]\d+)", tok)
    if m: return today + dt.timedelta(int(m.group(1)))
    m = re.fullmatch(r"prev:(\w{3})", tok)
    if m:
        names = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]; want = names.index(m.group(1))
        x = today - dt.timedelta(1)
        while x.weekday() != want: x -= dt.timedelta(1)
        return x
    raise ValueError(tok)

def compute(op, today):
    kind = op[0]
    if kind == "choice":
        a = compute(op[1], today); b = compute(op[2], today)
        due = min(a[0], b[0])
        return due, f"either {a[1]}; or {b[1]}; earlier = {due.isoformat()}"
    if kind == "age":
        _, dob, years, months = op
        dob = D.fromisoformat(dob)
        due, clamped = add_months(dob, 12*years + months)
        note = ""
        if dob.month == 2 and dob.day == 29 and clamped and months == 0:
            due = due + dt.timedelta(1)  # 29 Feb birthday -> 1 March in non-leap years
            note = "; born 29 Feb, non-leap year so birthday taken as 1 March"
        elif clamped:
            note = f"; day {dob.day} does not exist in that month, so last day of month"
        lab = f"{years} years" + (f" {months} months" if months else "")
        return due, f"age {lab} from DOB {fmt(dob)} -> {fmt(due)}{note}"
    ev = resolve(op[1], today)
    if kind == "same":
        return ev, f"same day as {fmt(ev)}"
    n = op[2]
    if kind in ("wd", "wdb"):
        due, sk = (wd_after if kind == "wd" else wd_before)(ev, n)
        s = f"{n} working days {'after' if kind == 'wd' else 'before'} {fmt(ev)} -> {fmt(due)}"
        if sk: s += "; skips bank holidays " + ", ".join(h.isoformat() for h in sorted(sk))
        if kind == "wd" and not is_wd(ev): s += "; event not a working day, counted from it"
        return due, s
    if kind == "d":
        due = ev + dt.timedelta(n); return due, f"{n} days after {fmt(ev)} -> {fmt(due)}"
    if kind == "db":
        due = ev - dt.timedelta(n); return due, f"{n} days before {fmt(ev)} -> {fmt(due)}"
    if kind == "w":
        due = ev + dt.timedelta(7*n); return due, f"{n} weeks ({7*n} days) after {fmt(ev)} -> {fmt(due)}"
    if kind == "m":
        due, cl = add_months(ev, n)
        return due, f"{n} months after {fmt(ev)} -> {fmt(due)}" + ("; clamped to end of month" if cl else "")
    raise ValueError(op)

# Verbatim phrases from the standards (each >= 6 consecutive words).
P = {
 "contact": "are required by a Team Leader within 1 working day",
 "initdec": "Initial decisions will be made about the action required within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47seen": "the child / children will be seen by the Social Worker the same day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "c45": "Assessments must all be completed within 45 days",
 "strat1": "a strategy discussion is required, this must happen within 1 working day",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "notice": "Neighbourhood Team via email, giving at least 5 days’ notice",
 "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "famrep": "The report will be shared with family at least 3 the days prior to conference",
 "chairrep": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "core1": "held within 10 days of the conference and is used",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpcpar": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viab": "Family Placement Team within 3 working days of the initial PLO meeting",
 "plomin": "distributed to parents and their legal representation within 7 days of the meeting",
 "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
 "plo12": "A review legal planning meeting will be held at 12 weeks",
 "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cindeplan": "will set the first CIN meeting within 20 days",
 "cintransfer": "the initial CIN meeting must take place within 10 days",
 "cinrev": "CIN review meetings will be held at least every 6 weeks",
 "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "emerg": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lacvisit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lacseen": "All looked after children will be seen within 1 working day of placement",
 "placemeet": "The placement meeting will be held within 3 working days",
 "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "famtime": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legal": "will be informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "ilar": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iroreport": "this will be with the IRO 3 days before the review",
 "iroinf": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "iroformal": "should be completed from start to finish within 20 working days",
 "adopt6": "If a child under the age of 6 enters PLO or proceedings",
 "adoptwk": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
 "fcvisit": "Trafford foster carers are visited at least once every six weeks",
 "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
 "fcunann": "will have an unannounced visit at least once every 12 months",
 "fcannual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
 "fcpanel": "will have an annual review presented to the Fostering Panel at least every three years",
 "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fctrain": "must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "tempapp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "record": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
}

from rows import ROWS  # noqa: E402

def main():
    src = open(SOURCE, encoding="utf-8").read()
    for k, p in P.items():
        assert p in src, f"phrase not verbatim: {k}"
        assert len(p.split()) >= 6, k
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, op, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        today_d = D.fromisoformat(today)
        if kind == "none":
            assert op is None
            due, count = None, "no timescale for this in the standards"
        else:
            due, count = compute(op, today_d)
            due = due.isoformat()
        if kind == "choice": assert len(keys) >= 2, i
        row = {"q": q, "today": today, "due": due, "expect_any": [P[k] for k in keys],
               "count": count, "voice": voice, "kind": kind}
        if amb: row["ambiguous"] = amb
        out.append(row)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # checks
    n = 0
    for line in open(path, encoding="utf-8"):
        row = json.loads(line); n += 1
        for ph in row["expect_any"]:
            assert ph in src and len(ph.split()) >= 6
        assert row["voice"] in {"duty","typos","scenario","indirect","newstarter","manager"}
        assert row["kind"] in {"date","visits","age","choice","none"}
        assert (row["due"] is None) == (row["kind"] == "none")
    qs = [r["q"] for r in out]; assert len(set(qs)) == len(qs), "duplicate q"
    print("rows", n)
    print("kinds", Counter(r["kind"] for r in out))
    print("voices", Counter(r["voice"] for r in out))
    print("years", Counter(r["today"][:4] for r in out))
    print("ambiguous", sum(1 for r in out if "ambiguous" in r))

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
