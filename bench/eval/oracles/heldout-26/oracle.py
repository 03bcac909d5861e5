#!/usr/bin/env python3
"""Oracle for the held-out deadline question set (standard library only).
Run: python3 oracle.py  -> writes questions.jsonl next to this file and checks it."""
import datetime as dt, json, os, re, sys
from collections import Counter
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = '/work/shared/source/practice-standards.txt'

# ---- England & Wales bank holidays 2024-2028, typed by hand ----
BH = {D(*x) for x in [
 (2024,1,1),(2024,3,29),(2024,4,1),(2024,5,6),(2024,5,27),(2024,8,26),(2024,12,25),(2024,12,26),
 (2025,1,1),(2025,4,18),(2025,4,21),(2025,5,5),(2025,5,26),(2025,8,25),(2025,12,25),(2025,12,26),
 (2026,1,1),(2026,4,3),(2026,4,6),(2026,5,4),(2026,5,25),(2026,8,31),(2026,12,25),(2026,12,28),
 (2027,1,1),(2027,3,26),(2027,3,29),(2027,5,3),(2027,5,31),(2027,8,30),(2027,12,27),(2027,12,28),
 (2028,1,3),(2028,4,14),(2028,4,17),(2028,5,1),(2028,5,29),(2028,8,28),(2028,12,25),(2028,12,26)]}

def _selfcheck():
    # sanity: typed list against the rules (Easter by the anonymous Gregorian algorithm)
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    for y in range(2024,2029):
        hs={x for x in BH if x.year==y}
        e=easter(y); assert e-dt.timedelta(2) in hs and e+dt.timedelta(1) in hs, y
        fm=[D(y,5,d) for d in range(1,8) if D(y,5,d).weekday()==0][0]; assert fm in hs
        lm=[D(y,5,d) for d in range(25,32) if D(y,5,d).weekday()==0][0]; assert lm in hs
        la=[D(y,8,d) for d in range(25,32) if D(y,8,d).weekday()==0][0]; assert la in hs
        assert len(hs)==8 and all(x.weekday()<5 for x in hs), y
_selfcheck()

def wd(d): return d.weekday()<5 and d not in BH
def dn(d): return d.strftime('%a')
def wd_after(d,n):
    x=d; k=0; skipped=[]
    while k<n:
        x+=dt.timedelta(1)
        if wd(x): k+=1
        elif x in BH: skipped.append(x)
    return x,skipped
def wd_before(d,n):
    x=d; k=0; skipped=[]
    while k<n:
        x-=dt.timedelta(1)
        if wd(x): k+=1
        elif x in BH: skipped.append(x)
    return x,skipped
def add_months(d,n):
    y,m=divmod(d.month-1+n,12); y+=d.year; m+=1
    last=[31,29 if (y%4==0 and (y%100 or y%400==0)) else 28,31,30,31,30,31,31,30,31,30,31][m-1]
    return D(y,m,min(d.day,last)), d.day>last
def isleap(y): return y%4==0 and (y%100!=0 or y%400==0)

