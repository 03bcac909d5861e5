#!/usr/bin/env python3
"""Oracle for set-tune-34: computes due/count for every row and writes questions.jsonl.
Standard library only. Run: python3 oracle.py  (writes questions.jsonl next to it and runs checks)."""
import json, os, re, sys
from datetime import date, timedelta
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = '/work/shared/source/practice-standards.txt'

# England & Wales bank holidays 2024-2028, typed by hand (substitute days included)
BH = {date.fromisoformat(s) for s in """
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26
""".split()}

def easter(y):  # anonymous Gregorian algorithm, used only to self-check the typed list
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;dy=((h+l-7*m+114)%31)+1
    return date(y,mo,dy)
for _y in range(2024,2029):
    assert easter(_y)-timedelta(2) in BH and easter(_y)+timedelta(1) in BH, _y
    assert sum(1 for d in BH if d.year==_y)==8

DN='Mon Tue Wed Thu Fri Sat Sun'.split()
def fmt(d): return f"{d.isoformat()} ({DN[d.weekday()]})"
def wd(d): return d.weekday()<5 and d not in BH

def add_wd(d,n,sign=1):
    cur=d; skipped=[]; k=0
    while k<n:
        cur+=timedelta(sign)
        if wd(cur): k+=1
        elif cur in BH: skipped.append(cur)
    return cur, skipped

def add_months(d,n):
    y=d.year+(d.month-1+n)//12; m=(d.month-1+n)%12+1
    import calendar
    last=calendar.monthrange(y,m)[1]
    return date(y,m,min(d.day,last))

def resolve(s,today):
    if s=='today': return today
    m=re.fullmatch(r'today([+-]\d+)',s)
    if m: return today+timedelta(int(m.group(1)))
    m=re.fullmatch(r'last:(\w{3})',s)   # most recent such weekday strictly before today
    if m:
        t=DN.index(m.group(1)); d=today-timedelta(1)
        while d.weekday()!=t: d-=timedelta(1)
        return d
    m=re.fullmatch(r'next:(\w{3})',s)   # next such weekday strictly after today
    if m:
        t=DN.index(m.group(1)); d=today+timedelta(1)
        while d.weekday()!=t: d+=timedelta(1)
        return d
    return date.fromisoformat(s)

def compute(rule,start):
    m=re.fullmatch(r'(wd|wdb|d|db|w|m|age)([\d.]+)',rule); kind,n=m.group(1),m.group(2)
    if kind=='wd':
        n=int(n); due,sk=add_wd(start,n)
        c=f"{n} working days after {fmt(start)} -> {fmt(due)}"
        if not wd(start): c+=f"; start is not a working day, counted from it"
    elif kind=='wdb':
        n=int(n); due,sk=add_wd(start,n,-1)
        c=f"{n} working days before {fmt(start)} -> {fmt(due)}"
    elif kind=='d':
        n=int(n); due=start+timedelta(n); sk=[]
        c=f"{n} calendar days after {fmt(start)} -> {fmt(due)}"
    elif kind=='db':
        n=int(n); due=start-timedelta(n); sk=[]
        c=f"{n} calendar days before {fmt(start)} -> {fmt(due)}"
    elif kind=='w':
        n=int(n); due=start+timedelta(7*n); sk=[]
        c=f"{n} weeks ({7*n} days) after {fmt(start)} -> {fmt(due)}"
    elif kind=='m':
        n=int(n); due=add_months(start,n); sk=[]
        c=f"{n} months after {fmt(start)} -> {fmt(due)}"
    else:  # age in years, may be fractional in half years (15.5)
        yrs=float(n); months=int(round(yrs*12)); sk=[]
        if start.month==2 and start.day==29 and months%12==0:
            y=start.year+months//12
            try: due=date(y,2,29); note=''
            except ValueError: due=date(y,3,1); note='; born 29 Feb, non-leap year so birthday taken as 1 March'
        else:
            due=add_months(start,months); note=''
        c=f"DOB {fmt(start)} + {n} years ({months} months) -> {fmt(due)}{note}"
    if sk: c+="; skips bank holidays "+", ".join(x.isoformat() for x in sorted(sk))
    return due,c

from rows import ROWS, P

def build():
    out=[]
    for r in ROWS:
        voice,kind,today,q,rule,start,keys=r[:7]
        amb=r[7] if len(r)>7 else None
        today=date.fromisoformat(today)
        rules=rule if isinstance(rule,list) else [rule]
        starts=start if isinstance(start,list) else [start]
        keys=keys if isinstance(keys,list) else [keys]
        row={'q':q,'today':today.isoformat()}
        if kind=='none':
            row['due']=None; row['count']='no timescale set in the standards for this'
        else:
            res=[]
            for ru,st in zip(rules,starts):
                res.append(compute(ru,resolve(st,today)))
            due=min(x[0] for x in res)
            row['due']=due.isoformat()
            row['count']=' | '.join(x[1] for x in res)+(f"; earlier one = {due.isoformat()}" if len(res)>1 else '')
        row['expect_any']=[P[k] for k in keys]
        row['voice']=voice; row['kind']=kind
        if amb: row['ambiguous']=amb
        out.append(row)
    return out

def check(rows):
    src=open(SRC,encoding='utf-8').read()
    ok=True
    for i,r in enumerate(rows):
        for p in r['expect_any']:
            if p not in src: print('PHRASE NOT FOUND',i,p); ok=False
            if len(p.split())<6: print('PHRASE TOO SHORT',i,p); ok=False
        if r['kind']=='choice' and len(r['expect_any'])<2: print('CHOICE NEEDS 2',i); ok=False
    print('rows',len(rows)); print('kinds',Counter(r['kind'] for r in rows)); print('voices',Counter(r['voice'] for r in rows))
    print('years',Counter(r['today'][:4] for r in rows))
    return ok

if __name__=='__main__':
    rows=build()
    ok=check(rows)
    p=os.path.join(HERE,'questions.jsonl')
    with open(p,'w',encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    for line in open(p,encoding='utf-8'): json.loads(line)
    print('OK' if ok else 'FAIL'); sys.exit(0 if ok else 1)
