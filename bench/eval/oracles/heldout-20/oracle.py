#!/usr/bin/env python3
"""Oracle for the held-out deadline question set. Standard library only.
Run: python3 oracle.py  -> writes questions.jsonl next to this file and runs checks."""
import datetime as dt, json, os, re, sys, calendar
from collections import Counter
D = dt.date
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {D(2024,1,1),D(2024,3,29),D(2024,4,1),D(2024,5,6),D(2024,5,27),D(2024,8,26),D(2024,12,25),D(2024,12,26),
      D(2025,1,1),D(2025,4,18),D(2025,4,21),D(2025,5,5),D(2025,5,26),D(2025,8,25),D(2025,12,25),D(2025,12,26),
      D(2026,1,1),D(2026,4,3),D(2026,4,6),D(2026,5,4),D(2026,5,25),D(2026,8,31),D(2026,12,25),D(2026,12,28),
      D(2027,1,1),D(2027,3,26),D(2027,3,29),D(2027,5,3),D(2027,5,31),D(2027,8,30),D(2027,12,27),D(2027,12,28),
      D(2028,1,3),D(2028,4,14),D(2028,4,17),D(2028,5,1),D(2028,5,29),D(2028,8,28),D(2028,12,25),D(2028,12,26)}

def _selfcheck_bh():
    # independent cross-check of the typed list: computus + weekday rules
    def easter(y):
        a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
        i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=((h+l-7*m+114)%31)+1
        return D(y,mo,da)
    calc=set()
    for y in range(2024,2029):
        nd=D(y,1,1)
        while nd.weekday()>=5: nd+=dt.timedelta(1)
        calc.add(nd); e=easter(y); calc|={e-dt.timedelta(2),e+dt.timedelta(1)}
        m=D(y,5,1)
        while m.weekday()!=0: m+=dt.timedelta(1)
        calc.add(m)
        for mo,dd in ((5,31),(8,31)):
            x=D(y,mo,dd)
            while x.weekday()!=0: x-=dt.timedelta(1)
            calc.add(x)
        c=D(y,12,25); b=D(y,12,26)
        if c.weekday()==5: c,b=D(y,12,27),D(y,12,28)
        elif c.weekday()==6: c,b=D(y,12,27),D(y,12,26)
        elif b.weekday()==5: b=D(y,12,28)
        calc|={c,b}
    assert calc==BH, sorted(calc^BH)
_selfcheck_bh()

