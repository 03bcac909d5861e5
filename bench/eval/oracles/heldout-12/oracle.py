#!/usr/bin/env python3
"""Oracle for the held-out deadline set (set-heldout-12).

Standard library only. Bank holidays for England and Wales 2024-2028 are typed
in by hand below, and cross-checked against an independent rule-based
computation (Easter algorithm + weekend substitution) in self_test().

Each row in ROWS is a structured description; build() computes `due` and
`count` from the rule and writes questions.jsonl. check() validates the file.
"""
import datetime as dt
import json
import os
import sys

D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/work/shared/source/practice-standards.txt"
OUT = os.path.join(HERE, "questions.jsonl")

# ---------------------------------------------------------------- holidays
BANK_HOLIDAYS = {
    # 2024
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27),
    D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
    # 2025
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
    D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
    # 2026 (Boxing Day Sat -> Mon 28)
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
    D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
    D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
    # 2028 (New Year Sat -> Mon 3 Jan)
    D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29),
    D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
}


def _easter(y):  # anonymous Gregorian algorithm, used only for the self-test
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31; da = (h + l - 7 * m + 114) % 31 + 1
    return D(y, mo, da)


def _rule_holidays(y):
    out = set()
    ny = D(y, 1, 1)
    while ny.weekday() >= 5:
        ny += dt.timedelta(1)
    out.add(ny)
    e = _easter(y)
    out |= {e - dt.timedelta(2), e + dt.timedelta(1)}
    may1 = D(y, 5, 1)
    out.add(may1 + dt.timedelta((0 - may1.weekday()) % 7))
    may31 = D(y, 5, 31)
    out.add(may31 - dt.timedelta(may31.weekday()))
    aug31 = D(y, 8, 31)
    out.add(aug31 - dt.timedelta(aug31.weekday()))
    xmas, box = D(y, 12, 25), D(y, 12, 26)
    taken = set()
    for day in (xmas, box):
        d = day
        while d.weekday() >= 5 or d in taken:
            d += dt.timedelta(1)
        taken.add(d)
    return out | taken


def self_test():
    ruled = set()
    for y in range(2024, 2029):
        ruled |= _rule_holidays(y)
    assert ruled == BANK_HOLIDAYS, (sorted(ruled ^ BANK_HOLIDAYS))
    assert len(BANK_HOLIDAYS) == 40


# ---------------------------------------------------------------- counting
def iso(d):
    return d.isoformat()


def wk(d):
    return d.strftime("%a")


def lbl(d):
    return "%s (%s)" % (iso(d), wk(d))


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def wd_before(end, n):
    d, k, skipped = end, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d):
            k += 1
        elif d in BANK_HOLIDAYS:
            skipped.append(d)
    return d, skipped


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return D(y, m, min(d.day, last)), d.day > last


def note_bh(d):
    return " (a bank holiday)" if d in BANK_HOLIDAYS else (" (a weekend)" if d.weekday() >= 5 else "")


