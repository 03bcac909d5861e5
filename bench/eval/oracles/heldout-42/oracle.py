#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (round 42).

Standard library only. Computes every `due` and `count` from a structured row
description, checks phrases against the source, and writes questions.jsonl.
Run: python3 oracle.py
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

D = dt.date
SRC = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day is a Saturday -> Monday 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _easter(y):  # anonymous Gregorian algorithm, used only to cross-check the typed list
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
    return D(y, mo, da)


def _check_bank_holidays():
    for y in range(2024, 2029):
        e = _easter(y)
        assert e - dt.timedelta(2) in BANK_HOLIDAYS and e + dt.timedelta(1) in BANK_HOLIDAYS, y
        assert sum(1 for h in BANK_HOLIDAYS if h.year == y) == 8, y
    for h in BANK_HOLIDAYS:
        assert h.weekday() < 5, h


def fmt(d):
    return f"{d.isoformat()} ({d.strftime('%a')})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def sub_wd(start, n):
    d = start; skipped = []
    k = 0
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def add_months(d, n):
    y = d.year + (d.month - 1 + n) // 12
    m = (d.month - 1 + n) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last)), d.day > last


def compute(rule):
    """rule: tuple. Returns (due_date, count_string)."""
    t = rule[0]
    if t == "wd":
        n, s = rule[1], D.fromisoformat(rule[2])
        due, sk = add_wd(s, n)
        note = "" if is_wd(s) else f"; event day {s.isoformat()} is not a working day, counting from it"
        bh = f"; skips bank holidays {', '.join(x.isoformat() for x in sk)}" if sk else ""
        return due, f"{n} working days after {fmt(s)} -> {fmt(due)}{bh}{note}"
    if t == "wdb":
        n, s = rule[1], D.fromisoformat(rule[2])
        due, sk = sub_wd(s, n)
        bh = f"; skips bank holidays {', '.join(x.isoformat() for x in sk)}" if sk else ""
        return due, f"{n} working days before {fmt(s)} -> {fmt(due)}{bh}"
    if t == "d":
        n, s = rule[1], D.fromisoformat(rule[2])
        due = s + dt.timedelta(n)
        return due, f"{n} calendar days after {fmt(s)} -> {fmt(due)}"
    if t == "db":
        n, s = rule[1], D.fromisoformat(rule[2])
        due = s - dt.timedelta(n)
        return due, f"{n} calendar days before {fmt(s)} -> {fmt(due)}"
    if t == "w":
        n, s = rule[1], D.fromisoformat(rule[2])
        due = s + dt.timedelta(7 * n)
        return due, f"{n} weeks ({7 * n} days) after {fmt(s)} -> {fmt(due)}"
    if t == "m":
        n, s = rule[1], D.fromisoformat(rule[2])
        due, clamped = add_months(s, n)
        c = "; day clamped to end of month" if clamped else ""
        return due, f"{n} months after {fmt(s)} -> {fmt(due)}{c}"
    if t == "same":
        s = D.fromisoformat(rule[1])
        return s, f"same day as {fmt(s)}"
    if t == "age":
        years, months, dob = rule[1], rule[2], D.fromisoformat(rule[3])
        tot = years * 12 + months
        if dob.month == 2 and dob.day == 29 and months == 0:
            y = dob.year + years
            leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
            due = D(y, 2, 29) if leap else D(y, 3, 1)
            c = "" if leap else f"; 29 Feb birthday in non-leap year {y} -> 1 March"
        else:
            due, clamped = add_months(dob, tot)
            c = "; day clamped to end of month" if clamped else ""
        lab = f"{years} years" + (f" {months} months" if months else "")
        return due, f"DOB {fmt(dob)} + {lab} -> {fmt(due)}{c}"
    if t == "choice":
        parts = [compute(r) for r in rule[1]]
        due = min(p[0] for p in parts)
        return due, "options: " + " | ".join(f"[{lab}] {p[1]}" for lab, p in zip(rule[2], parts)) + f"; earlier = {due.isoformat()}"
    if t == "none":
        return None, "no timescale for this in the standards"
    raise ValueError(rule)