WD=['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
def fmt(d): return f"{d.isoformat()} ({WD[d.weekday()]})"
def iswd(d): return d.weekday()<5 and d not in BH
def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    last=calendar.monthrange(y,m)[1]
    return D(y,m,min(d.day,last)), d.day>last

def resolve(s,today):
    if s=='T': return today
    m=re.fullmatch(r'T([+-]\d+)',s)
    if m: return today+dt.timedelta(int(m.group(1)))
    m=re.fullmatch(r'(last|on):(\w{3})',s)
    if m:
        wd=WD.index(m.group(2)); x=today-dt.timedelta(1)
        while x.weekday()!=wd: x-=dt.timedelta(1)
        return x
    return D.fromisoformat(s)

def compute(calc,today):
    op=calc[0]; s=resolve(calc[1],today); n=calc[2]
    if op=='wd':
        x=s; skipped=[]; k=0
        while k<n:
            x+=dt.timedelta(1)
            if iswd(x): k+=1
            elif x in BH: skipped.append(x)
        c=f"{n} working day{'s'*(n!=1)} after {fmt(s)} -> {fmt(x)}"
        if skipped: c+="; skips bank holidays "+", ".join(z.isoformat() for z in skipped)
        return x,c
    if op=='wdb':
        x=s; skipped=[]; k=0
        while k<n:
            x-=dt.timedelta(1)
            if iswd(x): k+=1
            elif x in BH: skipped.append(x)
        c=f"{n} working days before {fmt(s)} -> {fmt(x)}"
        if skipped: c+="; skips bank holidays "+", ".join(z.isoformat() for z in skipped)
        return x,c
    if op=='d':
        x=s+dt.timedelta(n)
        if n==0: return x,f"same day as {fmt(s)} -> {fmt(x)}"
        c=f"{n} calendar days after {fmt(s)} -> {fmt(x)}"
        if x in BH: c+=" (a bank holiday; calendar-day count)"
        elif x.weekday()>=5: c+=" (a weekend; calendar-day count)"
        return x,c
    if op=='db':
        x=s-dt.timedelta(n); c=f"{n} calendar days before {fmt(s)} -> {fmt(x)}"
        if x in BH or x.weekday()>=5: c+=" (weekend/bank holiday; calendar-day count)"
        return x,c
    if op=='w':
        x=s+dt.timedelta(7*n); c=f"{n} week{'s'*(n!=1)} ({7*n} days) after {fmt(s)} -> {fmt(x)}"
        if x in BH: c+=" (a bank holiday; calendar count)"
        return x,c
    if op=='m':
        x,cl=add_months(s,n); c=f"{n} months after {fmt(s)} -> {fmt(x)}"
        if cl: c+=" (no such day in that month: last day of month used)"
        return x,c
    if op=='age':
        yrs,mos=n if isinstance(n,tuple) else (n,0)
        x,cl=add_months(s,12*yrs+mos)
        if cl and s.month==2 and s.day==29 and mos==0: x=D(x.year,3,1); note=" (29 Feb birthday in a non-leap year: 1 March used)"
        elif cl: note=" (no such day in that month: last day of month used)"
        else: note=""
        return x,f"DOB {s.isoformat()} + {yrs} years{f' {mos} months' if mos else ''} -> {fmt(x)}{note}"
    raise ValueError(op)

from rows import ROWS, P

def build():
    src=open(SRC,encoding='utf-8').read()
    out=[]
    for i,r in enumerate(ROWS):
        v,k,today,q,calc,keys=r[:6]; amb=r[6] if len(r)>6 else None
        t=D.fromisoformat(today)
        if k=='none': due=None; count="no timescale for this in the standards"
        elif k=='choice':
            a=compute(calc[0],t); b=compute(calc[1],t)
            due=min(a[0],b[0]); count=f"option 1 ({keys[0]}): {a[1]} | option 2 ({keys[1]}): {b[1]} | due = earlier"
        else:
            due,count=compute(calc,t)
        ph=[P[x] for x in keys]
        for p in ph:
            assert p in src, (i,p)
            assert len(p.split())>=6,(i,p)
        row={'q':q,'today':today,'due':due.isoformat() if due else None,'expect_any':ph,'count':count,'voice':v,'kind':k}
        if amb: row['ambiguous']=amb
        out.append(row)
    with open(os.path.join(HERE,'questions.jsonl'),'w',encoding='utf-8') as f:
        for row in out: f.write(json.dumps(row,ensure_ascii=False)+'\n')
    # checks
    rows=[json.loads(l) for l in open(os.path.join(HERE,'questions.jsonl'),encoding='utf-8')]
    assert len(rows)==len(out)
    for r in rows:
        assert r['voice'] in {'duty','typos','scenario','indirect','newstarter','manager'}
        assert r['kind'] in {'date','visits','age','choice','none'}
        assert (r['due'] is None)==(r['kind']=='none')
        assert all(p in src for p in r['expect_any'])
        if r['kind']=='choice': assert len(r['expect_any'])>=2
    print(len(rows),'rows'); print(Counter(r['kind'] for r in rows)); print(Counter(r['voice'] for r in rows))
    print(Counter((r['voice'],r['kind']) for r in rows))
    print('ambiguous:',sum('ambiguous' in r for r in rows))
    years=Counter(r['today'][:4] for r in rows); print('years',years)

if __name__=='__main__': build()