# ---- standards: key -> (op, n, phrase) ----
S = {
 'fd':('wd',1,'decisions made by what action are required by a Team Leader within 1 working day'),
 'init':('wd',1,'Initial decisions will be made about the action required within 1 working day'),
 'refact':('wd',1,'Referrals will be actioned by a social worker within 1 working day'),
 's47seen':('same',0,'will be seen by the Social Worker the same day'),
 's47disc':('d',5,'Within 5 days of the Section 47 being initiated'),
 'alloc':('wd',3,'allocated to a social worker to complete a Child and Family Assessment within 3 working days'),
 'tlrev':('wd',15,'All assessments will be reviewed by the Team Leader within 15 working days'),
 'cfa45':('d',45,'Assessments must all be completed within 45 days'),
 'strat':('wd',1,'this must happen within 1 working day and should be chaired by a social work manager'),
 'notice':('db',5,'will notify the Neighbourhood Team via email, giving at least 5 days’ notice'),
 'icpc':('wd',15,'Initial Child Protection Conference is convened within working 15 days of the initial strategy discussion'),
 'icpcfam':('db',3,'The report will be shared with family at least 3 the days prior to conference'),
 'icpcchair':('wdb',3,'The report will be sent to the child protection chair 3 working days before the conference'),
 'cg':('d',10,'The first core group must be  held within 10 days of the conference'),
 'cpvisit':('w',4,'Visits to a child subject to a CP plan will take place at least every 4 weeks'),
 'rcpcpar':('db',3,'This report must be shared with parents at least 3 days prior to the review conference'),
 'rcpcchair':('db',3,'The report will be available to the conference chair at least 3 days prior to the review conference'),
 'ptt':('m',12,'when they have been subject to a plan for 12 months'),
 'plo1':('d',10,'The first PLO meeting with parents and their solicitor should take place within 10 days of the date on the PLO letter'),
 'fgc':('wd',3,'Referral should be made within 3 working days of the first PLO meeting'),
 'viab':('wd',3,'Viability Assessment requests for screening need to be made to Family Placement Team within 3 working days of the initial PLO meeting'),
 'plomin':('d',7,'to be distributed to parents and their legal representation within 7 days of the meeting'),
 'plorev':('w',6,'Review PLO meetings with parents to be held every 4-6 weeks'),
 'plo12':('w',12,'A review legal planning meeting will be held at 12 weeks'),
 'ploext':('w',4,'In exceptional circumstances a further period of 4 weeks will be agreed in PLO'),
 'plo16':('w',16,'a Legal Gateway meeting will be convened at 16 weeks'),
 'cindeplan':('d',20,'will set the first CIN meeting within 20 days'),
 'cintransfer':('d',10,'the initial CIN meeting must take place within 10 days'),
 'cinrev':('w',6,'CIN review meetings will be held at least every 6 weeks'),
 'cinvisit':('w',6,'A child subject to a CIN plan will be seen at least every 6 weeks'),
 'cicassess':('wd',20,'If it is an emergency / unplanned admission the assessment will be completed within 20 working days'),
 'cicvisit1':('wd',1,'The child will be visited within 1 working day of coming into care or having a change in placement'),
 'lacseen':('wd',1,'All looked after children will be seen within 1 working day of placement'),
 'placemtg':('wd',3,'The placement meeting will be held within 3 working days'),
 'placeplan':('wd',5,'an updated copy given to the carers within 5 working days of the placement beginning'),
 'famtime':('w',8,'reviewed at least every 8 week until the plan for permanence is agreed'),
 'pack':('w',3,'coming into care pack, children rights leaflet within 3 weeks'),
 'legal':('wd',5,'informed of the child’s legal status within 5 working days'),
 'iha':('wd',20,'An initial health assessment will be requested and carried out within 20 working days'),
 'pep':('d',20,'A PEP meeting will be arranged within the school within 20 days'),
 'lacweekly':('w',1,'Statutory looked after visits must happen weekly until the first looked after review'),
 'lac6':('w',6,'then a minimum of every 6 weeks thereafter until the plan for permanence is finalised'),
 'lac12':('w',12,'Statutory visits can only move to 12 weekly when the young person has settled into a permanent placement'),
 'careplan':('d',10,'An up to date care plan will be recorded on the electronic system within 10 days of placement'),
 'ilar':('wd',20,'The initial Looked After Review must take place within 20 working days of the child becoming looked after'),
 'pathway':('age',(15,6),'A pathway plan will be started when the young person is 15 years 6 months'),
 'iroreport':('db',3,'this will be with the IRO 3 days before the review'),
 'irochal':('wd',5,'If the challenge is not resolved within 5 working days a formal dispute will be raised'),
 'irodisp':('wd',20,'The formal dispute resolution process should be completed from start to finish within 20 working days'),
 'adopt6':('age',(6,0),'If a child under the age of 6 enters PLO or proceedings'),
 'adoptweekly':('w',1,'Once the child is placed weekly statutory visits will take place until the first Looked After Review'),
 'adopt6w':('w',6,'then visits will be a minimum of 6 weekly until the Adoption Order is Granted'),
 'adopt10':('w',10,'Once the children have been in placement with the adopter for 10 weeks'),
 'fcvisit':('w',6,'Trafford foster carers are visited at least once every six weeks'),
 'fcrecord':('wd',3,'a record of this visit is recorded on LCS within 3 working days'),
 'fcunann':('m',12,'will have an unannounced visit at least once every 12 months'),
 'fcannual':('m',12,'All Trafford foster carers will have an annual review including an updated Safer Caring Policy'),
 'fcpanel':('m',36,'annual review presented to the Fostering Panel at least every three years'),
 'fcdbs':('m',36,'updated statutory references, medicals and DBS checks at least every three years'),
 'fctrain':('m',36,'must update their core training at least every three years'),
 'variation':('wd',6,'This can only be given for up to 6 working days'),
 'temp16':('w',16,'Temporary approval is for 16 weeks but can be extended for a further 8 weeks'),
 'temp24':('w',24,'Temporary approval is for 16 weeks but can be extended for a further 8 weeks'),
 'record':('d',3,'any event or contact is recorded within 3 days'),
 'summary':('m',3,'A clear and concise case file summary which has been updated within the last 3 months'),
 'assess12':('m',12,'An up to date assessment (within the last 12 months) on each child'),
 'advocate':('age',(12,0),'if they are 12 or over they should be offered an advocate'),
}
# phrases for 'none' rows: the nearest sentence, which sets no timescale
N = {
 'rcpc':'The child protection chair will set the date of the next conference',
 'lac2':'a new LAC review will be set in accordance with the timescales',
 'sup':'monitored through supervision which takes place in line with the supervision policy',
 'eh':'Initial decisions will be made about the action required by an Early Help Team Leader',
 'po':'the case will transfer from the area team to the adoption social worker',
 'support':'a Support Meeting will be held and chaired by the Team Leader',
 'shopba':'This needs to take place after the area teams final care planning meeting',
 'irocontact':'The IRO will contact the child between reviews to ensure the progress of the plan',
 'lll':'The Adoption Social Worker will complete Lifestory book and a Later Life Letter',
}

