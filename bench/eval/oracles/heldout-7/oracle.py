#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-7).

Standard library only. Computes `due` and `count` for every row from a
structured rule, then writes questions.jsonl next to this file.

Rules:
  ('wd',  start, n)    Nth working day strictly after start
  ('wdb', meeting, n)  Nth working day strictly before meeting
  ('d',   start, n)    start + n calendar days
  ('db',  meeting, n)  meeting - n calendar days ("at least N days prior")
  ('w',   start, n)    start + 7n days
  ('m',   start, n)    same day n months later (clamped to month end)
  ('same', start)      the same day
  ('age', dob, years, months)  date the person reaches that age
"""
import datetime as dt
import json
import os
import sys

D = dt.date
DAYN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# England and Wales bank holidays 2024-2028, typed by hand.
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


def _self_check_holidays():
    """Cross-check the typed list against the rules (Easter by computus)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4
        l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        mo = (h + l - 7 * m + 114) // 31
        da = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, mo, da)

    def first_mon(y, mo):
        x = D(y, mo, 1)
        while x.weekday() != 0:
            x += dt.timedelta(1)
        return x

    def last_mon(y, mo):
        x = D(y, mo + 1, 1) - dt.timedelta(1)
        while x.weekday() != 0:
            x -= dt.timedelta(1)
        return x

    exp = set()
    for y in range(2024, 2029):
        ny = D(y, 1, 1)
        while ny.weekday() >= 5:
            ny += dt.timedelta(1)
        exp.add(ny)
        e = easter(y)
        exp |= {e - dt.timedelta(2), e + dt.timedelta(1)}
        exp |= {first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        c, b = D(y, 12, 25), D(y, 12, 26)
        if c.weekday() == 5:      # Sat Christmas: Mon 27 and Tue 28
            exp |= {D(y, 12, 27), D(y, 12, 28)}
        elif c.weekday() == 4:    # Fri Christmas, Sat Boxing Day -> Mon 28
            exp |= {c, D(y, 12, 28)}
        elif c.weekday() == 6:    # Sun Christmas -> Boxing Mon, sub Tue 27
            exp |= {b, D(y, 12, 27)}
        else:
            exp |= {c, b}
    assert exp == set(BANK_HOLIDAYS), sorted(exp ^ set(BANK_HOLIDAYS))


def iso(x):
    return x.isoformat()


def lab(x):
    return "%s (%s)" % (x.isoformat(), DAYN[x.weekday()])


def p(s):
    return dt.date.fromisoformat(s)


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(x.day, last)), x.day > last


def apply(rule):
    """Return (due_date, count_text)."""
    kind = rule[0]
    if kind in ("wd", "wdb"):
        start, n = p(rule[1]), rule[2]
        step = 1 if kind == "wd" else -1
        cur, k, skipped = start, 0, []
        while k < n:
            cur += dt.timedelta(step)
            if is_wd(cur):
                k += 1
            elif cur in BANK_HOLIDAYS:
                skipped.append(cur)
        word = "after" if kind == "wd" else "before"
        txt = "%d working day%s %s %s -> %s" % (n, "s" if n != 1 else "", word, lab(start), lab(cur))
        if skipped:
            txt += "; skips bank holidays " + ", ".join(
                "%s (%s)" % (iso(s), BANK_HOLIDAYS[s]) for s in sorted(skipped))
        if kind == "wd" and not is_wd(start):
            txt += "; start day is not a working day, counted from it anyway"
        return cur, txt
    if kind in ("d", "db", "w"):
        start, n = p(rule[1]), rule[2]
        days = n * 7 if kind == "w" else n
        sign = -1 if kind == "db" else 1
        due = start + dt.timedelta(sign * days)
        if kind == "w":
            txt = "%d week%s (%d calendar days) after %s -> %s" % (n, "s" if n != 1 else "", days, lab(start), lab(due))
        elif kind == "d":
            txt = "%d calendar days after %s -> %s" % (n, lab(start), lab(due))
        else:
            txt = "%d calendar days before %s -> %s" % (n, lab(start), lab(due))
        if due in BANK_HOLIDAYS:
            txt += "; lands on bank holiday %s (calendar count, not moved)" % BANK_HOLIDAYS[due]
        elif due.weekday() >= 5:
            txt += "; lands on a weekend (calendar count, not moved)"
        return due, txt
    if kind == "m":
        start, n = p(rule[1]), rule[2]
        due, clamped = add_months(start, n)
        txt = "%d months after %s -> %s" % (n, lab(start), lab(due))
        if clamped:
            txt += "; no day %d in that month, so last day of month" % start.day
        return due, txt
    if kind == "same":
        start = p(rule[1])
        return start, "same day as %s" % lab(start)
    if kind == "age":
        dob, years, months = p(rule[1]), rule[2], rule[3]
        total = years * 12 + months
        y, m = divmod(dob.month - 1 + total, 12)
        y += dob.year
        m += 1
        last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(1)).day
        agestr = "%d years" % years + (" %d months" % months if months else "")
        if dob.day > last:
            if dob.month == 2 and dob.day == 29 and months == 0:
                due = D(y, 3, 1)
                txt = "age %s from DOB %s -> %s; 29 Feb birthday in a non-leap year taken as 1 March" % (agestr, iso(dob), lab(due))
            else:
                due = D(y, m, last)
                txt = "age %s from DOB %s -> %s; no day %d in that month, so last day of month" % (agestr, iso(dob), lab(due), dob.day)
        else:
            due = D(y, m, dob.day)
            txt = "age %s from DOB %s -> %s" % (agestr, iso(dob), lab(due))
            if dob.month == 2 and dob.day == 29:
                if m == 2:
                    txt += "; 29 Feb birthday and %d is a leap year, so no adjustment" % y
                else:
                    txt += "; 29 Feb birthday but target month is not February, so no adjustment"
        return due, txt
    raise ValueError(rule)


