#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, sys, re
from collections import Counter
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/source/practice-standards.txt"

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included).
BANK_HOLIDAYS = {
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
DOW = "Mon Tue Wed Thu Fri Sat Sun".split()
def fmt(d): return f"{d.isoformat()} ({DOW[d.weekday()]})"
def is_wd(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def wd_after(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped
def wd_before(start, n):
    d, k, skipped = start, 0, []
    while k < n:
        d -= dt.timedelta(1)
        if is_wd(d): k += 1
        elif d in BANK_HOLIDAYS: skipped.append(d)
    return d, skipped
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31,30,31,30,31,31,30,31,30,31][mo-1]
    return D(y, mo, min(d.day, last)), d.day > last

# rule -> (method, n, verbatim phrase)
R = {
 'fd_contact': ('wd',1,"decisions made by what action are required by a Team Leader within 1 working day"),
 'initial_decision': ('wd',1,"Initial decisions will be made about the action required within 1 working day"),
 'referral_action': ('wd',1,"Referrals will be actioned by a social worker within 1 working day"),
 's47_progress': ('d',5,"Within 5 days of the Section 47 being initiated"),
 'allocate': ('wd',3,"allocated to a social worker to complete a Child and Family Assessment within 3 working days"),
 'tl_review': ('wd',15,"All assessments will be reviewed by the Team Leader within 15 working days"),
 'assess45': ('d',45,"Assessments must all be completed within 45 days"),
 'strat_1wd': ('wd',1,"this must happen within 1 working day and should be chaired by a social work manager"),
 'transfer_notice': ('d',5,"will notify the Neighbourhood Team via email, giving at least 5 days’ notice"),
 'icpc': ('wd',15,"Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion"),
 'icpc_family': ('db',3,"The report will be shared with family at least 3 the days prior to conference"),
 'icpc_chair': ('wdb',3,"The report will be sent to the child protection chair 3 working days before the conference"),
 'core1': ('d',10,"held within 10 days of the conference and is used to put detail on the outline CP plan"),
 'cp_visit': ('w',4,"Visits to a child subject to a CP plan will take place at least every 4 weeks"),
 'rcpc_parents': ('db',3,"This report must be shared with parents at least 3 days prior to the review conference"),
 'rcpc_chair': ('db',3,"The report will be available to the conference chair at least 3 days prior to the review conference"),
 'plan12m': ('m',12,"when they have been subject to a plan for 12 months"),
 'plo_first': ('d',10,"The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter"),
 'plo_fgc': ('wd',3,"Referral should be made within 3 working days of the first PLO meeting"),
 'plo_viab': ('wd',3,"Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting"),
 'plo_minutes': ('d',7,"to be distributed to parents and their legal representation within 7 days of the meeting"),
 'plo_review': ('w',6,"Review PLO meetings with parents to be held every 4-6 weeks"),
 'plo_12w': ('w',12,"A review legal planning meeting will be held at 12 weeks"),
 'plo_16w': ('w',16,"a Legal Gateway meeting will be convened at 16 weeks"),
 'plo_ext': ('w',4,"In exceptional circumstances a further period of 4 weeks will be agreed in PLO"),
 'cin_deplan': ('d',20,"will set the first CIN meeting within 20 days"),
 'cin_transfer': ('d',10,"the initial CIN meeting must take place within 10 days"),
 'cin_review': ('w',6,"CIN review meetings will be held at least every 6 weeks"),
 'cin_visit': ('w',6,"A child subject to a CIN plan will be seen at least every 6 weeks"),
 'cic_assess': ('wd',20,"If it is an emergency / unplanned admission the assessment will be completed within 20 working days"),
 'cic_visit1': ('wd',1,"The child will be visited within 1 working day of coming into care or having a change in placement"),
 'placement_mtg': ('wd',3,"The placement meeting will be held within 3 working days"),
 'placement_plan': ('wd',5,"an updated copy given to the carers within 5 working days of the placement beginning"),
 'family_time': ('w',8,"reviewed at least every 8 week until the plan for permanence is agreed"),
 'cic_pack': ('w',3,"The child will be provided with a coming into care pack, children rights leaflet within 3 weeks"),
 'legal_status': ('wd',5,"All other professionals involved with the child will be informed of the child’s legal status within 5 working days"),
 'iha': ('wd',20,"An initial health assessment will be requested and carried out within 20 working days"),
 'pep': ('d',20,"A PEP meeting will be arranged within the school within 20 days"),
 'lac_weekly': ('w',1,"Statutory looked after visits must happen weekly until the first looked after review"),
 'lac_6w': ('w',6,"a minimum of every 6 weeks thereafter until the plan for permanence is finalised"),
 'lac_12w': ('w',12,"Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement"),
 'care_plan': ('d',10,"An up to date care plan will be recorded on the electronic system within 10 days of placement"),
 'lac_review1': ('wd',20,"The initial Looked After Review must take place within 20 working days of the child becoming looked after"),
 'pathway': ('age',186,"A pathway plan will be started when the young person is 15 years 6 months"),
 'iro_report': ('db',3,"this will be with the IRO 3 days before the review"),
 'iro_informal': ('wd',5,"If the challenge is not resolved within 5 working days a formal dispute will be raised"),
 'iro_dispute': ('wd',20,"The formal dispute resolution process should be completed from start to finish within 20 working days"),
 'adopt_age6': ('age',72,"If a child under the age of 6 enters PLO or proceedings"),
 'adopt_weekly': ('w',1,"Once the child is placed weekly statutory visits will take place until the first Looked After Review"),
 'adopt_6w': ('w',6,"visits will be a minimum of 6 weekly until the Adoption Order is Granted"),
 'adopt_10w': ('w',10,"Once the children have been in placement with the adopter for 10 weeks they can make an application for an Adoption Order"),
 'fc_visit': ('w',6,"Trafford foster carers are visited at least once every six weeks"),
 'fc_record': ('wd',3,"a record of this visit is recorded on LCS within 3 working days"),
 'fc_unannounced': ('m',12,"will have an unannounced visit at least once every 12 months"),
 'fc_annual': ('m',12,"All Trafford foster carers will have an annual review including an updated Safer Caring Policy"),
 'fc_panel3': ('m',36,"Every foster carer will have an annual review presented to the Fostering Panel at least every three years"),
 'fc_dbs': ('m',36,"updated statutory references, medicals and DBS checks at least every three years"),
 'fc_training': ('m',36,"All Trafford foster carers must update their core training at least every three years"),
 'fc_variation': ('wd',6,"This can only be given for up to 6 working days"),
 'temp_approval': ('w',16,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 'temp_ext': ('w',8,"Temporary approval is for 16 weeks but can be extended for a further 8 weeks"),
 'recording': ('d',3,"any event or contact is recorded within 3 days"),
 'case_summary': ('m',3,"A clear and concise case file summary which has been updated within the last 3 months"),
 'assess12m': ('m',12,"An up to date assessment (within the last 12 months) on each child"),
 'age12': ('age',144,"if they are 12 or over they should be offered an advocate"),
}
# phrases for 'none' rows: the nearest sentence, which sets no timescale
NONE_PHRASE = {
 'rcpc_date': "The child protection chair will set the date of the next conference",
 'lac_review2': "At the point of the second review (if not in proceedings) the child must have a permanency plan",
 'supervision': "monitored through supervision which takes place in line with the supervision policy",
 'shopba': "This needs to take place after the area teams final care planning meeting",
 'later_life': "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 'iro_between': "The IRO will contact the child between reviews to ensure the progress of the plan",
 'support_mtg': "a Support Meeting will be held and chaired by the Team Leader to look at ways of sustaining the placement",
 'annex_a': "The Social Worker will complete the Annex A suitability report for Court",
 'chronology': "A chronology of significant events and their impact that includes risk and protective factors",
 'early_help': "Initial decisions will be made about the action required by an Early Help Team Leader",
}

def compute(rule, start):
    meth, n, _ = R[rule]
    if meth == 'wd':
        d, sk = wd_after(start, n)
        c = f"{n} working day{'s' if n>1 else ''} after {fmt(start)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif meth == 'wdb':
        d, sk = wd_before(start, n)
        c = f"{n} working days before {fmt(start)} -> {fmt(d)}"
        if sk: c += "; skips bank holidays " + ", ".join(x.isoformat() for x in sk)
    elif meth == 'd':
        d = start + dt.timedelta(n); c = f"{n} calendar days after {fmt(start)} -> {fmt(d)}"
        if d in BANK_HOLIDAYS: c += " (falls on a bank holiday; calendar count)"
    elif meth == 'db':
        d = start - dt.timedelta(n); c = f"{n} calendar days before {fmt(start)} -> {fmt(d)}"
    elif meth == 'w':
        d = start + dt.timedelta(7*n); c = f"{n} week{'s' if n>1 else ''} ({7*n} days) after {fmt(start)} -> {fmt(d)}"
    elif meth == 'm':
        d, cl = add_months(start, n); c = f"{n} months after {fmt(start)} -> {fmt(d)}"
        if cl: c += " (no such day in that month; last day of month)"
    elif meth == 'age':
        y, m = divmod(n, 12)
        d, cl = add_months(start, n)
        if start.month == 2 and start.day == 29 and cl and m == 0:
            d = D(d.year, 3, 1); c = f"DOB {start.isoformat()} + {y} years -> {fmt(d)} (29 Feb birthday, non-leap year: 1 March)"
        else:
            c = f"DOB {start.isoformat()} + {y} years{f' {m} months' if m else ''} -> {fmt(d)}"
            if cl: c += " (no such day in that month; last day of month)"
    return d, c

from rows import ROWS

def build():
    out = []
    for r in ROWS:
        voice, kind, rule, start, today, q = r[:6]
        amb = r[6] if len(r) > 6 else None
        row = {'q': q, 'today': today}
        if kind == 'none':
            row['due'] = None; row['expect_any'] = [NONE_PHRASE[rule]]
            row['count'] = "no timescale set in the standards for this"
        else:
            s = D.fromisoformat(start)
            rules = rule.split('|')
            res = [(compute(x, s), x) for x in rules]
            due = min(rr[0][0] for rr in res)
            row['due'] = due.isoformat()
            row['expect_any'] = [R[x][2] for x in rules]
            if len(rules) == 1: row['count'] = res[0][0][1]
            else: row['count'] = " | ".join(f"{x}: {cc[1]}" for cc, x in res) + f"; earlier = {due.isoformat()}"
        row['voice'] = voice; row['kind'] = kind
        if amb: row['ambiguous'] = amb
        row['_rule'] = rule; row['_start'] = start
        out.append(row)
    return out

def check(rows):
    src = open(SRC, encoding='utf-8').read()
    ok = True
    for i, r in enumerate(rows):
        for p in r['expect_any']:
            if p not in src: print("PHRASE NOT FOUND", i, p); ok = False
            if len(p.split()) < 6: print("PHRASE SHORT", i, p); ok = False
        if r['kind'] == 'choice' and len(r['expect_any']) < 2: print("CHOICE needs 2", i); ok = False
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}
        assert r['kind'] in {'date','visits','age','choice','none'}
        D.fromisoformat(r['today'])
        if r['due'] and r['kind'] != 'age' and r['_start'] and D.fromisoformat(r['_start']) > D.fromisoformat(r['today']) and r['kind'] not in ('date','choice'):
            pass
    qs = Counter(r['q'] for r in rows)
    for q, c in qs.items():
        if c > 1: print("DUP", q); ok = False
    return ok

if __name__ == '__main__':
    rows = build()
    ok = check(rows)
    path = os.path.join(HERE, 'questions.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith('_')}, ensure_ascii=False) + "\n")
    # re-parse
    n = 0
    for line in open(path, encoding='utf-8'):
        json.loads(line); n += 1
    print("rows", n, "ok", ok)
    print("kinds", Counter(r['kind'] for r in rows))
    print("voices", Counter(r['voice'] for r in rows))
    print("ambiguous", sum(1 for r in rows if r.get('ambiguous')))