def compute(key, a):
    op,n,_=S[key]; iso=a.isoformat()
    if op=='same': return a, f'same day as {iso} ({dn(a)})'
    if op=='wd':
        r,sk=wd_after(a,n); c=f'{n} working day{"s" if n>1 else ""} after {iso} ({dn(a)}) -> {r} ({dn(r)})'
    elif op=='wdb':
        r,sk=wd_before(a,n); c=f'{n} working days before {iso} ({dn(a)}) -> {r} ({dn(r)})'
    elif op=='d':
        r=a+dt.timedelta(n); sk=[]; c=f'{n} calendar days after {iso} ({dn(a)}) -> {r} ({dn(r)})'
    elif op=='db':
        r=a-dt.timedelta(n); sk=[]; c=f'{n} calendar days before {iso} ({dn(a)}) -> {r} ({dn(r)})'
    elif op=='w':
        r=a+dt.timedelta(7*n); sk=[]; c=f'{n} week{"s" if n>1 else ""} ({7*n} days) after {iso} ({dn(a)}) -> {r} ({dn(r)})'
    elif op=='m':
        r,cl=add_months(a,n); sk=[]; c=f'{n} months after {iso} -> {r} ({dn(r)})'+('; day clamped to month end' if cl else '')
    elif op=='age':
        y,m=n
        if m==0:
            if a.month==2 and a.day==29 and not isleap(a.year+y):
                r=D(a.year+y,3,1); c=f'DOB {iso} + {y} years; 29 Feb birthday in non-leap {a.year+y} taken as 1 March -> {r} ({dn(r)})'
            else:
                r=D(a.year+y,a.month,a.day); c=f'DOB {iso} + {y} years -> {r} ({dn(r)})'
        else:
            r,cl=add_months(a,12*y+m); c=f'DOB {iso} + {y} years {m} months -> {r} ({dn(r)})'+('; day clamped to month end' if cl else '')
        sk=[]
    if sk: c+='; skips bank holidays '+', '.join(str(x) for x in sk)
    elif op in('d','db','w') and r in BH: c+=' (falls on a bank holiday; calendar count not moved)'
    elif op in('d','db','w') and r.weekday()>4: c+=' (falls on a weekend; calendar count not moved)'
    return r,c

DAYS=['mon','tue','wed','thu','fri','sat','sun']
def resolve(anchor,today):
    if isinstance(anchor,D): return anchor
    if re.match(r'\d{4}-',anchor): return D.fromisoformat(anchor)
    if anchor=='yesterday': return today-dt.timedelta(1)
    if anchor=='today': return today
    if anchor=='tomorrow': return today+dt.timedelta(1)
    if anchor.startswith('last '):
        w=DAYS.index(anchor[5:8].lower()); x=today-dt.timedelta(1)
        while x.weekday()!=w: x-=dt.timedelta(1)
        return x
    raise ValueError(anchor)

