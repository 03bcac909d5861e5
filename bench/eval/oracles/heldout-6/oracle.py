#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (set-heldout-6).

Standard library only. Reads the structured row descriptions in rows.py (same
folder), computes `due` and `count` for every row, runs the checks asked for in
the brief and writes questions.jsonl.

Usage:  python3 oracle.py            (build + check)
        python3 oracle.py --check    (check an existing questions.jsonl only)
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

D = dt.date
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------------------
# England and Wales bank holidays 2024-2028, typed by hand.
# (substitute days marked; no one-off extra holidays in this period)
# ---------------------------------------------------------------------------
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1),    # New Year's Day (Mon)
    D(2024, 3, 29),   # Good Friday
    D(2024, 4, 1),    # Easter Monday
    D(2024, 5, 6),    # Early May
    D(2024, 5, 27),   # Spring
    D(2024, 8, 26),   # Summer
    D(2024, 12, 25),  # Christmas (Wed)
    D(2024, 12, 26),  # Boxing Day (Thu)
    # 2025
    D(2025, 1, 1),    # New Year's Day (Wed)
    D(2025, 4, 18),   # Good Friday
    D(2025, 4, 21),   # Easter Monday
    D(2025, 5, 5),    # Early May
    D(2025, 5, 26),   # Spring
    D(2025, 8, 25),   # Summer
    D(2025, 12, 25),  # Christmas (Thu)
    D(2025, 12, 26),  # Boxing Day (Fri)
    # 2026
    D(2026, 1, 1),    # New Year's Day (Thu)
    D(2026, 4, 3),    # Good Friday
    D(2026, 4, 6),    # Easter Monday
    D(2026, 5, 4),    # Early May
    D(2026, 5, 25),   # Spring
    D(2026, 8, 31),   # Summer
    D(2026, 12, 25),  # Christmas (Fri)
    D(2026, 12, 28),  # Boxing Day substitute (26th is Sat)
    # 2027
    D(2027, 1, 1),    # New Year's Day (Fri)
    D(2027, 3, 26),   # Good Friday
    D(2027, 3, 29),   # Easter Monday
    D(2027, 5, 3),    # Early May
    D(2027, 5, 31),   # Spring
    D(2027, 8, 30),   # Summer
    D(2027, 12, 27),  # Christmas substitute (25th is Sat)
    D(2027, 12, 28),  # Boxing Day substitute (26th is Sun)
    # 2028
    D(2028, 1, 3),    # New Year substitute (1st is Sat)
    D(2028, 4, 14),   # Good Friday
    D(2028, 4, 17),   # Easter Monday
    D(2028, 5, 1),    # Early May
    D(2028, 5, 29),   # Spring
    D(2028, 8, 28),   # Summer
    D(2028, 12, 25),  # Christmas (Mon)
    D(2028, 12, 26),  # Boxing Day (Tue)
}


