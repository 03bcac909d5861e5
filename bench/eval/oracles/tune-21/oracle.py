#!/usr/bin/env python3
"""Oracle for the frozen deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys

D = dt.date
BANK_HOLIDAYS = {
    # 2024
    D(2024,1,1), D(2024,3,29), D(2024,4,1), D(2024,5,6), D(2024,5,27), D(2024,8,26), D(2024,12,25), D(2024,12,26),
    # 2025
    D(2025,1,1), D(2025,4,18), D(2025,4,21), D(2025,5,5), D(2025,5,26), D(2025,8,25), D(2025,12,25), D(2025,12,26),
    # 2026 (Boxing Day Sat -> substitute Mon 28 Dec)
    D(2026,1,1), D(2026,4,3), D(2026,4,6), D(2026,5,4), D(2026,5,25), D(2026,8,31), D(2026,12,25), D(2026,12,28),
    # 2027 (Christmas Sat, Boxing Sun -> substitutes Mon 27, Tue 28 Dec)
    D(2027,1,1), D(2027,3,26), D(2027,3,29), D(2027,5,3), D(2027,5,31), D(2027,8,30), D(2027,12,27), D(2027,12,28),
    # 2028 (New Year Sat -> substitute Mon 3 Jan)
    D(2028,1,3), D(2028,4,14), D(2028,4,17), D(2028,5,1), D(2028,5,29), D(2028,8,28), D(2028,12,25), D(2028,12,26),
}
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def p(s): return dt.date.fromisoformat(s)
def f(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def working(d): return d.weekday() < 5 and d not in BANK_HOLIDAYS

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    last = [31, 29 if (y%4==0 and (y%100!=0 or y%400==0)) else 28, 31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y, m, min(d.day, last)), d.day > last

def compute(op):
    kind, start, n = op[0], p(op[1]), op[2]
    if kind == "wd":  # Nth working day strictly after
        d, c, skipped = start, 0, []
        while c < n:
            d += dt.timedelta(1)
            if working(d): c += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        s = f"{n} working day{'s' if n>1 else ''} after {f(start)} -> {f(d)}"
        if not working(start): s += f"; start is not a working day ({'bank holiday' if start in BANK_HOLIDAYS else 'weekend'}), counted from it"
        if skipped: s += "; skips bank holidays " + ", ".join(skipped)
        return d, s
    if kind == "wdb":  # Nth working day strictly before
        d, c, skipped = start, 0, []
        while c < n:
            d -= dt.timedelta(1)
            if working(d): c += 1
            elif d in BANK_HOLIDAYS: skipped.append(d.isoformat())
        s = f"{n} working days before {f(start)} -> {f(d)}"
        if skipped: s += "; skips bank holidays " + ", ".join(skipped)
        return d, s
    if kind == "d":
        d = start + dt.timedelta(n); return d, f"{n} calendar days after {f(start)} -> {f(d)}"
    if kind == "db":
        d = start - dt.timedelta(n); return d, f"{n} calendar days before {f(start)} -> {f(d)}"
    if kind == "w":
        d = start + dt.timedelta(7*n); return d, f"{n} week{'s' if n>1 else ''} ({7*n} days) after {f(start)} -> {f(d)}"
    if kind == "m":
        d, cl = add_months(start, n)
        s = f"{n} months after {f(start)} -> {f(d)}"
        if cl: s += f"; day {start.day} does not exist in that month, so last day of month"
        return d, s
    if kind == "same":
        return start, f"same day as {f(start)}"
    if kind == "age":  # n = years, op[3] = extra months
        months = 12*n + (op[3] if len(op) > 3 else 0)
        if start.month == 2 and start.day == 29:
            y = start.year + months // 12
            tgt = D(y, 2, 29) if (months % 12 == 0 and y%4==0 and (y%100!=0 or y%400==0)) else None
            if months % 12 == 0 and tgt is None:
                d = D(y, 3, 1)
                return d, f"DOB {start.isoformat()} + {n} years -> {f(d)}; 29 Feb birthday in a non-leap year taken as 1 March"
        d, cl = add_months(start, months)
        s = f"DOB {start.isoformat()} + {n} years" + (f" {op[3]} months" if len(op) > 3 else "") + f" -> {f(d)}"
        if cl: s += f"; day {start.day} does not exist in that month, so last day of month"
        return d, s
    raise ValueError(op)

PH = {
 "FD": "decisions made by what action are required by a Team Leader within 1 working day",
 "INIT": "Initial decisions will be made about the action required within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47SEEN": "the child / children will be seen by the Social Worker the same day",
 "S47DISC": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "COMP": "Assessments must all be completed within 45 days",
 "STRAT1": "a strategy discussion is required, this must happen within 1 working day",
 "TRANSFER": "will notify the Neighbourhood Team via email, giving at least 5 days",
 "JOINT": "will complete a joint visit to the home to introduce the new worker",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "ICPCFAM": "The report will be shared with family at least 3 the days prior to conference",
 "ICPCCHAIR": "The report will be sent to the child protection chair 3 working days before the conference",
 "ADVOC": "if they are 12 or over they should be offered an advocate",
 "CG": "held within 10 days of the conference and is used to put detail on the outline CP plan",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPCPAR": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCCHAIR": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB": "need to be made to Family Placement Team within 3 working days of the initial PLO meeting",
 "MINS": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "RLPM": "A review legal planning meeting will be held at 12 weeks",
 "EXT4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "LG16": "a Legal Gateway meeting will be convened at 16 weeks",
 "CINDEPLAN": "will set the first CIN meeting within 20 days",
 "CINTRANS": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMERG": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "LACV1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "PLMTG": "The placement meeting will be held within 3 working days",
 "PLPLAN": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FAMTIME": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL": "will be informed of the child\u2019s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACSEEN": "All looked after children will be seen within 1 working day of placement",
 "LACWEEKLY": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "CAREPLAN": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LAR1": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATHWAY": "A pathway plan will be started when the young person is 15 years 6 months",
 "IROREP": "this will be with the IRO 3 days before the review",
 "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRODISP": "The formal dispute resolution process should be completed from start to finish within 20 working days",
 "ADOPT6": "If a child under the age of 6 enters PLO or proceedings",
 "ADOPTV": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "ADOPTV6": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AO10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "FCUNANN": "will have an unannounced visit at least once every 12 months",
 "FCANN": "All Trafford foster carers will have an annual review",
 "FCPANEL": "Every foster carer will have an annual review presented to the Fostering Panel at least every three years",
 "FCDBS": "updated statutory references, medicals and DBS checks at least every three years",
 "FCTRAIN": "must update their core training at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TEMP16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 # phrases used for `none` rows (closest sentence; sets no date)
 "NEXTCONF": "The child protection chair will set the date of the next conference",
 "SUPPOL": "monitored through supervision which takes place in line with the supervision policy",
 "LACTIMES": "a new LAC review will be set in accordance with the timescales",
 "CGEVERY": "are reviewed at every core group and progress recorded",
 "MISSING": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "STRATREC": "the plan for the enquiries and decisions recorded and a record sent to all participating professionals",
 "LIFESTORY": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "SWET": "the timescales for filing SWET and additional supporting documents will be agreed at the Legal Gateway meeting",
 "PEPTERM": "subsequently reviewed within the statutory guidelines at least 1 per term",
}

ROWS = []
def R(voice, kind, today, q, ph, op=None, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, q=q, ph=ph if isinstance(ph, list) else [ph], op=op, amb=amb))

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rows_spec.py"), encoding="utf-8").read())

def build():
    out = []
    for r in ROWS:
        if r["kind"] == "none":
            due, count = None, "no timescale in the standards"
        elif r["kind"] == "choice":
            res = [compute(o) for o in r["op"]]
            due = min(d for d, _ in res)
            count = " | ".join(f"option {i+1} ({r['ph'][i]}): {s}" for i, (_, s) in enumerate(res)) + f"; earlier = {due.isoformat()}"
        else:
            due, count = compute(r["op"])
        row = {"q": r["q"], "today": r["today"], "due": due.isoformat() if due else None,
               "expect_any": [PH[k] for k in r["ph"]], "count": count, "voice": r["voice"], "kind": r["kind"]}
        if r["amb"]: row["ambiguous"] = r["amb"]
        out.append(row)
    return out

def easter(y):  # anonymous Gregorian algorithm, used only to check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f_=(b+8)//25;g=(b-f_+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451
    return D(y,(h+l-7*m+114)//31,((h+l-7*m+114)%31)+1)

def checks(out, src):
    errs = []
    for y in range(2024, 2029):
        e = easter(y)
        for d in (e - dt.timedelta(2), e + dt.timedelta(1)):
            if d not in BANK_HOLIDAYS: errs.append(f"easter {d}")
    for d in BANK_HOLIDAYS:
        if d.weekday() >= 5: errs.append(f"bank holiday on weekend {d}")
    if len(BANK_HOLIDAYS) != 40: errs.append("expected 40 bank holidays")
    for i, r in enumerate(out):
        for ph in r["expect_any"]:
            if ph not in src: errs.append(f"row {i}: phrase not in source: {ph}")
            if len(ph.split()) < 6: errs.append(f"row {i}: phrase too short")
        if r["due"] and r["kind"] != "none":
            pass
        dt.date.fromisoformat(r["today"])
        if r["kind"] == "choice" and len(r["expect_any"]) < 2: errs.append(f"row {i}: choice needs 2 phrases")
    return errs

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    src = open("/work/shared/source/practice-standards.txt", encoding="utf-8").read()
    out = build()
    errs = checks(out, src)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter(r["kind"] for r in out), Counter(r["voice"] for r in out))
    print("\n".join(errs) or "checks ok")
