#!/usr/bin/env python3
"""Oracle for the frozen deadline-question set (standard library only).

Reads the structured row specs in rows_spec.py, computes `due` and `count`
for every row, and writes questions.jsonl. Run `python3 oracle.py --check`
to also verify phrases against the source and print distributions.
"""
import datetime as dt
import json
import re
import sys
import os

D = dt.date

# England and Wales bank holidays 2024-2028, typed by hand (with substitute days).
BANK_HOLIDAYS = {
    # 2024 (Easter Sunday 31 Mar)
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025 (Easter Sunday 20 Apr)
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Easter Sunday 5 Apr; Boxing Day Sat -> Mon 28 Dec)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Easter Sunday 28 Mar; Christmas Sat -> Mon 27, Boxing Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> Mon 3 Jan; Easter Sunday 16 Apr)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _selfcheck_holidays():
    """Cross-check the typed list against rules (Easter by the anonymous Gregorian algorithm)."""
    def easter(y):
        a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
        f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
        i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l) // 451
        month = (h + l - 7 * m + 114) // 31; day = ((h + l - 7 * m + 114) % 31) + 1
        return D(y, month, day)

    def first_mon(y, m):
        x = D(y, m, 1)
        while x.weekday() != 0:
            x += dt.timedelta(1)
        return x

    def last_mon(y, m):
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
        calc |= {e - dt.timedelta(2), e + dt.timedelta(1), first_mon(y, 5), last_mon(y, 5), last_mon(y, 8)}
        c, b = D(y, 12, 25), D(y, 12, 26)
        if c.weekday() == 5:      # Sat
            calc |= {D(y, 12, 27), D(y, 12, 28)}
        elif c.weekday() == 6:    # Sun
            calc |= {D(y, 12, 26), D(y, 12, 27)}
        elif b.weekday() == 5:    # Boxing Sat
            calc |= {c, D(y, 12, 28)}
        else:
            calc |= {c, b}
    assert calc == BANK_HOLIDAYS, sorted(calc ^ BANK_HOLIDAYS)


def is_wd(x):
    return x.weekday() < 5 and x not in BANK_HOLIDAYS


