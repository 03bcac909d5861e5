#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (set-tune-27).

Standard library only. Computes `due` and `count` for every row from a structured
description, then writes questions.jsonl next to this file.

Conventions (from the brief):
  wd:N    Nth working day strictly after the event (Mon-Fri, not a bank holiday)
  d:N     event + N calendar days
  w:N     event + 7N days
  m:N     same day N months later (clamped to month end, e.g. 31 Jan + 1 month = 28/29 Feb)
  wdb:N   Nth working day strictly before the event
  db:N    event - N calendar days
  same    the same day
  age:Y:M birthday (29 Feb -> 1 March in non-leap years)
"""
import datetime as dt
import json
import os
import re

D = dt.date

# England and Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1): "New Year's Day", D(2024, 3, 29): "Good Friday", D(2024, 4, 1): "Easter Monday",
    D(2024, 5, 6): "Early May", D(2024, 5, 27): "Spring", D(2024, 8, 26): "Summer",
    D(2024, 12, 25): "Christmas Day", D(2024, 12, 26): "Boxing Day",
    # 2025
    D(2025, 1, 1): "New Year's Day", D(2025, 4, 18): "Good Friday", D(2025, 4, 21): "Easter Monday",
    D(2025, 5, 5): "Early May", D(2025, 5, 26): "Spring", D(2025, 8, 25): "Summer",
    D(2025, 12, 25): "Christmas Day", D(2025, 12, 26): "Boxing Day",
    # 2026 (Boxing Day is a Saturday -> substitute Monday 28 Dec)
    D(2026, 1, 1): "New Year's Day", D(2026, 4, 3): "Good Friday", D(2026, 4, 6): "Easter Monday",
    D(2026, 5, 4): "Early May", D(2026, 5, 25): "Spring", D(2026, 8, 31): "Summer",
    D(2026, 12, 25): "Christmas Day", D(2026, 12, 28): "Boxing Day (substitute)",
    # 2027 (Christmas Sat, Boxing Day Sun -> substitutes Mon 27 and Tue 28 Dec)
    D(2027, 1, 1): "New Year's Day", D(2027, 3, 26): "Good Friday", D(2027, 3, 29): "Easter Monday",
    D(2027, 5, 3): "Early May", D(2027, 5, 31): "Spring", D(2027, 8, 30): "Summer",
    D(2027, 12, 27): "Christmas Day (substitute)", D(2027, 12, 28): "Boxing Day (substitute)",
    # 2028 (New Year's Day Saturday -> substitute Monday 3 Jan)
    D(2028, 1, 3): "New Year's Day (substitute)", D(2028, 4, 14): "Good Friday",
    D(2028, 4, 17): "Easter Monday", D(2028, 5, 1): "Early May", D(2028, 5, 29): "Spring",
    D(2028, 8, 28): "Summer", D(2028, 12, 25): "Christmas Day", D(2028, 12, 26): "Boxing Day",
}


def _self_check_holidays():
    # sanity: every holiday is a weekday; Good Friday/Easter Monday agree with the computed Easter
    def easter(y):  # anonymous Gregorian algorithm
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31; da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)
    for d0 in BANK_HOLIDAYS:
        assert d0.weekday() < 5, d0
    for y in range(2024, 2029):
        e = easter(y)
        assert BANK_HOLIDAYS.get(e - dt.timedelta(2)) == "Good Friday", y
        assert BANK_HOLIDAYS.get(e + dt.timedelta(1)) == "Easter Monday", y
        assert sum(1 for d0 in BANK_HOLIDAYS if d0.year == y) == 8, y


WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDFULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def iso(d):
    return d.isoformat()


def lab(d):
    return f"{iso(d)} ({WDN[d.weekday()]})"


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt(d, code):
    yy = f"{d.year % 100:02d}"
    return {
        "dmy2": f"{d.day:02d}/{d.month:02d}/{yy}",
        "dmy4": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy0": f"{d.day}/{d.month}/{yy}",
        "dm": f"{d.day:02d}/{d.month:02d}",
        "dm0": f"{d.day}/{d.month}",
        "dot": f"{d.day:02d}.{d.month:02d}",
        "doty": f"{d.day}.{d.month}.{yy}",
        "th": f"{ordinal(d.day)} {MON[d.month - 1]}",
        "thm": f"{ordinal(d.day)} {MONFULL[d.month - 1].lower()}",
        "thM": f"{ordinal(d.day)} {MONFULL[d.month - 1]}",
        "thMy": f"{ordinal(d.day)} {MONFULL[d.month - 1]} {d.year}",
        "the": f"the {ordinal(d.day)}",
        "wd": f"{WDFULL[d.weekday()]} {ordinal(d.day)} {MONFULL[d.month - 1]}",
        "wds": f"{WDN[d.weekday()]} {d.day:02d}/{d.month:02d}",
        "wdl": f"{WDN[d.weekday()].lower()} {d.day}/{d.month}",
    }[code]


def resolve(tok, today):
    """Start dates: ISO string, or relative to today."""
    if tok in (None, ""):
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", tok):
        return D.fromisoformat(tok)
    if tok == "today":
        return today
    if tok == "yesterday":
        return today - dt.timedelta(1)
    if tok == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"(last|next):(\w{3})", tok)
    if m:
        wd = WDN.index(m.group(2))
        step = -1 if m.group(1) == "last" else 1
        d = today + dt.timedelta(step)
        while d.weekday() != wd:
            d += dt.timedelta(step)
        # keep "last X"/"next X" unambiguous: not yesterday/tomorrow
        assert abs((d - today).days) >= 2, (tok, today)
        return d
    raise ValueError(tok)


def compute(rule, s):
    """Return (due, count-text) for one rule applied to start date s."""
    parts = rule.split(":")
    kind = parts[0]
    if kind == "same":
        return s, f"same day as {lab(s)} -> {lab(s)}"
    if kind in ("wd", "wdb"):
        n = int(parts[1])
        step = 1 if kind == "wd" else -1
        d = s
        skipped = []
        c = 0
        while c < n:
            d += dt.timedelta(step)
            if is_wd(d):
                c += 1
            elif d in BANK_HOLIDAYS:
                skipped.append(iso(d))
        word = "after" if kind == "wd" else "before"
        txt = f"{n} working day{'s' if n > 1 else ''} {word} {lab(s)} -> {lab(d)}"
        if not is_wd(s):
            txt += f"; start day {iso(s)} is not a working day"
        if skipped:
            txt += "; skips bank holidays " + ", ".join(skipped)
        return d, txt
    if kind in ("d", "db"):
        n = int(parts[1])
        d = s + dt.timedelta(n if kind == "d" else -n)
        word = "after" if kind == "d" else "before"
        txt = f"{n} calendar days {word} {lab(s)} -> {lab(d)}"
        if not is_wd(d):
            txt += " (not a working day; no adjustment)"
        return d, txt
    if kind == "w":
        n = int(parts[1])
        d = s + dt.timedelta(7 * n)
        txt = f"{n} week{'s' if n > 1 else ''} ({7 * n} days) after {lab(s)} -> {lab(d)}"
        if not is_wd(d):
            txt += " (not a working day; no adjustment)"
        return d, txt
    if kind == "m":
        n = int(parts[1])
        d, clamped = add_months(s, n)
        txt = f"{n} months after {lab(s)} -> {lab(d)}"
        if clamped:
            txt += f" (day {s.day} does not exist in that month; last day of month used)"
        return d, txt
    if kind == "age":
        y, mo = int(parts[1]), int(parts[2])
        if s.month == 2 and s.day == 29:
            ty, tm = s.year + y + (s.month - 1 + mo) // 12, (s.month - 1 + mo) % 12 + 1
            try:
                d = D(ty, tm, 29)
                note = ""
            except ValueError:
                d = D(ty, 3, 1)
                note = "; born 29 Feb, target year not a leap year so birthday taken as 1 March"
        else:
            d, clamped = add_months(s, 12 * y + mo)
            note = ""
            assert not clamped
        age = f"{y} years" + (f" {mo} months" if mo else "")
        return d, f"DOB {lab(s)} + {age} -> {lab(d)}{note}"
    raise ValueError(rule)


# ---------------------------------------------------------------------------
# Verbatim phrases from /work/shared/source/practice-standards.txt
P = {
    "FD": "are required by a Team Leader within 1 working day",
    "INIT": "Initial decisions will be made about the action required within 1 working day",
    "REF": "Referrals will be actioned by a social worker within 1 working day",
    "S47SEEN": "will be seen by the Social Worker the same day",
    "S47_5": "Within 5 days of the Section 47 being initiated",
    "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
    "C45": "Assessments must all be completed within 45 days",
    "STRAT1": "a strategy discussion is required, this must happen within 1 working day",
    "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
    "NOTICE": "the Neighbourhood Team via email, giving at least 5 days",
    "JOINT": "Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker",
    "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
    "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
    "CG1": "held within 10 days of the conference",
    "CPVIS": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
    "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "PTT": "when they have been subject to a plan for 12 months",
    "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "FGC": "Referral should be made within 3 working days of the first PLO meeting",
    "VIA": "Family Placement Team within 3 working days of the initial PLO meeting",
    "MIN": "distributed to parents and their legal representation within 7 days of the meeting",
    "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
    "PLO12": "A review legal planning meeting will be held at 12 weeks",
    "PLOEXT": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    "PLO16": "a Legal Gateway meeting will be convened at 16 weeks",
    "CIN20": "will set the first CIN meeting within 20 days",
    "CIN10": "the initial CIN meeting must take place within 10 days",
    "CINREV": "CIN review meetings will be held at least every 6 weeks",
    "CINVIS": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "CICVIS1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "LACSEEN1": "All looked after children will be seen within 1 working day of placement",
    "PLMEET": "The placement meeting will be held within 3 working days",
    "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
    "FT": "reviewed at least every 8 week until the plan for permanence is agreed",
    "PACK": "coming into care pack, children rights leaflet within 3 weeks",
    "LEGAL": "informed of the child\u2019s legal status within 5 working days",
    "IHA": "An initial health assessment will be requested and carried out within 20 working days",
    "PEP": "A PEP meeting will be arranged within the school within 20 days",
    "LACWEEK": "Statutory looked after visits must happen weekly until the first looked after review",
    "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "LAR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
    "IROREP": "this will be with the IRO 3 days before the review",
    "IROINF": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "IROFORM": "The formal dispute resolution process should be completed from start to finish within 20 working days",
    "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
    "ADWEEK": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "AD6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "ADO10": "in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "FCVIS": "Trafford foster carers are visited at least once every six weeks",
    "FCREC": "a record of this visit is recorded on LCS within 3 working days",
    "FCUNANN": "will have an unannounced visit at least once every 12 months",
    "FCANN": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "FCPANEL": "annual review presented to the Fostering Panel at least every three years",
    "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
    "FCTRAIN": "must update their core training at least every three years",
    "VAR": "This can only be given for up to 6 working days",
    "TEMP": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "REC": "any event or contact is recorded within 3 days",
    "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
    "ASS12": "An up to date assessment (within the last 12 months) on each child",
    "ADVOC": "if they are 12 or over they should be offered an advocate",
    # related (non-timescale) sentences, used for `none` rows
    "NEXTCONF": "The child protection chair will set the date of the next conference",
    "SUPPOL": "monitored through supervision which takes place in line with the supervision policy",
    "PATHIRO": "will be reviewed by the IRO as part of the statutory review",
    "SECONDREV": "At the point of the second review (if not in proceedings)",
    "LIFESTORY": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "INTERIM": "the requirement for any written agreement with the parent is fully recorded",
    "PLACEORD": "If the Court make a Placement Order in respect to the child",
}

ROWS = []


def R(v, k, q, s, rule, ph, t=None, x=None, y=None, h=None, amb=None):
    ROWS.append(dict(v=v, k=k, q=q, s=s, rule=rule, ph=ph, t=t, x=x, y=y, h=h, amb=amb))


AMB_24H = "The S47 section says a strategy discussion 'within 24 hours' while the Front Door section says 'within 1 working day'; over a weekend/bank holiday these give different dates."
AMB_45 = "The standard says 45 days (counted here as calendar days); statutory guidance uses 45 working days, which a reader might apply instead."
AMB_PLOSTART = "The standard does not say what the 12/16 weeks run from; counted here from the PLO letter, but a reader could count from the first PLO meeting or the Legal Gateway decision."
AMB_PLOREV = "The standard gives a 4-6 week range; due is the latest (6 weeks); a reader could answer 4 weeks."
AMB_PEP = "The standard does not say what the 20 days run from; counted from the date the child became looked after/was placed."
AMB_NOTICE = "'At least 5 days' notice' read as 5 calendar days after the email; the standard does not say exactly how to count the notice period."
AMB_VAR = "'Up to 6 working days' counted as the 6th working day after placement; if the placement day counts as day 1 it would end one working day earlier."

from rows_spec import add_rows  # noqa: E402  (row descriptions live in rows_spec.py)


def build():
    _self_check_holidays()
    add_rows(R, AMB_24H, AMB_45, AMB_PLOSTART, AMB_PLOREV, AMB_PEP, AMB_NOTICE, AMB_VAR)
    out = []
    for i, r in enumerate(ROWS, 1):
        t = D.fromisoformat(r["t"]) if r["t"] else None
        t0 = t or D(2000, 1, 1)
        s = resolve(r["s"], t0) if r["s"] else None
        x = resolve(r["x"], t0)
        y = resolve(r["y"], t0)
        h = resolve(r["h"], t0)
        dates = {"s": s, "x": x, "y": y, "h": h}

        def sub(m):
            return fmt(dates[m.group(1)], m.group(2))
        q = re.sub(r"\{([sxyh]):(\w+)\}", sub, r["q"])
        assert "{" not in q, q
        if r["k"] == "none":
            due, count = None, "no timescale in the standards for this; due null"
            phr = r["ph"] if isinstance(r["ph"], list) else ([r["ph"]] if r["ph"] else [])
        elif r["k"] == "choice":
            res = []
            phr = []
            for rule, pk in r["rule"]:
                d0, c0 = compute(rule, s)
                res.append((d0, f"[{pk}] {c0}"))
                phr.append(pk)
            due = min(d0 for d0, _ in res)
            count = " | ".join(c for _, c in res) + f"; earlier = {iso(due)}"
        else:
            due, count = compute(r["rule"], s)
            phr = r["ph"] if isinstance(r["ph"], list) else [r["ph"]]
        if h is not None and due is not None:
            diff = (h - due).days
            count += f"; actual {lab(h)} " + (f"late by {diff} day(s)" if diff > 0 else "within timescale")
        if t is None:
            if r["v"] == "manager":
                t = max(d0 for d0 in [s, h, due] if d0) + dt.timedelta(10)
            elif r["rule"] in ("none",) or r["k"] in ("none",):
                t = s or D(2026, 6, 1)
            elif isinstance(r["rule"], str) and r["rule"].startswith(("wdb", "db")):
                t = s - dt.timedelta(9)
            elif r["k"] == "age":
                t = due - dt.timedelta(45)
            else:
                t = s
                while not is_wd(t):
                    t += dt.timedelta(1)
        row = {
            "q": q,
            "today": iso(t),
            "due": iso(due) if due else None,
            "expect_any": [P[k] for k in phr],
            "count": count,
            "voice": r["v"],
            "kind": r["k"],
        }
        if r["amb"]:
            row["ambiguous"] = r["amb"]
        out.append(row)
    return out


if __name__ == "__main__":
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    rows = build()
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