# ---------------------------------------------------------------------------
# Verbatim phrases (>= 6 consecutive words) from the sentence setting each timescale.
P = {
    "FD": "required by a Team Leader within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "S47SEEN": "will be seen by the Social Worker the same day",
    "S47DISC": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "complete a Child and Family Assessment within 3 working days",
    "ASSREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "ASS45": "Assessments must all be completed within 45 days",
    "STRAT1": "a strategy discussion is required, this must happen within 1 working day",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "TRANSFER": "the Neighbourhood Team via email, giving at least 5 days’ notice",
    "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
    "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
    "ADVOCATE": "if they are 12 or over they should be offered an advocate",
    "CG": "held within 10 days of the conference",
    "CPVIS": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "PTT": "when they have been subject to a plan for 12 months",
    "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIAB": "Family Placement Team within 3 working days of the initial PLO meeting",
    "PLOMIN": "to be distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "PLO12": "A review legal planning meeting will be held at 12 weeks",
    "PLO16": "a Legal Gateway meeting will be convened at 16 weeks",
    "CIN20": "will set the first CIN meeting within 20 days",
    "CIN10": "When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINVIS": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "LACASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "LACVIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "LACSEEN1": "All looked after children will be seen within 1 working day of placement",
    "PLMEET": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FAMTIME": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL": "informed of the child’s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACWEEKLY": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "LACREV": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATHWAY": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IROINF": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IRODISP": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADVIS": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "AD10": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "FCVIS": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUNANN": "will have an unannounced visit at least once every 12 months",
    "FCANN": "All Trafford foster carers will have an annual review",
    "FCPANEL": "annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VARIATION": "This can only be given for up to 6 working days",
    "TEMPAPP": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC": "any event or contact is recorded within 3 days",
    "SUMMARY": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    # nearest sentences for `none` rows (they set no timescale)
    "N_RCPC": "The child protection chair will set the date of the next conference",
    "N_SUP": "monitored through supervision which takes place in line with the supervision policy",
    "N_LACREV2": "a new LAC review will be set in accordance with the timescales",
    "N_PROC": "If it is decided to initiate proceedings the timescales for filing SWET",
    "N_MISSING": "The risk of going missing and child sexual exploitation will be considered",
    "N_CHRON": "A chronology of significant events and their impact",
    "N_SHOPBA": "This needs to take place after the area teams final care planning meeting",
    "N_IRO": "The IRO will contact the child between reviews",
    "N_LIFE": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
    "N_FF": "a referral should be made to Family Focus by emailing the team",
    "N_PERM": "At the point of the second review (if not in proceedings) the child must have a permanency plan",
}

from rows import ROWS  # noqa: E402  (row descriptions live next to this file)


def main():
    _check_bank_holidays()
    src = open(SRC, encoding="utf-8").read()
    bad = [k for k, v in P.items() if v not in src or len(v.split()) < 6]
    assert not bad, bad
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, today, q, rule, keys = r[:6]
        extra = r[6] if len(r) > 6 else {}
        due, count = compute(rule)
        td = D.fromisoformat(today)
        # relative-date claims in q are checked against `today`
        for word, iso in extra.get("rel", {}).items():
            exp = {"today": td, "yesterday": td - dt.timedelta(1), "tomorrow": td + dt.timedelta(1)}.get(word)
            if exp is None:  # "last <weekday>": most recent such weekday strictly before today
                wdn = word.split()[-1][:3].title()
                exp = next(td - dt.timedelta(k) for k in range(1, 8)
                           if (td - dt.timedelta(k)).strftime("%a") == wdn)
            assert exp.isoformat() == iso, (i, word, iso, exp)
        for iso, wdn in extra.get("dow", {}).items():
            assert D.fromisoformat(iso).strftime("%a") == wdn, (i, iso, wdn)
        if kind != "none":
            assert due is not None
        row = {"q": q, "today": today, "due": due.isoformat() if due else None,
               "expect_any": [P[k] for k in keys], "count": count, "voice": voice, "kind": kind}
        if extra.get("amb"):
            row["ambiguous"] = extra["amb"]
        assert kind in ("date", "visits", "age", "choice", "none"), i
        assert voice in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"), i
        if kind == "choice":
            assert len(keys) >= 2 and rule[0] == "choice", i
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and verify
    n = 0
    for line in open(OUT, encoding="utf-8"):
        row = json.loads(line); n += 1
        for ph in row["expect_any"]:
            assert ph in src, ph
    print(n, "rows")
    print("kinds", Counter(r["kind"] for r in out))
    print("voices", Counter(r["voice"] for r in out))
    print("years", Counter(r["today"][:4] for r in out))
    print("ambiguous", sum(1 for r in out if "ambiguous" in r))
    qs = Counter(r["q"] for r in out)
    assert all(v == 1 for v in qs.values()), [k for k, v in qs.items() if v > 1]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