def compute(rule):
    """rule -> (due date, count text)"""
    kind = rule[0]
    if kind == "wd":  # N working days after
        _, s, n = rule
        s = D.fromisoformat(s)
        due, sk = wd_after(s, n)
        txt = "%d working day%s after %s -> %s" % (n, "s" if n > 1 else "", lbl(s), lbl(due))
        if not is_wd(s):
            txt += "; start day is not a working day%s, counted from it" % note_bh(s)
        if sk:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        return due, txt
    if kind == "wdb":  # N working days before
        _, e, n = rule
        e = D.fromisoformat(e)
        due, sk = wd_before(e, n)
        txt = "%d working days before %s -> %s" % (n, lbl(e), lbl(due))
        if sk:
            txt += "; skips bank holidays " + ", ".join(iso(x) for x in sk)
        return due, txt
    if kind == "d":  # N calendar days after
        _, s, n = rule
        s = D.fromisoformat(s)
        due = s + dt.timedelta(n)
        return due, "%d calendar day%s after %s -> %s%s" % (n, "s" if n > 1 else "", lbl(s), lbl(due), note_bh(due))
    if kind == "db":  # N calendar days before
        _, e, n = rule
        e = D.fromisoformat(e)
        due = e - dt.timedelta(n)
        return due, "%d calendar days before %s -> %s%s" % (n, lbl(e), lbl(due), note_bh(due))
    if kind == "w":  # N weeks after
        _, s, n = rule
        s = D.fromisoformat(s)
        due = s + dt.timedelta(7 * n)
        return due, "%d week%s (%d days) after %s -> %s%s" % (
            n, "s" if n > 1 else "", 7 * n, lbl(s), lbl(due), note_bh(due))
    if kind == "m":  # N months after
        _, s, n = rule
        s = D.fromisoformat(s)
        due, clamped = add_months(s, n)
        txt = "%d months after %s -> %s%s" % (n, lbl(s), lbl(due), note_bh(due))
        if clamped:
            txt += "; day %d does not exist in that month, so last day of month" % s.day
        return due, txt
    if kind == "same":
        _, s = rule
        s = D.fromisoformat(s)
        return s, "same day as %s -> %s" % (lbl(s), lbl(s))
    if kind == "age":  # birthday for age Y years (+ M months)
        _, dob, y, mo = rule
        b = D.fromisoformat(dob)
        if mo == 0:
            try:
                due = D(b.year + y, b.month, b.day)
                txt = "age %d: birthday %d years after DOB %s -> %s" % (y, y, iso(b), lbl(due))
            except ValueError:  # 29 Feb in a non-leap year
                due = D(b.year + y, 3, 1)
                txt = ("age %d: DOB %s is 29 Feb and %d is not a leap year, so birthday taken as "
                       "1 March -> %s" % (y, iso(b), b.year + y, lbl(due)))
            return due, txt
        due, clamped = add_months(b, 12 * y + mo)
        txt = "age %d years %d months: DOB %s + %d months -> %s" % (y, mo, iso(b), 12 * y + mo, lbl(due))
        if clamped:
            txt += "; day %d does not exist in that month, so last day of month" % b.day
        return due, txt
    if kind == "choice":
        parts = [compute(r) for r in rule[1:]]
        due = min(p[0] for p in parts)
        txt = " | ".join("option %s: %s" % (chr(65 + i), p[1]) for i, p in enumerate(parts))
        return due, txt + "; due = earlier = " + lbl(due)
    raise ValueError(rule)


# ---------------------------------------------------------------- phrases
P = {
    "contact": "decisions made by what action are required by a Team Leader within 1 working day",
    "initdec": "Initial decisions will be made about the action required within 1 working day",
    "referral": "Referrals will be actioned by a social worker within 1 working day",
    "s47seen": "the child / children will be seen by the Social Worker the same day",
    "s47disc": "Within 5 days of the Section 47 being initiated",
    "alloc": "All cases will be allocated to a social worker to complete a Child and Family Assessment within 3 working days",
    "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
    "assess45": "Assessments must all be completed within 45 days",
    "strat1wd": "this must happen within 1 working day and should be chaired by a social work manager",
    "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
    "notice": "giving at least 5 days’ notice",
    "jointvisit": "Within the 5 days’ notice period, the Children’s First Response Social Worker",
    "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
    "icpc_family": "The report will be shared with family at least 3 the days prior to conference",
    "icpc_chair": "The report will be sent to the child protection chair 3 working days before the conference",
    "coregroup": "held within 10 days of the conference",
    "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
    "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
    "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
    "cp12m": "when they have been subject to a plan for 12 months",
    "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
    "plofgc": "Referral should be made within 3 working days of the first PLO meeting",
    "plovia": "Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
    "plomins": "distributed to parents and their legal representation within 7 days of the meeting",
    "plorev": "Review PLO meetings with parents to be held every 4-6 weeks",
    "plo12": "A review legal planning meeting will be held at 12 weeks",
    "plo16": "a Legal Gateway meeting will be convened at 16 weeks",
    "cin_deplan": "will set the first CIN meeting within 20 days",
    "cin_transfer": "the initial CIN meeting must take place within 10 days",
    "cin_review": "CIN review meetings will be held at least every 6 weeks",
    "cin_visit": "A child subject to a CIN plan will be seen at least every 6 weeks",
    "lac_assess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
    "lac_visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
    "lac_seen1": "All looked after children will be seen within 1 working day of placement",
    "placement_mtg": "The placement meeting will be held within 3 working days",
    "placement_plan": "an updated copy given to the carers within 5 working days of the placement beginning",
    "familytime": "reviewed at least every 8 week until the plan for permanence is agreed",
    "cicpack": "The child will be provided with a coming into care pack, children rights leaflet within 3 weeks",
    "legalstatus": "All other professionals involved with the child will be informed of the child’s legal status within 5 working days",
    "iha": "An initial health assessment will be requested and carried out within 20 working days",
    "pep": "A PEP meeting will be arranged within the school within 20 days",
    "lac_weekly": "Statutory looked after visits must happen weekly until the first looked after review",
    "lac_6w": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
    "lac_12w": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
    "careplan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
    "ilar": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
    "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
    "iro_report": "this will be with the IRO 3 days before the review",
    "iro_informal": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
    "iro_formal": "should be completed from start to finish within 20 working days",
    "adopt_weekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
    "adopt_6w": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
    "adopt_10w": "Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order",
    "adopt_age6": "If a child under the age of 6 enters PLO or proceedings",
    "advocate12": "if they are 12 or over they should be offered an advocate",
    "fc_visit": "Trafford foster carers are visited at least once every six weeks",
    "fc_record": "a record of this visit is recorded on LCS within 3 working days",
    "fc_unannounced": "will have an unannounced visit at least once every 12 months",
    "fc_annual": "All Trafford foster carers will have an annual review including an updated Safer Caring Policy",
    "fc_panel3y": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
    "fc_dbs": "All foster carers will have updated statutory references, medicals and DBS checks at least every three years",
    "fc_training": "All Trafford foster carers must update their core training at least every three years",
    "fc_variation": "This can only be given for up to 6 working days",
    "fc_temp": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
    "recording": "any event or contact is recorded within 3 days",
    "summary": "A clear and concise case file summary which has been updated within the last 3 months",
    "assess12m": "An up to date assessment (within the last 12 months) on each child",
    # phrases quoted for `none` rows: the nearest text, which sets no timescale
    "n_rcpc": "The child protection chair will set the date of the next conference",
    "n_coregroups": "outcomes expected are reviewed at every core group",
    "n_secondlac": "At the point of the second review (if not in proceedings)",
    "n_supervision": "monitored through supervision which takes place in line with the supervision policy",
    "n_lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
    "n_stratrecord": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
    "n_cinplan": "Everyone involved in the CIN meeting will receive a copy of the updated CIN plan",
    "n_missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
    "n_shopba": "This needs to take place after the area teams final care planning meeting",
    "n_annexa": "The Social Worker will complete the Annex A suitability report for Court",
}

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from rows import ROWS  # noqa: E402  (row descriptions live in rows.py)


