# Structured row descriptions for oracle.py (set-heldout-27).
P = {
 "FD": "made by what action are required by a Team Leader within 1 working day",
 "REF": "Referrals will be actioned by a social worker within 1 working day",
 "S47D": "Within 5 days of the Section 47 being initiated",
 "ALLOC": "allocated to a social worker to complete a Child and Family Assessment within 3 working days",
 "TLREV": "All assessments will be reviewed by the Team Leader within 15 working days",
 "C45": "Assessments must all be completed within 45 days",
 "STRAT": "a strategy discussion is required, this must happen within 1 working day",
 "STRAT24": "A strategy discussion within 24 hours involving all relevant agencies",
 "ICPC": "Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion",
 "FAM3": "The report will be shared with family at least 3 the days prior to conference",
 "CHAIR3": "The report will be sent to the child protection chair 3 working days before the conference",
 "CG": "held within 10 days of the conference",
 "CPV": "Visits to a child subject to a CP plan will take place at least every 4 weeks",
 "RCPCP": "This report must be shared with parents at least 3 days prior to the review conference",
 "RCPCC": "The report will be available to the conference chair at least 3 days prior to the review conference",
 "PTT": "when they have been subject to a plan for 12 months",
 "PLO1": "The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter",
 "FGC": "Referral should be made within 3 working days of the first PLO meeting",
 "VIAB": "Family Placement Team within 3 working days of the initial PLO meeting",
 "MIN": "distributed to parents and their legal representation within 7 days of the meeting",
 "PLOREV": "Review PLO meetings with parents to be held every 4-6 weeks",
 "RLPM": "A review legal planning meeting will be held at 12 weeks",
 "LG16": "a Legal Gateway meeting will be convened at 16 weeks",
 "CINDP": "will set the first CIN meeting within 20 days",
 "CINT": "the initial CIN meeting must take place within 10 days",
 "CINREV": "CIN review meetings will be held at least every 6 weeks",
 "CINV": "A child subject to a CIN plan will be seen at least every 6 weeks",
 "EMASS": "If it is an emergency / unplanned admission the assessment will be completed within 20 working days",
 "VIS1": ["The child will be visited within 1 working day of coming into care or having a change in placement",
          "All looked after children will be seen within 1 working day of placement"],
 "PM3": "The placement meeting will be held within 3 working days",
 "PP5": "an updated copy given to the carers within 5 working days of the placement beginning",
 "FT8": "reviewed at least every 8 week until the plan for permanence is agreed",
 "PACK": "coming into care pack, children rights leaflet within 3 weeks",
 "LEGAL5": "will be informed of the child\u2019s legal status within 5 working days",
 "IHA": "An initial health assessment will be requested and carried out within 20 working days",
 "PEP": "A PEP meeting will be arranged within the school within 20 days",
 "LACW": "Statutory looked after visits must happen weekly until the first looked after review",
 "LAC6": "then a minimum of every 6 weeks thereafter until the plan for permanence is finalised",
 "LAC12": "Statutory visits can only move to 12 weekly when the young person has settled",
 "CP10": "An up to date care plan will be recorded on the electronic system within 10 days of placement",
 "LAR": "The initial Looked After Review must take place within 20 working days of the child becoming looked after",
 "PATH": "A pathway plan will be started when the young person is 15 years 6 months",
 "IRO3": "this will be with the IRO 3 days before the review",
 "IROCH": "If the challenge is not resolved within 5 working days a formal dispute will be raised",
 "IRODR": "should be completed from start to finish within 20 working days",
 "AD6": "If a child under the age of 6 enters PLO or proceedings",
 "ADW": "Once the child is placed weekly statutory visits will take place until the first Looked After Review",
 "AD6W": "visits will be a minimum of 6 weekly until the Adoption Order is Granted",
 "AO10": "Once the children have been in placement with the adopter for 10 weeks",
 "FCV": "Trafford foster carers are visited at least once every six weeks",
 "FCREC": "a record of this visit is recorded on LCS within 3 working days",
 "UNANN": "will have an unannounced visit at least once every 12 months",
 "ANNREV": "All Trafford foster carers will have an annual review",
 "DBS": "updated statutory references, medicals and DBS checks at least every three years",
 "TRAIN": "must update their core training at least every three years",
 "PANEL3": "an annual review presented to the Fostering Panel at least every three years",
 "VAR": "This can only be given for up to 6 working days",
 "TA16": "Temporary approval is for 16 weeks but can be extended for a further 8 weeks",
 "REC3": "any event or contact is recorded within 3 days",
 "SUMM": "A clear and concise case file summary which has been updated within the last 3 months",
 "ASS12": "An up to date assessment (within the last 12 months) on each child",
 "ADVOC": "if they are 12 or over they should be offered an advocate",
 # phrases for `none` rows (nearest relevant sentence; it sets no timescale)
 "NEXTCONF": "The child protection chair will set the date of the next conference",
 "CGEVERY": "the targets agreed and outcomes expected are reviewed at every core group",
 "NEWLAR": "a new LAC review will be set in accordance with the timescales",
 "SUPPOL": "monitored through supervision which takes place in line with the supervision policy",
 "LEGALADV": "a referral to legal for legal advice should be made",
 "LIFESTORY": "The Adoption Social Worker will complete Lifestory book and a Later Life Letter",
 "CHRON": "A chronology of significant events and their impact that includes risk and protective factors",
 "SHOPBA": "This needs to take place after the area teams final care planning meeting",
 "AUDIT": "managers case notes and evidence of audit activity",
 "ANNEXA": "The Social Worker will complete the Annex A suitability report for Court",
}