# ---------------------------------------------------------------------------
# Verbatim phrases from the standards (checked against the source by check.py)
P = dict(
    FD="are required by a Team Leader within 1 working day",
    INIT="Initial decisions will be made about the action required within 1 working day",
    REF="Referrals will be actioned by a social worker within 1 working day",
    S47SEEN="will be seen by the Social Worker the same day",
    S47DISC="Within 5 days of the Section 47 being initiated",
    ALLOC="allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    TLREV="All assessments will be reviewed by the Team Leader within 15 working days",
    A45="Assessments must all be completed within 45 days",
    STRAT1="a strategy discussion is required, this must happen within 1 working day",
    STRAT24="A strategy discussion within 24 hours involving all relevant agencies",
    NOTICE="notify the Neighbourhood Team via email, giving at least 5 days\u2019 notice",
    JOINT="Within the 5 days\u2019 notice period, the Children\u2019s First Response Social Worker",
    ICPC="Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    FAM3="The report will be shared with family at least 3 the days prior to conference",
    CHAIR3="sent to the child protection chair 3 working days before the conference",
    CG="held within 10 days of the conference",
    CPV="Visits to a child subject to a CP plan will take place at least every 4 weeks",
    CPHOME="A statutory CP visit must not be recorded on the child\u2019s file unless the child was seen at home",
    RCPAR="This report must be shared with parents at least 3 days prior to the review conference",
    RCCHAIR="The report will be available to the conference chair at least 3 days prior to the review conference",
    CP12="when they have been subject to a plan for 12 months",
    PLO1="The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    FGC="Referral should be made within 3 working days of the first PLO meeting",
    VIA="Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    MIN="to be distributed to parents and their legal representation within 7 days of the meeting",
    PLOREV="Review PLO meetings with parents to be held every 4-6 weeks",
    W12="A review legal planning meeting will be held at 12 weeks",
    W16="a Legal Gateway meeting will be convened at 16 weeks",
    W4="In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
    CIN20="will set the first CIN meeting within 20 days",
    CIN10="the initial CIN meeting must take place within 10 days",
    CINREV="CIN review meetings will be held at least every 6 weeks",
    CINV="A child subject to a CIN plan will be seen at least every 6 weeks",
    CINHOME="The visit can only be recorded as a CIN visit on the child\u2019s case file if they have been seen at home",
    EMERG="If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    VIS1="The child will be visited within 1 working day of coming into care or having a change in placement",
    SEEN1="All looked after children will be seen within 1 working day of placement",
    PM="The placement meeting will be held within 3 working days",
    PP5="an updated copy given to the carers within 5 working days of the placement beginning",
    FT="reviewed at least every 8 week until the plan for permanence is agreed",
    PACK="coming into care pack, children rights leaflet within 3 weeks",
    LEGAL="will be informed of the child\u2019s legal status within 5 working days",
    IHA="An initial health assessment will be requested and carried out within 20 working days",
    PEP="A PEP meeting will be arranged within the school within 20 days",
    LACW="Statutory looked after visits must happen weekly until the first looked after review",
    LAC6="then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    LAC12="Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    CAREPLAN="An up to date care plan will be recorded on the electronic system within 10 days of placement",
    ILAC="The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    PATH="A pathway plan will be started when the young person is 15 years 6 months",
    IRO3="this will be with the IRO 3 days before the review",
    IRO5="If the challenge is not resolved within 5 working days a formal dispute will be raised",
    IRO20="The formal dispute resolution process should be completed from start to finish within 20 working days",
    ADOP6="If a child under the age of 6 enters PLO or proceedings",
    ADW="Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    AD6="then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    W10="Once the children have been in placement with the adopter for 10 weeks",
    FCV="Trafford foster carers are visited at least once every six weeks",
    FCREC="a record of this visit is recorded on LCS within 3 working days",
    UNANN="will have an unannounced visit at least once every 12 months",
    ANNUAL="All Trafford foster carers will have an annual review",
    PANEL="annual review presented to the Fostering Panel at least every three years",
    DBS="updated statutory references, medicals and DBS checks at least every three years",
    TRAIN="must update their core training at least every three years",
    VAR="This can only be given for up to 6 working days",
    TEMP="Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    REC="any event or contact is recorded within 3 days",
    SUM="A clear and concise case file summary which has been updated within the last 3 months",
    ASS12="An up to date assessment (within the last 12 months) on each child",
    ADV="if they are 12 or over they should be offered an advocate",
    # used for `none` rows: the nearest text, which sets no timescale
    NEXTCONF="The child protection chair will set the date of the next conference",
    NEWLAC="a new LAC review will be set in accordance with the timescales",
    SUPPOL="monitored through supervision which takes place in line with the supervision policy",
    EH="Initial decisions will be made about the action required by an Early Help Team Leader",
    SHOPBA="prior to legal need to submit the paperwork for the Issues Resolution Hearing",
    LIFE="The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    SUPPORT="a Support Meeting will be held and chaired by the Team Leader",
    SWET="the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
    IROCONTACT="The IRO will contact the child between reviews to ensure the progress of the plan",
    FF="a referral should be made to Family Focus by emailing the team",
)