def fmt(x):
    return f"{x.isoformat()} ({x.strftime('%a')})"


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year; m += 1
    last = (D(y + (m // 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(x.day, last)), x.day > last


def wd_after(x, n):
    cur, k, skipped = x, 0, []
    while k < n:
        cur += dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday() < 5:
            skipped.append(cur)
        if is_wd(cur):
            k += 1
    return cur, skipped


def wd_before(x, n):
    cur, k, skipped = x, 0, []
    while k < n:
        cur -= dt.timedelta(1)
        if cur in BANK_HOLIDAYS and cur.weekday() < 5:
            skipped.append(cur)
        if is_wd(cur):
            k += 1
    return cur, skipped


def compute(op, n, start):
    """Return (due, count string)."""
    if op == "wd":
        due, sk = wd_after(start, n)
        s = f"{n} working day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(due)}"
        if not is_wd(start):
            s += "; start day is not a working day, counted from it"
        if sk:
            s += "; skips bank holidays " + ", ".join(d.isoformat() for d in sk)
        return due, s
    if op == "wdb":
        due, sk = wd_before(start, n)
        s = f"{n} working day{'s' if n != 1 else ''} before {fmt(start)} -> {fmt(due)}"
        if sk:
            s += "; skips bank holidays " + ", ".join(d.isoformat() for d in sk)
        return due, s
    if op == "days":
        due = start + dt.timedelta(n)
        if n == 0:
            return due, f"same day as {fmt(start)} -> {fmt(due)}"
        s = f"{n} calendar day{'s' if n != 1 else ''} after {fmt(start)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS or due.weekday() >= 5:
            s += "; calendar days, falls on a non-working day (not moved)"
        return due, s
    if op == "daysb":
        due = start - dt.timedelta(n)
        s = f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS or due.weekday() >= 5:
            s += "; calendar days, falls on a non-working day (not moved)"
        return due, s
    if op == "weeks":
        due = start + dt.timedelta(7 * n)
        s = f"{n} week{'s' if n != 1 else ''} ({7 * n} days) after {fmt(start)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS or due.weekday() >= 5:
            s += "; falls on a non-working day (not moved)"
        return due, s
    if op == "months":
        due, clamped = add_months(start, n)
        s = f"{n} months after {fmt(start)} -> {fmt(due)}"
        if clamped:
            s += "; no such day in that month, last day of the month used"
        return due, s
    if op == "age":
        years, months = n
        if months == 0:
            try:
                due = D(start.year + years, start.month, start.day)
                s = f"{years}th birthday of DOB {start.isoformat()} -> {fmt(due)}"
            except ValueError:  # 29 Feb in a non-leap year
                due = D(start.year + years, 3, 1)
                s = (f"{years}th birthday of DOB {start.isoformat()}: 29 Feb does not exist in "
                     f"{start.year + years}, so 1 March -> {fmt(due)}")
            return due, s
        due, clamped = add_months(start, 12 * years + months)
        s = f"DOB {start.isoformat()} + {years} years {months} months -> {fmt(due)}"
        if clamped:
            s += "; no such day in that month, last day of the month used"
        return due, s
    raise ValueError(op)


# Rules: key -> (verbatim phrase from the sentence that sets the timescale, op, n)
RULES = {
    "contact_screen": ("decisions made by what action are required by a Team Leader within 1 working day", "wd", 1),
    "initial_decision": ("Initial decisions will be made about the action required within 1 working day", "wd", 1),
    "referral_action": ("Referrals will be actioned by a social worker within 1 working day", "wd", 1),
    "s47_seen": ("the child / children will be seen by the Social Worker the same day", "days", 0),
    "s47_discuss": ("Within 5 days of the Section 47 being initiated", "days", 5),
    "allocate": ("allocated to a social worker to complete a Child and Family Assessment within 3 working days", "wd", 3),
    "assess_review": ("All assessments will be reviewed by the Team Leader within 15 working days", "wd", 15),
    "assess_complete": ("Assessments must all be completed within 45 days", "days", 45),
    "strat_1wd": ("a strategy discussion is required, this must happen within 1 working day", "wd", 1),
    "strat_24h": ("A strategy discussion within 24 hours involving all relevant agencies", "days", 1),
    "transfer_notice": ("notify the Neighbourhood Team via email, giving at least 5 days’ notice", "daysb", 5),
    "icpc": ("Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion", "wd", 15),
    "icpc_family": ("The report will be shared with family at least 3 the days prior to conference", "daysb", 3),
    "icpc_chair": ("The report will be sent to the child protection chair 3 working days before the conference", "wdb", 3),
    "advocate_age": ("if they are 12 or over they should be offered an advocate", "age", (12, 0)),
    "core_group1": ("The first core group must be  held within 10 days of the conference", "days", 10),
    "cp_visit": ("Visits to a child subject to a CP plan will take place at least every 4 weeks", "weeks", 4),
    "rcpc_parents": ("This report must be shared with parents at least 3 days prior to the review conference", "daysb", 3),
    "rcpc_chair": ("The report will be available to the conference chair at least 3 days prior to the review conference", "daysb", 3),
    "cp_12m": ("when they have been subject to a plan for 12 months", "months", 12),
    "plo_first": ("The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter", "days", 10),
    "plo_fgc": ("Referral should be made within 3 working days of the first PLO meeting", "wd", 3),
    "plo_viability": ("Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting", "wd", 3),
    "plo_minutes": ("to be distributed to parents and their legal representation within 7 days of the meeting", "days", 7),
    "plo_review": ("Review PLO meetings with parents to be held every 4-6 weeks", "weeks", 6),
    "plo_12wk": ("A review legal planning meeting will be held at 12 weeks", "weeks", 12),
    "plo_ext": ("In exceptional circumstances a further period of 4 weeks will be agreed in PLO", "weeks", 4),
    "plo_16wk": ("If the case remains in PLO a Legal Gateway meeting will be convened at 16 weeks", "weeks", 16),
    "cin_deplan": ("will set the first CIN meeting within 20 days", "days", 20),
    "cin_transfer": ("the initial CIN meeting must take place within 10 days", "days", 10),
    "cin_review": ("CIN review meetings will be held at least every 6 weeks", "weeks", 6),
    "cin_visit": ("A child subject to a CIN plan will be seen at least every 6 weeks", "weeks", 6),
    "lac_emerg_assess": ("If it is an emergency / unplanned admission the assessment will be completed within 20 working days", "wd", 20),
    "lac_visit1": ("The child will be visited within 1 working day of coming into care or having a change in placement", "wd", 1),
    "lac_seen1": ("All looked after children will be seen within 1 working day of placement", "wd", 1),
    "placement_meeting": ("The placement meeting will be held within 3 working days", "wd", 3),
    "placement_plan": ("an updated copy given to the carers within 5 working days of the placement beginning", "wd", 5),
    "family_time": ("reviewed at least every 8 week until the plan for permanence is agreed", "weeks", 8),
    "care_pack": ("coming into care pack, children rights leaflet within 3 weeks", "weeks", 3),
    "legal_status": ("will be informed of the child’s legal status within 5 working days", "wd", 5),
    "iha": ("An initial health assessment will be requested and carried out within 20 working days", "wd", 20),
    "pep": ("A PEP meeting will be arranged within the school within 20 days", "days", 20),
    "lac_weekly": ("Statutory looked after visits must happen weekly until the first looked after review", "weeks", 1),
    "lac_6wk": ("a minimum of every 6 weeks thereafter until the plan for permanence is finalised", "weeks", 6),
    "lac_12wk": ("Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement", "weeks", 12),
    "care_plan": ("An up to date care plan will be recorded on the electronic system within 10 days of placement", "days", 10),
    "lac_review1": ("The initial Looked After Review must take place within 20 working days of the child becoming looked after", "wd", 20),
    "pathway_age": ("A pathway plan will be started when the young person is 15 years 6 months", "age", (15, 6)),
    "lac_report": ("this will be with the IRO 3 days before the review", "daysb", 3),
    "iro_informal": ("If the challenge is not resolved within 5 working days a formal dispute will be raised", "wd", 5),
    "iro_formal": ("The formal dispute resolution process should be completed from start to finish within 20 working days", "wd", 20),
    "adopt_age": ("If a child under the age of 6 enters PLO or proceedings", "age", (6, 0)),
    "adopt_weekly": ("Once the child is placed weekly statutory visits will take place until the first Looked After Review", "weeks", 1),
    "adopt_6wk": ("then visits will be a minimum of 6 weekly until the Adoption Order is Granted", "weeks", 6),
    "adopt_10wk": ("Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order", "weeks", 10),
    "fc_visit": ("Trafford foster carers are visited at least once every six weeks", "weeks", 6),
    "fc_record": ("a record of this visit is recorded on LCS within 3 working days", "wd", 3),
    "fc_unannounced": ("will have an unannounced visit at least once every 12 months", "months", 12),
    "fc_annual": ("All Trafford foster carers will have an annual review including an updated Safer Caring Policy", "months", 12),
    "fc_panel3y": ("Every foster carer will have an annual review presented to the Fostering Panel at least every three years", "months", 36),
    "fc_checks": ("updated statutory references, medicals and DBS checks at least every three years", "months", 36),
    "fc_training": ("All Trafford foster carers must update their core training at least every three years", "months", 36),
    "fc_variation": ("This can only be given for up to 6 working days", "wd", 6),
    "fc_temp": ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks", "weeks", 16),
    "fc_temp_ext": ("Temporary approval is for 16 weeks but can be extended for a further 8 weeks", "weeks", 8),
    "record_3d": ("any event or contact is recorded within 3 days", "days", 3),
    "summary_3m": ("A clear and concise case file summary which has been updated within the last 3 months", "months", 3),
    "assessment_12m": ("An up to date assessment (within the last 12 months) on each child", "months", 12),
    "cp_12m_alt": ("when they have been subject to a plan for 12 months", "months", 12),
}

# Phrases for `none` rows: the sentence that mentions the thing but sets no timescale.
NONE_PHRASES = {
    "next_conf": "The child protection chair will set the date of the next conference",
    "core_group_freq": "reviewed at every core group and progress recorded",
    "supervision": "monitored through supervision which takes place in line with the supervision policy",
    "second_review": "At the point of the second review (if not in proceedings)",
    "early_help": "Initial decisions will be made about the action required by an Early Help Team Leader",
    "shopba": "This needs to take place after the area teams final care planning meeting",
    "pathway_review": "will be reviewed by the IRO as part of the statutory review",
    "annex_a": "The Social Worker will complete the Annex A suitability report for Court",
    "iro_contact": "The IRO will contact the child between reviews to ensure the progress of the plan",
    "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "swet": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
}

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def resolve_rel(rel, today):
    """Resolve a relative date phrase against `today` (used to check rows that use one)."""
    r = rel.lower().strip()
    if r == "today":
        return today
    if r == "yesterday":
        return today - dt.timedelta(1)
    if r == "tomorrow":
        return today + dt.timedelta(1)
    m = re.fullmatch(r"(last|on|next|this coming) (\w+)", r)
    if m and m.group(2) in WEEKDAYS:
        wd = WEEKDAYS.index(m.group(2))
        step = -1 if m.group(1) in ("last", "on") else 1
        x = today + dt.timedelta(step)
        while x.weekday() != wd:
            x += dt.timedelta(step)
        return x
    m = re.fullmatch(r"the (\d+)(st|nd|rd|th)", r)
    if m:
        day = int(m.group(1))
        if day <= today.day:
            return D(today.year, today.month, day)
        y, mo = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return D(y, mo, day)
    raise ValueError(rel)


def build(spec):
    today = D.fromisoformat(spec["today"])
    row = {"q": spec["q"], "today": spec["today"]}
    kind = spec["kind"]
    if kind == "none":
        row["due"] = None
        row["expect_any"] = [NONE_PHRASES[k] for k in spec["none"]]
        row["count"] = "no timescale in the standards: " + spec["why"]
    else:
        start = D.fromisoformat(spec["start"])
        if "rel" in spec:
            got = resolve_rel(spec["rel"], today)
            assert got == start, (spec["q"], spec["rel"], got, start)
        rules = spec["rule"] if isinstance(spec["rule"], list) else [spec["rule"]]
        results = []
        for key in rules:
            phrase, op, n = RULES[key]
            due, count = compute(op, n, start)
            results.append((due, key, phrase, count))
        phrases = []
        for r in results:
            if r[2] not in phrases:
                phrases.append(r[2])
        row["expect_any"] = phrases + [RULES[k][0] for k in spec.get("also", []) if RULES[k][0] not in phrases]
        if kind == "choice":
            due = min(r[0] for r in results)
            row["count"] = " | ".join(f"{r[1]}: {r[3]}" for r in results) + f"; earliest -> {due.isoformat()}"
        else:
            dues = {r[0] for r in results}
            assert len(dues) == 1, (spec["q"], results)
            due = results[0][0]
            row["count"] = " | ".join(f"{r[1]}: {r[3]}" for r in results) if len(results) > 1 else results[0][3]
        row["due"] = due.isoformat()
    row["voice"] = spec["voice"]
    row["kind"] = kind
    if spec.get("amb"):
        row["ambiguous"] = spec["amb"]
    return row


def main():
    _selfcheck_holidays()
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows_spec import ROWS
    out = [build(s) for s in ROWS]
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")
    if "--show" in sys.argv:
        for s, r in zip(ROWS, out):
            print(r["voice"], r["kind"], "|", r["q"], "|today", r["today"], D.fromisoformat(r["today"]).strftime("%a"),
                  "|start", s.get("start"), D.fromisoformat(s["start"]).strftime("%a") if s.get("start") else "",
                  "| due", r["due"], "|", r["count"])


if __name__ == "__main__":
    main()