ROWS = []
def R(voice, kind, today, start, rule, keys, q, amb=None, rel=None, note=None):
    ROWS.append(dict(voice=voice, kind=kind, today=today, start=start, rule=rule,
                     keys=keys, q=q, amb=amb, rel=rel, note=note))
def C(voice, today, rules, keys, q, amb=None, rel=None):
    ROWS.append(dict(voice=voice, kind="choice", today=today, rules=rules, keys=keys, q=q, amb=amb, rel=rel))
def N(voice, today, keys, q, why):
    ROWS.append(dict(voice=voice, kind="none", today=today, keys=keys, q=q, why=why))

# ---------------- duty ----------------
v="duty"
R(v,"date","2025-12-19","2025-12-19","wd+15",["ICPC"],"strat 19/12/25, icpc by?")
R(v,"date","2026-04-01","2026-03-31","wd+15",["ICPC"],"strat yesterday. icpc deadline? easter in the way", rel="yesterday")
R(v,"date","2026-12-18","2026-12-17","d+10",["CG"],"icpc 17/12 1st CG by when")
R(v,"date","2025-04-17","2025-04-17","d+5",["S47D"],"s47 kicked off 17/4 - when's the mgr progress discussion due")
R(v,"date","2025-05-02","2025-05-02","wd+3",["ALLOC"],"ref in fri 2/5 for c&fa - allocate by?",
  amb="The standard does not name the start event for allocation; counted from the day the case came in.")
R(v,"date","2026-11-20","2026-11-20","d+45",["C45"],"c&fa started 20/11/26 - 45 day deadline?")
R(v,"date","2027-03-17","2027-03-17","wd+15",["TLREV"],"c&fa opened 17.3.27 TL review due?")
R(v,"date","2026-05-21","2026-05-21","d+10",["PLO1"],"plo letter dated 21/05/26, 1st plo mtg by?")
R(v,"date","2025-08-22","2025-08-21","wd+3",["FGC"],"1st plo mtg thurs 21/8, fgc referral deadline?")
R(v,"date","2027-12-22","2027-12-22","d+7",["MIN"],"plo mtg today 22/12/27 mins out by?")
R(v,"date","2026-12-15","2026-12-14","wd+20",["LAR"],"became LAC 14/12, ILAR due?")
R(v,"date","2027-03-23","2027-03-22","wd+20",["IHA"],"came into care 22/3/27 IHA deadline")
R(v,"date","2025-12-23","2025-12-23","wd+3",["PM3"],"placed 23/12 placement mtg by?")
R(v,"date","2027-08-27","2027-08-27","wd+1",["VIS1"],"new placement fri 27/8, visit by?")
R(v,"date","2026-04-02","2026-04-02","d+10",["CP10"],"placed 2/4 care plan on LCS by")
R(v,"date","2025-09-02","2025-09-01","d+20",["PEP"],"LAC 1/9/25 pep mtg by?",
  amb="The PEP standard does not name its start event; counted from the day the child became looked after.")
R(v,"date","2026-08-28","2026-08-28","w+3",["PACK"],"cic pack due? became LAC 28/08/26")
R(v,"date","2027-05-25","2027-05-25","wd+5",["IROCH"],"IRO informal challenge raised 25/5/27 - when does it go formal?")
R(v,"date","2026-05-01","2026-05-01","wd+3",["FCREC"],"fc visit fri 1/5 record on lcs by?")
R(v,"date","2025-12-24","2025-12-23","d+3",["REC3"],"hv yesterday, recording deadline?", rel="yesterday")
R(v,"date","2026-05-22","2026-05-22","wd+1",["STRAT","STRAT24"],"mgmt decision strat needed fri 22/5, strat by?",
  amb="The S47 section also says 'within 24 hours', which read literally would give Sat 23/05/2026.")
