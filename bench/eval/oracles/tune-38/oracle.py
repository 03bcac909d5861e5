#!/usr/bin/env python3
"""Oracle for the frozen deadline question set (standard library only).
Computes `due` and `count` for each row from a structured description, checks
phrases against the source, and writes questions.jsonl."""
import datetime as dt, json, sys, collections, re

SRC = "/work/shared/source/practice-standards.txt"
OUT = "/work/handoff/round38/set-tune-38/questions.jsonl"
D = dt.date.fromisoformat

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {D(x) for x in [
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
]}

def iswd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS
def fmt(d): return f"{d.isoformat()} ({d.strftime('%a')})"

def add_wd(d, n, sign=1):
    cur, k, skipped = d, 0, []
    while k < n:
        cur += dt.timedelta(days=sign)
        if iswd(cur): k += 1
        elif cur in BANK_HOLIDAYS: skipped.append(cur)
    return cur, skipped

def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return D(f"{y:04d}-{mo:02d}-{min(d.day, last):02d}"), d.day > last

# rule -> (unit, n, phrases, label)
P = {
 "frontdoor":   ("wd", 1, ["decisions made by what action are required by a Team Leader within 1 working day"], "contact screening decision"),
 "referral":    ("wd", 1, ["Referrals will be actioned by a social worker within 1 working day"], "referral actioned"),
 "s47_discuss": ("d", 5, ["Within 5 days of the Section 47 being initiated"], "S47 progress discussion"),
 "alloc_cfa":   ("wd", 3, ["allocated to a social worker to complete a Child and Family Assessment within 3 working days"], "allocation for C&FA"),
 "tl_review":   ("wd", 15, ["All assessments will be reviewed by the Team Leader within 15 working days"], "TL review of assessment"),
 "assess_45":   ("d", 45, ["Assessments must all be completed within 45 days"], "assessment completed"),
 "strat":       ("wd", 1, ["a strategy discussion is required, this must happen within 1 working day"], "strategy discussion"),
 "icpc":        ("wd", 15, ["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"], "ICPC"),
 "icpc_chair":  ("wdb", 3, ["The report will be sent to the child protection chair 3 working days before the conference"], "ICPC report to chair"),
 "icpc_family": ("db", 3, ["The report will be shared with family at least 3 the days prior to conference"], "ICPC report to family"),
 "core_group":  ("d", 10, ["held within 10 days of the conference"], "first core group"),
 "rcpc_parents":("db", 3, ["This report must be shared with parents at least 3 days prior to the review conference"], "RCPC report to parents"),
 "rcpc_chair":  ("db", 3, ["The report will be available to the conference chair at least 3 days prior to the review conference"], "RCPC report to chair"),
 "cp_12m":      ("m", 12, ["when they have been subject to a plan for 12 months"], "12 months on plan (professional thinking time)"),
 "plo_first":   ("d", 10, ["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"], "first PLO meeting"),
 "fgc_ref":     ("wd", 3, ["Referral should be made within 3 working days of the first PLO meeting"], "FGC referral"),
 "viability":   ("wd", 3, ["Family Placement Team within 3 working days of the initial PLO meeting"], "viability screening request"),
 "plo_minutes": ("d", 7, ["distributed to parents and their legal representation within 7 days of the meeting"], "PLO minutes"),
 "plo_review":  ("w", 6, ["Review PLO meetings with parents to be held every 4-6 weeks"], "next PLO review (latest, 6 weeks)"),
 "plo_12w":     ("w", 12, ["A review legal planning meeting will be held at 12 weeks"], "review legal planning meeting"),
 "plo_16w":     ("w", 16, ["a Legal Gateway meeting will be convened at 16 weeks"], "16-week Legal Gateway"),
 "cin_deplan":  ("d", 20, ["will set the first CIN meeting within 20 days"], "first CIN meeting after de-planning"),
 "cin_transfer":("d", 10, ["When a case transfers from Trafford Childrens First Response the initial CIN meeting must take place within 10 days"], "initial CIN meeting after transfer"),
 "cin_review":  ("w", 6, ["CIN review meetings will be held at least every 6 weeks"], "next CIN review"),
 "cin_visit":   ("w", 6, ["A child subject to a CIN plan will be seen at least every 6 weeks"], "next CIN visit"),
 "cp_visit":    ("w", 4, ["Visits to a child subject to a CP plan will take place at least every 4 weeks"], "next CP visit"),
 "lac_assess":  ("wd", 20, ["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"], "assessment after emergency admission"),
 "lac_visit1":  ("wd", 1, ["The child will be visited within 1 working day of coming into care or having a change in placement", "All looked after children will be seen within 1 working day of placement"], "visit after placement"),
 "place_mtg":   ("wd", 3, ["The placement meeting will be held within 3 working days"], "placement meeting"),
 "place_plan":  ("wd", 5, ["an updated copy given to the carers within 5 working days of the placement beginning"], "updated placement plan to carers"),
 "family_time": ("w", 8, ["reviewed at least every 8 week until the plan for permanence is agreed"], "family time review"),
 "care_pack":   ("w", 3, ["The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"], "coming into care pack"),
 "legal_status":("wd", 5, ["will be informed of the child’s legal status within 5 working days"], "professionals told of legal status"),
 "iha":         ("wd", 20, ["An initial health assessment will be requested and carried out within 20 working days"], "initial health assessment"),
 "pep":         ("d", 20, ["A PEP meeting will be arranged within the school within 20 days"], "PEP meeting"),
 "lac_weekly":  ("w", 1, ["Statutory looked after visits must happen weekly until the first looked after review"], "weekly statutory visit"),
 "lac_6w":      ("w", 6, ["a minimum of every 6 weeks thereafter until the plan for permanence is finalised"], "6-weekly statutory visit"),
 "lac_12w":     ("w", 12, ["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"], "12-weekly statutory visit"),
 "care_plan":   ("d", 10, ["An up to date care plan will be recorded on the electronic system within 10 days of placement"], "care plan on system"),
 "lar1":        ("wd", 20, ["The initial Looked After Review must take place within 20 working days of the child becoming looked after"], "initial LAC review"),
 "lar_report":  ("db", 3, ["this will be with the IRO 3 days before the review"], "review report to IRO"),
 "iro_informal":("wd", 5, ["If the challenge is not resolved within 5 working days a formal dispute will be raised"], "informal challenge -> formal dispute"),
 "iro_formal":  ("wd", 20, ["The formal dispute resolution process should be completed from start to finish within 20 working days"], "formal dispute resolved"),
 "adopt_weekly":("w", 1, ["Once the child is placed weekly statutory visits will take place until the first Looked After Review"], "weekly visit (adoptive placement)"),
 "adopt_6w":    ("w", 6, ["then visits will be a minimum of 6 weekly until the Adoption Order is Granted"], "6-weekly visit (adoptive placement)"),
 "adopt_order": ("w", 10, ["Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"], "earliest Adoption Order application"),
 "fc_visit":    ("w", 6, ["Trafford foster carers are visited at least once every six weeks"], "next foster carer visit"),
 "fc_record":   ("wd", 3, ["a record of this visit is recorded on LCS within 3 working days"], "foster carer visit recorded"),
 "fc_unannounced":("m", 12, ["All Trafford foster carers will have an unannounced visit at least once every 12 months"], "unannounced visit"),
 "fc_annual":   ("m", 12, ["All Trafford foster carers will have an annual review including an updated Safer Caring Policy"], "foster carer annual review"),
 "fc_panel":    ("m", 36, ["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"], "review to Fostering Panel"),
 "fc_dbs":      ("m", 36, ["All foster carers will have updated statutory references, medicals and DBS checks at least every three years"], "references/medicals/DBS"),
 "fc_training": ("m", 36, ["All Trafford foster carers must update their core training at least every three years"], "core training"),
 "variation":   ("wd", 6, ["This can only be given for up to 6 working days"], "variation of terms of approval ends"),
 "temp_16":     ("w", 16, ["Temporary approval is for 16 weeks but can be extended"], "temporary approval ends"),
 "temp_24":     ("w", 24, ["can be extended for a further 8 weeks"], "temporary approval ends if extended (16+8 weeks)"),
 "recording":   ("d", 3, ["any event or contact is recorded within 3 days"], "event recorded"),
 "summary":     ("m", 3, ["A clear and concise case file summary which has been updated within the last 3 months"], "case summary update"),
 "assess_12m":  ("m", 12, ["An up to date assessment (within the last 12 months) on each child"], "assessment goes out of date"),
 # ages
 "age_pathway": ("age", (15, 6), ["A pathway plan will be started when the young person is 15 years 6 months"], "15 years 6 months"),
 "age_advocate":("age", (12, 0), ["if they are 12 or over they should be offered an advocate"], "12th birthday"),
 "age_adopt6":  ("age", (6, 0), ["If a child under the age of 6 enters PLO or proceedings"], "6th birthday"),
}