def self_check_holidays():
    """Independent cross-check of the typed list (Easter by the anonymous
    Gregorian algorithm, Monday rules, substitute days)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4
        l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31
        day = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, month, day)

    def first_monday(y, m):
        x = D(y, m, 1)
        while x.weekday() != 0:
            x += dt.timedelta(1)
        return x

    def last_monday(y, m):
        x = D(y, m + 1, 1) - dt.timedelta(1)
        while x.weekday() != 0:
            x -= dt.timedelta(1)
        return x

    calc = set()
    for y in range(2024, 2029):
        ny = D(y, 1, 1)
        while ny.weekday() >= 5:
            ny += dt.timedelta(1)
        calc.add(ny)
        e = easter(y)
        calc.add(e - dt.timedelta(2)); calc.add(e + dt.timedelta(1))
        calc.add(first_monday(y, 5)); calc.add(last_monday(y, 5)); calc.add(last_monday(y, 8))
        xmas, box = D(y, 12, 25), D(y, 12, 26)
        taken = set()
        for day in (xmas, box):
            x = day
            while x.weekday() >= 5 or x in taken:
                x += dt.timedelta(1)
            taken.add(x)
        calc |= taken
    assert calc == BANK_HOLIDAYS, sorted(calc ^ BANK_HOLIDAYS)
    assert len(BANK_HOLIDAYS) == 40


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return "%s (%s)" % (x.isoformat(), WD[x.weekday()])


# ---------------------------------------------------------------------------
# Counting primitives
# ---------------------------------------------------------------------------
def add_wd(start, n):
    x, k, skipped = start, 0, []
    while k < n:
        x += dt.timedelta(1)
        if is_wd(x):
            k += 1
        elif x in BANK_HOLIDAYS:
            skipped.append(x)
    return x, skipped


def sub_wd(start, n):
    x, k, skipped = start, 0, []
    while k < n:
        x -= dt.timedelta(1)
        if is_wd(x):
            k += 1
        elif x in BANK_HOLIDAYS:
            skipped.append(x)
    return x, skipped


def add_months(start, n):
    m0 = start.month - 1 + n
    y, m = start.year + m0 // 12, m0 % 12 + 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    day = min(start.day, last)
    return D(y, m, day), day != start.day


def birthday(dob, age):
    y = dob.year + age
    if dob.month == 2 and dob.day == 29:
        try:
            return D(y, 2, 29), False
        except ValueError:
            return D(y, 3, 1), True
    return D(y, dob.month, dob.day), False


def skip_note(skipped):
    if not skipped:
        return ""
    return "; skips bank holiday%s %s" % ("s" if len(skipped) > 1 else "",
                                          ", ".join(s.isoformat() for s in skipped))


def weekend_start_note(start):
    if not is_wd(start):
        why = "bank holiday" if start in BANK_HOLIDAYS else "weekend"
        return " (start is a %s; 1st working day is the next working day)" % why
    return ""


def compute(method, n, start):
    """Return (due, count-text)."""
    if method == "wd":
        due, sk = add_wd(start, n)
        return due, "%d working day%s after %s -> %s%s%s" % (
            n, "s" if n != 1 else "", fmt(start), fmt(due), skip_note(sk), weekend_start_note(start))
    if method == "wd_before":
        due, sk = sub_wd(start, n)
        return due, "%d working days before %s -> %s%s" % (n, fmt(start), fmt(due), skip_note(sk))
    if method == "days":
        due = start + dt.timedelta(n)
        if n == 0:
            return due, "same day as %s -> %s" % (fmt(start), fmt(due))
        return due, "%d days after %s -> %s" % (n, fmt(start), fmt(due))
    if method == "days_before":
        due = start - dt.timedelta(n)
        return due, "%d days before %s -> %s" % (n, fmt(start), fmt(due))
    if method == "weeks":
        due = start + dt.timedelta(7 * n)
        return due, "%d week%s (%d days) after %s -> %s" % (n, "s" if n != 1 else "", 7 * n, fmt(start), fmt(due))
    if method == "months":
        due, clipped = add_months(start, n)
        label = ("%d months" % n) if n % 12 else ("%d year%s (%d months)" % (n // 12, "s" if n > 12 else "", n))
        return due, "%s after %s -> %s%s" % (label, fmt(start), fmt(due),
                                               " (day clipped to end of month)" if clipped else "")
    if method == "age":
        due, moved = birthday(start, n)
        return due, "%d%s birthday of DOB %s -> %s%s" % (
            n, {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th"), start.isoformat(), fmt(due),
            " (29 Feb birthday; 1 March in a non-leap year)" if moved else "")
    if method == "age_months":
        due, clipped = add_months(start, n)
        return due, "%d years %d months (%d months) after DOB %s -> %s%s" % (
            n // 12, n % 12, n, start.isoformat(), fmt(due),
            " (day clipped to end of month)" if clipped else "")
    raise ValueError(method)


# ---------------------------------------------------------------------------
# Timescale rules: key -> (method, n, [verbatim phrases from the source])
# ---------------------------------------------------------------------------
RQ = "\u2019"  # the source's curly apostrophe
RULES = {
    # Front door / CFR
    "contact_screen": ("wd", 1, ["decisions made by what action are required by a Team Leader within 1 working day"]),
    "initial_decision": ("wd", 1, ["Initial decisions will be made about the action required within 1 working day by social work Team Leader"]),
    "referral_action": ("wd", 1, ["Referrals will be actioned by a social worker within 1 working day"]),
    "s47_seen": ("days", 0, ["the child / children will be seen by the Social Worker the same day"]),
    "s47_discuss": ("days", 5, ["Within 5 days of the Section 47 being initiated"]),
    "allocate": ("wd", 3, ["All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
    "tl_review": ("wd", 15, ["All assessments will be reviewed by the Team Leader within 15 working days"]),
    "assess_complete": ("days", 45, ["Assessments must all be completed within 45 days"]),
    "strat_1wd": ("wd", 1, ["a strategy discussion is required, this must happen within 1 working day"]),
    "transfer_notice": ("days_before", 5, ["the Neighbourhood Team via email, giving at least 5 days"]),
    # S47 / ICPC
    "icpc": ("wd", 15, ["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"]),
    "icpc_report_family": ("days_before", 3, ["The report will be shared with family at least 3 the days prior to conference"]),
    "icpc_report_chair": ("wd_before", 3, ["The report will be sent to the child protection chair 3 working days before the conference"]),
    # CP plans
    "core_group": ("days", 10, ["held within 10 days of the conference and is used to put detail on the outline CP plan"]),
    "cp_visit": ("weeks", 4, ["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
    "rcpc_report_parents": ("days_before", 3, ["This report must be shared with parents at least 3 days prior to the review conference"]),
    "rcpc_report_chair": ("days_before", 3, ["The report will be available to the conference chair at least 3 days prior to the review conference"]),
    "cp_12m": ("months", 12, ["when they have been subject to a plan for 12 months"]),
    # PLO
    "plo_first": ("days", 10, ["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"]),
    "plo_fgc": ("wd", 3, ["Referral should be made within 3 working days of the first PLO meeting"]),
    "plo_viability": ("wd", 3, ["Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"]),
    "plo_minutes": ("days", 7, ["to be distributed to parents and their legal representation within 7 days of the meeting"]),
    "plo_review": ("weeks", 6, ["Review PLO meetings with parents to be held every 4-6 weeks"]),
    "plo_12wk": ("weeks", 12, ["A review legal planning meeting will be held at 12 weeks"]),
    "plo_extra4": ("weeks", 4, ["In exceptional circumstances a further period of 4 weeks will be agreed in PLO"]),
    "plo_16wk": ("weeks", 16, ["a Legal Gateway meeting will be convened at 16 weeks"]),
    # CIN
    "cin_deplan": ("days", 20, ["will set the first CIN meeting within 20 days"]),
    "cin_transfer": ("days", 10, ["the initial CIN meeting must take place within 10 days"]),
    "cin_review": ("weeks", 6, ["CIN review meetings will be held at least every 6 weeks"]),
    "cin_visit": ("weeks", 6, ["A child subject to a CIN plan will be seen at least every 6 weeks"]),
    # Children in care
    "lac_emerg_assess": ("wd", 20, ["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
    "lac_visit1": ("wd", 1, ["The child will be visited within 1 working day of coming into care or having a change in placement",
                             "All looked after children will be seen within 1 working day of placement"]),
    "placement_meeting": ("wd", 3, ["The placement meeting will be held within 3 working days"]),
    "placement_plan_copy": ("wd", 5, ["an updated copy given to the carers within 5 working days of the placement beginning"]),
    "family_time_review": ("weeks", 8, ["reviewed at least every 8 week until the plan for permanence is agreed"]),
    "cic_pack": ("weeks", 3, ["coming into care pack, children rights leaflet within 3 weeks"]),
    "legal_status": ("wd", 5, ["informed of the child" + RQ + "s legal status within 5 working days"]),
    "iha": ("wd", 20, ["An initial health assessment will be requested and carried out within 20 working days"]),
    "pep": ("days", 20, ["A PEP meeting will be arranged within the school within 20 days"]),
    "lac_visit_weekly": ("weeks", 1, ["Statutory looked after visits must happen weekly until the first looked after review"]),
    "lac_visit_6wk": ("weeks", 6, ["then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
    "lac_visit_12wk": ("weeks", 12, ["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"]),
    "care_plan": ("days", 10, ["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
    "lac_review1": ("wd", 20, ["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
    "pathway": ("age_months", 186, ["A pathway plan will be started when the young person is 15 years 6 months"]),
    "lac_report_iro": ("days_before", 3, ["this will be with the IRO 3 days before the review"]),
    # IRO
    "iro_informal": ("wd", 5, ["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
    "iro_formal": ("wd", 20, ["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
    # Adoption
    "adopt_age6": ("age", 6, ["If a child under the age of 6 enters PLO or proceedings"]),
    "adopt_visit_weekly": ("weeks", 1, ["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
    "adopt_visit_6wk": ("weeks", 6, ["then visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
    "adopt_10wk": ("weeks", 10, ["Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"]),
    # Fostering
    "fc_visit": ("weeks", 6, ["Trafford foster carers are visited at least once every six weeks"]),
    "fc_record": ("wd", 3, ["a record of this visit is recorded on LCS within 3 working days"]),
    "fc_unannounced": ("months", 12, ["All Trafford foster carers will have an unannounced visit at least once every 12 months"]),
    "fc_annual": ("months", 12, ["All Trafford foster carers will have an annual review including an updated Safer Caring Policy"]),
    "fc_panel3": ("months", 36, ["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"]),
    "fc_checks3": ("months", 36, ["All foster carers will have updated statutory references, medicals and DBS checks at least every three years"]),
    "fc_training3": ("months", 36, ["All Trafford foster carers must update their core training at least every three years"]),
    "variation": ("wd", 6, ["This can only be given for up to 6 working days"]),
    "temp_approval": ("weeks", 16, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    "temp_approval_ext": ("weeks", 24, ["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
    # Case recording / open cases
    "recording": ("days", 3, ["any event or contact is recorded within 3 days"]),
    "summary3m": ("months", 3, ["A clear and concise case file summary which has been updated within the last 3 months"]),
    "assess12m": ("months", 12, ["An up to date assessment (within the last 12 months) on each child"]),
    # Ages
    "advocate12": ("age", 12, ["if they are 12 or over they should be offered an advocate"]),
}


# ---------------------------------------------------------------------------
# Relative-date checker: the row says which phrase in q names the start date;
# the oracle resolves that phrase against `today` and insists it matches.
# ---------------------------------------------------------------------------
WDN = {w: i for i, w in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def resolve(rel, today):
    if rel == "today":
        return today
    if rel == "yesterday":
        return today - dt.timedelta(1)
    if rel == "tomorrow":
        return today + dt.timedelta(1)
    kind, _, arg = rel.partition(":")
    if kind == "last":      # most recent such weekday strictly before today
        x = today - dt.timedelta(1)
        while x.weekday() != WDN[arg]:
            x -= dt.timedelta(1)
        return x
    if kind == "this":      # next such weekday strictly after today
        x = today + dt.timedelta(1)
        while x.weekday() != WDN[arg]:
            x += dt.timedelta(1)
        return x
    if kind == "ago":
        return today - dt.timedelta(int(arg))
    if kind == "weeksago":
        return today - dt.timedelta(7 * int(arg))
    if kind == "dom":       # "the 3rd": most recent day-of-month on or before today
        x = today
        while x.day != int(arg):
            x -= dt.timedelta(1)
        return x
    raise ValueError(rel)


def P(s):
    return dt.date.fromisoformat(s)


def build(write=True):
    sys.path.insert(0, HERE)
    import rows as R
    out = []
    for i, r in enumerate(R.ROWS, 1):
        kind = r["kind"]
        today = P(r["today"])
        row = {"q": r["q"], "today": today.isoformat()}
        if r.get("rel"):
            got = resolve(r["rel"], today)
            want = P(r["start"] if isinstance(r["start"], str) else r["start"][0])
            assert got == want, (i, r["q"], r["rel"], got, want)
        if kind == "none":
            row["due"] = None
            row["expect_any"] = r["phrases"]
            row["count"] = "no timescale in the standards: " + r["why"]
        else:
            rules = r["rule"] if isinstance(r["rule"], list) else [r["rule"]]
            starts = r["start"] if isinstance(r["start"], list) else [r["start"]] * len(rules)
            results = []
            phrases = []
            for rule, st in zip(rules, starts):
                method, n, ph = RULES[rule]
                due, cnt = compute(method, n, P(st))
                results.append((due, "%s: %s" % (rule, cnt)))
                phrases.append(ph[0] if kind == "choice" else None)
                if kind != "choice":
                    phrases = ph
            if kind == "choice":
                assert len(results) >= 2
                due = min(d for d, _ in results)
                row["due"] = due.isoformat()
                row["count"] = " | ".join(c for _, c in results) + " ; earlier = " + due.isoformat()
                row["expect_any"] = phrases
            else:
                assert len(results) == 1
                due, cnt = results[0]
                row["due"] = due.isoformat()
                row["count"] = cnt
                row["expect_any"] = list(phrases)
            if r.get("held"):
                held = P(r["held"])
                row["count"] += "; actually held %s -> %s" % (
                    fmt(held), "in timescale" if held <= due else "LATE by %d day(s)" % (held - due).days)
            if r.get("note"):
                row["count"] += "; " + r["note"]
        row["voice"] = r["voice"]
        row["kind"] = kind
        if r.get("amb"):
            row["ambiguous"] = r["amb"]
        out.append(row)
    if write:
        with open(OUT, "w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def check():
    src = open(SOURCE, encoding="utf-8").read()
    rows = []
    with open(OUT, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rows.append(json.loads(line))
    problems = []
    for i, r in enumerate(rows, 1):
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in r:
                problems.append((i, "missing " + k))
        P(r["today"])
        if r["kind"] == "none":
            if r["due"] is not None:
                problems.append((i, "none row with due"))
        else:
            P(r["due"])
        if not r["expect_any"]:
            problems.append((i, "empty expect_any"))
        for ph in r["expect_any"]:
            if ph not in src:
                problems.append((i, "phrase not in source: " + ph))
            if len(ph.split()) < 6:
                problems.append((i, "phrase under 6 words: " + ph))
        if r["kind"] == "choice" and len(r["expect_any"]) < 2:
            problems.append((i, "choice with <2 phrases"))
        if r["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
            problems.append((i, "bad voice"))
        if r["kind"] not in ("date", "visits", "age", "choice", "none"):
            problems.append((i, "bad kind"))
    # every due/count in the file must equal a fresh oracle computation
    fresh = build(write=False)
    if len(fresh) != len(rows):
        problems.append(("file", "row count differs from oracle"))
    for i, (a, b) in enumerate(zip(rows, fresh), 1):
        if a != b:
            problems.append((i, "row differs from fresh oracle output"))
    qs = Counter(r["q"] for r in rows)
    for q, c in qs.items():
        if c > 1:
            problems.append((q, "duplicate q"))
    print("rows:", len(rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("voices:", dict(Counter(r["voice"] for r in rows)))
    print("years of today:", dict(Counter(r["today"][:4] for r in rows)))
    print("ambiguous:", sum(1 for r in rows if r.get("ambiguous")))
    print("rules used:", len(USED) if USED else "n/a")
    print("checks: parse OK, phrases verbatim, dues recomputed:", "PASS" if not problems else "FAIL")
    for p in problems:
        print("PROBLEM", p)
    return not problems


USED = set()

if __name__ == "__main__":
    self_check_holidays()
    if "--check" not in sys.argv:
        build()
        import rows as R
        for r in R.ROWS:
            if r.get("rule"):
                USED.update(r["rule"] if isinstance(r["rule"], list) else [r["rule"]])
        unused = sorted(set(RULES) - USED)
        print("unused rules:", unused)
    ok = check()
    sys.exit(0 if ok else 1)