R(v,"visits","2025-12-04","2025-12-03","w+4",["CPV"],"cp visit 3/12 next stat by")
R(v,"visits","2026-03-23","2026-03-20","w+6",["CINV"],"cin visit 20/3/26 next?")
R(v,"visits","2027-11-16","2027-11-15","w+6",["LAC6"],"lac stat visit 15/11/27, post 1st review, next due")
R(v,"age","2026-10-05","2011-09-14","age:15,6",["PATH"],"yp dob 14/09/11 pathway plan start date?")
C(v,"2026-01-06",[("wd+15","2026-01-05","TL review"),("d+45","2026-01-05","completion")],["TLREV","C45"],
  "c&fa started 5/1/26 when's it due?")
C(v,"2027-06-03",[("wd+3","2027-06-03","FGC referral"),("d+7","2027-06-03","PLO minutes")],["FGC","MIN"],
  "1st plo mtg today 3/6/27 whats due after it?", rel="today")
N(v,"2026-03-13",["CGEVERY"],"1st cg done 12/3, next cg when?","only the first core group (10 days after conference) has a timescale; later core group frequency is not set")

# ---------------- typos ----------------
v="typos"
R(v,"date","2026-04-03","2026-04-03","wd+15",["ICPC"],"strat was 3.4.26 when is icpc due by")
R(v,"date","2025-12-29","2025-12-24","d+10",["CG"],"icpc was on 24th decmber 2025 when do we need first core grp")
R(v,"date","2027-03-29","2027-03-28","d+10",["PLO1"],"plo leter went out 28/3/27 when sould first meeting be")
R(v,"date","2026-12-24","2026-12-24","wd+1",["FD"],"contact come in 24/12/26 whens the TL decison due")
R(v,"date","2025-05-02","2025-05-02","wd+1",["REF"],"refferal recieved 2/5/25 needs actioned by when")
R(v,"date","2025-04-22","2025-04-18","wd+20",["IHA"],"child come into care 18th april 2025 wen is IHA due")
R(v,"date","2026-04-02","2026-04-01","wd+20",["LAR"],"lac on 1/4/26 wen is the first LAC reveiw")
R(v,"date","2026-04-01","2026-03-31","wd+5",["PP5"],"placemnt started 31/3/26 updated placement plan to carers by")
R(v,"date","2027-12-24","2027-12-24","wd+3",["VIAB"],"intial plo meeting 24/12/27 viabilty screening request to fpt by when")
R(v,"date","2025-12-22","2025-12-22","wd+5",["LEGAL5"],"came into care 22/12/25 need to tell other profs about legal status by")
R(v,"date","2026-08-07","2026-08-06","wd+20",["EMASS"],"emergancy admission 6/8/26 no assesment in place, assesment due by")
R(v,"date","2025-12-15","2025-12-15","wd+20",["IRODR"],"formal dispute started 15.12.25 when shud it be finished")
R(v,"date","2026-06-01","2026-05-30","w+10",["AO10"],"placed with adopters 30/5/26 when can they apply for AO")
R(v,"date","2026-01-06","2026-01-05","w+16",["TA16"],"temp approval connected carer 05/01/26 when does it run out, no extension")
R(v,"date","2026-12-23","2026-12-23","wd+6",["VAR"],"variation of terms of approval agreed 23/12/26 how long does it last")
R(v,"date","2025-12-30","2025-12-29","d+5",["S47D"],"s47 started 29th dec 2025 when do me and my manager have to discuss progress")
R(v,"date","2025-12-30","2026-01-06","d-3",["RCPCP"],"rcpc is 6/1/26 when do parents need the report by")
R(v,"date","2025-12-12","2025-12-11","d+20",["CINDP"],"child deplanned at rcpc 11/12/25 when is first cin meeting")
R(v,"visits","2025-07-15","2025-07-14","w+8",["FT8"],"family time arangements last reviewed 14/7/25 next review due")
R(v,"visits","2027-02-03","2027-02-02","w+6",["FCV"],"supervising sw visit to foster carer 2/2/27 next one due")
R(v,"visits","2027-03-29","2027-03-27","w+4",["CPV"],"last cp visit 27/03/27 next by when")
R(v,"visits","2027-08-27","2027-08-26","w+1",["ADW"],"adopton placement visit 26/8/27 next one? havent had first LAR yet")
R(v,"age","2027-11-10","2016-02-29","age:12,0",["ADVOC"],"wen does child turn 12 for an advocate at icpc, dob 29/02/2016")
R(v,"age","2026-11-02","2011-08-31","age:15,6",["PATH"],"dob 31.08.11 wen do we start pathway plan")
C(v,"2027-03-11",[("w+16","2027-03-10","16 weeks"),("w+24","2027-03-10","16+8 weeks if extended")],["TA16"],
  "temp aproval conected person 10/3/27 when does it end")