def compute(rule, ev):
    unit, n, phrases, label = P[rule]
    if unit == "wd":
        due, sk = add_wd(ev, n)
        extra = ("; event not a working day, counting from it" if not iswd(ev) else "")
        s = f"{n} working day{'s' if n > 1 else ''} after {fmt(ev)} -> {fmt(due)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s + extra
    if unit == "wdb":
        due, sk = add_wd(ev, n, -1)
        s = f"{n} working days before {fmt(ev)} -> {fmt(due)}"
        if sk: s += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return due, s
    if unit == "d":
        due = ev + dt.timedelta(days=n)
        s = f"{n} calendar days after {fmt(ev)} -> {fmt(due)}"
        if not iswd(due): s += " (falls on a non-working day; calendar count)"
        return due, s
    if unit == "db":
        due = ev - dt.timedelta(days=n)
        s = f"{n} calendar days before {fmt(ev)} -> {fmt(due)}"
        if not iswd(due): s += " (falls on a non-working day; calendar count)"
        return due, s
    if unit == "w":
        due = ev + dt.timedelta(days=7 * n)
        s = f"{n} week{'s' if n > 1 else ''} ({7*n} days) after {fmt(ev)} -> {fmt(due)}"
        if due in BANK_HOLIDAYS: s += " (a bank holiday; calendar count)"
        return due, s
    if unit == "m":
        due, clamped = add_months(ev, n)
        s = f"{n} months after {fmt(ev)} -> {fmt(due)}"
        if clamped: s += " (no such day in that month; last day of month used)"
        return due, s
    if unit == "age":
        y, m = n
        if ev.month == 2 and ev.day == 29 and m == 0:
            yy = ev.year + y
            leap = yy % 4 == 0 and (yy % 100 or yy % 400 == 0)
            due = D(f"{yy}-02-29") if leap else D(f"{yy}-03-01")
            s = f"DOB {fmt(ev)} + {y} years -> {fmt(due)}" + ("" if leap else f" (29 Feb birthday, {yy} not a leap year: 1 March)")
            return due, s
        due, clamped = add_months(ev, 12 * y + m)
        s = f"DOB {fmt(ev)} + {y} years{f' {m} months' if m else ''} -> {fmt(due)}"
        if clamped: s += " (no such day in that month; last day of month used)"
        return due, s
    raise ValueError(unit)

WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def resolve(ev, today):
    if isinstance(ev, int): return today + dt.timedelta(days=ev)
    if ev.startswith("last:"):   # most recent such weekday strictly before today
        k = WDN.index(ev[5:]); d = today - dt.timedelta(days=1)
        while d.weekday() != k: d -= dt.timedelta(days=1)
        return d
    return D(ev)

from rows import ROWS  # structured descriptions

def build():
    src = open(SRC, encoding="utf-8").read()
    out = []
    for i, r in enumerate(ROWS):
        voice, kind, rules, ev, today, q = r[:6]
        amb = r[6] if len(r) > 6 else None
        today_d = D(today)
        row = {"q": q, "today": today}
        if kind == "none":
            row["due"] = None
            row["expect_any"] = rules  # related (non-timescale) wording
            row["count"] = "standards set no timescale for this; " + (ev or "")
        else:
            rl = rules if isinstance(rules, list) else [rules]
            evd = resolve(ev, today_d)
            res = [(compute(x, evd), x) for x in rl]
            dues = [d for (d, _), _ in res]
            row["due"] = min(dues).isoformat()
            row["expect_any"] = [p for _, x in res for p in P[x][2]]
            if len(res) == 1:
                row["count"] = res[0][0][1]
            else:
                row["count"] = " | ".join(f"{P[x][3]}: {c}" for (d, c), x in res) + f"; earlier = {min(dues).isoformat()}"
            if not isinstance(ev, str) or ev.startswith("last:"):
                row["count"] = f"event {fmt(evd)} read against today {fmt(today_d)}; " + row["count"]
        row["voice"] = voice
        row["kind"] = kind
        if amb: row["ambiguous"] = amb
        for p in row["expect_any"]:
            assert len(p.split()) >= 6, (i, p)
            assert p in src, (i, p)
        out.append(row)
    return out

if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
    print(collections.Counter(r["kind"] for r in rows))
    print(collections.Counter(r["voice"] for r in rows))