def build():
    out = []
    for r in ROWS:
        voice, kind, today, q, rule, keys = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {"q": q, "today": today}
        if kind == "none":
            row["due"] = None
            row["count"] = "no timescale in the standards for this; answer should say so"
        else:
            due, cnt = compute(rule)
            row["due"] = iso(due)
            row["count"] = cnt
        row["expect_any"] = [P[k] for k in keys]
        row["voice"] = voice
        row["kind"] = kind
        if amb:
            row["ambiguous"] = amb
        out.append(row)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def check():
    src = open(SOURCE, encoding="utf-8").read()
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    errs = []
    kinds, voices, kv = {}, {}, {}
    seen_q = set()
    for i, (row, spec) in enumerate(zip(rows, ROWS), 1):
        for k in ("q", "today", "due", "expect_any", "count", "voice", "kind"):
            if k not in row:
                errs.append("%d missing %s" % (i, k))
        if row["q"] in seen_q:
            errs.append("%d duplicate q" % i)
        seen_q.add(row["q"])
        D.fromisoformat(row["today"])
        for ph in row["expect_any"]:
            if ph not in src:
                errs.append("%d phrase not in source: %r" % (i, ph))
            if len(ph.split()) < 6:
                errs.append("%d phrase too short: %r" % (i, ph))
        if row["kind"] == "none":
            if row["due"] is not None:
                errs.append("%d none with due" % i)
        else:
            due, _ = compute(spec[4])
            if row["due"] != iso(due):
                errs.append("%d due mismatch" % i)
        if row["kind"] == "choice" and len(row["expect_any"]) < 2:
            errs.append("%d choice needs 2 phrases" % i)
        if row["voice"] not in ("duty", "typos", "scenario", "indirect", "newstarter", "manager"):
            errs.append("%d bad voice" % i)
        if row["kind"] not in ("date", "visits", "age", "choice", "none"):
            errs.append("%d bad kind" % i)
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
        voices[row["voice"]] = voices.get(row["voice"], 0) + 1
        kv[(row["voice"], row["kind"])] = kv.get((row["voice"], row["kind"]), 0) + 1
    years = {}
    for row in rows:
        y = row["today"][:4]
        years[y] = years.get(y, 0) + 1
    used = {k for s in ROWS for k in s[5]}
    unused = [k for k in P if k not in used]
    print("rows", len(rows))
    print("kinds", kinds)
    print("voices", voices)
    print("today years", years)
    print("ambiguous", sum(1 for r in rows if "ambiguous" in r))
    print("unused phrases", unused)
    for e in errs:
        print("ERROR", e)
    return not errs


if __name__ == "__main__":
    self_test()
    build()
    ok = check()
    sys.exit(0 if ok else 1)