N(v,"2026-02-02",["NEWLAR"],"wen is the second lac review due after the first one","only the initial review (20 working days) is timed; the standards just say 'in accordance with the timescales'")
N(v,"2025-10-01",["SUPPOL"],"how often do i need supervision with my TL","supervision frequency is left to the supervision policy")

# ---------------- scenario ----------------
v="scenario"
R(v,"date","2025-12-08","2025-12-05","wd+15",["ICPC"],"Mum rang school on 2 Dec 2025 and we held the strategy discussion on 5/12/25. The child's birthday is 10/12. When does the ICPC need to be held by?")
R(v,"date","2025-04-22","2025-04-21","d+10",["CG"],"ICPC was held 21/04/2025 after the strat on 31/3. Child made subject to a CP plan. When's the first core group deadline?")
R(v,"date","2026-08-14","2026-08-14","d+10",["PLO1"],"Legal gateway was 10/8/26 and agreed PLO. The PLO letter is dated 14/08/26. When should the first PLO meeting be?")
R(v,"date","2026-12-18","2026-12-18","d+10",["CINT"],"Case was assessed by CFR and transferred to us in the neighbourhood team on 18/12/26. Our last contact with the family was 1/12. When is the initial CIN meeting due?")
R(v,"date","2027-03-25","2027-03-24","wd+20",["LAR"],"Child, 9, went into an emergency foster placement on 24/3/27 after police protection. Her brother was placed on 26/3. When is the initial LAC review due for her?")
R(v,"date","2026-12-22","2026-12-21","wd+20",["IHA"],"Toddler came into care on 21/12/26 on an ICO; mum's contact is set for 23/12. When does the initial health assessment need to be done by?")
R(v,"date","2027-04-01","2027-04-01","wd+3",["PM3"],"Young person moved from residential to a foster placement on Thursday 1st April 2027. Previous move was 12 Feb. When does the placement meeting need to be held?")
R(v,"date","2026-05-23","2026-05-23","wd+1",["VIS1"],"Emergency placement move on Saturday 23/5/26 to new carers after the last ones gave notice on 20/5. When must I visit?")
R(v,"date","2027-04-30","2027-04-30","d+3",["REC3"],"I saw the children on 28/4 and then did a joint visit with health on 30/04/27. When does the 30/4 visit need to be recorded by?")
R(v,"date","2026-12-21","2027-01-07","d-3",["FAM3"],"ICPC booked for 7/1/27. Strategy was 16/12/26. What is the latest date to share my report with the family?")
R(v,"date","2026-04-20","2026-05-05","wd-3",["CHAIR3"],"ICPC is booked for 5/5/26 (strat was 14/4/26). When does my report need to be with the chair, signed off?")
R(v,"date","2025-12-15","2026-01-02","d-3",["IRO3"],"LAC review is on 2/1/26; the previous review was in October. When does my report need to be with the IRO?")
R(v,"date","2025-04-17","2025-04-17","d+7",["MIN"],"First PLO meeting happened 17/04/2025; the letter was dated 7/4. When do the minutes need to go out to parents and their solicitors?")
R(v,"date","2025-12-23","2025-12-23","wd+3",["FGC"],"At the first PLO meeting today (23/12/2025) parents agreed to an FGC. When must the referral go in?", rel="today")
R(v,"date","2026-10-01","2026-06-15","m+12",["PTT"],"Child became subject to a CP plan at ICPC on 15/06/26, RCPC was 15/9/26 and not much progress. When does she hit 12 months on the plan for the professional thinking time meeting?")
R(v,"date","2026-07-15","2026-07-14","d+20",["PEP"],"Child came into care 14/7/26 and starts a new school on 1/9. When is the PEP meeting due?",
  amb="The PEP standard does not name its start event; a reader could count from the school start instead of coming into care.")