def ordn(n): return f'{n}{"th" if 10<=n%100<=20 else {1:"st",2:"nd",3:"rd"}.get(n%10,"th")}'
class F:
    def __init__(s,d): s.d=d
    def __format__(s,f):
        d=s.d
        return {
         'dmy':f'{d.day:02d}/{d.month:02d}/{d:%y}', 'dmY':f'{d.day:02d}/{d.month:02d}/{d.year}',
         'dm':f'{d.day}/{d.month}', 'ddmm':f'{d.day:02d}/{d.month:02d}', 'dot':f'{d.day}.{d.month}.{d:%y}',
         'dotdm':f'{d.day}.{d.month}', 'th':f'{ordn(d.day)} {d:%b}', 'thl':f'{ordn(d.day)} {d:%B}'.lower(),
         'thfull':f'{ordn(d.day)} {d:%B} {d.year}', 'dow':f'{d:%A}', 'dowfull':f'{d:%A} {d.day} {d:%B}',
         'dowfullY':f'{d:%A} {d.day} {d:%B} {d.year}', 'the':f'the {ordn(d.day)}', 'dMon':f'{d.day} {d:%B}',
        }[f]

def build(rows):
    out=[]
    for r in rows:
        voice,kind,key,anchor,today,q=r[:6]; opt=r[6] if len(r)>6 else {}
        if isinstance(today,int):
            a=resolve(anchor,None); t=a+dt.timedelta(today)
        else:
            t=D.fromisoformat(today); a=resolve(anchor,t) if anchor else None
        row={'q':None,'today':t.isoformat()}
        if kind=='none':
            due=None; cnt='no timescale set in the standards'+(f' (nearest sentence only says: "{N[key]}")' if key in N else '')
            phrases=[N[key]]
        elif kind=='choice':
            res=[(compute(k,a),k) for k in key]
            due=min(x[0][0] for x in res)
            cnt=' | '.join(f'{k}: {c}' for (d_,c),k in res)+f' -> earlier: {due}'
            phrases=[S[k][2] for k in key]
        else:
            due,cnt=compute(key,a)
            phrases=[S[key][2]]+[S[k][2] for k in opt.get('also',[])]
        h=None
        if 'held' in opt:
            h=due+dt.timedelta(opt['held'])
            step=dt.timedelta(1 if opt['held']>0 else -1)
            while not wd(h): h+=step
            cnt+=f'; held {h} -> '+('within timescale' if h<=due else f'late by {(h-due).days} day(s)')
        row['q']=q.format(a=F(a) if a else None,h=F(h) if h else None)
        row.update({'due':due.isoformat() if due else None,'expect_any':phrases,'count':cnt,'voice':voice,'kind':kind})
        if opt.get('amb'): row['ambiguous']=opt['amb']
        out.append(row)
    return out

from rows import ROWS  # row specs live in rows.py next to this file

def check(out):
    src=open(SOURCE,encoding='utf-8').read()
    bad=0
    for i,r in enumerate(out):
        for p in r['expect_any']:
            if len(p.split())<6: print('SHORT',i,p); bad+=1
            if p not in src: print('NOTFOUND',i,p); bad+=1
        t=D.fromisoformat(r['today'])
        if not (D(2025,1,1)<=t<=D(2027,12,31)): print('TODAY out of range',i,t)
        if '{' in r['q'] or 'None' in r['q']: print('FORMAT',i,r['q']); bad+=1
    print('kinds',Counter(r['kind'] for r in out)); print('voices',Counter(r['voice'] for r in out))
    print('rows',len(out),'problems',bad)
    return bad

if __name__=='__main__':
    sys.path.insert(0,HERE)
    out=build(ROWS)
    p=os.path.join(HERE,'questions.jsonl')
    with open(p,'w',encoding='utf-8') as f:
        for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    # re-read and parse every line
    back=[json.loads(l) for l in open(p,encoding='utf-8')]
    assert back==out
    sys.exit(1 if check(back) else 0)
