#!/usr/bin/env python3
"""Structured row descriptions -> questions.jsonl, with due/count from oracle.py."""
import json, datetime as dt
from oracle import compute, parse, is_wd

P = {
 "contact": "required by a Team Leader within 1 working day",
 "initial_dec": "Initial decisions will be made about the action required within 1 working day",
 "referral": "Referrals will be actioned by a social worker within 1 working day",
 "s47disc": "Within 5 days of the Section 47 being initiated",
 "alloc": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "tlreview": "All assessments will be reviewed by the Team Leader within 15 working days",
 "complete45": "Assessments must all be completed within 45 days",
 "strat1wd": "a strategy discussion is required, this must happen within 1 working day",
 "strat24": "A strategy discussion within 24 hours involving all relevant agencies",
 "transfer": "notify the Neighbourhood Team via email, giving at least 5 days’ notice",
 "icpc": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "reportfamily": "The report will be shared with family at least 3 the days prior to conference",
 "reportchair": "The report will be sent to the child protection chair 3 working days before the conference",
 "advocate": "if they are 12 or over they should be offered an advocate",
 "coregroup": "held within 10 days of the conference",
 "cpvisit": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "rcpc_parents": "This report must be shared with parents at least 3 days prior to the review conference",
 "rcpc_chair": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "ptt": "when they have been subject to a plan for 12 months",
 "plo1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "fgc": "Referral should be made within 3 working days of the first PLO meeting",
 "viability": "Family Placement Team within 3 working days of the initial PLO meeting",
 "minutes": "distributed to parents and their legal representation within 7 days of the meeting",
 "ploreview": "Review PLO meetings with parents to be held every 4-6 weeks",
 "legal12": "A review legal planning meeting will be held at 12 weeks",
 "further4": "In exceptional circumstances a further period of 4 weeks will be agreed in PLO",
 "gateway16": "a Legal Gateway meeting will be convened at 16 weeks",
 "cin_deplan": "will set the first CIN meeting within 20 days",
 "cin_transfer": "the initial CIN meeting must take place within 10 days",
 "cin_review": "CIN review meetings will be held at least every 6 weeks",
 "cin_visit": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "lac_assess": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "lac_visit1": "The child will be visited within 1 working day of coming into care or having a change in placement",
 "lac_seen1": "All looked after children will be seen within 1 working day of placement",
 "placement_meeting": "The placement meeting will be held within 3 working days",
 "placement_plan": "an updated copy given to the carers within 5 working days of the placement beginning",
 "family_time": "reviewed at least every 8 week until the plan for permanence is agreed",
 "pack": "coming into care pack, children rights leaflet within 3 weeks",
 "legal_status": "informed of the child’s legal status within 5 working days",
 "iha": "An initial health assessment will be requested and carried out within 20 working days",
 "pep": "A PEP meeting will be arranged within the school within 20 days",
 "lac_weekly": "Statutory looked after visits must happen weekly until the first looked after review",
 "lac_6w": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "lac_12w": "Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement",
 "care_plan": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "lac_review": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "pathway": "A pathway plan will be started when the young person is 15 years 6 months",
 "iro_report": "this will be with the IRO 3 days before the review",
 "iro_challenge": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "dispute": "should be completed from start to finish within 20 working days",
 "under6": "If a child under the age of 6 enters PLO or proceedings",
 "adopt_weekly": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "adopt_6w": "then visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "adopt10": "Once the children have been in placement with the adopter for 10 weeks",
 "fc_visit": "Trafford foster carers are visited at least once every six weeks",
 "fc_record": "a record of this visit is recorded on LCS within 3 working days",
 "fc_unann": "will have an unannounced visit at least once every 12 months",
 "fc_annual": "All Trafford foster carers will have an annual review",
 "fc_panel": "annual review presented to the Fostering Panel at least every three years",
 "fc_dbs": "updated statutory references, medicals and DBS checks at least every three years",
 "fc_training": "must update their core training at least every three years",
 "variation": "This can only be given for up to 6 working days",
 "temp16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "recording": "any event or contact is recorded within 3 days",
 "summary": "A clear and concise case file summary which has been updated within the last 3 months",
 "assess12": "An up to date assessment (within the last 12 months) on each child",
 # sentences relevant to `none` rows (no timescale set)
 "chair_sets": "The child protection chair will set the date of the next conference",
 "new_lac": "a new LAC review will be set in accordance with the timescales",
 "second_review": "At the point of the second review (if not in proceedings)",
 "supervision": "monitored through supervision which takes place in line with the supervision policy",
 "missing": "The risk of going missing and child sexual exploitation will be considered and risk assessed",
 "shopba": "This needs to take place after the area teams final care planning meeting",
 "pep_term": "subsequently reviewed within the statutory guidelines at least 1 per term",
 "pathway_iro": "will be reviewed by the IRO as part of the statutory review",
 "chronology": "A chronology of significant events and their impact that includes risk and protective factors",
 "lifestory": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter for the Child",
 "shopba_letter": "Parents will be sent a letter detailing the outcome of the SHOPBA signed by the ADM",
}

ROWS = []
def R(voice, kind, q, spec, keys, today=None, amb=None):
    ROWS.append(dict(voice=voice, kind=kind, q=q, spec=spec, keys=keys, today=today, amb=amb))

exec(open("rows.py", encoding="utf-8").read())

def default_today(spec):
    op = spec[0]
    if op == "choice": return default_today(spec[1])
    s = parse(spec[1])
    if op in ("wdbefore", "daysbefore"):
        d = s - dt.timedelta(10)
    else:
        d = s
    while not is_wd(d): d += dt.timedelta(1)
    return d

out = []
for r in ROWS:
    today = parse(r["today"]) if r["today"] else default_today(r["spec"])
    due, count = compute(r["spec"], today)
    row = {"q": r["q"], "today": today.isoformat(), "due": due.isoformat() if due else None,
           "expect_any": [P[k] for k in r["keys"]], "count": count, "voice": r["voice"], "kind": r["kind"]}
    if r["amb"]: row["ambiguous"] = r["amb"]
    out.append(row)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for row in out: f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(out), "rows written")