R(v,"date","2025-11-05","2025-11-03","w+10",["AO10"],"Twins were placed with their adopters on 3/11/25; the placement order was granted 2/6/25. From when can the adopters apply for the adoption order?")
R(v,"date","2027-01-15","2027-01-06","w+12",["RLPM"],"PLO started with the letter dated 6/1/27 and the first meeting was 14/1/27. When is the 12-week review legal planning meeting?",
  amb="The standard does not say what the 12 weeks run from; counted from the PLO letter, a reader could count from the first meeting (07/04/2027).")
R(v,"date","2027-08-02","2024-08-30","m+36",["DBS"],"Our foster carer's last DBS was 30/08/2024 and her medical was in 2025. When does the DBS need updating by?")
R(v,"visits","2025-12-23","2025-12-22","w+1",["LACW"],"Child came into care 1/12/25; the first LAC review is not until 29/12. I visited on 22/12. When is the next statutory visit?")
R(v,"visits","2027-03-15","2027-03-12","w+6",["CINREV"],"CIN case, last CIN review was 12/3/27 and school holidays start 29/3. When is the next CIN review due?")
R(v,"visits","2027-10-11","2027-10-08","w+12",["LAC12"],"Young person has been settled in her permanent foster placement since 2024, so visits are 12-weekly. Last visit was 8/10/27. When is the next one due?")
R(v,"visits","2026-06-03","2026-05-19","m+12",["UNANN"],"Our carers had their unannounced visit on 19/5/26 and a routine visit on 2/6. When is the next unannounced visit due by?")
R(v,"age","2025-11-20","2020-02-29","age:6,0",["AD6"],"Child born 29/02/2020. If we go into PLO in the new year does she still count as under 6 for the adoption allocation? When does she turn 6?")
R(v,"age","2025-09-10","2010-10-03","age:15,6",["PATH"],"Young person born 3 Oct 2010 came into care in 2025. When should the pathway plan be started?")
C(v,"2026-04-24",[("wd+3","2026-04-24","placement meeting"),("wd+5","2026-04-24","updated placement plan to carers")],["PM3","PP5"],
  "Child came into care on 20/4/26 and moved to his long-term carers today, 24/4/26. When is the placement plan deadline?", rel="today")
N(v,"2027-02-10",["NEXTCONF"],"We had the ICPC on 9/2/27 and the chair didn't put a review date in the minutes. When is the review conference due?","the standards leave the review conference date to the chair; no number of months is given")

# ---------------- indirect ----------------
v="indirect"
R(v,"date","2026-12-11","2026-12-11","wd+15",["ICPC"],"we had the multi-agency meeting to plan the enquiries today 11/12/26 - when do we need the big meeting that decides if there's a protection plan?", rel="today")
R(v,"date","2027-03-26","2027-03-26","d+10",["CG"],"when's the first meeting of the small group that fleshes out the protection plan? the big conference was 26/3/27")
R(v,"date","2026-05-01","2026-05-01","d+10",["PLO1"],"the letter that starts pre-proceedings is dated 1/5/26. when do we have to sit down with the parents and their solicitor?")
R(v,"date","2026-12-24","2026-12-24","d+5",["S47D"],"started the child protection enquiry on 24/12/26, when do I have to check in with my manager about how it's going?")
R(v,"date","2027-12-21","2027-12-20","wd+20",["LAR"],"when does the first independent review of the child's care arrangements have to happen? they came into our care on 20/12/27")
R(v,"date","2026-03-16","2026-03-13","wd+20",["IHA"],"the medical every child gets when they come into care - child came in on the 13th, by when?", rel="the 13th")
R(v,"date","2026-04-04","2026-04-04","wd+1",["VIS1"],"kid moved to a new foster home today (easter saturday), how soon do I need to go and see them?", rel="today")
R(v,"date","2025-05-29","2025-05-29","wd+3",["PM3"],"the get-together with the new carers to agree who can sign off what - child moved in 29/5/25, when by?")
R(v,"date","2025-12-31","2025-12-31","wd+1",["FD"],"new call into the front door on 31/12/25 - when does a manager have to decide what happens with it?")
R(v,"date","2025-04-17","2025-04-17","wd+3",["ALLOC"],"front door decided on 17/4/25 that the family needs a full assessment. how long do they have to give it to a worker?")
R(v,"date","2027-06-23","2027-06-23","d+45",["C45"],"the big assessment of the family's needs started on 23/06/27 - final deadline?")
R(v,"date","2027-08-26","2027-08-26","d+7",["MIN"],"the notes from the pre-court sit-down with the parents and their lawyers - meeting was 26/8/27, when must they go out?")
R(v,"date","2027-04-01","2027-04-01","wd+3",["VIAB"],"asking the fostering team to screen grandma as a possible carer - the first pre-court meeting was 1/4/27, when is the request due?")
R(v,"date","2025-12-24","2025-12-24","w+3",["PACK"],"the welcome pack and rights leaflet for a child new to care - came in 24/12/25, when by?")
R(v,"date","2026-04-02","2026-04-02","wd+5",["LEGAL5"],"letting the school, GP and health visitor know a child is now in care under an interim order - that happened 2/4/26, deadline?")
R(v,"date","2027-02-28","2027-02-28","d+10",["CP10"],"the written plan for a child in care that goes on the system - she was placed 28/2/27, when does it need to be on?")
R(v,"date","2025-04-22","2025-04-21","wd+5",["IROCH"],"our reviewing officer flagged drift to the worker informally on easter monday 21/4/25, how long before it becomes a formal dispute?")
R(v,"date","2026-04-07","2026-04-14","d-3",["RCPCC"],"the paper for the chair of the follow-up protection conference - conference is 14/4/26, when must the chair have it?")
R(v,"date","2027-08-19","2027-08-19","d+20",["CINDP"],"child came off the protection plan at today's conference (19/8/27). when's the first meeting for the support plan that replaces it?", rel="today")
R(v,"date","2026-02-04","2026-02-02","w+16",["LG16"],"if the pre-court process drags on, when's the point where a strategic lead has to look at it? letter was 2/2/26",
  amb="The standard does not say what the 16 weeks run from; counted from the PLO letter, a reader could count from the first meeting.")
