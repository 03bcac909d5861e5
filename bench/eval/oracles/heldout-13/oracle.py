#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-13).

Standard library only. Bank holidays (England and Wales, 2024-2028) are typed by hand below.
Every row in rows.py-style ROWS (bottom of this file) is a structured description; this script
computes `due` and `count` and writes questions.jsonl.  Run:  python3 oracle.py  [--check]
"""
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
# England and Wales bank holidays, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day",
    D(2024, 3, 29): "Good Friday",
    D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May bank holiday",
    D(2024, 5, 27): "Spring bank holiday",
    D(2024, 8, 26): "Summer bank holiday",
    D(2024, 12, 25): "Christmas Day",
    D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day",
    D(2025, 4, 18): "Good Friday",
    D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May bank holiday",
    D(2025, 5, 26): "Spring bank holiday",
    D(2025, 8, 25): "Summer bank holiday",
    D(2025, 12, 25): "Christmas Day",
    D(2025, 12, 26): "Boxing Day",
    # 2026
    D(2026, 1, 1): "New Year's Day",
    D(2026, 4, 3): "Good Friday",
    D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May bank holiday",
    D(2026, 5, 25): "Spring bank holiday",
    D(2026, 8, 31): "Summer bank holiday",
    D(2026, 12, 25): "Christmas Day",
    D(2026, 12, 28): "Boxing Day (substitute day)",
    # 2027
    D(2027, 1, 1): "New Year's Day",
    D(2027, 3, 26): "Good Friday",
    D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May bank holiday",
    D(2027, 5, 31): "Spring bank holiday",
    D(2027, 8, 30): "Summer bank holiday",
    D(2027, 12, 27): "Christmas Day (substitute day)",
    D(2027, 12, 28): "Boxing Day (substitute day)",
    # 2028
    D(2028, 1, 3): "New Year's Day (substitute day)",
    D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday",
    D(2028, 5, 1): "Early May bank holiday",
    D(2028, 5, 29): "Spring bank holiday",
    D(2028, 8, 28): "Summer bank holiday",
    D(2028, 12, 25): "Christmas Day",
    D(2028, 12, 26): "Boxing Day",
}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d):
    return f"{d.isoformat()} ({DOW[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def skipped_bh(a, b):
    """Bank holidays that fall on weekdays strictly between a and b (either order), inclusive of b side."""
    lo, hi = min(a, b), max(a, b)
    return [h for h in sorted(BANK_HOLIDAYS) if lo < h <= hi and h.weekday() < 5] if a < b else \
           [h for h in sorted(BANK_HOLIDAYS) if lo <= h < hi and h.weekday() < 5]


def wd_after(start, n):
    d = start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    note = f"{n} working day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(d)}"
    if not is_wd(start):
        why = BANK_HOLIDAYS.get(start, "weekend")
        note += f"; start day is not a working day ({why}), counted from it"
    bh = skipped_bh(start, d)
    if bh:
        note += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
    return d, note


def wd_before(start, n):
    d = start
    k = 0
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            k += 1
    note = f"{n} working day{'s' if n != 1 else ''} before {fmt(start)} -> {fmt(d)}"
    bh = skipped_bh(start, d)
    if bh:
        note += "; skips bank holidays " + ", ".join(h.isoformat() for h in bh)
    return d, note


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last)), d.day > last


def days_after(start, n):
    d = start + dt.timedelta(days=n)
    return d, f"{n} calendar days after {fmt(start)} -> {fmt(d)}"


def days_before(start, n):
    d = start - dt.timedelta(days=n)
    return d, f"{n} calendar days before {fmt(start)} -> {fmt(d)}"


def weeks_after(start, n):
    d = start + dt.timedelta(days=7 * n)
    return d, f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(start)} -> {fmt(d)}"


def months_after(start, n):
    d, clipped = add_months(start, n)
    note = f"{n} month{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(d)}"
    if clipped:
        note += f" (no day {start.day} in that month, so last day of month)"
    return d, note


def age_date(dob, years, months=0):
    total = years * 12 + months
    d, clipped = add_months(dob, total)
    label = f"{years} years" + (f" {months} months" if months else "")
    note = f"born {fmt(dob)}; {label} old on {fmt(d)}"
    if clipped:
        if dob.month == 2 and dob.day == 29 and months == 0:
            # 29 Feb birthday in a non-leap year: brief's convention is 1 March
            d = D(d.year, 3, 1)
            note = (f"born {fmt(dob)} (29 Feb); {label} old on {fmt(d)} "
                    f"({d.year} is not a leap year, so birthday taken as 1 March)")
        else:
            note += f" (no day {dob.day} in that month, so last day of month)"
    return d, note


def same_day(start, n=0):
    return start, f"same day as {fmt(start)}"


OPS = {"wd": wd_after, "wdb": wd_before, "d": days_after, "db": days_before,
       "w": weeks_after, "m": months_after, "same": same_day}

# ---------------------------------------------------------------------------
# Standards: id -> (verbatim phrase from the timescale sentence, op, n)
# op/n are None where the standard sets no countable timescale (used by `none` rows / ages).
STD = {
    "FD_CONTACT": ("are required by a Team Leader within 1 working day", "wd", 1),
    "FD_INITIAL": ("Initial decisions will be made about the action required within 1 working day", "wd", 1),
    "FD_REFERRAL": ("Referrals will be actioned by a social worker within 1 working day", "wd", 1),
    "S47_SEEN": ("the child / children will be seen by the Social Worker the same day", "same", 0),
    "S47_5DAY": ("Within 5 days of the Section 47 being initiated", "d", 5),
    "ALLOC": ("allocated to a social worker to complete a Child and Family Assessment within 3 working days", "wd", 3),
    "ASS_REVIEW": ("All assessments will be reviewed by the Team Leader within 15 working days", "wd", 15),
    "ASS_45": ("Assessments must all be completed within 45 days", "d", 45),
    "STRAT_1WD": ("a strategy discussion is required, this must happen within 1 working day", "wd", 1),
    "TRANSFER_NOTICE": ("notify the Neighbourhood Team via email, giving at least 5 days’ notice", "d", 5),
    "ICPC_15": ("Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion", "wd", 15),
    "ICPC_FAMILY": ("The report will be shared with family at least 3 the days prior to conference", "db", 3),
    "ICPC_CHAIR": ("The report will be sent to the child protection chair 3 working days before the conference", "wdb", 3),
    "CORE1": ("held within 10 days of the conference", "d", 10),
    "CP_VISIT": ("Visits to a child subject to a CP plan will take place at least every 4 weeks", "w", 4),
    "RCPC_PARENTS": ("This report must be shared with parents at least 3 days prior to the review conference", "db", 3),
    "RCPC_CHAIR": ("The report will be available to the conference chair at least 3 days prior to the review conference", "db", 3),
    "CP_12M": ("when they have been subject to a plan for 12 months", "m", 12),
    "PLO_FIRST": ("should take place within 10 days of the date on the PLO letter", "d", 10),
    "PLO_FGC": ("Referral should be made within 3 working days of the first PLO meeting", "wd", 3),
    "PLO_VIAB": ("need to be made to Family Placement Team within 3 working days of the initial PLO meeting", "wd", 3),
    "PLO_MINUTES": ("distributed to parents and their legal representation within 7 days of the meeting", "d", 7),
    "PLO_REVIEW": ("Review PLO meetings with parents to be held every 4-6 weeks", "w", 6),
    "PLO_12W": ("A review legal planning meeting will be held at 12 weeks", "w", 12),
    "PLO_EXT": ("In exceptional circumstances a further period of 4 weeks will be agreed in PLO", "w", 4),
    "PLO_16W": ("If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks", "w", 16),
    "CIN_DEPLAN": ("will set the first CIN meeting within 20 days", "d", 20),
    "CIN_TRANSFER": ("the initial CIN meeting must take place within 10 days", "d", 10),
    "CIN_REVIEW": ("CIN review meetings will be held at least every 6 weeks", "w", 6),
    "CIN_VISIT": ("A child subject to a CIN plan will be seen at least every 6 weeks", "w", 6),
    "CIC_EMERG_ASS": ("If it is an emergency / unplanned admission the assessment will be completed within 20 working days", "wd", 20),
    "CIC_VISIT1": ("The child will be visited within 1 working day of coming into care or having a change in placement", "wd", 1),
    "PLACEMENT_MTG": ("The placement meeting will be held within 3 working days", "wd", 3),
    "PLACEMENT_PLAN": ("an updated copy given to the carers within 5 working days of the placement beginning", "wd", 5),
    "FAMILY_TIME": ("reviewed at least every 8 week until the plan for permanence is agreed", "w", 8),
    "CIC_PACK": ("The child will be provided with a coming into care pack, children rights leaflet within 3 weeks", "w", 3),
    "LEGAL_STATUS": ("will be informed of the child’s legal status within 5 working days", "wd", 5),
    "IHA": ("An initial health assessment will be requested and carried out within 20 working days", "wd", 20),
    "PEP": ("A PEP meeting will be arranged within the school within 20 days", "d", 20),
    "LAC_SEEN": ("All looked after children will be seen within 1 working day of placement", "wd", 1),
    "LAC_WEEKLY": ("Statutory looked after visits must happen weekly until the first looked after review", "w", 1),
    "LAC_6W": ("then a minimum of every 6 weeks thereafter until the plan for permanence is finalised", "w", 6),
    "LAC_12W": ("Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement", "w", 12),
    "LAC_12M_PERM": ("has settled into a permanent placement and been there for over 12 months", "m", 12),
    "CARE_PLAN": ("An up to date care plan will be recorded on the electronic system within 10 days of placement", "d", 10),
    "LAC_REVIEW1": ("The initial Looked After Review must take place within 20 working days of the child becoming looked after", "wd", 20),
    "PATHWAY": ("A pathway plan will be started when the young person is 15 years 6 months", None, None),
    "LAC_REPORT": ("this will be with the IRO 3 days before the review", "db", 3),
    "IRO_INFORMAL": ("If the challenge is not resolved within 5 working days a formal dispute will be raised", "wd", 5),
    "IRO_FORMAL": ("The formal dispute resolution process should be completed from start to finish within 20 working days", "wd", 20),
    "ADOPT_U6": ("If a child under the age of 6 enters PLO or proceedings", None, None),
    "ADOPT_WEEKLY": ("Once the child is placed weekly statutory visits will take place until the first Looked After Review", "w", 1),
    "ADOPT_6W": ("then visits will be a minimum of 6 weekly until the Adoption Order is Granted", "w", 6),
    "ADOPT_10W": ("Once the children have been in placement with the adopter for 10 weeks", "w", 10),
    "FC_VISIT": ("Trafford foster carers are visited at least once every six weeks", "w", 6),
    "FC_RECORD": ("a record of this visit is recorded on LCS within 3 working days", "wd", 3),
    "FC_UNANN": ("All Trafford foster carers will have an unannounced visit at least once every 12 months", "m", 12),
    "FC_ANNUAL": ("All Trafford foster carers will have an annual review including an updated Safer Caring Policy", "m", 12),
    "FC_PANEL3Y": ("Every foster carer will have an annual review presented to the Fostering Panel at least every three years", "m", 36),
    "FC_CHECKS": ("All foster carers will have updated statutory references, medicals and DBS checks at least every three years", "m", 36),
    "FC_TRAINING": ("All Trafford foster carers must update their core training at least every three years", "m", 36),
    "VARIATION": ("This can only be given for up to 6 working days", "wd", 6),
    "TEMP_APPROVAL": ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks", "w", 16),
    "RECORDING": ("any event or contact is recorded within 3 days", "d", 3),
    "SUMMARY": ("A clear and concise case file summary which has been updated within the last 3 months", "m", 3),
    "ASSESS_12M": ("An up to date assessment (within the last 12 months) on each child", "m", 12),
    "ADVOCATE_12": ("if they are 12 or over they should be offered an advocate", None, None),
    # phrases used only by `none` rows (what the standards do say on the topic, without a timescale)
    "N_RCPC_DATE": ("The child protection chair will set the date of the next conference", None, None),
    "N_CORE_REVIEW": ("The multi –agency plan and the targets agreed and outcomes expected are reviewed at every core group", None, None),
    "N_SUPERVISION": ("monitored through supervision which takes place in line with the supervision policy", None, None),
    "N_SECOND_REVIEW": ("At the point of the second review (if not in proceedings) the child must have a permanency plan", None, None),
    "N_SHOPBA": ("This needs to take place after the area teams final care planning meeting", None, None),
    "N_LIFESTORY": ("The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child", None, None),
    "N_IRO_CONTACT": ("The IRO will contact the child between reviews to ensure the progress of the plan", None, None),
    "N_EARLY_HELP": ("Initial decisions will be made about the action required by an Early Help Team Leader", None, None),
    "N_STRAT_RECORD": ("All strategy discussions will be recorded by the social worker", None, None),
    "N_PTT": ("a professional thinking time meeting to consider how professionals can work", None, None),
    "N_SHOPBA_LETTER": ("Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM", None, None),
    "N_ANNEX_A": ("The Social Worker will complete the Annex A suitability report for Court", None, None),
    "N_FAMILY_FOCUS": ("a referral should be made to Family Focus by emailing the team", None, None),
}


def P(s):
    return D.fromisoformat(s)


def compute_one(std, start, op=None, n=None):
    phrase, sop, sn = STD[std]
    op = op or sop
    n = sn if n is None else n
    return OPS[op](P(start), n)


def build(row):
    """row: dict with q, today, voice, kind, and one of:
       std+start (+op,n)         single timescale
       steps=[(std,start_or_None,op,n), ...]  chained (start None = previous result)
       age=(std, dob, years, months)
       choice=[(std,start), (std,start)]
       none=std
    """
    out = {"q": row["q"], "today": row["today"]}
    kind = row["kind"]
    if kind == "none":
        out["due"] = None
        out["expect_any"] = [STD[s][0] for s in (row["none"] if isinstance(row["none"], list) else [row["none"]])]
        out["count"] = "no timescale for this in the practice standards: " + row["why"]
    elif kind == "age":
        std, dob, y, m = row["age"]
        d, note = age_date(P(dob), y, m)
        out["due"] = d.isoformat()
        out["expect_any"] = [STD[std][0]]
        out["count"] = note
    elif kind == "choice":
        res = []
        for item in row["choice"]:
            std, start = item[0], item[1]
            op = item[2] if len(item) > 2 else None
            n = item[3] if len(item) > 3 else None
            d, note = compute_one(std, start, op, n)
            res.append((d, std, note))
        out["due"] = min(r[0] for r in res).isoformat()
        out["expect_any"] = [STD[r[1]][0] for r in res]
        out["count"] = " | ".join(f"{r[1]}: {r[2]}" for r in res) + f"; earlier = {out['due']}"
    elif "steps" in row:
        d = None
        notes = []
        stds = []
        for std, start, op, n in row["steps"]:
            s = P(start) if start else d
            phrase, sop, sn = STD[std]
            d, note = OPS[op or sop](s, sn if n is None else n)
            notes.append(note)
            if std not in stds:
                stds.append(std)
        out["due"] = d.isoformat()
        out["expect_any"] = [STD[s][0] for s in stds]
        out["count"] = "; then ".join(notes)
    else:
        d, note = compute_one(row["std"], row["start"], row.get("op"), row.get("n"))
        out["due"] = d.isoformat()
        out["expect_any"] = [STD[row["std"]][0]]
        out["count"] = note
    for extra in row.get("also", []):
        out["expect_any"].append(STD[extra][0])
    if row.get("pre"):
        out["count"] = row["pre"] + "; " + out["count"]
    out["voice"] = row["voice"]
    out["kind"] = kind
    if row.get("ambiguous"):
        out["ambiguous"] = row["ambiguous"]
    return out


from rows import ROWS  # noqa: E402


def check(rows_out):
    src = open(SOURCE, encoding="utf-8").read()
    ok = True
    for std, (phrase, _, _) in STD.items():
        if phrase not in src:
            print("PHRASE NOT IN SOURCE:", std, repr(phrase))
            ok = False
        if len(phrase.split()) < 6:
            print("PHRASE TOO SHORT:", std, repr(phrase))
            ok = False
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    seen_q = set()
    for i, line in enumerate(lines, 1):
        r = json.loads(line)
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in r:
                print("missing", k, "line", i)
                ok = False
        for ph in r["expect_any"]:
            if ph not in src or len(ph.split()) < 6:
                print("bad phrase line", i, ph)
                ok = False
        if r["kind"] == "none" and r["due"] is not None:
            print("none with due", i); ok = False
        if r["kind"] != "none":
            P(r["due"])
        P(r["today"])
        if r["q"] in seen_q:
            print("duplicate q", i); ok = False
        seen_q.add(r["q"])
        if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
            print("bad voice", i); ok = False
        if r["kind"] not in ("date", "visits", "age", "choice", "none"):
            print("bad kind", i); ok = False
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            print("choice needs 2 phrases", i); ok = False
    # recompute from oracle and compare
    for i, (row, line) in enumerate(zip(ROWS, lines), 1):
        if json.dumps(build(row), ensure_ascii=False) != line:
            print("line differs from oracle", i); ok = False
    if len(lines) != len(ROWS):
        print("line count differs"); ok = False
    from collections import Counter
    kinds = Counter(json.loads(l)["kind"] for l in lines)
    voices = Counter(json.loads(l)["voice"] for l in lines)
    kv = Counter((json.loads(l)["voice"], json.loads(l)["kind"]) for l in lines)
    print("rows", len(lines))
    print("kinds", dict(kinds))
    print("voices", dict(voices))
    print("ambiguous", sum(1 for l in lines if "ambiguous" in json.loads(l)))
    print("years of due", Counter((json.loads(l)["due"] or "none")[:4] for l in lines))
    return ok


def self_test():
    # sanity checks of the hand-typed bank holidays against computed Easter / Mondays
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)
    for y in range(2024, 2029):
        hs = sorted(h for h in BANK_HOLIDAYS if h.year == y)
        assert len(hs) == 8, (y, hs)
        e = easter(y)
        assert e - dt.timedelta(days=2) in BANK_HOLIDAYS and e + dt.timedelta(days=1) in BANK_HOLIDAYS, y
        for h in hs:
            assert h.weekday() < 5, h
    assert wd_after(D(2025, 12, 19), 1)[0] == D(2025, 12, 22)
    assert wd_after(D(2025, 12, 24), 1)[0] == D(2025, 12, 29)
    assert wd_after(D(2026, 4, 2), 1)[0] == D(2026, 4, 7)
    assert wd_before(D(2026, 4, 7), 3)[0] == D(2026, 3, 31)
    assert add_months(D(2026, 1, 31), 1)[0] == D(2026, 2, 28)
    assert age_date(D(2012, 2, 29), 14)[0] == D(2026, 3, 1)


if __name__ == "__main__":
    self_test()
    outs = [build(r) for r in ROWS]
    with open(OUT, "w", encoding="utf-8") as f:
        for o in outs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ok = check(outs)
    print("CHECK", "OK" if ok else "FAILED")
    if "--show" in sys.argv:
        for o in outs:
            print(o["voice"], o["kind"], o["today"], "|", o["q"], "=>", o["due"], "|", o["count"])