AMB_45 = ("The standard says '45 days' (counted here as calendar days); a reader "
          "following statutory guidance might count 45 working days instead.")
AMB_PLOREV = ("'every 4-6 weeks' is a range: the latest date (6 weeks) is given; the "
              "earliest point (4 weeks) would be %s.")
AMB_24H = ("The S47 section also says a strategy discussion 'within 24 hours', which "
           "would put it on %s instead.")

ROWS = []


def R(voice, kind, today, q, rule, phrases, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, rule=rule,
                     phrases=[P[x] for x in phrases], amb=amb))


def build():
    from rows import add_rows  # row definitions live in rows.py
    _self_check_holidays()
    add_rows(R, AMB_45, AMB_PLOREV, AMB_24H)
    out = []
    for r in ROWS:
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards for this; due is null"
        elif r["kind"] == "choice":
            parts = []
            dues = []
            for label, rule in r["rule"]:
                d_, t_ = apply(rule)
                dues.append(d_)
                parts.append("%s: %s" % (label, t_))
            due = min(dues)
            count = "; ".join(parts) + "; earlier -> %s" % lab(due)
        else:
            due, count = apply(r["rule"])
        row = dict(q=r["q"], today=r["today"], due=iso(due) if due else None,
                   expect_any=r["phrases"], count=count, voice=r["voice"],
                   kind=r["kind"])
        if r["amb"]:
            amb = r["amb"]
            if isinstance(amb, tuple):  # (template, rule): fill in the alternative date
                alt, _ = apply(amb[1])
                amb = amb[0] % lab(alt)
            row["ambiguous"] = amb
        out.append(row)
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    rows = build()
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(rows))