R(v,"visits","2026-12-31","2026-12-30","w+4",["CPV"],"how long can I leave it before seeing a child on a protection plan again? last saw her at home 30/12/26")
R(v,"visits","2026-03-09","2026-03-06","w+8",["FT8"],"when do we next have to look again at how often the kids see mum and dad? last looked at 6/3/26, no permanence plan yet")
R(v,"visits","2027-12-20","2027-12-17","w+6",["AD6W"],"the adopters have had the child a while and the first review is done. last visit 17/12/27, when is the next one needed?")
R(v,"age","2026-06-10","2015-01-03","age:12,0",["ADVOC"],"child is 11, born 3/1/2015 - when are they old enough that we have to offer someone to help them have their say at the conference?")
C(v,"2026-05-20",[("wd-3","2026-06-08","to the chair"),("d-3","2026-06-08","to the family")],["CHAIR3","FAM3"],
  "the write-up for the first child protection meeting on 8/6/26 - when does it need to go out?")
C(v,"2026-10-12",[("wd+5","2026-10-12","updated placement plan to carers"),("d+10","2026-10-12","care plan on LCS")],["PP5","CP10"],
  "child moved in with new carers 12/10/26 - when's the written plan due?")
N(v,"2026-09-01",["LEGALADV"],"how long can a child stay on a protection plan before we have to go to court?","no maximum time is set; only a thinking-time meeting at 12 months and legal advice if risk is not reduced")
N(v,"2027-05-05",["LIFESTORY"],"when do the memory book and the letter for when they're older have to be done for an adopted child?","no timescale given for the life story book or later life letter")

