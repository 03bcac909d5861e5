#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set (standard library only).

Computes `due` and `count` for every row from a structured spec, writes
questions.jsonl next to this file, and checks the result.

Spec forms (start/meeting may be ISO, "T" (=today), "T-n"/"T+n", "last:Mon"):
  ("wd", start, n)      within n working days: nth working day strictly after start
  ("wdb", meeting, n)   n working days before: nth working day strictly before
  ("d", start, n)       start + n calendar days
  ("db", meeting, n)    meeting - n calendar days
  ("w", start, n)       start + 7n days
  ("m", start, n)       same day n months later (clamped to month end)
  ("same", start)       the same day
  ("age", dob, years, months)  date the person reaches that age (29 Feb -> 1 Mar)
  ("choice", spec1, spec2, ...)  due = earliest
  ("none",)             due = None
"""
import datetime as dt
import json
import os
import re
import sys

D = dt.date
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand.
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> substitute Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year's Day Sat -> Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _easter(y):  # anonymous Gregorian algorithm, used only to sanity-check the typed list
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def _check_bank_holidays():
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = _easter(y)
        assert e - dt.timedelta(2) in hs and e + dt.timedelta(1) in hs, y
        for h in hs:
            assert h.weekday() < 5, h
        # early May = first Monday, spring = last Monday in May, summer = last Monday in Aug
        first_may = min(d for d in (D(y, 5, x) for x in range(1, 8)) if d.weekday() == 0)
        last_may = max(d for d in (D(y, 5, x) for x in range(25, 32)) if d.weekday() == 0)
        last_aug = max(d for d in (D(y, 8, x) for x in range(25, 32)) if d.weekday() == 0)
        for d in (first_may, last_may, last_aug):
            assert d in hs, (y, d)


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def resolve(s, today):
    if isinstance(s, D):
        return s
    if s == "T":
        return today
    mo = re.fullmatch(r"T([+-]\d+)", s)
    if mo:
        return today + dt.timedelta(int(mo.group(1)))
    mo = re.fullmatch(r"last:(\w{3})", s)
    if mo:
        want = DOW.index(mo.group(1)); d = today - dt.timedelta(1)
        while d.weekday() != want:
            d -= dt.timedelta(1)
        return d
    return D.fromisoformat(s)


def compute(spec, today):
    op = spec[0]
    if op == "none":
        return None, "the standards set no timescale for this"
    if op == "choice":
        parts = [compute(s, today) for s in spec[1:]]
        due = min(p[0] for p in parts)
        txt = " | ".join(f"option {i+1}: {p[1]}" for i, p in enumerate(parts))
        return due, f"{txt} | earlier = {due.isoformat()}"
    start = resolve(spec[1], today)
    if op in ("wd", "wdb"):
        n = spec[2]; step = 1 if op == "wd" else -1
        d = start; k = 0; skipped = []
        while k < n:
            d += dt.timedelta(step)
            if is_wd(d):
                k += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(d.isoformat())
        word = "after" if op == "wd" else "before"
        note = f"; skips bank holidays {', '.join(skipped)}" if skipped else ""
        if not is_wd(start) and op == "wd":
            note += f"; start day is not a working day ({'bank holiday' if start in BANK_HOLIDAYS else 'weekend'}), counted from it"
        return d, f"{n} working days {word} {fmt(start)} -> {fmt(d)}{note}"
    if op in ("d", "db", "w"):
        n = spec[2]
        if op == "d":
            d = start + dt.timedelta(n); t = f"{n} calendar days after"
        elif op == "db":
            d = start - dt.timedelta(n); t = f"{n} calendar days before"
        else:
            d = start + dt.timedelta(7 * n); t = f"{n} weeks ({7*n} days) after"
        extra = ""
        if d in BANK_HOLIDAYS:
            extra = " (a bank holiday; calendar count, not moved)"
        elif d.weekday() >= 5:
            extra = " (a weekend; calendar count, not moved)"
        return d, f"{t} {fmt(start)} -> {fmt(d)}{extra}"
    if op == "m":
        n = spec[2]; d, clamped = add_months(start, n)
        extra = " (no such day in that month: clamped to month end)" if clamped else ""
        return d, f"{n} months after {fmt(start)} -> {fmt(d)}{extra}"
    if op == "same":
        return start, f"same day as {fmt(start)}"
    if op == "age":
        y, mths = spec[2], spec[3]
        if start.month == 2 and start.day == 29 and mths == 0:
            try:
                d = D(start.year + y, 2, 29); extra = " (29 Feb birthday; leap year, so 29 Feb)"
            except ValueError:
                d = D(start.year + y, 3, 1); extra = " (29 Feb birthday in a non-leap year: taken as 1 March)"
        else:
            d, clamped = add_months(start, 12 * y + mths)
            extra = " (no such day in that month: clamped to month end)" if clamped else ""
        age = f"{y} years" + (f" {mths} months" if mths else "")
        return d, f"reaches {age}: DOB {fmt(start)} -> {fmt(d)}{extra}"
    raise ValueError(spec)


# ---------------------------------------------------------------- phrases
P = {
    "frontdoor": "decisions made by what action are required by a Team Leader within 1 working day",
    "initdec": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47same": "the child / children will be seen by the Social Worker the same day",
    "s47disc": "Within 5 days of the Section 47 being initiated",
    "allocate": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
    "assess45": "Assessments must all be completed within 45 days",
    "stratmgmt": "a strategy discussion is required, this must happen within 1 working day",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "notice": "the Children`s First Response Team will notify the Neighbourhood Team via email, giving at least 5 days’ notice",
    "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "icpcfamily": "The report will be shared with family at least 3 the days prior to conference",
    "icpcchair": "The report will be sent to the child protection chair 3 working days before the conference",
    "coregroup": "held within 10 days of the conference and is used to put detail",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpcparents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpcchair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "plan12m": "when they have been subject to a plan for 12 months",
    "nextconf": "The child protection chair will set the date of the next conference",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "fgc": "Referral should be made within 3 working days of the first PLO meeting",
    "viability": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plominutes": "distributed to parents and their legal representation within 7 days of the meeting",
    "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo12": "A review legal planning meeting will be held at 12 weeks",
    "plo4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "plo16": "If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks",
    "cindeplan": "will set the first CIN meeting within 20 days",
    "cintransfer": "the initial CIN meeting must take place within 10 days",
    "cinreview": "CIN review meetings will be held at least every 6 weeks",
    "cinvisit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "emergassess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "visitplaced": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "seenplaced": "All looked after children will be seen within 1 working day of placement",
    "placemeet": "The placement meeting will be held within 3 working days",
    "placeplan": "an updated copy given to the carers within 5 working days of the placement beginning",
    "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "cicpack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lacweekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac6": "a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "lac12m": "settled into a permanent placement and been there for over 12 months",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "lacreview": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "pathwayreview": "will be reviewed by the IRO as part of the statutory review",
    "iroreport": "this will be with the IRO 3 days before the review",
    "iroinformal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "irodispute": "should be completed from start to finish within 20 working days",
    "irocontact": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "adoptunder6": "If a child under the age of 6 enters PLO or proceedings",
    "advocate": "if they are 12 or over they should be offered an advocate",
    "adoptweekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "shopbaletter": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
    "annexa": "The Social Worker will complete the Annex A suitability report for Court",
    "fcvisit": "Trafford foster carers are visited at least once every six weeks",
    "fcrecord": "a record of this visit is recorded on LCS within 3 working days",
    "fcunannounced": "will have an unannounced visit at least once every 12 months",
    "fcannual": "All Trafford foster carers will have an annual review",
    "fcpanel": "will have an annual review presented to the Fostering Panel at least every three years",
    "fcdbs": "updated statutory references, medicals and DBS checks at least every three years",
    "fctraining": "must update their core training at least every three years",
    "variation": "This can only be given for up to 6 working days",
    "tempapproval": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "recording": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12m": "An up to date assessment (within the last 12 months) on each child",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "support": "a Support Meeting will be held and chaired by the Team Leader",
    "secondreview": "At the point of the second review (if not in proceedings)",
}

# ---------------------------------------------------------------- rows
# (voice, kind, today, q, spec, [phrase keys], ambiguous-or-None)
R = []


def r(voice, kind, today, q, spec, keys, amb=None):
    R.append((voice, kind, today, q, spec, keys, amb))


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rows.py"), encoding="utf-8").read())


def build():
    _check_bank_holidays()
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    out = []
    for voice, kind, today, q, spec, keys, amb in R:
        t = D.fromisoformat(today)
        due, count = compute(spec, t)
        phrases = [P[k] for k in keys]
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": phrases, "count": count, "voice": voice, "kind": kind}
        if amb:
            row["ambiguous"] = amb
        out.append(row)
    return out, src


def check(rows, src):
    ok = True
    for i, row in enumerate(rows, 1):
        for ph in row["expect_any"]:
            if ph not in src:
                print(f"row {i}: phrase not in source: {ph!r}"); ok = False
            if len(ph.split()) < 6:
                print(f"row {i}: phrase shorter than 6 words: {ph!r}"); ok = False
        if row["kind"] == "none":
            assert row["due"] is None
        else:
            assert row["due"] is not None
        if row["kind"] == "choice" and len(row["expect_any"]) < 2:
            print(f"row {i}: choice with <2 phrases"); ok = False
        assert row["voice"] in {"duty", "typos", "scenario", "indirect", "newstarter", "manager"}
        assert row["kind"] in {"date", "visits", "age", "choice", "none"}
    return ok


if __name__ == "__main__":
    rows, src = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "questions.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and check
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    good = check(back, src)
    from collections import Counter
    print(len(back), "rows")
    print("kinds ", dict(Counter(r["kind"] for r in back)))
    print("voices", dict(Counter(r["voice"] for r in back)))
    print("ambiguous", sum("ambiguous" in r for r in back))
    if "-v" in sys.argv:
        for i, r_ in enumerate(back, 1):
            print(i, r_["today"], DOW[D.fromisoformat(r_["today"]).weekday()], r_["kind"], r_["voice"], "|", r_["q"], "\n    ->", r_["due"], "|", r_["count"])
    sys.exit(0 if good else 1)
