#!/usr/bin/env python3
"""Oracle for the deadline question set. Standard library only (datetime).
Computes `due` and `count` for every row from a structured spec (rows.py) and writes questions.jsonl."""
import datetime as dt, json, os, sys

D = dt.date
# England & Wales bank holidays 2024-2028, typed by hand (substitute days applied).
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> Mon 28)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat -> Mon 27, Boxing Day Sun -> Tue 28)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> Mon 3)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
WD = "Mon Tue Wed Thu Fri Sat Sun".split()

def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(days=1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped

def leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def mdays(y, m):
    return [31, 29 if leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m-1]

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    day = min(d.day, mdays(y, m))
    return D(y, m, day), day != d.day

# rule key -> (method, n, [verbatim phrases])
RULES = {
 'fd_contact': ('wd',1,["decisions made by what action are required by a Team Leader within 1 working day"]),
 'l45_decision': ('wd',1,["Initial decisions will be made about the action required within 1 working day by social work Team Leader"]),
 'referral_action': ('wd',1,["Referrals will be actioned by a social worker within 1 working day"]),
 's47_seen': ('same',0,["the child / children will be seen by the Social Worker the same day"]),
 's47_5day': ('d',5,["Within 5 days of the Section 47 being initiated"]),
 'allocate': ('wd',3,["allocated to a social worker to complete a Child and Family Assessment within 3 working days"]),
 'tl_review': ('wd',15,["All assessments will be reviewed by the Team Leader within 15 working days"]),
 'assess45': ('d',45,["Assessments must all be completed within 45 days"]),
 'strat': ('wd',1,["this must happen within 1 working day and should be chaired by a social work manager"]),
 'transfer_notice': ('d',5,["notify the Neighbourhood Team via email, giving at least 5 days’ notice"]),
 'icpc': ('wd',15,["Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"]),
 'icpc_family': ('db',3,["The report will be shared with family at least 3 the days prior to conference"]),
 'icpc_chair': ('wdb',3,["The report will be sent to the child protection chair 3 working days before the conference"]),
 'core1': ('d',10,["held within 10 days of the conference"]),
 'cp_visit': ('w',4,["Visits to a child subject to a CP plan will take place at least every 4 weeks"]),
 'rcpc_parents': ('db',3,["This report must be shared with parents at least 3 days prior to the review conference"]),
 'rcpc_chair': ('db',3,["The report will be available to the conference chair at least 3 days prior to the review conference"]),
 'cp12': ('m',12,["when they have been subject to a plan for 12 months"]),
 'plo1': ('d',10,["The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"]),
 'plo_fgc': ('wd',3,["Referral should be made within 3 working days of the first PLO meeting"]),
 'plo_viab': ('wd',3,["need to be made to Family Placement Team within 3 working days of the initial PLO meeting"]),
 'plo_mins': ('d',7,["distributed to parents and their legal representation within 7 days of the meeting"]),
 'plo_review': ('w',6,["Review PLO meetings with parents to be held every 4-6 weeks"]),
 'plo_12w': ('w',12,["A review legal planning meeting will be held at 12 weeks"]),
 'plo_16w': ('w',16,["a Legal Gateway meeting will be convened at 16 weeks"]),
 'plo_ext': ('w',4,["In exceptional circumstances a further period of 4 weeks will be agreed in PLO"]),
 'cin_deplan': ('d',20,["will set the first CIN meeting within 20 days"]),
 'cin_transfer': ('d',10,["the initial CIN meeting must take place within 10 days"]),
 'cin_review': ('w',6,["CIN review meetings will be held at least every 6 weeks"]),
 'cin_visit': ('w',6,["A child subject to a CIN plan will be seen at least every 6 weeks"]),
 'lac_assess': ('wd',20,["If it is an emergency / unplanned admission the assessment will be completed within 20 working days"]),
 'lac_visit1': ('wd',1,["The child will be visited within 1 working day of coming into care or having a change in placement",
                        "All looked after children will be seen within 1 working day of placement"]),
 'placement_mtg': ('wd',3,["The placement meeting will be held within 3 working days"]),
 'placement_plan': ('wd',5,["an updated copy given to the carers within 5 working days of the placement beginning"]),
 'family_time': ('w',8,["reviewed at least every 8 week until the plan for permanence is agreed"]),
 'cic_pack': ('w',3,["The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"]),
 'legal_status': ('wd',5,["All other professionals involved with the child will be informed of the child’s legal status within 5 working days"]),
 'iha': ('wd',20,["An initial health assessment will be requested and carried out within 20 working days"]),
 'pep': ('d',20,["A PEP meeting will be arranged within the school within 20 days"]),
 'lac_weekly': ('w',1,["Statutory looked after visits must happen weekly until the first looked after review"]),
 'lac_6w': ('w',6,["then a minimum of every 6 weeks thereafter until the plan for permanence is finalised"]),
 'lac_12w': ('w',12,["Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"]),
 'care_plan': ('d',10,["An up to date care plan will be recorded on the electronic system within 10 days of placement"]),
 'lac_review1': ('wd',20,["The initial Looked After Review must take place within 20 working days of the child becoming looked after"]),
 'pathway': ('age',(15,6),["A pathway plan will be started when the young person is 15 years 6 months"]),
 'iro_report': ('db',3,["this will be with the IRO 3 days before the review"]),
 'iro_challenge': ('wd',5,["If the challenge is not resolved within 5 working days a formal dispute will be raised"]),
 'iro_dispute': ('wd',20,["The formal dispute resolution process should be completed from start to finish within 20 working days"]),
 'adopt_age6': ('age',(6,0),["If a child under the age of 6 enters PLO or proceedings"]),
 'adopt_weekly': ('w',1,["Once the child is placed weekly statutory visits will take place until the first Looked After Review"]),
 'adopt_6w': ('w',6,["visits will be a minimum of 6 weekly until the Adoption Order is Granted"]),
 'adopt_order': ('w',10,["Once the children have been in placement with the adopter for 10 weeks"]),
 'fc_visit': ('w',6,["Trafford foster carers are visited at least once every six weeks"]),
 'fc_record': ('wd',3,["a record of this visit is recorded on LCS within 3 working days"]),
 'fc_unannounced': ('m',12,["will have an unannounced visit at least once every 12 months"]),
 'fc_annual': ('m',12,["will have an annual review including an updated Safer Caring Policy"]),
 'fc_panel3': ('m',36,["Every foster carer will have an annual review presented to the Fostering Panel at least every three years"]),
 'fc_dbs': ('m',36,["will have updated statutory references, medicals and DBS checks at least every three years"]),
 'fc_training': ('m',36,["must update their core training at least every three years"]),
 'variation': ('wd',6,["This can only be given for up to 6 working days"]),
 'temp_approval': ('w',16,["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
 'temp_ext': ('w',24,["Temporary approval is for 16 weeks but can be extended for a further 8 weeks"]),
 'recording': ('d',3,["any event or contact is recorded within 3 days"]),
 'summary': ('m',3,["A clear and concise case file summary which has been updated within the last 3 months"]),
 'assess12m': ('m',12,["An up to date assessment (within the last 12 months) on each child"]),
 'advocate12': ('age',(12,0),["if they are 12 or over they should be offered an advocate"]),
}

def compute(rule, ev):
    method, n, _ = RULES[rule]
    if method == 'wd':
        d, sk = wd_after(ev, n)
        c = f"{n} working day{'s' if n>1 else ''} after {fmt(ev)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        if not is_wd(ev): c += "; event day itself is not a working day, counted from it"
        return d, c
    if method == 'wdb':
        d, sk = wd_before(ev, n)
        c = f"{n} working days before {fmt(ev)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
        return d, c
    if method == 'd':
        d = ev + dt.timedelta(days=n); return d, f"{n} calendar days after {fmt(ev)} -> {fmt(d)}" + ("; due date is a bank holiday" if d in BANK_HOLIDAYS else "")
    if method == 'db':
        d = ev - dt.timedelta(days=n); return d, f"{n} calendar days before {fmt(ev)} -> {fmt(d)}"
    if method == 'w':
        d = ev + dt.timedelta(days=7*n); return d, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(ev)} -> {fmt(d)}"
    if method == 'm':
        d, clamped = add_months(ev, n)
        c = f"{n} months after {fmt(ev)} -> {fmt(d)}"
        if clamped: c += " (no such day in that month; last day of month used)"
        return d, c
    if method == 'same':
        return ev, f"same day as {fmt(ev)}"
    if method == 'age':
        y, m = n
        if ev.month == 2 and ev.day == 29 and m == 0:
            ty = ev.year + y
            d = D(ty, 2, 29) if leap(ty) else D(ty, 3, 1)
            c = f"birthday {y} years after DOB {ev.isoformat()} -> {fmt(d)}" + ("" if leap(ty) else f" (29 Feb birthday; {ty} not a leap year, so 1 March)")
            return d, c
        d, clamped = add_months(ev, 12*y + m)
        c = f"DOB {ev.isoformat()} + {y} years" + (f" {m} months" if m else "") + f" -> {fmt(d)}"
        if clamped: c += " (no such day in that month; last day of month used)"
        return d, c
    raise ValueError(method)

def build(spec):
    out = []
    for r in spec:
        voice, kind, rule, ev, today, q = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {"q": q, "today": today}
        if kind == 'none':
            row["due"] = None
            row["expect_any"] = rule  # list of related phrases
            row["count"] = "no timescale set in the standards for this; due is null"
        elif kind == 'choice':
            ev_d = D.fromisoformat(ev)
            res = [(compute(k, ev_d), k) for k in rule]
            row["due"] = min(x[0][0] for x in res).isoformat()
            row["expect_any"] = [RULES[k][2][0] for k in rule]
            row["count"] = " | ".join(f"{k}: {x[1]}" for x, k in res) + f"; earlier = {row['due']}"
        else:
            (d, c) = compute(rule, D.fromisoformat(ev))
            row["due"] = d.isoformat()
            row["expect_any"] = list(RULES[rule][2])
            row["count"] = c
        row["voice"] = voice
        row["kind"] = kind
        if amb: row["ambiguous"] = amb
        out.append(row)
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from rows import SPEC
    rows = build(SPEC)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