# ---------------- newstarter ----------------
v="newstarter"
R(v,"date","2026-12-22","2026-12-22","wd+15",["ICPC"],"Hi, sorry, I'm new - we had a strategy discussion on 22 December 2026. Could you tell me the latest date for the Initial Child Protection Conference?")
R(v,"date","2026-04-30","2026-04-30","d+10",["CG"],"Hello! I'm new to the team. What is the 'first core group' and when is it due if the conference was on 30 April 2026?")
R(v,"date","2025-04-17","2025-04-17","d+5",["S47D"],"Hi, I've just started and my first Section 47 began on Thursday 17 April 2025. When should my manager and I talk about how it's going?")
R(v,"date","2025-12-22","2025-12-22","wd+15",["TLREV"],"Hello, when does my team leader need to review my Child and Family Assessment? I started it on 22/12/2025.")
R(v,"date","2026-08-28","2026-08-28","wd+1",["REF"],"Hi, a referral came in on Friday 28 August 2026. By when does a social worker need to action it?")
R(v,"date","2025-12-23","2025-12-23","d+10",["PLO1"],"Hi all, what's the timescale for the first Public Law Outline meeting? The letter is dated 23 December 2025.")
R(v,"date","2026-05-29","2026-05-29","wd+3",["FGC"],"Sorry if this is a silly question - when is the family group conference referral due in PLO? Our first PLO meeting was on 29 May 2026.")
R(v,"date","2027-03-02","2027-03-01","wd+20",["LAR"],"Hello, a child on my caseload became looked after on 1 March 2027. When is their first Looked After Review due?")
R(v,"date","2027-12-20","2027-12-20","wd+5",["PP5"],"Hi, could you help? A child was placed with carers on 20 December 2027. When should the carers get the updated placement plan?")
R(v,"date","2025-12-24","2025-12-24","wd+1",["VIS1"],"Hello, a child was placed with foster carers on Christmas Eve 2025. When is my first visit due?")
R(v,"date","2026-05-15","2026-05-15","wd+20",["EMASS"],"Hi, I'm new. A child came into care in an emergency on 15 May 2026 without a current assessment. When does the assessment need completing?")
R(v,"date","2026-03-30","2026-03-27","d+20",["PEP"],"Hello, what's the timescale for the Personal Education Plan meeting? The child came into care on 27 March 2026.")
R(v,"date","2027-03-30","2027-03-29","wd+20",["IRODR"],"Hi, I've never been through an IRO formal dispute before. It was raised on 29 March 2027 - how long should the whole process take?")
R(v,"date","2026-12-24","2026-12-24","wd+3",["FCREC"],"Hello, I'm a new supervising social worker. I visited my foster carers today, 24 December 2026. When does the visit need to be on LCS?", rel="today")
R(v,"date","2027-01-01","2026-12-31","d+3",["REC3"],"Hi, how long do I have to write up a visit? I saw the family yesterday.", rel="yesterday")
R(v,"date","2025-12-01","2025-11-30","m+3",["SUMM"],"Hi, my case file summary was last updated on 30 November 2025. When does it need updating again?")
R(v,"date","2025-01-20","2024-02-29","m+12",["ASS12"],"Hello, the last assessment on my case was authorised on 29 February 2024. When does it stop being 'within the last 12 months'?")
R(v,"date","2025-06-03","2025-06-02","w+16",["TA16"],"Hi, I'm new to fostering. A connected person was temporarily approved on 2 June 2025. When does the first 16 weeks end, before any extension?")
R(v,"visits","2025-11-21","2025-11-20","w+6",["CINV"],"Hi, how often should I see a child on a Child in Need plan? My last home visit was 20 November 2025 - when is the next one due?")
R(v,"visits","2026-04-01","2026-03-31","w+1",["LACW"],"Hello, a child came into care recently and the first looked after review hasn't happened yet. I visited on 31 March 2026. When is my next visit due?")
R(v,"visits","2026-11-16","2026-11-13","w+6",["FCV"],"Hi, when's my next visit to my foster carers due? The last one was on 13 November 2026.")
R(v,"visits","2026-03-09","2026-03-06","w+6",["PLOREV"],"Hello, how often do we hold PLO review meetings? The last one was on 6 March 2026 - what's the latest the next one can be?")
R(v,"age","2026-09-01","2012-02-29","age:15,6",["PATH"],"Hello, a young person in our care was born on 29 February 2012. When should their pathway plan be started?")
R(v,"age","2025-10-01","2020-04-12","age:6,0",["AD6"],"Hi, a child was born on 12 April 2020 - are they still under 6 for the adoption social worker allocation? When do they turn 6?")
C(v,"2026-01-06",[("d+20","2026-01-05","PEP meeting"),("wd+20","2026-01-05","initial LAC review")],["PEP","LAR"],
  "Hello, I've been told there's a 20-day meeting for a child who came into care on 5 January 2026. Which meeting is it and when is it due?")
N(v,"2026-06-15",["CHRON"],"Hi, how often should a child's chronology be updated? Is there a deadline?","the standards require a chronology but set no update timescale")
N(v,"2027-02-01",["SHOPBA"],"Hello, when does the SHOPBA meeting need to be held - is there a number of days or weeks?","the SHOPBA is placed between the final care planning meeting and the IRH paperwork; no days or weeks are set")

# ---------------- manager ----------------
v="manager"
R(v,"date","2026-01-21","2026-01-02","wd+15",["ICPC"],"ICPC held 20/01/26, strat 02/01/26, was that in timescale?")
R(v,"date","2025-12-17","2025-12-05","d+10",["CG"],"Audit: ICPC 05/12/25, first CG 16/12/25 - in timescale?")
R(v,"date","2025-05-01","2025-03-31","wd+20",["LAR"],"ILAR held 30/4/25, child became LAC 31/3/25. Compliant?")
R(v,"date","2026-01-05","2025-11-10","d+45",["C45"],"C&FA started 10/11/25 and authorised 23/12/25 - within 45 days?")
R(v,"date","2026-04-30","2026-04-07","wd+15",["TLREV"],"assessment started 7/4/26 - TL review done 29/4/26, was that within 15 working days?")
R(v,"date","2027-01-04","2026-12-18","d+10",["PLO1"],"PLO letter dated 18/12/26, first meeting 30/12/26 - compliant?")
R(v,"date","2026-01-06","2025-12-29","d+7",["MIN"],"PLO minutes sent 5/1/26 for the meeting on 29/12/25 - in timescale?")
R(v,"date","2027-01-06","2027-01-02","wd+1",["VIS1"],"Child placed Sat 2/1/27, visited 5/1/27. Within timescale?")
R(v,"date","2026-04-10","2026-04-02","wd+3",["PM3"],"Placement meeting on 9/4/26 for a placement starting 2/4/26 - OK?")
R(v,"date","2026-04-20","2026-03-16","wd+20",["IHA"],"Audit question - LAC 16/03/2026, IHA done 14/04/2026. Within 20 working days?")
R(v,"date","2027-04-07","2027-04-06","wd-3",["CHAIR3"],"ICPC was 6/4/27 and the report reached the chair on 31/3/27. Was that 3 working days before?")
R(v,"date","2026-01-05","2025-12-24","wd+1",["STRAT","STRAT24"],"Mgmt decision that a strat was needed made 24/12/25, strat held 29/12/25. In timescale?",
  amb="The S47 section says 'within 24 hours', which read literally would make the deadline 25/12/2025 and the strat late.")
R(v,"date","2027-06-07","2027-05-26","wd+5",["LEGAL5"],"LAC 26/05/27, professionals told of legal status 2/6/27 - compliant?")
R(v,"date","2025-09-01","2025-08-14","d+10",["CINT"],"Case transferred from CFR 14/8/25, initial CIN meeting 26/8/25 - in time?")
R(v,"date","2026-06-01","2026-05-22","wd+3",["FCREC"],"SSW visit 22/5/26 recorded 28/5/26 - within 3 WD?")
R(v,"date","2026-01-12","2025-12-15","wd+5",["PP5"],"Placement began 15/12/25, updated placement plan given to carers 22/12/25. Within timescale?")
R(v,"date","2026-04-08","2026-03-03","wd+20",["IRODR"],"Formal dispute raised 3/3/26 and closed 1/4/26 - within timescale?")
R(v,"date","2025-05-13","2025-05-01","wd+6",["VAR"],"Variation to terms of approval granted 1/5/25, child still placed under it 12/5/25 - over the limit?")
R(v,"visits","2025-12-16","2025-11-14","w+4",["CPV"],"CP visits 14/11/25 then 15/12/25 - was the gap OK?")
R(v,"visits","2027-05-17","2027-04-02","w+6",["CINREV"],"CIN reviews 02/04/27 and 14/05/27 - within 6 weeks?")
R(v,"visits","2026-05-01","2026-03-10","w+6",["FCV"],"Foster carer visits 10/3/26 and 28/4/26 - compliant with six-weekly?")
R(v,"visits","2026-02-10","2025-12-30","w+6",["LAC6"],"LAC visits 30/12/25 then 9/2/26, child is past the first review - compliant?")
R(v,"visits","2026-07-01","2025-06-15","m+12",["ANNREV"],"Foster carer annual review last 15/06/25, next one booked 30/06/26 - ok?")
R(v,"visits","2027-03-01","2024-03-01","m+36",["TRAIN"],"Audit of carer files: core training last updated 1/3/24. When was/is the refresher due?")
R(v,"age","2026-03-02","2014-02-14","age:12,0",["ADVOC"],"Child born 14/2/2014, ICPC was 12/2/26 - should they have been offered an advocate?")
C(v,"2027-02-01",[("w+16","2026-09-04","16 weeks"),("w+24","2026-09-04","16+8 weeks if extended")],["TA16"],
  "Connected carer temporary approval started 4/9/26 and the child is still placed 1/2/27 - is the approval still valid?")
N(v,"2026-11-02",["NEXTCONF"],"Are we compliant on RCPC timescales if the review conference was 4 months after the ICPC?","no review conference interval is set; the chair sets the date")
N(v,"2026-09-14",["AUDIT"],"How often should TLs be auditing case files - what's the standard?","audit frequency is not set in the standards")
